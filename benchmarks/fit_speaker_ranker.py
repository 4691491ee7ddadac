"""Fit the speaker ranker's weights on the quote gold sets, and cross-validate them.

Run from the repository root::

    python3 benchmarks/fit_speaker_ranker.py            # leave-one-set-out table, rules vs ranker
    python3 benchmarks/fit_speaker_ranker.py --write    # also fit on all six sets and write
                                                        # src/ru_newsfacts/data/speaker_ranker.py
    python3 benchmarks/fit_speaker_ranker.py --morph    # the same with extract_quotes(morph=True)

Where the rules guess a quote's speaker (a pronoun, a bare descriptor, no cue; see
``ru_newsfacts.quotes._ranker``), the engine lists options: the rules' answer and each person named
in reach, each with a feature vector. The model is a conditional logit: the probability of option
``k`` of a quote is ``exp(w·x_k) / Σ_j exp(w·x_j)``; the weights maximise the log-probability of
the options whose name equals the gold speaker (quotes where none does carry no signal), with an
L2 penalty, by plain full-batch gradient ascent from the rules' weights (``rule`` = 1, the rest 0)
for a fixed number of steps: deterministic, no dependency.

Cross-validation: for each of the six sets, fit on the other five and score the sixth. The table
gives, over the matched quotes of the held-out set (spans matched to gold as in ``eval_quotes.py``),
the speaker accuracy with the rules alone and with the ranker, for the quotes where the rules guess
and for all matched quotes. The gold speakers are read only to fit and score; the sealed set
(``quotes_gold_eval5``) is never read.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_quotes as ev  # noqa: E402

from ru_newsfacts._scope import morph_scope  # noqa: E402
from ru_newsfacts.data.speaker_ranker import FEATURES  # noqa: E402
from ru_newsfacts.quotes._ranker import Choice  # noqa: E402
from ru_newsfacts.quotes.engine import analyze  # noqa: E402

SETS = (
    "quotes_gold",
    "quotes_gold_test",
    "quotes_gold_eval",
    "quotes_gold_eval2",
    "quotes_gold_eval3",
    "quotes_gold_eval4",
)
DATA_MODULE = REPO / "src" / "ru_newsfacts" / "data" / "speaker_ranker.py"
STEPS = 3000
RATE = 0.5
L2 = 0.01


@dataclass
class Item:
    """One matched quote where the rules guess: its options' features and which are right."""

    features: list[list[float]]
    correct: list[bool]


@dataclass
class SetData:
    """What one gold set gives: the guessed quotes, and the matched quotes the rules are certain of."""

    name: str
    items: list[Item]
    certain: int
    certain_correct: int


def collect(gold_dir: Path, morph: bool) -> SetData:
    """Run the engine over one gold set and pair its choices with the gold speakers."""
    items: list[Item] = []
    certain = certain_correct = 0
    for path in ev.gold_files(gold_dir):
        rel, _, gold = ev.load_gold(path)
        article = ev.CORPUS_DIR / rel
        if not article.is_file():
            continue
        text = article.read_text(encoding="utf-8")
        trace: list[Choice] = []
        with morph_scope(morph):
            quotes = analyze(text, trace=trace).quotes
        predicted = [ev.QSpan(q.kind, q.start, q.stop, q.speaker.name if q.speaker else None) for q in quotes]
        by_quote = {choice.index: choice for choice in trace}
        for gi, pi in ev.match(gold, predicted):
            expected = gold[gi].speaker
            choice = by_quote.get(pi)
            if choice is None:
                certain += 1
                certain_correct += ev.speaker_correct(expected, predicted[pi].speaker)
                continue
            correct = [
                ev.speaker_correct(expected, option.speaker.name if option.speaker else None)
                for option in choice.options
            ]
            items.append(Item([option.features for option in choice.options], correct))
    return SetData(gold_dir.name, items, certain, certain_correct)


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def _targets(item: Item, abstain: bool) -> list[bool]:
    """The options to learn as right: those naming the gold speaker; with ``abstain``, where none
    does and the rules named nobody, "nobody" (saying nothing beats naming the wrong person)."""
    if any(item.correct) or not abstain or item.features[0][FEATURES.index("none")] != 1.0:
        return item.correct
    return [True] + [False] * (len(item.correct) - 1)


def fit(
    items: Sequence[Item], steps: int = STEPS, rate: float = RATE, l2: float = L2, abstain: bool = True
) -> list[float]:
    """Weights maximising the mean log-probability of the right options, minus an L2 penalty.

    The penalty pulls towards the rules' weights (``rule`` = 1, the rest 0), so a feature the data
    say nothing about leaves the rules' answer in place.
    """
    size = len(FEATURES)
    prior = [1.0 if name == "rule" else 0.0 for name in FEATURES]
    weights = list(prior)
    usable = [
        Item(item.features, _targets(item, abstain))
        for item in items
        if any(_targets(item, abstain)) and len(item.correct) > 1
    ]
    if not usable:
        return weights
    for _ in range(steps):
        gradient = [0.0] * size
        for item in usable:
            scores = [_dot(x, weights) for x in item.features]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            right = sum(e for e, ok in zip(exps, item.correct, strict=True) if ok)
            for x, e, ok in zip(item.features, exps, item.correct, strict=True):
                # d/dw log(Σ_right p) = Σ_right p·x / Σ_right p − Σ_all p·x
                coefficient = (e / right if ok else 0.0) - e / total
                if coefficient:
                    for j in range(size):
                        gradient[j] += coefficient * x[j]
        for j in range(size):
            gradient[j] = gradient[j] / len(usable) - l2 * (weights[j] - prior[j])
            weights[j] += rate * gradient[j]
    return weights


def choose(item: Item, weights: Sequence[float]) -> int:
    """The option the ranker takes: the highest score, ties to the rules' answer (option 0)."""
    scores = [_dot(x, weights) for x in item.features]
    return max(range(len(scores)), key=lambda k: (scores[k], k == 0))


def accuracy(data: SetData, weights: Sequence[float] | None) -> tuple[int, int, int, int]:
    """Right answers among the guessed quotes, their number, right answers over all matches, and
    wrong names given where the rules named nobody."""
    right = invented = 0
    for item in data.items:
        k = 0 if weights is None else choose(item, weights)
        right += item.correct[k]
        invented += k != 0 and not item.correct[k] and item.features[0][FEATURES.index("none")] == 1.0
    return right, len(data.items), right + data.certain_correct, invented


def _row(name: str, rules: Sequence[int], ranked: Sequence[int], matched: int) -> str:
    guessed = rules[1]
    return (
        f"{name:20s} {guessed:5d} {rules[0] / max(guessed, 1):7.3f} {ranked[0] / max(guessed, 1):7.3f}"
        f" {matched:6d} {rules[2] / max(matched, 1):7.3f} {ranked[2] / max(matched, 1):7.3f} {ranked[3]:7d}"
    )


def write_module(weights: Sequence[float]) -> None:
    """Rewrite the weights in the data module, keeping its docstring and feature names."""
    source = DATA_MODULE.read_text(encoding="utf-8")
    head = source.split("WEIGHTS: tuple[float, ...] =", 1)[0]
    body = "".join(f"    {w:.4f},  # {name}\n" for name, w in zip(FEATURES, weights, strict=True))
    DATA_MODULE.write_text(f"{head}WEIGHTS: tuple[float, ...] = (\n{body})\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--write", action="store_true", help="fit on all sets and write the data module")
    parser.add_argument("--morph", action="store_true", help="run the engine with morph=True")
    parser.add_argument(
        "--no-abstain",
        action="store_true",
        help="learn nothing from quotes whose gold speaker is no option (by default: keep 'nobody')",
    )
    args = parser.parse_args(argv)
    if not ev.CORPUS_DIR.is_dir():
        print(f"corpus absent at {ev.CORPUS_DIR}, skipped")
        return 0
    abstain = not args.no_abstain
    sets = [collect(REPO / "benchmarks" / name, args.morph) for name in SETS]
    print("leave-one-set-out: fit on five sets, score the sixth (speaker accuracy)")
    print(
        f"{'held-out set':20s} {'guess':>5s} {'rules':>7s} {'ranker':>7s}"
        f" {'match':>6s} {'rules':>7s} {'ranker':>7s} {'invent':>7s}"
    )
    pooled_rules = [0, 0, 0, 0]
    pooled_ranked = [0, 0, 0, 0]
    matched_all = 0
    rule_means: list[float] = []
    ranked_means: list[float] = []
    for held in sets:
        weights = fit([item for data in sets if data is not held for item in data.items], abstain=abstain)
        rules, ranked = accuracy(held, None), accuracy(held, weights)
        matched = held.certain + len(held.items)
        print(_row(held.name, rules, ranked, matched))
        for k in range(4):
            pooled_rules[k] += rules[k]
            pooled_ranked[k] += ranked[k]
        matched_all += matched
        rule_means.append(rules[2] / max(matched, 1))
        ranked_means.append(ranked[2] / max(matched, 1))
    print(_row("pooled", pooled_rules, pooled_ranked, matched_all))
    print(
        f"mean over the six held-out sets (all matches): rules {sum(rule_means) / 6:.3f}, "
        f"ranker {sum(ranked_means) / 6:.3f}"
    )
    weights = fit([item for data in sets for item in data.items], abstain=abstain)
    print("weights fitted on all six sets:")
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"  {name:16s} {w:+.3f}")
    if args.write:
        write_module(weights)
        print(f"written to {DATA_MODULE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

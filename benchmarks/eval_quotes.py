"""Score ``ru_newsfacts.extract_quotes`` against the hand-made quote gold standard.

Run from the repository root::

    python3 benchmarks/eval_quotes.py            # summary table
    python3 benchmarks/eval_quotes.py --verbose  # plus every miss and false alarm in context
    python3 benchmarks/eval_quotes.py --json     # machine-readable
    python3 benchmarks/eval_quotes.py --gold benchmarks/quotes_gold_eval  # the final evaluation set
    python3 benchmarks/eval_quotes.py --gold benchmarks/quotes_gold --gold benchmarks/quotes_gold_test
    python3 benchmarks/eval_quotes.py --morph  # score extract_quotes(text, morph=True) (needs pymorphy3)
    python3 benchmarks/eval_quotes.py --syntax  # score extract_quotes(text, syntax=True) (needs natasha)

``--gold DIR`` picks the gold set, and may be given several times to score the sets together:
the dev set ``benchmarks/quotes_gold`` by default; ``benchmarks/quotes_gold_test``, the first
held-out set (used for development since its first measurement); ``benchmarks/quotes_gold_eval``,
the final evaluation set (score it, never read it while tuning).
The gold files (``benchmarks/quotes_gold/*.json``) hold offsets and speaker names only; the
article texts are read from ``../shared/corpus`` (next to the repository root). When the corpus
is absent the script says so and exits 0.

Scoring, separately for two groups:

* ``direct``: gold kinds ``direct`` and ``interview`` (words in quotation marks, dash lines,
  interview answers);
* ``reported``: gold kind ``indirect`` (reported speech).

A predicted quote matches a gold quote of the same group when their spans overlap by at least
half of the shorter span; pairs are formed one-to-one, greedily by overlap. Precision, recall and
F1 follow, plus a strict F1 that counts only identical spans. Speaker accuracy is measured over the
matched pairs: the names must be equal after casefolding, ё→е and dropping quotation marks; a gold
``null`` speaker is right only when the prediction has no speaker either. ``speaker_partial``
also accepts names sharing a word ("Мутко" / "Виталий Мутко").
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "benchmarks" / "quotes_gold"
TEST_GOLD_DIR = REPO / "benchmarks" / "quotes_gold_test"
EVAL_GOLD_DIR = REPO / "benchmarks" / "quotes_gold_eval"
EVAL2_GOLD_DIR = REPO / "benchmarks" / "quotes_gold_eval2"
EVAL3_GOLD_DIR = REPO / "benchmarks" / "quotes_gold_eval3"
EVAL4_GOLD_DIR = REPO / "benchmarks" / "quotes_gold_eval4"
EVAL5_GOLD_DIR = REPO / "benchmarks" / "quotes_gold_eval5"
EVAL6_GOLD_DIR = REPO / "benchmarks" / "quotes_gold_eval6"
EVAL7_GOLD_DIR = REPO / "benchmarks" / "quotes_gold_eval7"
CORPUS_DIR = REPO.parent / "shared" / "corpus"

GROUPS = ("direct", "reported")
KIND_GROUP = {"direct": "direct", "interview": "direct", "indirect": "reported"}
MIN_OVERLAP = 0.5

# Marks dropped when comparing names: «Коммерсантъ» and Коммерсантъ are the same speaker.
_NAME_TRANSLATION = str.maketrans(
    {"ё": "е", "’": "'", "«": None, "»": None, '"': None, "„": None, "“": None, "”": None}
)


@dataclass(frozen=True)
class QSpan:
    """One quote reduced to what is scored: kind, span and speaker name."""

    kind: str
    start: int
    stop: int
    speaker: str | None = None
    # The gold's speaker_type (person, organization, role, unknown); None for predictions.
    speaker_type: str | None = field(default=None, compare=False)

    @property
    def group(self) -> str:
        """The scoring group: ``direct`` or ``reported``."""
        return KIND_GROUP[self.kind]


@dataclass
class GroupScore:
    """Counts for one group, summed over documents."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_correct: int = 0
    speaker_partial: int = 0
    gold_null: int = 0
    gold_null_correct: int = 0
    gold_by_kind: dict[str, int] = field(default_factory=dict)
    matched_by_kind: dict[str, int] = field(default_factory=dict)
    # Per gold speaker_type: [speaker right, matched].
    speaker_by_type: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: GroupScore) -> None:
        """Add another score's counts to this one."""
        for name in ("gold", "predicted", "matched", "exact", "speaker_correct", "speaker_partial"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.gold_null += other.gold_null
        self.gold_null_correct += other.gold_null_correct
        for kind, n in other.gold_by_kind.items():
            self.gold_by_kind[kind] = self.gold_by_kind.get(kind, 0) + n
        for kind, n in other.matched_by_kind.items():
            self.matched_by_kind[kind] = self.matched_by_kind.get(kind, 0) + n
        for kind, (right, n) in other.speaker_by_type.items():
            counts = self.speaker_by_type.setdefault(kind, [0, 0])
            counts[0] += right
            counts[1] += n

    def metrics(self) -> dict[str, Any]:
        """Precision, recall, F1 (overlap and strict) and speaker accuracy, with the counts."""
        precision, recall, f1 = prf(self.matched, self.predicted, self.gold)
        _, _, strict_f1 = prf(self.exact, self.predicted, self.gold)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "exact": self.exact,
            "strict_f1": strict_f1,
            "speaker_accuracy": _ratio(self.speaker_correct, self.matched),
            "speaker_partial": _ratio(self.speaker_partial, self.matched),
            "gold_null_matched": self.gold_null,
            "gold_null_correct": self.gold_null_correct,
            "recall_by_kind": {
                kind: _ratio(self.matched_by_kind.get(kind, 0), n)
                for kind, n in sorted(self.gold_by_kind.items())
            },
            "speaker_accuracy_by_type": {
                kind: {"matched": n, "speaker_accuracy": _ratio(right, n)}
                for kind, (right, n) in sorted(self.speaker_by_type.items())
            },
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    precision = _ratio(matched, predicted)
    recall = _ratio(matched, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def overlap(a: QSpan, b: QSpan) -> int:
    """The number of characters two spans share."""
    return max(0, min(a.stop, b.stop) - max(a.start, b.start))


def spans_match(a: QSpan, b: QSpan, min_overlap: float = MIN_OVERLAP) -> bool:
    """Whether two spans overlap by at least ``min_overlap`` of the shorter one."""
    shared = overlap(a, b)
    shorter = min(a.stop - a.start, b.stop - b.start)
    return shared > 0 and shared >= min_overlap * shorter


def match(gold: Sequence[QSpan], predicted: Sequence[QSpan]) -> list[tuple[int, int]]:
    """Pair gold and predicted quotes of the same group one-to-one, greedily by overlap.

    Args:
        gold: The gold quotes.
        predicted: The predicted quotes.

    Returns:
        ``(gold index, predicted index)`` pairs, sorted by gold index.
    """
    candidates = [
        (overlap(g, p), -abs(g.start - p.start) - abs(g.stop - p.stop), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if g.group == p.group and spans_match(g, p)
    ]
    # Largest overlap first; ties go to the pair whose edges are closest, then to text order.
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def normalize_name(name: str | None) -> str | None:
    """Fold a speaker name for comparison: casefold, ё→е, no quotation marks, single spaces."""
    if name is None:
        return None
    folded = " ".join(name.casefold().translate(_NAME_TRANSLATION).split())
    return folded or None


def speaker_correct(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted speaker name equals the gold one (both null counts as equal)."""
    return normalize_name(gold) == normalize_name(predicted)


def speaker_partially_correct(gold: str | None, predicted: str | None) -> bool:
    """Like :func:`speaker_correct`, but names sharing one word also count."""
    g, p = normalize_name(gold), normalize_name(predicted)
    if g is None or p is None:
        return g == p
    return g == p or bool(set(g.split()) & set(p.split()))


@dataclass
class DocResult:
    """The scores of one document and the pairs behind them."""

    name: str
    text: str
    gold: list[QSpan]
    predicted: list[QSpan]
    pairs: list[tuple[int, int]]
    scores: dict[str, GroupScore]


def score_document(name: str, text: str, gold: Sequence[QSpan], predicted: Sequence[QSpan]) -> DocResult:
    """Match and score one document.

    Args:
        name: A label for reports.
        text: The article text (only used to show context).
        gold: The gold quotes.
        predicted: The predicted quotes.
    """
    pairs = match(gold, predicted)
    scores = {group: GroupScore() for group in GROUPS}
    for g in gold:
        score = scores[g.group]
        score.gold += 1
        score.gold_by_kind[g.kind] = score.gold_by_kind.get(g.kind, 0) + 1
    for p in predicted:
        scores[p.group].predicted += 1
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        score = scores[g.group]
        score.matched += 1
        score.matched_by_kind[g.kind] = score.matched_by_kind.get(g.kind, 0) + 1
        score.exact += (g.start, g.stop) == (p.start, p.stop)
        right = speaker_correct(g.speaker, p.speaker)
        score.speaker_correct += right
        counts = score.speaker_by_type.setdefault(g.speaker_type or "unknown", [0, 0])
        counts[0] += right
        counts[1] += 1
        score.speaker_partial += speaker_partially_correct(g.speaker, p.speaker)
        if g.speaker is None:
            score.gold_null += 1
            score.gold_null_correct += p.speaker is None
    return DocResult(name, text, list(gold), list(predicted), pairs, scores)


def load_gold(path: Path) -> tuple[str, str, list[QSpan]]:
    """Read one gold file.

    Returns:
        The corpus-relative article path, its recorded sha1 and the gold quotes.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    quotes = [
        QSpan(q["kind"], q["start"], q["stop"], q.get("speaker"), q.get("speaker_type"))
        for q in data["quotes"]
    ]
    return data["file"], data["sha1"], quotes


def gold_files(gold_dir: Path = GOLD_DIR) -> list[Path]:
    """The gold files, sorted by name."""
    return sorted(gold_dir.glob("*.json"))


def sha1_of(text: str) -> str:
    """The sha1 of a text's UTF-8 bytes, as recorded in the gold files."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


Extractor = Callable[[str], Iterable[Any]]


def predict(extractor: Extractor, text: str) -> list[QSpan]:
    """Run an extractor returning ``Quote``-like objects and reduce its output to spans."""
    found: list[QSpan] = []
    for quote in extractor(text):
        speaker = quote.speaker.name if quote.speaker is not None else None
        found.append(QSpan(quote.kind, quote.start, quote.stop, speaker))
    return found


def evaluate(
    extractor: Extractor, corpus: Path = CORPUS_DIR, gold_dir: Path = GOLD_DIR
) -> tuple[list[DocResult], dict[str, GroupScore], list[str]]:
    """Score ``extractor`` on every gold file.

    Args:
        extractor: Maps a text to ``Quote``-like objects (``kind``, ``start``, ``stop``, ``speaker``).
        corpus: The ``shared/corpus`` directory.
        gold_dir: The directory of gold JSON files.

    Returns:
        Per-document results, totals per group, and warnings (missing files, sha1 drift).
    """
    results: list[DocResult] = []
    warnings: list[str] = []
    totals = {group: GroupScore() for group in GROUPS}
    for path in gold_files(gold_dir):
        rel, sha1, gold = load_gold(path)
        article = corpus / rel
        if not article.is_file():
            warnings.append(f"{path.name}: {rel} missing from the corpus, skipped")
            continue
        text = article.read_text(encoding="utf-8")
        if sha1_of(text) != sha1:
            warnings.append(f"{path.name}: sha1 of {rel} differs from the gold file; offsets may be off")
        result = score_document(path.stem, text, gold, predict(extractor, text))
        results.append(result)
        for group in GROUPS:
            totals[group].add(result.scores[group])
    return results, totals, warnings


def _context(text: str, span: QSpan, width: int = 50) -> str:
    before = text[max(0, span.start - width) : span.start]
    inside = text[span.start : span.stop]
    if len(inside) > 160:
        inside = inside[:75] + " … " + inside[-75:]
    after = text[span.stop : span.stop + width]
    return " ".join(f"{before}[[{inside}]]{after}".split())


def describe_errors(result: DocResult) -> list[str]:
    """Human-readable lines for the misses, false alarms and wrong speakers of one document."""
    lines: list[str] = []
    matched_gold = {gi for gi, _ in result.pairs}
    matched_pred = {pi for _, pi in result.pairs}
    for gi, g in enumerate(result.gold):
        if gi not in matched_gold:
            lines.append(f"  MISS  {g.kind:9} {g.start}:{g.stop} speaker={g.speaker!r}")
            lines.append(f"        {_context(result.text, g)}")
    for pi, p in enumerate(result.predicted):
        if pi not in matched_pred:
            lines.append(f"  FALSE {p.kind:9} {p.start}:{p.stop} speaker={p.speaker!r}")
            lines.append(f"        {_context(result.text, p)}")
    for gi, pi in result.pairs:
        g, p = result.gold[gi], result.predicted[pi]
        if not speaker_correct(g.speaker, p.speaker):
            lines.append(f"  SPKR  {g.kind:9} {g.start}:{g.stop} gold={g.speaker!r} predicted={p.speaker!r}")
        if (g.start, g.stop) != (p.start, p.stop):
            lines.append(f"  EDGE  {g.kind:9} gold {g.start}:{g.stop} predicted {p.start}:{p.stop}")
    return lines


def format_table(totals: dict[str, GroupScore], documents: int) -> str:
    """The summary table printed by default."""
    rows = [
        f"quote extraction vs gold: {documents} articles",
        f"{'group':9} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'strict':>6} {'spk':>6} {'spk~':>6}  null ok",
    ]
    for group in GROUPS:
        m = totals[group].metrics()
        rows.append(
            f"{group:9} {m['gold']:5} {m['predicted']:5} {m['matched']:5} {m['precision']:6.3f} "
            f"{m['recall']:6.3f} {m['f1']:6.3f} {m['strict_f1']:6.3f} {m['speaker_accuracy']:6.3f} "
            f"{m['speaker_partial']:6.3f}  {m['gold_null_correct']}/{m['gold_null_matched']}"
        )
        by_kind = ", ".join(f"{k} {v:.3f}" for k, v in m["recall_by_kind"].items())
        rows.append(f"{'':9} recall by kind: {by_kind}")
        types = m["speaker_accuracy_by_type"].items()
        by_type = ", ".join(f"{k} {v['speaker_accuracy']:.3f} ({v['matched']})" for k, v in types)
        rows.append(f"{'':9} spk by gold speaker type: {by_type}")
    rows.append(
        "match = overlap >= 50% of the shorter span, one-to-one; strict = identical spans; "
        "spk = exact speaker name among matches, spk~ = names share a word"
    )
    return "\n".join(rows)


def _default_extractor(morph: bool = False, syntax: bool = False) -> Extractor:
    # Measure this checkout's code, not an installed copy of the package.
    if str(REPO / "src") not in sys.path:
        sys.path.insert(0, str(REPO / "src"))
    from ru_newsfacts import extract_quotes

    if syntax:
        return functools.partial(extract_quotes, morph=morph, syntax=True)
    if morph:
        return functools.partial(extract_quotes, morph=True)
    return extract_quotes


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss and false alarm")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="the shared/corpus directory")
    parser.add_argument(
        "--gold",
        type=Path,
        action="append",
        help=(
            "a folder of gold JSON files, repeatable (default: the dev set); "
            "benchmarks/quotes_gold_eval is the final evaluation set"
        ),
    )
    parser.add_argument(
        "--morph", action="store_true", help="score extract_quotes(text, morph=True) (the [morph] extra)"
    )
    parser.add_argument(
        "--syntax",
        action="store_true",
        help="score extract_quotes(text, syntax=True) (the [syntax] extra: natasha's dependency parse)",
    )
    args = parser.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"corpus absent at {args.corpus}, skipped")
        return 0
    extractor = _default_extractor(args.morph, args.syntax)
    results: list[DocResult] = []
    totals = {group: GroupScore() for group in GROUPS}
    warnings: list[str] = []
    for gold_dir in args.gold or [GOLD_DIR]:
        more, subtotals, more_warnings = evaluate(extractor, args.corpus, gold_dir)
        results += more
        warnings += more_warnings
        for group in GROUPS:
            totals[group].add(subtotals[group])
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        report: dict[str, Any] = {
            "articles": len(results),
            "groups": {group: totals[group].metrics() for group in GROUPS},
            "warnings": warnings,
        }
        if args.verbose:
            report["documents"] = {
                r.name: {group: r.scores[group].metrics() for group in GROUPS} for r in results
            }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    if args.verbose:
        for result in results:
            lines = describe_errors(result)
            if lines:
                print(result.name)
                print("\n".join(lines))
        print()
    print(format_table(totals, len(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure the money extractor on the shared corpus.

Usage (from the repository root)::

    PYTHONPATH=src python3 benchmarks/eval_money.py recall      # NEREL money spans on wikinews
    PYTHONPATH=src python3 benchmarks/eval_money.py precision   # 50 random articles, every mention printed
    PYTHONPATH=src python3 benchmarks/eval_money.py speed       # throughput on wikinews and factru, MB/s
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import _peers  # noqa: F401  (puts this checkout's src first on sys.path)

from ru_newsfacts import extract_money
from ru_newsfacts.models import Money


def corpus_dir() -> Path | None:
    """The ``shared/corpus`` folder next to the repository, or None when it is absent."""
    root = Path(__file__).resolve().parents[1]
    for candidate in (root.parent / "shared" / "corpus", root / ".." / "shared" / "corpus"):
        if candidate.is_dir():
            return candidate.resolve()
    return None


def _load(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}


def recall(corpus: Path, verbose: bool) -> None:
    """A NEREL span is found when a mention overlaps it; exact when the offsets are equal."""
    texts = _load(corpus / "wikinews")
    gold: dict[str, list[dict[str, object]]] = defaultdict(list)
    with open(corpus / "wikinews_money_spans.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            gold[row["file"]].append(row)
    total = found = exact = 0
    missed: list[str] = []
    for name, rows in gold.items():
        mentions = extract_money(texts[name])
        for row in rows:
            start, stop = int(str(row["start"])), int(str(row["stop"]))
            total += 1
            hits = [m for m in mentions if m.start < stop and start < m.stop]
            if hits:
                found += 1
                exact += any(m.start == start and m.stop == stop for m in hits)
                if verbose:
                    print(f"  found {row['text']!r:45} -> {[m.text for m in hits]}")
            else:
                context = texts[name][max(0, start - 60) : stop + 40].replace("\n", " ")
                missed.append(f"{name}: {row['text']!r}  ...{context}...")
    print(f"NEREL money spans: {total}")
    print(f"recall (overlap): {found / total:.3f} ({found}/{total})")
    print(f"exact-span match: {exact / total:.3f} ({exact}/{total})")
    print(f"missed ({len(missed)}):")
    for line in missed:
        print("  " + line)


def _show(money: Money) -> str:
    rng = f"..{money.amount_max}" if money.amount_max is not None else ""
    return f"{money.text!r} = {money.amount}{rng} {money.currency} {money.qualifier} year={money.year}"


def precision(corpus: Path, count: int, seed: int) -> None:
    """Print every mention found in ``count`` random articles (wikinews + factru) for reading."""
    texts = {f"wikinews/{k}": v for k, v in _load(corpus / "wikinews").items()}
    texts.update({f"factru/{k}": v for k, v in _load(corpus / "factru").items()})
    names = random.Random(seed).sample(sorted(texts), count)
    mentions = 0
    for name in names:
        text = texts[name]
        found = extract_money(text)
        mentions += len(found)
        for money in found:
            context = text[max(0, money.start - 50) : money.stop + 30].replace("\n", " ")
            print(f"{name}: {_show(money)}\n    ...{context}...")
    print(f"{count} articles (seed {seed}), {mentions} mentions")


def speed(corpus: Path, repeat: int) -> None:
    """Characters and UTF-8 megabytes per second over whole folders."""
    for folder in ("wikinews", "factru"):
        texts = list(_load(corpus / folder).values())
        size = sum(len(t.encode("utf-8")) for t in texts)
        chars = sum(len(t) for t in texts)
        best = float("inf")
        for _ in range(repeat):
            began = time.perf_counter()
            for text in texts:
                extract_money(text)
            best = min(best, time.perf_counter() - began)
        print(
            f"{folder}: {len(texts)} texts, {chars / 1e6:.2f} M chars, {size / 1e6:.2f} MB: "
            f"{best:.3f} s, {size / 1e6 / best:.1f} MB/s, {chars / 1e6 / best:.1f} M chars/s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["recall", "precision", "speed"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus = corpus_dir()
    if corpus is None:
        sys.exit("the shared corpus (../shared/corpus) is not there")
    if args.what == "recall":
        recall(corpus, args.verbose)
    elif args.what == "precision":
        precision(corpus, args.count, args.seed)
    else:
        speed(corpus, args.repeat)


if __name__ == "__main__":
    main()

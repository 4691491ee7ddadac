"""Draw the articles of the quote gold standard, reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold/draw.py

The draw, with ``random.Random(SEED)`` over sorted file lists:

1. 15 Wikinews articles whose manifest row has ``direct_quotes > 0`` or ``guillemets == True``;
2. 10 FactRuEval articles of at most ``FACTRU_MAX_CHARS`` characters (long ones would take
   an annotator too long; the cap is part of the protocol);
3. 5 of the remaining Wikinews articles (no quote signal in the manifest).

It prints one corpus-relative path per line; the gold files are named after them.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

SEED = 20261121
N_WIKINEWS_QUOTED = 15
N_FACTRU = 10
N_WIKINEWS_OTHER = 5
FACTRU_MAX_CHARS = 4000


def corpus_dir() -> Path:
    """Locate ``shared/corpus`` next to the repository root."""
    return Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def draw(corpus: Path) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order.

    Args:
        corpus: The ``shared/corpus`` directory.
    """
    rng = random.Random(SEED)
    with open(corpus / "wikinews_manifest.tsv", encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda row: row["file"])
    quoted = [r["file"] for r in rows if int(r["direct_quotes"]) > 0 or r["guillemets"] == "True"]
    other = [r["file"] for r in rows if r["file"] not in set(quoted)]
    factru = sorted(
        p.name
        for p in (corpus / "factru").glob("*.txt")
        if len(p.read_text(encoding="utf-8")) <= FACTRU_MAX_CHARS
    )
    picked = [f"wikinews/{name}" for name in rng.sample(quoted, N_WIKINEWS_QUOTED)]
    picked += [f"factru/{name}" for name in rng.sample(factru, N_FACTRU)]
    picked += [f"wikinews/{name}" for name in rng.sample(other, N_WIKINEWS_OTHER)]
    return picked


def main() -> int:
    """Print the draw."""
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"corpus absent at {corpus}, nothing to draw", file=sys.stderr)
        return 0
    for path in draw(corpus):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

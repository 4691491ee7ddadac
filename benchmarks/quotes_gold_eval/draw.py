"""Draw the articles of the final quote evaluation set, reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold_eval/draw.py

This third set was drawn and annotated after the dev set (``benchmarks/quotes_gold``) and the
first held-out set (``benchmarks/quotes_gold_test``) had both been used while tuning the engine,
so it is the set whose figures are reported as the expected accuracy on new text. Same
stratification as the dev set, a new seed, and every article of the two earlier sets excluded.
With ``random.Random(SEED)`` over sorted file lists:

1. 15 Wikinews articles whose manifest row has ``direct_quotes > 0`` or ``guillemets == True``;
2. 10 FactRuEval articles of at most ``FACTRU_MAX_CHARS`` characters;
3. 5 of the remaining Wikinews articles (no quote signal in the manifest).

No interview stratum: the only article with an interview shape (``factru/devset_book_142``)
is in the dev set.

It prints one corpus-relative path per line; the gold files are named after them.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

SEED = 20261123
N_WIKINEWS_QUOTED = 15
N_FACTRU = 10
N_WIKINEWS_OTHER = 5
FACTRU_MAX_CHARS = 4000
EARLIER_SETS = [Path(__file__).resolve().parents[1] / name for name in ("quotes_gold", "quotes_gold_test")]


def corpus_dir() -> Path:
    """Locate ``shared/corpus`` next to the repository root."""
    return Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def earlier_articles(folders: list[Path] = EARLIER_SETS) -> set[str]:
    """The corpus-relative paths of the articles already annotated, which may not be drawn."""
    return {
        json.loads(path.read_text(encoding="utf-8"))["file"]
        for folder in folders
        for path in folder.glob("*.json")
    }


def draw(corpus: Path, excluded: set[str]) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order.

    Args:
        corpus: The ``shared/corpus`` directory.
        excluded: Corpus-relative paths that may not be drawn (the earlier sets).
    """
    rng = random.Random(SEED)
    with open(corpus / "wikinews_manifest.tsv", encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda row: row["file"])
    signal = {r["file"] for r in rows if int(r["direct_quotes"]) > 0 or r["guillemets"] == "True"}
    quoted = [r["file"] for r in rows if r["file"] in signal and f"wikinews/{r['file']}" not in excluded]
    other = [r["file"] for r in rows if r["file"] not in signal and f"wikinews/{r['file']}" not in excluded]
    factru = sorted(
        p.name
        for p in (corpus / "factru").glob("*.txt")
        if f"factru/{p.name}" not in excluded and len(p.read_text(encoding="utf-8")) <= FACTRU_MAX_CHARS
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
    for path in draw(corpus, earlier_articles()):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw the articles of the sixth quote evaluation set (the eighth gold set), reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold_eval6/draw.py

The seven earlier sets have all been used while tuning the engine, so this eighth set is the one
whose figures are reported as the expected accuracy on new text. Excluded first: every article of
the seven earlier sets and the 30 articles of the fourth round's silver review
(``quotes_gold_eval4/silver_reviewed.txt``).

The earlier draws took 20 Wikinews articles whose manifest row counts direct quotes; only 13 such
articles were left, so the strata change. With ``random.Random(SEED)`` over sorted lists:

1. every remaining Wikinews article with ``direct_quotes > 0`` (13), in a shuffled order;
2. 7 Wikinews articles with guillemets but no direct quote counted in the manifest;
3. 6 FactRuEval articles of at most 4000 characters;
4. 4 Wikinews articles with no quote signal in the manifest.

It prints one corpus-relative path per line; the gold files are named after them.
"""

from __future__ import annotations

import csv
import random
import runpy
from pathlib import Path
from typing import Any

SEED = 20261122
N_GUILLEMETS = 7
N_FACTRU = 6
N_OTHER = 4
FACTRU_MAX_CHARS = 4000
# The seventh set's draw script: its exclusions (six sets and the silver review) and strata are reused.
_EVAL5: dict[str, Any] = runpy.run_path(
    str(Path(__file__).resolve().parents[1] / "quotes_gold_eval5" / "draw.py")
)
EARLIER_SETS = [*_EVAL5["EARLIER_SETS"], Path(__file__).resolve().parents[1] / "quotes_gold_eval5"]
corpus_dir = _EVAL5["corpus_dir"]


def earlier_articles(folders: list[Path] = EARLIER_SETS) -> set[str]:
    """The corpus-relative paths already used while tuning (seven gold sets and the silver review)."""
    found: set[str] = _EVAL5["earlier_articles"](folders)
    return found


def draw(corpus: Path, excluded: set[str]) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order (the four strata above).

    Args:
        corpus: The ``shared/corpus`` directory.
        excluded: Corpus-relative paths that may not be drawn (see `earlier_articles`).
    """
    rng = random.Random(SEED)
    with open(corpus / "wikinews_manifest.tsv", encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle, delimiter="	"), key=lambda row: row["file"])
    free = [row for row in rows if f"wikinews/{row['file']}" not in excluded]
    direct = [row["file"] for row in free if int(row["direct_quotes"]) > 0]
    marked = [row["file"] for row in free if int(row["direct_quotes"]) == 0 and row["guillemets"] == "True"]
    other = [row["file"] for row in free if int(row["direct_quotes"]) == 0 and row["guillemets"] != "True"]
    factru = sorted(
        path.name
        for path in (corpus / "factru").glob("*.txt")
        if f"factru/{path.name}" not in excluded and len(path.read_text(encoding="utf-8")) <= FACTRU_MAX_CHARS
    )
    picked = [f"wikinews/{name}" for name in rng.sample(direct, len(direct))]
    picked += [f"wikinews/{name}" for name in rng.sample(marked, N_GUILLEMETS)]
    picked += [f"factru/{name}" for name in rng.sample(factru, N_FACTRU)]
    picked += [f"wikinews/{name}" for name in rng.sample(other, N_OTHER)]
    return picked


def main() -> int:
    """Print the draw (through the fourth set's printer)."""
    status: int = _EVAL5["_EVAL4"]["_EVAL2"]["main"](lambda corpus: draw(corpus, earlier_articles()))
    return status


if __name__ == "__main__":
    raise SystemExit(main())

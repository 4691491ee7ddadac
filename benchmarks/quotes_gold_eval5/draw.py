"""Draw the articles of the fifth quote evaluation set (the seventh gold set), reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold_eval5/draw.py

This seventh set was drawn after the six earlier sets had all been used while tuning the engine,
so it is the set whose figures are reported as the expected accuracy on new text. It repeats the
strata of the fourth set's draw (``quotes_gold_eval2/draw.py``, whose helpers it reuses) with a new
seed. Excluded first: every article of the six earlier sets, and the 30 articles whose engine output
was read by hand in the fourth round's silver review (``quotes_gold_eval4/silver_reviewed.txt``),
since rules were written from them too:

1. 20 Wikinews articles whose manifest row has ``direct_quotes > 0``;
2. 6 FactRuEval articles of at most 4000 characters;
3. 4 Wikinews articles with no quote signal in the manifest.

It prints one corpus-relative path per line; the gold files are named after them.
"""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

SEED = 20261128
EARLIER_SETS = [
    Path(__file__).resolve().parents[1] / name
    for name in (
        "quotes_gold",
        "quotes_gold_test",
        "quotes_gold_eval",
        "quotes_gold_eval2",
        "quotes_gold_eval3",
        "quotes_gold_eval4",
    )
]
# The fourth set's draw script, whose strata and helpers this draw reuses.
_EVAL2: dict[str, Any] = runpy.run_path(
    str(Path(__file__).resolve().parents[1] / "quotes_gold_eval2" / "draw.py")
)
corpus_dir = _EVAL2["corpus_dir"]


SILVER_REVIEWED = Path(__file__).resolve().parents[1] / "quotes_gold_eval4" / "silver_reviewed.txt"


def earlier_articles(folders: list[Path] = EARLIER_SETS) -> set[str]:
    """The corpus-relative paths already used while tuning (gold sets and silver review)."""
    found: set[str] = _EVAL2["earlier_articles"](folders)
    found.update(line for line in SILVER_REVIEWED.read_text(encoding="utf-8").split() if line)
    return found


def draw(corpus: Path, excluded: set[str]) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order (the fourth set's strata).

    Args:
        corpus: The ``shared/corpus`` directory.
        excluded: Corpus-relative paths that may not be drawn (see `earlier_articles`).
    """
    picked: list[str] = _EVAL2["draw"](corpus, excluded, seed=SEED)
    return picked


def main() -> int:
    """Print the draw (through the fourth set's printer)."""
    status: int = _EVAL2["main"](lambda corpus: draw(corpus, earlier_articles()))
    return status


if __name__ == "__main__":
    raise SystemExit(main())

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
# The sixth set's draw script: its exclusions (five sets and the silver review) and strata are reused.
_EVAL4: dict[str, Any] = runpy.run_path(
    str(Path(__file__).resolve().parents[1] / "quotes_gold_eval4" / "draw.py")
)
EARLIER_SETS = [*_EVAL4["EARLIER_SETS"], Path(__file__).resolve().parents[1] / "quotes_gold_eval4"]
corpus_dir = _EVAL4["corpus_dir"]


def earlier_articles(folders: list[Path] = EARLIER_SETS) -> set[str]:
    """The corpus-relative paths already used while tuning (six gold sets and the silver review)."""
    found: set[str] = _EVAL4["earlier_articles"](folders)
    return found


def draw(corpus: Path, excluded: set[str]) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order (the fourth set's strata).

    Args:
        corpus: The ``shared/corpus`` directory.
        excluded: Corpus-relative paths that may not be drawn (see `earlier_articles`).
    """
    picked: list[str] = _EVAL4["_EVAL2"]["draw"](corpus, excluded, seed=SEED)
    return picked


def main() -> int:
    """Print the draw (through the fourth set's printer)."""
    status: int = _EVAL4["_EVAL2"]["main"](lambda corpus: draw(corpus, earlier_articles()))
    return status


if __name__ == "__main__":
    raise SystemExit(main())

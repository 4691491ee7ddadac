"""Draw the articles of the third quote evaluation set (the fifth gold set), reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold_eval3/draw.py

This fifth set was drawn and annotated after the four earlier sets had all been used while tuning
the engine, so it is the set whose figures are reported as the expected accuracy on new text. It
repeats the strata of the fourth set's draw (``quotes_gold_eval2/draw.py``, whose helpers it
reuses) with a new seed, every article of the four earlier sets excluded:

1. 20 Wikinews articles whose manifest row has ``direct_quotes > 0``;
2. 6 FactRuEval articles of at most 4000 characters;
3. 4 Wikinews articles with no quote signal in the manifest.

It prints one corpus-relative path per line; the gold files are named after them.
"""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

SEED = 20261125
EARLIER_SETS = [
    Path(__file__).resolve().parents[1] / name
    for name in ("quotes_gold", "quotes_gold_test", "quotes_gold_eval", "quotes_gold_eval2")
]
# The fourth set's draw script, whose strata and helpers this draw reuses.
_EVAL2: dict[str, Any] = runpy.run_path(
    str(Path(__file__).resolve().parents[1] / "quotes_gold_eval2" / "draw.py")
)
corpus_dir = _EVAL2["corpus_dir"]


def earlier_articles(folders: list[Path] = EARLIER_SETS) -> set[str]:
    """The corpus-relative paths of the articles already annotated, which may not be drawn."""
    found: set[str] = _EVAL2["earlier_articles"](folders)
    return found


def draw(corpus: Path, excluded: set[str]) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order (the fourth set's strata).

    Args:
        corpus: The ``shared/corpus`` directory.
        excluded: Corpus-relative paths that may not be drawn (the earlier sets).
    """
    picked: list[str] = _EVAL2["draw"](corpus, excluded, seed=SEED)
    return picked


def main() -> int:
    """Print the draw (through the fourth set's printer)."""
    status: int = _EVAL2["main"](lambda corpus: draw(corpus, earlier_articles()))
    return status


if __name__ == "__main__":
    raise SystemExit(main())

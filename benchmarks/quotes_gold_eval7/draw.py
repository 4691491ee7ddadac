"""Draw the articles of the seventh quote evaluation set (the ninth gold set), reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold_eval7/draw.py

This set is annotated twice, by two annotators working apart, so that it measures how far two careful
annotators agree on quotes and speakers as well as how the engine does. Excluded first: every article
of the eight earlier sets and the 30 articles of the fourth round's silver review.

No Wikinews article with a direct quote counted in the manifest is left, and the point of this set is
speakers, so the articles are drawn from those with a quotation signal in their own text: a colon or
comma before an opening quotation mark, or a closing mark followed by a dash (`QUOTE_SIGNAL`). With
``random.Random(SEED)`` over sorted lists, both strata of at most `MAX_CHARS` characters:

1. 14 Wikinews articles with at least one quotation signal;
2. 10 FactRuEval articles with at least one quotation signal.

It prints one corpus-relative path per line; the gold files are named after them.
"""

from __future__ import annotations

import random
import runpy
from pathlib import Path
from typing import Any

import regex

SEED = 20261123
N_WIKINEWS = 14
N_FACTRU = 10
MAX_CHARS = 4000
# ": «", ", "" or "», —": where direct speech usually opens or closes in news text.
QUOTE_SIGNAL = regex.compile(r"[:,]\s*+[«\"„]|[»\"“],?+\s*+[—–-]\s")
# The eighth set's draw script: its exclusions (seven sets and the silver review) are reused.
_EVAL6: dict[str, Any] = runpy.run_path(
    str(Path(__file__).resolve().parents[1] / "quotes_gold_eval6" / "draw.py")
)
EARLIER_SETS = [*_EVAL6["EARLIER_SETS"], Path(__file__).resolve().parents[1] / "quotes_gold_eval6"]
corpus_dir = _EVAL6["corpus_dir"]


def earlier_articles(folders: list[Path] = EARLIER_SETS) -> set[str]:
    """The corpus-relative paths already used while tuning (eight gold sets and the silver review)."""
    found: set[str] = _EVAL6["earlier_articles"](folders)
    return found


def _signalled(folder: Path, excluded: set[str]) -> list[str]:
    """Names of the folder's articles, not excluded, short enough and with a quotation signal, sorted."""
    names = []
    for path in sorted(folder.glob("*.txt")):
        if f"{folder.name}/{path.name}" in excluded:
            continue
        text = path.read_text(encoding="utf-8")
        if len(text) <= MAX_CHARS and QUOTE_SIGNAL.search(text):
            names.append(path.name)
    return names


def draw(corpus: Path, excluded: set[str]) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order (the two strata above).

    Args:
        corpus: The ``shared/corpus`` directory.
        excluded: Corpus-relative paths that may not be drawn (see `earlier_articles`).
    """
    rng = random.Random(SEED)
    wikinews = _signalled(corpus / "wikinews", excluded)
    factru = _signalled(corpus / "factru", excluded)
    picked = [f"wikinews/{name}" for name in rng.sample(wikinews, N_WIKINEWS)]
    picked += [f"factru/{name}" for name in rng.sample(factru, N_FACTRU)]
    return picked


def main() -> int:
    """Print the draw (through the fourth set's printer)."""
    printer = _EVAL6["_EVAL5"]["_EVAL4"]["_EVAL2"]["main"]
    status: int = printer(lambda corpus: draw(corpus, earlier_articles()))
    return status


if __name__ == "__main__":
    raise SystemExit(main())

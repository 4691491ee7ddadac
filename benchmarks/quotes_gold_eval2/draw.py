"""Draw the articles of the second quote evaluation set, reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold_eval2/draw.py

This fourth set was drawn and annotated after the three earlier sets (``benchmarks/quotes_gold``,
``quotes_gold_test``, ``quotes_gold_eval``) had all been used while tuning the engine, so it is
the set whose figures are reported as the expected accuracy on new text. The third set held only
18 direct quotes, so one quote moved direct recall by 0.056; this draw leans on direct speech:
its first stratum is the Wikinews articles whose manifest counts direct quotes, not merely
guillemets. A new seed, and every article of the three earlier sets excluded. With
``random.Random(SEED)`` over sorted file lists:

1. 20 Wikinews articles whose manifest row has ``direct_quotes > 0``;
2. 6 FactRuEval articles of at most 4000 characters (the cap of the first held-out set's draw,
   whose sampler this script reuses);
3. 4 Wikinews articles with no quote signal in the manifest (neither direct quotes nor
   guillemets).

No interview stratum: the only article with an interview shape (``factru/devset_book_142``)
is in the dev set.

It prints one corpus-relative path per line; the gold files are named after them.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

SEED = 20261124
N_WIKINEWS_QUOTED = 20
N_FACTRU = 6
N_WIKINEWS_OTHER = 4
EARLIER_SETS = [
    Path(__file__).resolve().parents[1] / name
    for name in ("quotes_gold", "quotes_gold_test", "quotes_gold_eval")
]


def _draw_script(folder: str) -> ModuleType:
    """The ``draw.py`` of an earlier gold folder, whose helpers this draw reuses."""
    path = Path(__file__).resolve().parents[1] / folder / "draw.py"
    spec = importlib.util.spec_from_file_location(f"{folder}_draw", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_EVAL_DRAW = _draw_script("quotes_gold_eval")
corpus_dir = _EVAL_DRAW.corpus_dir


def earlier_articles(folders: list[Path] = EARLIER_SETS) -> set[str]:
    """The corpus-relative paths of the articles already annotated, which may not be drawn."""
    found: set[str] = _EVAL_DRAW.earlier_articles(folders)
    return found


def draw(corpus: Path, excluded: set[str], seed: int = SEED) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order.

    Args:
        corpus: The ``shared/corpus`` directory.
        excluded: Corpus-relative paths that may not be drawn (the earlier sets).
        seed: The seed of the draw; later sets repeat these strata with their own.
    """
    sampler = _draw_script("quotes_gold_test")
    picked: list[str] = sampler.draw(
        corpus,
        excluded,
        seed=seed,
        counts=(N_WIKINEWS_QUOTED, N_FACTRU, N_WIKINEWS_OTHER),
        direct_only=True,
    )
    return picked


def main(pick: Callable[[Path], list[str]] | None = None) -> int:
    """Print the draw: ``pick(corpus)``, by default this set's, the earlier sets excluded.

    Later sets that repeat these strata pass their own ``pick``.
    """
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"corpus absent at {corpus}, nothing to draw", file=sys.stderr)
        return 0
    picked = pick(corpus) if pick is not None else draw(corpus, earlier_articles())
    for path in picked:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

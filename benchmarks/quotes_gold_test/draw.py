"""Draw the articles of the held-out quote test set, reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold_test/draw.py

Same stratification as the dev set (``benchmarks/quotes_gold/draw.py``), a different seed, and
the dev articles excluded. With ``random.Random(SEED)`` over sorted file lists:

1. 12 Wikinews articles whose manifest row has ``direct_quotes > 0`` or ``guillemets == True``;
2. 8 FactRuEval articles of at most ``FACTRU_MAX_CHARS`` characters;
3. 4 of the remaining Wikinews articles (no quote signal in the manifest).

Every article of the dev set (the ``file`` field of ``benchmarks/quotes_gold/*.json``) is removed
from the candidate lists before sampling. No interview stratum: the only article with an
interview shape (``factru/devset_book_142``) is in the dev set.

It prints one corpus-relative path per line; the gold files are named after them.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

SEED = 20261122
N_WIKINEWS_QUOTED = 12
N_FACTRU = 8
N_WIKINEWS_OTHER = 4
FACTRU_MAX_CHARS = 4000
DEV_GOLD = Path(__file__).resolve().parents[1] / "quotes_gold"


def corpus_dir() -> Path:
    """Locate ``shared/corpus`` next to the repository root."""
    return Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def dev_articles(dev_gold: Path = DEV_GOLD) -> set[str]:
    """The corpus-relative paths of the dev-set articles, which the test set must not contain."""
    return {json.loads(p.read_text(encoding="utf-8"))["file"] for p in dev_gold.glob("*.json")}


def draw(
    corpus: Path,
    excluded: set[str],
    *,
    seed: int = SEED,
    counts: tuple[int, int, int] = (N_WIKINEWS_QUOTED, N_FACTRU, N_WIKINEWS_OTHER),
    direct_only: bool = False,
) -> list[str]:
    """Return the drawn articles as corpus-relative paths, in draw order.

    Args:
        corpus: The ``shared/corpus`` directory.
        excluded: Corpus-relative paths that may not be drawn (the dev set).
        seed: The seed of ``random.Random``.
        counts: How many Wikinews articles with a quote signal, FactRuEval articles and other
            Wikinews articles to draw (the three strata, in draw order).
        direct_only: Draw the first stratum from the articles whose manifest row counts direct
            quotes only (``direct_quotes > 0``), not also those with guillemets; the third stratum
            stays the articles with neither signal.
    """
    n_quoted, n_factru, n_other = counts
    rng = random.Random(seed)
    with open(corpus / "wikinews_manifest.tsv", encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda row: row["file"])
    signal = {r["file"] for r in rows if int(r["direct_quotes"]) > 0 or r["guillemets"] == "True"}
    direct = {r["file"] for r in rows if int(r["direct_quotes"]) > 0}
    first = direct if direct_only else signal
    quoted = [r["file"] for r in rows if r["file"] in first and f"wikinews/{r['file']}" not in excluded]
    other = [r["file"] for r in rows if r["file"] not in signal and f"wikinews/{r['file']}" not in excluded]
    factru = sorted(
        p.name
        for p in (corpus / "factru").glob("*.txt")
        if f"factru/{p.name}" not in excluded and len(p.read_text(encoding="utf-8")) <= FACTRU_MAX_CHARS
    )
    picked = [f"wikinews/{name}" for name in rng.sample(quoted, n_quoted)]
    picked += [f"factru/{name}" for name in rng.sample(factru, n_factru)]
    picked += [f"wikinews/{name}" for name in rng.sample(other, n_other)]
    return picked


def main() -> int:
    """Print the draw."""
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"corpus absent at {corpus}, nothing to draw", file=sys.stderr)
        return 0
    for path in draw(corpus, dev_articles()):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw the articles of the quote gold standard, reproducibly.

Run from the repository root::

    python3 benchmarks/quotes_gold/draw.py

The draw, with ``random.Random(SEED)`` over sorted file lists:

1. 15 Wikinews articles whose manifest row has ``direct_quotes > 0`` or ``guillemets == True``;
2. 10 FactRuEval articles of at most ``FACTRU_MAX_CHARS`` characters (long ones would take
   an annotator too long; the cap is part of the protocol);
3. 5 of the remaining Wikinews articles (no quote signal in the manifest);
4. 1 interview article (no size cap), so that the "interview" kind is represented: an article
   with at least ``INTERVIEW_MIN_QUESTIONS`` lines ending in "?" (question turns). In this
   corpus only one article qualifies. Drawn last so that strata 1-3 do not depend on it.

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
N_INTERVIEW = 1
INTERVIEW_MIN_QUESTIONS = 4


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
    interviews = sorted(
        str(p.relative_to(corpus))
        for folder in ("wikinews", "factru")
        for p in (corpus / folder).glob("*.txt")
        if str(p.relative_to(corpus)) not in picked and _question_lines(p) >= INTERVIEW_MIN_QUESTIONS
    )
    picked += rng.sample(interviews, min(N_INTERVIEW, len(interviews)))
    return picked


def _question_lines(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return sum(1 for line in lines if line.rstrip().endswith("?"))


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

"""Names and roles over the shared corpus: spans hold, and the nominatives agree with pymorphy3."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ru_newsfacts.names import find_person_names, find_roles


def _corpus() -> Path | None:
    root = Path(__file__).resolve().parents[1]
    for candidate in (root / ".." / "shared" / "corpus", root.parent / "shared" / "corpus"):
        if candidate.is_dir():
            return candidate.resolve()
    return None


CORPUS = _corpus()
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(CORPUS is None, reason="the shared corpus (../shared/corpus) is absent"),
]


def _texts(limit: int) -> list[str]:
    assert CORPUS is not None
    paths = (
        sorted((CORPUS / "wikinews").glob("*.txt"))[:limit]
        + sorted((CORPUS / "factru").glob("*.txt"))[:limit]
    )
    return [p.read_text(encoding="utf-8") for p in paths]


def test_spans_slice_back_on_real_news() -> None:
    names = roles = 0
    for text in _texts(200):
        for m in find_person_names(text):
            assert text[m.start : m.stop] == m.text
            names += 1
        for r in find_roles(text):
            assert text[r.start : r.stop] == r.text
            roles += 1
    assert names > 1000
    assert roles > 1000


def test_agreement_with_pymorphy3_on_dictionary_names() -> None:
    pymorphy3 = pytest.importorskip("pymorphy3")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        from eval_names import pymorphy_knows, pymorphy_nominative
    finally:
        sys.path.pop(0)
    morph = pymorphy3.MorphAnalyzer()
    total = agree = 0
    for text in _texts(120):
        for m in find_person_names(text):
            written = m.text.split()
            if len(written) != len(m.nominative.split(" ")) or not pymorphy_knows(morph, written):
                continue
            ref = pymorphy_nominative(morph, written)
            total += 1
            agree += ref is not None and ref.replace("ё", "е") == m.nominative.replace("ё", "е")
    assert total > 300
    # Measured 0.96 on the whole corpus (benchmarks/eval_names.py); keep a margin for the sample.
    assert agree / total >= 0.93

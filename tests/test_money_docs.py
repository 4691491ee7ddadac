"""The Python examples of docs/money.md run as doctests, in order, sharing one namespace."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "money.md"


def test_money_page_examples() -> None:
    if not DOC.is_file():
        pytest.skip("docs/money.md is absent")
    text = DOC.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, "money.md", str(DOC), 0)
    assert len(test.examples) >= 15
    report: list[str] = []
    result = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS).run(test, out=report.append)
    assert result.failed == 0, "".join(report)

"""Every Python example of docs/money.md runs on its own as a doctest, and its output is checked."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
import regex

DOC = Path(__file__).resolve().parents[1] / "docs" / "money.md"
_BLOCK = regex.compile(r"```python\n(.*?)```", regex.DOTALL)


def _blocks() -> list[str]:
    return _BLOCK.findall(DOC.read_text(encoding="utf-8")) if DOC.is_file() else []


def test_money_page_has_examples() -> None:
    assert len(_blocks()) >= 8


@pytest.mark.parametrize("index", range(len(_blocks())))
def test_money_page_example(index: int) -> None:
    # A fresh namespace per block: each example must import what it uses.
    test = doctest.DocTestParser().get_doctest(_blocks()[index], {}, f"money.md#{index}", str(DOC), 0)
    report: list[str] = []
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    result = doctest.DocTestRunner(optionflags=flags).run(test, out=report.append)
    assert result.failed == 0, "".join(report)

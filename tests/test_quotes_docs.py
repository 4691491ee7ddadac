"""The Python examples of docs/quotes.md and docs/speakers.md run as doctests."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


@pytest.mark.parametrize("name", ["quotes.md", "speakers.md"])
def test_doc_examples(name: str) -> None:
    path = DOCS / name
    if not path.exists():
        pytest.skip(f"{name} is absent")
    source = "\n".join(_BLOCK.findall(path.read_text(encoding="utf-8")))
    assert ">>> " in source
    parser = doctest.DocTestParser()
    test = parser.get_doctest(source, {}, name, str(path), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) of {name} failed"

"""The examples in docs/names.md run and print what the page says."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "names.md"


@pytest.mark.skipif(not DOC.exists(), reason="docs/names.md is not shipped with this checkout")
def test_names_page_examples() -> None:
    text = DOC.read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in text.split("```python")[1:]]
    assert blocks, "the page has no python examples"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    # One doctest for the whole page: later examples use names imported by earlier ones.
    test = parser.get_doctest("\n".join(blocks), {}, "names.md", str(DOC), 0)
    assert len(test.examples) >= 10
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_module_docstring_examples() -> None:
    import ru_newsfacts.names as names

    result = doctest.testmod(names)
    assert result.attempted >= 2
    assert result.failed == 0

"""Foreign names the first-name and surname lists do not know (issue #4): each row an invented sentence."""

from __future__ import annotations

import pytest

from ru_newsfacts import extract_quotes

# Each row: text -> [(speaker name or None, type)] for every quote in order.
FOREIGN_ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # A man's surname in -я/-а declines like a feminine noun: the genitive -и/-ы goes back to -я/-а,
    # and the later surname alone finds the full name.
    (
        "По словам Мануэля Арайи, выставка удалась. «Мы довольны», — сказал Арайя.",
        [("Мануэль Арайя", "person"), ("Мануэль Арайя", "person")],
    ),
    ("По словам Хосе Сильвы, выставка удалась.", [("Хосе Сильва", "person")]),
    # "-и" after a consonant is a nominative of its own (Italian names).
    ("По словам Марио Росси, выставка удалась.", [("Марио Росси", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_ROWS)
def test_foreign_name(text: str, expected: list[tuple[str | None, str]]) -> None:
    got = [(q.speaker.name, q.speaker.type) if q.speaker else (None, "unknown") for q in extract_quotes(text)]
    assert got == expected

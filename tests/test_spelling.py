"""The spelling rule shared by every inflection by ending (data/spelling.py)."""

from __future__ import annotations

import pytest

from ru_newsfacts.data.spelling import y_or_i


@pytest.mark.parametrize(
    ("stem", "vowel"),
    [
        ("критик", "и"),
        ("книг", "и"),
        ("монах", "и"),
        ("нож", "и"),
        ("врач", "и"),
        ("товарищ", "и"),
        ("эксперт", "ы"),
        ("адвокатск", "и"),
        ("Критик", "и"),
        ("КРИТИК", "и"),
        ("", "ы"),
    ],
)
def test_no_y_after_a_velar_or_hushing_consonant(stem: str, vowel: str) -> None:
    assert y_or_i(stem) == vowel

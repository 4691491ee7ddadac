"""Speed shortcuts of the quote finders, money and resolution, checked against what they replace.

Each test compares a shortcut with the plain definition it stands for (see test_shortcuts.py),
on generated text that mixes the characters that matter: cases, ё, Latin, Greek final sigma,
İ (which lower-cases to two characters), digits, quotation marks, dashes and cue words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ru_newsfacts.quotes._text import cyrillic_runs
from ru_newsfacts.quotes.reported import _CUE_WORDS, _Masks, _Sentence

_PIECES = [
    "Министр",
    "заявил",
    "заявила",
    "сказал",
    "ЗАЯВИЛ",
    "Заявил",
    "по",
    "словам",
    "мнению",
    "данным",
    "сообщает",
    "cообщил",  # a Latin "c" inside: no cue
    "ёлка",
    "считаЁт",
    "что",
    "он",
    "«",
    "»",
    ",",
    ".",
    ":",
    "—",
    "-",
    "Σίσυφος",
    "İstanbul",
    "Berlin",
    "2024",
    "\n",
    " ",
]


def _glued(pieces: list[str], separators: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Text of ``pieces``, each followed by one of ``separators``."""
    return st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(separators)), max_size=max_size).map(
        lambda parts: "".join(a + b for a, b in parts)
    )


_TEXT = _glued(_PIECES, ["", " ", " ", "\n", "-"], 30)


def _holds_cue_by_runs(text: str, start: int, stop: int) -> bool:
    """The sentence test by its definition: some run of plain Cyrillic letters is a cue word."""
    return not _CUE_WORDS.isdisjoint(cyrillic_runs(text, start, stop))


# The reported-speech sentence test: one search for a cue word instead of a look-up per run.
@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 300), st.integers(0, 300))
def test_sentence_cue_search_equals_the_runs_test(text: str, a: int, b: int) -> None:
    start, stop = sorted((min(a, len(text)), min(b, len(text))))
    sentence = _Sentence(text, start, stop, 0, _Masks([]))
    assert sentence.may_hold_cue() == _holds_cue_by_runs(text, start, stop)


@pytest.mark.parametrize(
    ("text", "start", "stop", "expected"),
    [
        ("Министр заявил, что", 0, 19, True),
        ("Министр заявил, что", 0, 13, False),  # "заяви": the chunk cuts the word
        ("Министр заявил, что", 9, 19, False),  # "аявил"
        ("Министр ЗАЯВИЛ", 0, 14, True),
        ("перезаявил", 0, 10, False),
        ("İstanbul: по словам мэра", 0, 24, True),  # İ lower-cases to two characters
        ("считаЁт", 0, 7, True),  # ё folded to е: "считает"
        ("cообщил", 0, 7, False),
    ],
)
def test_sentence_cue_search_on_examples(text: str, start: int, stop: int, expected: bool) -> None:
    sentence = _Sentence(text, start, stop, 0, _Masks([]))
    assert sentence.may_hold_cue() is expected
    assert _holds_cue_by_runs(text, start, stop) is expected

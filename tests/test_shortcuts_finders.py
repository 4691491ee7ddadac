"""Speed shortcuts of the quote finders, money and resolution, checked against what they replace.

Each test compares a shortcut with the plain definition it stands for (see test_shortcuts.py),
on generated text that mixes the characters that matter: cases, ё, Latin, Greek final sigma,
İ (which lower-cases to two characters), digits, quotation marks, dashes and cue words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ru_newsfacts import parse_article
from ru_newsfacts.quotes import _text
from ru_newsfacts.quotes._text import cyrillic_runs, words_of
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


# The words of recent stretches are remembered: a repeated call gives the words of a fresh scan.
@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=12))
def test_remembered_words_equal_a_fresh_scan(text: str, spans: list[tuple[int, int]]) -> None:
    for a, b in spans * 2:
        start, stop = sorted((min(a, len(text)), min(b, len(text))))
        words = words_of(text, start, stop)
        _text._RECENT.clear()
        assert words == words_of(text, start, stop)
        words_of(text, start, stop)  # remembered again


def test_remembered_words_are_a_copy() -> None:
    text = "Министр заявил, что рынок растёт."
    first = words_of(text, 0, 14)
    assert [w.text for w in first] == ["Министр", "заявил"]
    first.clear()
    second = words_of(text, 0, 14)
    assert [w.text for w in second] == ["Министр", "заявил"]
    second.append(second[0])
    assert len(words_of(text, 0, 14)) == 2


def test_remembered_words_are_bounded_and_cleared_after_a_call() -> None:
    text = "слово " * 1000
    for start in range(0, 600, 6):
        words_of(text, start, start + 12)
    assert 0 < len(_text._RECENT) <= _text._RECENT_SIZE
    words_of(text, 1, len(text))  # longer than _RECENT_CHARS: not kept
    assert all(stop - start <= _text._RECENT_CHARS for _, start, stop in _text._RECENT)
    parse_article("Министр заявил, что рынок растёт.")
    assert not _text._RECENT

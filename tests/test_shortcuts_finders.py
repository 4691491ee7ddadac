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
from ru_newsfacts.data.organizations import COUNTRY_ACRONYMS
from ru_newsfacts.quotes import _text
from ru_newsfacts.quotes._bodies import _FORMS, _LATIN_WORD, Bodies, Body, _adjacent, _is_acronym
from ru_newsfacts.quotes._text import Word, cyrillic_runs, words_of
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


# Named bodies: the heads and the acronym openings are picked by C-level maps before the loops.
class _BodiesByLoop(Bodies):
    """``Bodies`` reading every word of a line in Python, as before the shortcut."""

    def _line(self, phrases: list[tuple[int, list[Word], str]], acronyms: list[list[Word]]) -> None:
        words = self.words
        k = 0
        while k < len(words):
            word = words[k]
            if word.low in _FORMS and (word.capitalized or self._capital_adjectives(k)):
                found = self._phrase(k)
                if found is not None:
                    phrases.append(found)
                    k = found[0]
                    continue
            if word.low in _FORMS:
                named = self._named_after(k)
                if named is not None:
                    self.bodies.append(named)
                    self._inside.update(range(k, k + len(named.name.split()) + 1))
            k += 1
        for k, word in enumerate(words):
            if not _is_acronym(word) or word.text in COUNTRY_ACRONYMS or k in self._inside:
                continue
            prev = words[k - 1] if k else None
            if prev is not None and _adjacent(self.text, prev, word) and _LATIN_WORD.fullmatch(prev.text):
                continue
            parts = [word]
            nxt = words[k + 1] if k + 1 < len(words) else None
            if (
                nxt is not None
                and _adjacent(self.text, word, nxt)
                and nxt.capitalized
                and (nxt.low.endswith(("ии", "ины", "ы")) or nxt.text in COUNTRY_ACRONYMS)
            ):
                parts.append(nxt)
            acronyms.append(parts)


_BODY_PIECES = [
    "Служба",
    "службы",
    "безопасности",
    "Украины",
    "СБУ",
    "(СБУ)",
    "МИД",
    "России",
    "США",
    "РФ",
    "XXI",
    "T2",
    "Министерство",
    "министерство",
    "иностранных",
    "дел",
    "Европейского",
    "суда",
    "по",
    "правам",
    "человека",
    "компания",
    "Компания",
    "«Вектор»",
    "Business",
    "NZ",
    "организация",
    "заявила",
    "Анна",
    "ЁЖ",
    "İSTANBUL",
    ",",
    ".",
    "\n",
]
_BODY_TEXT = _glued(_BODY_PIECES, ["", " ", " ", " ", "\n"], 30)


def _bodies_of(bodies: Bodies) -> tuple[list[Body], dict[str, str | None]]:
    return bodies.bodies, {word: bodies.expand(word) for word in bodies._expansions}


@settings(max_examples=400, deadline=None)
@given(_BODY_TEXT)
def test_bodies_equal_the_loop_over_every_word(text: str) -> None:
    assert _bodies_of(Bodies(text)) == _bodies_of(_BodiesByLoop(text))


@pytest.mark.parametrize(
    "text",
    [
        "Служба безопасности Украины (СБУ) заявила. СБУ сообщила.",
        "Министерство иностранных дел России и МИД РФ. Компания «Вектор» и организация Business NZ.",
        "Европейского суда по правам человека (ЕСПЧ) решение. XXI век, T2 и ЁЖ.",
    ],
)
def test_bodies_equal_the_loop_on_examples(text: str) -> None:
    found = _bodies_of(Bodies(text))
    assert len(found[0]) >= 3  # not vacuous
    assert found == _bodies_of(_BodiesByLoop(text))


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

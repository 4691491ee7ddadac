"""Capitalised words written right before a given surname, found without compiling a pattern per name.

"Мэйв Бинчи ... Бинчи сказала": the speaker memory looks for the first name the text writes before a
bare surname. A pattern built around each surname cost a compilation (about 0.3 ms) for each name
the regex module's cache did not hold, that is for most names of a fresh article; here the surname
is found by ``str.find`` and the word before it is read with patterns compiled once.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = ["first_words_before"]

_HORIZONTAL_SPACE = regex.compile(r"[^\S\n]")
_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")
_LETTER = regex.compile(r"\p{L}")
# A sentence end, then up to two spaces, right before the word: a capital there proves nothing.
_SENTENCE_END_BEFORE = regex.compile(r"[.!?\n][^\S\n]{0,2}\Z")


def first_words_before(text: str, name: str, stop: int) -> Iterator[tuple[int, str]]:
    """Yield ``(start, word)`` for what this pattern's ``finditer(text, 0, stop)`` matches::

        (?<![.!?\\n][^\\S\\n]{0,2})(?<!^)(?<!\\p{L})(?P<first>\\p{Lu}\\p{Ll}++)[^\\S\\n]++NAME(?!\\p{L})

    with NAME the literal ``name``: a capitalised word, not opening the text or a sentence, then
    spaces, then the name not followed by a letter (the end of the search counts as no letter).
    ``tests/test_shortcuts_core.py`` compares the two.

    Args:
        text: The whole text.
        name: The literal text after the word (a surname).
        stop: Where the search ends: a match ends at or before it.
    """
    size = len(name)
    if not size:
        return
    floor = 0  # matches do not overlap: the next one starts after the last one's end
    at = text.find(name, 0, stop)
    while at >= 0:
        end = at + size
        if end == stop or _LETTER.match(text, end, end + 1) is None:
            found = _word_before(text, at, floor)
            if found is not None:
                yield found
                floor = end
        at = text.find(name, at + 1, stop)


def _word_before(text: str, at: int, floor: int) -> tuple[int, str] | None:
    """The capitalised word that spaces separate from ``at``, starting at or after ``floor``."""
    space = at
    while space > floor and _HORIZONTAL_SPACE.match(text, space - 1, space) is not None:
        space -= 1
    if space == at:
        return None
    # The possessive \p{Ll}++ takes every lower-case letter up to the spaces: the capital stands
    # right before that run.
    start = space
    while start > floor and _LOWER.match(text, start - 1, start) is not None:
        start -= 1
    start -= 1
    if start < floor or start == space - 1 or _UPPER.match(text, start, start + 1) is None:
        return None
    if start == 0 or _LETTER.match(text, start - 1, start) is not None:
        return None
    if _SENTENCE_END_BEFORE.search(text, max(0, start - 3), start) is not None:
        return None
    return start, text[start:space]

"""Words with offsets, over a same-length ё→е fold of the caller's text."""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["DASHES", "Word", "fold", "words_of"]

DASHES = "—–-―"
"""Characters that open a dialogue line or set off the author's words."""

_FOLD = str.maketrans("ёЁ", "еЕ")
_WORD = regex.compile(r"[\p{L}\p{N}]++(?:[-'’.][\p{L}\p{N}]++)*+")


def fold(text: str) -> str:
    """Fold ё to е; the result has the same length, so offsets survive."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Word:
    """A word of the text.

    Attributes:
        start: Offset of the first character.
        stop: Offset past the last character.
        low: The word lower-cased, with ё folded to е.
        text: The word as written.
    """

    start: int
    stop: int
    low: str
    text: str

    @property
    def capitalized(self) -> bool:
        """Whether the word starts with a capital letter."""
        return self.text[:1].isupper()


def words_of(text: str, start: int = 0, stop: int | None = None) -> list[Word]:
    """Return the words of ``text[start:stop]`` with offsets into ``text``."""
    end = len(text) if stop is None else stop
    chunk = fold(text[start:end])
    out: list[Word] = []
    for match in _WORD.finditer(chunk):
        s, e = match.span()
        out.append(Word(start + s, start + e, match.group().lower(), text[start + s : start + e]))
    return out

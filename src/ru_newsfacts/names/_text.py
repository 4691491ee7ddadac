"""Tokens and folding shared by the name and role finders."""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["Token", "fold", "tokenize"]

_FOLD = str.maketrans("ёЁ", "еЕ")

# Words (with inner hyphens and apostrophes), initials, all-caps abbreviations and single
# other characters; every alternative is possessive so the scan stays linear.
_TOKEN_RE = regex.compile(
    r"(?P<word>\p{L}++(?:[-‐'’]\p{L}++)*+)"
    r"|(?P<space>\s++)"
    r"|(?P<other>[^\s\p{L}])"
)


def fold(text: str) -> str:
    """Lower-case and fold ё to е; the result has the same length as ``text``."""
    return text.translate(_FOLD).lower()


@dataclass(frozen=True)
class Token:
    """One token of the text: a word, a run of spaces or one other character."""

    start: int
    stop: int
    text: str
    kind: str  # "word", "space" or "other"

    @property
    def key(self) -> str:
        """The folded lower-case form used for look-ups."""
        return fold(self.text)

    @property
    def is_upper_initial(self) -> bool:
        """True for a capitalised word ("Путин", "Касым-Жомарт")."""
        t = self.text
        return self.kind == "word" and t[0].isupper() and (len(t) == 1 or not t[1:2].isupper())

    @property
    def is_all_caps(self) -> bool:
        """True for an abbreviation written in capitals ("РФ", "МИД")."""
        t = self.text
        return self.kind == "word" and len(t) >= 2 and t.replace("-", "").isupper()

    @property
    def is_lower(self) -> bool:
        """True for a word that starts with a lower-case letter."""
        return self.kind == "word" and self.text[0].islower()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word, space and single-character tokens covering it exactly."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "other"
        tokens.append(Token(m.start(), m.end(), m.group(), kind))
    return tokens

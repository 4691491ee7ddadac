"""Russian spelling rules that inflection by ending needs.

Source: the Russian spelling rules (Правила русской орфографии и пунктуации, 1956, and the 2006
full reference edition): after г, к, х and after ж, ш, ч, щ the letter ы is not written, и is
("критики", "книги", "ножи"; "критикы" is no word).
"""

from __future__ import annotations

__all__ = ["VELAR_OR_HUSHING", "y_or_i"]

VELAR_OR_HUSHING: frozenset[str] = frozenset("гкхжшчщ")
"""Lower-case consonants after which и is written where other stems take ы."""


def y_or_i(stem: str) -> str:
    """The vowel "ы" or "и" an ending takes after ``stem`` ("критик" -> "и", "эксперт" -> "ы")."""
    return "и" if stem[-1:].lower() in VELAR_OR_HUSHING else "ы"

"""The addressee of a speech verb: a medium told something is not the speaker.

"Завод закроют, сообщил «Коммерсанту» директор Иван Петров": the medium between the verb and its
subject is in the dative, governed by the verb. Read only when another candidate is left to speak.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

import regex

from ..data.addressees import ADDRESSEE_NOUNS, DATIVE_MASCULINE_ENDINGS

__all__ = ["addressees"]

# Lower-case words right before a name, up to a clause mark: "корреспонденту агентства «X»".
_WORDS_BEFORE = regex.compile(r"(?:(?<![\p{L}\d-])\p{Ll}[\p{Ll}-]*+[^\S\n]*+[«\"“]?+){1,3}+$")
_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}-]*+")
_CONSONANT_BEFORE_ENDING = regex.compile(r"[бвгджзклмнпрстфхцчшщ](?:у|ю)$")
_WORDS_BEFORE_REACH = 60
_MIN_DATIVE_CHARS = 5
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "от", "при", "о", "об", "у"})
# Between an addressee and its genitive complement ("Русской службе BBC") only spaces and marks.
_ADJOINING = regex.compile(r"[\s«»\"“”]*+")
# A feminine noun in the dative or locative singular: "Русской службе" against its nominative "служба".
_FEMININE_OBLIQUE = (("е", "а"), ("и", "я"))


class _Found(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def stop(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def name(self) -> str | None: ...


def _dative_form(text: str, found: _Found) -> bool:
    """Whether an organisation's mention itself reads as a dative ("Интерфаксу", "Русской службе")."""
    mention = text[found.start : found.stop].strip('«»"“” ')
    words = mention.split()
    if not words:
        return False
    if len(words) == 1:
        word = words[0].lower()
        return (
            len(word) >= _MIN_DATIVE_CHARS
            and word.isalpha()
            and word.endswith(DATIVE_MASCULINE_ENDINGS)
            and _CONSONANT_BEFORE_ENDING.search(word) is not None
            and mention[0].isupper()
            and not mention.isupper()
        )
    name = (found.name or "").split()
    last, nominative = words[-1].lower(), (name[-1].lower() if name else "")
    return any(
        last.endswith(oblique) and nominative.endswith(base) and last[:-1] == nominative[:-1]
        for oblique, base in _FEMININE_OBLIQUE
    )


def _after_addressee_noun(text: str, found: _Found) -> bool:
    """Whether a dative noun of an addressee governs the name ("газете «X»", "журналистам X")."""
    match = _WORDS_BEFORE.search(text, max(0, found.start - _WORDS_BEFORE_REACH), found.start)
    if match is None:
        return False
    words = [w.replace("ё", "е") for w in _LOWER_WORD.findall(match.group())]
    # "в редакции газеты «X»": after a preposition the noun is a place, not an addressee.
    return any(
        w in ADDRESSEE_NOUNS and (k == 0 or words[k - 1] not in _PLACE_PREPOSITIONS)
        for k, w in enumerate(words)
    )


def addressees(text: str, found: Sequence[_Found]) -> set[int]:
    """The starts of the organisations in ``found`` that are told something, not speaking.

    Args:
        text: The whole text.
        found: The candidates of one window, in text order.

    Returns:
        The ``start`` of each candidate that is an addressee; empty when no other candidate
        would be left to speak (then the caller's other rules decide).
    """
    marked = {
        c.start
        for c in found
        if c.kind == "org" and (_after_addressee_noun(text, c) or _dative_form(text, c))
    }
    for before, after in pairwise(found):
        if before.start in marked and after.kind == "org":
            gap = _ADJOINING.match(text, before.stop, after.start)
            if gap is not None and gap.end() == after.start:
                marked.add(after.start)
    if not marked or all(c.start in marked for c in found):
        return set()
    return marked

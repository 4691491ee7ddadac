"""A person's name after the descriptor that follows a speech verb, when the name finder missed it.

"— сказала комедиантка и телеведущая Эллен Дегерти": after the verb come lower-case descriptor
words (nouns, coordinated by commas or "и") and then two or three capitalised words closing the
clause. An apposition like this names the subject; foreign first names the name lists do not know
("Эллен", "Нейл", "Бадди") are read from the shape alone.
"""

from __future__ import annotations

import regex

from ..data.addressees import ADDRESSEE_NOUNS
from ..data.descriptors import MEDIUM_WORDS, PLACE_GENITIVES
from ..data.organizations import ORG_HEADS, ORG_NOMINATIVE_HEADS
from ..data.speech import MEDIA

__all__ = ["name_after_descriptor", "name_opening_sentence"]

_PART = r"\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+"
_SHAPE = regex.compile(
    r"[^\S\n]*+(?P<descriptor>(?:\d++-)?+\p{Ll}[\p{Ll}-]*+(?:(?:[^\S\n]*+,[^\S\n]*+|[^\S\n]++)\p{Ll}[\p{Ll}-]*+){0,5}+)"
    rf"[^\S\n]++(?P<name>{_PART}(?:[^\S\n]++{_PART}){{1,2}}+)"
    r"(?=[^\S\n]*+(?:[.,;!?()]|$))"
)
# "Бадди Макгрегор после матча заявил": two or three capitalised words open the sentence, then
# lower-case words run up to the verb.
_OPENING = regex.compile(rf"[^\S\n]*+(?P<name>{_PART}(?:[^\S\n]++{_PART}){{1,2}}+)[^\S\n]++\p{{Ll}}")
_SENTENCE_END_BEFORE = regex.compile(r"(?:^|[.!?…][»\"”)]?+|\n)[^\S\n]*+$")
_LOWER = regex.compile(r"(?<![\d-])\p{Ll}[\p{Ll}-]*+")
_CYRILLIC_NAME = regex.compile(r"\p{Cyrillic}[\p{Cyrillic}\s-]*+")
# Adjectives written with a capital open the names of bodies ("Медицинского центра").
_ADJECTIVE = regex.compile(
    r"\p{L}{2,}(?:ого|его|ому|ему|ым|им|ой|ей|ую|юю|ая|яя|ое|ее|ый|ий|ые|ие|ых|их)", regex.IGNORECASE
)
# Endings of a genitive or dative in the last part: "Совета Федерации", "Комитета", "Союзу".
_OBLIQUE_LAST = ("а", "я", "ы", "ии", "у", "ю", "ом", "ем", "ой", "ей")
_FEMININE_LAST = ("а", "я")
# A preposition in the descriptor makes its capitalised words a complement ("специалист по ...").
_PREPOSITIONS = frozenset(
    {"в", "во", "на", "по", "из", "с", "со", "у", "от", "до", "для", "при", "о", "об", "к", "ко", "за"}
    | {"под", "над", "про", "через", "между", "без", "перед", "после"}
)
_STOP_WORDS = (
    _PREPOSITIONS
    | frozenset(ORG_HEADS)
    | ORG_NOMINATIVE_HEADS
    | MEDIA
    | MEDIUM_WORDS
    | PLACE_GENITIVES
    | ADDRESSEE_NOUNS
)


def _plausible_name(name: str, gender: str | None) -> bool:
    """Whether capitalised words read as a person's name in the nominative, not a body or place."""
    parts = name.split()
    if not _CYRILLIC_NAME.fullmatch(name) or any(p.lower() in _STOP_WORDS for p in parts):
        return False
    if _ADJECTIVE.fullmatch(parts[0]):
        return False
    last = parts[-1].lower()
    return not (last.endswith(_OBLIQUE_LAST) and not (gender == "f" and last.endswith(_FEMININE_LAST)))


def name_opening_sentence(text: str, start: int, stop: int, gender: str | None) -> tuple[int, int] | None:
    """Find a name opening the sentence whose verb follows: "Бадди Макгрегор после матча заявил".

    Args:
        text: The whole text.
        start: Where the author's words before the verb start (must be a sentence start).
        stop: Where they stop (the verb).
        gender: The verb's gender ("m", "f") or None.

    Returns:
        The span of the name, or None when the words do not open the sentence with one.
    """
    if _SENTENCE_END_BEFORE.search(text, max(0, start - 4), start) is None:
        return None
    match = _OPENING.match(text, start, stop)
    if match is None or not _plausible_name(match.group("name"), gender):
        return None
    return match.start("name"), match.end("name")


def name_after_descriptor(text: str, start: int, stop: int, gender: str | None) -> tuple[int, int] | None:
    """Find "descriptor Name Surname" right after a speech verb.

    Args:
        text: The whole text.
        start: Where the author's words after the verb start.
        stop: Where they stop.
        gender: The verb's gender ("m", "f") or None.

    Returns:
        The span of the name, or None when the words do not have that shape.
    """
    match = _SHAPE.match(text, start, stop)
    if match is None:
        return None
    if any(w in _STOP_WORDS for w in _LOWER.findall(match.group("descriptor"))):
        return None
    if not _plausible_name(match.group("name"), gender):
        return None
    return match.start("name"), match.end("name")

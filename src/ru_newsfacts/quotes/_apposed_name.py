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

__all__ = ["name_after_descriptor"]

_PART = r"\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+"
_SHAPE = regex.compile(
    r"[^\S\n]*+(?P<descriptor>\p{Ll}[\p{Ll}-]*+(?:(?:[^\S\n]*+,[^\S\n]*+|[^\S\n]++)\p{Ll}[\p{Ll}-]*+){0,5}+)"
    rf"[^\S\n]++(?P<name>{_PART}(?:[^\S\n]++{_PART}){{1,2}}+)"
    r"(?=[^\S\n]*+(?:[.,;!?()]|$))"
)
_LOWER = regex.compile(r"\p{Ll}[\p{Ll}-]*+")
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
    name = match.group("name")
    parts = name.split()
    if not _CYRILLIC_NAME.fullmatch(name) or any(p.lower() in _STOP_WORDS for p in parts):
        return None
    if _ADJECTIVE.fullmatch(parts[0]):
        return None
    last = parts[-1].lower()
    oblique = last.endswith(_OBLIQUE_LAST) and not (gender == "f" and last.endswith(_FEMININE_LAST))
    if oblique:
        return None
    return match.start("name"), match.end("name")

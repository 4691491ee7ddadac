"""A person's name after the descriptor that follows a speech verb, when the name finder missed it.

"— сказала комедиантка и телеведущая Эллен Дегерти": after the verb come lower-case descriptor
words (nouns, coordinated by commas or "и") and then two or three capitalised words closing the
clause. An apposition like this names the subject; foreign first names the name lists do not know
("Эллен", "Нейл", "Бадди") are read from the shape alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..data.addressees import ADDRESSEE_NOUNS
from ..data.descriptors import MEDIUM_WORDS, PLACE_GENITIVES
from ..data.organizations import ORG_HEADS, ORG_NOMINATIVE_HEADS
from ..data.speech import MEDIA
from ..data.surnames import HYPHENATED_PARTICLES, SEPARATE_PARTICLES

__all__ = [
    "name_after_descriptor",
    "name_after_role",
    "name_opening_sentence",
    "names_in_person_positions",
    "names_with_latin_gloss",
]

_PART = r"\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+"
_SHAPE = regex.compile(
    r"[^\S\n]*+(?P<descriptor>(?:\d++-)?+\p{Ll}[\p{Ll}-]*+(?:(?:[^\S\n]*+,[^\S\n]*+|[^\S\n]++)\p{Ll}[\p{Ll}-]*+){0,5}+)"
    rf"[^\S\n]++(?P<name>{_PART}(?:[^\S\n]++{_PART}){{1,2}}+)"
    r"(?=[^\S\n]*+(?:[.,;!?()]|$))"
)
# "Бадди Макгрегор после матча заявил": two or three capitalised words open the sentence, then
# lower-case words run up to the verb.
_OPENING = regex.compile(rf"[^\S\n]*+(?P<name>{_PART}(?:[^\S\n]++{_PART}){{1,2}}+)[^\S\n]++\p{{Ll}}")
# "председатель правления фонда Флоранс Девуар заявила": a nominative role, then two or three
# capitalised words (a particle "аль-", "ибн", "фон", "де", "ван" may open the surname), then
# punctuation or a lower-case word: the apposed name of the role's holder.
_PARTICLE = (
    rf"(?:(?:{'|'.join(HYPHENATED_PARTICLES)})-\p{{Lu}}\p{{Ll}}++"
    rf"|(?:{'|'.join(SEPARATE_PARTICLES)})[^\S\n]++{_PART})"
)
_AFTER_ROLE = regex.compile(
    rf"[^\S\n]++(?P<name>{_PART}(?:[^\S\n]++(?:{_PARTICLE}|{_PART})){{1,2}}+)"
    r"(?=[^\S\n]*+[.,;:!?()—–]|[^\S\n]++\p{Ll}|[^\S\n]*+$)"
)
# Positions where only a person stands: "по словам (26-летнего) X Y" (genitive), an age
# adjective "112-летний X Y" / "26-летнего X Y" (its ending tells the case), and a naming phrase
# "по имени X Y", "зовут X Y", "называл себя X Y" (nominative).
_PERSON_POSITION = regex.compile(
    r"(?:(?<!\p{L})[Пп]о[^\S\n]++(?:словам|мнению)[^\S\n]*+,?+[^\S\n]*+(?:\d++-летн\p{Ll}++[^\S\n]++)?+"
    r"|(?<![\p{L}\d])\d++-летн(?P<end>ий|ая|яя|его|ей)[^\S\n]++"
    r"|(?<!\p{L})(?P<naming>по[^\S\n]++имени|зовут|называ\p{Ll}*+[^\S\n]++себя)[^\S\n]++)"
    rf"(?P<name>{_PART}(?:[^\S\n]++(?:{_PARTICLE}|{_PART})){{1,2}}+)"
    r"(?=[^\S\n]*+[.,;:!?()—–]|[^\S\n]++\p{Ll}|[^\S\n]*+$)"
)
# Words every match of ``_PERSON_POSITION`` holds near its start, found by ``str.find`` (a
# C-level search many times faster than trying the pattern at every character): the start is
# then read back from each (see ``_person_positions``).
_POSITION_WORDS = ("словам", "мнению", "имени", "-летн", "зовут", "называ")
_AFTER_PO = frozenset({"словам", "мнению", "имени"})
_DIGIT = regex.compile(r"\d")
_AGE_CASES = {
    "ий": ("nom", "m"),
    "ая": ("nom", "f"),
    "яя": ("nom", "f"),
    "его": ("gen", "m"),
    "ей": ("gen", "f"),
}
# Genitive endings of a place or body before a name ("Франции", "Думы"): no first name.
_GENITIVE_FIRST = ("ии", "ы", "ого", "его", "ой", "ом", "ей")
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


def name_after_role(text: str, stop: int) -> tuple[int, int] | None:
    """Find "role Name Surname": two or three capitalised words right after a nominative role.

    Args:
        text: The whole text.
        stop: Where the role stops.

    Returns:
        The span of the name, or None when the words after the role do not have that shape.
    """
    if text[stop : stop + 1] == " " and text[stop + 1 : stop + 2].islower():
        return None  # (most roles) one space, then a lower-case letter: no capital opens a name
    match = _AFTER_ROLE.match(text, stop)
    if match is None:
        return None
    start = match.start("name")
    name = match.group("name")
    parts = name.split()
    role_words = text[max(0, stop - 20) : stop].split()
    if role_words and role_words[-1].lower() in PLACE_GENITIVES:
        # "премьер провинции Онтарио Даг Форд": the first capitalised word names the place.
        if len(parts) < 3:
            return None
        start = text.index(parts[1], start + len(parts[0]))
        name = text[start : match.end("name")]
        parts = parts[1:]
    if len(parts) == 3 and parts[1][:1].isupper() and _stands_alone(text, parts[0], parts[1]):
        # "школы Санта-Фе Димитриос Пагуртзис": a first word the text also writes without the
        # second is a place or body, not a first name.
        start = text.index(parts[1], start + len(parts[0]))
        name = text[start : match.end("name")]
        parts = parts[1:]
    if any(p.lower().endswith(_GENITIVE_FIRST) for p in parts[:-1] if p[:1].isupper()):
        return None
    # The role stands in the nominative, so the name does too: a final -а/-я is no genitive.
    if not _plausible_name(name, "f"):
        return None
    return start, match.end("name")


def _stands_alone(text: str, word: str, follower: str) -> bool:
    """Whether ``word`` is written somewhere in the text without ``follower`` right after it."""
    at = text.find(word)
    while at >= 0:
        if not text.startswith(follower, at + len(word) + 1):
            return True
        at = text.find(word, at + len(word))
    return False


def names_in_person_positions(text: str) -> list[tuple[int, int, str, str | None]]:
    """Find capitalised words where only a person can stand: after "по словам" / "по мнению" and
    after an age adjective ("112-летний Кофиро Намасэ", "26-летнего Гордана Ваццо").

    Args:
        text: The whole text.

    Returns:
        For each name: its span, its case as written ("nom" or "gen") and its gender, if told.
    """
    found: list[tuple[int, int, str, str | None]] = []
    for match in _person_positions(text):
        name = match.group("name")
        end = match.group("end")
        # "по имени X Y", "зовут X Y", "называл себя X Y": a name in the nominative.
        case, gender = _AGE_CASES[end] if end else ("nom" if match.group("naming") else "gen", None)
        parts = name.split()
        if any(p.lower().endswith(_GENITIVE_FIRST) for p in parts[:-1] if p[:1].isupper()):
            continue
        if not _CYRILLIC_NAME.fullmatch(name) or any(p.lower() in _STOP_WORDS for p in parts):
            continue
        if _ADJECTIVE.fullmatch(parts[0]):
            continue
        found.append((match.start("name"), match.end("name"), case, gender))
    return found


def _position_starts(text: str) -> list[int]:
    """Where a match of ``_PERSON_POSITION`` may start, in order: a superset of the starts.

    Each alternative holds one of ``_POSITION_WORDS``: "по"/"По" and spaces before "словам",
    "мнению" or "имени"; the digits before "-летн"; "зовут" and "называ..." themselves. The
    spaces are stepped back over by ``str.isspace`` (every ``[^\\S\\n]`` of the pattern is one),
    the digits by ``str.isdecimal`` or, for the few digits of a newer Unicode that only
    ``regex`` knows, the pattern's own ``\\d``.
    """
    starts: set[int] = set()
    for word in _POSITION_WORDS:
        at = text.find(word)
        while at >= 0:
            j = at
            if word in _AFTER_PO:
                while j > 0 and text[j - 1] != "\n" and text[j - 1].isspace():
                    j -= 1
                if j < at and text[j - 2 : j] in ("по", "По"):
                    starts.add(j - 2)
            elif word == "-летн":
                while j > 0 and (text[j - 1].isdecimal() or _DIGIT.match(text[j - 1])):
                    j -= 1
                if j < at:
                    starts.add(j)
            else:
                starts.add(at)
            at = text.find(word, at + 1)
    return sorted(starts)


def _person_positions(text: str) -> Iterator[regex.Match[str]]:
    """The matches ``_PERSON_POSITION.finditer(text)`` yields, tried only where one can start.

    The pattern is tried at each of ``_position_starts`` (its lookbehinds see the text before
    the position tried, as in a scan); a start inside the last match is skipped, as the scan
    goes on from the end of each match.
    """
    end = 0
    for at in _position_starts(text):
        if at < end:
            continue
        match = _PERSON_POSITION.match(text, at)
        if match is not None:
            end = match.end()
            yield match


# "Леннарт Юханссон (Lennart Johansson)": two capitalised Cyrillic words glossed by as many Latin
# ones in brackets, the news habit of giving a foreign person's name as spelled at home.
_NAME_BEFORE_GLOSS = regex.compile(rf"(?<![\p{{L}}\d-])(?P<name>{_PART}[^\S\n]++{_PART})[^\S\n]*+$")
_GLOSS = regex.compile(r"\((?P<gloss>\p{Lu}[\p{Latin}'’-]*+[^\S\n]++\p{Lu}[\p{Latin}'’-]*+)\)")
# A Cyrillic surname ending like an oblique case where its Latin spelling ends in a consonant:
# "Юханссона (Johansson)" is no nominative.
_LATIN_OPEN = regex.compile(r"\((?=\p{Lu}\p{Latin})")
_GLOSS_REACH = 80
_OBLIQUE_TAIL = ("а", "я", "у", "ю", "е", "ом", "ем", "ой", "ым")
_LATIN_VOWELS = frozenset("aeiouy")


def names_with_latin_gloss(text: str) -> list[tuple[int, int, str, str | None]]:
    """Find persons' names written in Cyrillic with their Latin spelling in brackets after them.

    Args:
        text: The whole text.

    Returns:
        For each name in the nominative: its span, "nom" and None (the gloss tells no gender).
    """
    found: list[tuple[int, int, str, str | None]] = []
    # Only a bracket opening a Latin capital can close such a name: read the words before each.
    for bracket in _LATIN_OPEN.finditer(text):
        at = bracket.start()
        named = _NAME_BEFORE_GLOSS.search(text, max(0, at - _GLOSS_REACH), at)
        glossed = _GLOSS.match(text, at)
        if named is None or glossed is None:
            continue
        name = named.group("name")
        parts = name.split()
        gloss = glossed.group("gloss").split()
        if not _CYRILLIC_NAME.fullmatch(name) or _ADJECTIVE.fullmatch(parts[0]):
            continue
        if any(p.lower() in _STOP_WORDS for p in parts):
            continue
        surname, latin = parts[-1].lower(), gloss[-1].lower()
        if surname.endswith(_OBLIQUE_TAIL) and latin[-1:] not in _LATIN_VOWELS:
            continue
        found.append((named.start("name"), named.end("name"), "nom", None))
    return found

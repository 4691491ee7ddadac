"""The fullest form of a body named by its abbreviation: "МВД" -> "МВД Украины".

An article names a ministry or agency once with its country ("МВД Украины", "МИД России") and
then by the bare abbreviation ("В заявлении МВД говорится"). The guide asks for the fullest form
the article gives; the country in the genitive right after the abbreviation is that form, when
the article gives exactly one.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .._scope import per_call
from ..data.abbreviations import PLACE_ABBREVIATIONS
from ..names._morph import is_first_name

__all__ = ["fullest_abbreviation"]

_ABBREVIATION = regex.compile(r"[\p{Lu}]{2,6}+")
# The genitive of a country or region after the abbreviation: "Украины", "России", "Казахстана",
# or an abbreviated one ("РФ", "США"); a capitalised word after it makes it a person's first name
# ("МАГАТЭ Юкия Амано").
_PLACE_AFTER = (
    r"[^\S\n]++(?P<place>\p{Lu}\p{Ll}{3,}+(?<=[ыиая])|\p{Lu}{2,4}+)(?![\p{L}\d-])(?![^\S\n]++\p{Lu})"
)
_ABBREVIATION_PLACE = regex.compile(rf"(?<![\p{{L}}\d-])(?P<abbreviation>\p{{Lu}}{{2,6}}+){_PLACE_AFTER}")


def fullest_abbreviation(text: str, name: str, skip: frozenset[str]) -> str:
    """The abbreviation with the one place the article writes after it, else the name unchanged.

    Args:
        text: The whole article.
        name: A speaker's name.
        skip: Lower-case names to leave alone (media: "ТАСС Иван" is no ТАСС of a place).

    Returns:
        "МВД Украины" for "МВД" when the article writes only that place after it.
    """
    if not _ABBREVIATION.fullmatch(name) or name.lower() in skip or name.lower() in PLACE_ABBREVIATIONS:
        return name
    places = _places_after(text).get(name, ())
    if len(places) != 1:
        return name
    return f"{name} {next(iter(places))}"


@lru_cache(maxsize=4)
def _places_after(text: str) -> dict[str, set[str]]:
    r"""Every abbreviation of the text with the places written after it, read in one scan.

    The same as a scan for each name (``(?<![\p{L}\d-])NAME`` and ``_PLACE_AFTER``): the run
    of capitals stops where the abbreviation does, and two matches cannot overlap (a place
    followed by a capitalised word is none), so the scan finds each name's matches. One
    pattern compiled at import also spares a compilation per new name.
    """
    places: dict[str, set[str]] = {}
    for match in _ABBREVIATION_PLACE.finditer(text):
        place = match.group("place")
        # "МВД Наталья ...": a first name after the abbreviation starts a person, no place.
        if not is_first_name(place):
            places.setdefault(match.group("abbreviation"), set()).add(place)
    return places


per_call(_places_after.cache_clear)


# A lower-case genitive complement of a body's head: "федерация лёгкой атлетики", "союз журналистов".
_GENITIVE_ADJECTIVE = ("ой", "ей", "ого", "его", "ых", "их")
_GENITIVE_NOUN = ("а", "я", "ы", "и", "ов", "ев", "ей", "ий", "ств")
_MAX_COMPLEMENT = 3
# Words that end like a genitive but are adverbs, pronouns or particles after a name.
_NOT_COMPLEMENT = frozenset(
    {"вчера", "сегодня", "завтра", "когда", "тогда", "также", "ранее", "позже", "его", "ее", "её", "их"}
    | {"этой", "этого", "этих", "той", "того", "тех", "всего", "всей", "всех", "или", "ли", "при"}
)


def genitive_complement(words: list[tuple[int, int, str]], text: str) -> int:
    """How many of ``words`` (the lower-case words right after a body's head) are its genitive
    complement: adjectives in the genitive closed by a noun in the genitive.

    Args:
        words: (start, stop, lower-case form) of the words after the head, in order.
        text: The whole text (only spaces may stand between the words).

    Returns:
        The number of words of the complement, 0 when there is none.
    """
    taken = 0
    previous_stop = None
    for k, (start, stop, low) in enumerate(words[:_MAX_COMPLEMENT]):
        if previous_stop is not None and text[previous_stop:start] != " ":
            break
        if low in _NOT_COMPLEMENT or not low.isalpha():
            break
        previous_stop = stop
        if low.endswith(_GENITIVE_ADJECTIVE) and k + 1 < len(words):
            continue  # an adjective: the noun must follow
        if low.endswith(_GENITIVE_NOUN) and not low.endswith(("ая", "яя", "ия")):
            taken = k + 1
        break
    return taken


# A place after a body's head noun: one or two capitalised words, the first in the genitive
# ("Японии", "Республики Армения"), or an abbreviation ("РА", "США"); a further capitalised word
# makes them a person's name.
_HEAD_PLACE = (
    r"(?P<place>\p{Lu}\p{Ll}{2,}+(?<=[ыиая])(?:[^\S\n]++\p{Lu}\p{Ll}{2,}+(?![^\S\n]++\p{Lu}))?+"
    r"|\p{Lu}{2,4}+)(?![\p{L}\d-])(?![^\S\n]++\p{Lu})"
)
_WORD = regex.compile(r"\p{L}[\p{L}-]*+")
_PLACE_CHARS = 60


@lru_cache(maxsize=64)
def _head_pattern(forms: tuple[str, ...]) -> regex.Pattern[str]:
    alternatives = "|".join(regex.escape(form) for form in forms)
    return regex.compile(rf"(?<![\p{{L}}\d-])(?:{alternatives})(?![\p{{L}}\d-])", regex.IGNORECASE)


_PLACE = regex.compile(_HEAD_PLACE)


def head_with_place(text: str, name: str, forms: tuple[str, ...], pos: int) -> str:
    """A body named by its bare head noun ("полиция") with the place the article last wrote after
    that noun before ``pos`` ("пресс-служба полиции РА" -> "полиция РА"; "министерства обороны
    Японии" -> "министерство обороны Японии"), else the name unchanged.

    Args:
        text: The whole article.
        name: The speaker's name, a lower-case head noun in the nominative.
        forms: Lower-case forms of that noun to look for.
        pos: Where the speaker is mentioned; only earlier text is read.

    Returns:
        The head with its genitive complement and place, or ``name``.
    """
    found = None
    for match in _head_pattern(forms).finditer(text, 0, pos):
        words = [
            (w.start(), w.end(), w.group().lower())
            for w in _WORD.finditer(text, match.end(), match.end() + _PLACE_CHARS)
        ]
        lower = [w for w in words[:_MAX_COMPLEMENT] if w[2] == text[w[0] : w[1]]]
        taken = genitive_complement(lower, text) if lower and lower[0][0] == match.end() + 1 else 0
        at = words[taken][0] if taken < len(words) else None
        if at is None or text[words[taken - 1][1] if taken else match.end() : at] != " ":
            continue
        place = _PLACE.match(text, at)
        if place is None or is_first_name(place.group("place").split()[0]):
            continue
        complement = " ".join(w[2] for w in words[:taken])
        found = " ".join(part for part in (name, complement, place.group("place")) if part)
    return found or name

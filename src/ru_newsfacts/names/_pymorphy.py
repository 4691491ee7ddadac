"""The optional ``[morph]`` fallback: person-name readings from pymorphy3's dictionary.

The name lists of ``ru_newsfacts.data`` stay the first authority. With ``morph=True`` a word
they do not know is looked up in pymorphy3's OpenCorpora dictionary, which marks thousands of
first names (``Name``), surnames (``Surn``) and patronymics (``Patr``). Only readings of words
the dictionary holds count (``DictionaryAnalyzer``): its guesses for unknown words by their
endings are what the rules of ``_morph`` already do, and they would make places and bodies
into people. pymorphy3 is imported, and its analyser loaded, on the first call that asks.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .._scope import per_mode

__all__ = ["MorphReading", "MorphWord", "analyse", "analyser", "require"]

_INSTALL = "morph=True needs pymorphy3: pip install 'ru-newsfacts[morph]'"
# OpenCorpora case grammemes → the cases of ``_morph.CASES`` (gen2, loc2: the second genitive
# and locative; voct: a vocative reads as a nominative).
_CASES = {
    "nomn": "nom",
    "gent": "gen",
    "gen2": "gen",
    "datv": "dat",
    "accs": "acc",
    "ablt": "ins",
    "loct": "loc",
    "loc2": "loc",
    "voct": "nom",
}
_GENDERS = {"masc": "m", "femn": "f"}
_KINDS = (("Name", "first"), ("Surn", "last"), ("Patr", "patr"))
# A place or a body among a word's dictionary readings: never read it as a person by itself.
_NOT_PERSON = frozenset({"Geox", "Orgn", "Trad"})


@dataclass(frozen=True)
class MorphReading:
    """One dictionary reading of a word as part of a person's name.

    Attributes:
        kind: "first", "last" or "patr".
        nominative: The nominative, capitalised as names are written.
        gender: "m", "f" or None (either).
        case: One of ``_morph.CASES``.
        score: pymorphy3's estimate of how likely this reading is among the word's readings.
    """

    kind: str
    nominative: str
    gender: str | None
    case: str
    score: float


@dataclass(frozen=True)
class MorphWord:
    """What the dictionary says of one word form.

    Attributes:
        readings: Its singular readings as a first name, surname or patronymic.
        place: It also names a place or a body ("Виктория", "София"): never a person by itself.
    """

    readings: tuple[MorphReading, ...]
    place: bool


_NOTHING = MorphWord((), False)
_LOCK = threading.Lock()
_ANALYSER: list[Any] = []


def require() -> None:
    """Raise ImportError with the install hint when pymorphy3 cannot be imported."""
    analyser()


def analyser() -> Any:
    """The pymorphy3 analyser, loaded once per process on first use (0.1-0.2 s).

    Raises:
        ImportError: pymorphy3 (the ``[morph]`` extra) is not installed.
    """
    if _ANALYSER:
        return _ANALYSER[0]
    with _LOCK:
        if not _ANALYSER:
            try:
                import pymorphy3
            except ImportError as error:
                raise ImportError(_INSTALL) from error
            _ANALYSER.append(pymorphy3.MorphAnalyzer())
    return _ANALYSER[0]


def _cap(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@lru_cache(maxsize=32768)
def analyse(word: str) -> MorphWord:
    """The dictionary's person-name readings of a capitalised ``word`` (cached per form).

    Args:
        word: A word form as written.

    Returns:
        Its readings; none when the dictionary does not hold the word.
    """
    if len(word) < 2 or not word[0].isupper():
        return _NOTHING
    readings: list[MorphReading] = []
    place = False
    for parse in analyser().parse(word):
        if type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
            continue  # a guess by the ending: the rules of _morph guess already
        tag = parse.tag
        grammemes = tag.grammemes
        if grammemes & _NOT_PERSON:
            place = True
            continue
        kind = next((k for g, k in _KINDS if g in grammemes), None)
        if kind is None or "plur" in grammemes:
            continue  # a common word's reading; "Ивановых": a family, not a person
        case = _CASES.get(tag.case or "")
        if case is None:
            continue
        # An undeclined foreign name's gender in the dictionary is a guess (Этери is "masc").
        gender = None if "Fixd" in grammemes else _GENDERS.get(tag.gender or "")
        nominative = parse.normal_form
        if gender == "f" and kind != "first":
            # A woman's surname or patronymic has the man's as its normal form (Ахмедовой → ахмедов).
            feminine = parse.inflect({"nomn"})
            if feminine is None:
                continue
            nominative = feminine.word
        readings.append(MorphReading(kind, _cap(nominative), gender, case, float(parse.score)))
    return MorphWord(tuple(readings), place) if readings or place else _NOTHING


def _clear_word_caches() -> None:
    """Clear every bounded word cache of the names layer and the quote engine.

    They hold answers of the old mode. Unbounded caches (``functools.cache``) build the
    lists' indexes, which do not depend on the mode, and stay.
    """
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("ru_newsfacts.names", "ru_newsfacts.quotes")):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None and value is not analyse:
                value.cache_clear()


per_mode(_clear_word_caches)

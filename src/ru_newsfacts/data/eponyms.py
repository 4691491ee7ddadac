"""Nouns after which a person's name in the genitive names a place or a body, not a person.

"в Медицинском центре Джонса Хопкинса", "университет Джорджа Вашингтона", "на улице Ахмада
Шаха", "премия Джозефа Пулитцера": the name is part of an eponymous title. Source: common
Russian nouns for institutions, awards and streets, with their singular case forms by the
standard noun paradigms. Used by the ``morph=True`` fallback (``names._pymorphy``), which
must not make such titles into people; the name lists already know the usual eponyms.
"""

from __future__ import annotations

from .spelling import y_or_i

__all__ = ["EPONYM_HEADS"]

_MASCULINE = (
    "центр",
    "университет",
    "институт",
    "госпиталь",
    "фонд",
    "музей",
    "театр",
    "колледж",
    "стадион",
    "аэропорт",
    "проспект",
    "бульвар",
    "мост",
    "парк",
    "собор",
    "монастырь",
    "орден",
    "кубок",
    "мемориал",
    "турнир",
)
_FEMININE = (
    "больница",
    "клиника",
    "школа",
    "академия",
    "библиотека",
    "премия",
    "улица",
    "площадь",
    "галерея",
    "лаборатория",
    "медаль",
    "консерватория",
)


def _forms(noun: str) -> tuple[str, ...]:
    if noun.endswith("ь") and noun in _FEMININE:
        stem = noun[:-1]
        return (noun, stem + "и", stem + "ью")
    if noun.endswith("ь"):
        stem = noun[:-1]
        return (noun, stem + "я", stem + "ю", stem + "ем", stem + "е")
    if noun.endswith("ия"):
        stem = noun[:-1]
        return (noun, stem + "и", stem + "ю", stem + "ей")
    if noun.endswith("а"):
        stem = noun[:-1]
        gen = y_or_i(stem)
        ins = "ей" if stem[-1] in "жшчщц" else "ой"
        return (noun, stem + gen, stem + "е", stem + "у", stem + ins)
    return (noun, noun + "а", noun + "у", noun + "ом", noun + "е", noun + "ы", noun + "ов")


EPONYM_HEADS: frozenset[str] = frozenset(form for noun in (*_MASCULINE, *_FEMININE) for form in _forms(noun))
"""Lower-case case forms (singular, plus the masculine plural nominative and genitive)."""

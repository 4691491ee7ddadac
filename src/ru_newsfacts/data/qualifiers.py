"""Words that qualify an amount: "более", "около", "не менее", "до", and their kin.

Sources: the comparative and approximative constructions of Russian numerals in
«Русская грамматика» (АН СССР, 1980, §§ 2005-2010 on approximate quantity) and the
usage of Russian economic news (phrases collected while reading the Wikinews and
FactRuEval corpora used for measurement).

Phrases are lower case, with "е" for "ё"; words are separated by one space (any run of
spaces matches). A word ending in "*" is a stem that takes any ending ("превыс*"
covers превысил, превысила, превысит, превысили).
"""

from __future__ import annotations

BEFORE: dict[str, str] = {
    # at_least / at_most first: the longest phrase wins, so "не более" beats "более".
    "не менее": "at_least",
    "не меньше": "at_least",
    "не менее чем": "at_least",
    "не ниже": "at_least",
    "как минимум": "at_least",
    "минимум": "at_least",
    "по меньшей мере": "at_least",
    "по крайней мере": "at_least",
    "не более": "at_most",
    "не более чем": "at_most",
    "не больше": "at_most",
    "не выше": "at_most",
    "не свыше": "at_most",
    "не превыс*": "at_most",
    "не превыша*": "at_most",
    "максимум": "at_most",
    "как максимум": "at_most",
    "в пределах": "at_most",
    "вплоть до": "at_most",
    "более": "more_than",
    "более чем": "more_than",
    "больше": "more_than",
    "больше чем": "more_than",
    "чуть более": "more_than",
    "чуть больше": "more_than",
    "немногим более": "more_than",
    "немногим больше": "more_than",
    "немного более": "more_than",
    "немного больше": "more_than",
    "свыше": "more_than",
    "сверх": "more_than",
    "выше": "more_than",
    "превыс*": "more_than",
    "превыша*": "more_than",
    "перевали* за": "more_than",
    "менее": "less_than",
    "менее чем": "less_than",
    "меньше": "less_than",
    "меньше чем": "less_than",
    "чуть менее": "less_than",
    "чуть меньше": "less_than",
    "немногим менее": "less_than",
    "немногим меньше": "less_than",
    "ниже": "less_than",
    "не дотяну* до": "less_than",
    "не дотягива* до": "less_than",
    "не достиг* и": "less_than",
    "около": "approximate",
    "порядка": "approximate",
    "примерно": "approximate",
    "приблизительно": "approximate",
    "ориентировочно": "approximate",
    "почти": "approximate",
    "где-то": "approximate",
    "в районе": "approximate",
    "в среднем": "approximate",
    "чуть ли не": "approximate",
    "едва ли не": "approximate",
    "до": "at_most",
    "от": "at_least",
}
"""A phrase right before the amount (or before its "в": "примерно в 3 млн") → qualifier."""

AFTER: dict[str, str] = {
    "и более": "at_least",
    "и больше": "at_least",
    "и выше": "at_least",
    "и свыше": "at_least",
    "и менее": "at_most",
    "и меньше": "at_most",
    "и ниже": "at_most",
    "с лишним": "more_than",
    "с небольшим": "more_than",
    "с хвостиком": "more_than",
}
"""A phrase right after the whole mention ("5 млн рублей и более") → qualifier."""

CHANGE_BEFORE_TO: tuple[str, ...] = (
    "вырос*",
    "выраст*",
    "возрос*",
    "возраст*",
    "увелич*",
    "сократ*",
    "сокращ*",
    "сниз*",
    "сниж*",
    "уменьш*",
    "упал*",
    "упад*",
    "пада*",
    "повыс*",
    "повыш*",
    "подня*",
    "поднима*",
    "подорожа*",
    "подешеве*",
    "опусти*",
    "опуска*",
    "довес*",
    "довед*",
    "доводи*",
    "урез*",
    "рост",
    "росту",
    "роста",
    "падени*",
    "подскочи*",
    "обвали*",
    "скорректир*",
    "изменил*",
    "поменял*",
    "расширен*",
)
"""Words of change: "выросла до X", "сократился до X", "рост до X" mean "to X" (exact), not "up to X".

Up to three words or numbers may stand between the verb and "до" ("выросла почти до",
"увеличились на 16 процентов до", "выросла в 2024 году до").
"""

APPROXIMATE_AFTER_PREPOSITION: frozenset[str] = frozenset({"в", "на", "по"})
"""Prepositions allowed between a qualifier and the amount: "примерно в 3 млн", "почти на 2 млн",
"приблизительно по 375 долларов"."""

"""Word classes for reading an unnamed speaker's noun phrase: "несколько торговых сетей",
"городской суд Бостона", "доверенное лицо актёра", "по словам полицейских".

Sources: Русская грамматика 1980 (the noun phrase: agreeing adjectives and participles before the
head, genitive complements and proper names after it; substantivised adjectives and participles
as heads, "полицейские", "собравшиеся"; quantity words heading a genitive plural, "ряд СМИ",
"несколько сетей"); Зализняк's declension types for the adjective and noun endings below. The
lists were compiled by hand from the grammar, not from any article.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVE_GENITIVE_ENDINGS",
    "ADJECTIVE_NOMINATIVE_ENDINGS",
    "BOUND_MEDIUM_KINDS",
    "CLAUSE_WORDS",
    "COMMON_ACRONYMS",
    "DATIVE_ENDINGS",
    "FULLER_BODY_HEADS",
    "NAMED_MEDIUM_HEADS",
    "NEUTER_HEADS",
    "NOT_HEADS",
    "ORGANISATION_GROUP_HEADS",
    "PHRASE_QUANTITY_HEADS",
    "PREPOSITION_NOUNS",
    "QUANTITY_GENITIVES",
]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (keeps the lists readable)."""
    return frozenset(text.split())


ADJECTIVE_NOMINATIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "m": ("ый", "ий", "ой"),
    "f": ("ая", "яя"),
    "n": ("ое", "ее"),
    "pl": ("ые", "ие"),
}
"""Nominative endings of adjectives and participles by gender and number ("городской",
"украинская", "доверенное", "правоохранительные", "освещающие")."""

ADJECTIVE_GENITIVE_ENDINGS: tuple[str, ...] = ("ого", "его", "ой", "ей", "ых", "их")
"""Genitive endings of adjectives ("погибшего", "розничных"): inside a genitive complement."""

DATIVE_ENDINGS: tuple[str, ...] = ("ам", "ям", "ому", "ему")
"""Dative endings of a noun or adjective after a speech verb ("сообщило журналистам"): the
addressee, no part of the subject that follows it."""

PHRASE_QUANTITY_HEADS: frozenset[str] = _words(
    "ряд несколько большинство множество часть группа десятки сотни тысячи половина треть"
)
"""Quantity words heading a subject with a genitive plural ("ряд СМИ", "несколько торговых сетей"):
the quantity word belongs to the speaker's name. Genitive forms are read by ``QUANTITY_GENITIVES``."""

QUANTITY_GENITIVES: dict[str, str] = {
    "ряда": "ряд",
    "нескольких": "несколько",
    "большинства": "большинство",
    "множества": "множество",
    "части": "часть",
    "группы": "группа",
    "половины": "половина",
}
"""Genitive quantity words after "по словам" ("по мнению ряда экспертов") and their nominative."""

NEUTER_HEADS: frozenset[str] = _words(
    """
    лицо лица агентство агентства издание издания телевидение телевидения руководство руководства
    командование командования правительство правительства министерство министерства ведомство
    ведомства посольство посольства консульство консульства общество общества сообщество издательство
    издательства
    сообщества объединение объединения управление управления радио бюро
    """
)
"""Neuter heads whose genitive in -а/-я is not that of a masculine noun ("доверенного лица" ->
"доверенное лицо", "шведского телевидения" -> "шведское телевидение")."""

NOT_HEADS: frozenset[str] = _words(
    """
    это этом этого эти этих тот та то те тем том такой такая такое такие который которая которое
    которые которого которой которому котором которым которых которую которыми кого чего чей чья чьё чье
    чьи кто что он она оно они его ее её их ему ей им нем ней них себя сам сама само сами
    все всё весь вся каждый никто ничто нечто некто один одна одно
    и а но или да же ли бы не ни как так также тоже еще ещё уже вот лишь только даже именно
    ранее позже позднее затем потом тогда теперь сейчас сегодня вчера накануне впоследствии
    первоначально сначала вначале вечером утром днём днем ночью однако поэтому причем причём
    год года году годах время времени момент день дня неделе неделю месяц месяца
    """
)
"""Pronouns, particles, adverbs and time nouns: never the head of a speaker's phrase, and a left
edge of it ("Вечером власти отметили")."""

CLAUSE_WORDS: frozenset[str] = _words(
    """
    в во на с со к ко по о об обо от до из у за при после перед передо над под через для без
    между около среди против вслед ввиду вместо кроме вокруг возле
    """
)
"""Prepositions: a word after one is its object, not a subject ("в ходе слушаний адвокаты")."""

ORGANISATION_GROUP_HEADS: frozenset[str] = _words(
    """
    сторона власти органы сети сеть телевидение радио сми штаб суд полиция правительство
    руководство командование ведомство агентство издание газета журнал телеканал компания
    компании группа партия партии организации организация
    """
)
"""Heads that make the phrase an organisation rather than a group of people ("украинская
сторона", "правоохранительные органы", "шведское телевидение")."""

FULLER_BODY_HEADS: frozenset[str] = _words("власти")
"""A body named bare ("Власти отметили", "По сообщениям властей") that the article names in full
elsewhere with a place in the genitive ("Власти Канады"): the fullest form is the speaker."""

BOUND_MEDIUM_KINDS: dict[str, tuple[str, ...]] = {
    "агентство": ("агентств",),
    "газета": ("газет",),
    "журнал": ("журнал",),
    "телеканал": ("телеканал", "канал"),
    "издание": ("издани", "газет", "журнал", "портал", "сайт", "агентств"),
    "компания": ("компани",),
}
"""A bare medium or company noun ("Как отмечает агентство") and the stems of the nouns it agrees
with in kind: it stands for the body the text named before with such a noun ("агентство Reuters").
"Издание" is any publication."""

NAMED_MEDIUM_HEADS: frozenset[str] = _words(
    """
    издание газета агентство агенство телеканал канал журнал портал таблоид сайт издательство
    радиостанция телекомпания информагентство медиахолдинг холдинг
    """
)
"""Kind nouns of media ("газета", "агентство", and the frequent misspelling "агенство"): before a
medium's own name they are dropped, as the gold conventions drop "агентство" of "агентство ТАСС"."""

COMMON_ACRONYMS: frozenset[str] = _words("сми")
"""Acronyms that are common nouns, not names ("СМИ"): a phrase around one ("ряд СМИ") is fuller."""

PREPOSITION_NOUNS: frozenset[str] = _words(
    "ходе течение результате рамках связи целях случае качестве отношении пользу счет счёт итогам"
)
"""Nouns of compound prepositions ("в ходе", "в результате", "в связи с", "по итогам"): the noun
after one is governed by it, never a subject ("В ходе допроса женщина пояснила")."""

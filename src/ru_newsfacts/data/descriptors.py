"""Words that shape a speaker's descriptor phrase: determiners, place nouns, relay sources, back references.

Sources: Russian reference grammar on noun phrases (Русская грамматика 1980, §§ on attributive
adjectives and coordination: a descriptor is an adjective + noun group with its genitive
complement, "региональные партии", "волонтёры и активисты") and newsroom conventions for relayed
reports ("сообщает X со ссылкой на Y": Y is the source). Lists were compiled by hand.
"""

from __future__ import annotations

__all__ = [
    "BACK_REFERENCE_NOUNS",
    "COMPANION_GENITIVES",
    "COUNT_WORDS",
    "DETERMINERS",
    "GROUP_NOUN_ENDINGS",
    "GROUP_PRONOUNS",
    "GROUP_QUANTITY_HEADS",
    "HEAD_GENITIVE_ENDINGS",
    "INTERLOCUTOR_HEADS",
    "KIN_HEADS",
    "MEDIUM_WORDS",
    "NEW_REFERENT_WORDS",
    "OBLIQUE_DETERMINERS",
    "PLACE_GENITIVES",
    "QUANTIFIERS",
    "REPORT_STEMS",
    "SOURCE_HEADS",
    "SPEAKING_MEDIA",
]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (keeps the lists readable)."""
    return frozenset(text.split())


DETERMINERS: frozenset[str] = _words(
    """
    все всех многие многих некоторые некоторых другие других такие таких эти этих те тех
    свои своих наши наших ваши ваших иные иных остальные остальных прочие прочих самые самых
    отдельные отдельных любые любых каждый каждая каждое целый целая
    этот эта это тот та то такой такая такое свой своя свое своё наш наша ваш ваша
    """
)
"""Pronoun-like words with adjective endings: they open a noun phrase but are not part of a
descriptor ("многие эксперты" is named "эксперты")."""

PLACE_GENITIVES: frozenset[str] = _words(
    """
    земли штата провинции области края региона республики округа города страны кантона графства
    префектуры губернии района департамента
    """
)
"""Genitive place nouns followed by the place's name ("премьер провинции Онтарио X"): the
capitalised word after them is the place, not the first word of a person's name."""

MEDIUM_WORDS: frozenset[str] = _words(
    """
    газета газету газеты газете газетой издание издания изданию изданием агентство агентства
    агентству агентством телеканал телеканала телеканалу телеканалом журнал журнала журналу
    журналом радиостанция радиостанцию радиостанции сайт сайта сайту портал портала порталу
    таблоид таблоида еженедельник еженедельника ежедневник ежедневника телекомпания телекомпанию
    телекомпании радио блог блога медиа издательство издательства издательству издательством
    """
)
"""Common nouns for a medium in any case: they stand before its name ("со ссылкой на газету X")."""

SPEAKING_MEDIA: frozenset[str] = _words("издание газета агентство телеканал журнал портал таблоид")
"""A bare medium noun as a speaker ("продолжает издание") refers back to the medium named before."""

BACK_REFERENCE_NOUNS: frozenset[str] = _words("автор автора статья статье материал материале")
"""Descriptors that refer back to the writer whose text is being reported ("пишет автор",
"говорится в статье"): the latest speaker, not a new one."""

KIN_HEADS: frozenset[str] = _words(
    "дядя тётя тетя племянник племянница дедушка бабушка дед внук внучка вдова"
)
"""Kinship nouns that take the relative in the genitive ("тётя Петрова"): the relative is not the speaker."""

COMPANION_GENITIVES: frozenset[str] = _words(
    "друга подруги коллеги знакомого знакомой соседа соседки одноклассника однокурсника партнёра партнера"
)
"""Genitives of nouns of a bond between people ("по словам подруги Ивана Петрова"): a name after
them is the other person of the bond, never one apposed to the noun."""

GROUP_NOUN_ENDINGS: tuple[str, ...] = ("цы", "ане", "яне", "тели", "ики", "исты", "ологи")
"""Endings of plural nouns for groups of people: inhabitants ("американцы", "горожане",
"киевляне") and agents ("жители", "очевидцы", "работники", "критики", "активисты", "социологи"). Such a noun
capitalised at a sentence start before a verb is a group speaker, not a name (Русская грамматика
1980, § on suffixes of persons: -ец/-цы, -анин/-ане, -тель, -ник, -щик, -ист, -лог)."""

HEAD_GENITIVE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("цев", "цы"),
    ("телей", "тели"),
    ("ов", "ы"),
    ("ев", "и"),
    ("ей", "и"),
    ("ки", "ка"),
    ("ги", "га"),
    ("хи", "ха"),
    ("цы", "ца"),
    ("ицы", "ица"),
    ("ы", "а"),
    ("и", "ь"),
    ("я", "ь"),
    ("а", ""),
)
"""Genitive endings of person nouns and their nominative, plural first ("очевидцев" -> "очевидцы",
"жителей" -> "жители"), then singular ("соседки" -> "соседка", "подруги" -> "подруга", "друга" ->
"друг", "учителя" -> "учитель"): the head of "по словам соседки актёра" in the nominative
(Зализняк's declension types 1a, 2a, 3a; "ы" after a velar is spelled "и")."""

SOURCE_HEADS: frozenset[str] = _words("источник")
"""Unnamed sources: "по данным источников РИА Новости" is reported as the medium whose sources
they are."""

INTERLOCUTOR_HEADS: frozenset[str] = _words("собеседник собеседница")
"""A medium's interlocutors: in the genitive after "по словам" ("по словам собеседников издания")
they are reported as the medium, like its unnamed sources; as the subject ("заявил собеседник
агентства") they are a role of their own."""

QUANTIFIERS: frozenset[str] = _words(
    "два две три четыре оба обе полтора полторы несколько много немало ряд пять шесть семь восемь "
    "большинство меньшинство часть половина треть множество группа двое трое четверо пятеро шестеро "
    "семеро"
)
"""Numerals and quantity words after which a subject stands in the genitive ("рассказали два
источника", "несколько экспертов считают"): such a genitive role may still be the speaker."""

GROUP_PRONOUNS: frozenset[str] = _words("многие некоторые немногие")
"""Pronouns of indefinite quantity that stand alone as a plural subject ("Многие считают, что П"):
the speaker is the group so named (Русская грамматика 1980, substantivised pronominal adjectives)."""

GROUP_QUANTITY_HEADS: frozenset[str] = _words("ряд большинство множество часть группа десятки сотни тысячи")
"""Quantity nouns heading a subject with a genitive plural ("ряд общественных деятелей заявил"):
the nominative subject is the whole phrase, quantity noun included."""

NEW_REFERENT_WORDS: frozenset[str] = _words(
    """
    неназванный неназванная неназванного неназванной неназванные неназванных анонимный анонимная
    анонимного анонимной анонимные анонимных другой другая другого другой другие других некий
    некая некоего некоей второй вторая второго второй еще ещё
    """
)
"""Words that mark a descriptor as a new person ("неназванный представитель министерства",
"другой эксперт", "ещё один свидетель"): such a descriptor never refers back to someone named."""

COUNT_WORDS: frozenset[str] = _words(
    """
    два две три четыре пять шесть семь восемь девять десять двое трое четверо пятеро шестеро семеро
    оба обе
    """
)
"""Exact counts of people ("двое юристов", "три свидетеля"): unlike vague quantity words ("ряд",
"большинство") the count stays in the group's name, as it tells how many spoke; so does a share
("менее 3 % респондентов")."""

REPORT_STEMS: tuple[str, ...] = (
    "отчет",
    "отчёт",
    "доклад",
    "опрос",
    "исследовани",
    "данны",
    "материал",
    "стать",
    "публикаци",
    "сообщени",
    "информаци",
)
"""Stems of nouns for a report or a survey: "согласно отчёту Guardian", "по данным опроса журнала X":
the named medium or body after them is the source."""

OBLIQUE_DETERMINERS: frozenset[str] = _words(
    """
    своей моей твоей нашей вашей этой той одной самой всей
    """
)
"""Feminine possessives and demonstratives in an oblique case ("из квартиры своей дочери"): a
noun after them that has an oblique reading agrees with them and is no subject, though "дочери"
alone could be a nominative plural. Masculine forms are left out: "до этого лидер" ends a
prepositional phrase before the subject."""

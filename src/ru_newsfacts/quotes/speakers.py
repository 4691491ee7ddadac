"""Speakers: a document-level memory of people and organisations, and how a quote names its speaker.

The memory holds every person the article names (clustered so that a bare surname or
"Имя Отчество" joins the full name), the roles bound to them by apposition ("политолог Талгат
Калиев", "с политологом ... Антоном Арутюновым"), and the order in which they were mentioned or
quoted. A cue's author's words are searched for a name, a role, a pronoun or an organisation;
pronouns go to the latest person whose gender agrees with the verb, descriptors to the latest
person bound to them (generic ones such as "эксперт" to the latest person speaking), surnames
to the full name. Names come from ``ru_newsfacts.names`` in the nominative.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import methodcaller
from typing import Literal

import regex

from .._trusted import build, direct
from ..data.descriptors import (
    BACK_REFERENCE_NOUNS,
    COUNT_WORDS,
    DETERMINERS,
    GROUP_NOUN_ENDINGS,
    GROUP_PRONOUNS,
    GROUP_QUANTITY_HEADS,
    HEAD_GENITIVE_ENDINGS,
    INTERLOCUTOR_HEADS,
    KIN_HEADS,
    MEDIUM_WORDS,
    NEW_REFERENT_WORDS,
    OBLIQUE_DETERMINERS,
    PLACE_GENITIVES,
    QUANTIFIERS,
    REPORT_STEMS,
    SOURCE_HEADS,
    SPEAKING_MEDIA,
)
from ..data.first_names import FEMALE as FEMALE_FIRST_NAMES
from ..data.first_names import MALE as MALE_FIRST_NAMES
from ..data.organizations import GENERIC_ORG_REFERENCES, ORG_HEADS, ORG_NOMINATIVE_HEADS, ORG_NOMINATIVES
from ..data.roles import INDECLINABLE as INDECLINABLE_ROLES
from ..data.roles import ROLE_HYPONYMS
from ..data.speech import (
    DOCUMENT_NOUNS,
    GENERIC_DESCRIPTORS,
    GENERIC_MEDIA,
    GENITIVE_NOUN_ENDINGS,
    MEDIA,
    OFFICE_HEADS,
    PRONOUNS,
    RELATIONAL_HEADS,
    SPEECH_FORMS,
    VerbForm,
)
from ..data.spelling import VELAR_OR_HUSHING, y_or_i
from ..models import Span, Speaker, SpeakerType
from ..names import NameMention, RoleMention, find_person_names, find_roles, to_nominative
from ..names._morph import first_name_readings, guess_first_readings, is_first_name
from ..names._roles import role_all_cases
from ..names._text import lower_words
from ._addressee import addressees
from ._apposed_name import (
    name_after_descriptor,
    name_after_role,
    name_opening_sentence,
    names_in_person_positions,
    names_with_latin_gloss,
)
from ._before_name import first_words_before
from ._bodies import ROMAN_NUMERAL, Bodies, Body, nominative_body, noun_due_after
from ._bodies_full import genitive_complement
from ._raw import Window
from ._text import Word, undouble, words_of
from ._windows import locative_body_after, without_trailing_adverbs

__all__ = ["Candidate", "Entity", "Memory"]

_BIND_MAX_CHARS = 260
_BIND_NEAR = 80
_BIND_STOP = regex.compile(r"[.!?;]|(?<!\p{L})(?:и|а|но|или|с|со)(?!\p{L})")
_ABBREVIATION = regex.compile(r"\p{Lu}[\p{Lu}\d]++(?:-\p{Lu}++)?+")
_LOOKBACK = 400
# What may stand between a name and the role it holds before it: a comma, or the dash of a
# definition sentence ("X — врач клиники").
_APPOSING_GAPS = frozenset({",", "—", "–"})
# How far back a person named as a subject may be the holder of an unbound office ("премьер").
_OFFICE_REACH = 400
# A person quoted before stays the likely holder for longer: the article keeps quoting them.
_OFFICE_SPEAKER_REACH = 1500
# A bare descriptor re-describes the person who just spoke only this close after them.
_FOCUS_REACH = 400
_APPOSED_GAP_WORDS = 3
_NAME_GAP_WORDS = 2
# Genitive endings whose nominative is unambiguous: plurals and soft feminines ("экспертов", "семьи");
# singular "-а"/"-я" may be masculine or neuter ("лейбла", "издания") and stay documents.
_OWNER_ENDINGS = (("цев", "цы"), ("телей", "тели"), ("ов", "ы"), ("ьи", "ья"))


def _plural_nominative(stem: str, ending: str) -> str:
    """``stem + ending``, with the "-ы" of a plural spelt "-и" where the stem asks for it
    ("критиков" -> "критики")."""
    if ending.startswith("ы"):
        ending = y_or_i(stem) + ending[1:]
    return stem + ending


def first_name_first(name: str) -> str:
    """A name written surname first, as in decrees ("Сурков Владислав Юрьевич"), in the usual order.

    Only the unambiguous shape is turned: three words, the second a known first name, the third a
    patronymic, the first no first name ("Владислав Юрьевич Сурков").
    """
    words = name.split(" ")
    if len(words) != 3 or not words[2].endswith(_PATRONYMIC):
        return name
    first = words[1]
    if first not in MALE_FIRST_NAMES and first not in FEMALE_FIRST_NAMES:
        return name
    if words[0] in MALE_FIRST_NAMES or words[0] in FEMALE_FIRST_NAMES:
        return name
    return f"{words[1]} {words[2]} {words[0]}"


# "цитирует заявление Мутко": the relayed words come before their owner's name.
_RELAYED_NOUNS = frozenset({"заявление", "слова", "высказывание", "выступление", "мнение", "ответ"})
_TITLE_IN_MARKS = regex.compile(r"«[^«»\n]*+»")
_PREPOSITION_IN_GAP = regex.compile(
    r"(?<!\p{L})(?:о|об|после|при|на|в|во|по|к|от|у|из|для|за|без|над|под|перед|через|про)(?!\p{L})",
    regex.IGNORECASE,
)
_OBLIQUE_CASES = ("gen", "dat", "ins", "loc", "acc")
# Capitalised only because they open a sentence: "Как заявил", "Ранее сообщалось".
_SENTENCE_OPENERS = frozenset(
    [
        "как",
        "так",
        "это",
        "об",
        "ранее",
        "затем",
        "однако",
        "при",
        "кроме",
        "после",
        "тогда",
        "вот",
        "также",
        "вместе",
        "между",
        "тем",
        "уже",
        "сам",
        "сама",
        # The author's "we": "Напомним:", "Вспомним:".
        "напомним",
        "вспомним",
        "отметим",
        "заметим",
        "добавим",
        "уточним",
        "подчеркнем",
    ]
)
_AGENT_SUFFIXES = ("ист", "тель", "ник", "щик", "чик", "лог", "ант", "ент", "ор", "ер")
# A Latin-script medium right before the verb; short lower-case links stay inside ("Mail on Sunday").
_MEDIA_BEFORE = regex.compile(
    r"(?:[«\"“](?P<name>[\p{Lu}\d][^«»\"“”\n]{0,39}+)[»\"”]|(?<![\p{L}\d'’])(?P<latin>\p{Latin}[\p{Latin}\d.&'’-]*+"
    r"(?:[^\S\n](?:(?:on|of|the|and|for|de|du|des|la|le|di|da)[^\S\n])?+\p{Lu}[\p{Latin}\d.&'’-]*+){0,3}))"
    r"[^\S\n]*+$"
)
_MARKS_CHARS = 70
_MIN_STEM = 3
_OPENERS = frozenset({"также", "однако", "затем", "потом", "теперь", "тогда", "кроме", "и", "а", "но"})
_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_INITIAL = regex.compile(r"(?<!\p{L})\p{Lu}\.")
_MIN_NOUN_CHARS = 4
# Adverbs and oblique forms ("коротко", "журналистам") are no subject nouns.
_NOT_NOMINATIVE = ("о", "ом", "ем", "у", "ю", "ам", "ям", "ами", "ями", "ой", "ей", "ым", "им")
_LAST_WORD = regex.compile(r"(?<!\p{L})\p{L}++[^\S\n]++$")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_PREPOSITIONS = frozenset(
    [
        "с",
        "со",
        "для",
        "к",
        "ко",
        "у",
        "от",
        "о",
        "об",
        "при",
        "на",
        "по",
        "за",
        "из",
        "перед",
        "через",
        "между",
    ]
)
_NAME_IN_MARKS = regex.compile(r"[^\S\n]++[«\"“](?P<name>[^«»\"“”\n]{1,60}+)[»\"”]")
_LATIN = regex.compile(r"[\p{Latin}\d\s.&'-]++")
_MEDIA_IN_MARKS = regex.compile(r"[^\S\n]*+[«\"“](?P<name>[^«»\"“”\n]{1,40}+)[»\"”]")
_ADVERBS = frozenset({"сегодня", "вчера", "ранее", "также", "накануне", "позже", "позднее", "уже"})
_GENITIVE_ENDINGS = ("а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ых", "их")
_FUNCTION_WORDS = frozenset(
    [
        "в",
        "во",
        "на",
        "с",
        "со",
        "и",
        "а",
        "но",
        "что",
        "по",
        "о",
        "об",
        "к",
        "ко",
        "для",
        "от",
        "за",
        "из",
        "у",
        "при",
        "также",
        "ранее",
        "сегодня",
        "вчера",
        "уже",
        "его",
        "ее",
        "их",
    ]
)
# Applied to single words only, so the backtracking here stays short.
_DOMAIN_MAX = 60
_DOMAIN = regex.compile(r"[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:ru|com|kz|net|org|ua|by|uz|kg|info|su|рф|ру)")
_OBLIQUE_ENDINGS = ("ам", "ям", "ами", "ями", "ому", "ему", "ом", "ем", "у", "ю")
# A part of a name: "Фил", "Жан-Поль", "О’Рейли" (an apostrophe joins a one-letter prefix).
_NAME_PART = r"(?:\p{Lu}['’]\p{Lu}\p{Ll}++|\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+)"
# "глава Business NZ Фил О’Рейли": a Latin body between the role and the name is skipped.
_CAPITALISED_PAIR = regex.compile(
    r"(?:[^\S\n]*+\([^()\n]{1,60}+\))?+(?:[^\S\n]++\p{Latin}[\p{Latin}\d&.'’-]*+){0,3}+[^\S\n]++"
    rf"(?P<name>{_NAME_PART}[^\S\n]++{_NAME_PART})(?!\p{{L}})"
)
_WINDOW_CHARS = 300
_WORD_AFTER = regex.compile(r"[^\S\n]++\p{Lu}[\p{L}-]*+")
_OPEN_ASIDE = regex.compile(r",[^\S\n]*+(?:\p{Ll}++[^\S\n]++){0,3}+\p{Ll}++$")
# "правительства Новгородской области": a capitalised adjective goes on to its noun.
_ADJ_GENITIVE = ("ой", "ей", "ого", "его", "ых", "их", "ая", "яя", "ий", "ый", "ое", "ее")
_VERBAL_GENITIVE = ("ния", "тия", "вия", "ьия", "ства")
_ADJECTIVE_FORM = regex.compile(r"\p{L}{3,}(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ый|ий)")
_SITE_OWNER = regex.compile(
    r",[^\S\n]*+\p{Ll}++[^\S\n]++на[^\S\n]++(?:официальном[^\S\n]++)?+(?:сайте|странице|портале)[^\S\n]++"
    r"(?P<owner>\p{Lu}[\p{L}\d.-]*+(?:[^\S\n]++\p{Lu}[\p{L}\d.-]*+){0,2}+)"
)
# "в пресс-релизе, выпущенном Вэнсом": a participle of issuing names the author in the instrumental.
_ISSUER = regex.compile(
    r",[^\S\n]*+(?:выпущенн|опубликованн|распространённ|распространенн|подписанн|составленн|подготовленн|"
    r"обнародованн|направленн|сделанн)\p{L}{1,3}+[^\S\n]++(?P<owner>\p{L}[\p{L}\d-]*+(?:[^\S\n]++\p{Lu}[\p{L}\d-]*+){0,2}+)"
)
# "менее 3 % респондентов", "около 40 процентов жителей": a share of a group before its noun.
_SHARE_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?:(?:менее|более|свыше|около|почти|порядка|примерно|лишь|только)[^\S\n]++)?+"
    r"\d++(?:[,.]\d++)?+[^\S\n]*+(?:%|процент\p{L}{0,3}+)[^\S\n]++$",
    regex.IGNORECASE,
)
# An adjective in "-ий" has a velar or hushing stem ("русский", "хороший") or a soft "-н-" after a
# consonant ("последний"); "слушаний", "дискуссий", "партий" are genitive plurals of nouns.
_ADJECTIVE_II = regex.compile(r"(?:[кгхжшчщ]|[^аеёиоуыэюя]н)ий$")
# A medium's own name right after its kind noun: Latin (also in wiki italics) or in marks.
_NAMED_AFTER_KIND = regex.compile(
    r"[^\S\n]++(?:''(?P<italic>[^'\n]{1,40}+)''|«(?P<marks>\p{Lu}[^«»\n]{0,39}+)»|"
    r"(?P<latin>\p{Latin}[\p{Latin}\d.&'’-]*+(?:[^\S\n](?:(?:of|the|and|de|la|le)[^\S\n])?+\p{Lu}[\p{Latin}\d.&'’-]*+){0,3}+))"
)
_CONSONANT_SKELETON = regex.compile(r"[аеёиоуыэюяйь\s-]++")
# How far back "страны" looks for the country a role named.
_REACH_COUNTRY = 2000
_INSTRUMENTAL_HEAD = (("ом", ("", "о")), ("ем", ("", "е", "ь")), ("ой", ("а",)), ("ей", ("я", "ь")))
_DOMAIN_TAIL = regex.compile(
    r"\.(?:ru|com|kz|net|org|ua|by|uz|kg|info|su|рф|ру)(?![\p{L}\d])", regex.IGNORECASE
)
_PARTITIVE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:один|одна|одно|каждый|каждая|многие|некоторые|кто-то|никто|двое|трое)[^\S\n]++из[^\S\n]++$",
    regex.IGNORECASE,
)
_NOT_FIRST_NAME = ("ым", "ого", "ому", "ыми", "ими", "ых", "ову", "еву", "овой", "евой")
_CITING_LEMMAS = frozenset({"цитировать", "процитировать"})
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_MIN_FOREIGN_STEM = 2
# Oblique ending -> what the nominative puts after a consonant stem ("Игоря" -> "Игорь").
_FOREIGN_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "gen": (("я", "ь"), ("а", "")),
    "dat": (("ю", "ь"), ("у", "")),
    "ins": (("ем", "ь"), ("ом", "")),
}
# A clause opened by a subordinator and still open up to a name ("..., что Y подал", "..., который
# бросил Y"): a subject there is no topic of the sentence; "он" after it goes to the main subject.
_SUBORDINATE_OPEN = regex.compile(
    r"(?:,|—)[^\S\n]*+(?:котор\p{L}++|чей|чья|чьё|чье|чьи|что|чтобы|будто|когда|если|где|пока|хотя|поскольку)"
    r"(?!\p{L})[^,.!?;:—\n]*+$",
    regex.IGNORECASE,
)
_SUBORDINATE_CHARS = 160
# How often a longer form of a name must be written for an unknown word in it to count.
_REPEATED_FORM = 2
# "..., который (также) отшучивается": a relative pronoun in the nominative right before the verb.
_RELATIVE_SUBJECT = regex.compile(
    r",[^\S\n]*+(?:который|которая|которое|которые)"
    r"(?:[^\S\n]++(?:и|также|тоже|уже|ещё|еще|часто|обычно|всегда|лишь|только|не))*+[^\S\n]*+$"
)
# "в его заявлении": a possessive pronoun right before a document noun, and what it tells.
_POSSESSIVE_BEFORE = regex.compile(r"(?<!\p{L})(?P<owner>его|её|ее|их)[^\S\n]++$", regex.IGNORECASE)
_POSSESSIVE_CHARS = 8
# The possessives among the pronouns, with their agreement (words are read with ё folded to е).
_POSSESSIVES = {word: PRONOUNS[word] for word in ("его", "ее", "их")}
# An opening source phrase up to its comma: "По сообщению оппозиционных СМИ Беларуси,".
_SOURCE_PHRASE = regex.compile(
    r"(?<!\p{L})[Пп]о[^\S\n]++(?:\p{Ll}++[^\S\n]++)?(?:сообщению|сообщениям|данным|информации|сведениям)"
    r"(?!\p{L})[^,.!?\n]{1,80}+,"
)
# A subject of its own: a plural participle used as a noun ("присутствующие", "собравшиеся").
_SUBJECT_WORD = regex.compile(r"\p{Ll}{3,}(?:щие|вшие|щиеся|вшиеся)")
_CAPITAL_BEFORE = regex.compile(r"(?<![\p{L}\d-])\p{Lu}\p{Ll}{2,}+[^\S\n]*+$")
# A surname the lists do not know, echoed bare later: a capitalised Cyrillic word, not too short.
_ECHO_WORD = regex.compile(r"\p{Lu}\p{Ll}{3,}+")
_MAX_ECHOED = 12


@lru_cache(maxsize=256)
def _echo_pattern(last: str) -> regex.Pattern[str]:
    """The bare surname as a whole word."""
    return regex.compile(rf"(?<![\p{{L}}\d-]){regex.escape(last)}(?![\p{{L}}\d-])")


_RELATIVE_BEFORE = regex.compile(
    r",[^\S\n]*+(?:котор\p{L}++|чей|чья|чьё|чье|чьи)(?!\p{L})[^,.!?;:«»\n]*+,[^\S\n]*+$"
)
# "сообщает X со ссылкой на Y": Y is the source whose words X relays.
_RELAY_SOURCE = regex.compile(r"(?<!\p{L})со[^\S\n]++ссылкой[^\S\n]++на(?!\p{L})", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?\n]")
_LATIN_NAME = regex.compile(
    r"\p{Latin}[\p{Latin}\d.&'’-]*+(?:[^\S\n](?:(?:on|of|the|and|for|de|la|le)[^\S\n])?+\p{Lu}[\p{Latin}\d.&'’-]*+){0,3}"
)
# Adjectives that may open a descriptor phrase, as written (nominative) or in the oblique plural.
# "-ее" is left out: it is mostly a comparative ("Тем не менее супруга убеждена").
_NOMINATIVE_ADJECTIVE = ("ые", "ие", "ый", "ий", "ая", "яя", "ое")
_OBLIQUE_PLURAL_ADJECTIVE = ("ых", "их")
# "по словам / по данным / со слов" right before a medium's sources: they are the medium's.
_SOURCE_CUE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:[Пп]о[^\S\n]++(?:словам|данным|информации|мнению|оценке|оценкам|сведениям)|[Сс]о[^\S\n]++слов)"
    r"[^\S\n]*+$"
)
_SOURCE_CUE_CHARS = 24
# "в правительстве", "во власти", "из окружения": where an unnamed source sits.
_PLACE_PREPOSITION = regex.compile(r"[^\S\n]++(?:в|во|из|при)[^\S\n]++")
_SOURCE_PLACE = regex.compile(
    r"[^\S\n]++(?P<prep>в|во|из|при)[^\S\n]++(?P<words>[\p{L}-]++(?:[^\S\n]++[\p{L}-]++){0,3}+)"
    r"(?=[^\S\n]*+(?:[.,;:!?—–)]|$))"
)
# Genitive plural noun endings of a group ("деятелей", "экспертов", "граждан" has none: left out).
_GENITIVE_PLURAL_NOUN = ("ов", "ев", "ей", "ий")
# Nouns with adjective-like endings ("мнение", "развитие") open no descriptor.
_ADJECTIVE_ACCUSATIVE = ("ую", "юю", "ый", "ий", "ое", "ее", "ые", "ие", "ого", "его", "ых", "их")
_NOUN_LIKE = ("ание", "ение", "тие", "вие", "ьие")
_COORDINATED = regex.compile(r"(?<![\p{L}\d])(?P<word>\p{L}[\p{L}\d-]*+)[^\S\n]++и[^\S\n]++$")
# A document or medium named without its owner refers back to a speaker this close before.
_BACK_REACH = 900
# "26-летний", "40-летнего": an age adjective before a name, no part of it.
_AGE_ADJECTIVE = regex.compile(r"\d++-\p{Ll}++")
# A genitive governor or an agreeing genitive adjective right before a name.
_GENITIVE_BEFORE = regex.compile(
    r"(?:(?<!\p{L})по[^\S\n]++(?:словам|мнению|данным|оценке|информации)[^\S\n]*+,?+"
    r"|(?<![\p{L}\d-])[\p{L}\d-]*?\p{L}(?:ого|его))[^\S\n]++$",
    regex.IGNORECASE,
)
_FIRST_NAME_INSTRUMENTAL = (("ой", "а"), ("ом", ""))
# Other oblique endings of a first name are ambiguous ("Анну"/"Ивану"): such pairs are not used.
_FIRST_NAME_OBLIQUE = ("у", "ю", "е", "ем", "ей", "ым", "им")
_PATRONYMIC = ("ович", "евич", "ич", "овна", "евна", "ична", "инична")
_WORD_BEFORE = regex.compile(r"(?<!\p{L})(?P<word>\p{Lu}\p{Ll}++)[^\S\n]++$")
# A capitalised word, with a hyphenated tail ("Вэнс-младший"): the pieces of a name's fullest form.
_CAP_WORD = regex.compile(r"(?<![\p{L}\d-])\p{Lu}\p{Ll}++(?:-\p{L}++)*+")
# A capitalised word right before another on the same line, one space apart ("Джанет Вуд Рено").
_CAP_BEFORE = regex.compile(r"(?<![\p{L}\d-])(?P<word>\p{Lu}\p{Ll}++)[^\S\n]$")
# "-младший" / "-старший" after a surname, in any case, names one of two namesakes.
_GENERATION = regex.compile(r"-(?P<gen>младш|старш)\p{L}*+$", regex.IGNORECASE)
# The start of a sentence before a word: a capital there proves nothing about a name.
_SENTENCE_START = regex.compile(r"(?:^|[.!?…\n][»\"”)]?+)[^\S\n]*+$")
_CYRILLIC_WORD = regex.compile(r"\p{Cyrillic}++")
# Fullest forms hold at most this many words (first, middle or patronymic, surname, particle).
_FULLEST_MAX_WORDS = 4
# Genitives that stand for the country named before ("суд страны", "парламент государства").
_COUNTRY_ANAPHORS = frozenset({"страны", "государства", "республики", "королевства"})
# Consonants after which a locative "-е" leaves the stem unclear.
_HUSHING = frozenset("жшчщц")
_ASIDE = regex.compile(r",[^\S\n]*+(?:\p{Ll}++[^\S\n]++){0,3}+\p{Ll}++,[^\S\n]*+$")
_RELATIONAL = RELATIONAL_HEADS | KIN_HEADS
_LOCATIVE_BEFORE = regex.compile(r"(?<!\p{L})[Вв]о?[^\S\n]++$")
# Reflexive past forms ("встретился") end a phrase; plain "-ла" would also hit nouns ("журнала").
_VERB_LIKE = regex.compile(r"\p{L}(?:лся|лась|лись)(?!\p{L})")
# A headline is one short first line; the lead is the first paragraph long enough to be prose.
_TITLE_MAX = 200
_LEAD_MIN = 80
_LINE = regex.compile(r"[^\n]++")
_FIRST_SENTENCE_END = regex.compile(r"[.!?…][»\"”]?+[^\S\n]++[«\"“]?+\p{Lu}")


@dataclass
class Entity:
    """A person or organisation the article names.

    Attributes:
        name: The fullest nominative the article gives.
        type: person or organization.
        gender: m, f or None.
        first: First name in the nominative, if known.
        last: Surname in the nominative, if known.
        roles: Descriptors bound to them, nominative, in order of appearance.
        role_heads: Head nouns of those roles, lower case.
    """

    name: str
    type: SpeakerType
    gender: str | None = None
    first: str | None = None
    last: str | None = None
    patronymic: str | None = None
    roles: list[str] = field(default_factory=list)
    role_heads: set[str] = field(default_factory=set)
    score: tuple[int, int, int, int] = (0, 0, 0, 0)

    def add_role(self, role: RoleMention) -> None:
        if role.nominative not in self.roles:
            self.roles.append(role.nominative)
        self.role_heads.add(role.head.lower())
        self.role_heads.add(role.nominative.lower())


@dataclass(frozen=True)
class Candidate:
    """A speaker mention the memory found near a cue, before it is resolved to a Speaker.

    Attributes:
        start: Where the mention starts in the text.
        stop: Where it ends.
        kind: A name, a role (descriptor), a pronoun or an organisation.
        entity: The person the mention names, when the memory knows them.
        role: The role phrase, for role mentions.
        name: The nominative name to report when there is no entity.
        gender: "m", "f" or None.
        number: "sg", "pl" or None (pronouns).
        case: The grammatical case of the mention, when known.
        fixed: Report as found: never bind to a person by the memory's anaphora rules.
        document: A document with no owner named ("говорится в сообщении"): it refers back.
        via_document: The speaker was read through a document ("в заявлении МИД").
    """

    start: int
    stop: int
    kind: Literal["name", "role", "pronoun", "org"]
    entity: Entity | None = None
    role: RoleMention | None = None
    name: str | None = None
    gender: str | None = None
    number: str | None = None
    case: str | None = None
    fixed: bool = False
    document: bool = False
    via_document: bool = False


def _score(mention: NameMention) -> tuple[int, int, int, int]:
    first_full = bool(mention.first) and not (mention.first or "").endswith(".")
    return (int(bool(mention.last)), int(first_full), int(bool(mention.patronymic)), len(mention.nominative))


def _strong(mention: NameMention) -> bool:
    """Two name parts, or initials with a surname ("В. Путин"), make a person on their own."""
    parts = sum(1 for p in (mention.first, mention.patronymic, mention.last) if p)
    return parts >= 2 or (mention.last is not None and _INITIAL.search(mention.text) is not None)


def _surnames_from_double_first_names(mentions: list[NameMention]) -> list[NameMention]:
    """Read "Джорджем Лукасом" as first name and surname when the text also names the person by the
    second word alone ("Лукас заявил"): an article calls a person by the surname, never by the
    second of two first names."""
    alone = {m.nominative for m in mentions if " " not in m.nominative}
    out = []
    for mention in mentions:
        first = mention.first or ""
        if mention.last is None and mention.patronymic is None and first.count(" ") == 1:
            given, second = first.split()
            if second in alone:
                mention = replace(mention, first=given, last=second)
        out.append(mention)
    return out


def _role_case(role: RoleMention) -> str:
    """The case of an oblique role ("министра" -> gen, "министру" -> dat), genitive when unsure."""
    for word in role.text.split():
        cases = role_all_cases(word)
        if cases:
            for case in ("gen", "dat", "ins"):
                if case in cases or f"{case}_pl" in cases:
                    return case
            break
    return "gen"


def _foreign_nominative(word: str, case: str) -> str:
    """A male name the paradigms do not know, put back in the nominative by the regular endings of
    non-Slavic names in Russian: consonant-final names take -а/-у/-ом ("Хвана" -> "Хван"), names
    in -ей/-ий take -ея/-ию/-еем ("Бартоломея" -> "Бартоломей"), names in -о/-и/-у/-е do not decline."""
    low = word.lower()
    for ending, base_endings in _FOREIGN_ENDINGS.get(case, ()):
        if not low.endswith(ending) or len(low) - len(ending) < _MIN_FOREIGN_STEM:
            continue
        stem = word[: len(word) - len(ending)]
        last = stem[-1].lower()
        if last in "еиауоюэ" and ending[0] in "яюе":
            return stem + "й"  # Бартоломея -> Бартоломей, Андреем -> Андрей
        if last in _CONSONANTS:
            return stem + base_endings
        return word
    return word


def _nominative_name(phrase: str, case: str) -> str:
    """A name after an oblique role or in "по словам", in the nominative: the names layer first,
    then the regular endings of foreign names for the words it left as they were."""
    nominative = to_nominative(phrase)
    before, after = phrase.split(), nominative.split()
    if len(before) != len(after):
        return nominative
    if any(a != b and a.lower().endswith(("а", "я")) for a, b in zip(after, before, strict=True)):
        # A woman's name ("Анны Коста" -> "Анна Коста"): her surname does not decline like a man's.
        return nominative
    words = [_foreign_nominative(b, case) if a == b else a for a, b in zip(after, before, strict=True)]
    if case == "gen" and len(words) > 1 and words[0] != before[0] and words[-1] == before[-1]:
        # "Мануэля Арайи", "Хосе Сильвы": a man's surname in -я/-а declines like a feminine noun.
        words[-1] = _feminine_surname_nominative(words[-1])
    return " ".join(words)


def _genitive_surname(mention: NameMention) -> NameMention:
    """A man's name in the genitive whose surname in -я/-а the names layer left as written
    ("Мануэля Арайи" -> "Мануэль Арайя")."""
    if mention.case != "gen" or mention.gender != "m" or not mention.first or not mention.last:
        return mention
    if not mention.text.endswith(mention.last):
        return mention
    last = _feminine_surname_nominative(mention.last)
    if last == mention.last:
        return mention
    nominative = mention.nominative[: len(mention.nominative) - len(mention.last)] + last
    return replace(mention, last=last, nominative=nominative)


def _feminine_surname_nominative(word: str) -> str:
    """A surname in -я/-а put back from its genitive in -и/-ы ("Арайи" -> "Арайя", "Гарсии" ->
    "Гарсия", "Сильвы" -> "Сильва"); "-и" after a consonant is left, as Italian names end so."""
    low = word.lower()
    if len(low) > _MIN_FOREIGN_STEM + 1 and low.endswith(("йи", "ии")):
        return word[:-1] + "я"
    if len(low) > _MIN_FOREIGN_STEM + 1 and low.endswith("ы") and low[-2] in _CONSONANTS:
        return word[:-1] + "а"
    return word


def _medium_nominative(name: str) -> str:
    """A medium named in marks in the genitive ("«Интерфакса-Украина»") in the nominative, when its
    first word is a known medium with a genitive ending; other names are kept as written."""
    first, sep, rest = name.partition("-")
    if " " in first:
        first, sep, rest = name.partition(" ")
    low = first.lower()
    for ending, nominative in (("а", ""), ("я", ""), ("а", "ъ"), ("ей", "и"), ("ий", "ия")):
        # "Коммерсанта" -> "Коммерсантъ", plurals "Ведомостей" -> "Ведомости", "Известий" -> "Известия".
        stem = low[: -len(ending)]
        if low.endswith(ending) and stem + nominative in MEDIA:
            return first[: -len(ending)] + nominative + sep + rest
    return name


def _nominative_role_form(role: RoleMention) -> bool:
    """A role written in its nominative, in a form that shows it (not "пресс-атташе", "замдиректора")."""
    first = role.text.split()[0].lower()
    return first == role.nominative.split()[0].lower() and first not in INDECLINABLE_ROLES


def _nominative_feminine_form(name: str) -> bool:
    """A name whose every word ends in "-а"/"-я": a man's genitive or a woman's nominative."""
    return all(word.lower().endswith(("а", "я")) for word in name.split())


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    a, b = a.lower(), b.lower()
    if a.endswith(".") or b.endswith("."):
        return a[0] == b[0]
    # "Реджеп" and "Реджеп Тайип": a shorter form of a double first name.
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _known_first_name(word: str) -> bool:
    """Whether ``word`` is a gazetteer first name in the nominative ("Кристины" is not)."""
    return any(r.case == "nom" and r.nominative == word for r in first_name_readings(word))


def _nominative_first_name(word: str) -> bool:
    """Whether an unknown word reads as a man's first name in the nominative by its ending: a
    consonant-final word; one in -а/-я may be a genitive ("Манхэттена"), so it is not trusted."""
    return any(
        r.case == "nom" and r.gender == "m" and r.nominative == word for r in guess_first_readings(word)
    )


def _in_order(needles: list[str], words: list[str]) -> bool:
    """Whether ``needles`` occur in ``words`` in this order (not necessarily next to each other)."""
    it = iter(words)
    return all(any(w == n for w in it) for n in needles)


@lru_cache(maxsize=8192)
def _surname_key(name: str) -> str:
    """A name folded for comparing spellings: lower case, ё as е, doubled letters single."""
    return undouble(name.lower().replace("ё", "е"))


@lru_cache(maxsize=8192)
def _cap_key(word: str) -> str:
    """The key of a capitalised word in ``Memory._cap_index``: its first part's first folded letters."""
    return _surname_key(word.partition("-")[0])[:_MIN_STEM]


_GROUP = methodcaller("group")
_SPAN = methodcaller("span")


# A candidate's span is the text sliced at its offsets: right by construction, built unvalidated.
_DIRECT_SPAN = direct(Span, ("start", "stop", "text"))


def _span(text: str, start: int, stop: int) -> Span:
    """``Span(start=start, stop=stop, text=text[start:stop])``, without validating it again."""
    if _DIRECT_SPAN:
        return build(Span, {"start": start, "stop": stop, "text": text[start:stop]})
    return Span(start=start, stop=stop, text=text[start:stop])


@lru_cache(maxsize=4096)
def _gap_binds(gap: str) -> bool:
    """Whether the words between a role and the name after it (at most ``_BIND_NEAR`` characters)
    let the name be the role's holder. The test reads the gap alone, and most gaps are a space
    or a comma: a cache (4096 gaps of at most 80 characters) answers them at once."""
    # Within one line "сопредседатель группы «Экозащита!» X": a body's name in «...» is no
    # sentence end (across lines the text is left as it was read).
    stops = gap if "\n" in gap else _TITLE_IN_MARKS.sub(" ", gap)
    if _BIND_STOP.search(stops) or _VERB_LIKE.search(gap):
        return False
    # "Тренер после известия о смерти Дадашева": a preposition outside «...» breaks the apposition.
    if _PREPOSITION_IN_GAP.search(_TITLE_IN_MARKS.sub(" ", gap)):
        return False
    return not any(SPEECH_FORMS.get(w.low) for w in words_of(gap))


class Memory:
    """People, organisations and roles of one article, and who spoke last.

    Args:
        text: The whole text.
        quoted: Spans of quoted words; names inside them do not make a person salient.
    """

    def __init__(self, text: str, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.entities: list[Entity] = []
        self.names: list[tuple[NameMention, Entity]] = []
        self.roles: list[RoleMention] = []
        self.role_owner: dict[int, Entity] = {}
        self.events: list[tuple[int, Entity]] = []
        # Mentions as a subject: "он" refers back to them before a person named in passing.
        self.subject_events: list[tuple[int, Entity]] = []
        self.speakers: list[tuple[int, Entity]] = []
        self.org_entities: dict[str, Entity] = {}
        self.last_role: tuple[int, Speaker] | None = None
        self.last_group: tuple[int, Speaker] | None = None
        # Every speaker resolved so far, in order: documents and bare media words refer back to them.
        self.history: list[tuple[int, Speaker, bool]] = []
        self._quoted = sorted(quoted)
        # Words written in lower case somewhere (see ``_lower_words``), read on first use.
        self._lower_set: frozenset[str] | None = None
        # Named bodies are read only when an organisation speaks (most articles never ask).
        self._bodies: Bodies | None = None
        self._line_bodies: dict[int, Bodies] = {}
        # The verb of the cue being read (the case of a name after it depends on it).
        self._verb: VerbForm | None = None
        self._named: dict[str, Entity] = {}
        self._named_size = -1
        # Lower-case word before each name, by its first letters (read on first use).
        self._before_index: dict[str, list[tuple[int, str, Entity]]] | None = None
        # Fullest forms of person names, and capitalised words by their first letters (lazy).
        self._fullest_cache: dict[str, str] = {}
        self._short_of: dict[str, str] = {}
        self._caps: dict[str, list[tuple[int, int]]] | None = None
        # Where each person is first named outside quotes, and the person of the headline (lazy).
        self._first_at: dict[int, int] = {}
        self._article: tuple[Entity | None, int] | None = None
        # People by the head nouns of their roles: "музыкант" finds the "певец" without a scan.
        self._role_holders: dict[str, list[Entity]] = {}
        self._roles_written: list[str] | None = None
        self._build()

    @property
    def _lower_words(self) -> frozenset[str]:
        """Words written in lower case somewhere: capitalised copies of them are no names.

        The names layer has tokenised this text already (cached): its words are reused.
        """
        words = self._lower_set
        if words is None:
            words = self._lower_set = lower_words(self.text)
        return words

    # ---- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        mentions = [
            _genitive_surname(m) for m in _surnames_from_double_first_names(find_person_names(self.text))
        ]
        # A role inside «...» is part of a title ("журнал «Новый человек в международной политике»").
        self.roles = sorted(
            (r for r in find_roles(self.text) if not self._in_guillemets(r.start)), key=lambda r: r.start
        )
        mentions = self._with_apposed_names(mentions)
        strong = [m for m in mentions if _strong(m)]
        self._by_last: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}
        self._by_first_low: dict[str, list[Entity]] = {}
        self._created: dict[int, int] = {}
        self._strong_starts: dict[int, list[int]] = {}
        for mention in strong:
            entity = self._cluster(mention)
            self.names.append((mention, entity))
            self._strong_starts.setdefault(id(entity), []).append(mention.start)
        for mention in mentions:
            if _strong(mention):
                continue
            weak = self._match_weak(mention)
            if weak is not None:
                other = self._namesake_before(mention, weak)
                if other is not None:
                    mention, weak = other
                self.names.append((mention, weak))
        self.names.sort(key=lambda pair: pair[0].start)
        self._name_starts = [m.start for m, _ in self.names]
        # One set shared by every line's bodies (a copy per line grew with lines × names).
        self._name_start_set = frozenset(self._name_starts)
        self._role_starts = [r.start for r in self.roles]
        self._bind_roles()
        for mention, entity in self.names:
            if not self._in_quote(mention.start):
                self._first_at.setdefault(id(entity), mention.start)
                self.events.append((mention.start, entity))
                if mention.case in (None, "nom") and not self._subordinate(mention.start):
                    self.subject_events.append((mention.start, entity))

    def _subordinate(self, pos: int) -> bool:
        """Whether ``pos`` stands in a subordinate clause still open ("Y" of "X сказал, что Y ...")."""
        return _SUBORDINATE_OPEN.search(self.text, max(0, pos - _SUBORDINATE_CHARS), pos) is not None

    def _with_apposed_names(self, mentions: list[NameMention]) -> list[NameMention]:
        """Add the names the lists miss right after a nominative role ("председатель правления
        фонда Флоранс Девуар"): a person must stand there, so the capitalised words are one."""
        taken = sorted((m.start, m.stop) for m in mentions)
        starts = [start for start, _ in taken]
        spans: list[tuple[int, int, str, str | None]] = []
        for role in self.roles:
            if role.plural or role.text.split()[0].lower() != role.nominative.split()[0].lower():
                continue
            span = name_after_role(self.text, role.stop)
            if span is not None:
                spans.append((span[0], span[1], "nom", role.gender))
        # "по словам 26-летнего X Y", "112-летний X Y": positions where only a person stands.
        spans.extend(names_in_person_positions(self.text))
        # "Леннарт Юханссон (Lennart Johansson)": a foreign person glossed in Latin letters.
        spans.extend(names_with_latin_gloss(self.text))
        extra: list[NameMention] = []
        seen: set[int] = set()
        for start, stop, case, gender in spans:
            if start in seen or self._in_quote(start):
                continue
            at = bisect.bisect_left(starts, stop)
            if at and taken[at - 1][1] > start:
                continue  # the name finder read these words already
            seen.add(start)
            text = self.text[start:stop]
            nominative = _nominative_name(text, "gen") if case == "gen" else text
            parts = nominative.split()
            if len(parts) != len(text.split()) or parts[0].lower().endswith(("ы", "ой", "ей", "ии")):
                continue  # a woman's unknown first name in the genitive is not put back
            last = " ".join(parts[2:]) if len(parts) > 2 and parts[1][:1].islower() else parts[-1]
            extra.append(NameMention(start, stop, text, nominative, parts[0], None, last, gender, case))
        if not extra:
            return mentions
        extra.extend(self._surname_echoes(extra, taken))
        return sorted([*mentions, *extra], key=lambda m: m.start)

    def _surname_echoes(self, extra: list[NameMention], taken: list[tuple[int, int]]) -> list[NameMention]:
        """The bare surname of a person only the role before them showed ("Член палаты Тулси
        Габбард ... Габбард заявила"): the lists miss it as they missed the full name, so a later
        capitalised copy of it in the same form is that person, a possible subject. Oblique forms
        are left alone: after a role they complete it ("адвокат Караджича"), no subject."""
        out: list[NameMention] = []
        starts = [start for start, _ in taken]
        seen: set[str] = set()
        for mention in extra[:_MAX_ECHOED]:
            last = mention.last or ""
            if (
                mention.case not in (None, "nom")
                or len(mention.nominative.split()) < 2
                or last in seen
                or not _ECHO_WORD.fullmatch(last)
                or last.lower() in self._lower_words
            ):
                continue
            seen.add(last)
            for match in _echo_pattern(last).finditer(self.text, mention.stop):
                start, stop = match.span()
                at = bisect.bisect_left(starts, stop)
                if (at and taken[at - 1][1] > start) or self._in_quote(start):
                    continue
                out.append(NameMention(start, stop, last, last, None, None, last, mention.gender, "nom"))
        return out

    def _cluster(self, mention: NameMention) -> Entity:
        # Only entities sharing the surname or the first name can match: look those up by key, in
        # the order of creation, latest first (the same as scanning every entity backwards).
        keyed = self._by_last.get(mention.last.lower(), []) if mention.last else []
        if mention.first:
            keyed = keyed + self._by_first.get(mention.first, [])
        if len(keyed) > 1:
            unique = list({id(e): e for e in keyed}.values())
            keyed = sorted(unique, key=lambda e: self._created[id(e)], reverse=True)
        # (None or one entity: nothing to order, and most mentions find none or one.)
        for entity in keyed:
            if mention.last and entity.last:
                if mention.last.lower() == entity.last.lower() and _same(mention.first, entity.first):
                    return self._update(entity, mention)
            elif not mention.last and mention.first and entity.first and mention.first == entity.first:
                if _same(mention.patronymic, entity.patronymic):
                    return self._update(entity, mention)
            elif not entity.last and mention.last and mention.first and mention.first == entity.first:
                return self._update(entity, mention)
        entity = Entity(
            name=mention.nominative,
            type="person",
            gender=mention.gender,
            first=mention.first,
            last=mention.last,
            patronymic=mention.patronymic,
            score=_score(mention),
        )
        self.entities.append(entity)
        self._created[id(entity)] = len(self._created)
        self._index_entity(entity)
        return entity

    def _index_entity(self, entity: Entity) -> None:
        # Keys only grow: an entity keeps its old keys when _update fills in a surname, as the
        # matching tests below read the entity's current fields anyway.
        for index, key in (
            (self._by_last, entity.last.lower() if entity.last else None),
            (self._by_first, entity.first),
            (self._by_first_low, entity.first.lower() if entity.first else None),
        ):
            if key is not None:
                bucket = index.setdefault(key, [])
                if not any(e is entity for e in bucket):
                    bucket.append(entity)

    def _update(self, entity: Entity, mention: NameMention) -> Entity:
        score = _score(mention)
        if score > entity.score:
            entity.name, entity.score = mention.nominative, score
        entity.first = entity.first if entity.first and not entity.first.endswith(".") else mention.first
        entity.last = entity.last or mention.last
        entity.patronymic = entity.patronymic or mention.patronymic
        entity.gender = entity.gender or mention.gender
        self._index_entity(entity)
        return entity

    def _match_weak(self, mention: NameMention) -> Entity | None:
        """The person a bare surname or first name stands for. Two people may share a surname
        ("Билл Гейтс" and "Мелинда Гейтс"): the one of the mention's gender, then the one named in
        full closest before it (else first after it), not merely the latest in the article."""
        word = (mention.last or mention.first or mention.nominative).lower()
        found = list(self._by_last.get(word, []))
        if mention.first and not mention.last:
            found += [e for e in self._by_first_low.get(word, []) if not any(e is f for f in found)]
        if len(found) > 1 and mention.gender is not None:
            found = [e for e in found if e.gender in (None, mention.gender)] or found
        if len(found) <= 1:
            return found[0] if found else None
        surnamed = [e for e in found if e.last and e.first and e.first.lower() == word]
        if mention.first and not mention.last and len(found) == len(surnamed) and len(surnamed) > 1:
            return None  # "Олег" after "Олег Соколов" and "Олег Петров": either of them

        def nearness(entity: Entity) -> tuple[int, int]:
            starts = self._strong_starts.get(id(entity), [])
            before = [at for at in starts if at < mention.start]
            if before:
                return (1, max(before))
            return (0, -min(starts, default=len(self.text)))

        return max(found, key=nearness)

    def _namesake_before(self, mention: NameMention, entity: Entity) -> tuple[NameMention, Entity] | None:
        """Read "мать спортсменки Даниела Липницкая" after "Юлия Липницкая": an unknown first name
        right before a known surname, agreeing with it in case and gender, names another person
        of that surname (the name finder only knew the surname)."""
        if not entity.first or entity.first.endswith(".") or mention.last is None or mention.first:
            return None
        before = _WORD_BEFORE.search(self.text, max(0, mention.start - 30), mention.start)
        if before is None or not _CYRILLIC.match(before.group("word")):
            return None
        word = before.group("word")
        low = word.lower()
        if (
            low in self._lower_words
            or self._opens_sentence(before.start("word"))
            or low == entity.first.lower()
        ):
            return None
        if low in ORG_HEADS or low in ORG_NOMINATIVE_HEADS or low in MEDIA or low in _SENTENCE_OPENERS:
            return None
        if low.endswith(_NOT_FIRST_NAME):
            return None  # "с Хлопониным Пшихачев": a surname in the instrumental, no first name
        case = mention.case or "nom"
        readings = [r for r in guess_first_readings(word) if r.case == case]
        if mention.gender is not None:
            readings = [r for r in readings if r.gender == mention.gender]
        if not readings:
            return None
        first = max(readings, key=lambda r: r.weight).nominative
        full = replace(
            mention,
            start=before.start("word"),
            text=self.text[before.start("word") : mention.stop],
            nominative=f"{first} {mention.nominative}",
            first=first,
        )
        return full, self._cluster(full)

    def namesake(self, person: Entity, gender: str) -> Entity | None:
        """Another person of the same surname and of ``gender`` ("сказала Гейтс" after "Билл Гейтс")."""
        if not person.last:
            return None
        for entity in self._by_last.get(person.last.lower(), []):
            if entity is not person and entity.gender == gender:
                return entity
        return None

    def _in_guillemets(self, pos: int) -> bool:
        line_start = max(self.text.rfind("\n", 0, pos), pos - 300)
        return self.text.rfind("«", line_start, pos) > self.text.rfind("»", line_start, pos)

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quoted words."""
        return self._in_quote(pos)

    def article_person(self) -> Entity | None:
        """The person the article is about (the headline's one person, or the lead's subject)."""
        return self._article_person()[0]

    def _in_quote(self, pos: int) -> bool:
        index = bisect.bisect_right(self._quoted, (pos, len(self.text) + 1)) - 1
        return index >= 0 and self._quoted[index][0] <= pos < self._quoted[index][1]

    def _bind_roles(self) -> None:
        """Bind each role to the person named right after it (through a comma chain of roles),
        or right before it with a comma; "представитель Лопес" binds nobody: Лопес is a complement."""
        owners: list[Entity | None] = [None] * len(self.roles)
        for index in range(len(self.roles) - 1, -1, -1):
            role = self.roles[index]
            entity = None
            if role.head.lower() not in _RELATIONAL or len(role.text.split()) > 1:
                entity = self._name_after(role.stop)
                if entity is not None and self._genitive_name_after(role):
                    # "Менеджер певицы Анны Беловой": a nominative role with a genitive name after
                    # it holds a relation to that person; it is not the person's own role.
                    entity = None
                if entity is None and index + 1 < len(self.roles):
                    gap = self.text[role.stop : self.roles[index + 1].start]
                    if len(gap) <= _BIND_NEAR and gap.rstrip().endswith(",") and not _BIND_STOP.search(gap):
                        entity = owners[index + 1]
            if entity is None:
                entity = self._name_before(role.start)
            # A plural role ("министры ... НАТО") or one of the other gender ("вдова") is not this person's.
            plural = getattr(role, "plural", False)
            if entity is not None and (
                plural or (role.gender and entity.gender and role.gender != entity.gender)
            ):
                entity = None
            owners[index] = entity
        for role, owner in zip(self.roles, owners, strict=True):
            if owner is not None:
                self.role_owner[role.start] = owner
                owner.add_role(role)
                self._role_holders.setdefault(role.head.lower(), []).append(owner)

    def _name_after(self, pos: int) -> Entity | None:
        index = bisect.bisect_left(self._name_starts, pos)
        if index >= len(self.names):
            return None
        mention, entity = self.names[index]
        gap = self.text[pos : mention.start]
        if len(gap) > _BIND_NEAR or not _gap_binds(gap):
            return None
        return entity

    def _genitive_name_after(self, role: RoleMention) -> bool:
        """Whether a role written in the nominative is followed by a name only a genitive can be
        ("Анны Беловой"; "Александра Панфилова" may be a woman's nominative)."""
        if not _nominative_role_form(role):
            return False
        index = bisect.bisect_left(self._name_starts, role.stop)
        if index >= len(self.names):
            return False
        mention = self.names[index][0]
        return mention.case == "gen" and not _nominative_feminine_form(mention.text)

    def _name_before(self, pos: int) -> Entity | None:
        index = bisect.bisect_left(self._name_starts, pos) - 1
        if index < 0:
            return None
        mention, entity = self.names[index]
        gap = self.text[mention.stop : pos]
        # "Иван Петров, врач" apposes; "Иван Петров — врач клиники" defines (a dash for the copula).
        if gap.strip() in _APPOSING_GAPS:
            return entity
        return None

    # ---- finding a speaker in author's words --------------------------------------------------
    def candidates(self, window: Window) -> list[Candidate]:
        """Every name, role, pronoun or organisation inside a window, in text order."""
        text = self.text
        s, e = window.start, window.stop
        out: list[Candidate] = []
        taken: list[tuple[int, int]] = []
        lo = bisect.bisect_left(self._name_starts, s)
        for mention, entity in self.names[lo:]:
            if mention.start >= e:
                break
            if mention.stop <= e:
                out.append(
                    Candidate(
                        mention.start,
                        mention.stop,
                        "name",
                        entity=entity,
                        gender=entity.gender,
                        case=mention.case,
                    )
                )
                taken.append((mention.start, mention.stop))
        lo = bisect.bisect_left(self._role_starts, s)
        for role in self.roles[lo:]:
            if role.start >= e:
                break
            oblique = window.side != "genitive" and (
                role.text.split()[0].lower().endswith(_OBLIQUE_ENDINGS)
                or (window.side in ("after", "before") and not self._nominative_role(role))
            )
            if oblique and not _LOCATIVE_BEFORE.search(text, max(0, role.start - 4), role.start):
                # "сказал журналистам": a dative or instrumental role is no subject.
                continue
            if role.stop <= e and not any(a < role.stop and role.start < b for a, b in taken):
                locative = _LOCATIVE_BEFORE.search(text, max(0, role.start - 4), role.start)
                if (
                    locative
                    and getattr(role, "plural", False)
                    and role.text.split()[0].lower() == role.nominative.split()[0].lower()
                ):
                    # "кандидат в президенты", "в депутаты": "в" with a plural of persons names
                    # the rank one joins, neither a body nor a speaker.
                    taken.append((role.start, role.stop))
                    continue
                if locative:
                    # "в пресс-службе министерства": a body, not a person.
                    out.append(Candidate(role.start, role.stop, "org", name=role.nominative))
                else:
                    owner = self.role_owner.get(role.start)
                    out.append(Candidate(role.start, role.stop, "role", entity=owner, role=role))
                taken.append((role.start, role.stop))
        words = words_of(text, s, e)
        for k, word in enumerate(words):
            if any(a <= word.start < b for a, b in taken):
                continue
            cand = self._word_candidate(words, k, window)
            if cand is not None:
                out.append(cand)
                taken.append((cand.start, cand.stop))
        near = min(e, s + _MARKS_CHARS)
        media = _MEDIA_IN_MARKS.match(text, s, near) if window.side in ("after", "relay") else None
        if media is not None and not any(c.start <= media.start("name") for c in out):
            # "сообщает «Лента.ру»": a medium named in quotation marks.
            out.append(Candidate(media.start("name"), media.end("name"), "org", name=media.group("name")))
        elif window.side != "before" and words and not any(c.start <= words[0].start for c in out):
            unknown = self._unknown_name(words, window)
            if unknown is not None:
                out.append(unknown)
        elif window.side == "before" and words and (not out or out[-1].kind == "role"):
            unknown = self._unknown_name_before(words, window, out)
            if unknown is not None:
                out.append(unknown)
        if window.side == "before":
            # "«Лента.ру» напоминает", "Forbes уточняет": a medium named right before the verb.
            media_before = _MEDIA_BEFORE.search(text, max(s, e - _MARKS_CHARS), e)
            if media_before is not None and not any(c.stop > media_before.start() for c in out):
                if media_before.group("name"):
                    name, stop = media_before.group("name"), media_before.end("name") + 1
                else:
                    name, stop = media_before.group("latin"), media_before.end("latin")
                out.append(Candidate(media_before.start(), stop, "org", name=name))
        out.sort(key=lambda c: c.start)
        return out

    def _nominative_role(self, role: RoleMention) -> bool:
        """Whether the role's head may be a nominative: "тысяч членов организация" has its subject
        after the genitive role; a head the paradigms do not know is given the benefit of the doubt.
        After a small numeral the subject is in the genitive ("рассказали два источника")."""
        before = _LAST_WORD.search(self.text, max(0, role.start - 16), role.start)
        if before is not None and (
            before.group().strip().lower() in QUANTIFIERS or before.group()[:1].isdigit()
        ):
            return True
        if before is not None and before.group().strip().lower() in OBLIQUE_DETERMINERS:
            cases = role_all_cases(role.text.split()[0])
            if {"gen", "dat", "ins", "loc"} & set(cases):
                return False  # "из квартиры своей дочери": the determiner's case is the noun's
        if _SHARE_BEFORE.search(self.text, max(0, role.start - 40), role.start):
            return True  # "менее 3 % респондентов считают"
        if _PARTITIVE_BEFORE.search(self.text, max(0, role.start - 24), role.start):
            return True  # "как сообщил один из ректоров"
        for word in role.text.split():
            cases = role_all_cases(word)
            if cases:
                # "дочери": a soft feminine in the genitive, dative and locative is also a plural subject.
                soft = {"gen", "dat", "loc"} <= set(cases)
                return "nom" in cases or "nom_pl" in cases or soft
        return True

    def _unknown_name_before(
        self, words: list[Word], window: Window, found: list[Candidate]
    ) -> Candidate | None:
        """Capitalised words right before the verb that the name finder missed ("Зепп Блаттер заявил")."""
        if self.text[words[-1].stop : window.stop].strip():
            return None
        parts: list[Word] = []
        for word in reversed(words[-3:]):
            if parts and self.text[word.stop : parts[-1].start].strip():
                break
            if not word.text[:1].isupper() or not word.text[1:2].islower() or not _CYRILLIC.match(word.text):
                break
            if word.low in ORG_NOMINATIVE_HEADS or word.low in MEDIA or word.low in SPEECH_FORMS:
                break
            if word.low in ORG_HEADS or word.low in _SENTENCE_OPENERS or word.low in _FUNCTION_WORDS:
                break
            if word.low in PRONOUNS or word.low in DETERMINERS:
                break  # "Некоторые информируют": a pronoun-like word, no name
            if (
                word.low in _ADVERBS
                or word.low in _OPENERS
                or word.low in ("позже", "позднее", "впоследствии")
            ):
                break  # "Позже Марк рассказал": an adverb opening the sentence is no part of the name
            if any(c.start <= word.start < c.stop for c in found):
                break
            # A word the text also writes in lower case is a common noun at a sentence start.
            if word.low in self._lower_words or self._capitalised_group(word):
                break
            parts.append(word)
        if not parts:
            return None
        parts.reverse()
        if len(parts) > 1 and self._after_place_noun(parts[0].start):
            # "премьер провинции Онтарио Даг Форд": the word after "провинции" is the place.
            parts = parts[1:]
        phrase = self.text[parts[0].start : parts[-1].stop]
        before = self.text[max(window.start, parts[0].start - 4) : parts[0].start]
        if _LOCATIVE_BEFORE.search(before):
            if self._verb is not None and self._verb.number == "sg":
                # "X накануне визита в Москву пообещал": only an impersonal plural lets a place speak.
                return None
            # "В Британии отмечают": a place speaks for its people, an organisation.
            place = phrase[:-2] + "ия" if phrase.endswith("ии") else phrase
            return Candidate(parts[0].start, parts[-1].stop, "org", name=place)
        role = next(
            (c.role for c in found if c.kind == "role" and self._apposed(c.stop, parts[0].start)),
            None,
        )
        if found and role is None:
            return None
        known = self._known_person(phrase)
        if known is not None:
            return Candidate(parts[0].start, parts[-1].stop, "name", entity=known, gender=known.gender)
        plural = self._verb is not None and self._verb.number == "pl"
        word = parts[0]
        if (
            len(parts) == 1
            and role is None
            and plural
            and self._opens_sentence(word.start)
            and word.low.endswith(("и", "ы", "ие", "ые"))
            and _CYRILLIC.match(word.text)
        ):
            # "Соседи рассказали", "Полицейские сообщили": a plural common noun opening the sentence.
            return Candidate(word.start, word.stop, "role", name=word.low, fixed=True)
        return Candidate(parts[0].start, parts[-1].stop, "name", name=phrase, role=role)

    def _after_place_noun(self, pos: int) -> bool:
        before = _LAST_WORD.search(self.text, max(0, pos - 20), pos)
        return before is not None and before.group().strip().lower() in PLACE_GENITIVES

    def _apposed(self, stop: int, start: int) -> bool:
        """A role right before a name, or with a short prepositional phrase between them
        ("глава делегации на переговорах Саеб Эрекат")."""
        gap = self.text[stop:start]
        if not gap.strip():
            return True
        gap_words = gap.split()
        if (
            len(gap_words) <= _NAME_GAP_WORDS
            and all(w[:1].isupper() for w in gap_words)
            and not any(ch in gap for ch in ",.;:—–«»()")
        ):
            # "глава Acme Тоби Ринг", "премьер провинции Онтарио Даг Форд": a proper-name complement.
            return True
        return (
            len(gap_words) <= _APPOSED_GAP_WORDS
            and gap_words[0].lower() in _PREPOSITIONS
            and not any(ch in gap for ch in ",.;:—–«»()")
        )

    def _unknown_name(self, words: list[Word], window: Window) -> Candidate | None:
        """Capitalised words right after a cue that the name finder missed ("— заявил Каприлес")."""
        parts: list[Word] = []
        first = 0
        while (
            first < len(words)
            and first < 2
            and (
                words[first].low in _ADVERBS
                or (window.side == "relay" and words[first].low in _RELAYED_NOUNS)
                or _AGE_ADJECTIVE.fullmatch(words[first].low) is not None
            )
        ):
            first += 1
        for word in words[first : first + 3]:
            if parts:
                gap = self.text[parts[-1].stop : word.start]
            else:
                gap = self.text[words[first - 1].stop if first else window.start : word.start]
                if window.side == "genitive" and gap.strip() == ",":
                    gap = ""  # "По словам, 26-летнего X": a stray comma after the cue noun
            if gap.strip() or not word.text[:1].isupper() or not word.text[1:2].islower():
                break
            if word.low in ORG_NOMINATIVE_HEADS or word.low in MEDIA or word.low in SPEECH_FORMS:
                break
            parts.append(word)
        body = self._adjective_body(words, parts)
        if body is not None:
            return body
        domain = _DOMAIN_TAIL.match(self.text, parts[-1].stop) if parts else None
        if domain is not None and len(parts) == 1:
            # "цитирует Лента.ру ...": a window cut at the dot still holds a medium's domain.
            return Candidate(
                parts[0].start, domain.end(), "org", name=self.text[parts[0].start : domain.end()]
            )
        # "уточнили Интерфаксу источники": a dative object, not the speaker.
        if not parts or (_CYRILLIC.match(parts[0].text) and parts[0].low.endswith(("у", "ю"))):
            return None
        phrase = self.text[parts[0].start : parts[-1].stop]
        if _LATIN.fullmatch(phrase):
            # Russian news writes foreign people in Cyrillic; Latin capitals are media ("The Times").
            return Candidate(parts[0].start, parts[-1].stop, "org", name=phrase)
        # After "заявление" the owner stands in the genitive, as after "по словам".
        genitive = window.side == "genitive" or (first > 0 and words[first - 1].low in _RELAYED_NOUNS)
        # "цитирует Хвана Чжан Епа": the person cited is the object, in the accusative (= genitive).
        cited = window.side == "relay" and self._verb is not None and self._verb.lemma in _CITING_LEMMAS
        name = _nominative_name(phrase, "gen") if genitive or cited else phrase
        for entity in reversed(self.entities):
            keys = {(entity.last or "").lower(), (entity.first or "").lower(), entity.name.lower()}
            if name.lower() in keys or (len(parts) == 1 and parts[0].low in keys):
                return Candidate(parts[0].start, parts[-1].stop, "name", entity=entity, gender=entity.gender)
        known = self._known_person(name)
        if known is not None:
            return Candidate(parts[0].start, parts[-1].stop, "name", entity=known, gender=known.gender)
        return Candidate(parts[0].start, parts[-1].stop, "name", name=name)

    def _adjective_body(self, words: list[Word], parts: list[Word]) -> Candidate | None:
        """ "решению Страсбургского суда": capitalised adjectives before an organisation head are
        the body's name, not a person's ("Страсбургский суд")."""
        if not parts or not all(_ADJECTIVE_FORM.fullmatch(p.low) for p in parts):
            return None
        index = next((k for k, w in enumerate(words) if w.start == parts[-1].start), None)
        if index is None or index + 1 >= len(words):
            return None
        head = words[index + 1]
        if self.text[parts[-1].stop : head.start].strip() or not head.text.islower():
            return None
        nominative = ORG_HEADS.get(head.low) or (head.low if head.low in ORG_NOMINATIVE_HEADS else None)
        if nominative is None:
            return None
        # "Кубинская федерация лёгкой атлетики": a lower-case genitive complement is part of the name.
        after = [(w.start, w.stop, w.low) for w in words[index + 2 : index + 5] if w.text.islower()]
        adjacent = bool(after) and self.text[head.stop : after[0][0]] == " "
        tail = genitive_complement(after, self.text) if adjacent else 0
        stop = after[tail - 1][1] if tail else head.stop
        rest = [self.text[head.stop : stop].strip()] if tail else []
        name = nominative_body([p.text for p in parts], nominative, rest)
        return Candidate(parts[0].start, stop, "org", name=name)

    def _word_candidate(self, words: list[Word], k: int, window: Window) -> Candidate | None:
        word = words[k]
        low = word.low
        if low in PRONOUNS:
            gender, number = PRONOUNS[low]
            possessive = low in ("его", "ее", "их")
            if possessive != (window.side in ("genitive", "relay")):
                return None
            return Candidate(word.start, word.stop, "pronoun", gender=gender, number=number)
        # A domain in quotation marks is read with its marks as a medium's name ("«Лента.ру»").
        in_marks = word.start > 0 and self.text[word.start - 1] in '«"“'
        if len(word.text) <= _DOMAIN_MAX and _DOMAIN.fullmatch(word.text) and not in_marks:
            return Candidate(word.start, word.stop, "org", name=word.text)
        prev = words[k - 1].low if k else ""
        on_site = prev == "на" and low in DOCUMENT_NOUNS
        # "в его заявлении": the document with its owner's possessive between.
        owned = prev in _POSSESSIVES and k >= 2 and words[k - 2].low in ("в", "во") and low in DOCUMENT_NOUNS
        if (
            on_site
            or owned
            or (
                prev in ("в", "во")
                and (low in ORG_HEADS or low in DOCUMENT_NOUNS or self._abbreviation(word))
            )
        ):
            return self._organisation(words, k, locative=True)
        # "Известия" the paper, not "известия" the news: a medium's own name needs its capital.
        media = low in MEDIA and (word.capitalized or low in GENERIC_MEDIA)
        if low in ORG_NOMINATIVE_HEADS or media or self._abbreviation(word):
            if window.side == "genitive" and low in ORG_HEADS:
                return self._organisation(words, k, locative=False)
            return self._organisation(words, k, locative=False)
        if window.side == "genitive" and low in ORG_HEADS:
            return self._organisation(words, k, locative=False)
        prefix, dash, tail = word.text.rpartition("-")
        if dash and prefix and (tail.lower() in ORG_NOMINATIVE_HEADS or tail.lower() in ORG_HEADS):
            # "PR-служба конференции", "IT-компании": a prefixed organisation head.
            found = self._organisation(words, k, locative=False)
            plural = self._verb is not None and self._verb.number == "pl" and window.side != "genitive"
            # "Интернет-компании сообщили": with a plural verb the form is a nominative plural.
            nominative = tail if plural else ORG_HEADS.get(tail.lower(), tail.lower())
            written = found.name or word.text
            name = (
                f"{prefix}-{nominative}" + written[len(word.text) :]
                if written.startswith(word.text)
                else written
            )
            return Candidate(found.start, found.stop, "org", name=name)
        return None

    def _name_at(self, pos: int) -> bool:
        """Whether a person's name starts at ``pos``."""
        index = bisect.bisect_left(self._name_starts, pos)
        return index < len(self._name_starts) and self._name_starts[index] == pos

    def _abbreviation(self, word: Word) -> bool:
        return (
            _ABBREVIATION.fullmatch(word.text) is not None
            and ROMAN_NUMERAL.fullmatch(word.text) is None
            and len(word.text) >= 2
        )

    def _organisation(self, words: list[Word], k: int, locative: bool) -> Candidate:
        """An organisation or a document: the head in the nominative and its genitive complement."""
        head = words[k]
        parts: list[str] = []
        low = head.low
        if low in DOCUMENT_NOUNS and locative:
            # "говорится в сообщении министерства": the owner speaks if named, else the document.
            if k + 1 < len(words) and (words[k + 1].low in ORG_HEADS or self._abbreviation(words[k + 1])):
                owner = self._organisation(words, k + 1, locative=False)
                return Candidate(owner.start, owner.stop, "org", name=owner.name, via_document=True)
            common = self._common_owner(words, k + 1)
            if common is not None:
                return common
            if k + 1 < len(words):
                at = bisect.bisect_left(self._role_starts, words[k + 1].start)
                if at < len(self.roles) and self.roles[at].start == words[k + 1].start:
                    # "в поздравлении президента России": the office holder in the genitive owns it.
                    role = self.roles[at]
                    return Candidate(role.start, role.stop, "role", role=role, via_document=True)
            owner_word = _POSSESSIVE_BEFORE.search(
                self.text, max(0, head.start - _POSSESSIVE_CHARS), head.start
            )
            if owner_word is not None:
                # "говорится в его телеграмме": the possessive names the owner, as "он" would.
                gender, number = _POSSESSIVES[owner_word.group("owner").lower().replace("ё", "е")]
                start, stop = owner_word.start("owner"), owner_word.end("owner")
                return Candidate(start, stop, "pronoun", gender=gender, number=number, via_document=True)
            name = DOCUMENT_NOUNS[low]
            return Candidate(head.start, head.stop, "org", name=name, document=True, via_document=True)
        elif low in ORG_NOMINATIVES:
            parts.append(ORG_NOMINATIVES[low])
        elif low in GENERIC_MEDIA and low != "сми":
            parts.append(low)
        elif self._abbreviation(head) or (head.text[:1].isupper() and low not in ORG_HEADS):
            parts.append(head.text)
        else:
            parts.append(ORG_HEADS.get(low, head.text.lower() if low in ORG_NOMINATIVE_HEADS else head.text))
        stop = head.stop
        named = _NAME_IN_MARKS.match(self.text, head.stop, head.stop + _MARKS_CHARS)
        if named is not None and (low in ORG_NOMINATIVE_HEADS or low in ORG_HEADS or low in GENERIC_MEDIA):
            # "фирма «Спейс адвентчерс»", "компания «Газпром»": the name in marks is the organisation.
            return Candidate(head.start, named.end(), "org", name=named.group("name"))
        for nxt in words[k + 1 : k + 5]:
            if self.text[stop : nxt.start].strip() or SPEECH_FORMS.get(nxt.low) or nxt.low in _FUNCTION_WORDS:
                break
            if self._name_at(nxt.start):
                break
            if low in MEDIA and low not in GENERIC_MEDIA:
                break  # "цитирует РБК российского лидера": a medium's name takes no complement
            if (
                self._abbreviation(head)
                and not nxt.text[:1].isupper()
                and nxt.low not in PLACE_GENITIVES
                and nxt.low not in MEDIUM_WORDS
            ):
                break  # "по Оценке СМИ обложка диска": a lower-case word after an acronym starts anew
            if (
                len(parts) > 1
                and parts[-1][:1].isupper()
                and not parts[-1].lower().endswith(_ADJ_GENITIVE)
                and not nxt.text[:1].isupper()
                and "-" not in nxt.text[1:-1]
            ):
                # "компания Acme выступила": a lower-case word after a proper name is no complement.
                break
            # The genitive complement: "пресс-служба министерства", "департамент здравоохранения Москвы";
            # a genitive adjective takes its noun whatever its ending ("иностранных дел").
            noun_due = len(parts) > 1 and noun_due_after(parts[-1].lower()) and nxt.text.islower()
            if (
                self._abbreviation(nxt)
                or nxt.text[:1].isupper()
                or nxt.low.endswith(_GENITIVE_ENDINGS)
                or noun_due
            ):
                parts.append(nxt.text)
                stop = nxt.stop
            else:
                break
        if (
            ORG_HEADS.get(low, low) in SPEAKING_MEDIA
            and len(parts) > 1
            and all(_LATIN.fullmatch(p) or _ABBREVIATION.fullmatch(p) for p in parts[1:])
        ):
            # "газета Le Monde", "агентство ТАСС": the capitalised name is the medium, the common
            # noun only its kind.
            parts = parts[1:]
        elif (
            ORG_HEADS.get(low, low) in GENERIC_ORG_REFERENCES
            and len(parts) > 1
            and all(_LATIN.fullmatch(p) for p in parts[1:])
        ):
            # "организация Business NZ", "компания Acme": the Latin name is the body.
            parts = parts[1:]
        name = " ".join(parts)
        if name.lower() in ("риа",) and len(parts) == 1:
            name = "РИА Новости"
        return Candidate(head.start, stop, "org", name=name)

    def find(self, windows: Sequence[Window], verb: VerbForm | None) -> Candidate | None:
        """The speaker named in the first window that names one, agreeing with the verb."""
        self._verb = verb
        windows = [self._past_marks(w) for w in windows]
        for full in windows:
            if full.side in ("after", "relay") and full.stop > full.start:
                source = self._relay_source(full)
                if source is not None:
                    return source
            if full.side == "genitive" and full.stop > full.start:
                medium = self._medium_by_kind(full)
                if medium is not None:
                    return medium
        for full in windows:
            if full.stop <= full.start:
                continue
            # Author's words name the speaker near the cue: read a bounded stretch of them.
            side = (
                "relay" if full.side == "after" and verb is not None and verb.kind == "relay" else full.side
            )
            if side == "subject":
                window = Window(full.start, min(full.stop, full.start + _WINDOW_CHARS), "before")
            elif side == "before":
                window = Window(max(full.start, full.stop - _WINDOW_CHARS), full.stop, side)
                # "В Минфине тогда указывали": the adverb before the verb is no part of its subject.
                window = Window(
                    window.start, without_trailing_adverbs(self.text, window.start, window.stop), side
                )
            else:
                window = Window(full.start, min(full.stop, full.start + _WINDOW_CHARS), side)
            every = self.candidates(window)
            if side == "before":
                # "наследником Бекенбауэра, который отшучивается: «П»": the verb is the relative
                # clause's own; its subject "который" stands for the word right before the comma.
                antecedent = self._antecedent(window, every)
                if antecedent is not None:
                    return antecedent
                # "По сообщению СМИ, присутствующие начали скандировать": the source of the whole
                # sentence is no subject of a verb that has a subject of its own after the comma.
                every = self._without_source(window, every)
            if side == "before":
                # "Лукас, который станет консультантом фильма, заявил": the relative clause between
                # the subject and its verb names no speaker; the subject stands before it.
                clause = _RELATIVE_BEFORE.search(
                    self.text, max(window.start, window.stop - _WINDOW_CHARS), window.stop
                )
                if clause is not None:
                    stop = clause.start()
                    # "Сам X, в интервью, которое ...": an aside opened before the clause goes too.
                    aside = _OPEN_ASIDE.search(self.text, max(window.start, stop - 40), stop)
                    window = Window(window.start, aside.start() if aside is not None else stop, side)
                    every = self.candidates(window)
            every = [c for c in every if not self._dative_object(c)]
            # "сообщил «Коммерсанту» директор X": the medium told something is the addressee.
            told = addressees(self.text, every)
            every = [c for c in every if c.start not in told]
            related = self._role_of_named(every) if side in ("before", "after") else None
            if related is not None and self._agrees(related, verb):
                return related
            if verb is not None and verb.kind != "document":
                # "отметил в интервью РИА Новости глава X": a document names a speaker only for "говорится".
                every = [c for c in every if not c.via_document]
            free = [c for c in every if not self._governed(c)]
            if side == "relay" and any(c.kind == "name" for c in every):
                # "цитирует заявление Мутко РИА «Новости»": the person whose words are relayed speaks,
                # even in the genitive.
                free = [c for c in every if c.kind == "name" or not self._governed(c)]
            every = free or every
            if side == "before" and verb is not None and verb.number == "pl":
                joined = self._coordinated_names(every)
                if joined is not None:
                    return joined
            found = [c for c in every if self._agrees(c, verb)]
            if not found:
                # A name's guessed gender may be wrong ("Фиделя"): a name next to the verb still speaks.
                found = [c for c in every if c.kind == "name"]
            if side == "after" and not any(c.kind in ("name", "pronoun") for c in found):
                # "— сказала комедиантка и телеведущая Эллен Дегерти": a name the finder missed.
                apposed = self._name_after_descriptor(window, found)
                if apposed is not None:
                    return apposed
                body = locative_body_after(self.text, window.start, window.stop)
                if not found and body is not None and verb is not None and verb.number == "pl":
                    # "П, поясняли в Росфиннадзоре": the body an impersonal plural verb places.
                    return Candidate(body[0], body[1], "org")
            if not found:
                opening = self._name_opening_sentence(window) if side == "before" else None
                if opening is not None:
                    return opening
                continue
            if side == "relay":
                # "цитирует РБК Путина": the person relayed speaks, not the medium.
                # "цитирует РБК российского лидера": a singular role relayed is a person too.
                persons = [
                    c
                    for c in found
                    if c.kind in ("name", "pronoun")
                    or (c.kind == "role" and c.role is not None and not getattr(c.role, "plural", False))
                ]
                found = persons or found
            if side == "before":
                found = [c for c in found if not (c.kind == "name" and c.case in _OBLIQUE_CASES)]
                if not found:
                    opening = self._name_opening_sentence(window)
                    if opening is not None:
                        return opening
                    continue
            if side == "subject":
                return found[0]
            if window.side == "before":
                # "Источник агентства в правительстве заявил": the body after "в" completes the source.
                found = [c for c in found if not self._source_place(found, c)] or found
                return self._relational(found)
            first = found[0]
            if side == "genitive":
                head = self._genitive_head(window, first)
                if head is not None:
                    return head
            chained = self._role_chain_name(found)
            if chained is not None:
                return chained
            if first.kind == "role" and len(found) > 1 and found[1].kind == "name":
                gap = self.text[first.stop : found[1].start]
                role = first.role
                if (
                    role is not None
                    and first.entity is None
                    and role.head.lower() in _RELATIONAL
                    and found[1].case == "gen"
                    and not gap.strip()
                ):
                    # "рассказала тётя Петрова": the relative in the genitive completes the descriptor.
                    name = f"{role.nominative} {self.text[found[1].start : found[1].stop]}"
                    return Candidate(first.start, found[1].stop, "role", role=role, name=name, fixed=True)
                if first.entity is not None and found[1].entity is first.entity and len(gap) <= _BIND_NEAR:
                    # "— заявил глава банка Иван Петров": the name is the mention, the role its role.
                    return found[1]
            return self._unknown_name_after_role(first)
        for window in windows:
            if window.stop <= window.start:
                continue
            if window.side == "after":
                noun = self._common_noun_after(window)
            elif window.side == "genitive":
                noun = self._common_noun_genitive(window)
            else:
                noun = self._common_noun_before(window) or self._group_before(window)
            if noun is not None:
                return noun
        return None

    def _without_source(self, window: Window, every: list[Candidate]) -> list[Candidate]:
        """The candidates outside an opening "По сообщению X," when a subject word of the verb's
        own (a noun, a participle used as one) stands between that comma and the verb."""
        source = _SOURCE_PHRASE.search(self.text, window.start, window.stop)
        if source is None:
            return every
        rest = self.text[source.end() : window.stop]
        if not any(_SUBJECT_WORD.fullmatch(word) for word in rest.split()):
            return every
        return [c for c in every if not source.start() <= c.start < source.end()]

    def _antecedent(self, window: Window, every: list[Candidate]) -> Candidate | None:
        """The person a subject "который" right before the cue verb stands for: the name or role
        ending at the comma before it, in whatever case the main clause gave it."""
        start = max(window.start, window.stop - _WINDOW_CHARS)
        clause = _RELATIVE_SUBJECT.search(self.text, start, window.stop)
        if clause is None:
            return None
        comma = clause.start()
        for candidate in reversed(every):
            if candidate.stop <= comma:
                if self.text[candidate.stop : comma].strip():
                    break  # the word before the comma is none of the candidates: read it below
                return candidate if candidate.kind in ("name", "role") else None
        word = _CAPITAL_BEFORE.search(self.text, max(window.start, comma - _MARKS_CHARS), comma)
        if word is None or not _CYRILLIC.match(word.group()):
            return None
        low = word.group().lower()
        if low in self._lower_words or low in ORG_HEADS or low in ORG_NOMINATIVE_HEADS:
            return None
        # A masculine surname in the genitive or accusative ("Бекенбауэра") loses its ending.
        name = _nominative_name(word.group(), "gen") if low.endswith(("а", "я")) else word.group()
        return Candidate(word.start(), word.end(), "name", name=name)

    def _group_before(self, window: Window) -> Candidate | None:
        """Read "Многие считают, что П" and "Ряд общественных деятелей заявил, что П": an indefinite
        pronoun, or a quantity noun with a genitive plural, opening the clause before the verb is
        the subject; the group is named as written ("многие", "ряд общественных деятелей")."""
        stop = window.stop
        words = words_of(self.text, max(window.start, stop - 80), stop)
        if not words or self.text[words[-1].stop : stop].strip():
            return None
        last = words[-1]
        if last.low in GROUP_PRONOUNS:
            start = len(words) - 1
        else:
            # Quantity noun, at most two genitive plural adjectives, then the noun.
            start = -1
            for k in range(max(0, len(words) - 4), len(words) - 1):
                between = words[k + 1 : -1]
                if words[k].low in GROUP_QUANTITY_HEADS and all(
                    w.low.endswith(_OBLIQUE_PLURAL_ADJECTIVE) for w in between
                ):
                    start = k
                    break
            if start < 0 or not last.text.islower() or not last.low.endswith(_GENITIVE_PLURAL_NOUN):
                return None
        first = words[start]
        if any(self.text[a.stop : b.start].strip() for a, b in itertools.pairwise(words[start:])):
            return None
        before = self.text[max(0, first.start - 3) : first.start].strip()
        opening = self._opens_sentence(first.start) or before in (",", "—")
        if not opening and not (start and words[start - 1].low in _OPENERS):
            return None
        phrase = self.text[first.start : last.stop]
        name = phrase[:1].lower() + phrase[1:] if first.capitalized else phrase
        return Candidate(first.start, last.stop, "role", name=name, fixed=True)

    def _past_marks(self, window: Window) -> Window:
        """An author's window cut inside «...» at a dot of a name ("цитирует «Сибирь.ру» Анну"):
        it goes on past the closing mark to the end of the sentence."""
        if window.side not in ("after", "relay") or window.stop <= window.start:
            return window
        opened = self.text.rfind("«", window.start, window.stop)
        if opened < 0 or self.text.find("»", opened, window.stop) >= 0:
            return window
        close = self.text.find("»", window.stop, window.stop + _MARKS_CHARS)
        if close < 0 or "\n" in self.text[window.stop : close]:
            return window
        end = _SENTENCE_END.search(self.text, close + 1, close + 1 + _WINDOW_CHARS)
        return Window(window.start, end.start() if end is not None else close + 1, window.side)

    def _medium_by_kind(self, window: Window) -> Candidate | None:
        """Read "по сообщению издательства Clarin", "согласно отчёту Guardian", "по данным опроса
        журнала «Итоги»": a report noun and/or a medium's kind noun opening the window, then the
        medium's own name in Latin letters or in marks; the medium speaks."""
        words = words_of(self.text, window.start, min(window.stop, window.start + 60))[:2]
        if not words or self.text[window.start : words[0].start].strip():
            return None
        k = 0
        if words[0].low.startswith(REPORT_STEMS):
            k = 1
        if k < len(words) and words[k].low in MEDIUM_WORDS:
            if k and self.text[words[0].stop : words[1].start].strip():
                return None
            k += 1
        if k == 0:
            return None
        match = _NAMED_AFTER_KIND.match(self.text, words[k - 1].stop, window.stop)
        if match is None:
            return None
        group = "italic" if match.group("italic") else "marks" if match.group("marks") else "latin"
        name = match.group(group)
        return Candidate(match.start(group), match.end(group), "org", name=name)

    def _coordinated_names(self, every: list[Candidate]) -> Candidate | None:
        """ "Анна Лис, Олег Кот и Марина сообщили": names in the nominative joined by commas and
        a final "и" are the subject of a plural verb; together they speak."""
        names = [c for c in every if c.kind in ("name", "role")]
        chain: list[Candidate] = []
        for cand in reversed(names):
            if cand.kind != "name" or cand.case not in (None, "nom"):
                break
            if chain:
                gap = self.text[cand.stop : chain[0].start].strip()
                if gap != ("и" if len(chain) == 1 else ","):
                    break
            chain.insert(0, cand)
        if len(chain) < 2 or every[-1] is not chain[-1]:
            return None
        start = chain[0].start
        # The window may open after a comma: earlier names of the list stand before it.
        index = bisect.bisect_left(self._name_starts, start) - 1
        while index >= 0:
            mention = self.names[index][0]
            if mention.case not in (None, "nom") or self.text[mention.stop : start].strip() != ",":
                break
            start = mention.start
            index -= 1
        name = self.text[start : chain[-1].stop]
        return Candidate(start, chain[-1].stop, "name", name=name, fixed=True)

    def _genitive_head(
        self, window: Window, first: Candidate | None, noun: Word | None = None
    ) -> Candidate | None:
        """Read "по словам соседки актёра": a common noun in the genitive opens the phrase and the
        person or role after it is its complement; the noun with its complement speaks. With
        ``noun`` given, only that noun is put in the nominative (the name holds it alone)."""
        if noun is not None:
            word = noun
        else:
            if first is None or first.kind not in ("role", "name"):
                # "по данным опроса ВЦИОМ": a survey's owner, a body, speaks.
                return None
            words = words_of(self.text, window.start, first.start)
            if len(words) != 1 or self.text[words[0].stop : first.start].strip():
                return None
            word = words[0]
        low = word.low
        if not word.text.islower() or len(low) < _MIN_NOUN_CHARS or low.endswith(_NOUN_LIKE):
            return None
        if low in ORG_HEADS or low.endswith(_VERBAL_GENITIVE):
            return None  # "по данным следствия Ахмад ...": a body or an action, no person's head
        if low in DETERMINERS or low in PRONOUNS or low in _FUNCTION_WORDS or low in SPEECH_FORMS:
            return None
        for ending, replacement in HEAD_GENITIVE_ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= _MIN_STEM:
                head = word.text[: len(word.text) - len(ending)] + replacement
                if head[-2:-1] in VELAR_OR_HUSHING and head.endswith("ы"):
                    head = head[:-1] + "и"  # "родственников" -> "родственники"
                if first is None:
                    return Candidate(word.start, word.stop, "role", name=head, fixed=True)
                name = f"{head} {self.text[first.start : first.stop]}"
                return Candidate(word.start, first.stop, "role", name=name, fixed=True)
        return None

    def _genitive_pair(self, head: Word, complement: Word) -> Candidate | None:
        """ "соседки пианиста" -> "соседка пианиста": both lower case, the second a genitive."""
        if not head.text.islower() or not complement.text.islower():
            return None
        if self.text[head.stop : complement.start].strip() or not complement.low.endswith(_GENITIVE_ENDINGS):
            return None
        low = complement.low
        if low in _FUNCTION_WORDS or low in PRONOUNS or low in DETERMINERS or low.endswith(_NOUN_LIKE):
            return None
        nominative = self._genitive_head(Window(head.start, complement.start, "genitive"), None, head)
        if nominative is None:
            return None
        name = f"{nominative.name} {complement.text}"
        return Candidate(head.start, complement.stop, "role", name=name, fixed=True)

    def _source_medium(self, candidate: Candidate) -> str | None:
        """ "по данным источников РИА Новости", "источник «Интерфакса»": the unnamed sources of a
        medium are reported as the medium."""
        role = candidate.role
        if role is None or role.head.lower() not in SOURCE_HEADS:
            return None
        head_words = role.text.split()
        rest = " ".join(head_words[1:])
        if rest and (rest[:1].isupper() or _LATIN.fullmatch(rest)) and self._medium_like(rest):
            return rest
        marks = _MEDIA_IN_MARKS.match(self.text, candidate.stop, candidate.stop + _MARKS_CHARS)
        if marks is not None and not head_words[1:]:
            return _medium_nominative(marks.group("name"))
        return None

    def _sources_of_medium_before(self, candidate: Candidate, pos: int, span: Span) -> Speaker | None:
        """ "По словам собеседников издания, П": unnamed sources or interlocutors of a medium named
        by its kind, in the genitive, are reported as the medium named before; in the nominative
        ("заявил источник издания") they are the subject and stay a role."""
        role = candidate.role
        if role is None or role.head.lower() not in SOURCE_HEADS | INTERLOCUTOR_HEADS:
            return None
        written = role.text.split()
        if _SOURCE_CUE_BEFORE.search(self.text, max(0, role.start - _SOURCE_CUE_CHARS), role.start) is None:
            return None
        if len(written) == 1 and role.head.lower() in INTERLOCUTOR_HEADS:
            # "по словам собеседников «Ведомостей»": the named medium after the interlocutors.
            marks = _MEDIA_IN_MARKS.match(self.text, candidate.stop, candidate.stop + _MARKS_CHARS)
            if marks is None:
                return None
            name = _medium_nominative(marks.group("name"))
            return Speaker(name=name, role=None, type="organization", mention=span)
        if len(written) < 2 or written[1].lower() not in MEDIUM_WORDS:
            return None
        return self._back_reference(pos, span, organisations=True)

    @staticmethod
    def _medium_name(name: str) -> bool:
        """Whether an organisation speaker may be a medium: not a body named by its kind
        ("полиция", "министерство юстиции") nor an acronym of a body ("МВД")."""
        first = name.split()[0] if name.split() else name
        low = first.lower()
        if low in ORG_NOMINATIVE_HEADS or low in GENERIC_ORG_REFERENCES:
            return False
        return not (_ABBREVIATION.fullmatch(first) and low not in MEDIA)

    @staticmethod
    def _medium_like(name: str) -> bool:
        """A named medium ("РИА Новости", "Reuters"), not a generic word ("источники СМИ")."""
        first = name.split()[0]
        if first.lower() in GENERIC_MEDIA:
            return False
        return (
            first.lower() in MEDIA
            or _LATIN.fullmatch(name) is not None
            or _ABBREVIATION.fullmatch(first) is not None
        )

    def _role_chain_name(self, found: list[Candidate]) -> Candidate | None:
        """Read "— заявил бывший глава X и совладелец Y Иван Петров": roles joined by "и" or a
        comma, then a name in the nominative: the name speaks, with the first role."""
        k = 0
        while k + 1 < len(found) and found[k].kind == "role" and found[k + 1].kind == "role":
            gap = self.text[found[k].stop : found[k + 1].start].strip()
            if gap not in ("и", ","):
                return None
            k += 1
        if k == 0 or k + 1 >= len(found) or found[k + 1].kind != "name":
            return None
        name = found[k + 1]
        if not self._apposed(found[k].stop, name.start) or name.case not in (None, "nom"):
            return None
        return Candidate(
            name.start, name.stop, "name", entity=name.entity, role=found[0].role, name=name.name
        )

    def _relay_source(self, window: Window) -> Candidate | None:
        """Read "сообщает X со ссылкой на газету Y": Y, named after its medium noun, is the source."""
        text = self.text
        end = _SENTENCE_END.search(text, window.start, window.stop)
        stop = end.start() if end is not None else window.stop
        match = _RELAY_SOURCE.search(text, window.start, stop)
        if match is None:
            return None
        pos = match.end()
        # Adjectives and the medium's kind come first: "на саудовскую газету", "на агентство".
        for word in words_of(text, pos, min(stop, pos + 60))[:3]:
            if text[pos : word.start].strip() or not word.text.islower():
                break
            if word.low not in MEDIUM_WORDS and not word.low.endswith(_ADJECTIVE_ACCUSATIVE):
                return None
            pos = word.stop
        index = bisect.bisect_left(self._name_starts, pos)
        if index < len(self.names) and self.names[index][0].start < stop:
            mention, entity = self.names[index]
            if not text[pos : mention.start].strip():
                return Candidate(mention.start, mention.stop, "name", entity=entity, gender=entity.gender)
        marks = _MEDIA_IN_MARKS.match(text, pos, stop)
        if marks is not None:
            return Candidate(marks.start("name"), marks.end("name"), "org", name=marks.group("name"))
        latin = _LATIN_NAME.match(text, pos + len(text[pos:stop]) - len(text[pos:stop].lstrip()), stop)
        if latin is not None:
            return Candidate(latin.start(), latin.end(), "org", name=latin.group().rstrip(" .,"))
        return None

    def _common_owner(self, words: list[Word], k: int) -> Candidate | None:
        """ "в заявлении семьи сенатора": a lower-case genitive owner of a document speaks, named in
        the nominative by the regular endings with its own complement as written."""
        if (
            k >= len(words)
            or not words[k].text.islower()
            or self.text[words[k - 1].stop : words[k].start].strip()
        ):
            return None
        word = words[k]
        if word.low in _FUNCTION_WORDS or word.low in _PREPOSITIONS:
            return None
        if word.low in MEDIUM_WORDS:
            kind = next((m for m in SPEAKING_MEDIA if word.low.startswith(m.rstrip("аеоя"))), None)
            if kind is not None:
                # "в материале издания": the medium named before, found when resolving "издание".
                return Candidate(word.start, word.stop, "org", name=kind, via_document=True)
        index = bisect.bisect_left(self._role_starts, word.start)
        if index < len(self.roles) and self.roles[index].start == word.start:
            role = self.roles[index]
            if getattr(role, "plural", False):
                # "в докладе экспертов": a group speaks, named by its role.
                return Candidate(role.start, role.stop, "role", role=role, via_document=True)
            # "в заявлении президента": a role, resolved to its holder the usual way.
            return None
        for ending, replacement in _OWNER_ENDINGS:
            if word.low.endswith(ending) and len(word.low) - len(ending) >= _MIN_STEM:
                name = _plural_nominative(word.text[: len(word.text) - len(ending)], replacement)
                stop = word.stop
                nxt = words[k + 1] if k + 1 < len(words) else None
                if (
                    nxt is not None
                    and not self.text[word.stop : nxt.start].strip()
                    and nxt.low.endswith(_GENITIVE_ENDINGS)
                    and nxt.low not in _FUNCTION_WORDS
                ):
                    name, stop = f"{name} {nxt.text}", nxt.stop
                return Candidate(word.start, stop, "role", name=name, fixed=True, via_document=True)
        return None

    def _common_noun_genitive(self, window: Window) -> Candidate | None:
        """Read "По словам очевидцев, ...": a common noun alone in the genitive names a role speaker."""
        words = words_of(self.text, window.start, min(window.stop, window.start + 60))
        # "По мнению опытных наблюдателей": plural adjectives before the noun come along.
        adjectives = 0
        while (
            adjectives < len(words) - 1
            and adjectives < 2
            and words[adjectives].low.endswith(_OBLIQUE_PLURAL_ADJECTIVE)
            and words[adjectives].low not in DETERMINERS
            and words[adjectives].low not in PRONOUNS
        ):
            adjectives += 1
        if len(words) == adjectives + 2 and not adjectives:
            # "по словам соседки пианиста": a head noun with its genitive complement.
            return self._genitive_pair(words[0], words[1])
        if len(words) != adjectives + 1 or not words[-1].text.islower():
            return None
        word = words[-1]
        for ending, replacement in GENITIVE_NOUN_ENDINGS:
            if word.low.endswith(ending) and len(word.low) - len(ending) >= _MIN_STEM:
                name = _plural_nominative(word.text[: len(word.text) - len(ending)], replacement)
                name = " ".join([*(w.low[:-1] + "е" for w in words[:adjectives]), name])
                return Candidate(words[0].start, word.stop, "role", name=name, fixed=True)
        return None

    def _common_noun_before(self, window: Window) -> Candidate | None:
        """Read "Также детектив утверждает": a lower-case noun right before the verb, opening its clause."""
        stop = window.stop
        aside = _ASIDE.search(self.text, max(window.start, stop - 40), stop)
        if aside is not None:
            # "Партии, в свою очередь, заявили": a parenthetical between the subject and its verb.
            stop = aside.start()
        words = words_of(self.text, max(window.start, stop - 60), stop)
        if not words or self.text[words[-1].stop : stop].strip():
            return None
        word = words[-1]
        if self._capitalised_group(word):
            # "Американцы сомневаются": a group noun capitalised only because it opens the sentence.
            return Candidate(word.start, word.stop, "role", name=word.low, fixed=True)
        if not word.text.islower() or len(word.low) < _MIN_NOUN_CHARS or not self._subject_noun(word):
            return None
        if len(words) > 1:
            prev = words[-2]
            gap = self.text[prev.stop : word.start]
            opener = prev.low in _ADVERBS or prev.low in _OPENERS or prev.low.endswith(_ADJECTIVE_ENDINGS)
            # An agent noun ("пианист") speaks after any word: "в том же году пианист заявил".
            agent = word.low.endswith(_AGENT_SUFFIXES)
            if gap.strip() and gap.strip() != ",":
                return None
            if not gap.strip() and not opener and not agent:
                return None
        return Candidate(word.start, word.stop, "role", name=word.text, fixed=True)

    def _capitalised_group(self, word: Word) -> bool:
        """A plural group noun ("Американцы", "Жители") written with a capital at a sentence start."""
        if not word.capitalized or word.text[1:].isupper() or not self._opens_sentence(word.start):
            return False
        if word.low in ORG_NOMINATIVE_HEADS:
            return False
        return word.low.endswith(GROUP_NOUN_ENDINGS) and self._subject_noun(word)

    def _subject_noun(self, word: Word) -> bool:
        if word.low in _ADVERBS or word.low in _FUNCTION_WORDS or word.low in SPEECH_FORMS:
            return False
        if word.low in PRONOUNS or word.low.endswith(_ADJECTIVE_ENDINGS):
            return False
        return not word.low.endswith(_NOT_NOMINATIVE)

    def _common_noun_after(self, window: Window) -> Candidate | None:
        """Read "— заявил артист.": a lower-case noun alone after the verb names a role speaker."""
        words = words_of(self.text, window.start, min(window.stop, window.start + 40))
        if not words or len(words) > 1 or self.text[window.start : words[0].start].strip():
            return None
        word = words[0]
        tail = self.text[word.stop : window.stop].strip()
        if not word.text.islower() or tail not in ("", ".", ",") or len(word.low) < _MIN_NOUN_CHARS:
            return None
        if word.low in _ADVERBS or word.low in _FUNCTION_WORDS or word.low in SPEECH_FORMS:
            return None
        if word.low.endswith(_NOT_NOMINATIVE):
            return None
        return Candidate(word.start, word.stop, "role", name=word.text, fixed=True)

    def _source_place(self, found: list[Candidate], candidate: Candidate) -> bool:
        """Whether an organisation after "в" right behind a source or interlocutor is where the
        source sits ("источник агентства в правительстве"), not the subject."""
        if candidate.kind != "org":
            return False
        return any(
            c.kind == "role"
            and c.role is not None
            and c.role.head.lower() in SOURCE_HEADS | INTERLOCUTOR_HEADS
            and _PLACE_PREPOSITION.fullmatch(self.text, c.stop, candidate.start) is not None
            for c in found
            if c.stop <= candidate.start
        )

    def _place_of_source(self, stop: int) -> str:
        """The prepositional phrase after a source ("в российских дипломатических кругах", "в МИД
        России"), up to the end of its clause or a speech verb, at most four words; else ""."""
        match = _SOURCE_PLACE.match(self.text, stop)
        if match is None:
            return ""
        words = match.group("words").split()
        kept: list[str] = []
        for word in words:
            if SPEECH_FORMS.get(word.lower()):
                break
            kept.append(word)
        if not kept:
            return ""
        return f" {match.group('prep')} {' '.join(kept)}"

    def _role_of_named(self, found: list[Candidate]) -> Candidate | None:
        """Read "Менеджер певицы Анны Беловой заявил", "— сказал адвокат Ивана Петрова": a role in
        the nominative right before a name in the genitive is that person's relation (manager,
        lawyer, son), and the role phrase with the name is the speaker, never the person."""
        feminine = self._verb is not None and self._verb.gender == "f"
        for k, (role, name) in enumerate(itertools.pairwise(found)):
            if (
                role.kind != "role"
                or role.role is None
                or name.kind != "name"
                or name.case != "gen"
                or self.text[role.stop : name.start].strip()
                or not _nominative_role_form(role.role)
                or len(role.role.text.split()) > 1
            ):
                # "Родственники журналистки Анны Политковской": a role with a complement of its own
                # has the name apposed to that complement; the descriptor stays as it is.
                continue
            if feminine and _nominative_feminine_form(self.text[name.start : name.stop]):
                # "Пресс-секретарь группы Александра Панфилова сказала": a woman's name, apposed.
                continue
            after = found[k + 2] if k + 2 < len(found) else None
            if after is not None and after.kind == "name" and after.case in (None, "nom"):
                # "Адвокат Гаева Александр Аснис сообщил": the nominative name after is the speaker.
                continue
            phrase = f"{role.role.nominative} {self.text[name.start : name.stop]}"
            return Candidate(role.start, name.stop, "role", role=role.role, name=phrase, fixed=True)
        return None

    def _relational(self, found: list[Candidate]) -> Candidate:
        """Read "Представитель Лопес сообщил": a genitive name after a role is not the speaker."""
        best = found[-1]
        if best.kind == "org" and len(found) > 1 and not best.document:
            role = found[-2]
            if (
                role.kind == "role"
                and role.role is not None
                and role.entity is None
                and getattr(role.role, "plural", False)
                and not self.text[role.stop : best.start].strip()
            ):
                # "Владельцы WFC заявили": a group named by a role with its body as the complement.
                name = f"{role.role.nominative} {self.text[best.start : best.stop]}"
                return Candidate(role.start, best.stop, "role", role=role.role, name=name, fixed=True)
        if best.kind == "name" and len(found) > 1:
            role = found[-2]
            # "Представитель Лопес": the bare relational role takes the name as its complement;
            # "сын автора бестселлеров Джеймс Бах" has its complement already, the name is apposed.
            bare = role.role is not None and len(role.role.text.split()) == 1
            relational = role.role is not None and (
                best.case == "gen" or (role.role.head in _RELATIONAL and best.case != "nom" and bare)
            )
            if (
                role.kind == "role"
                and role.role
                and relational
                and not self.text[role.stop : best.start].strip()
            ):
                name = f"{role.role.nominative} {self.text[best.start : best.stop]}"
                return Candidate(role.start, best.stop, "role", role=role.role, name=name, fixed=True)
        return best

    def _name_opening_sentence(self, window: Window) -> Candidate | None:
        """ "Бадди Макгрегор после матча заявил": a sentence opening with a name the finder missed,
        read when nothing else before a singular verb can be its subject."""
        verb = self._verb
        if verb is None or verb.number != "sg":
            return None
        span = name_opening_sentence(self.text, window.start, window.stop, verb.gender)
        if span is None:
            return None
        name = self.text[span[0] : span[1]]
        return Candidate(span[0], span[1], "name", name=name, gender=verb.gender)

    def _name_after_descriptor(self, window: Window, found: list[Candidate]) -> Candidate | None:
        """A name after the descriptor words that follow the verb, read from the shape alone."""
        gender = self._verb.gender if self._verb is not None else None
        span = name_after_descriptor(self.text, window.start, window.stop, gender)
        if span is None or any(c.start < span[1] and span[0] < c.stop for c in found):
            return None
        role = next((c.role for c in found if c.kind == "role" and c.stop <= span[0]), None)
        name = self.text[span[0] : span[1]]
        known = self._known_person(name)
        if known is not None:
            return Candidate(span[0], span[1], "name", entity=known, gender=known.gender)
        return Candidate(span[0], span[1], "name", role=role, name=name, gender=gender)

    def _unknown_name_after_role(self, candidate: Candidate) -> Candidate:
        """Read "— заявил президент фонда Тор Халворссен": a name the name finder missed, after its role."""
        if candidate.kind != "role" or candidate.entity is not None:
            return candidate
        if candidate.role is not None and getattr(candidate.role, "plural", False):
            return candidate
        start = candidate.stop
        role_words = self.text[candidate.start : candidate.stop].split()
        if role_words and role_words[-1].lower() in PLACE_GENITIVES:
            # "премьер-министра земли Гессен Фолькера Буфье": the word after "земли" is the place.
            place = _WORD_AFTER.match(self.text, start)
            start = place.end() if place is not None else start
        match = _CAPITALISED_PAIR.match(self.text, start, start + _MARKS_CHARS + 60)
        if (
            match is None
            or match.group("name").split()[0].lower() in ORG_HEADS
            or _LATIN.fullmatch(match.group("name"))
        ):
            # "специалисты школы Университета Питтсбурга": a genitive body, not a name.
            return candidate
        name = match.group("name")
        role = candidate.role
        if role is not None and role.text.split()[0].lower() != role.nominative.split()[0].lower():
            # "по словам министра обороны Эстонии Ханно Певкура": the name agrees with its role's case.
            name = _nominative_name(name, _role_case(role))
        return Candidate(match.start("name"), match.end("name"), "name", role=candidate.role, name=name)

    def _governed(self, candidate: Candidate) -> bool:
        """A name or organisation after a preposition ("в беседе с НСН") is no subject."""
        if candidate.kind not in ("name", "org", "role") or candidate.document:
            return False
        head = self.text[max(0, candidate.start - 20) : candidate.start]
        match = _LAST_WORD.search(head)
        if match is None:
            return False
        return match.group().strip().lower() in _PREPOSITIONS

    def _dative_object(self, candidate: Candidate) -> bool:
        """ "рассказали французским СМИ": an indeclinable body after an adjective in the dative
        plural is the addressee, never the speaker."""
        if candidate.kind != "org" or not self.text[candidate.start : candidate.stop].isupper():
            return False
        match = _LAST_WORD.search(self.text, max(0, candidate.start - 20), candidate.start)
        word = match.group().strip() if match is not None else ""
        return word.islower() and word.endswith(("ским", "цким", "ьным"))

    @staticmethod
    def _agrees(candidate: Candidate, verb: VerbForm | None) -> bool:
        if verb is None:
            return True
        if verb.gender in ("m", "f") and candidate.kind in ("name", "pronoun"):
            gender = candidate.gender
            if gender is not None and gender != verb.gender:
                return False
        if verb.number == "sg" and candidate.kind == "pronoun" and candidate.number == "pl":
            return False
        if verb.number == "pl" and verb.tense == "past" and candidate.kind == "name":
            # "Родственники журналистки Анны Политковской заявили": one person is no plural subject.
            return False
        return not (verb.number == "pl" and candidate.kind == "pronoun" and candidate.number == "sg")

    # ---- resolution -----------------------------------------------------------------------------
    def in_full(self, speaker: Speaker | None) -> Speaker | None:
        """The speaker with a person named by the fullest form the article gives (see ``fullest``).

        Applied once every quote is resolved, so that the look-ups while resolving keep the names
        the memory knows.
        """
        if speaker is None or speaker.type != "person":
            return speaker
        conjuncts = speaker.name.split(" и ")
        if len(conjuncts) > 1:
            # "Трамп и Путин заявили": each coordinated person by their own fullest form.
            full = " и ".join(self.fullest(c) if " " not in c else c for c in conjuncts)
            return speaker if full == speaker.name else speaker.model_copy(update={"name": full})
        full = first_name_first(self.fullest(speaker.name))
        if full == speaker.name:
            return speaker
        self._short_of[full] = speaker.name
        return speaker.model_copy(update={"name": full})

    def fullest(self, name: str) -> str:
        """The longest form of a person's name in the text that holds all the words of ``name`` in
        order, ending in the same surname: "Джанет Рено" -> "Джанет Вуд Рено", "Юсуф Рава" ->
        "Муджахид Юсуф Рава", "Вэнс" -> "Сайрус Вэнс-младший" (the guide names a speaker by the
        fullest form the article gives). A surname alone takes a first name only when the text
        gives it one first name, as two namesakes ("Билл Гейтс", "Мелинда Гейтс") are two people.
        """
        cached = self._fullest_cache.get(name)
        if cached is None:
            cached = self._fullest_cache[name] = self._find_fullest(name)
        return cached

    def _cap_index(self) -> dict[str, list[tuple[int, int]]]:
        """Capitalised words of the text by their first three folded letters, read once."""
        if self._caps is None:
            caps: dict[str, list[tuple[int, int]]] = {}
            matches = list(_CAP_WORD.finditer(self.text))
            # The keys come from a C-level map over an LRU-cached function: no Python frame per word.
            for key, span in zip(map(_cap_key, map(_GROUP, matches)), map(_SPAN, matches), strict=True):
                found = caps.get(key)
                if found is None:
                    caps[key] = [span]
                else:
                    found.append(span)
            self._caps = caps
        return self._caps

    def _name_word(self, word: str, at: int, own: set[str]) -> bool:
        """Whether a capitalised word before a surname can be part of the name: no word the text
        writes in lower case, no role, organisation or opener; at a sentence start only a first
        name or a word of the name itself."""
        low = word.lower()
        if not _CYRILLIC_WORD.fullmatch(word) or low in self._lower_words or low in _SENTENCE_OPENERS:
            return False
        if low in PRONOUNS:
            return False
        if low not in own and not is_first_name(word) and not _nominative_first_name(word):
            # A place or body before a name ("Онтарио", "Манхэттена") reads as no first name.
            return False
        if low in ORG_HEADS or low in ORG_NOMINATIVE_HEADS or low in MEDIA or role_all_cases(word):
            return False
        if _SENTENCE_START.search(self.text, max(0, at - 3), at):
            return _surname_key(word) in own or is_first_name(word) or _nominative_first_name(word)
        return True

    def _travels_with(self, word: str, follower: str) -> bool:
        """Whether every occurrence of ``word`` in the text stands right before ``follower``: a
        middle or first name travels with the rest of the name, while a place or organisation
        before a name ("президент России Владимир Путин") also stands alone elsewhere."""
        for start, stop in self._cap_index().get(_surname_key(word)[:_MIN_STEM], ()):
            if self.text[start:stop] != word:
                continue
            after = _CAP_WORD.match(self.text, stop + 1)
            if self.text[stop : stop + 1] != " " or after is None or not after.group().startswith(follower):
                return False
        return True

    def _attested(self, word: str) -> bool:
        """Whether ``word`` is written in the text, capitalised as given."""
        for start, stop in self._cap_index().get(_surname_key(word.partition("-")[0])[:_MIN_STEM], ()):
            if self.text[start:stop] == word:
                return True
        return False

    def _locative_nominative(self, name: str) -> str:
        """A capitalised body's name after "в" in the nominative: the form the text writes elsewhere
        ("Госдуме" -> "Госдума"), else the masculine reading of a consonant stem, the common case of
        body names ("Скотланд-Ярде" -> "Скотланд-Ярд", "Кремле" -> "Кремль")."""
        if " " in name or not name[:1].isupper() or _ABBREVIATION.fullmatch(name):
            return name
        low = name.lower()
        if low.endswith("ии"):
            options = [name[:-1] + "я"]
        elif low.endswith("е") and len(low) > _MIN_STEM + 1 and low[-2] in _CONSONANTS:
            stem = name[:-1]
            options = [stem, stem + "ь", stem + "а", stem + "я", stem + "о"]
        else:
            return name
        for option in options:
            if self._attested(option):
                return option
        if low.endswith("ии"):
            return options[0]
        stem = name[:-1]
        if low[-2] in _HUSHING:
            return name  # "в Думе", "в Рейхе": unsure which stem
        return stem + "ь" if low[-2] == "л" and low[-3:-2] != "л" else stem

    def _find_fullest(self, name: str) -> str:
        words = name.split()
        if not words or len(words) >= _FULLEST_MAX_WORDS or _GENERATION.search(words[-1]):
            return name
        key = _surname_key(words[-1])
        if len(key) < _MIN_STEM + 1:
            return name
        stem = key[:-1] if key[-1] in "аеиоуыэюяйь" else key
        own = {_surname_key(w) for w in words}
        given = [_surname_key(w) for w in words[:-1]]
        found: dict[tuple[str, ...], int] = {}
        # Forms with unknown words before the given name ("Али Абдалла Салех"), by how often written.
        unknown_lead: dict[tuple[str, ...], int] = {}
        for start, stop in self._cap_index().get(key[:_MIN_STEM], ()):
            token = self.text[start:stop]
            base, _, _ = token.partition("-")
            folded = _surname_key(base)
            if not folded.startswith(stem) or len(folded) > len(key) + 3:
                continue
            left: list[str] = []
            at, follower = start, base
            while len(left) + len(words) < _FULLEST_MAX_WORDS + 1:
                before = _CAP_BEFORE.search(self.text, max(0, at - 40), at)
                if before is None:
                    break
                word = before.group("word")
                if not self._name_word(word, before.start(), own) or (
                    _surname_key(word) not in own and not self._travels_with(word, follower)
                ):
                    break
                left.insert(0, word)
                at, follower = before.start(), word
            generation = _GENERATION.search(token)
            if not left and generation is None:
                continue
            form = [*left, base]
            if folded != key:
                form = to_nominative(" ".join(form)).split()
                if len(form) != len(left) + 1 or _surname_key(form[-1]) != key:
                    continue
            rest = [_surname_key(w) for w in form[:-1]]
            if key in rest or len(set(rest)) < len(rest) or not _in_order(given, rest):
                continue  # "Каримова Лолла Каримова": a surname before a name is another mention
            # Before the first word of the name only gazetteer first names join ("Тед" but not
            # "Массачусетс"); an unknown word joins only inside the name ("Джанет Вуд Рено") or
            # as the single first name of a bare surname.
            first_own = rest.index(given[0]) if given else len(rest)
            if given and first_own > 0 and generation is None:
                unknown_lead[tuple(form)] = unknown_lead.get(tuple(form), 0) + 1
            lead = 0
            while lead < first_own and not _known_first_name(form[lead]):
                lead += 1
            if not given and lead == first_own and _nominative_first_name(form[-2]):
                lead = first_own - 1  # "Мик Джаггер": one unknown first name by its ending
            form = form[lead:]
            if len(form) == 1 and generation is None:
                continue
            if generation is not None:
                form[-1] += "-младший" if generation.group("gen").lower() == "младш" else "-старший"
            found[tuple(form)] = found.get(tuple(form), 0) + 1
        repeated = [form for form, count in unknown_lead.items() if count >= _REPEATED_FORM]
        if len(repeated) == 1:
            # An unknown word written before the whole name every time and more than once is part
            # of it: "Али Абдалла Салех" twice, never "Али" alone (the travel test above).
            return " ".join(repeated[0])
        if not found:
            return name
        if not given and len({form[0] for form in found}) > 1:
            return name  # two first names for one surname: two people
        best = max(found, key=lambda form: (len(form), "-" in form[-1], found[form]))
        return " ".join(best) if len(best) > len(words) or "-" in best[-1] else name

    def resolve(self, candidate: Candidate, pos: int, verb: VerbForm | None) -> Speaker | None:
        """Turn a candidate into a Speaker: look up names, pronouns and descriptors."""
        span = _span(self.text, candidate.start, candidate.stop)
        if candidate.document:
            site = _SITE_OWNER.match(self.text, candidate.stop)
            if site is not None:
                # "в пресс-релизе, размещённом на сайте ЕСПЧ": the site's owner issued it.
                owner = site.group("owner").rstrip(".")
                owner = self._body_name(owner, candidate.start) or owner
                return Speaker(name=owner, role=None, type="organization", mention=span)
            issuer = self._issuer(candidate.stop, span)
            if issuer is not None:
                return issuer
            # "говорится в статье": an article or report without an owner is the latest speaker's.
            back = None if self._owner_follows(candidate.stop) else self._back_reference(pos, span)
            if back is not None:
                return back
            return Speaker(name=candidate.name or span.text, role=None, type="unknown", mention=span)
        if candidate.kind == "org":
            whole = self._whole_body(candidate.start, candidate.stop)
            if whole is not None and (whole.start, whole.stop) == (candidate.start, candidate.stop):
                # The same words: only a capital written mid-sentence is news ("Организации
                # Объединённых наций"); a sentence's first capital says nothing ("Власти Литвы").
                same = (candidate.name or "").lower() == whole.name.lower()
                if not same or self._opens_sentence(candidate.start) or whole.name == candidate.name:
                    whole = None
            if whole is not None and whole.name.rpartition(" ")[2].lower() not in _COUNTRY_ANAPHORS:
                # Never a body's name cut mid-way ("Всемирная организация" of "... здравоохранения");
                # "Верховный суд страны" is left to the body of that country.
                span = _span(self.text, whole.start, whole.stop)
                org = self.org_entities.setdefault(
                    whole.name.lower(), Entity(name=whole.name, type="organization")
                )
                return Speaker(name=org.name, role=None, type="organization", mention=span)
            name = candidate.name or span.text
            if name == span.text and _LOCATIVE_BEFORE.search(self.text, max(0, span.start - 4), span.start):
                # "в Скотланд-Ярде заявили": the body in the nominative.
                name = self._locative_nominative(name)
            body = self._body_name(name, candidate.start) or self._country_body(name, candidate.start)
            if body is not None:
                org = self.org_entities.setdefault(body.lower(), Entity(name=body, type="organization"))
                return Speaker(name=org.name, role=None, type="organization", mention=span)
            if name.lower() in SPEAKING_MEDIA:
                # "продолжает издание": the medium named before.
                back = self._back_reference(pos, span, organisations=True)
                if back is not None:
                    return back
            elif candidate.name is None or candidate.name == span.text or candidate.name[:1].islower():
                name = self._descriptor_phrase(candidate.start, name)
            org = self.org_entities.setdefault(name.lower(), Entity(name=name, type="organization"))
            return Speaker(name=org.name, role=None, type="organization", mention=span)
        person: Entity | None = candidate.entity
        role_name: str | None = candidate.role.nominative if candidate.role else None
        if candidate.fixed and candidate.kind == "name" and candidate.name:
            # Coordinated names speaking together ("Анна Лис и Олег Кот заявили").
            return Speaker(name=candidate.name, role=None, type="person", mention=span)
        if candidate.fixed and candidate.name:
            if candidate.name.lower() in BACK_REFERENCE_NOUNS:
                # "пишет автор": the writer quoted before.
                back = self._back_reference(pos, span)
                if back is not None:
                    return back
            if " " not in candidate.name and candidate.name.islower():
                # "пианист X ... пианист заявил": the person the same noun stood before.
                apposed = self._apposed_person(candidate.name, pos)
                if apposed is not None:
                    return Speaker(name=apposed.name, role=candidate.name, type="person", mention=span)
            name = self._descriptor_phrase(candidate.start, candidate.name)
            return Speaker(name=name, role=role_name or name, type="role", mention=span)
        if candidate.kind == "name" and person is None and candidate.name:
            # A name the name finder missed joins the memory, so "он" and its surname can find it later.
            name = self._fuller_in_text(candidate.name, candidate.start)
            parts = name.split()
            person = Entity(
                name=name,
                type="person",
                gender=verb.gender if verb else None,
                first=parts[0] if len(parts) > 1 else None,
                last=parts[-1],
            )
            if role_name:
                person.roles.append(role_name)
            if candidate.role is not None:
                # Its role's head too, so a later descriptor can tell this person holds a role.
                person.role_heads.update({candidate.role.head.lower(), candidate.role.nominative.lower()})
                self._role_holders.setdefault(candidate.role.head.lower(), []).append(person)
            self.entities.append(person)
            return Speaker(name=name, role=role_name, type="person", mention=span)
        if candidate.kind == "name" and person is not None:
            if verb is not None and verb.gender in ("m", "f") and person.gender not in (None, verb.gender):
                # "сказала Гейтс" after "Билл Гейтс ... Мелинда Гейтс": the verb tells which one.
                person = self.namesake(person, verb.gender) or person
            role_name = self._role_near(candidate.start, person)
        elif candidate.kind == "pronoun":
            gender = candidate.gender if candidate.number == "sg" else None
            if candidate.number == "pl":
                # "они" / "по их словам": the latest organisation or group that spoke.
                if self.last_group is not None and self.last_group[0] < pos:
                    known = self.last_group[1]
                    return Speaker(name=known.name, role=known.role, type=known.type, mention=span)
                return None
            person = self._latest(pos, gender or (verb.gender if verb else None))
            if person is None:
                # "По его словам" after a speaker known only by a role: that role speaks again.
                if self.last_role is not None and self.last_role[0] < pos:
                    known = self.last_role[1]
                    return Speaker(name=known.name, role=known.role, type="role", mention=span)
                return None
            role_name = person.roles[-1] if person.roles else None
        elif candidate.kind == "role" and candidate.role is not None and person is None:
            medium = self._source_medium(candidate)
            if medium is not None:
                return Speaker(name=medium, role=None, type="organization", mention=span)
            back = self._sources_of_medium_before(candidate, pos, span)
            if back is not None:
                return back
            if candidate.role.head.lower() in BACK_REFERENCE_NOUNS and candidate.role.nominative == "автор":
                back = self._back_reference(pos, span)
                if back is not None:
                    return back
            counted = self._counted(candidate)
            if counted is not None:
                # "двое юристов", "три свидетеля": a counted group, never one person named before.
                span = Span(start=counted, stop=candidate.stop, text=self.text[counted : candidate.stop])
                name = span.text[:1].lower() + span.text[1:] if self._opens_sentence(counted) else span.text
                return Speaker(name=name, role=candidate.role.nominative, type="role", mention=span)
            person = self._descriptor(candidate.role, pos)
            if person is None:
                nominative = self._descriptor_phrase(candidate.start, candidate.role.nominative)
                if candidate.role.head.lower() in SOURCE_HEADS | INTERLOCUTOR_HEADS:
                    # "источник издания в дипломатических кругах": where the source sits is part of it.
                    nominative += self._place_of_source(candidate.stop)
                return Speaker(name=nominative, role=nominative, type="role", mention=span)
        if person is None:
            return None
        return Speaker(name=person.name, role=role_name, type=person.type, mention=span)

    def genitive_person(self, speaker: Speaker, pos: int) -> Speaker:
        """A person the phrase reader found apposed in the genitive after a role ("шерифа округа
        Колфакс Эда Морриса"), in the nominative and in the memory, so "он" can find them later.

        Args:
            speaker: The person as written, with its mention.
            pos: Where the cue stands.

        Returns:
            The person by the fullest name the text gives.
        """
        name = _nominative_name(speaker.name, "gen")
        person = self.entity_named(name)
        if person is None or person.type != "person":
            parts = name.split()
            person = Entity(name=name, type="person", first=parts[0], last=parts[-1])
            self.entities.append(person)
        if speaker.role and speaker.role not in person.roles:
            person.roles.append(speaker.role)
        return Speaker(name=person.name, role=speaker.role, type="person", mention=speaker.mention)

    def _issuer(self, stop: int, span: Span) -> Speaker | None:
        """The author a participle names after a document ("в пресс-релизе, выпущенном Вэнсом",
        "в отчёте, подготовленном министерством"): a person or a body in the instrumental."""
        match = _ISSUER.match(self.text, stop)
        if match is None:
            return None
        at = match.start("owner")
        index = bisect.bisect_left(self._name_starts, at)
        if index < len(self.names) and self._name_starts[index] == at:
            entity = self.names[index][1]
            return Speaker(
                name=entity.name,
                role=entity.roles[-1] if entity.roles else None,
                type=entity.type,
                mention=span,
            )
        owner = match.group("owner")
        first = owner.split()[0]
        low = first.lower()
        if first[:1].islower():
            for ending, replacements in _INSTRUMENTAL_HEAD:
                if not low.endswith(ending):
                    continue
                for replacement in replacements:
                    nominative = low[: -len(ending)] + replacement
                    if nominative in ORG_NOMINATIVE_HEADS:
                        name = self._body_name(nominative, at) or ORG_NOMINATIVES.get(nominative, nominative)
                        return Speaker(name=name, role=None, type="organization", mention=span)
            return None
        if _LATIN.fullmatch(owner) or _ABBREVIATION.fullmatch(first):
            name = self._body_name(owner, at) or owner
            return Speaker(name=name, role=None, type="organization", mention=span)
        name = _nominative_name(owner, "ins")
        known = self._known_person(name)
        if known is not None:
            return Speaker(
                name=known.name, role=known.roles[-1] if known.roles else None, type="person", mention=span
            )
        return Speaker(name=name, role=None, type="person", mention=span)

    def _counted(self, candidate: Candidate) -> int | None:
        """Where an exact count or a share before a plural role starts ("двое юристов", "менее 3 %
        респондентов"): the group is named with it. Only a role written in the genitive plural
        after its count qualifies ("трое" + "юристов"), not "все эксперты"."""
        if (
            candidate.role is None
            or candidate.role.text.split()[0].lower() == candidate.role.nominative.split()[0]
        ):
            return None
        share = _SHARE_BEFORE.search(self.text, max(0, candidate.start - 40), candidate.start)
        if share is not None:
            return share.start()
        before = _LAST_WORD.search(self.text, max(0, candidate.start - 16), candidate.start)
        if before is not None and before.group().strip().lower() in COUNT_WORDS:
            return before.start()
        return None

    def _whole_body(self, start: int, stop: int) -> Body | None:
        """The named body holding ``start:stop``, read from its line alone (cached per line): a
        body's name never spans a line break, and the whole text's bodies are often never needed."""
        line_start = self.text.rfind("\n", 0, start) + 1
        bodies = self._line_bodies.get(line_start)
        if bodies is None:
            line_stop = self.text.find("\n", start)
            line_stop = len(self.text) if line_stop < 0 else line_stop
            bodies = Bodies(self.text, self._name_start_set, lines=(line_start, line_stop))
            self._line_bodies[line_start] = bodies
        return bodies.containing(start, stop)

    def bodies(self) -> Bodies:
        """The named bodies of the text, read on first use."""
        if self._bodies is None:
            self._bodies = Bodies(self.text, self._name_start_set)
        return self._bodies

    def _body_name(self, name: str, pos: int) -> str | None:
        """The full name of the body an organisation speaker stands for: the body named before for
        a generic noun ("организация", "ведомство", "суд"), the spelled-out name for an acronym."""
        low = name.lower()
        if low in GENERIC_ORG_REFERENCES:
            body = self.bodies().refer_back(low, pos)
            return body.name if body is not None else None
        if _ABBREVIATION.fullmatch(name) and not ROMAN_NUMERAL.fullmatch(name):
            return self.bodies().expand(name)
        return None

    def _country_body(self, name: str, pos: int) -> str | None:
        """A body named by its country's anaphor ("Верховный суд страны") is the body of the same
        kind and words named before with the country itself ("Верховный суд Чили")."""
        prefix, _, country = name.rpartition(" ")
        if country.lower() not in _COUNTRY_ANAPHORS or not prefix:
            return None
        head = prefix.split()[-1].lower()
        body = self.bodies().refer_back(head, pos)
        # The anaphoric mention is a body of its own ("Верховный суд страны"): look before it.
        while body is not None and body.name.rpartition(" ")[2].lower() in _COUNTRY_ANAPHORS:
            body = self.bodies().refer_back(head, body.start)
        full = self._descriptor_phrase(pos, name).lower()
        stem = full.rpartition(" ")[0]
        if body is None:
            if country.lower() != "страны" or head not in GENERIC_ORG_REFERENCES:
                return None  # "глава государства" is an office, not a body of a country
            return self._with_country(pos, name)
        return body.name if body.name.lower().startswith(stem + " ") else None

    def _with_country(self, pos: int, name: str) -> str | None:
        """ "Верховный суд страны" when no such body was named before: the country is the place
        that completed the latest role before it ("президент Венесуэлы" -> "Верховный суд
        Венесуэлы"), with the body's words as written."""
        index = bisect.bisect_left(self._role_starts, pos) - 1
        country = None
        while index >= 0 and pos - self.roles[index].stop <= _REACH_COUNTRY:
            role = self.roles[index]
            last = role.text.split()[-1]
            at = role.stop - len(last)
            if (
                len(role.text.split()) > 1
                and _CYRILLIC.match(last)
                and last[:1].isupper()
                and not last[1:].isupper()
                and last.lower().endswith(("ы", "и"))
                and not self._name_at(at)
            ):
                country = last
                break
            index -= 1
        if country is None:
            return None
        before: list[str] = []
        at = pos
        for word in reversed(words_of(self.text, max(0, pos - 60), pos)[-2:]):
            if self.text[word.stop : at].strip() or not _ADJECTIVE_FORM.fullmatch(word.low):
                break
            before.insert(0, word.text)  # "Верховный суд": the body's adjectives as written
            at = word.start
        return " ".join([*before, *name.split()[:-1], country])

    def _apposed_person(self, noun: str, pos: int) -> Entity | None:
        """The latest person named before ``pos`` right after a form of ``noun`` ("пианист X")."""
        stem = noun.lower()[: max(_MIN_STEM + 1, len(noun) - 1)]
        if len(stem) <= _MIN_STEM:
            return None  # no noun this short reaches here (descriptors have 4 letters or more)
        if self._before_index is None:
            # The word before every name, once: grouped by its first letters, as the stem has
            # at least that many, so a look-up reads only names after words of that start.
            self._before_index = {}
            for index, (mention, entity) in enumerate(self.names):
                before = _LAST_WORD.search(self.text, max(0, mention.start - 30), mention.start)
                if before is not None:
                    word = before.group().strip().lower()
                    self._before_index.setdefault(word[: _MIN_STEM + 1], []).append((index, word, entity))
        limit = bisect.bisect_left(self._name_starts, pos)
        bucket = self._before_index.get(stem[: _MIN_STEM + 1], [])
        k = bisect.bisect_left(bucket, limit, key=lambda item: item[0]) - 1
        while k >= 0:
            _, word, entity = bucket[k]
            if word.startswith(stem):
                return entity
            k -= 1
        return None

    def _owner_follows(self, stop: int) -> bool:
        """Whether a word that may own the document follows it ("в заявлении Нацфронта", "в письме
        министерства"): then the document is not an unowned back reference."""
        words = words_of(self.text, stop, min(len(self.text), stop + 40))
        if not words or self.text[stop : words[0].start].strip():
            return False
        word = words[0]
        if SPEECH_FORMS.get(word.low) or word.low in _FUNCTION_WORDS:
            return False
        return word.text[:1].isupper() or word.low.endswith(_GENITIVE_ENDINGS)

    def _known_person(self, phrase: str) -> Entity | None:
        """A person of the memory named ``phrase`` or by its surname, allowing a doubled consonant
        spelled single ("Шеффер" / "Шефер": two transliterations of one name in one article)."""
        key = _surname_key(phrase)
        last = _surname_key(phrase.split()[-1]) if phrase.split() else key
        if " " not in phrase and phrase[:1].isupper():
            # "Марк" after "Марк Уилсон": a first name alone stands for the one person who has it.
            named = [e for e in self._by_first.get(phrase, []) if e.type == "person" and e.last]
            # Two spellings of one surname ("бин Халифа", "бен Халифа") are one person; two surnames, two.
            if len({_CONSONANT_SKELETON.sub("", _surname_key(e.last or "")) for e in named}) == 1:
                return named[-1]
        for entity in reversed(self.entities):
            if entity.type != "person":
                continue
            if key == _surname_key(entity.name):
                return entity
            # A surname alone matches by surname; "Имя Фамилия" only a person without a first name.
            single = len(phrase.split()) == 1 or entity.first is None
            if single and entity.last and last == _surname_key(entity.last):
                return entity
        return None

    def _fuller_in_text(self, name: str, pos: int) -> str:
        """A surname alone given in full earlier in the text ("Мэйв Бинчи ... Бинчи сказала"):
        the capitalised word before the same surname is its first name."""
        if len(name.split()) != 1 or len(name) < _MIN_NOUN_CHARS:
            return name
        # A capitalised word then spaces then the name, not at a sentence start (no pattern is
        # compiled per name: see _before_name).
        for match_start, first in first_words_before(self.text, name, pos):
            low = first.lower()
            if low in self._lower_words or low in _SENTENCE_OPENERS or low in ORG_HEADS or low in PRONOUNS:
                continue
            if _LOCATIVE_BEFORE.search(self.text, max(0, match_start - 4), match_start):
                continue
            if low.endswith(_PATRONYMIC):
                # "Роальд Зиннурович X": the first name stands before the patronymic.
                given = _WORD_BEFORE.search(self.text, max(0, match_start - 30), match_start)
                if given is None:
                    continue
                return to_nominative(f"{given.group('word')} {first} {name}")
            nominative = to_nominative(f"{first} {name}").split()[0]
            if nominative == first:
                # "Соной Ованнисян": an unknown first name in the instrumental, read by its ending.
                for ending, replacement in _FIRST_NAME_INSTRUMENTAL:
                    if low.endswith(ending) and len(low) - len(ending) >= _MIN_STEM:
                        nominative = first[: len(first) - len(ending)] + replacement
                        break
                else:
                    if self._genitive_before(match_start):
                        # "26-летнего Брендана Маррокко": an agreeing genitive tells the case.
                        nominative = _foreign_nominative(first, "gen")
                    elif low.endswith(_FIRST_NAME_OBLIQUE):
                        continue
            return f"{nominative} {name}"
        return name

    def _genitive_before(self, pos: int) -> bool:
        """Whether the words right before ``pos`` govern or agree with a genitive: "по словам",
        or an adjective in -ого/-его ("26-летнего")."""
        return _GENITIVE_BEFORE.search(self.text, max(0, pos - 40), pos) is not None

    def _back_reference(self, pos: int, span: Span, organisations: bool = False) -> Speaker | None:
        """The latest speaker before ``pos`` within reach (only organisations if asked), as a
        document without owner ("в статье") or a bare medium noun ("издание") refers back to them."""
        for at, known, relayed in reversed(self.history):
            if at >= pos:
                continue
            if pos - at > _BACK_REACH:
                return None
            if known.type == "unknown" or known.name.lower() in SPEAKING_MEDIA:
                continue
            if relayed and known.type == "organization" and not organisations:
                # "передаёт ТАСС": the agency relays; a document mentioned next is someone else's.
                continue
            if organisations and known.type != "organization":
                continue
            if organisations and (
                not self._medium_name(known.name)
                or (
                    known.mention is not None
                    and _LOCATIVE_BEFORE.search(
                        self.text, max(0, known.mention.start - 4), known.mention.start
                    )
                )
            ):
                # "Издание отмечает" after "по данным полиции" or "в Скотланд-Ярде считают": a
                # medium noun stands for a medium, not for a body or a place that spoke.
                continue
            return Speaker(name=known.name, role=known.role, type=known.type, mention=span)
        return None

    def _descriptor_phrase(self, start: int, name: str) -> str:
        """Extend a descriptor to its phrase: the adjectives before it ("региональные партии",
        "по мнению опытных наблюдателей" -> "опытные наблюдатели") and a noun coordinated with
        it ("волонтёры и активисты", "Турция и ЕС")."""
        text = self.text
        words = words_of(text, max(0, start - 80), start)
        pos = start
        adjectives: list[str] = []
        for word in reversed(words):
            if len(adjectives) >= 2 or text[word.stop : pos].strip():
                break
            low = word.low
            if low in DETERMINERS or low in PRONOUNS or low in _FUNCTION_WORDS or len(low) < _MIN_NOUN_CHARS:
                break
            if low.endswith(_NOUN_LIKE) or not (word.text.islower() or self._opens_sentence(word.start)):
                break
            if low.endswith("ий") and not _ADJECTIVE_II.search(low):
                # "В ходе слушаний адвокаты": "-ий" after another letter ends a genitive plural noun.
                break
            if low.endswith(_NOMINATIVE_ADJECTIVE):
                adjectives.insert(0, low)
            elif low.endswith(_OBLIQUE_PLURAL_ADJECTIVE):
                adjectives.insert(0, low[:-1] + "е")
            else:
                break
            pos = word.start
        phrase = " ".join([*adjectives, name]) if adjectives else name
        if adjectives and phrase[:1].isupper() and not phrase[1:2].isupper():
            phrase = phrase[:1].lower() + phrase[1:]
        match = _COORDINATED.search(text, max(0, pos - 60), pos)
        if match is not None:
            other = self._coordinated(match.start("word"), match.group("word"), name)
            if other is not None:
                phrase = f"{other} и {phrase}"
        return phrase

    def _coordinated(self, start: int, word: str, name: str) -> str | None:
        """The first conjunct of "X и Y" when X is a descriptor like Y: a group role or a named body."""
        before = _LAST_WORD.search(self.text, max(0, start - 12), start)
        if before is not None and before.group().strip().lower() in _PREPOSITIONS | {"в", "во"}:
            return None
        index = bisect.bisect_left(self._role_starts, start)
        if index < len(self.roles) and self.roles[index].start == start:
            role = self.roles[index]
            return role.nominative if getattr(role, "plural", False) else None
        low = word.lower()
        if name[:1].isupper() and word[:1].isupper() and low not in _SENTENCE_OPENERS:
            # "Турция и ЕС": two named bodies speak together.
            is_name = _ABBREVIATION.fullmatch(word) is not None or _LATIN.fullmatch(word) is not None
            # A capitalised word the text never writes in lower case and that names nobody: a place or body.
            proper = low not in self._lower_words and not any(
                (e.last or e.name).lower() == low for e in self.entities
            )
            if is_name or proper or low in self.org_entities:
                return word
        return None

    def _opens_sentence(self, pos: int) -> bool:
        head = self.text[max(0, pos - 4) : pos].rstrip(' \t«"')
        return not head or head[-1] in ".!?\n"

    def _role_near(self, pos: int, entity: Entity) -> str | None:
        """The role bound to ``entity`` closest before ``pos``, else its latest role."""
        index = bisect.bisect_left(self._role_starts, pos) - 1
        while index >= 0 and pos - self.roles[index].stop < _BIND_MAX_CHARS:
            role = self.roles[index]
            if self.role_owner.get(role.start) is entity:
                return role.nominative
            index -= 1
        return entity.roles[-1] if entity.roles else None

    def _latest(self, pos: int, gender: str | None) -> Entity | None:
        """The latest person named as a subject or quoted before ``pos`` whose gender agrees;
        failing that, the latest person named at all."""
        return self._latest_in((self.subject_events, self.speakers), pos, gender) or self._latest_in(
            (self.events, self.speakers), pos, gender
        )

    @staticmethod
    def _latest_in(
        lists: tuple[list[tuple[int, Entity]], ...], pos: int, gender: str | None
    ) -> Entity | None:
        best: tuple[int, Entity] | None = None
        for events in lists:
            index = bisect.bisect_left(events, pos, key=lambda ev: ev[0]) - 1
            steps = 0
            while index >= 0 and steps < _LOOKBACK:
                at, entity = events[index]
                if entity.type == "person" and (gender is None or entity.gender in (None, gender)):
                    if best is None or at > best[0]:
                        best = (at, entity)
                    break
                index -= 1
                steps += 1
        return best[1] if best else None

    def _descriptor(self, role: RoleMention, pos: int) -> Entity | None:
        """A descriptor alone: the latest person bound to it, or for "эксперт" the latest speaker."""
        if getattr(role, "plural", False):
            # "отмечают эксперты": a group, not the last expert who spoke.
            return None
        before = _LAST_WORD.search(self.text, max(0, role.start - 12), role.start)
        words = {w.lower() for w in role.text.split()}
        if before is not None:
            words.add(before.group().strip().lower())
        if words & NEW_REFERENT_WORDS:
            # "неназванный представитель министерства", "ещё один свидетель": someone new.
            return None
        body = _NAME_IN_MARKS.match(self.text, role.stop, role.stop + _MARKS_CHARS)
        if body is not None and not any(body.group("name").lower() in r.lower() for r in self._all_roles()):
            # "главного редактора «Вести-Новости»": an office of a body no one was bound with.
            return None
        head = role.head.lower()
        nominative = role.nominative.lower()
        # "сопредседатель группы «X»": only a person bound to the office of that very body.
        holders = self._body_holders(body.group("name")) if body is not None else None
        candidates: list[tuple[int, Entity]] = []
        for events in (self.events, self.speakers):
            index = bisect.bisect_left(events, pos, key=lambda ev: ev[0]) - 1
            steps = 0
            while index >= 0 and steps < _LOOKBACK:
                at, entity = events[index]
                if (
                    entity.type == "person"
                    and (head in entity.role_heads or nominative in entity.role_heads)
                    and (holders is None or id(entity) in holders)
                ):
                    candidates.append((at, entity))
                    break
                index -= 1
                steps += 1
        if candidates:
            return max(candidates, key=lambda c: c[0])[1]
        bound = self._sole_holder(role, head, nominative)
        if bound is not None:
            return bound
        if head in GENERIC_DESCRIPTORS:
            index = bisect.bisect_left(self.speakers, pos, key=lambda ev: ev[0]) - 1
            if index >= 0 and self.speakers[index][1].type == "person":
                return self.speakers[index][1]
        if head in OFFICE_HEADS:
            holder = self._office_holder(role, head, nominative, pos)
            if holder is not None:
                return holder
        complement = role.nominative.split()[-1].lower() != head
        described = self._described(head, role.gender, role.start, pos, complement)
        if described is None and nominative == head:
            return self._speaker_in_focus(role, head, pos)
        return described

    def _speaker_in_focus(self, role: RoleMention, head: str, pos: int) -> Entity | None:
        """A bare descriptor right after a person without any role spoke, with nobody else named
        in between ("X заявил, что П1. «П2», — сказал врач"): the text describes the person in
        focus; a person whose own role differs ("министр") leaves the descriptor to someone new."""
        if head in _RELATIONAL or head in SOURCE_HEADS or head in BACK_REFERENCE_NOUNS:
            return None
        index = bisect.bisect_left(self.speakers, pos, key=lambda ev: ev[0]) - 1
        if index < 0:
            return None
        at, entity = self.speakers[index]
        if pos - at > _FOCUS_REACH or entity.type != "person" or entity.role_heads:
            return None
        verb_gender = self._verb.gender if self._verb is not None and self._verb.number == "sg" else None
        if any(g in ("m", "f") and entity.gender not in (None, g) for g in (role.gender, verb_gender)):
            return None
        lo = bisect.bisect_right(self.events, at, key=lambda ev: ev[0])
        hi = bisect.bisect_left(self.events, pos, key=lambda ev: ev[0])
        if any(other is not entity for _, other in self.events[lo:hi]):
            return None
        # Somebody else quoted since ("соседи заявляют"): the focus has moved on.
        if self.history and self.entity_named(self.history[-1][1].name) is not entity:
            return None
        return entity

    def _sole_holder(self, role: RoleMention, head: str, nominative: str) -> Entity | None:
        """The one person the whole text binds this descriptor to, before or after the quote
        ("«П», — сказал врач. Иван Петров — врач клиники"); two holders, or a descriptor of
        a relation or a source, bind nobody."""
        if head in _RELATIONAL or head in SOURCE_HEADS or head in BACK_REFERENCE_NOUNS:
            return None
        # A bare head ("врач") matches any role with it; a longer descriptor must match as a whole.
        key = head if nominative == head else nominative
        verb_gender = self._verb.gender if self._verb is not None and self._verb.number == "sg" else None
        holders = {
            id(e): e
            for e in self._role_holders.get(head, ())
            if e.type == "person" and any(h == key or h.startswith(key + " ") for h in e.role_heads)
        }
        if len(holders) != 1:
            return None
        holder = next(iter(holders.values()))
        if any(g in ("m", "f") and holder.gender not in (None, g) for g in (role.gender, verb_gender)):
            return None
        return holder

    def _all_roles(self) -> list[str]:
        """Every role bound to a person, as written in its nominative (read on first use)."""
        if self._roles_written is None:
            self._roles_written = [self._with_body(r) for r in self.roles if r.start in self.role_owner]
        return self._roles_written

    def _body_holders(self, body: str) -> set[int]:
        """The persons (by id) bound to a role written right before «``body``»."""
        out: set[int] = set()
        for role in self.roles:
            owner = self.role_owner.get(role.start)
            if owner is None:
                continue
            found = _NAME_IN_MARKS.match(self.text, role.stop, role.stop + _MARKS_CHARS)
            if found is not None and found.group("name").lower() == body.lower():
                out.add(id(owner))
        return out

    def _with_body(self, role: RoleMention) -> str:
        """A bound role's nominative with the body in «...» written right after it, if any
        ("сопредседатель группы «Экозащита!» X": the same office named again binds X)."""
        body = _NAME_IN_MARKS.match(self.text, role.stop, role.stop + _MARKS_CHARS)
        return role.nominative if body is None else f"{role.nominative} «{body.group('name')}»"

    def _described(self, head: str, gender: str | None, at: int, pos: int, complement: bool) -> Entity | None:
        """A descriptor no apposition bound ("заявил сенатор", "66-летний музыкант добавил"): the
        one person named before it who holds a narrower role ("певец" for "музыкант"), else the
        person of the headline when their roles do not clash with it; a descriptor without a
        complement in the lead re-introduces the headline's person even if no role was given.
        Two people who fit, a generic, relational or source noun: nobody."""
        if (
            head in GENERIC_DESCRIPTORS
            or head in _RELATIONAL
            or head in SOURCE_HEADS
            or head in BACK_REFERENCE_NOUNS
        ):
            return None
        verb_gender = self._verb.gender if self._verb is not None and self._verb.number == "sg" else None

        def agrees(entity: Entity) -> bool:
            return entity.type == "person" and all(
                g not in ("m", "f") or entity.gender in (None, g) for g in (gender, verb_gender)
            )

        narrower = ROLE_HYPONYMS.get(head, frozenset())
        # The person in focus: a more recent subject or speaker with no role at all may be the one
        # the descriptor means, so a role-holder further back is then no safe referent.
        latest = self._latest(pos, verb_gender or gender)
        focus_free = latest is not None and not {h for h in latest.role_heads if " " not in h}

        def safe(entity: Entity) -> Entity | None:
            return entity if latest is None or latest is entity or not focus_free else None

        if narrower:
            fits = {
                id(e): e
                for h in narrower
                for e in self._role_holders.get(h, ())
                if agrees(e) and self._first_at.get(id(e), pos) < pos
            }
            if len(fits) == 1:
                return safe(next(iter(fits.values())))
            if fits:
                return None
        main, lead_stop = self._article_person()
        if main is None or not agrees(main) or self._first_at.get(id(main), pos) >= pos:
            return None
        heads = {h for h in main.role_heads if " " not in h}
        if heads:
            return safe(main) if head in heads or heads & narrower else None
        return safe(main) if at < lead_stop and not complement else None

    def _article_person(self) -> tuple[Entity | None, int]:
        """The person the article is about, and where its lead paragraph ends: the one person the
        headline names, else the one named as a subject in the lead's first sentence."""
        if self._article is not None:
            return self._article
        title: tuple[int, int] | None = None
        lead: tuple[int, int] | None = None
        for line in _LINE.finditer(self.text):
            if not line.group().strip():
                continue
            start, stop = line.span()
            if title is None and stop - start <= _TITLE_MAX and stop < len(self.text.rstrip()):
                title = (start, stop)
                continue
            if stop - start >= _LEAD_MIN or title is None:
                lead = (start, stop)
                break
        main: Entity | None = None
        if title is not None:
            named = {id(e): e for m, e in self.person_names(*title) if e.type == "person"}
            if len(named) == 1:
                main = next(iter(named.values()))
            elif named:
                self._article = (None, 0)
                return self._article
        if main is None and lead is not None:
            end = _FIRST_SENTENCE_END.search(self.text, lead[0], lead[1])
            stop = end.start() + 1 if end is not None else lead[1]
            subjects = {
                id(e): e
                for m, e in self.person_names(lead[0], stop)
                if e.type == "person" and m.case in (None, "nom")
            }
            if len(subjects) == 1:
                main = next(iter(subjects.values()))
        self._article = (main, lead[1] if lead is not None else 0)
        return self._article

    def _office_holder(self, role: RoleMention, head: str, nominative: str, pos: int) -> Entity | None:
        """An unbound office ("министр спорта", "премьер"): the person bound to it later, else the
        person just named as a subject or speaker, else the next person named without a role."""

        def fits(entity: Entity) -> bool:
            gender_ok = not role.gender or not entity.gender or role.gender == entity.gender
            return entity.type == "person" and gender_ok

        index = bisect.bisect_left(self.events, pos, key=lambda ev: ev[0])
        # A bare head ("премьер") matches any role with it; a longer descriptor must match as a whole.
        key = head if nominative == head else nominative
        for _, entity in self.events[index:]:
            if fits(entity) and any(h == key or h.startswith(key + " ") for h in entity.role_heads):
                return entity
        recent: list[tuple[int, Entity]] = []
        for events, reach in ((self.subject_events, _OFFICE_REACH), (self.speakers, _OFFICE_SPEAKER_REACH)):
            k = bisect.bisect_left(events, pos, key=lambda ev: ev[0]) - 1
            if k >= 0 and pos - events[k][0] <= reach and fits(events[k][1]):
                recent.append(events[k])
        # A person with another kind of role ("прыгунья", "тренер") holds no office.
        holders = [r for r in recent if {h for h in r[1].role_heads if " " not in h} <= OFFICE_HEADS]
        if holders:
            return max(holders, key=lambda r: r[0])[1]
        # The person the article is about: the most often named one without a role of their own.
        counts: dict[int, int] = {}
        first_seen: dict[int, Entity] = {}
        for _, entity in self.events[index:]:
            if fits(entity) and not entity.roles:
                counts[id(entity)] = counts.get(id(entity), 0) + 1
                first_seen.setdefault(id(entity), entity)
        if not counts:
            return None
        best = max(counts, key=lambda k: counts[k])  # the first of equals: dicts keep insertion order
        return first_seen[best]

    def spoke(self, pos: int, speaker: Speaker, relayed: bool = False) -> None:
        """Record that a person spoke at ``pos`` (salience for pronouns and descriptors).

        Args:
            pos: Where the cue stands.
            speaker: Who spoke.
            relayed: Whether a relay verb named them ("передаёт ТАСС"): a medium passing on others' words.
        """
        if speaker.type == "role":
            self.last_role = (pos, speaker)
        # The head noun tells the number: "адвокаты Ивана Петрова", not "советник ... области".
        plural_role = (
            speaker.type == "role"
            and speaker.role is not None
            and speaker.role.split(maxsplit=1)[0].endswith(("ы", "и"))
        )
        if speaker.type == "organization" or plural_role:
            self.last_group = (pos, speaker)
        self.history.append((pos, speaker, relayed))
        entity = self.entity_named(speaker.name)
        if entity is not None and entity.type == "person":
            bisect.insort(self.speakers, (pos, entity), key=lambda ev: ev[0])

    def entity_named(self, name: str) -> Entity | None:
        """The person or organisation with this nominative name."""
        if len(self.entities) != self._named_size:
            # Names only change while the memory is built; afterwards entities are only added.
            # The latest entity of a name wins, as a backward scan would find it first.
            self._named = {entity.name: entity for entity in self.entities}
            self._named_size = len(self.entities)
        entity = self._named.get(self._short_of.get(name, name))
        return entity if entity is not None else self.org_entities.get(name.lower())

    def last_person_names(self, start: int, stop: int, limit: int) -> list[tuple[NameMention, Entity]]:
        """The last ``limit`` person mentions starting inside ``[start, stop)``, in text order
        (bounded work however many names the text holds)."""
        lo = bisect.bisect_left(self._name_starts, start)
        hi = bisect.bisect_left(self._name_starts, stop)
        return self.names[max(lo, hi - limit) : hi]

    def person_names(self, start: int, stop: int) -> list[tuple[NameMention, Entity]]:
        """Person mentions inside ``[start, stop)``."""
        lo = bisect.bisect_left(self._name_starts, start)
        out = []
        for mention, entity in self.names[lo:]:
            if mention.start >= stop:
                break
            out.append((mention, entity))
        return out

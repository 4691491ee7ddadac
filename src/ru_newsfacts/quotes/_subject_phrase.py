"""The speaker as the noun phrase the text gives when no person is named.

"Несколько торговых сетей объявили, что П", "Украинская сторона ..., настаивая, что П",
"— сообщило журналистам доверенное лицо актёра", "По словам полицейских, П": the speaker is the
whole phrase in the nominative, from the adjectives before its head to the genitive complements
and proper names after it ("городской суд Бостона", "родители погибшего студента"), never the
verb's objects. Only the head and its agreeing adjectives change case; complements stay as written.

Two bindings complete a bare head: "власти" is the fullest "власти X" the text gave before, and a
bare medium noun ("Как отмечает агентство") is the body the text named before with a noun of the
same kind ("агентство Reuters").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from ..data.descriptors import (
    COMPANION_GENITIVES,
    DETERMINERS,
    GROUP_NOUN_ENDINGS,
    HEAD_GENITIVE_ENDINGS,
    KIN_HEADS,
)
from ..data.months import MONTHS
from ..data.organizations import GENERIC_ORG_REFERENCES, ORG_HEADS
from ..data.speech import (
    DOCUMENT_NOUNS,
    RELATIONAL_HEADS,
    STATEMENT_NOUNS,
    VERB_FORM_ENDINGS,
    WORDING_NOUNS,
    VerbForm,
)
from ..data.spelling import y_or_i
from ..data.subject_phrases import (
    ADJECTIVE_GENITIVE_ENDINGS,
    ADJECTIVE_NOMINATIVE_ENDINGS,
    BOUND_MEDIUM_KINDS,
    CLAUSE_WORDS,
    COMMON_ACRONYMS,
    DATIVE_ENDINGS,
    FULLER_BODY_HEADS,
    NAMED_MEDIUM_HEADS,
    NEUTER_HEADS,
    NOT_HEADS,
    ORGANISATION_GROUP_HEADS,
    PHRASE_QUANTITY_HEADS,
    PREPOSITION_NOUNS,
    QUANTITY_GENITIVES,
)
from ..models import Span, Speaker, SpeakerType
from ..names._morph import first_name_readings, is_first_name
from ._raw import Window

__all__ = ["Phrase", "bound_medium", "complete_speaker", "fuller_body", "phrase_speaker"]

# A word (with inner hyphens, apostrophes, dots: "пресс-агент", "Лента.ру"), a name in guillemets,
# or a name in wiki italics (''Reuters''); bounded, possessive, so linear on any input.
_TOKEN = regex.compile(
    r"«(?P<marks>[^«»\n]{1,80}+)»|''(?P<italic>[^'\n]{1,60}+)''|[\p{L}\d]++(?:[-'’.][\p{L}\d]++)*+"
)
_REACH = 120
# Passive participles in any case ("выдвинутых", "высказанные", "озвучиваемых"): their agent
# stands in the instrumental and is the one whose words these are.
_PASSIVE_PARTICIPLE = regex.compile(r"(?:ем|им|нн|[уы]т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ых|ыми|ую)$")
# Documents (not their owners): no speaker of their own for the phrase reader.
_DOCUMENTS = frozenset(DOCUMENT_NOUNS.values()) - {"пресс-служба", "сайт", "канал", "Telegram-канал", "блог"}
# Active participles in the nominative ("освещающие", "прибывшие"): they may take an object of
# their own before the head they agree with.
_ACTIVE_PARTICIPLE = regex.compile(r"(?:ющ|ящ|ущ|ащ|вш)(?:ие|ий|ая|ее|ое)$")
# A plural active participle used as a noun ("собравшиеся", "присутствующие", "протестующие").
_PLURAL_PARTICIPLE = regex.compile(r"(?:ющ|ящ|ущ|ащ|вш)(?:ие|иеся)$")
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})
_PREPOSITIONAL_NOUN = ("е", "и")
_PLACE_WORDS = 2
# A past phase verb right before an infinitive cue ("начали скандировать").
_PHASE_BEFORE = regex.compile(
    r"(?<![\p{L}-])(?P<verb>(?:начал|стал|продолжал|принял|бросил)(?:и|а|ись|ась|ся)?+)[^\S\n]++$",
    regex.IGNORECASE,
)
_PHASE_CHARS = 20
# Statement nouns in the nominative that open words after a colon ("Комментарий X: «П»").
_OPENING_NOUNS = frozenset(noun for noun, case in STATEMENT_NOUNS.items() if case == "nom")
_MIN_ZERO_PLURAL = 4


def _organisation_word(low: str) -> bool:
    """An organisation head, or its genitive plural with no ending ("газет" of "газета")."""
    return low in ORGANISATION_GROUP_HEADS or (
        len(low) >= _MIN_ZERO_PLURAL
        and any(h.startswith(low) and len(h) == len(low) + 1 for h in ORGANISATION_GROUP_HEADS)
    )


# Genitives of the kind nouns of media and bodies ("издания", "редакции"): before a name they are
# the engine's to read, with the name as the body.
_MEDIUM_GENITIVES = frozenset(
    {"издания", "газеты", "агентства", "агенства", "телеканала", "журнала", "портала", "сайта"}
    | {"редакции", "издательства", "радиостанции", "телекомпании", "компании", "медиахолдинга"}
)
_PREPOSITION_REACH = 3
_MAX_DEPENDENTS = 5
_MAX_ADJECTIVES = 3
_MIN_HEAD = 3
_GENITIVE_NOUN = ("а", "я", "ы", "и", "ов", "ев", "ей", "ий")
_GENITIVE_NAME = ("а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой", "ых", "их", "ин", "ын")
_ALPHABETIC = regex.compile(r"\p{L}++(?:-\p{L}++)*+")
_OBLIQUE_NOUN = ("ом", "ем", "ами", "ями", "ах", "ях", "ам", "ям", "ою", "ею")
_VOWELS = "аеёиоуыэюя"
# Adjective endings of the oblique cases: a noun after such a word is oblique too ("французским
# СМИ", "гражданских прав"), whatever its own ending says.
_OBLIQUE_ADJECTIVE = ("ых", "их", "ого", "его", "ым", "им", "ому", "ему", "ую", "юю", "ом", "ем")
_SENTENCE_END = ".!?\n"
_FULLER = regex.compile(
    r"(?<!\p{L})[Вв]ласт(?:и|ей|ям|ями|ях)[^\S\n]++"
    r"(?P<tail>(?:\p{Ll}+(?:ого|его|ой|ей|ых|их)[^\S\n]++){0,2}+\p{Lu}[\p{L}-]*+)"
)
_NAMED_AFTER = regex.compile(
    r"[^\S\n]*+(?:«(?P<marks>[^«»\n]{1,60}+)»|''(?P<italic>[^'\n]{1,60}+)''"
    r"|(?P<latin>[A-Z][\w&.'’-]*+(?:[^\S\n][A-Z][\w&.'’-]*+){0,3}+)|(?P<acronym>\p{Lu}{2,}+)(?!\p{L}))"
)


class Phrase(NamedTuple):
    """A speaker's noun phrase: where it stands, its nominative and whether it is a body."""

    start: int
    stop: int
    name: str
    organisation: bool
    person: bool = False  # a person apposed in the genitive: ``name`` is that person's name as written
    role: str | None = None  # the role phrase the person is apposed to, in the nominative


class _Token(NamedTuple):
    start: int
    stop: int
    text: str  # the word, or the name inside its marks
    low: str
    marked: bool  # in guillemets or wiki italics


def _tokens(text: str, start: int, stop: int) -> list[_Token]:
    out: list[_Token] = []
    append = out.append
    for match in _TOKEN.finditer(text, start, stop):
        word = match.group()
        a, b = match.span()
        if word[0] == "«":
            word = word[1:-1]
        elif word[0] == "'":
            word = word[2:-2]
        append(_Token(a, b, word, word.lower().replace("ё", "е"), b - a != len(word)))
    return out


def _joined(text: str, a: _Token, b: _Token) -> bool:
    """Whether only spaces stand between two tokens (no punctuation, no line break)."""
    gap = text[a.stop : b.start]
    return not gap.strip() and "\n" not in gap


def _opens_sentence(text: str, pos: int) -> bool:
    head = text[max(0, pos - 4) : pos].rstrip(" \t«\"'")
    return not head or head[-1] in _SENTENCE_END


def _acronym(token: _Token) -> bool:
    return len(token.text) >= 2 and token.text.isupper() and token.text.isalpha()


@lru_cache(maxsize=4096)
def _verb_like(low: str) -> bool:
    if len(low) < 4 or low in NOT_HEADS or low.endswith(GROUP_NOUN_ENDINGS):
        return False
    return low.endswith(VERB_FORM_ENDINGS)


def _verb_agreement(low: str) -> tuple[str | None, str | None]:
    """Number and gender a finite verb form shows by its ending ("возлагала" -> sg, f)."""
    for ending, number, gender in (
        ("лись", "pl", None),
        ("лась", "sg", "f"),
        ("лось", "sg", "n"),
        ("лся", "sg", "m"),
        ("ли", "pl", None),
        ("ла", "sg", "f"),
        ("ло", "sg", "n"),
        ("л", "sg", "m"),
        ("ются", "pl", None),
        ("ятся", "pl", None),
        ("ют", "pl", None),
        ("ят", "pl", None),
        ("ут", "pl", None),
        ("ат", "pl", None),
    ):
        if low.endswith(ending):
            return number, gender
    return "sg", None


def _adjective(low: str, number: str | None, gender: str | None) -> bool:
    if low in NOT_HEADS or low in DETERMINERS or len(low) < 4:
        return False
    if number == "pl":
        return low.endswith(ADJECTIVE_NOMINATIVE_ENDINGS["pl"])
    if number == "sg":
        keys = (gender,) if gender is not None else ("m", "f", "n")
        return any(low.endswith(ADJECTIVE_NOMINATIVE_ENDINGS[k]) for k in keys)
    return any(low.endswith(e) for e in ADJECTIVE_NOMINATIVE_ENDINGS.values())


def _any_adjective(low: str) -> bool:
    return any(low.endswith(e) for e in ADJECTIVE_NOMINATIVE_ENDINGS.values())


def _head(text: str, token: _Token, number: str | None, gender: str | None) -> bool:
    """Whether a word may head a subject agreeing with a verb of this number and gender."""
    low = token.low
    if token.marked or low in NOT_HEADS or low in CLAUSE_WORDS or not _ALPHABETIC.fullmatch(token.text):
        return False
    if low in PHRASE_QUANTITY_HEADS:
        return True
    if _acronym(token):
        return True
    if token.text[:1].isupper() and not _opens_sentence(text, token.start):
        return False  # a name: the engine's own finders read names
    if not token.text[1:].islower() or len(low) < _MIN_HEAD or _verb_like(low):
        return False
    if low.endswith(_OBLIQUE_NOUN) or low.endswith(_OBLIQUE_ADJECTIVE):
        return False
    if number == "pl":
        if _PLURAL_PARTICIPLE.search(low) is not None:
            return True  # a participle as a noun: "собравшиеся", "присутствующие"
        return low.endswith(("ы", "и", "ья")) and not low.endswith(("ии", "ой", "ей"))
    if any(low.endswith(ADJECTIVE_NOMINATIVE_ENDINGS[k]) for k in ("m", "f", "n")):
        return False
    last = low[-1]
    kinds = {
        "m": last not in _VOWELS,  # a consonant or "ь": "суд", "представитель"
        "f": last in "аяь",
        "n": last in "оеё",
    }
    if number == "sg" and gender is not None:
        return kinds.get(gender, False)
    return any(kinds.values()) and not low.endswith(("ы", "и"))


def _first_name(token: _Token) -> bool:
    """A first name in the nominative ("Дмитрий"): it opens a name apposed to the phrase."""
    if not token.text[:1].isupper() or token.marked or not is_first_name(token.text, allow_common=False):
        return False
    return any(r.case == "nom" for r in first_name_readings(token.text))


def _undeclined_full_name(tokens: Sequence[_Token]) -> bool:
    """Two capitalised Cyrillic words in a row, one of them with no genitive ending ("Ву Цзиньсу"):
    a full name in the nominative apposed to the phrase, not its genitive complement."""
    for pair in itertools.pairwise(tokens):
        cyrillic = all(t.text[:1].isupper() and not t.marked and not t.text.isascii() for t in pair)
        names = cyrillic and not any(_acronym(t) for t in pair)
        if names and not all(t.low.endswith(_GENITIVE_NAME) for t in pair):
            return True
    return False


def _counted(token: _Token) -> bool:
    """A word after a quantity word, whatever its ending ("ряд газет": a genitive plural in zero)."""
    low = token.low
    return (
        token.text.islower()
        and _ALPHABETIC.fullmatch(token.text) is not None
        and low not in NOT_HEADS
        and low not in CLAUSE_WORDS
    )


def _dependent(token: _Token) -> bool:
    """A genitive complement or a proper name after the head ("погибшего студента", "Бостона")."""
    if token.marked or _acronym(token):
        return True
    low = token.low
    if low in NOT_HEADS or low in CLAUSE_WORDS or not _ALPHABETIC.fullmatch(token.text):
        return False
    if token.text[:1].isupper():
        return True  # a declined name ("Бостона"), a Latin one ("Heritage Auctions"), "Лопес"
    if _verb_like(low) or low.endswith(_OBLIQUE_NOUN):
        return False
    return low.endswith(ADJECTIVE_GENITIVE_ENDINGS) or low.endswith(_GENITIVE_NOUN)


# A man's or a woman's name in the genitive: the first name ends in a vowel of the genitive
# ("Эда", "Игоря", "Анны", "Марии"), the surname in one too ("Гонзалеса", "Беловой").
_FIRST_GENITIVE = ("а", "я", "ы", "и")
_SURNAME_GENITIVE = ("а", "я", "ой", "ей")
_ADJECTIVE_LIKE = ("ого", "его", "ой", "ей", "ых", "их")


def _relational_genitives() -> frozenset[str]:
    """The genitive singular of the nouns that take a person in the genitive ("адвоката",
    "пресс-секретаря", "матери"): after them a name is the relative or client, not the speaker."""
    out = {"матери", "дочери"}
    for noun in RELATIONAL_HEADS | KIN_HEADS:
        if noun.endswith("ь"):
            out.add(noun[:-1] + "я")
        elif noun.endswith(("а", "я")):
            out.update({noun[:-1] + "ы", noun[:-1] + "и"})
        else:
            out.add(noun + "а")
    return frozenset(out) | COMPANION_GENITIVES


_RELATIONAL_GENITIVES = _relational_genitives()


def _apposed_person(rest: Sequence[_Token]) -> tuple[_Token, _Token] | None:
    """The two capitalised words in the genitive closing a role's complements ("шерифа округа
    Колфакс Эда Морриса"): a person apposed to the role, even when the first name is unknown;
    an adjective ("Нижнего Тагила"), a body ("Фонда Сороса") or an undeclined word is no name."""
    if len(rest) < 2:
        return None
    first, last = rest[-2], rest[-1]
    for token in (first, last):
        if (
            token.marked
            or not token.text[:1].isupper()
            or not token.text[1:].islower()
            or token.text.isascii()
            or not _ALPHABETIC.fullmatch(token.text)
            or "-" in token.text
        ):
            return None
    if (
        first.low in ORG_HEADS
        or first.low.endswith(_ADJECTIVE_LIKE)
        or not first.low.endswith(_FIRST_GENITIVE)
    ):
        return None
    if last.low in ORG_HEADS or not last.low.endswith(_SURNAME_GENITIVE):
        return None
    return first, last


def _name(text: str, tokens: Sequence[_Token], head: int) -> Phrase:
    """The phrase as written, the generic noun of a named medium dropped ("агентство Reuters")."""
    start, stop = tokens[0].start, tokens[-1].stop
    head_low = tokens[head].low
    rest = tokens[head + 1 :]
    named = bool(rest) and all(t.marked or _acronym(t) or t.text.isascii() for t in rest)
    medium = head_low in NAMED_MEDIUM_HEADS and bool(rest) and (rest[0].marked or rest[0].text[:1].isupper())
    if medium or (head_low in GENERIC_ORG_REFERENCES and named):
        # "британская газета The Times", "агентство ТАСС": the name is the medium, the noun its kind.
        return Phrase(rest[0].start, stop, " ".join(t.text for t in rest), True)
    # Guillemets stay as written ("корреспондент телеканала «112 Украина»"), wiki italics go.
    words = [text[t.start : t.stop].replace("''", "") if t.marked else t.text for t in tokens]
    first = tokens[0]
    if (
        first.text[:1].isupper()
        and first.text[1:].islower()
        and not first.marked
        and not first.text.isascii()
    ):
        words[0] = first.text[:1].lower() + first.text[1:]
    nouns = tokens[head:] if head_low in PHRASE_QUANTITY_HEADS else tokens[head : head + 1]
    organisation = any(_acronym(t) or _organisation_word(t.low) for t in nouns)
    return Phrase(start, stop, " ".join(words), organisation)


def _lone_person(tokens: Sequence[_Token], head: int, number: str | None) -> bool:
    """A singular person noun with no complement ("25-летняя девушка"): a descriptor of someone
    named before, which the engine's own descriptor binding reads, not a speaker of its own."""
    low = tokens[head].low
    return (
        number == "sg"
        and head == len(tokens) - 1
        and low not in ORGANISATION_GROUP_HEADS
        and low not in NAMED_MEDIUM_HEADS
        and not _acronym(tokens[head])
    )


def _adverbial(run: Sequence[_Token], stop: int) -> bool:
    """Whether the words before a subject are adverbials only: prepositional groups, dates,
    particles ("В мае", "После встречи", "27 декабря 2013 года", "Однако позднее")."""
    since_preposition = _PREPOSITION_REACH + 1
    for token in run[:stop]:
        since_preposition += 1
        if token.low in CLAUSE_WORDS or token.low in PREPOSITION_NOUNS:
            since_preposition = 0
        elif token.low in NOT_HEADS or token.text[:1].isdigit() or token.low in MONTHS:
            continue
        elif since_preposition > _PREPOSITION_REACH:
            return False
    return True


def _phrase_start(text: str, run: Sequence[_Token], head: int, number: str | None, gender: str | None) -> int:
    """Where the phrase of ``run[head]`` starts: its agreeing adjectives, and an active participle
    with its own object before them ("освещающие матч журналисты")."""

    def adjectives(first: int) -> int:
        while (
            first > 0
            and head - first < _MAX_ADJECTIVES + 2
            and _adjective(run[first - 1].low, number, gender)
            and (run[first - 1].text.islower() or _opens_sentence(text, run[first - 1].start))
        ):
            first -= 1
        return first

    first = adjectives(head)
    if first >= 2:
        participle, object_ = run[first - 2], run[first - 1]
        if (
            _ACTIVE_PARTICIPLE.search(participle.low) is not None
            and _adjective(participle.low, number, gender)
            and (participle.text.islower() or _opens_sentence(text, participle.start))
            and object_.text.islower()
            and object_.low not in NOT_HEADS
            and object_.low not in CLAUSE_WORDS
            and not _any_adjective(object_.low)
        ):
            first = adjectives(first - 2)
    return first


def _heads_run(text: str, run: Sequence[_Token], h: int, number: str | None, gender: str | None) -> bool:
    """Whether ``run[h]`` heads the subject: it agrees with the verb, everything after it is its
    complement, and only adjectives or adverbials stand before it ("Жителей страны предупредили":
    "страны" is the complement of an object, no subject)."""
    if not _head(text, run[h], number, gender):
        return False
    before = run[h - 1].low if h else ""
    if before.endswith(_OBLIQUE_ADJECTIVE) or before in CLAUSE_WORDS or before in PREPOSITION_NOUNS:
        return False  # "гражданских прав", "в законе", "в ходе допроса": an oblique noun
    rest = run[h + 1 :]
    if number == "pl" and _place_phrase(rest):
        rest = rest[:-2]  # "украинцы в зале": where the group is belongs to its name
    quantity = run[h].low in PHRASE_QUANTITY_HEADS
    if len(rest) > _MAX_DEPENDENTS or not all(_dependent(t) or (quantity and _counted(t)) for t in rest):
        return False
    if any(_first_name(t) for t in rest) or _undeclined_full_name(rest):
        return False  # "пресс-секретарь Путина Дмитрий Песков": the name is apposed, the engine's
    first = _phrase_start(text, run, h, number, gender)
    j = first
    while j > 0 and run[j - 1].low.endswith(ADJECTIVE_GENITIVE_ENDINGS):
        j -= 1  # "несколько розничных торговых сетей": the quantity word's complement
    if j > 0 and run[j - 1].low in PHRASE_QUANTITY_HEADS:
        first = j - 1
    return _adverbial(run, first)


def _place_phrase(rest: Sequence[_Token]) -> bool:
    """Whether the words after a plural head end in "в/на" and one noun in the prepositional
    ("в зале", "на площади"): the place that tells which group is meant."""
    if len(rest) < _PLACE_WORDS:
        return False
    preposition, noun = rest[-2], rest[-1]
    return (
        preposition.low in _PLACE_PREPOSITIONS
        and noun.text.islower()
        and _ALPHABETIC.fullmatch(noun.text) is not None
        and noun.low.endswith(_PREPOSITIONAL_NOUN)
        and noun.low not in NOT_HEADS
        and not _any_adjective(noun.low)
    )


def _before(text: str, start: int, stop: int, number: str | None, gender: str | None) -> Phrase | None:
    """The subject phrase ending right before the verb at ``stop``."""
    phase = _PHASE_BEFORE.search(text, max(start, stop - _PHASE_CHARS), stop)
    if phase is not None:
        # "присутствующие начали скандировать": the phase verb before the infinitive agrees.
        stop = phase.start()
        number = "pl" if phase.group("verb").lower().endswith(("и", "ись")) else "sg"
        gender = None
    tokens = _tokens(text, max(start, stop - _REACH), stop)
    if not tokens or text[tokens[-1].stop : stop].strip():
        return None
    run = [tokens[-1]]
    for token in reversed(tokens[:-1]):
        if not _joined(text, token, run[0]):
            break
        run.insert(0, token)
    i = next((h for h in range(len(run)) if _heads_run(text, run, h, number, gender)), -1)
    if i < 0:
        return None
    head = i
    # "ряд СМИ", "несколько торговых сетей": a quantity word before the noun heads it.
    j = head - 1
    while j >= 0 and run[j].low.endswith(ADJECTIVE_GENITIVE_ENDINGS) and head - j <= _MAX_ADJECTIVES:
        j -= 1
    if j >= 0 and run[j].low in PHRASE_QUANTITY_HEADS and run[head].low not in PHRASE_QUANTITY_HEADS:
        head = j
    first = _phrase_start(text, run, head, number, gender)
    if first and run[first - 1].low in CLAUSE_WORDS:
        return None  # "В законе «...» сказано": the object of a preposition is no subject
    if first == head and run[head].low in PHRASE_QUANTITY_HEADS and head == len(run) - 1:
        return None  # "несколько" alone is no speaker
    if _lone_person(run[first:], head - first, number):
        return None
    return _name(text, run[first:], head - first)


def _after(text: str, start: int, stop: int, number: str | None, gender: str | None) -> Phrase | None:
    """The subject phrase after the verb ("— сообщило журналистам доверенное лицо актёра")."""
    tokens = _tokens(text, start, min(stop, start + _REACH))
    if not tokens or text[start : tokens[0].start].strip(" \t"):
        return None
    end = len(tokens)
    for k in range(1, len(tokens)):
        if not _joined(text, tokens[k - 1], tokens[k]):
            end = k
            break
    tokens = tokens[:end]
    k = 0
    while k < len(tokens) and (tokens[k].low in NOT_HEADS or tokens[k].low.endswith(DATIVE_ENDINGS)):
        if tokens[k].text[:1].isupper():
            return None
        k += 1
    first = k
    while k < len(tokens) and _adjective(tokens[k].low, number, gender) and tokens[k].text.islower():
        k += 1
    if k >= len(tokens) or k - first > _MAX_ADJECTIVES or not _head(text, tokens[k], number, gender):
        return None
    if tokens[k].text[:1].isupper():
        return None
    head = k
    rest = tokens[head + 1 :]
    if len(rest) > _MAX_DEPENDENTS or not all(_dependent(t) for t in rest):
        return None
    if any(_first_name(t) for t in rest) or _undeclined_full_name(rest):
        return None
    if _lone_person(tokens[first:], head - first, number):
        return None
    return _name(text, tokens[first:], head - first)


def _nominative_adjective(low: str, gender: str) -> str | None:
    if gender == "pl":
        return low[:-2] + "ие" if low.endswith("их") else low[:-2] + "ые" if low.endswith("ых") else None
    if gender == "n":
        return low[:-3] + "ое" if low.endswith("ого") else low[:-3] + "ее" if low.endswith("его") else None
    if gender == "f":
        return low[:-2] + "ая" if low.endswith("ой") else low[:-2] + "яя" if low.endswith("ей") else None
    return None  # "-ого" of a masculine is "-ый" or "-ой": the stress decides, unwritten


def _genitive(text: str, start: int, stop: int) -> Phrase | None:
    """The owner after "по словам" in the nominative ("полицейских" -> "полицейские")."""
    tokens = _tokens(text, start, min(stop, start + _REACH))
    if not tokens or text[start : tokens[0].start].strip(" \t,"):
        return None
    for k in range(1, len(tokens)):
        if not _joined(text, tokens[k - 1], tokens[k]):
            tokens = tokens[:k]
            break
    if text[tokens[-1].stop : stop].strip():
        return None
    k = 0
    while (
        k < len(tokens) - 1
        and tokens[k].text.islower()
        and tokens[k].low.endswith(ADJECTIVE_GENITIVE_ENDINGS)
    ):
        if tokens[k].low in NOT_HEADS or len(tokens[k].low) < 4:
            return None
        k += 1
    head = tokens[k]
    low = head.low
    if not head.text.islower() or low in NOT_HEADS or low in CLAUSE_WORDS or len(low) < _MIN_HEAD:
        return None
    rest = tokens[k + 1 :]
    if len(rest) > _MAX_DEPENDENTS or not all(_dependent(t) for t in rest):
        return None
    nominative: str | None = None
    gender = "m"
    kind = low.rpartition("-")[2]
    person = _apposed_person(rest) if kind not in _MEDIUM_GENITIVES else None
    # "адвоката семьи Эда Морриса": a relation's name is the client's, not the speaker's.
    related = any(t.low in _RELATIONAL_GENITIVES for t in tokens[: len(tokens) - 2])
    if person is not None and (related or _organisation_word(low)):
        person = None
    if person is not None:
        rest = rest[:-2]  # the role's own complements, the person apposed after them
    elif rest and (rest[0].marked or rest[0].text[:1].isupper()) and (kind in _MEDIUM_GENITIVES or not k):
        return None  # "по данным интернет-издания Techcrunch": the engine reads named bodies
    if low in QUANTITY_GENITIVES:
        nominative, gender = QUANTITY_GENITIVES[low], "q"
    elif low.endswith(("ых", "их")) and not rest:
        nominative, gender = _nominative_adjective(low, "pl"), "pl"  # "полицейских"
    elif low in NEUTER_HEADS and low.endswith(("а", "я")):
        nominative, gender = low[:-1] + ("о" if low.endswith("а") else "е"), "n"
    elif low.endswith("ии"):
        nominative, gender = low[:-1] + "я", "f"  # "полиции" -> "полиция"
    elif low.endswith("ия"):
        nominative, gender = low[:-1] + "е", "n"  # "управления" -> "управление"
    else:
        for ending, replacement in HEAD_GENITIVE_ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= _MIN_HEAD:
                nominative = low[: len(low) - len(ending)] + replacement
                if nominative.endswith("ы"):
                    nominative = nominative[:-1] + y_or_i(nominative[:-1])  # "правозащитники"
                plural = replacement.endswith(("ы", "и"))
                gender = "pl" if plural else "f" if replacement.endswith("а") else "m"
                break
    if nominative in _DOCUMENTS:
        return None  # "согласно опубликованной декларации": a document reports, the engine reads it
    if nominative is None or (person is None and not k and not rest and gender not in ("q", "pl")):
        return None  # a bare singular noun is the engine's own reading
    adjectives: list[str] = []
    for token in tokens[:k]:
        if gender == "q":
            return None
        adjective = _nominative_adjective(token.low, gender)
        if adjective is None:
            return None
        adjectives.append(adjective)
    words = [*adjectives, nominative, *(t.text for t in rest)]
    if person is not None and (
        gender in ("q", "pl") or (gender == "f" and person[1].low.endswith(("а", "я")))
    ):
        return None  # a group has no one person apposed to it, a woman's noun no man's name
    if person is not None:
        # "По словам шерифа округа Колфакс Эда Морриса": the person speaks, the role describes them.
        first, last = person
        return Phrase(first.start, last.stop, f"{first.text} {last.text}", False, True, " ".join(words))
    organisation = nominative in ORGANISATION_GROUP_HEADS
    return Phrase(tokens[0].start, tokens[-1].stop, " ".join(words), organisation)


def _finite_verb(text: str, start: int, stop: int) -> tuple[int, str | None, str | None] | None:
    """The first finite verb of a clause ("Японская сторона возлагала ..."): its start, number, gender."""
    for token in _tokens(text, start, min(stop, start + _REACH)):
        if token.marked or not token.text.islower():
            continue
        if _verb_like(token.low) and not token.low.endswith(("ть", "ться", "чь")):
            number, gender = _verb_agreement(token.low)
            return token.start, number, gender
    return None


def _agent(text: str, tokens: Sequence[_Token], stop: int) -> Phrase | None:
    """The agent of a passive participle in the nominative ("выдвинутых участниками митинга" ->
    "участники митинга"): plural instrumentals and masculine "-ом" only, the rest is ambiguous."""
    k = 0
    adjectives: list[str] = []
    while k < len(tokens) - 1 and tokens[k].text.islower() and tokens[k].low.endswith(("ыми", "ими")):
        adjectives.append(tokens[k].low[:-3] + ("ые" if tokens[k].low.endswith("ыми") else "ие"))
        k += 1
    if k >= len(tokens) or text[tokens[-1].stop : stop].strip():
        return None
    head, rest = tokens[k], tokens[k + 1 :]
    low = head.low
    if not head.text.islower() or low in NOT_HEADS or not all(_dependent(t) for t in rest):
        return None
    if low.endswith("ами") and len(low) > _MIN_HEAD + 2:
        nominative = low[:-3] + y_or_i(low[:-3])
    elif low.endswith("ями") and len(low) > _MIN_HEAD + 2:
        nominative = low[:-3] + "и"
    elif low.endswith("ом") and not adjectives and len(low) > _MIN_HEAD + 1 and low[-3] not in _VOWELS:
        nominative = low[:-2]
    else:
        return None
    words = [*adjectives, nominative, *(text[t.start : t.stop] if t.marked else t.text for t in rest)]
    organisation = _organisation_word(nominative)
    return Phrase(tokens[0].start, tokens[-1].stop, " ".join(words), organisation)


def _owner_of_wording(text: str, start: int, stop: int) -> Phrase | None:
    """Whose words follow a statement noun and a colon: "Комментарий шведского телевидения: «П»"
    (the owner in the genitive), "Среди требований, выдвинутых участниками митинга: «П»" (the
    agent of a passive participle)."""
    tokens = _tokens(text, max(start, stop - _REACH), stop)
    at = next(
        (
            k
            for k in range(len(tokens) - 1, -1, -1)
            if tokens[k].low in WORDING_NOUNS or tokens[k].low in _OPENING_NOUNS
        ),
        None,
    )
    if at is None or at == len(tokens) - 1:
        return None
    after = tokens[at + 1 :]
    if _PASSIVE_PARTICIPLE.search(after[0].low) is not None and len(after) > 1:
        return _agent(text, after[1:], stop)
    if not _joined(text, tokens[at], after[0]):
        return None
    return _genitive(text, after[0].start, stop)


def phrase_speaker(text: str, windows: Sequence[Window], verb: VerbForm | None) -> Phrase | None:
    """The speaker's noun phrase in the author's words around a cue, when it is a common noun group.

    Args:
        text: The whole text.
        windows: The cue's windows, as the engine built them.
        verb: The cue's verb form, if the cue is a verb.

    Returns:
        The phrase, or None when no window holds one.
    """
    if verb is not None and verb.kind == "document":
        return None  # "говорится в X": the engine reads documents and their owners
    number = verb.number if verb is not None else None
    gender = verb.gender if verb is not None else None
    for window in windows:
        if window.stop <= window.start:
            continue
        phase_from = max(window.start, window.stop - _PHASE_CHARS)
        infinitive = (
            window.side == "before"
            and number is None
            and _PHASE_BEFORE.search(text, phase_from, window.stop) is not None
        )
        if (window.side == "before" and number is not None) or infinitive:
            # An infinitive after a phase verb takes that verb's number ("начали скандировать").
            found = _before(text, window.start, window.stop, number, gender)
        elif window.side == "subject" or (
            window.side == "before" and verb is not None and verb.tense == "gerund"
        ):
            finite = _finite_verb(text, window.start, window.stop)
            if finite is None:
                continue
            found = _before(text, window.start, finite[0], finite[1], finite[2])
            if found is not None and text[window.start : found.start].count(",") > 0:
                found = None  # the subject of another clause
        elif window.side == "after" and number is not None:
            found = _after(text, window.start, window.stop, number, gender)
        elif window.side == "genitive":
            found = _genitive(text, window.start, window.stop)
        elif window.side == "before":
            found = _owner_of_wording(text, window.start, window.stop)
        else:
            continue
        if found is not None:
            return found
    return None


def fuller_body(text: str, name: str, pos: int) -> str | None:
    """The fullest form of a bare body ("власти") the text gave before ``pos`` ("власти Канады").

    Args:
        text: The whole text.
        name: The speaker's name as found.
        pos: Where the cue stands.

    Returns:
        "власти X" for the latest "власти X" before ``pos``, or None.
    """
    if name.lower() not in FULLER_BODY_HEADS:
        return None
    latest = None
    for match in _FULLER.finditer(text, 0, pos):
        latest = match
    if latest is None:
        return None
    return f"{name.lower()} {latest.group('tail')}"


def bound_medium(text: str, noun: str, pos: int) -> str | None:
    """The body a bare medium noun refers back to: "Агентство Reuters сообщило ... Как отмечает
    агентство" -> "Reuters"; the noun before the name must be of the same kind.

    Args:
        text: The whole text.
        noun: The bare noun ("агентство", "издание").
        pos: Where the noun stands.

    Returns:
        The latest such name before ``pos``, or None.
    """
    stems = BOUND_MEDIUM_KINDS.get(noun.lower())
    if stems is None:
        return None
    best: tuple[int, str] | None = None
    low = text[:pos].lower()
    for stem in stems:
        at = low.rfind(stem)
        while at >= 0:
            if at == 0 or not low[at - 1].isalpha():
                end = at + len(stem)
                while end < pos and text[end].isalpha():
                    end += 1
                named = _NAMED_AFTER.match(text, end, pos)
                if named is not None:
                    value = next(g for g in named.groups() if g is not None).rstrip(".")
                    if best is None or at > best[0]:
                        best = (at, value)
                    break
            at = low.rfind(stem, 0, at)
    return best[1] if best is not None else None


def _words_of_name(name: str) -> list[str]:
    return name.lower().replace("ё", "е").replace("«", "").replace("»", "").split()


def _common(name: str) -> bool:
    return not name[:1].isupper() or name.lower() in COMMON_ACRONYMS


def _common_extended(name: str, found: str, mention: Span | None, phrase: Phrase) -> bool:
    """Whether the phrase ``name`` is the common noun ``found`` with more words around it ("ряд
    СМИ" of "СМИ", "городской суд Бостона" of "суд Бостона"), or the engine read only a word of
    the phrase ("актёр" of "доверенное лицо актёра"); a proper name found stays ("Талибан")."""
    if not _common(found):
        return False
    longer, shorter = _words_of_name(name), _words_of_name(found)
    inside = mention is not None and phrase.start <= mention.start and mention.stop <= phrase.stop
    if inside and len(longer) > len(shorter):
        return True  # the engine read a word of the phrase as its head
    if inside and mention is not None and found.lower() == mention.text.lower() and name != found:
        return True  # the engine kept an oblique form as written ("организаторов")
    return len(longer) > len(shorter) and all(w in longer for w in shorter)


def complete_speaker(
    text: str, windows: Sequence[Window], verb: VerbForm | None, pos: int, speaker: Speaker | None
) -> Speaker | None:
    """A speaker the engine left unnamed or bare, completed from the author's words.

    Args:
        text: The whole text.
        windows: The cue's windows.
        verb: The cue's verb form, if any.
        pos: Where the cue stands.
        speaker: The engine's speaker, or None.

    Returns:
        The phrase the text gives for a group, role or body when the engine found none or only
        its bare head ("СМИ" of "ряд СМИ"); a bare medium noun bound to the medium named before;
        "власти" in its fullest form. Any other speaker is returned unchanged.
    """
    if speaker is not None and speaker.type not in ("role", "organization"):
        return speaker
    bare_medium = speaker is not None and speaker.name.lower() in NAMED_MEDIUM_HEADS
    if speaker is not None and speaker.name.lower() in BOUND_MEDIUM_KINDS:
        at = speaker.mention.start if speaker.mention is not None else pos
        medium = bound_medium(text, speaker.name, at)
        if medium is not None:
            return Speaker(name=medium, role=None, type="organization", mention=speaker.mention)
    if speaker is not None and not bare_medium and not _common(speaker.name):
        phrase = None  # a body found by its proper name ("Талибан") stays as found
    else:
        phrase = phrase_speaker(text, windows, verb)
    if phrase is not None and phrase.person:
        # A person apposed to the role: the engine reads the name (its case, its memory).
        mention = Span(start=phrase.start, stop=phrase.stop, text=text[phrase.start : phrase.stop])
        return Speaker(name=phrase.name, role=phrase.role, type="person", mention=mention)
    if phrase is not None and (
        speaker is None or bare_medium or _common_extended(phrase.name, speaker.name, speaker.mention, phrase)
    ):
        mention = Span(start=phrase.start, stop=phrase.stop, text=text[phrase.start : phrase.stop])
        kind: SpeakerType = "organization" if phrase.organisation else "role"
        role = None if phrase.organisation else phrase.name
        speaker = Speaker(name=phrase.name, role=role, type=kind, mention=mention)
    if speaker is not None:
        fuller = fuller_body(text, speaker.name, pos)
        if fuller is not None:
            speaker = Speaker(name=fuller, role=speaker.role, type="organization", mention=speaker.mention)
    return speaker

"""Person names: reading a name phrase in any case, and finding names in running text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain, compress, filterfalse, repeat
from operator import not_

import regex

from ..data import first_names as fn
from ..data import organizations as org
from ..data import roles as rd
from ..data import surnames as sn
from ..data.eponyms import EPONYM_HEADS
from ._morph import (
    CASES,
    Reading,
    first_name_readings,
    guess_first_readings,
    is_dictionary_first_name,
    is_first_name,
    patronymic_readings,
    surname_readings,
)

# Every string folded here is a word: the cached fold saves a call on a hot path.
from ._text import _KINDS, Token, Tokens, TokenSeq, frozen_build, token_texts, tokenize, tokens, word_index
from ._text import fold_word as fold

__all__ = ["NameMention", "analyse_words", "find_person_names", "gender_of", "name_word", "to_nominative"]

_CASE_PRIOR = {"nom": 0.03, "gen": 0.02, "acc": 0.005, "dat": 0.01, "ins": 0.01, "loc": 0.0}
_GENDER_PRIOR = {"m": 0.02, "f": 0.0}
_INITIAL_RE = regex.compile(r"\p{Lu}\.")
_PARTICLES = frozenset(sn.PARTICLES)


def _fixed(word: str, position: int = 1) -> bool:
    """Initials (В.) and name particles (фон, бин, Де) keep their form in every case.

    A particle-like word opening a name is a name itself (Ван in "Ван Цзюнь").
    """
    return _fixed_word(word, position > 0)


@lru_cache(maxsize=65536)
def _fixed_word(word: str, inside: bool) -> bool:
    # Asked for every word of every candidate name: the answer depends on the word alone.
    if _INITIAL_RE.fullmatch(word) is not None:
        return True
    return inside and fold(word) in _PARTICLES


_NOT_SURNAME_KEYS = frozenset(fold(w) for w in sn.NOT_SURNAMES)
_STRONG_M = tuple(fold(s) for s in (*sn.POSSESSIVE_SUFFIXES, "ский", "цкий", "ской", "цкой"))
_STRONG_F = tuple(fold(s) for s in (*(s + "а" for s in sn.POSSESSIVE_SUFFIXES), "ская", "цкая"))
_STRONG_ANY = tuple(fold(s) for s in sn.STRONG_NOUN_SUFFIXES)
_KNOWN_KEYS = frozenset(fold(w) for w in sn.KNOWN | sn.INDECLINABLE)
_PLACE_NOUNS = frozenset(fold(w) for w in sn.PLACE_NOUNS)
# -ом/-ем only after -ск-/-цк-: elsewhere they are a noun's instrumental (Джоковичем).
_ADJ_ENDS = ("ого", "его", "ому", "ему", "ий", "ый", "ой", "ая", "ую", "ым", "им", "ском", "цком", "ном")
_POSS_KEYS = tuple(fold(s) for s in sn.POSSESSIVE_SUFFIXES)

# Prepositions (and "по словам"-type nouns) that fix the case of the name after them.
_GOVERNS: dict[str, tuple[str, ...]] = {
    "с": ("ins", "gen"),
    "со": ("ins", "gen"),
    "у": ("gen",),
    "от": ("gen",),
    "для": ("gen",),
    "без": ("gen",),
    "из": ("gen",),
    "до": ("gen",),
    "около": ("gen",),
    "против": ("gen",),
    "словам": ("gen",),
    "мнению": ("gen",),
    "слов": ("gen",),
    "данным": ("gen",),
    "оценке": ("gen",),
    "к": ("dat",),
    "ко": ("dat",),
    "о": ("loc",),
    "об": ("loc",),
    "обо": ("loc",),
    "при": ("loc",),
    "между": ("ins",),
    "над": ("ins",),
    "перед": ("ins",),
    "за": ("ins", "acc"),
    "про": ("acc",),
    "через": ("acc",),
}


@dataclass(frozen=True)
class NameMention:
    """A person's name as the text writes it, with its nominative.

    Attributes:
        start: Offset of the first character in the caller's string.
        stop: End-exclusive offset just past the last character.
        text: ``source[start:stop]``.
        nominative: The whole name in the nominative ("Антон Арутюнов", "В. Путин").
        first: The first name in the nominative, if written.
        patronymic: The patronymic in the nominative, if written.
        last: The surname in the nominative, if written.
        gender: "m", "f", or None when the forms do not tell.
        case: The best guess at the case of the mention ("nom", "gen", "dat", "acc", "ins",
            "loc"), None when the forms do not tell (Мишель, Шойгу). A man's accusative has
            the genitive's form and is reported as "gen" unless the context says otherwise.
    """

    start: int
    stop: int
    text: str
    nominative: str
    first: str | None
    patronymic: str | None
    last: str | None
    gender: str | None
    case: str | None


@dataclass(frozen=True)
class _Analysis:
    slots: tuple[str, ...]
    nominatives: tuple[str, ...]
    gender: str | None
    case: str | None
    score: float
    weakest: float


def _identity(word: str, weight: float) -> list[Reading]:
    return [Reading(word, None, c, weight) for c in CASES]


def _slot_readings(slot: str, word: str) -> list[Reading]:
    if slot == "initial":
        return _identity(word, 0.0)
    if slot == "first":
        known = first_name_readings(word)
        if known:
            return known
        guessed = [
            Reading(r.nominative, r.gender, r.case, r.weight - 0.3) for r in guess_first_readings(word)
        ]
        return [*guessed, *_identity(word, -0.6)]
    if slot == "first2":
        return first_name_readings(word) or _identity(word, -0.6)
    if slot == "patr":
        return patronymic_readings(word)
    if slot == "guess":
        return guess_first_readings(word)
    return [*surname_readings(word), *_identity(word, -0.4)]


@lru_cache(maxsize=65536)
def _nominative_candidates(word: str) -> tuple[str, ...]:
    """Every folded nominative any slot could give ``word`` (each once)."""
    readings = [*surname_readings(word), *first_name_readings(word), *guess_first_readings(word)]
    readings += patronymic_readings(word)
    # A tuple of strings, not a frozenset: the collector stops tracking it, and the cache
    # holds tens of thousands (a frozenset is walked by every full collection).
    return tuple(dict.fromkeys(fold(r.nominative) for r in readings))


def _attested(readings: list[Reading], word: str, written: frozenset[str]) -> list[Reading]:
    """Prefer readings whose nominative the text itself writes elsewhere."""
    own = fold(word)
    out: list[Reading] = []
    for r in readings:
        nom = fold(r.nominative)
        if nom != own and nom in written and r.weight > 0:
            r = Reading(r.nominative, r.gender, r.case, r.weight + 1.0)
        out.append(r)
    return out


# "first2" is a second given name (Реджеп Тайип): it must be a known first name.
_PATTERNS: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (("first",), ("last",)),
    2: (("first", "last"), ("first", "patr"), ("last", "first"), ("first", "first2")),
    3: (("first", "patr", "last"), ("last", "first", "patr"), ("first", "first2", "last")),
    4: (("first", "first2", "patr", "last"), ("first", "first2", "first2", "last")),
}


def analyse_words(
    words: Sequence[str],
    *,
    gender: str | None = None,
    cases: Sequence[str] = (),
    patterns: Sequence[tuple[str, ...]] | None = None,
    written: frozenset[str] = frozenset(),
) -> _Analysis | None:
    """Read a sequence of name words (initials allowed) as one person's name.

    Args:
        words: The words as written ("Антоном", "Арутюновым"; "В.", "Путина").
        gender: Force this gender when the caller knows it.
        cases: Cases the context favours (after a preposition).
        patterns: Slot patterns to try; by default those for the number of words.
        written: Folded words the whole text writes with a capital; a reading whose
            nominative the text also writes (Яровая for "Яровой") is preferred.
    """
    # Only the words the text attests matter; keeping them small keeps the cache key cheap.
    # (An intersection in C: the candidates of every word that the text writes.)
    relevant = written.intersection(chain.from_iterable(map(_nominative_candidates, words)))
    if type(relevant) is not frozenset:
        relevant = frozenset(relevant)  # a caller's set: the cache key must be hashable
    return _analyse_cached(
        tuple(words), gender, tuple(cases), None if patterns is None else tuple(patterns), relevant
    )


@lru_cache(maxsize=65536)
def _analyse_cached(
    words: tuple[str, ...],
    gender: str | None,
    cases: tuple[str, ...],
    patterns: tuple[tuple[str, ...], ...] | None,
    written: frozenset[str],
) -> _Analysis | None:
    name_idx = [i for i, w in enumerate(words) if not _fixed(w, i)]
    if not name_idx:
        return None
    n = len(name_idx)
    if patterns is None:
        default = ("first",) + ("first2",) * (n - 2) + ("last",) if n > 1 else ("last",)
        patterns = _PATTERNS.get(n, (default,))
        if any(_INITIAL_RE.fullmatch(w) for w in words):
            patterns = (("last",),) if n == 1 else (default, *patterns)
    best: _Analysis | None = None
    best_raw: dict[str, float] = {}
    # Each word's readings in a slot, as the best reading per (case, gender): patterns share
    # slots, and one pass over the readings replaces a filter per case and gender.
    tables: dict[tuple[str, int], dict[tuple[str, str], Reading]] = {}
    for pattern in patterns:
        if len(pattern) != n:
            continue
        per_slot: list[dict[tuple[str, str], Reading]] = []
        for slot, i in zip(pattern, name_idx, strict=True):
            table = tables.get((slot, i))
            if table is None:
                readings = _slot_readings(slot, words[i])
                if written:
                    readings = _attested(readings, words[i], written)
                table = tables[slot, i] = _best_readings(readings)
            per_slot.append(table)
        for g in ("m", "f"):
            if gender is not None and g != gender:
                continue
            raw: dict[str, float] = {}
            for case in CASES:
                chosen: list[Reading] = []
                for table in per_slot:
                    fit = table.get((case, g))
                    if fit is None:
                        break
                    chosen.append(fit)
                else:
                    raw[case] = weight = sum(r.weight for r in chosen)
                    total = weight + _CASE_PRIOR[case] + _GENDER_PRIOR[g] + (0.2 if case in cases else 0.0)
                    # The analysis is built only when it beats the best so far (most do not).
                    if best is None or total > best.score + 1e-9:
                        told = any(r.gender is not None for r in chosen)
                        best = _Analysis(
                            pattern,
                            tuple(r.nominative for r in chosen),
                            g if told else None,
                            case,
                            total,
                            min(r.weight for r in chosen),
                        )
                        best_raw = raw
    if best is None:
        return None
    # When every case fits equally well (Мишель, Шойгу), the case is unknown.
    values = [best_raw.get(c) for c in CASES]
    if all(v is not None for v in values) and max(values) - min(values) < 1e-6:  # type: ignore[type-var,operator]
        best = _Analysis(best.slots, best.nominatives, best.gender, None, best.score, best.weakest)
    return best


_EITHER = ("m", "f")


def _best_readings(readings: list[Reading]) -> dict[tuple[str, str], Reading]:
    """The reading of most weight for each (case, gender), the first one among equals.

    A reading of no gender serves both; this is ``max`` (which keeps the first maximum) over
    the readings of that case whose gender is that gender or None.
    """
    best: dict[tuple[str, str], Reading] = {}
    for r in readings:
        for g in _EITHER if r.gender is None else (r.gender,):
            key = (r.case, g)
            old = best.get(key)
            if old is None or r.weight > old.weight:
                best[key] = r
    return best


def _render(words: Sequence[str], analysis: _Analysis) -> str:
    out: list[str] = []
    it = iter(analysis.nominatives)
    for i, w in enumerate(words):
        out.append(w if _fixed_word(w, i > 0) else next(it))
    return " ".join(out)


def _phrase_words(phrase: str) -> list[str]:
    toks = tokenize(phrase)
    words: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "word":
            if len(t.text) == 1 and t.text.isupper() and i + 1 < len(toks) and toks[i + 1].text == ".":
                words.append(t.text + ".")
                i += 2
                continue
            words.append(t.text)
        i += 1
    return words


def to_nominative(phrase: str, gender: str | None = None) -> str:
    """Put a person-name phrase in any case into the nominative.

    The first name, patronymic and surname are read together: "Калиева" after
    "Талгата" is a masculine genitive, after "Айгуль" a feminine nominative.

    Args:
        phrase: The name as written ("Антоном Арутюновым", "В. Путина", "Шойгу").
        gender: "m" or "f" when the caller knows it (from a verb, say); it decides
            forms the words leave open ("Лаврова" alone).

    Returns:
        The name in the nominative, words joined by single spaces; the phrase itself
        (trimmed) when it cannot be read as a name.
    """
    words = _phrase_words(phrase)
    if not words:
        return phrase.strip()
    analysis = analyse_words(words, gender=gender)
    if analysis is None and gender is not None:
        analysis = analyse_words(words)
    if analysis is None:
        return " ".join(words)
    return _render(words, analysis)


def gender_of(name: str) -> str | None:
    """The gender a name in the nominative tells: "m", "f" or None.

    Args:
        name: A first name, surname, patronymic or full name, in the nominative.
    """
    words = _phrase_words(name)
    genders: set[str] = set()
    for w in words:
        if _fixed(w):
            continue
        firsts = [r.gender for r in first_name_readings(w) if r.case == "nom"]
        if firsts:
            genders.update(g for g in firsts if g)
            if None in firsts and not [g for g in firsts if g]:
                continue
            continue
        patr = {r.gender for r in patronymic_readings(w) if r.case == "nom" and r.weight >= 1.5}
        if patr:
            genders.update(g for g in patr if g)
            continue
        key = fold(w)
        if w in sn.KNOWN_FEMININE or key.endswith(_STRONG_F):
            genders.add("f")
        elif key.endswith(_STRONG_M):
            genders.add("m")
    if len(genders) == 1:
        return genders.pop()
    return None


# ---------------------------------------------------------------------------------------------
# Finding names in text


def _is_initial_at(toks: TokenSeq, i: int) -> bool:
    # Read from the token texts: a one-letter Cyrillic capital is a word token.
    texts = token_texts(toks)
    text = texts[i]
    return len(text) == 1 and _is_cyrillic_capital(text) and i + 1 < len(texts) and texts[i + 1] == "."


def _next_word(toks: TokenSeq, i: int) -> int | None:
    """Index of the next word token after ``i`` if only same-line spaces lie between."""
    # Read from the token texts: a word opens with a letter, as in the scan.
    texts = token_texts(toks)
    j = i + 1
    if j >= len(texts):
        return None
    piece = texts[j]
    if _KINDS[piece[0]] == "space":
        if "\n" in piece or len(piece) > 3:
            return None
        j += 1
        if j >= len(texts):
            return None
        piece = texts[j]
    return j if piece[0].isalpha() else None


def _capital_word(t: Token) -> bool:
    # Names are read in Cyrillic only; Latin words are titles and brands far more often.
    # Inline form of is_upper_initial + _is_cyrillic_capital (a Cyrillic capital is upper case):
    # asked many times per capitalised word.
    text = t.text
    first = text[0]
    cyrillic_capital = "А" <= first <= "Я" or first == "Ё"
    return t.kind == "word" and len(text) >= 2 and cyrillic_capital and not text[1].isupper()


def _capital_text(text: str) -> bool:
    """``_capital_word`` of a word token, read from its text."""
    first = text[0]
    return len(text) >= 2 and ("А" <= first <= "Я" or first == "Ё") and not text[1].isupper()


def _is_cyrillic_capital(ch: str) -> bool:
    return "А" <= ch <= "Я" or ch == "Ё"


def _adj_stem(key: str) -> str:
    return key[:-2] if key.endswith(("ий", "ый", "ой", "ая", "яя")) else key


_NOT_SURNAME_STEMS = frozenset(_adj_stem(k) for k in _NOT_SURNAME_KEYS if _adj_stem(k) != k)
# Place names in a vowel decline on their stem (Домодедово → Домодедове, Палестина → Палестине).
_NOT_SURNAME_VOWEL_STEMS = frozenset(k[:-1] for k in _NOT_SURNAME_KEYS if k[-1:] in "ая" and len(k) > 4)
# Places in -о/-е only clash in the locative (в Домодедове); Иванову is still a surname.
_NOT_SURNAME_O_STEMS = frozenset(k[:-1] for k in _NOT_SURNAME_KEYS if k[-1:] in "ое" and len(k) > 4)


def name_word(word: str) -> bool:
    """False for capitalised words known not to be names (places, months, organisations)."""
    return _surname_ok(word)


@lru_cache(maxsize=65536)
def _surname_ok(word: str) -> bool:
    """A capitalised word that may stand as a surname next to a first name."""
    key = fold(word)
    if key in _NOT_SURNAME_KEYS or (key[-1:] in "оеаяуиы" and key[:-1] in _NOT_SURNAME_VOWEL_STEMS):
        return False
    if key[-1:] == "е" and key[:-1] in _NOT_SURNAME_O_STEMS:
        return False
    # The folded nominatives, each once (cached: the document linker reads the same ones).
    for nom in _nominative_keys(word):
        if nom in _NOT_SURNAME_KEYS or _adj_stem(nom) in _NOT_SURNAME_STEMS:
            return False
    return True


@lru_cache(maxsize=65536)
def _strong_surname(word: str) -> bool:
    """A capitalised word whose ending alone marks it as a surname (Лавровым, Бойчук)."""
    if not _surname_ok(word):
        return False
    key = fold(word)
    if key in _KNOWN_KEYS:
        return True
    for r in surname_readings(word):
        nom = fold(r.nominative)
        if nom in _KNOWN_KEYS and r.weight >= 1.0:
            return True
        if r.weight >= 1.0 and (nom.endswith(_STRONG_M) or nom.endswith(_STRONG_F)):
            return len(nom) >= 5
        if r.weight >= 0.6 and nom.endswith(_STRONG_ANY) and len(nom) >= 5:
            return True
    return False


# Verb endings after a singular subject; -ат/-ят are left out (лауреат, депутат are nouns).
_VERBISH = ("л", "ла", "ли", "ло", "лся", "лась", "лись", "ет", "ит", "ут", "ют", "ется", "ится")


@cache
def _role_cases() -> Callable[[str], tuple[str, ...]]:
    from ._roles import role_cases  # late: the role finder imports this module

    # Imported once: an import statement costs a look-up on every call.
    return role_cases


def _context_cases(toks: TokenSeq, i: int) -> tuple[str, ...]:
    """Cases the words before token ``i`` favour.

    The nearest governing preposition ("с Антоном", "по словам Мадины"), or a role noun the
    name stands in apposition to ("премьер-министра Тони Блэра", "министру энергетики ...").
    """
    # Read from the token texts, one cached look-up each (no Token is built for these words).
    texts = token_texts(toks)
    step = _context_step
    seen = 0
    j = i - 1
    while j >= 0 and seen < 6:
        kind, gov, found = step(texts[j])
        if kind:
            seen += 1
            if gov:
                return gov
            if found and (kind == _LOWER_WORD or seen == 1):
                return found
        elif found is _STOP:
            return ()
        j -= 1
    return ()


_LOWER_WORD = 1
_OTHER_WORD = 2
_STOP: tuple[str, ...] = ("stop",)


@lru_cache(maxsize=65536)
def _context_step(piece: str) -> tuple[int, tuple[str, ...], tuple[str, ...]]:
    """What ``_context_cases`` reads from one token text: (kind, governed cases, role cases).

    kind is 0 for a token that is no word (then the last item is ``_STOP`` for a mark, which
    ends the look back, and () for spaces and digits), ``_LOWER_WORD`` for a word opening in
    lower case, ``_OTHER_WORD`` for any other word. A word opens with a letter (the scan's own
    test); its key is the folded text: the text was folded with no context but the final
    sigma's, and a word with Σ is neither a preposition nor a role noun.
    """
    first = piece[0]
    if not first.isalpha():
        return 0, (), (_STOP if _KINDS[first] == "other" else ())
    kind = _LOWER_WORD if first.islower() else _OTHER_WORD
    return kind, _GOVERNS.get(fold(piece), ()), _role_cases()(piece)


def _verb_gender(toks: TokenSeq, i: int) -> str | None:
    """The gender of a past-tense verb right after token ``i`` (сказала → f)."""
    j = _next_word(toks, i)
    return None if j is None else _verb_gender_of(token_texts(toks)[j])


@lru_cache(maxsize=65536)
def _verb_gender_of(word: str) -> str | None:
    """The gender a word tells as a past-tense verb (сказала → f), None if it tells none.

    Its folded text stands for the token's key: only the ending is read, and a Σ (the one
    letter folded by context) changes no ending of Cyrillic letters.
    """
    if not word[0].islower():
        return None
    k = fold(word)
    if k.endswith(("ла", "лась")) and len(k) > 4:
        return "f"
    if k.endswith(("ил", "ал", "ял", "ел", "ыл", "ул", "ился", "лся")) and len(k) > 4:
        return "m"
    return None


@dataclass(frozen=True)
class _Doc:
    """What the whole text tells: words it writes in lower case, and with a capital."""

    lower: frozenset[str]
    written: frozenset[str]


@dataclass
class _Draft:
    first_tok: int
    last_tok: int
    words: list[str]
    analysis: _Analysis
    bare: bool


def find_person_names(text: str) -> list[NameMention]:
    """Find person names in running Russian text, each with its nominative.

    A name is a first name from the gazetteer (optionally with a patronymic and a
    surname), initials with a surname ("В. Путин"), or a bare surname whose ending
    marks it (Песков, Бойчук) or that the text gives in full elsewhere.

    Args:
        text: Any text.

    Returns:
        The mentions in text order; ``text[m.start:m.stop] == m.text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_person_names() expects a str, got {type(text).__name__}")
    return list(_find_cached(text))


@lru_cache(maxsize=16)
def _find_cached(text: str) -> tuple[NameMention, ...]:
    # The quote engine and find_roles both read the same article: compute it once.
    toks = tokens(text)
    index = word_index(text)
    doc = _Doc(index.lower_initial, index.upper_initial)
    drafts: list[_Draft] = []
    resume = 0
    # A name starts at a capitalised word that can open one (a cached test of its text alone,
    # mapped in C): visit only those, past the end of the last name found, and call only the
    # finders the word's own test leaves (in the same order).
    kinds_of = list(map(_open_kinds, index.capital_texts))
    for i, kinds in compress(zip(index.capitals, kinds_of, strict=True), kinds_of):
        if i < resume:
            continue
        draft = _try_initials(toks, i, doc) if kinds & _OPENS_INITIALS else None
        if draft is None and kinds & _OPENS_EAST_ASIAN:
            draft = _try_east_asian(toks, i)
        if draft is None and kinds & _OPENS_FIRST:
            draft = _try_first_name(toks, i, doc)
        if draft is None and kinds & _OPENS_BARE:
            draft = _try_bare(toks, i, doc)
        if draft is not None:
            drafts.append(draft)
            resume = draft.last_tok + 1
    drafts = [_extend_unknown_first(toks, d, doc) if d.bare else d for d in drafts]
    drafts = _merge_formal_order(toks, drafts, doc)
    drafts = _link_document(toks, drafts, doc, index.capitals, index.capital_texts)
    return tuple(_mention(text, toks, d) for d in drafts)


def _may_open_name(word: str) -> bool:
    """False for a capitalised word none of the ``_try_*`` finders can start a name at."""
    return bool(_open_kinds(word))


# Which finders can start a name at a word (bits of ``_open_kinds``).
_OPENS_INITIALS = 1
_OPENS_EAST_ASIAN = 2
_OPENS_FIRST = 4
_OPENS_BARE = 8


@lru_cache(maxsize=65536)
def _open_kinds(word: str) -> int:
    """The finders that can start a name at a capitalised word, as ``_OPENS_*`` bits (0: none).

    Each bit is a test the finder makes first on the word alone: an initial is one Cyrillic
    capital, an East Asian name opens with a listed family name, a first name is in the
    gazetteer, a bare surname has a surname's ending and is no role noun. A first name also
    gets the bare surname's bit (the bare finder runs its own test; the surname readings of a
    first name are not worth computing here). With ``morph=True`` a first name only the
    dictionary knows gets both bits too; a mode switch clears this cache with the others.
    """
    kinds = _OPENS_EAST_ASIAN if word in _EAST_ASIAN else 0
    if len(word) == 1:
        return kinds | _OPENS_INITIALS if _is_cyrillic_capital(word) else kinds
    first = word[0]
    if not ("А" <= first <= "Я" or first == "Ё") or word[1].isupper():
        return kinds  # not a _capital_word: neither a first name nor a bare surname
    if is_first_name(word):
        return kinds | _OPENS_FIRST | _OPENS_BARE
    if fold(word) not in _ROLE_FORMS and _strong_surname(word):
        kinds |= _OPENS_BARE
    if is_dictionary_first_name(word):  # only with morph=True: a first name pymorphy3 knows
        kinds |= _OPENS_FIRST | _OPENS_BARE
    return kinds


def _try_initials(toks: TokenSeq, i: int, doc: _Doc) -> _Draft | None:
    if not _is_initial_at(toks, i):
        return None
    words: list[str] = []
    j = i
    while len(words) < 3 and j < len(toks) and _is_initial_at(toks, j):
        words.append(toks[j].text + ".")
        j += 2
        if j < len(toks) and toks[j].kind == "space" and "\n" not in toks[j].text and len(toks[j].text) <= 2:
            j += 1
    if j >= len(toks) or not _capital_word(toks[j]) or not _surname_ok(toks[j].text):
        return None
    if is_first_name(toks[j].text, allow_common=False) and not _strong_surname(toks[j].text):
        return None
    words.append(toks[j].text)
    analysis = analyse_words(words, cases=_context_cases(toks, i), written=doc.written)
    if analysis is None:
        return None
    return _Draft(i, j, words, analysis, bare=False)


_EAST_ASIAN = frozenset(sn.EAST_ASIAN)


def _try_east_asian(toks: TokenSeq, i: int) -> _Draft | None:
    """Family name first, then a one- or two-word given name (Ким Чен Ына, Ли Куан Ю)."""
    if toks[i].text not in _EAST_ASIAN:
        return None
    idx: list[int] = []
    j = i
    while len(idx) < 2:
        nxt = _next_word(toks, j)
        if nxt is None:
            break
        w = toks[nxt]
        if not w.text[0].isupper() or w.is_all_caps or len(w.text) > 9 or w.key in _NOT_SURNAME_KEYS:
            break
        if is_first_name(w.text) or (
            _strong_surname(w.text) and not w.key.endswith(("ин", "ина", "ину", "ином"))
        ):
            break  # Chinese given names end in -ин (Цзиньпин), unlike the surnames that stop here
        idx.append(nxt)
        j = nxt
    # "Си Цзиньпин" is one given word; one short word alone may be anything ("Ли Пэн" is fine too).
    if not idx:
        return None
    given = [toks[x].text for x in idx]
    last = given[-1]
    case: str | None = None
    low = fold(last)
    for ending, c in (("ом", "ins"), ("а", "gen"), ("у", "dat"), ("е", "loc")):
        stem = low[: len(low) - len(ending)]
        if low.endswith(ending) and len(stem) >= 2 and stem[-1] not in "аеёиоуыэюяьй":
            last, case = last[: len(last) - len(ending)], c
            break
    noms = (toks[i].text, *given[:-1], last)
    words = [toks[i].text, *given]
    analysis = _Analysis(("last",) + ("first",) * len(given), noms, None, case, 1.0, 1.0)
    return _Draft(i, idx[-1], words, analysis, bare=False)


# An age adjective before a name tells its case and gender ("26-летнего", "61-летней").
_AGE_CASES = {
    "летний": (("nom",), "m"),
    "летнего": (("gen", "acc"), "m"),
    "летнему": (("dat",), "m"),
    "летним": (("ins",), "m"),
    "летнем": (("loc",), "m"),
    "летняя": (("nom",), "f"),
    "летней": (("gen", "dat", "ins", "loc"), "f"),
    "летнюю": (("acc",), "f"),
}
_ORG_WORDS = frozenset(fold(w) for w in (*org.ORG_HEADS, *org.ORG_NOMINATIVE_HEADS, *EPONYM_HEADS))


def _dictionary_opening(toks: TokenSeq, i: int) -> tuple[tuple[str, ...], str | None] | None:
    """Whether a first name only pymorphy3 knows may open a name at token ``i`` (morph=True).

    Before a gazetteer first name only when it ends in a consonant (Муджахид Юсуф Рава): a
    form in -а/-я there is mostly a genitive ("графства Гэмпшира Эндрю Гибсон"). Not after an
    organisation's or an eponym's head noun ("центре Джонса Хопкинса": a body named after a person), not in
    quotation marks («Скалл Партнерс»: a company), not on a word whose ending marks a surname
    ("Алёхиной"). Returns the case and gender an age adjective before it tells ((), None
    without one).
    """
    word = toks[i].text
    nxt = _next_word(toks, i)
    if _strong_surname(word) or nxt is None or (i > 0 and toks[i - 1].text in '«„"“'):
        return None
    if toks[i].key[-1:] in "аяеиоуыэю" and is_first_name(toks[nxt].text):
        return None
    before = _word_before_tok(toks, i)
    if before is None:
        return (), None
    key = toks[before].key
    if key in _ORG_WORDS:
        return None
    return _AGE_CASES.get(key, ((), None))


def _try_first_name(toks: TokenSeq, i: int, doc: _Doc) -> _Draft | None:
    # Read from the token texts, one cached test per word (no Token built for the words after).
    pieces = token_texts(toks)
    word = pieces[i]
    if not _open_kinds(word) & _OPENS_FIRST:  # a capitalised Cyrillic word, a first name
        return None
    age: tuple[tuple[str, ...], str | None] | None = None
    if not is_first_name(word):
        # With morph=True a first name only pymorphy3 knows opens a name too (alone it is none: k == 1).
        if not is_dictionary_first_name(word):
            return None
        age = _dictionary_opening(toks, i)
        if age is None:
            return None
    idx = [i]
    j = i
    while len(idx) < 4:
        nxt = _next_word(toks, j)
        # Particles (фон дер, бин) join the name when a capitalised word follows them.
        particles: list[int] = []
        while nxt is not None and _follows_name(pieces[nxt]) & _PARTICLE and len(particles) < 2:
            particles.append(nxt)
            nxt = _next_word(toks, nxt)
        if nxt is None or not _follows_name(pieces[nxt]) & _JOINS:
            break
        idx.extend(particles)
        idx.append(nxt)
        j = nxt
    cases = _context_cases(toks, i)
    if not cases and age is not None:
        cases = age[0]
    if not cases and _sentence_start(toks, i):
        cases = ("nom",)  # a sentence opens with its subject: "Пабло Неруда умер."
    hint = _verb_gender(toks, idx[-1])
    if hint is None and age is not None:
        hint = age[1]
    texts = [pieces[x] for x in idx]
    fixed = list(map(_fixed_word, texts, repeat(True)))  # _fixed(word) of each: no wrapper call
    for k in range(len(idx), 0, -1):
        words = texts[:k]
        if fixed[k - 1]:
            continue  # never end a name on a particle
        pats = _first_patterns(k - sum(fixed[:k]), any(fixed[:k]))
        if pats is None:
            continue
        analysis = analyse_words(words, cases=cases, patterns=pats, gender=hint, written=doc.written)
        if analysis is None and hint is not None:
            # (Without a hint the first call was this one already: the answer is the same.)
            analysis = analyse_words(words, cases=cases, patterns=pats, written=doc.written)
        if analysis is None:
            continue
        if k > 1 and analysis.weakest < 0.3:
            continue
        if k == 1 and (not is_first_name(texts[0], allow_common=False) or toks[i].key in doc.lower):
            return None
        if k == 1 and i > 0 and pieces[i - 1] in '«„"' and i + 1 < len(pieces) and pieces[i + 1] in '»“"':
            return None  # «Алиса»: a band, a film, a ship
        vowel_end = word[-1:].lower() in "аеёиоуыэюя"
        if age is not None and hint is None and analysis.case == "nom" and not vowel_end:
            # A foreign first name ending in a consonant does not tell a woman from a man (Флоранс).
            analysis = replace(analysis, gender=None)
        return _Draft(i, idx[k - 1], words, analysis, bare=False)
    return None


# What a word after a first name is to the name (bits of ``_follows_name``).
_PARTICLE = 1
_JOINS = 2


@lru_cache(maxsize=65536)
def _follows_name(word: str) -> int:
    """``_PARTICLE`` for a name particle (фон, бин), ``_JOINS`` for a word that can continue a
    name after a first name (a capitalised Cyrillic word, no abbreviation, that can be a surname
    or a patronymic): the tests ``_try_first_name`` makes of the word alone.

    A particle's key is its folded text (no particle holds a Σ, the one letter folded by context).
    """
    bits = _PARTICLE if fold(word) in _PARTICLES else 0
    if (
        len(word) >= 2
        and _is_cyrillic_capital(word[0])
        and not word[1].isupper()
        and not (word.replace("-", "").isupper())
        and (_surname_ok(word) or patronymic_readings(word))
    ):
        bits |= _JOINS
    return bits


@cache
def _first_patterns(free: int, particles: bool) -> tuple[tuple[str, ...], ...] | None:
    """The slot patterns a name opening with a first name can take: ``free`` words that are no
    initial or particle; with a particle among them (фон, де) the name must end on a surname."""
    pats = _PATTERNS.get(free)
    if pats is None:
        return None
    pats = tuple(p for p in pats if p[0] == "first")
    if particles:
        pats = tuple(p for p in pats if p[-1] == "last")  # a particle leads to a surname
    return pats


def _try_bare(toks: TokenSeq, i: int, doc: _Doc) -> _Draft | None:
    t = toks[i]
    # A word the same text also writes in lower case is a common word (Картина / картина).
    if not _capital_word(t) or t.key in doc.lower or t.key in _ROLE_FORMS or not _strong_surname(t.text):
        return None
    key = t.key
    # The words around are read from the token texts: their folded texts stand for their keys,
    # as every test below reads a Cyrillic word or ending (a Σ, folded by context, meets none).
    texts = token_texts(toks)
    nxt = _next_word(toks, i)
    adj_end = next((e for e in _ADJ_ENDS if key.endswith(e)), "")
    # Захаровой, Путиным: possessive surnames share these endings but are not adjectives.
    adjectival = bool(adj_end) and not key[: len(key) - len(adj_end)].endswith(_POSS_KEYS)
    if adjectival and key not in _KNOWN_KEYS:
        before = _word_before_tok(toks, i)
        if before is not None and (
            fold(texts[before]) in _PLACE_NOUNS
            or (
                _capital_text(texts[before])
                and not is_first_name(texts[before])
                and not _sentence_initial(toks, before)
            )
        ):
            return None  # "улице Васильковской", "Большой Васильковской": a place name
    if adjectival and key not in _KNOWN_KEYS and nxt is not None:
        # "Британский премьер", "Российской Федерации": an adjective before its noun.
        nxt_text = texts[nxt]
        if nxt_text[0].islower() and not fold(nxt_text).endswith(_VERBISH):
            return None
        if _capital_text(nxt_text) and not is_first_name(nxt_text):
            return None
    if key.endswith("ой") and nxt is not None and fold(texts[nxt]).endswith(("ы", "и", "е")):
        nxt_text = texts[nxt]
        if nxt_text[0].islower() or not name_word(nxt_text):
            return None  # "Единой России", "Кремниевой долины": an adjective with its noun
    if i > 0 and texts[i - 1] in '«„"' and i + 1 < len(texts) and texts[i + 1] in '»“"':
        return None  # «Тангейзер»: a title
    words = [t.text]
    hint = _verb_gender(toks, i)
    cases = _context_cases(toks, i)
    if not cases and _sentence_start(toks, i):
        cases = ("nom",)  # "Неруда, известный ...": a sentence opens with its subject
    analysis = None
    if hint is not None:
        analysis = analyse_words(
            words, gender=hint, cases=("nom",), patterns=(("last",),), written=doc.written
        )
    if analysis is None:
        analysis = analyse_words(words, cases=cases, patterns=(("last",),), written=doc.written)
    if analysis is None:
        return None
    before = _word_before_tok(toks, i)
    before_key = fold(texts[before]) if before is not None else ""
    if before_key in _PLACE_NOUNS:
        return None  # "города Иванова", "улице Королёва": a place named after someone
    if before_key in ("в", "во", "на") and key.endswith(("е", "и")):
        return None  # "в Бруклине", "на Берлине": a place; people are "о Путине", "при Путине"
    return _with_trailing_initials(toks, _Draft(i, i, words, analysis, bare=True), doc)


def _with_trailing_initials(toks: TokenSeq, d: _Draft, doc: _Doc) -> _Draft:
    """Take initials after a surname into the name ("Путин В. В.", "Иванова А.А.")."""
    texts = token_texts(toks)
    n = len(texts)
    j = d.last_tok + 1
    if j < n and _short_space(texts[j]):
        j += 1
    initials: list[str] = []
    last = d.last_tok
    while len(initials) < 2 and j < n and _is_initial_at(toks, j):
        initials.append(texts[j] + ".")
        last = j + 1
        j += 2
        if j < n and _short_space(texts[j]):
            j += 1
    if not initials:
        return d
    words = [*d.words, *initials]
    analysis = analyse_words(words, patterns=(("last",),), written=doc.written)
    if analysis is None:
        return d
    return _Draft(d.first_tok, last, words, analysis, bare=False)


def _short_space(piece: str) -> bool:
    """A token text that is a run of at most two spaces on one line."""
    return len(piece) <= 2 and _KINDS[piece[0]] == "space" and "\n" not in piece


def _merge_formal_order(toks: TokenSeq, drafts: list[_Draft], doc: _Doc) -> list[_Draft]:
    """Join "Путин Владимир Владимирович": a bare surname right before a first name + patronymic."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.bare
            and d.analysis.slots == ("first", "patr")
            and _next_word(toks, prev.last_tok) == d.first_tok
        ):
            words = [*prev.words, *d.words]
            analysis = analyse_words(words, patterns=(("last", "first", "patr"),), written=doc.written)
            if analysis is not None and analysis.weakest >= 0.3:
                out[-1] = _Draft(prev.first_tok, d.last_tok, words, analysis, bare=False)
                continue
        out.append(d)
    return out


def _word_before_tok(toks: TokenSeq, i: int) -> int | None:
    """Index of the word right before token ``i`` when only same-line spaces lie between."""
    # Read from the token texts: a token's kind shows in its first character.
    texts = token_texts(toks)
    j = i - 1
    if j >= 0 and _KINDS[texts[j][0]] == "space":
        if "\n" in texts[j]:
            return None
        j -= 1
    return j if j >= 0 and texts[j][0].isalpha() else None


def _opens_after(toks: TokenSeq, i: int, marks: str) -> bool:
    """True when token ``i`` starts the text or a line, or follows one of ``marks``."""
    # Read from the token texts: a token's kind shows in its first character.
    texts = token_texts(toks)
    j = i - 1
    while j >= 0:
        piece = texts[j]
        if _KINDS[piece[0]] != "space":
            break
        if "\n" in piece:
            return True
        j -= 1
    return j < 0 or texts[j] in marks


def _sentence_start(toks: TokenSeq, i: int) -> bool:
    """True when token ``i`` opens a sentence or a line (not just a quotation)."""
    return _opens_after(toks, i, ".!?…")


def _sentence_initial(toks: TokenSeq, i: int) -> bool:
    """True when token ``i`` opens a sentence, a line, a quotation, a bracket or a clause after a dash."""
    return _opens_after(toks, i, '.!?…«"„“(—–-:')


_ADJ_LIKE = (
    "ых",
    "их",
    "ого",
    "его",
    "ому",
    "ему",
    "ской",
    "цкой",
    "ной",
    "ий",
    "ый",
    "ая",
    "ую",
    "ым",
    "им",
)
_ROLE_FORMS = frozenset(
    fold(role + ending)
    for role in rd.ROLES
    for ending in ("", "а", "у", "ом", "е", "ем", "я", "ю", "ы", "ой", "и", "ов", "ей", "ам", "ами", "ах")
)


def _extend_unknown_first(toks: TokenSeq, d: _Draft, doc: _Doc) -> _Draft:
    """Take an unknown capitalised word right before a bare surname as its first name."""
    j = d.first_tok - 1
    if j < 0 or toks[j].kind != "space" or "\n" in toks[j].text or len(toks[j].text) > 2:
        return d
    x = j - 1
    if x < 0 or not _capital_word(toks[x]) or toks[x].is_all_caps:
        return d
    if toks[x].key in doc.lower or toks[x].key in _ROLE_FORMS:
        return d  # "Президент Путин", "Министр Лавров": a role, not a first name
    before = _word_before_tok(toks, x)
    if (
        before is not None
        and toks[before].text[:1].isupper()
        and not toks[before].is_all_caps
        and _surname_ok(toks[before].text)
        and not _sentence_initial(toks, before)
    ):
        # "Милли Меджлиса Айдын": inside an unknown capitalised name; "Казахстана Алмасадама" is fine.
        return d
    word = toks[x].text
    if not _surname_ok(word) or _strong_surname(word) or is_first_name(word):
        return d
    if toks[x].key.endswith(_ADJ_LIKE) or (toks[x].key.endswith("ой") and toks[x].key[-3:-2] in "шжчщкгхн"):
        return d  # "Соединённых Штатов": an adjective, not a first name
    words = [word, *d.words]
    analysis = analyse_words(
        words, patterns=(("guess", "last"),), cases=_context_cases(toks, x), written=doc.written
    )
    if analysis is None or analysis.weakest < 0.45:
        return d
    analysis = _Analysis(
        ("first", "last"),
        analysis.nominatives,
        analysis.gender,
        analysis.case,
        analysis.score,
        analysis.weakest,
    )
    return _Draft(x, d.last_tok, words, analysis, bare=False)


def _link_document(
    toks: TokenSeq, drafts: list[_Draft], doc: _Doc, capitals: Sequence[int], capital_texts: Sequence[str]
) -> list[_Draft]:
    """Read bare surnames by the full names the same text gives, and add linked ones.

    ``capitals`` are the indices of the capitalised words, ``capital_texts`` their texts.
    """
    full: dict[str, str | None] = {}
    for d in drafts:
        if d.bare or "last" not in d.analysis.slots:
            continue
        last = d.analysis.nominatives[d.analysis.slots.index("last")]
        full.setdefault(fold(last), d.analysis.gender)
    if not full:
        return drafts
    out: list[_Draft] = []
    covered: set[int] = set()
    for d in drafts:
        covered.update(range(d.first_tok, d.last_tok + 1))
        if d.bare:
            d = _relink(toks, d, full) or d
        out.append(d)
    # Only a word whose surname nominatives meet a full name's can link: that test of the word
    # alone (cached), mapped in C over the capitalised words, leaves those few for the loop.
    meets = map(not_, map(full.keys().isdisjoint, map(_link_keys, capital_texts)))
    # Most of those words are in a name already: dropped in C too, before a token is built.
    for i in filterfalse(covered.__contains__, compress(capitals, meets)):
        t = toks[i]
        if t.key in doc.lower:
            continue
        linked = _relink(
            toks, _Draft(i, i, [t.text], _Analysis(("last",), (t.text,), None, None, 0, 0), True), full
        )
        if linked is not None:
            out.append(linked)
    out.sort(key=lambda d: d.first_tok)
    return out


@lru_cache(maxsize=65536)
def _link_keys(word: str) -> tuple[str, ...]:
    """``_nominative_keys`` of a capitalised word that can be a name (``_capital_word``), else ()."""
    first = word[0]
    if len(word) < 2 or not ("А" <= first <= "Я" or first == "Ё") or word[1].isupper():
        return ()
    return _nominative_keys(word)


@lru_cache(maxsize=65536)
def _nominative_keys(word: str) -> tuple[str, ...]:
    """The folded nominatives ``word`` can be a case form of, as a surname (each once)."""
    # A tuple for the collector's sake, as in _nominative_candidates.
    return tuple(dict.fromkeys(fold(r.nominative) for r in surname_readings(word)))


@lru_cache(maxsize=65536)
def _relink_readings(word: str) -> tuple[tuple[str, Reading, float, float], ...]:
    """The surname readings ``_relink`` weighs, each with its folded nominative and its two
    scores: out of the context's cases and in them (summed in the order ``_relink`` summed)."""
    return tuple(
        (fold(r.nominative), r, r.weight + 0.0 + _CASE_PRIOR[r.case], r.weight + 0.1 + _CASE_PRIOR[r.case])
        for r in surname_readings(word)
    )


def _relink(toks: TokenSeq, d: _Draft, full: dict[str, str | None]) -> _Draft | None:
    word = d.words[-1]
    # The folded nominatives of the readings below (cached): with none among the full names,
    # no reading links, and the context is not read.
    if full.keys().isdisjoint(_nominative_keys(word)):
        return None
    best: Reading | None = None
    cases = _context_cases(toks, d.first_tok)
    for key, r, plain, in_context in _relink_readings(word):
        if key not in full:
            continue
        g = full[key]
        if g is not None and r.gender not in (g, None):
            continue
        score = in_context if r.case in cases else plain
        if best is None or score > best.weight:
            best = Reading(r.nominative, g if g is not None else r.gender, r.case, score)
    if best is None:
        return None
    analysis = _Analysis(("last",), (best.nominative,), best.gender, best.case, best.weight, best.weight)
    return _Draft(d.first_tok, d.last_tok, d.words, analysis, bare=True)


def _mention(text: str, toks: TokenSeq, d: _Draft) -> NameMention:
    if isinstance(toks, Tokens):
        start, stop = toks.span(d.first_tok, d.last_tok)  # (no Token built for the two ends)
    else:
        start, stop = toks[d.first_tok].start, toks[d.last_tok].stop
    a = d.analysis
    parts: dict[str, str] = {}
    noms = iter(zip(a.slots, a.nominatives, strict=True))
    pending: list[str] = []
    # The nominative as ``_render`` writes it, built in the same pass over the words.
    rendered: list[str] = []
    for position, word in enumerate(d.words):
        if _fixed_word(word, position > 0):
            rendered.append(word)
            if fold(word) in _PARTICLES:
                pending.append(word)
            continue
        slot_name, nom = next(noms)
        rendered.append(nom)
        slot = "first" if slot_name == "first2" else slot_name
        if pending and slot == "last":
            nom = " ".join([*pending, nom])  # "фон дер Ляйен", "де Голль"
        pending = []
        if slot in parts:
            parts[slot] = parts[slot] + " " + nom
        else:
            parts[slot] = nom
    return frozen_build(
        NameMention,
        start=start,
        stop=stop,
        text=text[start:stop],
        nominative=" ".join(rendered),
        first=parts.get("first"),
        patronymic=parts.get("patr"),
        last=parts.get("last"),
        gender=a.gender,
        case=a.case,
    )


_ = fn  # the gazetteer is reached through _morph; kept imported for type checkers

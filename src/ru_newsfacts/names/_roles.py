"""Role descriptors ("политолога", "лидера РФ", "официальный представитель МИД") in any case."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress

from ..data import roles as rd
from ..data.spelling import VELAR_OR_HUSHING, y_or_i
from ._morph import CASES, noun_forms
from ._persons import find_person_names, name_word

# Every string folded here is a word: the cached fold saves a call on a hot path.
from ._text import _KINDS, Token, Tokens, TokenSeq, frozen_build, token_texts, tokens, word_index
from ._text import fold_word as fold

__all__ = ["RoleMention", "find_roles", "role_cases", "role_to_nominative"]

_SIBILANT = "жшчщц"


@dataclass(frozen=True)
class RoleMention:
    """A role descriptor in the text, with its nominative.

    Attributes:
        start: Offset of the first character in the caller's string.
        stop: End-exclusive offset just past the last character.
        text: ``source[start:stop]``.
        nominative: The descriptor in the nominative, complements kept as written
            ("лидер РФ", "министр иностранных дел России").
        head: The lemma of the head noun ("лидер", "глава", "политолог").
        gender: "m" or "f" when the role or its adjectives tell, else None.
        plural: True for a group ("эксперты", "по мнению аналитиков"); ``nominative`` is
            then the nominative plural and ``head`` still the singular lemma.
    """

    start: int
    stop: int
    text: str
    nominative: str
    head: str
    gender: str | None
    plural: bool = False


@dataclass(frozen=True)
class _HeadForm:
    lemma: str
    case: str
    agree: str  # grammatical gender adjectives take with this noun: "m" or "f"


def _adjective_forms(lemma: str) -> dict[str, list[str]]:
    stem, end = lemma[:-2], lemma[-2:]
    if end in ("ая", "яя"):
        soft = end == "яя" or stem[-1:] in _SIBILANT
        e = ("ая", "ей", "ей", "ую", "ей", "ей") if soft else ("ая", "ой", "ой", "ую", "ой", "ой")
        return {c: [stem + x] for c, x in zip(CASES, e, strict=True)}
    soft = end == "ий" and stem[-1:] not in "гкх"
    hard_i = stem[-1:] in VELAR_OR_HUSHING
    if soft:
        e = ("", "его", "ему", "его", "им", "ем")
    else:
        e = ("", "ого", "ому", "ого", "им" if hard_i else "ым", "ом")
    forms = {c: [stem + x] for c, x in zip(CASES, e, strict=True)}
    forms["nom"] = [lemma]
    return forms


_PL_CASES = tuple(c + "_pl" for c in CASES)


def _plural_forms(lemma: str) -> dict[str, list[str]]:
    """Plural case forms of a role noun (keys "nom_pl" ... "loc_pl"), by its ending."""
    head, sep, last = lemma.rpartition("-")
    prefix = head + sep
    if lemma in rd.ADJECTIVAL:
        stem = last[:-2]
        i = "и" if last.endswith("ий") else y_or_i(stem)
        e: tuple[str, ...] = (i + "е", i + "х", i + "м", i + "х", i + "ми", i + "х")
    elif last.endswith("а"):
        stem = last[:-1]
        i = y_or_i(stem)
        zero = "" if not stem.endswith("к") else None  # спортсменок: a fleeting vowel, not listed
        forms = {
            "nom_pl": [stem + i],
            "dat_pl": [stem + "ам"],
            "ins_pl": [stem + "ами"],
            "loc_pl": [stem + "ах"],
        }
        if zero is not None:
            forms["gen_pl"] = [stem + zero]
            forms["acc_pl"] = [stem + zero]
        return {c: [prefix + f for f in fs] for c, fs in forms.items()}
    elif last.endswith("ь"):
        stem = last[:-1]
        e = ("и", "ей", "ям", "ей", "ями", "ях")
    elif last[-1:] in "йяео":
        return {}
    else:
        stem = rd.OBLIQUE_STEMS.get(last, last)
        i = y_or_i(stem)
        gen = "ей" if stem[-1:] in "жшчщ" else "ов"
        e = (i, gen, "ам", gen, "ами", "ах")
    return {c: [prefix + stem + x] for c, x in zip(_PL_CASES, e, strict=True)}


@lru_cache(maxsize=4096)
def _nominative_plural(lemma: str) -> str:
    """The nominative plural of a role noun with a plural (``_plural_forms``' first "nom_pl")."""
    return _plural_forms(lemma)["nom_pl"][0]


def _build_index() -> dict[str, list[_HeadForm]]:
    index: dict[str, list[_HeadForm]] = {}
    for lemma in sorted(rd.ROLES):
        if lemma in rd.INDECLINABLE:
            paradigm = {c: [lemma] for c in CASES}
            agree = "m"
        elif lemma in rd.ADJECTIVAL:
            paradigm = _adjective_forms(lemma)
            agree = "f" if lemma.endswith(("ая", "яя")) else "m"
        else:
            fem = lemma in rd.FEMININE
            decl = "f" if (fem or lemma.endswith(("а", "я"))) else "m"
            paradigm = noun_forms(lemma, decl, rd.OBLIQUE_STEMS.get(lemma))
            if lemma.endswith("ь") and not fem:
                paradigm = noun_forms(lemma, "m")
            if decl == "m" and lemma[-1:] in _SIBILANT:
                # Stress decides -ом/-ем after a sibilant (врачом, товарищем): accept both.
                base = rd.OBLIQUE_STEMS.get(lemma, lemma)
                paradigm["ins"] = [base + "ом", base + "ем"]
            if fem and lemma.endswith("ь"):
                # мать, дочь: the undeclined fallback of names does not apply to nouns.
                paradigm = {
                    c: [f for f in fs if c in ("nom", "acc") or f != lemma] for c, fs in paradigm.items()
                }
            agree = "f" if fem else "m"
        if lemma not in rd.NO_PLURAL and lemma not in rd.INDECLINABLE and lemma not in rd.FEMININE:
            singular = {fold(f) for fs in paradigm.values() for f in fs}
            for case, forms in _plural_forms(lemma).items():
                # A plural form that is also a singular one (главы) stays singular.
                kept = [f for f in forms if fold(f) not in singular]
                if kept:
                    paradigm[case] = kept
        for case, forms in paradigm.items():
            for form in forms:
                entry = _HeadForm(lemma, case, agree)
                bucket = index.setdefault(fold(form), [])
                if entry not in bucket:
                    bucket.append(entry)
    return index


# Built on first use: the role paradigms would slow down importing the package.
_index = cache(_build_index)
_PREFIXES = tuple(rd.PREFIXES)
_GEN_PL = frozenset(rd.GENITIVE_PLURAL_WORDS)
_NOT_COMPL = frozenset(rd.NOT_COMPLEMENTS)
_NOT_MOD = frozenset(rd.NOT_MODIFIERS)
_GEN_ENDINGS = ("а", "я", "ы", "и", "ов", "ев", "ей", "ой", "ого", "его", "ых", "их", "ий")
_DAT_ENDINGS = ("ам", "ям", "ым", "им", "ому", "ему", "ой", "ей", "е", "и", "у", "ю")
_ADJ_ENDINGS: dict[str, tuple[str, ...]] = {
    "nom": ("ый", "ий", "ой", "ая", "яя"),
    "gen": ("ого", "его", "ой", "ей"),
    "dat": ("ому", "ему", "ой", "ей"),
    "acc": ("ого", "его", "ую", "юю"),
    "ins": ("ым", "им", "ой", "ей", "ою"),
    "loc": ("ом", "ем", "ой", "ей"),
    "nom_pl": ("ые", "ие"),
    "gen_pl": ("ых", "их"),
    "dat_pl": ("ым", "им"),
    "acc_pl": ("ых", "их"),
    "ins_pl": ("ыми", "ими"),
    "loc_pl": ("ых", "их"),
}
_FEM_ADJ = ("ая", "яя", "ую", "юю", "ою")
_FEM_NOUN_NOMINATIVE = ("ция", "сия")
_MIN_PAST = 5
_PP_PREPOSITIONS = frozenset({"под", "в", "во", "на", "за", "из", "у", "при", "над", "от"})
_ADJ_GEN = ("ой", "ей", "ого", "его", "ых", "их", "ского", "ской")
_MASC_ADJ = ("ый", "ий", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем")
_QUOTES_OPEN = '«"„“'
_TITLE_OPENERS = "«„"
_QUOTES_CLOSE = '»"“”'
_CLOSE_MARKS = frozenset(_QUOTES_CLOSE)
_STOP_MARKS = frozenset(".!?;:")
_DASHES = frozenset("-‐–")


@cache
def _role_keys() -> frozenset[str]:
    """Every key ``_head_forms`` can read as a role: a form, or a role prefix and a form."""
    forms = _index()
    # The prefixed keys _head_forms accepts (longer than the prefix + 2) are among these.
    return frozenset(forms).union(prefix + form for prefix in _PREFIXES for form in forms)


@lru_cache(maxsize=65536)
def _head_forms(word: str) -> tuple[str, tuple[_HeadForm, ...]]:
    """The prefix as written ("экс-") and the head readings of ``word``."""
    key = fold(word)
    found = _index().get(key)
    if found:
        return "", tuple(found)
    for prefix in _PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            found = _index().get(key[len(prefix) :])
            if found:
                return word[: len(prefix)].lower(), tuple(found)
    return "", ()


_MASC_CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    "nom": ("ый", "ий", "ой", "ая", "яя"),  # "известная политолог": a woman in a common-gender role
    "gen": ("ого", "его"),
    "dat": ("ому", "ему"),
    "acc": ("ого", "его"),
    "ins": ("ым", "им"),
    "loc": ("ом", "ем"),
}
_FEM_CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    "nom": ("ая", "яя"),
    "gen": ("ой", "ей"),
    "dat": ("ой", "ей"),
    "acc": ("ую", "юю"),
    "ins": ("ой", "ей", "ою"),
    "loc": ("ой", "ей"),
}


@lru_cache(maxsize=256)
def _agreeing_endings(case: str, agrees: AbstractSet[str]) -> tuple[str, ...]:
    """Adjective endings that agree with a head noun of these grammatical genders in ``case``."""
    if case.endswith("_pl"):
        return _ADJ_ENDINGS[case]
    out: tuple[str, ...] = ()
    if "m" in agrees:
        out += _MASC_CASE_ENDINGS[case]
    if "f" in agrees:
        out += _FEM_CASE_ENDINGS[case]
    return out


@lru_cache(maxsize=65536)
def role_cases(word: str) -> tuple[str, ...]:
    """The singular cases ``word`` can be in as a role noun ("министра" → gen, acc), else ()."""
    _, heads = _head_forms(word)
    return tuple(sorted({h.case for h in heads if not h.case.endswith("_pl")}))


@lru_cache(maxsize=65536)
def role_all_cases(word: str) -> tuple[str, ...]:
    """Every case, singular and plural, ``word`` can be in as a role noun ("членов" → gen_pl, acc_pl)."""
    _, heads = _head_forms(word)
    return tuple(sorted({h.case for h in heads}))


def _adjective_plural(word: str) -> str:
    """The nominative plural of an adjective in a plural case (российских → российские)."""
    low = fold(word)
    for ending in ("ыми", "ими", "ые", "ие", "ых", "их", "ым", "им"):
        if low.endswith(ending):
            return word[: len(word) - len(ending)] + ending[0] + "е"
    return word


# Every adjective ending, longest first (two endings of one length never both end a word).
_ADJ_ENDINGS_LONGEST_FIRST = tuple(
    sorted({e for es in _ADJ_ENDINGS.values() for e in es}, key=len, reverse=True)
)


def _adjective_nominative(word: str, agree: str) -> str:
    low = fold(word)
    for ending in _ADJ_ENDINGS_LONGEST_FIRST:
        if low.endswith(ending):
            stem = word[: len(word) - len(ending)]
            break
    else:
        return word
    sl = fold(stem)
    if agree == "f":
        soft = ending in ("яя", "юю") or (ending in ("ей",) and sl[-1:] not in _SIBILANT)
        return stem + ("яя" if soft else "ая")
    if fold(stem + "ой") in rd.OI_ADJECTIVES:
        return stem + "ой"
    if ending in ("ий", "его", "ему", "ем") or (ending == "им" and sl[-1:] not in VELAR_OR_HUSHING):
        return stem + "ий"
    if sl[-1:] in VELAR_OR_HUSHING:
        return stem + "ий"
    return stem + "ый"


def _word_after(toks: TokenSeq, i: int) -> int | None:
    # Read from the token texts: no Token is built for the space skipped.
    texts = token_texts(toks)
    j = i + 1
    n = len(texts)
    if j < n:
        piece = texts[j]
        if _KINDS[piece[0]] == "space":
            if "\n" in piece or len(piece) > 2:
                return None
            j += 1
    return j if j < n else None


def _word_before(toks: TokenSeq, i: int) -> int | None:
    texts = token_texts(toks)
    j = i - 1
    if j >= 0:
        piece = texts[j]
        if _KINDS[piece[0]] == "space":
            if "\n" in piece or len(piece) > 2:
                return None
            j -= 1
    return j if j >= 0 and texts[j][0].isalpha() else None


def _verbish(key: str) -> bool:
    if key in rd.NOMINAL_LA:
        return False
    if key.endswith(("ся", "сь")):
        return True
    if len(key) > 3 and key[-1] in "аио" and key[-2] == "л":
        # Past tense: -ала/-ила/... and -шла (прошла, пришли).
        return key[-3] in "аяиеыуош"
    return False


def _genitive_like(t: Token) -> bool:
    key = t.key
    if t.is_all_caps:
        return True
    if key in _NOT_COMPL or _verbish(key):
        return False
    if t.is_lower and key.endswith(_FEM_NOUN_NOMINATIVE):
        # "членов организация": "-ция"/"-сия" is a nominative, the genitive is "-ции"/"-сии".
        return False
    if t.is_lower and key in _GEN_PL:
        return True
    return len(key) > 2 and key.endswith(_GEN_ENDINGS)


# What the role builder asks of a word token (bits of ``_word_bits``).
_UPPER_INITIAL = 1
_ALL_CAPS = 2
_LOWER = 4
_GENITIVE = 8


@lru_cache(maxsize=65536)
def _word_bits(word: str) -> int:
    """``Token.is_upper_initial``, ``is_all_caps``, ``is_lower`` and ``_genitive_like`` of a word
    token, read from its text alone, as bits: one cached look-up instead of four calls.

    Its folded text stands for the token's key: they differ only at a Σ that ends the word,
    and every test of the key reads a Cyrillic ending or a Cyrillic word.
    """
    t = Token(0, len(word), word, "word", fold(word))
    return (
        (_UPPER_INITIAL if t.is_upper_initial else 0)
        | (_ALL_CAPS if t.is_all_caps else 0)
        | (_LOWER if t.is_lower else 0)
        | (_GENITIVE if _genitive_like(t) else 0)
    )


def _participle_phrase(toks: TokenSeq, k: int, a: int) -> int | None:
    """The end of "participle + preposition + object + noun" in a genitive plural complement
    ("расстрелянных под Катынью военнопленных"), or None when no noun agreeing with the
    participle follows its object: then the complement ends before the preposition."""
    prev, w = toks[k], toks[a]
    if w.kind != "word" or w.key not in _PP_PREPOSITIONS or not prev.key.endswith(("ых", "их")):
        return None
    obj = _word_after(toks, a)
    noun = _word_after(toks, obj) if obj is not None and toks[obj].kind == "word" else None
    if noun is None or toks[noun].kind != "word" or not toks[noun].is_lower:
        return None
    key = toks[noun].key
    if len(key) > _MIN_COMPLEMENT and key.endswith(("ых", "их", "ов", "ев", "ей")) and not _verbish(key):
        return noun
    return None


def find_roles(text: str) -> list[RoleMention]:
    """Find role descriptors ("политолог", "лидера РФ", "министра энергетики") in text.

    A role is a role noun from ``ru_newsfacts.data.roles`` in any case, with the
    adjectives before it that agree with it ("официального представителя") and the
    genitive complement after it ("министр иностранных дел России"), which stops at a
    person's name.

    Args:
        text: Any text.

    Returns:
        The role mentions in text order; ``text[r.start:r.stop] == r.text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_roles() expects a str, got {type(text).__name__}")
    toks = tokens(text)
    name_starts: set[int] = set()
    for m in find_person_names(text):
        name_starts.add(m.start)
    titled = _short_quoted(toks)
    out: list[RoleMention] = []
    resume = 0
    # A role starts at a word whose key is a role form, bare or after a role prefix (экс-): one
    # set look-up per word, in C, finds those few, a superset of the words _head_forms reads.
    index = word_index(text)
    for i in compress(index.words, map(_role_keys().__contains__, index.keys)):
        t = toks[i]
        if i < resume or t.start in name_starts or i in titled:
            continue
        # The cached look-up first: most words are no role, and is_all_caps costs a call.
        prefix, heads = _head_forms(t.text)
        if not heads or _word_bits(t.text) & _ALL_CAPS:
            continue
        built = _build(text, toks, i, prefix, heads, name_starts)
        if built is not None:
            mention, last = built
            out.append(mention)
            resume = last + 1
    return out


def _short_quoted(toks: Tokens) -> set[int]:
    """Token indices inside short «...» titles (names of journals, films, companies)."""
    inside: set[int] = set()
    texts = toks.texts
    for a in toks.char_positions(_TITLE_OPENERS):
        close = _quoted_end_of_texts(texts, a)
        if close is not None:
            inside.update(range(a + 1, close))
    return inside


def _quoted_end_of_texts(texts: list[str], a: int) -> int | None:
    """``_quoted_end`` read from the token texts alone (no token object built).

    A closing quote or a stop mark is a one-character token of its own, so its text tells its
    kind; a token holding a line break is a run of spaces; a word opens with a letter.
    """
    words = 0
    for j in range(a + 1, min(len(texts), a + 16)):
        piece = texts[j]
        if piece in _CLOSE_MARKS and j > a + 1:
            return j
        if piece in _STOP_MARKS or "\n" in piece:
            return None
        if piece[0].isalpha():
            words += 1
            if words > 5:
                return None
    return None


def _readings_info(
    word: str, heads: tuple[_HeadForm, ...]
) -> tuple[frozenset[str], frozenset[str], tuple[_HeadForm, ...]]:
    """The cases and agreement genders of the head readings ``heads`` of ``word``, and those
    readings spelled as the word is (with or without ё; all of them when none is)."""
    word_has_yo = "ё" in word.lower()
    spelled = tuple(h for h in heads if ("ё" in h.lemma) == word_has_yo) or heads
    return frozenset(h.case for h in heads), frozenset(h.agree for h in heads), spelled


@lru_cache(maxsize=65536)
def _head_info(
    word: str,
) -> tuple[tuple[_HeadForm, ...], frozenset[str], frozenset[str], tuple[_HeadForm, ...]]:
    """``_head_forms(word)``'s readings with their ``_readings_info``: read once per word, not per role."""
    heads = _head_forms(word)[1]
    return (heads, *_readings_info(word, heads))


def _build(
    text: str,
    toks: TokenSeq,
    i: int,
    prefix: str,
    heads: tuple[_HeadForm, ...],
    name_starts: set[int],
) -> tuple[RoleMention, int] | None:
    # Adjectives before the head that agree with one of its readings.
    texts = token_texts(toks)
    mods: list[int] = []
    word_heads, all_cases, agrees, spelled = _head_info(texts[i])
    if word_heads is not heads:  # (only when the callers' cached readings were evicted between)
        all_cases, agrees, spelled = _readings_info(texts[i], heads)
    cases = all_cases
    j = i
    while len(mods) < 3:
        b = _word_before(toks, j)
        if b is None:
            break
        w = toks[b]
        key = w.key
        if key in _NOT_MOD or _word_bits(w.text) & _ALL_CAPS or w.start in name_starts or len(key) < 4:
            break
        if b > 0 and texts[b - 1] in _DASHES:  # (one-character tokens of their own)
            break  # "56-летнего": part of a compound with a number, not a modifier
        fits = frozenset(c for c in cases if key.endswith(_agreeing_endings(c, agrees)))
        if not fits or _verbish(key) or len(key) < 5:
            break
        cases = fits
        mods.insert(0, b)
        j = b
    # With no adjective narrowing the cases, the first reading spelled as the word is the head.
    head = spelled[0] if cases is all_cases else next((h for h in spelled if h.case in cases), spelled[0])
    nxt = _word_after(toks, i)
    nxt_tok = toks[nxt] if nxt is not None else None
    if (
        head.lemma in rd.ADJECTIVAL
        and nxt_tok is not None
        and nxt_tok.kind == "word"
        and nxt_tok.is_lower
        and len(nxt_tok.key) > 3
        and not _verbish(nxt_tok.key)
        and nxt_tok.key not in _NOT_COMPL
        and not _noun_complement(nxt_tok.text, head.case)
    ):
        return None  # "ведущую роль", "военного времени": an adjective before its noun
    # Genitive (and "по" + dative) complement after the head.
    compl_end = i
    k = i
    words = 0
    while words < 7:
        a = _word_after(toks, k)
        if a is None:
            break
        w = toks[a]
        if w.kind == "other" and w.text in _QUOTES_OPEN:
            close = _quoted_end(toks, a)
            if close is None or (compl_end == i and head.lemma not in rd.ORG_HEADS):
                break
            compl_end = k = close
            words += 1
            continue
        if w.kind != "word" or w.start in name_starts:
            break
        key = w.key
        bits = _word_bits(w.text)
        if key == "по":
            n2 = _word_after(toks, a)
            if (
                n2 is not None
                and toks[n2].kind == "word"
                and toks[n2].is_lower
                and toks[n2].key.endswith(_DAT_ENDINGS)
            ):
                k = a
                continue
            break
        if key == "и" and compl_end > i:
            n2 = _word_after(toks, a)
            if (
                n2 is None
                or toks[n2].kind != "word"
                or not _genitive_like(toks[n2])
                or _head_forms(toks[n2].text)[1]
            ):
                break
            k = a
            continue
        if bits & _UPPER_INITIAL and not bits & _GENITIVE:
            break
        participle = _participle_phrase(toks, k, a) if compl_end > i else None
        if participle is not None:
            # "родственников расстрелянных под Катынью военнопленных": the participle's own
            # prepositional phrase stands between it and its noun.
            compl_end = k = participle
            words += 3
            continue
        if bits & _UPPER_INITIAL and not bits & _ALL_CAPS:
            n2 = _word_after(toks, a)
            if (
                n2 is not None
                and toks[n2].is_upper_initial
                and not toks[n2].is_all_caps
                and (not _genitive_like(toks[n2]) or not key.endswith(_ADJ_GEN))
                and not (key.startswith(rd.INSTITUTION_STEMS) and _after_capital_adjective(toks, k, a))
                and toks[n2].start not in name_starts  # a known name starts after X: X is fine
                and name_word(w.text)
            ):
                # "Исландии Гвюдни Йоуханнессон", "ведомства Паноса Камменоса": a name starts
                # here; "Российской Федерации" (adjective first) goes on.
                break
        if not bits & _GENITIVE and not (toks[k].key == "по" or _after_po(toks, k, a)):
            # "лидеров ведущих стран": a genitive plural with no ending after its adjective.
            prev = toks[k].key
            if not (
                compl_end > i
                and prev.endswith(("ых", "их"))
                and bits & _LOWER
                and len(key) > 2
                and key not in _NOT_COMPL
                and not _verbish(key)
                # "военнопленных заявил": a masculine past verb, no genitive plural ("стран", "дел").
                and not (len(key) >= _MIN_PAST and key[-1] == "л" and key[-2] in "аеиоуыя")
            ):
                break
        compl_end = k = a
        words += 1
    if not _evidenced(toks, i, head, mods, compl_end, name_starts):
        return None
    start_tok = mods[0] if mods else i
    start = toks[start_tok].start
    stop = toks[compl_end].stop
    fem_mods = bool(mods) and all(fold(toks[m].text).endswith(_FEM_ADJ) for m in mods)
    agree = "f" if fem_mods else head.agree
    plural = head.case.endswith("_pl")
    if plural:
        parts = [_adjective_plural(toks[m].text) for m in mods]
        parts.append(prefix + _nominative_plural(head.lemma))
    else:
        parts = [
            toks[m].text if head.case == "nom" else _adjective_nominative(toks[m].text, agree) for m in mods
        ]
        parts.append(prefix + head.lemma)
    nominative = " ".join(parts)
    if compl_end > i:
        nominative += text[toks[i].stop : stop]
    nominative = nominative[:1].lower() + nominative[1:] if not nominative[:2].isupper() else nominative
    gender: str | None = None
    if head.lemma in rd.FEMININE:
        gender = "f"
    elif head.lemma in rd.MASCULINE:
        gender = "m"
    elif fem_mods:
        gender = "f"  # "известная политолог": the adjective tells a woman holds the role
    mention = frozen_build(
        RoleMention,
        start=start,
        stop=stop,
        text=text[start:stop],
        nominative=nominative,
        head=prefix + head.lemma,
        gender=gender,
        plural=plural,
    )
    return mention, compl_end


_GEN_ONLY_ENDINGS = ("а", "я", "ов", "ев")
_MIN_COMPLEMENT = 3


def _noun_complement(word: str, case: str) -> bool:
    """Whether ``word`` is a role noun that cannot agree with an adjective in ``case``: then the
    adjective is a noun itself and the word its genitive complement ("знакомые артиста")."""
    cases = {h.case for h in _head_forms(word)[1]}
    if case == "nom_pl" and not cases:
        # A plural adjective agrees with no noun ending in -а/-я/-ов/-ев: "знакомые соседа".
        return fold(word).endswith(_GEN_ONLY_ENDINGS) and len(word) > _MIN_COMPLEMENT
    return bool(cases) and case not in cases and "gen" in cases


def _evidenced(
    toks: TokenSeq, i: int, head: _HeadForm, mods: list[int], compl_end: int, name_starts: set[int]
) -> bool:
    """Whether a role form that is also a common noun's form (политика, премьера) is the role."""
    ambiguous = rd.HOMONYM_FORMS.get(head.lemma)
    if not ambiguous or head.case not in ambiguous:
        return True
    if any(fold(toks[m].text).endswith(_MASC_ADJ) for m in mods):
        return True
    b = _word_before(toks, mods[0] if mods else i)
    if b is not None and toks[b].key in rd.EVIDENCE_BEFORE:
        return True
    if compl_end > i and head.lemma == "глава":
        return True
    a = _word_after(toks, compl_end if compl_end > i else i)
    if a is not None and (toks[a].start in name_starts):
        return True
    if compl_end > i:
        first = _word_after(toks, i)
        return first is not None and (toks[first].is_upper_initial or toks[first].is_all_caps)
    return False


def _after_capital_adjective(toks: TokenSeq, k: int, a: int) -> bool:
    """True when the word at ``a`` follows a capitalised adjective (``k``): "Верховного Совета"."""
    prev = toks[k]
    return k != a and prev.kind == "word" and prev.is_upper_initial and prev.key.endswith(_ADJ_GEN)


def _after_po(toks: TokenSeq, k: int, a: int) -> bool:
    """True when ``a`` continues a "по ..." phrase begun before ``k``."""
    texts = token_texts(toks)  # no Token built for the words and spaces stepped over
    b = k
    for _ in range(3):
        if b < 0:
            return False
        if fold(texts[b]) == "по":  # a word whose key is "по" (no other token folds to it)
            return toks[a].is_lower and toks[a].key.endswith(_DAT_ENDINGS + _GEN_ENDINGS)
        b -= 1
    return False


def _quoted_end(toks: TokenSeq, a: int) -> int | None:
    """Index of the closing quote of a short quoted name opening at ``a``."""
    words = 0
    for j in range(a + 1, min(len(toks), a + 16)):
        t = toks[j]
        if t.kind == "other" and t.text in _QUOTES_CLOSE and j > a + 1:
            return j
        if t.kind == "other" and t.text in ".!?;:":
            return None
        if t.kind == "space" and "\n" in t.text:
            return None
        if t.kind == "word":
            words += 1
            if words > 5:
                return None
    return None


def role_to_nominative(phrase: str) -> str:
    """Put a role descriptor in any case into the nominative.

    Args:
        phrase: The descriptor as written ("политологом", "лидера РФ",
            "официального представителя МИД").

    Returns:
        The nominative ("политолог", "лидер РФ", "официальный представитель МИД"), or the
        phrase itself (trimmed) when it holds no known role noun.
    """
    found = find_roles(phrase)
    if not found:
        return phrase.strip()
    return found[0].nominative

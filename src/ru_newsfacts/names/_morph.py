"""Rule-based morphology of Russian person names: every reading of one word form.

A *reading* says: this form can be case ``case`` of the name whose nominative is
``nominative``, of gender ``gender`` (None: either), with a prior ``weight``.  Phrases
are then read by choosing one case and gender that all their words agree on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from .._scope import morph_enabled
from ..data import first_names as fn
from ..data import surnames as sn
from ..data.spelling import VELAR_OR_HUSHING, y_or_i
from . import _pymorphy

# Every string folded here is a word: the cached fold saves a call on a hot path.
from ._text import fold_word as fold

__all__ = [
    "CASES",
    "Reading",
    "first_name_readings",
    "guess_first_readings",
    "is_dictionary_first_name",
    "is_first_name",
    "noun_forms",
    "patronymic_readings",
    "surname_readings",
]

CASES: tuple[str, ...] = ("nom", "gen", "dat", "acc", "ins", "loc")
_ALL: tuple[str, ...] = CASES
_SIBILANT = "жшчщц"
_VOWELS = "аеёиоуыэюя"


@dataclass(frozen=True)
class Reading:
    """One way to read a word form: the nominative, gender, case and a prior weight."""

    nominative: str
    gender: str | None
    case: str
    weight: float


def _cap(word: str) -> str:
    # Capitalise each hyphen-separated part the way names are written (Касым-Жомарт).
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def noun_forms(nom: str, gender: str | None, oblique: str | None = None) -> dict[str, list[str]]:
    """The singular case forms of a name or role noun, by rule from its ending.

    Args:
        nom: The nominative, e.g. "Антон", "Мария", "Игорь", "Касым-Жомарт".
        gender: "m", "f" or None (both: the -а class then serves both genders).
        oblique: The oblique stem when the nominative loses a vowel (Павел → Павл).

    Returns:
        A mapping case → forms; an indeclinable noun maps every case to itself.
    """
    head, sep, last = nom.rpartition("-")
    prefix = head + sep
    low = last.lower()
    forms: dict[str, list[str]] = {c: [] for c in CASES}

    def put(stem: str, endings: Iterable[str]) -> None:
        for case, ending in zip(CASES, endings, strict=True):
            forms[case].append(prefix + stem + ending)

    if not low:
        return {c: [nom] for c in CASES}
    end = low[-1]
    if end in "оеиуюэы" or (end == "а" and low.endswith(("уа", "оа", "иа"))):
        return {c: [nom] for c in CASES}
    if end == "а":
        stem = last[:-1]
        gen = y_or_i(stem)
        ins = "ей" if stem[-1:].lower() in _SIBILANT else "ой"
        put(stem, ("а", gen, "е", "у", ins, "е"))
    elif end == "я":
        stem = last[:-1]
        if stem[-1:].lower() == "и":
            put(stem, ("я", "и", "и", "ю", "ей", "и"))
        else:
            put(stem, ("я", "и", "е", "ю", "ей", "е"))
    elif end == "ь" and gender == "f":
        stem = oblique or last[:-1]
        put(stem, ("ь", "и", "и", "ь", "ью", "и"))
        forms["nom"] = [nom]
        forms["acc"] = [nom]
        # Eastern feminine names in -ь (Айгуль, Асель) are often left undeclined.
        for c in CASES:
            if nom not in forms[c]:
                forms[c].append(nom)
    elif end == "ь":
        stem = last[:-1]
        put(stem, ("ь", "я", "ю", "я", "ем", "е"))
    elif end == "й":
        stem = last[:-1]
        loc = "и" if stem[-1:].lower() == "и" else "е"
        put(stem, ("й", "я", "ю", "я", "ем", loc))
    elif gender == "f":
        return {c: [nom] for c in CASES}
    else:
        stem = oblique or last
        ins = "ем" if stem[-1:].lower() in _SIBILANT else "ом"
        put(stem, ("", "а", "у", "а", ins, "е"))
        forms["nom"] = [nom]
    return forms


def _build_first_names() -> dict[str, list[tuple[str, str | None, str, bool]]]:
    index: dict[str, list[tuple[str, str | None, str, bool]]] = {}
    groups: list[tuple[frozenset[str], str | None]] = [
        (fn.MALE - fn.EITHER, "m"),
        (fn.FEMALE - fn.EITHER, "f"),
        (fn.EITHER, None),
    ]
    for names, gender in groups:
        for name in sorted(names):
            if name in fn.INDECLINABLE or (gender is None and not name.endswith(("а", "я"))):
                # Shared consonant-final names (Мишель, Ким) are left undeclined.
                paradigm = {c: [name] for c in CASES}
            else:
                paradigm = noun_forms(name, gender or "f", fn.FLEETING.get(name))
            common = name in fn.COMMON_WORDS
            for case, forms in paradigm.items():
                for form in forms:
                    entry = (name, gender, case, common)
                    bucket = index.setdefault(fold(form), [])
                    if entry not in bucket:
                        bucket.append(entry)
    return index


# Built on first use: thousands of paradigms would slow down importing the package.
_first_names = cache(_build_first_names)


@lru_cache(maxsize=65536)
def is_first_name(word: str, *, allow_common: bool = True) -> bool:
    """True if ``word`` is a form of a known first name.

    Args:
        word: A word form as written.
        allow_common: Also accept names that are common words (Вера, Роман).
    """
    known, uncommon = _first_name_kinds(word)
    return known if allow_common else uncommon


@lru_cache(maxsize=65536)
def _first_name_kinds(word: str) -> tuple[bool, bool]:
    """Whether ``word`` is a form of a known first name; of one that is no common word."""
    entries = _first_names().get(fold(word), ())
    return bool(entries), any(not common for _, _, _, common in entries)


@lru_cache(maxsize=65536)
def is_dictionary_first_name(word: str) -> bool:
    """With ``morph=True``: a first name pymorphy3's dictionary knows and the gazetteer lacks.

    Only a name opening counts on it (a surname must follow): the dictionary also tags some
    foreign surnames as first names, and never is the word a place or a surname there too.
    """
    if not morph_enabled() or _first_names().get(fold(word)):
        return False
    found = _pymorphy.analyse(word)
    return (
        not found.place
        and any(r.kind == "first" for r in found.readings)
        and not any(r.kind == "last" for r in found.readings)
    )


def first_name_readings(word: str) -> list[Reading]:
    """Readings of ``word`` as a first name (empty if it is not one)."""
    entries = _first_names().get(fold(word), ())
    has_yo = "ё" in word.lower()
    out: list[Reading] = []
    seen: set[tuple[str, str | None, str]] = set()
    for name, gender, case, _common in entries:
        # Prefer the spelling that matches the text's use of ё (Петр vs Пётр).
        if ("ё" in name) != has_yo and any(
            fold(n) == fold(name) and ("ё" in n) == has_yo for n, _, _, _ in entries
        ):
            continue
        key = (name, gender, case)
        if key not in seen:
            seen.add(key)
            out.append(Reading(name, gender, case, 2.0))
    return out


def patronymic_readings(word: str) -> list[Reading]:
    """Readings of ``word`` as a patronymic (Георгиевич, Владимировной, Ильича)."""
    low = fold(word)
    out: list[Reading] = []
    for suffix in sn.PATRONYMIC_SUFFIXES_M:
        for ending, cases in (("", ("nom",)), ("а", ("gen", "acc")), ("у", ("dat",)), ("ем", ("ins",))):
            if low.endswith(suffix + ending):
                nom = word[: len(word) - len(ending)]
                out.extend(Reading(nom, "m", c, 1.5 if len(suffix) > 2 else 0.8) for c in cases)
        if low.endswith(suffix + "е"):
            out.append(Reading(word[:-1], "m", "loc", 1.5 if len(suffix) > 2 else 0.8))
    for suffix in sn.PATRONYMIC_SUFFIXES_F:
        stem = suffix[:-1]
        for ending, cases in (
            ("а", ("nom",)),
            ("ы", ("gen",)),
            ("е", ("dat", "loc")),
            ("у", ("acc",)),
            ("ой", ("ins",)),
        ):
            if low.endswith(stem + ending):
                nom = word[: len(word) - len(ending)] + "а"
                out.extend(Reading(nom, "f", c, 1.5) for c in cases)
    if low.endswith(("улы", "уулу", "оглы")):
        out.extend(Reading(word, "m", c, 1.2) for c in _ALL)
    if low.endswith(("кызы", "гызы")):
        out.extend(Reading(word, "f", c, 1.2) for c in _ALL)
    # Keep the longest-suffix analysis for each case (Ильинична, not *Ильинична + ич).
    best: dict[tuple[str, str | None, str], Reading] = {}
    for r in out:
        k = (r.nominative, r.gender, r.case)
        if k not in best or best[k].weight < r.weight:
            best[k] = r
    return list(best.values())


def _ends(word: str, suffixes: Iterable[str]) -> bool:
    return word.endswith(tuple(suffixes))


_POSS = tuple(fold(s) for s in sn.POSSESSIVE_SUFFIXES)


@lru_cache(maxsize=65536)
def surname_readings(word: str) -> tuple[Reading, ...]:
    """Every reading of ``word`` as a surname, with priors (empty for non-words)."""
    if not word or not word[0].isupper():
        return ()
    head, sep, tail = word.partition("-")
    if sep and head and tail[:1].isupper() and "-" not in tail:
        return _double_surname_readings(head, tail)
    low = fold(word)
    out: list[Reading] = []

    def add(nom: str, gender: str | None, cases: Iterable[str], weight: float) -> None:
        out.extend(Reading(nom, gender, c, weight) for c in cases)

    poss = _POSS
    cases: tuple[str, ...]
    known = word in sn.KNOWN or word in sn.INDECLINABLE
    # Invariable surnames: known ones, -ых/-их, -о, Georgian, Turkic.
    if word in sn.INDECLINABLE and low[-1] in _VOWELS + "хш":
        add(word, None, _ALL, 1.6)
    elif _ends(low, sn.INDECLINABLE_SUFFIXES):
        add(word, None, _ALL, 1.0)
    elif low[-1] in "оэ" and not (low.endswith(("ого", "его")) and len(low) > 5):
        add(word, None, _ALL, 0.9)
    elif low[-1] in "еиую" and not _ends(low[:-1], _POSS):
        add(word, None, _ALL, 0.45)

    # Possessive: Лавров / Лаврова / Лаврову / Лавровым / Лаврове; fem Лаврова / -ой / -у.
    if _ends(low, poss):
        add(word, "m", ("nom",), 1.0)
    for ending, cases in (("а", ("gen", "acc")), ("у", ("dat",)), ("ым", ("ins",)), ("е", ("loc",))):
        if low.endswith(ending) and _ends(low[: len(low) - len(ending)], poss):
            add(word[: len(word) - len(ending)], "m", cases, 1.0)
    for ending, cases in (("а", ("nom",)), ("ой", ("gen", "dat", "ins", "loc")), ("у", ("acc",))):
        if low.endswith(ending) and _ends(low[: len(low) - len(ending)], poss):
            add(word[: len(word) - len(ending)] + "а", "f", cases, 1.0)

    # Adjectival: Жириновский / -ого / -ому / -им / -ом; fem -ая / -ой / -ую.
    adj_m = ("ий", "ый", "ой")
    if _ends(low, adj_m) and len(low) > 4:
        w = 1.0 if _ends(low, ("ский", "цкий")) else 0.5
        if _ends(low, ("ской", "цкой")):
            # Трубецкой-type surnames are few; -ской is mostly a feminine oblique form.
            w = 1.0 if word in sn.OI_ADJECTIVAL else 0.6
        add(word, "m", ("nom",), w)
    for ending, cases in (
        ("ого", ("gen", "acc")),
        ("его", ("gen", "acc")),
        ("ому", ("dat",)),
        ("ему", ("dat",)),
        ("им", ("ins",)),
        ("ым", ("ins",)),
        ("ом", ("loc",)),
        ("ем", ("loc",)),
    ):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)]
            if ending == "ым" and _ends(fold(stem), poss):
                continue
            sl = fold(stem)
            nom_end = "ий" if (sl[-1] in VELAR_OR_HUSHING or ending[0] in "еи") else "ый"
            if stem + "ой" in sn.OI_ADJECTIVAL:
                nom_end = "ой"
            w = 1.0 if sl.endswith(("ск", "цк")) else (0.8 if len(ending) == 3 else 0.4)
            if ending in ("ом", "ем") and not sl.endswith(("ск", "цк")):
                w = 0.2  # -ом/-ем is far more often the instrumental of a noun surname
            add(stem + nom_end, "m", cases, w)
    for ending, cases in (
        ("ая", ("nom",)),
        ("яя", ("nom",)),
        ("ую", ("acc",)),
        ("ой", ("gen", "dat", "ins", "loc")),
    ):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)]
            sl = fold(stem)
            w = 1.0 if sl.endswith(("ск", "цк")) else 0.4
            if ending in ("ой", "ую") and _ends(sl, poss):
                w = 0.2  # Яровой/Яровую: far more often Захаровой-type -ова surnames
            add(stem + "ая", "f", cases, w)
    # Noun declension for men; women's consonant-final surnames do not change.
    last = low[-1]
    if last not in _VOWELS and last not in "ьй" and not _ends(low, adj_m):
        # -ом/-ем/-ым/-им are far more often instrumental endings than part of a surname.
        oblique_look = _ends(low, ("ом", "ем", "ым", "им")) and len(low) > 5
        add(word, "m", ("nom",), 0.0 if _ends(low, poss) else (0.35 if oblique_look else 0.75))
        if not _ends(low, poss):
            add(word, "f", _ALL, 0.3 if oblique_look else 0.6)
    if last == "ь" or (last == "й" and not _ends(low, adj_m)):
        add(word, "m", ("nom",), 0.7)
        add(word, "f", _ALL, 0.5)
    noun_endings = (
        ("а", ("gen", "acc")),
        ("у", ("dat",)),
        ("ом", ("ins",)),
        ("ем", ("ins",)),
        ("е", ("loc",)),
    )
    adjectival_oblique = low.endswith(("ому", "ему", "ого", "его")) and len(low) > 5
    for ending, cases in noun_endings:
        if not low.endswith(ending) or adjectival_oblique:
            continue
        stem = word[: len(word) - len(ending)]
        sl = fold(stem)
        if not sl or sl[-1] in _VOWELS or sl[-1] in "ьй" or len(sl) < 2:
            continue
        if _ends(sl, poss):
            continue
        if ending == "ем" and sl[-1] not in _SIBILANT:
            continue
        if sl.endswith("ц") and len(sl) > 3 and sl[-2] not in _VOWELS and sl[-2] not in "лрнь":
            # A fleeting vowel: Победоносца → Победоносец, Кравца → Кравец (Шварца stays Шварц).
            add(stem[:-1] + "ец", "m", cases, 0.7)
            continue
        add(stem, "m", cases, 0.7)
    for ending, cases in (("я", ("gen", "acc")), ("ю", ("dat",)), ("ем", ("ins",)), ("е", ("loc",))):
        if not low.endswith(ending) or len(low) < 4:
            continue
        stem = word[: len(word) - len(ending)]
        sl = fold(stem)
        if not sl or sl[-1] in "ьй":
            continue
        if sl[-1] in _VOWELS:
            add(stem + "й", "m", cases, 0.6)
        else:
            add(stem + "ь", "m", cases, 0.6)

    # First-declension surnames of either gender (Обама, Окуджава, Берия).
    if last in "ая" and not _ends(low, ("ая", "яя")):
        add(word, None, ("nom",), 0.55 if not (last == "а" and _ends(low[:-1], poss)) else 0.3)
    for ending, cases in (("ы", ("gen",)), ("е", ("dat", "loc")), ("у", ("acc",)), ("ой", ("ins",))):
        if low.endswith(ending) and len(low) > 3 and low[-len(ending) - 1] not in _VOWELS:
            stem = word[: len(word) - len(ending)]
            if ending == "ой" and _ends(fold(stem), (*poss, "ск", "цк")):
                continue
            add(stem + "а", None, cases, 0.5)
    for ending, cases in (("и", ("gen",)), ("ей", ("ins",))):
        if low.endswith(ending) and len(low) > 3 and low[-len(ending) - 1] in VELAR_OR_HUSHING:
            # Дудки → Дудка is a Russian pattern; -жи/-ши/-чи endings are mostly invariable names.
            weight = 0.5 if low[-len(ending) - 1] in "гкх" else 0.4
            add(word[: len(word) - len(ending)] + "а", None, cases, weight)
    # First-declension surnames in -я (Небензя): Небензи, Небензе, Небензю, Небензей.
    for ending, cases in (("и", ("gen",)), ("е", ("dat", "loc")), ("ю", ("acc",)), ("ей", ("ins",))):
        stem_l = low[: len(low) - len(ending)]
        if low.endswith(ending) and len(stem_l) >= 4 and stem_l[-1] in "лнзсдтрвмб" and stem_l[-1:] != "и":
            # Небензе/Небензи are also endings of -а surnames and of nouns: weaker.
            weight = 0.3 if ending in ("е", "и") else 0.45
            add(word[: len(word) - len(ending)] + "я", None, cases, weight)
    for ending, cases in (("ии", ("gen", "dat", "loc")), ("ию", ("acc",)), ("ией", ("ins",))):
        if low.endswith(ending) and len(low) > 4:
            add(word[: len(word) - len(ending)] + "ия", None, cases, 0.6)

    if known or any(r.nominative in sn.KNOWN for r in out):
        out = [
            Reading(r.nominative, r.gender, r.case, r.weight + (0.8 if r.nominative in sn.KNOWN else 0.0))
            for r in out
        ]
    if any(r.nominative in sn.KNOWN_FEMININE for r in out):
        # A known woman's surname: prefer its feminine readings (Меркель is not a man's Меркель).
        out = [
            Reading(r.nominative, "f", r.case, r.weight + 0.5)
            if r.nominative in sn.KNOWN_FEMININE and r.gender != "m"
            else r
            for r in out
        ]
    if morph_enabled() and not (known or any(r.nominative in sn.KNOWN for r in out)):
        # A surname the lists lack: keep the readings pymorphy3's dictionary confirms.
        out = _agreeing(out, [r for r in _pymorphy.analyse(word).readings if r.kind == "last"])
    return tuple(r for r in out if r.weight > 0)


def guess_first_readings(word: str) -> list[Reading]:
    """Readings of an unknown capitalised word as a first name, by its ending only.

    Used for a first name missing from the gazetteer right before a clear surname
    ("Алмасадама Саткалиева", "Мирабелла Карьянова"): -а names are mostly women's in the
    nominative, consonant-final ones men's.
    """
    low = fold(word)
    out: list[Reading] = []
    if len(low) < 3:
        return out

    def add(nom: str, gender: str, cases: Iterable[str], weight: float) -> None:
        out.extend(Reading(nom, gender, c, weight) for c in cases)

    last = low[-1]
    if last not in _VOWELS and last not in "ьй":
        add(word, "m", ("nom",), 0.7)
        add(word, "f", _ALL, 0.4)
    if last in "ая":
        male = last == "а" and low[:-1].endswith(fn.MALE_STEM_ENDINGS)
        add(word, "f", ("nom",), 0.55 if male else 0.8)
        if last == "а" and low[-2] not in _VOWELS:
            add(word[:-1], "m", ("gen", "acc"), 0.75 if male else 0.6)
    if last == "я" and len(low) > 3 and low[-2] in "лнр":
        add(word[:-1] + "ь", "m", ("gen", "acc"), 0.65)  # Фиделя, Игоря: a man's name in -ь
    for ending, gender, nom_end, cases, weight in (
        ("ю", "m", "ь", ("dat",), 0.5),
        ("ем", "m", "ь", ("ins",), 0.5),
        ("у", "m", "", ("dat",), 0.6),
        ("у", "f", "а", ("acc",), 0.5),
        ("ом", "m", "", ("ins",), 0.7),
        ("е", "m", "", ("loc",), 0.5),
        ("е", "f", "а", ("dat", "loc"), 0.5),
        ("ы", "f", "а", ("gen",), 0.6),
        ("и", "f", "а", ("gen",), 0.4),
        ("ой", "f", "а", ("ins",), 0.6),
    ):
        stem = word[: len(word) - len(ending)]
        if low.endswith(ending) and len(stem) >= 2 and fold(stem)[-1] not in _VOWELS:
            add(stem + nom_end, gender, cases, weight)
    return _confirmed_guesses(word, out) if morph_enabled() else out


def _confirmed_guesses(word: str, out: list[Reading]) -> list[Reading]:
    """Keep the guesses pymorphy3's dictionary confirms when it knows ``word`` as a first name
    (``morph=True`` only): "Салеха" is then only the genitive of Салех, "Алиреза" only a
    nominative. The gender is not checked: the dictionary's is a guess for foreign names
    (it has Флоранс as a man's name)."""
    known = {(fold(r.nominative), r.case) for r in _pymorphy.analyse(word).readings if r.kind == "first"}
    if not known:
        return out
    return [r for r in out if (fold(r.nominative), r.case) in known] or out


def _agreeing(out: list[Reading], known: list[_pymorphy.MorphReading]) -> list[Reading]:
    """The rule readings the dictionary's readings confirm (same nominative and case, and the
    same gender when both tell one); all of them when it confirms none or knows nothing.

    Readings of a gender the dictionary says nothing of stay: it lists a surname's men's
    paradigm only, and a woman's "Визбор" does not decline.
    """
    if not known:
        return out
    told = {(fold(r.nominative), r.case, r.gender) for r in known}
    genders = {g for _, _, g in told}

    def confirmed(r: Reading) -> bool:
        if r.gender is not None and r.gender not in genders:
            return True
        key = fold(r.nominative)
        return any(n == key and c == r.case and (g is None or r.gender in (None, g)) for n, c, g in told)

    return [r for r in out if confirmed(r)] or out


def _double_surname_readings(head: str, tail: str) -> tuple[Reading, ...]:
    """Readings of a double surname: both parts decline together, or only the last one.

    "Римского-Корсакова" → Римский-Корсаков; "Бонч-Бруевича" → Бонч-Бруевич.
    """
    best: dict[tuple[str, str | None, str], float] = {}

    def put(nom: str, gender: str | None, case: str, weight: float) -> None:
        key = (nom, gender, case)
        if weight > best.get(key, float("-inf")):
            best[key] = weight

    first = surname_readings(head)
    second = surname_readings(tail)
    for a in first:
        for b in second:
            if a.case != b.case or (a.gender and b.gender and a.gender != b.gender):
                continue
            put(a.nominative + "-" + b.nominative, a.gender or b.gender, a.case, min(a.weight, b.weight))
    for b in second:
        put(head + "-" + b.nominative, b.gender, b.case, b.weight - 0.2)
    return tuple(Reading(nom, g, c, w) for (nom, g, c), w in best.items() if w > 0)

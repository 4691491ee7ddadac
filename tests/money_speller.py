"""A test-side speller: integers as Russian words, in any case and gender.

Written independently of the library's tables (the declension is derived from stems
here, the library lists forms), so the round-trip tests compare two sources.
"""

from __future__ import annotations

from typing import Literal

Case = Literal["nom", "gen", "dat", "acc", "ins", "prep"]
Gender = Literal["m", "f", "n"]
CASES: tuple[Case, ...] = ("nom", "gen", "dat", "acc", "ins", "prep")
GENDERS: tuple[Gender, ...] = ("m", "f", "n")

_ONE = {
    "nom": {"m": "один", "f": "одна", "n": "одно"},
    "gen": {"m": "одного", "f": "одной", "n": "одного"},
    "dat": {"m": "одному", "f": "одной", "n": "одному"},
    "acc": {"m": "один", "f": "одну", "n": "одно"},
    "ins": {"m": "одним", "f": "одной", "n": "одним"},
    "prep": {"m": "одном", "f": "одной", "n": "одном"},
}
_TWO_TO_FOUR = {
    2: ("два", "двух", "двум", "два", "двумя", "двух"),
    3: ("три", "трех", "трем", "три", "тремя", "трех"),
    4: ("четыре", "четырех", "четырем", "четыре", "четырьмя", "четырех"),
}
# Nouns in -ь of the third declension: nominative; the other cases come from the stem.
_SOFT = {
    5: "пять",
    6: "шесть",
    7: "семь",
    8: "восемь",
    9: "девять",
    10: "десять",
    11: "одиннадцать",
    12: "двенадцать",
    13: "тринадцать",
    14: "четырнадцать",
    15: "пятнадцать",
    16: "шестнадцать",
    17: "семнадцать",
    18: "восемнадцать",
    19: "девятнадцать",
    20: "двадцать",
    30: "тридцать",
}
_COMPOUND_TENS = {
    50: ("пять", "пяти"),
    60: ("шесть", "шести"),
    70: ("семь", "семи"),
    80: ("восемь", "восьми"),
}
_HUNDREDS_STEM = {2: ("двести", "двух"), 3: ("триста", "трех"), 4: ("четыреста", "четырех")}


def _index(case: Case) -> int:
    return CASES.index(case)


def _small(n: int, case: Case, gender: Gender) -> str:
    """1..19, 20, 30 and the tens, declined."""
    if n == 1:
        return _ONE[case][gender]
    if n == 2:
        if case in ("nom", "acc"):
            return "две" if gender == "f" else "два"
        return _TWO_TO_FOUR[2][_index(case)]
    if n in _TWO_TO_FOUR:
        return _TWO_TO_FOUR[n][_index(case)]
    if n in _SOFT:
        nom = _SOFT[n]
        if case in ("nom", "acc"):
            return nom
        stem = nom[:-1]
        if n == 8:
            stem = "восьм" if case != "ins" else "восем"
        return stem + ("ью" if case == "ins" else "и")
    if n == 40:
        return "сорок" if case in ("nom", "acc") else "сорока"
    if n == 90:
        return "девяносто" if case in ("nom", "acc") else "девяноста"
    if n in _COMPOUND_TENS:
        nom_unit, obl_unit = _COMPOUND_TENS[n]
        if case in ("nom", "acc"):
            return nom_unit + "десят"
        if case == "ins":
            return nom_unit + "юдесятью"
        return obl_unit + "десяти"
    raise ValueError(n)


def _hundreds(h: int, case: Case) -> str:
    if h == 1:
        return "сто" if case in ("nom", "acc") else "ста"
    if h in _HUNDREDS_STEM:
        nom, gen = _HUNDREDS_STEM[h]
        unit = {"dat": _TWO_TO_FOUR[h][2], "ins": _TWO_TO_FOUR[h][4]}.get(case, gen)
        return {
            "nom": nom,
            "acc": nom,
            "gen": gen + "сот",
            "dat": unit + "стам",
            "ins": unit + "стами",
            "prep": gen + "стах",
        }[case]
    unit_nom = _SOFT[h]
    unit_obl = _small(h, "gen", "m")
    return {
        "nom": unit_nom + "сот",
        "acc": unit_nom + "сот",
        "gen": unit_obl + "сот",
        "dat": unit_obl + "стам",
        "ins": _small(h, "ins", "m") + "стами",
        "prep": unit_obl + "стах",
    }[case]


def spell_triad(n: int, case: Case, gender: Gender) -> list[str]:
    """0 < n < 1000 as words."""
    words: list[str] = []
    h, rest = divmod(n, 100)
    if h:
        words.append(_hundreds(h, case))
    if 10 <= rest < 20:
        words.append(_small(rest, case, gender))
    else:
        tens, unit = divmod(rest, 10)
        if tens:
            words.append(_small(tens * 10, case, gender))
        if unit:
            words.append(_small(unit, case, gender))
    return words


_SCALES = ((10**12, "триллион"), (10**9, "миллиард"), (10**6, "миллион"), (1000, "тысяч"))


def _scale_noun(stem: str, triad: int, case: Case) -> str:
    last_two = triad % 100
    last = triad % 10
    one = last == 1 and last_two != 11
    few = 2 <= last <= 4 and not 12 <= last_two <= 14
    if stem == "тысяч":
        singular = {"nom": "тысяча", "gen": "тысячи", "dat": "тысяче", "acc": "тысячу", "ins": "тысячей"}
        singular["prep"] = "тысяче"
        plural = {"gen": "тысяч", "dat": "тысячам", "ins": "тысячами", "prep": "тысячах"}
        if one:
            return singular[case]
        if case in ("nom", "acc"):
            return "тысячи" if few else "тысяч"
        return plural[case]
    singular = {"nom": "", "gen": "а", "dat": "у", "acc": "", "ins": "ом", "prep": "е"}
    plural = {"gen": "ов", "dat": "ам", "ins": "ами", "prep": "ах"}
    if one:
        return stem + singular[case]
    if case in ("nom", "acc"):
        return stem + ("а" if few else "ов")
    return stem + plural[case]


def spell(n: int, case: Case = "nom", gender: Gender = "m") -> str:
    """``n`` (0 <= n < 10**15) in Russian words, in ``case`` and ``gender``."""
    if n == 0:
        return {"nom": "ноль", "acc": "ноль", "gen": "ноля", "dat": "нолю", "ins": "нолем"}.get(case, "ноле")
    words: list[str] = []
    rest = n
    for scale, stem in _SCALES:
        triad, rest = divmod(rest, scale)
        if triad:
            scale_gender: Gender = "f" if stem == "тысяч" else "m"
            words.extend(spell_triad(triad, case, scale_gender))
            words.append(_scale_noun(stem, triad, case))
    if rest:
        words.extend(spell_triad(rest, case, gender))
    return " ".join(words)

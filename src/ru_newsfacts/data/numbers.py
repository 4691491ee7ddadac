"""Russian number words in every case and gender, with their values.

Sources: the declension tables of Russian cardinal numerals in standard grammars
(Русская грамматика, АН СССР, 1980, §§ 1390-1410; Розенталь, «Справочник по
правописанию и литературной правке», § 180-181) and the Wiktionary inflection
tables of each word. Every form is written with "е" for "ё"; callers fold "ё" first.

Each table maps a lower-case word form to its value. Forms that are also common
non-numeric words ("одни", the noun "семья" in "семью") are kept only where the
grammar needs them; the extractor accepts a word number only when a multiplier or
a currency follows it.
"""

from __future__ import annotations

from decimal import Decimal


def _words(text: str) -> list[str]:
    """Split a space-separated list of words."""
    return text.split()


def _forms(table: dict[int, str]) -> dict[str, int]:
    """Expand ``{value: "form form ..."}`` into ``{form: value}``."""
    return {form: value for value, forms in table.items() for form in forms.split()}


UNITS: dict[str, int] = _forms(
    {
        0: "ноль нуль ноля нуля нолю нулю нолем нулем ноле нуле",
        1: "один одна одно одного одной одному одним одною одном одну",
        2: "два две двух двум двумя",
        3: "три трех трем тремя",
        4: "четыре четырех четырем четырьмя",
        5: "пять пяти пятью",
        6: "шесть шести шестью",
        7: "семь семи семью",
        8: "восемь восьми восемью восьмью",
        9: "девять девяти девятью",
    }
)
"""Units 0-9, every case and gender (accusative "одну", instrumental "одною")."""

TEENS: dict[str, int] = _forms(
    {
        10: "десять десяти десятью",
        11: "одиннадцать одиннадцати одиннадцатью",
        12: "двенадцать двенадцати двенадцатью",
        13: "тринадцать тринадцати тринадцатью",
        14: "четырнадцать четырнадцати четырнадцатью",
        15: "пятнадцать пятнадцати пятнадцатью",
        16: "шестнадцать шестнадцати шестнадцатью",
        17: "семнадцать семнадцати семнадцатью",
        18: "восемнадцать восемнадцати восемнадцатью",
        19: "девятнадцать девятнадцати девятнадцатью",
    }
)
"""10-19 in every case."""

TENS: dict[str, int] = _forms(
    {
        20: "двадцать двадцати двадцатью",
        30: "тридцать тридцати тридцатью",
        40: "сорок сорока",
        50: "пятьдесят пятидесяти пятьюдесятью",
        60: "шестьдесят шестидесяти шестьюдесятью",
        70: "семьдесят семидесяти семьюдесятью",
        80: "восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью",
        90: "девяносто девяноста",
    }
)
"""Tens 20-90 in every case."""

HUNDREDS: dict[str, int] = _forms(
    {
        100: "сто ста",
        200: "двести двухсот двумстам двумястами двухстах",
        300: "триста трехсот тремстам тремястами трехстах",
        400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
        500: "пятьсот пятисот пятистам пятьюстами пятистах",
        600: "шестьсот шестисот шестистам шестьюстами шестистах",
        700: "семьсот семисот семистам семьюстами семистах",
        800: "восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах",
        900: "девятьсот девятисот девятистам девятьюстами девятистах",
    }
)
"""Hundreds 100-900 in every case."""

_SINGULAR = "{0} {0}а {0}у {0}ом {0}е"
_PLURAL = "{0}ы {0}ов {0}ам {0}ами {0}ах"

SCALE_WORDS: dict[str, int] = {
    **{
        form: 1000
        for form in _words("тысяча тысячи тысяче тысячу тысячей тысячею тысяч тысячам тысячами тысячах")
    },
    **{form: 10**6 for form in _words((_SINGULAR + " " + _PLURAL).format("миллион"))},
    **{form: 10**9 for form in _words((_SINGULAR + " " + _PLURAL).format("миллиард"))},
    **{form: 10**12 for form in _words((_SINGULAR + " " + _PLURAL).format("триллион"))},
}
"""Multiplier nouns in every case and number: тысяча, миллион, миллиард, триллион."""

SCALE_PLURAL_ONLY: frozenset[str] = frozenset(
    _words("тысяч тысячам тысячами тысячах")
    + [form for lemma in ("миллион", "миллиард", "триллион") for form in _PLURAL.format(lemma).split()]
)
"""Plural multiplier forms: "миллионы", "тысяч" alone mean "millions", not one million."""

SCALE_ABBREVIATIONS: dict[str, int] = {
    "тыс": 1000,
    "млн": 10**6,
    "млрд": 10**9,
    "трлн": 10**12,
}
"""Abbreviated multipliers, written with or without a trailing dot ("тыс.", "млн", "млрд.")."""

HALF_SCALES: dict[str, int] = {
    f"{prefix}{hyphen}{scale}": value
    for prefix in ("пол", "полу")
    for hyphen in ("", "-")
    for scale, value in (
        ("тысячи", 1000),
        ("тысяче", 1000),
        ("тысячей", 1000),
        ("миллиона", 10**6),
        ("миллиону", 10**6),
        ("миллионом", 10**6),
        ("миллионе", 10**6),
        ("миллиарда", 10**9),
        ("миллиарду", 10**9),
        ("миллиардом", 10**9),
        ("миллиарде", 10**9),
        ("триллиона", 10**12),
        ("триллиону", 10**12),
        ("триллионом", 10**12),
        ("триллионе", 10**12),
    )
}
"""Half a multiplier in one word: "полмиллиона", "пол-миллиарда", "полумиллиона" (value = the scale)."""

FRACTIONS: dict[str, Decimal] = {
    **{form: Decimal("1.5") for form in _words("полтора полторы полутора")},
    **{form: Decimal("0.25") for form in _words("четверть четверти четвертью")},
    **{form: Decimal(1) / Decimal(3) for form in _words("треть трети")},
}
"""Fractional words that take a multiplier or a currency: полтора, четверть, треть.

"треть" is a third: amounts built on it are rounded to hundredths (kopecks).
"""

INEXACT_FRACTIONS: frozenset[str] = frozenset({"треть", "трети"})
"""Fraction words whose value is not a finite decimal; the parser rounds their products."""

HALF_SUFFIX: dict[str, Decimal] = {"половиной": Decimal("0.5"), "четвертью": Decimal("0.25")}
""""N с половиной", "N с четвертью": what the suffix adds to the last number."""

INTEGER_PART_WORDS: frozenset[str] = frozenset(_words("целых целая целой целую целыми целым"))
""""целых" in "две целых пять десятых"."""

DECIMAL_DENOMINATORS: dict[str, int] = {
    **{form: 1 for form in _words("десятых десятая десятой десятую десятыми десятым десятые")},
    **{form: 2 for form in _words("сотых сотая сотой сотую сотыми сотым сотые")},
    **{form: 3 for form in _words("тысячных тысячная тысячной тысячную тысячными тысячным тысячные")},
    **{
        form: 4
        for form in _words("десятитысячных десятитысячная десятитысячной десятитысячную десятитысячными")
    },
}
"""Decimal fraction denominators and their number of decimal places ("пять десятых" = 0.5)."""

VAGUE_QUANTIFIERS: frozenset[str] = frozenset(
    _words(
        "несколько нескольких нескольким несколькими сотни сотен сотнями сотням десятки десятков "
        "десятками десяткам многие многих многим многими"
    )
)
"""Words that make a following multiplier vague ("несколько миллионов"): no exact amount."""

ALL_NUMBER_WORDS: frozenset[str] = frozenset(
    [*UNITS, *TEENS, *TENS, *HUNDREDS, *SCALE_WORDS, *HALF_SCALES, *FRACTIONS]
)
"""Every word form that can open a number written in words."""

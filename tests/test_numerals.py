"""ru_newsfacts.numerals: Russian numbers in digits and words to exact Decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from ru_newsfacts import extract_money
from ru_newsfacts.numerals import find_numbers, fold, parse_number, read_number, tidy

try:
    from tests.money_speller import CASES, GENDERS, spell
except ImportError:  # tests/ is not a package on this checkout
    from money_speller import CASES, GENDERS, spell  # type: ignore[no-redef]

D = Decimal

# Each row: the text, and the exact value parse_number must return (None: not one number).
DIGITS = [
    ("0", D(0)),
    ("7", D(7)),
    ("1500000", D(1500000)),
    ("1 500 000", D(1500000)),
    ("1\u00a0500\u00a0000", D(1500000)),
    ("1\u202f500\u202f000", D(1500000)),
    ("1\u2009500\u2009000", D(1500000)),
    ("1.500.000", D(1500000)),
    ("1,500,000", D(1500000)),
    ("1'500'000", D(1500000)),
    ("1’500’000", D(1500000)),
    ("15 000", D(15000)),
    ("3,5", D("3.5")),
    ("3.5", D("3.5")),
    ("0,91", D("0.91")),
    ("17739,10", D("17739.1")),
    ("69770,71", D("69770.71")),
    ("1 500,25", D("1500.25")),
    ("1\u00a0500,25", D("1500.25")),
    ("1,500,000.25", D("1500000.25")),
    ("1.500.000,25", D("1500000.25")),
    ("1,500", D(1500)),
    ("635,000", D(635000)),
    ("1.500", D(1500)),
    ("1,5000", D("1.5")),
    ("0,125", D("0.125")),
    ("  42  ", D(42)),
    ("12.11.2025", None),
    ("12:30", None),
    ("1/2", None),
    ("", None),
    ("   ", None),
    ("12345678901234567890", None),
    ("5 рублей", None),
]

MULTIPLIERS = [
    ("2,5 млрд", D(2_500_000_000)),
    ("2,5\u00a0млрд", D(2_500_000_000)),
    ("2.5 млрд", D(2_500_000_000)),
    ("1,255 млрд", D(1_255_000_000)),
    ("1.255 млрд", D(1_255_000_000)),
    ("3 тыс.", D(3000)),
    ("3 тыс", D(3000)),
    ("3тыс.", D(3000)),
    ("5 млн", D(5_000_000)),
    ("5 млн.", D(5_000_000)),
    ("5 млрд.", D(5_000_000_000)),
    ("2,2 трлн", D(2_200_000_000_000)),
    ("4,1 тысячи", D(4100)),
    ("8,13 миллиарда", D(8_130_000_000)),
    ("100,2 миллиона", D(100_200_000)),
    ("1 500 тыс.", D(1_500_000)),
    ("15,4 тыс.", D(15400)),
    ("0,5 млн", D(500_000)),
    ("миллиард", D(1_000_000_000)),
    ("миллиона", D(1_000_000)),
    ("тысячу", D(1000)),
    ("триллион", D(10**12)),
    ("миллиардов", None),
    ("миллионы", None),
    ("тысяч", None),
]

COMPOUNDS = [
    ("2 млрд 400 млн", D(2_400_000_000)),
    ("14 миллиардов 700 миллионов", D(14_700_000_000)),
    ("1 млн 200 тыс.", D(1_200_000)),
    ("1 трлн 2 млрд 3 млн 4 тыс.", D(1_002_003_004_000)),
    ("тысяча пятьсот", D(1500)),
    ("миллион двести тысяч", D(1_200_000)),
    ("два миллиарда четыреста миллионов", D(2_400_000_000)),
    ("двух миллиардов четырехсот миллионов", D(2_400_000_000)),
    ("двух миллиардов четырёхсот миллионов", D(2_400_000_000)),
    ("одна тысяча двести", D(1200)),
    ("сто двадцать тысяч триста сорок пять", D(120_345)),
    ("триста тридцать три", D(333)),
    ("девятьсот девяносто девять триллионов", D(999 * 10**12)),
]

WORDS = [
    ("один", D(1)),
    ("одна", D(1)),
    ("одного", D(1)),
    ("одним", D(1)),
    ("одному", D(1)),
    ("одну", D(1)),
    ("одной", D(1)),
    ("одни", None),
    ("две", D(2)),
    ("двух", D(2)),
    ("двумя", D(2)),
    ("сорок", D(40)),
    ("сорока", D(40)),
    ("сто", D(100)),
    ("ста", D(100)),
    ("двести", D(200)),
    ("двухсот", D(200)),
    ("двумстам", D(200)),
    ("двумястами", D(200)),
    ("восьмьюстами", D(800)),
    ("девяноста", D(90)),
    ("пятьюдесятью", D(50)),
    ("семью", D(7)),
    ("ноль", D(0)),
    ("двадцать одна", D(21)),
    ("ДВА МИЛЛИОНА", D(2_000_000)),
    ("Три тысячи", D(3000)),
    ("тысяча тысяча", None),
    ("два два", None),
    ("двадцать тридцать", None),
    ("одиннадцать пять", None),
]

FRACTIONS = [
    ("полтора", D("1.5")),
    ("полтора миллиона", D(1_500_000)),
    ("полторы тысячи", D(1500)),
    ("полутора миллиардов", D(1_500_000_000)),
    ("полмиллиона", D(500_000)),
    ("пол-миллиона", D(500_000)),
    ("полмиллиарда", D(500_000_000)),
    ("полтысячи", D(500)),
    ("полумиллиона", D(500_000)),
    ("полтриллиона", D(500_000_000_000)),
    ("четверть миллиарда", D(250_000_000)),
    ("четверти миллиона", D(250_000)),
    ("треть миллиарда", D("333333333.33")),
    ("два с половиной миллиона", D(2_500_000)),
    ("5 с половиной млрд", D(5_500_000_000)),
    ("три с половиной тысячи", D(3500)),
    ("два с четвертью миллиона", D(2_250_000)),
    ("две целых пять десятых", D("2.5")),
    ("две целых пять десятых миллиона", D(2_500_000)),
    ("ноль целых семь сотых", D("0.07")),
    ("три целых двадцать пять сотых", D("3.25")),
    ("одна целая сто двадцать пять тысячных", D("1.125")),
    ("две целых пятнадцать десятых", None),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS + MULTIPLIERS + COMPOUNDS + WORDS + FRACTIONS)
def test_parse_number_table(text: str, expected: Decimal | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    ["1,5 млрд", "полтора миллиарда", "2 млрд 400 млн", "1 500 000,50", "3.5", "тысяча двести"],
)
def test_values_are_exact_decimals_without_exponent(text: str) -> None:
    value = parse_number(text)
    assert isinstance(value, Decimal)
    assert "E" not in str(value)
    assert str(value) == str(tidy(value))


def test_fold_keeps_length_and_offsets() -> None:
    text = "Ёлка\u00a0Стоит 5\u2009000 — ДВА\u2013три İstanbul"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("елка стоит 5 000 – два–три")


def test_read_number_at_offset() -> None:
    folded = fold("Компания потратила 2,5 млрд рублей")
    match = read_number(folded, 19)
    assert match is not None
    assert (match.start, match.stop, match.value, match.scale) == (19, 27, D(2_500_000_000), 10**9)
    assert read_number(folded, 0) is None


def test_find_numbers_offsets_slice_back() -> None:
    text = "В 2024 году — полтора миллиона, от 3 до пяти тыс. и 1\u00a0500,5"
    found = find_numbers(text)
    assert [m.value for m in found] == [D(2024), D(1_500_000), D(3), D(5000), D("1500.5")]
    assert [text[m.start : m.stop] for m in found] == [
        "2024",
        "полтора миллиона",
        "3",
        "пяти тыс.",
        "1\u00a0500,5",
    ]
    assert found[0].digits and not found[1].digits and found[1].words


GROUP_SEPARATORS = ["", " ", "\u00a0", "\u202f", "\u2009", ".", ",", "'"]
SCALES = [
    ("", 1),
    ("тыс.", 1000),
    ("тыс", 1000),
    ("тысяч", 1000),
    ("тысячи", 1000),
    ("млн", 10**6),
    ("млн.", 10**6),
    ("миллиона", 10**6),
    ("миллионов", 10**6),
    ("млрд", 10**9),
    ("миллиардов", 10**9),
    ("трлн", 10**12),
    ("триллиона", 10**12),
]


def _group(integer: int, sep: str) -> str:
    digits = str(integer)
    if not sep:
        return digits
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sep.join(reversed(groups))


@settings(max_examples=400)
@given(
    integer=st.integers(min_value=0, max_value=10**12),
    fraction=st.text(alphabet="0123456789", max_size=4).map(lambda f: f.rstrip("0")),
    sep=st.sampled_from(GROUP_SEPARATORS),
    point=st.sampled_from([",", "."]),
    scale=st.sampled_from(SCALES),
    space=st.sampled_from([" ", "\u00a0", ""]),
)
@example(integer=1, fraction="255", sep="", point=",", scale=("млрд", 10**9), space=" ")
def test_digits_parse_back(
    integer: int, fraction: str, sep: str, point: str, scale: tuple[str, int], space: str
) -> None:
    assume(sep != point)
    word, factor = scale
    written = _group(integer, sep)
    grouped_once = sep in ",." and 1000 <= integer < 10**6
    # "1,500" alone is the thousands reading, "1,500 млн" the decimal one: both are the documented rule.
    assume(not (grouped_once and not fraction and factor != 1))
    # Likewise "1,001" with no grouping written is one thousand and one: a fraction needs a multiplier.
    assume(not (len(fraction) == 3 and factor == 1 and integer and (not sep or integer < 1000)))
    if fraction:
        written += point + fraction
    if word:
        if not space and not word.startswith(("тыс", "млн", "млрд", "трлн")):
            space = " "
        written += space + word
    expected = D(f"{integer}.{fraction}" if fraction else integer) * factor
    assert parse_number(written) == expected


@settings(max_examples=400)
@given(
    n=st.integers(min_value=0, max_value=10**15 - 1),
    case=st.sampled_from(CASES),
    gender=st.sampled_from(GENDERS),
    capitalised=st.booleans(),
)
@example(n=1_234_567, case="ins", gender="f", capitalised=False)
@example(n=2_200, case="dat", gender="m", capitalised=False)
@example(n=11_000, case="gen", gender="n", capitalised=True)
def test_words_parse_back(n: int, case: str, gender: str, capitalised: bool) -> None:
    words = spell(n, case, gender)  # type: ignore[arg-type]
    if capitalised:
        words = words.capitalize()
    assert parse_number(words) == n


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**12))
def test_num2words_cross_check(n: int) -> None:
    num2words = pytest.importorskip("num2words").num2words
    assert parse_number(num2words(n, lang="ru")) == n


@settings(max_examples=300)
@given(st.text(alphabet=" 0123456789,.'\u00a0-–тысмлнрдаоиполтрвдеячь", max_size=60))
def test_find_numbers_never_fails_and_slices(text: str) -> None:
    for match in find_numbers(text):
        assert 0 <= match.start < match.stop <= len(text)
        assert match.value == match.value  # finite, not NaN


def test_hostile_number_input_completes() -> None:
    text = ("1 000 " * 20000) + ("1,1," * 20000) + ("миллион " * 10000)
    found = find_numbers(text)
    assert found


@pytest.mark.parametrize("text", ["\U000116d0", "5\U000116d0", "\U000116d0 млн рублей", "1,\U000116d0"])
def test_digits_decimal_cannot_read_are_no_number(text: str) -> None:
    # The regex module's Unicode tables are newer than Python's: it takes U+116D0 for a
    # digit, Decimal does not. Such a run is no number, and never an error.
    assert parse_number(text) is None
    assert extract_money(text) == []

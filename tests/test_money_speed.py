"""The fast paths of extract_money give exactly what the plain scan gives.

``find_money(..., prefilter=False)`` reads every number in full; the default jumps over
stretches that hold no currency. The two must agree on any text: the corpus, generated
mixes of money pieces and long hostile fillers, and arbitrary strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ru_newsfacts.data.qualifiers import BEFORE
from ru_newsfacts.money import _context
from ru_newsfacts.money._extract import find_money
from ru_newsfacts.money._prefilter import _currencies, next_sync_at_most

ROOT = Path(__file__).resolve().parents[1]

PIECES = [
    "1", " ", "  ", ",", ".", "-", "–", "—", "$", "€", "US$", "zł", "руб.", "рублей", "р.", "млн",
    "тыс.", "миллиона", "два", "сто", "полмиллиона", "пол-миллиона", "от", "до", "и", "с", "со",
    "между", "более", "около", "и более", "\n", "(", "«", "»", "%", "½", "USD", "KZT", "долларов",
    "США", "коп.", "копеек", "30", "000", "1 000", "2024", "году", "в прошлом году", "канадских",
    "-рублевая", "5-", "половиной", "тенге", "крон", "шведских", "а", "но", "ещё", "\u00a0", "Ё",
]  # fmt: skip
FILLERS = ["1 ", "1 000 ", "два ", "миллион ", "1-", "$1", "1,", "от 1 до ", "с 1 ", "млн ", "1–2 "]


def _both(text: str) -> None:
    date = dt.date(2025, 1, 1)
    assert find_money(text, date) == find_money(text, date, prefilter=False)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=50), st.sampled_from(["", " ", "\u00a0"]))
def test_prefilter_agrees_on_generated_text(pieces: list[str], joiner: str) -> None:
    _both(joiner.join(pieces))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.sampled_from(FILLERS), st.integers(1, 400)).map(lambda t: t[0] * t[1]),
            st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join),
        ),
        max_size=10,
    )
)
def test_prefilter_agrees_around_long_fillers(parts: list[str]) -> None:
    _both("".join(parts))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_prefilter_agrees_on_any_text(text: str) -> None:
    _both(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1 " * 5000 + "5 рублей " + "1 " * 5000, ["5 рублей"]),
        ("1-" * 5000 + "\n$7\n" + "1-" * 5000, ["$7"]),
        ("5 млн рублей, " + "а затем 6 млн, " * 3, ["5 млн рублей", "6 млн", "6 млн", "6 млн"]),
        ("два " * 3000, []),
        ("1 заявил " * 300 + "Цена ₽ 83 заявил " + "1 заявил " * 300, ["₽ 83"]),
        ("1 " * 300 + "Цена USD 83\n" + "1 " * 300, ["USD 83"]),
        # A currency at the end of a line never reaches the number on the next one.
        ("1 заявил " * 300 + "Цена ₽\n83 заявил " + "1 заявил " * 300, []),
        ("1 " * 300 + "Цена USD\n83\n" + "1 " * 300, []),
    ],
    ids=[
        "digits",
        "dashes",
        "carried",
        "words",
        "symbol-before",
        "code-before",
        "symbol-line-before",
        "code-line-before",
    ],
)
def test_mentions_found_inside_long_fillers(text: str, found: list[str]) -> None:
    assert [m.text for m in find_money(text)] == found


@pytest.mark.parametrize("word", ["руб", "р.", "канадских", "usd", "$", "-рублевая", "€", "us$"])
@pytest.mark.parametrize("before", ["5", "5 ", "до ", "½ 5 "])
def test_every_kind_of_currency_is_a_token(before: str, word: str) -> None:
    s = "при этом " + before + word + " было"
    start = s.index(before) + len(before)
    assert start in _currencies(s, 0, len(s))
    assert _currencies(s, start, len(s))[0] == start
    assert _currencies(s, 0, start) == []


@pytest.mark.parametrize(
    ("s", "i", "limit", "expected"),
    [
        ("1 1 1 1", 0, 5, 4),  # "digit space digit"
        ("1 000 1", 0, 3, 0),  # "1 000" is one number: no sync point inside
        ("5 (7", 0, 3, 3),  # after a bracket
        ("абв", 0, 3, 3),  # the end of the text
    ],
)
def test_sync_points(s: str, i: int, limit: int, expected: int) -> None:
    assert next_sync_at_most(s, i, limit) == expected


@pytest.mark.corpus
def test_prefilter_agrees_on_the_corpus() -> None:
    corpus = ROOT.parent / "shared" / "corpus"
    if not (corpus / "wikinews").is_dir():
        pytest.skip("../shared/corpus is absent")
    for folder in ("wikinews", "factru"):
        for path in sorted((corpus / folder).glob("*.txt")):
            _both(path.read_text(encoding="utf-8"))


def _last_end_forward(pattern: regex.Pattern[str], s: str, i: int) -> int:
    """The reference: walk every match left to right in the window, keep the last end."""
    end = max(0, i - 400)
    for match in pattern.finditer(s, end, i):
        end = match.end()
    return end


BOUNDARY_PIECES = ["а", "но", ",", " ", "  ", ".", "!", "?", "…", ";", "\n", "тыс.", "г.", "Затем"]
BOUNDARY_PIECES += ["в то время как", "\u00a0", "хотя", "А", "т.", "д.", "5", "млн", "при этом"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BOUNDARY_PIECES), max_size=120), st.data())
def test_backward_boundary_search_matches_forward_walk(pieces: list[str], data: st.DataObject) -> None:
    s = "".join(pieces)
    i = data.draw(st.integers(0, len(s)))
    for forward, backward in (
        (_context._SENTENCE_END, _context._SENTENCE_END_BACK),
        (_context._CLAUSE_END, _context._CLAUSE_END_BACK),
    ):
        assert _context._last_end(backward, s, i) == _last_end_forward(forward, s, i)


QUALIFIER_PIECES = [p.replace("*", "ла") for p in BEFORE] + ["где-то", "превышающий", "в", "по", "на"]
QUALIFIER_PIECES += [" ", "  ", "    ", "5", "-", "рублей", "\n", "перевалила за"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUALIFIER_PIECES), max_size=12), st.sampled_from(["", " "]))
def test_qualifier_before_agrees_with_the_full_pattern(pieces: list[str], joiner: str) -> None:
    s = joiner.join(pieces)
    for i in range(len(s) + 1):
        found = _context.qualifier_before(s, i)
        match = _context._BEFORE.search(s, max(0, i - _context._LOOKBACK), i)
        assert (found is None) == (match is None)
        if match is not None and found is not None:
            assert found[1] == match.start()


class _CountingPattern:
    """Wraps a compiled pattern and adds up the characters its searches may read."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        self.read += (len(s) if endpos is None else endpos) - pos
        return self.pattern.search(s, pos, endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> object:
        self.read += (len(s) if endpos is None else endpos) - pos
        return self.pattern.finditer(s, pos, endpos)


@pytest.mark.parametrize("size", [4_000, 16_000])
def test_sync_search_reads_each_character_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    # Numbers and words with no sync point, one currency word at the very end: every
    # anchor asks for a jump, and a search from each anchor to the far token was quadratic.
    from ru_newsfacts.money import _prefilter

    counting = _CountingPattern(_prefilter._SYNC)
    monkeypatch.setattr(_prefilter, "_SYNC", counting)
    text = "1 а " * (size // 4) + "руб"
    assert find_money(text) == []
    assert counting.read <= 200 * len(text)


MONEY_SAMPLES = [
    "Вложено более 26 млрд долларов в 2024 году.",
    "от 2 до 4 млн рублей; 120 руб. 30 коп.; $5,5 млн; около 3 тыс. евро",
    "6 млрд тенге, а в этом году — 8 млрд",
]


@pytest.mark.parametrize("text", MONEY_SAMPLES)
def test_money_built_directly_equals_the_validated_one(text: str) -> None:
    from ru_newsfacts.models import Money

    found = find_money(text, dt.date(2025, 1, 1))
    assert found
    for money in found:
        validated = Money.model_validate(money.model_dump())
        assert money == validated
        assert repr(money) == repr(validated)
        assert hash(money) == hash(validated)
        assert money.model_fields_set == validated.model_fields_set
        assert money.model_dump_json() == validated.model_dump_json()


def test_money_falls_back_to_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    from ru_newsfacts.money import _extract

    monkeypatch.setattr(_extract, "_DIRECT", False)
    slow = find_money(MONEY_SAMPLES[1])
    monkeypatch.setattr(_extract, "_DIRECT", True)
    assert find_money(MONEY_SAMPLES[1]) == slow


class _CountingCalls:
    """Wraps a function and counts its calls."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self.calls = 0

    def __call__(self, *args: Any) -> Any:
        self.calls += 1
        return self.function(*args)


def test_dead_ranges_are_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    # "1-1-1-..." with a currency word every 107 characters: no sync point, so the prefilter
    # cannot jump, and every number used to be read twice (as a range's lower and upper end).
    from ru_newsfacts.money import _extract

    counting = _CountingCalls(_extract._parse_at)
    monkeypatch.setattr(_extract, "_parse_at", counting)
    unit = "1-" * 50 + "рублей-"
    text = unit * 100
    assert find_money(text) == find_money(text, prefilter=False)
    counting.calls = 0
    assert find_money(text) == []
    # About one number in 50 (the one before the word) is read in full.
    assert counting.calls <= 3 * 100


RANGE_PIECES = ["1", "2", "12", "-", "–", " - ", " ", "  ", "   ", "а", "с ", "Ту-", "-й", "$", "€", "USD "]
RANGE_PIECES += ["US$", "us$", "zł", "$1", "1$", "₽ ", " $", "Цена", "USD"]
RANGE_PIECES += ["рублей", "-рублевая", "млн", ",5", "%", "\n", "до ", "1 000", "5 млн рублей, ", "(", "½"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(RANGE_PIECES), max_size=60))
def test_prefilter_agrees_on_ranges_of_digits(pieces: list[str]) -> None:
    # Several numbers close together: the dead-number and dead-range shortcuts come into play.
    _both("1-2-3 " + "".join(pieces) + " 4-5-6")


def test_numbers_glued_to_a_symbol_on_both_sides_are_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    # "1$1$1...": a symbol between two digits is neither number's currency (only the last
    # "1$" is a mention), but every number used to be read in full.
    from ru_newsfacts.money import _extract

    counting = _CountingCalls(_extract._parse_at)
    monkeypatch.setattr(_extract, "_parse_at", counting)
    text = "1$" * 5000
    assert [m.text for m in find_money(text)] == ["1$"]
    assert find_money(text) == find_money(text, prefilter=False)
    counting.calls = 0
    find_money(text)
    assert counting.calls <= 10


def test_numbers_after_a_short_word_are_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    # "1 а 1 а ...": a one-letter word before a number cannot be a currency code, so the
    # number is dead at once; every one of them used to be read in full.
    from ru_newsfacts.money import _extract

    counting = _CountingCalls(_extract._parse_at)
    monkeypatch.setattr(_extract, "_parse_at", counting)
    text = "1 а " * 2500 + "руб"
    assert find_money(text) == find_money(text, prefilter=False)
    counting.calls = 0
    assert find_money(text) == []
    assert counting.calls <= 10


CLAUSE_PIECES = [*BOUNDARY_PIECES, "рублей", "1 000", "$", "Иванов", "и", "\r", "\n\n", "x" * 60, " " * 30]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(CLAUSE_PIECES), min_size=1, max_size=200),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30), st.booleans()), max_size=40),
)
def test_clause_bounds_reused_in_text_order_equal_a_fresh_search(
    pieces: list[str], steps: list[tuple[int, int, bool]]
) -> None:
    # Mentions a few characters apart (dense money), now and then one behind the last.
    text = "".join(pieces)
    clauses = _context.ClauseBounds(text)
    start = 0
    for step, length, back in steps:
        start = max(0, start - step) if back else min(len(text), start + step)
        stop = min(len(text), start + length)
        assert clauses.bounds(start, stop) == _context.clause_bounds(text, start, stop)


@pytest.mark.parametrize(
    "text",
    [
        "а, " * 300 + "но " * 200,
        ("5 млн рублей, а " * 40 + "Затем. ") * 6,
        ("x" * 380 + "!\n") * 5,
        ("1 г. " * 150 + "5 млн руб. ") * 4,
        # Ends that hold only where a window stops right after them ("!" before "x").
        "ab! cd!ef. Gh.ij, а kl, но mn;op…qr, в то время как st. \n" * 30,
    ],
    ids=["commas", "clauses", "window-edges", "abbreviations", "window-dependent"],
)
def test_clause_bounds_reused_at_every_offset(text: str) -> None:
    for length in (0, 5, 13):
        clauses = _context.ClauseBounds(text)
        for start in range(len(text)):
            stop = min(len(text), start + length)
            assert clauses.bounds(start, stop) == _context.clause_bounds(text, start, stop)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ,иcлшнхвостбеьмкийры\nИС", max_size=30), st.data())
def test_qualifier_after_skips_only_what_cannot_match(s: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(s)))
    match = _context._AFTER.match(s, i)
    found = _context.qualifier_after(s, i)
    assert (found is None) == (match is None)
    if found is not None and match is not None:
        assert found[1] == match.end()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 ,.млнтысрдубей$-", max_size=20))
def test_numbers_built_directly_equal_the_dataclass(s: str) -> None:
    from ru_newsfacts.numerals import NumberMatch, read_number

    for i in range(len(s)):
        number = read_number(s, i)
        if number is None:
            continue
        built = NumberMatch(
            number.start, number.stop, number.value, number.scale, number.words, number.digits
        )
        assert number == built
        assert hash(number) == hash(built)
        assert repr(number) == repr(built)
        assert type(number) is NumberMatch


def _currency_before_in_full(text: str, s: str, i: int) -> tuple[int, int, str] | None:
    """currency_before without its look at the character before: both searches, always."""
    from ru_newsfacts.data.currencies import CODES, SYMBOLS
    from ru_newsfacts.money import _currency

    lo = max(0, i - 6)
    symbol = _currency._SYMBOL_BEFORE.search(s, lo, i)
    if symbol is not None:
        key = symbol.group().rstrip(" ")
        return symbol.start(), symbol.start() + len(key), SYMBOLS[key]
    code = _currency._CODE_BEFORE.search(text, lo, i)
    if code is not None and code.group(1) in CODES:
        return code.start(1), code.end(1), code.group(1)
    return None


BEFORE_PIECES = ["$", "US$", "us$", "zł", "€", "₽", "USD", "usd", "KZT", "EUR", "Ꟊ", "ǅ", "Ⓐ", "Ἀ", "ͿAB"]
BEFORE_PIECES += [" ", "  ", "   ", "\u00a0", "5", "а", "A", "Я", "-", "(", "\n", "ё", "Ё", "ß"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BEFORE_PIECES), max_size=12))
def test_currency_before_looks_only_where_a_currency_can_end(pieces: list[str]) -> None:
    from ru_newsfacts.money._currency import currency_before
    from ru_newsfacts.numerals import fold

    text = "".join(pieces)
    s = fold(text)
    for i in range(len(text) + 1):
        found = currency_before(text, s, i)
        expected = _currency_before_in_full(text, s, i)
        assert ((found.start, found.stop, found.code) if found is not None else None) == expected


def test_codes_are_three_latin_capitals() -> None:
    # currency_before only searches for a code when a Latin capital ends the text before it.
    from ru_newsfacts.data.currencies import CODES

    assert all(regex.fullmatch(r"[A-Z]{3}", code) for code in CODES)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([" ", "  ", "    ", "30", "коп.", "копеек", "5", ",", "тридцать", "\n", "млн"]),
        max_size=8,
    )
)
def test_subunit_after_reads_the_gap_as_the_pattern_did(pieces: list[str]) -> None:
    from ru_newsfacts.money import _currency

    s = "".join(pieces)
    for i in range(len(s) + 1):
        gap = regex.compile(r"[ ]{1,3}").match(s, i)
        found = _currency.subunit_after(s, i)
        if gap is None or gap.end() >= len(s) or not s[gap.end()].isalnum():
            assert found is None
        elif found is not None:
            assert found[1] > gap.end()


def test_anchor_after_any_character_equals_number_start() -> None:
    # _next_anchor takes an ASCII digit after an ASCII or a common mark without confirming it.
    from ru_newsfacts.money._extract import _anchor_candidates, _next_anchor
    from ru_newsfacts.numerals import number_start

    anchors = number_start()
    candidates = _anchor_candidates()
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        s = chr(code) + "5"
        exact = anchors.search(s, 0)
        expected = exact.start() if exact is not None else -1
        assert _next_anchor(s, 0, candidates, anchors) == expected, hex(code)


@pytest.mark.parametrize("unit", ["1 иванов ", "1до» ", "1сорок ", "1 и» "])
def test_numbers_before_a_connector_without_a_space_are_not_parsed(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    # "и", "до" and "с" continue an amount only with a space after them ("5 и 7", "5 с половиной").
    from ru_newsfacts.money import _extract

    counting = _CountingCalls(_extract._parse_at)
    monkeypatch.setattr(_extract, "_parse_at", counting)
    text = unit * 2000 + "5 руб"
    assert find_money(text) == find_money(text, prefilter=False)
    counting.calls = 0
    assert [m.text for m in find_money(text)] == ["5 руб"]
    assert counting.calls <= 10


YEAR_PIECES = ["2024", "1999", "20", "19", "2", "0", "9", "1", " ", "  ", "-м", "м", "г.", "г", "год", "году"]
YEAR_PIECES += ["года", "в ", "за ", "прошлом", "этом", "следующем", "позапрошлом", "текущего", "\n", ","]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(YEAR_PIECES), max_size=30))
def test_every_year_holds_19_20_or_god(pieces: list[str]) -> None:
    # years_near skips a clause with none of "19", "20" and "год" in it.
    s = "".join(pieces)
    for match in _context._YEAR.finditer(s):
        assert any(part in match.group() for part in ("19", "20", "год"))

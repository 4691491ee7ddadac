"""Reading a currency right after or right before an amount."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..data.currencies import (
    ABBREVIATIONS,
    ABBREVIATIONS_NEEDING_DOT,
    ADJECTIVE_STEMS,
    CODES,
    COUNTRY_AFTER,
    NOUN_DEFAULTS,
    NOUN_FORMS,
    SUBUNIT_DEFAULTS,
    SUBUNIT_FORMS,
    SUBUNITS_PER_UNIT,
    SYMBOLS,
)
from ..numerals import read_number


def _words(text: str) -> list[str]:
    """Split a space-separated list of words."""
    return text.split()


__all__ = ["Currency", "currency_after", "currency_before", "subunit_after", "symbol_at"]


@dataclass(slots=True)
class Currency:
    """A currency as written: its code (None while ambiguous), noun lemma, and extent."""

    start: int
    stop: int
    code: str | None
    lemma: str | None
    subunit: bool = False
    implied: bool = False  # the code is the noun's default ("долларов" alone), not written


_ADJECTIVE_ENDINGS = frozenset(
    _words("ий ый ой ая ое ие ые ого его ому ему им ым ом ем ую юю ых их ими ыми ей яя ее")
)
_GAP = regex.compile(r"[ ]{0,3}")
_WORD = regex.compile(r"\p{L}++")
_GAP_WORD = regex.compile(r"[ ]{0,3}(\p{L}++)")
_SYMBOL_AFTER = regex.compile(
    r"[ ]{0,2}(?:\L<symbols>)(?![\p{L}\d])",
    symbols=sorted(SYMBOLS, key=len, reverse=True),
)
_SYMBOL_FIRST = frozenset(symbol[0] for symbol in SYMBOLS)
_SYMBOL_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?:\L<symbols>)[ ]{0,2}\Z",
    symbols=sorted(SYMBOLS, key=len, reverse=True),
)
_SYMBOL_OPENING = regex.compile(
    r"(?:\L<symbols>)(?=[ ]{0,2}\d)",
    symbols=sorted(SYMBOLS, key=len, reverse=True),
)
_CODE_BEFORE = regex.compile(r"(?<![\p{L}\d])(\p{Lu}{3})[ ]{0,2}\Z")
_COUNTRY_FIRSTS = frozenset(word[0] for word in COUNTRY_AFTER)
_SYMBOL_LASTS = frozenset(symbol[-1] for symbol in SYMBOLS)
_SUBUNIT_WORD = regex.compile(r"[ ]{0,3}(\p{L}++)(\.)?+")
# Kopecks in digits are a plain integer (a decimal part of zeros at most): anything longer,
# a multiplier or a group of thousands makes 100 or more, or no integer.
_SUBUNIT_DIGITS = regex.compile(
    r"\d++(?:[.,]\d++)?+[ ]{0,3}(?:\L<subunits>)(?!\p{L})", subunits=sorted(SUBUNIT_FORMS)
)


def _adjective(word: str) -> dict[str, str] | None:
    # Adjective endings have two or three letters: try those two splits only.
    for cut in (2, 3):
        if len(word) > cut and word[-cut:] in _ADJECTIVE_ENDINGS:
            found = ADJECTIVE_STEMS.get(word[:-cut])
            if found is not None:
                return found
    return None


def _noun_at(s: str, i: int) -> tuple[str, int] | None:
    """A currency noun or abbreviation at ``i`` of the folded text: (lemma, stop)."""
    word = _WORD.match(s, i)
    if word is None:
        return None
    return _noun(s, word.group(), word.end())


def _noun(s: str, w: str, stop: int) -> tuple[str, int] | None:
    """The word ``w`` ending at ``stop`` as a currency noun or abbreviation: (lemma, stop)."""
    if w in NOUN_FORMS:
        return NOUN_FORMS[w], stop
    if w in ABBREVIATIONS:
        dot = stop < len(s) and s[stop] == "."
        if w in ABBREVIATIONS_NEEDING_DOT and not dot:
            return None
        return ABBREVIATIONS[w], stop + dot
    return None


def _country_after(s: str, i: int, lemma: str) -> tuple[str, int] | None:
    if s[i : i + 4].lstrip(" ")[:1] not in _COUNTRY_FIRSTS or not s.startswith(" ", i):
        # The country is a word after one to three spaces.
        return None
    gap = _GAP.match(s, i)
    assert gap is not None
    word = _WORD.match(s, gap.end())
    if word is None or gap.end() == i:
        return None
    codes = COUNTRY_AFTER.get(word.group())
    if codes is None or lemma not in codes:
        return None
    return codes[lemma], word.end()


def currency_after(text: str, s: str, i: int) -> Currency | None:
    """The currency written right after an amount that ends at ``i``.

    Args:
        text: The original text (codes must be in capitals there).
        s: The folded text.
        i: Where the amount ends.
    """
    k = i + s.startswith(" ", i)
    k += s.startswith(" ", k)
    # A symbol starts right after at most two spaces: try the symbols only on one of their first characters.
    symbol = _SYMBOL_AFTER.match(s, i) if k < len(s) and s[k] in _SYMBOL_FIRST else None
    if symbol is not None:
        # The match is at most two spaces, then the symbol: it starts at k.
        return Currency(k, symbol.end(), SYMBOLS[s[k : symbol.end()]], None)
    word = _GAP_WORD.match(s, i)
    if word is None:
        return None
    start = word.start(1)
    w = word.group(1)
    if text[start : word.end()] in CODES:
        return Currency(start, word.end(), text[start : word.end()], None)
    if w in SUBUNIT_FORMS:
        lemma = SUBUNIT_FORMS[w]
        stop = word.end() + (w == "коп" and word.end() < len(s) and s[word.end()] == ".")
        return Currency(start, stop, SUBUNIT_DEFAULTS[lemma], lemma, subunit=True)
    noun = _noun(s, w, word.end())
    code: str | None
    implied = False
    if noun is not None:
        lemma, stop = noun
        code = NOUN_DEFAULTS.get(lemma)
        implied = True
    else:
        # An adjective that picks the code: "канадских долларов", "бел. руб."
        adjective = _adjective(w) if w != "бел" else ADJECTIVE_STEMS["бел"]
        if adjective is None:
            return None
        after = word.end() + (w == "бел" and word.end() < len(s) and s[word.end()] == ".")
        gap2 = _GAP.match(s, after)
        assert gap2 is not None
        if gap2.end() == after:
            return None
        noun = _noun_at(s, gap2.end())
        if noun is None or noun[0] not in adjective:
            return None
        lemma, stop = noun
        code = adjective[lemma]
    country = _country_after(s, stop, lemma)
    if country is not None:
        (code, stop), implied = country, False
    return Currency(start, stop, code, lemma, implied=implied)


def currency_before(text: str, s: str, i: int) -> Currency | None:
    """A symbol or ISO code written right before an amount that starts at ``i`` ("$27", "USD 5")."""
    lo = max(0, i - 6)
    # Both end at most two spaces before the amount: look at the character there first
    # (most numbers have neither, and each search costs more than the look).
    if s[max(0, i - 3) : i].rstrip(" ")[-1:] in _SYMBOL_LASTS:
        symbol = _SYMBOL_BEFORE.search(s, lo, i)
        if symbol is not None:
            key = symbol.group().rstrip(" ")
            return Currency(symbol.start(), symbol.start() + len(key), SYMBOLS[key], None)
    # Every code is three Latin capitals: only one of them can end it.
    if "A" <= text[max(0, i - 3) : i].rstrip(" ")[-1:] <= "Z":
        code = _CODE_BEFORE.search(text, lo, i)
        if code is not None and code.group(1) in CODES:
            return Currency(code.start(1), code.end(1), code.group(1), None)
    return None


def symbol_at(s: str, i: int) -> Currency | None:
    """A currency symbol at ``i`` that opens an amount ("$7" in "от $5 до $7 млн")."""
    symbol = _SYMBOL_OPENING.match(s, i)
    if symbol is None:
        return None
    return Currency(i, symbol.end(), SYMBOLS[symbol.group()], None)


def subunit_after(s: str, i: int) -> tuple[int, int] | None:
    """Kopecks or cents after a whole amount: (how many, stop).

    "120 руб. 30 коп.", "1 рубль 50 копеек", "сто рублей тридцать копеек".
    """
    # One to three spaces, then the number (a fourth space is no number).
    head = s[i : i + 4]
    rest = head.lstrip(" ")
    if not rest or rest == head:
        return None
    j = i + len(head) - len(rest)
    first = rest[0]
    if not first.isalnum():
        # No number starts here: kopecks are written in digits or words.
        return None
    if first.isdecimal() and _SUBUNIT_DIGITS.match(s, j) is None:
        # Digits not followed by a kopeck word (the next amount, most often): no kopecks.
        return None
    number = read_number(s, j)
    if number is None or number.scale is not None or not 0 <= number.value < SUBUNITS_PER_UNIT:
        return None
    if number.value != number.value.to_integral_value():
        return None
    word = _SUBUNIT_WORD.match(s, number.stop)
    if word is None or word.group(1) not in SUBUNIT_FORMS:
        return None
    stop = word.end() if word.group(1) == "коп" else word.end(1)
    return int(number.value), stop

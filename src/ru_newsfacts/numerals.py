"""Russian numbers, in digits and in words, read into exact Decimals.

The engine behind the money extractor, usable on its own:

    >>> from ru_newsfacts.numerals import parse_number
    >>> parse_number("2,5 млрд")
    Decimal('2500000000')
    >>> parse_number("двух миллиардов четырехсот миллионов")
    Decimal('2400000000')
    >>> parse_number("полтора миллиона")
    Decimal('1500000')
    >>> parse_number("1 500 000,50")
    Decimal('1500000.5')
    >>> parse_number("семью") is not None, parse_number("одни")
    (True, None)

What it reads:

* digits with any grouping: ``1500000``, ``1 500 000`` (also with no-break and thin
  spaces), ``1.500.000``, ``1,500,000``, ``1'500'000``; a decimal comma or point
  (``3,5``, ``3.5``, ``1 500,25``, ``1,500,000.25``). A single comma or point before
  exactly three digits ("1,500") is a thousands separator unless a multiplier follows
  ("1,255 млрд" is 1.255 billion);
* words in every case and gender (``двумстам``, ``одной``, ``сорока``), with the
  multipliers тысяча, миллион, миллиард, триллион and their abbreviations тыс.,
  млн, млрд, трлн (with or without a dot);
* compounds: ``2 млрд 400 млн``, ``тысяча пятьсот``, ``14 миллиардов 700 миллионов``;
* fractions: ``полтора``/``полторы``/``полутора``, ``полмиллиона``/``пол-миллиарда``,
  ``четверть``, ``треть`` (rounded to hundredths), ``N с половиной``,
  ``N целых M десятых/сотых/тысячных``.

All offsets refer to the caller's string: the text is folded (lower case, "ё" to "е",
unusual spaces and dashes to plain ones) by a same-length mapping before it is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import Any

import regex

from .data.numbers import (
    ALL_NUMBER_WORDS,
    DECIMAL_DENOMINATORS,
    FRACTIONS,
    HALF_SCALES,
    HALF_SUFFIX,
    HUNDREDS,
    INEXACT_FRACTIONS,
    INTEGER_PART_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_PLURAL_ONLY,
    SCALE_WORDS,
    TEENS,
    TENS,
    UNITS,
)

__all__ = [
    "NumberMatch",
    "find_numbers",
    "fold",
    "number_start",
    "parse_number",
    "read_number",
    "tidy",
    "word_alternation",
]


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lower in "абвгдежзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz":
        table[ord(lower.upper())] = lower
    table.update({ord("ё"): "е", ord("Ё"): "е"})
    for space in "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f":
        table[ord(space)] = " "
    for hyphen in "\u2010\u2011":
        table[ord(hyphen)] = "-"
    for dash in "\u2012\u2013\u2014\u2015\u2212":
        table[ord(dash)] = "–"
    table[ord("\u2019")] = "'"
    return table


_FOLD = _fold_table()
# The same mapping as str.replace steps, for the common case where str.lower() keeps the length.
_REPLACEMENTS = [(chr(k), v) for k, v in _FOLD.items() if not ("A" <= chr(k) <= "Z" or "А" <= chr(k) <= "Я")]


def fold(text: str) -> str:
    """Fold ``text`` for matching without moving any offset.

    Upper-case letters become lower case, "ё" becomes "е", tabs, no-break and thin
    spaces become a plain space, hyphen variants become "-" and dashes (en, em,
    figure, minus) become "–". The result has the same length.

    Args:
        text: Any string.

    Returns:
        The folded string, ``len(fold(text)) == len(text)``.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few letters ("İ") lower to two characters: fall back to the letter-by-letter table.
        return text.translate(_FOLD)
    for old, new in _REPLACEMENTS:
        if old in lowered:
            lowered = lowered.replace(old, new)
    return lowered


class _Trie(dict[str, "_Trie"]):
    """A letter trie: each key a letter ("" marks a word's end)."""


def word_alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so a mismatch fails on the first letter.

    Args:
        words: Literal words.

    Returns:
        A pattern (no group captured) matching exactly one of the words, longest first.
    """
    trie = _Trie()
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, _Trie())
        node[""] = _Trie()

    def emit(node: _Trie) -> str:
        branches = [regex.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(trie)


@dataclass(frozen=True)
class NumberMatch:
    """A number read from text.

    Attributes:
        start: Offset of the first character.
        stop: End-exclusive offset of the last character read (a multiplier's dot included).
        value: The exact value.
        scale: The largest multiplier written (1000, 10**6, ...), or None when there is none.
        words: True when any part is written in words.
        digits: True when the number is a bare run of digits and nothing else ("2024").
    """

    start: int
    stop: int
    value: Decimal
    scale: int | None
    words: bool
    digits: bool


_new = object.__new__
_set = object.__setattr__


def _number_match(
    start: int, stop: int, value: Decimal, scale: int | None, words: bool, digits: bool
) -> NumberMatch:
    """``NumberMatch(start, stop, value, scale, words, digits)``, built without the frozen ``__init__``.

    The frozen dataclass sets each field through ``object.__setattr__``; the money scan reads
    a number per anchor, and setting the instance dictionary at once costs half as much. The
    object is the same (equal, same hash and repr); ``tests/test_shortcuts.py`` checks it.
    """
    made = _new(NumberMatch)
    _set(
        made,
        "__dict__",
        {"start": start, "stop": stop, "value": value, "scale": scale, "words": words, "digits": digits},
    )
    return made


_RUN = regex.compile(r"\d++")
_GROUP3 = regex.compile(r"\d{3}(?!\d)")
# A separator then a digit right after a number ("12.11.2025", "12:30", "1/2") means it was not one.
_TRAILING_DIGIT = regex.compile(r"[.,:/]\d")
_SPACE = regex.compile(r"[ ]{1,3}")
_WORD = regex.compile(r"(?:пол-|полу-)?\p{L}++")
_GAP_WORD = regex.compile(r"[ ]{0,3}((?:пол-|полу-)?\p{L}++)")
_ABBREVIATION = regex.compile(r"[ ]{0,3}(тыс|млн|млрд|трлн)(?!\p{L})(\.)?+")
_HALF_TAIL = regex.compile(r"[ ]{1,3}с[ ]{1,3}(половиной|четвертью)(?!\p{L})")

_MAX_INT_DIGITS = 15
_MAX_FRACTION_DIGITS = 8
_CENT = Decimal("0.01")
_ONE = Decimal(1)


@dataclass(slots=True)
class _Digits:
    stop: int
    value: Decimal
    # "1,500": thousands when no multiplier follows, 1.5 when one does.
    alternative: Decimal | None


def _read_digits(s: str, i: int) -> _Digits | None:
    """Read digits with grouping and a decimal part at ``i``; None when they do not form a number."""
    run = _RUN.match(s, i)
    if run is None:
        return None
    j = run.end()
    groups = [run.group()]
    sep = ""
    if len(groups[0]) <= 3 and groups[0][0] != "0":
        while j < len(s) and s[j] in " ,.'" and (not sep or s[j] == sep):
            three = _GROUP3.match(s, j + 1)
            if three is None:
                break
            sep = s[j]
            groups.append(three.group())
            j = three.end()
    fraction = ""
    if j + 1 < len(s) and s[j] in ",." and s[j] != sep and s[j + 1].isdigit():
        tail = _RUN.match(s, j + 1)
        if tail is not None:
            fraction = tail.group()
            j = tail.end()
    if _TRAILING_DIGIT.match(s, j):
        return None
    integer = "".join(groups)
    if len(integer.lstrip("0")) > _MAX_INT_DIGITS or len(fraction) > _MAX_FRACTION_DIGITS:
        return None
    if not (integer + fraction).isdecimal():
        # A digit newer than Python's Unicode tables (regex knows it, Decimal does not).
        return None
    value = Decimal(f"{integer}.{fraction}" if fraction else integer)
    alternative = None
    if sep in ",." and len(groups) == 2 and not fraction:
        alternative = Decimal(f"{groups[0]}.{groups[1]}")
    return _Digits(j, value, alternative)


def tidy(value: Decimal) -> Decimal:
    """Drop trailing fractional zeros without switching to exponent notation.

    Args:
        value: A finite Decimal.

    Returns:
        The same number, written with the fewest digits: ``2500000000.0`` becomes
        ``2500000000``, ``1.50`` becomes ``1.5``.
    """
    if value == value.to_integral_value():
        return value.quantize(_ONE)
    return value.normalize()


def _word_at(s: str, i: int) -> tuple[str, int] | None:
    match = _WORD.match(s, i)
    if match is None:
        return None
    return match.group(), match.end()


def _read_word_integer(s: str, i: int) -> tuple[int, int] | None:
    """Read a 0-999 integer in words ("двухсот сорока пяти") at ``i``."""
    total = 0
    stage = 0  # 1 after hundreds, 2 after tens, 3 after units or teens
    end = -1
    j = i
    while True:
        if end >= 0:
            gap = _SPACE.match(s, j)
            if gap is None:
                break
            j = gap.end()
        found = _word_at(s, j)
        if found is None:
            break
        word, after = found
        if word in HUNDREDS and stage == 0:
            total += HUNDREDS[word]
            stage = 1
        elif word in TENS and stage < 2:
            total += TENS[word]
            stage = 2
        elif word in TEENS and stage < 2:
            total += TEENS[word]
            stage = 3
        elif word in UNITS and stage < 3 and (UNITS[word] != 0 or stage == 0):
            total += UNITS[word]
            stage = 3 if UNITS[word] else 4
        else:
            break
        end = after
        j = after
        if stage == 4:
            break
    if end < 0:
        return None
    return total, end


def _read_scale(s: str, i: int) -> tuple[int, int, str] | None:
    """Read a multiplier (word or abbreviation) after optional spaces at ``i``: (scale, stop, word)."""
    abbreviation = _ABBREVIATION.match(s, i)
    if abbreviation is not None:
        return SCALE_ABBREVIATIONS[abbreviation.group(1)], abbreviation.end(), abbreviation.group(1)
    word = _GAP_WORD.match(s, i)
    if word is not None and word.group(1) in SCALE_WORDS:
        return SCALE_WORDS[word.group(1)], word.end(), word.group(1)
    return None


def _read_decimal_words(s: str, i: int, whole: int) -> tuple[Decimal, int] | None:
    """After a whole number in words, read "целых M десятых" at ``i``."""
    word = _GAP_WORD.match(s, i)
    if word is None or word.group(1) not in INTEGER_PART_WORDS:
        return None
    gap = _SPACE.match(s, word.end())
    if gap is None:
        return None
    numerator = _read_word_integer(s, gap.end())
    if numerator is None:
        return None
    denominator = _GAP_WORD.match(s, numerator[1])
    if denominator is None or denominator.group(1) not in DECIMAL_DENOMINATORS:
        return None
    places = DECIMAL_DENOMINATORS[denominator.group(1)]
    if numerator[0] >= 10**places:
        return None
    return Decimal(whole) + Decimal(numerator[0]).scaleb(-places), denominator.end()


@dataclass
class _Atom:
    value: Decimal
    stop: int
    words: bool
    alternative: Decimal | None = None
    scale: int | None = None  # set when the atom carries its own multiplier ("полмиллиона", "миллион")
    inexact: bool = False
    bare_digits: bool = False


def _read_atom(s: str, i: int, first: bool) -> _Atom | None:
    if i < len(s) and s[i].isdigit():
        digits = _read_digits(s, i)
        if digits is None:
            return None
        return _Atom(digits.value, digits.stop, False, digits.alternative, bare_digits=True)
    found = _word_at(s, i)
    if found is None:
        return None
    word, after = found
    if first and word in HALF_SCALES:
        return _Atom(Decimal("0.5"), after, True, scale=HALF_SCALES[word])
    if first and word in SCALE_WORDS:
        if word in SCALE_PLURAL_ONLY:
            return None
        return _Atom(Decimal(1), after, True, scale=SCALE_WORDS[word])
    if first and word in FRACTIONS:
        return _Atom(FRACTIONS[word], after, True, inexact=word in INEXACT_FRACTIONS)
    integer = _read_word_integer(s, i)
    if integer is None:
        return None
    value, stop = integer
    decimal = _read_decimal_words(s, stop, value)
    if decimal is not None:
        return _Atom(decimal[0], decimal[1], True)
    return _Atom(Decimal(value), stop, True)


# Digits with nothing that could continue them (no separator and digit), then maybe a word.
_PLAIN_DIGITS = regex.compile(r"(\d++)(?![.,:/' ]\d)(?:[ ]{0,3}(\p{L}++)(\.)?+)?")
_NUMBER_WORD_PARTS = frozenset(HUNDREDS) | frozenset(TENS) | frozenset(TEENS) | frozenset(UNITS)


def _read_plain(folded: str, pos: int) -> NumberMatch | None:
    """The common shapes, read in one match: "2024", "5 человек", "5 млн рублей".

    Returns None whenever anything else could follow (a group of thousands, a decimal part,
    "с половиной", another part after the multiplier): the full reader decides those.
    """
    match = _PLAIN_DIGITS.match(folded, pos)
    if match is None or len(match.group(1)) > _MAX_INT_DIGITS:
        return None
    run, word = match.group(1), match.group(2)
    if not run.isdecimal():
        return None  # a digit Decimal cannot read: _read_digits turns it down
    if word is None:
        return _number_match(pos, match.end(1), Decimal(run), None, False, True)
    if word == "с":
        return None  # maybe "5 с половиной"
    scale = SCALE_ABBREVIATIONS.get(word)
    stop = match.end(2)
    if scale is not None:
        stop = match.end()  # the abbreviation's dot, if any
    else:
        scale = SCALE_WORDS.get(word)
        if scale is None:
            return _number_match(pos, match.end(1), Decimal(run), None, False, True)
    gap = _SPACE.match(folded, stop)
    if gap is not None:
        j = gap.end()
        if j < len(folded) and folded[j].isdigit():
            return None  # maybe "2 млрд 400 млн"
        after = _WORD.match(folded, j)
        if after is not None and after.group() in _NUMBER_WORD_PARTS:
            return None  # maybe "1 тысяча двести"
    return _number_match(pos, stop, tidy(Decimal(run) * scale), scale, False, False)


def read_number(folded: str, pos: int) -> NumberMatch | None:
    """Read the longest number that starts exactly at ``pos`` of a folded string.

    Args:
        folded: Text already passed through ``fold``.
        pos: Where the number must start (a digit or the first letter of a number word).

    Returns:
        The number, or None when none starts there.
    """
    plain = _read_plain(folded, pos)
    if plain is not None:
        return plain
    total = Decimal(0)
    top_scale: int | None = None
    last_scale: int | None = None
    words = False
    stop = pos
    i = pos
    parts = 0
    inexact = False
    bare = False
    while True:
        if parts:
            gap = _SPACE.match(folded, i)
            if gap is None:
                break
            i = gap.end()
        atom = _read_atom(folded, i, first=parts == 0)
        if atom is None:
            break
        value = atom.value
        j = atom.stop
        scale = atom.scale
        if scale is None:
            half = _HALF_TAIL.match(folded, j)
            if half is not None and (atom.alternative is None) and value == value.to_integral_value():
                value += HALF_SUFFIX[half.group(1)]
                j = half.end()
            found = _read_scale(folded, j)
            if found is not None:
                scale, j, _ = found
                if atom.alternative is not None:
                    value = atom.alternative
        if scale is not None and last_scale is not None and scale >= last_scale:
            break
        if scale is None:
            if parts and not (atom.words and value < 1000 and last_scale is not None and value >= 1):
                break
            total += value
            stop = j
            words = words or atom.words
            bare = parts == 0 and atom.bare_digits and j == atom.stop
            parts += 1
            break
        if parts and not atom.words and atom.alternative is not None:
            break
        total += value * scale
        inexact = inexact or atom.inexact
        top_scale = top_scale or scale
        last_scale = scale
        stop = j
        words = words or atom.words
        parts += 1
        i = j
    if not parts:
        return None
    if inexact:
        total = total.quantize(_CENT, rounding=ROUND_HALF_EVEN)
    return _number_match(pos, stop, tidy(total), top_scale, words, bare)


@cache
def number_start() -> regex.Pattern[str]:
    """Where a number may start in folded text: a digit or a number word (for fast scanning).

    Compiled on first use (a large alternation): importing the package stays fast.

    Returns:
        The compiled pattern.
    """
    return regex.compile(rf"(?<![\p{{L}}\d])(?:\d|{word_alternation(ALL_NUMBER_WORDS)}(?!\p{{L}}))")


def __getattr__(name: str) -> Any:
    # NUMBER_START was a module constant: keep the name, compiled when first asked for.
    if name == "NUMBER_START":
        return number_start()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def find_numbers(text: str) -> list[NumberMatch]:
    """Find every number in ``text``, digits or words, left to right.

    Args:
        text: Any string.

    Returns:
        The numbers found, with offsets into ``text``.

    Examples:
        >>> [(m.value, m.start, m.stop) for m in find_numbers("от 3 до пяти тыс.")]
        [(Decimal('3'), 3, 4), (Decimal('5000'), 8, 17)]
    """
    folded = fold(text)
    found: list[NumberMatch] = []
    pos = 0
    while True:
        anchor = number_start().search(folded, pos)
        if anchor is None:
            return found
        match = read_number(folded, anchor.start())
        if match is None:
            pos = anchor.end()
            continue
        found.append(match)
        pos = max(match.stop, anchor.end())


def parse_number(text: str) -> Decimal | None:
    """Read ``text`` as one number, digits or words, and return its exact value.

    Surrounding spaces are ignored; anything else left over means "not a number".

    Args:
        text: "1 500 000", "2,5 млрд", "двумстам тысячам", "полтора миллиона", ...

    Returns:
        The value as a Decimal, or None when ``text`` is not exactly one number.

    Examples:
        >>> parse_number("14 миллиардов 700 миллионов")
        Decimal('14700000000')
        >>> parse_number("в 2 раза") is None
        True
    """
    folded = fold(text)
    start = len(folded) - len(folded.lstrip())
    end = len(folded.rstrip())
    if start >= end:
        return None
    match = read_number(folded, start)
    if match is None or match.stop != end:
        return None
    return match.value

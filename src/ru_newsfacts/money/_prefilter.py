"""Which stretches of text can hold money at all, found in a few C-level passes.

Every mention needs a currency written next to its number (a symbol, code, noun,
abbreviation, adjective, kopecks or a "5-рублевая" denomination), or a multiplier and an
earlier mention close by to carry the currency over. The scanner in ``_extract`` therefore
reads numbers in full only near such "tokens" and jumps over everything else.

A jump must land where the full scan would have landed, so it only ever ends at a *sync
point*: a position no number or mention can run across. Two kinds are safe:

* right after a character that no number or mention contains (anything but digits,
  letters, spaces, ``, . ' - –`` and currency-symbol characters): a line break,
  ``( ) « » : ; ! ? % "`` ...;
* between "digit space digit" unless three digits and a non-digit follow ("1 000" is
  one number): a number made of digits ends at its last digit unless a multiplier or a
  word follows, and every other way to continue (range dash, "до", a currency) starts
  with something that is not a digit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

import regex

from ..data.currencies import (
    ABBREVIATIONS,
    ABBREVIATIONS_NEEDING_DOT,
    ADJECTIVE_STEMS,
    CODES,
    DENOMINATION_ADJECTIVES,
    NOUN_FORMS,
    SUBUNIT_FORMS,
    SYMBOLS,
)
from ..data.numbers import HALF_SCALES, SCALE_ABBREVIATIONS, SCALE_WORDS
from ..numerals import word_alternation

__all__ = ["Prefilter", "next_sync_at_most"]

_SYMBOLS = sorted(SYMBOLS, key=len, reverse=True)
_WORDS = sorted(
    set(NOUN_FORMS)
    | set(SUBUNIT_FORMS)
    | {code.lower() for code in CODES}
    | {w for w in ABBREVIATIONS if w not in ABBREVIATIONS_NEEDING_DOT}
    | {"бел"}
)
# Words: a superset of what currency_after, currency_before and the denomination pattern
# accept (extra tokens only cost time, a missing one would lose a mention). The standard
# ``re`` engine with a leading \b skips through letters several times faster than
# ``regex`` with look-behinds; its [^\W\d_] is \p{L} plus a few numeric signs ("½", "²"),
# so texts holding any of those take the exact ``regex`` patterns instead.
_LETTER = r"[^\W\d_]"
_WORD_BODY = (
    rf"(?:(?:{word_alternation(_WORDS)}|{word_alternation(sorted(ADJECTIVE_STEMS))}{_LETTER}{{2,3}})(?!{_LETTER})"
    rf"|{word_alternation(ABBREVIATIONS_NEEDING_DOT)}\.)"
)


# The large alternations below are compiled on first use: importing the package stays fast.
@cache
def _word_after_boundary() -> re.Pattern[str]:
    return re.compile(rf"\b{_WORD_BODY}")


@cache
def _word_after_digit() -> re.Pattern[str]:
    # \b misses a word glued to a digit ("5руб"): the digit is matched, the token is one further.
    return re.compile(rf"[\d_]{_WORD_BODY}")


_DENOMINATION = re.compile(rf"-(?:{word_alternation(sorted(DENOMINATION_ADJECTIVES))})")


@cache
def _maybe_token() -> re.Pattern[str]:
    # One search answers "is a token close?" with a superset of the tokens (any symbol
    # character counts): enough, since "yes" only means "read the number".
    # A symbol glued to digits on both sides ("1$1") is none, as in _currencies.
    symbol = f"[{re.escape(_SYMBOL_CHARS)}]"
    return re.compile(
        rf"(?:\b|(?<=[\d_])){_WORD_BODY}|{_DENOMINATION.pattern}"
        rf"|(?<!\d){symbol}|{symbol}(?![^\W_])|ł"
    )


_ODD_NUMERIC = regex.compile(r"[^\P{N}\p{Nd}]")


@cache
def _exact_words() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<!\p{L})(?:(?:\L<words>|(?:\L<stems>)\p{L}{2,3})(?!\p{L})|(?:\L<dotted>)\.)"
        r"|-(?:\L<denominations>)",
        words=_WORDS,
        dotted=sorted(ABBREVIATIONS_NEEDING_DOT),
        stems=sorted(ADJECTIVE_STEMS),
        denominations=sorted(DENOMINATION_ADJECTIVES),
    )


_SYMBOL_CHARS = "".join(sorted({c for symbol in SYMBOLS for c in symbol if not c.isalpha()}))
_SYMBOL_LAST = re.compile(f"[{re.escape(_SYMBOL_CHARS)}ł]")
# A symbol usable after an amount, before one, or opening the upper end of a range.
_SYMBOL = regex.compile(
    r"(?:\L<symbols>)(?![\p{L}\d])"
    r"|(?<![\p{L}\d])(?:\L<symbols>)"
    r"|(?<=[–-][ ]{0,3}|[ ](?:до|и)[ ]{1,3})(?:\L<symbols>)(?=[ ]{0,2}\d)",
    symbols=_SYMBOLS,
)
_SCALE_WORDS = sorted(set(SCALE_WORDS) | set(HALF_SCALES) | set(SCALE_ABBREVIATIONS))
_SCALE = re.compile(rf"(?:\b|(?<=[\d_]))(?:{word_alternation(_SCALE_WORDS)})(?!{_LETTER})")
# "с 5 до 7 млн рублей" gives the lower end as a bare amount of its own, multiplier or not;
# the opener is read as the tail of whatever letters precede the number, so any "с"/"со" counts.
_OPENER = re.compile(r"со?[ ]")


@cache
def _exact_scale() -> regex.Pattern[str]:
    return regex.compile(r"(?<!\p{L})(?:\L<scales>)(?!\p{L})", scales=_SCALE_WORDS)


# The match ends at a sync point (see the module docstring).
_SYNC = regex.compile(rf"[^\d\p{{L}} ,.'\-–{regex.escape(_SYMBOL_CHARS)}]|(?<=\d)[ ](?=\d)(?!\d{{3}}(?!\d))")
# How far left of a sync point to look for the last one before it.
_SYNC_REACH = 64
# How far to look ahead for a token when sync points are dense.
_FAR = 4096
# A token this close after an anchor is worth reading the number for: a jump would end
# before it anyway, after listing every token up to it (measured: 40 costs the random
# hostile mixes 10-15 % more, 160 makes "5 рублей" between runs of "1 " 3 times slower).
_NEAR = 80
# Tokens are listed this many characters at a time (more after an empty chunk).
_CHUNK = 256
# Forgotten tokens are dropped in batches of this many.
_KEEP = 64

# Look this far past the end of a search window, so that look-aheads see real text.
_OVERHANG = 32


def _starts(
    pattern: re.Pattern[str] | regex.Pattern[str], s: str, lo: int, hi: int, shift: int = 0
) -> list[int]:
    """Starts (plus ``shift``) of the matches of ``pattern`` that fall in ``[lo, hi)``."""
    found = []
    for match in pattern.finditer(s, max(0, lo - shift), min(len(s), hi + _OVERHANG)):
        start = match.start() + shift
        if start >= hi:
            break
        if start >= lo:
            found.append(start)
    return found


def _currencies(s: str, lo: int, hi: int) -> list[int]:
    """Every currency token start in ``[lo, hi)``, sorted."""
    n = len(s)
    if _ODD_NUMERIC.search(s, max(0, lo - 2), min(n, hi + _OVERHANG)) is not None:
        # The fast patterns could misread this stretch: read it exactly.
        found = _starts(_exact_words(), s, lo, hi)
    else:
        found = _starts(_word_after_boundary(), s, lo, hi)
        found += _starts(_word_after_digit(), s, lo, hi, shift=1)
        found += _starts(_DENOMINATION, s, lo, hi)
    # Symbols are at most three characters long and end with one of these characters.
    for candidate in _SYMBOL_LAST.finditer(s, lo, min(n, hi + 2)):
        k = candidate.start()
        before = s[k - 1] if k else ""
        if before.isalpha() or s[k] == "ł":
            # Maybe the end of "us$" or "zł": let the full pattern decide.
            symbol = _SYMBOL.search(s, max(lo, k - 2), min(n, k + 4))
            if symbol is not None and symbol.start() < hi:
                found.append(symbol.start())
            continue
        if k >= hi:
            continue
        # A one-character symbol is usable unless glued to a digit before it and to a digit
        # or letter after it ("1$1"); after a space or dash it may open a range's upper end.
        after = s[k + 1] if k + 1 < n else ""
        if not before.isdecimal() or not (after.isalpha() or after.isdecimal()):
            found.append(k)
    found.sort()
    return found


def _scales(s: str, lo: int, hi: int) -> list[int]:
    """Every multiplier start in ``[lo, hi)``."""
    if _ODD_NUMERIC.search(s, max(0, lo - 2), min(len(s), hi + _OVERHANG)) is not None:
        return _starts(_exact_scale(), s, lo, hi)
    return _starts(_SCALE, s, lo, hi)


def _openers(s: str, lo: int, hi: int) -> list[int]:
    """Every "с"/"со" start in ``[lo, hi)``."""
    return _starts(_OPENER, s, lo, hi)


class _Finder:
    """Tokens of one kind, listed chunk by chunk as the scan moves right.

    ``_tokens`` holds every token that starts in ``[_lo, _hi)``; a question about a window
    outside it starts a new list. Chunks grow while they come back empty, so a long
    stretch with no token costs a few searches, and dense money costs one bisect per anchor.
    """

    def __init__(self, s: str, scan: Callable[[str, int, int], list[int]]) -> None:
        self._s = s
        self._scan = scan
        self._lo = self._hi = 0
        self._tokens: list[int] = []

    def first(self, lo: int, hi: int) -> int:
        """The first token start in ``[lo, hi)``, or ``hi`` when there is none."""
        lo = max(0, lo)
        if lo >= hi:
            return hi
        if not self._lo <= lo <= self._hi:
            self._lo = self._hi = lo
            self._tokens = []
        while True:
            k = bisect_left(self._tokens, lo)
            if k > _KEEP:
                # Tokens left of every future question: forget them.
                del self._tokens[:k]
                self._lo, k = lo, 0
            if k < len(self._tokens):
                return min(self._tokens[k], hi)
            if self._hi >= hi:
                return hi
            end = min(hi, self._hi + max(_CHUNK, self._hi - lo))
            self._tokens += self._scan(self._s, self._hi, end)
            self._hi = end


class Prefilter:
    """Answers, for the anchor scan, how far it may jump without reading a number.

    Args:
        s: The folded text.
    """

    def __init__(self, s: str) -> None:
        self._s = s
        self._n = len(s)
        self._currency = _Finder(s, _currencies)
        self._scale = _Finder(s, _scales)
        self._opener = _Finder(s, _openers)
        self._sync_from = self._sync_at = 0
        self._near_until = -1
        # The last limit a jump ended at, and the last sync point in the window before it.
        self._near_limit = self._near_limit_sync = -1
        # The last search for a maybe-token: where it started and ended, and the first found.
        self._maybe_from = self._maybe_to = 0
        self._maybe_at = -1

    def _next_sync(self, i: int) -> int:
        """The first sync point after ``i`` (the text's end when there is none)."""
        if not self._sync_from <= i < self._sync_at:
            match = _SYNC.search(self._s, i)
            self._sync_from, self._sync_at = i, match.end() if match is not None else self._n
        return self._sync_at

    def _maybe_near(self, lo: int, hi: int) -> int:
        """The first maybe-token start in ``[lo, hi)``, or -1; one search serves many anchors."""
        lo = max(0, lo)
        at = self._maybe_at
        if self._maybe_from <= lo and (at >= lo or at < 0):
            if 0 <= at < hi:
                return at
            if hi <= self._maybe_to:
                return -1
        self._maybe_from, self._maybe_to = lo, min(self._n, max(hi, lo + _CHUNK))
        found = _maybe_token().search(self._s, lo, min(self._n, self._maybe_to + _OVERHANG))
        self._maybe_at = found.start() if found is not None and found.start() < self._maybe_to else -1
        return self._maybe_at if 0 <= self._maybe_at < hi else -1

    def jump(self, i: int, carry: bool) -> int:
        """Where the scan may resume when the anchor at ``i`` cannot start a mention, else ``i``.

        Args:
            i: The anchor's offset.
            carry: An earlier mention is close enough for a bare amount to take its currency.
        """
        if i <= self._near_until:
            # The token found for an earlier anchor is within reach of this one too.
            return i
        token = self._maybe_near(i, i + _NEAR)
        if token < 0:
            token = self._maybe_near(i - 12, i)
        if token >= 0:
            # Maybe a token right here (dense money): reading the number is cheaper than
            # listing the tokens. A wrong "maybe" costs time only: the number is read in full.
            self._near_until = token + 12
            return i
        first_sync = self._next_sync(i)
        # Dense sync points (hostile runs such as "1 1 1"): look further for the next token,
        # so one jump covers the whole run instead of one number.
        bound = first_sync if first_sync - i >= _SYNC_REACH else min(self._n, i + _FAR)
        limit = self._currency.first(i - 12, bound)
        if carry:
            # A bare amount needs a multiplier, or "с" before it ("с 5 до 7 млн рублей").
            limit = self._scale.first(i, limit)
            limit = self._opener.first(i - 12, limit)
        if limit <= i:
            return i
        if limit < self._n and i < limit - _SYNC_REACH:
            # The window searched near the limit does not depend on i: search it once per limit.
            if limit != self._near_limit:
                self._near_limit = limit
                sync = next_sync_at_most(self._s, limit - _SYNC_REACH, limit, self._n)
                # Only a sync point found near the limit counts, not the fallback.
                self._near_limit_sync = sync if sync > limit - _SYNC_REACH else -1
            best = self._near_limit_sync
            if best > i:
                return best
            return first_sync if i < first_sync <= limit else i
        return next_sync_at_most(self._s, i, limit, first_sync)


def next_sync_at_most(s: str, i: int, limit: int, first_sync: int | None = None) -> int:
    """The last sync point in ``(i, limit]``, or ``i`` when there is none.

    ``limit == len(s)`` is itself a sync point: the text ends there. ``first_sync``, the
    first sync point after ``i`` when the caller knows it, saves searching for it again:
    a search from ``i`` to a far ``limit`` repeated for every anchor of a long run with
    no sync point would cost the square of the run's length.
    """
    if limit >= len(s):
        return len(s)
    end = min(len(s), limit + 4)
    best = i
    for match in _SYNC.finditer(s, max(i, limit - _SYNC_REACH), end):
        if match.end() > limit:
            break
        best = max(best, match.end())
    if best > i:
        return best
    # Nothing close to the limit: take the first sync point after i, if it is in range.
    if first_sync is None:
        first = _SYNC.search(s, i, end)
        first_sync = first.end() if first is not None else len(s)
    return first_sync if i < first_sync <= limit else i

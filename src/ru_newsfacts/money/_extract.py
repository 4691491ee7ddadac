"""The money extractor: anchors found in one linear pass, each parsed locally.

The folded text (same length as the original) is scanned once for anchors: a digit or
a number word. Around each anchor the engine reads the number, the currency after or
before it, a range, kopecks, and looks back a bounded distance for a qualifier.
When an anchor leads nowhere the scan resumes after the number it read, so every
character is read a bounded number of times whatever the input.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import cast

import regex

from .._trusted import direct
from ..data.currencies import (
    ABBREVIATIONS,
    ADJECTIVE_STEMS,
    CODES,
    DENOMINATION_ADJECTIVES,
    NOUN_FORMS,
    SUBUNIT_FORMS,
    SUBUNITS_PER_UNIT,
    SYMBOLS,
)
from ..data.numbers import ALL_NUMBER_WORDS, HALF_SCALES, SCALE_ABBREVIATIONS, SCALE_WORDS, VAGUE_QUANTIFIERS
from ..models import Money, Qualifier
from ..numerals import NumberMatch, fold, number_start, read_number, tidy, word_alternation
from ._context import (
    ClauseBounds,
    YearMarks,
    changes_to,
    last_word,
    nearest_year,
    qualifier_after,
    qualifier_before,
    qualifier_ending,
    sentence_start,
    years_near,
)
from ._currency import Currency, currency_after, currency_before, subunit_after, symbol_at
from ._prefilter import Prefilter

__all__ = ["find_money"]


def _words(text: str) -> list[str]:
    """Split a space-separated list of words."""
    return text.split()


_GAP = regex.compile(r"[ ]{0,3}")
# A hyphen glued to letters: "2-й", "100-летие", "COVID-19".
_HYPHEN_WORD = regex.compile(r"-(\p{L}++)")
_DENOMINATION = regex.compile(r"-(\L<stems>)\p{L}*+", stems=sorted(DENOMINATION_ADJECTIVES))
_RANGE_DASH = regex.compile(r"[ ]{0,3}[–-][ ]{0,3}(?=[\d\p{L}$€£¥₽₸₴₼₾₺₹₩₪])")
_RANGE_HINT = regex.compile(r"[ ]{0,3}[–-]|[ ]{1,3}(?:до|и)[ ]")
_RANGE_WORD = regex.compile(r"[ ]{1,3}(до|и)[ ]{1,3}")
# Both connectors in one match, the word first as in _range_end: group 1 is the word.
_RANGE_EITHER = regex.compile(rf"{_RANGE_WORD.pattern}|{_RANGE_DASH.pattern}")
# Matched right to left: the word is read back from the amount, not searched for.
_PREVIOUS_WORD = regex.compile(r"(\p{L}++)[ ]{1,3}\Z", flags=regex.REVERSE)
_NEXT = regex.compile(r"[ ]{0,3}(?:(\p{L}++)|([^\p{L}\d ]|$))")
_BARE_FOLLOWERS = frozenset(
    _words("и а или но в во на за по против соответственно до к из то же ещё еще уже")
)
# A verb after a bare amount ("12 миллиардов приходится", "3 млн ушли") leaves it an amount; a noun
# ("2 млн человек") makes it a count. Reflexive and past-tense endings, short participles and
# long present-tense forms tell verbs from the genitive plurals that follow a multiplier.
_VERB = regex.compile(
    r"\p{L}*(?:ся|сь)|\p{L}{2,}(?:ли|ло|ла)|\p{L}{3,}(?:но|ны|на)|\p{L}{4,}(?:ит|ет|ут|ют|ят|ат)"
)
_BARE_PUNCTUATION = frozenset(".,;:()!?–»\"…'")
_OPENERS = frozenset(("между", "с", "со"))
_RANGE_FIRST = frozenset(" -–")
_CONNECTOR_FIRSTS = frozenset("-–ди")
_ASIDE = regex.compile(r"\([ ]{0,2}\Z")
_PERCENT = frozenset("%‰")
_UNIT = Decimal(SUBUNITS_PER_UNIT)

_SYMBOL_CHARS = regex.escape("".join(sorted({c for symbol in SYMBOLS for c in symbol if not c.isalpha()})))
_SYMBOL_FIRSTS = regex.escape("".join(sorted({symbol[0] for symbol in SYMBOLS if not symbol[0].isalpha()})))
# Every word that can follow digits inside a mention starts with one of these: a currency
# noun, abbreviation, code, subunit, symbol or adjective stem, a multiplier, "с половиной",
# or a range's "до"/"и". Prefixes, not words: a word that merely starts like one counts too.
_FOLLOWERS = sorted(
    set(NOUN_FORMS)
    | set(SUBUNIT_FORMS)
    | set(ABBREVIATIONS)
    | set(ADJECTIVE_STEMS)
    | {code.lower() for code in CODES}
    | set(SYMBOLS)
    | set(SCALE_WORDS)
    | set(SCALE_ABBREVIATIONS)
    | set(HALF_SCALES)
    | {"с", "до", "и"}
)

# Followers that start with a letter; symbols that do not are checked exactly as
# currency_before and currency_after read them, so that a symbol glued between two
# numbers ("1$1", neither amount's currency) does not keep a number alive.
_LETTER_FOLLOWERS = [word for word in _FOLLOWERS if word[0].isalpha()]
# "с половиной" and a range's "до" and "и" only count with a space after them ("5 иванов",
# "5 до$" hold neither): the dead-number pattern asks for it, and more numbers are dead.
_SPACED_FOLLOWERS = [word + " " if word in {"с", "до", "и"} else word for word in _LETTER_FOLLOWERS]
_SIGNS = sorted((symbol for symbol in SYMBOLS if not symbol[0].isalpha()), key=len, reverse=True)
_ALL_SIGNS = sorted(SYMBOLS, key=len, reverse=True)
_USABLE_SYMBOL_BEFORE = r"(?<![\p{L}\d])(?:\L<every_symbol>)[ ]{0,2}"
_USABLE_SYMBOL_AFTER = r"[ ]{0,2}(?:\L<symbols>)(?![\p{L}\d])"


@cache
def _dead_digits() -> regex.Pattern[str]:
    """A run of digits _parse_at would drop at once, whatever surrounds it.

    No usable symbol and no three Latin letters (maybe a code: codes are three Latin capitals,
    folded to small letters) within two spaces before it: currency_before reads nothing else;
    a Cyrillic word ("около5", "долларов 5") or a short Latin one keeps it dead.
    After it nothing that continues a number (a group, a decimal part), no dash (a range,
    a denomination), no usable symbol, and no word that could be a currency or a
    multiplier. Read in full, such a run gives no mention and the scan resumes right after
    its digits, where this match ends. Compiled on first use (a large alternation):
    importing the package stays fast.
    """
    return regex.compile(
        rf"(?<![a-z]{{3}}[ ]{{0,2}})(?<!{_USABLE_SYMBOL_BEFORE})\d{{1,15}}+(?![.,:/' ]?\d)"
        rf"(?![ ]{{0,3}}[\-–])(?!{_USABLE_SYMBOL_AFTER})"
        rf"(?![ ]{{0,3}}{word_alternation(_SPACED_FOLLOWERS)})",
        symbols=_SIGNS,
        every_symbol=_ALL_SIGNS,
    )


@cache
def _dead_range() -> regex.Pattern[str]:
    """A range of two digit runs, "1-2", that _parse_at would drop, whatever surrounds it.

    As in ``_dead_digits``, but the first run is followed by a dash and the second by
    nothing that continues a number or names a currency. Nothing within three spaces
    before (no opener "с"), no letter and hyphen ("Ту-1-2", an ordinal) and no hyphen
    word after the second run (another ordinal). _parse_at then gives no mention and
    resumes after the second run when the range stands (first value below the second),
    else after the first: groups 1 and 2 are the two runs. Tables and hostile runs of
    "1-1-1" cost a match per number instead of two reads of it.
    """
    return regex.compile(
        rf"(?<![\p{{L}}{_SYMBOL_CHARS}][ ]{{0,3}})(?<!\p{{L}}-)(\d{{1,15}}+)(?![.,:/' ]?\d)"
        rf"[ ]{{0,3}}[\-–][ ]{{0,3}}(\d{{1,15}}+)(?![.,:/' ]?\d)(?!-\p{{L}})"
        rf"(?![ ]{{0,2}}[{_SYMBOL_FIRSTS}])(?![ ]{{0,3}}{word_alternation(_FOLLOWERS)})"
    )


def _dead_range_resume(s: str, i: int, pattern: regex.Pattern[str]) -> int:
    """Where _parse_at would resume after a dead range at ``i`` (see ``_dead_range``), or -1."""
    match = pattern.match(s, i)
    if match is None:
        return -1
    # A range stands when its lower end is below the upper: the scan resumes after both.
    return match.end(2) if int(match.group(1)) < int(match.group(2)) else match.end(1)


# Letters and digits every engine agrees on: what the candidate scan below may rule out.
_PLAIN_LETTERS = "a-zA-Zа-яА-ЯёЁ"


@cache
def _anchor_candidates() -> re.Pattern[str]:
    """Every place ``number_start()`` matches, and a few more, found by the standard library's ``re``.

    ``number_start()`` opens with a look-behind for ``[\\p{L}\\d]``, which the ``regex`` engine
    tries at every character; ``re`` scans the same text about twice as fast. Here the
    look-behind and the look-ahead after a number word rule out only plain Latin and Cyrillic
    letters and ASCII digits, which both engines count as letters and digits, so each match is a
    candidate that ``number_start().match`` confirms. Digits ``regex`` knows from a newer Unicode
    than ``re`` are all outside the Basic Multilingual Plane: every such character is a candidate.
    """
    return re.compile(
        rf"(?<![0-9{_PLAIN_LETTERS}])(?:\d|[\U00010000-\U0010ffff]"
        rf"|{word_alternation(ALL_NUMBER_WORDS)}(?![{_PLAIN_LETTERS}]))"
    )


# Marks that often stand before a number, none a letter or digit (checked with ``regex`` below).
_NOT_WORD = frozenset(
    c for c in "«»„“”‘’‹›—–―…€₽₸₴₼₾₺₹₩₪£¥№°§•·\u00a0\u2009\u202f" if regex.match(r"[\p{L}\d]", c) is None
)


def _next_anchor(s: str, pos: int, candidates: re.Pattern[str], anchors: regex.Pattern[str]) -> int:
    """Where ``anchors`` (``number_start()``) first matches at or after ``pos``, or -1."""
    candidate = candidates.search(s, pos)
    if candidate is None:
        return -1
    i = candidate.start()
    if "0" <= s[i] <= "9" and (i == 0 or s[i - 1] < "\x80" or s[i - 1] in _NOT_WORD):
        # An ASCII digit after an ASCII character the candidate pattern let through (no Latin
        # letter or digit) or a common mark: neither is a letter or digit to ``regex`` either.
        return i
    if anchors.match(s, i) is not None:
        return i
    # Seldom (an accented letter before a digit, a character outside the BMP): the exact
    # pattern finds the next anchor itself, so a run of such characters stays at C speed.
    anchor = anchors.search(s, i + 1)
    return -1 if anchor is None else anchor.start()


@dataclass(slots=True)
class _End:
    """One amount: a number with whatever currency is written next to it."""

    start: int
    stop: int
    value: Decimal
    scale: int | None
    currency: Currency | None


@dataclass(slots=True)
class _Mention:
    start: int
    stop: int
    amount: Decimal
    amount_max: Decimal | None
    code: str | None
    lemma: str | None
    qualifier: str
    bare: bool  # no currency of its own: waits for an ellipsis
    implied: bool = False  # the code is the noun's default: an earlier adjective may override it


def _is_ordinal(s: str, number: NumberMatch) -> bool:
    """True for "2-й", "100-летие", "Ту-154": digits glued by a hyphen to letters."""
    if number.words:
        return False
    if number.start >= 2 and s[number.start - 1] == "-" and s[number.start - 2].isalpha():
        return True
    if not s.startswith("-", number.stop):
        return False
    return _HYPHEN_WORD.match(s, number.stop) is not None and _DENOMINATION.match(s, number.stop) is None


def _read_end(
    text: str, s: str, i: int, allow_prefix: bool, number: NumberMatch | None = None
) -> _End | None:
    """A number at ``i`` with its currency; a symbol or code before it when ``allow_prefix``.

    A ``number`` passed in must already be known not to be an ordinal.
    """
    if number is None:
        number = read_number(s, i)
        if number is None or _is_ordinal(s, number):
            return None
    currency = currency_after(text, s, number.stop)
    if currency is not None:
        return _End(i, currency.stop, number.value, number.scale, currency)
    prefix = currency_before(text, s, i) if allow_prefix else None
    start = prefix.start if prefix is not None else i
    return _End(start, number.stop, number.value, number.scale, prefix)


def _second_end(text: str, s: str, i: int) -> _End | None:
    """The upper end of a range at ``i``, possibly with its own symbol ("до $7 млн")."""
    symbol = symbol_at(s, i)
    if symbol is not None:
        gap = _GAP.match(s, symbol.stop)
        assert gap is not None
        end = _read_end(text, s, gap.end(), allow_prefix=False)
        if end is None:
            return None
        return replace(end, start=i, currency=end.currency or symbol)
    return _read_end(text, s, i, allow_prefix=False)


def _scaled(first: _End, second: _End) -> Decimal:
    """The lower end with the upper end's multiplier when it has none ("5–7 тыс." is 5000–7000)."""
    if first.scale is None and second.scale is not None and first.value * second.scale <= second.value:
        return first.value * second.scale
    return first.value


def _with_subunits(s: str, end: _End) -> _End:
    """Add kopecks or cents written after the unit: "120 руб. 30 коп."."""
    currency = end.currency
    if currency is None or currency.subunit or currency.lemma is None or end.stop != currency.stop:
        return end
    if end.value != end.value.to_integral_value():
        return end
    extra = subunit_after(s, end.stop)
    if extra is None:
        return end
    return replace(end, stop=extra[1], value=end.value + Decimal(extra[0]) / _UNIT)


def _range_hint(s: str, i: int) -> bool:
    """True when a range connector may follow ``i``: a dash, "до" or "и"."""
    return i < len(s) and s[i] in _RANGE_FIRST and _RANGE_HINT.match(s, i) is not None


def _is_vague(s: str, start: int) -> bool:
    """ "несколько миллионов", "сотни тысяч": a multiplier after a vague quantity is no amount."""
    word = _PREVIOUS_WORD.search(s, max(0, start - 20), start)
    return word is not None and word.group(1) in VAGUE_QUANTIFIERS


def _bare_allowed(s: str, stop: int) -> bool:
    """A bare amount may take an earlier currency when nothing noun-like follows it."""
    nxt = _NEXT.match(s, stop)
    if nxt is None:
        return False
    if nxt.group(1) is not None:
        return nxt.group(1) in _BARE_FOLLOWERS or _VERB.fullmatch(nxt.group(1)) is not None
    return nxt.group(2) == "" or nxt.group(2) in _BARE_PUNCTUATION


def _range_end(text: str, s: str, first: _End, opener: str | None) -> _End | None:
    """The upper end after ``first``: "от X до Y", "между X и Y", "с X до Y" or "X–Y"."""
    if s[first.stop : first.stop + 4].lstrip(" ")[:1] not in _CONNECTOR_FIRSTS:
        # A connector is a dash, "до" or "и" after at most three spaces.
        return None
    connector = _RANGE_EITHER.match(s, first.stop)
    if connector is None:
        return None
    if connector.group(1) is not None:
        wanted = {"до": {"от", "с", "со"}, "и": {"между"}}[connector.group(1)]
        return _second_end(text, s, connector.end()) if opener in wanted else None
    dash = connector
    written = text[dash.start() : dash.end()]
    if "—" in written and written[0].isspace() and written[-1].isspace():
        # " — " is a copula ("в 2024 — 5 млн рублей"), not a range.
        return None
    second = _second_end(text, s, dash.end())
    unshareable = (
        second is not None
        and first.scale is None
        and second.scale is not None
        and first.value * second.scale > second.value
    )
    # "2024–5 млн": the multiplier cannot be shared, so the two are not one range.
    return None if unshareable else second


def _parse_at(text: str, s: str, i: int) -> tuple[list[_Mention], int]:
    """Everything that starts with the anchor at ``i``: the mentions and where to resume."""
    number = read_number(s, i)
    if number is None:
        return [], i + 1
    end = number.stop
    resume = max(end, i + 1)
    if s[end : end + 1] in _PERCENT:
        return [], resume
    if number.words:
        if _is_vague(s, number.start):
            return [], resume
    else:
        hyphen = s.startswith("-", end)
        if hyphen:
            denomination = _DENOMINATION.match(s, end)
            if denomination is not None:
                code = DENOMINATION_ADJECTIVES[denomination.group(1)]
                mention = _Mention(
                    number.start, denomination.end(), number.value, None, code, None, "exact", False
                )
                return [mention], denomination.end()
        # _is_ordinal, the denomination ruled out already.
        if number.start >= 2 and s[number.start - 1] == "-" and s[number.start - 2].isalpha():
            return [], resume
        if hyphen and _HYPHEN_WORD.match(s, end) is not None:
            return [], resume

    # _read_end, written out: a number with no currency, multiplier or range leaves before
    # any amount is built (most numbers in news are dates, counts and years).
    after = currency_after(text, s, end)
    if after is not None:
        first = _End(i, after.stop, number.value, number.scale, after)
    else:
        prefix = currency_before(text, s, i)
        if prefix is None and number.scale is None and not _range_hint(s, end):
            return [], resume
        first = _End(i if prefix is None else prefix.start, end, number.value, number.scale, prefix)
    first = _with_subunits(s, first)
    start, stop = first.start, first.stop
    qualifier = "exact"
    amount, amount_max = first.value, None
    currency = first.currency
    mentions: list[_Mention] = []

    last = last_word(s, start)
    before = qualifier_ending(s, start, last)
    opener = before[2] if before is not None and before[2] in {"от", "до"} else None
    if before is None and last is not None and last.end(1) < start and last.group(1) in _OPENERS:
        # The word before the amount, a space or more away, is a range opener.
        opener = last.group(1)
        before = ("exact", last.start(1), opener)

    second = _range_end(text, s, first, opener)
    if second is None and first.currency is None and number.scale is None:
        return [], resume
    if second is not None:
        second = _with_subunits(s, second)
        low = _scaled(first, second)
        # A currency written after the lower end must be the upper end's too.
        own = first.currency is not None and first.currency.start != first.start
        agrees = (
            not own
            or (second.currency is None and opener is not None)
            or (
                second.currency is not None
                and first.currency is not None
                and second.currency.code == first.currency.code
            )
        )
        if not agrees or (low >= second.value and opener not in {"с", "со"}):
            second = None
        elif opener in {"с", "со"}:
            # "выросла с 5 до 7 млн рублей": two amounts, the first borrowing multiplier and currency.
            lower = first.currency if own else (second.currency or first.currency)
            mentions.append(
                _Mention(
                    first.start,
                    first.stop,
                    low,
                    None,
                    lower.code if lower else None,
                    lower.lemma if lower else None,
                    "exact",
                    lower is None,
                )
            )
            start, stop, amount = second.start, second.stop, second.value
            currency = second.currency or first.currency
            before = None
        else:
            amount, amount_max = low, second.value
            currency = second.currency or first.currency
            stop = second.stop
    if before is not None:
        kind, q_start, phrase = before
        if phrase == "до" and changes_to(s, q_start):
            # "выросла до X" is X itself; "выросла почти до X" keeps the "почти".
            inner = qualifier_before(s, q_start)
            if inner is not None and inner[2] not in {"от", "до"}:
                qualifier, start = inner[0], inner[1]
        elif not (phrase in {"с", "со", "между"} and amount_max is None):
            start = q_start
            if phrase not in {"от", "между", "с", "со"} or amount_max is None:
                qualifier = kind
    if currency is not None and qualifier == "exact":
        trailing = qualifier_after(s, stop)
        if trailing is not None:
            qualifier, stop = trailing

    scaled = number.scale is not None or (second is not None and second.scale is not None)
    if currency is None:
        if scaled and _bare_allowed(s, stop):
            mentions.append(_Mention(start, stop, amount, amount_max, None, None, qualifier, True))
        return mentions, max(resume, stop)
    if currency.subunit:
        amount = amount / _UNIT
        amount_max = amount_max / _UNIT if amount_max is not None else None
    mentions.append(
        _Mention(
            start, stop, amount, amount_max, currency.code, currency.lemma, qualifier, False, currency.implied
        )
    )
    return mentions, max(resume, stop)


def _carried(text: str, mention: _Mention, previous: tuple[int, str] | None, breaks: _Breaks) -> str | None:
    """The currency an amount without one takes from the nearest mention before it.

    ``previous`` is that mention's (stop, code).
    """
    if previous is None:
        return None
    stop, code = previous
    if stop < mention.start - _SENTENCE_REACH:
        # Further back than two bounded sentence look-backs can reach.
        return None
    if breaks.between(stop, mention.start):
        return None
    here = sentence_start(text, mention.start)
    if stop >= here:
        return code
    return code if stop >= sentence_start(text, max(0, here - 1)) else None


class _Breaks:
    """Line breaks of a text, listed on first use, to ask "any between a and b?" in O(log n)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._at: list[int] | None = None

    def between(self, a: int, b: int) -> bool:
        """True when a line break lies in ``text[a:b]``."""
        if b - a <= 64:
            gap = self._text[a:b]
            return "\n" in gap or "\r" in gap
        if self._at is None:
            self._at = [m.start() for m in _LINE_BREAK.finditer(self._text)]
        k = bisect_left(self._at, a)
        return k < len(self._at) and self._at[k] < b


_LINE_BREAK = regex.compile(r"[\n\r]")
# sentence_start looks back at most 400 characters; _carried looks back twice, plus one.
_SENTENCE_REACH = 801


_NEXT_SENTENCE = regex.compile(r"[ \t\u00a0]*+(?:[\p{Lu}\n\r]|$)")


def _trim_full_stop(text: str, stop: int) -> int:
    """Leave out an abbreviation's dot that also ends the sentence ("... 5 млн руб. Затем")."""
    if stop and text[stop - 1] == "." and _NEXT_SENTENCE.match(text, stop):
        return stop - 1
    return stop


def _from_context(
    mention: _Mention, code: str | None, earlier: tuple[str, int] | None, breaks: _Breaks
) -> str | None:
    """A bare noun's code from an earlier mention of the same noun that named its country.

    "крон" alone takes the code of the last crown with an adjective anywhere before; a bare
    "долларов" after "канадских долларов" in the same paragraph is Canadian too.
    """
    if earlier is None:
        return code
    if code is None:
        return earlier[0]
    return earlier[0] if not breaks.between(earlier[1], mention.start) else code


# A bare amount can take the currency of a mention ending at most this far before it
# (two sentence look-backs of 400 characters, plus a qualifier before the number).
_CARRY_REACH = 1000
# After this many anchors in a row, each closer than _DENSE to the one before, anchors go
# through the prefilter.
_DENSE = 24
_RUN = 3


def find_money(text: str, reference_date: _dt.date | None = None, *, prefilter: bool = True) -> list[Money]:
    """Every money mention in ``text``; see ``ru_newsfacts.money.extract_money``.

    ``prefilter=False`` reads every number in full: the result is the same, only slower
    (the tests compare the two).
    """
    s = fold(text)
    jumps = Prefilter(s) if prefilter else None
    breaks = _Breaks(text)
    resolved: list[tuple[_Mention, str, int]] = []
    lemma_codes: dict[str, tuple[str, int]] = {}
    previous: tuple[int, str] | None = None  # the last mention's stop and code
    carry_until = -1  # anchors up to here may be bare amounts taking an earlier currency
    pos = 0
    last = -_DENSE  # the previous anchor
    run = 0  # how many anchors in a row followed the one before closely
    anchors = number_start()
    candidates = _anchor_candidates()
    dead_digits = _dead_digits()
    dead_range = _dead_range()
    while True:
        i = _next_anchor(s, pos, candidates, anchors)
        if i < 0:
            break
        run = run + 1 if i - last < _DENSE else 0
        last = i
        if jumps is not None and run >= _RUN:
            # Numbers one after another (tables, hostile runs): anchors with no currency near
            # them cannot start a mention, so skip to a sync point. Numbers in prose are
            # cheaper to read than to look around for.
            jump = jumps.jump(i, i <= carry_until)
            if jump > i:
                pos = jump
                continue
        if jumps is not None and run:
            # Only among close numbers: in prose a lone number is seldom dead, and the
            # check would cost every one of them a match.
            dead = dead_digits.match(s, i)
            if dead is not None:
                # Cheaper to recognise than to read: most numbers in hostile runs.
                pos = dead.end()
                continue
            resume = _dead_range_resume(s, i, dead_range)
            if resume > 0:
                pos = resume
                continue
        mentions, resume = _parse_at(text, s, i)
        pos = max(resume, i + 1)
        for mention in mentions:
            code = mention.code
            if mention.lemma is not None and (code is None or mention.implied):
                code = _from_context(mention, code, lemma_codes.get(mention.lemma), breaks)
            if code is None and mention.bare:
                code = _carried(text, mention, previous, breaks)
            if code is None:
                continue
            carry_until = max(carry_until, mention.stop + _CARRY_REACH)
            if mention.lemma is not None and mention.code is not None and not mention.implied:
                lemma_codes[mention.lemma] = (mention.code, mention.stop)
            if (
                "(" not in s[max(0, mention.start - 3) : mention.start]
                or _ASIDE.search(s, max(0, mention.start - 3), mention.start) is None
            ):
                # A conversion in brackets ("(около 5 млн долларов)") hands its currency to nobody.
                previous = (mention.stop, code)
            resolved.append((mention, code, _trim_full_stop(text, mention.stop)))
    if not resolved:
        return []
    starts = [mention.start for mention, _, _ in resolved]
    stops = [stop for _, _, stop in resolved]
    marks = YearMarks(s)
    # No "год" or "г." anywhere (dense money, tables): no mention has a year, skip the look-ups.
    dated = marks.exist()
    clauses = ClauseBounds(text)
    found: list[Money] = []
    for mention, code, stop in resolved:
        start = mention.start
        years = years_near(text, s, start, stop, reference_date, marks, clauses) if dated else None
        amount_max = mention.amount_max
        found.append(
            _money(
                start,
                stop,
                text[start:stop],
                tidy(mention.amount),
                tidy(amount_max) if amount_max is not None else None,
                code,
                cast(Qualifier, mention.qualifier),
                nearest_year(years, start, stop, starts, stops) if years else None,
            )
        )
    return found


_MONEY_FIELDS = ("start", "stop", "text", "amount", "amount_max", "currency", "qualifier", "year")
# Every value is built here from checked parts (offsets from the scan, the text sliced at
# them, a code from the data tables, a qualifier from a fixed list), so the fields are set
# directly: a third of the cost of validation, which is most of the cost of a mention on
# dense money. Should the model gain a field or private state, validation takes over.
_DIRECT = direct(Money, _MONEY_FIELDS)
_new_money = object.__new__
_set_attribute = object.__setattr__


def _money(
    start: int,
    stop: int,
    text: str,
    amount: Decimal,
    amount_max: Decimal | None,
    currency: str,
    qualifier: Qualifier,
    year: int | None,
) -> Money:
    """A Money with these fields, equal to the validated one."""
    if not _DIRECT:
        return Money(
            start=start,
            stop=stop,
            text=text,
            amount=amount,
            amount_max=amount_max,
            currency=currency,
            qualifier=qualifier,
            year=year,
        )
    # What ``build`` does, inlined: this runs once per mention, and dense money is mostly mentions.
    made = _new_money(Money)
    _set_attribute(
        made,
        "__dict__",
        {
            "start": start,
            "stop": stop,
            "text": text,
            "amount": amount,
            "amount_max": amount_max,
            "currency": currency,
            "qualifier": qualifier,
            "year": year,
        },
    )
    _set_attribute(made, "__pydantic_fields_set__", set(_MONEY_FIELDS))
    _set_attribute(made, "__pydantic_extra__", None)
    _set_attribute(made, "__pydantic_private__", None)
    return made

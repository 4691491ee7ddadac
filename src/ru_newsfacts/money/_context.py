"""The words around an amount: qualifiers, clause and sentence bounds, years."""

from __future__ import annotations

import datetime as _dt
import functools
from bisect import bisect_left

import regex

from ..data.qualifiers import AFTER, APPROXIMATE_AFTER_PREPOSITION, BEFORE, CHANGE_BEFORE_TO
from ..numerals import word_alternation


def _words(text: str) -> list[str]:
    """Split a space-separated list of words."""
    return text.split()


__all__ = [
    "ClauseBounds",
    "YearMarks",
    "clause_bounds",
    "last_word",
    "nearest_year",
    "qualifier_after",
    "qualifier_before",
    "qualifier_ending",
    "sentence_start",
    "years_near",
]

_SP = "[ ]{1,3}"


def _phrase(phrase: str) -> str:
    words = []
    for word in phrase.split():
        stem = word.rstrip("*")
        # Plain "*" (not possessive): these patterns are matched right to left, where the ending
        # is read before the stem and must give letters back to it.
        words.append(regex.escape(stem) + (r"\p{L}*" if word.endswith("*") else ""))
    return _SP.join(words)


def _alternatives(phrases: list[str]) -> str:
    return "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))


def _grouped(table: dict[str, str]) -> str:
    """One alternation, longest phrase first, each phrase in a group named by its kind."""
    phrases = sorted(table, key=lambda p: (len(p.split()), len(p)), reverse=True)
    return "|".join(f"(?P<{table[p]}>{_phrase(p)})" for p in phrases)


_KINDS = sorted(set(BEFORE.values()) | set(AFTER.values()))


_PREPOSITIONS = "|".join(sorted(APPROXIMATE_AFTER_PREPOSITION))
# Matched right to left (REVERSE): only matches ending exactly at the amount are tried.
_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\d-])(?:{_grouped(BEFORE)})(?:{_SP}(?P<prep>{_PREPOSITIONS}))?[ ]{{0,3}}\Z",
    flags=regex.REVERSE,
)
_AFTER = regex.compile(rf"[ ]{{0,3}},?[ ]{{0,3}}(?:{_grouped(AFTER)})(?!\p{{L}})")
_AFTER_FIRSTS = frozenset(phrase[0] for phrase in AFTER)
_CHANGE = regex.compile(
    rf"(?<!\p{{L}})(?:{_alternatives(list(CHANGE_BEFORE_TO))})(?:{_SP}[\p{{L}}\d%,.]+){{0,3}}{_SP}\Z",
    flags=regex.REVERSE,
)
_LOOKBACK = 45


def _final_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words a qualifier can end with: whole words, and stems of words ending in "*"."""
    finals = set(APPROXIMATE_AFTER_PREPOSITION)
    stems = []
    for phrase in BEFORE:
        last = phrase.split()[-1]
        if last.endswith("*"):
            stems.append(last.rstrip("*"))
        else:
            finals.add(regex.findall(r"\p{L}+", last)[-1])  # "где-то" ends with the letters "то"
    return frozenset(finals), tuple(stems)


_FINALS, _FINAL_STEMS = _final_words()
_LAST_WORD = regex.compile(r"(\p{L}++)[ ]{0,3}\Z", flags=regex.REVERSE)


def last_word(s: str, i: int) -> regex.Match[str] | None:
    """The word ending at most three spaces before ``i`` (group 1), read back up to 45 characters."""
    return _LAST_WORD.search(s, max(0, i - _LOOKBACK), i)


def qualifier_before(s: str, i: int) -> tuple[str, int, str] | None:
    """The qualifier phrase ending right before ``i`` in folded text: (kind, start, phrase)."""
    return qualifier_ending(s, i, last_word(s, i))


def qualifier_ending(s: str, i: int, last: regex.Match[str] | None) -> tuple[str, int, str] | None:
    """``qualifier_before`` for a caller that has read ``last = last_word(s, i)`` already."""
    if last is None:
        return None
    word = last.group(1)
    if word not in _FINALS and not word.startswith(_FINAL_STEMS):
        # Any qualifier ends with one of these words: skip the long alternation (most amounts).
        return None
    match = _BEFORE.search(s, max(0, i - _LOOKBACK), i)
    if match is None:
        return None
    found = match.groupdict()
    kind = next(k for k in _KINDS if found.get(k) is not None)
    phrase = match.group(kind)
    return kind, match.start(), phrase


def changes_to(s: str, i: int) -> bool:
    """True when the word "до" starting at ``i`` follows a verb of change ("выросла до")."""
    return _CHANGE.search(s, max(0, i - 40), i) is not None


def qualifier_after(s: str, i: int) -> tuple[str, int] | None:
    """A trailing qualifier right after a mention ending at ``i`` ("и более"): (kind, stop)."""
    if s[i : i + 8].lstrip(" ,")[:1] not in _AFTER_FIRSTS:
        # After at most three spaces, a comma and three more, a phrase's first letter.
        return None
    match = _AFTER.match(s, i)
    if match is None:
        return None
    found = match.groupdict()
    return next(k for k in _KINDS if found.get(k) is not None), match.end()


# A sentence ends at ! ? ; … or a full stop that is not an abbreviation's and precedes no
# lower-case letter, or at a line break. These run on the original text: case matters.
_ABBREVIATION_DOT = r"(?<!(?<![\p{L}])(?:г|гг|тыс|млн|млрд|трлн|руб|долл|дол|коп|р|т|д|ул|им|ст|н|э|тг|грн))"
_S = r"[ \t\u00a0\u2009\u202f]"
_SENTENCE_END = regex.compile(
    rf"[\n\r\u2028\u2029]|[!?…;](?={_S}|$)|{_ABBREVIATION_DOT}\.(?={_S}{{1,3}}[^\p{{Ll}}]|$)"
)
_CLAUSE_END = regex.compile(
    rf"{_SENTENCE_END.pattern}|,{_S}{{1,3}}(?=(?i:а|но|и|однако|зато|хотя|тогда{_S}как|в{_S}то{_S}время{_S}как"
    rf"|при{_S}этом|причем|причём|если)(?!\p{{L}}))"
)
_WINDOW = 400
# The same patterns matched right to left: the first match found is the last one in the
# window. Their matches never overlap (each starts at a character no other match holds),
# so this is the end the left-to-right finditer would reach last.
_SENTENCE_END_BACK = regex.compile(_SENTENCE_END.pattern, flags=regex.REVERSE)
_CLAUSE_END_BACK = regex.compile(_CLAUSE_END.pattern, flags=regex.REVERSE)


def _last_end(backwards: regex.Pattern[str], s: str, i: int) -> int:
    """The end of the last match in the ``_WINDOW`` characters before ``i``, else the window's start."""
    last = max(0, i - _WINDOW)
    match = backwards.search(s, last, i)
    return match.end() if match is not None else last


def sentence_start(text: str, i: int) -> int:
    """Where the sentence holding offset ``i`` of the original text begins (bounded look-back)."""
    return _last_end(_SENTENCE_END_BACK, text, i)


def clause_bounds(text: str, start: int, stop: int) -> tuple[int, int]:
    """The clause of the original text around ``start:stop``, bounded by sentence ends and ", а"..."""
    left = _last_end(_CLAUSE_END_BACK, text, start)
    right_match = _CLAUSE_END.search(text, stop, min(len(text), stop + _WINDOW))
    right = right_match.start() if right_match is not None else min(len(text), stop + _WINDOW)
    return left, right


# How far past a clause end's first character its match and look-ahead read (", в то время
# как" and one more character, and a "$" before a final line break): a search window's end
# changes no match that starts further than this before it.
_REACH = 24
# How many characters a clause end's match spans at most (a comma and three spaces).
_SPAN = 4


class ClauseBounds:
    """``clause_bounds`` for mentions met in text order, each search reusing the one before.

    Dense money asks for the clause of one mention after another, a few characters apart,
    and each answer costs two searches of up to ``_WINDOW`` characters. Both searches only
    depend on the text and on where their window ends, and only for matches within
    ``_REACH`` of that end: what the previous search found, or ruled out, further from its
    window's end holds for the next one, so only the stretch between them is searched
    again. Answers equal ``clause_bounds`` whatever the order of the questions (a question
    behind the previous one is answered in full); ``tests/test_money_speed.py`` checks it.

    Args:
        text: The original text.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._n = len(text)
        # The last right-hand search: its start and window end, and the match found (or -1).
        self._stop = self._right_end = -1
        self._right_at = -1
        # The last left-hand search: its end, and the match found, start and end (or -1, -1).
        self._start = -1
        self._left_from = self._left_at = -1

    def bounds(self, start: int, stop: int) -> tuple[int, int]:
        """``clause_bounds(text, start, stop)``."""
        return self._left(start), self._right(stop)

    def _right(self, stop: int) -> int:
        end = min(self._n, stop + _WINDOW)
        at = -1
        if stop >= self._stop >= 0:
            found = self._right_at
            if found >= stop and found + _REACH <= self._right_end:
                at = found
            else:
                # No match starts in [previous stop, first unsure position): skip that stretch.
                known = found if found >= 0 else self._right_end - _REACH + 1
                known = min(known, self._right_end - _REACH + 1)
                match = _CLAUSE_END.search(self._text, max(stop, known), end)
                at = match.start() if match is not None else -1
        else:
            match = _CLAUSE_END.search(self._text, stop, end)
            at = match.start() if match is not None else -1
        self._stop, self._right_end, self._right_at = stop, end, at
        return at if at >= 0 else end

    def _left(self, start: int) -> int:
        low = max(0, start - _WINDOW)
        previous = self._start
        if start >= previous >= 0 and previous - _REACH - _SPAN - _SPAN > low:
            # Matches ending this close to the previous window's end may differ from what it
            # saw: search them again. A match ending further in than _SPAN past the near
            # search's start lies wholly inside it, so it is the last one.
            near = previous - _REACH - _SPAN - _SPAN
            match = _CLAUSE_END_BACK.search(self._text, near, start)
            if match is not None and match.end() >= near + _SPAN:
                return self._keep(start, match.start(), match.end())
            begin, end = self._left_from, self._left_at
            if end < 0:
                # No match anywhere in the previous window, and none close to its end now.
                return self._keep(start, -1, -1, low)
            if begin >= low and end < near + _SPAN:
                # The previous match lies inside this window, with none after it.
                return self._keep(start, begin, end)
        match = _CLAUSE_END_BACK.search(self._text, low, start)
        if match is None:
            return self._keep(start, -1, -1, low)
        return self._keep(start, match.start(), match.end())

    def _keep(self, start: int, begin: int, end: int, fallback: int = -1) -> int:
        self._start, self._left_from, self._left_at = start, begin, end
        return end if end >= 0 else fallback


_MONTHS_AND_PERIODS = _words(
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре "
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
    "итогам итогах результатам квартале квартал полугодии полугодие месяцев месяца месяц "
    "половине конце начале середине течение периоде сезоне"
)
_YEAR = regex.compile(
    r"(?<![\p{L}\d])(?P<y>(?:19|20)\d\d)(?:-?м)?[ ]{0,2}(?P<noun>году|года|год|г\.|г)(?!\p{L})"
    r"|(?<!\p{L})(?P<rel>позапрошл|прошл|минувш|прошедш|уходящ|эт|текущ|нынешн|следующ|будущ|наступающ)"
    r"\p{L}{0,3}[ ]{1,3}(?:году|года|год)(?!\p{L})"
)
# The word before a written year, read right to left from the year.
_YEAR_PREPOSITION = regex.compile(
    rf"(?<![\p{{L}}\d])(?:в|во|за|на|по{_SP}итогам|в{_SP}течение|{word_alternation(_MONTHS_AND_PERIODS)}){_SP}\Z",
    flags=regex.REVERSE,
)
_RELATIVE = {
    "позапрошл": -2,
    "прошл": -1,
    "минувш": -1,
    "прошедш": -1,
    "уходящ": 0,
    "эт": 0,
    "текущ": 0,
    "нынешн": 0,
    "следующ": 1,
    "будущ": 1,
    "наступающ": 1,
}


class YearMarks:
    """Where "год" and "г." stand in a folded text, listed on first use.

    Answers "does one lie wholly inside ``s[lo:hi]``?" with a bisection instead of
    scanning the window, which matters when mentions are dense.

    Args:
        s: The folded text.
    """

    def __init__(self, s: str) -> None:
        self._s = s
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _list(self) -> list[int]:
        marks: list[tuple[int, int]] = []
        for word in ("год", "г."):
            k = self._s.find(word)
            while k >= 0:
                marks.append((k, k + len(word)))
                k = self._s.find(word, k + 1)
        marks.sort()
        self._ends = [end for _, end in marks]
        return [start for start, _ in marks]

    def exist(self) -> bool:
        """True when "год" or "г." stands anywhere in the text."""
        if self._starts is None:
            self._starts = self._list()
        return bool(self._starts)

    def within(self, lo: int, hi: int) -> bool:
        """True when "год" or "г." lies wholly inside ``s[lo:hi]``, as ``s.find`` would say."""
        if self._starts is None:
            self._starts = self._list()
        k = bisect_left(self._starts, lo)
        # The marks never overlap and are 2-3 characters long: when the first one starting at
        # lo or later runs past hi, every later one does too.
        return k < len(self._starts) and self._ends[k] <= hi


def _within(s: str, lo: int, hi: int) -> bool:
    return s.find("год", lo, hi) >= 0 or s.find("г.", lo, hi) >= 0


def _may_hold_year(s: str, lo: int, hi: int) -> bool:
    """False when ``s[lo:hi]`` holds no year: every year written holds "19" or "20" ("в 2024 г.")
    or "год" ("в прошлом году"). Dense money with "г." near it (a table, a list of amounts) has
    none to look for, and three ``str.find`` cost less than the clause and the year pattern.
    """
    return s.find("год", lo, hi) >= 0 or s.find("20", lo, hi) >= 0 or s.find("19", lo, hi) >= 0


def years_near(
    text: str,
    s: str,
    start: int,
    stop: int,
    reference_date: _dt.date | None,
    marks: YearMarks | None = None,
    clauses: ClauseBounds | None = None,
) -> list[tuple[int, int, int]]:
    """Every year the clause around ``start:stop`` names: (start, stop, year) of each expression.

    ``text`` is the original (for clause bounds), ``s`` the folded text (for the words).
    A written year counts after "в", "за", "на", "по итогам", a month or a period word
    ("в 2024 году", "за 2023 год", "по итогам 2023 года", "в январе 2024 года"), not after
    "с" or "до"; a relative one ("в прошлом году") needs ``reference_date``. ``marks``,
    built once per text, answers the "any year word near?" questions faster, and
    ``clauses``, built once per text and asked in text order, finds the clause faster.
    """
    within = marks.within if marks is not None else functools.partial(_within, s)
    # The clause lies within _WINDOW characters either side: no "год"/"г." there, no year
    # (most mentions), and the clause need not be found.
    low, high = max(0, start - _WINDOW), min(len(s), stop + _WINDOW)
    if not within(low, high) or not _may_hold_year(s, low, high):
        return []
    left, right = clauses.bounds(start, stop) if clauses is not None else clause_bounds(text, start, stop)
    if not within(left, right) or not _may_hold_year(s, left, right):
        return []
    found: list[tuple[int, int, int]] = []
    for match in _YEAR.finditer(s, left, right):
        if start <= match.start() < stop:
            continue
        begin = match.start()
        if match.group("rel"):
            if reference_date is None:
                continue
            year = reference_date.year + _RELATIVE[match.group("rel")]
        else:
            noun = match.group("noun")
            before = _YEAR_PREPOSITION.search(s, max(0, match.start() - 30), match.start())
            prep = before.group().strip().replace(" ", "") if before is not None else ""
            if before is not None:
                begin = before.start()
            accepted = noun == "году" or (
                prep
                and (
                    (noun.startswith("г") and noun not in {"года", "год"})
                    or (noun == "года" and prep not in {"в", "во", "за", "на"})
                    or (noun == "год" and prep in {"за", "на"})
                )
            )
            if not accepted:
                continue
            year = int(match.group("y"))
        found.append((begin, match.end(), year))
    return found


def nearest_year(
    years: list[tuple[int, int, int]], start: int, stop: int, starts: list[int], stops: list[int]
) -> int | None:
    """The year expression closest to ``start:stop``; one after it must not follow another mention.

    ``starts`` and ``stops`` are the offsets of every mention, in text order.
    """
    best: tuple[int, int] | None = None
    for begin, end, year in years:
        if end <= start:
            # A year before the amount covers every amount after it in the clause.
            distance = start - end
        else:
            distance = begin - stop
            index = bisect_left(starts, stop)
            if index < len(starts) and stops[index] <= begin:
                # "2,8 млрд — 1,3 млрд рублей в 2018 году": a year after an amount is that amount's.
                continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best is not None else None

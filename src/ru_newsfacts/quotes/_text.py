"""Words with offsets, over a same-length ё→е fold of the caller's text."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from .._fast_re import OUTSIDE_FAST, char_class, fast_chars
from .._scope import per_call

__all__ = ["DASHES", "Word", "cyrillic_runs", "fold", "has_word", "lowered_chunk", "undouble", "words_of"]

DASHES = "—–-―"
"""Characters that open a dialogue line or set off the author's words."""

_WORD = regex.compile(r"[\p{L}\p{N}]++(?:[-'’.][\p{L}\p{N}]++)*+")
# Every word starts at a letter or digit, and every letter or digit starts a word.
_WORD_START = regex.compile(r"[\p{L}\p{N}]")
# Marks, dashes, punctuation and spaces: none is a letter or digit, so a stretch made only of
# them has no word. str.strip tells that at C speed, where a regex scan of such a run is slow.
_NO_WORD_CHARS = " \t\n\r\u00a0\u2009\u202f«»„“”‟\"'‘’‚‹›—–―‐-‒.,:;!?…()[]*/\\"
if any(_WORD_START.match(char) for char in _NO_WORD_CHARS):  # pragma: no cover - a typo above
    raise ValueError("_NO_WORD_CHARS holds a letter or digit")
# The standard library's re scans a plain character range faster than regex scans \p{L}.
_CYRILLIC_RUN = re.compile("[а-я]+")
# A letter doubled: what ``undouble`` makes single (its definition, see the tests).
DOUBLED = regex.compile(r"(\p{L})\1")
_LETTER = regex.compile(r"\p{L}")
_ANY_PAIR = re.compile(r"(.)\1", re.DOTALL)
# Inside ``FAST_BLOCKS`` (see ``_fast_re``) the standard library's re finds the same words about
# twice as fast, by a class read from the regex pattern itself; a text with any character outside
# keeps regex.


def fold(text: str) -> str:
    """Fold ё to е; the result has the same length, so offsets survive."""
    # Two replace() calls scan at C speed; translate() looks every character up in a dict.
    return text.replace("ё", "е").replace("Ё", "Е")


class Word(NamedTuple):
    """A word of the text (a named tuple: articles have many words and tuples are cheap to build).

    Attributes:
        start: Offset of the first character.
        stop: Offset past the last character.
        low: The word lower-cased, with ё folded to е.
        text: The word as written.
    """

    start: int
    stop: int
    low: str
    text: str

    @property
    def capitalized(self) -> bool:
        """Whether the word starts with a capital letter."""
        return self.text[:1].isupper()


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """``text`` folded and lower-cased, or None when that would change its length (İ)."""
    low = fold(text).lower()
    return low if len(low) == len(text) else None


per_call(_lowered.cache_clear)


@cache
def _fast_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_WORD`` and ``_WORD_START`` for text inside ``FAST_BLOCKS``, in re (built on first use).

    The class is every character of the blocks that regex's ``[\\p{L}\\p{N}]`` matches; a run of
    it and a separator outside it cannot be cut two ways, so greedy runs find what the
    possessive ones do (and Python 3.10's re has no possessive quantifiers).
    """
    chars = fast_chars()
    alnum = char_class([char for char in chars if _WORD_START.match(char)])
    return re.compile(f"[{alnum}]+(?:[-'’.][{alnum}]+)*"), re.compile(f"[{alnum}]")


_Scanners = tuple[str, "re.Pattern[str] | regex.Pattern[str]", "re.Pattern[str] | regex.Pattern[str]"]


@lru_cache(maxsize=4)
def _prepared(text: str) -> _Scanners | None:
    """The folded lower-case text (see ``_lowered``) and the word patterns to scan it with."""
    low = _lowered(text)
    if low is None:
        return None
    if OUTSIDE_FAST.search(low) is None:
        word, start = _fast_patterns()
        return low, word, start
    return low, _WORD, _WORD_START


per_call(_prepared.cache_clear)


# The words of the last few stretches asked for, by (text, start, stop): the finders ask for one
# stretch several times in a row (the words inside a pair of marks, a sentence, a window), about
# a fifth of all calls, nearly all under 500 characters. At most _RECENT_SIZE lists of stretches
# up to _RECENT_CHARS long (no whole line of a huge text is kept), cleared when full and after
# each top-level call.
_RECENT: dict[tuple[str, int, int], list[Word]] = {}
_RECENT_SIZE = 32
_RECENT_CHARS = 2000
per_call(_RECENT.clear)


def words_of(text: str, start: int = 0, stop: int | None = None) -> list[Word]:
    """Return the words of ``text[start:stop]`` with offsets into ``text``."""
    end = len(text) if stop is None else stop
    if start >= 0 and end >= 0 and not text[start:end].strip(_NO_WORD_CHARS):
        return []  # only marks, dashes and spaces (hostile runs of quotation marks)
    # The engine asks for the words of many stretches of one text: lower it once (a call
    # for a whole small string takes the plain path and leaves the cache alone). The
    # pattern has no look-arounds, so bounding the scan equals scanning the slice.
    prepared = _prepared(text) if start or stop is not None else None
    if prepared is not None:
        key = (text, start, end)
        known = _RECENT.get(key)
        if known is not None:
            return known[:]  # a copy: a caller may change its list
        new = tuple.__new__  # skips the named tuple's Python-level __new__
        out: list[Word] = []
        append = out.append
        low, pattern, _ = prepared
        # findall builds no match objects. Between two words stand no letters or digits, so
        # a word is found first where it starts, at or after the end of the word before.
        find = low.find
        e = start
        for word in pattern.findall(low, start, end):
            s = find(word, e)
            e = s + len(word)
            append(new(Word, (s, e, word, text[s:e])))
        if end - start > _RECENT_CHARS:
            return out
        if len(_RECENT) >= _RECENT_SIZE:
            _RECENT.clear()
        _RECENT[key] = out
        return out[:]
    new = tuple.__new__
    out = []
    append = out.append
    raw = text[start:end]
    chunk = fold(raw)
    low = chunk.lower()
    if len(low) != len(chunk):
        # A character lower-cases to two (İ): lower each word on its own so offsets hold.
        for match in _WORD.finditer(chunk):
            s, e = match.span()
            append(new(Word, (start + s, start + e, match.group().lower(), raw[s:e])))
        return out
    for match in _WORD.finditer(chunk):
        s, e = match.span()
        append(new(Word, (start + s, start + e, low[s:e], raw[s:e])))
    return out


def cyrillic_runs(text: str, start: int, stop: int) -> list[str]:
    """The runs of lower-case Cyrillic letters (а-я) in ``text[start:stop]``, lowered and ё-folded.

    A cheap look at a stretch of text, with no offsets: every word of ``words_of`` whose
    ``low`` has only those letters is one of the runs (it is bounded by non-letters).
    """
    low = _lowered(text)
    if low is None:
        return _CYRILLIC_RUN.findall(fold(text[start:stop]).lower())
    return _CYRILLIC_RUN.findall(low, start, stop)


def lowered_chunk(text: str, start: int, stop: int) -> str:
    """``text[start:stop]`` folded and lower-cased: the stretch ``cyrillic_runs`` reads its runs from."""
    low = _lowered(text)
    return fold(text[start:stop]).lower() if low is None else low[start:stop]


def has_word(text: str, start: int, stop: int) -> bool:
    """``bool(words_of(text, start, stop))``: one search for a letter or digit, no words built."""
    if start >= 0 and stop >= 0 and not text[start:stop].strip(_NO_WORD_CHARS):
        return False
    prepared = _prepared(text)
    if prepared is None:
        return bool(words_of(text, start, stop))
    low, _, word_start = prepared
    return word_start.search(low, start, stop) is not None


def undouble(text: str) -> str:
    """``DOUBLED.sub(r"\\1", text)``: each pair of one letter written twice made single.

    Transliterations of one name double a consonant or not ("Шеффер" / "Шефер"). The regex
    engine takes microseconds per word for its back-reference; the standard library's re
    finds pairs of any character ten times faster, and a pair of non-letters (kept) never
    shares a character with a pair of letters, so both scans take the same letter pairs.
    """
    if _ANY_PAIR.search(text) is None:
        return text  # most words have no pair at all
    return _ANY_PAIR.sub(_single, text)


def _single(pair: re.Match[str]) -> str:
    char = pair.group(1)
    return char if _LETTER.match(char) else pair.group()

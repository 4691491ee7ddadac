"""Tokens and folding shared by the name and role finders."""

from __future__ import annotations

import gc
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

import regex

__all__ = ["Token", "WordIndex", "fold", "fold_word", "tokenize", "word_index"]

# Words (with inner hyphens and apostrophes), initials, all-caps abbreviations and single
# other characters; every alternative is possessive so the scan stays linear.
_TOKEN_RE = regex.compile(
    r"(?P<word>\p{L}++(?:[-‐'’]\p{L}++)*+)"
    r"|(?P<space>\s++)"
    r"|(?P<num>\d++)"
    r"|(?P<other>[^\s\p{L}])"
)
# The same alternatives without groups, for findall; the kind is read from the first character.
_FLAT_TOKEN_RE = regex.compile(r"\p{L}++(?:[-‐'’]\p{L}++)*+|\s++|\d++|[^\s\p{L}]")
_DIGIT_RE = regex.compile(r"\d")
_SPACE_RE = regex.compile(r"\s")


_SHORT = 40


def fold(text: str) -> str:
    """Lower-case and fold ё to е; the result has the same length as ``text``."""
    # Words are folded again and again across the finders: remember the short ones.
    if len(text) <= _SHORT:
        return _fold_short(text)
    return _fold(text)


def _fold(text: str) -> str:
    # replace() scans at C speed; translate() looks every character up in a dict.
    folded = text.replace("ё", "е").replace("Ё", "Е")
    out = folded.lower()
    if len(out) != len(text):
        # A few characters lower-case to two (İ); keep those as they are so offsets hold.
        out = "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)
    return out


_fold_short = lru_cache(maxsize=1 << 15)(_fold)

fold_word = _fold_short
"""``fold`` for a word (any length): the cached fold without the length test's extra call."""


class Token(NamedTuple):
    """One token of the text: a word, a run of spaces or one other character.

    ``key`` is the folded lower-case form used for look-ups (ё → е).  A named tuple,
    because a text has hundreds of thousands of tokens and tuples are cheap to build.
    """

    start: int
    stop: int
    text: str
    kind: str  # "word", "space", "num" (a run of digits) or "other"
    key: str

    @property
    def is_upper_initial(self) -> bool:
        """True for a capitalised word ("Путин", "Касым-Жомарт")."""
        t = self.text
        return self.kind == "word" and t[0].isupper() and (len(t) == 1 or not t[1:2].isupper())

    @property
    def is_all_caps(self) -> bool:
        """True for an abbreviation written in capitals ("РФ", "МИД")."""
        t = self.text
        return self.kind == "word" and len(t) >= 2 and t.replace("-", "").isupper()

    @property
    def is_lower(self) -> bool:
        """True for a word that starts with a lower-case letter."""
        return self.kind == "word" and self.text[0].islower()


def _kind_of(first: str) -> str:
    """The kind of a token, read from its first character (each alternative starts apart)."""
    if first.isalpha():
        return "word"
    if _DIGIT_RE.match(first):
        return "num"
    if _SPACE_RE.match(first):
        return "space"
    return "other"


# First character -> token kind: a text repeats few distinct characters.
_KINDS: dict[str, str] = {}


class _Scan(NamedTuple):
    """The tokens of a text, and the index, text and key of each word token among them."""

    tokens: tuple[Token, ...]
    words: tuple[int, ...]
    texts: tuple[str, ...]
    keys: tuple[str, ...]


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into word, space and single-character tokens covering it exactly."""
    return _scan(text).tokens


@lru_cache(maxsize=8)
def _scan(text: str) -> _Scan:
    folded = fold(text)  # once per text: same length, so token offsets index it too
    new = tuple.__new__  # skips the named tuple's Python-level __new__: tokens are many
    out: list[Token] = []
    append = out.append
    # The word tokens are noted on the way: the finders visit only those.
    words: list[int] = []
    texts: list[str] = []
    keys: list[str] = []
    # Hundreds of thousands of small tuples would trigger the cyclic collector again and
    # again (each pass scanning the growing list); tuples of str and int hold no cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        pos = 0
        kinds = _KINDS
        # findall builds no match objects; the tokens cover the text, so offsets are running lengths.
        for piece in _FLAT_TOKEN_RE.findall(text):
            stop = pos + len(piece)
            first = piece[0]
            kind = kinds.get(first)
            if kind is None:
                kind = kinds[first] = _kind_of(first)
            key = folded[pos:stop]
            if kind == "word":
                words.append(len(out))
                texts.append(piece)
                keys.append(key)
            append(new(Token, (pos, stop, piece, kind, key)))
            pos = stop
    finally:
        if collecting:
            gc.enable()
    return _Scan(tuple(out), tuple(words), tuple(texts), tuple(keys))


class WordIndex(NamedTuple):
    """Where the words of a text are, so the finders skip spaces and marks without a Python loop.

    Attributes:
        words: Indices (into ``tokenize(text)``) of the word tokens.
        keys: The keys of those word tokens, in the same order.
        capitals: Indices of the word tokens whose first letter is upper case.
        lower_initial: Keys of the words whose first letter is lower case.
        upper_initial: Keys of the words whose first letter is upper case.
        all_lower: Keys of the words written wholly in lower case.
    """

    words: tuple[int, ...]
    keys: tuple[str, ...]
    capitals: tuple[int, ...]
    lower_initial: frozenset[str]
    upper_initial: frozenset[str]
    all_lower: frozenset[str]


_FIRST = itemgetter(0)


@lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex:
    """The ``WordIndex`` of ``text``: built from its (cached) scan by C-level maps."""
    scan = _scan(text)
    words, texts, keys = scan.words, scan.texts, scan.keys
    firsts = list(map(_FIRST, texts))
    upper = list(map(str.isupper, firsts))
    return WordIndex(
        words=words,
        keys=keys,
        capitals=tuple(compress(words, upper)),
        lower_initial=frozenset(compress(keys, map(str.islower, firsts))),
        upper_initial=frozenset(compress(keys, upper)),
        all_lower=frozenset(compress(keys, map(str.islower, texts))),
    )

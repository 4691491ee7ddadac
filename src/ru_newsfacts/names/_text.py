"""Tokens and folding shared by the name and role finders."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import accumulate, compress, count, islice
from operator import itemgetter
from typing import NamedTuple, Protocol, TypeVar

import regex

from .._fast_re import OUTSIDE_FAST, char_class, fast_chars
from .._scope import per_call

__all__ = [
    "Token",
    "TokenSeq",
    "TokenTexts",
    "Tokens",
    "WordIndex",
    "fold",
    "fold_word",
    "frozen_build",
    "lower_words",
    "token_texts",
    "tokenize",
    "tokens",
    "word_index",
]

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
_LETTER_RE = regex.compile(r"\p{L}")

# Inside ``FAST_BLOCKS`` (see ``_fast_re``) the stdlib ``re`` scans the same tokens twice as fast,
# by classes read from the ``regex`` patterns above; a text with any character outside goes to ``regex``.


@cache
def _fast_token_re() -> re.Pattern[str]:
    """``_FLAT_TOKEN_RE`` for text inside ``FAST_BLOCKS``, in the stdlib ``re`` (built on first use).

    Letters, spaces and digits are the characters of the blocks that ``regex``'s own ``\\p{L}``,
    ``\\s`` and ``\\d`` match, so both patterns cut such text alike; greedy runs of disjoint
    classes cannot backtrack, so the scan stays linear without possessive quantifiers.
    """
    chars = fast_chars()
    letters = char_class([c for c in chars if _LETTER_RE.match(c)])
    spaces = char_class([c for c in chars if _SPACE_RE.match(c)])
    digits = char_class([c for c in chars if _DIGIT_RE.match(c)])
    return re.compile(f"[{letters}]+(?:[-‐'’][{letters}]+)*|[{spaces}]+|[{digits}]+|[^{spaces}{letters}]")


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


_T = TypeVar("_T")


def frozen_build(cls: type[_T], /, **fields: object) -> _T:
    """An instance of the frozen dataclass ``cls`` with ``fields`` (every one of its fields) set.

    The dataclass ``__init__`` of a frozen class sets each field by a call of
    ``object.__setattr__``; the finders build thousands of mentions a text, and filling the
    instance's ``__dict__`` at once takes about half the time. Equality, hashing, ``repr`` and
    pickling read the same attributes. For classes with no ``__post_init__`` and no slots.
    """
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


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


class TokenSeq(Protocol):
    """What the finders ask of a token sequence: a token by index, and the count.

    Both the tuple ``tokenize`` returns and the lazy ``Tokens`` of a whole text fit.
    """

    def __getitem__(self, i: int, /) -> Token: ...

    def __len__(self) -> int: ...


class Tokens(dict[int, Token]):
    """The tokens of a text, each built on first access from parallel arrays.

    A text has hundreds of thousands of tokens and the finders look at a few of them
    (around capitalised words and role nouns): building a ``Token`` for each one cost
    more than all the finding.  Indexing works as on a tuple (``toks[i]``, ``len``,
    iteration in order); a built token is kept, so a second look is a C-level dict hit.

    Attributes:
        texts: The text of every token, in order (the pieces the scan found).
    """

    __slots__ = ("_bounds", "_folded", "texts")

    def __init__(self, bounds: list[int], texts: list[str], folded: str) -> None:
        super().__init__()
        self._bounds = bounds  # token i covers bounds[i]:bounds[i + 1]
        self.texts = texts
        self._folded = folded

    def __missing__(self, i: int) -> Token:
        # Built for about a quarter of all tokens: the common case (i >= 0) asks no length.
        j = i
        if i < 0:
            j = i + len(self.texts)
            if j < 0:
                raise IndexError("token index out of range")
        bounds = self._bounds
        try:
            stop = bounds[j + 1]  # bounds has one entry more than there are tokens
        except IndexError:
            raise IndexError("token index out of range") from None
        start = bounds[j]
        text = self.texts[j]
        token: Token = tuple.__new__(Token, (start, stop, text, _KINDS[text[0]], self._folded[start:stop]))
        self[i] = token
        return token

    def __len__(self) -> int:
        return len(self.texts)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """The start of token ``first`` and the stop of token ``last`` (indices >= 0), no Token built."""
        bounds = self._bounds
        return bounds[first], bounds[last + 1]

    def positions(self, chars: re.Pattern[str]) -> Iterator[int]:
        """Indices of the tokens that open where ``chars`` (a pattern of one non-letter) matches.

        Such a character is a token of its own, so a C-level search of the folded text (same
        offsets; marks fold to themselves) finds those few tokens without a look at the others.
        """
        bounds = self._bounds
        for m in chars.finditer(self._folded):
            yield bisect_left(bounds, m.start())

    def char_positions(self, chars: str) -> list[int]:
        """``positions`` for a pattern matching any one of ``chars`` (non-letters), in text order.

        A ``str.find`` per character runs at memchr speed, several times faster than a regex
        scan of the whole text for a class of two or three characters.
        """
        folded = self._folded
        found: list[int] = []
        for char in chars:
            at = folded.find(char)
            while at >= 0:
                found.append(at)
                at = folded.find(char, at + 1)
        if len(chars) > 1:
            found.sort()
        bounds = self._bounds
        return [bisect_left(bounds, at) for at in found]

    def __iter__(self) -> Iterator[Token]:  # type: ignore[override]  # tokens, as a tuple yields
        return map(self.__getitem__, range(len(self.texts)))


class TokenTexts(Protocol):
    """The text of each token by index, and the count."""

    def __getitem__(self, i: int, /) -> str: ...

    def __len__(self) -> int: ...


class _TextsOf:
    """The token texts of a token sequence that keeps no list of them (a tuple of tokens)."""

    __slots__ = ("_toks",)

    def __init__(self, toks: TokenSeq) -> None:
        self._toks = toks

    def __getitem__(self, i: int) -> str:
        return self._toks[i].text

    def __len__(self) -> int:
        return len(self._toks)


def token_texts(toks: TokenSeq) -> TokenTexts:
    """The texts of ``toks`` by index: finders read them without building a Token.

    A token's kind shows in its text: a word opens with a letter (the scan's own test), and
    ``_KINDS`` reads the kind of any token from its first character.
    """
    return toks.texts if isinstance(toks, Tokens) else _TextsOf(toks)


class _Scan(NamedTuple):
    """The tokens of a text, and the index, text and key of each word token among them."""

    tokens: Tokens
    words: tuple[int, ...]
    texts: tuple[str, ...]
    keys: tuple[str, ...]


class _Kinds(dict[str, str]):
    """First character -> token kind, filled on demand: a text repeats few distinct characters."""

    def __missing__(self, first: str) -> str:
        kind = self[first] = _kind_of(first)
        return kind


_KINDS = _Kinds()
_FIRST = itemgetter(0)


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into word, space and single-character tokens covering it exactly."""
    toks = tokens(text)
    return tuple(map(toks.__getitem__, range(len(toks))))


def tokens(text: str) -> Tokens:
    """The tokens of ``text`` (as ``tokenize``), built lazily and cached for the last few texts."""
    return _scan(text).tokens


@lru_cache(maxsize=8)
def _scan(text: str) -> _Scan:
    folded = fold(text)  # once per text: same length, so token offsets index it too
    # findall builds no match objects; the tokens cover the text, so offsets are running lengths.
    # Every array is built by C-level maps: no Python code runs per token.
    scanner = _FLAT_TOKEN_RE if OUTSIDE_FAST.search(text) else _fast_token_re()
    pieces = scanner.findall(text)
    bounds = list(accumulate(map(len, pieces), initial=0))
    # A token is a word when its first character is a letter (the kind of the token is read
    # from that character on demand, see _kind_of).
    is_word = list(map(str.isalpha, map(_FIRST, pieces)))
    words = tuple(compress(count(), is_word))
    texts = tuple(compress(pieces, is_word))
    if "Σ" in text:
        # Σ is the one letter lower-cased by its context (final sigma): cut the folded text.
        starts = list(compress(bounds, is_word))
        stops = list(compress(islice(bounds, 1, None), is_word))
        keys = tuple(map(folded.__getitem__, map(slice, starts, stops)))
    else:
        # Elsewhere case folding goes character by character, so the words folded together
        # are the words of the folded text (no word holds a space).
        keys = tuple(fold(" ".join(texts)).split(" ")) if texts else ()
    return _Scan(Tokens(bounds, pieces, folded), words, texts, keys)


# A parse asks for the tokens of its text again and again; the next parse brings a new text.
per_call(_scan.cache_clear)


class WordIndex(NamedTuple):
    """Where the words of a text are, so the finders skip spaces and marks without a Python loop.

    Attributes:
        words: Indices (into ``tokenize(text)``) of the word tokens.
        keys: The keys of those word tokens, in the same order.
        capitals: Indices of the word tokens whose first letter is upper case.
        capital_texts: The texts of those capitalised words, in the same order.
        lower_initial: Keys of the words whose first letter is lower case.
        upper_initial: Keys of the words whose first letter is upper case.

    The keys of the words written wholly in lower case are ``lower_words(text)``, read on first use.
    """

    words: tuple[int, ...]
    keys: tuple[str, ...]
    capitals: tuple[int, ...]
    capital_texts: tuple[str, ...]
    lower_initial: frozenset[str]
    upper_initial: frozenset[str]


@lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex:
    """The ``WordIndex`` of ``text``: built from its (cached) scan by C-level maps."""
    scan = _scan(text)
    words, texts, keys = scan.words, scan.texts, scan.keys
    # (Made here, not kept by the scan: a non-Latin letter is a new string object each.)
    firsts = list(map(_FIRST, texts))
    upper = list(map(str.isupper, firsts))
    return WordIndex(
        words=words,
        keys=keys,
        capitals=tuple(compress(words, upper)),
        capital_texts=tuple(compress(texts, upper)),
        lower_initial=frozenset(compress(keys, map(str.islower, firsts))),
        upper_initial=frozenset(compress(keys, upper)),
    )


per_call(word_index.cache_clear)


@lru_cache(maxsize=8)
def lower_words(text: str) -> frozenset[str]:
    """Keys of the words of ``text`` written wholly in lower case ("ёлка" → "елка").

    Apart from ``word_index``: only the speaker memory asks, and for about a third of the
    texts it builds, never (a set of every word is most of the cost of the index).
    """
    scan = _scan(text)
    return frozenset(compress(scan.keys, map(str.islower, scan.texts)))


per_call(lower_words.cache_clear)

"""Paragraphs and sentences with offsets into the caller's original string.

A paragraph is one non-blank line, trimmed of surrounding white space (news plain
text puts one paragraph on a line). Sentences are razdel's: the same splitter
pattern and the same join rules, driven by a loop that tracks offsets instead of
re-finding the chunks, so the cost stays linear in the input (razdel's own loop
grows its sentence buffer by string concatenation, which is quadratic on a long
run of delimiters that never end a sentence, such as 200,000 quotation marks).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from types import TracebackType

from razdel.rule import FunctionRule
from razdel.segmenters.sentenize import (
    DELIMITER,
    DELIMITERS,
    FIRST_TOKEN,
    GENERIC_QUOTES,
    LAST_TOKEN,
    RULES,
    SMILE_PREFIX,
    SMILES,
    SPACE_PREFIX,
    SentSplit,
    SentSplitter,
)

from ._scope import call_scope
from ._trusted import build, direct
from .models import Paragraph, Sentence

__all__ = ["LINE_BREAKS", "gc_paused", "sentence_bounds", "split_paragraphs", "split_sentences"]

LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character that str.splitlines() treats as a line boundary."""

# razdel's own delimiter pattern, context window, token patterns and rules
# (razdel.segmenters.sentenize); only the loop that applies them is ours.
_SPLITTER = SentSplitter()
_DELIMITER = _SPLITTER.re
_WINDOW: int = _SPLITTER.window
_JOIN = "join"
_SPACE_PREFIX = SPACE_PREFIX.match
_FIRST_TOKEN = FIRST_TOKEN.match
_LAST_TOKEN = LAST_TOKEN.search
_SMILE_PREFIX = SMILE_PREFIX.match
# The only rule that reads the sentence buffer (list_item) asks whether it is longer than
# 20 characters and only then looks at its tokens: a 21-character prefix answers it exactly.
_BUFFER_PREFIX = 21
# razdel's first four rules are cheap to decide inline; the rest run as razdel wrote them.
_TRIVIAL_RULES = ("empty_side", "no_space_prefix", "lower_right", "delimiter_right")
_FAST = tuple(rule.name for rule in RULES[: len(_TRIVIAL_RULES)]) == _TRIVIAL_RULES
_OTHER_RULES = tuple(RULES[len(_TRIVIAL_RULES) :]) if _FAST else tuple(RULES)
# razdel wraps each rule function in a FunctionRule whose __call__ only calls it: call the
# functions themselves (one Python call less per rule and delimiter).
_RULE_CALLS = tuple(rule.function if type(rule) is FunctionRule else rule for rule in _OTHER_RULES)
# The delimiters that can end a sentence: razdel joins every other one through its first
# rules: no white space after it, or white space and then, inside the window, a delimiter
# that is not a generic quote, or a word of plain lowercase letters. Scanning for these
# alone leaves runs of marks ('. . . .') and abbreviations ('т. е. г.') to the regex
# engine. Python's re, as in razdel, so that \s and \w mean exactly the same.
# Every match of razdel's pattern opens with one of DELIMITERS or a smile's [=:;]: a look-ahead
# for that set lets re skip to the candidates with a character-set scan (a third faster).
_STARTS = "".join(sorted(set(DELIMITERS) | set("=:;")))
_START_AHEAD = (
    rf"(?=[{re.escape(_STARTS)}])" if _DELIMITER.pattern == DELIMITER and SMILES.startswith("[=:;]") else ""
)
_ENDING_DELIMITER = re.compile(
    rf"{_START_AHEAD}(?:{_DELIMITER.pattern})(?=\s)(?!\s{{1,{_WINDOW - 1}}}"
    rf"(?:[{re.escape(''.join(sorted(set(DELIMITERS) - set(GENERIC_QUOTES))))}]"
    r"|[a-zа-яё]+(?![^\W\d])))",
    _DELIMITER.flags,
)
_CANDIDATES = _ENDING_DELIMITER if _FAST else _DELIMITER
# Offsets from the scan and the text sliced at them: the spans are right by construction.
_DIRECT = direct(Sentence, ("start", "stop", "text")) and direct(
    Paragraph, ("start", "stop", "text", "sentences")
)


def _sentence(start: int, stop: int, text: str) -> Sentence:
    if _DIRECT:
        return build(Sentence, {"start": start, "stop": stop, "text": text})
    return Sentence(start=start, stop=stop, text=text)


def _paragraph(start: int, stop: int, text: str, sentences: tuple[Sentence, ...]) -> Paragraph:
    if _DIRECT:
        return build(Paragraph, {"start": start, "stop": stop, "text": text, "sentences": sentences})
    return Paragraph(start=start, stop=stop, text=text, sentences=sentences)


def _trivial_join(text: str, d_start: int, right: str) -> tuple[bool, str | None, str | None]:
    """razdel's rules empty_side, lower_right and delimiter_right, inline.

    Each of razdel's first four rules can only say JOIN or pass, so the order in which
    they are checked does not change the outcome: the cheap right-hand checks go first.
    Returns ``(True, None, None)`` when one of them joins, else ``(False, left_token,
    right_token)``. The caller has checked that ``right`` opens with white space.
    """
    first = _FIRST_TOKEN(right)
    if first is None:
        return True, None, None
    right_token: str = first.group(1)
    if right_token.isalpha() and right_token.islower():
        return True, None, None
    if right_token not in GENERIC_QUOTES and (right_token in DELIMITERS or _SMILE_PREFIX(right) is not None):
        return True, None, None
    last = _LAST_TOKEN(text[max(0, d_start - _WINDOW) : d_start])
    if last is None:
        return True, None, None
    return False, last.group(1), right_token


def _joins(text: str, match: re.Match[str], buffer_start: int) -> bool:
    """razdel's decision for one delimiter: the first rule with an opinion wins."""
    d_start, d_stop = match.span()
    right = text[d_stop : d_stop + _WINDOW]
    if _FAST:
        if _SPACE_PREFIX(right) is None:
            # empty_side or no_space_prefix joins: the common case inside runs of marks.
            return True
        joined, left_token, right_token = _trivial_join(text, d_start, right)
        if joined:
            return True
    left = text[max(0, d_start - _WINDOW) : d_start]
    buffer = text[buffer_start : min(d_start, buffer_start + _BUFFER_PREFIX)]
    split = SentSplit(left, match.group(1), right, buffer)
    if _FAST:
        # Hand razdel's cached properties the tokens already found.
        split.__dict__["left_token"] = left_token
        split.__dict__["right_token"] = right_token
    for rule in _RULE_CALLS:
        action = rule(split)
        if action:
            return bool(action == _JOIN)
    return False


def sentence_bounds(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, stop)`` of each sentence of ``text`` as razdel's ``sentenize`` splits it.

    The bounds are trimmed of white space; empty sentences are left out.
    """
    yield from _bounds(text)


def _bounds(text: str) -> list[tuple[int, int]]:
    """``sentence_bounds`` as a list: one plain loop, no generators (this runs for every paragraph)."""
    out: list[tuple[int, int]] = []
    buffer_start = 0
    for match in _CANDIDATES.finditer(text):
        if not _joins(text, match, buffer_start):
            stop = match.end()
            # _trimmed inline.
            raw = text[buffer_start:stop]
            stripped = raw.strip()
            if stripped:
                s = buffer_start + len(raw) - len(raw.lstrip())
                out.append((s, s + len(stripped)))
            buffer_start = stop
    raw = text[buffer_start:]
    stripped = raw.strip()
    if stripped:
        s = buffer_start + len(raw) - len(raw.lstrip())
        out.append((s, s + len(stripped)))
    return out


def _trimmed(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    raw = text[start:stop]
    stripped = raw.strip()
    if stripped:
        s = start + len(raw) - len(raw.lstrip())
        yield s, s + len(stripped)


class _GcPause:
    """The context manager ``gc_paused`` returns: a class, as one is entered for every call."""

    __slots__ = ("_enabled",)

    def __init__(self) -> None:
        self._enabled = False

    def __enter__(self) -> None:
        self._enabled = enabled = gc.isenabled()
        if enabled:
            gc.disable()
        _SCOPE.__enter__()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            _SCOPE.__exit__(kind, error, trace)
        finally:
            if self._enabled:
                gc.enable()


_SCOPE = call_scope()


def gc_paused() -> _GcPause:
    """Hold off the cyclic garbage collector while many models are built.

    A parse allocates many small acyclic objects (a model, its dict and its field set
    per span); on paragraph-dense text the collector's repeated passes over them cost
    more than the parse itself. Reference counting still frees everything as usual.
    The per-text caches end with the outermost pause (see ``_scope``), before the
    collector runs again, so it has none of their records to walk.

    Returns:
        A context manager (use it in a ``with`` statement).
    """
    return _GcPause()


def split_sentences(text: str, start: int, stop: int) -> tuple[Sentence, ...]:
    """Split ``text[start:stop]`` into sentences whose offsets point into ``text``."""
    chunk = text[start:stop]
    # Without a delimiter razdel keeps the chunk whole: skip its loop (dash-led lines, headings).
    bounds = _trimmed(chunk, 0, len(chunk)) if _DELIMITER.search(chunk) is None else sentence_bounds(chunk)
    return _sentences(text, start, bounds)


def _sentences(text: str, start: int, bounds: Iterable[tuple[int, int]]) -> tuple[Sentence, ...]:
    """Sentences from bounds relative to ``start``, with offsets into ``text``."""
    return tuple(_sentence(start + s, start + e, text[start + s : start + e]) for s, e in bounds)


def split_paragraphs(text: str, start: int = 0, skip: tuple[int, int] | None = None) -> list[Paragraph]:
    """Split ``text[start:]`` into paragraphs (non-blank lines) with their sentences.

    Args:
        text: The whole original string.
        start: Where to begin (after a date header, say).
        skip: A ``(start, stop)`` range to leave out, such as the title line.
    """
    with gc_paused():
        return _split_paragraphs(text, start, skip)


def _split_paragraphs(text: str, start: int, skip: tuple[int, int] | None) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    append = paragraphs.append
    line_start = start
    search = _DELIMITER.search
    # splitlines() breaks exactly at LINE_BREAKS ("\r\n" as one break); offsets are summed.
    for line in text[start:].splitlines(keepends=True):
        offset = line_start
        line_start += len(line)
        stripped = line.strip()  # line breaks are white space too
        if not stripped:
            continue
        p_start = offset + len(line) - len(line.lstrip())
        p_stop = p_start + len(stripped)
        if skip is not None and skip[0] <= p_start and p_stop <= skip[1]:
            continue
        sentences: tuple[Sentence, ...]
        if search(stripped) is None:
            # razdel keeps a chunk without delimiters whole: the paragraph is its one sentence.
            sentences = (_sentence(p_start, p_stop, stripped),)
        elif _DIRECT:
            # The paragraph holds a delimiter: razdel's loop, without split_sentences' second
            # search; the sentences are built here, without two calls for each (the hot loop).
            sentences = tuple(
                build(Sentence, {"start": p_start + s, "stop": p_start + e, "text": stripped[s:e]})
                for s, e in _bounds(stripped)
            )
        else:
            sentences = _sentences(text, p_start, _bounds(stripped))
        append(_paragraph(p_start, p_stop, stripped, sentences))
    return paragraphs

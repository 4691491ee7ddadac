"""Paragraphs and sentences with offsets into the caller's original string.

A paragraph is one non-blank line, trimmed of surrounding white space (news plain
text puts one paragraph on a line). Sentences are razdel's: the same splitter
pattern and the same join rules, driven by a loop that tracks offsets instead of
re-finding the chunks, so the cost stays linear in the input (razdel's own loop
grows its sentence buffer by string concatenation, which is quadratic on a long
run of delimiters that never end a sentence, such as 200,000 quotation marks).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from razdel.segmenters.sentenize import RULES, SPACE_PREFIX, SentSplit, SentSplitter

from .models import Paragraph, Sentence

__all__ = ["LINE_BREAKS", "sentence_bounds", "split_paragraphs", "split_sentences"]

LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character that str.splitlines() treats as a line boundary."""

_LINE = regex.compile(rf"[^{LINE_BREAKS}]++")

# razdel's own delimiter pattern, context window and rules (razdel.segmenters.sentenize).
_SPLITTER = SentSplitter()
_DELIMITER = _SPLITTER.re
_WINDOW: int = _SPLITTER.window
_JOIN = "join"
_SPACE_PREFIX = SPACE_PREFIX.match
# The only rule that reads the sentence buffer (list_item) asks whether it is longer than
# 20 characters and only then looks at its tokens: a 21-character prefix answers it exactly.
_BUFFER_PREFIX = 21

_construct_sentence = Sentence
_construct_paragraph = Paragraph


def _joins(split: SentSplit) -> bool:
    """razdel's decision for one delimiter: the first rule with an opinion wins."""
    for rule in RULES:
        action = rule(split)
        if action:
            return bool(action == _JOIN)
    return False


def sentence_bounds(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, stop)`` of each sentence of ``text`` as razdel's ``sentenize`` splits it.

    The bounds are trimmed of white space; empty sentences are left out.
    """
    buffer_start = 0
    for match in _DELIMITER.finditer(text):
        d_start, d_stop = match.span()
        right = text[d_stop : d_stop + _WINDOW]
        # With no white space right after the delimiter razdel always joins (its first two
        # rules, empty_side and no_space_prefix, both say JOIN): decide that without the rules.
        if _SPACE_PREFIX(right) is None:
            continue
        split = SentSplit(text[max(0, d_start - _WINDOW) : d_start], match.group(1), right)
        split.buffer = text[buffer_start : min(d_start, buffer_start + _BUFFER_PREFIX)]
        if not _joins(split):
            yield from _trimmed(text, buffer_start, d_stop)
            buffer_start = d_stop
    yield from _trimmed(text, buffer_start, len(text))


def _trimmed(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    raw = text[start:stop]
    stripped = raw.strip()
    if stripped:
        s = start + len(raw) - len(raw.lstrip())
        yield s, s + len(stripped)


def split_sentences(text: str, start: int, stop: int) -> tuple[Sentence, ...]:
    """Split ``text[start:stop]`` into sentences whose offsets point into ``text``."""
    # Correct by construction (text is sliced from the offsets), so validation is skipped;
    # tests validate every span of the output against the source.
    return tuple(
        _construct_sentence(start=start + s, stop=start + e, text=text[start + s : start + e])
        for s, e in sentence_bounds(text[start:stop])
    )


def split_paragraphs(text: str, start: int = 0, skip: tuple[int, int] | None = None) -> list[Paragraph]:
    """Split ``text[start:]`` into paragraphs (non-blank lines) with their sentences.

    Args:
        text: The whole original string.
        start: Where to begin (after a date header, say).
        skip: A ``(start, stop)`` range to leave out, such as the title line.
    """
    paragraphs: list[Paragraph] = []
    for line in _LINE.finditer(text, start):
        if skip is not None and skip[0] <= line.start() and line.end() <= skip[1]:
            continue
        raw = line.group()
        stripped = raw.strip()
        if not stripped:
            continue
        p_start = line.start() + len(raw) - len(raw.lstrip())
        p_stop = p_start + len(stripped)
        paragraphs.append(
            _construct_paragraph(
                start=p_start,
                stop=p_stop,
                text=stripped,
                sentences=split_sentences(text, p_start, p_stop),
            )
        )
    return paragraphs

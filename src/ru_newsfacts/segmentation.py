"""Paragraphs and sentences with offsets into the caller's original string.

A paragraph is one non-blank line, trimmed of surrounding white space (news plain
text puts one paragraph on a line). Sentences come from razdel, re-based onto the
original offsets.
"""

from __future__ import annotations

import regex
from razdel import sentenize

from .models import Paragraph, Sentence

__all__ = ["LINE_BREAKS", "split_paragraphs", "split_sentences"]

LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character that str.splitlines() treats as a line boundary."""

_LINE = regex.compile(rf"[^{LINE_BREAKS}]++")


def split_sentences(text: str, start: int, stop: int) -> tuple[Sentence, ...]:
    """Split ``text[start:stop]`` into sentences whose offsets point into ``text``."""
    chunk = text[start:stop]
    return tuple(
        Sentence(start=start + s.start, stop=start + s.stop, text=s.text)
        for s in sentenize(chunk)
        if s.text.strip()
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
            Paragraph(
                start=p_start,
                stop=p_stop,
                text=text[p_start:p_stop],
                sentences=split_sentences(text, p_start, p_stop),
            )
        )
    return paragraphs

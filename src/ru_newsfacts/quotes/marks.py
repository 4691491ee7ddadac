"""Pair quotation marks by context: «», „“, “”, straight quotes, mixed and nested.

A straight or curly mark is an opener when it stands after a space, a bracket, a dash or a
colon and before a word; a closer when it follows a word or punctuation and comes before a
space, punctuation or the end. A run of marks ('""' closing two levels at once) takes its
orientation from the characters around the whole run. Closers pop the nearest compatible
opener, so an unbalanced mark is dropped instead of pairing with a mark far away, and
pairing never crosses a paragraph: an unclosed mark cannot swallow the rest of an article.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["MARKS", "Pair", "pair_marks"]

MARKS = '«»„“”"'
"""The quotation marks the engine reads."""

_GUILLEMETS = "«»"
# A run of marks: the scan jumps from run to run instead of testing every character.
_RUN = regex.compile(f"[{regex.escape(MARKS)}]++")
_LEFT_BOUND = " \t\u00a0([{/:—–―-\n"
_RIGHT_BOUND = " \t\u00a0)]}.,;:!?…—–―\n"


@dataclass(frozen=True)
class Pair:
    """Two matching quotation marks.

    Attributes:
        open: Offset of the opening mark.
        close: Offset of the closing mark.
        depth: 0 for a top-level pair, 1 for a pair nested in it, and so on.
    """

    open: int
    close: int
    depth: int


def _family(mark: str) -> int:
    return 0 if mark in _GUILLEMETS else 1


def _orientations(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    """Classify every mark in ``text[start:stop]`` as 'open', 'close' or 'either'."""
    out: list[tuple[int, str]] = []
    for run in _RUN.finditer(text, start, stop):
        i, j = run.span()
        before = text[i - 1] if i > start else " "
        after = text[j] if j < stop else " "
        left = before in _LEFT_BOUND
        right = after in _RIGHT_BOUND
        if left and not right:
            run_role = "open"
        elif right and not left:
            run_role = "close"
        else:
            run_role = "either"
        for k in range(i, j):
            mark = text[k]
            if mark in "«„":
                out.append((k, "open"))
            elif mark == "»":
                out.append((k, "close"))
            else:
                out.append((k, run_role))
    return out


def pair_marks(text: str, start: int, stop: int) -> tuple[list[Pair], list[int]]:
    """Pair the quotation marks of one paragraph.

    Args:
        text: The whole text.
        start: Where the paragraph starts.
        stop: Where it stops.

    Returns:
        The pairs, ordered by their opening mark, and the offsets of openers left unclosed
        at the end of the paragraph (outermost first).
    """
    if _RUN.search(text, start, stop) is None:
        return [], []  # most paragraphs hold no mark: nothing to classify or pair
    stack: list[int] = []
    pairs: list[Pair] = []
    # Open marks of each family on the stack, and where the latest of each stands.
    counts = [0, 0]
    for pos, role in _orientations(text, start, stop):
        family = _family(text[pos])
        if role == "either":
            role = "close" if counts[family] else "open"
        if role == "open":
            stack.append(pos)
            counts[family] += 1
            continue
        if not counts[family]:
            continue
        index = len(stack) - 1
        while _family(text[stack[index]]) != family:
            index -= 1
        pairs.append(Pair(stack[index], pos, index))
        # Openers above the matched one were never closed: forget them.
        for dropped in stack[index:]:
            counts[_family(text[dropped])] -= 1
        del stack[index:]
    pairs.sort(key=lambda pair: pair.open)
    # Depth counts the pairs around a pair; an opener that never closed does not nest anything.
    nested: list[Pair] = []
    around: list[int] = []
    for pair in pairs:
        while around and around[-1] < pair.open:
            around.pop()
        nested.append(Pair(pair.open, pair.close, len(around)))
        around.append(pair.close)
    return nested, stack

"""Gaps between paragraphs that show where an article lost text.

Web dumps drop quotation templates and embedded posts and leave their place as two or more blank
lines: "В заявлении говорится:" is then followed, after the gap, by the author's next paragraph,
not by the words the colon announced.
"""

from __future__ import annotations

__all__ = ["words_dropped"]

# A colon line, the lost block, then the next paragraph: at least two blank lines between.
_DROPPED_NEWLINES = 3


def words_dropped(text: str, stop: int, start: int) -> bool:
    """Whether the stretch between two paragraphs (``text[stop:start]``) holds two blank lines or more.

    Args:
        text: The whole text.
        stop: Where the first paragraph stops.
        start: Where the next paragraph starts.

    Returns:
        True when a block was dropped there, so the colon before it announces nothing that follows.
    """
    return text.count("\n", stop, start) >= _DROPPED_NEWLINES

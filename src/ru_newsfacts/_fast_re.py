"""The stdlib ``re`` twins of ``regex`` scans, for text written in the blocks news uses.

Inside the Latin, Greek and Cyrillic blocks and the punctuation, currency and letterlike signs,
the stdlib ``re`` scans the same tokens about twice as fast as ``regex``. The word scanners of
``names._text`` and ``quotes._text`` build their ``re`` classes from their own ``regex`` patterns
over these blocks, and send a text with any character outside them to ``regex``.
"""

from __future__ import annotations

import re

FAST_BLOCKS = ((0x0000, 0x052F), (0x2000, 0x214F))
OUTSIDE_FAST = re.compile(
    "[^" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in FAST_BLOCKS) + "]"
)


def fast_chars() -> list[str]:
    """Every character of ``FAST_BLOCKS``, in code point order."""
    return [chr(point) for a, b in FAST_BLOCKS for point in range(a, b + 1)]


def char_class(chars: list[str]) -> str:
    """A ``re`` character class body for ``chars`` (in code point order), as ranges."""
    parts: list[str] = []
    start = prev = -2
    for point in (*map(ord, chars), -2):
        if point == prev + 1:
            prev = point
            continue
        if start >= 0:
            parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = point
    return "".join(parts)

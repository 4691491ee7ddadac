"""Argument checks shared by the public functions."""

from __future__ import annotations

from typing import Any


def ensure_text(value: Any, function: str) -> str:
    """Return ``value`` if it is a ``str``; raise a TypeError naming what was given otherwise."""
    if isinstance(value, str):
        return value
    raise TypeError(f"{function}() expects a str, got {type(value).__name__}: {value!r:.60}")

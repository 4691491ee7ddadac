"""Caches kept for the length of one top-level call (``parse_article``, ``extract_quotes``).

The names layer and the quote engine remember the tokens and words of the last few texts,
because one parse asks for them again and again. Kept after the call, those records only
cost: the cyclic collector walks every one of them again after each parse (3,000-4,000
objects per young collection), although the next call brings a new text. A cache that
registers here is cleared when the outermost call of its thread ends; inside a call (and
in direct calls of the inner functions) it works as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType

__all__ = ["CallScope", "call_scope", "per_call"]

_CLEARS: list[Callable[[], object]] = []
_LOCAL = threading.local()


def per_call(clear: Callable[[], object]) -> None:
    """Have ``clear`` (a cache's ``cache_clear``) run when each outermost call ends."""
    _CLEARS.append(clear)


class CallScope:
    """One top-level call; at the end of the outermost one, the per-call caches are cleared.

    A plain class rather than a generator context manager: every public call enters one or
    more scopes, and a generator's set-up and tear-down cost several times a class's.
    """

    __slots__ = ()

    def __enter__(self) -> None:
        _LOCAL.depth = getattr(_LOCAL, "depth", 0) + 1

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        depth: int = _LOCAL.depth - 1
        _LOCAL.depth = depth
        if not depth:
            for clear in _CLEARS:
                clear()


_SCOPE = CallScope()


def call_scope() -> CallScope:
    """Mark one top-level call; at the end of the outermost one, clear the per-call caches.

    The depth is counted per thread: another thread's parse that finds a cache cleared
    under it only computes the entry again (the caches are keyed by the text). The scope
    keeps no state of its own (the depth is the thread's), so one object serves every call.
    """
    return _SCOPE

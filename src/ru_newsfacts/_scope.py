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
import time
from collections.abc import Callable
from types import TracebackType

__all__ = [
    "CallScope",
    "MorphScope",
    "SyntaxScope",
    "call_scope",
    "morph_enabled",
    "morph_scope",
    "per_call",
    "per_mode",
    "syntax_enabled",
    "syntax_scope",
]

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


# The optional morphology fallback (``morph=True``, see ``names._pymorphy``). The word caches of
# the names layer and the quote engine hold answers of one mode; a call in the other mode waits
# for the calls running in this one to end, clears those caches and switches. Calls of one mode
# run side by side, so a program that keeps to one mode never waits.
_MODE_CLEARS: list[Callable[[], object]] = []
# A plain lock (taken twice per outermost call, in C) rather than a Condition: a call of the
# other mode is rare, and polls until the running calls end.
_GATE = threading.Lock()
_POLL_SECONDS = 0.001


class _Mode:
    """The mode every word cache holds now, and how many outermost calls run in it."""

    morph = False
    active = 0


def per_mode(clear: Callable[[], object]) -> None:
    """Have ``clear`` (a word cache's ``cache_clear``) run when the morphology mode changes."""
    _MODE_CLEARS.append(clear)


def morph_enabled() -> bool:
    """Whether the running calls use the pymorphy3 fallback (read by the names layer)."""
    return _Mode.morph


class MorphScope:
    """One call in one morphology mode; a call inside another keeps the outer call's mode."""

    __slots__ = ("_morph",)

    def __init__(self, morph: bool) -> None:
        self._morph = morph

    def __enter__(self) -> None:
        depth: int = getattr(_LOCAL, "mode_depth", 0)
        _LOCAL.mode_depth = depth + 1
        if depth:
            return
        morph = self._morph
        while True:
            with _GATE:
                if _Mode.morph is morph or not _Mode.active:
                    if _Mode.morph is not morph:
                        for clear in _MODE_CLEARS:
                            clear()
                        _Mode.morph = morph
                    _Mode.active += 1
                    return
            time.sleep(_POLL_SECONDS)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        depth: int = _LOCAL.mode_depth - 1
        _LOCAL.mode_depth = depth
        if not depth:
            with _GATE:
                _Mode.active -= 1


_PLAIN = MorphScope(False)
_MORPH = MorphScope(True)


def morph_scope(morph: bool) -> MorphScope:
    """Mark one call made with ``morph`` on or off (the scopes keep no state: shared objects)."""
    return _MORPH if morph else _PLAIN


# The optional dependency parse (``syntax=True``, see ``quotes._syntax``). Only the speaker
# resolution reads it, and no cache holds its answers: the flag is the thread's, set by the
# outermost call.


def syntax_enabled() -> bool:
    """Whether the running call of this thread reads speakers with the dependency parse."""
    return bool(getattr(_LOCAL, "syntax", False))


class SyntaxScope:
    """One call with the dependency parse on or off; a call inside another keeps the outer mode."""

    __slots__ = ("_syntax",)

    def __init__(self, syntax: bool) -> None:
        self._syntax = syntax

    def __enter__(self) -> None:
        depth: int = getattr(_LOCAL, "syntax_depth", 0)
        _LOCAL.syntax_depth = depth + 1
        if not depth:
            _LOCAL.syntax = self._syntax

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        depth: int = _LOCAL.syntax_depth - 1
        _LOCAL.syntax_depth = depth
        if not depth:
            _LOCAL.syntax = False


_NO_SYNTAX = SyntaxScope(False)
_SYNTAX = SyntaxScope(True)


def syntax_scope(syntax: bool) -> SyntaxScope:
    """Mark one call made with the dependency parse on or off (shared, stateless objects)."""
    return _SYNTAX if syntax else _NO_SYNTAX

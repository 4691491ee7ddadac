"""Small readings of the author's words around a speech verb.

- "В Минфине тогда указывали, что П": an adverb between the subject and the verb belongs to
  neither; the words before the verb are read without it.
- "П, поясняли в Росфиннадзоре": an impersonal plural verb followed by "в" and a capitalised name
  closing the clause; the body (or the place, for its people) speaks, as in "В Кремле заявили".
"""

from __future__ import annotations

import regex

__all__ = ["locative_body_after", "without_trailing_adverbs"]

# Adverbs of time and sequence that stand between a subject and its verb.
_ADVERBS = frozenset(
    {"тогда", "также", "ранее", "уже", "вчера", "сегодня", "накануне", "позже", "позднее", "затем"}
    | {"потом", "впоследствии", "неоднократно", "неожиданно", "официально", "публично", "еще", "ещё"}
)
_LAST_WORD = regex.compile(r"(?<![\p{L}\d-])(?P<word>\p{Ll}++)[^\S\n]*+$")
_MAX_ADVERBS = 2
_MAX_SUBJECT_WORDS = 3
_CLAUSE_START = regex.compile(r"(?:[.!?;:,—–]|\n)[^.!?;:,—–\n]*+$")
_WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’&.-]*+")
_NAME_WORD = r"\p{Lu}(?:[\p{L}\d'’&-]|\.(?=\p{L}))*+"
_LOCATIVE_NAME = regex.compile(
    rf"[^\S\n]*+[Вв]о?+[^\S\n]++(?P<name>{_NAME_WORD}(?:[^\S\n]++{_NAME_WORD}){{0,3}}+)"
    r"(?=[^\S\n]*+(?:[.,;!?]|$))"
)


def without_trailing_adverbs(text: str, start: int, stop: int) -> int:
    """Where the words before a verb stop once adverbs right before it are left out.

    Args:
        text: The whole text.
        start: Where the words before the verb start.
        stop: Where they stop (the verb's start).

    Returns:
        The new stop, at most ``stop``; ``stop`` itself when no adverb stands there.
    """
    trimmed = stop
    for _ in range(_MAX_ADVERBS):
        match = _LAST_WORD.search(text, start, trimmed)
        if match is None or match.group("word") not in _ADVERBS or match.start() == start:
            break
        trimmed = match.start()
    if trimmed == stop:
        return stop
    clause = _CLAUSE_START.search(text, start, trimmed)
    words = _WORD.findall(text, clause.end() if clause is not None else start, trimmed)
    # A short subject only: in a long clause the words next to the adverb may be a complement
    # ("X в своём блоге в Twitter также указала"), which the adverb kept apart from the verb.
    return trimmed if 0 < len(words) <= _MAX_SUBJECT_WORDS else stop


def locative_body_after(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The span of the name in "в X" closing the words right after an impersonal plural verb.

    Args:
        text: The whole text.
        start: Where the words after the verb start.
        stop: Where they stop.

    Returns:
        The span of X, or None.
    """
    match = _LOCATIVE_NAME.match(text, start, stop)
    if match is None:
        return None
    return match.start("name"), match.end("name")

"""Quotes as the finders see them, before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..data.speech import VerbForm

__all__ = ["RawQuote", "Window"]


@dataclass(frozen=True)
class Window:
    """A stretch of author's words where the speaker is named.

    Attributes:
        start: Where the stretch starts.
        stop: Where it stops.
        side: "after" when the speaker follows the cue ("— сказал он"), "before" when it precedes
            it ("Министр заявил:"), "genitive" after a "по словам" cue, "relay" after a relay verb
            whose object is the speaker ("приводит его «Росбалт»"), "subject" for the sentence before
            a gerund ("X ..., заявив, что"): the first person named there is the subject.
    """

    start: int
    stop: int
    side: Literal["after", "before", "genitive", "relay", "subject"]


@dataclass
class RawQuote:
    """A quote found by a finder, waiting for its speaker.

    Attributes:
        start: Offset of the first quoted character.
        stop: Offset past the last quoted character.
        kind: direct, indirect or interview.
        paragraph: Index of the paragraph holding the start.
        cue: The cue span, if any.
        verb: The speech verb form of the cue, if the cue is a verb.
        windows: Where to look for the speaker, best first.
        group: Quotes with the same group share one speaker (parts of a split quote).
        inherit: Whether a quote without cue may take the speaker of a neighbour.
    """

    start: int
    stop: int
    kind: Literal["direct", "indirect", "interview"]
    paragraph: int
    cue: tuple[int, int] | None = None
    verb: VerbForm | None = None
    windows: list[Window] = field(default_factory=list)
    group: int = -1
    inherit: bool = False

"""Quotes, reported speech and interviews, with their speakers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .._validate import ensure_text
from ..models import Interview, Paragraph, Quote, SpeakerSummary
from ..segmentation import split_paragraphs

__all__ = ["QuoteAnalysis", "analyze_quotes", "extract_quotes"]


@dataclass(frozen=True)
class QuoteAnalysis:
    """What the quote engine reads in one text: quotes, speakers and the interview."""

    quotes: tuple[Quote, ...] = ()
    speakers: tuple[SpeakerSummary, ...] = ()
    interview: Interview | None = None


def analyze_quotes(text: str, paragraphs: Sequence[Paragraph] | None = None) -> QuoteAnalysis:
    """Read quotes, speakers and the interview structure of ``text``.

    Args:
        text: The whole article.
        paragraphs: Its paragraphs, when the caller has split them already.
    """
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    # The quote engine lands with issue 4; until then nothing is found.
    return QuoteAnalysis()


def extract_quotes(text: str) -> list[Quote]:
    """Find direct quotes, reported speech and interview answers, with speakers.

    Args:
        text: Any Russian text.

    Returns:
        The quotes in text order.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    text = ensure_text(text, "extract_quotes")
    return list(analyze_quotes(text).quotes)

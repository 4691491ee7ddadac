"""Quotes, reported speech and interviews, with their speakers.

The engine lives in submodules: ``.marks`` pairs quotation marks, ``.direct`` reads
direct speech, ``.reported`` reported speech, ``.interview`` the question/answer shape,
``.speakers`` the document memory that names who spoke; ``.engine`` runs them in order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._validate import ensure_text
from ..models import Paragraph, Quote
from ..segmentation import gc_paused
from .engine import QuoteAnalysis, analyze

__all__ = ["QuoteAnalysis", "analyze_quotes", "extract_quotes"]


def analyze_quotes(text: str, paragraphs: Sequence[Paragraph] | None = None) -> QuoteAnalysis:
    """Read quotes, speakers and the interview structure of ``text``.

    Args:
        text: The whole article.
        paragraphs: Its paragraphs, when the caller has split them already; otherwise the text
            is split into non-blank lines (a leading ``date YYYY-MM-DD`` header is left out).

    Returns:
        The quotes in text order, each speaker once (with indices into the quotes), and the
        interview structure when the article is an interview.
    """
    # One pause for the whole analysis (see gc_paused); inside parse_article it is already paused.
    with gc_paused():
        return analyze(text, paragraphs)


def extract_quotes(text: str) -> list[Quote]:
    """Find direct quotes, reported speech and interview answers, with speakers.

    Args:
        text: Any Russian text.

    Returns:
        The quotes in text order.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Examples:
        >>> quote = extract_quotes("«Рынок перегрет», — сказал Иван Петров.")[0]
        >>> quote.text, quote.kind, quote.speaker.name, quote.cue.text
        ('Рынок перегрет', 'direct', 'Иван Петров', 'сказал')
    """
    text = ensure_text(text, "extract_quotes")
    return list(analyze_quotes(text).quotes)

"""ru_newsfacts: structured facts from Russian-language news.

Three functions and the models they return::

    >>> from ru_newsfacts import extract_money
    >>> [m.amount for m in extract_money("")]
    []
"""

from __future__ import annotations

from .article import parse_article
from .batch import parse_articles
from .models import (
    Article,
    ArticleError,
    Interview,
    InterviewTurn,
    Money,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Speaker,
    SpeakerSummary,
)
from .money import extract_money
from .quotes import extract_quotes

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "Interview",
    "InterviewTurn",
    "Money",
    "Paragraph",
    "Quote",
    "Sentence",
    "Span",
    "Speaker",
    "SpeakerSummary",
    "__version__",
    "extract_money",
    "extract_quotes",
    "parse_article",
    "parse_articles",
]

"""Quotes, reported speech and interviews, with their speakers.

The engine lives in submodules: ``.marks`` pairs quotation marks, ``.direct`` reads
direct speech, ``.reported`` reported speech, ``.interview`` the question/answer shape,
``.speakers`` the document memory that names who spoke; ``.engine`` runs them in order.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._scope import morph_scope, syntax_scope
from .._validate import ensure_text
from ..models import Paragraph, Quote
from ..segmentation import gc_paused
from .engine import QuoteAnalysis, analyze

__all__ = ["QuoteAnalysis", "analyze_quotes", "extract_quotes", "require_morph", "require_syntax"]


def analyze_quotes(
    text: str, paragraphs: Sequence[Paragraph] | None = None, *, morph: bool = False, syntax: bool = False
) -> QuoteAnalysis:
    """Read quotes, speakers and the interview structure of ``text``.

    Args:
        text: The whole article.
        paragraphs: Its paragraphs, when the caller has split them already; otherwise the text
            is split into non-blank lines (a leading ``date YYYY-MM-DD`` header is left out).
        morph: Also read person names the name lists lack with pymorphy3's dictionary
            (the ``[morph]`` extra; see ``extract_quotes``).
        syntax: Also read speakers from natasha's dependency parse (the ``[syntax]`` extra;
            see ``extract_quotes``).

    Returns:
        The quotes in text order, each speaker once (with indices into the quotes), and the
        interview structure when the article is an interview.
    """
    if morph:
        require_morph()
    if syntax:
        require_syntax()
        # Only a call that asks enters the scope: the default path stays as it was.
        with morph_scope(morph), syntax_scope(True), gc_paused():
            return analyze(text, paragraphs)
    # One pause for the whole analysis (see gc_paused); inside parse_article it is already paused.
    with morph_scope(morph), gc_paused():
        return analyze(text, paragraphs)


def require_morph() -> None:
    """Load pymorphy3 for a ``morph=True`` call, or raise ImportError saying how to install it."""
    from ..names._pymorphy import require

    require()


def require_syntax() -> None:
    """Load natasha for a ``syntax=True`` call, or raise ImportError saying how to install it."""
    from ._syntax import require

    require()


def extract_quotes(text: str, *, morph: bool = False, syntax: bool = False) -> list[Quote]:
    """Find direct quotes, reported speech and interview answers, with speakers.

    Args:
        text: Any Russian text.
        morph: Also read person names the name lists lack (foreign, rare first names and
            surnames, in any case) with pymorphy3's dictionary. Needs the ``[morph]`` extra
            (``pip install 'ru-newsfacts[morph]'``). Off by default: the output without it
            does not depend on whether pymorphy3 is installed.
        syntax: Also read speakers from natasha's dependency parse of the sentence that holds
            a quote's cue: the subject of the speech verb (or the genitive after "по словам")
            names the speaker where the rules found nobody or another person, and "он"/"она"
            as the subject continues the named subject of the sentence before. Needs the
            ``[syntax]`` extra (``pip install 'ru-newsfacts[syntax]'``); the models load once
            per process (1-2 s). Off by default (see ``docs/syntax.md``).

    Returns:
        The quotes in text order.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ImportError: ``morph=True`` and pymorphy3 is not installed, or ``syntax=True`` and
            natasha is not installed.

    Examples:
        >>> quote = extract_quotes("«Рынок перегрет», — сказал Иван Петров.")[0]
        >>> quote.text, quote.kind, quote.speaker.name, quote.cue.text
        ('Рынок перегрет', 'direct', 'Иван Петров', 'сказал')
    """
    text = ensure_text(text, "extract_quotes")
    return list(analyze_quotes(text, morph=morph, syntax=syntax).quotes)

"""Money mentions: amounts, currencies, qualifiers, ranges and years."""

from __future__ import annotations

import datetime as _dt

from .._validate import ensure_text
from ..models import Money

__all__ = ["extract_money"]


def extract_money(text: str, *, reference_date: _dt.date | None = None) -> list[Money]:
    """Find every amount of money in ``text``, normalised exactly.

    Args:
        text: Any Russian text.
        reference_date: The article date; resolves "в прошлом году" to a year.

    Returns:
        The money mentions in text order.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    ensure_text(text, "extract_money")
    # The extractor engine lands with issue 3; until then nothing is found.
    return []

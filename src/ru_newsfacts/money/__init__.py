"""Money mentions: amounts, currencies, qualifiers, ranges and years."""

from __future__ import annotations

import datetime as _dt

from .._validate import ensure_text
from ..models import Money
from ._extract import find_money

__all__ = ["extract_money"]


def extract_money(text: str, *, reference_date: _dt.date | None = None) -> list[Money]:
    """Find every amount of money in ``text``, normalised exactly.

    Amounts are read from digits ("1 500 000", "2,5 млрд") and words ("полтора
    миллиарда"), with the currency after or before them (names in any case, with
    adjectives that change the code, abbreviations, symbols, ISO codes), qualifiers
    ("более", "около", "не менее", "до"), ranges ("от 2 до 4 млн рублей"), kopecks,
    and a currency carried over from the previous mention ("6 млрд тенге, а в этом
    году — 8 млрд").

    Args:
        text: Any Russian text.
        reference_date: The article date; resolves "в прошлом году" to a year.

    Returns:
        The money mentions in text order.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Examples:
        >>> [m.text for m in extract_money("Вложено более 26 млрд долларов.")]
        ['более 26 млрд долларов']
        >>> money = extract_money("от 2 до 4 млн рублей")[0]
        >>> money.amount, money.amount_max, money.currency
        (Decimal('2000000'), Decimal('4000000'), 'RUB')
    """
    ensure_text(text, "extract_money")
    return find_money(text, reference_date)

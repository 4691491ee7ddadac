"""Print the facts of one article: date, title, money mentions and quotes.

Usage::

    python examples/print_facts.py ARTICLE.txt
"""

from __future__ import annotations

import sys
import textwrap
from decimal import Decimal
from pathlib import Path

from ru_newsfacts import parse_article


def plain(value: Decimal) -> str:
    """4E+9 -> 4000000000: amounts printed the way the JSON writes them."""
    return format(value.normalize(), "f")


def main(path: str) -> None:
    article = parse_article(Path(path).read_text(encoding="utf-8"))
    print(f"date: {article.date or '-'}")
    print(f"title: {article.title.text if article.title else '-'}")
    print(f"paragraphs: {len(article.paragraphs)}")
    print(f"money: {len(article.money)}")
    for money in article.money:
        amount = plain(money.amount)
        if money.amount_max is not None:
            amount += "-" + plain(money.amount_max)
        year = f", {money.year}" if money.year is not None else ""
        print(f"  {money.text} = {amount} {money.currency} ({money.qualifier}{year})")
    print(f"quotes: {len(article.quotes)}")
    for quote in article.quotes:
        who = quote.speaker.name if quote.speaker is not None else "?"
        print(f"  [{quote.kind}] {who}: {textwrap.shorten(quote.text, 70, placeholder='...')}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

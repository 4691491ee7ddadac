"""Who said what: the quotes of an article grouped by speaker.

Usage::

    python examples/who_said_what.py ARTICLE.txt
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from ru_newsfacts import Article, Quote, parse_article


def grouped(article: Article) -> list[tuple[str, list[Quote]]]:
    """Each speaker with their quotes, in the order the article introduces them."""
    groups: dict[str, list[Quote]] = {}
    for summary in article.speakers:
        groups[summary.name] = [article.quotes[i] for i in summary.quotes]
    for quote in article.quotes:
        # Quotes the speaker list does not cover (unattributed ones) go under "?".
        name = quote.speaker.name if quote.speaker is not None else "?"
        bucket = groups.setdefault(name, [])
        if quote not in bucket:
            bucket.append(quote)
    return list(groups.items())


def main(path: str) -> None:
    article = parse_article(Path(path).read_text(encoding="utf-8"))
    roles = {s.name: ", ".join(s.roles) for s in article.speakers}
    for name, quotes in grouped(article):
        role = f" ({roles[name]})" if roles.get(name) else ""
        print(f"{name}{role}: {len(quotes)}")
        for quote in quotes:
            print(f"  [{quote.kind}] {textwrap.shorten(quote.text, 90, placeholder='...')}")
    if not article.quotes:
        print("no quotes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

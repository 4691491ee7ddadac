"""parse_article: the whole article, its date, title, paragraphs, money and quotes."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import regex

from ._scope import morph_scope, syntax_scope
from ._trusted import build, direct
from ._validate import ensure_text
from .data.months import MONTHS
from .models import Article, Span
from .money import extract_money
from .quotes import analyze_quotes, require_morph, require_syntax
from .segmentation import LINE_BREAKS, gc_paused, split_paragraphs

__all__ = ["parse_article"]

# "date 2025-10-11" opening the text, possibly after spaces; the first paragraph may follow on the same line.
_DATE_HEADER = regex.compile(
    r"[^\S\n]*+date[^\S\n]++(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)", regex.IGNORECASE
)
# A dateline at the very start: "12 ноября 2025" or "12.11.2025", optionally "г." or "года".
_DATELINE = regex.compile(
    r"\s*+(?:(?P<d>\d{1,2})[^\S\n]++(?P<month>\p{L}++)[^\S\n]++(?P<y>\d{4})"
    r"|(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}))(?!\d)"
    r"(?:[^\S\n]*+(?:г\.|года?)(?!\p{L}))?+"
)
# A sentence end inside the line ("Первое. Второе!") makes it a paragraph, not a title.
_SENTENCE_INSIDE = regex.compile(r"[.!?…]\s++[\p{Lu}«\"„“]")
_FIRST_LINE = regex.compile(rf"\s*+(?P<line>[^{LINE_BREAKS}]++)")
# A title ends without a full stop; a line ending in one is a paragraph.
_TITLE_MAX_CHARS = 250
_NON_SPACE = re.compile(r"\S")
_DIRECT_SPAN = direct(Span, ("start", "stop", "text"))
_ARTICLE_FIELDS = (
    "text",
    "date",
    "date_span",
    "title",
    "paragraphs",
    "money",
    "quotes",
    "speakers",
    "interview",
)
# Every span below is the text sliced at offsets the engines found, so the Article validator's
# check (each span slices back) holds by construction; the tests keep checking it.
_DIRECT = direct(Article, _ARTICLE_FIELDS)


def _make_date(year: str, month: int, day: str) -> _dt.date | None:
    try:
        return _dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _find_date(text: str) -> tuple[_dt.date | None, Span | None, int]:
    """Return the date, where it is written, and where the body starts after a header."""
    header = _DATE_HEADER.match(text)
    if header is not None:
        date = _make_date(header["y"], int(header["m"]), header["d"])
        if date is not None:
            s, e = header.start("y"), header.end("d")
            return date, Span(start=s, stop=e, text=text[s:e]), header.end()
    line = _DATELINE.match(text)
    if line is not None:
        month = MONTHS.get(line["month"].lower()) if line["month"] else int(line["m"])
        date = _make_date(line["y"], month, line["d"]) if month else None
        if date is not None:
            s = line.start("d")
            e = line.end()
            return date, Span(start=s, stop=e, text=text[s:e]), 0
    return None, None, 0


def _find_title(text: str, body_start: int) -> Span | None:
    """The first line is a title when it is short, one sentence without a full stop, and more text follows."""
    if body_start:
        return None
    first = _FIRST_LINE.match(text)
    if first is None:
        return None
    line = first.group("line").rstrip()
    s = first.start("line")
    e = s + len(line)
    if not line or len(line) > _TITLE_MAX_CHARS or line[-1] in ".:;,…" or line[0] in "-–—―":
        return None
    # Any non-space character after the line (re's \S is str.isspace's complement): no copy of the rest.
    if _NON_SPACE.search(text, e) is None or _SENTENCE_INSIDE.search(line):
        return None
    if _DIRECT_SPAN:
        # The line is the text sliced at s:e, so the span is right by construction.
        return build(Span, {"start": s, "stop": e, "text": line})
    return Span(start=s, stop=e, text=line)


def parse_article(text: str, *, morph: bool = False, syntax: bool = False) -> Article:
    """Read a Russian news article into structured facts.

    Args:
        text: The article as plain text. It may open with a ``date YYYY-MM-DD``
            header or a dateline ("12 ноября 2025", "12.11.2025").
        morph: Also read person names the name lists lack with pymorphy3's
            dictionary (the ``[morph]`` extra: ``pip install 'ru-newsfacts[morph]'``).
        syntax: Also read quote speakers from natasha's dependency parse of the cue's
            sentence (the ``[syntax]`` extra: ``pip install 'ru-newsfacts[syntax]'``;
            see ``extract_quotes``).

    Returns:
        The ``ru_newsfacts.models.Article``: date, title, paragraphs with
        sentences, money mentions, quotes with speakers, and the interview structure.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ImportError: ``morph=True`` and pymorphy3 is not installed, or ``syntax=True``
            and natasha is not installed.

    Examples:
        >>> article = parse_article("date 2025-10-11 Выручка составила 5 млн рублей.")
        >>> article.date.isoformat(), len(article.paragraphs)
        ('2025-10-11', 1)
    """
    text = ensure_text(text, "parse_article")
    if morph:
        require_morph()
    if syntax:
        require_syntax()
        # The flag is read while the quotes are resolved; the default path enters no extra scope.
        with morph_scope(morph), syntax_scope(True), gc_paused():
            return _parse(text)
    with morph_scope(morph), gc_paused():
        return _parse(text)


def _parse(text: str) -> Article:
    date, date_span, body_start = _find_date(text)
    title = _find_title(text, body_start)
    skip = (title.start, title.stop) if title is not None else None
    paragraphs = split_paragraphs(text, body_start, skip)
    analysis = analyze_quotes(text, paragraphs)
    fields: dict[str, Any] = {
        "text": text,
        "date": date,
        "date_span": date_span,
        "title": title,
        "paragraphs": tuple(paragraphs),
        "money": tuple(extract_money(text, reference_date=date)),
        "quotes": analysis.quotes,
        "speakers": analysis.speakers,
        "interview": analysis.interview,
    }
    if _DIRECT and type(text) is str:
        return build(Article, fields)
    # A str subclass is stored as a plain str by validation.
    return Article(**fields)

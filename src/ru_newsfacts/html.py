"""A picture of the facts: an [`Article`][ru_newsfacts.models.Article] as one self-contained HTML page.

The page shows the article text with every money mention and quote highlighted. Each
quote takes the pastel colour of its speaker, a legend of speakers sits on top, and
hovering a highlight shows the normalised amount or the speaker. The page loads
nothing from outside (inline CSS, no scripts, a Content-Security-Policy that forbids
both), and every character of the article is escaped, so a text holding ``<script>``
stays text.

Highlights that overlap nest correctly: a span that crosses the edge of another one is
split into pieces that share one ``data-id``. Every highlight carries data attributes
for programs and tests:

- money: ``data-kind="money" data-id data-amount data-amount-max data-currency
  data-qualifier data-year``;
- quotes: ``data-kind="quote" data-id data-quote-kind data-speaker data-color``;
- where a quote names its speaker: ``data-kind="mention" data-speaker``;
- the speech verb or phrase: ``data-kind="cue"``.
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from . import __version__
from .models import Article, Money, Paragraph, Quote, Span, plain_decimal
from .segmentation import split_paragraphs

__all__ = ["describe_money", "render_html"]

# Pastel backgrounds, dark text stays readable on all of them; speakers past the
# tenth get golden-angle hues so neighbours in the legend still differ.
_PALETTE = (
    "#ffd8a8",
    "#b2f2bb",
    "#a5d8ff",
    "#d0bfff",
    "#fcc2d7",
    "#ffec99",
    "#99e9f2",
    "#ffc9c9",
    "#c0eb75",
    "#e599f7",
)
_UNATTRIBUTED = "#dee2e6"
_QUALIFIER_WORDS = {
    "exact": "",
    "approximate": "about ",
    "more_than": "more than ",
    "less_than": "less than ",
    "at_least": "at least ",
    "at_most": "at most ",
}
# Wrapping order when two highlights cover exactly the same characters: quote outside, then money.
_RANK_QUOTE, _RANK_MONEY, _RANK_MENTION, _RANK_CUE = range(4)

_CSS = """
.rnf{--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--money:#0b7a3e;
  font-family:"PT Serif",Georgia,"Times New Roman",serif;color:var(--ink);background:#fff;
  max-width:46rem;margin:0 auto;padding:2rem 1.5rem 4rem;font-size:18px;line-height:1.7}
.rnf *{box-sizing:border-box}
.rnf header{border-bottom:1px solid var(--line);margin-bottom:1.5rem;padding-bottom:1rem}
.rnf h1{font-size:1.7rem;line-height:1.25;margin:0 0 .4rem}
.rnf .meta{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--muted);margin:0 0 .8rem}
.rnf .legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.45rem;
  font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif}
.rnf .legend li{display:flex;align-items:center;gap:.4rem;padding:.25rem .65rem;border-radius:999px;
  background:var(--spk,#f6f8fa);border:1px solid rgba(0,0,0,.08)}
.rnf .legend .role{color:#3d444d}
.rnf .legend .count{font-variant-numeric:tabular-nums;background:rgba(255,255,255,.7);
  border-radius:999px;padding:0 .45rem;font-size:12px}
.rnf .legend .key-money{background:#fff;border:1.5px solid var(--money);color:var(--money);font-weight:600}
.rnf h1.untitled{color:var(--muted);font-weight:400;font-size:1.3rem}
.rnf p{margin:0 0 1rem;hyphens:auto}
.rnf p.turn-question{color:var(--muted);font-style:italic}
.rnf .q{background:var(--spk);border-radius:3px;padding:.1em 0;
  box-decoration-break:clone;-webkit-box-decoration-break:clone}
.rnf .q-indirect{background:transparent;border-bottom:3px solid var(--spk)}
.rnf .m{border:1.5px solid var(--money);border-radius:4px;padding:0 .15em;
  background:rgba(255,255,255,.55);font-weight:600;white-space:nowrap}
.rnf .m::after{content:attr(data-currency);font:700 10px/1 system-ui,sans-serif;color:var(--money);
  vertical-align:super;margin-left:.2em;letter-spacing:.03em}
.rnf .who{font-weight:600;text-decoration:underline;text-decoration-color:var(--spk);
  text-decoration-thickness:3px;
  text-underline-offset:3px}
.rnf .cue{font-style:italic}
.rnf [title]{cursor:help}
.rnf table{border-collapse:collapse;width:100%;margin-top:2rem;
  font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
.rnf caption{text-align:left;font-weight:600;margin-bottom:.4rem}
.rnf th,.rnf td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.rnf td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.rnf footer{margin-top:2.5rem;font:12px/1.5 system-ui,sans-serif;color:var(--muted)}
"""
# Styles inline, no scripts, no fetches: the page is a file you can mail.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@dataclass(frozen=True)
class _Mark:
    """One highlight: the characters it covers and the tags that wrap them."""

    start: int
    stop: int
    rank: int
    open_tag: str
    close_tag: str = "</span>"


def _esc(text: str) -> str:
    return _html.escape(text, quote=True)


def _attrs(pairs: Iterable[tuple[str, str | None]]) -> str:
    return "".join(f' {name}="{_esc(value)}"' for name, value in pairs if value is not None)


def _group(value: Decimal) -> str:
    """Group thousands with narrow no-break spaces (U+202F), as Russian typography does: 4 000 000 000."""
    text = plain_decimal(value)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    groups = []
    while len(whole) > 3:
        groups.append(whole[-3:])
        whole = whole[:-3]
    groups.append(whole)
    grouped = "\u202f".join(reversed(groups))
    return sign + grouped + (f".{fraction}" if fraction else "")


def describe_money(money: Money) -> str:
    """Say a money mention's normalised value in words, as its hover text shows it.

    Args:
        money: The mention.

    Returns:
        The qualifier, the amount or range (thousands grouped by U+202F), the currency and the year.

    Examples:
        >>> from decimal import Decimal
        >>> from ru_newsfacts import Money
        >>> m = Money(start=0, stop=15, text="более 26 млрд $", amount=Decimal("26e9"),
        ...           currency="USD", qualifier="more_than", year=2024)
        >>> describe_money(m).replace("\\u202f", " ")
        'more than 26 000 000 000 USD, year 2024'
    """
    amount = _group(money.amount)
    if money.amount_max is not None:
        amount += "\u2013" + _group(money.amount_max)
    year = f", year {money.year}" if money.year is not None else ""
    return f"{_QUALIFIER_WORDS[money.qualifier]}{amount} {money.currency}{year}"


def _speaker_key(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


@dataclass(frozen=True)
class _SpeakerEntry:
    name: str | None
    roles: tuple[str, ...]
    quotes: int
    color: str


def _color(index: int) -> str:
    if index < len(_PALETTE):
        return _PALETTE[index]
    hue = (index * 137.508) % 360
    return f"hsl({hue:.0f} 75% 85%)"


def _speakers(article: Article) -> list[_SpeakerEntry]:
    """Every speaker once, in the order the article lists them, then any only the quotes name."""
    names: list[str | None] = [summary.name for summary in article.speakers]
    roles: dict[str | None, list[str]] = {s.name: list(s.roles) for s in article.speakers}
    counts: dict[str | None, int] = {}
    for quote in article.quotes:
        key = _speaker_key(quote)
        if key not in roles:
            names.append(key)
            roles[key] = []
        role = quote.speaker.role if quote.speaker is not None else None
        if role and role not in roles[key]:
            roles[key].append(role)
        counts[key] = counts.get(key, 0) + 1
    # Unattributed quotes go last, in grey, so real speakers keep the first colours.
    ordered = [n for n in names if n is not None] + ([None] if None in names else [])
    entries = []
    for index, name in enumerate(ordered):
        color = _color(index) if name is not None else _UNATTRIBUTED
        entries.append(_SpeakerEntry(name, tuple(roles[name]), counts.get(name, 0), color))
    return entries


def _money_mark(index: int, money: Money) -> _Mark:
    amount_max = plain_decimal(money.amount_max) if money.amount_max is not None else None
    tag = "<span" + _attrs(
        [
            ("class", "m"),
            ("data-kind", "money"),
            ("data-id", f"m{index}"),
            ("data-amount", plain_decimal(money.amount)),
            ("data-amount-max", amount_max),
            ("data-currency", money.currency),
            ("data-qualifier", money.qualifier),
            ("data-year", str(money.year) if money.year is not None else None),
            ("title", describe_money(money)),
        ]
    )
    return _Mark(money.start, money.stop, _RANK_MONEY, tag + ">")


def _quote_title(quote: Quote) -> str:
    speaker = quote.speaker
    if speaker is None:
        who = "speaker unknown"
    else:
        who = speaker.name + (f" ({speaker.role})" if speaker.role else "")
    return f"{who} \u00b7 {quote.kind} quote"


def _quote_marks(index: int, quote: Quote, color: str) -> list[_Mark]:
    speaker = _speaker_key(quote)
    style = f"--spk:{color}"
    tag = "<span" + _attrs(
        [
            ("class", f"q q-{quote.kind}"),
            ("data-kind", "quote"),
            ("data-id", f"q{index}"),
            ("data-quote-kind", quote.kind),
            ("data-speaker", speaker),
            ("data-color", color),
            ("style", style),
            ("title", _quote_title(quote)),
        ]
    )
    marks = [_Mark(quote.start, quote.stop, _RANK_QUOTE, tag + ">")]
    if quote.speaker is not None and quote.speaker.mention is not None:
        mention = quote.speaker.mention
        mention_tag = "<span" + _attrs(
            [
                ("class", "who"),
                ("data-kind", "mention"),
                ("data-id", f"q{index}-who"),
                ("data-speaker", speaker),
                ("style", style),
                ("title", _quote_title(quote)),
            ]
        )
        marks.append(_Mark(mention.start, mention.stop, _RANK_MENTION, mention_tag + ">"))
    if quote.cue is not None:
        cue_tag = "<span" + _attrs([("class", "cue"), ("data-kind", "cue"), ("data-id", f"q{index}-cue")])
        marks.append(_Mark(quote.cue.start, quote.cue.stop, _RANK_CUE, cue_tag + ">"))
    return marks


def _render_range(text: str, start: int, stop: int, marks: Sequence[_Mark]) -> str:
    """Render ``text[start:stop]`` escaped, wrapping each mark's characters in its tags.

    The text is cut at every mark edge; each piece is wrapped in the marks covering
    it, outermost first (earlier start, then later stop). Between pieces only the
    tags that differ are closed and reopened, so crossing marks split cleanly and
    the output always nests.
    """
    inside = sorted(
        (m for m in marks if m.start < stop and m.stop > start and m.stop > m.start), key=lambda m: m.start
    )
    cuts = sorted({start, stop, *(max(m.start, start) for m in inside), *(min(m.stop, stop) for m in inside)})
    out: list[str] = []
    stack: list[_Mark] = []
    # A sweep keeps the marks covering the current piece, so long texts with many facts stay fast.
    active: list[_Mark] = []
    pending = 0
    for left, right in pairwise(cuts):
        active = [m for m in active if m.stop > left]
        while pending < len(inside) and inside[pending].start <= left:
            active.append(inside[pending])
            pending += 1
        wanted = sorted(active, key=lambda m: (m.start, -m.stop, m.rank))
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(stack.pop().close_tag)
        for mark in wanted[keep:]:
            out.append(mark.open_tag)
            stack.append(mark)
        out.append(_esc(text[left:right]))
    while stack:
        out.append(stack.pop().close_tag)
    return "".join(out)


def _overlapping(marks: Sequence[_Mark], span: Span) -> list[_Mark]:
    return [m for m in marks if m.start < span.stop and m.stop > span.start]


def _marks_per_span(marks: Sequence[_Mark], spans: Sequence[Span]) -> list[list[_Mark]]:
    """The marks overlapping each span; the spans are in text order and do not overlap."""
    ordered = sorted(marks, key=lambda m: m.start)
    result: list[list[_Mark]] = []
    carried: list[_Mark] = []
    taken = 0
    for span in spans:
        while taken < len(ordered) and ordered[taken].start < span.stop:
            carried.append(ordered[taken])
            taken += 1
        carried = [m for m in carried if m.stop > span.start]
        result.append(list(carried))
    return result


def _paragraphs(article: Article) -> tuple[Paragraph, ...]:
    if article.paragraphs:
        return article.paragraphs
    # A hand-built Article may come without paragraphs; every non-blank line is one.
    title = article.title
    skip = (title.start, title.stop) if title is not None else None
    return tuple(split_paragraphs(article.text, 0, skip))


def _question_paragraphs(article: Article) -> set[int]:
    if article.interview is None:
        return set()
    return {turn.paragraph for turn in article.interview.turns if turn.role == "question"}


def _legend(entries: Sequence[_SpeakerEntry], money_count: int) -> str:
    items = []
    for entry in entries:
        name = entry.name if entry.name is not None else "unattributed"
        role = f' <span class="role">{_esc(", ".join(entry.roles))}</span>' if entry.roles else ""
        noun = "quote" if entry.quotes == 1 else "quotes"
        items.append(
            f'<li data-legend-speaker="{_esc(name)}" style="--spk:{entry.color}">'
            f"<strong>{_esc(name)}</strong>{role}"
            f' <span class="count" title="{entry.quotes} {noun}">{entry.quotes}</span></li>'
        )
    if money_count:
        items.append(
            f'<li class="key-money" data-legend-money="">money <span class="count">{money_count}</span></li>'
        )
    return f'<ul class="legend" aria-label="Speakers">{"".join(items)}</ul>' if items else ""


def _money_table(article: Article) -> str:
    if not article.money:
        return ""
    rows = []
    for money in article.money:
        amount = _group(money.amount)
        if money.amount_max is not None:
            amount += "\u2013" + _group(money.amount_max)
        year = str(money.year) if money.year is not None else ""
        rows.append(
            f"<tr><td>{_esc(money.text)}</td><td class='num'>{amount}</td><td>{money.currency}</td>"
            f"<td>{money.qualifier.replace('_', ' ')}</td><td class='num'>{year}</td></tr>"
        )
    head = "<tr><th>as written</th><th>amount</th><th>currency</th><th>qualifier</th><th>year</th></tr>"
    return f"<table><caption>Money</caption><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _body(article: Article) -> str:
    entries = _speakers(article)
    colors = {entry.name: entry.color for entry in entries}
    marks: list[_Mark] = [_money_mark(i, m) for i, m in enumerate(article.money)]
    for i, quote in enumerate(article.quotes):
        marks.extend(_quote_marks(i, quote, colors[_speaker_key(quote)]))
    text = article.text
    title: Span | None = article.title
    if title is not None:
        heading = f"<h1>{_render_range(text, title.start, title.stop, _overlapping(marks, title))}</h1>"
    else:
        heading = '<h1 class="untitled">Untitled article</h1>'
    meta = [article.date.isoformat()] if article.date is not None else []
    meta += [
        _plural(len(article.money), "money mention"),
        _plural(len(article.quotes), "quote"),
        _plural(sum(1 for e in entries if e.name is not None), "speaker"),
    ]
    questions = _question_paragraphs(article)
    paragraphs = []
    chunks = _paragraphs(article)
    for index, (paragraph, near) in enumerate(zip(chunks, _marks_per_span(marks, chunks), strict=True)):
        css = ' class="turn-question"' if index in questions else ""
        paragraphs.append(f"<p{css}>{_render_range(text, paragraph.start, paragraph.stop, near)}</p>")
    return (
        f'<header>{heading}<p class="meta">{_esc(" · ".join(meta))}</p>'
        f"{_legend(entries, len(article.money))}</header>"
        f'<div class="text">{"".join(paragraphs)}</div>'
        f"{_money_table(article)}"
        f"<footer>Rendered by ru_newsfacts {_esc(__version__)}. "
        "Filled: direct quote; underlined: reported speech; boxed: money. "
        "Hover a highlight for the amount or the speaker.</footer>"
    )


def render_html(article: Article, *, standalone: bool = True) -> str:
    """Render an article as HTML with its money and quotes highlighted.

    Args:
        article: What [`parse_article`][ru_newsfacts.parse_article] returned, or an Article built by hand.
        standalone: A whole page (``<!DOCTYPE html>`` ... ``</html>``) when True; when False
            a ``<div>`` with its own scoped ``<style>``, for embedding (Jupyter uses this).

    Returns:
        The HTML. Styles are inline and there is no script; every character of the
            article is escaped.

    Examples:
        >>> from ru_newsfacts import parse_article
        >>> page = render_html(parse_article("Курс <b>тенге</b>.\\nТекст новости."))
        >>> page.startswith("<!DOCTYPE html>"), "&lt;b&gt;тенге&lt;/b&gt;" in page, "<b>" in page
        (True, True, False)
    """
    body = _body(article)
    if not standalone:
        return f'<div class="rnf"><style>{_CSS}</style>{body}</div>'
    title = article.title.text if article.title is not None else "Article"
    return (
        '<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)} \u2014 ru_newsfacts</title><style>{_CSS}</style></head>"
        f'<body><article class="rnf">{body}</article></body></html>\n'
    )

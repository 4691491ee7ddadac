"""The HTML picture of an article: escaping, nesting, data attributes, legend, CLI and Jupyter hooks.

The extractors are built in other branches, so most tests use an Article whose money
and quotes are written by hand over seed 002 (real offsets, checked by the model).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ru_newsfacts import Article, Money, Quote, Span, Speaker, SpeakerSummary, parse_article
from ru_newsfacts.cli import main
from ru_newsfacts.html import describe_money, render_html

from .conftest import ROOT, SEED_002

SPEAKER = "Талгат Калиев"
VOID = {"meta", "br", "img", "hr", "link", "input"}


# ---------------------------------------------------------------- hand-built facts over seed 002


def span_of(text: str, needle: str, after: int = 0) -> Span:
    """The first ``needle`` at or after ``after``, as a Span with real offsets."""
    start = text.index(needle, after)
    return Span(start=start, stop=start + len(needle), text=needle)


def _quote_between(text: str, first_words: str, last_words: str) -> tuple[int, int]:
    start = text.index(first_words)
    stop = text.index(last_words, start) + len(last_words)
    return start, stop


def seed_article() -> Article:
    """Seed 002 with the facts a finished extractor should find, built by hand.

    Three direct quotes and one reported statement by one speaker, three amounts.
    """
    text = SEED_002.read_text(encoding="utf-8")
    base = parse_article(text)

    def money(needle: str, amount: str, qualifier: str = "exact", year: int | None = None) -> Money:
        s = span_of(text, needle)
        return Money.model_validate(
            {
                **s.model_dump(),
                "amount": Decimal(amount),
                "currency": "USD",
                "qualifier": qualifier,
                "year": year,
            }
        )

    def quote(bounds: tuple[int, int], kind: str, cue: str, mention: str) -> Quote:
        start, stop = bounds
        # Indirect speech names the speaker before the words, direct speech after them.
        look_from = text.rindex("\n", 0, start) if kind == "indirect" else stop
        cue_span = span_of(text, cue, look_from)
        speaker = Speaker(
            name=SPEAKER, role="политолог", type="person", mention=span_of(text, mention, cue_span.start)
        )
        return Quote(start=start, stop=stop, text=text[start:stop], kind=kind, speaker=speaker, cue=cue_span)

    quotes = (
        quote(
            _quote_between(text, "предстоящее подписание", "между двумя странами"),
            "indirect",
            "По его словам",
            "его",
        ),
        quote(_quote_between(text, "Казахстан и Россия всегда", '"Казатомпромом"'), "direct", "сказал", "он"),
        quote(_quote_between(text, "Мы достигли", "и инфраструктуры"), "direct", "подчеркнул", "политолог"),
        quote(_quote_between(text, "Между странами", "экономические связи"), "direct", "пояснил", "он"),
    )
    return Article(
        text=text,
        date=base.date,
        date_span=base.date_span,
        title=base.title,
        paragraphs=base.paragraphs,
        money=(
            money("4 млрд долларов", "4e9", year=2024),
            money("превысил 27 млрд долларов", "27e9", "more_than"),
            money("порядка 9 млрд долларов", "9e9", "approximate"),
        ),
        quotes=quotes,
        speakers=(SpeakerSummary(name=SPEAKER, type="person", roles=("политолог",), quotes=(0, 1, 2, 3)),),
    )


# ---------------------------------------------------------------- reading the HTML back


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Dom(HTMLParser):
    """Every element with its attributes and its text; fails on a closing tag that does not nest."""

    elements: list[Element] = field(default_factory=list)
    stack: list[Element] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1].tag != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1].tag if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element.parts.append(data)

    def of_kind(self, kind: str) -> list[Element]:
        return [e for e in self.elements if e.attrs.get("data-kind") == kind]

    def pieces(self, kind: str) -> dict[str, str]:
        """Each highlight's text by data-id, its pieces joined (a split highlight has several)."""
        joined: dict[str, str] = {}
        for element in self.of_kind(kind):
            joined[element.attrs["data-id"]] = joined.get(element.attrs["data-id"], "") + element.text
        return joined


def read_dom(page: str) -> Dom:
    dom = Dom()
    dom.feed(page)
    dom.close()
    return dom


def body_text(dom: Dom) -> str:
    return "".join(e.text for e in dom.elements if e.tag == "p" and e.attrs.get("class") != "meta")


# ---------------------------------------------------------------- the seed page


def test_seed_page_marks_every_fact_with_its_data() -> None:
    article = seed_article()
    dom = read_dom(render_html(article))
    assert dom.errors == [] and dom.stack == []
    money = dom.of_kind("money")
    assert [(e.attrs["data-amount"], e.attrs["data-currency"], e.attrs["data-qualifier"]) for e in money] == [
        ("4000000000", "USD", "exact"),
        ("27000000000", "USD", "more_than"),
        ("9000000000", "USD", "approximate"),
    ]
    assert [e.attrs.get("data-year") for e in money] == ["2024", None, None]
    assert list(dom.pieces("money").values()) == [m.text for m in article.money]
    assert list(dom.pieces("quote").values()) == [q.text for q in article.quotes]
    quotes = dom.of_kind("quote")
    assert Counter(e.attrs["data-quote-kind"] for e in quotes) == {"direct": 3, "indirect": 1}
    assert {e.attrs["data-speaker"] for e in quotes} == {SPEAKER}
    assert len({e.attrs["data-color"] for e in quotes}) == 1
    assert [e.text for e in dom.of_kind("mention")] == ["его", "он", "политолог", "он"]
    assert [e.text for e in dom.of_kind("cue")] == ["По его словам", "сказал", "подчеркнул", "пояснил"]


def test_seed_page_keeps_every_paragraph_verbatim() -> None:
    article = seed_article()
    dom = read_dom(render_html(article))
    assert body_text(dom) == "".join(p.text for p in article.paragraphs)


def test_hover_text_gives_normalised_amount_and_speaker() -> None:
    dom = read_dom(render_html(seed_article()))
    titles = [e.attrs["title"].replace("\u202f", " ") for e in dom.of_kind("money")]
    assert titles == [
        "4 000 000 000 USD, year 2024",
        "more than 27 000 000 000 USD",
        "about 9 000 000 000 USD",
    ]
    assert dom.of_kind("quote")[1].attrs["title"] == "Талгат Калиев (политолог) · direct quote"


def test_legend_lists_speaker_with_colour_and_count() -> None:
    dom = read_dom(render_html(seed_article()))
    legend = [e for e in dom.elements if "data-legend-speaker" in e.attrs]
    assert [e.attrs["data-legend-speaker"] for e in legend] == [SPEAKER]
    colour = dom.of_kind("quote")[0].attrs["data-color"]
    assert f"--spk:{colour}" in legend[0].attrs["style"]
    assert "политолог" in legend[0].text and legend[0].text.rstrip().endswith("4")
    header = next(e for e in dom.elements if e.tag == "header")
    assert "3 money mentions · 4 quotes · 1 speaker" in header.text
    assert "2025-11-12" in header.text


def test_page_is_self_contained() -> None:
    page = render_html(seed_article())
    dom = read_dom(page)
    assert page.startswith("<!DOCTYPE html>")
    assert not [e for e in dom.elements if e.tag in {"script", "link", "img", "iframe"}]
    assert "http://" not in page and "https://" not in page and "url(" not in page
    csp = [e for e in dom.elements if e.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp[0].attrs["content"]


# ---------------------------------------------------------------- escaping and nesting on small texts


def _money(text: str, needle: str, amount: str, currency: str = "RUB") -> Money:
    s = span_of(text, needle)
    return Money(start=s.start, stop=s.stop, text=s.text, amount=Decimal(amount), currency=currency)


def _quote(text: str, needle: str, speaker: str | None) -> Quote:
    s = span_of(text, needle)
    who = Speaker(name=speaker, type="person") if speaker is not None else None
    return Quote(start=s.start, stop=s.stop, text=s.text, kind="direct", speaker=who)


def test_markup_in_the_article_stays_text() -> None:
    text = 'Заголовок <script>alert("x")</script>\nОн сказал: «<img src=x onerror=alert(1)> & 5 руб.»'
    article = Article.model_validate(
        {
            **parse_article(text).model_dump(),
            "money": [_money(text, "5 руб.", "5")],
            "quotes": [_quote(text, "<img src=x onerror=alert(1)> & 5 руб.", 'Иван "Ваня" <b>')],
        }
    )
    page = render_html(article)
    dom = read_dom(page)
    assert not [e for e in dom.elements if e.tag in {"script", "img", "b"}]
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert dom.of_kind("quote")[0].attrs["data-speaker"] == 'Иван "Ваня" <b>'
    assert body_text(dom) == "".join(p.text for p in article.paragraphs)
    h1 = next(e for e in dom.elements if e.tag == "h1")
    assert h1.text == 'Заголовок <script>alert("x")</script>'


def test_money_inside_a_quote_nests_inside_it() -> None:
    text = "«Мы вложим 5 млрд рублей в порт», — сказал министр."
    article = Article(
        text=text,
        money=(_money(text, "5 млрд рублей", "5e9"),),
        quotes=(_quote(text, "Мы вложим 5 млрд рублей в порт", "Иван Петров"),),
    )
    page = render_html(article, standalone=False)
    quote_open = page.index('data-kind="quote"')
    money_open = page.index('data-kind="money"')
    assert quote_open < money_open
    dom = read_dom(page)
    assert dom.errors == []
    assert dom.pieces("quote") == {"q0": "Мы вложим 5 млрд рублей в порт"}
    assert dom.pieces("money") == {"m0": "5 млрд рублей"}


def test_same_extent_puts_quote_outside_money() -> None:
    text = "Он ответил: «100 рублей»."
    article = Article(
        text=text, money=(_money(text, "100 рублей", "100"),), quotes=(_quote(text, "100 рублей", "Он"),)
    )
    page = render_html(article, standalone=False)
    assert page.index('data-kind="quote"') < page.index('data-kind="money"')
    assert read_dom(page).errors == []


def test_crossing_spans_split_into_pieces_that_nest() -> None:
    text = "Итог: было 300 рублей, стало 500 рублей."
    article = Article(
        text=text,
        money=(_money(text, "300 рублей, стало", "300"),),
        quotes=(_quote(text, "рублей, стало 500", "Мария Иванова"),),
    )
    dom = read_dom(render_html(article))
    assert dom.errors == []
    assert dom.pieces("money") == {"m0": "300 рублей, стало"}
    assert dom.pieces("quote") == {"q0": "рублей, стало 500"}
    assert len(dom.of_kind("money")) + len(dom.of_kind("quote")) == 3


def test_each_speaker_gets_own_colour_and_unattributed_is_grey() -> None:
    text = "«Раз», — сказал Иван. «Два», — сказала Мария. «Три», — сказал Иван. «Четыре»."
    article = Article(
        text=text,
        quotes=(
            _quote(text, "Раз", "Иван"),
            _quote(text, "Два", "Мария"),
            _quote(text, "Три", "Иван"),
            _quote(text, "Четыре", None),
        ),
    )
    dom = read_dom(render_html(article))
    colours = [(e.attrs.get("data-speaker"), e.attrs["data-color"]) for e in dom.of_kind("quote")]
    assert colours[0][1] == colours[2][1] != colours[1][1]
    assert colours[3] == (None, "#dee2e6")
    legend = [e.attrs["data-legend-speaker"] for e in dom.elements if "data-legend-speaker" in e.attrs]
    assert legend == ["Иван", "Мария", "unattributed"]


def test_many_speakers_still_get_distinct_colours() -> None:
    names = [f"Спикер{i}" for i in range(25)]
    text = " ".join(f"«{n}»." for n in names)
    article = Article(text=text, quotes=tuple(_quote(text, n, n) for n in names))
    dom = read_dom(render_html(article))
    assert len({e.attrs["data-color"] for e in dom.of_kind("quote")}) == 25


def test_range_amount_and_subunit_are_written_plainly() -> None:
    text = "от 5 до 7 тыс. евро и 0,15 доллара"
    ranged = Money(
        start=0, stop=19, text=text[:19], amount=Decimal(5000), amount_max=Decimal(7000), currency="EUR"
    )
    cents = _money(text, "0,15 доллара", "0.15", "USD")
    assert describe_money(ranged) == "5\u202f000\u20137\u202f000 EUR"
    assert describe_money(cents) == "0.15 USD"
    dom = read_dom(render_html(Article(text=text, money=(ranged, cents))))
    first, second = dom.of_kind("money")
    assert (first.attrs["data-amount"], first.attrs["data-amount-max"]) == ("5000", "7000")
    assert second.attrs["data-amount"] == "0.15" and "data-amount-max" not in second.attrs


def test_empty_article_renders() -> None:
    dom = read_dom(render_html(parse_article("")))
    assert dom.errors == [] and dom.of_kind("quote") == [] and dom.of_kind("money") == []


def test_interview_questions_are_marked() -> None:
    text = (ROOT / "seeds" / "000_5df59d2d5b920df8.txt").read_text(encoding="utf-8")
    article = parse_article(text)
    dom = read_dom(render_html(article))
    questions = [e for e in dom.elements if e.tag == "p" and e.attrs.get("class") == "turn-question"]
    expected = (
        [] if article.interview is None else [t for t in article.interview.turns if t.role == "question"]
    )
    assert len(questions) == len(expected)


# ---------------------------------------------------------------- any spans over any text


_ALPHABET = st.sampled_from(list("аб <>&\"'\n—«»$ 5"))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(_ALPHABET, max_size=60))
    n = len(text)

    def bounds() -> tuple[int, int]:
        a = draw(st.integers(0, n))
        b = draw(st.integers(0, n))
        return min(a, b), max(a, b)

    money = []
    for _ in range(draw(st.integers(0, 4))):
        a, b = bounds()
        money.append(
            Money(
                start=a, stop=b, text=text[a:b], amount=Decimal(draw(st.integers(0, 10**12))), currency="RUB"
            )
        )
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        a, b = bounds()
        name = draw(st.sampled_from([None, "Иван", "Мария", "<i>"]))
        who = Speaker(name=name) if name is not None else None
        quotes.append(Quote(start=a, stop=b, text=text[a:b], kind="direct", speaker=who))
    return Article.model_validate({**parse_article(text).model_dump(), "money": money, "quotes": quotes})


def _clipped(article: Article, start: int, stop: int) -> str:
    """The characters of ``start:stop`` that the page shows: those in the title and in paragraphs."""
    shown = ([article.title] if article.title is not None else []) + list(article.paragraphs)
    return "".join(article.text[max(start, r.start) : min(stop, r.stop)] for r in shown)


@settings(max_examples=300, deadline=None)
@given(articles())
def test_any_spans_render_nested_and_lossless(article: Article) -> None:
    dom = read_dom(render_html(article))
    assert dom.errors == [] and dom.stack == []
    assert not [
        e
        for e in dom.elements
        if e.tag not in {"html", "head", "meta", "title", "style", "body"}
        and e.tag not in {"article", "header", "h1", "p", "ul", "li", "strong", "span", "div"}
        and e.tag not in {"table", "caption", "thead", "tbody", "tr", "th", "td", "footer"}
    ]
    assert body_text(dom) == "".join(p.text for p in article.paragraphs)
    money_pieces = dom.pieces("money")
    for i, m in enumerate(article.money):
        assert money_pieces.get(f"m{i}", "") == _clipped(article, m.start, m.stop)
    quote_pieces = dom.pieces("quote")
    for i, q in enumerate(article.quotes):
        assert quote_pieces.get(f"q{i}", "") == _clipped(article, q.start, q.stop)


# ---------------------------------------------------------------- Jupyter and the command line


def test_jupyter_gets_a_scoped_fragment() -> None:
    fragment = seed_article()._repr_html_()
    assert fragment.startswith('<div class="rnf"><style>') and fragment.endswith("</div>")
    assert "<html" not in fragment and "<body" not in fragment
    assert read_dom(fragment).errors == []


def test_importing_the_package_does_not_load_the_renderer() -> None:
    code = "import sys, ru_newsfacts; print('ru_newsfacts.html' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=True,
    )
    assert done.stdout == "False\n"


def test_cli_html_writes_the_page(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--html", str(SEED_002)], stdout=out, stderr=err) == 0
    assert out.getvalue() == render_html(parse_article(SEED_002.read_text(encoding="utf-8")))
    assert err.getvalue() == ""


def test_cli_html_reads_stdin() -> None:
    out = io.StringIO()
    assert main(["--html", "-"], stdin=io.BytesIO("Текст <b>.".encode()), stdout=out) == 0
    assert "Текст &lt;b&gt;." in out.getvalue()


def test_cli_html_reports_a_missing_file(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--html", str(tmp_path / "nope.txt")], stdout=out, stderr=err) == 1
    assert out.getvalue() == "" and "nope.txt" in err.getvalue()


@pytest.mark.parametrize(
    "argv", [["--html", "a", "b"], ["--html", "--jsonl", "a"], ["--html", "--only", "money", "a"]]
)
def test_cli_html_takes_one_file_alone(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv, stdout=io.StringIO(), stderr=io.StringIO())
    assert exit_info.value.code == 2


def test_real_extraction_on_seed_002_is_highlighted() -> None:
    article = parse_article(SEED_002.read_text(encoding="utf-8"))
    dom = read_dom(render_html(article))
    direct = [e for e in dom.of_kind("quote") if e.attrs["data-quote-kind"] == "direct"]
    assert len({e.attrs["data-id"] for e in direct}) == 3
    assert {e.attrs["data-speaker"] for e in direct} == {SPEAKER}
    assert (
        len({e.attrs["data-color"] for e in dom.of_kind("quote") if e.attrs.get("data-speaker") == SPEAKER})
        == 1
    )
    assert [e.attrs["data-amount"] for e in dom.of_kind("money")] == [
        "4000000000",
        "27000000000",
        "9000000000",
    ]


@pytest.mark.slow
def test_a_long_article_with_many_facts_renders() -> None:
    """20 000 amounts inside 2 000 quotes in one paragraph, plus a quote spanning 200 paragraphs."""
    unit = (
        "«Выделено 5 руб. и 7 руб. и 9 руб. и 1 руб. и 3 руб. и 2 руб. и 4 руб. и 6 руб. и 8 руб. и 0 руб.» "
    )
    text = unit * 2000 + "\n" + "Абзац.\n" * 200
    starts = [i for i in range(len(text)) if text.startswith("руб.", i)]
    money = tuple(
        Money(start=i - 2, stop=i + 4, text=text[i - 2 : i + 4], amount=Decimal(text[i - 2]), currency="RUB")
        for i in starts
    )
    quotes = [
        Quote(start=k * len(unit) + 1, stop=(k + 1) * len(unit) - 2, text=unit[1:-2], kind="direct")
        for k in range(2000)
    ]
    tail = text.index("\n") + 1
    quotes.append(Quote(start=tail, stop=len(text) - 1, text=text[tail:-1], kind="indirect"))
    article = Article(text=text, money=money, quotes=tuple(quotes))
    dom = read_dom(render_html(article))
    assert dom.errors == []
    assert len(dom.pieces("money")) == 20_000
    assert len(dom.of_kind("quote")) == 2000 + 200

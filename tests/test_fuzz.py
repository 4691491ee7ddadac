"""Hostile and random input: no exception on any str, valid spans, results in order.

Runs every public function on arbitrary text (hypothesis), on text made of the
characters and words the extractors react to, on large generated hostile inputs
(correctness only: timing lives in ``benchmarks/hostile.py``), and on 10 MB texts.
"""

from __future__ import annotations

import gc
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from razdel import sentenize

from ru_newsfacts import (
    Article,
    Money,
    Quote,
    Span,
    extract_money,
    extract_quotes,
    parse_article,
    parse_articles,
    segmentation,
)
from ru_newsfacts.segmentation import sentence_bounds, split_sentences

REPO = Path(__file__).resolve().parents[1]


def _corpus_dir() -> Path | None:
    for root in (REPO.parent / "shared" / "corpus", REPO / ".." / "shared" / "corpus"):
        if root.is_dir():
            return root
    return None


# The pieces the extractors look at, so random mixes reach deep into their rules.
TOKENS = [
    *"0123456789",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    "…",
    "(",
    ")",
    *"«»„“”\"'‘’‹›",
    *"-‐–—―",
    "\n— ",
    "\n- ",
    "$",
    "€",
    "₽",
    "£",
    "¥",
    "₸",
    "руб.",
    "рублей",
    "долларов",
    "евро",
    "тенге",
    "тыс.",
    "млн",
    "млрд",
    "трлн",
    "миллиона",
    "тысяч",
    "более",
    "около",
    "до",
    "от",
    "в 2024 году",
    "в прошлом году",
    "заявил",
    "сказала",
    "отметил",
    "по словам",
    "по мнению",
    "Иванов",
    "министр",
    "он",
    "она",
    "Вопрос:",
    "Ответ:",
    "date 2025-10-11 ",
    "12 ноября 2025",
    "г.",
    "т. е.",
    "А.",
    "Б. В. Петров",
    ":-)",
    "ё",
    "Ё",
    "\u0301",
    "\ufeff",
    "\u2028",
    "\r\n",
]

hostile_text = st.lists(st.sampled_from(TOKENS), max_size=200).map("".join)
any_text = st.one_of(st.text(max_size=300), hostile_text)

# RU_NEWSFACTS_FUZZ_EXAMPLES=20000 runs the fuzz targets at scale (a few minutes); CI runs 400.
FUZZ_EXAMPLES = int(os.environ.get("RU_NEWSFACTS_FUZZ_EXAMPLES", "400"))
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_span(span: Span, source: str) -> None:
    assert 0 <= span.start <= span.stop <= len(source)
    assert source[span.start : span.stop] == span.text


def _assert_in_order(spans: list[Money] | list[Quote] | tuple[Money, ...] | tuple[Quote, ...]) -> None:
    starts = [span.start for span in spans]
    assert starts == sorted(starts)


def _assert_money(found: list[Money] | tuple[Money, ...], source: str) -> None:
    for money in found:
        _assert_span(money, source)
        assert money.amount.is_finite()
    _assert_in_order(found)


def _assert_quotes(found: list[Quote] | tuple[Quote, ...], source: str) -> None:
    for quote in found:
        _assert_span(quote, source)
        if quote.cue is not None:
            _assert_span(quote.cue, source)
        if quote.speaker is not None and quote.speaker.mention is not None:
            _assert_span(quote.speaker.mention, source)
    _assert_in_order(found)


def assert_valid_article(article: Article, source: str) -> None:
    """Every span slices back to its text; paragraphs, sentences and facts come in text order."""
    assert article.text is source or article.text == source
    for extra in (article.date_span, article.title):
        if extra is not None:
            _assert_span(extra, source)
    if article.title is not None:
        # The title is not also read as a paragraph (a dateline may open the first paragraph).
        title = article.title
        assert all(p.stop <= title.start or p.start >= title.stop for p in article.paragraphs)
    previous_stop = 0
    for paragraph in article.paragraphs:
        _assert_span(paragraph, source)
        assert paragraph.text == paragraph.text.strip() and paragraph.text
        assert paragraph.start >= previous_stop
        previous_stop = paragraph.stop
        sentence_stop = paragraph.start
        for sentence in paragraph.sentences:
            _assert_span(sentence, source)
            assert sentence_stop <= sentence.start and sentence.stop <= paragraph.stop
            sentence_stop = sentence.stop
    _assert_money(article.money, source)
    _assert_quotes(article.quotes, source)
    if article.interview is not None:
        for turn in article.interview.turns:
            _assert_span(turn, source)
            assert 0 <= turn.paragraph < len(article.paragraphs)
    for summary in article.speakers:
        assert all(0 <= index < len(article.quotes) for index in summary.quotes)


@FUZZ
@given(any_text)
def test_parse_article_any_text(text: str) -> None:
    assert_valid_article(parse_article(text), text)


@FUZZ
@given(any_text)
def test_extract_money_any_text(text: str) -> None:
    _assert_money(extract_money(text), text)


@FUZZ
@given(any_text)
def test_extract_quotes_any_text(text: str) -> None:
    _assert_quotes(extract_quotes(text), text)


@pytest.mark.parametrize("text", ["Заголовок  \nТекст статьи.", "  Заголовок\t\nТекст статьи."])
def test_title_with_surrounding_spaces_is_not_a_paragraph(text: str) -> None:
    article = parse_article(text)
    assert article.title is not None and article.title.text == "Заголовок"
    assert [paragraph.text for paragraph in article.paragraphs] == ["Текст статьи."]


def _razdel(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.stop) for s in sentenize(text) if s.text.strip()]


# Marks, spaces around razdel's 10-character window, smiles and cased words: the edges of
# the shortcuts sentence_bounds takes over razdel's loop.
WINDOW_TOKENS = [
    *".!?…;\"„'»”’)]}(:=-",
    " ",
    "\t",
    "\u00a0",
    "\u2003",
    " " * 8,
    " " * 9,
    " " * 10,
    "\n",
    "а",
    "А",
    "1",
    "б.",
    "т.",
    "_",
    "a_",
    "аб",
    "аБ",
    "ё",
    "x²",
    "ab1",
    "абвгдежзик",
    "абвгдежзиК",
    ":-)",
    ";)))",
    "=(",
    "«",
    "“",
]
window_text = st.lists(st.sampled_from(WINDOW_TOKENS), max_size=40).map("".join)


@FUZZ
@given(st.one_of(any_text, window_text))
def test_sentences_are_razdels(text: str) -> None:
    assert list(sentence_bounds(text)) == _razdel(text)


@FUZZ
@given(any_text)
def test_split_sentences_are_razdels(text: str) -> None:
    prefix = "Начало. "
    source = prefix + text
    found = [
        (s.start - len(prefix), s.stop - len(prefix))
        for s in split_sentences(source, len(prefix), len(source))
    ]
    assert found == _razdel(text)


@pytest.mark.parametrize(
    "text",
    ["Т. е. это так. Да!", "«Да», — сказал он. Потом: ещё.", ". . .", "1) Пункт. 2) Пункт.", ":-) Ок."],
)
def test_plain_razdel_loop_when_rules_change(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Should razdel's rule list ever change, the shortcuts switch off and all its rules run.
    monkeypatch.setattr(segmentation, "_FAST", False)
    monkeypatch.setattr(segmentation, "_CANDIDATES", segmentation._DELIMITER)
    monkeypatch.setattr(segmentation, "_OTHER_RULES", tuple(segmentation.RULES))
    monkeypatch.setattr(segmentation, "_RULE_CALLS", tuple(segmentation.RULES))
    assert list(sentence_bounds(text)) == _razdel(text)


@settings(max_examples=15, deadline=None)
@given(st.lists(any_text, max_size=12), st.integers(min_value=1, max_value=4))
def test_parse_articles_same_with_several_workers(texts: list[str], chunksize: int) -> None:
    one = list(parse_articles(texts))
    assert one == [parse_article(text) for text in texts]
    assert list(parse_articles(texts, workers=2, chunksize=chunksize)) == one


@pytest.mark.corpus
def test_sentences_are_razdels_on_the_corpus() -> None:
    corpus = _corpus_dir()
    if corpus is None:
        pytest.skip("../shared/corpus is absent")
    files = sorted(corpus.glob("*/*.txt"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        for chunk in (text, *text.splitlines()):
            assert list(sentence_bounds(chunk)) == _razdel(chunk), path.name


# Large hostile inputs of moderate size: correctness here, time per character in benchmarks/hostile.py.
HOSTILE_UNITS = {
    "digits": "1234567890",
    "digits_spaces": "1 2 3 4 5 ",
    "separators": "1 000,5.2 ",
    "multipliers": "5 млн тыс. млрд ",
    "currency": "$ € ₽ руб. долларов ",
    "quotes": "«»„“”\"'‹›",
    "open_quotes": "«„“",
    "dashes": "-—–― ",
    "dash_lines": "\n— ",
    "speech_verbs": "заявил сказала «",
    "dots": ". ",
    "abbreviations": "т. е. г. ",
}


def _hostile(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _random_mix(size: int, seed: int = 6) -> str:
    rng = random.Random(seed)
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(TOKENS)
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


def _hostile_cases(size: int) -> Iterator[tuple[str, str]]:
    for name, unit in HOSTILE_UNITS.items():
        yield name, _hostile(unit, size)
    yield "random_mix", _random_mix(size)


@pytest.mark.parametrize(("name", "text"), list(_hostile_cases(20_000)), ids=lambda value: value[:20])
def test_hostile_input_of_moderate_size(name: str, text: str) -> None:
    assert_valid_article(parse_article(text), text)
    _assert_money(extract_money(text), text)
    _assert_quotes(extract_quotes(text), text)
    assert list(sentence_bounds(text)) == _razdel(text)


def _ten_megabytes(line_break: str) -> str:
    sentence = (
        "Компания «Ромашка» получила более 26 млрд долларов в 2024 году, — заявил министр Иванов. "
        "По его словам, рост составит 5%. "
    )
    unit = sentence * 3 + line_break
    return _hostile(unit, 10_000_000)


@pytest.mark.slow
@pytest.mark.parametrize("line_break", ["\n", " "], ids=["many_paragraphs", "one_line"])
def test_ten_megabytes(line_break: str) -> None:
    text = _ten_megabytes(line_break)
    article = parse_article(text)
    assert_valid_article(article, text)
    expected = sum(1 for line in text.split("\n") if line.strip())
    assert len(article.paragraphs) == expected
    assert sum(len(p.sentences) for p in article.paragraphs) >= text.count("Иванов.")
    _assert_money(extract_money(text), text)
    _assert_quotes(extract_quotes(text), text)


@pytest.mark.parametrize("enabled", [True, False])
def test_parsing_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        parse_article("Заголовок\nТекст. Ещё текст.")
        extract_quotes("— Вопрос?\n— Ответ.")
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            parse_article(b"bytes")  # type: ignore[arg-type]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()

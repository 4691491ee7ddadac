"""parse_article: date, title, paragraphs and sentences with offsets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ru_newsfacts
from ru_newsfacts import Article, parse_article


@pytest.mark.parametrize(
    ("fixture", "date", "paragraphs"),
    [("seed_000", dt.date(2025, 10, 11), 16), ("seed_002", dt.date(2025, 11, 12), 9)],
)
def test_seed_date_and_paragraphs(
    request: pytest.FixtureRequest, fixture: str, date: dt.date, paragraphs: int
) -> None:
    text = request.getfixturevalue(fixture)
    article = parse_article(text)
    assert article.date == date
    assert article.date_span is not None and article.date_span.text == date.isoformat()
    assert len(article.paragraphs) == paragraphs
    # The header is not part of the first paragraph, which starts on the same line.
    assert article.paragraphs[0].text.startswith(("Россия является", "По итогам переговоров"))
    assert article.title is None


@pytest.mark.parametrize("fixture", ["seed_000", "seed_002"])
def test_seed_json_round_trip(request: pytest.FixtureRequest, fixture: str) -> None:
    article = parse_article(request.getfixturevalue(fixture))
    assert Article.model_validate_json(article.model_dump_json()) == article


@pytest.mark.parametrize(
    ("text", "date", "date_text"),
    [
        ("date 2024-02-29 Текст.", dt.date(2024, 2, 29), "2024-02-29"),
        ("  DATE 2024-01-05\nТекст.", dt.date(2024, 1, 5), "2024-01-05"),
        ("12 ноября 2025 — В Астане прошла встреча.", dt.date(2025, 11, 12), "12 ноября 2025"),
        ("12 ноября 2025 года в Астане прошла встреча.", dt.date(2025, 11, 12), "12 ноября 2025 года"),
        ("12.11.2025. В Астане прошла встреча.", dt.date(2025, 11, 12), "12.11.2025"),
        ("3 Мая 2021 г. Прошла встреча.", dt.date(2021, 5, 3), "3 Мая 2021 г."),
        ("date 2024-02-30 Нет такой даты.", None, None),
        ("31.02.2025 Нет такой даты.", None, None),
        ("12 попугаев 2025 года.", None, None),
        ("В 2025 году ничего.", None, None),
    ],
)
def test_dates(text: str, date: dt.date | None, date_text: str | None) -> None:
    article = parse_article(text)
    assert article.date == date
    assert (article.date_span.text if article.date_span else None) == date_text


def test_date_header_is_left_out_of_the_first_paragraph() -> None:
    article = parse_article("date 2025-01-02 Первый абзац.\n\nВторой абзац.")
    assert [p.text for p in article.paragraphs] == ["Первый абзац.", "Второй абзац."]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Семья Обамы приобрела дом\n\nТекст статьи.", "Семья Обамы приобрела дом"),
        ("Кто победит на выборах?\nТекст статьи.", "Кто победит на выборах?"),
        ("Это первое предложение.\nА это второе.", None),
        ("Заголовок без продолжения", None),
        ("- Вопрос интервью\n- Ответ.", None),
        ("date 2025-01-02 Заголовок\nТекст.", None),
    ],
)
def test_title(text: str, title: str | None) -> None:
    article = parse_article(text)
    assert (article.title.text if article.title else None) == title
    if article.title is not None:
        assert all(p.start >= article.title.stop for p in article.paragraphs)


def test_paragraphs_and_sentences_keep_original_offsets() -> None:
    text = "\r\n  Первое предложение. Второе!\u00a0\r\n\r\n\tТретье?  \n"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == ["Первое предложение. Второе!", "Третье?"]
    assert [s.text for s in article.paragraphs[0].sentences] == ["Первое предложение.", "Второе!"]


def test_empty_text_gives_an_empty_article() -> None:
    article = parse_article("")
    assert article == Article(text="")


@pytest.mark.parametrize("function", ["parse_article", "extract_money", "extract_quotes"])
@pytest.mark.parametrize("value", [None, b"bytes", 42, ["list"]])
def test_non_str_raises_type_error_naming_the_value(function: str, value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        getattr(ru_newsfacts, function)(value)


def test_public_api() -> None:
    assert {"parse_article", "extract_money", "extract_quotes", "Article", "Money", "Quote"} <= set(
        ru_newsfacts.__all__
    )
    assert ru_newsfacts.__version__
    for name in ru_newsfacts.__all__:
        assert hasattr(ru_newsfacts, name)


_TEXT_PIECES = st.sampled_from(
    [
        "\n",
        "\r\n",
        "\r",
        "\u00a0",
        "\u2028",
        " ",
        ".",
        "!",
        "?",
        "…",
        "«",
        "»",
        "—",
        "- ",
        "date 2025-01-01 ",
        "Он сказал.",
        "т. е.",
        "г.",
        "А.",
        "12 ноября 2025",
        "\ud800",
        "\x85",
        "\t",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(), _TEXT_PIECES), max_size=30).map("".join))
def test_any_text_gives_ordered_disjoint_spans_that_slice_back(text: str) -> None:
    article = parse_article(text)
    previous_stop = 0
    for paragraph in article.paragraphs:
        assert text[paragraph.start : paragraph.stop] == paragraph.text
        assert paragraph.text == paragraph.text.strip()
        assert paragraph.start >= previous_stop
        previous_stop = paragraph.stop
        sentence_stop = paragraph.start
        for sentence in paragraph.sentences:
            assert text[sentence.start : sentence.stop] == sentence.text
            assert sentence.start >= sentence_stop
            assert sentence.stop <= paragraph.stop
            sentence_stop = sentence.stop
    for span in (article.title, article.date_span):
        if span is not None:
            assert text[span.start : span.stop] == span.text


def test_a_first_line_of_two_sentences_is_no_title() -> None:
    article = parse_article("Рынок рос. Инвесторы рады!\nВторая строка.")
    assert article.title is None
    assert article.paragraphs[0].text == "Рынок рос. Инвесторы рады!"

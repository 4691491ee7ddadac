"""Every model survives pickling: batches and clusters send Articles between processes."""

from __future__ import annotations

import copy
import datetime as dt
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest

from ru_newsfacts import (
    Article,
    ArticleError,
    Interview,
    InterviewTurn,
    Money,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Speaker,
    SpeakerSummary,
    parse_article,
)

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))

TEXT = (
    "date 2025-10-11 Итоги года\n"
    "Компания получила более 26 млрд долларов. «Это рекорд», — заявил министр Иванов.\n"
    "— Что дальше?\n"
    "— Рост."
)


def _span(cls: type[Span], fragment: str, **fields: object) -> Span:
    start = TEXT.index(fragment)
    return cls(start=start, stop=start + len(fragment), text=fragment, **fields)


def full_article() -> Article:
    """An Article with every nested model filled in, built by hand and validated."""
    body = "Компания получила более 26 млрд долларов. «Это рекорд», — заявил министр Иванов."
    sentences = (
        _span(Sentence, "Компания получила более 26 млрд долларов."),
        _span(Sentence, "«Это рекорд», — заявил министр Иванов."),
    )
    question = _span(Paragraph, "— Что дальше?", sentences=(_span(Sentence, "— Что дальше?"),))
    answer = _span(Paragraph, "— Рост.", sentences=(_span(Sentence, "— Рост."),))
    speaker = Speaker(name="Иванов", role="министр", type="person", mention=_span(Span, "министр Иванов"))
    quote = _span(Quote, "Это рекорд", kind="direct", speaker=speaker, cue=_span(Span, "заявил"))
    answer_quote = _span(Quote, "Рост.", kind="interview", speaker=Speaker(name="Иванов", type="person"))
    money = _span(
        Money,
        "более 26 млрд долларов",
        amount=Decimal("26000000000"),
        amount_max=Decimal("30000000000.5"),
        currency="USD",
        qualifier="more_than",
        year=2025,
    )
    return Article(
        text=TEXT,
        date=dt.date(2025, 10, 11),
        date_span=_span(Span, "2025-10-11"),
        title=_span(Span, "Итоги года"),
        paragraphs=(_span(Paragraph, body, sentences=sentences), question, answer),
        money=(money,),
        quotes=(quote, answer_quote),
        speakers=(SpeakerSummary(name="Иванов", type="person", roles=("министр",), quotes=(0, 1)),),
        interview=Interview(
            interviewer=Speaker(name="корреспондент", type="role"),
            interviewee=Speaker(name="Иванов", type="person"),
            turns=(
                _span(InterviewTurn, "Что дальше?", role="question", paragraph=1),
                _span(InterviewTurn, "Рост.", role="answer", paragraph=2),
            ),
        ),
    )


def _assert_same(copy_: Article, original: Article) -> None:
    assert copy_ == original
    assert type(copy_) is Article
    assert copy_.model_dump_json() == original.model_dump_json()
    assert copy_.model_fields_set == original.model_fields_set
    for copied, first in zip(copy_.money, original.money, strict=True):
        assert copied.model_fields_set == first.model_fields_set
    assert hash(copy_.paragraphs) == hash(original.paragraphs)


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_full_article_round_trip(protocol: int) -> None:
    article = full_article()
    _assert_same(pickle.loads(pickle.dumps(article, protocol=protocol)), article)


def test_round_trip_keeps_decimal_exact() -> None:
    money = pickle.loads(pickle.dumps(full_article())).money[0]
    assert money.amount == Decimal("26000000000") and isinstance(money.amount, Decimal)
    assert str(money.amount_max) == "30000000000.5"


def test_copies_are_equal() -> None:
    article = full_article()
    _assert_same(copy.deepcopy(article), article)
    _assert_same(copy.copy(article), article)


def test_unpickled_models_stay_frozen() -> None:
    article = pickle.loads(pickle.dumps(full_article()))
    with pytest.raises(ValueError):
        article.paragraphs[0].start = 5  # type: ignore[misc]


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name)
def test_parsed_seed_round_trip(path: Path) -> None:
    article = parse_article(path.read_text(encoding="utf-8"))
    _assert_same(pickle.loads(pickle.dumps(article)), article)


def test_article_error_round_trip() -> None:
    error = ArticleError(index=7, error="TypeError", message="expected a str, got int: 7")
    assert pickle.loads(pickle.dumps(error)) == error


def test_round_trip_through_a_fresh_interpreter() -> None:
    # spawn starts a new Python: the models must unpickle from their import path alone.
    article = full_article()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        echoed = pool.submit(copy.copy, article).result()
    _assert_same(echoed, article)

"""The models: offsets checked, immutable, JSON with plain decimal strings."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from ru_newsfacts import Article, Money, Paragraph, Quote, Span, Speaker
from ru_newsfacts.models import plain_decimal


def test_span_text_must_match_its_length() -> None:
    with pytest.raises(ValidationError, match="characters"):
        Span(start=0, stop=3, text="ab")


def test_span_stop_before_start_is_rejected() -> None:
    with pytest.raises(ValidationError, match="before start"):
        Span(start=3, stop=1, text="")


def test_models_are_frozen() -> None:
    span = Span(start=0, stop=2, text="ab")
    with pytest.raises(ValidationError):
        span.start = 1  # type: ignore[misc]


def test_article_rejects_a_span_that_does_not_slice_back() -> None:
    with pytest.raises(ValidationError, match="slice back"):
        Article(text="abc", paragraphs=(Paragraph(start=0, stop=2, text="bc"),))


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("26E9"), "26000000000"),
        (Decimal("2.6E+10"), "26000000000"),
        (Decimal("0.15"), "0.15"),
        (Decimal("1.500"), "1.5"),
        (Decimal("-0"), "0"),
        (Decimal("1E-7"), "0.0000001"),
    ],
)
def test_amounts_serialise_as_plain_decimal_strings(amount: Decimal, expected: str) -> None:
    money = Money(start=0, stop=1, text="x", amount=amount, currency="USD")
    assert json.loads(money.model_dump_json())["amount"] == expected


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_plain_decimal_round_trips(value: Decimal) -> None:
    text = plain_decimal(value)
    assert "E" not in text and "e" not in text
    assert Decimal(text) == value


def test_currency_must_be_an_iso_code() -> None:
    with pytest.raises(ValidationError):
        Money(start=0, stop=1, text="x", amount=Decimal(1), currency="usd")


def test_quote_round_trips_through_json() -> None:
    quote = Quote(
        start=1,
        stop=4,
        text="abc",
        kind="direct",
        speaker=Speaker(name="Талгат Калиев", type="person", mention=Span(start=5, stop=7, text="он")),
    )
    assert Quote.model_validate_json(quote.model_dump_json()) == quote


def test_article_json_schema_is_valid_json() -> None:
    schema = Article.model_json_schema()
    assert schema["title"] == "Article"
    assert {"Money", "Quote", "Speaker", "Paragraph"} <= set(schema["$defs"])
    json.dumps(schema)

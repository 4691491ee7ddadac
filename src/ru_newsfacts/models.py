"""The facts the library returns, as immutable pydantic models.

Every fact that points into the text carries ``start``, ``stop`` and ``text``:
``start``/``stop`` are end-exclusive character offsets into the caller's original
string and ``text == source[start:stop]`` always holds.

Amounts are ``decimal.Decimal`` end to end; in JSON they are written as plain
decimal strings (``"26000000000"``, ``"0.15"``), never in exponent notation.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, model_validator

__all__ = [
    "Amount",
    "Article",
    "ArticleError",
    "Interview",
    "InterviewTurn",
    "Money",
    "Paragraph",
    "Qualifier",
    "Quote",
    "QuoteKind",
    "Sentence",
    "Span",
    "Speaker",
    "SpeakerSummary",
    "SpeakerType",
]


def plain_decimal(value: Decimal) -> str:
    """Write a Decimal as a plain decimal string: no exponent, no trailing zeros."""
    if not value.is_finite():
        raise ValueError(f"amount must be finite, got {value}")
    # format(..., "f") is exact; normalize() would round to the context precision.
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


Amount = Annotated[Decimal, PlainSerializer(plain_decimal, return_type=str, when_used="json")]
"""A Decimal that serialises to JSON as a plain decimal string."""

Qualifier = Literal["exact", "approximate", "more_than", "less_than", "at_least", "at_most"]
"""How the text qualifies an amount: ``"более"`` is more_than, ``"около"`` approximate, and so on."""

QuoteKind = Literal["direct", "indirect", "interview"]
"""Direct speech in quotation marks or a dash line, reported speech, or an interview answer."""

SpeakerType = Literal["person", "organization", "role", "unknown"]
"""What a speaker is: a named person, an organisation, only a role ("эксперт"), or unknown."""


class _Fact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Fact):
    """A piece of the source text.

    Attributes:
        start: Offset of the first character in the caller's string.
        stop: Offset just past the last character (end-exclusive).
        text: The characters themselves: ``source[start:stop]``.
    """

    start: int = Field(ge=0, description="Offset of the first character in the caller's string.")
    stop: int = Field(ge=0, description="End-exclusive offset just past the last character.")
    text: str = Field(description="The characters themselves: source[start:stop].")

    @model_validator(mode="after")
    def _check_offsets(self) -> Span:
        if self.stop < self.start:
            raise ValueError(f"stop ({self.stop}) is before start ({self.start})")
        if len(self.text) != self.stop - self.start:
            raise ValueError(
                f"text has {len(self.text)} characters but the span covers {self.stop - self.start}"
            )
        return self


class Sentence(Span):
    """A sentence, as razdel splits it, with offsets into the original text."""


class Paragraph(Span):
    """A paragraph: one non-blank line of the article, trimmed of surrounding spaces.

    Attributes:
        sentences: The sentences of the paragraph, in order.
    """

    sentences: tuple[Sentence, ...] = Field(
        default=(), description="The sentences of the paragraph, in order."
    )


class Money(Span):
    """An amount of money as the text writes it, normalised exactly.

    The span covers the qualifier words too ("более 26 млрд долларов").

    Attributes:
        amount: The value, or the lower end of a range, as an exact Decimal.
        amount_max: The upper end of a range ("от 2 до 4 млн рублей"), else None.
        currency: ISO 4217 code: "RUB", "USD", "KZT", ...
        qualifier: How the text qualifies the amount.
        year: The calendar year the amount belongs to, when the text says so.
    """

    amount: Amount = Field(description="The value, or the lower end of a range (exact Decimal).")
    amount_max: Amount | None = Field(default=None, description="The upper end of a range, else null.")
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code: RUB, USD, KZT, ...")
    qualifier: Qualifier = Field(
        default="exact",
        description="exact, approximate, more_than, less_than, at_least or at_most.",
    )
    year: int | None = Field(
        default=None, description="The calendar year the amount belongs to, when the text says so."
    )


class Speaker(_Fact):
    """Who said something, named in the nominative.

    Attributes:
        name: The person or organisation in the nominative, in the fullest form the
            article gives ("Талгат Калиев", "МИД Казахстана"); for a speaker known
            only by a role, the role itself ("эксперт").
        role: The descriptor in the nominative ("политолог", "министр энергетики"), if any.
        type: person, organization, role (only a descriptor is known) or unknown.
        mention: Where this quote names the speaker ("он", "политолога", "лидера РФ").
    """

    name: str = Field(description="The speaker in the nominative, fullest form the article gives.")
    role: str | None = Field(default=None, description="The descriptor in the nominative, if any.")
    type: SpeakerType = Field(default="unknown", description="person, organization, role or unknown.")
    mention: Span | None = Field(
        default=None, description="Where this quote names the speaker ('он', 'политолога')."
    )


class Quote(Span):
    """Quoted or reported words, attributed to their speaker.

    ``text`` holds the quoted or reported words only: no quotation marks and no
    author's words. A split quote gives one Quote per part.

    Attributes:
        kind: direct, indirect (reported speech) or interview (an answer turn).
        speaker: Who said it, or None when the text does not say.
        cue: The speech verb or phrase ("подчеркнул", "по словам"), if any.
    """

    kind: QuoteKind = Field(description="direct, indirect or interview.")
    speaker: Speaker | None = Field(default=None, description="Who said it, or null.")
    cue: Span | None = Field(default=None, description="The speech verb or phrase, if any.")


class SpeakerSummary(_Fact):
    """One speaker of an article, listed once with everything they said.

    Attributes:
        name: The speaker in the nominative.
        type: person, organization, role or unknown.
        roles: Every descriptor the article gives them, in the nominative, in order of appearance.
        quotes: Indices into ``Article.quotes`` of what they said, in text order.
    """

    name: str = Field(description="The speaker in the nominative.")
    type: SpeakerType = Field(default="unknown", description="person, organization, role or unknown.")
    roles: tuple[str, ...] = Field(default=(), description="Descriptors, in the nominative.")
    quotes: tuple[int, ...] = Field(default=(), description="Indices into Article.quotes.")


class InterviewTurn(Span):
    """One turn of an interview: a question or an answer paragraph.

    ``text`` is the turn's words without the leading dash.

    Attributes:
        role: question (the interviewer speaks) or answer (the interviewee speaks).
        paragraph: Index into ``Article.paragraphs`` of the paragraph holding the turn.
    """

    role: Literal["question", "answer"] = Field(description="question or answer.")
    paragraph: int = Field(ge=0, description="Index into Article.paragraphs.")


class Interview(_Fact):
    """The question-and-answer structure of an interview article.

    Attributes:
        interviewer: Who asks ("наша редакция", "корреспондент"), if the lead says.
        interviewee: Who answers, named in the nominative, if the article says.
        turns: The questions and answers, in order.
    """

    interviewer: Speaker | None = Field(default=None, description="Who asks, if the lead says.")
    interviewee: Speaker | None = Field(default=None, description="Who answers, if known.")
    turns: tuple[InterviewTurn, ...] = Field(default=(), description="Questions and answers in order.")


class Article(_Fact):
    """Everything the library reads in one news article.

    Attributes:
        text: The caller's original string; every offset points into it.
        date: The article date, from a ``date YYYY-MM-DD`` header or a leading dateline.
        date_span: Where the date is written, if it is.
        title: The first line, when it reads as a title.
        paragraphs: The paragraphs (non-blank lines, title and date header excluded) with sentences.
        money: Every money mention, in text order.
        quotes: Every quote, reported statement and interview answer, in text order.
        speakers: Each speaker once, with roles and the indices of their quotes.
        interview: The interview structure when the article is an interview, else None.
    """

    text: str = Field(description="The caller's original string; every offset points into it.")
    date: _dt.date | None = Field(default=None, description="The article date, ISO in JSON.")
    date_span: Span | None = Field(default=None, description="Where the date is written, if it is.")
    title: Span | None = Field(default=None, description="The first line, when it reads as a title.")
    paragraphs: tuple[Paragraph, ...] = Field(default=(), description="Paragraphs with sentences.")
    money: tuple[Money, ...] = Field(default=(), description="Money mentions in text order.")
    quotes: tuple[Quote, ...] = Field(default=(), description="Quotes in text order.")
    speakers: tuple[SpeakerSummary, ...] = Field(default=(), description="Each speaker once.")
    interview: Interview | None = Field(default=None, description="The interview structure, if any.")

    @model_validator(mode="after")
    def _check_spans(self) -> Article:
        n = len(self.text)
        for span in _spans_of(self):
            if span.stop > n or self.text[span.start : span.stop] != span.text:
                raise ValueError(f"span {span.start}:{span.stop} does not slice back to its text")
        return self

    def _repr_html_(self) -> str:
        """Show the article with its facts highlighted in Jupyter (see ``ru_newsfacts.html``)."""
        from .html import render_html  # lazy: the renderer imports this module

        return render_html(self, standalone=False)


def _spans_of(article: Article) -> list[Span]:
    spans: list[Span] = []
    for extra in (article.date_span, article.title):
        if extra is not None:
            spans.append(extra)
    for paragraph in article.paragraphs:
        spans.append(paragraph)
        spans.extend(paragraph.sentences)
    spans.extend(article.money)
    for quote in article.quotes:
        spans.append(quote)
        if quote.cue is not None:
            spans.append(quote.cue)
        if quote.speaker is not None and quote.speaker.mention is not None:
            spans.append(quote.speaker.mention)
    if article.interview is not None:
        spans.extend(article.interview.turns)
    return spans


class ArticleError(_Fact):
    """Why one document of a batch gave no ``Article``.

    ``ru_newsfacts.parse_articles`` yields one of these in the place of the
    article, so a bad document never loses the rest of the batch.

    Attributes:
        index: Position of the document in the input, counting from 0.
        error: The exception class name ("TypeError", "RecursionError", ...).
        message: What went wrong, in words.
    """

    index: int = Field(ge=0, description="Position of the document in the input, from 0.")
    error: str = Field(description="The exception class name, such as TypeError.")
    message: str = Field(description="What went wrong, in words.")

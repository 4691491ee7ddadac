"""Properties of the quote engine on any text: spans slice back, quotes never overlap, linear time."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ru_newsfacts import parse_article
from ru_newsfacts.models import Article
from ru_newsfacts.quotes import analyze_quotes, extract_quotes

# Text made of the pieces quotes are made of: words, cues, names, marks, dashes, breaks.
_PIECES = st.sampled_from(
    [
        "«",
        "»",
        "„",
        "“",
        "”",
        '"',
        "—",
        "–",
        "-",
        ",",
        ".",
        "?",
        "!",
        ":",
        " ",
        "\n",
        "\n\n",
        "сказал",
        "заявила",
        "подчеркнул",
        "что",
        "по словам",
        "Как отметил",
        "Об этом",
        "он",
        "она",
        "они",
        "политолог",
        "эксперта",
        "Иван Петров",
        "Анной Смирновой",
        "Рынок перегрет",
        "в МИД",
        "передает ТАСС",
        "О том, почему",
        "ё",
        "Ё",
        "Антон Георгиевич",
    ]
)
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=60).map("".join))


def _check(text: str) -> None:
    analysis = analyze_quotes(text)
    previous_stop = -1
    for quote in analysis.quotes:
        assert text[quote.start : quote.stop] == quote.text
        assert quote.start >= previous_stop, "quotes overlap or are out of order"
        previous_stop = quote.stop
        for span in (quote.cue, quote.speaker.mention if quote.speaker else None):
            if span is not None:
                assert text[span.start : span.stop] == span.text
    for summary in analysis.speakers:
        for index in summary.quotes:
            speaker = analysis.quotes[index].speaker
            assert speaker is not None and speaker.name == summary.name
    if analysis.interview is not None:
        for turn in analysis.interview.turns:
            assert text[turn.start : turn.stop] == turn.text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
@example("Иван Петров,Как отметил—сказал")  # found by hypothesis: a quote nested in another
def test_spans_slice_back_and_never_overlap(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_parse_article_accepts_any_text(text: str) -> None:
    # The Article validator checks every quote, cue, mention and turn against the text
    # (parse_article builds its models unvalidated: validate a copy).
    article = parse_article(text)
    assert Article.model_validate_json(article.model_dump_json()) == article


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "«" * 200_000,
        '"' * 200_000,
        "— " * 100_000,
        ", — сказал он" * 15_000,
        "«П, — сказал он, — п» " * 10_000,
        "По словам " * 20_000,
        ("слово " * 50 + "\n") * 600,
        "заявил, что " * 16_000,
        "- Вопрос?\n- Ответ.\n" * 10_000,
        "депутаты «будут очень неохотно» и " * 6_000,
        "заявление: Мы " * 14_000,
        "согласно Ивану, сделка " * 9_000,
        "работа «идёт быстро», сказал он, и " * 6_000,
        "скандировали: «Да!», " * 10_000,
        "Иван заявил:\nЯ мы наш мой я мы.\n" * 6_000,
        "по его словам, «мы готовы» " * 7_000,
        "П, сообщил он, добавив, что " * 7_000,
        "где, считают власти, он " * 8_000,
        "(как заявил его брат) " * 9_000,
        "эксперты называют «очень редким» открытием, " * 4_000,
        "Среди требований: «отставка», «выборы», " * 5_000,
        "Врач сообщила, что всё хорошо:\nУ него был кашель. Он поправляется.\n" * 3_000,
        "заявил, что анализ чист: «Врачи уточнили», " * 4_000,
        "Группа, уточняет газета, пришла к посольству, " * 4_000,
        "упирая на то, что " * 10_000,
    ],
    ids=[
        "guillemets",
        "straight",
        "dashes",
        "author",
        "split",
        "po-slovam",
        "words",
        "chto",
        "interview",
        "borrowed",
        "noun-colon",
        "soglasno",
        "reopen",
        "chants",
        "colon-blocks",
        "po-ego-slovam",
        "inverted-gerund",
        "parenthetical",
        "kak-bracket",
        "naming-subject",
        "wording-list",
        "said-blocks",
        "chto-colon",
        "parenthetical-subject",
        "gerund-clauses",
    ],
)
def test_hostile_input_completes(text: str) -> None:
    _check(text)


def test_yo_folding_keeps_offsets() -> None:
    text = "«Всё идёт по плану», — подчеркнул Пётр Семёнов."
    (quote,) = extract_quotes(text)
    assert quote.text == "Всё идёт по плану"
    assert quote.cue is not None and quote.cue.text == "подчеркнул"


def test_coordinated_verb_lookup_reads_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "..., и добавил, что П" is recognised by looking just before the cue, never from the start
    of the text: one search per quote from position 0 made long articles quadratic."""
    from ru_newsfacts.quotes import engine

    windows: list[int] = []
    pattern = engine._AND_BEFORE

    class Recorder:
        def search(self, text: str, pos: int, endpos: int) -> object:
            windows.append(endpos - pos)
            return pattern.search(text, pos, endpos)

    monkeypatch.setattr(engine, "_AND_BEFORE", Recorder())
    text = "".join(
        f"Министр Иван Петров заявил, что цены вырастут на {i} процентов, и добавил, что курс устоит.\n"
        for i in range(200)
    )
    quotes = extract_quotes(text)
    assert windows, "the coordinated-verb test never ran"
    assert max(windows) <= engine._AND_REACH
    assert len(quotes) >= 200

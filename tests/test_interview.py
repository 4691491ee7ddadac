"""Interviews: question/answer alternation, interviewee from the lead and the vocative, seed 000."""

from __future__ import annotations

from pathlib import Path

import pytest

from ru_newsfacts import parse_article
from ru_newsfacts.quotes import analyze_quotes

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

INTERVIEW = (
    "О планах на год наша редакция побеседовала с экономистом Мадиной Курмангалиевой.\n"
    "Фото из архива\n"
    "— Мадина Ержановна, как Вы оцениваете рост цен?\n"
    "— Рост цен замедляется. Министр финансов заявил, что бюджет сбалансирован.\n"
    "— Что будет с курсом? Иван Петров заявил, что курс устойчив.\n"
    "— Курс останется стабильным до конца года.\n"
    "Это связано с ростом экспорта и высокими ценами на нефть, которые поддерживают бюджет страны.\n"
)


def test_turns_alternate_and_answers_are_quotes() -> None:
    analysis = analyze_quotes(INTERVIEW)
    assert analysis.interview is not None
    roles = [turn.role for turn in analysis.interview.turns]
    assert roles == ["question", "answer", "question", "answer", "answer"]
    answers = [q for q in analysis.quotes if q.kind == "interview"]
    assert [q.text for q in answers] == [
        "Рост цен замедляется. Министр финансов заявил, что бюджет сбалансирован.",
        "Курс останется стабильным до конца года.",
        "Это связано с ростом экспорта и высокими ценами на нефть, которые поддерживают бюджет страны.",
    ]
    assert {q.speaker.name for q in answers if q.speaker} == {"Мадина Курмангалиева"}
    interviewee = analysis.interview.interviewee
    assert interviewee is not None and interviewee.name == "Мадина Курмангалиева"
    assert interviewee.role == "экономист"
    assert interviewee.mention is not None and interviewee.mention.text == "Мадиной Курмангалиевой"
    interviewer = analysis.interview.interviewer
    assert interviewer is not None and interviewer.name == "наша редакция"


def test_reported_speech_inside_a_question_is_its_own_speakers() -> None:
    analysis = analyze_quotes(INTERVIEW)
    indirect = [
        (q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes if q.kind == "indirect"
    ]
    assert indirect == [("курс устойчив", "Иван Петров")]


def test_two_dash_lines_are_no_interview() -> None:
    text = "— Первый пункт списка.\n— Второй пункт списка?\nОбычный текст."
    assert analyze_quotes(text).interview is None


def test_dialogue_with_author_words_is_no_interview() -> None:
    text = (
        "— Вы готовы? — спросил Иван Петров.\n— Да, — ответила Анна Смирнова.\n"
        "— Начинаем? — спросил он.\n— Начинаем, — сказала она.\n"
    )
    analysis = analyze_quotes(text)
    assert analysis.interview is None
    assert [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes] == [
        ("Вы готовы?", "Иван Петров"),
        ("Да", "Анна Смирнова"),
        ("Начинаем?", "Иван Петров"),
        ("Начинаем", "Анна Смирнова"),
    ]


@pytest.fixture(scope="module")
def seed000() -> str:
    return (SEEDS / "000_5df59d2d5b920df8.txt").read_text(encoding="utf-8")


def test_seed000_interview(seed000: str) -> None:
    article = parse_article(seed000)
    assert article.interview is not None
    answers = [q for q in article.quotes if q.kind == "interview"]
    assert len(answers) == 7
    assert {q.speaker.name for q in answers if q.speaker} == {"Антон Арутюнов"}
    questions = [t for t in article.interview.turns if t.role == "question"]
    assert len(questions) == 7
    assert questions[0].text.startswith("Антон Георгиевич, как Вы")
    assert article.interview.interviewee is not None
    assert article.interview.interviewee.name == "Антон Арутюнов"
    # Questions are turns, never quotes.
    assert not any(q.text.startswith("Антон Георгиевич") for q in article.quotes)


def test_seed000_lead_and_questions_report_others(seed000: str) -> None:
    article = parse_article(seed000)
    others = [
        (q.kind, q.speaker.name if q.speaker else None) for q in article.quotes if q.kind != "interview"
    ]
    names = [name for _, name in others]
    assert "Касым-Жомарт Токаев" in names
    assert "Владимир Путин" in names
    # Unbound offices go to the person the article names as their holder nearby.
    by_mention = {
        q.speaker.mention.text: q.speaker.name for q in article.quotes if q.speaker and q.speaker.mention
    }
    assert by_mention["лидера РФ"] == "Владимир Путин"
    assert by_mention["Президент Российской Федерации"] == "Владимир Путин"
    # «Интервидение», «Каспийский коридор», «Человеческий фактор» are names, not quotes.
    assert not any(
        q.text in ("Интервидение", "Каспийский коридор", "Человеческий фактор") for q in article.quotes
    )
    speakers = {s.name: s for s in article.speakers}
    assert speakers["Антон Арутюнов"].roles[0] == "политолог"
    assert len(speakers["Антон Арутюнов"].quotes) == 7


def test_seed000_leader_resolved_to_person(seed000: str) -> None:
    article = parse_article(seed000)
    leader = [
        q for q in article.quotes if q.speaker and q.speaker.mention and q.speaker.mention.text == "лидера РФ"
    ]
    assert leader[0].speaker is not None and leader[0].speaker.name == "Владимир Путин"


def test_a_request_without_question_mark_is_a_question() -> None:
    text = (
        "Мы поговорили с экономистом Мадиной Курмангалиевой.\n"
        "— Расскажите о планах.\n"
        "— Планов много, и все они важные.\n"
        "— Как Вы оцениваете рынок?\n"
        "— Рынок растёт.\n"
    )
    analysis = analyze_quotes(text)
    assert analysis.interview is not None
    assert [t.role for t in analysis.interview.turns] == ["question", "answer", "question", "answer"]
    assert [q.text for q in analysis.quotes] == ["Планов много, и все они важные.", "Рынок растёт."]


def test_labelled_turns() -> None:
    text = (
        "Мы поговорили с экономистом Мадиной Курмангалиевой.\n"
        "Вопрос: Что будет с ценами?\nОтвет: Цены вырастут.\n"
        "Вопрос: А курс?\nОтвет: Курс устоит.\n"
    )
    analysis = analyze_quotes(text)
    assert analysis.interview is not None
    assert [(t.role, t.text) for t in analysis.interview.turns] == [
        ("question", "Что будет с ценами?"),
        ("answer", "Цены вырастут."),
        ("question", "А курс?"),
        ("answer", "Курс устоит."),
    ]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes] == [
        ("Цены вырастут.", "Мадина Курмангалиева"),
        ("Курс устоит.", "Мадина Курмангалиева"),
    ]


NAME_LABELLED = [
    # (text, interviewer (name, type), answers with speaker names)
    (
        "Мы поговорили с экономистом Мадиной Курмангалиевой.\n"
        "Иван Петров: Что будет с ценами?\nМадина Курмангалиева: Цены вырастут.\n"
        "Иван Петров: А курс?\nМадина Курмангалиева: Курс устоит.\n",
        ("Иван Петров", "person"),
        [("Цены вырастут.", "Мадина Курмангалиева"), ("Курс устоит.", "Мадина Курмангалиева")],
    ),
    (
        "Радио Свобода: Когда откроется мост?\n\nОлег Сидоренко: Весной. Работы почти закончены.\n\n"
        "Радио Свобода: А сколько он стоил?\n\nОлег Сидоренко: Около миллиарда рублей.\n",
        ("Радио Свобода", "organization"),
        [
            ("Весной. Работы почти закончены.", "Олег Сидоренко"),
            ("Около миллиарда рублей.", "Олег Сидоренко"),
        ],
    ),
    # One label only: a list of statements, no interview.
    ("Итог: Рост цен.\nИтог: Спад.\n", None, []),
]


@pytest.mark.parametrize(("text", "interviewer", "answers"), NAME_LABELLED)
def test_name_labelled_turns(
    text: str, interviewer: tuple[str, str] | None, answers: list[tuple[str, str]]
) -> None:
    analysis = analyze_quotes(text)
    if interviewer is None:
        assert analysis.interview is None
        return
    assert analysis.interview is not None and analysis.interview.interviewer is not None
    assert (analysis.interview.interviewer.name, analysis.interview.interviewer.type) == interviewer
    got = [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes if q.kind == "interview"]
    assert got == answers

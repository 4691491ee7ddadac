"""Foreign names the first-name and surname lists do not know (issue #4): each row an invented sentence."""

from __future__ import annotations

import pytest

from ru_newsfacts import extract_quotes

# Each row: text -> [(speaker name or None, type)] for every quote in order.
FOREIGN_ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # A man's surname in -я/-а declines like a feminine noun: the genitive -и/-ы goes back to -я/-а,
    # and the later surname alone finds the full name.
    (
        "По словам Мануэля Арайи, выставка удалась. «Мы довольны», — сказал Арайя.",
        [("Мануэль Арайя", "person"), ("Мануэль Арайя", "person")],
    ),
    ("По словам Хосе Сильвы, выставка удалась.", [("Хосе Сильва", "person")]),
    # "-и" after a consonant is a nominative of its own (Italian names).
    ("По словам Марио Росси, выставка удалась.", [("Марио Росси", "person")]),
    # An age adjective before an unknown name is no part of it; the name speaks, and its surname later.
    (
        "Музей открылся. «Это важно», — сказал 30-летний Кофиро Намасэ. «Мы рады», — добавил Намасэ.",
        [("Кофиро Намасэ", "person"), ("Кофиро Намасэ", "person")],
    ),
    # After "по словам" and an agreeing genitive adjective, an unknown man's first name in -а goes
    # back to its nominative; "он" and the surname find him later.
    (
        "Пловец вернулся. По словам 41-летнего Гордана Ваццо, он «готов к старту». "
        "«Я рад», — сказал он. Ваццо надеется, что сможет плавать.",
        [("Гордан Ваццо", "person"), ("Гордан Ваццо", "person"), ("Гордан Ваццо", "person")],
    ),
    # After a nominative role two capitalised words are its holder's name, even unknown to the lists:
    # it enters the memory, so "она" finds it.
    (
        "Директор галереи Орнелла Кватри выступила против. Она сказала: «Это ошибка».",
        [("Орнелла Кватри", "person")],
    ),
    # A particle opens the surname; the first name alone later finds the full name.
    (
        "Инженер Бахир аль-Дуни прибыл в город. «Мы рады», — говорил Бахир.",
        [("Бахир аль-Дуни", "person")],
    ),
    # After a place noun the first capitalised word is the place.
    (
        "Губернатор провинции Лумбара Эстер Гонфи приехала в город. Она заявила: «Мы рады».",
        [("Эстер Гонфи", "person")],
    ),
    # An age adjective marks a person position even without a quote there: the name enters the
    # memory, and a later surname or "он" finds it.
    (
        "Умер 112-летний Кофиро Намасэ, который был старейшим. Когда Намасэ было 107 лет, он сказал, "
        "что смех помогает.",
        [("Кофиро Намасэ", "person")],
    ),
    # So does "по словам", even when a stray comma hides the quote after it.
    (
        "Пловец вернулся. По словам, 41-летнего Гордана Ваццо, он «готов». Вчера Ваццо перенёс "
        "операцию. «Я рад», — сказал он.",
        [("Гордан Ваццо", "person")],
    ),
    # A place after "по мнению" is no person: the lower-case organisation noun stops the shape.
    ("По мнению экспертов Морского союза, рынок растёт.", [("эксперты Морского союза", "role")]),
    # A naming phrase ("называл себя", "по имени", "зовут") is a person position too.
    (
        "В сети юноша называл себя Бахир аль-Дуни. В чатах Бахир говорил: «Я готов».",
        [("Бахир аль-Дуни", "person")],
    ),
    # Coordinated surnames each take their fullest form.
    (
        "Мэр Иван Петров встретился с Анной Смирновой. Петров и Смирнова заявили, что "
        "переговоры прошли успешно.",
        [("Иван Петров и Анна Смирнова", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_ROWS)
def test_foreign_name(text: str, expected: list[tuple[str | None, str]]) -> None:
    got = [(q.speaker.name, q.speaker.type) if q.speaker else (None, "unknown") for q in extract_quotes(text)]
    assert got == expected


FOREIGN_GAPS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # After a role in an oblique case the unknown name's case is not read, so it stays out of the memory.
    (
        "Встречу с директором галереи Орнеллой Кватри отменили. Она сказала: «Это ошибка».",
        [("Орнелла Кватри", "person")],
    ),
    # A stray comma after "по словам" hides the cue from the reported-speech finder, so the name
    # never enters the memory and "он" finds nobody.
    (
        "Пловец вернулся. По словам, 41-летнего Гордана Ваццо, он «готов к старту». «Я рад», — сказал он.",
        [("Гордан Ваццо", "person"), ("Гордан Ваццо", "person")],
    ),
]


@pytest.mark.xfail(strict=True, reason="known gaps (docs/speakers.md, Foreign names)")
@pytest.mark.parametrize(("text", "expected"), FOREIGN_GAPS)
def test_foreign_name_gaps(text: str, expected: list[tuple[str | None, str]]) -> None:
    got = [(q.speaker.name, q.speaker.type) if q.speaker else (None, "unknown") for q in extract_quotes(text)]
    assert got == expected


@pytest.mark.parametrize(
    "unit",
    ["112-летний Кофиро Намасэ ", "по словам, 26-летнего ", "директор Бахир аль-", "зовут Аа Бб Вв Гг "],
)
def test_person_positions_on_hostile_input(unit: str) -> None:
    # Long runs of person positions: the shapes are possessive, so this must finish quickly.
    text = "«Да», — сказал он. " + unit * 4000 + "«Нет», — сказал он."
    assert len(extract_quotes(text)) >= 1

"""Speaker rules of round 5 (descriptors bound later, bodies, media, groups): invented sentences."""

from __future__ import annotations

import pytest

from ru_newsfacts import extract_quotes


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [
        (q.speaker.name, q.speaker.type) if q.speaker else (None, "unknown") for q in extract_quotes(text)
    ]


# Each row: text -> [(speaker name or None, type)] for every quote in order.
BOUND_DESCRIPTOR_ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # A definition sentence binds with a dash as with a comma.
    (
        "Иван Сорокин — врач городской больницы. «Ситуация под контролем», — сказал врач.",
        [("Иван Сорокин", "person")],
    ),
    # The one person the text binds the descriptor to, named after the quote.
    (
        "«Ситуация под контролем», — сказал врач. Иван Сорокин — врач городской больницы.",
        [("Иван Сорокин", "person")],
    ),
    (
        "«Я доволен», — сказал спортсмен журналистам. Позже 26-летний спортсмен Пётр Лазарев уехал домой.",
        [("Пётр Лазарев", "person")],
    ),
    # Two people bound to it: the descriptor stays.
    (
        "«Всё хорошо», — сказал врач. Врач Иван Сорокин и врач Олег Белов работали в ночь.",
        [("врач", "role")],
    ),
    # The descriptor's gender rules the one holder out.
    ("«Всё хорошо», — сказала врач. Врач Иван Сорокин работал в ночь.", [("врач", "role")]),
    # A different office with the same head noun binds nobody.
    (
        "«Налоги снизят», — сказал министр финансов. Министр обороны Иван Сорокин уехал.",
        [("министр финансов", "role")],
    ),
    # A bare descriptor right after a person without a role spoke re-describes them.
    (
        "Иван Сорокин заявил, что пациент стабилен. «Всё хорошо», — сказал врач.",
        [("Иван Сорокин", "person"), ("Иван Сорокин", "person")],
    ),
    # ... but not when that person holds another role, another person was named, or the gender differs.
    (
        "Министр Иван Сорокин заявил, что пациент стабилен. «Всё хорошо», — сказал врач.",
        [("Иван Сорокин", "person"), ("врач", "role")],
    ),
    (
        "Иван Сорокин заявил, что пациент стабилен. Олег Белов тоже пришёл. «Всё хорошо», — сказал врач.",
        [("Иван Сорокин", "person"), ("врач", "role")],
    ),
    (
        "Иван Сорокин заявил, что пациент стабилен. «Всё хорошо», — сказала врач.",
        [("Иван Сорокин", "person"), ("врач", "role")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUND_DESCRIPTOR_ROWS)
def test_descriptor_bound_by_the_text(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(text) == expected


WHOLE_BODY_ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # A body's name is never cut mid-way: capitalised adjectives before the head, the complement after it.
    (
        "Как сообщает Всемирная организация здравоохранения, вирус распространяется.",
        [("Всемирная организация здравоохранения", "organization")],
    ),
    (
        "По данным Всемирной организации здравоохранения, вирус распространяется.",
        [("Всемирная организация здравоохранения", "organization")],
    ),
    # A capitalised head keeps its capital; a genitive adjective takes its noun.
    (
        "По данным Организации Объединённых наций, беженцев стало больше.",
        [("Организация Объединённых наций", "organization")],
    ),
    (
        "В Министерстве иностранных дел России заявили, что визит отменён.",
        [("Министерство иностранных дел России", "organization")],
    ),
    (
        "В министерстве иностранных дел заявили, что визит отменён.",
        [("министерство иностранных дел", "organization")],
    ),
    # An oblique noun before a nominative head is no adjective of its name.
    ("Связанное с Северным союзом агентство Nord сообщило, что визит отменён.", [("Nord", "organization")]),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_BODY_ROWS)
def test_body_named_in_full(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(text) == expected


GROUP_ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # An indefinite pronoun opening the clause is the group that speaks.
    ("Многие считают, что закон нарушает права граждан.", [("многие", "role")]),
    ("Однако некоторые полагают, что мост закрыт.", [("некоторые", "role")]),
    # A quantity noun with a genitive plural: the whole nominative subject.
    (
        "Ряд общественных деятелей заявил, что закон нарушает права граждан.",
        [("ряд общественных деятелей", "role")],
    ),
    # A known role after the quantity word keeps the role's own name (the vague quantity drops).
    ("Ряд экспертов считает, что рынок перегрет.", [("эксперты", "role")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_ROWS)
def test_group_subjects(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(text) == expected


MEDIUM_SOURCE_ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # "по словам собеседников издания": the medium named before, not its unnamed interlocutors.
    (
        "Газета «Северный край» пишет, что визит отменён. По словам собеседников издания, "
        "решение приняли вчера.",
        [("Северный край", "organization"), ("Северный край", "organization")],
    ),
    (
        "Газета «Северный край» пишет, что визит отменён. По данным источников издания, "
        "решение приняли вчера.",
        [("Северный край", "organization"), ("Северный край", "organization")],
    ),
    # As the subject they stay a role of their own.
    (
        "Газета «Северный край» пишет, что визит отменён. «Решение приняли вчера», — "
        "сказал собеседник издания.",
        [("Северный край", "organization"), ("собеседник издания", "role")],
    ),
    # A medium named in marks after its interlocutors, put back in the nominative.
    ("По словам собеседников «Ведомостей», решение приняли вчера.", [("Ведомости", "organization")]),
    ("По данным источников «Известий», решение приняли вчера.", [("Известия", "organization")]),
]


SOURCE_PLACE_ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # Where an unnamed source sits is part of the role; the body there is not the subject.
    (
        "«Визит отменён», — заявил источник издания в российских дипломатических кругах.",
        [("источник издания в российских дипломатических кругах", "role")],
    ),
    (
        "Источник агентства в правительстве заявил, что визит отменён.",
        [("источник агентства в правительстве", "role")],
    ),
    ("Источники в полиции сообщают, что визит отменён.", [("источники в полиции", "role")]),
    # A body after "в" opening the clause still speaks.
    ("В правительстве заявили, что визит отменён.", [("правительство", "organization")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_PLACE_ROWS)
def test_place_of_a_source(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), MEDIUM_SOURCE_ROWS)
def test_sources_of_a_medium(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(text) == expected


RELATION_ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # A nominative role before a genitive name is that person's relation: the role phrase speaks.
    ("Менеджер Анны Беловой заявил, что концерт отменён.", [("менеджер Анны Беловой", "role")]),
    # With a complement of its own the name is apposed to the complement (tests/test_speakers.py).
    # The whole phrase, complements as written (the guide's "адвокаты лётчицы").
    ("Менеджер певицы Анны Беловой заявил, что концерт отменён.", [("менеджер певицы Анны Беловой", "role")]),
    ("«Концерт отменён», — заявил менеджер Анны Беловой.", [("менеджер Анны Беловой", "role")]),
    ("Адвокаты Ивана Петрова заявили, что их подзащитный невиновен.", [("адвокаты Ивана Петрова", "role")]),
    # A nominative name after the genitive one is the speaker.
    ("Адвокат Ивана Петрова Олег Сидоров заявил, что суд ошибся.", [("Олег Сидоров", "person")]),
    # A feminine verb reads "-а" names as a woman's nominative, apposed to the role.
    ("Пресс-секретарь группы Мария Кравцова сказала, что концерт отменён.", [("Мария Кравцова", "person")]),
    # An indeclinable role shows no case: the name after it is apposed.
    (
        "По словам пресс-атташе посольства Олега Сидорова, граждане в безопасности.",
        [("Олег Сидоров", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATION_ROWS)
def test_role_of_a_named_person(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "unit",
    [
        "По данным Всемирной организации здравоохранения, П. ",
        "Ряд общественных деятелей заявил, что П. ",
        "«П», — сказал врач. Иван Сорокин — врач. ",
        "По словам собеседников издания, П. ",
        "Адвокат Ивана Петрова заявил, что П. ",
    ],
)
def test_round5_rules_complete_on_long_input(unit: str) -> None:
    # One long line of the same pattern: the per-line body cache and the look-ups stay bounded.
    text = unit * 2000
    assert len(extract_quotes(text)) >= 1

"""Quote rules read from fresh articles (round 4 review): each row an invented text."""

from __future__ import annotations

import pytest

from ru_newsfacts import extract_quotes

# Each row: text -> [(kind, quoted text)] for every quote in order.
DROPPED_BLOCK_ROWS: list[tuple[str, list[tuple[str, str]]]] = [
    # Two blank lines after the colon: the announced block was lost, the author's text goes on.
    (
        "В заявлении компании говорится:\n\n\nВ 2012 году завод выпустил сто машин. "
        "Глава области Иван Сидоров сообщил, что денег нет.",
        [("indirect", "денег нет")],
    ),
    (
        "В письме губернатору директор завода заявил:\n\n\nСидоров добавил, что он встревожен.",
        [("indirect", "он встревожен")],
    ),
    (
        "Сам он сказал, что не знает секрета успеха:\n\n\nЯ считаю, что завод выпустил сто машин.",
        [("indirect", "не знает секрета успеха")],
    ),
    # The block right after the colon, or after one blank line, is still the announced words.
    (
        "В заявлении компании говорится:\nЗавод закроют в мае.",
        [("direct", "Завод закроют в мае")],
    ),
    (
        "Сам он сказал, что не знает секрета успеха:\n\nЯ всегда работаю много.",
        [("indirect", "не знает секрета успеха"), ("direct", "Я всегда работаю много")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED_BLOCK_ROWS)
def test_colon_before_a_dropped_block(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.kind, q.text) for q in extract_quotes(text)] == expected


# Each row: text -> [(quoted text, speaker name or None)].
IMPERSONAL_AS_ROWS: list[tuple[str, list[tuple[str, str | None]]]] = [
    # "Как сообщается, П" reports like "Сообщается, что П": indirect, no speaker.
    ("Гибель подтверждена. Как сообщается, он погиб при штурме.", [("он погиб при штурме", None)]),
    ("Завод, как сообщалось, был закрыт в мае.", [("был закрыт в мае", None)]),
    # "Как говорится" is a saying, no report.
    ("Как говорится, за ним придут другие.", []),
]


@pytest.mark.parametrize(("text", "expected"), IMPERSONAL_AS_ROWS)
def test_impersonal_after_kak(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(text)]
    assert got == expected


@pytest.mark.xfail(strict=True, reason="a connective before an inserted 'по словам X' is read as a part")
def test_connective_before_inserted_cue_is_no_quote() -> None:
    text = "А между тем, по словам собеседника издания, проблема состоит в нехватке средств."
    assert [q.text for q in extract_quotes(text)] == ["проблема состоит в нехватке средств"]

"""The optional ``[syntax]`` extra: quote speakers from natasha's dependency parse (issue #4).

Each row is an invented sentence; the expected speakers are written out with ``syntax=True``
and without it (the documented core behaviour). Known gaps are ``xfail(strict=True)`` rows,
listed in ``docs/syntax.md``. The default path must neither change nor import natasha.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ru_newsfacts import cli, extract_quotes, parse_article
from ru_newsfacts.quotes import _syntax

pytest.importorskip("natasha")

Row = tuple[str, list[str | None], list[str | None]]


def _speakers(text: str, syntax: bool) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text, syntax=syntax)]


# (text, speakers without the parse, speakers with it): the parse names the speaker.
GAINS: list[Row] = [
    # A surname alone as the subject of two coordinated verbs: the rules find nobody.
    (
        "Через неделю Лаптева подтвердила диагноз и сообщила, что она прошла курс лечения.",
        [None],
        ["Лаптева"],
    ),
    (
        "Спустя месяц Ковалёва признала ошибку и сообщила, что она подаст в отставку.",
        [None],
        ["Ковалёва"],
    ),
]

# Rows the rules read already: the parse must not change them.
SAME: list[tuple[str, list[str | None]]] = [
    ("«Решение будет обжаловано», — сообщил агентству ТАСС адвокат Игорь Семенов.", ["Игорь Семенов"]),
    ("«Сделка выгодна», — сообщил изданию РБК источник Игорь Семенов.", ["Игорь Семенов"]),
    (
        "«Мы готовы к переговорам», — сказал журналистам пресс-секретарь президента Дмитрий Песков.",
        ["Дмитрий Песков"],
    ),
    ("По словам директора завода Ивана Петрова, план выполнен.", ["Иван Петров"]),
    (
        "Как заявил журналистам глава министерства Сергей Волков, сеть будет готова к осени.",
        ["Сергей Волков"],
    ),
    ("Врачи сообщили, что лечение помогло.", ["врачи"]),
    # Two subjects in a comma splice: the verb's own is the nearer one.
    ("Бывший мэр города Иван Сидоров уехал в отпуск, врачи сообщили, что лечение помогло.", ["врачи"]),
    # A descriptor the rules keep: the company in quotation marks is no person.
    (
        "Олег, инженер компании «Гамма», пожелавший остаться неизвестным, сказал: «Завод работает».",
        ["инженер компании «Гамма»"],
    ),
    # "он" after a sentence whose subject is the man the rules pick: nothing to change.
    (
        "Министр Андрей Белов поручил Сергею Волкову подготовить доклад. "
        "Позже он сказал: «Доклад будет готов в срок».",
        ["Андрей Белов"],
    ),
    # Rows the parse was written for that the rules read too since the seventh round: "он"/"она"
    # continues the main clause's subject, not a name in a relative clause; a medium in the dative
    # ("информагентству") is an addressee.
    (
        "Сергей Волков раскритиковал решение, которое принял Андрей Белов. "
        "В комментариях он подчеркнул, что не согласен с Беловым.",
        ["Сергей Волков"],
    ),
    (
        "Ирина Котова поддержала проект, который предложила Анна Смирнова. "
        "Позже она сказала, что проект нужен городу.",
        ["Ирина Котова"],
    ),
    ("«Решение будет обжаловано», — сообщил информагентству AFP адвокат Игорь Семенов.", ["Игорь Семенов"]),
    ("Адвокаты добились пересмотра. «Я невиновна», — заявила суду Надежда Кравченко.", ["Надежда Кравченко"]),
    # A body whose owner is named in a complement: the body speaks, not its owner.
    (
        "Пресс-служба губернатора Игоря Волкова заявила, что праздник пройдёт по плану.",
        ["пресс-служба губернатора Игоря Волкова"],
    ),
    # "он" after a person named earlier in its own sentence: the rules bind it.
    (
        "Андрей Белов отрицал обвинения. Как показал Сергей Волков, он сказал следователям, "
        "что деньги были переданы в мае.",
        ["Сергей Волков"],
    ),
    # A relay verb: the medium is the subject, the person relayed speaks.
    ("«Правила изменятся», — цитирует газета «Вечер» министра Андрея Белова.", ["Андрей Белов"]),
    # "он" with nobody named before: nobody.
    ("«Всё отлично, мы получаем поддержку», сказал он.", [None]),
]

# Known gaps of the parse path (docs/syntax.md).
GAPS: list[tuple[str, list[str | None]]] = [
    # A first name apposed before the descriptor: the guide names the person.
    ("Олег, инженер компании «Гамма», пожелавший остаться неизвестным, сказал: «Завод работает».", ["Олег"]),
    # A time adverb the names layer takes for a first name; the parse agrees with the layer.
    ("Вчера Гомес подтвердила диагноз и сообщила, что она прошла курс лечения.", ["Гомес"]),
]


@pytest.mark.parametrize(("text", "plain", "parsed"), GAINS)
def test_gains(text: str, plain: list[str | None], parsed: list[str | None]) -> None:
    assert _speakers(text, syntax=False) == plain
    assert _speakers(text, syntax=True) == parsed


@pytest.mark.parametrize(("text", "expected"), SAME)
def test_same(text: str, expected: list[str | None]) -> None:
    assert _speakers(text, syntax=False) == expected
    assert _speakers(text, syntax=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*row, marks=pytest.mark.xfail(strict=True)) for row in GAPS],
)
def test_gaps(text: str, expected: list[str | None]) -> None:
    assert _speakers(text, syntax=True) == expected


SUBJECTS: list[tuple[str, str, str | None]] = [
    # (sentence, cue, the subject phrase the parse gives it)
    (
        "Как заявил министру глава ведомства Николай Крылов, сеть будет готова.",
        "заявил",
        "глава ведомства Николай Крылов",
    ),
    (
        "«Мы готовы», — сказал журналистам пресс-секретарь компании Иван Петров.",
        "сказал",
        "пресс-секретарь компании Иван Петров",
    ),
    (
        "По словам директора завода Ивана Петрова, план выполнен.",
        "По словам",
        "директора завода Ивана Петрова",
    ),
    ("Иван Петров сказал и добавил, что план выполнен.", "добавил", "Иван Петров"),
    ("Он заявил, что план выполнен.", "заявил", "Он"),
    ("План выполнен, заявили в министерстве.", "заявили", None),
]


@pytest.mark.parametrize(("text", "cue", "expected"), SUBJECTS)
def test_cue_subject(text: str, cue: str, expected: str | None) -> None:
    start = text.index(cue)
    subject = _syntax.cue_subject(text, start, start + len(cue))
    found = text[subject.start : subject.stop] if subject is not None else None
    assert found == expected


def test_offsets_in_the_callers_text() -> None:
    # The sentence is parsed alone; its tokens carry offsets into the whole text.
    text = "Первая строка.\n\nВторая. «Мы готовы», — сказал Иван Петров."
    start = text.index("сказал")
    subject = _syntax.cue_subject(text, start, start + len("сказал"))
    assert subject is not None
    assert text[subject.start : subject.stop] == "Иван Петров"
    assert subject.side == "after"


def test_article_and_cli_take_the_flag(tmp_path: Path) -> None:
    text = GAINS[0][0]
    article = parse_article(text, syntax=True)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == GAINS[0][2]
    assert [s.name for s in article.speakers] == GAINS[0][2]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    from io import StringIO

    out = StringIO()
    assert cli.main(["--only", "quotes", "--syntax", str(path)], stdout=out) == 0
    assert f'"name": "{GAINS[0][2][0]}"' in out.getvalue()


def test_default_path_unchanged_and_natasha_not_imported() -> None:
    # Without the flag nothing of the extra runs: the output is the core's and natasha stays unloaded.
    code = (
        "import sys\n"
        "from ru_newsfacts import extract_quotes, parse_article\n"
        f"text = {GAINS[0][0]!r}\n"
        "names = [q.speaker.name if q.speaker else None for q in extract_quotes(text)]\n"
        "parse_article(text)\n"
        "assert 'natasha' not in sys.modules, 'natasha imported'\n"
        "print(names)\n"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": src}, check=True
    )
    assert done.stdout.strip() == str(GAINS[0][1])


def test_missing_natasha_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_syntax, "_MODELS", [])
    monkeypatch.setitem(sys.modules, "natasha", None)
    with pytest.raises(ImportError, match=r"ru-newsfacts\[syntax\]"):
        extract_quotes("«Да», — сказал Иван Петров.", syntax=True)
    err = __import__("io").StringIO()
    assert cli.main(["--syntax", "-"], stderr=err) == 2
    assert "[syntax]" in err.getvalue()


def test_hostile_input_stays_bounded() -> None:
    # Long runs without sentence ends: each parsed stretch is cut around the cue.
    text = ("слово " * 5000) + "— сказал Иван Петров. " + ("«а», " * 2000)
    quotes = extract_quotes(text, syntax=True)
    assert all(0 <= q.start < q.stop <= len(text) for q in quotes)

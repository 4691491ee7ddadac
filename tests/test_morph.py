"""The optional ``[morph]`` extra: pymorphy3's dictionary for person names the lists lack (issue #4).

Each row is an invented sentence with names the first-name and surname lists do not know; the
expected speakers are written out with ``morph=True`` and without it (the documented core
behaviour, ``xfail(strict=True)`` where the core misses).
"""

from __future__ import annotations

import multiprocessing
import pickle
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ru_newsfacts import cli, extract_quotes, parse_article, parse_articles
from ru_newsfacts._scope import morph_scope
from ru_newsfacts.names import _morph, _pymorphy, find_person_names

pytest.importorskip("pymorphy3")

Row = tuple[str, list[str | None]]


def _speakers(text: str, morph: bool) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(text, morph=morph)]


def _names(text: str, morph: bool) -> list[str]:
    with morph_scope(morph):
        return [m.nominative for m in find_person_names(text)]


# Rows where the dictionary names a speaker the core leaves without one or in the wrong case.
GAINS: list[Row] = [
    # A role with a genitive name the lists lack: the role phrase speaks, with its complement.
    ("Адвокат Абида Насира заявил, что «обвинения ложные».", ["адвокат Абида Насира"]),
    # A dictionary first name before an unknown surname, after an addressee in the dative.
    ("«Мы готовы», — сказал корреспонденту Салех Хамдан.", ["Салех Хамдан"]),
    # Both in the genitive at the sentence start; "он" finds the name then.
    ("Салеха Хамдана освободили. «Я счастлив», — сказал он.", ["Салех Хамдан"]),
]

# Rows both readings agree on: the core reads them already (the dictionary must not break them).
SAME: list[Row] = [
    # A person apposed in the genitive after a role: read from the shape, whatever the dictionary says.
    ("По словам шерифа Эда Морриса, «подозреваемый задержан».", ["Эд Моррис"]),
    ("По словам Салеха Хамдана, «переговоры продолжаются».", ["Салех Хамдан"]),
    ("По словам 26-летнего Брендана Маррокко, он «не может поверить».", ["Брендан Маррокко"]),
    ("Журналисты беседовали с Эдвардом Нортоном. «Фильм удался», — сказал Нортон.", ["Эдвард Нортон"]),
    ("«Сделка закрыта», — сообщил Муджахид Рахим.", ["Муджахид Рахим"]),
    ("Вчера Тоомас Лепп заявил, что «реформа нужна».", ["Тоомас Лепп"]),
    ("«Работа продолжится», — заметила Джахан Поллыева.", ["Джахан Поллыева"]),
    ("Председатель совета Флоранс Девуар высказалась против. Она сказала: «Это ошибка».", ["Флоранс Девуар"]),
    # Bodies named after people stay bodies: after an eponym's head noun, in quotation marks.
    ("Операция прошла в центре Джонса Хопкинса. «Мы довольны», — сказал хирург.", ["хирург"]),
    ("Акции купила компания «Скалл Партнерс». «Сделка выгодна», — заявил Иван Петров.", ["Иван Петров"]),
]


@pytest.mark.parametrize(("text", "expected"), GAINS + SAME)
def test_morph_speakers(text: str, expected: list[str | None]) -> None:
    assert _speakers(text, morph=True) == expected


@pytest.mark.parametrize(("text", "expected"), SAME)
def test_core_speakers(text: str, expected: list[str | None]) -> None:
    assert _speakers(text, morph=False) == expected


@pytest.mark.xfail(strict=True, reason="the core gap the [morph] extra closes (docs/morph.md)")
@pytest.mark.parametrize(("text", "expected"), GAINS)
def test_core_speaker_gaps(text: str, expected: list[str | None]) -> None:
    assert _speakers(text, morph=False) == expected


# The names layer: a dictionary first name opens a name before a surname, in any case.
NAME_ROWS: list[tuple[str, list[str], list[str]]] = [
    # text, names with morph=True, names without
    ("Журналисты беседовали с Бренданом Маррокко.", ["Брендан Маррокко"], []),
    ("Салеха Хамдана освободили.", ["Салех Хамдан"], []),
    ("«Мы победим», — сказал Кумар Сингх.", ["Кумар Сингх"], []),
    # The surname's case comes with the first name's: Царнаева is a genitive here.
    ("Следователи допросили Тамерлана Царнаева.", ["Тамерлан Царнаев"], ["Тамерлана Царнаева"]),
    # A first name alone is no name: the dictionary also holds surnames tagged as first names.
    ("Салех вернулся домой.", [], []),
    # Places and bodies: after an eponym's head noun, in quotation marks, a place the dictionary knows.
    ("Операция прошла в центре Джонса Хопкинса.", [], []),
    ("Акции купила компания «Скалл Партнерс».", [], []),
    ("Делегация прибыла из Лондона Смита.", [], []),
]


@pytest.mark.parametrize(("text", "with_morph", "without"), NAME_ROWS)
def test_names(text: str, with_morph: list[str], without: list[str]) -> None:
    assert _names(text, morph=True) == with_morph
    assert _names(text, morph=False) == without


# Known gaps with morph=True (docs/morph.md).
MORPH_GAPS: list[Row] = [
    # The dictionary lacks "Эд", so "Эда" reads as a woman's nominative and the case stays.
    ("Эда Морриса освободили. «Я счастлив», — сказал он.", ["Эд Моррис"]),
    # The same reading wins over the core's genitive apposition when the role has complements.
    ("По словам шерифа округа Колфакс Эда Морриса, подозреваемый задержан.", ["Эд Моррис"]),
]


@pytest.mark.xfail(strict=True, reason="known gaps of the [morph] extra (docs/morph.md)")
@pytest.mark.parametrize(("text", "expected"), MORPH_GAPS)
def test_morph_gaps(text: str, expected: list[str | None]) -> None:
    assert _speakers(text, morph=True) == expected


def test_dictionary_readings() -> None:
    found = _pymorphy.analyse("Брендана")
    assert {(r.nominative, r.case) for r in found.readings if r.kind == "first"} >= {("Брендан", "gen")}
    # A woman's surname gets a woman's nominative, not the dictionary's masculine normal form.
    assert {r.nominative for r in _pymorphy.analyse("Ахмедовой").readings if r.kind == "last"} == {"Ахмедова"}
    assert _pymorphy.analyse("Москвы").place
    assert _pymorphy.analyse("москвы") == _pymorphy.analyse("")  # lower case: nothing
    # Only dictionary words count: a guess for an unknown word says nothing.
    assert not _pymorphy.analyse("Кваззаброн").readings


def test_default_ignores_the_dictionary() -> None:
    with morph_scope(False):
        assert not _morph.is_dictionary_first_name("Салех")
    with morph_scope(True):
        assert _morph.is_dictionary_first_name("Салех")
        assert not _morph.is_dictionary_first_name("Иван")  # the gazetteer's: not a fallback
        assert not _morph.is_dictionary_first_name("Москва")


def test_switching_modes_leaves_no_trace() -> None:
    text = "Салеха Хамдана освободили. «Я счастлив», — сказал он. «Мы готовы», — сказал Кумар Сингх."
    before = extract_quotes(text)
    with_morph = extract_quotes(text, morph=True)
    assert extract_quotes(text) == before
    assert extract_quotes(text, morph=True) == with_morph
    assert before != with_morph
    # The names layer called directly after a morph=True call uses the lists alone.
    extract_quotes(text, morph=True)
    assert [m.nominative for m in find_person_names("Салеха Хамдана освободили.")] == []
    assert _names("Салеха Хамдана освободили.", morph=False) == []


def test_threads_with_both_modes() -> None:
    text = "«Мы готовы», — сказал корреспонденту Салех Хамдан. Салеха Хамдана освободили."
    expected = {False: extract_quotes(text), True: extract_quotes(text, morph=True)}
    results: list[tuple[bool, object]] = []
    lock = threading.Lock()

    def work(morph: bool) -> None:
        for _ in range(20):
            got = extract_quotes(text, morph=morph)
            with lock:
                results.append((morph, got))

    threads = [threading.Thread(target=work, args=(i % 2 == 0,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 120
    assert all(got == expected[morph] for morph, got in results)


def test_missing_pymorphy3_raises_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pymorphy3", None)  # import pymorphy3 now raises ImportError
    monkeypatch.setattr(_pymorphy, "_ANALYSER", [])
    with pytest.raises(ImportError, match=r"pip install 'ru-newsfacts\[morph\]'"):
        extract_quotes("Текст.", morph=True)
    with pytest.raises(ImportError, match="ru-newsfacts"):
        parse_article("Текст.", morph=True)
    with pytest.raises(ImportError, match="ru-newsfacts"):
        parse_articles(["Текст."], morph=True)  # at the call, before any text is read
    # Without the flag everything works as before.
    assert parse_article("Текст.").text == "Текст."


def test_cli_without_pymorphy3(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import io

    monkeypatch.setitem(sys.modules, "pymorphy3", None)
    monkeypatch.setattr(_pymorphy, "_ANALYSER", [])
    path = tmp_path / "a.txt"
    path.write_text("Текст.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["--morph", str(path)], stdout=out, stderr=err) == 2
    assert "ru-newsfacts[morph]" in err.getvalue()


def test_cli_morph(tmp_path: Path) -> None:
    import io
    import json

    path = tmp_path / "a.txt"
    path.write_text("«Мы готовы», — сказал корреспонденту Салех Хамдан.", encoding="utf-8")
    out = io.StringIO()
    assert cli.main(["--morph", "--only", "quotes", str(path)], stdout=out, stderr=io.StringIO()) == 0
    assert json.loads(out.getvalue())[0]["speaker"]["name"] == "Салех Хамдан"


def test_import_does_not_load_pymorphy3() -> None:
    code = (
        "import sys, ru_newsfacts; ru_newsfacts.parse_article('«Да», — сказал Салех Хамдан.'); "
        "print('pymorphy3' in sys.modules)"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(src)}
    )
    assert done.stdout.strip() == "False"


def test_pickle_and_workers() -> None:
    texts = [
        "«Мы готовы», — сказал корреспонденту Салех Хамдан.",
        "Салеха Хамдана освободили. «Я рад», — сказал он.",
    ]
    here = [parse_article(text, morph=True) for text in texts]
    assert [a.quotes[0].speaker.name for a in here if a.quotes[0].speaker] == ["Салех Хамдан", "Салех Хамдан"]
    for article in here:
        assert pickle.loads(pickle.dumps(article)) == article
    assert list(parse_articles(texts, morph=True)) == here
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        assert list(parse_articles(texts, workers=2, chunksize=1, morph=True, mp_context=context)) == here
    spawned = parse_articles(
        texts, workers=2, chunksize=1, morph=True, mp_context=multiprocessing.get_context("spawn")
    )
    assert list(spawned) == here
    # The workers parse without the flag when it is off.
    assert list(parse_articles(texts, workers=2, chunksize=1)) == [parse_article(text) for text in texts]


@pytest.mark.slow
def test_hostile_names_with_morph() -> None:
    # 200,000 characters of dictionary first names, surnames, cues and marks: completes (linear;
    # benchmarks/hostile.py times the core), and every quote's span slices back.
    words = ["Салех", "Хамдана", "Бренданом", "Маррокко", "«", "»", "—", "сказал", "Кумар", ",", "26-летнего"]
    text = " ".join(words[(i * 7) % len(words)] for i in range(200_000 // 7))
    quotes = extract_quotes(text, morph=True)
    assert all(text[q.start : q.stop] == q.text for q in quotes)

"""parse_articles: one result per input, in order, streaming, on one or several processes."""

from __future__ import annotations

import io
import itertools
import json
import multiprocessing
import os
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import ru_newsfacts
from ru_newsfacts import Article, ArticleError, cli, parse_article, parse_articles
from ru_newsfacts import batch as batch_module
from ru_newsfacts.batch import DEFAULT_CHUNKSIZE, ordered_map

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))

TEXTS = [
    "Первая новость. Вторая фраза!",
    "",
    "  \n\n  ",
    "date 2025-10-11 Выручка составила 5 млн рублей.\nВторой абзац.",
    "Заголовок\n12 ноября 2025 года\n— Вопрос?\n— Ответ.",
    "«Кавычки» и „лапки“ — «вложенные „внутри“ кавычки».",
    *(path.read_text(encoding="utf-8") for path in SEEDS),
]

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method"
)


def test_exported() -> None:
    assert "parse_articles" in ru_newsfacts.__all__
    assert "ArticleError" in ru_newsfacts.__all__


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_same_results_in_input_order(workers: int | None) -> None:
    results = list(parse_articles(TEXTS, workers=workers, chunksize=2))
    assert results == [parse_article(text) for text in TEXTS]


def test_results_keep_fields_set_across_processes() -> None:
    results = list(parse_articles(TEXTS, workers=2))
    for result, text in zip(results, TEXTS, strict=True):
        assert isinstance(result, Article)
        assert result.model_fields_set == parse_article(text).model_fields_set
        assert result.model_dump_json() == parse_article(text).model_dump_json()


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_items_give_errors_in_place(workers: int) -> None:
    items: list[object] = ["Текст.", 42, None, b"bytes", "Ещё текст.", lambda: 0]
    results = list(parse_articles(items, workers=workers, chunksize=2))
    assert [type(result).__name__ for result in results] == [
        "Article",
        "ArticleError",
        "ArticleError",
        "ArticleError",
        "Article",
        "ArticleError",
    ]
    errors = [result for result in results if isinstance(result, ArticleError)]
    assert [error.index for error in errors] == [1, 2, 3, 5]
    assert {error.error for error in errors} == {"TypeError"}
    assert "int" in errors[0].message


def _boom(text: str) -> Article:
    if "сбой" in text:
        raise RuntimeError("simulated parser failure")
    return parse_article(text)


@needs_fork
@pytest.mark.parametrize("workers", [1, 2])
def test_internal_error_gives_an_error_not_a_lost_batch(
    workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Patched before the pool forks, so the workers see the failing parser too.
    monkeypatch.setattr(batch_module, "parse_article", _boom)
    texts = ["Раз.", "Здесь сбой.", "Три."]
    results = list(
        parse_articles(texts, workers=workers, chunksize=1, mp_context=multiprocessing.get_context("fork"))
    )
    assert results[0] == parse_article("Раз.")
    assert results[1] == ArticleError(index=1, error="RuntimeError", message="simulated parser failure")
    assert results[2] == parse_article("Три.")


def _double(item: int) -> int:
    return item * 2


def _die_on_crash(item: int) -> int:
    if item == 13:
        os._exit(3)  # a worker process killed outright, as by the OOM killer
    return item * 2


@needs_fork
def test_a_dead_worker_loses_only_its_chunk() -> None:
    results = list(
        ordered_map(
            _die_on_crash,
            range(40),
            workers=2,
            chunksize=4,
            on_failure=lambda item, error: -1 - item,
            mp_context=multiprocessing.get_context("fork"),
        )
    )
    lost = [-1 - item for item in range(12, 16)]
    assert results == [item * 2 for item in range(12)] + lost + [item * 2 for item in range(16, 40)]


def test_a_pool_broken_between_two_submissions_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # A worker can die while the window is being filled: the pool then refuses the next
    # submission at once. That refusal must join the recovery, not escape the iteration.
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    real = concurrent.futures.ProcessPoolExecutor
    pools: list[object] = []

    class BreaksAfterTwo(real):  # type: ignore[misc,valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            pools.append(self)
            self.submitted = 0

        def submit(self, *args: object, **kwargs: object) -> object:
            self.submitted += 1
            if pools[0] is self and self.submitted > 2:
                raise BrokenProcessPool("simulated: a worker died before this submission")
            return super().submit(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", BreaksAfterTwo)
    results = list(ordered_map(_double, range(20), workers=2, chunksize=2, on_failure=lambda item, error: -1))
    assert results == [item * 2 for item in range(20)]
    assert len(pools) > 1  # the recovery ran on fresh pools


def test_endless_input_streams_with_bounded_lookahead() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for number in itertools.count():
            pulled += 1
            yield f"Новость номер {number}. Вторая фраза."

    results = parse_articles(endless(), workers=2, chunksize=3)
    first = list(itertools.islice(results, 10))
    results.close()  # type: ignore[attr-defined]
    assert [article.paragraphs[0].sentences[0].text for article in first if isinstance(article, Article)] == [
        f"Новость номер {number}." for number in range(10)
    ]
    # At most 2 chunks per worker in flight beyond what was consumed, plus the chunk being read.
    assert pulled <= 10 + (2 * 2 + 1) * 3


def test_in_process_streaming_is_lazy() -> None:
    results = parse_articles(f"Текст {n}." for n in itertools.count())
    assert [article.text for article in itertools.islice(results, 3) if isinstance(article, Article)] == [
        "Текст 0.",
        "Текст 1.",
        "Текст 2.",
    ]


def test_empty_input() -> None:
    assert list(parse_articles([], workers=2)) == []
    assert list(parse_articles(iter(()))) == []


@pytest.mark.parametrize("bad", [{"workers": 0}, {"workers": -2}, {"chunksize": 0}])
def test_bad_arguments_raise_at_call(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        parse_articles(["x"], **bad)


def test_chunks_close_on_count_and_on_size() -> None:
    sizes = [len(chunk) for chunk in batch_module._chunks(range(40), DEFAULT_CHUNKSIZE, lambda _: 0)]
    assert sizes == [16, 16, 8]
    huge = ["x" * 600_000, "y" * 600_000, "z"]
    assert [len(chunk) for chunk in batch_module._chunks(huge, 16, len)] == [2, 1]


def test_article_error_model() -> None:
    error = ArticleError(index=3, error="TypeError", message="expected a str")
    assert error.model_dump() == {"index": 3, "error": "TypeError", "message": "expected a str"}
    with pytest.raises(ValueError):
        ArticleError(index=-1, error="TypeError", message="x")


@pytest.mark.parametrize("only", [[], ["--only", "money"], ["--only", "quotes"]])
def test_cli_workers_same_output_in_order(tmp_path: Path, only: list[str]) -> None:
    paths = []
    for number, text in enumerate(TEXTS):
        path = tmp_path / f"{number:02}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    files = [*paths[:3], str(tmp_path / "missing.txt"), str(bad), *paths[3:]]

    def run(extra: list[str]) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = cli.main([*extra, *only, *files], stdout=out, stderr=err)
        return status, out.getvalue(), err.getvalue()

    one = run([])
    assert run(["--workers", "2"]) == one
    status, out, err = one
    assert status == 1
    assert [json.loads(line)["file"] for line in out.splitlines()] == paths
    assert "missing.txt" in err and "not UTF-8" in err


def test_cli_rejects_zero_workers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--workers", "0", "x.txt"])
    assert "at least 1" in capsys.readouterr().err


def test_spawned_workers_give_the_same_results() -> None:
    # spawn is the default start method on macOS and Windows: workers import everything afresh.
    texts = [*TEXTS, 7]
    spawned = list(parse_articles(texts, workers=2, mp_context=multiprocessing.get_context("spawn")))
    assert spawned == list(parse_articles(texts))


def test_packing_keeps_every_nested_model() -> None:
    # Articles travel back from workers packed; money, quotes, speakers and the interview
    # (empty until the extractors land) must survive the trip like paragraphs do.
    from .test_pickle import full_article

    article = full_article()
    packed = batch_module._pack(5, article)
    assert isinstance(packed, tuple)
    rebuilt = batch_module._unpack(pickle.loads(pickle.dumps(packed)))
    assert rebuilt == article
    assert rebuilt.model_dump_json() == article.model_dump_json()
    assert rebuilt.model_fields_set == article.model_fields_set

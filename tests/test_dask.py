"""examples/dask_folder.py on a distributed.LocalCluster: every file once, in order, parsed right.

Skipped when dask or distributed is not installed (the ``dask`` extra).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from distributed import Client, LocalCluster

from ru_newsfacts import Article, ArticleError, parse_article

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def _example() -> ModuleType:
    # Loaded from its file and kept out of sys.modules, so that Dask ships its functions
    # to the workers by value, as it does when the example runs as a script.
    spec = importlib.util.spec_from_file_location("dask_folder_example", REPO / "examples" / "dask_folder.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # Worker processes find ru_newsfacts where this test does (src/ in a checkout).
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), old]))
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    dask_client = Client(cluster)
    try:
        yield dask_client
    finally:
        dask_client.close()
        cluster.close()
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    texts = [
        "Короткая новость.",
        "",
        "date 2025-10-11 Выручка составила 5 млн рублей.",
        "— Вопрос?\n— Ответ.",
    ]
    for number, text in enumerate(texts):
        (folder / f"extra_{number}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    (folder / "ignored.md").write_text("not an article", encoding="utf-8")
    return folder


def _expected(folder: Path) -> list[tuple[str, str | None]]:
    expected = []
    for path in sorted(folder.glob("*.txt")):
        try:
            expected.append((path.name, path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            expected.append((path.name, None))
    return expected


def test_jsonl_on_a_local_cluster(client: Client, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    written = _example().process_folder(folder, out, fmt="jsonl", partitions=3)
    assert [path.name for path in written] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    records = [json.loads(line) for path in written for line in path.read_text(encoding="utf-8").splitlines()]
    expected = _expected(folder)
    assert [record["file"] for record in records] == [name for name, _ in expected]
    for record, (name, text) in zip(records, expected, strict=True):
        if text is None:
            error = ArticleError.model_validate(record["error"])
            assert error.error == "UnicodeDecodeError" and name == "broken.txt"
            assert error.index == [n for n, _ in expected].index(name)
        else:
            assert Article.model_validate(record["article"]) == parse_article(text)


def test_parquet_on_a_local_cluster(client: Client, folder: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    written = _example().process_folder(folder, out, fmt="parquet", partitions=2)
    rows: list[dict[str, Any]] = [row for path in written for row in pq.read_table(path).to_pylist()]
    expected = _expected(folder)
    assert [row["file"] for row in rows] == [name for name, _ in expected]
    for row, (_, text) in zip(rows, expected, strict=True):
        if text is None:
            assert row["error"] is not None and row["article_json"] is None
            continue
        article = parse_article(text)
        assert Article.model_validate_json(row["article_json"]) == article
        assert row["paragraphs"] == len(article.paragraphs)
        assert row["money"] == len(article.money)


def test_empty_folder(client: Client, tmp_path: Path) -> None:
    assert _example().process_folder(tmp_path, tmp_path / "out") == []


def test_unknown_format(client: Client, folder: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="jsonl or parquet"):
        _example().process_folder(folder, tmp_path / "out", fmt="csv")

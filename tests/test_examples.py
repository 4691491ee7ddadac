"""The scripts in examples/: run as a user runs them (subprocesses on the seeds) and checked.

Two kinds of check: the subprocess output must agree with what the library returns
for the same seed (whatever the extractors find), and the formatting is pinned
exactly by running each script in-process on seed 002 with facts written by hand.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType

import pytest

from ru_newsfacts import Article, parse_article

from .test_html import SEED_002, seed_article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def parsed(path: Path) -> Article:
    return parse_article(path.read_text(encoding="utf-8"))


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def handmade_output(name: str, monkeypatch: pytest.MonkeyPatch, call: Callable[[ModuleType], object]) -> str:
    """Run an example in-process on seed 002 whose facts are written by hand."""
    module = load(name)
    monkeypatch.setattr(module, "parse_article", lambda text: seed_article())
    out = io.StringIO()
    with redirect_stdout(out):
        call(module)
    return out.getvalue()


def test_every_example_is_tested() -> None:
    # dask_folder.py is run by tests/test_dask.py on a local cluster.
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == [
        "dask_folder.py",
        "folder_to_jsonl.py",
        "money_table.py",
        "print_facts.py",
        "who_said_what.py",
    ]


@pytest.mark.parametrize("script", ["print_facts.py", "who_said_what.py", "folder_to_jsonl.py"])
def test_usage_without_arguments(script: str) -> None:
    done = run(script)
    assert done.returncode == 1 and "Usage" in done.stderr and done.stdout == ""


# ---------------------------------------------------------------- print_facts.py


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_print_facts_agrees_with_the_library(seed: Path) -> None:
    done = run("print_facts.py", str(seed))
    assert done.returncode == 0, done.stderr
    article = parsed(seed)
    lines = done.stdout.splitlines()
    assert lines[0] == f"date: {article.date}"
    assert lines[1] == f"title: {article.title.text if article.title else '-'}"
    assert lines[2] == f"paragraphs: {len(article.paragraphs)}"
    assert lines[3] == f"money: {len(article.money)}"
    money_lines = lines[4 : 4 + len(article.money)]
    assert [line.split(" = ")[0].strip() for line in money_lines] == [m.text for m in article.money]
    assert lines[4 + len(article.money)] == f"quotes: {len(article.quotes)}"
    assert len(lines) == 5 + len(article.money) + len(article.quotes)


def test_print_facts_format(monkeypatch: pytest.MonkeyPatch) -> None:
    out = handmade_output("print_facts", monkeypatch, lambda m: m.main(str(SEED_002)))
    assert out.splitlines() == [
        "date: 2025-11-12",
        "title: -",
        "paragraphs: 9",
        "money: 3",
        "  4 млрд долларов = 4000000000 USD (exact, 2024)",
        "  превысил 27 млрд долларов = 27000000000 USD (more_than)",
        "  порядка 9 млрд долларов = 9000000000 USD (approximate)",
        "quotes: 4",
        "  [indirect] Талгат Калиев: предстоящее подписание декларации логично продолжает многолетнюю...",
        "  [direct] Талгат Калиев: Казахстан и Россия всегда имели самый глубокий уровень...",
        "  [direct] Талгат Калиев: Мы достигли максимального уровня взаимодействия в рамках...",
        "  [direct] Талгат Калиев: Между странами наблюдается большой объем перемещений граждан и...",
    ]


# ---------------------------------------------------------------- folder_to_jsonl.py


def test_folder_to_jsonl_writes_one_valid_article_per_file() -> None:
    done = run("folder_to_jsonl.py", str(ROOT / "seeds"))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["file"] for r in records] == [p.name for p in SEEDS]
    for record, seed in zip(records, SEEDS, strict=True):
        assert Article.model_validate(record["article"]) == parsed(seed)
        assert record["article"] == parsed(seed).model_dump(mode="json")


def test_folder_to_jsonl_writes_amounts_as_strings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("текст", encoding="utf-8")
    out = handmade_output("folder_to_jsonl", monkeypatch, lambda m: m.main(str(tmp_path)))
    record = json.loads(out)
    assert [m["amount"] for m in record["article"]["money"]] == ["4000000000", "27000000000", "9000000000"]
    assert record["article"]["quotes"][1]["speaker"]["name"] == "Талгат Калиев"


# ---------------------------------------------------------------- money_table.py


def test_money_table_agrees_with_the_library() -> None:
    done = run("money_table.py", *map(str, SEEDS))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert done.stdout.splitlines()[0] == "file,start,stop,text,amount,amount_max,currency,qualifier,year"
    expected = [(seed.name, m.text) for seed in SEEDS for m in parsed(seed).money]
    assert [(r["file"], r["text"]) for r in rows] == expected


def test_money_table_format(monkeypatch: pytest.MonkeyPatch) -> None:
    out = handmade_output("money_table", monkeypatch, lambda m: m.main([str(SEED_002)]))
    assert out.splitlines() == [
        "file,start,stop,text,amount,amount_max,currency,qualifier,year",
        "002_3f6d52366f13840c.txt,1738,1753,4 млрд долларов,4000000000,,USD,exact,2024",
        "002_3f6d52366f13840c.txt,1814,1839,превысил 27 млрд долларов,27000000000,,USD,more_than,",
        "002_3f6d52366f13840c.txt,1899,1922,порядка 9 млрд долларов,9000000000,,USD,approximate,",
    ]


def test_money_table_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        import pandas  # noqa: F401
    except ImportError:
        done = run("money_table.py", "--pandas", str(SEED_002))
        assert done.returncode == 1 and "pandas is not installed" in done.stderr
        return
    module = load("money_table")
    monkeypatch.setattr(module, "parse_article", lambda text: seed_article())
    frame = module.to_dataframe(module.money_rows([str(SEED_002)]))
    assert [str(a) for a in frame["amount"]] == ["4000000000", "27000000000", "9000000000"]
    assert list(frame["currency"]) == ["USD"] * 3


# ---------------------------------------------------------------- who_said_what.py


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_who_said_what_agrees_with_the_library(seed: Path) -> None:
    done = run("who_said_what.py", str(seed))
    assert done.returncode == 0, done.stderr
    article = parsed(seed)
    quote_lines = [line for line in done.stdout.splitlines() if line.startswith("  [")]
    assert len(quote_lines) == len(article.quotes)
    if not article.quotes:
        assert done.stdout == "no quotes\n"


def test_who_said_what_format(monkeypatch: pytest.MonkeyPatch) -> None:
    out = handmade_output("who_said_what", monkeypatch, lambda m: m.main(str(SEED_002)))
    lines = out.splitlines()
    assert lines[0] == "Талгат Калиев (политолог): 4"
    assert [line.split("]")[0] for line in lines[1:]] == [
        "  [indirect",
        "  [direct",
        "  [direct",
        "  [direct",
    ]


# ---------------------------------------------------------------- once the extractors land


def test_real_seed_002_facts() -> None:
    table = run("money_table.py", str(SEED_002)).stdout
    amounts = [(r["amount"], r["currency"]) for r in csv.DictReader(io.StringIO(table))]
    assert amounts == [("4000000000", "USD"), ("27000000000", "USD"), ("9000000000", "USD")]
    speakers = run("who_said_what.py", str(SEED_002)).stdout
    assert speakers.startswith("Талгат Калиев")

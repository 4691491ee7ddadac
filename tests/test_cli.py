"""The ru-newsfacts command line, in process and as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ru_newsfacts
from ru_newsfacts.cli import main

from .conftest import SEED_000, SEED_002

SRC = Path(ru_newsfacts.__file__).resolve().parents[1]


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_one_file_prints_the_article_as_json() -> None:
    status, out, err = run(str(SEED_002))
    assert status == 0 and err == ""
    article = ru_newsfacts.Article.model_validate_json(out)
    assert article.date is not None and article.date.isoformat() == "2025-11-12"
    assert article == ru_newsfacts.parse_article(SEED_002.read_text(encoding="utf-8"))


def test_several_files_print_json_lines_in_order() -> None:
    status, out, _ = run(str(SEED_000), str(SEED_002))
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [line["file"] for line in lines] == [str(SEED_000), str(SEED_002)]
    assert [line["article"]["date"] for line in lines] == ["2025-10-11", "2025-11-12"]


def test_jsonl_flag_with_one_file() -> None:
    _, out, _ = run("--jsonl", str(SEED_000))
    assert len(out.splitlines()) == 1
    assert json.loads(out)["file"] == str(SEED_000)


def test_stdin() -> None:
    status, out, _ = run("-", stdin="date 2025-01-02 Привет.".encode())
    assert status == 0
    assert json.loads(out)["date"] == "2025-01-02"


@pytest.mark.parametrize("only", ["money", "quotes"])
def test_only(only: str) -> None:
    status, out, _ = run("--only", only, str(SEED_002))
    assert status == 0
    facts = json.loads(out)
    expected = getattr(ru_newsfacts, f"extract_{only}")(SEED_002.read_text(encoding="utf-8"))
    assert facts == [json.loads(fact.model_dump_json()) for fact in expected]


def test_bad_files_get_one_line_each_and_the_good_ones_are_still_processed(tmp_path: Path) -> None:
    not_utf8 = tmp_path / "latin1.txt"
    not_utf8.write_bytes("Привет".encode("cp1251"))
    missing = tmp_path / "missing.txt"
    status, out, err = run(str(not_utf8), str(SEED_002), str(missing), str(SEED_000))
    assert status == 1
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(SEED_002), str(SEED_000)]
    errors = err.splitlines()
    assert len(errors) == 2
    assert str(not_utf8) in errors[0] and "UTF-8" in errors[0]
    assert str(missing) in errors[1]


def test_a_directory_is_an_error_not_a_crash(tmp_path: Path) -> None:
    status, out, err = run(str(tmp_path))
    assert status == 1 and out == ""
    assert str(tmp_path) in err


def test_schema() -> None:
    status, out, _ = run("schema")
    assert status == 0
    assert json.loads(out) == ru_newsfacts.Article.model_json_schema()


def test_no_arguments_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exit_info:
        run()
    assert exit_info.value.code == 2


def test_module_entry_point_runs_as_a_subprocess() -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run(
        [sys.executable, "-m", "ru_newsfacts", str(SEED_000)],
        capture_output=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["date"] == "2025-10-11"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_when_many_files_go_by() -> None:
    files = [str(SEED_000)] * 12
    err = _Terminal()
    status = main(files, stdout=io.StringIO(), stderr=err)
    assert status == 0
    assert "12/12" in err.getvalue()


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    _, _, err = run(*[str(SEED_000)] * 12)
    assert err == ""

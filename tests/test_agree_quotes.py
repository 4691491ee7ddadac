"""The annotator-agreement script: two folders of gold files scored against each other."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


agree = _load("agree_quotes")


def _quote(kind: str, start: int, stop: int, speaker: str | None, kind_of: str = "person") -> dict[str, Any]:
    return {"kind": kind, "start": start, "stop": stop, "speaker": speaker, "speaker_type": kind_of}


def _write(folder: Path, quotes: list[dict[str, Any]], name: str = "wikinews__x") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"file": f"wikinews/{name.split('__')[1]}.txt", "sha1": "0" * 40, "quotes": quotes}
    (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_agreement_counts_spans_and_speakers(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _write(
        first,
        [
            _quote("direct", 0, 20, "Иван Петров"),
            _quote("direct", 30, 50, "Иван Петров"),
            _quote("indirect", 60, 90, "МИД", "organization"),
            _quote("indirect", 100, 120, "Анна Сидорова"),
        ],
    )
    _write(
        second,
        [
            _quote("direct", 0, 20, "Иван Петров"),
            _quote("direct", 32, 50, "Петров"),  # same quote, shorter name
            _quote("indirect", 60, 85, "МИД России", "organization"),  # same quote, longer name
        ],
    )
    results, totals, warnings = agree.agreement(first, second, tmp_path / "no-corpus")
    assert warnings == [] and len(results) == 1
    direct = totals["direct"].metrics()
    assert (direct["gold"], direct["predicted"], direct["matched"]) == (2, 2, 2)
    assert direct["speaker_accuracy"] == 0.5 and direct["speaker_partial"] == 1.0
    assert direct["strict_f1"] == 0.5
    reported = totals["reported"].metrics()
    assert (reported["gold"], reported["predicted"], reported["matched"]) == (2, 1, 1)
    assert reported["f1"] == pytest.approx(2 / 3)
    assert reported["speaker_accuracy"] == 0.0
    assert agree.speaker_type_agreement(first, second) == {"matched": 3, "agreement": 1.0}


def test_agreement_is_symmetric(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _write(first, [_quote("direct", 0, 20, "Иван Петров"), _quote("indirect", 40, 60, None, "unknown")])
    _write(second, [_quote("direct", 5, 20, "Петров"), _quote("indirect", 40, 60, "МИД", "organization")])
    one = {g: s.metrics() for g, s in agree.agreement(first, second, tmp_path)[1].items()}
    other = {g: s.metrics() for g, s in agree.agreement(second, first, tmp_path)[1].items()}
    for group in ("direct", "reported"):
        assert one[group]["f1"] == other[group]["f1"]
        assert one[group]["speaker_accuracy"] == other[group]["speaker_accuracy"]
    assert agree.speaker_type_agreement(first, second)["agreement"] == 0.5


def test_articles_only_one_side_annotated_are_reported(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _write(first, [], "wikinews__x")
    _write(first, [], "wikinews__y")
    _write(second, [], "wikinews__x")
    results, _, warnings = agree.agreement(first, second, tmp_path)
    assert len(results) == 1
    assert warnings == [f"wikinews__y.json: only in {first}"]


def test_main_refuses_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert agree.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 2
    assert "no annotations" in capsys.readouterr().err


def test_main_prints_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "a", [_quote("direct", 0, 20, "Иван Петров")])
    _write(tmp_path / "b", [_quote("direct", 0, 20, "иван петров")])
    assert agree.main([str(tmp_path / "a"), str(tmp_path / "b"), "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "annotator agreement: 1 articles" in out
    assert "direct" in out and "1.000" in out

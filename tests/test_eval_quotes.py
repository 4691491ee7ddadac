"""The quote benchmark: matching and scoring on synthetic data, and the gold files on the corpus."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[1]


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_quotes", REPO / "benchmarks" / "eval_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class body runs.
    sys.modules["eval_quotes"] = module
    spec.loader.exec_module(module)
    return module


ev = _load_eval()
Q = ev.QSpan


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 10), (0, 10), True),  # identical
        ((0, 10), (5, 20), True),  # 5 shared = 50% of the shorter (10)
        ((0, 10), (6, 20), False),  # 4 shared < 50%
        ((0, 100), (40, 50), True),  # the shorter lies inside the longer
        ((0, 10), (10, 20), False),  # touching, nothing shared
        ((0, 4), (2, 100), True),  # 2 of 4
    ],
)
def test_spans_match_is_half_of_the_shorter(a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    assert ev.spans_match(Q("direct", *a), Q("direct", *b)) is expected


def test_match_is_one_to_one_and_greedy_by_overlap() -> None:
    gold = [Q("direct", 0, 10), Q("direct", 12, 30)]
    # The long prediction overlaps both gold quotes; the larger overlap (gold 1) wins it.
    predicted = [Q("direct", 5, 30), Q("direct", 0, 9)]
    assert ev.match(gold, predicted) == [(0, 1), (1, 0)]


def test_match_never_crosses_groups() -> None:
    gold = [Q("indirect", 0, 10)]
    assert ev.match(gold, [Q("direct", 0, 10)]) == []
    assert ev.match(gold, [Q("indirect", 0, 10)]) == [(0, 0)]
    # interview answers score with direct quotes
    assert ev.match([Q("interview", 0, 10)], [Q("direct", 0, 10)]) == [(0, 0)]


def test_match_leaves_a_second_prediction_unmatched() -> None:
    gold = [Q("direct", 0, 10)]
    predicted = [Q("direct", 0, 10), Q("direct", 0, 9)]
    assert ev.match(gold, predicted) == [(0, 0)]


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Талгат Калиев", "талгат калиев", True),
        ("Алёна Петрова", "Алена Петрова", True),
        ("Коммерсантъ", "«Коммерсантъ»", True),
        ("L'Est Republicain", "L’Est  Republicain", True),
        ("Мутко", "Виталий Мутко", False),
        (None, None, True),
        (None, "эксперт", False),
        ("эксперт", None, False),
    ],
)
def test_speaker_correct(gold: str | None, predicted: str | None, expected: bool) -> None:
    assert ev.speaker_correct(gold, predicted) is expected


def test_speaker_partially_correct_accepts_a_shared_word() -> None:
    assert ev.speaker_partially_correct("Мутко", "Виталий Мутко")
    assert not ev.speaker_partially_correct("Мутко", "Виталий Смирнов")
    assert not ev.speaker_partially_correct(None, "Мутко")


def test_prf() -> None:
    assert ev.prf(0, 0, 5) == (0.0, 0.0, 0.0)
    precision, recall, f1 = ev.prf(2, 4, 2)
    assert (precision, recall) == (0.5, 1.0)
    assert f1 == pytest.approx(2 / 3)


def test_score_document_counts_groups_exact_spans_and_speakers() -> None:
    gold = [
        Q("direct", 0, 10, "Талгат Калиев"),
        Q("interview", 20, 40, "Антон Арутюнов"),
        Q("indirect", 50, 70, None),
        Q("indirect", 80, 90, "МИД Казахстана"),
    ]
    predicted = [
        Q("direct", 0, 10, "Талгат Калиев"),  # exact, right speaker
        Q("direct", 22, 40, "Арутюнов"),  # overlapping, speaker only partly right
        Q("indirect", 50, 69, None),  # overlapping, null speaker right
        Q("indirect", 100, 120, "МИД"),  # false alarm
    ]
    result = ev.score_document("doc", " " * 130, gold, predicted)
    direct = result.scores["direct"].metrics()
    reported = result.scores["reported"].metrics()
    assert (direct["gold"], direct["predicted"], direct["matched"], direct["exact"]) == (2, 2, 2, 1)
    assert (direct["precision"], direct["recall"], direct["strict_f1"]) == (1.0, 1.0, 0.5)
    assert (direct["speaker_accuracy"], direct["speaker_partial"]) == (0.5, 1.0)
    assert direct["recall_by_kind"] == {"direct": 1.0, "interview": 1.0}
    assert (reported["gold"], reported["predicted"], reported["matched"], reported["exact"]) == (2, 2, 1, 0)
    assert (reported["precision"], reported["recall"]) == (0.5, 0.5)
    assert (reported["gold_null_matched"], reported["gold_null_correct"], reported["speaker_accuracy"]) == (
        1,
        1,
        1.0,
    )


def _quote(kind: str, start: int, stop: int, name: str | None) -> SimpleNamespace:
    speaker = None if name is None else SimpleNamespace(name=name)
    return SimpleNamespace(kind=kind, start=start, stop=stop, speaker=speaker)


def test_evaluate_end_to_end_on_a_synthetic_corpus(tmp_path: Path) -> None:
    corpus, gold_dir = tmp_path / "corpus", tmp_path / "gold"
    (corpus / "wikinews").mkdir(parents=True)
    gold_dir.mkdir()
    text = "«Всё хорошо», — сказал Иван Петров. Он добавил, что работа идёт."
    (corpus / "wikinews" / "a.txt").write_text(text, encoding="utf-8")
    start1, start2 = text.index("Всё"), text.index("работа")
    gold = {
        "file": "wikinews/a.txt",
        "sha1": ev.sha1_of(text),
        "quotes": [
            {"kind": "direct", "start": start1, "stop": start1 + 10, "speaker": "Иван Петров"},
            {"kind": "indirect", "start": start2, "stop": len(text) - 1, "speaker": "Иван Петров"},
        ],
    }
    (gold_dir / "wikinews__a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")

    def extractor(source: str) -> list[SimpleNamespace]:
        assert source == text
        return [_quote("direct", start1, start1 + 10, "Иван Петров")]

    results, totals, warnings = ev.evaluate(extractor, corpus, gold_dir)
    assert warnings == []
    assert len(results) == 1
    assert totals["direct"].metrics()["f1"] == 1.0
    assert totals["reported"].metrics()["recall"] == 0.0
    assert any("MISS" in line for line in ev.describe_errors(results[0]))

    gold["sha1"] = "0" * 40
    (gold_dir / "wikinews__a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    _, _, warnings = ev.evaluate(extractor, corpus, gold_dir)
    assert len(warnings) == 1 and "sha1" in warnings[0]


def test_main_skips_cleanly_without_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(["--corpus", str(tmp_path / "absent")]) == 0
    assert "corpus absent" in capsys.readouterr().out


QUOTE_MARKS = '«»"„“”'
DEV_FILES = ev.gold_files()
TEST_FILES = ev.gold_files(ev.TEST_GOLD_DIR)
EVAL_FILES = ev.gold_files(ev.EVAL_GOLD_DIR)
EVAL2_FILES = ev.gold_files(ev.EVAL2_GOLD_DIR)
EVAL3_FILES = ev.gold_files(ev.EVAL3_GOLD_DIR)
EVAL4_FILES = ev.gold_files(ev.EVAL4_GOLD_DIR)
EVAL5_FILES = ev.gold_files(ev.EVAL5_GOLD_DIR)
EVAL6_FILES = ev.gold_files(ev.EVAL6_GOLD_DIR)
EVAL7_FILES = ev.gold_files(ev.EVAL7_GOLD_DIR)
# The ninth set was annotated twice; each annotator's files are kept beside the adjudicated gold.
ANNOTATOR_FILES = [
    path for side in ("a", "b") for path in ev.gold_files(ev.EVAL7_GOLD_DIR / f"annotator_{side}")
]
# The sets in the order they were drawn; each excludes every article of those before it.
SETS = [
    DEV_FILES,
    TEST_FILES,
    EVAL_FILES,
    EVAL2_FILES,
    EVAL3_FILES,
    EVAL4_FILES,
    EVAL5_FILES,
    EVAL6_FILES,
    EVAL7_FILES,
]
GOLD_FILES = [path for files in SETS for path in files]


def _articles(paths: list[Path]) -> set[str]:
    return {json.loads(p.read_text(encoding="utf-8"))["file"] for p in paths}


def test_gold_files_exist() -> None:
    assert len(DEV_FILES) >= 30
    assert len(TEST_FILES) == 24
    assert len(EVAL_FILES) == 30
    assert len(EVAL2_FILES) == 30
    assert len(EVAL3_FILES) == 30
    assert len(EVAL4_FILES) == 30
    assert len(EVAL5_FILES) == 30
    assert len(EVAL6_FILES) == 30
    assert len(EVAL7_FILES) == 24
    assert len(ANNOTATOR_FILES) == 48


def test_both_annotators_of_the_ninth_set_annotated_exactly_its_articles() -> None:
    gold = sorted(p.name for p in EVAL7_FILES)
    for side in ("a", "b"):
        assert sorted(p.name for p in ev.gold_files(ev.EVAL7_GOLD_DIR / f"annotator_{side}")) == gold


def test_held_out_set_shares_no_article_with_the_dev_set() -> None:
    assert _articles(DEV_FILES).isdisjoint(_articles(TEST_FILES))


def test_evaluation_set_shares_no_article_with_the_earlier_sets() -> None:
    assert _articles(EVAL_FILES).isdisjoint(_articles(DEV_FILES) | _articles(TEST_FILES))


def test_second_evaluation_set_shares_no_article_with_the_earlier_sets() -> None:
    earlier = _articles(DEV_FILES) | _articles(TEST_FILES) | _articles(EVAL_FILES)
    assert _articles(EVAL2_FILES).isdisjoint(earlier)


def test_third_evaluation_set_shares_no_article_with_the_earlier_sets() -> None:
    earlier = _articles(DEV_FILES + TEST_FILES + EVAL_FILES + EVAL2_FILES)
    assert _articles(EVAL3_FILES).isdisjoint(earlier)


@pytest.mark.parametrize("position", [5, 6, 7, 8], ids=["fourth", "fifth", "sixth", "seventh"])
def test_later_evaluation_sets_share_no_article_with_the_earlier_sets_or_the_silver_review(
    position: int,
) -> None:
    earlier = _articles([path for files in SETS[:position] for path in files])
    silver = set((ev.EVAL4_GOLD_DIR / "silver_reviewed.txt").read_text(encoding="utf-8").split())
    assert len(silver) == 30
    assert _articles(SETS[position]).isdisjoint(earlier | silver)


def _draw_script(folder: Path) -> ModuleType:
    """The ``draw.py`` of a gold folder, loaded as a module."""
    spec = importlib.util.spec_from_file_location(f"draw_{folder.name}", folder / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_names(drawn: list[str]) -> list[str]:
    """The gold file stems that a draw's corpus-relative paths should have."""
    return sorted(d.removesuffix(".txt").replace("/", "__") for d in drawn)


@pytest.mark.corpus
def test_held_out_set_is_the_recorded_draw() -> None:
    if not ev.CORPUS_DIR.is_dir():
        pytest.skip("corpus absent")
    draw = _draw_script(ev.TEST_GOLD_DIR)
    drawn = draw.draw(ev.CORPUS_DIR, draw.dev_articles(ev.GOLD_DIR))
    assert sorted(p.stem for p in TEST_FILES) == _gold_names(drawn)


@pytest.mark.corpus
def test_evaluation_set_is_the_recorded_draw() -> None:
    if not ev.CORPUS_DIR.is_dir():
        pytest.skip("corpus absent")
    draw = _draw_script(ev.EVAL_GOLD_DIR)
    drawn = draw.draw(ev.CORPUS_DIR, draw.earlier_articles([ev.GOLD_DIR, ev.TEST_GOLD_DIR]))
    assert sorted(p.stem for p in EVAL_FILES) == _gold_names(drawn)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("folder", "files"),
    [
        (ev.EVAL2_GOLD_DIR, EVAL2_FILES),
        (ev.EVAL3_GOLD_DIR, EVAL3_FILES),
        (ev.EVAL4_GOLD_DIR, EVAL4_FILES),
        (ev.EVAL5_GOLD_DIR, EVAL5_FILES),
        (ev.EVAL6_GOLD_DIR, EVAL6_FILES),
        (ev.EVAL7_GOLD_DIR, EVAL7_FILES),
    ],
    ids=["second", "third", "fourth", "fifth", "sixth", "seventh"],
)
def test_later_evaluation_sets_are_the_recorded_draws(folder: Path, files: list[Path]) -> None:
    if not ev.CORPUS_DIR.is_dir():
        pytest.skip("corpus absent")
    draw = _draw_script(folder)
    drawn = draw.draw(ev.CORPUS_DIR, draw.earlier_articles())
    assert sorted(p.stem for p in files) == _gold_names(drawn)


@pytest.mark.corpus
@pytest.mark.parametrize(
    "path",
    GOLD_FILES + ANNOTATOR_FILES,
    ids=[f"{p.parent.name}/{p.stem}" for p in GOLD_FILES + ANNOTATOR_FILES],
)
def test_gold_file_is_valid_against_the_corpus(path: Path) -> None:
    if not ev.CORPUS_DIR.is_dir():
        pytest.skip("corpus absent")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert path.stem == data["file"].removesuffix(".txt").replace("/", "__")
    text = (ev.CORPUS_DIR / data["file"]).read_text(encoding="utf-8")
    assert ev.sha1_of(text) == data["sha1"]
    previous = (-1, -1)
    for quote in data["quotes"]:
        assert quote["kind"] in ev.KIND_GROUP
        assert quote["speaker_type"] in ("person", "organization", "role", "unknown")
        assert (quote["speaker"] is None) == (quote["speaker_type"] == "unknown")
        start, stop = quote["start"], quote["stop"]
        assert 0 <= start < stop <= len(text)
        assert (start, stop) > previous  # sorted by offsets
        previous = (start, stop)
        span = text[start:stop]
        assert span == span.strip(), span
        assert not span.endswith("."), span
        assert "\n" not in span or quote["kind"] != "indirect", span
        if quote["kind"] == "direct":
            # The quotation marks are not part of a direct span; a mark at its edge must belong
            # to an inner quotation that opens or closes inside the span.
            assert span[0] not in QUOTE_MARKS or any(c in QUOTE_MARKS for c in span[1:]), span
            assert span[-1] not in QUOTE_MARKS or any(c in QUOTE_MARKS for c in span[:-1]), span
    for group in ("direct", "reported"):
        spans = sorted((q["start"], q["stop"]) for q in data["quotes"] if ev.KIND_GROUP[q["kind"]] == group)
        for (_, stop), (start, _) in itertools.pairwise(spans):
            assert stop <= start, "spans of one group overlap"


def test_speaker_accuracy_is_also_given_by_the_gold_speaker_type() -> None:
    gold = [
        Q("direct", 0, 10, "Талгат Калиев", "person"),
        Q("direct", 20, 30, "Антон Арутюнов", "person"),
        Q("direct", 40, 50, "пресс-служба МИД", "role"),
    ]
    predicted = [Q("direct", 0, 10, "Талгат Калиев"), Q("direct", 20, 30, None), Q("direct", 40, 50, None)]
    direct = ev.score_document("doc", " " * 60, gold, predicted).scores["direct"].metrics()
    assert direct["speaker_accuracy_by_type"] == {
        "person": {"matched": 2, "speaker_accuracy": 0.5},
        "role": {"matched": 1, "speaker_accuracy": 0.0},
    }

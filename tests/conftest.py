"""Shared fixtures: the seed articles and the measurement corpus in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

SEED_000 = SEEDS / "000_5df59d2d5b920df8.txt"
SEED_002 = SEEDS / "002_3f6d52366f13840c.txt"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_000() -> str:
    return read(SEED_000)


@pytest.fixture(scope="session")
def seed_002() -> str:
    return read(SEED_002)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared measurement corpus; tests that need it skip when it is absent."""
    if not (CORPUS / "wikinews").is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS

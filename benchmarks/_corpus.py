"""Locate the shared measurement corpus (never copied into the repository)."""

from __future__ import annotations

from pathlib import Path


def corpus_dir() -> Path | None:
    """The ``shared/corpus`` folder next to the repository, or None when it is absent."""
    root = Path(__file__).resolve().parents[1]
    for candidate in (root.parent / "shared" / "corpus", root / ".." / "shared" / "corpus"):
        if candidate.is_dir():
            return candidate.resolve()
    return None

"""Time extract_money on hostile generated inputs against normal corpus text, per character.

Usage (from the repository root)::

    PYTHONPATH=src python3 benchmarks/hostile_money.py

For each pattern the script times 50k, 100k and 200k characters: linear behaviour shows
as a flat time per character (the ratio column stays near 1).
"""

from __future__ import annotations

import time
from pathlib import Path

from ru_newsfacts import extract_money


def corpus_dir() -> Path | None:
    """The ``shared/corpus`` folder next to the repository, or None when it is absent."""
    root = Path(__file__).resolve().parents[1]
    for candidate in (root.parent / "shared" / "corpus", root / ".." / "shared" / "corpus"):
        if candidate.is_dir():
            return candidate.resolve()
    return None


UNITS = [
    "1",
    "1 ",
    "1,",
    "1 000 ",
    "1,1,",
    "1.1.",
    " ,",
    "1-",
    "1–2 ",
    "млн ",
    "миллион ",
    "два ",
    "тысяча два ",
    "$",
    "$1",
    "5 млн рублей ",
    "от 1 до ",
    "более ",
    "в прошлом году 5 млн рублей, а ",
    "«5 млн» — ",
]
SIZES = (50_000, 100_000, 200_000)


def _time(text: str, repeat: int = 3) -> float:
    """Best CPU time of ``repeat`` runs: the machine may be shared, CPU time is steadier."""
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        extract_money(text)
        best = min(best, time.process_time() - began)
    return best


def main() -> None:
    corpus = corpus_dir()
    if corpus is not None:
        texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "wikinews").glob("*.txt"))]
        joined = "\n".join(texts)
        normal = _time(joined, repeat=5) / len(joined)
        print(f"normal corpus text (wikinews, {len(joined)} chars as one string): {normal * 1e6:.3f} µs/char")
    else:
        normal = None
        print("corpus absent: no baseline")
    print(f"{'pattern':36} " + " ".join(f"{n // 1000:>6}k µs/ch" for n in SIZES) + "  200k/50k  vs normal")
    for unit in UNITS:
        per_char = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            per_char.append(_time(text) / size)
        ratio = per_char[-1] / per_char[0]
        versus = f"{per_char[-1] / normal:8.1f}x" if normal else ""
        cells = " ".join(f"{p * 1e6:12.3f}" for p in per_char)
        print(f"{unit!r:36} {cells}  {ratio:8.2f}  {versus}")


if __name__ == "__main__":
    main()

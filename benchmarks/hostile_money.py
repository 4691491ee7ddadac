"""Time extract_money on hostile generated inputs against normal corpus text, per character.

Usage (from the repository root)::

    PYTHONPATH=src python3 benchmarks/hostile_money.py

For each pattern the script times 50k, 100k and 200k characters: linear behaviour shows
as a flat time per character (the ratio column stays near 1). The target is a time per
character within 5 times that of normal news text for every input; the script says which
patterns miss it. Patterns that are dense genuine money ("5 млн рублей " repeated: one
mention every 13 characters) produce one validated Money per mention, so their cost is
reported in mentions per second as well.
"""

from __future__ import annotations

import random
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
    # No sync point anywhere and a currency word every 107 characters: every number is read.
    "1-" * 50 + "рублей-",
    # No sync point, a currency word every 1,004 characters; and a symbol glued between
    # digits: both were quadratic before the prefilter fix of issue #6 (each anchor searched on to the
    # far token for a sync point).
    "1 а " * 250 + "руб ",
    "1$",
]
SIZES = (50_000, 100_000, 200_000)
TARGET = 5.0


def _mix(pieces: list[str], seed: int) -> str:
    """A random mix of ``pieces``, long enough for the largest size."""
    rnd = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < SIZES[-1]:
        parts.append(rnd.choice(pieces))
        size += len(parts[-1])
    return "".join(parts)


# Random mixes: digits and separators; multipliers and currency signs among them.
MIXES = {
    "mix: digits, separators": _mix(["1", "2", "0", " ", ",", ".", "-", "–", "'", "000 "], 1),
    "mix: + multipliers, currencies": _mix(
        ["1", "2", " ", ",", ".", "-", "млн", "тыс.", "два", "$", "€", "руб.", "рублей", "от", "до"], 2
    ),
}


def _name(unit: str) -> str:
    """The unit as Python would write it, shortened when it is long."""
    return repr(unit) if len(unit) <= 34 else repr(unit[:12]) + f"…({len(unit)} chars)"


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
    print(
        f"{'pattern':36} "
        + " ".join(f"{n // 1000:>6}k µs/ch" for n in SIZES)
        + "  200k/50k  vs normal  mentions/s"
    )
    missed: list[str] = []
    rows = [(_name(unit), (unit * (SIZES[-1] // len(unit) + 1))) for unit in UNITS]
    rows += [(name, text) for name, text in MIXES.items()]
    for name, source in rows:
        per_char = []
        for size in SIZES:
            per_char.append(_time(source[:size]) / size)
        mentions = len(extract_money(source[: SIZES[-1]]))
        rate = mentions / (per_char[-1] * SIZES[-1])
        ratio = per_char[-1] / per_char[0]
        versus = f"{per_char[-1] / normal:8.1f}x" if normal else ""
        if normal and per_char[-1] / normal > TARGET:
            missed.append(f"{name} ({per_char[-1] / normal:.1f}x, {mentions} mentions)")
        cells = " ".join(f"{p * 1e6:12.3f}" for p in per_char)
        print(f"{name:36} {cells}  {ratio:8.2f}  {versus}  {rate:10,.0f}")
    if normal:
        if missed:
            print(f"above {TARGET:.0f}x normal: " + "; ".join(missed))
        else:
            print(f"every pattern within {TARGET:.0f}x normal")


if __name__ == "__main__":
    main()

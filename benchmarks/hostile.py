#!/usr/bin/env python3
"""Time per character on hostile input against normal news text.

Usage (from the repository root)::

    python3 benchmarks/hostile.py [FOLDER] [--size N] [--repeat N] [--function NAME] [--json] [--check]

Each hostile input is ``--size`` characters (default 200,000) of one thing the
extractors react to: digits, separators, multiplier words, currency signs,
quotation marks of every kind, dashes, dash-led lines, speech verbs, sentence
ends, abbreviations, and random mixes of all of them. "normal" is the articles of
FOLDER (default ``../shared/corpus/wikinews``) concatenated to the same size.

For ``parse_article``, ``extract_money`` and ``extract_quotes`` the table gives the
time per character (CPU time of this process by default, steady on a shared
machine; ``--clock wall`` for elapsed time) and its ratio to the same function on normal text (target:
at most 5), and the growth of the time per character from a quarter of the size
to the full size (about 1 when the cost is linear; 4 would be quadratic).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _peers import DEFAULT_CORPUS, load_texts, text_of_size

import ru_newsfacts
from ru_newsfacts import extract_money, extract_quotes, parse_article

TARGET_RATIO = 5.0
# Below this the function does next to nothing on normal text and a ratio is noise.
MIN_BASELINE_NS = 5.0

# One repeating unit per hostile input; each aims at one part of the engines.
UNITS: dict[str, str] = {
    "digits": "1234567890",
    "digits_spaces": "1 2 3 4 5 ",
    "separators": "1 000,5.2 ",
    "multipliers": "5 млн тыс. млрд трлн ",
    "currency": "$ € ₽ ₸ руб. долларов 5 ",
    "quotes": "«»„“”\"'‹›",
    "open_quotes": "«„“",
    "dashes": "-—–― ",
    "dash_lines": "\n— ",
    "speech_verbs": "заявил сказала отметил по словам «",
    "sentence_ends": ". ",
    "abbreviations": "т. е. г. ",
}

MIX_TOKENS = [
    *"0123456789",
    " ",
    "\n",
    ",",
    ".",
    ":",
    *"«»„“”\"'",
    *"-–—",
    "\n— ",
    "$",
    "€",
    "₽",
    "руб.",
    "долларов",
    "млн",
    "млрд",
    "тыс.",
    "более",
    "около",
    "от",
    "до",
    "заявил",
    "по словам",
    "Иванов",
    "министр",
    "г.",
]


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def random_mix(size: int, seed: int) -> str:
    """Random tokens of MIX_TOKENS, exactly ``size`` characters."""
    rng = random.Random(seed)
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(MIX_TOKENS)
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


def inputs(normal_texts: Sequence[str], size: int) -> dict[str, str]:
    """Every input of ``size`` characters by name, "normal" first."""
    cases = {"normal": text_of_size(normal_texts, size)}
    cases.update((name, repeat_to(unit, size)) for name, unit in UNITS.items())
    cases["random_mix_1"] = random_mix(size, 1)
    cases["random_mix_2"] = random_mix(size, 2)
    return cases


FUNCTIONS: dict[str, Callable[[str], Any]] = {
    "parse_article": parse_article,
    "extract_money": extract_money,
    "extract_quotes": extract_quotes,
}


CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
"""cpu: this process's CPU time, steady on a shared machine; wall: elapsed time."""


def ns_per_char(function: Callable[[str], Any], text: str, repeat: int, clock: Callable[[], float]) -> float:
    """Best time per character over ``repeat`` runs, in nanoseconds."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = clock()
        function(text)
        best = min(best, clock() - started)
    return best * 1e9 / max(1, len(text))


def measure(
    normal_texts: Sequence[str],
    size: int,
    repeat: int,
    clock: Callable[[], float] = time.process_time,
    functions: dict[str, Callable[[str], Any]] | None = None,
) -> list[dict[str, Any]]:
    """Rows of (input, function, ns/char, ratio to normal, growth from size/4 to size)."""
    full = inputs(normal_texts, size)
    quarter = inputs(normal_texts, size // 4)
    rows: list[dict[str, Any]] = []
    for function_name, function in (functions or FUNCTIONS).items():
        baseline = ns_per_char(function, full["normal"], repeat, clock)
        for name, text in full.items():
            per_char = baseline if name == "normal" else ns_per_char(function, text, repeat, clock)
            small = ns_per_char(function, quarter[name], repeat, clock)
            meaningful = baseline >= MIN_BASELINE_NS
            ratio = per_char / baseline if meaningful else None
            rows.append(
                {
                    "input": name,
                    "function": function_name,
                    "chars": len(text),
                    "ns_per_char": per_char,
                    "ratio_to_normal": ratio,
                    "growth_quarter_to_full": per_char / small if small else None,
                    "ok": None if ratio is None else ratio <= TARGET_RATIO,
                }
            )
    return rows


def print_table(rows: list[dict[str, Any]], size: int, clock: str) -> None:
    """The human-readable table, one block per function."""
    print(
        f"ru_newsfacts {ru_newsfacts.__version__}: {clock} time per character on {size:,}-character inputs; "
        f"ratio = hostile / normal (target <= {TARGET_RATIO:g}); growth = ns/char at full size / "
        f"at a quarter (linear ~1, quadratic ~4)"
    )
    header = ("function", "input", "ns/char", "ratio", "growth", "ok")
    lines = [header]
    for row in rows:
        ok = "" if row["ok"] is None else ("yes" if row["ok"] else "NO")
        ratio = "-" if row["ratio_to_normal"] is None else f"{row['ratio_to_normal']:.2f}"
        growth = "-" if row["growth_quarter_to_full"] is None else f"{row['growth_quarter_to_full']:.2f}"
        lines.append((row["function"], row["input"], f"{row['ns_per_char']:.1f}", ratio, growth, ok))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))
    print(f"ratio '-': the function spends under {MIN_BASELINE_NS:g} ns/char on normal text (no baseline).")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the hostile-input benchmark; exit 1 with --check when a ratio exceeds the target."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "folder", nargs="?", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt articles"
    )
    parser.add_argument("--size", type=int, default=200_000, help="characters per input")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="cpu", help="cpu (process time, default) or wall time"
    )
    parser.add_argument(
        "--function", choices=sorted(FUNCTIONS), action="append", help="time only this function (repeatable)"
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead")
    parser.add_argument("--check", action="store_true", help="exit 1 when a ratio exceeds the target")
    args = parser.parse_args(argv)
    folder: Path = args.folder
    normal_texts = load_texts(folder) if folder.is_dir() else []
    if not normal_texts:
        print(f"note: {folder} is absent; normal text is synthetic", file=sys.stderr)
    functions = {name: FUNCTIONS[name] for name in args.function or FUNCTIONS}
    rows = measure(normal_texts, args.size, args.repeat, CLOCKS[args.clock], functions)
    if args.json:
        report = {"size": args.size, "clock": args.clock, "target_ratio": TARGET_RATIO, "rows": rows}
        print(json.dumps(report, indent=2))
    else:
        print_table(rows, args.size, args.clock)
    return 1 if args.check and any(row["ok"] is False for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

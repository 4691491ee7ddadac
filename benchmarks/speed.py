#!/usr/bin/env python3
"""Throughput, scaling, import time and peak memory of ru_newsfacts, against its peers.

Usage (from the repository root)::

    python3 benchmarks/speed.py [FOLDER] [--repeat N] [--json] [--check]

FOLDER holds ``*.txt`` articles (default ``../shared/corpus/wikinews``). Every
function runs over the same texts in the same process: razdel's ``sentenize`` and
natasha's ``MoneyExtractor`` as peers, then ``parse_article``, ``extract_money``,
``extract_quotes``, ``parse_articles`` on 1 and more processes, and a 10 MB text.
A first pass of ``parse_article`` (and of razdel) in a fresh process shows the cost with
cold caches.
Import time and the peak memory of a 1 MB article are measured in fresh
subprocesses. Times are the best of ``--repeat`` runs (natasha: ``--peer-repeat``).
See benchmarks/README.md for the targets and how to read the table.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from _peers import DEFAULT_CORPUS, SRC, load_texts, natasha_money, razdel_sentenize, text_of_size

import ru_newsfacts
from ru_newsfacts import extract_money, extract_quotes, parse_article, parse_articles

TARGET_MONEY_SPEEDUP = 50.0  # extract_money at least 50 times natasha's speed
TARGET_PARSE_RATIO = 8.0  # parse_article at most 8 times razdel's sentenize time
TARGET_IMPORT_SECONDS = 0.3
TARGET_MEMORY_MB = 100.0  # a 1 MB article
MEMORY_CHARS = 1_000_000  # "1 MB": a million characters, about 1.9 MB of UTF-8 Russian
BIG_CHARS = 10_000_000


@dataclass
class Row:
    """One line of the throughput table."""

    function: str
    mb_per_s: float | None
    seconds: float | None
    found: int | None
    unit: str
    peer: str = ""
    ratio: float | None = None
    ratio_means: str = ""
    target: str = ""
    ok: bool | None = None
    note: str = ""


CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}
"""wall: elapsed time (default); cpu: this process's CPU time, steadier on a shared machine."""
_clock: Callable[[], float] = time.perf_counter


def _best_time(function: Callable[[str], int], texts: Sequence[str], repeat: int) -> tuple[float, int]:
    """Best time over ``repeat`` runs of ``function`` on every text; what it found."""
    best = float("inf")
    found = 0
    for _ in range(repeat):
        gc.collect()
        started = _clock()
        found = 0
        for text in texts:
            found += function(text)
        best = min(best, _clock() - started)
    return best, found


def _megabytes(texts: Sequence[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def _sentences(text: str) -> int:
    return sum(len(paragraph.sentences) for paragraph in parse_article(text).paragraphs)


def _count(extractor: Callable[[str], Sequence[Any]]) -> Callable[[str], int]:
    return lambda text: len(extractor(text))


def _row(function: str, unit: str, seconds: float, found: int, size_mb: float, **extra: Any) -> Row:
    return Row(function, size_mb / seconds if seconds else None, seconds, found, unit, **extra)


def throughput(
    texts: list[str], repeat: int, peer_repeat: int, workers: list[int], copies: int, natasha: bool = True
) -> list[Row]:
    """Time every function and peer over ``texts``; the rows of the table."""
    size = _megabytes(texts)
    rows: list[Row] = []

    sentenize, sentenize_note = razdel_sentenize()
    razdel_s: float | None = None
    if sentenize is None:
        rows.append(Row("razdel.sentenize", None, None, None, "sentences", note=sentenize_note))
    else:
        razdel_s, found = _best_time(_count(sentenize), texts, repeat)
        rows.append(_row("razdel.sentenize", "sentences", razdel_s, found, size, note="peer"))

    parse_s, found = _best_time(_sentences, texts, repeat)
    rows.append(
        _row(
            "parse_article",
            "sentences",
            parse_s,
            found,
            size,
            peer="razdel.sentenize",
            ratio=parse_s / razdel_s if razdel_s else None,
            ratio_means="times razdel's time",
            target=f"<= {TARGET_PARSE_RATIO:g}",
            ok=parse_s / razdel_s <= TARGET_PARSE_RATIO if razdel_s else None,
        )
    )

    money_peer, natasha_note = natasha_money() if natasha else (None, "skipped (--no-natasha)")
    natasha_s: float | None = None
    if money_peer is None:
        rows.append(Row("natasha MoneyExtractor", None, None, None, "money", note=natasha_note))
    else:
        natasha_s, found = _best_time(_count(money_peer), texts, peer_repeat)
        rows.append(_row("natasha MoneyExtractor", "money", natasha_s, found, size, note="peer"))

    money_s, found = _best_time(_count(extract_money), texts, repeat)
    rows.append(
        _row(
            "extract_money",
            "money",
            money_s,
            found,
            size,
            peer="natasha MoneyExtractor",
            ratio=natasha_s / money_s if natasha_s and money_s else None,
            ratio_means="times natasha's speed",
            target=f">= {TARGET_MONEY_SPEEDUP:g}",
            ok=natasha_s / money_s >= TARGET_MONEY_SPEEDUP if natasha_s and money_s else None,
        )
    )

    quotes_s, found = _best_time(_count(extract_quotes), texts, repeat)
    rows.append(
        _row(
            "extract_quotes",
            "quotes",
            quotes_s,
            found,
            size,
            peer="razdel.sentenize",
            ratio=quotes_s / razdel_s if razdel_s else None,
            ratio_means="times razdel's time",
        )
    )

    rows.extend(_scaling(texts * copies, repeat, workers, copies))
    return rows


def morph_row(texts: list[str], repeat: int, plain: Row) -> Row:
    """parse_article(text, morph=True) over ``texts``, against parse_article's row (``--morph``).

    The first run also loads pymorphy3's analyser (0.1-0.2 s); the best run counts.
    """
    size = _megabytes(texts)
    seconds, found = _best_time(
        lambda text: sum(len(p.sentences) for p in parse_article(text, morph=True).paragraphs), texts, repeat
    )
    return _row(
        "parse_article, morph",
        "sentences",
        seconds,
        found,
        size,
        peer="parse_article",
        ratio=seconds / plain.seconds if plain.seconds else None,
        ratio_means="times parse_article's time",
    )


def _scaling(texts: list[str], repeat: int, workers: list[int], copies: int) -> list[Row]:
    """parse_articles on 1..N processes over the corpus repeated ``copies`` times.

    Always wall time (the work is spread over processes), pool start-up included.
    """
    size = _megabytes(texts)
    rows: list[Row] = []
    base: float | None = None
    for count in workers:
        best = float("inf")
        found = 0
        for _ in range(repeat):
            gc.collect()
            started = time.perf_counter()
            found = sum(
                1
                for result in parse_articles(texts, workers=count)
                if isinstance(result, ru_newsfacts.Article)
            )
            best = min(best, time.perf_counter() - started)
        base = base or best
        rows.append(
            _row(
                f"parse_articles workers={count}",
                "articles",
                best,
                found,
                size,
                peer="parse_articles workers=1",
                ratio=base / best,
                ratio_means="speed-up",
                note=f"corpus x{copies}, {os.cpu_count()} CPUs",
            )
        )
    return rows


def _big_row(texts: list[str], repeat: int, corpus_row: Row) -> Row:
    """parse_article on one 10 MB text: time per character against the corpus's."""
    big = text_of_size(texts, BIG_CHARS)
    seconds, found = _best_time(_sentences, [big], max(1, min(repeat, 2)))
    size = _megabytes([big])
    per_char_ratio = corpus_row.mb_per_s * seconds / size if corpus_row.mb_per_s else None
    return _row(
        "parse_article 10 MB text",
        "sentences",
        seconds,
        found,
        size,
        peer="parse_article on FOLDER",
        ratio=per_char_ratio,
        ratio_means="time per MB vs FOLDER",
        note="10,000,000 characters",
    )


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


_IMPORT_CODE = (
    "import time; wall, cpu = time.perf_counter(), time.process_time(); import ru_newsfacts; "
    "print(time.perf_counter() - wall, time.process_time() - cpu)"
)


def import_time(runs: int, clock: str) -> dict[str, Any]:
    """Time of ``import ru_newsfacts`` in fresh interpreters: median and best of ``runs``.

    The target is checked on ``clock`` (wall or cpu); both are reported. Bytecode caching is on
    (as after ``pip install``, which compiles the package), even when the caller's environment sets
    ``PYTHONDONTWRITEBYTECODE``, and one untimed run writes the caches first.
    """
    env = _child_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", "import ru_newsfacts"], env=env, check=True)
    walls, cpus = [], []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _IMPORT_CODE], capture_output=True, text=True, env=env, check=True
        )
        wall, cpu = (float(part) for part in done.stdout.split())
        walls.append(wall)
        cpus.append(cpu)
    chosen = cpus if clock == "cpu" else walls
    median = statistics.median(chosen)
    return {
        "runs": runs,
        "clock": clock,
        "median_s": median,
        "best_s": min(chosen),
        "median_wall_s": statistics.median(walls),
        "median_cpu_s": statistics.median(cpus),
        "target_s": TARGET_IMPORT_SECONDS,
        "ok": median < TARGET_IMPORT_SECONDS,
    }


def _proc_status_mb(field: str) -> float | None:
    """A memory line of /proc/self/status (Linux) in MB, else None."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _peak_rss_mb() -> float:
    # VmHWM is this process's own peak; ru_maxrss survives exec and may report the parent's.
    peak = _proc_status_mb("VmHWM")
    if peak is not None:
        return peak
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024  # bytes on macOS, else KiB


def _child_memory(folder: str, chars: int) -> dict[str, Any]:
    """In a fresh process: peak memory of parse_article on a text of ``chars`` characters."""
    import tracemalloc

    folder_path = Path(folder)
    texts = load_texts(folder_path) if folder_path.is_dir() else []
    text = text_of_size(texts, chars)
    del texts
    gc.collect()
    rss_before = _proc_status_mb("VmRSS")
    started = time.perf_counter()
    article = parse_article(text)
    seconds = time.perf_counter() - started
    max_rss_mb = _peak_rss_mb()
    del article
    gc.collect()
    tracemalloc.start()
    article = parse_article(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "chars": chars,
        "utf8_mb": len(text.encode("utf-8")) / 1e6,
        "seconds": seconds,
        "traced_peak_mb": traced_peak / 1e6,
        "process_peak_rss_mb": max_rss_mb,
        "rss_before_parse_mb": rss_before,
        "paragraphs": len(article.paragraphs),
    }


def memory(folder: Path, chars: int) -> dict[str, Any]:
    """Peak memory of one article of ``chars`` characters, measured in a subprocess."""
    done = subprocess.run(
        [sys.executable, __file__, "--child-memory", str(chars), str(folder)],
        capture_output=True,
        text=True,
        env=_child_env(),
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    result["target_mb"] = TARGET_MEMORY_MB if chars == MEMORY_CHARS else None
    result["ok"] = result["traced_peak_mb"] < TARGET_MEMORY_MB if chars == MEMORY_CHARS else None
    return result


def _child_first_pass(folder: str, clock: str) -> dict[str, Any]:
    """In a fresh process: one pass of razdel's sentenize, then one of parse_article.

    The best-of-N rows above run the corpus again and again, so from the second run on the
    word-form caches of the names layer (bounded LRU caches shared across texts) already hold
    every word of the corpus. A first pass over texts never seen shows the cost a stream of
    new articles pays while those caches fill, and the one-time set-up of the data tables.
    """
    texts = load_texts(Path(folder))
    tick = CLOCKS[clock]
    sentenize, _ = razdel_sentenize()
    razdel_s = None
    if sentenize is not None:
        started = tick()
        for text in texts:
            sentenize(text)
        razdel_s = tick() - started
    started = tick()
    found = sum(_sentences(text) for text in texts)
    return {"razdel_s": razdel_s, "parse_s": tick() - started, "found": found}


def first_pass_row(folder: Path, texts: list[str], clock: str) -> Row:
    """parse_article's first pass over ``folder`` in a fresh process, against razdel's there."""
    done = subprocess.run(
        [sys.executable, __file__, "--child-first-pass", "--clock", clock, str(folder)],
        capture_output=True,
        text=True,
        env=_child_env(),
        check=True,
    )
    result = json.loads(done.stdout)
    razdel_s = result["razdel_s"]
    return _row(
        "parse_article, first pass",
        "sentences",
        result["parse_s"],
        result["found"],
        _megabytes(texts),
        peer="razdel.sentenize, first pass",
        ratio=result["parse_s"] / razdel_s if razdel_s else None,
        ratio_means="times razdel's time",
        note="one pass in a fresh process, caches cold (razdel's first pass timed there too)",
    )


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_report(report: dict[str, Any]) -> None:
    """The human-readable tables."""
    corpus = report["corpus"]
    print(
        f"ru_newsfacts {report['version']} | Python {report['python']} | {report['cpus']} CPUs | "
        f"{report['clock']} time | "
        f"{corpus['folder']}: {corpus['files']} files, {corpus['chars']:,} chars, {corpus['mb']:.2f} MB"
    )
    print()
    header = ("function", "MB/s", "seconds", "found", "ratio", "ratio means", "target", "ok")
    lines = [header]
    for row in report["rows"]:
        ok = "" if row["ok"] is None else ("yes" if row["ok"] else "NO")
        found = "-" if row["found"] is None else f"{row['found']} {row['unit']}"
        lines.append(
            (
                row["function"],
                _fmt(row["mb_per_s"], 2),
                _fmt(row["seconds"]),
                found,
                _fmt(row["ratio"], 2),
                row["ratio_means"],
                row["target"],
                ok,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))
    for row in report["rows"]:
        if row["note"] and row["note"] != "peer":
            print(f"  note: {row['function']}: {row['note']}")
    imp = report["import"]
    print()
    print(
        f"import ru_newsfacts (fresh interpreter, {imp['runs']} runs, {imp['clock']} time): "
        f"median {imp['median_s']:.3f} s, best {imp['best_s']:.3f} s "
        f"(median wall {imp['median_wall_s']:.3f} s, cpu {imp['median_cpu_s']:.3f} s); "
        f"target < {imp['target_s']} s: {'yes' if imp['ok'] else 'NO'}"
    )
    for mem in report["memory"]:
        target = ""
        if mem["target_mb"] is not None:
            target = f"; target < {mem['target_mb']:g} MB: {'yes' if mem['ok'] else 'NO'}"
        print(
            f"parse_article on {mem['chars']:,} chars ({mem['utf8_mb']:.1f} MB UTF-8) in a subprocess: "
            f"{mem['seconds']:.2f} s, traced peak {mem['traced_peak_mb']:.1f} MB (tracemalloc), "
            f"process peak RSS {mem['process_peak_rss_mb']:.1f} MB "
            f"(before parsing {_fmt(mem['rss_before_parse_mb'], 1)} MB){target}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the tables (or JSON); exit 1 with --check when a target is missed."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "folder", nargs="?", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt articles"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    parser.add_argument("--peer-repeat", type=int, default=1, help="runs for natasha (slow); default 1")
    parser.add_argument("--workers", default="1,2", help="process counts for parse_articles, e.g. 1,2,4")
    parser.add_argument("--copies", type=int, default=4, help="corpus copies for the parse_articles rows")
    parser.add_argument("--no-big", action="store_true", help="skip the 10 MB text")
    parser.add_argument("--no-natasha", action="store_true", help="skip natasha (a minute per run)")
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="wall (default) or cpu time for the single-process rows",
    )
    parser.add_argument(
        "--morph", action="store_true", help="add a row for parse_article(text, morph=True) (needs pymorphy3)"
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--child-memory", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-first-pass", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child_memory is not None:
        print(json.dumps(_child_memory(str(args.folder), args.child_memory)))
        return 0
    if args.child_first_pass:
        print(json.dumps(_child_first_pass(str(args.folder), args.clock)))
        return 0

    global _clock
    _clock = CLOCKS[args.clock]
    folder: Path = args.folder.resolve()
    texts = load_texts(folder)
    workers = [int(part) for part in args.workers.split(",") if part.strip()]
    rows = throughput(texts, args.repeat, args.peer_repeat, workers, args.copies, not args.no_natasha)
    rows.insert(2, first_pass_row(folder, texts, args.clock))
    if args.morph:
        plain = next(row for row in rows if row.function == "parse_article")
        rows.insert(rows.index(plain) + 1, morph_row(texts, args.repeat, plain))
    if not args.no_big:
        rows.append(
            _big_row(texts, args.repeat, next(row for row in rows if row.function == "parse_article"))
        )
    sizes = [MEMORY_CHARS] if args.no_big else [MEMORY_CHARS, BIG_CHARS]
    report: dict[str, Any] = {
        "version": ru_newsfacts.__version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "clock": args.clock,
        "corpus": {
            "folder": str(folder),
            "files": len(texts),
            "chars": sum(map(len, texts)),
            "mb": _megabytes(texts),
        },
        "rows": [asdict(row) for row in rows],
        "import": import_time(max(5, args.repeat), args.clock),
        "memory": [memory(folder, size) for size in sizes],
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    checks = [row["ok"] for row in report["rows"]] + [report["import"]["ok"], report["memory"][0]["ok"]]
    return 1 if args.check and any(ok is False for ok in checks) else 0


if __name__ == "__main__":
    sys.exit(main())

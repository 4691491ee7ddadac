"""The ``ru-newsfacts`` command line.

``ru-newsfacts FILE...`` prints each article as JSON (one file) or JSON lines
(several files, or ``--jsonl``); ``-`` reads standard input; ``--only money|quotes``
prints just those facts; ``--workers N`` parses on N processes, output in the same
order; ``--html FILE`` prints one article as a self-contained HTML page with its facts
highlighted; ``ru-newsfacts schema`` prints the JSON Schema of Article.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO

from pydantic import TypeAdapter

from . import __version__
from .article import parse_article
from .batch import ordered_map
from .models import Article, Money, Quote
from .money import extract_money
from .quotes import extract_quotes, require_morph, require_syntax

__all__ = ["main"]

PROG = "ru-newsfacts"
_PROGRESS_MIN_FILES = 10
_MONEY_LIST = TypeAdapter(list[Money])
_QUOTE_LIST = TypeAdapter(list[Quote])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract money, quotes and speakers from Russian news articles as JSON.",
        epilog="'ru-newsfacts schema' prints the JSON Schema of the Article output.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; '-' reads stdin")
    parser.add_argument(
        "--only", choices=("money", "quotes"), help="print only these facts instead of the whole article"
    )
    parser.add_argument("--jsonl", action="store_true", help="JSON lines even for a single file")
    parser.add_argument(
        "--html", action="store_true", help="print one article as an HTML page with its facts highlighted"
    )
    parser.add_argument(
        "--workers", type=_positive, default=1, metavar="N", help="parse on N processes (default 1)"
    )
    parser.add_argument(
        "--morph",
        action="store_true",
        help="read unknown person names with pymorphy3 (needs: pip install 'ru-newsfacts[morph]')",
    )
    parser.add_argument(
        "--syntax",
        action="store_true",
        help="read quote speakers with natasha's dependency parse (pip install 'ru-newsfacts[syntax]')",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _read(path: str, stdin: IO[bytes]) -> str:
    data = stdin.read() if path == "-" else open(path, "rb").read()  # noqa: SIM115
    return data.decode("utf-8")


def _facts_json(
    text: str, only: str | None, indent: int | None, morph: bool = False, syntax: bool = False
) -> str:
    if only == "money":
        return _MONEY_LIST.dump_json(extract_money(text), indent=indent).decode()
    if only == "quotes":
        quotes = extract_quotes(text, morph=morph, syntax=syntax)
        return _QUOTE_LIST.dump_json(quotes, indent=indent).decode()
    return parse_article(text, morph=morph, syntax=syntax).model_dump_json(indent=indent)


def _describe(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text (byte {error.start})"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return f"{type(error).__name__}: {error}"


class _Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total = total
        self.stream = stream
        self.enabled = total >= _PROGRESS_MIN_FILES and stream.isatty()

    def step(self, done: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = width * done // self.total
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
        if done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def _results(
    files: Sequence[str],
    only: str | None,
    indent: int | None,
    stdin: IO[bytes],
    morph: bool = False,
    syntax: bool = False,
) -> Iterator[tuple[str, str | None, str | None]]:
    for path in files:
        try:
            text = _read(path, stdin)
        except (OSError, UnicodeDecodeError) as error:
            yield path, None, _describe(error)
            continue
        yield path, _facts_json(text, only, indent, morph, syntax), None


def _html_page(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    stdin: IO[bytes] | None,
    out: IO[str],
    err: IO[str],
) -> int:
    if len(args.files) != 1 or args.only or args.jsonl:
        parser.error("--html takes exactly one FILE and no --only or --jsonl")
    from .html import render_html  # lazy: only this option needs the renderer

    path = args.files[0]
    try:
        text = _read(path, stdin if stdin is not None else sys.stdin.buffer)
    except (OSError, UnicodeDecodeError) as error:
        err.write(f"{PROG}: {path}: {_describe(error)}\n")
        return 1
    out.write(render_html(parse_article(text, morph=args.morph, syntax=args.syntax)))
    out.flush()
    return 0


_Result = tuple[str, str | None, str | None]


def _read_all(files: Sequence[str], stdin: IO[bytes]) -> Iterator[_Result]:
    for path in files:
        try:
            yield path, _read(path, stdin), None
        except (OSError, UnicodeDecodeError) as error:
            yield path, None, _describe(error)


def _work(
    item: _Result, only: str | None, indent: int | None, morph: bool = False, syntax: bool = False
) -> _Result:
    path, text, error = item
    if text is None:
        return path, None, error
    try:
        return path, _facts_json(text, only, indent, morph, syntax), None
    except Exception as failure:  # one file's failure must not take its chunk's files along
        return _failed(item, failure)


def _failed(item: _Result, error: BaseException) -> _Result:
    return item[0], None, f"{type(error).__name__}: {error}"


def _parallel_results(
    files: Sequence[str],
    only: str | None,
    indent: int | None,
    stdin: IO[bytes],
    workers: int,
    morph: bool = False,
    syntax: bool = False,
) -> Iterator[_Result]:
    """Like _results, on ``workers`` processes: files are read here, parsed there, in order."""
    return ordered_map(
        functools.partial(_work, only=only, indent=indent, morph=morph, syntax=syntax),
        _read_all(files, stdin),
        workers=workers,
        on_failure=_failed,
        size=lambda item: len(item[1] or ""),
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line; return the exit status (0 when every file was read).

    Args:
        argv: The arguments without the program name; ``sys.argv[1:]`` by default.
        stdin: Where ``-`` reads bytes from; ``sys.stdin.buffer`` by default.
        stdout: Where results go; standard output by default.
        stderr: Where errors and the progress bar go; standard error by default.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    if args_list[:1] == ["schema"]:
        out.write(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2) + "\n")
        return 0
    parser = _parser()
    args = parser.parse_args(args_list)
    files: list[str] = args.files
    # An extra asked for but not installed: one line naming it, before any file is read.
    for wanted, require in ((args.morph, require_morph), (args.syntax, require_syntax)):
        if wanted:
            try:
                require()
            except ImportError as missing:
                err.write(f"{PROG}: {missing}\n")
                return 2
    if args.html:
        return _html_page(parser, args, stdin, out, err)
    jsonl = args.jsonl or len(files) > 1
    indent = None if jsonl else 2
    key = args.only or "article"
    progress = _Progress(len(files), err)
    status = 0
    source = stdin if stdin is not None else sys.stdin.buffer
    if args.workers > 1:
        results = _parallel_results(files, args.only, indent, source, args.workers, args.morph, args.syntax)
    else:
        results = _results(files, args.only, indent, source, args.morph, args.syntax)
    for done, (path, result, error) in enumerate(results, 1):
        if error is not None:
            err.write(f"{PROG}: {path}: {error}\n")
            status = 1
        elif jsonl:
            name = json.dumps(path, ensure_ascii=False)
            out.write(f'{{"file":{name},"{key}":{result}}}\n')
        else:
            out.write(f"{result}\n")
        progress.step(done)
    out.flush()
    return status

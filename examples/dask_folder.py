#!/usr/bin/env python3
"""Parse a folder of articles on a Dask cluster; write JSON lines or Parquet.

Needs the ``dask`` extra: ``pip install "ru-newsfacts[dask]"`` (dask.bag and
distributed; add pyarrow for Parquet). Every worker must be able to import
``ru_newsfacts``: install it in the workers' environment.

Usage::

    python examples/dask_folder.py FOLDER OUT [--scheduler tcp://host:8786]
        [--format jsonl|parquet] [--partitions N] [--workers N]

Without ``--scheduler`` a ``distributed.LocalCluster`` with ``--workers`` processes
is started for the run. The ``*.txt`` files of FOLDER are read in name order, in
``--partitions`` parts; each part is parsed on a worker and written to OUT as
``part-00000.jsonl`` (or ``.parquet``), so the parts concatenated follow the file
order. A file that cannot be read or parsed gives an error record, never a lost
part.

JSON lines: one object per file, ``{"file": ..., "article": {...}}`` (the
:class:`~ru_newsfacts.Article` as the CLI prints it) or ``{"file": ...,
"error": {"index", "error", "message"}}``.

Parquet: one row per file with flat columns ``file``, ``date``, ``title``,
``paragraphs``, ``sentences``, ``money`` and ``quotes`` (counts), ``error`` and
``article_json`` (the whole Article as JSON, for anything the columns leave out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ru_newsfacts import Article, ArticleError, parse_articles

Item = tuple[int, str]
"""A file's position in name order and its path."""


def _read(items: Sequence[Item]) -> list[str | ArticleError]:
    texts: list[str | ArticleError] = []
    for index, path in items:
        try:
            texts.append(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            texts.append(ArticleError(index=index, error=type(error).__name__, message=str(error)))
    return texts


def _parse_part(items: Sequence[Item]) -> list[tuple[Item, Article | ArticleError]]:
    """Parse the files of one partition, in order (runs on a worker)."""
    items = list(items)
    texts = _read(items)
    readable = [text for text in texts if isinstance(text, str)]
    parsed = iter(parse_articles(readable))
    results: list[tuple[Item, Article | ArticleError]] = []
    for item, text in zip(items, texts, strict=True):
        result = next(parsed) if isinstance(text, str) else text
        if isinstance(result, ArticleError):
            result = result.model_copy(update={"index": item[0]})
        results.append((item, result))
    return results


def jsonl_part(items: Sequence[Item]) -> list[str]:
    """One JSON line per file of a partition."""
    lines = []
    for (_, path), result in _parse_part(items):
        name = json.dumps(Path(path).name, ensure_ascii=False)
        key = "article" if isinstance(result, Article) else "error"
        lines.append(f'{{"file":{name},"{key}":{result.model_dump_json()}}}')
    return lines


def _row(path: str, result: Article | ArticleError) -> dict[str, Any]:
    if isinstance(result, ArticleError):
        return {"file": Path(path).name, "error": result.model_dump_json()}
    return {
        "file": Path(path).name,
        "date": result.date.isoformat() if result.date else None,
        "title": result.title.text if result.title else None,
        "paragraphs": len(result.paragraphs),
        "sentences": sum(len(paragraph.sentences) for paragraph in result.paragraphs),
        "money": len(result.money),
        "quotes": len(result.quotes),
        "article_json": result.model_dump_json(),
    }


PARQUET_COLUMNS = (
    "file",
    "date",
    "title",
    "paragraphs",
    "sentences",
    "money",
    "quotes",
    "error",
    "article_json",
)


def parquet_part(items: Sequence[Item], target: str) -> str:
    """Parse one partition and write it as a Parquet file; return its path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [_row(path, result) for (_, path), result in _parse_part(items)]
    schema = pa.schema(
        [
            ("file", pa.string()),
            ("date", pa.string()),
            ("title", pa.string()),
            ("paragraphs", pa.int64()),
            ("sentences", pa.int64()),
            ("money", pa.int64()),
            ("quotes", pa.int64()),
            ("error", pa.string()),
            ("article_json", pa.string()),
        ]
    )
    table = pa.Table.from_pylist([{name: row.get(name) for name in PARQUET_COLUMNS} for row in rows], schema)
    pq.write_table(table, target)
    return target


def process_folder(
    folder: Path, out: Path, *, fmt: str = "jsonl", partitions: int | None = None
) -> list[Path]:
    """Parse every ``*.txt`` of ``folder`` on the active Dask client; write parts into ``out``.

    Args:
        folder: The articles, one UTF-8 text file each.
        out: Output directory (created if needed).
        fmt: ``"jsonl"`` or ``"parquet"``.
        partitions: How many parts; by default about 100 files per part.

    Returns:
        The files written, in order.
    """
    import dask
    import dask.bag as db

    paths = sorted(str(path) for path in folder.glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    if not paths:
        return []
    count = partitions or max(1, len(paths) // 100)
    items = db.from_sequence(list(enumerate(paths)), npartitions=min(count, len(paths)))
    if fmt == "jsonl":
        written = items.map_partitions(jsonl_part).to_textfiles(
            str(out / "part-*.jsonl"), name_function=_name, last_endline=True
        )
        return [Path(path) for path in written]
    if fmt == "parquet":
        tasks = [
            dask.delayed(parquet_part)(part, str(out / f"part-{_name(number)}.parquet"))
            for number, part in enumerate(items.to_delayed())
        ]
        return [Path(path) for path in dask.compute(*tasks)]
    raise ValueError(f"format must be jsonl or parquet, got {fmt!r}")


def _name(number: int) -> str:
    return f"{number:05}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run on a scheduler given by address, or on a LocalCluster started for the run."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="folder of *.txt articles")
    parser.add_argument("out", type=Path, help="output directory")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--partitions", type=int, help="number of parts (default: ~100 files each)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        written = process_folder(args.folder, args.out, fmt=args.format, partitions=args.partitions)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(f"wrote {len(written)} part(s) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

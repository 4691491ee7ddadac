"""A table of every money mention in some articles: CSV on standard output.

Usage::

    python examples/money_table.py ARTICLE.txt [MORE.txt ...] > money.csv
    python examples/money_table.py --pandas ARTICLE.txt ...   # print a pandas DataFrame instead

Amounts are exact decimal strings; a spreadsheet or ``pandas.read_csv(..., dtype=str)``
keeps them exact.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from ru_newsfacts import parse_article

COLUMNS = ("file", "start", "stop", "text", "amount", "amount_max", "currency", "qualifier", "year")


def money_rows(paths: Sequence[str]) -> list[dict[str, str]]:
    rows = []
    for path in paths:
        article = parse_article(Path(path).read_text(encoding="utf-8"))
        for money in article.money:
            # mode="json": amounts as plain decimal strings, None stays None.
            fields = money.model_dump(mode="json")
            rows.append({"file": Path(path).name} | {c: fields.get(c) for c in COLUMNS[1:]})
    return [{c: "" if row[c] is None else str(row[c]) for c in COLUMNS} for row in rows]


def write_csv(rows: list[dict[str, str]]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def to_dataframe(rows: list[dict[str, str]]) -> Any:
    """The rows as a pandas DataFrame with exact Decimal amounts (pandas is optional)."""
    import pandas as pd  # optional: only --pandas needs it

    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("amount", "amount_max"):
        frame[column] = [Decimal(v) if v else None for v in frame[column]]
    return frame


def main(argv: Sequence[str]) -> int:
    use_pandas = "--pandas" in argv
    paths = [a for a in argv if a != "--pandas"]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    rows = money_rows(paths)
    if not use_pandas:
        write_csv(rows)
        return 0
    try:
        frame = to_dataframe(rows)
    except ImportError:
        print("pandas is not installed: pip install pandas, or drop --pandas for CSV", file=sys.stderr)
        return 1
    print(frame.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

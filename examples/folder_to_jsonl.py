"""Turn a folder of articles (``*.txt``) into JSON lines: one article per line.

Usage::

    python examples/folder_to_jsonl.py FOLDER > articles.jsonl

Each line is ``{"file": "name.txt", "article": {...}}``; amounts are decimal strings.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ru_newsfacts import parse_article


def records(folder: Path) -> Iterator[dict[str, object]]:
    for path in sorted(folder.glob("*.txt")):
        article = parse_article(path.read_text(encoding="utf-8"))
        # mode="json" writes Decimal amounts as plain strings and dates as ISO strings.
        yield {"file": path.name, "article": article.model_dump(mode="json")}


def main(folder: str) -> None:
    for record in records(Path(folder)):
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

"""Money extraction, ru_newsfacts against natasha's MoneyExtractor and PullEnti, on the same inputs.

Usage (from the repository root)::

    python3 benchmarks/compare_money.py            # peers: pip install "ru-newsfacts[bench]"
    python3 benchmarks/compare_money.py --files 50 # throughput on the first 50 wikinews files only

Three measurements, printed as tables:

1. Recall of NEREL's money spans (``../shared/corpus/wikinews_money_spans.jsonl``): a span is
   found when a mention overlaps it. Skipped when the corpus is absent.
2. A table of written forms from the money guide: for each phrase, whether each tool
   returns the right amount (exactly, as a number) and currency.
3. Throughput of each tool on the wikinews texts (money only), in MB/s of UTF-8.

The peers are benchmark-only (see ``_peers.py``); one that cannot be imported is left out.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from _peers import DEFAULT_CORPUS, load_texts, natasha_money, pullenti_money

from ru_newsfacts import extract_money

# A tool as the tables see it: spans (start, stop) and readings (amount, currency) of a text.
Spans = Callable[[str], list[tuple[int, int]]]
Readings = Callable[[str], list[tuple[Decimal | None, str]]]

# (phrase, amount, currency): one amount each, the kind of text news writes.
FORMS: list[tuple[str, str, str]] = [
    ("Сделка стоила 5 млн рублей.", "5000000", "RUB"),
    ("Бюджет составил 2,5 трлн рублей.", "2500000000000", "RUB"),
    ("Цена выросла до 1 500 000 тенге.", "1500000", "KZT"),
    ("Вложено более 26 млрд долларов.", "26000000000", "USD"),
    ("Штраф составит полтора миллиарда рублей.", "1500000000", "RUB"),
    ("Он получил два миллиона евро.", "2000000", "EUR"),
    ("Компания заплатила €5 млн.", "5000000", "EUR"),
    ("Фонд привлёк USD 5 млн.", "5000000", "USD"),
    ("Долг достиг 3,2 млрд белорусских рублей.", "3200000000", "BYN"),
    ("Проект обойдётся в 700 млн гривен.", "700000000", "UAH"),
    ("Кредит выдан на 10 млрд юаней.", "10000000000", "CNY"),
    ("Билет стоит 120 руб. 30 коп.", "120.3", "RUB"),
    ("Выручка составила 1,255 млрд долларов.", "1255000000", "USD"),
    ("Инвестиции — 14 миллиардов 700 миллионов рублей.", "14700000000", "RUB"),
    ("Зарплата — 350 тыс. тенге.", "350000", "KZT"),
    ("Стоимость — 40 тыс. канадских долларов.", "40000", "CAD"),
]


class Tool:
    """One extractor under comparison: a column name and its two views of a text."""

    def __init__(self, name: str, spans: Spans, readings: Readings) -> None:
        self.name = name
        self.spans = spans
        self.readings = readings


def _natasha_amounts(run: Any, text: str) -> list[tuple[Decimal | None, str]]:
    found: list[tuple[Decimal | None, str]] = []
    for match in run(text):
        fact = match.fact
        # natasha gives a float; compare it as the nearest Decimal of its repr.
        found.append((Decimal(repr(fact.amount)), fact.currency))
    return found


def tools() -> list[Tool]:
    """ru_newsfacts first, then every peer that can be imported (the others are reported)."""
    found = [
        Tool(
            "ru_newsfacts",
            lambda text: [(m.start, m.stop) for m in extract_money(text)],
            lambda text: [(m.amount, m.currency) for m in extract_money(text)],
        )
    ]
    natasha, label = natasha_money()
    print(label, file=sys.stderr)
    if natasha is not None:
        run_natasha = natasha
        found.append(
            Tool(
                "natasha",
                lambda text: [(m.start, m.stop) for m in run_natasha(text)],
                lambda text: _natasha_amounts(run_natasha, text),
            )
        )
    pullenti, label = pullenti_money()
    print(label, file=sys.stderr)
    if pullenti is not None:
        run_pullenti = pullenti
        found.append(
            Tool(
                "pullenti",
                lambda text: [(start, stop) for start, stop, _, _ in run_pullenti(text)],
                lambda text: [(amount, code) for _, _, amount, code in run_pullenti(text)],
            )
        )
    return found


def nerel_recall(tools: list[Tool]) -> None:
    corpus = DEFAULT_CORPUS.parent
    spans_file = corpus / "wikinews_money_spans.jsonl"
    if not spans_file.exists():
        print(f"corpus absent at {corpus}, NEREL recall skipped")
        return
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for line in spans_file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["file"]].append((row["start"], row["stop"]))
    texts = {file: (DEFAULT_CORPUS / file).read_text(encoding="utf-8") for file in gold}
    total = sum(len(spans) for spans in gold.values())
    print(f"NEREL money spans on wikinews: {total}")
    print(f"{'tool':32} {'found':>6} {'recall':>7}")
    for tool in tools:
        found = 0
        for file, spans in gold.items():
            mentions = tool.spans(texts[file])
            found += sum(any(s < stop and start < e for s, e in mentions) for start, stop in spans)
        print(f"{tool.name:32} {found:>6} {found / total:>7.3f}")


def forms_table(tools: list[Tool]) -> None:
    print()
    header = "".join(f"  {tool.name:>12}" for tool in tools)
    print(f"{'phrase':50} {'expected':>22}{header}")
    right = [0] * len(tools)
    for phrase, amount, currency in FORMS:
        expected = (Decimal(amount), currency)
        marks = ""
        for index, tool in enumerate(tools):
            ok = expected in tool.readings(phrase)
            right[index] += ok
            marks += f"  {'yes' if ok else 'no':>12}"
        print(f"{phrase:50} {amount + ' ' + currency:>22}{marks}")
    total = len(FORMS)
    scores = "".join(f"  {f'{count}/{total}':>12}" for count in right)
    print(f"{'right':50} {'':>22}{scores}")


def throughput(tools: list[Tool], files: int) -> None:
    if not DEFAULT_CORPUS.is_dir():
        print(f"\ncorpus absent at {DEFAULT_CORPUS}, throughput skipped")
        return
    texts = load_texts(DEFAULT_CORPUS)
    if files:
        texts = texts[:files]
    size = sum(len(text.encode("utf-8")) for text in texts)
    print()
    print(f"throughput on {len(texts)} wikinews texts ({size / 1e6:.2f} MB), money only")
    print(f"{'tool':32} {'seconds':>8} {'MB/s':>8} {'mentions':>9}")
    for tool in tools:
        started = time.perf_counter()
        mentions = sum(len(tool.spans(text)) for text in texts)
        elapsed = time.perf_counter() - started
        print(f"{tool.name:32} {elapsed:>8.2f} {size / 1e6 / elapsed:>8.3f} {mentions:>9}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=0, help="throughput on the first N files only (0: all)")
    args = parser.parse_args()
    compared = tools()
    nerel_recall(compared)
    forms_table(compared)
    throughput(compared, args.files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Money extraction, ru_newsfacts against natasha's MoneyExtractor, on the same inputs.

Usage (from the repository root)::

    python3 benchmarks/compare_money.py            # needs natasha: pip install "ru-newsfacts[bench]"

Two measurements, printed as tables:

1. Recall of NEREL's money spans (``../shared/corpus/wikinews_money_spans.jsonl``): a span is
   found when a mention overlaps it. Skipped when the corpus is absent.
2. A table of written forms from the money guide: for each phrase, whether each tool
   returns the right amount (exactly, as a number) and currency.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from decimal import Decimal
from typing import Any

from _peers import DEFAULT_CORPUS, natasha_money

from ru_newsfacts import extract_money

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


def _natasha_amounts(run: Any, text: str) -> list[tuple[Decimal, str]]:
    found = []
    for match in run(text):
        fact = match.fact
        # natasha gives a float; compare it as the nearest Decimal of its repr.
        found.append((Decimal(repr(fact.amount)), fact.currency))
    return found


def _ours(text: str) -> list[tuple[Decimal, str]]:
    return [(m.amount, m.currency) for m in extract_money(text)]


def nerel_recall(run: Any) -> None:
    corpus = DEFAULT_CORPUS.parent
    spans_file = corpus / "wikinews_money_spans.jsonl"
    if not spans_file.exists():
        print(f"corpus absent at {corpus}, NEREL recall skipped")
        return
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for line in spans_file.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["file"]].append((row["start"], row["stop"]))
    total = sum(len(spans) for spans in gold.values())
    print(f"NEREL money spans on wikinews: {total}")
    print(f"{'tool':32} {'found':>6} {'recall':>7}")
    tools: list[tuple[str, Any]] = [("ru_newsfacts extract_money", None)]
    if run is not None:
        tools.append(("natasha MoneyExtractor", run))
    for name, tool in tools:
        found = 0
        for file, spans in gold.items():
            text = (DEFAULT_CORPUS / file).read_text(encoding="utf-8")
            if tool is None:
                mentions = [(m.start, m.stop) for m in extract_money(text)]
            else:
                mentions = [(m.start, m.stop) for m in tool(text)]
            found += sum(any(s < stop and start < e for s, e in mentions) for start, stop in spans)
        print(f"{name:32} {found:>6} {found / total:>7.3f}")


def forms_table(run: Any) -> None:
    print()
    print(f"{'phrase':52} {'expected':>22}  ours  natasha")
    ours_right = natasha_right = 0
    for phrase, amount, currency in FORMS:
        expected = (Decimal(amount), currency)
        ours = expected in _ours(phrase)
        theirs = run is not None and expected in _natasha_amounts(run, phrase)
        ours_right += ours
        natasha_right += theirs
        mark = {True: "yes", False: "no"}
        print(f"{phrase:52} {amount + ' ' + currency:>22}  {mark[ours]:>4}  {mark[theirs]:>7}")
    total = len(FORMS)
    print(f"{'right':52} {'':>22}  {ours_right:>2}/{total}  {natasha_right:>4}/{total}")


def main() -> int:
    run, label = natasha_money()
    print(label, file=sys.stderr)
    nerel_recall(run)
    forms_table(run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

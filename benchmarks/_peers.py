"""Shared helpers for the benchmarks: where the corpus is, the library under test, and the peers.

The peers are razdel's ``sentenize`` (a runtime dependency already), natasha's
``MoneyExtractor`` and PullEnti's MONEY analyzer. natasha and PullEnti are
benchmark-only peers: install them with the ``bench`` extra (``pip install natasha
pullenti``), never as project dependencies (PullEnti's licence is non-commercial, so
it is a measurement peer and nothing more). A peer that cannot be imported is
skipped with a message.

natasha's ``MorphVocab`` needs pymorphy2, which calls ``inspect.getargspec``; that
function was removed in Python 3.11. :func:`_restore_getargspec` puts back a
small equivalent built on ``inspect.getfullargspec`` before natasha is imported,
and only when the interpreter lacks it.
"""

from __future__ import annotations

import inspect
import sys
import time
from collections import namedtuple
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus" / "wikinews"

# Measure this checkout's code, not an installed copy.
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

Extractor = Callable[[str], Sequence[Any]]


def load_texts(folder: Path) -> list[str]:
    """Every ``*.txt`` file of ``folder`` (sorted by name), decoded as UTF-8."""
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt files in {folder}")
    return [path.read_text(encoding="utf-8") for path in files]


def synthetic_text(size: int) -> str:
    """News-like text of exactly ``size`` characters, for when the corpus is absent."""
    sentence = (
        "Компания «Ромашка» получила более 26 млрд долларов в 2024 году, — заявил министр Иванов. "
        "По его словам, рост составит 5%.\n"
    )
    return (sentence * (size // len(sentence) + 1))[:size]


def text_of_size(texts: Sequence[str], size: int) -> str:
    """Concatenate ``texts`` (one per line, repeated as needed) to exactly ``size`` characters."""
    joined = "\n".join(texts)
    if not joined:
        return synthetic_text(size)
    return ("\n".join([joined] * (size // (len(joined) + 1) + 1)))[:size]


def _restore_getargspec() -> None:
    """Give Python >= 3.11 back ``inspect.getargspec``, which pymorphy2 still calls."""
    if hasattr(inspect, "getargspec"):
        return
    arg_spec = namedtuple("ArgSpec", "args varargs keywords defaults")

    def getargspec(function: Callable[..., Any]) -> Any:
        spec = inspect.getfullargspec(function)
        return arg_spec(spec.args, spec.varargs, spec.varkw, spec.defaults)

    inspect.getargspec = getargspec  # type: ignore[attr-defined]


def natasha_money() -> tuple[Extractor | None, str]:
    """natasha's MoneyExtractor as ``text -> matches``, or None and why it is unavailable."""
    _restore_getargspec()
    try:
        from natasha import MoneyExtractor, MorphVocab
    except Exception as error:  # any import failure means: skip this peer
        return None, f"natasha unavailable ({type(error).__name__}: {error}); pip install natasha"
    started = time.perf_counter()
    extractor = MoneyExtractor(MorphVocab())
    loaded = time.perf_counter() - started

    def run(text: str) -> list[Any]:
        return list(extractor(text))

    return run, f"natasha MoneyExtractor (loaded in {loaded:.2f} s)"


def pullenti_money() -> tuple[Extractor | None, str]:
    """PullEnti's MONEY analyzer as ``text -> [(start, stop, amount, currency)]``.

    Only the morphology service (Russian) and the money analyzer are initialised, so
    the processor runs that one analyzer. ``stop`` is exclusive (PullEnti's
    ``end_char`` is inclusive); ``amount`` is a Decimal built from PullEnti's whole
    part and kopecks strings, or None when it cannot be parsed.

    Returns:
        The callable and a label, or None and why PullEnti is unavailable.
    """
    try:
        from pullenti.morph.MorphLang import MorphLang
        from pullenti.ner.money.MoneyAnalyzer import MoneyAnalyzer
        from pullenti.ner.money.MoneyReferent import MoneyReferent
        from pullenti.ner.ProcessorService import ProcessorService
        from pullenti.ner.SourceOfAnalysis import SourceOfAnalysis
    except Exception as error:  # any import failure means: skip this peer
        return None, f"pullenti unavailable ({type(error).__name__}: {error}); pip install pullenti"
    started = time.perf_counter()
    ProcessorService.initialize(MorphLang.RU)
    MoneyAnalyzer.initialize()
    processor = ProcessorService.create_specific_processor(MoneyAnalyzer.ANALYZER_NAME)
    loaded = time.perf_counter() - started

    def amount_of(referent: Any) -> Decimal | None:
        # The strings, not the float properties, so the amount stays exact.
        whole = referent.get_string_value(MoneyReferent.ATTR_VALUE)
        rest = referent.get_string_value(MoneyReferent.ATTR_REST) or "0"
        try:
            return Decimal(whole) + Decimal(rest) / 100
        except (InvalidOperation, TypeError):
            return None

    def run(text: str) -> list[tuple[int, int, Decimal | None, str]]:
        result = processor.process(SourceOfAnalysis(text))
        found = []
        for referent in result.entities:
            if not isinstance(referent, MoneyReferent):
                continue
            amount = amount_of(referent)
            for occurrence in referent.occurrence:
                found.append((occurrence.begin_char, occurrence.end_char + 1, amount, referent.currency))
        return sorted(found, key=lambda item: item[:2])

    return run, f"PullEnti {ProcessorService.get_version()} MONEY analyzer (loaded in {loaded:.2f} s)"


def razdel_sentenize() -> tuple[Extractor | None, str]:
    """razdel's ``sentenize`` as ``text -> sentences``, or None and why it is unavailable."""
    try:
        from razdel import sentenize
    except Exception as error:  # any import failure means: skip this peer
        return None, f"razdel unavailable ({type(error).__name__}: {error})"

    def run(text: str) -> list[Any]:
        return list(sentenize(text))

    return run, "razdel sentenize"

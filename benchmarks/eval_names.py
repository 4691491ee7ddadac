"""Cross-check ru_newsfacts.names against pymorphy3 on the names found in the shared corpus.

For every person name that ``find_person_names`` finds in the corpus texts, the
nominative it gives is compared with the nominative pymorphy3 (a dictionary-based
analyser, used here only as a reference) produces for the same words.  The script
also times the finders per character.

Usage (from the repository root; pymorphy3 is an evaluation-only dependency)::

    pip install pymorphy3
    PYTHONPATH=src python3 benchmarks/eval_names.py [--corpus wikinews,factru] [--show 30]
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import _peers  # noqa: F401  (puts this checkout's src first on sys.path)

from ru_newsfacts.names import find_person_names, find_roles

_CASES = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"}


def corpus_dir() -> Path | None:
    """The shared corpus next to the repository (``../shared/corpus``), if present."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / ".." / "shared" / "corpus"
        if candidate.is_dir():
            return candidate.resolve()
        candidate = parent / "shared" / "corpus"
        if candidate.is_dir():
            return candidate.resolve()
    return None


def texts(root: Path, parts: list[str]) -> Iterator[tuple[str, str]]:
    """Yield (file name, text) for the corpus parts asked for."""
    for part in parts:
        for path in sorted((root / part).glob("*.txt")):
            yield f"{part}/{path.name}", path.read_text(encoding="utf-8")


def _fold(s: str) -> str:
    return s.replace("ё", "е").replace("Ё", "Е")


def _fits(parse: Any, case: str, gender: str) -> bool:
    g = parse.tag.gender
    return str(parse.tag.case) == case and (g is None or str(g) == gender or "Ms-f" in parse.tag)


def pymorphy_knows(morph: Any, words: list[str]) -> bool:
    """True when pymorphy3's dictionary has a name analysis for every word (not a guess)."""
    for w in words:
        if len(w) == 2 and w.endswith("."):
            continue
        parses = morph.parse(w)
        if not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) and p.is_known for p in parses):
            return False
    return True


def pymorphy_nominative(morph: Any, words: list[str]) -> str | None:
    """The nominative pymorphy3 gives for a name phrase, reading its words together.

    Each word keeps only its name analyses (Name/Surn/Patr) when it has any; the case and
    gender shared by most words are chosen, and every word is inflected to the nominative.
    """
    options: list[list[Any]] = []
    for w in words:
        if len(w) == 2 and w.endswith("."):
            options.append([])
            continue
        parses = morph.parse(w)
        parses = [p for p in parses if "plur" not in p.tag]
        named = [p for p in parses if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        options.append(named or [p for p in parses if "NOUN" in p.tag] or parses[:1])
    best: tuple[int, float, str, str] | None = None
    for case in ("nomn", "gent", "datv", "accs", "ablt", "loct"):
        for gender in ("masc", "femn"):
            fit = 0
            weight = 0.0
            for opts in options:
                scores = [p.score for p in opts if _fits(p, case, gender)]
                if scores:
                    fit += 1
                    weight += max(scores)
            if best is None or (fit, weight) > best[:2]:
                best = (fit, weight, case, gender)
    if best is None:
        return None
    _, _, case, gender = best
    out: list[str] = []
    for w, opts in zip(words, options, strict=True):
        if not opts:
            out.append(w)
            continue
        fitting = [p for p in opts if _fits(p, case, gender)]
        parse = (fitting or opts)[0]
        inflected = parse.inflect({"nomn", "sing"}) or parse.inflect({"nomn"})
        word = inflected.word if inflected is not None else parse.normal_form
        # pymorphy3 lower-cases; restore the capitals of the name as written.
        out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)


HOSTILE_CHUNKS = ("1", " ", ",", "«", "—", "А. ", "Антон ", "министра ", "Иванов ", "по ", "Ааааа", "аааа-")


def time_hostile(size: int = 200_000) -> list[tuple[str, float]]:
    """Microseconds per character of both finders on long runs of one repeated chunk."""
    out: list[tuple[str, float]] = []
    for chunk in HOSTILE_CHUNKS:
        text = chunk * (size // len(chunk))
        t0 = time.perf_counter()
        find_person_names(text)
        find_roles(text)
        out.append((chunk, 1e6 * (time.perf_counter() - t0) / len(text)))
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the agreement rate and timing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="wikinews,factru", help="comma-separated corpus parts")
    parser.add_argument("--show", type=int, default=25, help="how many disagreements to list")
    parser.add_argument("--hostile", action="store_true", help="also time 200k-character hostile inputs")
    args = parser.parse_args(argv)
    root = corpus_dir()
    if root is None:
        print("shared corpus not found (expected ../shared/corpus)", file=sys.stderr)
        return 1
    try:
        import pymorphy3
    except ImportError:
        print("pymorphy3 is not installed: pip install pymorphy3", file=sys.stderr)
        return 1
    morph = pymorphy3.MorphAnalyzer()

    parts = args.corpus.split(",")
    n_chars = 0
    elapsed = 0.0
    counts: collections.Counter[str] = collections.Counter()
    disagreements: collections.Counter[tuple[str, str, str]] = collections.Counter()
    n_roles = 0
    for _name, text in texts(root, parts):
        n_chars += len(text)
        t0 = time.perf_counter()
        mentions = find_person_names(text)
        n_roles += len(find_roles(text))
        elapsed += time.perf_counter() - t0
        for m in mentions:
            words = m.nominative.split(" ")
            written = m.text.replace("\u00a0", " ").split()
            if len(written) != len(words):
                continue
            kind = "full" if len([w for w in words if not w.endswith(".")]) > 1 else "single"
            ref = pymorphy_nominative(morph, written)
            if ref is None:
                continue
            counts[kind] += 1
            same = _fold(ref) == _fold(m.nominative)
            if same:
                counts[kind + "_agree"] += 1
            else:
                disagreements[(m.text, m.nominative, ref)] += 1
            if pymorphy_knows(morph, written):
                counts["known"] += 1
                counts["known_agree"] += same

    total = counts["full"] + counts["single"]
    agree = counts["full_agree"] + counts["single_agree"]
    print(f"corpus: {', '.join(parts)}; {n_chars} characters")
    print(f"names compared: {total} (full names {counts['full']}, single words {counts['single']})")
    if total:
        print(f"agreement with pymorphy3: {agree / total:.3f} overall")
    if counts["full"]:
        print(f"  full names:   {counts['full_agree'] / counts['full']:.3f}")
    if counts["single"]:
        print(f"  single words: {counts['single_agree'] / counts['single']:.3f}")
    if counts["known"]:
        print(
            f"  names pymorphy3 knows from its dictionary ({counts['known']}): "
            f"{counts['known_agree'] / counts['known']:.3f}"
        )
    print(f"roles found: {n_roles}")
    if n_chars:
        print(f"find_person_names + find_roles: {elapsed:.2f} s, {1e6 * elapsed / n_chars:.2f} us/char")
    if args.hostile:
        print("\nhostile inputs (200k characters each), us/char:")
        for chunk, per_char in time_hostile():
            print(f"  {chunk!r:14} {per_char:.2f}")
    if args.show:
        print(f"\nmost frequent disagreements (text | ours | pymorphy3), top {args.show}:")
        for (text, ours, ref), n in disagreements.most_common(args.show):
            print(f"{n:4d}  {text} | {ours} | {ref}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

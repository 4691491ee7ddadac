"""How far two annotators of the same articles agree on quotes and speakers.

Run from the repository root::

    python3 benchmarks/agree_quotes.py benchmarks/quotes_gold_eval7/annotator_a \
        benchmarks/quotes_gold_eval7/annotator_b

Both folders hold gold files in the format of ``eval_quotes.py``, one per article. The second
annotator's quotes are scored against the first's exactly as ``eval_quotes.py`` scores the engine
against the gold: spans match when they overlap by at least half of the shorter one, one to one, and a
speaker agrees when the two names are equal after folding case, ё and quotation marks. F1 is symmetric,
and so is the speaker agreement over matched quotes, so the order of the two folders changes only which
side is called "gold" in ``--verbose``.

The speaker agreement is the ceiling an exact-name speaker score can be read against: where two careful
annotators name different speakers for the same quote, the engine agrees with at most one of them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_quotes as ev  # a sibling script, not a package


def agreement(
    first: Path, second: Path, corpus: Path = ev.CORPUS_DIR
) -> tuple[list[ev.DocResult], dict[str, ev.GroupScore], list[str]]:
    """Score the second annotator's files against the first's, article by article.

    Args:
        first: A folder of gold files (treated as the reference).
        second: A folder of gold files for the same articles.
        corpus: The ``shared/corpus`` directory (texts are read only for ``--verbose`` context).

    Returns:
        Per-article results, totals per group, and warnings (articles only one side annotated, a
        sha1 that differs between the two sides or from the corpus).
    """
    ours = {path.name: path for path in ev.gold_files(first)}
    theirs = {path.name: path for path in ev.gold_files(second)}
    warnings = [f"{name}: only in {first}" for name in sorted(ours.keys() - theirs.keys())]
    warnings += [f"{name}: only in {second}" for name in sorted(theirs.keys() - ours.keys())]
    results: list[ev.DocResult] = []
    totals = {group: ev.GroupScore() for group in ev.GROUPS}
    for name in sorted(ours.keys() & theirs.keys()):
        rel, sha1, reference = ev.load_gold(ours[name])
        rel_b, sha1_b, other = ev.load_gold(theirs[name])
        if (rel, sha1) != (rel_b, sha1_b):
            warnings.append(f"{name}: the two files name different articles or sha1s")
        article = corpus / rel
        text = article.read_text(encoding="utf-8") if article.is_file() else ""
        if text and ev.sha1_of(text) != sha1:
            warnings.append(f"{name}: sha1 of {rel} differs from the annotation")
        result = ev.score_document(Path(name).stem, text, reference, other)
        results.append(result)
        for group in ev.GROUPS:
            totals[group].add(result.scores[group])
    return results, totals, warnings


def speaker_type_agreement(first: Path, second: Path) -> dict[str, float | int]:
    """Over the quotes both annotators marked (matched as above), how often their speaker types agree."""
    same = matched = 0
    theirs = {path.name: path for path in ev.gold_files(second)}
    for path in ev.gold_files(first):
        if path.name not in theirs:
            continue
        reference = ev.load_gold(path)[2]
        other = ev.load_gold(theirs[path.name])[2]
        for gi, pi in ev.match(reference, other):
            matched += 1
            same += reference[gi].speaker_type == other[pi].speaker_type
    return {"matched": matched, "agreement": same / matched if matched else 0.0}


def format_table(totals: dict[str, ev.GroupScore], documents: int, types: dict[str, float | int]) -> str:
    """The summary printed by default."""
    rows = [
        f"annotator agreement: {documents} articles",
        f"{'group':9} {'first':>5} {'second':>6} {'match':>5} {'F1':>6} {'strict':>6} {'spk':>6} {'spk~':>6}",
    ]
    for group in ev.GROUPS:
        m = totals[group].metrics()
        rows.append(
            f"{group:9} {m['gold']:5} {m['predicted']:6} {m['matched']:5} {m['f1']:6.3f} "
            f"{m['strict_f1']:6.3f} {m['speaker_accuracy']:6.3f} {m['speaker_partial']:6.3f}"
        )
    rows.append(f"speaker type agreement over {types['matched']} matched quotes: {types['agreement']:.3f}")
    rows.append(
        "F1 = overlap >= 50% of the shorter span, one-to-one; strict = identical spans; "
        "spk = same speaker name among matches, spk~ = names share a word"
    )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("first", type=Path, help="a folder of one annotator's gold files")
    parser.add_argument("second", type=Path, help="the other annotator's folder, same articles")
    parser.add_argument("--corpus", type=Path, default=ev.CORPUS_DIR, help="the shared/corpus directory")
    parser.add_argument("--verbose", action="store_true", help="print every disagreement with its context")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)

    for folder in (args.first, args.second):
        if not folder.is_dir():
            print(f"no annotations at {folder}", file=sys.stderr)
            return 2
    results, totals, warnings = agreement(args.first, args.second, args.corpus)
    types = speaker_type_agreement(args.first, args.second)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        report: dict[str, Any] = {
            "articles": len(results),
            "groups": {group: totals[group].metrics() for group in ev.GROUPS},
            "speaker_type": types,
            "warnings": warnings,
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    if args.verbose:
        for result in results:
            lines = ev.describe_errors(result)
            if lines:
                print(result.name)
                print("\n".join(lines).replace("gold=", "first=").replace("predicted=", "second="))
        print()
    print(format_table(totals, len(results), types))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

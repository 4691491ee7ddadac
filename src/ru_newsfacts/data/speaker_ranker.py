"""Weights of the speaker ranker (``quotes/_ranker.py``).

Source: fitted by ``benchmarks/fit_speaker_ranker.py`` on the six quote gold sets of the repository
(``benchmarks/quotes_gold*``), a conditional logit over the options of each quote where the rules
guess. Regenerate with ``python3 benchmarks/fit_speaker_ranker.py --write``; do not edit by hand.
"""

from __future__ import annotations

__all__ = ["FEATURES", "WEIGHTS"]

FEATURES: tuple[str, ...] = (
    "rule",
    "none",
    "rule_role",
    "rule_org",
    "person",
    "after",
    "sentences",
    "same_sentence",
    "same_paragraph",
    "paragraphs",
    "in_window",
    "nominative",
    "oblique",
    "agrees",
    "disagrees",
    "mentions",
    "lead",
    "has_role",
    "role_match",
    "last_speaker",
    "has_spoken",
    "in_quote",
    "after_pronoun",
    "after_role",
    "no_cue",
)

WEIGHTS: tuple[float, ...] = (1.0,) + (0.0,) * (len(FEATURES) - 1)

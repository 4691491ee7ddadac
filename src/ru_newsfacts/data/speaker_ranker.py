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
    "group",
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
    "plural_cue",
)

WEIGHTS: tuple[float, ...] = (
    1.9657,  # rule
    0.2944,  # none
    0.2233,  # rule_role
    -0.0352,  # rule_org
    0.3110,  # person
    -0.5005,  # group
    0.0824,  # after
    -0.7805,  # sentences
    0.0464,  # same_sentence
    -0.0138,  # same_paragraph
    -1.0966,  # paragraphs
    0.5030,  # in_window
    0.2040,  # nominative
    -0.7062,  # oblique
    1.5541,  # agrees
    -0.0809,  # disagrees
    0.1616,  # mentions
    0.8552,  # lead
    -0.2020,  # has_role
    0.2107,  # role_match
    0.5590,  # last_speaker
    0.5101,  # has_spoken
    0.4057,  # in_quote
    -0.0943,  # after_pronoun
    -0.0769,  # after_role
    1.0486,  # no_cue
    -1.4521,  # plural_cue
)

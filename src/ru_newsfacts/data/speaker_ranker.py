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
    "role_clash",
    "last_speaker",
    "has_spoken",
    "in_quote",
    "after_pronoun",
    "after_role",
    "no_cue",
    "plural_cue",
)

WEIGHTS: tuple[float, ...] = (
    1.9426,  # rule
    0.3802,  # none
    0.0000,  # rule_role
    -0.1360,  # rule_org
    0.2219,  # person
    -0.4097,  # group
    -0.2115,  # after
    -0.7452,  # sentences
    0.1317,  # same_sentence
    0.0049,  # same_paragraph
    -1.1907,  # paragraphs
    0.6239,  # in_window
    0.3659,  # nominative
    -0.7095,  # oblique
    1.2669,  # agrees
    -0.0076,  # disagrees
    -0.0241,  # mentions
    0.9119,  # lead
    -0.1229,  # has_role
    0.2404,  # role_match
    -0.6265,  # role_clash
    0.5037,  # last_speaker
    0.5001,  # has_spoken
    0.4853,  # in_quote
    -0.1129,  # after_pronoun
    -0.0000,  # after_role
    1.1455,  # no_cue
    -0.9022,  # plural_cue
)

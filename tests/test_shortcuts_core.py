"""More speed shortcuts checked against the plain definitions they replace (see test_shortcuts.py).

Sentence candidates found behind a look-ahead, prefix tests done by one C-level call, and
the like: each test compares a shortcut with the loop or scan it stands for.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ru_newsfacts import segmentation


# Sentence candidates: a look-ahead for the characters that can open razdel's delimiter.
def test_sentence_candidates_look_ahead_for_every_delimiter_start() -> None:
    assert segmentation._START_AHEAD  # the look-ahead is in use with this razdel
    delimiter = segmentation._DELIMITER
    # A character opens a delimiter alone ("." "»") or as a smile before a bracket (":)").
    openers = {chr(c) for c in range(0x110000) if delimiter.match(chr(c) + ")")}
    assert openers == set(segmentation._STARTS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n.?!…;:=-)(\"'„»”’]}«аАzZ5", max_size=60))
def test_sentence_candidates_equal_the_scan_without_the_look_ahead(text: str) -> None:
    pattern = segmentation._CANDIDATES
    plain = re.compile(pattern.pattern.removeprefix(segmentation._START_AHEAD), pattern.flags)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]

"""More speed shortcuts checked against the plain definitions they replace (see test_shortcuts.py).

Sentence candidates found behind a look-ahead, prefix tests done by one C-level call, and
the like: each test compares a shortcut with the loop or scan it stands for.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ru_newsfacts import article as article_module
from ru_newsfacts import parse_article, segmentation
from ru_newsfacts._fast_re import FAST_BLOCKS, OUTSIDE_FAST
from ru_newsfacts.data.abbreviations import PLACE_ABBREVIATIONS
from ru_newsfacts.data.speech import TITLE_NOUN_STEMS
from ru_newsfacts.models import Span, SpeakerSummary
from ru_newsfacts.names._morph import is_first_name
from ru_newsfacts.quotes import _bodies_full, _text, direct, engine, speakers
from ru_newsfacts.quotes._before_name import first_words_before
from ru_newsfacts.quotes._text import DOUBLED, has_word, undouble, words_of


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


# Doubled letters made single: a loop with a C-level test first, for the regex back-reference.
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="аАлЛнН1-'ё σςΣİi\u0307\U0001d400", max_size=30))
def test_undouble_equals_the_back_reference_substitution(text: str) -> None:
    assert undouble(text) == DOUBLED.sub(r"\1", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("шеффер", "шефер"), ("ааа", "аа"), ("аааа", "аа"), ("11--''", "11--''"), ("кирилл", "кирил")],
)
def test_undouble_on_examples(text: str, expected: str) -> None:
    assert undouble(text) == DOUBLED.sub(r"\1", text) == expected


# A title noun: the prefix test by one startswith call before the loop over the stems.
@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TITLE_NOUN_STEMS), st.text(alphabet="аеиоуяюыйьмх", max_size=6))
def test_title_noun_shortcut_equals_the_loop(stem: str, ending: str) -> None:
    for word in (stem + ending, ending + stem, stem[:-1] + ending):
        text = f"в {word} «Название»"
        loop = any(word.startswith(s) and len(word) - len(s) <= direct._MAX_ENDING for s in TITLE_NOUN_STEMS)
        assert direct._after_title_noun(text, 0, text.index("«")) == (loop and not word.endswith("ть"))


# Speaker summaries and the spans of resolved speakers are built unvalidated (_trusted.build).
_SPEAKER_TEXT = st.lists(
    st.sampled_from(
        [
            "«Рынок перегрет», — сказал министр финансов Иван Петров.",
            "Петров добавил: «Цены растут».",
            "По словам аналитика, спрос упал.",
            "«Нет», — ответила она.",
            "Об этом сообщил МИД России.",
            "Эксперт считает, что рынок вырастет.",
            "\n",
            " ",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(_SPEAKER_TEXT)
def test_unvalidated_speaker_parts_equal_validated_ones(text: str) -> None:
    article = parse_article(text)
    for summary in article.speakers:
        checked = SpeakerSummary.model_validate(summary.model_dump())
        assert checked == summary
        assert checked.model_fields_set == summary.model_fields_set
        assert hash(checked) == hash(summary)
    for quote in article.quotes:
        mention = quote.speaker.mention if quote.speaker is not None else None
        if mention is not None:
            checked_span = Span.model_validate(mention.model_dump())
            assert type(mention) is Span
            assert checked_span == mention
            assert checked_span.model_fields_set == mention.model_fields_set


def test_unvalidated_speaker_parts_on_an_example() -> None:
    article = parse_article(
        "«Рынок перегрет», — сказал министр финансов Иван Петров.\nОб этом сообщил МИД России."
    )
    assert engine._DIRECT_SUMMARY and speakers._DIRECT_SPAN  # the unvalidated path is under test
    assert [s.name for s in article.speakers] == ["Иван Петров"]
    test_unvalidated_speaker_parts_equal_validated_ones.hypothesis.inner_test(  # type: ignore[attr-defined]
        "«Рынок перегрет», — сказал министр финансов Иван Петров.\nОб этом сообщил МИД России."
    )


def test_phrase_first_words_open_every_cue_phrase() -> None:
    # author_before and _borrowed build a two-word phrase only after a word in _PHRASE_FIRSTS.
    from ru_newsfacts.data.speech import CUE_PHRASES

    assert {phrase.split(" ")[0] for phrase in CUE_PHRASES} == direct._PHRASE_FIRSTS
    assert all(phrase.count(" ") == 1 for phrase in CUE_PHRASES)


# Words of text inside the fast blocks are found by the standard library's re.
def test_fast_word_class_is_regex_class_on_every_block_character() -> None:
    word, start = _text._fast_patterns()
    for a, b in FAST_BLOCKS:
        for point in range(a, b + 1):
            char = chr(point)
            assert bool(start.match(char)) == bool(_text._WORD_START.match(char)), hex(point)
            assert bool(word.fullmatch(char)) == bool(_text._WORD.fullmatch(char)), hex(point)


_BLOCK_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("аяёЁЯzZ5²½Ⅻ-'’. ,\n«»—"),
        st.characters(min_codepoint=0x0000, max_codepoint=0x052F),
        st.characters(min_codepoint=0x2000, max_codepoint=0x214F),
    ),
    max_size=80,
)


@settings(max_examples=400, deadline=None)
@given(_BLOCK_TEXT, st.integers(0, 90), st.integers(0, 90))
def test_fast_words_equal_the_regex_scan(text: str, a: int, b: int) -> None:
    start, stop = sorted((min(a, len(text)), min(b, len(text))))
    word, word_start = _text._fast_patterns()
    low = _text.fold(text).lower()
    if len(low) == len(text) and OUTSIDE_FAST.search(low) is None:
        assert word.findall(low, start, stop) == _text._WORD.findall(low, start, stop)
        assert bool(word_start.search(low, start, stop)) == bool(_text._WORD_START.search(low, start, stop))
    expected = [
        (start + m.start(), start + m.end(), m.group())
        for m in regex.finditer(r"[\p{L}\p{N}]++(?:[-'’.][\p{L}\p{N}]++)*+", text[start:stop])
    ]
    assert [(w.start, w.stop, w.text) for w in words_of(text, start, stop)] == expected
    assert has_word(text, start, stop) == bool(expected)


def test_fast_words_are_used_for_russian_text() -> None:
    prepared = _text._prepared("Министр заявил: «Рынок перегрет».")
    assert prepared is not None and prepared[1] is _text._fast_patterns()[0]
    outside = _text._prepared("Министр 北京 заявил")
    assert outside is not None and outside[1] is _text._WORD


# The title test looks for a non-space character after the first line instead of stripping a copy.
def test_non_space_is_the_complement_of_str_isspace() -> None:
    non_space = article_module._NON_SPACE
    assert all(bool(non_space.match(chr(c))) != chr(c).isspace() for c in range(0x110000))


def _title_by_definition(text: str) -> tuple[int, int, str] | None:
    first = article_module._FIRST_LINE.match(text)
    if first is None:
        return None
    line = first.group("line").rstrip()
    s = first.start("line")
    e = s + len(line)
    if not line or len(line) > article_module._TITLE_MAX_CHARS or line[-1] in ".:;,…" or line[0] in "-–—―":
        return None
    if not text[e:].strip() or article_module._SENTENCE_INSIDE.search(line):
        return None
    return s, e, line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Заголовок. \n\u2028\u00a0\u3000«»5", max_size=40))
def test_title_equals_its_definition(text: str) -> None:
    title = article_module._find_title(text, 0)
    expected = _title_by_definition(text)
    assert (None if title is None else (title.start, title.stop, title.text)) == expected
    if title is not None:
        checked = Span(start=title.start, stop=title.stop, text=title.text)
        assert title.model_fields_set == checked.model_fields_set


# The capitalised-word index is grouped from C-level maps instead of a loop over the matches.
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="АаЛлБбИиВвНн-Ёё Σσ \nXx", max_size=60))
def test_cap_index_equals_the_loop(text: str) -> None:
    expected: dict[str, list[tuple[int, int]]] = {}
    for match in speakers._CAP_WORD.finditer(text):
        key = speakers._surname_key(match.group().partition("-")[0])[: speakers._MIN_STEM]
        expected.setdefault(key, []).append(match.span())
    assert speakers.Memory(text)._cap_index() == expected


# A first name before a bare surname is read by str.find and fixed patterns, not by a pattern
# compiled for each surname (a compilation costs milliseconds for every new name).
def _first_words_by_pattern(text: str, name: str, stop: int) -> list[tuple[int, str]]:
    pattern = regex.compile(
        r"(?<![.!?\n][^\S\n]{0,2})(?<!^)(?<!\p{L})(?P<first>\p{Lu}\p{Ll}++)[^\S\n]++"
        + regex.escape(name)
        + r"(?!\p{L})"
    )
    return [(m.start(), m.group("first")) for m in pattern.finditer(text, 0, stop)]


_BEFORE_NAME_TEXT = st.lists(
    st.sampled_from(
        [
            *("Бинчи", "Мэйв", "мэйв", "М", "ЙЙ", " ", "  ", "\n", ".", "!", "1", "-", "\t", "\u00a0"),
            *(". Мэйв Бинчи", "! Мэйв  Бинчи", "Мэйв Бинчи", " Мэйв Бинчи"),
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_BEFORE_NAME_TEXT, st.sampled_from(["Бинчи", "Мэйв", "ЙЙ", "йй"]), st.integers(0, 80))
def test_first_words_before_equal_the_pattern(text: str, name: str, stop: int) -> None:
    stop = min(stop, len(text))
    assert list(first_words_before(text, name, stop)) == _first_words_by_pattern(text, name, stop)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он видел Мэйв Бинчи.", [(9, "Мэйв")]),
        ("Мэйв Бинчи пишет.", []),  # the text opens with the word
        ("Ушла. Мэйв Бинчи пишет.", []),  # a sentence opens with it
        ("и Мэйв  Бинчи, и Дэн Бинчин, и Том Бинчи Бинчи", [(2, "Мэйв"), (31, "Том")]),
        ("и Бинчи Бинчи Бинчи", [(2, "Бинчи")]),  # matches do not overlap
    ],
)
def test_first_words_before_on_examples(text: str, expected: list[tuple[int, str]]) -> None:
    assert list(first_words_before(text, "Бинчи", len(text))) == expected
    assert _first_words_by_pattern(text, "Бинчи", len(text)) == expected


def test_first_words_before_is_linear_on_hostile_input() -> None:
    # Every occurrence fails (a digit before it): each is looked at once, close to it.
    text = "1 Бинчи " * 25_000 + "Мэйв Бинчи"
    assert list(first_words_before(text, "Бинчи", len(text))) == [(len(text) - 10, "Мэйв")]


# The places after an abbreviation come from one scan of the text for every abbreviation, not
# from a pattern compiled for each name.
def _fullest_by_pattern(text: str, name: str) -> str:
    if not _bodies_full._ABBREVIATION.fullmatch(name) or name.lower() in PLACE_ABBREVIATIONS:
        return name
    pattern = regex.compile(rf"(?<![\p{{L}}\d-]){regex.escape(name)}{_bodies_full._PLACE_AFTER}")
    places = {m.group("place") for m in pattern.finditer(text) if not is_first_name(m.group("place"))}
    return f"{name} {places.pop()}" if len(places) == 1 else name


_ABBREVIATION_TEXT = st.lists(
    st.sampled_from(["МВД", "МИД", "ВД", "М", "США", "РФ", "Украины", "России", "Наталья", "Ивана"])
    | st.sampled_from(["МВД Наталья ", "МВД Украины ", "МИД России", " МВД РФ"])
    | st.sampled_from([" ", "  ", "\n", "-", "1", ",", "ы", "Ц"]),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_ABBREVIATION_TEXT, st.sampled_from(["МВД", "МИД", "ВД", "США", "РФ", "МВДЦ"]))
def test_fullest_abbreviation_equals_the_pattern_per_name(text: str, name: str) -> None:
    assert _bodies_full.fullest_abbreviation(text, name, frozenset()) == _fullest_by_pattern(text, name)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("МВД Украины сообщило. В МВД заявили.", "МВД", "МВД Украины"),
        ("МВД Украины и МВД России", "МВД", "МВД"),  # two places: which one is unknown
        ("МВД Наталья сказала", "МВД", "МВД"),  # a first name, no place
        ("ГУ МВД РФ Иван", "МВД", "МВД"),  # a capitalised word after the place: none
        ("МИД США сообщил", "МИД", "МИД США"),
    ],
)
def test_fullest_abbreviation_on_examples(text: str, name: str, expected: str) -> None:
    assert _bodies_full.fullest_abbreviation(text, name, frozenset()) == expected
    assert _fullest_by_pattern(text, name) == expected


def test_line_bodies_share_one_set_of_name_starts() -> None:
    # Each line's bodies once got their own copy of the name starts: memory grew with lines x names
    # (a 1 MB article's traced peak went from 81 to 108 MB).
    from ru_newsfacts.quotes.speakers import Memory

    lines = [f"Министерство финансов сообщило {i}. Иван Петров сказал." for i in range(3)]
    text = "\n".join(lines)
    memory = Memory(text)
    starts = [text.index("Министерство", sum(len(x) + 1 for x in lines[:i])) for i in range(3)]
    for start in starts:
        body = memory._whole_body(start, start + len("Министерство"))
        assert body is not None and body.name.startswith("Министерство финансов")
    sets = {id(b._persons) for b in memory._line_bodies.values()}
    assert len(memory._line_bodies) == 3 and len(sets) == 1

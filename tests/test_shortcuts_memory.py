"""The speaker memory's speed shortcuts give the answers of the plain code they replace.

Each test checks one shortcut of the memory build (quotes/speakers.py ``Memory``, the names
layer, the apposed-name scans) against the definition it stands for, on generated text that
mixes the words and characters that matter.
"""

from __future__ import annotations

import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ru_newsfacts.names import _persons, _roles
from ru_newsfacts.names._morph import Reading, surname_readings
from ru_newsfacts.names._persons import NameMention, _Draft
from ru_newsfacts.names._text import TokenSeq, fold, tokens
from ru_newsfacts.quotes import _bodies, speakers
from ru_newsfacts.quotes._apposed_name import _AFTER_ROLE, _PERSON_POSITION, _person_positions
from ru_newsfacts.quotes._bodies import Bodies

_POSITION_PIECES = [
    "по",
    "По",
    "апо",
    "словам",
    "мнению",
    "имени",
    "зовут",
    "называл",
    "называет",
    "себя",
    "26-летнего",
    "112-летний",
    "5-летняя",
    "а12-летней",
    "\U00010d4112-летний",
    "1\U00010d41-летний",
    "1",
    "-летний",
    "Иван",
    "Петров",
    "Анна",
    "Ли",
    "Фон",
    "фон",
    "аль-Асад",
    "Ким",
    ",",
    ".",
    "—",
    "-",
    "«",
]
_SPACES = ["", " ", " ", "  ", "\n", "\u00a0", "\x1c", "\t"]
_POSITION_TEXT = st.lists(
    st.tuples(st.sampled_from(_POSITION_PIECES), st.sampled_from(_SPACES)), max_size=30
).map(lambda parts: "".join(a + b for a, b in parts))


def _spans(matches: object) -> list[tuple[int, int, int, int]]:
    return [(m.start(), m.end(), m.start("name"), m.end("name")) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=500, deadline=None)
@given(_POSITION_TEXT)
def test_person_positions_equal_the_scan(text: str) -> None:
    assert _spans(_person_positions(text)) == _spans(_PERSON_POSITION.finditer(text))


@pytest.mark.parametrize(
    "text",
    [
        "По словам 26-летнего Ивана Петрова, всё в порядке.",
        "по мнению Анны Ли — нет. Его зовут Иван Петров, а 112-летний Иван Петров молчит.",
        "апо словам Иван Петров. а12-летний Иван Петров. называл себя Ким Ли.",
        "по имени Иван Петров и по\nсловам Иван Петров",
    ],
)
def test_person_positions_equal_the_scan_on_examples(text: str) -> None:
    assert _spans(_person_positions(text)) == _spans(_PERSON_POSITION.finditer(text))


class _PlainBodies(Bodies):
    """``Bodies`` reading every word of every line in a plain loop (the code the C-level maps and
    the line filter replace)."""

    def _may_name(self, start: int, stop: int) -> bool:
        return True

    def _line(
        self, phrases: list[tuple[int, list[_bodies.Word], str]], acronyms: list[list[_bodies.Word]]
    ) -> None:
        words = self.words
        k = 0
        while k < len(words):
            word = words[k]
            if word.low in _bodies._FORMS and (word.capitalized or self._capital_adjectives(k)):
                found = self._phrase(k)
                if found is not None:
                    phrases.append(found)
                    k = found[0]
                    continue
            if word.low in _bodies._FORMS:
                named = self._named_after(k)
                if named is not None:
                    self.bodies.append(named)
                    self._inside.update(range(k, k + len(named.name.split()) + 1))
            k += 1
        for k, word in enumerate(words):
            if not _bodies._is_acronym(word) or word.text in _bodies.COUNTRY_ACRONYMS or k in self._inside:
                continue
            prev = words[k - 1] if k else None
            if (
                prev is not None
                and _bodies._adjacent(self.text, prev, word)
                and _bodies._LATIN_WORD.fullmatch(prev.text)
            ):
                continue
            parts = [word]
            nxt = words[k + 1] if k + 1 < len(words) else None
            if (
                nxt is not None
                and _bodies._adjacent(self.text, word, nxt)
                and nxt.capitalized
                and (nxt.low.endswith(("ии", "ины", "ы")) or nxt.text in _bodies.COUNTRY_ACRONYMS)
            ):
                parts.append(nxt)
            acronyms.append(parts)


_BODY_PIECES = [
    "Министерство",
    "министерство",
    "Служба",
    "безопасности",
    "Украины",
    "СБУ",
    "(СБУ)",
    "Европейского",
    "суда",
    "суд",
    "по",
    "правам",
    "человека",
    "ЕСПЧ",
    "МИД",
    "России",
    "США",
    "XXI",
    "Business",
    "NZ",
    "Холдинг",
    "«Медиа-Альфа»",
    "компания",
    "Компания",
    "сообщила",
    "заявил",
    "Иван",
    "Петров",
    "G20",
    "ООН",
    "Организация",
    "Объединённых",
    "Наций",
    "пресс-служба",
    "Пресс-службы",
    "пресс‐служба",
    "Белый дом",
    "агентство",
    "агентствo",
    "İstanbul",
    "T2",
    "Ё1",
    ",",
    ".",
]
_BODY_TEXT = st.lists(
    st.tuples(st.sampled_from(_BODY_PIECES), st.sampled_from(["", " ", " ", "\n", ". "])), max_size=40
).map(lambda parts: "".join(a + b for a, b in parts))


def _read(bodies: Bodies) -> tuple[object, ...]:
    return tuple(bodies.bodies), tuple(sorted(bodies._expansions.items()))


@settings(max_examples=400, deadline=None)
@given(_BODY_TEXT, st.sets(st.integers(0, 300), max_size=5))
def test_bodies_equal_the_plain_loop(text: str, persons: set[int]) -> None:
    starts = frozenset(persons)
    assert _read(Bodies(text, starts)) == _read(_PlainBodies(text, starts))


@pytest.mark.parametrize(
    "text",
    [
        "Служба безопасности Украины (СБУ) сообщила. СБУ заявила, МИД России и посольство США молчат.",
        "Холдинг «Медиа-Альфа» выдвинул. Европейского суда по правам человека (ЕСПЧ) решение. Business NZ",
        "Министерство иностранных дел России и МИД РФ. Компания «Вектор» и организация Business NZ.",
        "Европейского суда по правам человека (ЕСПЧ) решение. XXI век, T2 и ЁЖ.",
    ],
)
def test_bodies_equal_the_plain_loop_on_examples(text: str) -> None:
    assert _read(Bodies(text)) == _read(_PlainBodies(text))
    assert Bodies(text).bodies


def _role_words() -> list[str]:
    """Every key of the role index, as written in lower case and capitalised, with ё and without."""
    words = set()
    for key in _roles._index():
        for word in (key, key.capitalize(), key.replace("е", "ё", 1)):
            words.add(word)
    return sorted(words)


def test_head_info_is_the_readings_read_per_role() -> None:
    for word in _role_words():
        heads = _roles._head_forms(word)[1]
        if not heads:
            continue
        cached_heads, cases, agrees, spelled = _roles._head_info(word)
        assert cached_heads == heads
        # What _build computed from the readings for each role before the cache.
        word_has_yo = "ё" in word.lower()
        assert cases == {h.case for h in heads}
        assert agrees == {h.agree for h in heads}
        assert list(spelled) == ([h for h in heads if ("ё" in h.lemma) == word_has_yo] or list(heads))
        # With every case still open, the first reading spelled as the word is the head.
        assert next(h for h in spelled if h.case in cases) is spelled[0]


_NAME_PIECES = [
    "Владимир",
    "Путин",
    "Путина",
    "Владимировича",
    "фон",
    "дер",
    "Ляйен",
    "Урсула",
    "В.",
    "Песков",
    "Анной",
    "Ахмедовой",
    "де",
    "Голль",
    "сказал",
    "по",
    "словам",
    ",",
    ".",
]
_NAME_TEXT = st.lists(
    st.tuples(st.sampled_from(_NAME_PIECES), st.sampled_from([" ", " ", ", ", "\n"])), max_size=25
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=300, deadline=None)
@given(_NAME_TEXT)
def test_mention_nominative_is_the_rendered_words(text: str) -> None:
    _check_rendered(text)


@pytest.mark.parametrize(
    "text", ["Урсула фон дер Ляйен сказала.", "Шарль де Голль и В. Путин", "с Анной Ахмедовой"]
)
def test_mention_nominative_is_the_rendered_words_on_examples(text: str) -> None:
    assert _check_rendered(text)


def _check_rendered(text: str) -> list[NameMention]:
    """Find the names of ``text`` afresh, checking each mention's nominative against ``_render``."""
    real = _persons._mention
    checked: list[NameMention] = []

    def check(source: str, toks: TokenSeq, draft: _Draft) -> NameMention:
        mention = real(source, toks, draft)
        assert mention.nominative == _persons._render(draft.words, draft.analysis)
        checked.append(mention)
        return mention

    with mock.patch.object(_persons, "_mention", check):
        _persons._find_cached.cache_clear()
        found = _persons._find_cached(text)
    _persons._find_cached.cache_clear()
    assert len(checked) == len(found)
    return checked


_OPENER_TEXT = st.text(alphabet='«„»“"аБ 1.\n-Σё', max_size=60)


@settings(max_examples=400, deadline=None)
@given(_OPENER_TEXT)
def test_char_positions_equal_the_regex_scan(text: str) -> None:
    toks = tokens(text)
    for chars in ("«„", "«", "„", '"“'):
        assert toks.char_positions(chars) == list(toks.positions(re.compile(f"[{chars}]")))


def _plain_relink(toks: TokenSeq, d: _Draft, full: dict[str, str | None]) -> _Draft | None:
    """``_relink`` as written before its early exit: every reading tried, the context read first."""
    word = d.words[-1]
    best: Reading | None = None
    cases = _persons._context_cases(toks, d.first_tok)
    for r in surname_readings(word):
        key = fold(r.nominative)
        if key not in full:
            continue
        g = full[key]
        if g is not None and r.gender not in (g, None):
            continue
        score = r.weight + (0.1 if r.case in cases else 0.0) + _persons._CASE_PRIOR[r.case]
        if best is None or score > best.weight:
            best = Reading(r.nominative, g if g is not None else r.gender, r.case, score)
    if best is None:
        return None
    analysis = _persons._Analysis(
        ("last",), (best.nominative,), best.gender, best.case, best.weight, best.weight
    )
    return _Draft(d.first_tok, d.last_tok, d.words, analysis, bare=True)


_SURNAMES = ["Путин", "Путина", "Путиным", "Иванову", "Иванова", "Шойгу", "Петрова", "Грин", "Лаврове"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_SURNAMES),
    st.sampled_from(["с ", "по словам ", "министра ", "", "о "]),
    st.dictionaries(
        st.sampled_from(["путин", "иванов", "иванова", "петров", "грин", "лавров"]),
        st.sampled_from(["m", "f", None]),
        max_size=3,
    ),
)
def test_relink_equals_the_plain_loop(word: str, before: str, full: dict[str, str | None]) -> None:
    text = before + word
    toks = tokens(text)
    i = len(toks) - 1
    d = _Draft(i, i, [word], _persons._Analysis(("last",), (word,), None, None, 0, 0), True)
    assert _persons._relink(toks, d, full) == _plain_relink(toks, d, full)


@settings(max_examples=1000, deadline=None)
@given(
    st.text(max_size=3),
    st.characters(),
    st.text(max_size=3),
    st.sampled_from(["", " Иван Петров", " Флоранс Девуар.", " и Иван Петров"]),
)
def test_lower_case_after_a_role_space_opens_no_name(before: str, char: str, rest: str, name: str) -> None:
    # name_after_role returns None at once for one space and a lower-case letter after the role:
    # the pattern it no longer tries there matches nothing.
    for text in (before + " " + char + rest + name, before + char + rest + name):
        stop = len(before)
        if text[stop : stop + 1] == " " and text[stop + 1 : stop + 2].islower():
            assert _AFTER_ROLE.match(text, stop) is None


def _plain_gap_binds(gap: str) -> bool:
    """The tests ``Memory._name_after`` made of the gap inline before ``_gap_binds`` cached them."""
    if speakers._BIND_STOP.search(gap) or speakers._VERB_LIKE.search(gap):
        return False
    if speakers._PREPOSITION_IN_GAP.search(speakers._TITLE_IN_MARKS.sub(" ", gap)):
        return False
    return not any(speakers.SPEECH_FORMS.get(w.low) for w in speakers.words_of(gap))


_GAP_PIECES = [" ", ", ", " — ", "«Спартак»", "по", "о", "и", "заявил", "сказала", "его", "сын", ".", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=6).map("".join))
def test_gap_binds_equals_the_inline_tests(gap: str) -> None:
    assert speakers._gap_binds(gap) == _plain_gap_binds(gap)
    assert speakers._gap_binds(gap) == _plain_gap_binds(gap)  # (a second time, from the cache)


@pytest.mark.parametrize(("gap", "binds"), [(" ", True), (", ", True), (" и ", False), (" заявил ", False)])
def test_gap_binds_on_examples(gap: str, binds: bool) -> None:
    assert speakers._gap_binds(gap) is binds


def test_nominative_plural_is_the_first_plural_form() -> None:
    for lemma in _roles.rd.ROLES:
        forms = _roles._plural_forms(lemma)
        if "nom_pl" in forms:
            assert _roles._nominative_plural(lemma) == forms["nom_pl"][0]


def _plain_adjective_nominative(word: str, agree: str) -> str:
    """``_roles._adjective_nominative`` with the endings sorted on each call, as it was."""
    endings = sorted({e for es in _roles._ADJ_ENDINGS.values() for e in es}, key=len, reverse=True)
    with mock.patch.object(_roles, "_ADJ_ENDINGS_LONGEST_FIRST", tuple(endings)):
        return _roles._adjective_nominative(word, agree)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["нов", "Российск", "главн", "бывш", "ВЕРХОВН", "ё"]),
    st.sampled_from([*sorted({e for es in _roles._ADJ_ENDINGS.values() for e in es}), "", "ь"]),
    st.sampled_from(["m", "f"]),
)
def test_adjective_nominative_equals_the_sorted_endings(stem: str, ending: str, agree: str) -> None:
    word = stem + ending
    assert _roles._adjective_nominative(word, agree) == _plain_adjective_nominative(word, agree)
    for reordered in (tuple(reversed(_roles._ADJ_ENDINGS_LONGEST_FIRST)),):
        # Only the length order matters: two endings of one length never both end a word.
        by_length = tuple(sorted(reordered, key=len, reverse=True))
        with mock.patch.object(_roles, "_ADJ_ENDINGS_LONGEST_FIRST", by_length):
            assert _roles._adjective_nominative(word, agree) == _plain_adjective_nominative(word, agree)

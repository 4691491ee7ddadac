"""Reported speech: clauses governed by a speech cue.

Cues: verb + что/чтобы/будто/ли or a colon ("X заявил, что ..."), a verb and a comma with "что"
left out ("Эксперт отмечает, рынок перегрет"), "по словам / по мнению / по оценке + genitive",
"как + verb", inverted cues ("..., считает аналитик"), anaphoric cues whose content is the text
before ("Об этом заявил X", "Так считает X"), documents ("говорится в сообщении"), predicatives
("уверен, что") and relays ("передает ТАСС"). Topic frames ("О том, почему ..., рассказал X"),
refusals ("отказался комментировать") and first or second person are no statements.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import Literal

import regex

from ..data.months import MONTHS
from ..data.speech import (
    ACCORDING_TO,
    ACCUSATION_LEMMAS,
    ANAPHORIC_OPENERS,
    CAUSATIVE_USES,
    CLAUSE_ONLY_LEMMAS,
    CONCLUSION_PHRASES,
    CONTINUATION_LEMMAS,
    CORRELATIVES,
    CUE_PHRASES,
    DOCUMENT_NOUNS,
    FINITE_VERB_ENDINGS,
    FIRST_PERSON,
    FRAME_GERUNDS,
    INFINITIVE_ENDINGS,
    MEDIA,
    NEGATION_ALLOWED,
    NON_STATEMENT_BEFORE,
    NOT_SUBJECTS,
    OPENING_PHRASES,
    PARENTHETICAL_PHRASES,
    PRONOUNS,
    RULE_NOUN_STEMS,
    SOURCE_ADJECTIVES,
    SOURCE_NOUNS,
    SOURCELESS_PHRASES,
    SPEECH_FORMS,
    STATEMENT_NOUNS,
    TOPIC_WORDS,
    VERB_FORM_ENDINGS,
    VerbForm,
)
from ..models import Paragraph
from ..numerals import word_alternation
from ._gaps import words_dropped
from ._raw import RawQuote, Window
from ._text import Word, lowered_chunk, words_of

__all__ = ["find_reported"]

_SUBORDINATORS = frozenset({"что", "чтобы", "будто", "якобы"})
# "подозревают в том, что": the pronoun frame between a verb and its clause.
_FRAME_OBJECTS = frozenset({"в", "о", "на", "том", "то"})
_CLAUSE_BREAK = ",;:—–―("
# Clause and sentence breaks: one scan finds them instead of a test of every character.
_BREAK_CHAR = regex.compile(f"[{regex.escape(_CLAUSE_BREAK + '.!?…')}]")
_CONTENT_MIN_WORDS = 2
_MIN_PART_WORDS = 3
_MAX_OBJECT_WORDS = 10
# "как говорится", "как сказано": idioms; other impersonal verbs after "как" report ("как сообщается").
_SAYING_LEMMAS = frozenset({"говориться", "сказано"})
# "прокомментировал это журналистам:": words allowed between a verb and a colon closing the paragraph.
_MAX_COLON_OBJECT_WORDS = 3
_MAX_INVERTED_TAIL = 12
# "Между тем, пишет X, П": at most this many words before the verb, and naming the speaker after it.
_MAX_PARENTHETICAL_HEAD = 3
_MAX_PARENTHETICAL_WORDS = 5
_FRAME_OPENERS = frozenset({"однако", "а", "но", "и", "также", "впрочем"})
_MAX_NO_CHTO_HEAD = 6
_MAX_ANAPHORIC_SENTENCES = 3
# Past-tense endings of a verb ("выступил", "выступила", "обратились"): where a subject's words end.
_PAST_VERB_ENDINGS = ("ил", "ал", "ел", "ла", "ло", "ли", "лся", "лась", "лось", "лись")
# "Рассказала его пресс-секретарь Светлана Оболенцева": the verb and the speaker's name only.
_MAX_ANAPHORIC_VERB_WORDS = 7
# "Рассказал о планах X": a topic after the verb, not the statement before.
_TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})
# "заявил, выступая на съезде": a gerund after the comma opens no statement.
_GERUND_ENDINGS = ("ясь", "вшись")
# How many words of an inverted cue's content are searched for a first-person pronoun.
_FIRST_PERSON_REACH = 60
# "рассказал о том, как ...": a question word after the verb's clause opens a clause the verb governs.
_OWN_CLAUSE_WORDS = TOPIC_WORDS - {"когда", "где", "куда", "откуда"}
# "..., где, считают власти, П": words before a parenthetical cue that open the clause it interrupts.
_RELATIVE_HEADS = frozenset(
    {"где", "куда", "когда", "если", "что", "чтобы", "который", "которая", "которое", "которые", "которых"}
)
_NO_CHTO_STOP = frozenset(
    {"что", "как", "когда", "если", "где", "почему", "чтобы", "который", "которая", "которые", "которое"}
)


_WORD = regex.compile(r"[\p{L}\p{N}]++")
# Endings of past passive and active participles: "опубликованной", "выступившего", "следящих".
_PARTICIPLE_ENDINGS = (
    "ованной",
    "ованного",
    "ованных",
    "ованный",
    "ованному",
    "ованным",
    "енной",
    "енном",
    "енным",
    "анном",
    "анным",
    "вшей",
    "вшего",
    "вших",
    "ющей",
    "ющего",
    "ющих",
    "ящей",
    "ящего",
    "ящих",
)
# Plural dative adjective endings: "по официальным сообщениям".
_ADJECTIVE_DATIVE = ("ым", "им")
# A sentence holds a cue only with a speech verb form, the noun of a cue phrase ("по словам"),
# "согласно" or a statement noun ("с заявлением:").
_CUE_WORDS = (
    frozenset(SPEECH_FORMS)
    | frozenset(phrase.split()[-1] for phrase in CUE_PHRASES)
    | ACCORDING_TO
    | SOURCE_NOUNS
    | frozenset(STATEMENT_NOUNS)
    | frozenset(CONCLUSION_PHRASES)
)
# Each is a run of plain Cyrillic letters, so the runs of a sentence are a superset test.
_CUE_WORDS_CYRILLIC = all(regex.fullmatch("[а-я]+", word) for word in _CUE_WORDS)


@cache
def cue_word_run() -> re.Pattern[str]:
    """A run of plain Cyrillic letters (``cyrillic_runs``) that is a cue word, found by one search.

    Built on first use (about 20 ms): the trie of 844 words lets the standard library's re reject
    most places on their first letter, three times faster than listing the runs and looking each up.
    """
    return re.compile(rf"(?<![а-я])(?:{word_alternation(sorted(_CUE_WORDS))})(?![а-я])")


def _has_words(text: str, start: int, stop: int, count: int) -> bool:
    """Whether ``text[start:stop]`` holds at least ``count`` words, reading no further than needed."""
    # any() stops at the first hit, so the text is read only as far as needed.
    return any(found >= count for found, _ in enumerate(_WORD.finditer(text, start, stop), start=1))


class _Masks:
    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.spans = list(spans)

    def covering(self, pos: int) -> tuple[int, int] | None:
        index = bisect.bisect_right(self.starts, pos) - 1
        if index >= 0 and self.spans[index][0] <= pos < self.spans[index][1]:
            return self.spans[index]
        return None

    def clear(self, start: int, stop: int) -> bool:
        """Whether ``covering`` is None at every offset of ``[start, stop)`` (one bisect)."""
        index = bisect.bisect_right(self.starts, stop - 1) - 1
        # Every offset then looks at the same span, one starting no later than ``start``.
        return index < 0 or (self.starts[index] <= start and self.spans[index][1] <= start)

    def only_quotes(self, text: str, pos: int, stop: int) -> bool:
        """Whether only masked spans and punctuation stand from ``pos`` to ``stop``.

        "очевидцы говорят, что он выкрикнул «П»": quotes closing a reported clause are part of it
        (the direct quote keeps its own span as well); quotes followed by more words cut the clause.
        """
        index = bisect.bisect_left(self.starts, pos)
        cursor = pos
        while index < len(self.spans) and self.spans[index][0] < stop:
            start, end = self.spans[index]
            if end > stop or _has_words(text, cursor, start, 1):
                return False
            cursor = max(cursor, end)
            index += 1
        return not _has_words(text, cursor, stop, 1)

    def next_start(self, pos: int) -> int | None:
        index = bisect.bisect_left(self.starts, pos)
        return self.starts[index] if index < len(self.starts) else None


class _Sentence:
    def __init__(self, text: str, start: int, stop: int, paragraph: int, masks: _Masks) -> None:
        self.text = text
        self.start = start
        self.stop = stop
        self.paragraph = paragraph
        self.masks = masks
        self._words: list[Word] | None = None
        self._break_list: list[int] | None = None

    @property
    def words(self) -> list[Word]:
        # Built on first use: most sentences hold no cue and never need their words.
        if self._words is None:
            self._words = words_of(self.text, self.start, self.stop)
        return self._words

    def may_hold_cue(self) -> bool:
        """False when no word of the sentence can be a cue: nothing in it to read."""
        if not _CUE_WORDS_CYRILLIC:
            return True  # a cue word the run test cannot see: read every sentence
        # Any run of ``cyrillic_runs`` in ``_CUE_WORDS``: the search sees the chunk's own ends.
        return cue_word_run().search(lowered_chunk(self.text, self.start, self.stop)) is not None

    def _breaks(self) -> list[int]:
        if self._break_list is None:
            self._break_list = [
                i
                for i in (m.start() for m in _BREAK_CHAR.finditer(self.text, self.start, self.stop))
                if self.masks.covering(i) is None
                # A dot inside a word ("NEWSru.com", "Лента.ру") ends nothing.
                and not (self.text[i] == "." and self.text[i + 1 : i + 2].isalnum())
                # A decimal comma ("2,5 тыс.") separates no clauses.
                and not (
                    self.text[i] == ","
                    and self.text[i - 1 : i].isdigit()
                    and self.text[i + 1 : i + 2].isdigit()
                )
            ]
        return self._break_list

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts: after the last comma, colon or dash before it."""
        breaks = self._breaks()
        index = bisect.bisect_left(breaks, pos) - 1
        while index >= 0:
            if self.text[breaks[index]] in _CLAUSE_BREAK:
                return breaks[index] + 1
            index -= 1
        return self.start

    def clause_stop(self, pos: int) -> int:
        """Where the clause holding ``pos`` stops: at the next comma, colon, dash or full stop."""
        breaks = self._breaks()
        index = bisect.bisect_left(breaks, pos)
        return breaks[index] if index < len(breaks) else self.stop


class _Finder:
    def __init__(self, text: str, masked: Sequence[tuple[int, int]], used: set[int]) -> None:
        self.text = text
        self.masks = _Masks(masked)
        self.used = used
        self.quotes: list[RawQuote] = []
        self.group = 10_000

    def add(
        self,
        start: int,
        stop: int,
        paragraph: int,
        cue: tuple[int, int],
        verb: VerbForm | None,
        windows: list[Window],
        group: int | None = None,
        kind: Literal["direct", "indirect"] = "indirect",
    ) -> bool:
        start, stop = self.trim(start, stop)
        if stop <= start or not _has_words(self.text, start, stop, _CONTENT_MIN_WORDS):
            return False
        if self.masks.covering(start) is not None:
            return False
        nxt = self.masks.next_start(start)
        if (
            nxt is not None
            and nxt < stop
            and (
                kind != "indirect"
                or not self.masks.only_quotes(self.text, nxt, stop)
                # "заявил, что П: «Q»": a colon opens the verbatim words after the reported clause.
                or self.text[start:nxt].rstrip(" \t\u00a0'").endswith(":")
            )
        ):
            # Direct quotes inside the content keep their own span: stop before them (and before the
            # wiki italics '' wrapping them).
            start, stop = self.trim(start, nxt)
            while stop > start and self.text[stop - 1] == "'":
                stop -= 1
            start, stop = self.trim(start, stop)
            if stop <= start or not _has_words(self.text, start, stop, _CONTENT_MIN_WORDS):
                return False
        self.group += 1
        self.quotes.append(
            RawQuote(
                start=start,
                stop=stop,
                kind=kind,
                paragraph=paragraph,
                cue=cue,
                verb=verb,
                windows=windows,
                group=self.group if group is None else group,
            )
        )
        return True

    def trim(self, start: int, stop: int) -> tuple[int, int]:
        text = self.text
        while start < stop and (text[start].isspace() or text[start] in ",;:—–―-"):
            start += 1
        while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",;:—–―-."):
            stop -= 1
        return start, stop


def find_reported(
    text: str,
    paragraphs: Sequence[Paragraph],
    skip: set[int],
    masked: Sequence[tuple[int, int]],
    used_cues: set[int],
) -> list[RawQuote]:
    """Find reported statements in the paragraphs whose index is not in ``skip``.

    Args:
        text: The whole text.
        paragraphs: Its paragraphs with sentences.
        skip: Paragraphs to leave alone (interview answers).
        masked: Spans of direct quotes, closed to reported speech.
        used_cues: Offsets of verbs already used as cues of direct quotes.
    """
    finder = _Finder(text, masked, used_cues)
    for index, paragraph in enumerate(paragraphs):
        if index in skip:
            continue
        sentences = [_Sentence(text, s.start, s.stop, index, finder.masks) for s in paragraph.sentences] or [
            _Sentence(text, paragraph.start, paragraph.stop, index, finder.masks)
        ]
        for position, _sentence in enumerate(sentences):
            _read_sentence(finder, sentences, position, paragraphs)
    finder.quotes.sort(key=lambda quote: quote.start)
    return finder.quotes


_PHRASE_STARTS = frozenset({"по", "со"}) | ACCORDING_TO
_CUE_STARTS = (
    frozenset(SPEECH_FORMS) | _PHRASE_STARTS | frozenset(STATEMENT_NOUNS) | frozenset(CONCLUSION_PHRASES)
)


def _read_sentence(
    finder: _Finder, sentences: list[_Sentence], position: int, paragraphs: Sequence[Paragraph]
) -> None:
    sentence = sentences[position]
    if not sentence.may_hold_cue():
        return
    masks = finder.masks
    if masks.clear(sentence.start, sentence.stop):
        words = list(sentence.words)
    else:
        words = [w for w in sentence.words if masks.covering(w.start) is None]
    if not words:
        return
    lows = [w.low for w in words]
    # "О том, почему ..., рассказал X": a topic frame, no statement.
    topic = len(lows) > 2 and lows[0] == "о" and lows[1] == "том" and lows[2] in TOPIC_WORDS
    if topic:
        return
    for i, word in enumerate(words):
        low = word.low
        # One set test per word before any call: most words open no cue at all.
        if low not in _CUE_STARTS:
            continue
        if low in _PHRASE_STARTS and _cue_phrase(finder, sentence, words, lows, i):
            continue
        if low in STATEMENT_NOUNS and _noun_colon(finder, sentences, position, words, i, paragraphs):
            continue
        if low in CONCLUSION_PHRASES:
            # "суд пришёл к выводу, что П": the phrase is the cue, its verb gives the agreement.
            preposition, verbs = CONCLUSION_PHRASES[low]
            if i >= 2 and lows[i - 1] == preposition and lows[i - 2] in verbs:
                conclusion = verbs[lows[i - 2]]
                cue_span = (words[i - 2].start, word.stop)
                _verb_cue(finder, sentences, position, words, lows, i, conclusion, cue_span, paragraphs)
            continue
        form = SPEECH_FORMS.get(low)
        if form is None or word.start in finder.used:
            continue
        if (
            form.lemma in CONTINUATION_LEMMAS
            and i + 1 < len(words)
            and lows[i + 1].endswith(INFINITIVE_ENDINGS)
        ):
            # "продолжает расти": an aspectual verb before an infinitive.
            continue
        if form.lemma in CAUSATIVE_USES and i + 1 < len(words) and lows[i + 1] in CAUSATIVE_USES[form.lemma]:
            # "приводило к появлению": a cause, not a relay.
            continue
        prev = lows[i - 1] if i else ""
        if prev in NON_STATEMENT_BEFORE and not (prev == "не" and form.lemma in NEGATION_ALLOWED):
            continue
        cue_start = words[i - 1].start if prev == "не" else word.start
        if prev == "не" and i >= 2 and lows[i - 2] in NON_STATEMENT_BEFORE:
            continue
        if form.kind == "think" and form.number == "pl" and _indefinite_personal(sentence, words, lows, i):
            # "Предполагают, что П", "Его подозревают в том, что П": nobody's assumption is no statement.
            continue
        if _verb_cue(finder, sentences, position, words, lows, i, form, (cue_start, word.stop), paragraphs):
            finder.used.add(word.start)


def _cue_phrase(finder: _Finder, sentence: _Sentence, words: list[Word], lows: list[str], i: int) -> bool:
    """Read "По словам X, ..." at the start, in the middle or at the end of a sentence."""
    if lows[i] in ACCORDING_TO:
        return _according_to(finder, sentence, words, lows, i)
    if lows[i] not in ("по", "со"):
        return False
    j = i + 1
    pronoun: Word | None = None
    # "по официальным данным": an adjective naming the kind of source stands for the source.
    sourced = False
    if j < len(words) and lows[j] in PRONOUNS:
        pronoun = words[j]
        j += 1
    elif (
        j + 1 < len(words)
        and lows[j].endswith(_ADJECTIVE_DATIVE)
        and f"{lows[i]} {lows[j + 1]}" in CUE_PHRASES
    ):
        # "По официальным сообщениям", "по предварительным данным": an adjective inside the phrase.
        sourced = lows[j] in SOURCE_ADJECTIVES
        j += 1
    if j >= len(words) or f"{lows[i]} {lows[j]}" not in CUE_PHRASES:
        return False
    if j + 1 < len(words) and lows[j + 1] in ("на", "за") and lows[j] == "данным":
        # "По данным на 1 января", "по данным за год": a date of statistics, no source.
        return False
    noun = words[j]
    text = finder.text
    cue = (words[i].start, noun.stop)
    head_start = sentence.clause_start(words[i].start)
    if text[head_start - 1 : head_start] == "(":
        # "(по данным переписи)": a source of one figure in brackets, not of the sentence.
        return False
    clause_end = sentence.clause_stop(noun.stop)
    while clause_end < sentence.stop and text[clause_end] == "(":
        # "По словам Ивана Петрова (Ivan Petrov), П": the brackets belong to the name.
        close = text.find(")", clause_end, sentence.stop)
        if close < 0:
            break
        clause_end = sentence.clause_stop(close + 1)
    if pronoun is not None:
        windows = [Window(pronoun.start, pronoun.stop, "genitive")]
    else:
        phrase = f"{lows[i]} {lows[j]}"
        if (
            not sourced
            and phrase not in SOURCELESS_PHRASES
            and not _has_words(text, noun.stop, clause_end, 1)
        ):
            # "По предварительным данным, П": figures with no source are nobody's statement.
            return False
        windows = [Window(noun.stop, clause_end, "genitive")]
    before = text[sentence.start : head_start].strip(" ,—–-")
    if f"{lows[i]} {lows[j]}" in OPENING_PHRASES and (
        _has_words(text, sentence.start, words[i].start, 1) or pronoun is not None
    ):
        # "лучший игрок по версии журнала": a ranking's source, not a statement.
        return False
    after_start = clause_end + 1 if clause_end < sentence.stop and text[clause_end] == "," else None
    if after_start is not None and _explains_correlative(text, noun.stop, clause_end, after_start):
        # "По данным авария произошла из-за того, что П": the "что" clause explains "того", it is
        # no content of the phrase (a comma after the source is missing).
        return False
    if after_start is not None:
        after_start = _past_relative(sentence, after_start)
    if after_start is not None and _reports_speech(sentence, after_start):
        # "По данным агентства, судья заявила, что П": the clause's own verb reports the speech.
        return False
    group = finder.group + 1
    added = False
    # In the middle of a sentence the phrase splits it; a stub before it ("Отдельное внимание, по
    # словам эксперта, будет уделено ...") is no statement of its own and is left out.
    stub = after_start is not None and not _has_words(text, sentence.start, head_start, _MIN_PART_WORDS)
    # "..., которые, по мнению X, стоят ...": the phrase sits in a relative clause; the words before
    # it are the author's.
    relative = i > 0 and (
        (
            words[i - 1].start < head_start
            # "..., что, по мнению X, является ...": "что" opens a relative clause the phrase sits in.
            and (lows[i - 1].startswith("котор") or lows[i - 1] in _CONJUNCTIONS or lows[i - 1] == "что")
        )
        # "X не пояснил причину, однако по данным источника П": a conjunction opens a clause of its own.
        or (words[i - 1].start >= head_start and lows[i - 1] in _CONJUNCTIONS)
    )
    if before and head_start > sentence.start and not stub and not relative:
        added |= finder.add(sentence.start, head_start, sentence.paragraph, cue, None, windows, group)
    if after_start is not None:
        added |= finder.add(after_start, sentence.stop, sentence.paragraph, cue, None, windows, group)
    if added:
        finder.group = group
    return added


_LATIN_WORD = regex.compile(r"\p{Latin}++")


def _explains_correlative(text: str, start: int, comma: int, after: int) -> bool:
    """Whether "того, что" joins the words before a comma to a "что" clause after it."""
    before = words_of(text, max(start, comma - 12), comma)
    nxt = words_of(text, after, min(len(text), after + 8))
    return bool(before and nxt and before[-1].low in CORRELATIVES and nxt[0].low == "что")


_DATE_INSERT = regex.compile(
    r"\d{1,2}[^\S\n]++(?P<month>\p{L}++)(?:[^\S\n]++\d{4}(?:[^\S\n]++г\p{L}*+\.?)?+)?+"
)


def _inserted(text: str, start: int, comma: int) -> bool:
    """Whether the words before ``comma`` end with a parenthesis or a date set off by commas."""
    opening = text.rfind(",", start, comma)
    if opening < 0:
        return False
    segment = text[opening + 1 : comma].strip()
    if " ".join(w.low for w in words_of(text, opening + 1, comma)) in PARENTHETICAL_PHRASES:
        return True
    date = _DATE_INSERT.fullmatch(segment)
    return date is not None and date.group("month").lower() in MONTHS


def _past_relative(sentence: _Sentence, start: int) -> int | None:
    """Skip "..., которого цитирует X," after the speaker's name: the content follows it."""
    words = words_of(sentence.text, start, min(sentence.stop, start + 30))
    # "..., опубликованной на сайте ЦБ, П": a participle phrase about the source, like "которого".
    if not words or not (words[0].low.startswith("котор") or words[0].low.endswith(_PARTICIPLE_ENDINGS)):
        return start
    end = sentence.clause_stop(words[0].stop)
    if end >= sentence.stop or sentence.text[end] != ",":
        # "пострадавших нет": a participle standing as a noun is the content itself.
        return None if words[0].low.startswith("котор") else start
    return end + 1


def _reports_speech(sentence: _Sentence, start: int) -> bool:
    """Whether the clause at ``start`` has its own speech verb governing "что" or a colon."""
    first = bisect.bisect_left(sentence.words, start, key=lambda w: w.start)
    words = sentence.words[first : first + _MAX_NO_CHTO_HEAD + _MAX_OBJECT_WORDS]
    verb = next((k for k, w in enumerate(words[:_MAX_NO_CHTO_HEAD]) if w.low in SPEECH_FORMS), None)
    if verb is None:
        return False
    # "пилот объяснил инцидент тем, что П": the verb's objects may stand before "что"; a colon only
    # right after the verb and a word or two.
    for k in range(verb + 1, len(words)):
        gap = sentence.text[words[k - 1].stop : words[k].start]
        if (":" in gap and k - verb <= _MAX_COLON_OBJECT_WORDS) or (
            "," in gap and words[k].low in _SUBORDINATORS
        ):
            return True
        if any(ch in gap for ch in ".;!?"):
            break
    return False


def _coordinated_gerund(words: list[Word], first: int, stop: int) -> int | None:
    """Where "и (также) выразив ..." joins a second gerund to the sentence's subject."""
    for k in range(first, min(len(words) - 1, first + _NEXT_CLAUSE_SCAN)):
        if words[k].start >= stop:
            break
        if words[k].low != "и":
            continue
        nxt = k + 2 if words[k + 1].low in ("также", "еще", "тоже") and k + 2 < len(words) else k + 1
        form = SPEECH_FORMS.get(words[nxt].low)
        if form is not None and form.tense == "gerund":
            return words[k].start
    return None


def _coordinated_verb(text: str, words: list[Word], first: int, stop: int, cue: VerbForm) -> int | None:
    """Where ", и (также) объясняют ..." joins a second speech verb to the cue's subject.

    Without the comma the content must open with a verb of its own and no subject ("заявил, что
    встретился с семьёй и отметил ..."): the speaker is the subject of both, so the second verb is
    the speaker's again; after "что министр прибыл и заявил" it is the minister's.
    """
    elided = (
        first < len(words) and words[first].text.islower() and words[first].low.endswith(VERB_FORM_ENDINGS)
    )
    for k in range(first, min(len(words) - 1, first + _NEXT_CLAUSE_SCAN)):
        if words[k].start >= stop:
            break
        if words[k].low != "и" or k == first:
            continue
        if not elided and "," not in text[words[k - 1].stop : words[k].start]:
            continue
        nxt = k + 2 if words[k + 1].low in ("также", "еще", "тоже") and k + 2 < len(words) else k + 1
        form = SPEECH_FORMS.get(words[nxt].low)
        if form is not None and (form.tense, form.number, form.gender) == (cue.tense, cue.number, cue.gender):
            comma = text.rfind(",", words[k - 1].stop, words[k].start)
            return comma if comma >= 0 else words[k - 1].stop
    return None


def _noun_colon(
    finder: _Finder,
    sentences: list[_Sentence],
    position: int,
    words: list[Word],
    i: int,
    paragraphs: Sequence[Paragraph],
) -> bool:
    """Read "выступил с заявлением: П": a statement noun, a colon and the statement's words."""
    text = finder.text
    sentence = sentences[position]
    # "X выступил с заявлением:": the speaker stands before the past-tense verb that takes the noun.
    head = words[i].start
    for k in range(i - 1, max(-1, i - 1 - _MAX_OBJECT_WORDS), -1):
        if words[k].text.islower() and words[k].low.endswith(_PAST_VERB_ENDINGS):
            head = words[k].start
            break
    # A nominative noun is the subject itself ("стоял комментарий:"): no speaker stands before it.
    nominative = STATEMENT_NOUNS[words[i].low] == "nom"
    windows = [] if nominative else [Window(sentence.clause_start(head), head, "before")]
    cue = (words[i].start, words[i].stop)
    if i + 1 == len(words) and text[words[i].stop : sentence.stop].strip() == ":":
        # "стоял комментарий:" closing a paragraph: the words are the next paragraph.
        nxt = sentence.paragraph + 1
        if nxt >= len(paragraphs) or position != len(sentences) - 1:
            return False
        following = paragraphs[nxt]
        opening = words_of(text, following.start, min(following.stop, following.start + 40))
        kind = _verbatim(opening[0], text, following.stop) if opening else "indirect"
        return finder.add(following.start, following.stop, nxt, cue, None, windows, kind=kind)
    if i + 1 >= len(words) or text[words[i].stop : words[i + 1].start].strip() != ":":
        return False
    first = words[i + 1]
    kind = _verbatim(first, text, sentence.stop)
    end = _block_stop(sentences, position) if kind == "direct" else sentence.stop
    return finder.add(first.start, end, sentence.paragraph, cue, None, windows, kind=kind)


def _according_to(finder: _Finder, sentence: _Sentence, words: list[Word], lows: list[str], i: int) -> bool:
    """Read "Согласно IDC, П" and "информация, согласно которой П": a source in the dative."""
    text = finder.text
    j = i + 1
    if j >= len(words) or words[j].start >= sentence.clause_stop(words[i].stop):
        return False
    cue = (words[i].start, words[i].stop)
    if lows[j].startswith("котор"):
        if any(low.startswith(RULE_NOUN_STEMS) for low in lows[max(0, i - _MAX_OBJECT_WORDS) : i]):
            # "законопроект о ..., согласно которому П": a rule, not a source, says it.
            return False
        # "подтвердил информацию, согласно которой П": the relative clause is the content; the
        # sentence before names who confirms it.
        windows = [Window(sentence.start, words[i].start, "before")]
        return finder.add(words[j].stop, sentence.stop, sentence.paragraph, cue, None, windows)
    clause_end = sentence.clause_stop(words[j].start)
    # "согласно данным агентства", "согласно вынесенному вчера решению суда": the source follows the
    # noun in the genitive, with a participle or adjective phrase before the noun at most.
    named = False
    for k in range(j, min(len(words), j + _MAX_PARENTHETICAL_WORDS)):
        if words[k].start >= clause_end:
            break
        if lows[k] in SOURCE_NOUNS:
            if k + 1 >= len(words) or words[k + 1].start >= clause_end:
                # "согласно решению, П": a decision with no source named is a rule.
                return False
            j = k + 1
            named = True
            break
    clause_end = sentence.clause_stop(words[j].start)
    if i > 0 and _has_words(text, sentence.start, sentence.clause_start(words[i].start), 1) and not named:
        # In the middle of a sentence only a named source attributes what follows: "согласно
        # материалам следствия", "согласно IDC", "согласно его расчётам"; "согласно исследованиям",
        # "согласно этой версии" name nobody.
        phrase = [w for w in words[j:] if w.start < clause_end]
        if not any(w.capitalized or w.low in PRONOUNS for w in phrase):
            return False
    # "согласно этому закону": any word of the source phrase may name a rule.
    source = [w.low for w in words[j : j + _MAX_OBJECT_WORDS] if w.start < clause_end]
    if any(low.startswith(RULE_NOUN_STEMS) for low in source):
        return False
    if clause_end >= sentence.stop or text[clause_end] != ",":
        return False
    windows = [Window(words[j].start, clause_end, "genitive")]
    content = _past_relative(sentence, clause_end + 1)
    if content is None or _reports_speech(sentence, content):
        return False
    # "в результате чего, согласно материалам следствия, было найдено ...": in the middle of a sentence
    # the phrase attributes the clause after it; "Цены вырастут, согласно прогнозу" (the phrase
    # closing the sentence) has no clause after it and is left out above.
    return finder.add(content, sentence.stop, sentence.paragraph, cue, None, windows)


def _verb_cue(
    finder: _Finder,
    sentences: list[_Sentence],
    position: int,
    words: list[Word],
    lows: list[str],
    i: int,
    form: VerbForm,
    cue: tuple[int, int],
    paragraphs: Sequence[Paragraph],
) -> bool:
    sentence = sentences[position]
    text = finder.text
    verb = words[i]
    clause_start = sentence.clause_start(verb.start)
    before_clause = Window(clause_start, cue[0], "before")
    # A gerund's subject is the sentence's subject: the first person named, not the nearest one.
    before_sentence = Window(sentence.start, cue[0], "subject" if form.tense == "gerund" else "before")

    # Anaphoric: "Об этом заявил X", "Так считает X": the statement is the text before.
    for opener, max_gap in ANAPHORIC_OPENERS:
        n = len(opener)
        if tuple(lows[:n]) == opener and n <= i <= n + max_gap:
            # "Об этом заявил X, что ..." or "Так, X заявил: ..." are no anaphoric cues.
            governs = i + 1 < len(words) and lows[i + 1] in _SUBORDINATORS
            if text[words[n - 1].stop : words[n - 1].stop + 1] == "," or governs:
                break
            if text[verb.stop : verb.stop + 2].strip().startswith(":"):
                break
            windows = [Window(verb.stop, sentence.stop, "after"), before_sentence]
            return _anaphoric(finder, sentences, position, cue, form, windows, paragraphs)

    # "О том, что ..., рассказал X": the content sits in the topic clause.
    # An opening conjunction may stand first: "Однако о том, что ..., сказал X".
    o = 1 if lows and lows[0] in _FRAME_OPENERS else 0
    if len(lows) > o + 3 and lows[o : o + 3] == ["о", "том", "что"] and i > o + 3:
        stop = text.rfind(",", words[o + 2].stop, verb.start)
        if stop > 0:
            return finder.add(
                words[o + 2].stop,
                stop,
                sentence.paragraph,
                cue,
                form,
                [Window(verb.stop, sentence.stop, "after")],
            )

    # "Как отметил X, ..." / "..., как сообщили в полиции."
    after_kak = i > 1 and lows[i - 2] == "как" and lows[i - 1] in ("уже", "ранее")
    if (
        i
        and lows[i - 1] == "как"
        and form.kind == "document"
        and form.lemma in _SAYING_LEMMAS
        and not (i + 2 < len(words) and lows[i + 1] == "в" and lows[i + 2] in DOCUMENT_NOUNS)
    ):
        # "как говорится": a saying, not a statement; "как говорится в пресс-релизе" is one.
        # "Как сообщается, П" / "как отмечалось, П" are impersonal reports, like "Сообщается, что П".
        return False
    if (i and lows[i - 1] == "как") or after_kak:
        k = i - 1 if lows[i - 1] == "как" else i - 2
        bracket = text[: words[k].start].rstrip().endswith("(")
        if bracket:
            # "П (как заявил его сын)": the cue in brackets attributes the words before them.
            close = text.find(")", verb.stop, sentence.stop)
            windows = [Window(verb.stop, close if close > 0 else sentence.stop, "after")]
            paren = text.rfind("(", sentence.start, words[k].start)
            return finder.add(sentence.start, paren, sentence.paragraph, cue, form, windows)
        clause_end = sentence.clause_stop(verb.stop)
        windows = [Window(verb.stop, clause_end, "after")]
        # A comma after the clause opens the content ("Как отметил X, ...").
        if clause_end < sentence.stop and text[clause_end] == ",":
            # "Как говорится в пресс-релизе, размещённом на сайте суда, П": skip the participle phrase.
            content = _past_relative(sentence, clause_end + 1)
            if content is None:
                return False
            if content != clause_end + 1:
                windows = [Window(verb.stop, content - 1, "after")]
            return finder.add(content, sentence.stop, sentence.paragraph, cue, form, windows)
        comma = text.rfind(",", sentence.start, words[k].start)
        if comma > sentence.start:
            return finder.add(sentence.start, comma, sentence.paragraph, cue, form, windows)
        return False

    # Verb followed (after its objects) by ", что" or a colon.
    limit = min(len(words), i + 1 + _MAX_OBJECT_WORDS)
    for j in range(i + 1, limit):
        if lows[j] in SPEECH_FORMS and j > i + 1:
            break
        gap = text[words[j - 1].stop : words[j].start]
        # "Менеджер сказал что П": a "что" right after the verb governs its clause without a comma.
        bare = j == i + 1 and lows[j] == "что" and form.tense != "gerund" and gap.isspace()
        if lows[j] in _SUBORDINATORS and ("," in gap or bare):
            windows = [before_clause, Window(verb.stop, words[j - 1].stop, "after"), before_sentence]
            if form.lemma in ACCUSATION_LEMMAS:
                # "упрекают тренера в том, что": the object is the accused, never the speaker.
                windows = [before_clause, before_sentence]
            if lows[j] == "что" and j > 2 and lows[j - 1] == "том" and lows[j - 2] == "о":
                windows[1] = Window(verb.stop, words[j - 2].start, "after")
            end = _next_speaker_clause(text, words, j + 1) or sentence.stop
            if form.tense == "gerund":
                # "ушёл, посчитав, что П, и выразив поддержку": a second gerund returns to the subject.
                end = _coordinated_gerund(words, j + 1, end) or end
            elif form.tense in ("past", "present"):
                # "утверждают, что П, и объясняют это ...": a second verb of the cue's own tense and
                # number after ", и" returns to the speaker; the content ends at the comma.
                end = _coordinated_verb(text, words, j + 1, end, form) or end
            return finder.add(words[j].stop, end, sentence.paragraph, cue, form, windows)
        if j + 1 < len(words) and lows[j + 1] == "ли" and "," in gap:
            windows = [before_clause, Window(verb.stop, words[j - 1].stop, "after"), before_sentence]
            return finder.add(words[j].start, sentence.stop, sentence.paragraph, cue, form, windows)
        if ":" in gap:
            if _LATIN_WORD.fullmatch(words[j - 1].text) and _LATIN_WORD.fullmatch(words[j].text):
                # "написал мемуары Light My Fire: My Life with ...": a foreign title and its subtitle.
                return False
            windows = [before_clause, Window(verb.stop, words[j - 1].stop, "after"), before_sentence]
            kind = _verbatim(words[j], text, sentence.stop)
            if kind == "indirect" and _verbless_list(words[j:], text):
                # "отметили три сферы: политическую, экономическую и гуманитарную", "на вопросы
                # отвечали: командир X, бортинженер Y и космонавт Z": a list of objects or subjects.
                return False
            end = _block_stop(sentences, position) if kind == "direct" else sentence.stop
            return finder.add(words[j].start, end, sentence.paragraph, cue, form, windows, kind=kind)
        if any(ch in gap for ch in ".;!?"):
            break
    if form.lemma in CLAUSE_ONLY_LEMMAS:
        # "сочла его лучшим", "постановил принять меры": no clause, no statement.
        return False
    if i + 1 < len(words) and ":" in text[verb.stop : words[i + 1].start]:
        windows = [before_clause, before_sentence]
        kind = _verbatim(words[i + 1], text, sentence.stop)
        end = _block_stop(sentences, position) if kind == "direct" else sentence.stop
        return finder.add(words[i + 1].start, end, sentence.paragraph, cue, form, windows, kind=kind)
    if _colon_closes(text, words, i, sentence.stop):
        # "В поздравлении говорится:" closing a paragraph: the words follow in the next one.
        nxt = sentence.paragraph + 1
        if nxt < len(paragraphs) and position == len(sentences) - 1:
            following = paragraphs[nxt]
            if words_dropped(text, paragraphs[sentence.paragraph].stop, following.start):
                return False  # the announced words were lost with a blank gap; the author goes on
            windows = [before_clause, before_sentence]
            opening = words_of(text, following.start, min(following.stop, following.start + 40))
            kind = _verbatim(opening[0], text, following.stop) if opening else "indirect"
            return finder.add(following.start, following.stop, nxt, cue, form, windows, kind=kind)
        return False

    # Parenthetical after an opener: "Между тем, пишет «Коммерсантъ», П" / "Сейчас, сказал он, П".
    if (
        0 < i <= _MAX_PARENTHETICAL_HEAD
        and form.tense != "gerund"
        and text[words[i - 1].stop : verb.start].strip() == ","
    ):
        for k in range(i + 1, min(len(words), i + 1 + _MAX_PARENTHETICAL_WORDS)):
            if "," in text[words[k - 1].stop : words[k].start]:
                if len(words) - k >= _CONTENT_MIN_WORDS + 1 and lows[k] not in _SUBORDINATORS:
                    # The window runs to the comma: a medium's closing mark stays inside it.
                    comma = text.find(",", words[k - 1].stop, words[k].start)
                    windows = [Window(verb.stop, comma, "after")]
                    return finder.add(words[k].start, sentence.stop, sentence.paragraph, cue, form, windows)
                break
            if any(ch in text[words[k - 1].stop : words[k].start] for ch in ".;:!?"):
                break

    # Inverted: "..., считает аналитик." / "..., говорится в сообщении."
    before_verb = verb.start
    while before_verb > sentence.start and text[before_verb - 1].isspace():
        before_verb -= 1
    # A gerund after a comma ("..., пообещав подчиняться") is an adverbial phrase, not an inverted cue.
    inverted = (
        i
        and form.tense != "gerund"
        and (
            text[before_verb - 1 : before_verb] in (",", "—", "–", "―")
            or _spaced_hyphen(text, before_verb - 1)
        )
    )
    tail_stop, tail_words = sentence.stop, len(words) - i
    if (
        inverted
        and text[words[-1].stop : sentence.stop].strip().startswith(":")
        and not any(low.endswith(FINITE_VERB_ENDINGS) for low in lows[: min(i, _FIRST_PERSON_REACH)])
    ):
        # "Иветта, жена актёра, говорила два дня назад:": the words before the verb are its subject,
        # and the verb opens the words after the colon ("П, сказал X: Q" keeps П, it has a verb).
        inverted = False
    if inverted:
        verb_end = sentence.clause_stop(verb.stop)
        after = bisect.bisect_left(words, verb_end, key=lambda w: w.start)
        if verb_end < sentence.stop and text[verb_end] == "," and after < len(words):
            gerund = SPEECH_FORMS.get(lows[after])
            if lows[after] in _OWN_CLAUSE_WORDS:
                # "X, бежавший ..., рассказал о том, как П": the verb governs a clause of its own.
                inverted = False
            elif gerund is not None and gerund.tense == "gerund":
                # "П, сообщили правоохранители, добавив, что П2": the cue's words end at the gerund.
                tail_stop, tail_words = verb_end, after - i
            elif (
                len(words) - after >= _MIN_PART_WORDS
                # A parenthesis names the speaker only: "уточняет газета", not "говорит о вероятности".
                and 0 < after - i - 1 <= _MAX_PARENTHETICAL_WORDS
                and lows[i + 1] not in _TOPIC_PREPOSITIONS
                and not any(low.endswith(FINITE_VERB_ENDINGS) for low in lows[:i])
                and any(low.endswith(FINITE_VERB_ENDINGS) for low in lows[after:])
            ):
                # "Одна из групп, уточняет газета, пришла к ...": the cue interrupts the subject; the
                # clause after it is the statement (the subject before it is shared).
                windows = [Window(verb.stop, verb_end, "after")]
                return finder.add(verb_end + 1, sentence.stop, sentence.paragraph, cue, form, windows)
            elif lows[i - 1] in _RELATIVE_HEADS and len(words) - after >= _MIN_PART_WORDS:
                # "..., где, считают власти, он стал ...": a parenthetical cue; the clause after it is
                # the statement, the words before it are the author's.
                windows = [Window(verb.stop, verb_end, "after")]
                return finder.add(verb_end + 1, sentence.stop, sentence.paragraph, cue, form, windows)
    if inverted and tail_words <= _MAX_INVERTED_TAIL:
        comma = before_verb - 1
        while comma > sentence.start and (text[comma - 1] in ",—–―-" or text[comma - 1].isspace()):
            comma -= 1
        last = finder.quotes[-1] if finder.quotes else None
        after_verb = text[verb.stop : verb.stop + 3].lstrip()
        relay = (
            form.kind == "relay"
            or after_verb.startswith("«")
            or (i + 1 < len(words) and lows[i + 1] in MEDIA)
        )
        if (
            relay
            and last is not None
            and last.verb is not None
            and last.verb.kind in ("say", "think")
            and last.cue is not None
            and sentence.start <= last.cue[0]
            and last.cue[1] <= last.start < comma < last.stop
        ):
            # "X заявил, что П, передаёт ТАСС": a verb earlier in the sentence reports the words; a
            # medium after them relays X's words (the guide: the speaker is X), so they end before it.
            last.stop = finder.trim(last.start, comma)[1]
            return False
        if _inserted(text, sentence.start, comma):
            # "В ходе встречи он, в частности, прокомментировал ...", "Парламент в среду, 20 июня,
            # выразил ...": the comma closes a parenthesis or a date, the verb's subject stands before.
            return False
        windows = [Window(verb.stop, tail_stop, "after")]
        # "П, — заявил источник" / "П - сообщил прокурор": the dash marks the words before as verbatim;
        # without a comma the words before must make a sentence of their own.
        dash = text[before_verb - 1 : before_verb] in ("—", "–", "―", "-")
        dashed = dash and ("," in text[comma:before_verb] or i >= _MIN_PART_WORDS)
        # "Мы довольны результатом, сказал X": first-person words before a comma cue are the speaker's own.
        # (The look is bounded: a sentence of many cues must not read its words again for each.)
        own = not dash and _first_person(text, words[: min(i, _FIRST_PERSON_REACH)])
        kind = "direct" if (dashed or own) and _verbatim(words[0]) else "indirect"
        return finder.add(sentence.start, comma, sentence.paragraph, cue, form, windows, kind=kind)

    # "Рассказала его пресс-секретарь X.": a sentence opening with the verb and naming only the speaker
    # reports the sentence before, like "Об этом рассказала X".
    if (
        i == 0
        and form.tense == "past"
        and form.kind == "say"
        and 1 < len(words) <= _MAX_ANAPHORIC_VERB_WORDS
        and lows[1] not in _TOPIC_PREPOSITIONS
        # The words after the verb name the speaker: a capitalised name ends them.
        and words[-1].capitalized
        and text[words[-1].stop : sentence.stop].strip() in ("", ".")
        and not any(ch in text[verb.stop : sentence.stop] for ch in ',:;—–―«"')
    ):
        windows = [Window(verb.stop, sentence.stop, "after")]
        return _anaphoric(finder, sentences, position, cue, form, windows, paragraphs)

    # "Эксперт отмечает, рынок перегрет": the verb early, a comma, and the content.
    if (
        i <= _MAX_NO_CHTO_HEAD
        and form.tense != "gerund"
        and i + 1 < len(words)
        and text[verb.stop : words[i + 1].start].strip() == ","
        and lows[i + 1] not in _NO_CHTO_STOP
        and lows[i + 1] not in FRAME_GERUNDS
        and not lows[i + 1].endswith(_GERUND_ENDINGS)
        and len(words) - i > 3
    ):
        windows = [before_clause, before_sentence]
        return finder.add(words[i + 1].start, sentence.stop, sentence.paragraph, cue, form, windows)
    return False


def _indefinite_personal(sentence: _Sentence, words: list[Word], lows: list[str], i: int) -> bool:
    """Whether a plural verb has no subject: "(Его также) подозревают в том, что П".

    No word before the verb in its sentence can be a subject, and only "в том" / "о том" stand
    between the verb and "что".
    """
    # Any other word before the verb in the sentence may be its subject or the speaker of an earlier
    # verb it shares ("В полиции сообщили, что ..., и предположили, что ...").
    if any(w.low not in NOT_SUBJECTS for w in words[:i]):
        return False
    for j in range(i + 1, min(len(words), i + 4)):
        if lows[j] in _SUBORDINATORS:
            return "," in sentence.text[words[j - 1].stop : words[j].start]
        if lows[j] not in _FRAME_OBJECTS:
            return False
    return False


def _first_person(text: str, words: list[Word]) -> bool:
    """Whether a word in the first person stands outside quotation marks among ``words``.

    "Китай — «выгоден нам», заявил премьер": a first person inside quoted fragments belongs to the
    fragments; the sentence around them is the author's retelling.
    """
    inside = False
    cursor = words[0].start if words else 0
    for word in words:
        # Count the marks passed since the last word: guillemets open and close, straight marks toggle.
        for ch in text[cursor : word.start]:
            if ch in "«„":
                inside = True
            elif ch in "»“”":
                inside = False
            elif ch == '"':
                inside = not inside
        cursor = word.stop
        if not inside and word.low in FIRST_PERSON:
            return True
    return False


def _verbless_list(words: list[Word], text: str) -> bool:
    """Whether words after a colon are a list ("А, Б и В") with no word that looks like a finite verb."""
    if not words:
        return False
    items = 1 + sum(1 for w in words if w.low == "и") + text.count(",", words[0].start, words[-1].stop)
    if items < 2:
        return False
    return not any(w.low.endswith(FINITE_VERB_ENDINGS) for w in words if w.low.isalpha())


def _spaced_hyphen(text: str, pos: int) -> bool:
    """Whether a hyphen at ``pos`` stands between spaces, as a dash typed on a keyboard (" - ")."""
    return text[pos : pos + 1] == "-" and text[pos - 1 : pos].isspace() and text[pos + 1 : pos + 2].isspace()


def _block_stop(sentences: list[_Sentence], position: int) -> int:
    """Where verbatim words after "заявила:" stop: the paragraph's end or the next attributed sentence."""
    stop = sentences[position].stop
    for sentence in sentences[position + 1 :]:
        if not sentence.masks.clear(sentence.start, sentence.stop):
            break
        lows = [word.low for word in sentence.words]
        # A sentence with its own speech verb or "по словам" phrase is the author's again.
        if any(low in SPEECH_FORMS for low in lows) or any(
            f"{a} {b}" in CUE_PHRASES for a, b in pairwise(lows)
        ):
            break
        stop = sentence.stop
    return stop


def _colon_closes(text: str, words: list[Word], i: int, stop: int) -> bool:
    """Whether the sentence ends with a colon a few words after the verb ("прокомментировал это:")."""
    if text[words[-1].stop : stop].strip() != ":" or len(words) - i - 1 > _MAX_COLON_OBJECT_WORDS:
        return False
    if i + 1 == len(words):
        return True
    # "..., сказал Петров:" is an inverted cue of the words before, not an opener of the words after.
    if i and text[words[i - 1].stop : words[i].start].strip() in (",", "—", "–", "―"):
        return False
    # The words between the verb and the colon are its objects ("это", "журналистам"), no name.
    if any(word.capitalized for word in words[i + 1 :]):
        return False
    return not any(ch in text[words[i].stop : words[-1].stop] for ch in ",;:.!?—–―")


def _verbatim(first: Word, text: str = "", stop: int = 0) -> Literal["direct", "indirect"]:
    """Words after a colon (or before ", —") are verbatim when they open like a sentence, capitalised.

    A "по его словам" inside them makes them the author's retelling instead.
    """
    # An all-capital word of two letters or more is an acronym, not a sentence's first word; "О" is.
    if not first.text[:1].isupper() or (len(first.text) > 1 and first.text.isupper()):
        return "indirect"
    return "indirect" if _RETELLING.search(text, first.start, stop) else "direct"


_RETELLING = regex.compile(r"(?<!\p{L})[Пп]о[^\S\n]++(?:его|её|ее|их)[^\S\n]++(?:словам|мнению|данным)")
_CONJUNCTIONS = frozenset({"а", "но", "и", "однако", "тогда", "причем", "хотя"})
_NEXT_CLAUSE_WORDS = 5
_NEXT_CLAUSE_SCAN = 80


def _next_speaker_clause(text: str, words: list[Word], first: int) -> int | None:
    """Where ", а Y добавила, что ..." starts a second speaker's clause inside reported content."""
    for k in range(first, min(len(words), first + _NEXT_CLAUSE_SCAN)):
        form = SPEECH_FORMS.get(words[k].low)
        if form is None:
            continue
        if k > first and form.tense == "gerund" and _gerund_clause(text, words, k):
            # "заявили, что П1, упирая на то, что П2": the gerund's own clause is a second statement.
            return text.rfind(",", words[k - 1].stop, words[k].start)
        tail = text[words[k].stop : words[k + 1].start] if k + 1 < len(words) else ""
        if k + 1 >= len(words) or "," not in tail or words[k + 1].low not in _SUBORDINATORS:
            continue
        for c in range(k - 1, max(first - 1, k - _NEXT_CLAUSE_WORDS), -1):
            gap = text[words[c - 1].stop : words[c].start] if c > 0 else ""
            if words[c].low in _CONJUNCTIONS and "," in gap:
                return text.rfind(",", words[c - 1].stop, words[c].start)
    return None


def _gerund_clause(text: str, words: list[Word], k: int) -> bool:
    """Whether a gerund after a comma governs ", что" a few words on ("..., объясняя это тем, что")."""
    if words[k].low in FRAME_GERUNDS or "," not in text[words[k - 1].stop : words[k].start]:
        return False
    for j in range(k + 1, min(len(words), k + 1 + _MAX_OBJECT_WORDS)):
        gap = text[words[j - 1].stop : words[j].start]
        if "," in gap:
            return words[j].low in _SUBORDINATORS
        if any(ch in gap for ch in ".;:!?—–―"):
            return False
    return False


def _anaphoric(
    finder: _Finder,
    sentences: list[_Sentence],
    position: int,
    cue: tuple[int, int],
    form: VerbForm,
    windows: list[Window],
    paragraphs: Sequence[Paragraph],
) -> bool:
    """Attribute the text before an "Об этом заявил X" sentence."""
    sentence = sentences[position]
    if position == 0:
        if sentence.paragraph == 0:
            return False
        previous = paragraphs[sentence.paragraph - 1]
        # The paragraph may end with the closing mark or with a full stop after it.
        covered = finder.masks.covering(previous.stop - 1) or finder.masks.covering(previous.stop - 2)
        if covered is not None:
            # The statement before is a direct quote: the direct finder left it without speaker.
            finder.quotes.append(
                RawQuote(
                    start=covered[0],
                    stop=covered[1],
                    kind="direct",
                    paragraph=sentence.paragraph - 1,
                    cue=cue,
                    verb=form,
                    windows=windows,
                    group=-2,
                )
            )
            return True
        last = previous.sentences[-1] if previous.sentences else previous
        return finder.add(last.start, last.stop, sentence.paragraph - 1, cue, form, windows)
    previous_sentence = sentences[position - 1]
    covered = finder.masks.covering(max(previous_sentence.start, previous_sentence.stop - 2))
    if covered is not None and covered[1] >= previous_sentence.stop - 2:
        # «П». Так ответил X.: the statement before is a direct quote; it gets this speaker.
        finder.quotes.append(
            RawQuote(
                start=covered[0],
                stop=covered[1],
                kind="direct",
                paragraph=sentence.paragraph,
                cue=cue,
                verb=form,
                windows=windows,
                group=-2,
            )
        )
        return True
    first = max(0, position - _MAX_ANAPHORIC_SENTENCES)
    for k in range(position - 1, first - 1, -1):
        if any(q.start < sentences[k].stop and q.stop > sentences[k].start for q in finder.quotes[-3:]):
            first = k + 1
            break
    if first >= position:
        return False
    return finder.add(
        sentences[first].start, sentences[position - 1].stop, sentence.paragraph, cue, form, windows
    )

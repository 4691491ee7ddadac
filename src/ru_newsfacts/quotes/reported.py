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
from collections.abc import Sequence
from typing import Literal

import regex

from ..data.speech import (
    ACCUSATION_LEMMAS,
    ANAPHORIC_OPENERS,
    CUE_PHRASES,
    FRAME_GERUNDS,
    NEGATION_ALLOWED,
    NON_STATEMENT_BEFORE,
    PRONOUNS,
    SPEECH_FORMS,
    TOPIC_WORDS,
    VerbForm,
)
from ..models import Paragraph
from ._raw import RawQuote, Window
from ._text import Word, cyrillic_runs, words_of

__all__ = ["find_reported"]

_SUBORDINATORS = frozenset({"что", "чтобы", "будто", "якобы"})
_CLAUSE_BREAK = ",;:—–―("
# Clause and sentence breaks: one scan finds them instead of a test of every character.
_BREAK_CHAR = regex.compile(f"[{regex.escape(_CLAUSE_BREAK + '.!?…')}]")
_CONTENT_MIN_WORDS = 2
_MIN_PART_WORDS = 3
_MAX_OBJECT_WORDS = 10
_MAX_INVERTED_TAIL = 12
# "Между тем, пишет X, П": at most this many words before the verb, and naming the speaker after it.
_MAX_PARENTHETICAL_HEAD = 3
_MAX_PARENTHETICAL_WORDS = 5
_FRAME_OPENERS = frozenset({"однако", "а", "но", "и", "также", "впрочем"})
_MAX_NO_CHTO_HEAD = 6
_MAX_ANAPHORIC_SENTENCES = 3
# "заявил, выступая на съезде": a gerund after the comma opens no statement.
_GERUND_ENDINGS = ("ясь", "вшись")
_NO_CHTO_STOP = frozenset(
    {"что", "как", "когда", "если", "где", "почему", "чтобы", "который", "которая", "которые", "которое"}
)


_WORD = regex.compile(r"[\p{L}\p{N}]++")
# A sentence holds a cue only with a speech verb form or the noun of a cue phrase ("по словам").
_CUE_WORDS = frozenset(SPEECH_FORMS) | frozenset(phrase.split()[-1] for phrase in CUE_PHRASES)
# Each is a run of plain Cyrillic letters, so the runs of a sentence are a superset test.
_CUE_WORDS_CYRILLIC = all(regex.fullmatch("[а-я]+", word) for word in _CUE_WORDS)


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
        return not _CUE_WORDS.isdisjoint(cyrillic_runs(self.text, self.start, self.stop))

    def _breaks(self) -> list[int]:
        if self._break_list is None:
            self._break_list = [
                i
                for i in (m.start() for m in _BREAK_CHAR.finditer(self.text, self.start, self.stop))
                if self.masks.covering(i) is None
                # A dot inside a word ("NEWSru.com", "Лента.ру") ends nothing.
                and not (self.text[i] == "." and self.text[i + 1 : i + 2].isalnum())
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
        if nxt is not None and nxt < stop:
            # Direct quotes inside the content keep their own span: stop before them.
            start, stop = self.trim(start, nxt)
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
        if _cue_phrase(finder, sentence, words, lows, i):
            continue
        form = SPEECH_FORMS.get(word.low)
        if form is None or word.start in finder.used:
            continue
        prev = lows[i - 1] if i else ""
        if prev in NON_STATEMENT_BEFORE and not (prev == "не" and form.lemma in NEGATION_ALLOWED):
            continue
        cue_start = words[i - 1].start if prev == "не" else word.start
        if prev == "не" and i >= 2 and lows[i - 2] in NON_STATEMENT_BEFORE:
            continue
        if _verb_cue(finder, sentences, position, words, lows, i, form, (cue_start, word.stop), paragraphs):
            finder.used.add(word.start)


def _cue_phrase(finder: _Finder, sentence: _Sentence, words: list[Word], lows: list[str], i: int) -> bool:
    """Read "По словам X, ..." at the start, in the middle or at the end of a sentence."""
    if lows[i] not in ("по", "со"):
        return False
    j = i + 1
    pronoun: Word | None = None
    if j < len(words) and lows[j] in PRONOUNS:
        pronoun = words[j]
        j += 1
    if j >= len(words) or f"{lows[i]} {lows[j]}" not in CUE_PHRASES:
        return False
    noun = words[j]
    text = finder.text
    cue = (words[i].start, noun.stop)
    clause_end = sentence.clause_stop(noun.stop)
    if pronoun is not None:
        windows = [Window(pronoun.start, pronoun.stop, "genitive")]
    else:
        windows = [Window(noun.stop, clause_end, "genitive")]
    head_start = sentence.clause_start(words[i].start)
    before = text[sentence.start : head_start].strip(" ,—–-")
    after_start = clause_end + 1 if clause_end < sentence.stop and text[clause_end] == "," else None
    group = finder.group + 1
    added = False
    # In the middle of a sentence the phrase splits it; a stub before it ("Отдельное внимание, по
    # словам эксперта, будет уделено ...") is no statement of its own and is left out.
    stub = after_start is not None and not _has_words(text, sentence.start, head_start, _MIN_PART_WORDS)
    if before and head_start > sentence.start and not stub:
        added |= finder.add(sentence.start, head_start, sentence.paragraph, cue, None, windows, group)
    if after_start is not None:
        added |= finder.add(after_start, sentence.stop, sentence.paragraph, cue, None, windows, group)
    if added:
        finder.group = group
    return added


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
    if i and lows[i - 1] == "как" and form.kind == "document":
        # "как говорится": a saying, not a statement.
        return False
    if (i and lows[i - 1] == "как") or after_kak:
        k = i - 1 if lows[i - 1] == "как" else i - 2
        clause_end = sentence.clause_stop(verb.stop)
        windows = [Window(verb.stop, clause_end, "after")]
        # A comma after the clause opens the content ("Как отметил X, ...").
        if clause_end < sentence.stop and text[clause_end] == ",":
            return finder.add(clause_end + 1, sentence.stop, sentence.paragraph, cue, form, windows)
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
        if lows[j] in _SUBORDINATORS and "," in gap:
            windows = [before_clause, Window(verb.stop, words[j - 1].stop, "after"), before_sentence]
            if form.lemma in ACCUSATION_LEMMAS:
                # "упрекают тренера в том, что": the object is the accused, never the speaker.
                windows = [before_clause, before_sentence]
            if lows[j] == "что" and j > 2 and lows[j - 1] == "том" and lows[j - 2] == "о":
                windows[1] = Window(verb.stop, words[j - 2].start, "after")
            end = _next_speaker_clause(text, words, j + 1) or sentence.stop
            return finder.add(words[j].stop, end, sentence.paragraph, cue, form, windows)
        if j + 1 < len(words) and lows[j + 1] == "ли" and "," in gap:
            windows = [before_clause, Window(verb.stop, words[j - 1].stop, "after"), before_sentence]
            return finder.add(words[j].start, sentence.stop, sentence.paragraph, cue, form, windows)
        if ":" in gap:
            windows = [before_clause, Window(verb.stop, words[j - 1].stop, "after"), before_sentence]
            kind = _verbatim(words[j], text, sentence.stop)
            return finder.add(
                words[j].start, sentence.stop, sentence.paragraph, cue, form, windows, kind=kind
            )
        if any(ch in gap for ch in ".;!?"):
            break
    if i + 1 < len(words) and ":" in text[verb.stop : words[i + 1].start]:
        windows = [before_clause, before_sentence]
        kind = _verbatim(words[i + 1], text, sentence.stop)
        return finder.add(
            words[i + 1].start, sentence.stop, sentence.paragraph, cue, form, windows, kind=kind
        )
    if i + 1 == len(words) and text[verb.stop : sentence.stop].strip() == ":":
        # "В поздравлении говорится:" closing a paragraph: the words follow in the next one.
        nxt = sentence.paragraph + 1
        if nxt < len(paragraphs) and position == len(sentences) - 1:
            following = paragraphs[nxt]
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
    if (
        i
        and form.tense != "gerund"
        and text[before_verb - 1 : before_verb] in (",", "—", "–", "―")
        and len(words) - i <= _MAX_INVERTED_TAIL
    ):
        comma = before_verb - 1
        while comma > sentence.start and (text[comma - 1] in ",—–―" or text[comma - 1].isspace()):
            comma -= 1
        windows = [Window(verb.stop, sentence.stop, "after")]
        # "П, — заявил источник": the dash marks the words before as verbatim.
        dashed = text[before_verb - 1 : before_verb] in ("—", "–", "―") and "," in text[comma:before_verb]
        kind = "direct" if dashed and _verbatim(words[0]) else "indirect"
        return finder.add(sentence.start, comma, sentence.paragraph, cue, form, windows, kind=kind)

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


def _verbatim(first: Word, text: str = "", stop: int = 0) -> Literal["direct", "indirect"]:
    """Words after a colon (or before ", —") are verbatim when they open like a sentence, capitalised.

    A "по его словам" inside them makes them the author's retelling instead.
    """
    if not first.text[:1].isupper() or first.text.isupper():
        return "indirect"
    return "indirect" if _RETELLING.search(text, first.start, stop) else "direct"


_RETELLING = regex.compile(r"(?<!\p{L})[Пп]о[^\S\n]++(?:его|её|ее|их)[^\S\n]++(?:словам|мнению|данным)")
_CONJUNCTIONS = frozenset({"а", "но", "и", "однако", "тогда", "причем", "хотя"})
_NEXT_CLAUSE_WORDS = 5
_NEXT_CLAUSE_SCAN = 80


def _next_speaker_clause(text: str, words: list[Word], first: int) -> int | None:
    """Where ", а Y добавила, что ..." starts a second speaker's clause inside reported content."""
    for k in range(first, min(len(words), first + _NEXT_CLAUSE_SCAN)):
        if words[k].low not in SPEECH_FORMS:
            continue
        tail = text[words[k].stop : words[k + 1].start] if k + 1 < len(words) else ""
        if k + 1 >= len(words) or "," not in tail or words[k + 1].low not in _SUBORDINATORS:
            continue
        for c in range(k - 1, max(first - 1, k - _NEXT_CLAUSE_WORDS), -1):
            gap = text[words[c - 1].stop : words[c].start] if c > 0 else ""
            if words[c].low in _CONJUNCTIONS and "," in gap:
                return text.rfind(",", words[c - 1].stop, words[c].start)
    return None


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

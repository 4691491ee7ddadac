"""Direct speech: words in quotation marks and dash dialogue lines, with the author's words around them.

Patterns: «П», — а.  «П?» — а.  А: «П».  «П, — а, — п».  «П, — а. — П».  А: «П», — а.
"— П, — сказал он."  Multi-paragraph quotes reopen each paragraph with a mark. A span in
quotation marks is a name, not a quote, when it is short, has no sentence punctuation and has
no cue, colon or dash next to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

import regex

from ..data.first_names import FEMALE, MALE
from ..data.roles import ROLES
from ..data.speech import (
    ACCUSATION_LEMMAS,
    CONTINUATION_LEMMAS,
    CUE_PHRASES,
    FINITE_VERB_ENDINGS,
    FIRST_PERSON,
    FRAGMENT_CLAUSE_OPENERS,
    FRAGMENT_JOINERS,
    FRAME_GERUNDS,
    HABITUAL_NAMING_LEMMAS,
    MOTTO_NOUN_STEMS,
    NAMING_LEMMAS,
    NOT_SUBJECTS,
    PRONOUNS,
    QUOTING_FORMS,
    SECOND_PERSON,
    SHOUTING_LEMMAS,
    SIMILE_WORDS,
    SPEECH_FORMS,
    STATEMENT_NOUNS,
    TITLE_NOUN_STEMS,
    VERB_FORM_ENDINGS,
    WITH_WORDS_PHRASES,
    WORDING_NOUNS,
    VerbForm,
)
from ..models import Paragraph
from ._gaps import words_dropped
from ._raw import RawQuote, Window
from ._text import Word, has_word, words_of
from .marks import pair_marks

__all__ = ["DirectResult", "find_direct", "has_author_insertion", "is_dash_line", "speech_verb"]

_OPENERS = '«„“"'
# The dash that sets off author's words after a closing mark: «П», — а / «П?» — а.
_AFTER_CLOSE = regex.compile(r"'*+[^\S\n]*+,?[^\S\n]*+[—–―-]++[^\S\n]*+")
_AFTER_CLOSE_COMMA = regex.compile(r"'*+[^\S\n]*+,[^\S\n]*+")
# Author's words run to the end of the sentence; an initial ("В. Путин") does not end it.
_AUTHOR_RUN = regex.compile(r"(?:[^.!?…\n]|(?<=(?<![\p{L}])\p{Lu})\.)*+")
# An author's insertion inside quoted words: "П, — сказал он, — п" or "П, — сказал он. — П".
_INSERTION = regex.compile(
    r"(?<=[,.!?…])[^\S\n]*+[—–―-][^\S\n]++(?P<author>[^—–―«»\"„“”\n.!?:]{1,160}?)"
    r"(?P<end>[,.:][^\S\n]*+[—–―-][^\S\n]++|[.!?…]?[^\S\n]*+$)"
)
_DASH_LINE = regex.compile(r"[—–―-][^\S\n]*+")
_LAW_TITLE = regex.compile(r"Об?[^\S\n]")
_SENTENCE_END = regex.compile(r"[.!?…](?:[^\S\n]|$)")
# "«А» и «Б»": a closing mark and a conjunction right before an opening one.
_LIST_JOIN = regex.compile(r"[»\"”][^\S\n]++(?:и|или)$")
# "«П», — раскрыл ...": a comma, a dash and the author's lower-case words after a closing mark.
_SPEECH_DASH = regex.compile(r"'*+[^\S\n]*+,[^\S\n]*+[—–―-][^\S\n]++\p{Ll}")
# "Название: подзаголовок": a colon and a lower-case word inside a title.
_SUBTITLE = regex.compile(r":[^\S\n]++\p{Ll}")
_MAX_VERB_WORDS = 6
# Words of a headline label naming a person with a role: "Глава МИД России Сергей Лавров".
_MAX_LABEL_WORDS = 8
# ", что" / ", чтобы" right after a verb: it reports a clause, not the quoted words before it.
_GOVERNS_CLAUSE = regex.compile(r"[^\S\n]*+,[^\S\n]*+(?:что|чтобы)(?!\p{L})")
_MAX_OBJECT_WORDS = 8
_NEAR_CHARS = 24
# Words allowed between the dash and the verb after a short quote ("— Владимир Путин сказал").
_SHORT_QUOTE_LEAD = 3
_AUTHOR_CHARS = 300
_MIN_GOVERNED_WORDS = 3
# Author's words before a quoted fragment that make it part of the author's clause.
_MIN_CLAUSE_WORDS = 2
# Words of a lower-case phrase in marks read as somebody's words without a cue: two make it more
# than a scare-quoted term.
_BORROWED_WORDS = 3
# A full stop, not the dot of an initial ("С. Собянин").
_FULL_STOP = regex.compile(r"(?<!(?<![\p{L}])\p{Lu})[.!?…](?:[^\S\n]|$)")
_POSSESSIVES = frozenset({"его", "ее", "их"})
# A finite verb ending needs a stem before it: "был", "шли" count, "или", "ли" do not.
_MIN_VERB_CHARS = 3
# Endings of adjectives in any case and of adverbs: an epithet in marks after a statement verb.
_EPITHET_ENDINGS = (
    "ый",
    "ий",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ого",
    "его",
    "ому",
    "ему",
    "ую",
    "юю",
    "ых",
    "их",
    "ым",
    "им",
    "ыми",
    "ими",
    "о",
    "ё",
)
_PREPOSITIONS = frozenset(
    {
        "в",
        "во",
        "на",
        "о",
        "об",
        "при",
        "по",
        "у",
        "из",
        "от",
        "до",
        "для",
        "с",
        "со",
        "к",
        "за",
        "без",
        "про",
    }
)
# Nicknames and terms ("его называли «...»"), and glosses of a meaning ("что означает «...»").
_NAMING_STEMS = ("называ", "именова", "окрести", "прозва", "означа", "переводит")
# A mark opening a quote: a guillemet or „, or a straight or curly mark before a letter.
_REOPEN = regex.compile(r"[«„]|[\"“](?=\p{L})")
# Between two items of a list of quotes: «А!», «Б!» or «А!» и «Б!».
_LIST_GAP = regex.compile(r"[^\S\n]*+,?[^\S\n]*+(?:(?:и|или)[^\S\n]++)?")
# "назвало его своим «солдатом», который «осуществил ...»": a relative clause goes on quoting.
# ", а не «...»", ", поскольку «...»": a conjunction joining a second fragment of the same words.
_JOINER_GAP = regex.compile(
    r"[^\S\n]*+,[^\S\n]*+(?:"
    + "|".join(phrase.replace(" ", r"[^\S\n]++") for phrase in FRAGMENT_JOINERS)
    + r")[^\S\n]++"
)
_RELATIVE_GAP = regex.compile(r"[^\S\n]*+,[^\S\n]*+котор\p{L}++[^\S\n]++")
_MAX_ENDING = 3
# The first words of the cue phrases ("по", "со"): a word that is none of them opens no phrase.
_PHRASE_FIRSTS = frozenset(phrase.split(" ", 1)[0] for phrase in CUE_PHRASES)
# Punctuation between two words that ends a clause.
_CLAUSE_BREAKS = frozenset(",;:—–―(")
# Words opening a clause governed by the verb before the comma: "рассказал, как «П»".
_CLAUSE_OPENERS = frozenset({"что", "чтобы", "как", "будто", "ли"})
# A "по словам" phrase as a cue: no verb, so no gender or number to agree with.
_PHRASE_FORM = VerbForm("по словам", None, None, "present", "say")
# "Среди требований ...: «П»": a noun of wording as the cue, with no agreement either.
_WORDING_FORM = VerbForm("требование", None, None, "present", "say")
_BEFORE_CHARS = 300
_LONG_FRAGMENT_WORDS = 10
_HEADLINE_CHARS = 200
# "Кисин: Продолжайте ...": one to three capitalised words, a colon and a capitalised sentence.
_HEADLINE = regex.compile(
    r"[^\S\n]*+(?P<label>\p{Lu}[\p{L}.-]*+(?:[^\S\n]++\p{Lu}[\p{L}.-]*+){0,2})[^\S\n]*+:[^\S\n]++(?P<body>\p{Lu})"
)
# "Глава Малайзии: мы не хотим ...": a lower-case body speaks in the first person; a label may hold
# a lower-case genitive after its head ("Глава правительства").
_HEADLINE_LOWER = regex.compile(
    r"[^\S\n]*+(?P<label>\p{Lu}[\p{L}.-]*+(?:[^\S\n]++\p{L}[\p{L}.-]*+){0,2})[^\S\n]*+:[^\S\n]++(?P<body>\p{Ll})"
)
# Labels that open a line without naming a speaker.
_HEADLINE_NOT_SPEAKERS = frozenset(
    {"фото", "видео", "итог", "итоги", "напомним", "внимание", "обновлено", "источник", "тема", "война"}
)


@dataclass
class DirectResult:
    """Direct quotes and what the reported-speech finder must not read again.

    Attributes:
        quotes: The quotes found.
        used_cues: Offsets of speech verbs consumed as cues of direct quotes.
        masked: Spans (top-level quoted spans and dash lines) closed to reported speech.
    """

    quotes: list[RawQuote]
    used_cues: set[int]
    masked: list[tuple[int, int]]


def speech_verb(words: Sequence[Word], limit: int = _MAX_VERB_WORDS) -> tuple[Word, VerbForm] | None:
    """Return the first speech verb among the first ``limit`` words."""
    for word in words[:limit]:
        form = SPEECH_FORMS.get(word.low)
        if form is not None:
            return word, form
    return None


def _trim(text: str, start: int, stop: int) -> tuple[int, int]:
    """Shrink a span past spaces, dashes at the start and commas, colons or a full stop at the end."""
    while start < stop and (text[start].isspace() or text[start] in "—–―-"):
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",:;—–―-"):
        stop -= 1
    # "«... моем детище. »": the final full stop is trimmed, an ellipsis ("...") is kept.
    if stop - start > 1 and text[stop - 1] == "." and text[stop - 2] != ".":
        stop -= 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
    return start, stop


def _sentence_like(text: str, start: int, stop: int) -> bool:
    """Quoted words read as speech: sentence punctuation inside or at the end, or a long stretch."""
    chunk = text[start:stop].rstrip()
    words = words_of(text, start, stop)
    if len(words) >= _LONG_FRAGMENT_WORDS:
        return True
    if len(words) < 3:
        return False
    return chunk[-1:] in ".!?…" or _SENTENCE_END.search(chunk) is not None


def _borrowed(text: str, ps: int, pe: int, open_: int, close: int) -> bool:
    """A lower-case phrase of a few words in marks inside a sentence with no speech cue of its own."""
    inner = words_of(text, open_ + 1, close)
    if len(inner) < _BORROWED_WORDS:
        return False
    # "поскольку «Компания не хочет сохранить наш завод»": a first person past the first word speaks,
    # whatever the case of the first letter ("«Наш дом»" is a name).
    own = _first_person_clause(text, open_ + 1, close)
    if not own and not inner[0].text[:1].islower():
        return False
    if inner[0].low in SIMILE_WORDS:
        # "оказалось «как снег на голову»": a comparison is an idiom in scare quotes.
        return False
    # "«желать Петрову скорой поправки»": a lower-case fragment with a verb may hold a name.
    worded = inner[0].text[:1].islower() and _wording(text, open_ + 1, close)
    if (not own and not worded and any(word.capitalized for word in inner)) or _SENTENCE_END.search(
        text, open_ + 1, close
    ):
        return False
    if _after_title_noun(text, ps, open_) or _title_like_list(text, ps, pe, open_, close):
        return False
    start = max(ps, open_ - _BEFORE_CHARS)
    for match in _FULL_STOP.finditer(text, max(ps, open_ - _BEFORE_CHARS), open_):
        start = match.end()
    # Bounded reads keep a paragraph of many marks and no full stop linear.
    limit = min(pe, close + _BEFORE_CHARS)
    end_match = _FULL_STOP.search(text, close, limit)
    stop = end_match.start() if end_match else limit
    # Inside the sentence of a speech cue the fragment belongs to what the cue reports.
    sentence = [w for w in words_of(text, start, stop) if w.low not in _POSSESSIVES]
    lows = [w.low for w in sentence]
    phrases = (f"{a} {b}" for a, b in pairwise(lows) if a in _PHRASE_FIRSTS)
    if any(phrase in CUE_PHRASES for phrase in phrases) or "согласно" in lows:
        return False
    cues = [w for w in sentence if w.low in SPEECH_FORMS or w.low in QUOTING_FORMS]
    if cues and not ((own or worded) and _outside_reports(text, sentence, cues, open_)):
        return False
    # "его называли «...»", "так называемое «...»": a nickname or a term, not somebody's words.
    head = words_of(text, max(start, open_ - 40), open_)
    if any(word.low.startswith(_NAMING_STEMS) for word in head[-3:]) or any(
        w.low == "так" for w in head[-3:]
    ):
        return False
    # The marks stand inside the sentence: author's words before them.
    return start < open_ and bool(words_of(text, start, open_))


def _reporting_phrase(text: str, ps: int, open_: int) -> tuple[tuple[Word, VerbForm], list[Window]] | None:
    """The "по словам X" phrase of the sentence before marks: "По словам очевидцев, он «П»"."""
    start = max(ps, open_ - _BEFORE_CHARS)
    for match in _FULL_STOP.finditer(text, start, open_):
        start = match.end()
    found = _closing_phrase(text, words_of(text, start, open_))
    if found is None:
        return None
    cue, windows = found
    # The source ends at the comma that closes the phrase: "По словам очевидцев, нападавший".
    window = windows[0]
    comma = text.find(",", window.start, window.stop)
    return cue, [replace(window, stop=comma) if comma >= 0 else window]


def _verb_before(text: str, ps: int, open_: int) -> tuple[tuple[Word, VerbForm], list[Window]] | None:
    """The last speech verb before fragment marks in their sentence, its subject before it."""
    start = max(ps, open_ - _BEFORE_CHARS)
    for match in _FULL_STOP.finditer(text, start, open_):
        start = match.end()
    words = words_of(text, start, open_)
    for k in range(len(words) - 1, -1, -1):
        form = SPEECH_FORMS.get(words[k].low)
        if form is None or form.tense == "gerund":
            continue
        if not _outside_reports(text, words, [words[k]], open_):
            return None
        if k and words[k - 1].low == "и":
            # "утверждают, что П, и объясняют ...": a coordinated verb shares the first verb's subject.
            first = next(w for w in words if w.low in SPEECH_FORMS)
            return (words[k], form), [Window(start, first.start, "before")]
        subject_start = max((w.stop for w in words[:k] if w.low in ("что", "чтобы")), default=start)
        return (words[k], form), [Window(subject_start, words[k].start, "before")]
    return None


def _outside_reports(text: str, sentence: Sequence[Word], cues: Sequence[Word], open_: int) -> bool:
    """Whether fragment marks at ``open_`` stand outside what the sentence's speech verbs report.

    "утверждают, что П, и объясняют это стремлением «не допустить ...»": the verbs stand before the
    marks and no "что", "чтобы" or colon opens a reported clause between them, so the wording is
    a quoted fragment of its own. A verb after the marks ("«довольно быстро», уточнила она")
    reports the clause holding them.
    """
    if any(cue.start > open_ for cue in cues):
        return False
    last = cues[-1]
    between = [w for w in sentence if last.stop <= w.start < open_]
    if any(w.low in _CLAUSE_OPENERS for w in between) or ":" in text[last.stop : open_]:
        return False
    if any(w.low == "как" for w in sentence if last.start - _NEAR_CHARS <= w.start < last.start):
        # "Как заявил X, сейчас они «не имеют права»": the verb reports the clause after it.
        return False
    for k in range(1, len(between)):
        # "заявил в пятницу, 5 октября, X и Y «...»": a comma may open the reported clause; a
        # subordinate clause of cause or a relative one does not ("поскольку «...»").
        if "," in text[between[k - 1].stop : between[k].start] and not (
            between[k].low in FRAGMENT_CLAUSE_OPENERS or between[k].low.startswith("котор")
        ):
            return False
    # Quoted words the verb frames from close by are read by the cue path; these stand further.
    return len(between) > 1


def _first_person_clause(text: str, start: int, stop: int) -> bool:
    """Quoted words of four or more with a first-person word past the first one ("«Наш дом»" is a name)."""
    inner = words_of(text, start, stop)
    return len(inner) > _BORROWED_WORDS and any(w.low in FIRST_PERSON for w in inner[1:])


def _names_subject(form: VerbForm, head: Sequence[Word]) -> bool:
    """Whether a subject names before an imperfective naming verb ("эксперты называют «...»").

    A gerund shares the sentence's subject. A present plural form is mostly indefinite-personal
    ("его называют «...»", "детей называют «...»"): it needs a noun in the nominative plural (-ы,
    -и), not after a preposition; the past plural ("соседи называли его «...»") gives a nickname; a
    singular form needs any word that is no object pronoun or adverb.
    """
    if form.tense == "gerund":
        return True
    if form.number != "pl":
        # "Движение, взявшее ответственность, называет «...»": the subject stands before the comma.
        return not head or not all(w.low in NOT_SUBJECTS for w in head)
    if form.tense == "past":
        # "Соседи называли его «добрым доктором»": a habit of the past gives a nickname.
        return False
    return any(
        w.low.endswith(("ы", "и"))
        and len(w.low) > 2
        and w.low not in NOT_SUBJECTS
        and w.low not in _PREPOSITIONS
        and (k == 0 or head[k - 1].low not in _PREPOSITIONS)
        for k, w in enumerate(head)
    )


def _title_like_list(text: str, ps: int, pe: int, open_: int, close: int) -> bool:
    """A list of titles or a title in brackets: «...», «...»; «...» (1974); ст. 115 («...»)."""
    before = _skip_back(text, ps, open_, " \t\u00a0'")
    after = close + 1
    while after < pe and text[after] in " \t\u00a0'":
        after += 1
    # "«Враг общества №1» и «Мы не женаты!»": the last title of a list after "и" / "или" (lower-case
    # items, "более «ответственным» и «передавать энергию»", are fragments of somebody's words).
    joined = text[open_ + 1 : open_ + 2].isupper() and _LIST_JOIN.search(text, max(ps, before - 8), before)
    return (
        (before > ps and text[before - 1] in '»",(')
        or bool(joined)
        or text[after : after + 1] in ("(", ")")
        or (text[after : after + 1] == "," and text[after + 1 : after + 3].strip()[:1] in ("«", '"'))
    )


def _title_like(text: str, ps: int, pe: int, open_: int, close: int) -> bool:
    """Quoted words with no cue that are a title or a fragment of the author's sentence, not speech."""
    if _after_title_noun(text, ps, open_) or _title_like_list(text, ps, pe, open_, close):
        return True
    before = _skip_back(text, ps, open_, " \t\u00a0'")
    after = close + 1
    while after < pe and text[after] in " \t\u00a0'":
        after += 1
    inner = text[open_ + 1 : close].lstrip()
    # A law or a programme: "№ 244 «О государственном регулировании ...»".
    if _LAW_TITLE.match(inner) and not _SENTENCE_END.search(inner):
        return True
    if _SPEECH_DASH.match(text, close + 1, min(pe, close + _NEAR_CHARS)):
        # "«П», — раскрыл свою мысль режиссёр": the comma and dash of speech, whatever the verb.
        return False
    if (
        _SUBTITLE.search(inner)
        and not _SENTENCE_END.search(inner)
        and len(words_of(text, open_ + 1, close)) < _LONG_FRAGMENT_WORDS
    ):
        # "«Субкультуры: потенциал развития»": a title with its subtitle after a colon.
        return True
    # A fragment woven into the author's sentence: "назвал его «настоящим гигантом истории»".
    embedded = before > ps and (text[before - 1].isalnum() or text[before - 1] in ",")
    if embedded and inner[:1].islower() and len(words_of(text, open_ + 1, close)) >= _LONG_FRAGMENT_WORDS:
        # "уведомление о намерении «не стать участником ...»" at this length is a document's wording.
        return False
    # "Премьера шоу «Пусть всегда будет солнце!» состоялась": the sentence runs on through the marks.
    runs_on = text[close + 1 : close + 2].isspace() and text[after : after + 1].islower()
    return embedded and (inner[:1].islower() or (before > ps and text[before - 1].isalnum() and runs_on))


def _after_title_noun(text: str, ps: int, open_: int) -> bool:
    """A title after its noun: "по закону «О ...»", "в фильме «...»", "с формулировкой «...»"."""
    words = words_of(text, max(ps, open_ - 40), open_)
    # "статья — «...»", "проект: «...»": a dash or colon may stand between the noun and its title.
    if not words or text[words[-1].stop : open_].strip() not in ("", "—", "–", ":"):
        return False
    word = words[-1].low
    if word.endswith("ть"):
        # An infinitive ("должен стать «...»") is no title noun, though "стать" starts like "статья".
        return False
    # A stem plus a case ending at most: "журнале" is a title noun, "журналистам" is not.
    # One C-level prefix test first: most words start with no stem at all.
    return word.startswith(TITLE_NOUN_STEMS) and any(
        word.startswith(stem) and len(word) - len(stem) <= _MAX_ENDING for stem in TITLE_NOUN_STEMS
    )


def _after_motto_noun(text: str, ps: int, colon: int) -> bool:
    """A principle or motto noun before a colon, maybe with its owner's name: "принципу проекта:"."""
    words = words_of(text, max(ps, colon - 60), colon)[-2:]
    return any(
        word.low.startswith(MOTTO_NOUN_STEMS)
        and any(
            word.low.startswith(stem) and len(word.low) - len(stem) <= _MAX_ENDING
            for stem in MOTTO_NOUN_STEMS
        )
        for word in words
    )


def _wording(text: str, start: int, stop: int) -> bool:
    """Quoted words that say something: two or more with a finite verb, an infinitive or a person.

    "«Мы справимся»", "«начать с чистого листа»", "«альянса, в который он не верил»" are wording;
    "«Новые горизонты»" (no verb, no person) reads as a name.
    """
    words = words_of(text, start, stop)
    if len(words) < 2:
        return False
    return any(
        w.low in FIRST_PERSON
        or w.low in SECOND_PERSON
        or (len(w.low) > _MIN_VERB_CHARS and w.text[:1].islower() and w.low.endswith(VERB_FORM_ENDINGS))
        for w in words
    )


def _whole_sentence(text: str, ps: int, pe: int, open_: int, close: int) -> bool:
    """A pair of marks standing as a sentence of its own: «Ставки вырастут до конца года»."""
    before = _skip_back(text, ps, open_, " \t\u00a0")
    starts = before == ps or text[before - 1] in '.!?…»"'
    after = close + 1
    while after < pe and text[after].isspace():
        after += 1
    ends = after == pe or (text[close + 1] in ".!?…" and (close + 2 >= pe or text[close + 2].isspace()))
    return starts and ends and len(words_of(text, open_ + 1, close)) >= 3


def _inside_clause(text: str, ps: int, open_: int) -> bool:
    """Whether author's words of the same sentence run up to the opening mark, with no colon or dash."""
    head_end = _skip_back(text, ps, open_, " \t\u00a0'")
    if head_end == ps or text[head_end - 1] in ':—–―-.!?…»"”':
        return False
    start = max(ps, open_ - _BEFORE_CHARS)
    for match in _SENTENCE_END.finditer(text, max(ps, head_end - _BEFORE_CHARS), head_end):
        start = match.end()
    return len(words_of(text, start, head_end)) >= _MIN_CLAUSE_WORDS


def _reopens(text: str, pos: int, stop: int) -> bool:
    """Whether a quotation mark opens again before the sentence ends: «П», говорит он, «п»."""
    stop = min(stop, pos + _AUTHOR_CHARS)
    end = _SENTENCE_END.search(text, pos, stop)
    return _REOPEN.search(text, pos, end.start() if end else stop) is not None


def _skip_back(text: str, floor: int, pos: int, chars: str) -> int:
    """Step back from ``pos`` over ``chars``, no further than ``floor``."""
    while pos > floor and text[pos - 1] in chars:
        pos -= 1
    return pos


class _Finder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes: list[RawQuote] = []
        self.used: set[int] = set()
        self.masked: list[tuple[int, int]] = []
        self.next_group = 0

    def group(self) -> int:
        self.next_group += 1
        return self.next_group

    def add(
        self,
        start: int,
        stop: int,
        paragraph: int,
        group: int,
        cue: tuple[Word, VerbForm] | None,
        windows: list[Window],
        inherit: bool,
    ) -> None:
        start, stop = _trim(self.text, start, stop)
        if stop <= start:
            return
        if cue is not None:
            self.used.add(cue[0].start)
        self.quotes.append(
            RawQuote(
                start=start,
                stop=stop,
                kind="direct",
                paragraph=paragraph,
                cue=(cue[0].start, cue[0].stop) if cue else None,
                verb=cue[1] if cue else None,
                windows=windows,
                group=group,
                inherit=inherit,
            )
        )

    def author_after(
        self, pos: int, stop: int, opens_sentence: bool = True
    ) -> tuple[tuple[Word, VerbForm], list[Window]] | None:
        """Author's words after a closing mark: "», — сказал он".

        Without a dash ("«П», сказал он") the quote must open its sentence: in "стал консультантом
        новых «Звёздных войн», заявил ..." the marks close a name inside the author's sentence.
        """
        # Matches are bounded: the regex module may scan to endpos for a required literal.
        near = min(stop, pos + _NEAR_CHARS)
        dash = _AFTER_CLOSE.match(self.text, pos, near)
        if dash is None:
            # Without a dash ("«П», сказал он") the verb must come first.
            comma = _AFTER_CLOSE_COMMA.match(self.text, pos, near)
            # "«П1», говорит он, «п2»": a quote reopening after the cue splits one quote, wherever it stands.
            if comma is None or not (opens_sentence or _reopens(self.text, pos, stop)):
                return None
            run = _AUTHOR_RUN.match(self.text, comma.end(), min(stop, comma.end() + _AUTHOR_CHARS))
            end = run.end() if run else comma.end()
            words = words_of(self.text, comma.end(), end)
            if not words or words[0].low not in SPEECH_FORMS:
                return None
            found = self.author_words(comma.end(), end)
        else:
            run = _AUTHOR_RUN.match(self.text, dash.end(), min(stop, dash.end() + _AUTHOR_CHARS))
            end = run.end() if run else dash.end()
            found = self.author_words(dash.end(), end) or self.with_words(dash.end(), end)
        if found is not None and self.text[found[0][0].stop : end].lstrip(" \t\u00a0").startswith(":"):
            # "«...», заявил: «П»": a verb with a colon introduces the words after it.
            return None
        return found

    def with_words(self, start: int, stop: int) -> tuple[tuple[Word, VerbForm], list[Window]] | None:
        """Author's words "с этими словами X вышел": the phrase is the cue, X after it the speaker."""
        words = words_of(self.text, start, min(stop, start + _NEAR_CHARS))
        lows = " ".join(w.low for w in words[:3])
        for phrase in WITH_WORDS_PHRASES:
            if lows == phrase or lows.startswith(phrase + " "):
                last = words[phrase.count(" ")]
                cue = Word(words[0].start, last.stop, phrase, self.text[words[0].start : last.stop])
                return (cue, _PHRASE_FORM), [Window(last.stop, stop, "after")]
        return None

    def author_words(self, start: int, stop: int) -> tuple[tuple[Word, VerbForm], list[Window]] | None:
        words = words_of(self.text, start, stop)
        found = speech_verb(words)
        if found is None:
            return None
        verb = found[0]
        windows = [Window(verb.stop, stop, "after"), Window(start, verb.start, "before")]
        return found, windows

    def author_before(
        self, paragraph_start: int, mark: int
    ) -> tuple[tuple[Word, VerbForm] | None, list[Window]] | bool | None:
        """Author's words before the quote: "Министр заявил: «П»", "Эксперт: «П»", "уточнили, что «П»".

        Returns False when the quote is a fragment inside a reported clause ("заявил, что важно, чтобы
        «П»", "По словам X, он «П»"): the clause is reported speech and the marks are part of it.
        """
        text = self.text
        head_end = mark
        # Wiki copy wraps quotes in '' (''«П»''): the apostrophes are no words.
        while head_end > paragraph_start and text[head_end - 1] in " \t\u00a0'":
            head_end -= 1
        if head_end == paragraph_start:
            return None
        start = max(paragraph_start, head_end - _BEFORE_CHARS)
        if not has_word(text, start, head_end):
            return None  # no author's words at all (a run of marks): every path below finds none
        # An initial ("Как сообщил А. Кудрин, «П»") ends no sentence.
        for match in _FULL_STOP.finditer(text, start, head_end):
            start = match.end()
        if text[head_end - 1] == ":":
            colon = head_end - 1
            words = words_of(text, start, colon)
            if not words:
                return None
            found = None
            for index in range(len(words) - 1, -1, -1):
                form = SPEECH_FORMS.get(words[index].low) or QUOTING_FORMS.get(words[index].low)
                if form is not None:
                    found = (words[index], form)
                    break
            if found is None:
                # "что, по мнению президента, является лучшим: «П»": the phrase names who speaks.
                closing = _closing_phrase(text, words)
                if closing is not None:
                    return closing
                noun = next((w for w in words if w.low in WORDING_NOUNS), None)
                if noun is not None:
                    # "Среди требований организаторов: «П1», «П2»": the items are the demanders' words.
                    return (noun, _WORDING_FORM), [Window(start, colon, "before")]
                # Headline form "Эксперт: «П»": a few words naming the speaker; a longer label opening
                # its paragraph must end with a person's name ("Глава МИД России Сергей Лавров: «П»").
                if len(words) <= 4 or (
                    len(words) <= _MAX_LABEL_WORDS
                    and start == paragraph_start
                    and words[-1].capitalized
                    and words[-2].capitalized
                    and any(w.low in ROLES or w.text in MALE or w.text in FEMALE for w in words)
                ):
                    return None, [Window(start, colon, "before")]
                return None
            verb = found[0]
            # "Газета пишет, что зрители начали скандировать:": the subject stands after "что".
            subject_start = max(
                (w.stop for w in words if w.stop <= verb.start and w.low in ("что", "чтобы")), default=start
            )
            # "полицейские сообщали, что певец умер:": the clause after "что" names no speaker.
            after_stop = next(
                (w.start for w in words if w.start > verb.start and w.low in ("что", "чтобы")), colon
            )
            return found, [
                Window(subject_start, verb.start, "before"),
                Window(verb.stop, after_stop, "after"),
            ]
        # Quoted words before this quote are not author's words: read after the last closing mark.
        floor = max(text.rfind(mark_, start, head_end) for mark_ in '»”"') + 1
        words = words_of(text, max(start, floor), head_end)
        # "По словам губернатора X, «П»": the phrase names the speaker in the genitive.
        for index in range(len(words) - 2, -1, -1):
            if words[index].low not in _PHRASE_FIRSTS:
                continue  # no phrase can start here: the strings below are never built
            phrase = f"{words[index].low} {words[index + 1].low}"
            # "по его словам, «П»": a possessive pronoun inside the phrase names the speaker.
            pronoun = (
                words[index + 1]
                if index + 2 < len(words) and words[index + 1].low in PRONOUNS and words[index].low == "по"
                else None
            )
            if pronoun is not None:
                phrase = f"{words[index].low} {words[index + 2].low}"
            if phrase in CUE_PHRASES:
                noun = words[index + 2] if pronoun is not None else words[index + 1]
                comma = text.find(",", noun.stop, head_end)
                stop = comma if comma >= 0 else head_end
                if comma >= 0 and words_of(text, comma + 1, head_end):
                    if any(w.low in QUOTING_FORMS for w in words_of(text, comma + 1, head_end)):
                        # "По словам очевидцев, он выкрикнул «П»": the verb frames the marks.
                        break
                    return False
                cue = Word(words[index].start, noun.stop, phrase, text[words[index].start : noun.stop])
                if pronoun is not None:
                    return (cue, _PHRASE_FORM), [Window(pronoun.start, pronoun.stop, "genitive")]
                return (cue, _PHRASE_FORM), [Window(noun.stop, stop, "genitive")]
        # "X заявил, что Y «П»", "призвал ООН «П»": a speech verb a few words before the quote.
        crossed = False
        for k in range(len(words) - 1, max(-1, len(words) - 1 - _MAX_OBJECT_WORDS), -1):
            if k + 1 < len(words) and words[k + 1].low not in _CLAUSE_OPENERS:
                gap = text[words[k].stop : words[k + 1].start]
                # "О том, на что надеются ..., читайте в статье «...»": a speech verb of another
                # clause; a naming verb reaches over a participle phrase ("назвал ситуацию,
                # сложившуюся в отрасли, «неприемлемой»").
                crossed = crossed or not _CLAUSE_BREAKS.isdisjoint(gap)
            form = SPEECH_FORMS.get(words[k].low) or QUOTING_FORMS.get(words[k].low)
            if form is None or form.lemma in ACCUSATION_LEMMAS:
                continue
            if crossed and form.lemma not in NAMING_LEMMAS:
                continue
            verb = words[k]
            chto = next((w for w in words[k + 1 :] if w.low in ("что", "чтобы")), None)
            if chto is not None and chto is not words[-1]:
                # Words between "что" and the mark: the quoted words finish a reported clause.
                return False
            if form.tense == "gerund" and chto is None and (crossed or words[k].low in FRAME_GERUNDS):
                # "подчеркнув её «П»" frames the marks; "заявил, выступая на «...»" does not.
                continue
            # "Газета пишет, что зрители начали скандировать: «П»": the subject of a verb inside a
            # reported clause stands after that clause's "что".
            subject_start = start
            for w in words[:k]:
                if w.low in ("что", "чтобы"):
                    subject_start = w.stop
            clause = k
            while clause > 0 and words[clause - 1].start >= subject_start:
                if not _CLAUSE_BREAKS.isdisjoint(text[words[clause - 1].stop : words[clause].start]):
                    break
                clause -= 1
            if form.lemma in HABITUAL_NAMING_LEMMAS and not _names_subject(form, words[clause:k]):
                # "его в народе называют «...»": nobody is said to name, so the marks hold a nickname
                # or a term.
                continue
            if form.lemma in NAMING_LEMMAS:
                if form.tense == "gerund" and not has_word(text, subject_start, verb.start):
                    # "Называя X «...», Иван Петров ...": an opening gerund shares the subject after it.
                    limit = min(len(text), mark + _BEFORE_CHARS)
                    end = _FULL_STOP.search(text, mark, limit)
                    return (verb, form), [Window(verb.stop, end.start() if end else limit, "subject")]
                # "Белый дом назвал его «...»": the words after a naming verb are what it names.
                return (verb, form), [Window(subject_start, verb.start, "before")]
            after = Window(verb.stop, chto.start if chto else head_end, "after")
            return (verb, form), [Window(subject_start, verb.start, "before"), after]
        return None

    def split_parts(
        self, start: int, stop: int, paragraph: int, group: int, line_end: bool
    ) -> tuple[list[tuple[int, int]], tuple[Word, VerbForm] | None, list[Window]]:
        """Cut quoted words at an author's insertion; return the parts and the cue."""
        parts: list[tuple[int, int]] = []
        cue: tuple[Word, VerbForm] | None = None
        windows: list[Window] = []
        pos = start
        for match in _INSERTION.finditer(self.text, start, stop):
            if match.start() < pos:
                continue
            if not line_end and not any(ch in "—–―-" for ch in match.group("end")):
                # Inside quotation marks the author's words must be followed by a dash reopening the quote.
                continue
            author = self.author_words(match.start("author"), match.end("author"))
            if author is None:
                continue
            if cue is None:
                cue, windows = author
            else:
                self.used.add(author[0][0].start)
            parts.append((pos, match.start()))
            pos = match.end()
        parts.append((pos, stop))
        return parts, cue, windows


def find_direct(
    text: str, paragraphs: Sequence[Paragraph], skip: set[int], turns: set[int] | None = None
) -> DirectResult:
    """Find direct quotes in the paragraphs whose index is not in ``skip``.

    Args:
        text: The whole text.
        paragraphs: Its paragraphs.
        skip: Paragraphs to leave alone (interview answers).
        turns: Interview turns, whose leading dash opens no dialogue line.
    """
    turns = turns or set()
    finder = _Finder(text)
    bare_lines: list[tuple[int, int, int]] = []
    dialogue = False
    pending: int | None = None
    for index, paragraph in enumerate(paragraphs):
        if index in skip:
            pending = None
            continue
        ps, pe = paragraph.start, paragraph.stop
        dash_line = index not in turns and is_dash_line(text, ps, pe)
        dash = _DASH_LINE.match(text, ps, min(pe, ps + _NEAR_CHARS)) if dash_line else None
        if dash is not None:
            if _dash_line(finder, index, dash.end(), pe):
                dialogue = True
                finder.masked.append((ps, pe))
                pending = None
                continue
            bare_lines.append((index, dash.end(), pe))
        pairs, unclosed = pair_marks(text, ps, pe)
        if index == 0 and not pairs and not unclosed and _headline(finder, ps, pe):
            continue
        forced_first = pending
        pending = None
        last: tuple[int, RawQuote] | None = None
        for pair in pairs:
            if pair.depth:
                continue
            group = forced_first if forced_first is not None and pair.open == ps else finder.group()
            count = len(finder.quotes)
            if _pair_quote(finder, index, ps, pe, pair.open, pair.close, group, group == forced_first):
                finder.masked.append((pair.open, pair.close + 1))
                # Empty marks ("«»") pass as a quote of nothing: no quote to continue a list from.
                last = (pair.close, finder.quotes[-1]) if len(finder.quotes) > count else None
            elif last is not None and _list_item(text, last, pair.open, pair.close):
                # «Свободу!», «Позор!»: the next exclamation of a list shares the cue of the first.
                previous = last[1]
                finder.quotes.append(replace(previous, start=pair.open + 1, stop=pair.close))
                finder.masked.append((pair.open, pair.close + 1))
                last = (pair.close, finder.quotes[-1])
            else:
                last = None
        if unclosed and index + 1 < len(paragraphs):
            nxt = paragraphs[index + 1]
            mark = unclosed[0]
            if text[nxt.start] in _OPENERS and (text[nxt.start] == "«") == (text[mark] == "«"):
                # A quote running on: this paragraph's part ends with it, the next reopens it.
                group = forced_first if forced_first is not None and mark == ps else finder.group()
                finder.add(mark + 1, pe, index, group, None, [], inherit=True)
                finder.masked.append((mark, pe))
                pending = group
    _colon_blocks(finder, paragraphs, skip | turns)
    if dialogue:
        for index, start, stop in bare_lines:
            finder.add(start, stop, index, finder.group(), None, [], inherit=True)
            finder.masked.append((start, stop))
    finder.quotes.sort(key=lambda quote: quote.start)
    return DirectResult(finder.quotes, finder.used, sorted(finder.masked))


def _colon_blocks(finder: _Finder, paragraphs: Sequence[Paragraph], skip: set[int]) -> None:
    """A paragraph ending with a colon and a next paragraph of first-person words without marks.

    "Сам он сказал, что не знает секрета успеха:" / "За год фонд вложил в проекты миллионы:" followed
    by "Я всегда ..." / "Должен признать, мы ...": the block is the speaker's own words. The first
    person is what tells them from a list or the author's text after a colon.
    """
    text = finder.text
    masks: list[tuple[int, int]] | None = None
    reach: list[int] = []
    for index in range(len(paragraphs) - 1):
        if index in skip or index + 1 in skip:
            continue
        head, block = paragraphs[index], paragraphs[index + 1]
        colon = _skip_back(text, head.start, head.stop, " \t\u00a0\r\n")
        if colon == head.start or text[colon - 1] != ":":
            continue
        if words_dropped(text, head.stop, block.start):
            continue  # the announced block was lost with a blank gap; the author's text goes on
        start, stop = block.start, _skip_back(text, block.start, block.stop, " \t\u00a0\r\n")
        if not text[start : start + 1].isupper() or is_dash_line(text, start, stop):
            continue
        if masks is None:
            masks = sorted(finder.masked)
            # The furthest end among the spans up to each one: one bisection answers "does any meet".
            reach = list(accumulate((e for _, e in masks), max))
        at = bisect.bisect_left(masks, (stop,)) - 1
        if at >= 0 and reach[at] > start:
            continue  # marks or a dialogue line already made it a quote
        sentence_start = head.start
        for match in _FULL_STOP.finditer(text, max(head.start, colon - _BEFORE_CHARS), colon - 1):
            sentence_start = match.end()
        lead = words_of(text, sentence_start, colon - 1)
        if lead and lead[-1].low in STATEMENT_NOUNS:
            continue  # "стоял комментарий:": the noun, not a verb before it, introduces the words
        # "По его словам:" / "По словам министра:": the phrase names the speaker of the block.
        phrase = _closing_phrase(text, lead)
        words = words_of(text, start, stop)
        if len(words) < _MIN_GOVERNED_WORDS:
            continue
        if (len(words[0].text) > 1 and words[0].text.isupper()) or _HEADLINE.match(text, start, stop):
            continue  # an acronym, or a line with a label of its own ("В.Путин: ...", "Фото: ...")
        found = finder.author_before(sentence_start, colon)
        if (
            phrase is None
            and FIRST_PERSON.isdisjoint(w.low for w in words)
            and not _said_block(found, text, words, stop)
        ):
            continue
        cue: tuple[Word, VerbForm] | None = None
        windows = [Window(sentence_start, colon - 1, "subject")]
        if phrase is not None:
            cue, windows = phrase
        elif isinstance(found, tuple):
            cue, windows = found
        # "сказал, что не знает секрета:" reports a clause of its own: its verb stays free for it.
        free = cue is not None and cue[0].start not in finder.used
        finder.add(start, stop, index + 1, finder.group(), cue, windows, inherit=cue is None)
        if free and cue is not None:
            finder.used.discard(cue[0].start)
        # The block stays open to reported speech: "Он был убеждён, что П" inside it is annotated too.


def _said_block(
    found: tuple[tuple[Word, VerbForm] | None, list[Window]] | bool | None,
    text: str,
    words: Sequence[Word],
    stop: int,
) -> bool:
    """A block after "Врач сообщила, что ...:" in the third person: a finite verb of saying opens it.

    Opinions ("считает:") and gerunds frame a list or the author's text as often as words; a
    statement verb before the colon and a block of whole sentences read as the speaker's words.
    An inverted "..., сказал X:" closes the words before it, and a block with a cue of its own
    ("По его словам, ...", "Как говорят X, ...") is the author's retelling.
    """
    if not isinstance(found, tuple) or found[0] is None:
        return False
    verb, form = found[0]
    if form.kind not in ("say", "document") or form.tense not in ("past", "present"):
        return False
    before = text[max(0, verb.start - 8) : verb.start].rstrip()
    if text[stop - 1] not in ".!?…" or before[-1:] in (",", "—", "–", "―"):
        return False
    if before.lower().endswith("как"):
        # "Как сообщает продюсер, X просил ...:": the cue attributes its own clause, not the block.
        return False
    # "по его словам": a possessive pronoun may stand inside the phrase.
    lows = [w.low for w in words if w.low not in PRONOUNS]
    return not any(low in SPEECH_FORMS for low in lows) and not any(
        f"{a} {b}" in CUE_PHRASES for a, b in pairwise(lows)
    )


def _closing_phrase(text: str, lead: Sequence[Word]) -> tuple[tuple[Word, VerbForm], list[Window]] | None:
    """A "по словам" phrase closing the words before a colon: "По его словам:", "по словам X:"."""
    for index in range(max(0, len(lead) - _MAX_OBJECT_WORDS), len(lead) - 1):
        if lead[index].low not in ("по", "со"):
            continue
        pronoun = lead[index + 1] if lead[index + 1].low in PRONOUNS else None
        noun_at = index + 2 if pronoun is not None else index + 1
        if noun_at >= len(lead) or f"{lead[index].low} {lead[noun_at].low}" not in CUE_PHRASES:
            continue
        noun = lead[noun_at]
        if pronoun is None and noun_at == len(lead) - 1:
            return None  # "По данным:" names no source
        phrase = f"{lead[index].low} {noun.low}"
        cue = Word(lead[index].start, noun.stop, phrase, text[lead[index].start : noun.stop])
        if pronoun is not None:
            return (cue, _PHRASE_FORM), [Window(pronoun.start, pronoun.stop, "genitive")]
        return (cue, _PHRASE_FORM), [Window(noun.stop, lead[-1].stop, "genitive")]
    return None


def _list_item(text: str, last: tuple[int, RawQuote], open_: int, close: int) -> bool:
    """Whether quoted words continue a list of exclamations after a quote with a cue."""
    last_close, previous = last
    if (
        text[previous.start : previous.start + 1].islower()
        and text[open_ + 1 : open_ + 2].islower()
        and _LIST_GAP.fullmatch(text, last_close + 1, open_)
        and _wording(text, open_ + 1, close)
    ):
        # "«начать с чистого листа» и «разобраться с ними»": wording joined to a fragment before it.
        return True
    if (
        previous.cue is not None
        and text[previous.start : previous.start + 1].islower()
        and text[open_ + 1 : open_ + 2].islower()
        and _JOINER_GAP.fullmatch(text, last_close + 1, open_)
        and _wording(text, open_ + 1, close)
    ):
        # "заявил, что «много работает», а не «тратит деньги»": the same speaker's words go on.
        return True
    if previous.cue is None:
        return False
    if _RELATIVE_GAP.fullmatch(text, last_close + 1, open_):
        return (
            text[open_ + 1 : open_ + 2].islower()
            and len(words_of(text, open_ + 1, close)) >= _MIN_GOVERNED_WORDS
        )
    if not _LIST_GAP.fullmatch(text, last_close + 1, open_):
        return False
    if previous.verb is _WORDING_FORM:
        # "Среди требований: «А», «Б»": every item of the list is a demand.
        return True
    if previous.verb is not None and previous.verb.lemma in NAMING_LEMMAS:
        # "назвал встречу «хорошей» и «откровенной»": a list of the speaker's epithets.
        return text[open_ + 1 : open_ + 2].islower()
    return text[close - 1] in "!?" and text[previous.stop - 1] in "!?"


def _headline(finder: _Finder, ps: int, pe: int) -> bool:
    """A headline "Кисин: Продолжайте делать все ..." without marks: the label names the speaker."""
    text = finder.text
    if pe - ps > _HEADLINE_CHARS:
        return False
    match = _HEADLINE.match(text, ps, pe)
    lower = False
    if match is None:
        match = _HEADLINE_LOWER.match(text, ps, pe)
        lower = True
    if match is None or match.group("label").split()[0].lower() in _HEADLINE_NOT_SPEAKERS:
        return False
    start, stop = match.start("body"), pe
    body = words_of(text, start, stop)
    if len(body) < _MIN_GOVERNED_WORDS:
        return False
    if (
        lower
        and FIRST_PERSON.isdisjoint(w.low for w in body)
        and not (_person_label(text, match) and any(w.low.endswith(FINITE_VERB_ENDINGS) for w in body))
    ):
        # "Москва: в центре открыли ...": a place and the news; "Сомов: выставка спустя полвека": a
        # topic with no verb. A person's label and a clause with a finite verb make a statement.
        return False
    label = Window(match.start("label"), match.end("label"), "before")
    finder.add(start, stop, 0, finder.group(), None, [label], inherit=False)
    finder.masked.append((start, stop))
    return True


def _person_label(text: str, match: regex.Match[str]) -> bool:
    """Whether a headline's label names a person: a role ("Глава Минфина") or a first name."""
    words = words_of(text, match.start("label"), match.end("label"))
    return any(w.low in ROLES or w.text in MALE or w.text in FEMALE for w in words)


def is_dash_line(text: str, start: int, stop: int) -> bool:
    """Whether a paragraph opens with a dash and a space ("— П", "- П"), not a minus sign."""
    return text[start] in "—–―-" and start + 1 < stop and (text[start + 1].isspace() or text[start] != "-")


def has_author_insertion(text: str, start: int, stop: int) -> bool:
    """Whether a dash line carries author's words with a speech verb ("— П, — сказал он")."""
    for match in _INSERTION.finditer(text, start, stop):
        words = words_of(text, match.start("author"), match.end("author"))
        if speech_verb(words) is not None:
            return True
    return False


def _dash_line(finder: _Finder, index: int, start: int, stop: int) -> bool:
    """A dialogue line "— П, — сказал он. — П." with author's words; False when it has none."""
    parts, cue, windows = finder.split_parts(start, stop, index, 0, line_end=True)
    if cue is None:
        return False
    group = finder.group()
    for s, e in parts:
        finder.add(s, e, index, group, cue, windows, inherit=False)
    return True


def _only_common(text: str, windows: Sequence[Window]) -> bool:
    """Whether the author's words of a cue hold only lower-case words ("— сказал депутат")."""
    words = [w for window in windows for w in words_of(text, window.start, window.stop)]
    return bool(words) and all(w.text.islower() for w in words)


def _names_someone(text: str, windows: Sequence[Window]) -> bool:
    """Whether the author's words of a cue hold a capitalised word ("— комментирует Иван Петров")."""
    return any(w.capitalized for window in windows for w in words_of(text, window.start, window.stop))


def _pair_quote(
    finder: _Finder, index: int, ps: int, pe: int, open_: int, close: int, group: int, forced: bool
) -> bool:
    """Decide whether a top-level pair of marks holds a quote, and record its parts."""
    text = finder.text
    inner_start, inner_stop = open_ + 1, close
    parts, split_cue, split_windows = finder.split_parts(
        inner_start, inner_stop, index, group, line_end=False
    )
    head = _skip_back(text, ps, open_, " \t\u00a0'")
    opens_sentence = head == ps or text[head - 1] in ':.!?…—–―-»"”'
    after = finder.author_after(close + 1, pe, opens_sentence)
    before = finder.author_before(ps, open_)
    cue: tuple[Word, VerbForm] | None = None
    windows: list[Window] = []
    if after is not None and not _sentence_like(text, inner_start, inner_stop):
        # «Движения чаепития» — недвусмысленно намекал, что ...: a short name takes a cue only when
        # the verb comes within a few words of the dash ("«Нет», — ответил он").
        verb_at = after[0][0].start
        lead = words_of(text, close + 1, verb_at)
        if (
            len(lead) > _SHORT_QUOTE_LEAD
            or "," in text[close + 2 : verb_at]
            or any(w.low == "что" for w in lead)
            # "«Движения чаепития» — намекал, что ...": the verb governs a clause of its own.
            or (
                not opens_sentence
                and _GOVERNS_CLAUSE.match(text, after[0][0].stop, min(pe, after[0][0].stop + _NEAR_CHARS))
            )
        ):
            after = None
    if (
        after is not None
        and after[0][1].tense == "gerund"
        and not any(ch in text[close + 1 : after[0][0].start] for ch in "—–―-")
    ):
        # "назвал его «вруном», заявив, что ...": the gerund opens a new clause, it frames no quote.
        after = None
    if before is False and after is None:
        # "По словам очевидцев, нападавший «П1. П2»": whole sentences in marks are the source's
        # words, though they open inside the reported clause.
        reported = _SENTENCE_END.search(text, inner_start, inner_stop) and _reporting_phrase(text, ps, open_)
        if not reported:
            return False
        before = reported
    if after is not None and _inside_clause(text, ps, open_) and not _reopens(text, after[0][0].stop, pe):
        # "Компания растёт, и «довольно быстро», уточнила она": the marks close a fragment of the
        # clause the cue reports; the whole clause is reported speech, read by the reported finder.
        return False
    if after is not None:
        cue, windows = after
        if split_cue is not None and _only_common(text, windows) and _names_someone(text, split_windows):
            # "«П1, — комментирует Иван Петров. — П2», — сказал депутат": the cue inside names the
            # speaker, the one after re-describes them; the name is the fuller form.
            finder.used.add(after[0][0].start)
            cue, windows = split_cue, split_windows
    elif isinstance(before, tuple):
        cue, windows = before
        head_end = _skip_back(text, ps, open_, " \t\u00a0'")
        colon = head_end > ps and text[head_end - 1] == ":"
        size = len(words_of(text, inner_start, inner_stop))
        wording = cue is not None and cue[1] is _WORDING_FORM
        if colon and _after_motto_noun(text, ps, head_end - 1):
            # "противоречит принципу проекта: «...»": a principle's fixed wording, whoever states it.
            return False
        if (
            colon
            and not wording
            and (
                _after_title_noun(text, ps, head_end - 1)
                or (cue is None and _title_like_list(text, ps, pe, open_, close))
            )
            # "сказал корреспонденту газеты: «Мы справимся»": a verb of saying and a clause with a
            # verb or a first person are words, though a title noun is the verb's object.
            and not (cue is not None and cue[1].kind == "say" and _wording(text, inner_start, inner_stop))
        ):
            # "Автор книг: «...»", "Вспомним: «А», «Б», «В»": a list of titles, no speech verb.
            return False
        # A cue verb and a colon take even one word ("скандировали: «Свободу!»"); a naming verb takes a
        # fragment of the speaker's words ("назвал решение «ошибкой»"), not a capitalised name.
        framed = (
            (colon and cue is not None)
            or (
                cue is not None
                and cue[1].lemma in NAMING_LEMMAS
                and text[inner_start : inner_start + 1].islower()
            )
            # "выкрикнул «Аллах акбар»": what was shouted, however short.
            or (cue is not None and cue[1].lemma in SHOUTING_LEMMAS)
            # "отметил «воодушевлённое» настроение": a lower-case word opening the object of a
            # statement verb is the speaker's epithet.
            or (
                cue is not None
                and cue[1].kind == "say"
                and cue[1].tense != "gerund"
                # "продолжил «аляскинскую» тему": an aspectual verb reports nothing.
                and cue[1].lemma not in CONTINUATION_LEMMAS
                and text[inner_start : inner_start + 1].islower()
                and not has_word(text, cue[0].stop, open_)
                # An epithet (adjective or adverb), not a noun: "добавил «мигалок»" is no speech.
                and text[inner_start:inner_stop].rstrip(" .!?…").lower().endswith(_EPITHET_ENDINGS)
            )
        )
        if not colon and cue is not None and cue[1].lemma in NAMING_LEMMAS and not framed:
            # "назвал лучшим фильм «Белое солнце»": a capitalised span after a naming verb is a title.
            return False
        if (
            not framed
            and size < (2 if colon else _MIN_GOVERNED_WORDS)
            and not _sentence_like(text, inner_start, inner_stop)
        ):
            # "что приземление корабля «Союз ТМА-11»", "назвал переговоры «трудными»": names and fragments.
            return False
    elif split_cue is not None:
        cue, windows = split_cue, split_windows
    elif (
        before is None
        and text[max(ps, head - 1)] == ":"
        and _first_person_clause(text, inner_start, inner_stop)
    ):
        # "рекламирует своё эссе в журнале: «Читайте моё новое эссе ...»": words in the first person
        # after a colon are somebody's, even after a title noun; the speaker comes from the sentence's
        # subject or the neighbouring quotes, as for a borrowed phrase.
        windows = []
    elif before is None and _borrowed(text, ps, pe, open_, close):
        # "депутаты «с высокой долей вероятности» будут ...": somebody's words woven into the
        # author's sentence; the speaker, if any, comes from the quotes around it, or from the
        # subject of a speech verb earlier in the sentence ("объясняют это стремлением «...»").
        found = _verb_before(text, ps, open_)
        if found is not None:
            cue, windows = found
    elif (not forced and _title_like(text, ps, pe, open_, close)) or not (
        _sentence_like(text, inner_start, inner_stop) or _whole_sentence(text, ps, pe, open_, close)
    ):
        return False
    if split_cue is not None and cue is not split_cue:
        finder.used.add(split_cue[0].start)
    # "заявил, что П: «Q»": the verb reports its own clause too; it stays free for reported speech.
    free = (
        cue is not None
        and after is None
        and text[max(ps, _skip_back(text, ps, open_, " \t\u00a0'") - 1)] == ":"
        and cue[0].start not in finder.used
        and _GOVERNS_CLAUSE.search(text, cue[0].stop, open_) is not None
    )
    for s, e in parts:
        finder.add(s, e, index, group, cue, windows, inherit=cue is None)
    if free and cue is not None:
        finder.used.discard(cue[0].start)
    return True

"""Interviews: the question/answer alternation of dash paragraphs, the lead, and the vocative.

An interview has at least two questions and two answers as paragraphs opening with a dash and
carrying no author's words. Turns alternate from a question; a question holds a "?" (a dash
paragraph without one where a question is due continues the answer). A long paragraph without
a dash right after an answer continues it; short lines (photo captions) are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from ..models import Paragraph, Span, Speaker
from ._text import words_of
from .direct import has_author_insertion, is_dash_line

__all__ = ["InterviewShape", "Vocative", "find_interview"]

_MIN_TURNS = 2
# A turn label opening a paragraph: "Вопрос:", "Ответ:", "В:", "О:", "Корр.:", "— Корр.:".
_LABEL = regex.compile(
    r"(?:[—–―-][^\S\n]*+)?+(?P<label>Вопрос|Ответ|В|О|Корр\.|Корреспондент|Журналист)[^\S\n]*+:[^\S\n]*+"
)
_ANSWER_LABELS = frozenset({"ответ", "о"})
# A speaker's name as a turn label: "Мустафа Джемилев: ...", "Голос Америки: ..." (1-4 capitalised words).
_NAME_LABEL = regex.compile(
    r"(?P<label>\p{Lu}[\p{L}'’.-]*+(?:[^\S\n]++\p{Lu}[\p{L}'’.-]*+){0,3}+)[^\S\n]*+:[^\S\n]++(?=\S)"
)
_MIN_LABEL_TURNS = 2
_LABEL_CHARS = 40
_REQUEST_MAX_CHARS = 300
# Polite address or an imperative opening the turn: "Вы", "Ваш", "Расскажите", "Поясните".
_REQUEST = regex.compile(
    r"(?<!\p{L})(?:Вы|Вас|Вам|Вами|Ваш\p{Ll}*+)(?!\p{L})|^[—–―-][^\S\n]*+\p{Lu}\p{Ll}{1,20}?ите(?:[^\S\n]|,)"
)
_CONTINUATION_MIN_CHARS = 80
_DASH = regex.compile(r"[—–―-][^\S\n]*+")
# "Антон Георгиевич, ..." or "Мадина Ержановна!": a first name and a patronymic addressing the interviewee.
_VOCATIVE = regex.compile(
    r"(?<![\p{L}-])(?P<first>\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+)[^\S\n]++"
    r"(?P<patr>\p{Lu}\p{Ll}{1,16}?(?:вич|вна|чна|ична|кызы|улы|оглы|қызы|ұлы))(?=[^\S\n]*+[,!?])"
)
_INTERVIEWER = regex.compile(
    r"(?<!\p{L})(?P<who>(?:наш(?:а|ей|у)?[^\S\n]++)?редакци(?:я|и|ей|ю)"
    r"|корреспондент(?:у|а|ом)?+(?:[^\S\n]++(?:\p{Lu}[\p{L}.-]*+|«[^»\n]{1,40}+»))?+"
    r"|журналист(?:у|а|ом|ами|ам|ы)?+(?:[^\S\n]++(?:\p{Lu}[\p{L}.-]*+))?+)",
    regex.IGNORECASE,
)
_NOMINATIVE_ENDINGS = (("ей", "а"), ("ю", "а"), ("и", "я"), ("у", ""), ("а", ""), ("ом", ""))


@dataclass(frozen=True)
class Vocative:
    """The interviewee addressed in a question: first name and patronymic as written."""

    start: int
    stop: int
    first: str
    patronymic: str


@dataclass(frozen=True)
class InterviewShape:
    """The turns of an interview and what its lead says.

    Attributes:
        turns: (paragraph index, role, start, stop) for each turn, without the leading dash.
        lead: Indices of the paragraphs before the first turn.
        vocatives: Where a question addresses the interviewee by name.
        interviewer: Who asks, when the lead says ("наша редакция").
        answerer: Where the label of the answers names the interviewee ("Мустафа Джемилев: ...").
    """

    turns: tuple[tuple[int, Literal["question", "answer"], int, int], ...]
    lead: tuple[int, ...]
    vocatives: tuple[Vocative, ...]
    interviewer: Speaker | None
    answerer: tuple[int, int] | None = None


def _interviewer(text: str, start: int, stop: int) -> Speaker | None:
    match = _INTERVIEWER.search(text, start, stop)
    if match is None:
        return None
    words = match.group("who").split()
    head = words[0].lower()
    # Bring the head noun back to the nominative: "нашей редакцией" -> "наша редакция".
    if head.startswith("редакци"):
        name = "редакция"
    elif head.startswith("наш"):
        name = "наша редакция"
        words = words[1:]
    elif head.startswith("корреспондент"):
        name = "корреспондент"
    else:
        name = "журналист"
    rest = [w for w in words[1:] if not w.lower().startswith("редакци")]
    if rest:
        name = f"{name} {' '.join(rest)}"
    s, e = match.span("who")
    kind: Literal["organization", "role"] = "organization" if "редакц" in name else "role"
    return Speaker(name=name, role=None, type=kind, mention=Span(start=s, stop=e, text=text[s:e]))


def find_interview(text: str, paragraphs: Sequence[Paragraph]) -> InterviewShape | None:
    """Return the interview structure of an article, or None when it is no interview.

    Args:
        text: The whole text.
        paragraphs: Its paragraphs.
    """
    labelled = _labelled(text, paragraphs)
    if labelled is not None:
        return labelled
    named = _name_labelled(text, paragraphs)
    if named is not None:
        return named
    dash = [
        i
        for i, p in enumerate(paragraphs)
        if is_dash_line(text, p.start, p.stop) and not has_author_insertion(text, p.start, p.stop)
    ]
    if len(dash) < 2 * _MIN_TURNS:
        return None
    with_question = [i for i in dash if _asks(paragraphs[i].text)]
    if len(with_question) < _MIN_TURNS:
        return None
    dash_set = set(dash)
    turns: list[tuple[int, Literal["question", "answer"], int, int]] = []
    expected: Literal["question", "answer"] = "question"
    first = with_question[0]
    for index in range(first, dash[-1] + 1):
        p = paragraphs[index]
        if index in dash_set:
            body = _DASH.match(text, p.start, min(p.stop, p.start + _LABEL_CHARS))
            start = body.end() if body else p.start
            if expected == "question" and _asks(p.text):
                turns.append((index, "question", start, p.stop))
                expected = "answer"
            else:
                turns.append((index, "answer", start, p.stop))
                expected = "question"
        elif turns and turns[-1][1] == "answer" and _continues(p):
            turns.append((index, "answer", p.start, p.stop))
    # The last answer may run on in paragraphs without a dash.
    for index in range(dash[-1] + 1, len(paragraphs)):
        p = paragraphs[index]
        if not (turns and turns[-1][1] == "answer" and turns[-1][0] == index - 1 and _continues(p)):
            break
        turns.append((index, "answer", p.start, p.stop))
    questions = sum(1 for t in turns if t[1] == "question")
    answers = sum(1 for t in turns if t[1] == "answer")
    if questions < _MIN_TURNS or answers < _MIN_TURNS:
        return None
    vocatives = tuple(
        Vocative(m.start(), m.end("patr"), m.group("first"), m.group("patr"))
        for index, role, s, e in turns
        if role == "question"
        for m in _VOCATIVE.finditer(text, s, e)
    )
    lead = tuple(range(first))
    lead_stop = paragraphs[first].start
    lead_start = paragraphs[0].start if paragraphs else 0
    return InterviewShape(tuple(turns), lead, vocatives, _interviewer(text, lead_start, lead_stop))


def _labelled(text: str, paragraphs: Sequence[Paragraph]) -> InterviewShape | None:
    """Turns labelled "Вопрос: ... / Ответ: ..." (or "В: / О:", "Корр.: ..."); None without them."""
    turns: list[tuple[int, Literal["question", "answer"], int, int]] = []
    for index, p in enumerate(paragraphs):
        match = _LABEL.match(text, p.start, min(p.stop, p.start + _LABEL_CHARS))
        if match is None:
            if turns and turns[-1][1] == "answer" and turns[-1][0] == index - 1 and _continues(p):
                turns.append((index, "answer", p.start, p.stop))
            continue
        label = match.group("label").lower().rstrip(".")
        role: Literal["question", "answer"] = "answer" if label in _ANSWER_LABELS else "question"
        if match.end() < p.stop:
            turns.append((index, role, match.end(), p.stop))
    questions = sum(1 for t in turns if t[1] == "question")
    answers = sum(1 for t in turns if t[1] == "answer")
    if questions < _MIN_TURNS or answers < _MIN_TURNS:
        return None
    first = turns[0][0]
    vocatives = tuple(
        Vocative(m.start(), m.end("patr"), m.group("first"), m.group("patr"))
        for index, role, s, e in turns
        if role == "question"
        for m in _VOCATIVE.finditer(text, s, e)
    )
    lead_stop = paragraphs[first].start
    return InterviewShape(tuple(turns), tuple(range(first)), vocatives, _interviewer(text, 0, lead_stop))


def _name_labelled(text: str, paragraphs: Sequence[Paragraph]) -> InterviewShape | None:
    """Turns labelled by the speakers' names: one label asks (its turns hold "?"), the other answers."""
    found: list[tuple[int, str, int, int, int]] = []
    for index, p in enumerate(paragraphs):
        match = _NAME_LABEL.match(text, p.start, min(p.stop, p.start + _LABEL_CHARS))
        if match is not None:
            found.append((index, match.group("label"), match.start("label"), match.end("label"), match.end()))
    labels: dict[str, list[tuple[int, str, int, int, int]]] = {}
    for item in found:
        labels.setdefault(item[1], []).append(item)
    frequent = sorted((items for items in labels.values() if len(items) >= _MIN_LABEL_TURNS), key=len)[-2:]
    if len(frequent) < 2:
        return None

    def asking(items: list[tuple[int, str, int, int, int]]) -> float:
        return sum("?" in paragraphs[i[0]].text for i in items) / len(items)

    asker, answerer = sorted(frequent, key=asking, reverse=True)
    # The interviewer asks in most turns, the interviewee hardly ever.
    if asking(asker) < 0.5 or asking(answerer) >= 0.5:
        return None
    roles = {i[0]: ("question", i) for i in asker} | {i[0]: ("answer", i) for i in answerer}
    turns: list[tuple[int, Literal["question", "answer"], int, int]] = []
    for index, p in enumerate(paragraphs):
        if index in roles:
            role, item = roles[index]
            turns.append((index, "question" if role == "question" else "answer", item[4], p.stop))
        elif turns and turns[-1][1] == "answer" and turns[-1][0] == index - 1 and _continues(p):
            turns.append((index, "answer", p.start, p.stop))
    first = turns[0][0]
    label = asker[0]
    interviewer = Speaker(
        name=label[1],
        type="role",
        mention=Span(start=label[2], stop=label[3], text=text[label[2] : label[3]]),
    )
    return InterviewShape(
        tuple(turns), tuple(range(first)), (), interviewer, (answerer[0][2], answerer[0][3])
    )


def _asks(text: str) -> bool:
    """A question turn: a "?", or a short request to the interviewee ("Расскажите о планах.")."""
    if "?" in text:
        return True
    return len(text) <= _REQUEST_MAX_CHARS and _REQUEST.search(text) is not None


def _continues(paragraph: Paragraph) -> bool:
    """A paragraph without a dash continues an answer when it is long and ends a sentence."""
    body = paragraph.text.rstrip()
    if len(body) < _CONTINUATION_MIN_CHARS or body[-1:] not in '.!?…»"':
        return False
    return len(words_of(body)) >= _CONTINUATION_MIN_CHARS // 10

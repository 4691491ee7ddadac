"""The optional ``[syntax]`` reader: the subject of a speech cue from natasha's dependency parse.

The rules name a speaker from the words near the cue; a dependency parse says which of those
words is the subject of the cue's verb ("Как заявил министру глава Минсвязи Николай Никифоров":
заявил -nsubj-> глава -appos-> Николай -flat:name-> Никифоров). natasha (MIT; its news models
ship inside the wheel) is imported, and its models loaded, on the first call that asks; only the
sentence that holds a cue is parsed, and offsets are mapped back into the caller's text.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from ..segmentation import sentence_bounds

__all__ = ["Subject", "Token", "cue_subject", "parse", "previous_subjects", "require", "sentence_start"]

_INSTALL = "syntax=True needs natasha: pip install 'ru-newsfacts[syntax]'"
# A sentence longer than this is cut to a stretch around the cue: the parser's cost grows with it.
_MAX_SENTENCE = 600
_AROUND_CUE = 280
# The relations that keep a word inside its head's subject phrase: appositions and name parts
# (the person), genitive complements and adjectives (the role: "глава Минсвязи"), conjuncts
# ("X и Y заявили"), with their prepositions and inner punctuation.
_PHRASE_RELS = frozenset(
    {
        "appos",
        "flat",
        "flat:name",
        "flat:foreign",
        "nmod",
        "amod",
        "nummod",
        "compound",
        "conj",
        "cc",
        "case",
        "det",
        "punct",
    }
)
_NOUNS = frozenset({"NOUN", "PROPN"})
# The relations that keep a word in the core of its head: the same referent, named again.
_CORE_RELS = frozenset({"appos", "flat", "flat:name", "flat:foreign"})
# "по словам", "по мнению", "по данным": the noun of the phrase governs the speaker in the genitive.
_ACCORDING_NOUNS = frozenset({"словам", "мнению", "оценке", "оценкам", "данным", "утверждению", "сведениям"})


@dataclass(frozen=True)
class Token:
    """One word of a parsed sentence, with offsets into the caller's text.

    Attributes:
        start: Where it starts.
        stop: Where it ends.
        text: The word.
        index: Its position in the sentence (0-based).
        head: The index of its head, or -1 for the root.
        rel: The Universal Dependencies relation to the head.
        pos: The UD part of speech.
        case: The grammatical case (UD's "Nom", "Gen", ...), or None.
    """

    start: int
    stop: int
    text: str
    index: int
    head: int
    rel: str
    pos: str
    case: str | None


@dataclass(frozen=True)
class Subject:
    """The subject phrase the parse gives a cue.

    Attributes:
        start: Where the phrase starts.
        stop: Where it ends.
        side: "before" or "after" the cue, or "genitive" (governed by "по словам").
        pronoun: The subject is a pronoun (left to the rules).
        proper: The phrase holds a proper noun (a name).
        core: The head word with its appositions and name parts, without complements: a
            speaker read off a complement ("Пользователи Facebook") is not the subject.
    """

    start: int
    stop: int
    side: Literal["before", "after", "genitive"]
    pronoun: bool
    proper: bool
    core: tuple[int, int] = (0, 0)


_LOCK = threading.Lock()
_MODELS: list[Any] = []


def require() -> None:
    """Load natasha's models, or raise ImportError with the install hint."""
    _models()


def _models() -> tuple[Any, Any, Any]:
    """natasha's segmenter, morphology tagger and syntax parser, loaded once per process (~1.5 s)."""
    if _MODELS:
        return _MODELS[0]  # type: ignore[no-any-return]
    with _LOCK:
        if not _MODELS:
            try:
                from natasha import NewsEmbedding, NewsMorphTagger, NewsSyntaxParser, Segmenter
            except ImportError as error:
                raise ImportError(_INSTALL) from error
            embedding = NewsEmbedding()
            _MODELS.append((Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding)))
    return _MODELS[0]  # type: ignore[no-any-return]


@lru_cache(maxsize=512)
def _parse_sentence(sentence: str) -> tuple[tuple[int, int, str, int, int, str, str, str | None], ...]:
    """The parse of one sentence: offsets into it, index, head index, relation, POS, case."""
    from natasha import Doc

    segmenter, tagger, parser = _models()
    doc = Doc(sentence)
    doc.segment(segmenter)
    doc.tag_morph(tagger)
    doc.parse_syntax(parser)
    out: list[tuple[int, int, str, int, int, str, str, str | None]] = []
    ids: dict[str, int] = {}
    for token in doc.tokens:
        ids[token.id] = len(ids)
    for token in doc.tokens:
        head = ids.get(token.head_id, -1)
        case = token.feats.get("Case") if token.feats else None
        out.append((token.start, token.stop, token.text, ids[token.id], head, token.rel, token.pos, case))
    return tuple(out)


def parse(text: str, start: int, stop: int) -> list[Token]:
    """Parse ``text[start:stop]`` as one unit; the tokens carry offsets into ``text``."""
    return [
        Token(start + a, start + b, word, index, head, rel, pos, case)
        for a, b, word, index, head, rel, pos, case in _parse_sentence(text[start:stop])
    ]


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    """The sentence of ``pos`` inside its line (a paragraph), cut around it when very long."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_stop = text.find("\n", pos)
    if line_stop < 0:
        line_stop = len(text)
    start, stop = line_start, line_stop
    for a, b in sentence_bounds(text[line_start:line_stop]):
        if line_start + a <= pos < line_start + b:
            start, stop = line_start + a, line_start + b
            break
    if stop - start > _MAX_SENTENCE:
        left = max(start, pos - _AROUND_CUE)
        right = min(stop, pos + _AROUND_CUE)
        # Cut at spaces so that no word is split.
        space = text.find(" ", left, pos)
        start = space + 1 if left > start and space >= 0 else left
        space = text.rfind(" ", pos, right)
        stop = space if right < stop and space > pos else right
    return start, stop


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence of ``pos`` starts (as the parse reads it)."""
    return _sentence_of(text, pos)[0]


def _children(tokens: list[Token]) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for token in tokens:
        kids.setdefault(token.head, []).append(token.index)
    return kids


def _core(tokens: list[Token], kids: dict[int, list[int]], head: int) -> tuple[int, int]:
    """Where the head and its appositions and name parts lie (complements left out)."""
    inside = {head}
    stack = [head]
    while stack:
        for kid in kids.get(stack.pop(), ()):
            if tokens[kid].rel in _CORE_RELS and kid not in inside:
                inside.add(kid)
                stack.append(kid)
    return min(tokens[k].start for k in inside), max(tokens[k].stop for k in inside)


def _phrase(tokens: list[Token], kids: dict[int, list[int]], head: int) -> tuple[int, int, bool]:
    """The contiguous phrase of ``head``: it and the words joined to it by phrase relations."""
    inside = {head}
    stack = [head]
    while stack:
        for kid in kids.get(stack.pop(), ()):
            if tokens[kid].rel in _PHRASE_RELS and kid not in inside:
                inside.add(kid)
                stack.append(kid)
    # Keep the unbroken run around the head; trailing punctuation and conjunctions go.
    low = high = head
    while low - 1 in inside:
        low -= 1
    while high + 1 in inside:
        high += 1
    while high > head and tokens[high].rel in ("punct", "cc", "case"):
        high -= 1
    while low < head and tokens[low].rel in ("punct", "cc"):
        low += 1
    proper = any(tokens[k].pos == "PROPN" for k in range(low, high + 1))
    return tokens[low].start, tokens[high].stop, proper


def _nsubj(tokens: list[Token], kids: dict[int, list[int]], verb: int) -> int | None:
    """The verb's subject; of two (a misparse of a comma splice), the one nearest the verb."""
    subjects = [kid for kid in kids.get(verb, ()) if tokens[kid].rel == "nsubj"]
    return min(subjects, key=lambda kid: abs(kid - verb)) if subjects else None


def _verb_subject(tokens: list[Token], kids: dict[int, list[int]], verb: int) -> int | None:
    """The subject of ``verb``, or of the verb it is conjoined with or hangs from as a gerund."""
    seen = set()
    while verb >= 0 and verb not in seen:
        seen.add(verb)
        subject = _nsubj(tokens, kids, verb)
        if subject is not None:
            return subject
        token = tokens[verb]
        # "X сказал и добавил": conj; "X ..., заявив": a gerund (advcl) shares its head's subject.
        if token.rel in ("conj", "advcl", "xcomp"):
            verb = token.head
            continue
        return None
    return None


def previous_subjects(text: str, pos: int, reach: int = 2) -> list[Subject]:
    """The subjects of the main clauses of the ``reach`` sentences before ``pos``, nearest first.

    A pronoun that is the subject of a speech verb most often continues the subject of the
    sentence before (the topic of a news paragraph runs on as the subject); the previous line
    counts when ``pos`` opens its paragraph.
    """
    out: list[Subject] = []
    start, _ = _sentence_of(text, pos)
    for _ in range(reach):
        end = start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= 0:
            break
        start, stop = _sentence_of(text, end - 1)
        if stop <= start:
            break
        tokens = parse(text, start, stop)
        kids = _children(tokens)
        for root in kids.get(-1, ()):
            subject = _nsubj(tokens, kids, root)
            if subject is None or tokens[subject].pos not in _NOUNS:
                continue
            a, b, proper = _phrase(tokens, kids, subject)
            out.append(Subject(a, b, "before", False, proper, _core(tokens, kids, subject)))
    return out


def cue_subject(text: str, cue_start: int, cue_stop: int) -> Subject | None:
    """The subject phrase of the speech cue at ``cue_start:cue_stop``.

    Args:
        text: The whole text.
        cue_start: Where the cue starts.
        cue_stop: Where it ends.

    Returns:
        The phrase the parse makes the subject of the cue's verb (or the genitive complement of
        "по словам"), or None when the parse gives it none.
    """
    start, stop = _sentence_of(text, cue_start)
    if stop <= start or not start <= cue_start < stop:
        return None
    tokens = parse(text, start, stop)
    kids = _children(tokens)
    in_cue = [t for t in tokens if t.start < cue_stop and cue_start < t.stop]
    if not in_cue:
        return None
    according = next((t for t in in_cue if t.text.lower() in _ACCORDING_NOUNS), None)
    if according is not None:
        for kid in kids.get(according.index, ()):
            token = tokens[kid]
            if token.rel in ("nmod", "appos") and token.index > according.index and token.pos in _NOUNS:
                a, b, proper = _phrase(tokens, kids, kid)
                return Subject(a, b, "genitive", False, proper, _core(tokens, kids, kid))
        return None
    verb = next((t for t in in_cue if t.pos in ("VERB", "AUX")), in_cue[0])
    subject = _verb_subject(tokens, kids, verb.index)
    if subject is None:
        return None
    token = tokens[subject]
    if token.pos == "PRON" or token.pos not in _NOUNS:
        a, b = token.start, token.stop
        return Subject(a, b, "before" if b <= cue_start else "after", True, False, (a, b))
    a, b, proper = _phrase(tokens, kids, subject)
    side: Literal["before", "after"] = "before" if b <= cue_start else "after"
    return Subject(a, b, side, False, proper, _core(tokens, kids, subject))

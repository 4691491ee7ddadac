"""Choosing the speaker where the rules guess: a linear score over the persons in reach.

The rules of ``engine._resolve`` are certain when the cue's own words name the speaker ("— сказал
Иван Петров", "МИД заявил"). They guess when the cue names a pronoun or a bare descriptor, or
nothing at all: then "он" goes to the latest subject, "министр" to the latest person holding that
role, a quote without cue to its neighbour. Here every such quote gets a list of options (the
rules' answer, and each person named in its paragraph or the ones before), each option a vector of
features (distance, case of the mention, agreement with the verb, salience in the document), and
the option with the highest score under weights fitted on the gold sets
(``benchmarks/fit_speaker_ranker.py``, weights in ``data/speaker_ranker.py``) is taken.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..data.speaker_ranker import FEATURES, WEIGHTS
from ..models import Span, Speaker
from ._raw import RawQuote
from .speakers import Candidate, Entity, Memory

__all__ = ["CERTAIN", "Choice", "Option", "Rule", "rerank", "score"]

# The rules that read the speaker off the cue's own words, or carry a speaker just named on.
CERTAIN = frozenset(
    {
        "interview",
        "phrase",
        "syntax",
        "cue-name",
        "cue-name-fixed",
        "cue-org",
        "cue-org-fixed",
        "cue-role-fixed",
        "cue-pronoun-fixed",
        "cue-document",
        "cue-document-fixed",
        "subject",
        "and",
        "gerund",
        "elliptical",
    }
)
# Persons named this many paragraphs before the quote's, or nearer, are options.
_PARAGRAPH_REACH = 1000
# Bounded work per quote keeps hostile input linear.
_MAX_MENTIONS = 80
_MAX_SENTENCES = 6
_MAX_PARAGRAPHS = 3
_MAX_COUNT = 10
_SENTENCE_TAIL = 2000
_SENTENCE_BREAK = regex.compile(r"[.!?…][»\"”)]?+[^\S\n]++(?=[«\"“]?+\p{Lu})|\n")
_OBLIQUE = frozenset({"gen", "dat", "acc", "ins", "loc"})
_INDEX = {name: i for i, name in enumerate(FEATURES)}


@dataclass(frozen=True)
class Rule:
    """How the rules chose a quote's speaker.

    Attributes:
        tag: The rule ("cue-name", "cue-pronoun", "cue-role", "none", "neighbour", ...).
        candidate: The mention the cue names, when the rule read one.
    """

    tag: str
    candidate: Candidate | None = None


@dataclass
class Option:
    """One possible speaker of a quote and its features (in the order of ``FEATURES``).

    Attributes:
        speaker: The speaker, or None for "nobody named".
        features: The feature vector.
        rule: Whether this is the rules' answer.
        pending: A person's name, role and mention, while the speaker is not built yet.
    """

    speaker: Speaker | None
    features: list[float]
    rule: bool = False
    pending: tuple[str, str | None, tuple[int, int]] | None = None


@dataclass
class Choice:
    """The options of one quote where the rules guess.

    Attributes:
        index: The quote's index among the raw quotes.
        tag: The rule that chose it.
        options: The rules' answer first, then the persons in reach.
        chosen: The index of the option taken.
    """

    index: int
    tag: str
    options: list[Option] = field(default_factory=list)
    chosen: int = 0


def score(features: Sequence[float], weights: Sequence[float] = WEIGHTS) -> float:
    """The linear score of one option."""
    # map over the two sequences: several times faster than a generator of products.
    total: float = sum(map(operator.mul, features, weights))
    return total


@dataclass
class _Context:
    """What every quote of one text shares: sentence and paragraph boundaries, the lead person."""

    breaks: list[int]
    paragraph_starts: list[int]
    lead: Entity | None


def rerank(
    raws: Sequence[RawQuote],
    speakers: list[Speaker | None],
    rules: Sequence[Rule],
    memory: Memory,
    paragraph_starts: list[int],
    trace: list[Choice] | None = None,
) -> list[Speaker | None]:
    """Replace the rules' guesses by the best-scoring option.

    Args:
        raws: The quotes.
        speakers: The rules' speakers, one per quote.
        rules: How the rules chose each one.
        memory: The article's memory.
        paragraph_starts: Where each paragraph starts.
        trace: Receives every choice made (for fitting and inspection).

    Returns:
        The speakers, where the rules guessed replaced by the ranker's choice.
    """
    uncertain = [i for i, rule in enumerate(rules) if not _certain(rule, speakers[i])]
    if not uncertain:
        return speakers
    text = memory.text
    reach = max(max(raws[i].stop for i in uncertain), max(raws[i].cue or (0, 0) for i in uncertain)[1])
    reach += _SENTENCE_TAIL
    context = _Context(
        # Sentence ends are needed only up to the sentence of the last guessed quote.
        breaks=[m.end() for m in _SENTENCE_BREAK.finditer(text, 0, min(len(text), reach))],
        paragraph_starts=paragraph_starts,
        lead=memory.article_person(),
    )
    out = list(speakers)
    for i in uncertain:
        choice = _choice(i, raws[i], speakers[i], rules[i], memory, context)
        scores = [score(option.features) for option in choice.options]
        best = max(range(len(scores)), key=lambda k: (scores[k], choice.options[k].rule))
        choice.chosen = best
        out[i] = _speaker_of(choice.options[best], text)
        if trace is not None:
            for option in choice.options:
                _speaker_of(option, text)
            trace.append(choice)
    return out


@dataclass
class _Seen:
    """What the text says of one possible speaker before the quote."""

    speaker: Speaker | None
    at: int
    case: str | None = None
    entity: Entity | None = None
    mentions: int = 0
    spoke: bool = False
    kind: str = "person"
    span: tuple[int, int] = (0, 0)


def _speaker_of(option: Option, text: str) -> Speaker | None:
    """The option's speaker, built from its pending parts on first use."""
    if option.pending is not None:
        name, role, (start, stop) = option.pending
        span = Span(start=start, stop=stop, text=text[start:stop])
        option.speaker = Speaker(name=name, role=role, type="person", mention=span)
        option.pending = None
    return option.speaker


def _certain(rule: Rule, speaker: Speaker | None) -> bool:
    """Whether the rules read the speaker off the cue's words, or carried one just named on.

    A descriptor the rules left unbound ("— сказал врач", "его брат сказал") is the cue's own
    subject: the guide binds it to a person only where the text does (an apposition, the same
    role named before), and that the rules have tried. Only a descriptor they bound is a guess.
    """
    if rule.tag in CERTAIN:
        return True
    return rule.tag == "cue-role" and speaker is not None and speaker.type != "person"


def _choice(
    i: int, raw: RawQuote, speaker: Speaker | None, rule: Rule, memory: Memory, context: _Context
) -> Choice:
    pos = raw.cue[0] if raw.cue else raw.start
    breaks = context.breaks
    sentence = bisect.bisect_right(breaks, pos)
    sentence_stop = breaks[sentence] if sentence < len(breaks) else len(memory.text)
    paragraph = max(0, bisect.bisect_right(context.paragraph_starts, pos) - 1)
    first_paragraph = max(0, paragraph - _PARAGRAPH_REACH)
    start = context.paragraph_starts[first_paragraph] if context.paragraph_starts else 0
    stop = max(sentence_stop, raw.stop if raw.cue is None else pos)
    seen = _seen(memory, raw, pos, start, stop)
    demanded = _demanded_gender(raw, rule)
    windows = [(w.start, w.stop) for w in raw.windows]
    last = _last_speaker(memory, pos)
    choice = Choice(index=i, tag=rule.tag)
    rule_features = [0.0] * len(FEATURES)
    rule_features[_INDEX["rule"]] = 1.0
    if speaker is None:
        rule_features[_INDEX["none"]] = 1.0
    elif speaker.type == "role":
        rule_features[_INDEX["rule_role"]] = 1.0
    elif speaker.type != "person":
        rule_features[_INDEX["rule_org"]] = 1.0
    rule_option = Option(speaker, rule_features, rule=True)
    choice.options.append(rule_option)
    for name, known in seen.items():
        entity = known.entity
        features = [0.0] * len(FEATURES)
        kind = known.kind
        features[_INDEX["person" if kind == "person" else "group"]] = 1.0
        _person_features(features, raw, rule, known, pos, context, memory)
        features[_INDEX["same_sentence"]] = float(bisect.bisect_right(breaks, known.at) == sentence)
        features[_INDEX["in_window"]] = float(any(a <= known.at < b for a, b in windows))
        features[_INDEX["mentions"]] = min(known.mentions, _MAX_COUNT) / _MAX_COUNT
        gender = entity.gender if entity is not None else None
        features[_INDEX["agrees"]] = float(demanded is not None and gender == demanded)
        features[_INDEX["disagrees"]] = float(
            demanded is not None and gender in ("m", "f") and gender != demanded
        )
        features[_INDEX["last_speaker"]] = float(last == name)
        features[_INDEX["has_spoken"]] = float(known.spoke)
        features[_INDEX["lead"]] = float(entity is not None and context.lead is entity)
        if speaker is not None and name == speaker.name:
            # The rules chose this very speaker: one option with both kinds of evidence.
            rule_option.features = [max(a, b) for a, b in zip(rule_features, features, strict=True)]
            continue
        option = Option(known.speaker, features)
        if known.speaker is None:
            # Built only if chosen: most options never are.
            role = entity.roles[-1] if entity is not None and entity.roles else None
            option.pending = (name, role, known.span)
        choice.options.append(option)
    return choice


def _seen(memory: Memory, raw: RawQuote, pos: int, start: int, stop: int) -> dict[str, _Seen]:
    """The persons named in ``[start, stop)`` outside the quote, and the speakers before ``pos``;
    each by name, at its latest place before ``pos`` (else its first in the cue's sentence)."""
    seen: dict[str, _Seen] = {}
    spans: dict[str, tuple[int, int]] = {}
    for mention, entity in memory.last_person_names(start, stop, _MAX_MENTIONS):
        if entity.type != "person" or raw.start <= mention.start < raw.stop:
            continue
        known = seen.get(entity.name)
        if known is None:
            known = _Seen(None, mention.start, mention.case, entity)
            seen[entity.name] = known
            spans[entity.name] = (mention.start, mention.stop)
        known.mentions += 1
        if mention.start < pos:
            # The latest mention before the cue; one after it only while none before is known.
            known.at, known.case = mention.start, mention.case
            spans[entity.name] = (mention.start, mention.stop)
    for name, span in spans.items():
        seen[name].span = span
    for at, speaker, _ in memory.history[-_MAX_MENTIONS:]:
        if at >= pos or at < start or speaker.type == "unknown":
            continue
        known = seen.get(speaker.name)
        if known is None:
            known = _Seen(speaker, at, entity=memory.entity_named(speaker.name), kind=speaker.type)
            seen[speaker.name] = known
        known.spoke = True
        if known.at >= pos or at > known.at:
            known.at = at
    return seen


def _person_features(
    features: list[float],
    raw: RawQuote,
    rule: Rule,
    known: _Seen,
    pos: int,
    context: _Context,
    memory: Memory,
) -> None:
    m_start, case, entity = known.at, known.case, known.entity
    after = m_start >= pos
    sentences = abs(bisect.bisect_right(context.breaks, pos) - bisect.bisect_right(context.breaks, m_start))
    paragraphs = abs(
        bisect.bisect_right(context.paragraph_starts, pos)
        - bisect.bisect_right(context.paragraph_starts, m_start)
    )
    features[_INDEX["after"]] = float(after)
    features[_INDEX["sentences"]] = min(sentences, _MAX_SENTENCES) / _MAX_SENTENCES
    features[_INDEX["same_paragraph"]] = float(paragraphs == 0)
    features[_INDEX["paragraphs"]] = min(paragraphs, _MAX_PARAGRAPHS) / _MAX_PARAGRAPHS
    features[_INDEX["nominative"]] = float(case == "nom")
    features[_INDEX["oblique"]] = float(case in _OBLIQUE)
    features[_INDEX["in_quote"]] = float(memory.in_quote(m_start))
    features[_INDEX["has_role"]] = float(entity is not None and bool(entity.roles))
    candidate = rule.candidate
    role = candidate.role if candidate is not None else None
    matched = (
        role is not None
        and entity is not None
        and (role.head.lower() in entity.role_heads or role.nominative.lower() in entity.role_heads)
    )
    features[_INDEX["role_match"]] = float(matched)
    # "Тренер X ... Как отметил министр": a descriptor names a holder of it, not a person known by another.
    features[_INDEX["role_clash"]] = float(
        role is not None and entity is not None and bool(entity.role_heads) and not matched
    )
    features[_INDEX["after_pronoun"]] = float(rule.tag == "cue-pronoun")
    features[_INDEX["after_role"]] = float(rule.tag == "cue-role")
    features[_INDEX["no_cue"]] = float(raw.cue is None)
    # "сообщили врачи", "по их словам": a plural cue names a group, hardly one person.
    plural = (raw.verb is not None and raw.verb.number == "pl") or (
        candidate is not None
        and (
            candidate.number == "pl"
            or (candidate.role is not None and getattr(candidate.role, "plural", False))
        )
    )
    features[_INDEX["plural_cue"]] = float(plural and known.kind == "person")


def _demanded_gender(raw: RawQuote, rule: Rule) -> str | None:
    """The gender the cue demands: the pronoun's ("по её словам"), else a past verb's ("сказала")."""
    candidate = rule.candidate
    if candidate is not None and candidate.kind == "pronoun" and candidate.gender in ("m", "f"):
        return candidate.gender
    verb = raw.verb
    if verb is not None and verb.tense == "past" and verb.gender in ("m", "f"):
        return verb.gender
    return None


def _last_speaker(memory: Memory, pos: int) -> str | None:
    """The name of the latest speaker before ``pos``."""
    for at, speaker, _ in reversed(memory.history[-_MAX_MENTIONS:]):
        if at < pos:
            return speaker.name
    return None

"""The quote engine: interview shape, direct quotes, reported speech, then speakers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .._scope import syntax_enabled
from .._trusted import build, direct
from ..data.organizations import ORG_HEADS
from ..data.speech import MEDIA
from ..models import (
    Interview,
    InterviewTurn,
    Paragraph,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerSummary,
    SpeakerType,
)
from ..segmentation import split_paragraphs
from ._bodies_full import fullest_abbreviation, head_with_place
from ._ranker import Choice, Rule, rerank
from ._raw import RawQuote
from ._subject_phrase import complete_speaker
from .direct import find_direct
from .interview import InterviewShape, find_interview
from .reported import find_reported
from .speakers import Candidate, Memory

__all__ = ["QuoteAnalysis", "analyze"]

_HEADER = regex.compile(r"[^\S\n]*+date[^\S\n]++\d{4}-\d{2}-\d{2}(?!\d)", regex.IGNORECASE)
_PRIORITY = {"interview": 0, "direct": 1, "indirect": 2}
_INTERVIEWEE_CASES = ("ins", "dat")
_TITLE_GROUPS = 1_000_000
# A sentence end followed by a capital: a new sentence ("П1. Организация Y ...").
_SENTENCE_BREAK = regex.compile(r"[.!?…][»\"”]?+[^\S\n]++[«\"“]?+\p{Lu}")
_GERUND_REACH = 300
# How far after the previous quote a verb without subject ("— и добавил") still continues its speaker.
_CARRY_REACH = 300
_QUOTED = regex.compile(r"«[^«»\n]*+»|\"[^\"\n]*+\"|“[^“”\n]*+”")
_LETTERS = regex.compile(r"\p{L}++")
_CARRY_WORDS = frozenset({"и", "также"})
# "X упомянул, что «П»": a quote right after "что" in X's sentence.
_THAT_BEFORE = regex.compile(r",[^\S\n]*+что$")
_SUBJECT_REACH = 400
_AND_BEFORE = regex.compile(r"(?<![\p{L}\d])и(?:[^\S\n]++также)?+[^\S\n]++$")
# How far before a cue "и" / "и также" is looked for: a search from the start of the text for
# every quote made long articles quadratic.
_AND_REACH = 40
# Media are named as they are ("ТАСС"), never extended by the word after them.
_MEDIA_NAMES = MEDIA | frozenset({"сми"})
_MAX_BODY_LOOKUPS = 16
# Lower-case heads of bodies ("полиция") -> their forms, to find the place written after them.
_HEAD_FORMS: dict[str, tuple[str, ...]] = {}
for _form, _nominative in ORG_HEADS.items():
    if _nominative.islower():
        _HEAD_FORMS.setdefault(_nominative, (_nominative,))
        _HEAD_FORMS[_nominative] += (_form,)


@dataclass(frozen=True)
class QuoteAnalysis:
    """What the quote engine reads in one text: quotes, speakers and the interview.

    Attributes:
        quotes: Every quote in text order.
        speakers: Each speaker once, with roles and indices into ``quotes``.
        interview: The interview structure, or None.
    """

    quotes: tuple[Quote, ...] = ()
    speakers: tuple[SpeakerSummary, ...] = ()
    interview: Interview | None = None


def analyze(
    text: str, paragraphs: Sequence[Paragraph] | None = None, trace: list[Choice] | None = None
) -> QuoteAnalysis:
    """Run the whole engine over one text (see ``ru_newsfacts.quotes.analyze_quotes``).

    ``trace`` receives the speaker ranker's choices (``benchmarks/fit_speaker_ranker.py`` fits on
    them); each option's speaker is then given as the engine would finally report it.
    """
    if paragraphs is None:
        header = _HEADER.match(text)
        paragraphs = split_paragraphs(text, header.end() if header else 0)
    if not paragraphs:
        return QuoteAnalysis()
    shape = find_interview(text, paragraphs)
    turns = shape.turns if shape else ()
    answers = {index for index, role, _, _ in turns if role == "answer"}
    turn_paragraphs = {index for index, _, _, _ in turns}
    direct = find_direct(text, paragraphs, answers, turn_paragraphs)
    reported = find_reported(text, paragraphs, answers, direct.masked, set(direct.used_cues))
    raws = _attach_anaphoric(direct.quotes, reported) + _title_quotes(text, paragraphs[0].start)
    for index, role, start, stop in turns:
        if role == "answer":
            raws.append(RawQuote(start=start, stop=stop, kind="interview", paragraph=index, group=-3))
    raws = _without_overlaps(raws)
    if not raws and shape is None:
        return QuoteAnalysis()
    quoted = sorted([(q.start, q.stop) for q in raws if q.kind != "indirect"])
    memory = Memory(text, quoted)
    interviewee = _interviewee(text, paragraphs, shape, memory) if shape else None
    if shape is not None and shape.answerer is not None:
        shape = _labelled_speakers(text, shape, memory)
        interviewee = _label_speaker(text, shape.answerer, memory) if shape.answerer else interviewee
    rules: list[Rule] = []
    speakers = _resolve(raws, memory, interviewee, rules)
    starts = [paragraph.start for paragraph in paragraphs]
    speakers = rerank(raws, speakers, rules, memory, starts, trace)
    speakers = _final(text, memory, speakers)
    if trace:
        _final_options(text, memory, trace)
    # "говорится в сообщении" with no owner found: a document noun is nobody; the speaker is unknown.
    speakers = [
        None if speaker is not None and speaker.type == "unknown" else speaker for speaker in speakers
    ]
    interviewee = memory.in_full(interviewee)
    quotes = tuple(
        _quote(raw.start, raw.stop, text[raw.start : raw.stop], raw.kind, speaker, _cue(text, raw.cue))
        for raw, speaker in zip(raws, speakers, strict=False)
    )
    interview = None
    if shape is not None:
        interview = Interview(
            interviewer=shape.interviewer,
            interviewee=interviewee,
            turns=tuple(
                InterviewTurn(start=s, stop=e, text=text[s:e], role=role, paragraph=index)
                for index, role, s, e in turns
            ),
        )
    return QuoteAnalysis(quotes, _summaries(quotes, memory), interview)


# Quotes and cues are the text sliced at offsets the finders found: right by construction.
_DIRECT = direct(Quote, ("start", "stop", "text", "kind", "speaker", "cue")) and direct(
    Span, ("start", "stop", "text")
)


def _cue(text: str, cue: tuple[int, int] | None) -> Span | None:
    if not cue:
        return None
    start, stop = cue
    if _DIRECT:
        return build(Span, {"start": start, "stop": stop, "text": text[start:stop]})
    return Span(start=start, stop=stop, text=text[start:stop])


def _quote(
    start: int, stop: int, text: str, kind: QuoteKind, speaker: Speaker | None, cue: Span | None
) -> Quote:
    if _DIRECT:
        fields = {"start": start, "stop": stop, "text": text, "kind": kind, "speaker": speaker, "cue": cue}
        return build(Quote, fields)
    return Quote(start=start, stop=stop, text=text, kind=kind, speaker=speaker, cue=cue)


def _title_quotes(text: str, body_start: int) -> list[RawQuote]:
    """Direct quotes in a title line the caller left out of the paragraphs ("Эксперт: «П»")."""
    head = text[:body_start]
    header = _HEADER.match(head)
    titles = [p for p in split_paragraphs(head, header.end() if header else 0) if p.text.strip()]
    if not titles:
        return []
    found = find_direct(text, titles[-1:], set(), set()).quotes
    for raw in found:
        # The title is no paragraph of the caller's: its groups must not meet the body's.
        raw.paragraph = -1
        raw.group = _TITLE_GROUPS + raw.group
    return found


def _attach_anaphoric(direct: list[RawQuote], reported: list[RawQuote]) -> list[RawQuote]:
    """Read "Об этом заявил X" after a direct quote: the quote gets the cue instead of a new quote."""
    out = list(direct)
    for raw in reported:
        # Group -2 marks an "Об этом заявил X" cue for a direct quote; other direct raws are verbatim text.
        if raw.kind != "direct" or raw.group != -2:
            out.append(raw)
            continue
        for quote in direct:
            if raw.start <= quote.start and quote.stop <= raw.stop and quote.cue is None:
                quote.cue, quote.verb, quote.windows, quote.inherit = raw.cue, raw.verb, raw.windows, False
    return out


def _without_overlaps(raws: list[RawQuote]) -> list[RawQuote]:
    # Quotes never overlap (the contract of extract_quotes): of two overlapping candidates the
    # one that starts first wins, at one start the higher-priority kind, then the longer span.
    # A direct quote closing a reported clause ("очевидцы говорят, что он выкрикнул «П»") is
    # therefore part of the reported quote, not a quote of its own.
    raws.sort(key=lambda q: (q.start, _PRIORITY[q.kind], -q.stop))
    kept: list[RawQuote] = []
    for raw in raws:
        if kept and raw.start < kept[-1].stop:
            continue
        kept.append(raw)
    return kept


def _label_speaker(text: str, span: tuple[int, int], memory: Memory) -> Speaker:
    """The speaker a turn label names: a person when the names layer reads it, else an organisation."""
    start, stop = span
    names = memory.person_names(start, stop)
    mention = Span(start=start, stop=stop, text=text[start:stop])
    if names:
        entity = names[0][1]
        role = entity.roles[0] if entity.roles else None
        return Speaker(name=entity.name, role=role, type="person", mention=mention)
    return Speaker(name=text[start:stop], type="organization", mention=mention)


def _labelled_speakers(text: str, shape: InterviewShape, memory: Memory) -> InterviewShape:
    """Type the interviewer of name-labelled turns like the interviewee (person or organisation)."""
    asker = shape.interviewer
    if asker is None or asker.mention is None:
        return shape
    interviewer = _label_speaker(text, (asker.mention.start, asker.mention.stop), memory)
    return InterviewShape(shape.turns, shape.lead, shape.vocatives, interviewer, shape.answerer)


def _interviewee(
    text: str, paragraphs: Sequence[Paragraph], shape: InterviewShape, memory: Memory
) -> Speaker | None:
    """The interviewee: addressed by name and patronymic in a question, named in the lead."""
    lead_stop = paragraphs[shape.lead[-1]].stop if shape.lead else paragraphs[0].start
    lead_start = paragraphs[0].start
    in_lead = memory.person_names(lead_start, lead_stop)
    chosen = None
    for vocative in shape.vocatives:
        for mention, entity in reversed(in_lead):
            if entity.first == vocative.first:
                chosen = (mention, entity)
                break
        if chosen is None:
            for mention, entity in memory.person_names(vocative.start, vocative.stop):
                chosen = (mention, entity)
        if chosen:
            break
    if chosen is None:
        governed = [pair for pair in in_lead if pair[0].case in _INTERVIEWEE_CASES]
        chosen = governed[-1] if governed else (in_lead[-1] if in_lead else None)
    if chosen is None:
        return None
    mention, entity = chosen
    # Name the interviewee where the lead introduces them ("побеседовали с ... Антоном Арутюновым").
    own = [m for m, e in in_lead if e is entity]
    governed_own = [m for m in own if m.case in _INTERVIEWEE_CASES]
    mention = governed_own[0] if governed_own else (own[0] if own else mention)
    return Speaker(
        name=entity.name,
        role=entity.roles[0] if entity.roles else None,
        type="person",
        mention=Span(start=mention.start, stop=mention.stop, text=mention.text),
    )


def _resolve(
    raws: list[RawQuote], memory: Memory, interviewee: Speaker | None, how: list[Rule] | None = None
) -> list[Speaker | None]:
    """The rules' speaker of each quote; ``how`` receives, per quote, the rule that chose it and
    the mention the cue names (see ``_ranker.Rule``)."""
    tags: list[Rule] = [] if how is None else how
    syntax = syntax_enabled()
    by_group: dict[int, Speaker | None] = {}
    # The parts of a group share the speaker named by the first part that has author's words.
    representative: dict[int, RawQuote] = {}
    group_tag: dict[int, Rule] = {}
    for raw in raws:
        if raw.group >= 0 and raw.windows and raw.group not in representative:
            representative[raw.group] = raw
    out: list[Speaker | None] = []
    for raw in raws:
        if raw.kind == "interview":
            out.append(interviewee)
            tags.append(Rule("interview"))
            continue
        if raw.group >= 0 and raw.group in by_group:
            out.append(by_group[raw.group])
            tags.append(group_tag[raw.group])
            continue
        tag = "none"
        found: Candidate | None = None
        source = representative.get(raw.group, raw) if raw.group >= 0 else raw
        speaker = None
        if source.verb is not None and source.verb.tense == "gerund" and out:
            # "— сообщил он, добавив, что ...": the gerund shares the speaker of the quote just before.
            previous = raws[len(out) - 1]
            if (
                previous.paragraph == raw.paragraph
                and raw.start - previous.stop < _GERUND_REACH
                and not _new_sentence_between(text_of(memory), previous, source)
            ):
                speaker = out[-1]
                tag = "gerund"
        if (
            speaker is None
            and source.cue is not None
            and out
            and _AND_BEFORE.search(text_of(memory), max(0, source.cue[0] - _AND_REACH), source.cue[0])
        ):
            # "..., и добавил, что П": a verb coordinated with the previous one shares its subject.
            speaker = _elliptical_subject(raws, out, source, text_of(memory), and_before=True)
            tag = "and" if speaker is not None else tag
        if speaker is None and source.windows:
            candidate = memory.find(source.windows, source.verb)
            pos = source.cue[0] if source.cue else source.start
            if candidate is not None:
                speaker = memory.resolve(candidate, pos, source.verb)
                speaker = _agreeing_descriptor(speaker, candidate, source, memory)
                tag = "cue-" + ("document" if candidate.document else candidate.kind)
                tag += "-fixed" if candidate.fixed else ""
                found = candidate
            elif out:
                speaker = _elliptical_subject(raws, out, source, text_of(memory), and_before=False)
                tag = "elliptical" if speaker is not None else tag
            # A group, role or body the text names by a common noun phrase ("ряд СМИ").
            phrase = complete_speaker(text_of(memory), source.windows, source.verb, pos, speaker)
            if phrase is not speaker and phrase is not None and phrase.type == "person":
                # "По словам шерифа округа X Эда Морриса": the apposed person, put in the nominative.
                phrase = memory.genitive_person(phrase, pos)
            if phrase is not speaker:
                # Read off the cue's own words, like a name in the cue: the ranker leaves it be.
                speaker, tag, found = phrase, "phrase", None
            if speaker is not None:
                memory.spoke(pos, speaker, relayed=source.verb is not None and source.verb.kind == "relay")
        if speaker is None and raw.kind == "direct" and raw.cue is None and not raw.windows:
            # "X выступил с заявлением: «П»": no cue, but the sentence's subject introduces the words.
            speaker = _sentence_subject(text_of(memory), raw, memory)
            tag = "subject" if speaker is not None else tag
        if syntax and source.cue is not None:
            # The [syntax] extra: the cue's subject in natasha's dependency parse (see _syntax_speaker).
            from ._syntax_speaker import parsed_speaker

            parsed = parsed_speaker(memory, source, speaker)
            if parsed is not None:
                speaker, tag, found = parsed, "syntax", None
        by_group[raw.group] = speaker
        group_tag[raw.group] = Rule(tag, found)
        out.append(speaker)
        tags.append(group_tag[raw.group])
    # A quote without cue takes the speaker of a neighbour: the same paragraph first, then the one before.
    for i, raw in enumerate(raws):
        if not raw.inherit or out[i] is not None:
            continue
        out[i] = _neighbour(raws, out, i)
        tags[i] = Rule("neighbour") if out[i] is not None else tags[i]
    return out


def _final(text: str, memory: Memory, speakers: list[Speaker | None]) -> list[Speaker | None]:
    """Speakers as reported: persons by their fullest name, bodies with the place the text gives."""
    return _bodies_in_full(text, [memory.in_full(speaker) for speaker in speakers])


def _final_options(text: str, memory: Memory, trace: list[Choice]) -> None:
    """Give every traced option the speaker the engine would report for it."""
    for choice in trace:
        final = _final(text, memory, [option.speaker for option in choice.options])
        for option, speaker in zip(choice.options, final, strict=True):
            option.speaker = speaker


def _bodies_in_full(text: str, speakers: list[Speaker | None]) -> list[Speaker | None]:
    """Give a body named by its bare abbreviation the place the article writes after it once
    ("МВД" -> "МВД Украины"); each name is looked up once per article."""
    full: dict[str, str] = {}
    out: list[Speaker | None] = []
    for speaker in speakers:
        if speaker is None or speaker.type != "organization":
            out.append(speaker)
            continue
        if speaker.name in _HEAD_FORMS and speaker.mention is not None and len(full) < _MAX_BODY_LOOKUPS:
            # "полиция" after "пресс-служба полиции РА": the place the article gave the same noun.
            name = head_with_place(text, speaker.name, _HEAD_FORMS[speaker.name], speaker.mention.start)
            full[f"{speaker.name}@{speaker.mention.start}"] = name
            out.append(speaker if name == speaker.name else speaker.model_copy(update={"name": name}))
            continue
        if speaker.name not in full:
            # Each lookup scans the text: a bounded number of names keeps hostile input linear.
            lookup = len(full) < _MAX_BODY_LOOKUPS
            full[speaker.name] = (
                fullest_abbreviation(text, speaker.name, _MEDIA_NAMES) if lookup else speaker.name
            )
        name = full[speaker.name]
        out.append(speaker if name == speaker.name else speaker.model_copy(update={"name": name}))
    return out


def _agreeing_descriptor(
    speaker: Speaker | None, candidate: Candidate, source: RawQuote, memory: Memory
) -> Speaker | None:
    """Keep a descriptor unbound when its verb's gender rules the bound person out.

    "Анна Смирнова рассказала ... «П», — отметил собеседник агентства": a masculine verb tells that
    the descriptor is somebody else; so does "глава канала сообщила" after a man's name, even where
    a comma made the two look apposed. Names and pronouns are checked by the memory itself.
    """
    verb = source.verb
    if (
        speaker is None
        or speaker.type != "person"
        or not speaker.role
        or candidate.kind != "role"
        or candidate.fixed
        or verb is None
        or verb.tense != "past"
        or verb.gender not in ("m", "f")
    ):
        return speaker
    entity = memory.entity_named(speaker.name)
    if entity is None or entity.gender not in ("m", "f") or entity.gender == verb.gender:
        return speaker
    return Speaker(name=speaker.role, role=speaker.role, type="role", mention=speaker.mention)


def _new_sentence_between(text: str, previous: RawQuote, source: RawQuote) -> bool:
    """Whether a sentence with its own subject starts between the previous quote's cue and this
    gerund ("По словам X, П1. Организация Y выступила за ..., отметив, что П2": Y speaks)."""
    start = max(previous.stop, previous.cue[1] if previous.cue else previous.stop)
    stop = source.cue[0] if source.cue else source.start
    if stop <= start:
        return False
    return _SENTENCE_BREAK.search(text, start, stop) is not None


def text_of(memory: Memory) -> str:
    """The text a memory was built over."""
    return memory.text


def _elliptical_subject(
    raws: list[RawQuote], out: list[Speaker | None], source: RawQuote, text: str, and_before: bool
) -> Speaker | None:
    """Read "X сказал, что П1. «П2», — и добавил, что П3": a singular verb with no subject of its own
    continues the speaker of the quote just before, in the same paragraph and close by."""
    verb = source.verb
    if verb is None or verb.kind == "document" or verb.number != "sg" or source.cue is None:
        return None
    previous = raws[len(out) - 1]
    known = out[-1]
    if known is None or previous.paragraph != source.paragraph:
        return None
    if source.cue[0] - previous.stop > _CARRY_REACH or previous.start >= source.start:
        return None
    # Between the previous quote and the verb only quotation, punctuation and "и" may stand:
    # "П1. «П2», — и добавил" continues; "П1. Мэр ответил ... и заявил" has a subject of its own.
    between = _QUOTED.sub(" ", text[previous.stop : source.cue[0]])
    words = {w.lower() for w in _LETTERS.findall(between)}
    if not words <= _CARRY_WORDS or (not and_before and words):
        return None
    return known


def _sentence_subject(text: str, raw: RawQuote, memory: Memory) -> Speaker | None:
    """The person named in the nominative in the same sentence before a colon that opens the quote."""
    head = text[max(0, raw.start - _SUBJECT_REACH) : raw.start].rstrip(" «\"“„'")
    if not head.endswith(":") and _THAT_BEFORE.search(head) is None:
        return None
    offset = max(0, raw.start - _SUBJECT_REACH)
    start = offset + max(head.rfind(mark) for mark in ".!?\n") + 1
    head_stop = offset + len(head)
    for mention, entity in memory.person_names(start, head_stop):
        if mention.case in (None, "nom"):
            span = Span(start=mention.start, stop=mention.stop, text=mention.text)
            role = entity.roles[-1] if entity.roles else None
            return Speaker(name=entity.name, role=role, type="person", mention=span)
    return None


def _neighbour(raws: list[RawQuote], speakers: list[Speaker | None], i: int) -> Speaker | None:
    raw = raws[i]
    for j in range(i + 1, min(len(raws), i + 4)):
        if raws[j].paragraph != raw.paragraph:
            break
        if speakers[j] is not None and not raws[j].inherit:
            return speakers[j]
    for j in range(i - 1, max(-1, i - 4), -1):
        if raws[j].paragraph < raw.paragraph - 1:
            break
        if speakers[j] is not None and raws[j].kind == "direct":
            return speakers[j]
    return None


def _summaries(quotes: Sequence[Quote], memory: Memory) -> tuple[SpeakerSummary, ...]:
    order: list[tuple[str, SpeakerType]] = []
    indices: dict[tuple[str, SpeakerType], list[int]] = {}
    roles: dict[tuple[str, SpeakerType], list[str]] = {}
    for i, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None:
            continue
        key = (speaker.name, speaker.type)
        if key not in indices:
            order.append(key)
            indices[key] = []
            entity = memory.entity_named(speaker.name) if speaker.type == "person" else None
            roles[key] = list(entity.roles) if entity else []
        indices[key].append(i)
        if speaker.role and speaker.role not in roles[key]:
            roles[key].append(speaker.role)
    return tuple(
        _summary(name, kind, tuple(roles[(name, kind)]), tuple(indices[(name, kind)])) for name, kind in order
    )


# A summary's fields are strings and indices the engine counted: built without validation.
_DIRECT_SUMMARY = direct(SpeakerSummary, ("name", "type", "roles", "quotes"))


def _summary(name: str, kind: SpeakerType, roles: tuple[str, ...], quotes: tuple[int, ...]) -> SpeakerSummary:
    if _DIRECT_SUMMARY:
        return build(SpeakerSummary, {"name": name, "type": kind, "roles": roles, "quotes": quotes})
    return SpeakerSummary(name=name, type=kind, roles=roles, quotes=quotes)

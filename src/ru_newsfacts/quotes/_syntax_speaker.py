"""Speakers from the dependency parse (the ``[syntax]`` extra), checked against the rules' pick.

The parse says which phrase is the subject of the cue's verb; that phrase becomes the only
window the rules' memory reads, so names and roles come out in the nominative, bound as the
rules bind them. Measured on the seven gold sets (``docs/syntax.md``), the parse is trusted:

* where the rules found nobody;
* where its subject holds a proper noun that reads as a person other than the rules' pick
  ("— сообщил агентству AFP адвокат X": X, not the agency);
* where the subject is "он"/"она" and the sentence before has a named person of that gender
  as the subject of its main clause (the topic runs on as the subject), other than the rules'
  pick. Other pronouns, and descriptors the parse names, stay with the rules.
"""

from __future__ import annotations

from ..models import Span, Speaker
from ._raw import RawQuote, Window
from ._subject_phrase import complete_speaker
from ._syntax import Subject, cue_subject, previous_subjects, sentence_start
from .speakers import Candidate, Memory

__all__ = ["parsed_speaker"]

_PRONOUN_GENDER = {"он": "m", "она": "f"}


def parsed_speaker(memory: Memory, source: RawQuote, ruled: Speaker | None) -> Speaker | None:
    """The speaker the parse gives ``source``'s cue, when it should replace ``ruled``.

    Args:
        memory: The article's speaker memory.
        source: The quote (or the part of a split quote) that holds the cue.
        ruled: The rules' speaker, or None.

    Returns:
        The parse's speaker, or None to keep the rules' one.
    """
    if source.cue is None:
        return None
    text = memory.text
    subject = cue_subject(text, source.cue[0], source.cue[1])
    if subject is None or memory.in_quote(subject.start) or source.start <= subject.start < source.stop:
        # A subject inside quoted words is the quote's own sentence, not the author's.
        return None
    if subject.pronoun:
        return _antecedent(memory, source, subject, ruled) if ruled is not None else None
    pos = source.cue[0]
    window = Window(subject.start, subject.stop, subject.side)
    candidate = memory.find([window], source.verb)
    speaker = _known_surname(memory, candidate)
    if speaker is None and candidate is not None:
        speaker = memory.resolve(candidate, pos, source.verb)
    phrase = complete_speaker(text, [window], source.verb, pos, speaker)
    if phrase is not speaker and phrase is not None and phrase.type == "person":
        # "По словам директора завода Ивана Петрова": the apposed person, in the nominative.
        phrase = memory.genitive_person(phrase, pos)
    if phrase is None or not _at_core(phrase, subject):
        return None
    if ruled is None:
        return phrase
    if phrase.type != "person" or not subject.proper or _same(memory, ruled, phrase):
        return None
    # Against the rules' pick, only a person the names layer reads inside the subject phrase:
    # "Олег, инженер компании «Гамма»" must not make a person of the company.
    named = memory.person_names(*subject.core)
    if not any(_same(memory, phrase, _person(entity.name)) for _, entity in named):
        return None
    return phrase


def _person(name: str) -> Speaker:
    return Speaker(name=name, role=None, type="person", mention=None)


def _known_surname(memory: Memory, candidate: Candidate | None) -> Speaker | None:
    """A surname the name finder missed ("Янукович" opening a title) that is the last name of
    one person the memory knows: that person, rather than a new one the memory would add."""
    if candidate is None or candidate.kind != "name" or candidate.entity is not None or not candidate.name:
        return None
    last = candidate.name.split()[-1]
    if last != candidate.name:
        return None
    known = {e.name: e for e in memory.entities if e.type == "person" and e.name.split()[-1] == last}
    if len(known) != 1:
        return None
    (entity,) = known.values()
    text = memory.text
    mention = Span(start=candidate.start, stop=candidate.stop, text=text[candidate.start : candidate.stop])
    role = entity.roles[-1] if entity.roles else None
    return Speaker(name=entity.name, role=role, type="person", mention=mention)


def _at_core(speaker: Speaker, subject: Subject) -> bool:
    """Whether the speaker is read off the subject's head or its apposition, not a complement."""
    mention = speaker.mention
    if mention is None:
        return True
    start, stop = subject.core
    return mention.start < stop and start < mention.stop


def _same(memory: Memory, a: Speaker, b: Speaker) -> bool:
    """Whether two speakers name one person or group: a capital at the sentence start aside,
    and a shorter form of a person's name ("Янукович", "Виктор Янукович") is the same person."""
    full_a, full_b = memory.in_full(a), memory.in_full(b)
    words_a = (full_a.name if full_a is not None else a.name).casefold().split()
    words_b = (full_b.name if full_b is not None else b.name).casefold().split()
    if words_a == words_b:
        return True
    if a.type != "person" or b.type != "person":
        return False
    shorter, longer = sorted((words_a, words_b), key=len)
    return bool(shorter) and shorter[-1] == longer[-1] and set(shorter) <= set(longer)


def _antecedent(memory: Memory, source: RawQuote, subject: Subject, ruled: Speaker) -> Speaker | None:
    """ "он"/"она" as the cue's subject: the named person of that gender who is the main clause's
    subject in the sentence before (or the one before it)."""
    text = memory.text
    gender = _PRONOUN_GENDER.get(text[subject.start : subject.stop].lower())
    if gender is None or ruled.type != "person" or source.cue is None:
        return None
    if memory.person_names(sentence_start(text, subject.start), subject.start):
        # "Как показал X, он заявил": a person named in the same sentence is the rules' to bind.
        return None
    pos = min(source.start, source.cue[0])
    for previous in previous_subjects(text, pos):
        if not previous.proper:
            continue
        candidate = memory.find([Window(previous.start, previous.stop, "before")], None)
        if candidate is None or candidate.kind != "name" or candidate.entity is None:
            continue
        if candidate.entity.gender != gender:
            continue
        speaker = memory.resolve(candidate, pos, None)
        if speaker is None or speaker.type != "person" or _same(memory, speaker, ruled):
            return None
        return speaker
    return None

"""Named bodies of one article: organisations named in full, by an acronym, or in quotation marks.

A speaker named by a generic noun ("сообщила организация", "в ведомстве отметили", "суд счёл")
stands for the fitting body named before it; an acronym ("СБУ", "ЕСПЧ") stands for the full name
the article spells out somewhere ("Служба безопасности Украины", "Европейского суда по правам
человека"), found by its initials or by a definition in parentheses.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import compress
from itertools import count as _count
from operator import attrgetter

import regex

from ..data.descriptors import MEDIUM_WORDS
from ..data.organizations import (
    ACRONYM_SKIP_WORDS,
    COUNTRY_ACRONYMS,
    GENERIC_ORG_REFERENCES,
    ORG_HEADS,
    ORG_NOMINATIVE_HEADS,
)
from ..data.speech import MEDIA, SPEECH_FORMS
from ..data.spelling import VELAR_OR_HUSHING
from ._text import Word, cyrillic_runs, words_of

__all__ = ["Bodies", "Body", "nominative_body", "noun_due_after"]

_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]++")
# The first two characters of any acronym: a line without them has none.
_ACRONYM_OPENING = regex.compile(r"\p{Lu}[\p{Lu}\d]")
# A well-formed Roman numeral ("XXI", "IV"); "IDC" or "CDC" are acronyms (the speaker memory uses it too).
ROMAN_NUMERAL = regex.compile(
    r"(?=[IVXLCDM])M{0,3}+(?:CM|CD|D?+C{0,3}+)(?:XC|XL|L?+X{0,3}+)(?:IX|IV|V?+I{0,3}+)"
)
_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}\d.&'’-]*+")
_MAX_COMPLEMENT = 5
_MIN_ACRONYM = 2
# Spaces allowed between a name and the parenthesis defining its acronym.
_DEFINITION_GAP = 8
_MAX_ACRONYM = 8
_NAME_IN_MARKS = regex.compile(r"[^\S\n]++[«\"“](?P<name>[^«»\"“”\n]{1,60}+)[»\"”]")
_MAX_ADJECTIVES = 2
_LOW = attrgetter("low")
_TEXT = attrgetter("text")
# Lower-case words of a genitive complement ("безопасности", "иностранных дел", "продюсеров").
_GENITIVE = ("а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ых", "их", "ой", "ий")
# After "по" the complement is in the dative ("по правам человека", "по чрезвычайным ситуациям").
_DATIVE = ("ам", "ям", "ым", "им", "ому", "ему", "у", "ю", "и", "е")
# Past verb forms end a phrase ("Служба безопасности Украины запретила"); their endings look genitive.
_VERB = regex.compile(r"(?:[аеиоуыя]л[аио]?|ся|сь)$")
_ADJECTIVE = regex.compile(
    r"^(?P<stem>\p{L}{2,}?)(?P<end>ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ый|ий|ые|ие|ых|их)$"
)
# Genitive adjective endings, singular and plural ("иностранных", "Объединённых", "внутренней").
GENITIVE_ADJECTIVE_ENDS = ("ого", "его", "ой", "ей", "ых", "их")
_MIN_ADJECTIVE = 5
_PRESENT = regex.compile(r"(?:ет|ит|ют|ят|ут|ат)$")
_NOUN_LIKE = ("ние", "тие", "вие", "ьие")
_MIN_ZERO = 3
# Adverbs and pronouns with genitive-looking endings end a name ("Министерство финансов сегодня").
_NOT_COMPLEMENT = frozenset(
    {"сегодня", "вчера", "завтра", "также", "тоже", "ранее", "уже", "еще", "ещё"}
    | {"его", "ее", "её", "их", "этого", "этой", "этих", "того", "той", "тех", "всего"}
)
# Adjective endings that can agree with a head of each gender, in any case.
_AGREEING: dict[str, frozenset[str]] = {
    "f": frozenset({"ая", "яя", "ой", "ей", "ую", "юю"}),
    "m": frozenset({"ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем"}),
    "n": frozenset({"ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем"}),
    "pl": frozenset({"ые", "ие", "ых", "их", "ым", "им", "ыми", "ими"}),
}
_FORMS = {**ORG_HEADS, **{nom: nom for nom in ORG_NOMINATIVE_HEADS}}
# The runs of Cyrillic letters a word that is an org head form holds first: the form itself, or
# the part before its hyphen ("пресс" of "пресс-служба"). A form of two words is never one word.
_FORM_RUNS = frozenset(form.partition("-")[0] for form in _FORMS if " " not in form)
# Adjective endings of the nominative (singular of each gender, and plural).
_NOMINATIVE_ENDS = frozenset({"ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие"})
# The longest phrase a body's name spans, in characters (a bound on a look-up's steps back).
_MAX_PHRASE = 200
# How far back a generic noun may look for the body it stands for.
_REACH = 2000


@dataclass(frozen=True)
class Body:
    """One mention of a named body.

    Attributes:
        start: Offset of the mention.
        stop: Offset past it.
        name: The name in the nominative as the article spells it.
        words: Lower-case words of the name (with an acronym's expansion, if known).
        medium: Whether it names a news medium (a medium does not stand for "организация").
    """

    start: int
    stop: int
    name: str
    words: tuple[str, ...]
    medium: bool = False


def _gender(nominative: str) -> str:
    low = nominative.lower()
    if low.endswith(("а", "я")):
        return "f"
    if low.endswith(("о", "е")):
        return "n"
    if low.endswith(("и", "ы")):
        return "pl"
    return "m"


def _adjective_nominative(word: str, gender: str) -> str:
    """An adjective in any case put in the nominative of ``gender`` ("Европейского" -> "Европейский")."""
    match = _ADJECTIVE.match(word)
    if match is None:
        return word
    stem, end = match.group("stem"), match.group("end")
    soft = end[:1] in "еюяи" and stem[-1:] not in VELAR_OR_HUSHING
    velar = stem[-1:] in VELAR_OR_HUSHING
    if gender == "f":
        return stem + ("яя" if soft else "ая")
    if gender == "n":
        return stem + ("ее" if soft else "ое")
    if gender == "pl":
        return stem + ("ие" if soft or velar else "ые")
    if end == "ой":
        return word  # "Городской суд": with a masculine head "-ой" is the stressed nominative itself
    if stem[-1:] in "жшчщ" and end in ("ого", "ому", "ом", "ой"):
        return stem + "ой"  # "Большого" -> "Большой": after a hushing sound only a stressed ending is "о"
    return stem + ("ий" if soft or velar else "ый")


def nominative_body(adjectives: list[str], head: str, rest: list[str]) -> str:
    """The nominative of "adjectives head rest" with the head given in its nominative already."""
    gender = _gender(head)
    words = [_adjective_nominative(a, gender) for a in adjectives]
    return " ".join([*words, head, *rest])


def noun_due_after(word: str) -> bool:
    """Whether ``word`` is a genitive adjective inside a name, so the next word is its noun."""
    return len(word) >= _MIN_ADJECTIVE and word.endswith(GENITIVE_ADJECTIVE_ENDS)


def _is_acronym_text(text: str) -> bool:
    return _ACRONYM.fullmatch(text) is not None


def _is_acronym(word: Word) -> bool:
    return (
        len(word.text) >= 2
        and _ACRONYM.fullmatch(word.text) is not None
        and not ROMAN_NUMERAL.fullmatch(word.text)
    )


def _adjacent(text: str, a: Word, b: Word) -> bool:
    """Only spaces between two words: a name does not run over a line or a punctuation mark."""
    gap = text[a.stop : b.start]
    return not gap.strip() and "\n" not in gap


class Bodies:
    """The named bodies of one text, built once on demand.

    Args:
        text: The whole text.
        person_starts: Where the names of people start: a body's name stops before them.
    """

    def __init__(
        self, text: str, person_starts: frozenset[int] = frozenset(), lines: tuple[int, int] | None = None
    ) -> None:
        self.text = text
        # Only the lines between these offsets are read, when given (a name never spans lines).
        self._lines = lines
        self._persons = person_starts
        # The words of the line being read: a body's name never runs over a line break, so the
        # text is read a line at a time and never holds the words of a whole long text at once.
        self.words: list[Word] = []
        self.bodies: list[Body] = []
        self._expansions: dict[str, str] = {}
        # Words of the current line inside a body already named ("Business NZ"): an acronym there
        # is no body of its own.
        self._inside: set[int] = set()
        self._build()
        self.bodies.sort(key=lambda b: b.start)
        self._starts = [b.start for b in self.bodies]

    # ---- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        text = self.text
        phrases: list[tuple[int, list[Word], str]] = []
        acronyms: list[list[Word]] = []
        pos, stop = self._lines if self._lines is not None else (0, len(text))
        while pos < stop:
            end = text.find("\n", pos, stop)
            end = stop if end < 0 else end
            if end > pos and self._may_name(pos, end):
                self.words = words_of(text, pos, end)
                self._inside = set()
                self._line(phrases, acronyms)
            pos = end + 1
        self.words = []
        for _, parts, name in phrases:
            self.bodies.append(
                Body(parts[0].start, parts[-1].stop, name, tuple(w.low for w in parts), medium=False)
            )
        self._expand(phrases, acronyms)
        for parts in acronyms:
            word = parts[0]
            expansion = self._expansions.get(word.text) or None
            name = text[parts[0].start : parts[-1].stop]
            low_words = tuple(w.low for w in parts)
            if expansion is not None and len(parts) == 1:
                # The fullest form the article gives stands for the acronym.
                name = expansion
                low_words += tuple(expansion.lower().split())
            self.bodies.append(Body(word.start, parts[-1].stop, name, low_words, medium=word.low in MEDIA))

    def _may_name(self, start: int, stop: int) -> bool:
        """Whether the line ``start:stop`` may hold an org head or an acronym (what ``_line`` reads).

        Two C-level scans, no words built: a word whose lower case is a head form is a run of
        Cyrillic letters of its own (up to a hyphen), and an acronym opens with two capitals (or a
        capital and a digit). Most lines of an article hold neither and are skipped.
        """
        if not _FORM_RUNS.isdisjoint(cyrillic_runs(self.text, start, stop)):
            return True
        return _ACRONYM_OPENING.search(self.text, start, stop) is not None

    def _line(self, phrases: list[tuple[int, list[Word], str]], acronyms: list[list[Word]]) -> None:
        """Read the bodies of one line: phrases around org heads, then acronyms."""
        words = self.words
        # Only the org heads and the acronyms of a line start anything: C-level maps over the
        # words find those few (a word of each), so the loops below visit them alone.
        resume = 0
        for k in compress(_count(), map(_FORMS.__contains__, map(_LOW, words))):
            if k < resume:
                continue  # inside the phrase just read (the scan went on after its end)
            word = words[k]
            if word.capitalized or self._capital_adjectives(k):
                found = self._phrase(k)
                if found is not None:
                    phrases.append(found)
                    resume = found[0]
                    continue
            # "Холдинг «Медиа-Альфа» выдвинул": a head opening a sentence may name its body after it.
            named = self._named_after(k)
            if named is not None:
                self.bodies.append(named)
                self._inside.update(range(k, k + len(named.name.split()) + 1))
        # ``_ACRONYM.fullmatch`` of each word's text, mapped in C, is the first test of ``_is_acronym``.
        for k in compress(_count(), map(_ACRONYM.fullmatch, map(_TEXT, words))):
            word = words[k]
            if not _is_acronym(word) or word.text in COUNTRY_ACRONYMS or k in self._inside:
                continue
            prev = words[k - 1] if k else None
            if prev is not None and _adjacent(self.text, prev, word) and _LATIN_WORD.fullmatch(prev.text):
                # "Business NZ": the acronym ends a Latin name, it names no body of its own.
                continue
            parts = [word]
            nxt = words[k + 1] if k + 1 < len(words) else None
            if (
                nxt is not None
                and _adjacent(self.text, word, nxt)
                and nxt.capitalized
                and (nxt.low.endswith(("ии", "ины", "ы")) or nxt.text in COUNTRY_ACRONYMS)
            ):
                # "МИД России", "посольство США": the country is part of the body's name.
                parts.append(nxt)
            acronyms.append(parts)

    def _expand(self, phrases: list[tuple[int, list[Word], str]], acronyms: list[list[Word]]) -> None:
        """The full name each acronym stands for: a phrase defined with it in parentheses ("Лига
        садоводов (ЛС)"), else the first phrase of the text whose initials spell it. Both are
        looked up in tables built once, so the cost stays linear in the number of phrases."""
        by_end: dict[int, str] = {}
        by_initials: dict[str, str] = {}
        for _, parts, name in phrases:
            by_end.setdefault(parts[-1].stop, name)
            content = [k for k, w in enumerate(parts) if w.low not in ACRONYM_SKIP_WORDS]
            initials = ""
            for count, index in enumerate(content[:_MAX_ACRONYM], start=1):
                initials += parts[index].low[0]
                if count >= _MIN_ACRONYM:
                    # Keep only the words the letters cover: "Службой безопасности Украины в ...".
                    by_initials.setdefault(initials, " ".join(name.split()[: index + 1]))
        for parts in acronyms:
            word = parts[0]
            opening = self.text.rfind("(", max(0, word.start - 3), word.start)
            defined = (
                opening >= 0
                and not self.text[opening + 1 : word.start].strip()
                and self.text[word.stop : word.stop + 1] == ")"
            )
            if defined:
                end = len(self.text[max(0, opening - _DEFINITION_GAP) : opening].rstrip())
                end += max(0, opening - _DEFINITION_GAP)
                if end in by_end and word.text not in self._expansions:
                    self._expansions[word.text] = by_end[end]
        for parts in acronyms:
            word = parts[0]
            if word.text not in self._expansions:
                self._expansions[word.text] = by_initials.get(word.text.lower(), "")

    def _capital_adjectives(self, k: int) -> int:
        """How many capitalised adjectives stand right before the head at ``k`` ("Европейского суда")."""
        count = 0
        agreeing = _AGREEING[_gender(_FORMS[self.words[k].low])]
        nominative_head = self.words[k].low == _FORMS[self.words[k].low]
        while count < _MAX_ADJECTIVES and k - count - 1 >= 0:
            word = self.words[k - count - 1]
            match = _ADJECTIVE.match(word.low)
            if not _adjacent(self.text, word, self.words[k - count]) or match is None:
                break
            if match.group("end") not in agreeing:
                # "Советом Федерации": a noun in "-ом" does not agree with a feminine head.
                break
            if nominative_head and match.group("end") not in _NOMINATIVE_ENDS:
                # "с Исламским государством агентство": a head in the nominative takes nominative
                # adjectives only; an oblique word before it belongs to another phrase.
                break
            if word.low.endswith(_NOUN_LIKE):
                # "Решение Европейского суда": a verbal noun, not an adjective of the name.
                break
            count += 1
        # Only the first adjective carries the capital of a name ("Федеральная налоговая служба").
        if count and not self.words[k - count].capitalized:
            while count and not self.words[k - count].capitalized:
                count -= 1
        return count

    def _phrase(self, k: int) -> tuple[int, list[Word], str] | None:
        """A body's full name around the head at ``k``: capitalised adjectives, the head, and its
        genitive complement; returns the index after it, its words and its nominative."""
        words, text = self.words, self.text
        head = words[k]
        adjectives = self._capital_adjectives(k)
        rest: list[Word] = []
        j = k + 1
        while j < len(words) and len(rest) < _MAX_COMPLEMENT and _adjacent(text, words[j - 1], words[j]):
            word = words[j]
            if word.low in ("по", "и") and j + 1 < len(words) and _adjacent(text, word, words[j + 1]):
                nxt = words[j + 1]
                fits = nxt.low.endswith(_DATIVE) if word.low == "по" else nxt.capitalized
                if not fits or _VERB.search(nxt.low):
                    break
                rest += [word, nxt]
                j += 2
                continue
            if word.low in SPEECH_FORMS or word.low in ACRONYM_SKIP_WORDS or word.low in _NOT_COMPLEMENT:
                break
            # A genitive adjective needs its noun: "иностранных дел" ("дел" is no verb in "-ел").
            noun_due = bool(rest) and noun_due_after(rest[-1].low)
            if (
                not word.capitalized
                and not noun_due
                and (_VERB.search(word.low) or _PRESENT.search(word.low))
            ):
                break
            if word.start in self._persons:
                # "Гильдия продюсеров Америки Харви Вайнштейн": the person is no part of the name.
                break
            # "охраны недр Тувы": a genitive plural without ending after another genitive, closed by a
            # capitalised genitive ("человека вынес решение" is a verb, no complement).
            closer = words[j + 1] if j + 1 < len(words) else None
            zero = (
                bool(rest)
                and not rest[-1].capitalized
                and len(word.low) >= _MIN_ZERO
                and closer is not None
                and closer.capitalized
                and _adjacent(text, word, closer)
            )
            if not (word.capitalized or word.low.endswith(_GENITIVE) or zero or noun_due):
                break
            proper = _LATIN_WORD.fullmatch(word.text) or word.text in COUNTRY_ACRONYMS
            if word.capitalized and not proper and not word.low.endswith(_GENITIVE):
                break  # "Роскомнадзоре РБК", "Роскомнадзор Вадим": another body or a person
            rest.append(word)
            j += 1
        if not (head.capitalized or adjectives):
            return None
        if not rest and (not adjectives or self._opens_sentence(words[k - adjectives].start)):
            # A bare capitalised head opening a sentence ("Компания сообщила", "Российская компания
            # сообщила") names no body; "из Международного уголовного суда" does.
            return None
        if not adjectives and rest and all(_LATIN_WORD.fullmatch(w.text) for w in rest):
            # "Организация Green Harbor": the Latin name is the body, the head only its kind.
            return j, rest, self.text[rest[0].start : rest[-1].stop]
        nominative = _FORMS[head.low]
        head_text = nominative if not head.capitalized else nominative[:1].upper() + nominative[1:]
        before = [w.text for w in words[k - adjectives : k]]
        name = nominative_body(before, head_text, [w.text for w in rest])
        return j, [*words[k - adjectives : k], head, *rest], name

    def _opens_sentence(self, pos: int) -> bool:
        head = self.text[max(0, pos - 4) : pos].rstrip(' \t«"')
        return not head or head[-1] in ".!?\n"

    def _named_after(self, k: int) -> Body | None:
        """A lower-case head with the body's own name after it: "организация Business NZ",
        "компания «Вектор»" name the body by the name alone."""
        head = self.words[k]
        marks = _NAME_IN_MARKS.match(self.text, head.stop)
        if marks is not None:
            name = marks.group("name")
            medium = head.low in MEDIUM_WORDS
            return Body(head.start, marks.end(), name, (head.low, *name.lower().split()), medium=medium)
        parts: list[Word] = []
        for word in self.words[k + 1 : k + 4]:
            if not _adjacent(self.text, parts[-1] if parts else head, word):
                break
            if not word.capitalized or _LATIN_WORD.fullmatch(word.text) is None:
                break
            parts.append(word)
        if not parts:
            return None
        name = self.text[parts[0].start : parts[-1].stop]
        words = (head.low, *name.lower().split())
        return Body(head.start, parts[-1].stop, name, words, medium=head.low in MEDIUM_WORDS)

    # ---- look-ups ---------------------------------------------------------------------------
    def expand(self, acronym: str) -> str | None:
        """The full name the article gives for ``acronym``, if it gives one."""
        return self._expansions.get(acronym) or None

    def containing(self, start: int, stop: int) -> Body | None:
        """The body named by a phrase that holds the span ``start:stop``: a speaker read as part
        of a name ("Всемирная организация" in "Всемирная организация здравоохранения") is the
        whole name, with the capitals the text gives; acronyms are left to their own look-ups."""
        index = bisect.bisect_right(self._starts, start) - 1
        while index >= 0 and start - self.bodies[index].start <= _MAX_PHRASE:
            body = self.bodies[index]
            first = self.text[body.start : body.stop].split(maxsplit=1)[0]
            if body.start <= start and stop <= body.stop and not _is_acronym_text(first):
                return body
            index -= 1
        return None

    def refer_back(self, generic: str, pos: int) -> Body | None:
        """The nearest body before ``pos`` that the generic noun ``generic`` may stand for."""
        stems = GENERIC_ORG_REFERENCES.get(generic.lower())
        if stems is None:
            return None
        index = bisect.bisect_left(self._starts, pos) - 1
        while index >= 0:
            body = self.bodies[index]
            if pos - body.stop > _REACH:
                return None
            media_ok = generic.lower() == "агентство"
            if (not body.medium or media_ok) and any(w.startswith(s) for w in body.words for s in stems):
                return body
            index -= 1
        return None

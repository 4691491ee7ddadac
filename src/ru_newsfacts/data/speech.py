"""Speech cues of Russian news: verbs with every form, "по словам"-type phrases, relays, frames.

Sources: the verb list of the project's quotes guide (``shared/guides/quotes.md``), conjugated by
the regular rules of Russian grammar (past tense agrees in gender and number: ``-л``, ``-ла``,
``-ло``, ``-ли``; reflexive verbs add ``-ся``/``-сь``; 3rd person present of imperfective verbs;
perfective ``-в``/``-вшись`` and imperfective ``-я``/``-а`` gerunds), as any grammar reference
(e.g. Zaliznyak's dictionary) gives them. All keys are lower case with ё folded to е.

Perfective future forms ("заявит") are left out on purpose: a promise to speak is not a statement.
First and second person forms are left out too ("считаю", "Как Вы считаете").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "ACCORDING_TO",
    "ACCUSATION_LEMMAS",
    "AGREEMENT_FORMS",
    "ANAPHORIC_OPENERS",
    "CAUSATIVE_USES",
    "CLAUSE_ONLY_LEMMAS",
    "CONCLUSION_FORMS",
    "CONCLUSION_NOUN",
    "CONCLUSION_PHRASES",
    "CONTINUATION_LEMMAS",
    "CORRELATIVES",
    "CUE_PHRASES",
    "DOCUMENT_NOUNS",
    "FINITE_VERB_ENDINGS",
    "FIRST_PERSON",
    "FRAGMENT_CLAUSE_OPENERS",
    "FRAGMENT_JOINERS",
    "FRAME_GERUNDS",
    "GENERIC_DESCRIPTORS",
    "GENERIC_MEDIA",
    "GENITIVE_NOUN_ENDINGS",
    "HABITUAL_NAMING_LEMMAS",
    "INFINITIVE_ENDINGS",
    "MEDIA",
    "MOTTO_NOUN_STEMS",
    "NAMING_LEMMAS",
    "NEGATION_ALLOWED",
    "NON_STATEMENT_BEFORE",
    "NOT_SUBJECTS",
    "OFFICE_HEADS",
    "OPENING_PHRASES",
    "PARENTHETICAL_PHRASES",
    "PRONOUNS",
    "QUOTING_FORMS",
    "RELATIONAL_HEADS",
    "RULE_NOUN_STEMS",
    "SECOND_PERSON",
    "SHOUTING_LEMMAS",
    "SIMILE_WORDS",
    "SOURCELESS_PHRASES",
    "SOURCE_ADJECTIVES",
    "SOURCE_NOUNS",
    "SPEECH_FORMS",
    "STATEMENT_NOUNS",
    "TITLE_NOUN_STEMS",
    "TOPIC_WORDS",
    "VERB_FORM_ENDINGS",
    "WITH_WORDS_PHRASES",
    "WORDING_NOUNS",
    "VerbForm",
]

Gender = Literal["m", "f", "n"]
Number = Literal["sg", "pl"]
VerbKind = Literal["say", "think", "relay", "document"]


@dataclass(frozen=True)
class VerbForm:
    """One form of a speech verb.

    Attributes:
        lemma: The infinitive ("заявить").
        gender: m/f/n for a singular past form, else None.
        number: sg or pl when the form says, else None (gerunds).
        tense: past, present or gerund.
        kind: say (statements), think (opinions), relay (media passing words on),
            document (impersonal "говорится").
    """

    lemma: str
    gender: Gender | None
    number: Number | None
    tense: Literal["past", "present", "gerund", "predicative"]
    kind: VerbKind


# lemma, past masculine (without -ся), 3sg present, 3pl present, gerunds (space-separated), kind.
# Empty strings mean the form does not exist or is not a statement (perfective future).
_VERBS: tuple[tuple[str, str, str, str, str, VerbKind], ...] = (
    ("сказать", "сказал", "", "", "сказав", "say"),
    ("говорить", "говорил", "говорит", "говорят", "говоря", "say"),
    ("заявить", "заявил", "", "", "заявив", "say"),
    ("заявлять", "заявлял", "заявляет", "заявляют", "заявляя", "say"),
    ("отметить", "отметил", "", "", "отметив", "say"),
    ("отмечать", "отмечал", "отмечает", "отмечают", "отмечая", "say"),
    ("подчеркнуть", "подчеркнул", "", "", "подчеркнув", "say"),
    ("подчеркивать", "подчеркивал", "подчеркивает", "подчеркивают", "подчеркивая", "say"),
    ("пояснить", "пояснил", "", "", "пояснив", "say"),
    ("пояснять", "пояснял", "поясняет", "поясняют", "поясняя", "say"),
    ("добавить", "добавил", "", "", "добавив", "say"),
    ("добавлять", "добавлял", "добавляет", "добавляют", "добавляя", "say"),
    ("сообщить", "сообщил", "", "", "сообщив", "say"),
    ("сообщать", "сообщал", "сообщает", "сообщают", "сообщая", "say"),
    ("уточнить", "уточнил", "", "", "уточнив", "say"),
    ("уточнять", "уточнял", "уточняет", "уточняют", "уточняя", "say"),
    ("рассказать", "рассказал", "", "", "рассказав", "say"),
    ("рассказывать", "рассказывал", "рассказывает", "рассказывают", "рассказывая", "say"),
    ("признаться", "признал", "", "", "признавшись", "say"),
    ("признать", "признал", "", "", "признав", "say"),
    ("признавать", "признавал", "признает", "признают", "признавая", "say"),
    ("заметить", "заметил", "", "", "заметив", "say"),
    ("замечать", "замечал", "замечает", "замечают", "замечая", "say"),
    ("указать", "указал", "", "", "указав", "say"),
    ("указывать", "указывал", "указывает", "указывают", "указывая", "say"),
    ("напомнить", "напомнил", "", "", "напомнив", "say"),
    ("напоминать", "напоминал", "напоминает", "напоминают", "напоминая", "say"),
    ("объяснить", "объяснил", "", "", "объяснив", "say"),
    ("объяснять", "объяснял", "объясняет", "объясняют", "объясняя", "say"),
    ("подтвердить", "подтвердил", "", "", "подтвердив", "say"),
    ("подтверждать", "подтверждал", "подтверждает", "подтверждают", "подтверждая", "say"),
    ("опровергнуть", "опроверг", "", "", "опровергнув", "say"),
    ("заверить", "заверил", "", "", "заверив", "say"),
    ("заверять", "заверял", "заверяет", "заверяют", "заверяя", "say"),
    ("пообещать", "пообещал", "", "", "пообещав", "say"),
    ("обещать", "обещал", "обещает", "обещают", "обещая", "say"),
    ("предупредить", "предупредил", "", "", "предупредив", "say"),
    ("предупреждать", "предупреждал", "предупреждает", "предупреждают", "предупреждая", "say"),
    ("призвать", "призвал", "", "", "призвав", "say"),
    ("призывать", "призывал", "призывает", "призывают", "призывая", "say"),
    ("ответить", "ответил", "", "", "ответив", "say"),
    ("отвечать", "отвечал", "отвечает", "отвечают", "отвечая", "say"),
    ("спросить", "спросил", "", "", "спросив", "say"),
    ("спрашивать", "спрашивал", "спрашивает", "спрашивают", "спрашивая", "say"),
    ("поинтересоваться", "поинтересовал", "", "", "поинтересовавшись", "say"),
    ("возразить", "возразил", "", "", "возразив", "say"),
    ("прокомментировать", "прокомментировал", "", "", "прокомментировав", "say"),
    ("комментировать", "комментировал", "комментирует", "комментируют", "комментируя", "say"),
    ("констатировать", "констатировал", "констатирует", "констатируют", "констатировав", "say"),
    ("резюмировать", "резюмировал", "резюмирует", "резюмируют", "резюмировав", "say"),
    ("подытожить", "подытожил", "", "", "подытожив", "say"),
    ("заключить", "заключил", "", "", "", "say"),
    ("высказаться", "высказал", "", "", "высказавшись", "say"),
    # "высказал убеждение/мнение/надежду, что": the noun object stands between the verb and "что".
    ("высказать", "высказал", "", "", "высказав", "say"),
    ("выразить", "выразил", "", "", "выразив", "say"),
    ("выражать", "выражал", "выражает", "выражают", "выражая", "say"),
    ("допустить", "допустил", "", "", "допустив", "think"),
    ("допускать", "допускал", "допускает", "допускают", "допуская", "think"),
    ("исключить", "исключил", "", "", "исключив", "think"),
    ("исключать", "исключал", "исключает", "исключают", "исключая", "think"),
    ("предположить", "предположил", "", "", "предположив", "think"),
    ("предполагать", "предполагал", "предполагает", "предполагают", "предполагая", "think"),
    ("спрогнозировать", "спрогнозировал", "", "", "спрогнозировав", "think"),
    ("прогнозировать", "прогнозировал", "прогнозирует", "прогнозируют", "прогнозируя", "think"),
    ("оценить", "оценил", "", "", "оценив", "think"),
    ("согласиться", "согласил", "", "", "согласившись", "think"),
    ("посетовать", "посетовал", "", "", "посетовав", "say"),
    ("сетовать", "сетовал", "сетует", "сетуют", "сетуя", "say"),
    ("пожаловаться", "пожаловал", "", "", "пожаловавшись", "say"),
    ("жаловаться", "жаловал", "жалуется", "жалуются", "жалуясь", "say"),
    ("настаивать", "настаивал", "настаивает", "настаивают", "настаивая", "say"),
    ("утверждать", "утверждал", "утверждает", "утверждают", "утверждая", "say"),
    ("объявить", "объявил", "", "", "объявив", "say"),
    ("объявлять", "объявлял", "объявляет", "объявляют", "объявляя", "say"),
    ("анонсировать", "анонсировал", "анонсирует", "анонсируют", "анонсировав", "say"),
    ("озвучить", "озвучил", "", "", "озвучив", "say"),
    ("написать", "написал", "", "", "написав", "say"),
    ("писать", "писал", "пишет", "пишут", "", "relay"),
    ("считать", "считал", "считает", "считают", "считая", "think"),
    ("посчитать", "посчитал", "", "", "посчитав", "think"),
    ("полагать", "полагал", "полагает", "полагают", "полагая", "think"),
    ("думать", "думал", "думает", "думают", "думая", "think"),
    ("надеяться", "надеял", "надеется", "надеются", "надеясь", "think"),
    ("сомневаться", "сомневал", "сомневается", "сомневаются", "сомневаясь", "think"),
    ("опасаться", "опасал", "опасается", "опасаются", "опасаясь", "think"),
    ("передать", "передал", "", "", "", "relay"),
    ("передавать", "", "передает", "передают", "", "relay"),
    ("цитировать", "цитировал", "цитирует", "цитируют", "", "relay"),
    ("привести", "привел", "", "", "", "relay"),
    ("приводить", "приводил", "приводит", "приводят", "", "relay"),
    ("процитировать", "процитировал", "", "", "", "relay"),
    ("информировать", "информировал", "информирует", "информируют", "", "relay"),
    ("продолжить", "продолжил", "", "", "", "say"),
    # Inverted "П, продолжает издание"; "продолжает расти" (an infinitive after it) is no cue.
    ("продолжать", "продолжал", "продолжает", "продолжают", "", "say"),
    ("повторить", "повторил", "", "", "повторив", "say"),
    ("парировать", "парировал", "парирует", "", "парировав", "say"),
    ("пошутить", "пошутил", "", "", "пошутив", "say"),
    # "отшутилась: «П»": an answer given as a joke.
    ("отшутиться", "отшутил", "", "", "отшутившись", "say"),
    # "намекнул, что П": a hint reports what the speaker means.
    ("намекнуть", "намекнул", "", "", "намекнув", "say"),
    ("намекать", "намекал", "намекает", "намекают", "намекая", "say"),
    # "мотивировал отказ тем, что П", "упирая на то, что П": the reason a speaker gives; the
    # pronoun object stands between the verb and "что", as after "объяснил тем, что".
    ("мотивировать", "мотивировал", "мотивирует", "мотивируют", "мотивируя", "say"),
    ("аргументировать", "аргументировал", "аргументирует", "аргументируют", "аргументируя", "say"),
    ("упирать", "упирал", "упирает", "упирают", "упирая", "say"),
    # Verbs of the manner of saying, common in news after a dash or before a colon.
    ("поделиться", "поделил", "", "", "поделившись", "say"),
    ("воскликнуть", "воскликнул", "", "", "воскликнув", "say"),
    ("съязвить", "съязвил", "", "", "съязвив", "say"),
    ("напутствовать", "напутствовал", "напутствует", "напутствуют", "напутствуя", "say"),
    ("уверять", "уверял", "уверяет", "уверяют", "уверяя", "say"),
    ("возмутиться", "возмутил", "", "", "возмутившись", "say"),
    # Imperfective verbs of a feeling voiced, in the present of a vivid report ("— возмущается он").
    ("возмущаться", "возмущал", "возмущается", "возмущаются", "возмущаясь", "say"),
    ("отшучиваться", "отшучивал", "отшучивается", "отшучиваются", "отшучиваясь", "say"),
    ("сокрушаться", "сокрушал", "сокрушается", "сокрушаются", "сокрушаясь", "say"),
    ("негодовать", "негодовал", "негодует", "негодуют", "негодуя", "say"),
    ("недоумевать", "недоумевал", "недоумевает", "недоумевают", "недоумевая", "say"),
    ("усмехнуться", "усмехнул", "", "", "усмехнувшись", "say"),
    ("посоветовать", "посоветовал", "", "", "посоветовав", "say"),
    ("высказывать", "высказывал", "высказывает", "высказывают", "высказывая", "say"),
    # The present "признаётся/признаются" is mostly passive ("признаются преступлением"): left out.
    ("признаваться", "признавал", "", "", "признаваясь", "say"),
    ("пригрозить", "пригрозил", "", "", "пригрозив", "say"),
    # Denials report what is denied, like "опровергнуть".
    ("отрицать", "отрицал", "отрицает", "отрицают", "отрицая", "say"),
    # Expectations are forecasts: "аналитики ожидают, что П".
    ("ожидать", "ожидал", "ожидает", "ожидают", "", "think"),
    ("рассчитывать", "рассчитывал", "рассчитывает", "рассчитывают", "", "think"),
    ("вспомнить", "вспомнил", "", "", "вспомнив", "say"),
    ("вспоминать", "вспоминал", "вспоминает", "вспоминают", "вспоминая", "say"),
    ("акцентировать", "акцентировал", "акцентирует", "акцентируют", "акцентировав", "say"),
    ("клясться", "клял", "клянется", "клянутся", "клянясь", "say"),
    ("поклясться", "поклял", "", "", "поклявшись", "say"),
    ("подозревать", "подозревал", "подозревает", "подозревают", "подозревая", "think"),
    ("обвинить", "обвинил", "", "", "обвинив", "say"),
    ("обвинять", "обвинял", "обвиняет", "обвиняют", "обвиняя", "say"),
    ("упрекнуть", "упрекнул", "", "", "упрекнув", "say"),
    ("упрекать", "упрекал", "упрекает", "упрекают", "упрекая", "say"),
    ("оповестить", "оповестил", "", "", "оповестив", "say"),
    # Courts and investigators: "суд постановил, что П".
    ("постановить", "постановил", "", "", "постановив", "say"),
    ("постановлять", "постановлял", "постановляет", "постановляют", "", "say"),
    # "СМИ упоминают, что П": a passing mention reports a statement too.
    ("упомянуть", "упомянул", "", "", "упомянув", "say"),
    ("упоминать", "упоминал", "упоминает", "упоминают", "упоминая", "say"),
    ("говориться", "", "говорится", "", "", "document"),
    ("сказано", "", "сказано", "", "", "document"),
    # "В документе указано, что П": short passive participles of a document.
    ("указано", "", "указано", "", "", "document"),
    ("отмечено", "", "отмечено", "", "", "document"),
    ("написано", "", "написано", "", "", "document"),
    ("уточняться", "", "уточняется", "", "", "document"),
    ("утверждаться", "утверждал", "утверждается", "", "", "document"),
    ("отмечаться", "", "отмечается", "", "", "document"),
    ("сообщаться", "", "сообщается", "", "", "document"),
    ("подчеркиваться", "", "подчеркивается", "", "", "document"),
    ("указываться", "", "указывается", "", "", "document"),
)

# "Ранее сообщалось, что П", "в письме говорилось, что П": the impersonal past of a document is
# neuter singular only; "симптомы отмечались у ..." (plural) reports nothing.
_IMPERSONAL_PAST: tuple[tuple[str, str], ...] = (
    ("сообщалось", "сообщаться"),
    ("говорилось", "говориться"),
    ("отмечалось", "отмечаться"),
    ("указывалось", "указываться"),
    ("уточнялось", "уточняться"),
    ("подчеркивалось", "подчеркиваться"),
)

# Forms the regular rules above cannot build: "счесть" has "счёл" but "сочла", "сочли".
_IRREGULAR: tuple[tuple[str, str, Gender | None, Number | None, Literal["past", "gerund"], VerbKind], ...] = (
    ("счел", "счесть", "m", "sg", "past", "think"),
    ("сочла", "счесть", "f", "sg", "past", "think"),
    ("сочло", "счесть", "n", "sg", "past", "think"),
    ("сочли", "счесть", None, "pl", "past", "think"),
    ("сочтя", "счесть", None, None, "gerund", "think"),
)

# Short adjectives used as statements of belief: "уверен, что", "согласна, что".
_PREDICATIVES: tuple[str, ...] = ("уверен", "убежден", "согласен", "убеждена", "уверена", "согласна")

_REFLEXIVE_PAST_ENDINGS: dict[str, tuple[Gender | None, Number]] = {
    "лся": ("m", "sg"),
    "лась": ("f", "sg"),
    "лось": ("n", "sg"),
    "лись": (None, "pl"),
}
_PAST_ENDINGS: dict[str, tuple[Gender | None, Number]] = {
    "": ("m", "sg"),
    "а": ("f", "sg"),
    "о": ("n", "sg"),
    "и": (None, "pl"),
}


def _build() -> dict[str, VerbForm]:
    forms: dict[str, VerbForm] = {}
    for lemma, past, pres_sg, pres_pl, gerunds, kind in _VERBS:
        reflexive = lemma.endswith("ся")
        if past:
            if reflexive:
                stem = past[:-1]
                for ending, (gender, number) in _REFLEXIVE_PAST_ENDINGS.items():
                    forms.setdefault(stem + ending, VerbForm(lemma, gender, number, "past", kind))
            else:
                for ending, (gender, number) in _PAST_ENDINGS.items():
                    # "опроверг" has a bare masculine; its feminine is "опровергла".
                    bare = not past.endswith("л") and ending
                    form = past + "л" + ending if bare else past + ending
                    forms.setdefault(form, VerbForm(lemma, gender, number, "past", kind))
        if pres_sg:
            forms.setdefault(pres_sg, VerbForm(lemma, None, "sg", "present", kind))
        if pres_pl:
            forms.setdefault(pres_pl, VerbForm(lemma, None, "pl", "present", kind))
        for gerund in gerunds.split():
            forms.setdefault(gerund, VerbForm(lemma, None, None, "gerund", kind))
    for word, lemma in _IMPERSONAL_PAST:
        forms.setdefault(word, VerbForm(lemma, "n", "sg", "past", "document"))
    for word, lemma, irregular_gender, irregular_number, tense, kind in _IRREGULAR:
        forms.setdefault(word, VerbForm(lemma, irregular_gender, irregular_number, tense, kind))
    for word in _PREDICATIVES:
        agreement: Gender = "f" if word.endswith("а") else "m"
        forms[word] = VerbForm(word, agreement, "sg", "predicative", "think")
        if agreement == "m":
            forms[word + "ы"] = VerbForm(word, None, "pl", "predicative", "think")
    return forms


SPEECH_FORMS: dict[str, VerbForm] = _build()
"""Every finite 3rd-person form and gerund of the speech verbs, keyed by the folded lower-case word."""

# Verbs that frame quoted words without governing a clause: naming ("назвал решение «...»") and
# chanting ("начали скандировать: «...»"); the infinitive stands after a phase verb ("начали").
_QUOTING_VERBS: tuple[tuple[str, str, str, str, str, VerbKind], ...] = (
    ("назвать", "назвал", "", "", "назвав", "say"),
    ("охарактеризовать", "охарактеризовал", "", "", "охарактеризовав", "say"),
    ("определить", "определил", "", "", "", "say"),
    ("описать", "описал", "", "", "", "say"),
    # "эксперты называют «очень редким» открытием": imperfective naming, with a subject only (see
    # HABITUAL_NAMING_LEMMAS).
    ("называть", "называл", "называет", "называют", "называя", "say"),
    ("скандировать", "скандировал", "скандирует", "скандируют", "скандируя", "say"),
    ("кричать", "кричал", "кричит", "кричат", "крича", "say"),
    ("закричать", "закричал", "", "", "", "say"),
    ("выкрикивать", "выкрикивал", "выкрикивает", "выкрикивают", "выкрикивая", "say"),
    ("выкрикнуть", "выкрикнул", "", "", "", "say"),
)


NAMING_LEMMAS: frozenset[str] = frozenset(
    {"назвать", "называть", "охарактеризовать", "определить", "описать"}
)
"""Verbs that characterise something in the speaker's words: "назвал решение «ошибкой»",
"определил будущее как «безнадёжное»"; the quoted fragment after them is direct speech."""

HABITUAL_NAMING_LEMMAS: frozenset[str] = frozenset({"называть"})
"""Naming verbs that give a nickname or a term when nobody is said to name ("его называли «...»",
an indefinite-personal sentence), and somebody's characterisation when a subject does ("Пекин
называет их «...»", "эксперты называют «...»")."""

NOT_SUBJECTS: frozenset[str] = frozenset(
    {"его", "ее", "их", "это", "так", "также", "тоже", "часто", "нередко", "иногда", "порой", "уже"}
    | {"еще", "давно", "теперь", "сейчас", "сегодня", "тогда", "иначе", "ныне", "до", "сих", "пор"}
    | {"в", "народе", "шутливо", "ласково", "по-прежнему", "нередко", "и", "а", "но", "не", "же"}
    | {"то", "что", "как", "которого", "которую", "которое", "которых", "ее"}
    | {"его", "него", "нее", "них", "себя", "иногда", "обычно", "принято", "стали", "стал", "стала"}
)
"""Words before a naming verb that are no subject of it: object pronouns, adverbs, conjunctions
("его в народе часто называют «...»"), so the sentence names nobody who characterises."""

SHOUTING_LEMMAS: frozenset[str] = frozenset(
    {"скандировать", "кричать", "закричать", "выкрикивать", "выкрикнуть"}
)
"""Verbs whose object in quotation marks is what was shouted, however short: "выкрикнул «Ура»"."""

SIMILE_WORDS: frozenset[str] = frozenset({"как", "словно", "будто", "точно", "вроде", "подобно"})
"""Words opening a comparison: a lower-case phrase in marks that starts with one ("оказалось «как гром
среди ясного неба»") is an idiom in scare quotes, not somebody's words."""


def _build_quoting() -> dict[str, VerbForm]:
    forms: dict[str, VerbForm] = {}
    for lemma, past, pres_sg, pres_pl, gerunds, kind in _QUOTING_VERBS:
        for ending, (gender, number) in _PAST_ENDINGS.items():
            forms[past + ending] = VerbForm(lemma, gender, number, "past", kind)
        if pres_sg:
            forms[pres_sg] = VerbForm(lemma, None, "sg", "present", kind)
        if pres_pl:
            forms[pres_pl] = VerbForm(lemma, None, "pl", "present", kind)
        for gerund in gerunds.split():
            forms[gerund] = VerbForm(lemma, None, None, "gerund", kind)
        if lemma not in NAMING_LEMMAS:
            forms[lemma] = VerbForm(lemma, None, None, "present", kind)
    return forms


QUOTING_FORMS: dict[str, VerbForm] = _build_quoting()
"""Forms of verbs that introduce quoted words but no reported clause: "назвал переговоры «трудными»",
"скандировали: «Свободу!»". Read by the direct finder only. Imperfective "называли «...»" (a nickname)
is left out on purpose."""

CUE_PHRASES: dict[str, str] = {
    "по словам": "words",
    "по мнению": "opinion",
    "по оценке": "opinion",
    "по оценкам": "opinion",
    "со слов": "words",
    "по убеждению": "opinion",
    "по признанию": "words",
    "по заявлению": "words",
    "по информации": "relay",
    "по сообщению": "relay",
    "по сообщениям": "relay",
    "по утверждению": "words",
    "по данным": "relay",
    "по сведениям": "relay",
    "по подсчетам": "opinion",
    "по расчетам": "opinion",
    "по прогнозам": "opinion",
    # "По версии следствия, П": the account of investigators or prosecutors.
    "по версии": "opinion",
}
"""Phrases governing a genitive speaker: "По словам главы ведомства, ...". An adjective may stand
inside ("По официальным сообщениям", "по предварительным данным")."""

WITH_WORDS_PHRASES: tuple[str, ...] = (
    "с этими словами",
    "этими словами",
    "с такими словами",
    "такими словами",
)
"""Phrases that tie quoted words to an act of the subject after them: "«П», — с этими словами X
вышел к журналистам". The words are X's though the verb is no verb of saying."""

OPENING_PHRASES: frozenset[str] = frozenset({"по версии"})
"""Cue phrases that attribute only the clause after them, at the head of a sentence ("По версии
следствия, П"); after the words ("стал лучшим по версии журнала") they credit a ranking."""

SOURCELESS_PHRASES: frozenset[str] = frozenset({"по сообщениям", "по сообщению"})
"""Cue phrases that report speech even with no source after them ("По сообщениям, П"); the others
("По предварительным данным, П") state figures, not anybody's words, when no source is named."""

SOURCE_ADJECTIVES: frozenset[str] = frozenset({"официальным", "официальной", "официальному", "официальных"})
"""Adjectives inside a cue phrase that name the kind of source ("по официальным данным": officials),
so the phrase reports somebody's statement though no source follows it."""

STATEMENT_NOUNS: dict[str, str] = {
    "заявление": "nom",
    "комментарий": "nom",
    "обращение": "nom",
    "надпись": "nom",
    "заявлением": "ins",
    "комментарием": "ins",
    "словами": "ins",
    "обращением": "ins",
    "надписью": "ins",
    "призывом": "ins",
    "ответом": "ins",
}
"""Nouns of a statement that open its words with a colon, with their case: "выступил с заявлением: П"
(instrumental: the subject is the speaker), "стоял комментарий: П" (nominative: the noun is the
subject and names no speaker)."""

WORDING_NOUNS: dict[str, str] = {
    "требование": "требование",
    "требования": "требование",
    "требований": "требование",
    "требованиях": "требование",
    "требованиями": "требование",
    "лозунги": "лозунг",
    "лозунгов": "лозунг",
    "лозунгами": "лозунг",
    "лозунгах": "лозунг",
    "призывы": "призыв",
    "призывов": "призыв",
    "формулировка": "формулировка",
    "формулировке": "формулировка",
}
"""Nouns whose content is given word for word after a colon, with their nominative: "Среди
требований организаторов: «П1», «П2»", "На плакатах были лозунги: «П»". The quoted items are
the demanders' words, however short, even with no speech verb in the sentence."""

ACCORDING_TO: frozenset[str] = frozenset({"согласно"})
"""Prepositions naming a source in the dative: "Согласно IDC, П", "согласно данным агентства, П"."""

SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "данным",
        "информации",
        "сообщениям",
        "сообщению",
        "оценкам",
        "оценке",
        "материалам",
        "решению",
        "выводам",
    }
)
"""Nouns after "согласно" that pass on the genitive source ("согласно данным агентства")."""

RULE_NOUN_STEMS: tuple[str, ...] = (
    "закон",
    "конституци",
    "договор",
    "соглашени",
    "решени",
    "постановлени",
    "указ",
    "приказ",
    "распоряжени",
    "правил",
    "устав",
    "регламент",
    "кодекс",
    "стать",
    "пункт",
    "норм",
    "требовани",
    "план",
    "график",
    "расписани",
    "традици",
    "процедур",
    "инструкци",
    "резолюци",
    "протокол",
    "положени",
    "услови",
    "контракт",
    "приговор",
    "завещани",
    "списк",
    "рейтинг",
    "результат",
    "документ",
)
"""Stems of what "согласно" may govern without naming a speaker: laws, rules, plans ("согласно
Конституции", "согласно договору"); the guide counts documents as rules, not sources."""

CLAUSE_ONLY_LEMMAS: frozenset[str] = frozenset({"счесть", "постановить", "постановлять"})
"""Verbs that report speech only with a clause after them ("суд счёл, что П", "постановил, что П"):
with an object or an infinitive ("сочла его лучшим", "постановил принять меры") they report nothing,
so they are no inverted cues and take no clause without "что"."""

CONCLUSION_FORMS: dict[str, VerbForm] = {
    "пришел": VerbForm("прийти к выводу", "m", "sg", "past", "think"),
    "пришла": VerbForm("прийти к выводу", "f", "sg", "past", "think"),
    "пришло": VerbForm("прийти к выводу", "n", "sg", "past", "think"),
    "пришли": VerbForm("прийти к выводу", None, "pl", "past", "think"),
    "приходит": VerbForm("прийти к выводу", None, "sg", "present", "think"),
    "приходят": VerbForm("прийти к выводу", None, "pl", "present", "think"),
    "придя": VerbForm("прийти к выводу", None, None, "gerund", "think"),
}
"""Forms of "прийти" that report a conclusion only before "к выводу" ("суд пришёл к выводу, что П");
alone they are motion verbs, so they are no entries of ``SPEECH_FORMS``."""

CONCLUSION_NOUN = "выводу"
"""The noun of "прийти к выводу", where the reported-speech finder looks back for the verb."""

AGREEMENT_FORMS: dict[str, VerbForm] = {
    "сошелся": VerbForm("сойтись во мнении", "m", "sg", "past", "think"),
    "сошлась": VerbForm("сойтись во мнении", "f", "sg", "past", "think"),
    "сошлось": VerbForm("сойтись во мнении", "n", "sg", "past", "think"),
    "сошлись": VerbForm("сойтись во мнении", None, "pl", "past", "think"),
    "сходились": VerbForm("сойтись во мнении", None, "pl", "past", "think"),
    "сходится": VerbForm("сойтись во мнении", None, "sg", "present", "think"),
    "сходятся": VerbForm("сойтись во мнении", None, "pl", "present", "think"),
    "сойдясь": VerbForm("сойтись во мнении", None, None, "gerund", "think"),
}
"""Forms of "сходиться/сойтись" that report a shared view only before "во мнении" ("эксперты
сходятся во мнении, что П"); alone they are motion or matching verbs."""

CONCLUSION_PHRASES: dict[str, tuple[str, dict[str, VerbForm]]] = {
    CONCLUSION_NOUN: ("к", CONCLUSION_FORMS),
    "заключению": ("к", CONCLUSION_FORMS),
    "мнении": ("во", AGREEMENT_FORMS),
}
"""Nouns of verb phrases that report a conclusion or a view ("пришли к заключению, что П", "сошлись
во мнении, что П"), with the preposition before the noun and the verb forms before that."""

FIRST_PERSON: frozenset[str] = frozenset(
    {"я", "меня", "мне", "мной", "мною", "мы", "нас", "нам", "нами"}
    | {"мой", "моя", "мое", "мои", "моего", "моей", "моих", "моим", "моими", "мою", "моем", "моему"}
    | {
        "наш",
        "наша",
        "наше",
        "наши",
        "нашего",
        "нашей",
        "наших",
        "нашим",
        "нашими",
        "нашу",
        "нашем",
        "нашему",
    }
)
"""First-person pronouns: words without quotation marks that speak as "я"/"мы" are the speaker's own
("Мы довольны результатом, сказал X"; a block after "X:" in the next paragraph)."""

SECOND_PERSON: frozenset[str] = frozenset(
    {
        "ты",
        "тебя",
        "тебе",
        "тобой",
        "вы",
        "вас",
        "вам",
        "вами",
        "ваш",
        "ваша",
        "ваше",
        "ваши",
        "вашего",
        "вашей",
    }
)
"""Second-person pronouns and possessives: quoted words addressing somebody ("«Вы нас слышите?»") are
a speaker's wording, not a name."""

FRAGMENT_CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"поскольку", "потому", "так", "ибо", "хотя", "чтоб", "где", "когда"}
)
"""Words opening a clause of cause, concession or place after a comma: "назвал целью «...», поскольку
«...»". Such a clause reports nothing of its own, so quoted wording in it is a fragment of the speaker's."""

_VOWELS = "аеиоуыэюя"
VERB_FORM_ENDINGS: tuple[str, ...] = (
    *(v + past for v in _VOWELS for past in ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")),
    *("ет", "ит", "ют", "ут", "ат", "ят", "ется", "ится", "ются", "ятся", "утся", "атся"),
    *(v + inf for v in _VOWELS for inf in ("ть", "ться")),
    "чь",
)
"""Endings of Russian verb forms with the vowel before a past or infinitive suffix: "сказал",
"делают", "начать". The vowel keeps out nouns in -сть ("власть") and -ль; proper names are left to the
caller (lower-case words only)."""

PARENTHETICAL_PHRASES: frozenset[str] = frozenset(
    {
        "в частности",
        "в свою очередь",
        "кроме того",
        "например",
        "впрочем",
        "однако",
        "также",
        "наконец",
        "к тому же",
        "при этом",
        "тем временем",
        "между тем",
        "в том числе",
        "помимо этого",
        "в итоге",
        "в результате",
    }
)
"""Parenthetical words set off by commas ("он, в частности, прокомментировал ..."): the comma before a
verb after them closes the parenthesis, it does not end a statement reported by an inverted cue."""

FRAGMENT_JOINERS: tuple[str, ...] = (
    "а не",
    "но",
    "а",
    "поскольку",
    "ибо",
    "так как",
    "потому что",
    "однако",
    "хотя",
    "иначе",
)
"""Conjunctions that join a second quoted fragment to a first one of the same speaker: "заявил, что
«много работает», а не «тратит деньги»", "пояснил, что «сделал всё», но «надо жить дальше»"."""

CORRELATIVES: frozenset[str] = frozenset({"того", "тому", "тем", "том", "то"})
"""Demonstratives that a "что" clause explains ("из-за того, что", "благодаря тому, что"): the clause is
a cause or an object of the author's sentence, not a statement reported by a cue before it."""

FINITE_VERB_ENDINGS: tuple[str, ...] = (
    "л",
    "ла",
    "ло",
    "ли",
    "лся",
    "лась",
    "лось",
    "лись",
    "ет",
    "ит",
    "ут",
    "ют",
    "ат",
    "ят",
    "ется",
    "ится",
    "ются",
    "ятся",
    "утся",
    "атся",
    "ть",
    "ться",
    "но",
    "то",
)
"""Endings of Russian finite verbs (past, 3rd person present, reflexive), infinitives and short
neuter participles ("сделано"): words after a colon with none of them are a list of names or
objects, not a clause. Nouns and adjectives end so too ("роли", "совет"), which only makes the
test keep a clause it could have dropped."""

INFINITIVE_ENDINGS: tuple[str, ...] = ("ть", "ться", "ти", "тись", "чь")
"""Endings of the Russian infinitive: "продолжает расти" is an aspectual verb, no speech."""

CAUSATIVE_USES: dict[str, frozenset[str]] = {
    "привести": frozenset({"к", "ко"}),
    "приводить": frozenset({"к", "ко"}),
}
"""Relay verbs with a sense of causing before a preposition: "привело к появлению" reports nothing,
"приводит слова" does."""

CONTINUATION_LEMMAS: frozenset[str] = frozenset({"продолжить", "продолжать"})
"""Speech verbs that are aspectual before an infinitive ("продолжил работать")."""

NEGATION_ALLOWED: frozenset[str] = frozenset({"исключить", "исключать", "сомневаться", "скрывать"})
"""Lemmas whose negated form is still a statement ("не исключил, что")."""

NON_STATEMENT_BEFORE: frozenset[str] = frozenset(
    {
        "отказался",
        "отказалась",
        "отказались",
        "отказывается",
        "отказываются",
        "не",
        "стал",
        "стала",
        "стали",
        "можно",
        "нужно",
        "необходимо",
        "следует",
        "стоит",
        "я",
        "мы",
        "ты",
        "вы",
        "бы",
    }
)
"""Words right before a speech verb that make it no statement ("отказался комментировать", "я сказал")."""

TOPIC_WORDS: frozenset[str] = frozenset(
    {
        "почему",
        "как",
        "какие",
        "какой",
        "какая",
        "каким",
        "каких",
        "какое",
        "где",
        "когда",
        "зачем",
        "чем",
        "кто",
        "сколько",
        "насколько",
        "чего",
        "ком",
        "куда",
        "откуда",
        "ли",
    }
)
"""Question words opening a topic frame: "О том, почему ..., рассказал X" reports no statement."""

ANAPHORIC_OPENERS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("об", "этом"), 7),
    (("о", "том"), 0),
    (("это",), 1),
    (("так",), 0),
    (("такое", "мнение"), 1),
    (("такое", "заявление"), 1),
    (("такую", "оценку"), 1),
    (("такой", "прогноз"), 1),
    (("такие", "данные"), 1),
)
"""Openers of "Об этом заявил X" with how many words may stand before the verb: the statement is
the text before. "Так же политолог считает, ..." is no such opener: "так" must touch the verb."""

DOCUMENT_NOUNS: dict[str, str] = {
    "сообщении": "сообщение",
    "заявлении": "заявление",
    "пресс-релизе": "пресс-релиз",
    "релизе": "релиз",
    "документе": "документ",
    "письме": "письмо",
    "обращении": "обращение",
    "докладе": "доклад",
    "отчете": "отчет",
    "материале": "материал",
    "публикации": "публикация",
    "постановлении": "постановление",
    "решении": "решение",
    "приказе": "приказ",
    "указе": "указ",
    "коммюнике": "коммюнике",
    "декларации": "декларация",
    "telegram-канале": "Telegram-канал",
    "канале": "канал",
    "блоге": "блог",
    "микроблоге": "микроблог",
    "сайте": "сайт",
    "комментарии": "комментарий",
    "интервью": "интервью",
    "статье": "статья",
    "исследовании": "исследование",
    "пресс-службе": "пресс-служба",
    # Messages of congratulation or condolence: "говорится в его телеграмме".
    "телеграмме": "телеграмма",
    "поздравлении": "поздравление",
    "послании": "послание",
    "соболезновании": "соболезнование",
}
"""Documents in the prepositional case ("говорится в сообщении"), with their nominative."""

MEDIA: frozenset[str] = frozenset(
    {
        "тасс",
        "риа",
        "интерфакс",
        "reuters",
        "bloomberg",
        "ap",
        "afp",
        "рбк",
        "коммерсантъ",
        "ведомости",
        "известия",
        "kazinform",
        "казинформ",
        "kaztag",
        "tengrinews",
        "издание",
        "агентство",
        "газета",
        "телеканал",
        "пресса",
        "сми",
    }
)
"""First words of news media that relay words ("передает ТАСС", "сообщает РИА Новости")."""

GENERIC_MEDIA: frozenset[str] = frozenset({"издание", "агентство", "газета", "телеканал", "пресса", "сми"})
"""Media words that are common nouns ("сообщает издание"); other MEDIA names need their capital."""

ACCUSATION_LEMMAS: frozenset[str] = frozenset(
    {"обвинить", "обвинять", "подозревать", "упрекнуть", "упрекать"}
)
"""Verbs that report a charge ("обвиняют в том, что П"): cues of reported speech only; a quoted
fragment after them ("обвиняют в «...»") is the charge's wording, not the accuser's words."""

OFFICE_HEADS: frozenset[str] = frozenset(
    {
        "министр",
        "премьер",
        "премьер-министр",
        "президент",
        "глава",
        "губернатор",
        "мэр",
        "председатель",
        "канцлер",
        "руководитель",
        "лидер",
        "спикер",
        "посол",
        "генсек",
        "директор",
        "гендиректор",
        "министр-председатель",
    }
)
"""Heads of one-holder offices: an unbound "министр спорта" or "премьер" means the person the article is
about (named before or after), not a generic descriptor."""

GENERIC_DESCRIPTORS: frozenset[str] = frozenset(
    {
        "эксперт",
        "аналитик",
        "специалист",
        "собеседник",
        "спикер",
        "респондент",
    }
)
"""Descriptors that point back to the last person speaking, whatever their own role.
"Представитель" and "источник" are left out: they name someone else ("представитель певицы")."""

RELATIONAL_HEADS: frozenset[str] = frozenset(
    {
        "представитель",
        "пресс-секретарь",
        "адвокат",
        "помощник",
        "советник",
        "сын",
        "дочь",
        "жена",
        "муж",
        "супруга",
        "супруг",
        "мать",
        "отец",
        "брат",
        "сестра",
        "агент",
        "менеджер",
        "защитник",
    }
)
"""Role heads that take a person in the genitive: in "представитель Лопес" Лопес is not the speaker."""

TITLE_NOUN_STEMS: tuple[str, ...] = (
    "закон",
    "указ",
    "постановлени",
    "распоряжени",
    "программ",
    "проект",
    "операци",
    "конкурс",
    "фестивал",
    "фильм",
    "книг",
    "роман",
    "песн",
    "передач",
    "журнал",
    "газет",
    "компани",
    "номинаци",
    "категори",
    "орден",
    "медал",
    "звани",
    "акци",
    "движени",
    "парти",
    "клуб",
    "театр",
    "спектакл",
    "альбом",
    "сериал",
    "форум",
    "премии",
    "премию",
    "стратеги",
    "концепци",
    "доктрин",
    "кодекс",
    "произведени",
    "публикаци",
    "сочинени",
    "картин",
    "стать",
    "лозунг",
    "баннер",
    "плакат",
    "надпис",
    "девиз",
    "шоу",
    "телешоу",
    "мюзикл",
    "выставк",
    "пьес",
    # Books named with a subtitle: "двухтомник «Авторы. Материалы: письма»", "мемуары «...»".
    "сборник",
    "двухтомник",
    "трехтомник",
    "мемуар",
    "повест",
)
"""Stems of nouns that name a title in quotation marks after them ("закону «О ...»", "фильме «...»"):
the span is a name unless a cue stands next to it."""

MOTTO_NOUN_STEMS: tuple[str, ...] = ("принцип", "кредо", "постулат", "заповед", "девиз")
"""Stems of nouns whose wording follows them as a fixed text, nobody's statement: "противоречит
основному принципу проекта: «...»", "под девизом: «...»". A speech verb earlier in the sentence does
not make the words after the colon a quote."""

GENITIVE_NOUN_ENDINGS: tuple[tuple[str, str], ...] = (
    ("цев", "цы"),
    ("телей", "тели"),
    ("ца", "ец"),
    ("ов", "ы"),
    ("ей", "и"),
    ("ии", "ия"),
    # Neuter -ие nouns: "обвинения" -> "обвинение", "издания" -> "издание" (feminine -ия nouns take -ии).
    ("ия", "ие"),
    # Neuter -ство nouns: "руководства" -> "руководство", "агентства" -> "агентство".
    ("ства", "ство"),
    ("ьи", "ья"),
    ("ы", "а"),
    ("а", ""),
    ("я", "ь"),
)
"""Genitive endings of common nouns and their nominative, longest first, for a speaker named only by
a noun after "по словам" ("очевидца" -> "очевидец", "очевидцев" -> "очевидцы", "газеты" -> "газета").
The regular first and second declension paradigms; words they do not fit are left unnamed."""

FRAME_GERUNDS: frozenset[str] = frozenset(
    {
        "выступая",
        "отвечая",
        "обращаясь",
        "ссылаясь",
        "комментируя",
        "находясь",
        "будучи",
        "говоря",
        "имея",
        "касаясь",
        "подводя",
        "открывая",
        "закрывая",
        "встречаясь",
        "беседуя",
    }
)
"""Gerunds that frame the occasion of speech ("заявил, выступая на съезде"), not its content."""

PRONOUNS: dict[str, tuple[Gender | None, Number]] = {
    "он": ("m", "sg"),
    "она": ("f", "sg"),
    "они": (None, "pl"),
    "его": ("m", "sg"),
    "ее": ("f", "sg"),
    "их": (None, "pl"),
}
"""Third-person pronouns as subjects ("он") or possessors ("по его словам"), with agreement."""

"""Currencies as Russian news writes them: names in every case, adjectives, symbols, codes.

Sources:
    * ISO 4217 (the list of codes maintained by SIX Group for ISO), for the codes;
      Belarus is BYN since the 2016 redenomination (BYR is obsolete). Withdrawn codes are
      kept only where news still names the old currency ("кипрских фунтов", CYP).
    * «Общероссийский классификатор валют» ОК (МК (ИСО 4217) 003-97) 014-2000, for
      the Russian names of the currencies.
    * The declension tables of Wiktionary and «Грамматический словарь русского языка»
      (А. А. Зализняк) for the case forms; all forms are written with "е" for "ё".
    * Common Russian news abbreviations (руб., долл., тг, грн, коп.) as listed in
      «Словарь сокращений русского языка» and the Unicode currency symbols block.

Structure: a currency *noun* (``доллар``) names a family; the code comes from an
adjective before it (``канадских долларов`` → CAD), a country after it (``долларов
США`` → USD), or the noun's default (``доллар`` → USD). Nouns whose family has no
obvious default (``крона``, ``песо``, ``динар``) map to None and are reported only
with an adjective, a country, or a previous mention of the same noun in the text.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """Split a space-separated list of words."""
    return text.split()


def _regular(stem: str) -> str:
    """Forms of a hard-stem masculine noun: доллар, доллара, ..., долларах."""
    return " ".join(stem + ending for ending in ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"))


def _forms(table: dict[str, str]) -> dict[str, str]:
    return {form: lemma for lemma, forms in table.items() for form in forms.split()}


NOUN_FORMS: dict[str, str] = _forms(
    {
        "рубль": "рубль рубля рублю рублем рубле рубли рублей рублям рублями рублях",
        "доллар": _regular("доллар"),
        "евро": "евро",
        "тенге": "тенге",
        "фунт": _regular("фунт"),
        "франк": _regular("франк"),
        "юань": "юань юаня юаню юанем юане юани юаней юаням юанями юанях",
        "иена": "иена иены иене иену иеной иеною иен иенам иенами иенах "
        "йена йены йене йену йеной йеною йен йенам йенами йенах",
        "гривна": "гривна гривны гривне гривну гривной гривною гривен гривнам гривнами гривнах",
        "лира": "лира лиры лире лиру лирой лир лирам лирами лирах",
        "крона": "крона кроны кроне крону кроной крон кронам кронами кронах",
        "рупия": "рупия рупии рупию рупией рупий рупиям рупиями рупиях",
        "вона": "вона воны воне вону воной вон вонам вонами вонах",
        "злотый": "злотый злотого злотому злотым злотом злотые злотых злотыми",
        "форинт": _regular("форинт"),
        "шекель": "шекель шекеля шекелю шекелем шекеле шекели шекелей шекелям шекелями шекелях",
        "реал": _regular("реал"),
        "рэнд": _regular("рэнд") + " " + _regular("ранд"),
        "песо": "песо",
        "динар": _regular("динар"),
        "дирхам": _regular("дирхам"),
        "риял": _regular("риял") + " " + _regular("риал"),
        "лари": "лари",
        "драм": _regular("драм"),
        "манат": _regular("манат"),
        "сом": _regular("сом"),
        "сум": _regular("сум"),
        "сомони": "сомони",
        "лей": "лей лея лею леем лее леи леев леям леями леях",
    }
)
"""Lower-case noun form → noun lemma."""

NOUN_DEFAULTS: dict[str, str | None] = {
    "рубль": "RUB",
    "доллар": "USD",
    "евро": "EUR",
    "тенге": "KZT",
    "фунт": "GBP",
    "франк": "CHF",
    "юань": "CNY",
    "иена": "JPY",
    "гривна": "UAH",
    "лира": "TRY",
    "крона": None,
    "рупия": "INR",
    "вона": "KRW",
    "злотый": "PLN",
    "форинт": "HUF",
    "шекель": "ILS",
    "реал": "BRL",
    "рэнд": "ZAR",
    "песо": None,
    "динар": None,
    "дирхам": "AED",
    "риял": "SAR",
    "лари": "GEL",
    "драм": "AMD",
    "манат": "AZN",
    "сом": "KGS",
    "сум": "UZS",
    "сомони": "TJS",
    "лей": "MDL",
}
"""Noun lemma → the code a bare mention means (None: ambiguous without an adjective)."""

ADJECTIVE_STEMS: dict[str, dict[str, str]] = {
    "российск": {"рубль": "RUB"},
    "белорусск": {"рубль": "BYN"},
    "бел": {"рубль": "BYN"},
    "американск": {"доллар": "USD"},
    "канадск": {"доллар": "CAD"},
    "австралийск": {"доллар": "AUD"},
    "гонконгск": {"доллар": "HKD"},
    "сингапурск": {"доллар": "SGD"},
    "новозеландск": {"доллар": "NZD"},
    "тайваньск": {"доллар": "TWD"},
    "британск": {"фунт": "GBP"},
    "английск": {"фунт": "GBP"},
    "египетск": {"фунт": "EGP"},
    "кипрск": {"фунт": "CYP"},
    "ливанск": {"фунт": "LBP"},
    "сирийск": {"фунт": "SYP"},
    "швейцарск": {"франк": "CHF"},
    "шведск": {"крона": "SEK"},
    "норвежск": {"крона": "NOK"},
    "датск": {"крона": "DKK"},
    "чешск": {"крона": "CZK"},
    "исландск": {"крона": "ISK"},
    "китайск": {"юань": "CNY"},
    "японск": {"иена": "JPY"},
    "украинск": {"гривна": "UAH"},
    "турецк": {"лира": "TRY"},
    "индийск": {"рупия": "INR"},
    "индонезийск": {"рупия": "IDR"},
    "пакистанск": {"рупия": "PKR"},
    "южнокорейск": {"вона": "KRW"},
    "корейск": {"вона": "KRW"},
    "северокорейск": {"вона": "KPW"},
    "польск": {"злотый": "PLN"},
    "венгерск": {"форинт": "HUF"},
    "израильск": {"шекель": "ILS"},
    "бразильск": {"реал": "BRL"},
    "южноафриканск": {"рэнд": "ZAR"},
    "мексиканск": {"песо": "MXN"},
    "аргентинск": {"песо": "ARS"},
    "чилийск": {"песо": "CLP"},
    "колумбийск": {"песо": "COP"},
    "филиппинск": {"песо": "PHP"},
    "кувейтск": {"динар": "KWD"},
    "сербск": {"динар": "RSD"},
    "иракск": {"динар": "IQD"},
    "иорданск": {"динар": "JOD"},
    "бахрейнск": {"динар": "BHD"},
    "алжирск": {"динар": "DZD"},
    "эмиратск": {"дирхам": "AED"},
    "марокканск": {"дирхам": "MAD"},
    "саудовск": {"риял": "SAR"},
    "катарск": {"риял": "QAR"},
    "оманск": {"риял": "OMR"},
    "иранск": {"риял": "IRR"},
    "казахстанск": {"тенге": "KZT"},
    "азербайджанск": {"манат": "AZN"},
    "туркменск": {"манат": "TMT"},
    "туркменистанск": {"манат": "TMT"},
    "кыргызск": {"сом": "KGS"},
    "киргизск": {"сом": "KGS"},
    "узбекск": {"сум": "UZS"},
    "таджикск": {"сомони": "TJS"},
    "грузинск": {"лари": "GEL"},
    "армянск": {"драм": "AMD"},
    "молдавск": {"лей": "MDL"},
    "молдовск": {"лей": "MDL"},
    "румынск": {"лей": "RON"},
    "европейск": {"евро": "EUR"},
}
"""Adjective stem (any ending: канадский, канадских, канадскому, ...) → noun lemma → code.

"бел" is the abbreviation in "бел. руб.".
"""

COUNTRY_AFTER: dict[str, dict[str, str]] = {
    "сша": {"доллар": "USD"},
    "канады": {"доллар": "CAD"},
    "австралии": {"доллар": "AUD"},
    "гонконга": {"доллар": "HKD"},
    "сингапура": {"доллар": "SGD"},
    "стерлингов": {"фунт": "GBP"},
    "стерлинга": {"фунт": "GBP"},
    "стерлинги": {"фунт": "GBP"},
    "рф": {"рубль": "RUB"},
    "россии": {"рубль": "RUB"},
    "белоруссии": {"рубль": "BYN"},
    "беларуси": {"рубль": "BYN"},
    "рб": {"рубль": "BYN"},
    "кнр": {"юань": "CNY"},
    "оаэ": {"дирхам": "AED"},
}
"""A word after the noun that fixes the code: "долларов США", "фунтов стерлингов"."""

ABBREVIATIONS: dict[str, str] = {
    "руб": "рубль",
    "р": "рубль",
    "долл": "доллар",
    "дол": "доллар",
    "тг": "тенге",
    "тнг": "тенге",
    "грн": "гривна",
}
"""Abbreviation (dot optional; "р" and "дол" need the dot) → noun lemma."""

ABBREVIATIONS_NEEDING_DOT: frozenset[str] = frozenset({"р", "дол"})
"""Abbreviations too short to trust without their dot."""

SYMBOLS: dict[str, str] = {
    "us$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "hk$": "HKD",
    "s$": "SGD",
    "nz$": "NZD",
    "r$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₸": "KZT",
    "₴": "UAH",
    "₼": "AZN",
    "₾": "GEL",
    "₺": "TRY",
    "₹": "INR",
    "₩": "KRW",
    "₪": "ILS",
    "₫": "VND",
    "₦": "NGN",
    "zł": "PLN",
}
"""Currency symbol (lower case, as folded text writes it) → code."""

CODES: frozenset[str] = frozenset(
    _words("""RUB KZT BYN UAH UZS KGS TJS AZN AMD GEL MDL TMT USD EUR GBP CHF JPY CNY HKD INR TRY AED
    SAR KRW CAD AUD SEK NOK DKK PLN CZK HUF ILS BRL ZAR MXN SGD NZD TWD EGP IDR PKR KPW ARS CLP COP
    PHP KWD RSD IQD JOD BHD DZD MAD QAR OMR IRR RON ISK THB VND MYR NGN CYP LBP SYP""")
)
"""ISO 4217 codes recognised when written in capitals before or after an amount."""

SUBUNIT_FORMS: dict[str, str] = _forms(
    {
        "копейка": "копейка копейки копейке копейку копейкой копеек копейкам копейками копейках коп",
        "цент": _regular("цент"),
        "евроцент": _regular("евроцент"),
        "тиын": _regular("тиын") + " " + _regular("тийин"),
        "пенс": _regular("пенс") + " пенни",
        "грош": "грош гроша грошу грошем гроше гроши грошей грошам грошами грошах",
    }
)
"""Lower-case subunit form ("коп" is the abbreviation) → subunit lemma."""

SUBUNIT_DEFAULTS: dict[str, str] = {
    "копейка": "RUB",
    "цент": "USD",
    "евроцент": "EUR",
    "тиын": "KZT",
    "пенс": "GBP",
    "грош": "PLN",
}
"""Subunit lemma → the code of a subunit amount standing alone ("50 копеек" is 0.50 RUB)."""

SUBUNITS_PER_UNIT: int = 100
"""Every subunit here is a hundredth of its unit."""

DENOMINATION_ADJECTIVES: dict[str, str] = {
    "долларов": "USD",
    "рублев": "RUB",
    "евров": "EUR",
    "фунтов": "GBP",
}
"""Stems of "100-долларовая", "10-рублевая": a banknote or coin of that many units."""

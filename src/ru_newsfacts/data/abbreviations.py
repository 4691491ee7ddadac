"""Abbreviations that name a country or a union of countries, not a body of one.

Sources: common Russian news abbreviations of states and international unions (Большой
энциклопедический словарь сокращений). A body's abbreviation ("МВД", "МИД") takes the country
after it ("МВД Украины"); these never do: "США Виктория Нуланд" is a country and a person.
Lists were compiled by hand.
"""

from __future__ import annotations

__all__ = ["PLACE_ABBREVIATIONS"]

PLACE_ABBREVIATIONS: frozenset[str] = frozenset(
    {"сша", "рф", "кнр", "кндр", "ес", "оон", "нато", "оаэ", "юар", "фрг", "гдр", "ссср", "снг", "ук"}
    | {"ирг", "рк", "рб", "кр", "дрк"}
)
"""Lower-case abbreviations of states and unions."""

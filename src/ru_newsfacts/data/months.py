"""Russian month names as they appear in datelines ("12 ноября 2025").

Source: the standard Russian calendar names; news datelines use the genitive
("12 ноября"), the nominative appears in headers ("Ноябрь 2025") and is accepted too.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "января": 1,
    "январь": 1,
    "февраля": 2,
    "февраль": 2,
    "марта": 3,
    "март": 3,
    "апреля": 4,
    "апрель": 4,
    "мая": 5,
    "май": 5,
    "июня": 6,
    "июнь": 6,
    "июля": 7,
    "июль": 7,
    "августа": 8,
    "август": 8,
    "сентября": 9,
    "сентябрь": 9,
    "октября": 10,
    "октябрь": 10,
    "ноября": 11,
    "ноябрь": 11,
    "декабря": 12,
    "декабрь": 12,
}
"""Lower-case month name (genitive and nominative) to month number."""

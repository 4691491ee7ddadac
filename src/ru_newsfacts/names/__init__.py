"""Person names and role descriptors in Russian text, put in the nominative.

Pure rules, no morphology dictionary: a first-name gazetteer
(``ru_newsfacts.data.first_names``), surname endings and paradigms
(``ru_newsfacts.data.surnames``) and role nouns (``ru_newsfacts.data.roles``).

>>> to_nominative("Антоном Арутюновым")
'Антон Арутюнов'
>>> [m.nominative for m in find_person_names("Встреча с Мадиной Курмангалиевой.")]
['Мадина Курмангалиева']
"""

from __future__ import annotations

from ._persons import NameMention, find_person_names, gender_of, to_nominative
from ._roles import RoleMention, find_roles, role_to_nominative

__all__ = [
    "NameMention",
    "RoleMention",
    "find_person_names",
    "find_roles",
    "gender_of",
    "role_to_nominative",
    "to_nominative",
]

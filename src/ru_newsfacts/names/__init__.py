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

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from .._scope import morph_scope
from . import _persons, _roles
from ._persons import NameMention
from ._roles import RoleMention

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _lists_only(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Called directly, a names function reads with the lists alone (``morph=False``); called
    inside ``extract_quotes(text, morph=True)`` it keeps that call's mode. Without the scope,
    the word caches a ``morph=True`` call left would answer."""

    @wraps(function)
    def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with morph_scope(False):
            return function(*args, **kwargs)

    return call


find_person_names = _lists_only(_persons.find_person_names)
gender_of = _lists_only(_persons.gender_of)
to_nominative = _lists_only(_persons.to_nominative)
find_roles = _lists_only(_roles.find_roles)
role_to_nominative = _lists_only(_roles.role_to_nominative)

__all__ = [
    "NameMention",
    "RoleMention",
    "find_person_names",
    "find_roles",
    "gender_of",
    "role_to_nominative",
    "to_nominative",
]

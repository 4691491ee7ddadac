"""Models built from values the engines have already checked, without pydantic's validation.

The engines build tens of thousands of sentences and paragraphs per megabyte of text, each
from offsets they found and the text sliced at those offsets: the fields are right by
construction, and validating them again costs more than building them. ``build`` sets the
fields directly and gives the model the validated constructor would give (equal, same fields
set, same JSON, hashed and pickled alike); ``tests/test_shortcuts.py`` compares the two.
Models a user builds by hand are validated as always.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["build", "direct"]

M = TypeVar("M", bound=BaseModel)

_new = object.__new__
_set = object.__setattr__


def direct(model: type[BaseModel], names: tuple[str, ...]) -> bool:
    """Whether ``build`` may make ``model`` from values named ``names``, in this order.

    True while ``names`` are the model's fields in declaration order and the model keeps no
    private or extra state. Callers ask once, at import, and use the validated constructor
    otherwise: a field added later then takes its default instead of being left unset.
    """
    return (
        tuple(model.model_fields) == names
        and not model.__private_attributes__
        and model.model_config.get("extra") != "allow"
    )


def build(model: type[M], fields: dict[str, Any]) -> M:
    """``model(**fields)`` without validation; ``fields`` holds every field, in declaration order.

    Only for a model ``direct`` accepts and values of exactly the declared types.
    """
    made: M = _new(model)
    _set(made, "__dict__", fields)
    # What the validated constructor records when every field is passed by keyword.
    _set(made, "__pydantic_fields_set__", set(fields))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made

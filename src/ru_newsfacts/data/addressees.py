"""Addressees of a speech verb: the dative nouns that name whom the words were told to.

Sources: Russian reference grammar on the government of verbs of speech (Русская грамматика 1980,
§ on the dative of the addressee: "сообщил журналистам", "рассказал газете", "заявил агентству"),
and the newsroom habit of naming the medium an interview was given to between the verb and its
subject ("сообщил «Коммерсанту» директор завода"). Lists were compiled by hand; ё is folded to е.
"""

from __future__ import annotations

__all__ = ["ADDRESSEE_NOUNS", "DATIVE_MASCULINE_ENDINGS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ADDRESSEE_NOUNS: frozenset[str] = _words(
    """
    журналисту журналистке журналистам корреспонденту корреспондентке корреспондентам
    репортеру репортерам интервьюеру обозревателю обозревателям изданию изданиям газете газетам
    агентству агентствам телеканалу телеканалам журналу журналам сайту порталу радиостанции
    телекомпании редакции блогу радио информагентству информагентствам интернет-изданию
    интернет-изданиям радиостанциям телекомпаниям таблоиду таблоидам телевидению прессе
    """
)
"""Dative nouns of a person or medium told something ("сообщил газете «X»", "рассказал
корреспонденту агентства X"): a name they govern is the addressee, never the speaker."""

DATIVE_MASCULINE_ENDINGS: tuple[str, ...] = ("у", "ю")
"""Endings of a masculine noun in the dative singular ("Коммерсанту", "Интерфаксу"): a one-word
name in this form right next to a speech verb is told something, it does not speak."""

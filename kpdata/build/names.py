"""Split a person's name as published ("Mgr. Jana Nováková, DiS.") into prefix, given, family, suffix."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PersonName", "split_name"]

# Academic degrees written without a trailing dot, and the joining "et" (Bc. et Bc.).
_BARE_TITLES = frozenset({"et", "mba", "mpa", "llm", "ba", "bsc", "msc", "dis", "phd", "csc", "drsc"})
_TITLE_SHAPE = re.compile(r"[^\W\d_]{1,8}\.(?:[^\W\d_]{1,4}\.)*", re.UNICODE)


@dataclass(frozen=True)
class PersonName:
    """The four parts of a published name; prefix and suffix may be None."""

    honorific_prefix: str | None
    given_name: str
    family_name: str
    honorific_suffix: str | None


def _is_title(token: str) -> bool:
    return bool(_TITLE_SHAPE.fullmatch(token)) or token.lower().replace(".", "") in _BARE_TITLES


def _take_titles(tokens: list[str], *, from_end: bool) -> list[str]:
    taken: list[str] = []
    while tokens and _is_title(tokens[-1] if from_end else tokens[0]):
        taken.append(tokens.pop() if from_end else tokens.pop(0))
    return taken[::-1] if from_end else taken


def split_name(text: str) -> PersonName | None:
    """The parts of ``text``; None when no given and family name can be told apart (one word only).

    Everything after the first comma is the suffix; titles before the name are the prefix; the first
    remaining word is the given name and the rest the family name ("Jana Nováková Svobodová").
    """
    head, _, tail = " ".join(text.split()).partition(",")
    tokens = head.split()
    prefix = _take_titles(tokens, from_end=False)
    trailing = _take_titles(tokens, from_end=True)
    if len(tokens) < 2:
        return None
    suffix = ", ".join(part for part in [" ".join(trailing), tail.strip(" ,")] if part)
    return PersonName(
        honorific_prefix=" ".join(prefix) or None,
        given_name=tokens[0],
        family_name=" ".join(tokens[1:]),
        honorific_suffix=suffix or None,
    )

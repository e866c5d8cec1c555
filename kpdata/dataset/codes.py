"""User words for codes: a target group or druh of service given as its code, Czech label or alias."""

from __future__ import annotations

from functools import cache

from kpdata.codelists import codelist
from kpdata.errors import KpdataError
from kpdata.territory.text import fold

__all__ = ["UnknownCode", "to_code"]


class UnknownCode(KpdataError):
    """A value that is not a code, label or alias of the codelist."""


@cache
def _words(name: str) -> dict[str, str]:
    words: dict[str, str] = {}
    for concept in codelist(name):
        aliases = concept.extra.get("aliases_cs", "")
        for word in [concept.code, concept.label_cs, concept.label_en, *aliases.split("|")]:
            if word:
                words.setdefault(fold(word), concept.code)
    return words


def to_code(name: str, value: str) -> str:
    """The code of ``value`` in codelist ``name`` (``"senioři"`` -> ``"seniors"``)."""
    code = _words(name).get(fold(value))
    if code is None:
        known = ", ".join(c.code for c in codelist(name))
        raise UnknownCode(f"{value!r} is not in codelist {name}: use one of {known} (or a Czech label)")
    return code

"""Role words of people ("koordinátorka", "vedoucí odboru", "místostarosta") → role codes.

The table is data (``rules/roles.yml``): regular expressions over folded text, the longest match at a
place wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kpdata.extract.lexicon import rule_file
from kpdata.extract.text import fold

__all__ = ["RoleMatch", "contact_cue", "find_roles", "role_code"]


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """A role word at ``text[start:end]`` and its code."""

    code: str
    start: int
    end: int


@cache
def _table() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    data = rule_file("roles")
    table = [(r["code"], re.compile(rf"(?<![\w])(?:{r['pattern']})(?![\w])")) for r in data["roles"]]
    return table, re.compile(rf"(?<![\w])(?:{data['contact_cues']})(?![\w])")


def find_roles(text: str, *, folded: str | None = None) -> list[RoleMatch]:
    """Role words in ``text`` in order; where matches overlap the longest (then earliest) one stays."""
    folded = fold(text) if folded is None else folded
    hits = [RoleMatch(code, m.start(), m.end()) for code, rx in _table()[0] for m in rx.finditer(folded)]
    hits.sort(key=lambda r: (r.start, -(r.end - r.start)))
    out: list[RoleMatch] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


def role_code(role: str) -> str | None:
    """The code of the first role word in ``role``, or None when it names no known role."""
    found = find_roles(role)
    return found[0].code if found else None


def contact_cue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a contact cue ("kontaktní osoba", "obracejte se na")."""
    return bool(_table()[1].search(fold(text[start:end])))

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
    after_only: bool = False


@cache
def _table() -> tuple[list[tuple[str, re.Pattern[str], bool]], re.Pattern[str]]:
    data = rule_file("roles")
    table = [
        (r["code"], re.compile(rf"(?<![\w@.])(?:{r['pattern']})(?![\w@]|\.\w)"), after_only)
        for key, after_only in (("roles", False), ("after_only", True))
        for r in data.get(key) or []
    ]
    return table, re.compile(rf"(?<![\w])(?:{data['contact_cues']})(?![\w])")


def find_roles(text: str, *, folded: str | None = None) -> list[RoleMatch]:
    """Role words in ``text`` in order; where matches overlap the longest (then earliest) one stays."""
    folded = fold(text) if folded is None else folded
    hits = [
        RoleMatch(code, m.start(), m.end(), after_only)
        for code, rx, after_only in _table()[0]
        for m in rx.finditer(folded)
    ]
    hits.sort(key=lambda r: (r.start, -(r.end - r.start)))
    out: list[RoleMatch] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


def role_code(role: str) -> str | None:
    """The code of the first role word in ``role``, or None when it names no known role."""
    found = [r for r in find_roles(role) if not r.after_only]
    return found[0].code if found else None


def contact_cue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a contact cue ("kontaktní osoba", "obracejte se na")."""
    return bool(_table()[1].search(fold(text[start:end])))

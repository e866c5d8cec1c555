"""Role words of people ("koordinátorka", "vedoucí odboru", "místostarosta") → role codes.

The table is data (``rules/roles.yml``): word stems with their endings over folded text, looked up by
each word's first letters; at one place the entry listed first wins, so longer phrases come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kpdata.extract.lexicon import rule_file
from kpdata.extract.text import fold, merged_windows
from kpdata.extract.textcache import folded as folded_text
from kpdata.extract.textcache import per_text

__all__ = ["RoleMatch", "contact_cue", "find_roles", "find_roles_in", "role_code"]


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """A role word at ``text[start:end]`` and its code."""

    code: str
    start: int
    end: int
    after_only: bool = False


@dataclass(frozen=True, slots=True)
class _Entry:
    code: str
    after_only: bool
    rx: re.Pattern[str]


@cache
def _table() -> tuple[dict[str, list[_Entry]], re.Pattern[str]]:
    """Role entries indexed by the first three letters of their stem, in file order; the cue pattern."""
    data = rule_file("roles")
    index: dict[str, list[_Entry]] = {}
    for key, after_only in (("roles", False), ("after_only", True)):
        for row in data.get(key) or []:
            endings = f"(?:{row['endings']})" if row.get("endings") else ""
            optional = "?" if endings and row.get("bare", True) else ""
            rx = re.compile(f"{row['stem']}{endings}{optional}{row.get('then', '')}(?![\\w@]|\\.\\w)")
            index.setdefault(row["stem"][:3], []).append(_Entry(row["code"], after_only, rx))
    return index, re.compile(rf"(?<![\w])(?:{data['contact_cues']})(?![\w])")


@per_text
def find_roles(text: str) -> list[RoleMatch]:
    """Role words in ``text`` in order; at one place the entry listed first in the rule file wins."""
    return find_roles_in(text, [(0, len(text))])


def find_roles_in(text: str, windows: list[tuple[int, int]]) -> list[RoleMatch]:
    """Role words that start inside the given stretches of ``text`` (merged where they overlap)."""
    out: list[RoleMatch] = []
    folded = folded_text(text)
    for lo, hi in merged_windows((max(0, lo), min(len(text), hi)) for lo, hi in windows):
        _scan(folded, lo, hi, out)
    return out


@cache
def _word_starts() -> re.Pattern[str]:
    """The first three letters of a word that begin some role stem (one fast scan, not every word).
    The look-behind stays in the pattern: the keys start with most letters, so the engine tries nearly
    every position anyway, and it rejects a position inside a word faster than a :class:`Scanner` (which
    checks each match's preceding character in Python)."""
    keys = sorted((key for key in _table()[0] if re.fullmatch("[a-z]{3}", key)), key=lambda k: (-len(k), k))
    return re.compile(rf"(?<!\w)(?:{'|'.join(keys) or '(?!)'})")


def _scan(folded: str, lo: int, hi: int, out: list[RoleMatch]) -> None:
    index = _table()[0]
    last_end = out[-1].end if out else 0
    for word in _word_starts().finditer(folded, lo, hi):
        pos = word.start()
        if pos < last_end or (pos and folded[pos - 1] in "@."):
            continue
        for entry in index.get(word.group(), ()):
            m = entry.rx.match(folded, pos)
            if m:
                out.append(RoleMatch(entry.code, pos, m.end(), entry.after_only))
                last_end = m.end()
                break


def role_code(role: str) -> str | None:
    """The code of the first role word in ``role``, or None when it names no known role."""
    found = [r for r in find_roles(role) if not r.after_only]
    return found[0].code if found else None


def contact_cue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a contact cue ("kontaktní osoba", "obracejte se na")."""
    return bool(_table()[1].search(fold(text[start:end])))

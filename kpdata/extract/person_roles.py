"""Which role word belongs to which named person.

A role belongs to a person when it stands right before the name in the same clause ("uvedla
místostarostka Simona Hlaváčová", "koordinátorku komunitního plánování Janu Tůmovou", "Kontaktní
osoba: Jana Nová"), or right after it: on the same line (", vedoucí odboru", " Koordinátorka") or at
the start of one of the next two short lines (a signature block: name, then its function).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kpdata.extract.people import Person, find_people
from kpdata.extract.roles import RoleMatch, find_roles

__all__ = ["PersonRole", "people_roles"]

_ROLE_REACH = 90
_MAX_BETWEEN_WORDS = 6
_BETWEEN_BAD = re.compile(r"[,;!?()\"]|\.\s|\s(?:že|který|která|které|kteří|aby|když|ale)\s", re.I)
_BETWEEN_END_BAD = re.compile(r"(?:^|\s)(?:a|i|nebo|s|se|z|ze|od|pro|k|ke)\s*\Z", re.I)
_SAME_LINE_LEAD = re.compile(r"[ ,\-|\t(]*(?:[^\W\d_]+[ ]+)?\Z")
_HEADING_ROLE = re.compile(r"[ \t]*\n[ \t]*\Z")
_LINE_LEAD = re.compile(r"[ \t,\-]*(?:[^\W\d_]+[ \t]+){0,3}\Z")
_SHORT_LINE_WORDS = 5


@dataclass(frozen=True, slots=True)
class PersonRole:
    """A person, the role word that belongs to them (if any) and where their own lines end."""

    person: Person
    role: RoleMatch | None
    zone_end: int


def _role_before(text: str, person: Person, roles: list[RoleMatch], floor: int) -> RoleMatch | None:
    before = [r for r in roles if r.end <= person.start and not r.after_only]
    if not before:
        return None
    role = before[-1]
    if role.start < max(floor, person.start - _ROLE_REACH):
        return None
    between = text[role.end : person.start]
    if _BETWEEN_BAD.search(between) or _BETWEEN_END_BAD.search(between):
        return None
    if len(between.split()) > _MAX_BETWEEN_WORDS:
        return None
    if "\n" in between and not _heading_above(text, role, between):
        return None
    return role


def _heading_above(text: str, role: RoleMatch, between: str) -> bool:
    """The role is a label line right above the name: "Koordinátorka:" or a short role line."""
    first, *rest = between.split("\n")
    if len(rest) > 1 and any(line.strip() for line in rest[:-1]):
        return False
    if first.rstrip().endswith(":"):
        return True
    line_start = text.rfind("\n", 0, role.start) + 1
    return len(text[line_start : role.end].split()) <= 2 and len(first.split()) <= 4


def _after_ok(gap: str) -> bool:
    if "\n" not in gap:
        return bool(_SAME_LINE_LEAD.match(gap))
    lines = gap.split("\n")
    if len(lines) > 3 or len(lines[0].split()) > 2:
        return False
    if any(len(mid.split()) > _SHORT_LINE_WORDS for mid in lines[1:-1]):
        return False
    return bool(_LINE_LEAD.match(lines[-1]))


def _role_after(text: str, person: Person, roles: list[RoleMatch], ceiling: int) -> RoleMatch | None:
    after = next((r for r in roles if r.start >= person.end), None)
    if after is None or after.start >= ceiling:
        return None
    return after if _after_ok(text[person.end : after.start]) else None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def people_roles(text: str, *, roles: list[RoleMatch] | None = None) -> list[PersonRole]:
    """Every person in (normalised) ``text`` with the role word that belongs to them."""
    people = find_people(text)
    roles = find_roles(text) if roles is None else roles
    out = []
    for i, person in enumerate(people):
        floor = people[i - 1].end if i else 0
        ceiling = people[i + 1].start if i + 1 < len(people) else len(text)
        after = _role_after(text, person, roles, ceiling)
        role = _role_before(text, person, roles, floor) or after
        zone_end = _line_end(text, after.end if after else person.end)
        out.append(PersonRole(person, role, zone_end))
    return out

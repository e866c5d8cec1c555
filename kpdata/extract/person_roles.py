"""Which role word belongs to which named person.

A role belongs to a person when it stands right before the name in the same clause ("uvedla
místostarostka Petra Lhotská", "koordinátorku komunitního plánování Evu Vránovou", "Kontaktní
osoba: Jana Nová"), or right after it: on the same line (", vedoucí odboru", " Koordinátorka") or at
the start of one of the next two short lines (a signature block: name, then its function).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from kpdata.extract.document import WRAPPED_LINE
from kpdata.extract.emails import find_emails
from kpdata.extract.people import Person, find_people
from kpdata.extract.phones import find_phones
from kpdata.extract.roles import RoleMatch, find_roles_in
from kpdata.extract.textcache import per_text

__all__ = ["PersonRole", "page_roles", "people_roles"]

_ROLE_REACH = 90
_MAX_BETWEEN_WORDS = 6
_BETWEEN_BAD = re.compile(r"[,;!?()\"]|\.\s|\s(?:že|který|která|které|kteří|aby|když|ale)\s", re.I)
_BETWEEN_END_BAD = re.compile(r"(?:^|\s)(?:a|i|nebo|s|se|z|ze|od|pro|k|ke)\s*\Z", re.I)
_SAME_LINE_LEAD = re.compile(r"[ ,\-|\t(]*(?:[^\W\d_]+[ ]+)?\Z")
# what may open the line of a role after a name: a few words, or a label ("Funkce: koordinátorka")
_LINE_LEAD = re.compile(r"[ \t,\-]*(?:[^\W\d_]+[ \t]*:[ \t]*|(?:[^\W\d_]+[ \t]+){0,3})\Z")
_SHORT_LINE_WORDS = 5
_LINE_REACH = 300
_AFTER_REACH = 420
_DETAIL_ROLE_REACH = 160


@dataclass(frozen=True, slots=True)
class _Roles:
    """Role matches in text order with their starts and ends, for bisection."""

    items: list[RoleMatch]
    starts: list[int]
    ends: list[int]


@dataclass(frozen=True, slots=True)
class PersonRole:
    """A person, the role word that belongs to them (if any) and where their own lines end."""

    person: Person
    role: RoleMatch | None
    zone_end: int


def _role_before(text: str, person: Person, roles: _Roles, floor: int) -> RoleMatch | None:
    i = bisect_right(roles.ends, person.start) - 1
    while i >= 0 and roles.items[i].after_only:
        i -= 1
    if i < 0:
        return None
    role = roles.items[i]
    if role.start < max(floor, person.start - _ROLE_REACH):
        return None
    between = text[role.end : person.start]
    if _BETWEEN_BAD.search(between) or _BETWEEN_END_BAD.search(between):
        return None
    if len(between.split()) > _MAX_BETWEEN_WORDS:
        return None
    if "\n" in between and not (_heading_above(text, role, between) or _wrapped(text, role, between)):
        return None
    return role


def _wrapped(text: str, role: RoleMatch, between: str) -> bool:
    """The line break between role and name is a hard wrap of prose (a PDF line): one break, after a
    long line that does not end a sentence, before a line that goes on with a word (as sentences are
    split: kpdata.extract.document)."""
    if between.count("\n") != 1:
        return False
    after_break = (between.split("\n")[1] + text[role.end + len(between) :][:1]).lstrip()
    if not after_break[:1].isalpha():
        return False
    line_start = text.rfind("\n", 0, role.start) + 1
    line = text[line_start : role.end + between.index("\n")].rstrip()
    return len(line) >= WRAPPED_LINE and line[-1] not in ".!?:;"


def _heading_above(text: str, role: RoleMatch, between: str) -> bool:
    """The role is a label line right above the name: "Koordinátorka:" or a short role line."""
    first, *rest = between.split("\n")
    if len(rest) > 1 and any(line.strip() for line in rest[:-1]):
        return False
    if first.rstrip().endswith(":"):
        return True
    line_start = text.rfind("\n", max(0, role.start - _ROLE_REACH), role.start) + 1
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


def _role_after(text: str, person: Person, roles: _Roles, ceiling: int) -> RoleMatch | None:
    i = bisect_left(roles.starts, person.end)
    after = roles.items[i] if i < len(roles.items) else None
    if after is None or after.start >= ceiling:
        return None
    return after if _after_ok(text[person.end : after.start]) else None


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos, pos + _LINE_REACH)
    return min(len(text), pos + _LINE_REACH) if end < 0 else end


@per_text
def page_roles(text: str) -> list[RoleMatch]:
    """Role words near the people, phones and e-mails of (normalised) ``text``: the only places
    where a role can belong to someone."""
    spans = [(p.start - _ROLE_REACH - 30, p.end + _AFTER_REACH) for p in find_people(text)]
    spans += [(d.start - _DETAIL_ROLE_REACH, d.end) for d in [*find_phones(text), *find_emails(text)]]
    return find_roles_in(text, spans)


@per_text
def people_roles(text: str) -> list[PersonRole]:
    """Every person in (normalised) ``text`` with the role word that belongs to them."""
    people = find_people(text)
    found = page_roles(text)
    index = _Roles(found, [r.start for r in found], [r.end for r in found])
    befores = [
        _role_before(text, person, index, people[i - 1].end if i else 0) for i, person in enumerate(people)
    ]
    out = []
    for i, person in enumerate(people):
        ceiling = people[i + 1].start if i + 1 < len(people) else len(text)
        after = _role_after(text, person, index, ceiling)
        if after is not None and i + 1 < len(people) and befores[i + 1] is after:
            after = None  # "koordinovala Jana Nová, metodikem byl Petr Malý": the next person's role
        role = befores[i] or after
        zone_end = _line_end(text, after.end if after else person.end)
        out.append(PersonRole(person, role, zone_end))
    return out

"""The coordination (steering) group of a KPSS process: whether the page names one, and its members.

"Koordinační skupina", "řídící/řídicí skupina", "řídící výbor" or a steering committee means it exists.
Members are the people listed right under a heading such as "Složení řídící skupiny" or "Členové
koordinační skupiny" (one per line, "Name, Organisation" allowed), or after its colon on the same line.
"""

from __future__ import annotations

import re

from kpdata.extract.model import CoordinationGroup
from kpdata.extract.people import find_people
from kpdata.extract.text import normalise

__all__ = ["extract_coordination_group"]

_EXISTS = re.compile(
    r"(?i)\b(?:koordinační\w*|řídící\w*|řídicí\w*)\s+(?:skupin\w*|výbor\w*|tým\w*)|\bsteering\s+(?:group|committee)"
)
_MEMBERS_HEAD = re.compile(
    r"(?im)^[^\n]{0,40}\b(?:složení|členové|členy|členky|člen|seznam\s+členů)\b[^\n]{0,40}?"
    r"(?:koordinační\w*|řídící\w*|řídicí\w*)\s+(?:skupin\w*|výbor\w*|tým\w*)[^\n]*$"
)
_MAX_LIST = 60


def _listed_members(text: str, head: re.Match[str]) -> list[tuple[str, int, int]]:
    inline = head.group().split(":", 1)
    if len(inline) == 2 and inline[1].strip():
        start = head.start() + len(inline[0]) + 1
        return [(p.name, start + p.start, start + p.end) for p in find_people(inline[1])]
    out = []
    pos = head.end()
    for line in re.finditer(r"\n([^\n]*)", text[pos:]):
        body = line.group(1)
        if not body.strip():
            continue
        lead = len(body) - len(body.lstrip(" \t•-*·"))
        people = [p for p in find_people(body[lead:]) if p.start == 0]
        if not people or len(out) >= _MAX_LIST:
            break
        start = pos + line.start(1) + lead
        out.append((people[0].name, start + people[0].start, start + people[0].end))
    return out


def extract_coordination_group(text: str) -> CoordinationGroup:
    """The coordination group ``text`` speaks of (``exists``) and the members it lists by name."""
    norm = normalise(text)
    found = _EXISTS.search(norm)
    group = CoordinationGroup(exists=bool(found))
    if not found:
        return group
    group.name = found.group()
    group.cite("exists", found.start(), found.end(), "coordination_group_named")
    for head in _MEMBERS_HEAD.finditer(norm):
        members = _listed_members(norm, head)
        for name, start, end in members:
            if name not in group.members:
                group.members.append(name)
                group.cite("members", start, end, "coordination_member_list")
        if members:
            break
    return group

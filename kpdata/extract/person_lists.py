"""Lists of people, one per line ("• Mgr. Jana Nová – Charita Lhota"), and the heading above each.

A list is a run of at least two lines (blank lines between allowed) that each begin with a person's
name, after an optional bullet. Its heading is the nearest non-blank line above. A list whose heading
speaks of a group's members or composition ("Členové koordinační skupiny", "Složení řídící skupiny",
"Pracovní skupina pro seniory", "Organizace zapojené do …") is a member list; its people are members,
not contacts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kpdata.extract.people import Person, find_people
from kpdata.extract.textcache import line_end, line_start, per_text

__all__ = ["PersonList", "line_members", "person_lists"]

_BULLET = re.compile(r"[ \t]*(?:[•\-*▪●◦·‣]|\d{1,2}[.)])?[ \t]*")
_MEMBER_HEADING = re.compile(r"(?i)skupin|člen|složení|zapojen|účastn|organizac|zástupc")
_CONTACT_HEADING = re.compile(r"(?i)kontakt")
_MIN_RUN = 2
_HEADING_LINES_UP = 6
_MAX_LINES_APART = 4
_MAX_TAIL = 160
_LINE_LEAD = re.compile(  # a bullet (a word processor's "o" too), a list number ("3.  Mgr. Jana Malá"),
    r"[ \t•*·\-]*(?:o[ \t]+)?(?:\d{1,2}[.)][ \t]*)?(?:(?:[^\W\d_]+[ \t]*){0,3}:[ \t]*)?"  # "label:"
)
_LIST_SEP = re.compile(r"[^\S\n]*(?:[,;]|[-(][^\n]{0,60}?[,;)]|,?[^\S\n]+a)[^\S\n]*|,[^\n]{0,80}?;[^\S\n]*")


@dataclass(frozen=True, slots=True)
class PersonList:
    """People listed one per line; ``heading`` is the line above the list (start, end)."""

    people: list[Person]
    heading_start: int
    heading_end: int
    members: bool


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    return line_start(text, pos), line_end(text, pos)


def _heading_above(text: str, first: int) -> tuple[int, int]:
    """The nearest non-blank line above the line starting at ``first`` (a few lines up at most)."""
    pos = first - 1
    for _ in range(_HEADING_LINES_UP):
        if pos <= 0:
            break
        start, end = _line_bounds(text, pos - 1 if text[pos] == "\n" else pos)
        if text[start:end].strip():
            return start, end
        pos = start - 1
    return 0, 0


def _starts_line(text: str, person: Person) -> bool:
    return bool(_BULLET.fullmatch(text, line_start(text, person.start, reach=20), person.start))


def _same_run(text: str, prev: Person, person: Person) -> bool:
    """``person`` is on one of the next lines after ``prev``, with only blank lines between."""
    lines = text[prev.end : person.start].split("\n")
    if not 2 <= len(lines) <= _MAX_LINES_APART or len(lines[0]) > _MAX_TAIL:
        return False
    return all(not line.strip() for line in lines[1:-1])


def _runs(text: str, people: list[Person]) -> list[list[Person]]:
    runs: list[list[Person]] = []
    for person in people:
        if not _starts_line(text, person):
            continue
        if runs and _same_run(text, runs[-1][-1], person):
            runs[-1].append(person)
        else:
            runs.append([person])
    return [r for r in runs if len(r) >= _MIN_RUN]


@per_text
def person_lists(text: str) -> list[PersonList]:
    """Lists of people in (normalised) ``text``, in order."""
    out = []
    for run in _runs(text, find_people(text)):
        h_start, h_end = _heading_above(text, line_start(text, run[0].start))
        heading = text[h_start:h_end]
        members = bool(_MEMBER_HEADING.search(heading)) and not _CONTACT_HEADING.search(heading)
        out.append(PersonList(run, h_start, h_end, members))
    return out


def line_members(line: str) -> list[tuple[str, int, int]]:
    """People a member-list line names: it starts with a person (after a bullet or a short "label:"),
    and further people follow after commas, semicolons or "a"."""
    lead = _LINE_LEAD.match(line)
    rest_at = lead.end() if lead else 0
    people = find_people(line[rest_at:])
    if not people or people[0].start > 0:
        return []
    out, prev_end = [], 0
    for p in people:
        if p.start > 0 and not _LIST_SEP.fullmatch(line[rest_at + prev_end : rest_at + p.start]):
            break
        out.append((p.name, rest_at + p.start, rest_at + p.end))
        prev_end = p.end
    return out

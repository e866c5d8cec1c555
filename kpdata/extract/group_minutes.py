"""The attendance of a working group's minutes: "Zápis z jednání pracovní skupiny Senioři" over
"Přítomni:" and "Omluveni:" lists (the title opens its line). The people present and excused are the group's members; guests
("Hosté:") are not. A list runs from its label to the next label line ("Hosté:", "Program:") or a blank
line after it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kpdata.extract.people import find_people
from kpdata.extract.text import occurrences
from kpdata.extract.textcache import folded, line_start

__all__ = ["Attendance", "attendance_lists"]

MINUTES_TITLE_REACH = 120  # "Zápis …" stands this close before the group it records
LIST_REACH = 1500  # the attendance follows the title within this many characters
_INDENT = 40
# (folded) "Přítomni:", "Přítomní členové PS (dle prezenční listiny):", "Omluveni:"
_NOTE = r"(?:[ \t]*\([^()\n]{0,60}\))?"  # "(dle prezenční listiny)", "(zápis)"
_MEMBERS_LABEL = re.compile(
    rf"[ \t]*(?:pritomn[iy](?:[ \t]+clenove(?:[ \t]+(?:ps|rs|(?:pracovni[ \t]+|ridici[ \t]+)?skupiny))?)?"
    rf"|omluven[iy]|nepritomn[iy]){_NOTE}[ \t]*:"
)
_ANY_LABEL = re.compile(rf"[ \t]*[^\W\d_][^\W\d_ ]*(?:[ \t][^\W\d_]+){{0,2}}{_NOTE}[ \t]*:")


class Attendance(NamedTuple):
    """People listed present or excused at ``text[start:end]``, in the minutes titled at ``title``."""

    title: int
    start: int
    end: int
    people: list[str]


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        yield pos, stop
        pos = stop + 1


def _list_end(text: str, low: str, start: int, limit: int) -> int:
    """Where a list opened by the label line at ``start`` ends: at the next label line (not another
    attendance label) or at a blank line."""
    first = True
    for row_start, line_end in _lines(text, start, limit):
        if not first:
            if not text[row_start:line_end].strip():
                return row_start
            if _ANY_LABEL.match(low, row_start) and not _MEMBERS_LABEL.match(low, row_start):
                return row_start
        first = False
    return limit


def _opens_line(text: str, pos: int) -> bool:
    """Only spaces (a few at most) stand between the line's start and ``pos``."""
    return not text[line_start(text, pos, reach=_INDENT) : pos].strip()


def attendance_lists(text: str) -> list[Attendance]:
    """The attendance lists of the minutes in (normalised) ``text``."""
    low = folded(text)
    out = []
    for title in occurrences(low, "zapis"):
        if not _opens_line(text, title):
            continue  # the minutes' own title opens its line ("• Zápis z jednání …" is a link to them)
        limit = min(len(text), title + LIST_REACH)
        covered = -1
        for row_start, _ in _lines(text, text.find("\n", title, limit) + 1 or limit, limit):
            label = _MEMBERS_LABEL.match(low, row_start) if row_start >= covered else None
            if not label:
                continue
            end = covered = _list_end(text, low, row_start, limit)
            people = [p.name for p in find_people(text[label.end() : end])]
            if people:
                out.append(Attendance(title, label.end(), end, people))
        if out and out[-1].title == title:
            break  # (a page holds one set of minutes, as a rule; the first title that has lists)
    return out

"""Approvals of plans by a council: "(schválen ZM dne 17. 6. 2009 usnesením č. 50/2009)",
"Zastupitelstvo ... schválilo dne 1. 12. 2016 ...", "Usnesením Zastupitelstva ... č. X ze dne D byl schválen".

An approval is read from one clause (a parenthesis, else the sentence) that has an adoption verb, an
approving body and nothing that makes it a non-approval (taking note, a recommendation, a steering group's
vote, a future approval). Which plan it adopts is decided by :mod:`kpdata.extract.plans`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from kpdata.extract.approval_tables import TableApproval, table_approvals
from kpdata.extract.dates import DateMatch, find_dates
from kpdata.extract.document import Document
from kpdata.extract.lexicon import rule_file
from kpdata.extract.text import Scanner

__all__ = ["Approval", "find_approvals"]


CLAUSE_REACH = 400  # an approval's date, body and resolution are read this close to its verb
NEAR_CHARS = 60  # a steering group this close to the verb, in its paragraph, is the one that voted
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_FORM_LINES_ABOVE = 4  # a resolution's body, number and session date stand this many lines above its verb
_ENUMERATOR = re.compile(r"[ \t]*(?:[IVX]{1,4}\.|\d{1,2}[.)]|[a-z]\))?[ \t]*")
_RESOLUTION_CELL = re.compile(r"(?:usn(?:esení)?\.?[ ]*)?(?:č\.[ ]*)?(?P<number>[\w]+(?:[/-][\w]+)+)")
_RELATIVE = re.compile(r",[ \t\n]*(?:ktery|ktera|ktere|kterou|jenz|jez)\b")


@dataclass(frozen=True, slots=True)
class Approval:
    """One adoption: the clause it was read from, the verb, body, date and resolution with their spans."""

    start: int
    end: int
    verb: tuple[int, int]
    body: str
    body_span: tuple[int, int]
    date: DateMatch | None
    resolution: str | None
    resolution_span: tuple[int, int] | None
    parenthetical: bool
    row: bool = False  # a row of a table of plans: it adopts the plan its row names


@dataclass(frozen=True)
class _Rules:
    verbs: Scanner
    negative: re.Pattern
    negative_near: re.Pattern
    bodies: tuple[tuple[str, re.Pattern], ...]
    resolution: re.Pattern


@cache
def _rules() -> _Rules:
    data = rule_file("approvals")
    return _Rules(
        verbs=Scanner(data["verbs"], not_after="word"),
        negative=re.compile("|".join(data["not_approval"])),
        negative_near=re.compile("|".join(data["not_approval_near"])),
        bodies=tuple((code, re.compile("|".join(pats))) for code, pats in data["bodies"].items()),
        resolution=re.compile(data["resolution"]),
    )


def _clause(doc: Document, pos: int) -> tuple[int, int, bool]:
    """The parenthesis around ``pos`` if it is inside one within its sentence, else the sentence
    (both at most CLAUSE_REACH characters either side of ``pos``)."""
    s_start, s_end = doc.sentence_at(pos)
    s_start, s_end = max(s_start, pos - CLAUSE_REACH), min(s_end, pos + CLAUSE_REACH)
    opening = doc.text.rfind("(", s_start, pos)
    if opening >= 0 and doc.text.rfind(")", opening, pos) < 0:
        closing = doc.text.find(")", pos, s_end)
        return opening, (closing + 1 if closing >= 0 else s_end), True
    return s_start, s_end, False


def _body(doc: Document, start: int, end: int, verb: int) -> tuple[str, tuple[int, int]] | None:
    best = None
    for code, pattern in _rules().bodies:
        for m in pattern.finditer(doc.text, start, end):
            distance = abs(m.start() - verb)
            if best is None or distance < best[0]:
                best = (distance, code, (m.start(), m.end()))
    return (best[1], best[2]) if best else None


# what a date that is no approval date follows: a state as of a day ("ke dni D"), a validity's bounds
# ("platnost skončila 31. 12. 2022", "platí do D", "od D")
_NOT_APPROVAL_DATE = re.compile(r"\b(?:k(?:e dni)?|do|od|skoncil\w{0,2}|ukoncen\w{0,2}|konci|plati)\s*\Z")


def _date(doc: Document, start: int, end: int, verb: int) -> DateMatch | None:
    """The dated day nearest the verb, not one that bounds a state or a validity."""
    dates = [
        d
        for d in find_dates(doc.text[start:end], folded=doc.folded[start:end])
        if d.year is not None
        and not _NOT_APPROVAL_DATE.search(doc.folded, max(0, start + d.start - 16), start + d.start)
    ]
    if not dates:
        return None
    dated = [d for d in dates if d.day is not None] or dates
    nearest = min(dated, key=lambda d: abs(start + d.start - verb))
    return DateMatch(start + nearest.start, start + nearest.end, nearest.year, nearest.month, nearest.day)


def _resolution(doc: Document, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    m = _rules().resolution.search(doc.folded, start, end)
    if not m:
        return None
    return doc.text[m.start(1) : m.end(1)], (m.start(1), m.end(1))


def _resolution_form(doc: Document, start: int, end: int, verb: int) -> tuple[int, int]:
    """A resolution's own layout: "Usnesení č. 214/2024\nZastupitelstvo města …\nI. schvaluje\nKomunitní
    plán …", the verb opening its line after an enumerator. Its clause takes in the lines above (the
    body, the number, the session's date) and the line below (what it adopts)."""
    reach = max(0, verb - CLAUSE_REACH)  # (all is read within the clause's reach: linear on any page)
    line = doc.text.rfind("\n", reach, verb) + 1
    if (line == 0 and reach > 0) or not _ENUMERATOR.fullmatch(doc.text, line, verb):
        return start, end
    above = line
    for _ in range(_FORM_LINES_ABOVE):
        if above <= reach:
            break
        above = doc.text.rfind("\n", reach, above - 1) + 1 or reach
    below = doc.text.find("\n", verb, verb + CLAUSE_REACH)
    below = doc.text.find("\n", below + 1, verb + CLAUSE_REACH) if below >= 0 else -1
    return max(min(start, above), reach), max(
        end, min(len(doc.text), verb + CLAUSE_REACH) if below < 0 else below
    )


def _own_clause(doc: Document, start: int, end: int, verb: int) -> tuple[int, int] | None:
    """The clause without a relative clause after the verb that takes note, recommends, … ("schvaluje
    plán ve znění předloženém Radou, která jej doporučila ke schválení …": the council recommended, and
    its date and resolution are not the approval's); None when the clause itself does."""
    negative = _rules().negative
    relative = _RELATIVE.search(doc.folded, verb, end)
    if relative and negative.search(doc.folded, relative.start(), end):
        end = relative.start()
    if negative.search(doc.folded, start, end):
        return None
    for near in _rules().negative_near.finditer(
        doc.folded, max(start, verb - NEAR_CHARS), min(end, verb + NEAR_CHARS)
    ):
        lo, hi = sorted((near.start(), verb))
        if not _PARAGRAPH_BREAK.search(doc.folded, lo, hi):
            return None
    return start, end


def _approval_at(doc: Document, verb: re.Match) -> Approval | None:
    start, end, parenthetical = _clause(doc, verb.start())
    own = _own_clause(doc, start, end, verb.start())
    if own is None:
        return None
    start, end = own
    body = _body(doc, start, end, verb.start())
    if body is None and not parenthetical:
        own = _own_clause(doc, *_resolution_form(doc, start, end, verb.start()), verb.start())
        if own is None:
            return None
        start, end = own
        body = _body(doc, start, end, verb.start())
    if body is None:
        return None
    resolution = _resolution(doc, start, end)
    return Approval(
        start=start,
        end=end,
        verb=(verb.start(), verb.end()),
        body=body[0],
        body_span=body[1],
        date=_date(doc, start, end, verb.start()),
        resolution=resolution[0] if resolution else None,
        resolution_span=resolution[1] if resolution else None,
        parenthetical=parenthetical,
    )


def _body_in(doc: Document) -> Callable[[int, int], tuple[str, tuple[int, int]] | None]:
    return lambda start, end: _body(doc, start, end, start)


def _from_row(doc: Document, row: TableApproval) -> Approval:
    """The approval a row of a table of plans states (its date and resolution cells, when it has them)."""
    date = _date(doc, *row.date, row.date[0]) if row.date else None
    number = _RESOLUTION_CELL.fullmatch(doc.text, *row.resolution) if row.resolution else None
    resolution = (number["number"], number.span("number")) if number else None
    if resolution is None:  # "usnesením č. 14/2024" written out in the resolution's or approver's cell
        resolution = next(
            (r for span in (row.resolution, row.verb) if span and (r := _resolution(doc, *span))), None
        )
    return Approval(
        start=row.start,
        end=row.end,
        verb=row.verb,
        body=row.body[0],
        body_span=row.body[1],
        date=date,
        resolution=resolution[0] if resolution else None,
        resolution_span=resolution[1] if resolution else None,
        parenthetical=False,
        row=True,
    )


def find_approvals(doc: Document) -> list[Approval]:
    """Every clause of the page that reports an adoption by a council, and every row of a table of plans
    that says who approved it, in order; one per clause."""
    rows = table_approvals(doc, doc.raw, _body_in(doc))
    tables = sorted({r.header for r in rows} | {(r.start, r.end) for r in rows})  # (lines: apart)
    starts = [s for s, _ in tables]
    out: list[Approval] = []
    for verb in _rules().verbs.finditer(doc.folded):
        if out and out[-1].start <= verb.start() < out[-1].end:
            continue
        i = bisect_right(starts, verb.start()) - 1
        if i >= 0 and verb.start() < tables[i][1]:
            continue  # a table's "Schválil" column, or its rows: read by table_approvals
        approval = _approval_at(doc, verb)
        if approval is not None:
            out.append(approval)
    return sorted(out + [_from_row(doc, r) for r in rows], key=lambda a: a.start)

"""Approvals of plans by a council: "(schválen ZM dne 17. 6. 2009 usnesením č. 50/2009)",
"Zastupitelstvo ... schválilo dne 1. 12. 2016 ...", "Usnesením Zastupitelstva ... č. X ze dne D byl schválen".

An approval is read from one clause (a parenthesis, else the sentence) that has an adoption verb, an
approving body and nothing that makes it a non-approval (taking note, a recommendation, a steering group's
vote, a future approval). Which plan it adopts is decided by :mod:`kpdata.extract.plans`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kpdata.extract.dates import DateMatch, find_dates
from kpdata.extract.document import Document
from kpdata.extract.lexicon import rule_file
from kpdata.extract.text import Scanner

__all__ = ["Approval", "find_approvals"]


CLAUSE_REACH = 400  # an approval's date, body and resolution are read this close to its verb


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


@dataclass(frozen=True)
class _Rules:
    verbs: Scanner
    negative: re.Pattern
    bodies: tuple[tuple[str, re.Pattern], ...]
    resolution: re.Pattern


@cache
def _rules() -> _Rules:
    data = rule_file("approvals")
    return _Rules(
        verbs=Scanner(data["verbs"], not_after="word"),
        negative=re.compile("|".join(data["not_approval"])),
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


def _date(doc: Document, start: int, end: int, verb: int) -> DateMatch | None:
    """The dated day nearest the verb; "ke dni D" (a state as of a day) is not the approval date."""
    dates = [
        d
        for d in find_dates(doc.text[start:end], folded=doc.folded[start:end])
        if d.year is not None
        and not re.search(r"\bk(?:e dni)?\s*$", doc.folded[max(0, start + d.start - 8) : start + d.start])
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


def _approval_at(doc: Document, verb: re.Match) -> Approval | None:
    start, end, parenthetical = _clause(doc, verb.start())
    if _rules().negative.search(doc.folded, start, end):
        return None
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


def find_approvals(doc: Document) -> list[Approval]:
    """Every clause of the page that reports an adoption by a council, in order; one per clause."""
    out: list[Approval] = []
    for verb in _rules().verbs.finditer(doc.folded):
        if out and out[-1].start <= verb.start() < out[-1].end:
            continue
        approval = _approval_at(doc, verb)
        if approval is not None:
            out.append(approval)
    return out

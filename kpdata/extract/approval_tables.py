"""Approvals given in a table of plans: a header row with an approver's column ("Schválil", "Schváleno")
and perhaps a date's and a resolution's ("Datum", "Usnesení"), one plan a row below it:

    Dokument | Období | Schválil | Datum | Usnesení | Stav
    Komunitní plán … | 2025 - 2028 | Zastupitelstvo města … | 11. 12. 2024 | 14/2024/ZM | aktuální

Rows are cells between bars or tabs (as the HTML entry point and text dumps of tables write them), or
cells a column gap apart (PDF text keeps a table's layout: a cell belongs to the header's column it starts
under, and a line whose first column is empty goes on with the row above; the approver's cell may hold the
date and the resolution too, "ZM 18. 12. 2006," over "usn. č. 412/06"). Each row whose approver's cell
names a council is an approval of the plan its row names (:class:`~kpdata.extract.approvals.Approval`
with ``row`` set: it adopts a plan of its own row only).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from kpdata.extract.document import Document
from kpdata.extract.group_tables import gap_cells, split_cells
from kpdata.extract.text import occurrences

__all__ = ["TableApproval", "table_approvals"]

_APPROVER = re.compile(r"schval\w*(?: \w+)?|prijal\w*")
_DATE = re.compile(r"(?:datum|dne)\w*(?: \w+)?")
_RESOLUTION = re.compile(r"(?:c\. )?usneseni\w*|usn\.")
_MAX_ROW = 1000
_ALIGN_SLACK = 2  # a gap table's cell may start this many characters left of its header's column


class TableApproval(NamedTuple):
    """A row's approver cell (``verb``), its body, and the date and resolution cells."""

    start: int
    end: int
    verb: tuple[int, int]
    body: tuple[str, tuple[int, int]]  # the approving body's code and span
    date: tuple[int, int] | None
    resolution: tuple[int, int] | None
    header: tuple[int, int]  # the table's header line


def _cells(text: str, layout: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    return [(cell.start, cell.end) for cell in split_cells(text, start, end, sep, layout)]


def _column(folded: str, cells: list[tuple[int, int]], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, (s, e) in enumerate(cells) if pattern.fullmatch(folded[s:e])), None)


def table_approvals(
    doc: Document, layout: str, is_body: Callable[[int, int], tuple[str, tuple[int, int]] | None]
) -> list[TableApproval]:
    """The approvals of the plan tables of ``doc``; ``layout`` is the text as written (tabs kept),
    ``is_body(start, end)`` the code and span of an approving body named in ``text[start:end]`` (or None)."""
    out: list[TableApproval] = []
    done = -1
    for at in occurrences(doc.folded, "schval"):
        if at < done:
            continue
        start = doc.text.rfind("\n", 0, at) + 1
        end = doc.text.find("\n", at)
        end = len(doc.text) if end < 0 else end
        done = end
        if end - start > _MAX_ROW:
            continue
        sep = "|" if "|" in doc.text[start:end] else "\t" if "\t" in layout[start:end] else None
        if sep is None:
            if "  " in doc.text[start:end]:
                out += _gap_table(doc, layout, is_body, start, end)
                done = max(done, out[-1].end if out else done)
            continue
        header = _cells(doc.text, layout, start, end, sep)
        approver = _column(doc.folded, header, _APPROVER)
        if approver is None:
            continue
        date_col = _column(doc.folded, header, _DATE)
        resolution_col = _column(doc.folded, header, _RESOLUTION)
        while done + 1 < len(doc.text):
            row_start = done + 1
            row_end = doc.text.find("\n", row_start)
            row_end = len(doc.text) if row_end < 0 else row_end
            if row_end - row_start > _MAX_ROW or layout.find(sep, row_start, row_end) < 0:
                break
            done = row_end
            cells = _cells(doc.text, layout, row_start, row_end, sep)
            if approver >= len(cells):
                continue
            body = is_body(*cells[approver])
            if body is None:
                continue
            date = cells[date_col] if date_col is not None and date_col < len(cells) else None
            res = (
                cells[resolution_col] if resolution_col is not None and resolution_col < len(cells) else None
            )
            out.append(TableApproval(row_start, row_end, cells[approver], body, date, res, (start, end)))
    return out


def _gap_table(
    doc: Document,
    layout: str,
    is_body: Callable[[int, int], tuple[str, tuple[int, int]] | None],
    start: int,
    end: int,
) -> list[TableApproval]:
    """The approvals of a table whose cells stand a column gap apart, its header at ``text[start:end]``."""
    header = [(c.start, c.end) for c in gap_cells(doc.text, start, end, layout)]
    approver = _column(doc.folded, header, _APPROVER)
    if approver is None or len(header) < 3:
        return []
    columns = [s - start for s, _ in header]
    date_col = _column(doc.folded, header, _DATE)
    resolution_col = _column(doc.folded, header, _RESOLUTION)
    out = []
    for row_start, row_end, cells in _gap_rows(doc, layout, end, columns):
        if not cells[approver]:
            continue
        verb = cells[approver][0]
        body = is_body(*verb)
        if body is None:
            continue
        date = cells[date_col][0] if date_col is not None and cells[date_col] else verb
        if resolution_col is not None:
            res = cells[resolution_col][0] if cells[resolution_col] else None
        else:  # (the approver's cell goes on with it: "ZM 18. 12. 2006," over "usn. č. 412/06")
            res = cells[approver][-1]
        out.append(TableApproval(row_start, row_end, verb, body, date, res, (start, end)))
    return out


def _gap_rows(doc: Document, layout: str, pos: int, columns: list[int]):
    """(start, end, the cells of each column) of each row below a gap table's header ending at ``pos``: a
    line of two cells or more opens a row, a line whose first column is empty goes on with it, and the
    table ends at any other line (a blank one, a note under the table)."""
    row: tuple[int, int, list[list[tuple[int, int]]]] | None = None
    while pos + 1 < len(doc.text):
        line_start = pos + 1
        line_end = doc.text.find("\n", line_start)
        line_end = len(doc.text) if line_end < 0 else line_end
        if line_end - line_start > _MAX_ROW:
            break
        cells = gap_cells(doc.text, line_start, line_end, layout)
        placed: list[list[tuple[int, int]]] = [[] for _ in columns]
        for cell in cells:
            at = cell.start - line_start + _ALIGN_SLACK
            placed[max((i for i, column in enumerate(columns) if column <= at), default=0)].append(
                (cell.start, cell.end)
            )
        if len(cells) >= 2 and placed[0]:
            if row is not None:
                yield row
            row = (line_start, line_end, placed)
        elif cells and not placed[0] and row is not None:
            row = (row[0], line_end, [above + here for above, here in zip(row[2], placed, strict=True)])
        else:
            break
        pos = line_end
    if row is not None:
        yield row

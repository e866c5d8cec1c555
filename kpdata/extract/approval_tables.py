"""Approvals given in a table of plans: a header row with an approver's column ("Schválil", "Schváleno")
and perhaps a date's and a resolution's ("Datum", "Usnesení"), one plan a row below it:

    Dokument | Období | Schválil | Datum | Usnesení | Stav
    Komunitní plán … | 2025 - 2028 | Zastupitelstvo města … | 11. 12. 2024 | 14/2024/ZM | aktuální

Rows are cells between bars or tabs (as the HTML entry point and text dumps of tables write them). Each
row whose approver's cell names a council is an approval of the plan its row names
(:class:`~kpdata.extract.approvals.Approval` with ``row`` set: it adopts a plan of its own row only).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from kpdata.extract.document import Document
from kpdata.extract.group_tables import split_cells
from kpdata.extract.text import occurrences

__all__ = ["TableApproval", "table_approvals"]

_APPROVER = re.compile(r"schval\w*(?: \w+)?|prijal\w*")
_DATE = re.compile(r"(?:datum|dne)\w*(?: \w+)?")
_RESOLUTION = re.compile(r"(?:c\. )?usneseni\w*|usn\.")
_MAX_ROW = 1000


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
        sep = "|" if "|" in doc.text[start:end] else "\t" if "\t" in layout[start:end] else None
        if sep is None or end - start > _MAX_ROW:
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

"""Working groups given as a table: a header row with a "Pracovní skupina" column (and perhaps a leader's
column: "Vedoucí", "Manažer", "Garant" …), one group per row below it.

Tables are rows of cells between vertical bars, as the HTML entry point writes them ("| Senioři | Mgr.
Jana Nová |"; the outer bars may be missing, so a line with one bar is a row of two cells); a separator
row ("|---|---|") may follow the header. The table ends at the first line that is not a row.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kpdata.extract.people import find_people
from kpdata.extract.text import fold, occurrences
from kpdata.extract.textcache import folded

__all__ = ["TableGroup", "table_groups"]

_GROUP_HEADER = re.compile(r"(?:nazev )?(?:pracovni )?skupin[ay]?(?: kpss?)?")
_LEADER_HEADER = re.compile(r"(?:vedouci|manazer|garant|koordinator|predsed)\w*(?: skupiny)?")
_SEPARATOR = re.compile(r"[\s:|-]*")
_MAX_WORDS = 14
_MAX_ROW = 2000  # characters: a longer line is prose or a dump, not a table row


class TableGroup(NamedTuple):
    """A group named in a table cell at ``text[start:end]``, with the people of its leader's cell."""

    name: str
    start: int
    end: int
    leaders: list[str]


class _Cell(NamedTuple):
    start: int
    end: int
    text: str


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    """The cells of the row ``text[start:end]`` (outer bars optional), stripped, with their offsets."""
    out = []
    pos = start
    while pos <= end:
        bar = text.find("|", pos, end)
        stop = end if bar < 0 else bar
        raw = text[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        out.append(_Cell(pos + lead, pos + lead + len(stripped), stripped))
        pos = stop + 1
    if out and not out[0].text:
        out.pop(0)  # before the opening bar
    if out and not out[-1].text and text[start:end].rstrip().endswith("|"):
        out.pop()  # after the closing bar
    return out


def _line(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the line starting at ``start`` when it is a row: it holds a bar, not too long."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return (start, end) if end - start <= _MAX_ROW and "|" in text[start:end] else None


def _column(header: list[_Cell], pattern: re.Pattern[str]) -> int | None:
    return next(
        (i for i, cell in enumerate(header) if pattern.fullmatch(" ".join(fold(cell.text).split()))), None
    )


def table_groups(text: str) -> list[TableGroup]:
    """Groups listed in the tables of (normalised) ``text`` whose header has a group column. Headers are
    looked for where the folded text says "skupin" (str.find), so text without such a table costs little."""
    out: list[TableGroup] = []
    done = 0
    for at in occurrences(folded(text), "skupin"):
        if at < done:
            continue
        header = _line(text, text.rfind("\n", 0, at) + 1)
        if header is None:
            continue
        done = header[1]
        cells = _cells(text, *header)
        group_col = _column(cells, _GROUP_HEADER)
        if group_col is None:
            continue
        leader_col = _column(cells, _LEADER_HEADER)
        while done < len(text) and (row := _line(text, done + 1)) is not None:
            done = row[1]
            found = _row_group(_cells(text, *row), group_col, leader_col)
            if found:
                out.append(found)
    return out


def _row_group(cells: list[_Cell], group_col: int, leader_col: int | None) -> TableGroup | None:
    if _SEPARATOR.fullmatch("".join(c.text for c in cells)) or len(cells) <= group_col:
        return None
    cell = cells[group_col]
    if not any(ch.isalpha() for ch in cell.text) or len(cell.text.split()) > _MAX_WORDS:
        return None
    leaders = []
    if leader_col is not None and leader_col < len(cells):
        leaders = [p.name for p in find_people(cells[leader_col].text)]
    return TableGroup(cell.text, cell.start, cell.end, leaders)

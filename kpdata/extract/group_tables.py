"""Working groups given as a table: a header row with a "Pracovní skupina" column (and perhaps a leader's
column: "Vedoucí", "Vedoucí PS", "Garant za KÚ" …, and a members' column: "Členové (výběr)"), one group
per row below it.

Tables come in three shapes. Rows of cells between vertical bars, as the HTML entry point writes them
("| Senioři | Mgr. Jana Nová |"; the outer bars may be missing, so a line with one bar is a row of two
cells; a separator row "|---|---|" may follow the header), and rows of cells between tabs: a cell is
the header's column of its order. And rows whose cells stand apart by a column gap (two or more
spaces), as PDF text keeps a table's layout: a cell belongs to the header's column it starts under. A cell's text may wrap onto the next row ("Osoby se zdravotním" over
"postižením"): a row whose group cell is empty or goes on in lower case continues the row above. The
table ends at a blank line or at the first line that is not a row.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kpdata.extract.people import find_people
from kpdata.extract.text import fold, occurrences
from kpdata.extract.textcache import folded

__all__ = ["TableGroup", "gap_cells", "joined_name", "split_cells", "table_groups"]

_GROUP_HEADER = re.compile(r"(?:nazev )?(?:pracovni )?skupin[ay]?(?: kpss?)?")
_LEADER_HEADER = re.compile(r"(?:vedouci|manazer|garant|koordinator|predsed)\w*(?: [\w.]+){0,3}")
_MEMBERS_HEADER = re.compile(r"(?:dalsi )?clen\w*(?: [\w.]+){0,2}")
_BRACKETED = re.compile(r"\([^)]*\)")  # "Členové (výběr)"
_SEPARATOR = re.compile(r"[\s:|-]*")
_GAP = re.compile(r"[ ]{2,}|\t")
_SEPARATORS = {"bar": "|", "tab": "\t"}
_SUMMARY_ROW = re.compile(r"(?:celkem|soucet|suma|total)\b")
_MAX_WORDS = 14
_MAX_ROW = 2000  # characters: a longer line is prose or a dump, not a table row
_ALIGN_SLACK = 2  # a cell may start this many characters left of its header's column


class TableGroup(NamedTuple):
    """A group named in a table cell at ``text[start:end]`` (its name joined across wrapped rows), with
    the people of its leader's and members' cells."""

    name: str
    start: int
    end: int
    people: list[str]
    pieces: list[tuple[int, int]]  # the spans of the name's wrapped pieces


def joined_name(text: str, pieces: list[tuple[int, int]]) -> str:
    """A name wrapped over the cells ``pieces`` of ``text``, read as one (spaces collapsed)."""
    return " ".join(_joined([text[start:end] for start, end in pieces]).split())


class _Cell(NamedTuple):
    start: int
    end: int
    text: str


class _Header(NamedTuple):
    kind: str  # how cells stand apart: "bar" ("|"), "tab", or "gap" (spaces: cells by their position)
    columns: list[int]  # where each column starts, from its line's start (gap tables)
    group: int
    people: list[int]  # the leader's and members' columns


def split_cells(text: str, start: int, end: int, sep: str, layout: str) -> list[_Cell]:
    """The cells of the row ``text[start:end]`` between the ``sep`` characters of ``layout`` (the text as
    written, of the same length), stripped, with their offsets; empty cells kept."""
    out = []
    pos = start
    while pos <= end:
        found = layout.find(sep, pos, end)
        stop = end if found < 0 else found
        raw = text[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        out.append(_Cell(pos + lead, pos + lead + len(stripped), stripped))
        pos = stop + 1
    return out


def _bar_cells(text: str, start: int, end: int) -> list[_Cell]:
    """The cells of the row ``text[start:end]`` (outer bars optional), stripped, with their offsets."""
    out = split_cells(text, start, end, "|", text)
    if out and not out[0].text:
        out.pop(0)  # before the opening bar
    if out and not out[-1].text and text[start:end].rstrip().endswith("|"):
        out.pop()  # after the closing bar
    return out


def gap_cells(text: str, start: int, end: int, layout: str) -> list[_Cell]:
    """The non-empty stretches of ``text[start:end]`` between the column gaps of ``layout`` (the page as
    written, of the same length: normalising turns a tab into a space)."""
    out, pos = [], start
    for m in [*_GAP.finditer(layout, start, end), None]:
        stop = end if m is None else m.start()
        raw = text[pos:stop]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Cell(pos + lead, pos + lead + len(stripped), stripped))
        if m is not None:
            pos = m.end()
    return out


def _line_at(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _column(header: list[_Cell], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, cell in enumerate(header) if pattern.fullmatch(_header_key(cell.text))), None)


def _header_key(cell: str) -> str:
    return " ".join(fold(_BRACKETED.sub(" ", cell)).split())


def _header(text: str, start: int, end: int, layout: str) -> _Header | None:
    """The table header on the line ``text[start:end]``, when one of its cells names the group column."""
    if end - start > _MAX_ROW:
        return None
    line = text[start:end].strip()
    if not ("|" in line or "  " in line or "\t" in layout[start:end]):
        return None  # (most lines that say "skupin" are prose: no cells to split)
    kind = "bar" if "|" in line else "tab" if "\t" in layout[start:end] else "gap"
    cells = _cells(text, start, end, kind, layout)
    if len(cells) < 2:
        return None
    group = _column(cells, _GROUP_HEADER)
    if group is None:
        return None
    people = [
        i for pattern in (_LEADER_HEADER, _MEMBERS_HEADER) if (i := _column(cells, pattern)) is not None
    ]
    return _Header(kind, [c.start - start for c in cells], group, people)


def _cells(text: str, start: int, end: int, kind: str, layout: str) -> list[_Cell]:
    if kind == "bar":
        return _bar_cells(text, start, end)
    if kind == "tab":
        return split_cells(text, start, end, "\t", layout)
    return gap_cells(text, start, end, layout)


def _row(text: str, start: int, end: int, header: _Header, layout: str) -> list[list[_Cell]] | None:
    """The cells of the row ``text[start:end]`` by the header's columns, or None when the line is no row."""
    if end - start > _MAX_ROW or not text[start:end].strip():
        return None
    columns: list[list[_Cell]] = [[] for _ in header.columns]
    if header.kind != "gap":  # cells by their order
        if (text if header.kind == "bar" else layout).find(_SEPARATORS[header.kind], start, end) < 0:
            return None
        for i, cell in enumerate(_cells(text, start, end, header.kind, layout)[: len(columns)]):
            if cell.text:
                columns[i].append(cell)
        return columns
    cells = gap_cells(text, start, end, layout)
    if len(cells) == 1 and len(cells[0].text.split()) > _MAX_WORDS:
        return None  # a paragraph after the table
    for cell in cells:
        at = cell.start - start + _ALIGN_SLACK
        index = max((i for i, column in enumerate(header.columns) if column <= at), default=0)
        columns[index].append(cell)
    return columns


def _goes_on(columns: list[list[_Cell]], header: _Header, first: list[list[_Cell]] | None) -> bool:
    """A row that continues the group's first row: its group cell is empty, or opens in lower case while
    a cell the first row filled is empty ("postižením | |" under "Osoby se zdravotním | Bc. Eva Malá",
    but not "2. 3. | skupina Rodina | 9:00" under "1. 3. | PS Senioři | 9:00")."""
    if first is None:
        return False
    cells = columns[header.group]
    if not cells:
        return True
    return cells[0].text[:1].islower() and any(
        above and not here for above, here in zip(first, columns, strict=True)
    )


class _Rows:
    """The rows of one group: the group cell's pieces and the people cells' pieces."""

    def __init__(self) -> None:
        self.first: list[list[_Cell]] | None = None
        self.names: list[_Cell] = []
        self.people: list[str] = []

    def add(self, columns: list[list[_Cell]], header: _Header) -> None:
        self.first = self.first or columns
        self.names += columns[header.group]
        for i in header.people:
            self.people += [cell.text for cell in columns[i]]

    def group(self) -> TableGroup | None:
        if not self.names:
            return None
        pieces = [(c.start, c.end) for c in self.names]
        name = " ".join(_joined([c.text for c in self.names]).split())
        if (
            _SEPARATOR.fullmatch(name)
            or not any(ch.isalpha() for ch in name)
            or len(name.split()) > _MAX_WORDS
            or _SUMMARY_ROW.match(fold(name))
        ):
            return None
        people = [p.name for p in find_people(_joined(self.people))] if self.people else []
        return TableGroup(name, self.names[0].start, self.names[-1].end, people, pieces)


def _joined(pieces: list[str]) -> str:
    """Pieces of wrapped cells read as one text: a word broken by a hyphen is joined."""
    out = ""
    for piece in pieces:
        if out.endswith("-") and out[-2:-1].isalpha() and piece[:1].islower():
            out = out[:-1] + piece
        else:
            out = f"{out} {piece}" if out else piece
    return out


def table_groups(text: str, layout: str | None = None) -> list[TableGroup]:
    """Groups listed in the tables of (normalised) ``text`` whose header has a group column; ``layout`` is
    the text as written (its tabs part cells). Headers are looked for where the folded text says "skupin"
    (str.find), so text without such a table costs little."""
    layout = text if layout is None else layout
    out: list[TableGroup] = []
    done = 0
    for at in occurrences(folded(text), "skupin"):
        if at < done:
            continue
        start, end = _line_at(text, text.rfind("\n", 0, at) + 1)
        done = end  # (a line is tried once, however often it says "skupin")
        header = _header(text, start, end, layout)
        if header is None:
            continue
        current = _Rows()
        while done < len(text):
            row_start, row_end = _line_at(text, done + 1)
            columns = _row(text, row_start, row_end, header, layout)
            if columns is None:
                break
            done = row_end
            if not _goes_on(columns, header, current.first):
                out += [g for g in [current.group()] if g]
                current = _Rows()
            current.add(columns, header)
        out += [g for g in [current.group()] if g]
    return out

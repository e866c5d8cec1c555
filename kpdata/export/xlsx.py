"""XLSX for officials: one sheet per table, the header row frozen, filters on, and no text cell that a
spreadsheet could run as a formula.

Control characters that an XLSX file cannot hold become U+FFFD. A text value starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is stored as a string
cell with the quote prefix set (the value itself is unchanged), so Excel and LibreOffice show it as
text and do not evaluate it, even after the cell is edited.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

from kpdata.export.base import ExportContext
from kpdata.models.base import LIST_SEPARATOR, Record
from kpdata.models.tables import TABLES

__all__ = ["FORMULA_STARTS", "XlsxExporter", "cell_value", "is_risky", "write_workbook"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Sheet = tuple[list[str], list[list[object]]]
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XML 1.0 cannot hold


def is_risky(value: object) -> bool:
    """Whether a text value could be read as a formula by a spreadsheet."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def cell_value(value: object) -> object:
    """A record value as a spreadsheet cell: numbers, dates and booleans stay typed, lists are joined,
    a datetime with a time zone becomes ISO text."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.isoformat()  # spreadsheets have no time zones: keep the offset as text
    if value is None or isinstance(value, bool | int | float | date | datetime):
        return value
    text = LIST_SEPARATOR.join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    return _ILLEGAL.sub("\ufffd", text)


def _put(sheet, row: int, column: int, value: object) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if is_risky(value):
        cell.data_type = "s"
        cell.quotePrefix = True


def _fill(sheet, header: list[str], rows: list[list[object]]) -> None:
    for column, name in enumerate(header, start=1):
        _put(sheet, 1, column, name)
    for number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            _put(sheet, number, column, cell_value(value))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def write_workbook(sheets: dict[str, Sheet], path: Path) -> Path:
    """Write ``{sheet name: (header, rows)}`` to ``path`` (temp file + rename)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in sheets.items():
        _fill(book.create_sheet(title=name[:31]), header, rows)
    path = Path(path)
    temp = path.with_name(f".{path.name}.tmp")
    book.save(temp)
    os.replace(temp, path)
    return path


class XlsxExporter:
    """Every table of the records as a sheet of ``kpdata.xlsx`` (the exporter interface)."""

    name = "xlsx"
    file_name = "kpdata.xlsx"

    def __init__(self, out_dir: Path, context: ExportContext) -> None:
        self.out_dir, self.context = Path(out_dir), context
        self._rows: dict[str, list[list[object]]] = {name: [] for name in TABLES}

    def write(self, table: str, record: Record) -> None:
        self._rows[table].append([getattr(record, n) for n in type(record).field_names()])

    def finalize(self) -> list[Path]:
        sheets = {name: (TABLES[name].field_names(), rows) for name, rows in self._rows.items()}
        if not self.context.personal_data:
            sheets = {n: s for n, s in sheets.items() if not TABLES[n].has_personal_data()}
        self.out_dir.mkdir(parents=True, exist_ok=True)
        write_workbook(sheets, self.out_dir / self.file_name)
        return [Path(self.file_name)]

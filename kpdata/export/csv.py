"""One CSV per table (``data/<table>.csv``): UTF-8, header = the model's field names, ``""`` = null,
lists joined by ``|`` (:func:`kpdata.models.base.to_row`). Every table of the release gets a file, also
when it has no rows; a release without personal data has no people, memberships or contact points."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Any

from kpdata.export.base import ExportContext
from kpdata.models.base import Record, to_row
from kpdata.models.tables import PERSONAL_TABLES, TABLES

__all__ = ["DATA_DIR", "CsvExporter", "release_tables"]

DATA_DIR = "data"


def release_tables(context: ExportContext) -> list[str]:
    """The tables a release holds, in dependency order."""
    return [t for t in TABLES if context.personal_data or t not in PERSONAL_TABLES]


class CsvExporter:
    """Streams every record into its table's CSV file."""

    name = "csv"

    def __init__(self, out_dir: Path, context: ExportContext) -> None:
        self.out_dir = Path(out_dir)
        self.context = context
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}  # csv writers
        (self.out_dir / DATA_DIR).mkdir(parents=True, exist_ok=True)
        for table in release_tables(context):
            self._open(table)

    def _open(self, table: str) -> None:
        handle = (self.out_dir / DATA_DIR / f"{table}.csv").open("w", encoding="utf-8", newline="")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(TABLES[table].field_names())
        self._files[table], self._writers[table] = handle, writer

    def write(self, table: str, record: Record) -> None:
        if table in self._writers:
            self._writers[table].writerow(to_row(record).values())  # to_row keeps the column order

    def finalize(self) -> list[Path]:
        for handle in self._files.values():
            handle.close()
        return [Path(DATA_DIR) / f"{table}.csv" for table in self._files]

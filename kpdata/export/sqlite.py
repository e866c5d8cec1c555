"""SQLite export: one table per record table, typed columns, primary keys and foreign keys (declared on
the models), so a release opens in Datasette or any SQL tool. ``PRAGMA foreign_key_check`` is empty for
a valid release.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kpdata.export.base import ExportContext
from kpdata.models.base import LIST_SEPARATOR, Record, value_type
from kpdata.models.tables import TABLES

__all__ = ["SqliteExporter", "create_statement", "write_sqlite"]

_TYPES = {int: "INTEGER", float: "REAL", bool: "INTEGER", date: "TEXT", datetime: "TEXT", str: "TEXT"}


def _sql_type(model: type[Record], name: str) -> str:
    base = value_type(model.model_fields[name].annotation)
    return _TYPES.get(base, "TEXT")


def create_statement(model: type[Record]) -> str:
    """``CREATE TABLE`` for a model: typed columns, NOT NULL for required fields, keys."""
    lists = model.list_fields()  # a list of keys is one text cell: no SQL foreign key
    keys = {name: table for name, table in model.foreign_keys().items() if name not in lists}
    lines = []
    for name in model.field_names():
        line = f'"{name}" {_sql_type(model, name)}'
        if name == model.__table__.primary_key:
            line += " PRIMARY KEY NOT NULL"
        elif model.model_fields[name].is_required():
            line += " NOT NULL"
        if name in keys:
            line += f' REFERENCES "{keys[name]}"("id")'
        lines.append(line)
    return f'CREATE TABLE "{model.__table__.name}" (\n  ' + ",\n  ".join(lines) + "\n)"


def _value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value if value is None or isinstance(value, int | float) else str(value)


def write_sqlite(tables: dict[str, list[Record]], path: Path) -> Path:
    """Write the tables (in dependency order) to a new SQLite file at ``path`` (temp file + rename)."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.tmp")
    temp.unlink(missing_ok=True)
    with sqlite3.connect(temp) as db:
        db.execute("PRAGMA foreign_keys = ON")
        for name, records in tables.items():
            model = TABLES[name]
            db.execute(create_statement(model))
            fields = model.field_names()
            marks = ", ".join("?" for _ in fields)
            rows = ([_value(getattr(r, f)) for f in fields] for r in records)
            db.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    db.close()
    os.replace(temp, path)
    return path


class SqliteExporter:
    """The records as ``kpdata.sqlite`` (the exporter interface)."""

    name = "sqlite"
    file_name = "kpdata.sqlite"

    def __init__(self, out_dir: Path, context: ExportContext) -> None:
        self.out_dir, self.context = Path(out_dir), context
        self._records: dict[str, list[Record]] = {name: [] for name in TABLES}

    def write(self, table: str, record: Record) -> None:
        self._records[table].append(record)

    def finalize(self) -> list[Path]:
        tables = self._records
        if not self.context.personal_data:
            tables = {n: r for n, r in tables.items() if not TABLES[n].has_personal_data()}
        self.out_dir.mkdir(parents=True, exist_ok=True)
        write_sqlite(tables, self.out_dir / self.file_name)
        return [Path(self.file_name)]

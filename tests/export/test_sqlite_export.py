"""SQLite: typed tables with primary and foreign keys; the sample passes PRAGMA foreign_key_check."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from kpdata.export.base import ExportContext, export_all
from kpdata.export.sqlite import SqliteExporter
from kpdata.models.tables import TABLES

sys.path.insert(0, str(Path(__file__).parents[1] / "dataset"))
from kp_sample import sample_recordset


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sqlite")
    export_all(sample_recordset(), [SqliteExporter(folder, ExportContext(version="0.1.0"))])
    return folder / "kpdata.sqlite"


def test_every_table_with_its_rows(db_path):
    counts = sample_recordset().counts()
    with sqlite3.connect(db_path) as db:
        for table in TABLES:
            assert db.execute(f'select count(*) from "{table}"').fetchone() == (counts[table],)


def test_foreign_keys_are_declared_and_hold(db_path):
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, model in TABLES.items():
            declared = {(row[3], row[2]) for row in db.execute(f'PRAGMA foreign_key_list("{table}")')}
            scalar_keys = {(n, t) for n, t in model.foreign_keys().items() if n not in model.list_fields()}
            assert declared == scalar_keys, table


def test_primary_keys_and_types(db_path):
    with sqlite3.connect(db_path) as db:
        columns = {row[1]: row for row in db.execute('PRAGMA table_info("plans")')}
        assert (
            columns["id"][5] == 1
            and columns["period_start"][2] == "INTEGER"
            and columns["title"][2] == "TEXT"
        )
        assert db.execute("select period_end from plans where id = 'opava-plan-2022-2026'").fetchone() == (
            2026,
        )


def test_a_dangling_reference_is_refused(db_path):
    with sqlite3.connect(db_path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "insert into plans (id, process_id, provenance) values ('x-plan', 'nowhere', 'curated')"
            )

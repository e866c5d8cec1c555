"""CSV tables of a package: header = model fields, cells by to_row, every table present."""

from __future__ import annotations

import csv

from kpdata.export.base import ExportContext, export_all
from kpdata.export.csv import CsvExporter
from kpdata.models import Figure, Plan, RecordSet, from_row


def _records():
    return RecordSet(
        {
            "plans": [
                Plan(id="x-plan-2023-2026", process_id="x", period_start=2023, period_end=2026,
                     title="Plán, \"druhý\"\nřádek", provenance="curated", curation_reason="ručně"),
            ],
            "figures": [
                Figure(id="x-figure-other", process_id="x", metric="other", label="osob", value=12.5,
                       approximate=True, provenance="curated", curation_reason="ručně"),
            ],
        }
    )  # fmt: skip


def test_every_table_gets_a_file_with_the_model_header(tmp_path):
    written = export_all(_records(), [CsvExporter(tmp_path, ExportContext(version="1.0.0"))])
    assert len(written) == 14
    with (tmp_path / "data" / "services.csv").open(encoding="utf-8") as handle:
        assert next(csv.reader(handle))[:3] == ["id", "registry_id", "name"]


def test_rows_round_trip_through_from_row(tmp_path):
    records = _records()
    export_all(records, [CsvExporter(tmp_path, ExportContext(version="1.0.0"))])
    for table, model in (("plans", Plan), ("figures", Figure)):
        with (tmp_path / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [from_row(model, row) for row in rows] == records.table(table)


def test_without_personal_data_leaves_out_personal_tables(tmp_path):
    exporter = CsvExporter(tmp_path, ExportContext(version="1.0.0", personal_data=False))
    names = {p.stem for p in export_all(_records(), [exporter])}
    assert not names & {"people", "memberships", "contact_points"}
    assert "plans" in names

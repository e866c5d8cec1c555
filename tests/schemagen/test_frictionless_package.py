"""A tiny Data Package written with the generated schemas: `frictionless validate` passes it and names the
row and field of each broken cell; what Table Schema cannot say (the IČO checksum) the model path catches."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import frictionless
import pytest
from model_samples import sample_records

from kpdata.models import TABLES, RecordError, to_row, validate_record

PACKAGE_TABLES = ("territories", "sources", "processes", "plans", "organizations", "contact_points")


def _schema(table_schemas, table):
    """The generated schema, keeping only foreign keys to tables inside the tiny package."""
    schema = json.loads(json.dumps(table_schemas[table]))
    keys = [fk for fk in schema.pop("foreignKeys", []) if fk["reference"]["resource"] in PACKAGE_TABLES]
    return {**schema, "foreignKeys": keys} if keys else schema


def write_package(directory: Path, table_schemas, extra_rows: dict[str, list[dict]] | None = None) -> Path:
    records = sample_records()
    resources = []
    for table in PACKAGE_TABLES:
        rows = [to_row(r) for r in records[table]] + (extra_rows or {}).get(table, [])
        with (directory / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=TABLES[table].field_names())
            writer.writeheader()
            writer.writerows(rows)
        resources.append({"name": table, "path": f"{table}.csv", "schema": _schema(table_schemas, table)})
    descriptor = {"$schema": "https://datapackage.org/profiles/2.0/datapackage.json", "name": "kpdata-tiny"}
    path = directory / "datapackage.json"
    path.write_text(json.dumps({**descriptor, "resources": resources}, ensure_ascii=False), encoding="utf-8")
    return path


def _errors(report) -> list[tuple[str, str, int | None, str]]:
    return [
        (task.name, e.type, getattr(e, "row_number", None), e.message)
        for task in report.tasks
        for e in task.errors
    ]


def _row(table: str, **changes: str) -> dict[str, str]:
    return {**to_row(sample_records()[table][0]), **changes}


def test_valid_package_passes(tmp_path, table_schemas):
    report = frictionless.validate(write_package(tmp_path, table_schemas))
    assert report.valid, _errors(report)
    assert report.stats["tasks"] == len(PACKAGE_TABLES)


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [("plans", "process_id", "neexistuje"), ("processes", "source_ref", "chybejici-stranka")],
)
def test_broken_foreign_key_names_row_and_field(tmp_path, table_schemas, table, field, value):
    bad = _row(table, id="rozbity-odkaz", **{field: value})
    report = frictionless.validate(write_package(tmp_path, table_schemas, {table: [bad]}))
    ((task, kind, row, message),) = _errors(report)
    assert (task, kind, row) == (table, "foreign-key", 3)
    assert f'"{field}"' in message and value in message


def test_bad_phone_names_row_and_field(tmp_path, table_schemas):
    bad = _row("contact_points", id="spatny-telefon", phone="553 000 111")
    report = frictionless.validate(write_package(tmp_path, table_schemas, {"contact_points": [bad]}))
    ((table, kind, row, message),) = _errors(report)
    assert (table, kind, row) == ("contact_points", "constraint-error", 3)
    assert 'field "phone"' in message and "pattern" in message


def test_bad_date_names_row_and_field(tmp_path, table_schemas):
    bad = _row("plans", id="spatne-datum", approved_on="2022-13-45")
    report = frictionless.validate(write_package(tmp_path, table_schemas, {"plans": [bad]}))
    ((table, kind, row, message),) = _errors(report)
    assert (table, kind, row) == ("plans", "type-error", 3)
    assert 'field "approved_on"' in message


def test_malformed_ico_is_caught_by_the_schema(tmp_path, table_schemas):
    bad = _row("organizations", id="kratke-ico", ico="1234")
    report = frictionless.validate(write_package(tmp_path, table_schemas, {"organizations": [bad]}))
    ((table, kind, row, message),) = _errors(report)
    assert (table, kind, row) == ("organizations", "constraint-error", 3)
    assert 'field "ico"' in message


def test_ico_checksum_is_caught_by_the_model_path(tmp_path, table_schemas):
    """A well-formed IČO with a wrong check digit passes Table Schema but not validate_record."""
    bad = _row("organizations", id="spatne-ico", ico="00300536")
    write_package(tmp_path, table_schemas, {"organizations": [bad]})
    assert frictionless.validate(tmp_path / "datapackage.json").valid  # Table Schema cannot say mod 11

    with (tmp_path / "organizations.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    problems = []
    for line, row in enumerate(rows, start=2):
        data = {key: value for key, value in row.items() if value != ""}
        try:
            validate_record(TABLES["organizations"], data, where=f"organizations.csv row {line}")
        except RecordError as exc:
            problems.append(str(exc))
    assert len(problems) == 1
    assert problems[0].startswith("organizations.csv row 3: ico = '00300536': ")
    assert "rule 'ico-checksum'" in problems[0]


@pytest.mark.parametrize(
    ("table", "field", "value"), [("plans", "status", "platny"), ("processes", "level", "mesto")]
)
def test_codelist_values_outside_the_categories_are_caught_by_the_model(table, field, value):
    """frictionless 5 does not enforce v2 `categories`; the model path does."""
    data = {k: v for k, v in _row(table, **{field: value}).items() if v != ""}
    data.pop("territories_covered", None)
    with pytest.raises(RecordError, match=rf"{field} = '{value}': '{value}' is not in codelist"):
        validate_record(TABLES[table], data)

"""The HSDS tabular data package: valid with Frictionless, against our descriptor and the official one."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kpdata.export.base import ExportContext, export_all
from kpdata.export.hsds import HsdsExporter
from kpdata.export.hsds_tabular import TABULAR_TABLES
from kpdata.models import RecordSet
from kpdata.registry import import_registry, registry_records
from kpdata.territory.table import read_table, to_model

FIXTURE = Path(__file__).resolve().parents[1] / "registry" / "fixtures" / "rpss_fixture.json"
REFERENCE = Path(__file__).resolve().parents[2] / "datasets" / "reference" / "territories.csv"


@pytest.fixture(scope="module")
def tabular(tmp_path_factory):
    root = tmp_path_factory.mktemp("tab")
    import_registry(FIXTURE, out_dir=root / "registry" / "fixture")
    wanted = {"obec-505927", "obec-554499", "obec-555134", "kraj-3140", "kraj-3051", "kraj-3093"}
    territories = [to_model(row) for row in read_table(REFERENCE) if row.id in wanted]
    records = RecordSet({"territories": territories, **registry_records(root)})
    context = ExportContext(version="0.1.0", issued="2026-11-23", extra={"registry_dir": root / "registry"})
    export_all(records, [HsdsExporter(root / "out", context)])
    return root / "out" / "hsds" / "tabular"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_flattened_rows(tabular):
    counts = {table: len(read(tabular / path)) for table, (path, _) in TABULAR_TABLES.items()}
    assert counts["organization"] == 3 and counts["organization_identifier"] == 2  # one IČO was invalid
    assert counts["service"] == 4 and counts["address"] == 3 and counts["contact"] == 0
    locations = {row["id"] for row in read(tabular / "locations.csv")}
    assert {row["location_id"] for row in read(tabular / "addresses.csv")} <= locations


def test_valid_against_our_descriptor(tabular):
    from frictionless import Package

    report = Package(str(tabular / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_valid_against_the_official_hsds_package(tabular, shared):
    from frictionless import Package

    official = shared / "standards" / "openreferral-hsds-3.0" / "datapackage.json"
    if not official.is_file():
        pytest.skip(f"{official} is absent")
    descriptor = json.loads(official.read_text(encoding="utf-8"))
    ours = {table: path for table, (path, _) in TABULAR_TABLES.items()}
    resources = []
    for resource in descriptor["resources"]:
        if resource["name"] in ours:
            schema = dict(resource["schema"])
            schema["foreignKeys"] = [
                fk for fk in schema.get("foreignKeys", []) if fk["reference"]["resource"] in ours
            ]
            resources.append(resource | {"path": ours[resource["name"]], "schema": schema})
    assert len(resources) == len(ours)
    package = Package({"name": "hsds-check", "resources": resources}, basepath=str(tabular))
    report = package.validate()
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])


def test_our_descriptor_catches_a_broken_reference(tabular, tmp_path):
    import shutil

    from frictionless import Package

    copy = shutil.copytree(tabular, tmp_path / "copy")
    text = (copy / "service_at_location.csv").read_text(encoding="utf-8").splitlines()
    text.append("00000000-0000-5000-8000-000000000000,00000000-0000-5000-8000-000000000001,nowhere,")
    (copy / "service_at_location.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    assert not Package(str(copy / "datapackage.json")).validate().valid

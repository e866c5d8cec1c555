"""HSDS 3.0 export: valid against the official JSON Schemas, joined by ids, stable, and without people."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kpdata.export.base import ExportContext, export_all
from kpdata.export.hsds import HSDS_FILES, HsdsExporter
from kpdata.models import Person, RecordSet, Service
from kpdata.registry import import_registry, registry_records
from kpdata.territory.table import read_table, to_model

FIXTURE = Path(__file__).resolve().parents[1] / "registry" / "fixtures" / "rpss_fixture.json"
REFERENCE = Path(__file__).resolve().parents[2] / "datasets" / "reference" / "territories.csv"
SCHEMA_OF = {
    "organizations": "organization",
    "services": "service",
    "locations": "location",
    "service_at_locations": "service_at_location",
    "contacts": "contact",
    "phones": "phone",
}


@pytest.fixture(scope="module")
def territories():
    wanted = {"obec-505927", "obec-554499", "obec-555134", "kraj-3140", "kraj-3051", "kraj-3093"}
    return [to_model(row) for row in read_table(REFERENCE) if row.id in wanted]


@pytest.fixture(scope="module")
def exported(tmp_path_factory, territories):
    root = tmp_path_factory.mktemp("hsds")
    import_registry(FIXTURE, out_dir=root / "datasets" / "registry" / "fixture")
    found = registry_records(root / "datasets")
    records = RecordSet({"territories": territories, **found})
    records.add(Person(id="bedriska-zkouskova", given_name="Bedřiška", family_name="Zkoušková", provenance="curated",
                       curation_reason="test"))  # fmt: skip
    context = ExportContext(
        version="0.1.0", issued="2026-11-23", extra={"registry_dir": root / "datasets/registry"}
    )
    export_all(records, [HsdsExporter(root / "out", context)])
    out = root / "out" / "hsds"
    return out, {name: json.loads((out / f"{name}.json").read_text(encoding="utf-8")) for name in HSDS_FILES}


@pytest.fixture(scope="module")
def validators(shared):
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    folder = shared / "standards" / "openreferral-hsds-3.0" / "schema"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the HSDS JSON Schemas are needed to validate the export")
    base = "https://hsds.example/schema/"
    resources = {
        base + path.name: Resource.from_contents(
            json.loads(path.read_text()), default_specification=DRAFT202012
        )
        for path in folder.glob("*.json")
    }
    registry = Registry().with_resources(resources.items())
    return {
        name: Draft202012Validator(
            {"$ref": base + f"{schema}.json"}, registry=registry, format_checker=FormatChecker()
        )
        for name, schema in SCHEMA_OF.items()
    }


def test_every_object_is_valid(exported, validators):
    _, objects = exported
    for name, items in objects.items():
        for item in items:
            errors = [e.message for e in validators[name].iter_errors(item)]
            assert errors == [], f"{name} {item.get('id')}: {errors}"


def test_the_validator_rejects_a_bad_object(validators):
    errors = list(validators["services"].iter_errors({"id": "not-a-uuid", "name": "x", "status": "active"}))
    assert [e.message for e in errors] == ["'not-a-uuid' is not a 'uuid'"]
    assert list(validators["services"].iter_errors({"id": "x", "name": "x", "status": "running"}))


def test_counts_and_joins(exported):
    _, objects = exported
    assert [len(objects[n]) for n in ("organizations", "services", "locations", "phones")] == [3, 4, 4, 1]
    orgs = {o["id"] for o in objects["organizations"]}
    services = {s["id"]: s for s in objects["services"]}
    locations = {loc["id"]: loc for loc in objects["locations"]}
    assert all(s["organization_id"] in orgs for s in services.values())
    for link in objects["service_at_locations"]:
        assert link["service_id"] in services and link["location_id"] in locations
    assert {p["service_id"] for p in objects["phones"]} <= set(services)
    assert objects["contacts"] == []


def test_addresses_and_status(exported):
    _, objects = exported
    opava = [loc for loc in objects["locations"] if loc.get("external_identifier") == "99000001"]
    assert opava[0]["addresses"][0] | {"id": None, "location_id": None} == {
        "id": None,
        "location_id": None,
        "address_1": "Zkušební 101",
        "city": "Opava",
        "state_province": "Moravskoslezský kraj",
        "postal_code": "74601",
        "country": "CZ",
        "address_type": "physical",
    }
    status = {s["name"]: s["status"] for s in objects["services"]}
    assert status["Pečovatelská služba Zkušebov"] == "defunct"  # ended 2019-12-31
    assert status["Domov pro seniory Na Zkušební"] == "active"


def test_no_people_in_hsds(exported):
    out, _ = exported
    text = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    for name in ("Bedřiška", "Zkoušková", "Radoslava", "Kvapilíková", "Květoslav", "Hrachovec", "@"):
        assert name not in text


def test_territory_location_without_registry_side_tables(tmp_path, territories):
    service = Service(id="s-1", name="Služba", territory_id="obec-505927", provenance="registry",
                      valid_to=date(2030, 1, 1))  # fmt: skip
    records = RecordSet({"territories": territories, "services": [service]})
    exporter = HsdsExporter(tmp_path, ExportContext(version="0.1.0"))
    export_all(records, [exporter])
    objects = exporter.objects()
    assert [loc["name"] for loc in objects["locations"]] == ["Opava"]
    assert objects["locations"][0]["external_identifier"] == "505927"
    assert len(objects["service_at_locations"]) == 1


def test_same_records_same_bytes(exported, tmp_path, territories):
    out, _ = exported
    root = out.parents[1]
    records = RecordSet({"territories": territories, **registry_records(root / "datasets")})
    context = ExportContext(
        version="0.1.0", issued="2026-11-23", extra={"registry_dir": root / "datasets/registry"}
    )
    export_all(records, [HsdsExporter(tmp_path, context)])
    for name in HSDS_FILES:
        assert (tmp_path / "hsds" / f"{name}.json").read_bytes() == (out / f"{name}.json").read_bytes()


def test_the_committed_sample_exports_valid_hsds(tmp_path, validators):
    root = Path(__file__).resolve().parents[2] / "datasets"
    found = registry_records(root)
    ids = {s.territory_id for s in found["services"]} - {None}
    obce = [to_model(row) for row in read_table(REFERENCE) if row.id in ids or row.kind == "kraj"]
    records = RecordSet({"territories": obce, **found})
    exporter = HsdsExporter(
        tmp_path, ExportContext(version="0.1.0", extra={"registry_dir": root / "registry"})
    )
    export_all(records, [exporter])
    objects = exporter.objects()
    assert len(objects["services"]) == len(found["services"]) >= 41
    with_address = [loc for loc in objects["locations"] if loc.get("addresses")]
    assert len(with_address) >= 20  # the sample's facilities have full addresses
    for name, items in objects.items():
        for item in items:
            assert not list(validators[name].iter_errors(item)), f"{name} {item['id']}"

"""DCAT records: LKOD JSON valid against the DCAT-AP-CZ schemas, DCAT-AP 3.0.1 conforming to the official
shapes, personal-data flag set per distribution, reproducible output."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT
from standard_validators import dcat_ap_shapes, lkod_validator

from kpdata.export.base import ExportContext
from kpdata.export.dcat import DCAT_FILES, DcatError, write_dcat

PERSONAL = "https://data.gov.cz/podmínky-užití/obsahuje-osobní-údaje/"
NOT_PERSONAL = "https://data.gov.cz/podmínky-užití/neobsahuje-osobní-údaje/"
CONTEXT = ExportContext(version="0.2.0", issued="2026-02-01", extra={"contact_email": "kpdata@example.org"})


def resource(name: str, *, personal: bool) -> dict:
    return {"name": name, "path": f"data/{name}.csv", "format": "csv", "bytes": 120, "x-personal-data": personal,
            "title": name.capitalize(), "x-title-en": name}  # fmt: skip


RESOURCES = [resource("territories", personal=False), resource("plans", personal=False),
             resource("people", personal=True)]  # fmt: skip


@pytest.fixture
def package(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "plans.csv").write_text(
        "id,period_start,period_end\na,2019,2022\nb,2023,2026\nc,,\n", encoding="utf-8"
    )
    for name in ("kpdata.json", "rdf/kpdata.ttl", "rdf/kpdata.nt", "rdf/kpdata.jsonld", "datapackage.json"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("{}", encoding="utf-8")
    return tmp_path


def load(package, key):
    return json.loads((package / DCAT_FILES[key]).read_text(encoding="utf-8"))


def flags(dataset: dict) -> dict[str, str]:
    return {d["soubor_ke_stažení"].rsplit("/0.2.0/", 1)[1]: d["podmínky_užití"]["osobní_údaje"]
            for d in dataset["distribuce"]}  # fmt: skip


def test_personal_data_is_flagged_per_distribution(package):
    write_dcat(package, CONTEXT, resources=RESOURCES)
    got = flags(load(package, "dataset"))
    assert got["data/people.csv"] == PERSONAL
    assert got["data/territories.csv"] == got["data/plans.csv"] == NOT_PERSONAL
    for whole in ("kpdata.json", "rdf/kpdata.ttl", "rdf/kpdata.nt", "rdf/kpdata.jsonld", "datapackage.json"):
        assert got[whole] == PERSONAL, whole


def test_a_release_without_personal_data_says_so_everywhere(package):
    context = ExportContext(version="0.2.0", personal_data=False)
    write_dcat(package, context, resources=RESOURCES[:2])
    assert set(flags(load(package, "dataset")).values()) == {NOT_PERSONAL}


def test_dataset_record_content(package):
    write_dcat(package, CONTEXT, resources=RESOURCES)
    dataset = load(package, "dataset")
    assert dataset["časové_pokrytí"] == {
        "typ": "Časový interval",
        "začátek": "2019-01-01",
        "konec": "2026-12-31",
    }
    assert dataset["prvek_rúian"] == ["https://linked.cuzk.cz/resource/ruian/stat/1"]
    assert dataset["kontaktní_bod"]["e-mail"] == "mailto:kpdata@example.org"
    assert set(dataset["klíčové_slovo"]) == {"cs", "en"}
    formats = {d["formát"].rsplit("/", 1)[1] for d in dataset["distribuce"]}
    assert formats == {"CSV", "JSON", "RDF_TURTLE", "RDF_N_TRIPLES", "JSON_LD"}
    assert load(package, "catalog")["datová_sada"] == [dataset["iri"]]


def test_output_is_reproducible(package):
    first = [(package / p).read_bytes() for p in write_dcat(package, CONTEXT, resources=RESOURCES)]
    second = [(package / p).read_bytes() for p in write_dcat(package, CONTEXT, resources=RESOURCES)]
    assert first == second


def test_resources_default_to_the_datapackage_and_its_absence_is_a_clear_error(package):
    (package / "datapackage.json").write_text(json.dumps({"resources": RESOURCES}), encoding="utf-8")
    write_dcat(package, CONTEXT)
    assert "data/people.csv" in flags(load(package, "dataset"))
    (package / "datapackage.json").unlink()
    with pytest.raises(DcatError, match=r"datapackage\.json"):
        write_dcat(package, CONTEXT)


@pytest.mark.parametrize(
    ("key", "schema_name"), [("catalog", "katalog.json"), ("dataset", "datová-sada.json")]
)
def test_lkod_records_validate_against_the_dcat_ap_cz_schemas(shared, package, key, schema_name):
    write_dcat(package, CONTEXT, resources=RESOURCES)
    errors = [
        f"{e.json_path}: {e.message}"
        for e in lkod_validator(shared, schema_name).iter_errors(load(package, key))
    ]
    assert errors == []


def test_the_lkod_validator_catches_a_broken_record(shared, package):
    write_dcat(package, CONTEXT, resources=RESOURCES)
    dataset = load(package, "dataset")
    del dataset["téma"]
    dataset["distribuce"][0]["podmínky_užití"]["osobní_údaje"] = "maybe"
    assert len(list(lkod_validator(shared, "datová-sada.json").iter_errors(dataset))) == 2


def test_dcat_ap_conforms_to_the_official_shapes_and_a_broken_one_does_not(shared, package):
    from pyshacl import validate

    write_dcat(package, CONTEXT, resources=RESOURCES)
    data = Graph().parse(package / DCAT_FILES["dcat_ap"], format="turtle")
    shapes = dcat_ap_shapes(shared)
    ok, _, text = validate(data, shacl_graph=shapes, inference="none")
    assert ok, text
    dist = next(data.subjects(DCAT.accessURL, None))
    data.remove((dist, DCAT.accessURL, None))
    ok, _, text = validate(data, shacl_graph=shapes, inference="none")
    assert not ok and "accessURL" in text
    assert isinstance(dist, URIRef)

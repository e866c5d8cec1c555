"""The committed latest release, checked with validators others wrote: frictionless, the LKOD JSON Schemas,
pyshacl with the official DCAT-AP 3.0.1 shapes and with kpdata's own shapes, and RDF parsed back."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Graph
from standard_validators import dcat_ap_shapes, lkod_validator

from kpdata.dataset.load import find_release
from kpdata.paths import schemas_dir


@pytest.fixture(scope="module")
def release():
    return find_release()


def test_frictionless_validate_passes(release):
    result = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json", str(release / "datapackage.json")],
        capture_output=True,
        text=True,
    )
    report = json.loads(result.stdout)
    assert report["valid"], [task["errors"][:3] for task in report["tasks"] if task["errors"]]


def test_checksums_hold(release):
    from hashlib import sha256

    lines = (release / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert lines, "SHA256SUMS is empty"
    for line in lines:
        digest, name = line.split(maxsplit=1)
        assert sha256((release / name.lstrip("*")).read_bytes()).hexdigest() == digest, name


@pytest.mark.parametrize(
    ("file", "schema"), [("katalog.jsonld", "katalog.json"), ("datova-sada.jsonld", "datová-sada.json")]
)
def test_lkod_records_validate(shared, release, file, schema):
    record = json.loads((release / "dcat" / file).read_text(encoding="utf-8"))
    errors = [f"{e.json_path}: {e.message}" for e in lkod_validator(shared, schema).iter_errors(record)]
    assert errors == []


def test_dcat_ap_conforms_to_the_official_shapes(shared, release):
    from pyshacl import validate

    data = Graph().parse(release / "dcat" / "dcat-ap.ttl", format="turtle")
    conforms, _, text = validate(data, shacl_graph=dcat_ap_shapes(shared), inference="none")
    assert conforms, text


def test_rdf_formats_parse_back_to_the_same_triples(release):
    import pyoxigraph

    counts = {}
    for name, fmt in (("kpdata.nt", pyoxigraph.RdfFormat.N_TRIPLES), ("kpdata.ttl", pyoxigraph.RdfFormat.TURTLE),
                      ("kpdata.jsonld", pyoxigraph.RdfFormat.JSON_LD)):  # fmt: skip
        with open(release / "rdf" / name, "rb") as handle:
            counts[name] = sum(1 for _ in pyoxigraph.parse(handle, format=fmt))
    assert len(set(counts.values())) == 1 and counts["kpdata.nt"] > 0, counts


def test_release_rdf_conforms_to_kpdata_shapes(release):
    from pyshacl import validate

    data = Graph().parse(release / "rdf" / "kpdata.nt", format="nt")
    shapes = Graph().parse(schemas_dir() / "shacl" / "kpdata-shapes.ttl", format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, inference="none")
    assert conforms, text[:2000]

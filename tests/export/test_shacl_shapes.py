"""kpdata's SHACL shapes (generated from the models) accept exported RDF and catch broken records."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, SKOS

from kpdata.export.rdf import to_rdflib_graph
from kpdata.schemagen.shacl import shapes_turtle

ROOT = Path(__file__).resolve().parents[2]
KP = "https://w3id.org/kpdata/ontology#"


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(data=shapes_turtle(), format="turtle")


@pytest.fixture(scope="module")
def records():
    spec = importlib.util.spec_from_file_location(
        "kpdata_bench_synthetic", ROOT / "benchmarks" / "synthetic.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_recordset(0.003, seed=5)


def conforms(data: Graph, shapes: Graph) -> tuple[bool, Graph]:
    ok, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    return ok, report


def failing_shapes(report: Graph) -> set[str]:
    return {str(s).rsplit("#", 1)[-1] for s in report.objects(None, SH.sourceShape) if isinstance(s, URIRef)}


def test_every_table_has_data_and_a_shape(records, shapes):
    assert all(records.counts().values())
    targets = {str(o) for o in shapes.objects(None, SH.targetClass)}
    assert {KP + name for name in ("Plan", "Document", "Process", "Organization", "Territory")} <= targets


def test_exported_rdf_of_valid_records_conforms(records, shapes):
    ok, report = conforms(to_rdflib_graph(records), shapes)
    assert ok, report.serialize(format="turtle")[:3000]


def test_a_missing_required_property_does_not_conform(records, shapes):
    graph = to_rdflib_graph(records)
    process = next(graph.subjects(predicate=URIRef(KP + "level")))
    graph.remove((process, SKOS.prefLabel, None))
    ok, report = conforms(graph, shapes)
    assert not ok
    assert failing_shapes(report) == {"Process-name"}


def test_a_wrong_datatype_and_an_unknown_code_do_not_conform(records, shapes):
    graph = to_rdflib_graph(records)
    territory = next(graph.subjects(predicate=URIRef(KP + "population")))
    graph.set((territory, URIRef(KP + "population"), Literal("many")))
    group = next(graph.subjects(predicate=URIRef(KP + "groupKind")))
    graph.set((group, URIRef(KP + "groupKind"), URIRef("https://w3id.org/kpdata/codelist/group_kinds/choir")))
    ok, report = conforms(graph, shapes)
    assert not ok
    assert failing_shapes(report) == {"Territory-population", "Group-kind"}


def test_the_committed_shapes_file_is_current():
    committed = ROOT / "schemas" / "shacl" / "kpdata-shapes.ttl"
    assert committed.read_text(encoding="utf-8") == shapes_turtle()

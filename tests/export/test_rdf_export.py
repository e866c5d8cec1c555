"""RDF export: the three formats hold the same triples, the rdflib path agrees, output is reproducible."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, SKOS, XSD

from kpdata.export.base import ExportContext, export_all
from kpdata.export.rdf import RDF_FILES, RdfExporter, to_rdflib_graph
from kpdata.models import (
    Organization,
    Person,
    Plan,
    Process,
    RecordSet,
    Service,
    Source,
    Territory,
)

BASE = "https://example.org/kp/"
PROV = "http://www.w3.org/ns/prov#"
FORMATS = {"nt": "nt", "ttl": "turtle", "jsonld": "json-ld"}


def small_records() -> RecordSet:
    """A few validated records of my own covering literals, FKs, codelists and Czech text."""
    fact = {"provenance": "extracted", "source_ref": "testov-web", "span_start": 0, "span_end": 10}
    return RecordSet(
        {
            "territories": [
                Territory(
                    id="obec-599999", kind="obec", csu_code="599999", name="Testov", ruian_code="599999",
                    population=1200, ico="00064581", is_statutory_city=False,
                ),
                Territory(id="kraj-3999", kind="kraj", csu_code="3999", name="Kraj Test"),
            ],
            "sources": [
                Source(
                    id="testov-web", source_id="testov", url="https://www.testov.example.cz/sociální služby",
                    sha256="a" * 64, title='Plánování "v Testově"\nnový řádek',
                )
            ],
            "processes": [
                Process(id="testov-kpss", name="Komunitní plánování Testov", territory_id="obec-599999",
                        level="obec", since_year=2008, **fact)
            ],
            "plans": [
                Plan(id="testov-plan-2024", process_id="testov-kpss", ordinal=3, title="3. komunitní plán",
                     period_start=2024, period_end=2027, status="current", approved_on=date(2023, 12, 11),
                     approved_by="zastupitelstvo", **fact)
            ],
            "people": [Person(id="jana-testova", given_name="Jana", family_name="Testová", **fact)],
            "organizations": [
                Organization(id="obec-testov", name="Obec Testov", ico="00064581", kind="municipality",
                             provenance="registry"),
                Organization(id="spolek", name="Spolek Pomoc", ico="25596641", kind="ngo", provenance="registry"),
            ],
            "services": [
                Service(id="sluzba-1", name="Pečovatelská služba Testov", provider_id="spolek", kind="home_care",
                        forms=["ter", "amb"], target_groups=["seniors"], capacity=40,
                        territory_id="obec-599999", provenance="registry")
            ],
        }
    )  # fmt: skip


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("rdf")
    exporter = RdfExporter(out, ExportContext(version="0.0.1", base_iri=BASE))
    written = export_all(small_records(), [exporter])
    return out, written, exporter.triple_count


def parse(path, fmt) -> Graph:
    return Graph().parse(path, format=fmt)


def test_every_format_parses_back_to_the_same_triples(exported):
    out, written, count = exported
    assert sorted(map(str, written)) == sorted(RDF_FILES.values())
    graphs = {key: parse(out / RDF_FILES[key], fmt) for key, fmt in FORMATS.items()}
    assert {key: len(g) for key, g in graphs.items()} == dict.fromkeys(FORMATS, count)
    assert isomorphic(graphs["nt"], graphs["ttl"]) and isomorphic(graphs["nt"], graphs["jsonld"])


def test_the_rdflib_path_gives_the_same_graph(exported):
    out, _, _ = exported
    assert isomorphic(to_rdflib_graph(small_records(), base=BASE), parse(out / RDF_FILES["nt"], "nt"))


def test_output_is_byte_for_byte_reproducible(exported, tmp_path):
    out, _, _ = exported
    export_all(small_records(), [RdfExporter(tmp_path, ExportContext(version="0.0.1", base_iri=BASE))])
    for name in RDF_FILES.values():
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


@pytest.fixture(scope="module")
def graph(exported):
    out, _, _ = exported
    return parse(out / RDF_FILES["ttl"], "turtle")


def test_territories_are_ruian_iris_with_the_csu_code_as_notation(graph):
    obec = URIRef("https://linked.cuzk.cz/resource/ruian/obec/599999")
    assert (obec, SKOS.notation, Literal("599999")) in graph
    assert (obec, SKOS.prefLabel, Literal("Testov", lang="cs")) in graph
    process = URIRef(BASE + "resource/processes/testov-kpss")
    assert (process, URIRef("http://purl.org/dc/terms/spatial"), obec) in graph
    # a territory without a RÚIAN code keeps its kpdata IRI
    assert (URIRef(BASE + "resource/territories/kraj-3999"), RDF.type, None) in graph


def test_literals_carry_their_datatypes_and_language(graph):
    plan = URIRef(BASE + "resource/plans/testov-plan-2024")
    assert (
        plan,
        URIRef("http://purl.org/dc/terms/issued"),
        Literal("2023-12-11", datatype=XSD.date),
    ) in graph
    assert (
        plan,
        URIRef("https://w3id.org/kpdata/ontology#periodStart"),
        Literal("2024", datatype=XSD.gYear),
    ) in graph
    assert (plan, URIRef("https://w3id.org/kpdata/ontology#ordinal"), Literal(3)) in graph
    source = URIRef(BASE + "resource/sources/testov-web")
    title = Literal('Plánování "v Testově"\nnový řádek', lang="cs")
    assert (source, URIRef("http://purl.org/dc/terms/title"), title) in graph
    assert (
        source,
        URIRef(PROV + "atLocation"),
        URIRef("https://www.testov.example.cz/sociální%20služby"),
    ) in graph


def test_codelist_values_are_skos_concepts_with_labels(graph):
    service = URIRef(BASE + "resource/services/sluzba-1")
    kind = URIRef(BASE + "codelist/service_kinds/home_care")
    assert (service, URIRef("http://purl.org/dc/terms/type"), kind) in graph
    assert (kind, RDF.type, SKOS.Concept) in graph
    assert (kind, SKOS.inScheme, URIRef(BASE + "codelist/service_kinds")) in graph
    assert (kind, URIRef("https://w3id.org/kpdata/ontology#paragraph"), Literal("§ 40")) in graph
    assert (
        kind,
        URIRef("http://purl.org/dc/terms/source"),
        URIRef("https://www.e-sbirka.cz/eli/cz/sb/2006/108"),
    ) in graph
    labels = {lit.language for lit in graph.objects(kind, SKOS.prefLabel)}
    assert labels == {"cs", "en"}
    forms = set(graph.objects(service, URIRef("https://w3id.org/kpdata/ontology#form")))
    assert forms == {URIRef(BASE + "codelist/service_forms/ter"), URIRef(BASE + "codelist/service_forms/amb")}


def test_types_provenance_approval_and_public_bodies(graph):
    plan = URIRef(BASE + "resource/plans/testov-plan-2024")
    assert {
        URIRef("http://xmlns.com/foaf/0.1/Document"),
        URIRef("https://w3id.org/kpdata/ontology#Plan"),
    } <= set(graph.objects(plan, RDF.type))
    assert (plan, URIRef(PROV + "wasDerivedFrom"), URIRef(BASE + "resource/sources/testov-web")) in graph
    activity = graph.value(plan, URIRef(PROV + "wasGeneratedBy"))
    assert (activity, RDF.type, URIRef(PROV + "Activity")) in graph
    assert graph.value(activity, URIRef(PROV + "endedAtTime")) == Literal("2023-12-11", datatype=XSD.date)
    municipality = URIRef(BASE + "resource/organizations/obec-testov")
    rpp = URIRef("https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/00064581")
    assert (municipality, OWL.sameAs, rpp) in graph
    assert graph.value(URIRef(BASE + "resource/organizations/spolek"), OWL.sameAs) is None


def test_without_personal_data_no_person_is_written(tmp_path):
    context = ExportContext(version="0.0.1", base_iri=BASE, personal_data=False)
    export_all(small_records(), [RdfExporter(tmp_path, context)])
    text = (tmp_path / RDF_FILES["nt"]).read_text(encoding="utf-8")
    assert "Testová" not in text and "/people/" not in text
    assert "/services/sluzba-1>" in text


def test_kpdata_terms_are_described_in_the_data(graph):
    kp = "https://w3id.org/kpdata/ontology#"
    rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    plan_class = URIRef(kp + "Plan")
    assert (plan_class, URIRef(rdfs + "subClassOf"), URIRef("http://xmlns.com/foaf/0.1/Document")) in graph
    assert (plan_class, URIRef(rdfs + "label"), Literal("Plány", lang="cs")) in graph
    used = {p for p in graph.predicates() if str(p).startswith(kp)}
    declared = set(graph.subjects(RDF.type, RDF.Property))
    codelist_columns = {URIRef(kp + n) for n in ("paragraph", "category", "csuCodelist", "unit", "mpsvCode",
                                                  "mpsvApiId", "mpsvCodeStatus", "labelStatus")}  # fmt: skip
    assert used - codelist_columns <= declared

"""JSON Schemas validate what the models write; the JSON-LD context turns the nested document into RDF."""

from __future__ import annotations

import json
import warnings

import jsonschema
import pytest
import rdflib
from model_samples import sample_records, sample_recordset
from rdflib import Literal, URIRef

from kpdata.models import TABLES
from kpdata.models.nested import to_nested
from kpdata.vocab import BASE_IRI, PREFIXES, expand, resource_iri


def _json_schema(generated, table):
    return json.loads(generated[f"schemas/json/{table}.schema.json"])


@pytest.mark.parametrize("table", list(TABLES))
def test_record_json_validates_against_its_schema(generated, table):
    validator = jsonschema.Draft202012Validator(_json_schema(generated, table))
    for record in sample_records()[table]:
        assert list(validator.iter_errors(record.model_dump(mode="json"))) == []


def test_json_schema_states_codes_and_patterns(generated):
    validator = jsonschema.Draft202012Validator(_json_schema(generated, "groups"))
    good = sample_records()["groups"][0].model_dump(mode="json")
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, "kind": "pracovni"})
    assert not validator.is_valid({**good, "target_groups": ["seniors", "bezdomovci"]})
    assert not validator.is_valid({**good, "id": "Opava Seniori"})


def test_document_validates_against_kpdata_schema(generated):
    schema = json.loads(generated["schemas/kpdata.schema.json"])
    document = json.loads(to_nested(sample_recordset(), version="1.0.0").model_dump_json())
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(document)) == []
    document["processes"][0]["plans"][0]["status"] = "platny"
    assert not validator.is_valid(document)


@pytest.fixture(scope="module")
def context(generated) -> dict:
    return json.loads(generated["schemas/context.jsonld"])


def test_context_maps_every_field_of_every_table(context):
    scoped = {"network_entries": context["@context"]["network_entries"]["@context"]}
    for key in ("processes", "organizations", "services", "sources"):
        scoped[key] = context["@context"][key]["@context"]
    process = scoped["processes"]
    for key in ("plans", "groups", "memberships", "contact_points", "figures", "participation", "documents"):
        scoped[key] = process[key]["@context"]
    scoped["people"] = process["memberships"]["@context"]["person"]["@context"]
    assert set(scoped) == set(TABLES) - {"territories"}
    for table, terms in scoped.items():
        model = TABLES[table]
        assert terms["id"] == "@id"
        assert terms["@base"] == resource_iri(table, "")
        for name, meta in model.columns().items():
            if name == "id":
                continue
            term = terms[name]
            if meta.predicate is None:
                assert term is None, (table, name)
                continue
            assert term["@id"] == expand(meta.predicate), (table, name)
            if meta.references:
                assert term["@type"] == "@id"
                assert term["@context"]["@base"] == resource_iri(meta.references, "")


def test_context_declares_prefixes_and_datatypes(context):
    root = context["@context"]
    assert all(root[prefix] == iri for prefix, iri in PREFIXES.items())
    plan = root["processes"]["@context"]["plans"]["@context"]
    assert plan["approved_on"]["@type"] == str(rdflib.XSD.date)
    assert plan["ordinal"]["@type"] == str(rdflib.XSD.integer)
    assert plan["period_start"]["@type"] == str(rdflib.XSD.gYear)
    assert plan["title"] == {"@id": expand("dct:title"), "@language": "cs"}
    assert plan["resolution"] == {"@id": expand("kp:resolution")}  # a plain string


@pytest.fixture(scope="module")
def graph(context) -> rdflib.Graph:
    document = json.loads(to_nested(sample_recordset(), version="1.0.0").model_dump_json())
    with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph
        warnings.simplefilter("ignore", DeprecationWarning)
        return rdflib.Graph().parse(data=json.dumps({**context, **document}), format="json-ld")


def _iri(table: str, key: str) -> URIRef:
    return URIRef(resource_iri(table, key))


def test_rdf_links_records_by_their_iris(graph):
    process, plan = _iri("processes", "opava"), _iri("plans", "opava-plan-2023-2026")
    assert (plan, URIRef(expand("dct:publisher")), process) in graph
    assert (process, URIRef(expand("dct:spatial")), _iri("territories", "obec-505927")) in graph
    group = _iri("groups", "opava-seniori")
    assert (group, URIRef(expand("org:unitOf")), process) in graph
    membership = _iri("memberships", "opava-seniori-vedouci")
    assert (membership, URIRef(expand("org:organization")), group) in graph
    assert (membership, URIRef(expand("org:member")), _iri("people", "jana-vzorova")) in graph


def test_rdf_literals_carry_datatypes_and_codes_become_iris(graph):
    plan = _iri("plans", "opava-plan-2023-2026")
    assert (plan, URIRef(expand("dct:issued")), Literal("2022-12-14", datatype=rdflib.XSD.date)) in graph
    assert (plan, URIRef(expand("adms:status")), URIRef(f"{BASE_IRI}codelist/plan_statuses/current")) in graph
    process = _iri("processes", "opava")
    assert (process, URIRef(expand("foaf:homepage")), URIRef("https://www.example.cz/kp")) in graph
    names = list(graph.objects(process, URIRef(expand("skos:prefLabel"))))
    assert names == [Literal("Komunitní plánování sociálních služeb Opava", lang="cs")]
    figure = _iri("figures", "opava-ucastnici")
    assert (figure, URIRef(expand("rdf:value")), Literal("149.5", datatype=rdflib.XSD.decimal)) in graph


def test_unmapped_fields_stay_out_of_rdf(graph):
    predicates = {str(p) for p in graph.predicates()}
    assert not any(p.endswith(("span_start", "span_end")) for p in predicates)
    assert all(p.startswith(("http://", "https://")) for p in predicates)

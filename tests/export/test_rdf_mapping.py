"""The model -> RDF mapping table is derived from the field metadata, one entry per mapped field."""

from __future__ import annotations

from kpdata.models import TABLES, Membership, Plan, Process, Service, Source, Territory
from kpdata.schemagen.rdfmap import table_class, table_terms
from kpdata.vocab import expand

XSD = "http://www.w3.org/2001/XMLSchema#"


def term(model, field):
    return next(f for f in table_terms(model).fields if f.field == field)


def test_every_field_with_a_predicate_is_mapped_and_others_are_not():
    for model in TABLES.values():
        mapped = {f.field for f in table_terms(model).fields}
        declared = {name for name, meta in model.columns().items() if meta.predicate}
        assert mapped == declared, model.__name__
        assert "id" not in mapped and "span_start" not in mapped


def test_each_table_has_its_own_class_beside_the_standard_one():
    own = [table_class(model) for model in TABLES.values()]
    assert len(set(own)) == len(own)
    assert table_terms(Plan).classes[:2] == (expand("foaf:Document"), expand("kp:Plan"))
    assert expand("dcat:Resource") in table_terms(Plan).classes
    assert table_terms(Territory).classes == (expand("kp:Territory"),)


def test_term_kinds_follow_the_declarations():
    assert (term(Plan, "process_id").kind, term(Plan, "process_id").target) == ("resource", "processes")
    assert term(Process, "territory_id").kind == "territory"
    assert (term(Plan, "status").kind, term(Plan, "status").target) == ("concept", "plan_statuses")
    assert term(Service, "target_groups").many and term(Service, "target_groups").kind == "concept"
    assert term(Source, "url").kind == "url" and term(Process, "website").kind == "url"
    assert term(Plan, "title").kind == "lang" and term(Membership, "role_as_written").kind == "lang"
    assert term(Source, "sha256").pattern == r"^[0-9a-f]{64}$"


def test_literal_datatypes():
    expected = {
        (Plan, "approved_on"): "date",
        (Plan, "period_start"): "gYear",
        (Plan, "ordinal"): "integer",
        (Territory, "is_statutory_city"): "boolean",
        (Source, "retrieved_at"): "dateTime",
        (Territory, "csu_code"): "string",
    }
    for (model, field), datatype in expected.items():
        assert term(model, field).datatype == XSD + datatype, field


def test_required_fields_are_marked():
    assert term(Process, "name").required and not term(Process, "website").required
    assert term(Membership, "person_id").required

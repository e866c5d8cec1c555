"""The JSON-LD 1.1 context of the nested release document (``kpdata.json``).

Each collection key (``processes``, ``plans``, ``groups`` …) carries a property-scoped context for the
records inside it: ``id`` becomes the record's IRI (``<base>resource/<table>/<id>``), every field maps to
its predicate with a datatype, foreign keys and URLs become IRIs and codes become codelist IRIs. A child
collection is linked to its parent by the reverse of the child's foreign key (a plan is
``dct:publisher`` of its process). Fields without a predicate are mapped to ``null`` (left out of RDF).
"""

from __future__ import annotations

from typing import Any

from kpdata.models.base import Record
from kpdata.models.tables import TABLES
from kpdata.models.validators import check_url
from kpdata.schemagen.fields import VALIDATOR_RULES, FieldSpec, field_specs
from kpdata.vocab import BASE_IRI, PREFIXES, expand

__all__ = ["DATATYPES", "NESTING", "to_context"]

DATATYPES = {
    "integer": "xsd:integer",
    "number": "xsd:decimal",
    "boolean": "xsd:boolean",
    "date": "xsd:date",
    "datetime": "xsd:dateTime",
}

# Which tables nest inside which (the shape of kpdata.models.nested): parent -> child tables.
NESTING: dict[str, tuple[str, ...]] = {
    "processes": (
        "plans",
        "groups",
        "memberships",
        "contact_points",
        "figures",
        "participation",
        "documents",
        "network_entries",
    ),
    "groups": ("memberships",),
    "memberships": ("people",),
}
_TOP_LEVEL = ("processes", "organizations", "services", "network_entries", "sources")
_URL_PATTERN = VALIDATOR_RULES[check_url]["pattern"]


def to_context() -> dict[str, Any]:
    """The whole context document: prefixes, ``version`` and one scoped entry per top-level list."""
    context: dict[str, Any] = {"@version": 1.1, **PREFIXES, "version": expand("owl:versionInfo")}
    for table in _TOP_LEVEL:
        context[table] = {"@id": expand("dct:hasPart"), "@context": _table_context(table)}
    return {"@context": context}


def _table_context(table: str) -> dict[str, Any]:
    model = TABLES[table]
    context: dict[str, Any] = {"@base": _resource_base(table), model.__table__.primary_key: "@id"}
    for spec in field_specs(model):
        if spec.name != model.__table__.primary_key:
            context[spec.name] = _term(spec)
    for child in NESTING.get(table, ()):
        context["person" if child == "people" else child] = _child_term(table, child)
    return context


def _term(spec: FieldSpec) -> dict[str, Any] | None:
    if not spec.meta.predicate:
        return None
    term: dict[str, Any] = {"@id": expand(spec.meta.predicate)}
    if spec.meta.references:
        term.update({"@type": "@id", "@context": {"@base": _resource_base(spec.meta.references)}})
    elif spec.meta.codelist:
        term.update({"@type": "@id", "@context": {"@base": _codelist_base(spec.meta.codelist)}})
    elif spec.constraints.get("pattern") == _URL_PATTERN:
        term["@type"] = "@id"
    elif spec.type in DATATYPES:
        term["@type"] = expand(DATATYPES[spec.type])
    return term


def _child_term(parent: str, child: str) -> dict[str, Any]:
    """A nested list: the reverse of the child's foreign key to the parent (or the parent's key to it)."""
    scoped = _table_context(child)
    parent_model, child_model = TABLES[parent], TABLES[child]
    reverse = _fk_predicate(child_model, parent)
    if reverse:
        return {"@reverse": reverse, "@context": scoped}
    return {"@id": _fk_predicate(parent_model, child), "@context": scoped}


def _fk_predicate(model: type[Record], target: str) -> str | None:
    for name, references in model.foreign_keys().items():
        predicate = model.columns()[name].predicate
        if references == target and predicate and name != "source_ref":
            return expand(predicate)
    return None


def _resource_base(table: str) -> str:
    return f"{BASE_IRI}resource/{table}/"


def _codelist_base(name: str) -> str:
    return f"{PREFIXES['kpc']}{name}/"

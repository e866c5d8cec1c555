"""The JSON-LD 1.1 context of the nested release document (``kpdata.json``).

Each collection key (``processes``, ``plans``, ``groups`` …) carries a property-scoped context for the
records inside it: ``id`` becomes the record's IRI (``<base>resource/<table>/<id>``), every field maps to
its predicate as the RDF mapping table (:mod:`kpdata.schemagen.rdfmap`) says: datatypes, Czech text
tagged ``@cs``, foreign keys and URLs as IRIs, codes as codelist concept IRIs. A child collection is
linked to its parent by the reverse of the child's foreign key (a plan is ``dct:publisher`` of its
process). Fields without a predicate are mapped to ``null`` (left out of RDF).

Two things a context cannot compute and the RDF exporter does: territories link to their RÚIAN IRI
there (here to ``<base>resource/territories/<id>``), and e-mails and phones become ``mailto:`` /
``tel:`` IRIs there (here plain strings).
"""

from __future__ import annotations

from typing import Any

from kpdata.models.base import Record
from kpdata.models.tables import TABLES
from kpdata.schemagen.rdfmap import FieldTerm, concept_iri, table_terms
from kpdata.vocab import BASE_IRI, PREFIXES, expand

__all__ = ["NESTING", "to_context"]

XSD_STRING = PREFIXES["xsd"] + "string"

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


def to_context() -> dict[str, Any]:
    """The whole context document: prefixes, ``version`` and one scoped entry per top-level list."""
    context: dict[str, Any] = {"@version": 1.1, **PREFIXES, "version": expand("owl:versionInfo")}
    for table in _TOP_LEVEL:
        context[table] = {"@id": expand("dct:hasPart"), "@context": _table_context(table)}
    return {"@context": context}


def _table_context(table: str) -> dict[str, Any]:
    model = TABLES[table]
    context: dict[str, Any] = {"@base": _resource_base(table), model.__table__.primary_key: "@id"}
    terms = {term.field: term for term in table_terms(model).fields}
    for name in model.field_names():
        if name != model.__table__.primary_key:
            context[name] = _term(terms.get(name))
    for child in NESTING.get(table, ()):
        context["person" if child == "people" else child] = _child_term(table, child)
    return context


def _term(term: FieldTerm | None) -> dict[str, Any] | None:
    """One field as the RDF mapping table says (kpdata.schemagen.rdfmap), so JSON-LD and RDF agree."""
    if term is None:
        return None
    out: dict[str, Any] = {"@id": term.predicate}
    if term.kind in ("resource", "territory"):
        out.update({"@type": "@id", "@context": {"@base": _resource_base(term.target)}})
    elif term.kind == "concept":
        out.update({"@type": "@id", "@context": {"@base": concept_iri(term.target, "")}})
    elif term.kind == "url":
        out["@type"] = "@id"
    elif term.kind == "lang":
        out["@language"] = "cs"
    elif term.kind == "literal" and term.datatype != XSD_STRING:
        out["@type"] = term.datatype
    return out


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

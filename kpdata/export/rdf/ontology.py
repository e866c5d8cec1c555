"""kpdata's own terms (``kp:``) described in the data: each table's class and each ``kp:`` property,
with the Czech and English titles of the models, so the published RDF explains itself.

``kp:Plan rdfs:subClassOf foaf:Document``: the kpdata class of a table refines its standard class.
A property used by several tables is labelled by the first table that declares it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kpdata.models.tables import TABLES
from kpdata.schemagen.rdfmap import table_class, table_terms
from kpdata.vocab import PREFIXES, expand

__all__ = ["ontology_statements"]

_KP = PREFIXES["kp"]
_T = {c: expand(c) for c in ("rdf:type", "rdfs:Class", "rdf:Property", "rdfs:label", "rdfs:comment")}
_SUBCLASS = expand("rdfs:subClassOf")
_DEFINED_BY = expand("rdfs:isDefinedBy")


def ontology_statements(t: Any) -> Iterator[tuple[Any, list[tuple]]]:
    """(subject, grouped pairs) for every kp: class and property the mapping uses."""
    for model in TABLES.values():
        yield _class(t, model)
    yield from _properties(t)


def _class(t: Any, model: type) -> tuple[Any, list[tuple]]:
    meta, own = model.__table__, table_class(model)
    pairs = [(t.iri(_T["rdf:type"]), t.iri(_T["rdfs:Class"]))]
    pairs += [(t.iri(_T["rdfs:comment"]), t.lang(text, lang)) for text, lang in _pair(meta, "description")]
    pairs += [(t.iri(_T["rdfs:label"]), t.lang(text, lang)) for text, lang in _pair(meta, "title")]
    pairs += [(t.iri(_DEFINED_BY), t.iri(_KP))]
    pairs += [(t.iri(_SUBCLASS), t.iri(c)) for c in table_terms(model).classes if c != own]
    return t.iri(own), pairs


def _properties(t: Any) -> Iterator[tuple[Any, list[tuple]]]:
    seen: set[str] = set()
    for model in TABLES.values():
        for f in table_terms(model).fields:
            if not f.predicate.startswith(_KP) or f.predicate in seen:
                continue
            seen.add(f.predicate)
            meta = model.columns()[f.field]
            pairs = [(t.iri(_T["rdf:type"]), t.iri(_T["rdf:Property"]))]
            pairs += [(t.iri(_T["rdfs:label"]), t.lang(text, lang)) for text, lang in _pair(meta, "title")]
            pairs += [(t.iri(_DEFINED_BY), t.iri(_KP))]
            yield t.iri(f.predicate), pairs


def _pair(meta: Any, attribute: str) -> list[tuple[str, str]]:
    texts = [(getattr(meta, f"{attribute}_cs"), "cs"), (getattr(meta, f"{attribute}_en"), "en")]
    return [(text, lang) for text, lang in texts if text]

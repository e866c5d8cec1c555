"""Every codelist as a SKOS concept scheme: labels cs/en, notation, definition, and list-specific columns.

Kinds of social services carry their § and ``dct:source`` the act's ELI; MPSV identifiers keep their
verification status (``kp:mpsvCodeStatus``), as the codelist files state it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kpdata.codelists import Codelist, codelist, codelist_names
from kpdata.schemagen.rdfmap import codelist_iri, concept_iri
from kpdata.vocab import LAW_ELI, expand

__all__ = ["COLUMN_PREDICATES", "codelist_triples"]

# Extra codelist columns published in RDF (others, such as aliases for extraction, stay in the CSV).
COLUMN_PREDICATES: dict[str, str] = {
    "paragraph": "kp:paragraph",
    "category": "kp:category",
    "csu_codelist": "kp:csuCodelist",
    "unit_cs": "kp:unit",
    "mpsv_open_data_id": "kp:mpsvCode",
    "mpsv_ids": "kp:mpsvCode",
    "mpsv_api_id": "kp:mpsvApiId",
    "mpsv_open_data_id_status": "kp:mpsvCodeStatus",
    "mpsv_ids_status": "kp:mpsvCodeStatus",
    "label_status": "kp:labelStatus",
}
_T = {
    c: expand(c)
    for c in (
        "rdf:type",
        "skos:ConceptScheme",
        "skos:Concept",
        "skos:prefLabel",
        "skos:definition",
        "skos:notation",
        "skos:inScheme",
        "skos:topConceptOf",
        "skos:hasTopConcept",
        "dct:title",
        "dct:source",
        "dct:license",
        "rdfs:comment",
    )
}


def codelist_triples(terms: Any, *, base: str) -> Iterator[tuple]:
    """Triples of every codelist's scheme and concepts, made by ``terms`` (an N-Triples or rdflib factory)."""
    for name in codelist_names():
        yield from _scheme(terms, codelist(name), base=base)


def _scheme(t: Any, cl: Codelist, *, base: str) -> Iterator[tuple]:
    scheme = t.iri(codelist_iri(cl.name, base=base))
    yield scheme, t.iri(_T["rdf:type"]), t.iri(_T["skos:ConceptScheme"])
    yield scheme, t.iri(_T["skos:prefLabel"]), t.lang(cl.title_cs, "cs")
    yield scheme, t.iri(_T["skos:prefLabel"]), t.lang(cl.title_en, "en")
    yield scheme, t.iri(_T["rdfs:comment"]), t.lang(cl.source, "cs")
    for url in (u for u in cl.source_url.split() if u.startswith(("http://", "https://"))):
        yield scheme, t.iri(_T["dct:source"]), t.iri(url)
    iris = [t.iri(concept_iri(cl.name, concept.code, base=base)) for concept in cl]
    for iri in iris:
        yield scheme, t.iri(_T["skos:hasTopConcept"]), iri
    for iri, concept in zip(iris, cl, strict=True):
        yield from _concept(t, iri, scheme, concept)


def _concept(t: Any, iri: Any, scheme: Any, concept: Any) -> Iterator[tuple]:
    yield iri, t.iri(_T["rdf:type"]), t.iri(_T["skos:Concept"])
    yield iri, t.iri(_T["skos:inScheme"]), scheme
    yield iri, t.iri(_T["skos:topConceptOf"]), scheme
    yield iri, t.iri(_T["skos:notation"]), t.literal(concept.code, None)
    yield iri, t.iri(_T["skos:prefLabel"]), t.lang(concept.label_cs, "cs")
    if concept.label_en:
        yield iri, t.iri(_T["skos:prefLabel"]), t.lang(concept.label_en, "en")
    if concept.definition_cs:
        yield iri, t.iri(_T["skos:definition"]), t.lang(concept.definition_cs, "cs")
    for column, predicate in COLUMN_PREDICATES.items():
        for value in concept.values(column):
            yield iri, t.iri(expand(predicate)), t.literal(value, None)
    if concept.values("paragraph"):
        yield iri, t.iri(_T["dct:source"]), t.iri(LAW_ELI)

"""All triples of a record set (records, kpdata's own terms, codelists as SKOS), for either term factory."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

from kpdata.models.base import Record
from kpdata.models.recordset import RecordSet
from kpdata.models.tables import PERSONAL_TABLES
from kpdata.vocab import BASE_IRI

from .mapping import RecordMapper
from .ontology import ontology_statements
from .skos import codelist_triples
from .terms import RdflibTerms
from .writers import group_pairs

__all__ = ["dataset_statements", "dataset_triples", "to_rdflib_graph"]


def dataset_statements(
    tables: dict[str, list[Record]], terms: Any, *, base: str = BASE_IRI, personal_data: bool = True
) -> Iterator[tuple]:
    """Per subject: (subject, [(predicate, object)], [(other subject, pairs)]) for records, kpdata's
    classes and properties, then codelists.

    The pairs of a subject are unique and grouped by predicate."""
    mapper = RecordMapper(terms, base=base)
    mapper.register_territories(tables.get("territories", ()))
    for name, records in tables.items():
        if not personal_data and name in PERSONAL_TABLES:
            continue
        for record in records:
            yield mapper.statements(record)
    for s, pairs in ontology_statements(terms):
        yield s, pairs, []
    for s, triples in groupby(codelist_triples(terms, base=base), key=itemgetter(0)):
        yield s, group_pairs([(p, o) for _, p, o in triples]), []


def dataset_triples(
    tables: dict[str, list[Record]], terms: Any, *, base: str = BASE_IRI, personal_data: bool = True
) -> Iterator[tuple]:
    """Every triple of :func:`dataset_statements`, one by one."""
    for s, pairs, others in dataset_statements(tables, terms, base=base, personal_data=personal_data):
        for subject, block in [(s, pairs), *others]:
            for p, o in block:
                yield subject, p, o


def to_rdflib_graph(records: RecordSet, *, base: str = BASE_IRI, personal_data: bool = True):
    """The record set as an rdflib Graph (the API path; use :class:`RdfExporter` for bulk output)."""
    from rdflib import Graph

    from .prefixes import turtle_prefixes

    graph = Graph()
    for prefix, namespace in turtle_prefixes(base).items():
        graph.bind(prefix, namespace)
    tables = dict(records.tables())
    for triple in dataset_triples(tables, RdflibTerms(), base=base, personal_data=personal_data):
        graph.add(triple)
    return graph

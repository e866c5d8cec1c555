"""Apply the mapping table (:mod:`kpdata.schemagen.rdfmap`) to records: subject, types, one triple per value.

Subjects are ``resource_iri(table, id)``; territories are their RÚIAN IRI (by kind, with their RÚIAN
code) when they have one. A few triples the standards want come on top of the field mapping, each
written once per table in :data:`_EXTRAS`: a plan's approval as a ``prov:Activity``, a service's legal
basis (the act's ELI) and a public body's RPP IRI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kpdata.models.base import Record
from kpdata.schemagen.rdfmap import concept_iri, table_terms
from kpdata.vocab import LAW_ELI, RPP_ORGAN_IRI, RUIAN_IRI, expand, resource_iri

from .terms import LEXICAL, safe_iri

__all__ = ["PUBLIC_BODY_KINDS", "RecordMapper", "territory_iri"]

RDF_TYPE = expand("rdf:type")
# Organisation kinds that are public bodies with an entry in the RPP (register of rights and duties).
PUBLIC_BODY_KINDS = frozenset({"municipality", "region"})
_P = {
    c: expand(c)
    for c in ("prov:wasGeneratedBy", "prov:Activity", "prov:endedAtTime", "cv:hasLegalResource", "owl:sameAs")
}
_XSD_DATE = expand("xsd:date")


def territory_iri(record: Any, *, base: str) -> str:
    """A territory's RÚIAN IRI when its kind has one and it has a RÚIAN code, else its kpdata IRI."""
    pattern = RUIAN_IRI.get(record.kind)
    if pattern and record.ruian_code:
        return pattern.format(code=record.ruian_code)
    return resource_iri("territories", record.id, base=base)


class RecordMapper:
    """Turns records into (subject, predicate, object) triples made by a term factory."""

    def __init__(self, terms: Any, *, base: str):
        self.t = terms
        self.base = base
        self.territory_iris: dict[str, str] = {}
        self._plans: dict[type, tuple] = {}
        self._type = terms.iri(RDF_TYPE)

    def register_territories(self, records: Iterable[Record]) -> None:
        """Remember territories' IRIs so foreign keys to them point at the same (RÚIAN) IRI."""
        for record in records:
            self.territory_iris[record.id] = territory_iri(record, base=self.base)

    def subject(self, record: Record) -> str:
        table = type(record).__table__.name
        if table == "territories":
            return self.territory_iris.get(record.id) or territory_iri(record, base=self.base)
        return resource_iri(table, record.key, base=self.base)

    def triples(self, record: Record) -> Iterator[tuple]:
        """Every triple of one record."""
        s, pairs, others = self.statements(record)
        for subject, block in [(s, pairs), *others]:
            for p, o in block:
                yield subject, p, o

    def statements(self, record: Record) -> tuple[Any, list[tuple], list[tuple]]:
        """(subject, its (predicate, object) pairs, [(other subject, its pairs)]) of one record: the fast
        path's unit (the other subjects are nodes of the record, such as a plan's approval).

        The pairs are unique and grouped by predicate (fields are planned in predicate order, list
        values de-duplicated), as the Turtle and JSON-LD writers need."""
        prefix, types, fields, extra = self._plans.get(type(record)) or self._plan(type(record))
        s_iri = prefix + record.id if prefix else self.subject(record)
        pairs = list(types)
        values = record.__dict__
        for name, predicate, convert, many in fields:
            value = values[name]
            if value is None:
                continue
            if many:
                pairs.extend([(predicate, convert(item)) for item in dict.fromkeys(value)])
            else:
                pairs.append((predicate, convert(value)))
        if extra is None:
            return self.t.iri(s_iri), pairs, []
        own, others = extra(self, s_iri, record)
        return self.t.iri(s_iri), pairs + own, others

    def _plan(self, model: type) -> tuple:
        terms = table_terms(model)
        types = tuple((self._type, self.t.iri(c)) for c in terms.classes)
        planned = sorted(terms.fields, key=lambda f: (f.predicate == RDF_TYPE, f.predicate))
        fields = tuple((f.field, self.t.iri(f.predicate), self._converter(f), f.many) for f in planned)
        prefix = None if terms.table == "territories" else resource_iri(terms.table, "", base=self.base)
        plan = self._plans[model] = (prefix, types, fields, _EXTRAS.get(terms.table))
        return plan

    def _converter(self, f) -> Callable[[Any], Any]:
        t, base, target = self.t, self.base, f.target
        if f.kind == "literal":
            return t.literal_fn(f.datatype, LEXICAL.get(f.datatype.rpartition("#")[2], str))
        if f.kind == "lang":
            return t.lang_fn("cs")
        if f.kind == "resource":
            return t.iri_fn(resource_iri(target, "", base=base))
        if f.kind == "territory":
            iris, fallback = self.territory_iris, resource_iri("territories", "", base=base)
            return lambda v: t.iri(iris.get(v) or fallback + v)
        if f.kind == "concept":
            return t.iri_fn(concept_iri(target, "", base=base))
        to_iri = t.iri_fn({"url": "", "email": "mailto:", "phone": "tel:"}[f.kind])
        return lambda v: to_iri(safe_iri(v))


def _approval(mapper: RecordMapper, s_iri: str, record: Any) -> tuple[list, list]:
    """A plan's approval as a ``prov:Activity`` ending on the approval day (day precision, xsd:date)."""
    if record.approved_on is None:
        return [], []
    t = mapper.t
    activity = t.iri(f"{s_iri}#schvaleni")
    ended = t.literal(record.approved_on.isoformat(), _XSD_DATE)
    node = [(mapper._type, t.iri(_P["prov:Activity"])), (t.iri(_P["prov:endedAtTime"]), ended)]
    return [(t.iri(_P["prov:wasGeneratedBy"]), activity)], [(activity, node)]


def _legal_basis(mapper: RecordMapper, s_iri: str, record: Any) -> tuple[list, list]:
    """A registered social service's legal basis: zákon č. 108/2006 Sb. (its § is on the kind's concept)."""
    if record.kind is None:
        return [], []
    return [(mapper.t.iri(_P["cv:hasLegalResource"]), mapper.t.iri(LAW_ELI))], []


def _public_body(mapper: RecordMapper, s_iri: str, record: Any) -> tuple[list, list]:
    """A municipality or region with an IČO is the same as its RPP public-body resource."""
    if not (record.ico and record.kind in PUBLIC_BODY_KINDS):
        return [], []
    rpp = RPP_ORGAN_IRI.format(ico=record.ico)
    return [(mapper.t.iri(_P["owl:sameAs"]), mapper.t.iri(rpp))], []


# Per table: extra pairs of the record (with predicates no field uses) and extra nodes.
_EXTRAS = {"plans": _approval, "services": _legal_basis, "organizations": _public_body}

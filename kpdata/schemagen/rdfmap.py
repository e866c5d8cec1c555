"""The model -> RDF mapping table, derived once per model from its field metadata.

Each table maps to its classes (``rdf_class``, the kpdata class ``kp:<Model>`` every resource also gets,
and the extra types standards want) and to one :class:`FieldTerm` per field that has a predicate: which
predicate, what kind of object (a literal of a datatype, a Czech-tagged text, an IRI of another record, a
territory's RÚIAN IRI, a SKOS concept of a codelist, a web address, an e-mail or a phone), single or
list, required or not. The RDF exporter applies the table to records; the SHACL shapes are generated from
the same table, so the two cannot drift apart.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from kpdata.models import validators
from kpdata.models.base import Record
from kpdata.vocab import BASE_IRI, expand

__all__ = [
    "EXTRA_CLASSES",
    "LANG_PREDICATES",
    "FieldTerm",
    "TableTerms",
    "codelist_iri",
    "concept_iri",
    "table_class",
    "table_terms",
]

XSD = "http://www.w3.org/2001/XMLSchema#"

# Predicates whose string values are Czech text (tagged @cs); other strings are plain literals.
LANG_PREDICATES = frozenset(
    expand(c)
    for c in (
        "skos:prefLabel",
        "dct:title",
        "dct:description",
        "rdfs:label",
        "kp:roleLabel",
        "kp:onBehalfOf",
        "kp:leadBodyName",
        "kp:curationReason",
    )
)

# Types the standards want beside the model's rdf_class (DESIGN.md "Identifiers and vocabularies").
EXTRA_CLASSES: dict[str, tuple[str, ...]] = {
    "plans": ("dcat:Resource",),
    "people": ("person:Person",),
    "contact_points": ("vcard:Individual",),
}

# Value rules of kpdata.models.validators that make an IRI instead of a literal, or pick a datatype.
_RULE_KINDS = {
    validators.check_url: "url",
    validators.check_email: "email",
    validators.normalise_phone: "phone",
}
_DATATYPES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),
    (int, "integer"),
    (float, "decimal"),
    (datetime, "dateTime"),
    (date, "date"),
    (str, "string"),
)


@dataclass(frozen=True)
class FieldTerm:
    """How one field becomes triples: ``kind`` is literal | lang | resource | territory | concept | url |
    email | phone; ``datatype`` is the XSD IRI of a literal; ``target`` the referenced table or codelist."""

    field: str
    predicate: str
    kind: str
    datatype: str | None
    many: bool
    required: bool
    target: str | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class TableTerms:
    """The mapping of one table: its classes (first = ``rdf_class``, then ``kp:<Model>``) and fields."""

    table: str
    shape_class: str
    classes: tuple[str, ...]
    fields: tuple[FieldTerm, ...]


def table_class(model: type[Record]) -> str:
    """The kpdata-specific class of a table's resources (``kp:Plan``), unique per table."""
    return expand(f"kp:{model.__name__}")


def codelist_iri(name: str, *, base: str = BASE_IRI) -> str:
    """The SKOS concept scheme of a codelist: ``<base>codelist/<name>``."""
    return f"{base}codelist/{name}"


def concept_iri(name: str, code: str, *, base: str = BASE_IRI) -> str:
    """The SKOS concept of one code: ``<base>codelist/<name>/<code>``."""
    return f"{base}codelist/{name}/{code}"


@cache
def table_terms(model: type[Record]) -> TableTerms:
    """The mapping table of ``model`` (cached: derived once per model)."""
    table = model.__table__.name
    own = table_class(model)
    classes = [expand(model.__table__.rdf_class), own]
    classes += [expand(c) for c in EXTRA_CLASSES.get(table, ())]
    fields = tuple(
        _field_term(model, name) for name, meta in model.columns().items() if meta.predicate is not None
    )
    return TableTerms(table, own, tuple(dict.fromkeys(classes)), fields)


def _field_term(model: type[Record], name: str) -> FieldTerm:
    info = model.model_fields[name]
    meta = model.columns()[name]
    base, many, metadata = _unwrap(info.annotation, list(info.metadata))
    predicate = expand(meta.predicate)
    kind, datatype = _kind(base, metadata, predicate, meta.references, meta.codelist)
    pattern = next((m.pattern for m in metadata if isinstance(getattr(m, "pattern", None), str)), None)
    target = meta.references or meta.codelist
    return FieldTerm(name, predicate, kind, datatype, many, info.is_required(), target, pattern)


def _kind(base: Any, metadata: list[Any], predicate: str, references: str | None, codelist: str | None):
    if references:
        return ("territory" if references == "territories" else "resource"), None
    if codelist:
        return "concept", None
    for item in metadata:
        kind = _RULE_KINDS.get(getattr(item, "func", None))
        if kind:
            return kind, None
    if any(getattr(item, "func", None) is validators.check_year for item in metadata):
        return "literal", XSD + "gYear"
    datatype = XSD + _datatype(base)
    if datatype == XSD + "string" and predicate in LANG_PREDICATES:
        return "lang", None
    return "literal", datatype


def _datatype(base: Any) -> str:
    if typing.get_origin(base) is typing.Literal:
        return "string"
    for python_type, name in _DATATYPES:
        if isinstance(base, type) and issubclass(base, python_type):
            return name
    raise TypeError(f"no XSD datatype for {base!r}")


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, bool, list[Any]]:
    """Strip Optional / Annotated / list: (base type, is a list, all metadata)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return _unwrap(next(a for a in args if a is not type(None)), metadata)
    if origin is typing.Annotated:
        return _unwrap(args[0], [*metadata, *args[1:]])
    if origin is list:
        base, _, meta = _unwrap(args[0], metadata)
        return base, True, meta
    return annotation, False, metadata

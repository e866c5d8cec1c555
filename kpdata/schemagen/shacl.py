"""kpdata's own SHACL shapes, generated from the same mapping table the RDF exporter applies.

One ``sh:NodeShape`` per table, targeting the table's own class ``kp:<Model>`` (several tables share a
standard class: plans and documents are both ``foaf:Document``), requiring its standard class too, with
one property shape per mapped field: ``sh:datatype`` for literals (``rdf:langString`` + ``sh:languageIn``
for Czech text), ``sh:nodeKind sh:IRI`` + ``sh:class`` for links to other records, ``sh:in`` with the
concept IRIs for codelists, ``sh:pattern`` where the model has one, ``sh:minCount 1`` for required
fields and ``sh:maxCount 1`` for single values. Plus a shape for the SKOS concepts of the codelists.
Codelist IRIs are those under the default base IRI (:data:`kpdata.vocab.BASE_IRI`).
"""

from __future__ import annotations

from kpdata.codelists import codelist
from kpdata.models.tables import TABLES
from kpdata.schemagen.rdfmap import XSD, FieldTerm, concept_iri, table_class, table_terms
from kpdata.vocab import BASE_IRI, PREFIXES

__all__ = ["SHAPES_IRI", "shapes_turtle"]

SHAPES_IRI = BASE_IRI + "shapes#"
_PREFIXES = {**PREFIXES, "kpsh": SHAPES_IRI}
_IRI_PATTERNS = {"email": "^mailto:", "phone": r"^tel:\+[1-9][0-9]{7,14}$", "url": "^https?://"}


def shapes_turtle() -> str:
    """The shapes as Turtle text (deterministic: tables in TABLES order, fields in column order)."""
    blocks = [_node_shape(model) for model in TABLES.values()]
    blocks.append(_concept_shape())
    used = sorted(k for k in _PREFIXES if any(f"{k}:" in b for b in blocks) or k in ("sh", "kpsh"))
    header = "".join(f"@prefix {k}: <{_PREFIXES[k]}> .\n" for k in used)
    return header + "\n" + "\n".join(blocks)


def _name(iri: str) -> str:
    """A prefixed name when the IRI is in a known namespace with a plain local name, else ``<iri>``."""
    for prefix, namespace in sorted(_PREFIXES.items(), key=lambda kv: -len(kv[1])):
        local = iri.removeprefix(namespace)
        if local != iri and local.replace("_", "").replace("-", "").isalnum():
            return f"{prefix}:{local}"
    return f"<{iri}>"


def _literal(text: str, lang: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def _node_shape(model) -> str:
    terms = table_terms(model)
    shape = f"kpsh:{model.__name__}"
    props = [_property(model, f) for f in terms.fields]
    refs = ", ".join(f"{shape}-{f.field}" for f in terms.fields)
    head = [
        f"{shape} a sh:NodeShape",
        f"sh:targetClass {_name(table_class(model))}",
        f"sh:class {_name(terms.classes[0])}",
        f"sh:name {_literal(model.__table__.title_cs, 'cs')}, {_literal(model.__table__.title_en, 'en')}",
    ]
    if refs:
        head.append(f"sh:property {refs}")
    return " ;\n    ".join(head) + " .\n" + "".join(props)


def _property(model, f: FieldTerm) -> str:
    meta = model.columns()[f.field]
    lines = [
        f"kpsh:{model.__name__}-{f.field} a sh:PropertyShape",
        f"sh:path {_name(f.predicate)}",
        f"sh:name {_literal(meta.title_cs, 'cs')}, {_literal(meta.title_en, 'en')}",
        *_constraints(f),
    ]
    if f.required and not f.many:
        lines.append("sh:minCount 1")
    if not f.many:
        lines.append("sh:maxCount 1")
    return " ;\n    ".join(lines) + " .\n"


def _constraints(f: FieldTerm) -> list[str]:
    if f.kind == "literal":
        out = [f"sh:datatype {_name(f.datatype)}"]
        if f.pattern:
            out.append(f"sh:pattern {_literal(f.pattern)}")
        return out
    if f.kind == "lang":
        return [f"sh:datatype {_name(PREFIXES['rdf'] + 'langString')}", 'sh:languageIn ( "cs" )']
    if f.kind in ("resource", "territory"):
        return ["sh:nodeKind sh:IRI", f"sh:class {_name(table_class(TABLES[f.target]))}"]
    if f.kind == "concept":
        concepts = " ".join(f"<{concept_iri(f.target, code)}>" for code in codelist(f.target).ordered_codes)
        return ["sh:nodeKind sh:IRI", f"sh:in ( {concepts} )"]
    return ["sh:nodeKind sh:IRI", f"sh:pattern {_literal(_IRI_PATTERNS[f.kind])}"]


def _concept_shape() -> str:
    return (
        "kpsh:Concept a sh:NodeShape ;\n    sh:targetClass skos:Concept ;\n    sh:property [\n"
        "        sh:path skos:prefLabel ; sh:minCount 1 ; sh:datatype rdf:langString ; sh:uniqueLang true\n"
        "    ], [\n        sh:path skos:inScheme ; sh:minCount 1 ; sh:maxCount 1 ; sh:class skos:ConceptScheme\n"
        f"    ], [\n        sh:path skos:notation ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype {_name(XSD + 'string')}\n"
        "    ] .\n"
    )

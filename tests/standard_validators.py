"""Validators of the standards kpdata publishes to, built from the official files in ../shared/standards."""

from __future__ import annotations

import json

from rdflib import Graph
from rdflib.namespace import SH

__all__ = ["dcat_ap_shapes", "lkod_validator"]

LKOD = "ofn-datagov-cz/dcat-ap-cz-rozhraní-katalogů-otevřených-dat/2024-05-28/schémata"
OFN_TYPES = "https://ofn.gov.cz/základní-datové-typy/2020-07-01/schémata/"


def lkod_validator(shared, schema_name):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    # The LKOD schemas $ref two OFN base types that are not in ../shared; these stand-ins state their shape
    # (a language-tagged text: {"cs": "..."}; several texts: {"cs": ["...", ...]}).
    base = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}
    stand_ins = {
        "text.json": {**base, "additionalProperties": {"type": "string"}},
        "více-textů.json": {**base, "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    }
    registry = Registry().with_resources(
        (OFN_TYPES + name, Resource.from_contents(schema)) for name, schema in stand_ins.items()
    )
    schema = json.loads((shared / "standards" / LKOD / schema_name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)


def dcat_ap_shapes(shared) -> Graph:
    """The official shapes; ranges.ttl lists a few property shapes it defines nowhere (upstream): those
    references constrain nothing and are dropped so pyshacl accepts the shapes graph."""
    shapes = Graph()
    for name in ("dcat-ap-SHACL.ttl", "ranges.ttl"):
        shapes.parse(shared / "standards" / "semiceu-dcat-ap-3.0.1" / "shacl" / name, format="turtle")
    for node, prop in list(shapes.subject_objects(SH.property)):
        if (prop, SH.path, None) not in shapes:
            shapes.remove((node, SH.property, prop))
    return shapes

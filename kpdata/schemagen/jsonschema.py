"""JSON Schema of each record model and of the nested release document (``kpdata.json``).

pydantic writes the schema; we add what its validators know but the schema cannot see: the pattern of
a slug, IČO, phone, e-mail or URL, the lower bound of a year, and the codes of a codelist as ``enum``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from kpdata.codelists import codelist
from kpdata.models.base import Record
from kpdata.models.nested import DatasetDocument, GroupNode, MembershipNode, ProcessNode
from kpdata.models.tables import TABLES
from kpdata.schemagen.fields import FieldSpec, field_specs

__all__ = ["JSON_SCHEMA_DIALECT", "to_document_schema", "to_json_schema"]

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_NODES: tuple[type[BaseModel], ...] = (DatasetDocument, ProcessNode, GroupNode, MembershipNode)


def to_json_schema(model: type[Record]) -> dict[str, Any]:
    """The JSON Schema of one record (serialised form, as in the JSON document)."""
    return _finish(model)


def to_document_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`kpdata.models.nested.DatasetDocument`."""
    return _finish(DatasetDocument)


def _finish(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(mode="serialization")
    _enrich(schema, model)
    by_name = {cls.__name__: cls for cls in (*TABLES.values(), *_NODES)}
    for name, definition in schema.get("$defs", {}).items():
        _enrich(definition, by_name[name])
    return {"$schema": JSON_SCHEMA_DIALECT, **schema}


def _record_base(model: type[BaseModel]) -> type[Record] | None:
    """The table model a node extends (ProcessNode -> Process), or None for a plain document model."""
    return next((cls for cls in model.__mro__ if cls in TABLES.values()), None)


def _enrich(schema: dict[str, Any], model: type[BaseModel]) -> None:
    record = _record_base(model)
    if record is None:
        return
    properties = schema.get("properties", {})
    for spec in field_specs(record):
        if spec.name in properties:
            _constrain(_value_schema(properties[spec.name], spec), spec)


def _value_schema(prop: dict[str, Any], spec: FieldSpec) -> dict[str, Any]:
    """The branch of a property that describes one value (not null, not the list around it)."""
    branches = [b for b in prop.get("anyOf", []) if b.get("type") != "null"]
    target = branches[0] if branches else prop
    return target.get("items", target) if spec.is_list else target


def _constrain(target: dict[str, Any], spec: FieldSpec) -> None:
    pattern = spec.constraints.get("pattern")
    if pattern and "pattern" not in target:
        target["pattern"] = f"^{pattern}$"
    if "minimum" in spec.constraints and "minimum" not in target:
        target["minimum"] = spec.constraints["minimum"]
    if spec.meta.codelist and "enum" not in target:
        target["enum"] = list(codelist(spec.meta.codelist).ordered_codes)

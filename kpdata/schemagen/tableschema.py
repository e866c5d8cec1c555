"""Frictionless Table Schema (v2) of every table and every codelist, derived from the models."""

from __future__ import annotations

import re
from typing import Any

from kpdata.codelists import Codelist, codelist
from kpdata.models.base import LIST_SEPARATOR, Record
from kpdata.models.tables import TABLES
from kpdata.schemagen.fields import FieldSpec, field_specs
from kpdata.vocab import expand

__all__ = ["TABLESCHEMA_PROFILE", "to_codelist_schema", "to_field", "to_table_schema"]

TABLESCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
_LIST_NOTE = f' Values are joined by "{LIST_SEPARATOR}".'


def to_table_schema(model: type[Record]) -> dict[str, Any]:
    """The Table Schema of one table: fields, primary key, foreign keys, ``""`` as the missing value."""
    table = model.__table__
    specs = field_specs(model)
    schema: dict[str, Any] = {
        "$schema": TABLESCHEMA_PROFILE,
        "fields": [to_field(spec, model) for spec in specs],
        "missingValues": [""],
        "primaryKey": [table.primary_key],
        "x-kpdata": {
            "name": table.name,
            "title_cs": table.title_cs,
            "title_en": table.title_en,
            "description_cs": table.description_cs,
            "description_en": table.description_en,
            "rdf_class": expand(table.rdf_class),
        },
    }
    # A list of keys in one cell ("a|b") cannot be a Table Schema foreign key; its field says what it holds.
    lists = {spec.name for spec in specs if spec.is_list}
    foreign_keys = [_foreign_key(n, target) for n, target in model.foreign_keys().items() if n not in lists]
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def to_field(spec: FieldSpec, model: type[Record]) -> dict[str, Any]:
    """One Table Schema field with its constraints, categories and kpdata metadata."""
    meta = spec.meta
    description = meta.description_en or meta.title_en
    if spec.is_list:
        description = description.rstrip(".") + "." + _LIST_NOTE
    out: dict[str, Any] = {
        "name": spec.name,
        "type": "string" if spec.is_list else spec.type,
        "title": meta.title_en,
        "description": description,
        "x-kpdata": _field_extra(spec),
    }
    out.update(_values(spec))
    constraints = _constraints(spec)
    if constraints:
        out["constraints"] = constraints
    rdf_type = _rdf_type(spec, model)
    if rdf_type:
        out["rdfType"] = rdf_type
    return out


def _field_extra(spec: FieldSpec) -> dict[str, Any]:
    meta = spec.meta
    extra: dict[str, Any] = {
        "title_cs": meta.title_cs,
        "description_cs": meta.description_cs or meta.title_cs,
        "personal": meta.personal,
    }
    if meta.predicate:
        extra["predicate"] = expand(meta.predicate)
    if meta.codelist:
        extra["codelist"] = meta.codelist
    if spec.is_list:
        extra["list_separator"] = LIST_SEPARATOR
    return extra


def _values(spec: FieldSpec) -> dict[str, Any]:
    """``categories`` for a single code (labels from the codelist) or a Literal; lists get a pattern."""
    if spec.is_list:
        return {}
    if spec.meta.codelist:
        cl = codelist(spec.meta.codelist)
        return {"categories": [{"value": c.code, "label": c.label_cs} for c in cl]}
    if spec.choices:
        return {"categories": list(spec.choices)}
    return {}


def _constraints(spec: FieldSpec) -> dict[str, Any]:
    constraints = dict(spec.constraints)
    if spec.required:
        constraints["required"] = True
    if spec.is_list:
        item = _codes_pattern(spec.meta.codelist) if spec.meta.codelist else constraints.get("pattern")
        constraints.pop("minLength", None)
        constraints.pop("pattern", None)
        if item:
            constraints["pattern"] = f"{item}(\\{LIST_SEPARATOR}{item})*"
    return constraints


def _codes_pattern(name: str) -> str:
    return "(" + "|".join(re.escape(code) for code in codelist(name).ordered_codes) + ")"


def _rdf_type(spec: FieldSpec, model: type[Record]) -> str | None:
    """The class of the thing a key names: the table's own class for its key, the target's for a FK."""
    if spec.name == model.__table__.primary_key:
        return expand(model.__table__.rdf_class)
    if spec.meta.references:
        return expand(TABLES[spec.meta.references].__table__.rdf_class)
    return None


def _foreign_key(name: str, target: str) -> dict[str, Any]:
    key = TABLES[target].__table__.primary_key
    return {"fields": [name], "reference": {"resource": target, "fields": [key]}}


def to_codelist_schema(name: str) -> dict[str, Any]:
    """The Table Schema of a codelist published as a table (``code`` is the key)."""
    cl: Codelist = codelist(name)
    return {
        "$schema": TABLESCHEMA_PROFILE,
        "fields": [_codelist_field(column) for column in cl.columns],
        "missingValues": [""],
        "primaryKey": ["code"],
        "x-kpdata": {
            "name": cl.name,
            "title_cs": cl.title_cs,
            "title_en": cl.title_en,
            "license": cl.license,
        },
    }


_CODELIST_COLUMNS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "code": ("Code", "Kód", {"required": True, "pattern": "[a-z0-9]+(_[a-z0-9]+)*"}),
    "label_cs": ("Czech label", "Název česky", {"required": True}),
    "label_en": ("English label", "Název anglicky", {}),
    "definition_cs": ("Czech definition", "Definice česky", {}),
    "aliases_cs": ("Czech aliases (joined by |)", "Jiná pojmenování česky (oddělená |)", {}),
}


def _codelist_field(column: str) -> dict[str, Any]:
    title_en, title_cs, constraints = _CODELIST_COLUMNS.get(column, (column, column, {}))
    out: dict[str, Any] = {
        "name": column,
        "type": "string",
        "title": title_en,
        "x-kpdata": {"title_cs": title_cs},
    }
    if constraints:
        out["constraints"] = dict(constraints)
    return out

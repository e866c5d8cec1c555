"""What a record field is, read from its pydantic declaration: base type, list, constraints, codelist.

Every generator (Table Schema, JSON Schema, JSON-LD context, data dictionary) reads fields through
:func:`field_spec`, so a rule declared on a model reaches every schema the same way.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic.fields import FieldInfo

from kpdata.models import validators
from kpdata.models.base import ColumnMeta, Record

__all__ = ["VALIDATOR_RULES", "FieldSpec", "field_spec", "field_specs"]

# Value rules of kpdata.models.validators as constraints a schema can state. The pattern is the shape of
# the normalised value (what a CSV cell holds); checksums and the like stay with the model.
VALIDATOR_RULES: dict[Any, dict[str, Any]] = {
    validators.check_slug: {"pattern": "[a-z0-9]+(-[a-z0-9]+)*"},
    validators.check_ico: {"pattern": r"\d{8}"},
    validators.normalise_phone: {"pattern": r"\+[1-9]\d{7,14}"},
    validators.check_email: {"pattern": r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"},
    validators.check_url: {"pattern": r"https?://\S+"},
    validators.check_year: {"minimum": 1990},
}

_TYPES: dict[type, str] = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    datetime: "datetime",
    date: "date",
}


@dataclass
class FieldSpec:
    """A field as schemas see it. ``type`` is a Table Schema type; ``is_list`` means ``|``-joined cells."""

    name: str
    meta: ColumnMeta
    type: str
    required: bool
    is_list: bool = False
    choices: tuple[str, ...] = ()  # the values of a Literal
    constraints: dict[str, Any] = field(default_factory=dict)


def field_specs(model: type[Record]) -> list[FieldSpec]:
    """The fields of ``model`` in column order."""
    return [field_spec(name, model.model_fields[name]) for name in model.field_names()]


def field_spec(name: str, info: FieldInfo) -> FieldSpec:
    """Read one field: unwrap Optional/Annotated/list, collect constraints from metadata and validators."""
    from kpdata.models.base import column_meta

    spec = FieldSpec(name, column_meta(info), "string", info.is_required())
    _read(spec, info.annotation, list(info.metadata))
    return spec


def _read(spec: FieldSpec, annotation: Any, metadata: list[Any]) -> None:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        _read(spec, next(a for a in args if a is not type(None)), metadata)
    elif origin is typing.Annotated:
        _read(spec, args[0], [*metadata, *args[1:]])
    elif origin is list:
        spec.is_list = True
        _read(spec, args[0], metadata)
    elif origin is typing.Literal:
        spec.choices = tuple(str(a) for a in args)
        _apply(spec, metadata)
    else:
        spec.type = _table_type(annotation)
        _apply(spec, metadata)


def _table_type(annotation: Any) -> str:
    for python_type, name in _TYPES.items():
        if isinstance(annotation, type) and issubclass(annotation, python_type):
            return name
    raise TypeError(f"no Table Schema type for {annotation!r}")


def _apply(spec: FieldSpec, metadata: list[Any]) -> None:
    for item in metadata:
        func = getattr(item, "func", None)
        if func in VALIDATOR_RULES:
            spec.constraints.update(VALIDATOR_RULES[func])
        for attr, key in (("min_length", "minLength"), ("ge", "minimum"), ("le", "maximum")):
            if getattr(item, attr, None) is not None:
                spec.constraints[key] = getattr(item, attr)
        pattern = getattr(item, "pattern", None)
        if isinstance(pattern, str):
            spec.constraints["pattern"] = _unanchor(pattern)


def _unanchor(pattern: str) -> str:
    """Table Schema patterns match the whole value (XML Schema style): drop ``^``/``$`` anchors."""
    core = pattern.removeprefix("^").removesuffix("$")
    return core if "|" not in re.sub(r"\([^()]*\)", "", core) else f"({core})"

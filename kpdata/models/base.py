"""The base of every record: column metadata on fields, table metadata on classes, CSV row conversion.

A field is declared once, with :func:`column`, and everything else is derived from that declaration:
the CSV column and JSON key (the field name), the Table Schema field, the JSON Schema property, the RDF
predicate, the data dictionary entry and the personal-data flag.
"""

from __future__ import annotations

import functools
import types
import typing
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic.fields import FieldInfo

__all__ = [
    "LIST_SEPARATOR",
    "ColumnMeta",
    "Record",
    "TableMeta",
    "column",
    "column_meta",
    "from_row",
    "to_row",
    "value_type",
]

LIST_SEPARATOR = "|"


@dataclass(frozen=True)
class ColumnMeta:
    """What a field means, in Czech and English, and how it maps to RDF."""

    title_cs: str
    title_en: str
    description_cs: str = ""
    description_en: str = ""
    predicate: str | None = None  # CURIE, see kpdata.vocab
    personal: bool = False
    codelist: str | None = None
    references: str | None = None  # table name of a foreign key


@dataclass(frozen=True)
class TableMeta:
    """What a table is: its name, titles, RDF class and primary key."""

    name: str
    title_cs: str
    title_en: str
    description_cs: str
    description_en: str
    rdf_class: str
    primary_key: str = "id"


def column(
    default: Any = ...,
    *,
    title_cs: str,
    title_en: str,
    description_cs: str = "",
    description_en: str = "",
    predicate: str | None = None,
    personal: bool = False,
    codelist: str | None = None,
    references: str | None = None,
    **field_kwargs: Any,
) -> Any:
    """Declare a record field with its meaning; ``default=...`` makes it required."""
    meta = ColumnMeta(
        title_cs, title_en, description_cs, description_en, predicate, personal, codelist, references
    )
    extra = {"title_cs": title_cs, "description_cs": description_cs, "x-kpdata": meta.__dict__}
    return Field(
        default,
        title=title_en,
        description=description_en or title_en,
        json_schema_extra=extra,
        **field_kwargs,
    )


def column_meta(info: FieldInfo) -> ColumnMeta:
    extra = info.json_schema_extra
    if not isinstance(extra, dict) or "x-kpdata" not in extra:
        raise TypeError("field was not declared with kpdata.models.base.column()")
    return ColumnMeta(**extra["x-kpdata"])


class Record(BaseModel):
    """A row of one table of the dataset."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_default=True)
    __table__: ClassVar[TableMeta]
    __trailing_fields__: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def field_names(cls) -> list[str]:
        """Column order: the table's own fields as declared, then inherited trailing ones (provenance)."""
        return list(_field_order(cls))

    @classmethod
    def columns(cls) -> dict[str, ColumnMeta]:
        """Field name -> its metadata, in column order."""
        return {name: column_meta(cls.model_fields[name]) for name in cls.field_names()}

    @classmethod
    def foreign_keys(cls) -> dict[str, str]:
        """Field name -> referenced table, for every foreign key."""
        return {name: meta.references for name, meta in cls.columns().items() if meta.references}

    @classmethod
    def list_fields(cls) -> set[str]:
        """Fields holding a list (one CSV cell joined by ``|``)."""
        return {name for name, info in cls.model_fields.items() if _is_list(info.annotation)}

    @classmethod
    def has_personal_data(cls) -> bool:
        return any(meta.personal for meta in cls.columns().values())

    @property
    def key(self) -> str:
        return str(getattr(self, self.__table__.primary_key))


@functools.cache
def _field_order(model: type[Record]) -> tuple[str, ...]:
    names = list(model.model_fields)
    trailing = model.__trailing_fields__
    return tuple([n for n in names if n not in trailing] + [n for n in names if n in trailing])


def _is_list(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_is_list(arg) for arg in typing.get_args(annotation) if arg is not type(None))
    if origin is typing.Annotated:
        return _is_list(typing.get_args(annotation)[0])
    return origin is list


def value_type(annotation: Any) -> Any:
    """The value type under ``Optional[...]`` and ``Annotated[...]`` (``str`` for a wider union)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return value_type(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return value_type(args[0]) if len(args) == 1 else str
    return annotation


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(_cell(v) for v in value)
    return str(value)


def to_row(record: Record) -> dict[str, str]:
    """One CSV row: ``None`` -> ``""``, lists joined by ``|``, booleans ``true``/``false``, dates ISO."""
    return {name: _cell(getattr(record, name)) for name in _field_order(type(record))}


def from_row(model: type[Record], row: dict[str, str]) -> Record:
    """The inverse of :func:`to_row`; raises pydantic's ValidationError naming field and value."""
    data: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        cell = row.get(name, "")
        if _is_list(info.annotation):
            data[name] = cell.split(LIST_SEPARATOR) if cell else []
        elif cell != "":
            data[name] = cell
    return model.model_validate(data)

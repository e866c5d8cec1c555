"""Turn the CSV columns of a release back into records without pydantic validation (the release was
validated when it was published, and its checksums are verified before reading).

Columns are converted whole (one list comprehension per column), and records are created the way
``model_construct`` creates them, minus its per-call bookkeeping: about 5x faster at national scale.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from kpdata.models.base import LIST_SEPARATOR, Record, value_type

__all__ = ["records_from_rows"]

Converter = Callable[[str], Any]


_SCALARS: dict[Any, Converter] = {
    int: int,
    float: float,
    bool: lambda cell: cell == "true",
    date: date.fromisoformat,
    datetime: datetime.fromisoformat,
}


def _column(model: type[Record], name: str, cells: tuple[str, ...]) -> list[Any]:
    info = model.model_fields[name]
    base = value_type(info.annotation)
    if typing.get_origin(base) is list:
        return [cell.split(LIST_SEPARATOR) if cell else [] for cell in cells]
    empty = info.get_default(call_default_factory=True)
    convert = _SCALARS.get(base)
    if convert is None:
        return [cell or empty for cell in cells]
    return [convert(cell) if cell else empty for cell in cells]


def _defaults(model: type[Record], header: list[str]) -> dict[str, Any]:
    """Fields a file lacks (an older release) get their defaults."""
    missing = [n for n in model.model_fields if n not in header]
    return {n: model.model_fields[n].get_default(call_default_factory=True) for n in missing}


def records_from_rows(model: type[Record], header: list[str], rows: list[list[str]]) -> list[Record]:
    """Records of ``model`` from CSV rows (lists of cells in ``header`` order), unvalidated."""
    unknown = [n for n in header if n not in model.model_fields]
    if unknown or model.__private_attributes__:
        raise ValueError(f"{model.__name__} has no field(s) {unknown}" if unknown else "private attributes")
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in header]
    converted = [_column(model, name, cells) for name, cells in zip(header, columns, strict=True)]
    defaults, names = _defaults(model, header), set(header)
    new, setattr_ = object.__new__, object.__setattr__  # what model_construct does, without its checks
    records = []
    for values in zip(*converted, strict=True):
        record = new(model)
        data = dict(zip(header, values, strict=True))
        if defaults:
            data.update(defaults)
        setattr_(record, "__dict__", data)
        setattr_(record, "__pydantic_fields_set__", names.copy())
        setattr_(record, "__pydantic_extra__", None)
        setattr_(record, "__pydantic_private__", None)
        records.append(record)
    return records

"""Turn CSV cells of a release back into Python values without pydantic validation (the release was
validated when it was published, and its checksums are verified before reading)."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from kpdata.models.base import LIST_SEPARATOR, Record

__all__ = ["row_reader"]

Converter = Callable[[str], Any]


def _base(annotation: Any) -> Any:
    """The value type under Optional[...] and Annotated[...]."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _base(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _base(args[0]) if len(args) == 1 else str
    return annotation


_SCALARS: dict[Any, Converter] = {
    int: int,
    float: float,
    bool: lambda cell: cell == "true",
    date: date.fromisoformat,
    datetime: datetime.fromisoformat,
}


def _converter(annotation: Any) -> tuple[Converter, bool]:
    base = _base(annotation)
    if typing.get_origin(base) is list:
        return (lambda cell: cell.split(LIST_SEPARATOR)), True
    return _SCALARS.get(base, str), False


def row_reader(model: type[Record], header: list[str]) -> Callable[[list[str]], Record]:
    """A function from one CSV row (a list of cells in ``header`` order) to a record of ``model``."""
    plan = []
    for name in header:
        info = model.model_fields[name]
        convert, is_list = _converter(info.annotation)
        empty = None if is_list else info.get_default(call_default_factory=True)
        plan.append((name, convert, is_list, empty))

    def read(cells: list[str]) -> Record:
        values = {}
        for (name, convert, is_list, empty), cell in zip(plan, cells, strict=True):
            values[name] = convert(cell) if cell else ([] if is_list else empty)
        return model.model_construct(**values)

    return read

"""Tables as data frames: pandas or polars, imported only when asked for."""

from __future__ import annotations

import importlib
from typing import Any

from kpdata.errors import KpdataError

__all__ = ["MissingLibrary", "to_pandas", "to_polars"]


class MissingLibrary(KpdataError):
    """An optional library (pandas, polars) is not installed."""


def _import(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingLibrary(f"{name} is not installed: pip install {name}") from None


def _columns(records: list, model: type) -> dict[str, list]:
    names = model.field_names()
    return {n: [getattr(r, n) for r in records] for n in names}


def to_pandas(records: list, model: type) -> Any:
    """A pandas DataFrame with one column per field (lists stay Python lists)."""
    return _import("pandas").DataFrame(_columns(records, model))


def to_polars(records: list, model: type) -> Any:
    """A polars DataFrame with one column per field."""
    return _import("polars").DataFrame(_columns(records, model), strict=False)

"""Reading ``territories.csv`` into light rows, and turning a row into a validated ``Territory`` on demand.

Rows stay plain tuples of strings so that loading the ~7 000 territories is quick; the pydantic model is
built (and validated) only for the territories a caller actually gets back.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kpdata.errors import KpdataError, NotFoundError

if TYPE_CHECKING:
    from kpdata.models.territory import Territory

__all__ = ["KINDS", "TABLE_FILE", "TerritoryRow", "read_table", "to_model"]

TABLE_FILE = "territories.csv"
KINDS = ("obec", "mestska_cast", "orp", "okres", "kraj")  # also the order of preference for a bare name


class TerritoryRow(NamedTuple):
    """One row of ``territories.csv``, every cell a string ("" = empty)."""

    id: str
    kind: str
    csu_code: str
    name: str
    nuts_code: str
    ruian_code: str
    obec_code: str
    orp_code: str
    okres_code: str
    kraj_code: str
    population: str
    ico: str
    is_statutory_city: str


def table_path(path: Path | str | None) -> Path:
    """The CSV file: ``path`` itself, ``path/territories.csv``, or the reference dir's copy."""
    if path is None:
        from kpdata.paths import reference_dir

        path = reference_dir()
    path = Path(path)
    return path / TABLE_FILE if path.is_dir() else path


def read_table(path: Path) -> list[TerritoryRow]:
    """All rows of the CSV; a missing file or a wrong header is a clear error."""
    if not path.is_file():
        raise NotFoundError(f"{path}: territory reference not found (build it: scripts/build_reference.py)")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = tuple(next(reader, ()))
        if header != TerritoryRow._fields:
            raise KpdataError(f"{path}: header {list(header)} is not {list(TerritoryRow._fields)}")
        rows = []
        for line, cells in enumerate(reader, start=2):
            if len(cells) != len(header):
                raise KpdataError(f"{path}:{line}: {len(cells)} cells, expected {len(header)}")
            rows.append(TerritoryRow(*cells))
    return rows


def to_model(row: TerritoryRow) -> Territory:
    """The validated ``Territory`` record of a row (raises RecordError naming the row and field)."""
    from kpdata.models.errors import validate_record
    from kpdata.models.territory import Territory

    data = {name: value for name, value in zip(row._fields, row, strict=True) if value != ""}
    return validate_record(Territory, data, where=f"{TABLE_FILE}[{row.id}]")

"""Read the codelists shipped in ``kpdata/codelists/data/``: ``index.csv`` names them, one CSV each."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from kpdata.codelists.model import Codelist, Concept
from kpdata.errors import KpdataError, NotFoundError

__all__ = ["DATA_DIR", "CodelistFileError", "UnknownCodelist", "codelist", "codelist_names", "load_codelist"]

DATA_DIR = Path(__file__).resolve().parent / "data"
INDEX_COLUMNS = ("name", "title_cs", "title_en", "source", "source_url", "license")
BASE_COLUMNS = ("code", "label_cs", "label_en", "definition_cs")
_CODE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")  # ASCII snake_case


class CodelistFileError(KpdataError):
    """A codelist data file is malformed (missing column, empty or duplicate code, no Czech label)."""


class UnknownCodelist(NotFoundError, KeyError):
    """No codelist of that name; the message names the known ones."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def codelist_names() -> tuple[str, ...]:
    """Names of all codelists, in index order."""
    return tuple(row["name"] for row in _index(DATA_DIR))


@cache
def codelist(name: str) -> Codelist:
    """The codelist called ``name`` (cached); :class:`UnknownCodelist` (a KeyError) if there is none."""
    meta = _index_by_name(DATA_DIR).get(name)
    if meta is None:
        known = ", ".join(codelist_names())
        raise UnknownCodelist(f"no codelist named {name!r} (known: {known})")
    return load_codelist(DATA_DIR / f"{name}.csv", meta)


def load_codelist(path: Path, meta: dict[str, str]) -> Codelist:
    """Read one codelist CSV, checking its columns and codes; ``meta`` is its row of the index."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = tuple(reader.fieldnames or ())
        _require_columns(path, columns, BASE_COLUMNS)
        concepts = tuple(_concept(path, line, row) for line, row in enumerate(reader, start=2))
    _require_unique(path, concepts)
    fields = {key: meta[key] for key in INDEX_COLUMNS}
    return Codelist(**fields, concepts=concepts, columns=columns)


def _concept(path: Path, line: int, row: dict[str, str | None]) -> Concept:
    if None in row or any(value is None for value in row.values()):
        raise CodelistFileError(f"{path}:{line}: wrong number of cells")
    code, label_cs = row["code"].strip(), row["label_cs"].strip()
    if not _CODE.match(code):
        raise CodelistFileError(f"{path}:{line}: code {code!r} is not ASCII snake_case")
    if not label_cs:
        raise CodelistFileError(f"{path}:{line}: code {code!r} has no label_cs")
    extra = {key: value for key, value in row.items() if key not in BASE_COLUMNS}
    return Concept(code, label_cs, row["label_en"], row["definition_cs"], extra)


def _require_columns(path: Path, columns: tuple[str, ...], required: tuple[str, ...]) -> None:
    missing = [column for column in required if column not in columns]
    if missing:
        raise CodelistFileError(f"{path}: missing column(s) {', '.join(missing)}")


def _require_unique(path: Path, concepts: tuple[Concept, ...]) -> None:
    seen: set[str] = set()
    for concept in concepts:
        if concept.code in seen:
            raise CodelistFileError(f"{path}: code {concept.code!r} appears twice")
        seen.add(concept.code)


@cache
def _index(data_dir: Path) -> tuple[dict[str, str], ...]:
    path = data_dir / "index.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        _require_columns(path, tuple(reader.fieldnames or ()), INDEX_COLUMNS)
        return tuple(dict(row) for row in reader)


@cache
def _index_by_name(data_dir: Path) -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in _index(data_dir)}

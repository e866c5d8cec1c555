"""``kpdata.load()``: read a release (the latest by default) into typed records, offline.

The release's ``SHA256SUMS`` is checked for every table read, then rows are built with
``model_construct`` (no re-validation: the data was validated when it was published).
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

from kpdata.dataset._cells import records_from_rows
from kpdata.dataset.queries import DatasetQueries
from kpdata.errors import NotFoundError, ValidationFailed
from kpdata.models.recordset import RecordSet
from kpdata.models.tables import TABLES

__all__ = ["Dataset", "find_release", "load_dataset"]

_SEMVER_PARTS = 3


@dataclass
class Dataset(DatasetQueries):
    """One release in memory: its records by table, its version and folder."""

    records: RecordSet
    version: str
    path: Path

    def table(self, name: str) -> list:
        """The records of one table, sorted by id."""
        return self.records.table(name)


def _semver(name: str) -> tuple[int, ...] | None:
    parts = name.split(".")
    if len(parts) != _SEMVER_PARTS or not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def find_release(version: str | None = None, *, releases: Path | None = None) -> Path:
    """The folder of release ``version`` (default: the highest SemVer) under the releases directory."""
    from kpdata.paths import releases_dir

    root = releases or releases_dir()
    candidates = root.iterdir() if root.is_dir() else []
    found = {p.name: p for p in candidates if _semver(p.name) and (p / "datapackage.json").is_file()}
    if not found:
        raise NotFoundError(f"no release in {root}: run 'kpdata publish --version X.Y.Z' first")
    if version is None:
        return found[max(found, key=_semver)]
    if version not in found:
        raise NotFoundError(
            f"no release {version} in {root} (releases: {', '.join(sorted(found, key=_semver))})"
        )
    return found[version]


def _checksums(folder: Path) -> dict[str, str]:
    path = folder / "SHA256SUMS"
    if not path.is_file():
        raise ValidationFailed(f"{path} is missing: not a complete release")
    pairs = (line.split("  ", 1) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {name: digest for digest, name in pairs}


def _read_table(folder: Path, table: str, digest: str) -> list:
    raw = (folder / "data" / f"{table}.csv").read_bytes()
    if hashlib.sha256(raw).hexdigest() != digest:
        raise ValidationFailed(
            f"{folder}/data/{table}.csv does not match SHA256SUMS: the release was altered"
        )
    header, *rows = csv.reader(io.StringIO(raw.decode("utf-8"), newline=""))
    return records_from_rows(TABLES[table], header, rows)


def load_dataset(version: str | None = None, *, path: str | Path | None = None) -> Dataset:
    """Load release ``version`` (default: the latest) or the release folder at ``path``."""
    folder = Path(path) if path is not None else find_release(version)
    if folder.name == "datapackage.json":
        folder = folder.parent
    sums = _checksums(folder)
    records = RecordSet()
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of new objects, none cyclic: collector passes would only cost time
    try:
        for table in TABLES:
            digest = sums.get(f"data/{table}.csv")
            if digest is not None:
                records.extend(table, _read_table(folder, table, digest))
    finally:
        if collecting:
            gc.enable()
    return Dataset(records=records, version=_version(folder), path=folder)


def _version(folder: Path) -> str:
    return str(
        json.loads((folder / "datapackage.json").read_text(encoding="utf-8")).get("version", folder.name)
    )

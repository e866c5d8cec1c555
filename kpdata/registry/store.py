"""Write an import to ``datasets/registry/<name>/`` atomically, and read the records back.

Files: ``organizations.csv`` and ``services.csv`` (model columns via ``to_row``), ``locations.csv``,
``service_locations.csv``, ``service_contacts.csv`` and ``import-report.json``. The folder is written
beside its final place and renamed into it, so a failed import leaves the previous one untouched.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from pathlib import Path

from kpdata.errors import KpdataError
from kpdata.models import Organization, Record, Service, from_row
from kpdata.registry.report import ImportReport
from kpdata.registry.tables import RegistryTables

__all__ = ["RECORD_FILES", "read_import", "write_import"]

RECORD_FILES: dict[str, type[Record]] = {"organizations": Organization, "services": Service}


def _write_csv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _write_all(folder: Path, tables: RegistryTables, report: ImportReport) -> None:
    for name, model in RECORD_FILES.items():
        rows = getattr(tables, name)
        _write_csv(folder / f"{name}.csv", tuple(model.field_names()), [rows[key] for key in sorted(rows)])
    for name, (header, rows) in tables.rows().items():
        _write_csv(folder / f"{name}.csv", header, rows)
    text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    (folder / "import-report.json").write_text(text, encoding="utf-8")


def write_import(out_dir: Path, tables: RegistryTables, report: ImportReport) -> Path:
    """Replace ``out_dir`` with the files of this import (temp folder + rename); returns ``out_dir``."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        _write_all(tmp, tables, report)
        old = out_dir.with_name(f".{out_dir.name}.old")
        if out_dir.exists():
            os.replace(out_dir, old)
        os.replace(tmp, out_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out_dir


def read_import(folder: Path) -> dict[str, list[Record]]:
    """The records of one import folder: ``{"organizations": [...], "services": [...]}``."""
    found: dict[str, list[Record]] = {}
    for name, model in RECORD_FILES.items():
        path = folder / f"{name}.csv"
        if not path.is_file():
            raise KpdataError(f"{path}: missing; re-run `kpdata import registry` for {folder.name}")
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        found[name] = [_record(model, row, path, line) for line, row in enumerate(rows, start=2)]
    return found


def _record(model: type[Record], row: dict[str, str], path: Path, line: int) -> Record:
    try:
        return from_row(model, row)
    except ValueError as exc:
        raise KpdataError(f"{path}:{line}: invalid {model.__name__}: {exc}") from exc

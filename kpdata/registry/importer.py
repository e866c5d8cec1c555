"""``import_registry``: read a registry file (either shape), map it to records, write the import folder."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kpdata.errors import NotFoundError
from kpdata.registry.catalogue import read_catalogue
from kpdata.registry.entry import RegistryEntry
from kpdata.registry.records import RecordBuilder, slugify
from kpdata.registry.report import ImportReport
from kpdata.registry.rpss import RegistryFileError, entry_from_rpss, read_rpss
from kpdata.registry.store import write_import
from kpdata.registry.tables import RegistryTables

__all__ = ["SHAPES", "build_tables", "detect_shape", "import_registry"]

SHAPES = ("rpss", "catalogue")


def detect_shape(path: Path) -> str:
    """``catalogue`` when the file's top-level object has ``mista`` (or ``verzeSchematu``), else ``rpss``."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    return "catalogue" if b'"mista"' in head or b'"verzeSchematu"' in head else "rpss"


def _rpss_entries(path: Path, report: ImportReport) -> Iterator[RegistryEntry]:
    for number, raw in enumerate(read_rpss(path), start=1):
        if isinstance(raw, dict):
            yield entry_from_rpss(raw)
        else:
            report.issue("invalid_record", f"record is a {type(raw).__name__}, not an object", f"#{number}")


def _entries(path: Path, shape: str, report: ImportReport) -> Iterable[RegistryEntry]:
    if shape == "catalogue":
        return read_catalogue(path, report)
    return _rpss_entries(path, report)


def build_tables(
    path: Path, *, shape: str | None = None, reference: Path | None = None
) -> tuple[RegistryTables, ImportReport]:
    """Stream ``path`` and return its records and side tables with the import report (nothing written)."""
    if not path.is_file():
        raise NotFoundError(f"{path}: registry file not found (download rpss.json from data.mpsv.cz)")
    shape = shape or detect_shape(path)
    report = ImportReport(source=path.name, shape=shape)
    builder = RecordBuilder(report, reference=reference)
    for entry in _entries(path, shape, report):
        builder.add(entry)
    if not report.counts["services_read"] and not report.issues:
        where = "`mista`" if shape == "catalogue" else "`polozky` (or a top-level array)"
        raise RegistryFileError(f"{path}: no registry records found under {where}; nothing written")
    tables = builder.tables
    report.count("organizations_written", len(tables.organizations))
    report.count("services_written", len(tables.services))
    report.count("locations_written", len(tables.locations))
    return tables, report


def import_registry(
    path: Path,
    *,
    out_dir: Path | None = None,
    name: str | None = None,
    shape: str | None = None,
    reference: Path | None = None,
) -> tuple[Path, ImportReport]:
    """Import ``path`` into ``out_dir`` (default ``datasets/registry/<name>``); returns the folder and report.

    Example: ``import_registry(Path("rpss.json"))`` writes ``datasets/registry/rpss/``.
    """
    tables, report = build_tables(path, shape=shape, reference=reference)
    if out_dir is None:
        from kpdata.paths import datasets_dir

        out_dir = datasets_dir() / "registry" / (name or slugify(path.stem))
    return write_import(out_dir, tables, report), report

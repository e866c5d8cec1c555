"""``kpdata export``: a loaded release written as SQLite, XLSX or HSDS through the exporters."""

from __future__ import annotations

from pathlib import Path

from kpdata.errors import KpdataError

__all__ = ["export_release"]


def _exporter(fmt: str):
    if fmt == "sqlite":
        from kpdata.export.sqlite import SqliteExporter

        return SqliteExporter
    if fmt == "xlsx":
        from kpdata.export.xlsx import XlsxExporter

        return XlsxExporter
    if fmt == "hsds":
        from kpdata.export.hsds import HsdsExporter

        return HsdsExporter
    raise KpdataError(f"unknown export format {fmt!r}: use sqlite, xlsx or hsds")


def _extra(fmt: str) -> dict:
    """HSDS takes facility addresses from the registry imports in ``datasets/registry`` when present."""
    from kpdata.paths import datasets_dir

    registry = datasets_dir() / "registry"
    return {"registry_dir": registry} if fmt == "hsds" and registry.is_dir() else {}


def export_release(
    fmt: str, path: Path, *, release: str | None = None, personal_data: bool = True
) -> list[Path]:
    """Write release ``release`` (default: the latest) as ``fmt`` to ``path`` (a file; a folder for hsds)."""
    from kpdata.dataset.listing import open_release
    from kpdata.export.base import ExportContext, export_all

    exporter_class = _exporter(fmt)
    ds = open_release(release)
    context = ExportContext(version=ds.version, personal_data=personal_data, extra=_extra(fmt))
    records = ds.records if personal_data else ds.records.without_personal_data()
    path = Path(path)
    folder = path if fmt == "hsds" else path.parent
    exporter = exporter_class(folder, context)
    if fmt != "hsds":
        exporter.file_name = path.name
    return [folder / p for p in export_all(records, [exporter])]

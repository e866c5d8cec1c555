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
    if fmt == "hsds":
        return _export_hsds(exporter_class, records, context, path)
    exporter = exporter_class(path.parent, context)
    exporter.file_name = path.name
    return [path.parent / p for p in export_all(records, [exporter])]


def _export_hsds(exporter_class, records, context, folder: Path) -> list[Path]:
    """HSDS files straight into ``folder`` (written beside it first, then renamed into place)."""
    import shutil
    import tempfile

    from kpdata.export.base import export_all

    if folder.exists() and any(folder.iterdir()):
        raise KpdataError(f"{folder} is not empty: give a new or empty folder for the HSDS files")
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent, prefix=f".{folder.name}.") as temp:
        written = export_all(records, [exporter_class(Path(temp), context)])
        top = Path(temp) / Path(written[0]).parts[0]
        if folder.exists():
            folder.rmdir()
        shutil.move(str(top), str(folder))
    return [folder / Path(*Path(p).parts[1:]) for p in written]

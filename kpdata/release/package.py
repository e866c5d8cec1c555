"""Write the files of a package (CSV, datapackage.json, JSON, RDF, DCAT) into a folder, stage by stage.

The RDF exporter (``kpdata.export.rdf.RdfExporter``) and the DCAT writer
(``kpdata.export.dcat.write_dcat(package_dir, context)``) are used when they are importable.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from kpdata.export.base import ExportContext, export_all
from kpdata.export.csv import CsvExporter
from kpdata.export.datapackage import DatapackageExporter
from kpdata.export.json_document import JsonDocumentExporter
from kpdata.models.recordset import RecordSet

__all__ = ["Timings", "replace_dir", "temp_dir_beside", "write_package"]

Timings = dict[str, float]  # stage -> CPU seconds of this process (one core; steady on a busy machine)


def _optional_rdf() -> type | None:
    try:
        from kpdata.export.rdf import RdfExporter
    except ImportError:
        return None
    return RdfExporter


def _optional_dcat() -> Callable | None:
    try:
        from kpdata.export.dcat import write_dcat
    except ImportError:
        return None
    return write_dcat


def _timed(timings: Timings | None, stage: str, run: Callable[[], object]) -> None:
    start = time.process_time()
    run()
    if timings is not None:
        timings[stage] = timings.get(stage, 0.0) + time.process_time() - start


def write_package(
    records: RecordSet, folder: Path, context: ExportContext, *, timings: Timings | None = None
) -> None:
    """Every package file except ``SHA256SUMS`` and the changelog; ``timings`` gets seconds per stage."""
    folder.mkdir(parents=True, exist_ok=True)
    stages = [("csv", CsvExporter), ("json", JsonDocumentExporter)]
    if (rdf := _optional_rdf()) is not None:
        stages.append(("rdf", rdf))
    stages.append(("datapackage", DatapackageExporter))
    for stage, exporter in stages:
        _timed(timings, stage, lambda e=exporter: export_all(records, [e(folder, context)]))
    if (dcat := _optional_dcat()) is not None:
        _timed(timings, "dcat", lambda: dcat(folder, context))


def temp_dir_beside(target: Path) -> Path:
    """A fresh hidden folder next to ``target`` (same file system, so a rename is atomic)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.parent / f".{target.name}.tmp"
    if temp.exists():
        shutil.rmtree(temp)
    temp.mkdir()
    return temp


def replace_dir(temp: Path, target: Path) -> None:
    """Put ``temp`` in place of ``target`` (the old folder is removed only after the rename)."""
    old = target.parent / f".{target.name}.old"
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    temp.rename(target)
    if old.exists():
        shutil.rmtree(old)

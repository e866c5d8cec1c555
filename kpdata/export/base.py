"""The one interface every exporter shares: ``write(table, record)`` for each record, then ``finalize()``.

An exporter is created for an output folder and an :class:`ExportContext`; the package writer feeds it
every record of every table in dependency order (tables in ``kpdata.models.TABLES`` order, records sorted
by id), then calls ``finalize()``, which writes the files and returns their paths relative to the folder.
Exporters never touch the network and write deterministically (same records -> same bytes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kpdata.models.base import Record
from kpdata.models.recordset import RecordSet
from kpdata.vocab import BASE_IRI

__all__ = ["ExportContext", "Exporter", "export_all"]


@dataclass(frozen=True)
class ExportContext:
    """What every exporter may need besides the records."""

    version: str  # "0.1.0" or "0.1.0.dev0" for an unreleased build
    base_iri: str = BASE_IRI
    personal_data: bool = True
    issued: str = "2026-01-01"  # release date (ISO); fixed per release so outputs are reproducible
    extra: dict = field(default_factory=dict)


class Exporter(Protocol):
    """Writes records to files in ``out_dir``."""

    name: str

    def __init__(self, out_dir: Path, context: ExportContext) -> None: ...

    def write(self, table: str, record: Record) -> None: ...

    def finalize(self) -> list[Path]: ...


def export_all(records: RecordSet, exporters: list[Exporter]) -> list[Path]:
    """Feed every record to every exporter, then finalize them; returns all files written."""
    for table, rows in records.tables():
        for record in rows:
            for exporter in exporters:
                exporter.write(table, record)
    written: list[Path] = []
    for exporter in exporters:
        written.extend(exporter.finalize())
    return written

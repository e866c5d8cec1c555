"""What the build takes from the registry: every imported registry folder and every network list."""

from __future__ import annotations

import json
from pathlib import Path

from kpdata.errors import KpdataError
from kpdata.models import Record, RecordSet
from kpdata.registry.network import NETWORK_FILE, network_records
from kpdata.registry.store import read_import

__all__ = ["add_registry", "merge_registry", "registry_records"]


def _shape(folder: Path) -> str:
    report = folder / "import-report.json"
    return json.loads(report.read_text(encoding="utf-8")).get("shape", "") if report.is_file() else ""


def _folders(root: Path) -> list[Path]:
    """Import folders by name; catalogue-shaped samples are left out once a national import exists
    (the sample's services lack the identifikátor, so they would appear twice under other ids)."""
    folders = sorted(p for p in root.glob("*") if p.is_dir() and not p.name.startswith("."))
    shapes = {folder: _shape(folder) for folder in folders}
    if "rpss" in shapes.values():
        return [f for f in folders if shapes[f] != "catalogue"]
    return folders


def _imports(datasets_dir: Path) -> dict[str, dict[str, Record]]:
    """Organizations and services of every ``datasets/registry/*/`` (by folder name; first id wins)."""
    merged: dict[str, dict[str, Record]] = {"organizations": {}, "services": {}}
    for folder in _folders(datasets_dir / "registry"):
        for table, records in read_import(folder).items():
            for record in records:
                merged[table].setdefault(record.key, record)
    return merged


def registry_records(datasets_dir: Path) -> dict[str, list[Record]]:
    """``{"organizations", "services", "network_entries"}`` from ``datasets/registry/*`` and every
    ``datasets/sources/*/network.yml``, each list sorted by id."""
    merged = _imports(datasets_dir)
    services = list(merged["services"].values())
    entries: list[Record] = []
    for path in sorted((datasets_dir / "sources").glob(f"*/{NETWORK_FILE}")):
        entries.extend(network_records(path.parent.name, services=services, sources_dir=path.parent.parent))
    return {
        "organizations": [merged["organizations"][k] for k in sorted(merged["organizations"])],
        "services": [merged["services"][k] for k in sorted(merged["services"])],
        "network_entries": sorted(entries, key=lambda r: r.key),
    }


def merge_registry(records: RecordSet, registry: dict[str, list[Record]]) -> int:
    """Add registry records to ``records``; an organisation the build already has (same ``org-<IČO>``)
    keeps the build's record. Returns how many records were added."""
    added = 0
    for table, items in registry.items():
        for record in items:
            if table == "organizations" and records.get(table, record.key) is not None:
                continue
            records.add(record)
            added += 1
    return added


def add_registry(records: RecordSet, datasets_dir: Path, *, report) -> int:
    """The build's one call: merge every registry and network record into ``records``.

    A malformed import folder or network list becomes a ``registry`` error in ``report`` (anything with
    ``error(check, message, **where)``, like the build's ValidationReport); nothing is raised.
    """
    try:
        return merge_registry(records, registry_records(datasets_dir))
    except (KpdataError, ValueError) as exc:
        report.error("registry", str(exc), file=str(datasets_dir))
        return 0

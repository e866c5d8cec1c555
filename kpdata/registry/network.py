"""Curated network lists: ``datasets/sources/<id>/network.yml`` -> ``NetworkEntry`` records.

A network list says which registered services are in a source's network (základní síť), for which
period, with which capacity, and where that is written::

    network: opava                    # network slug (defaults to the source id)
    territory: obec-505927            # optional
    process: opava                    # optional process id
    period: {start: 2022, end: 2026}  # default period of the entries
    source: https://…/zakladni-sit.pdf
    reason: Příloha komunitního plánu 2022–2026, tabulka základní sítě
    entries:
      - registry_id: "1234567"        # MPSV identifikátor, or `service: <kpdata service id>`
        capacity: 20
        period: {start: 2023, end: 2026}
        reason: řádek 12 tabulky      # optional, added to the list's reason

Every entry is a curated fact (``provenance: curated``) whose reason names the document. A service that
is not among the imported services is an error naming the file and entry (never dropped silently).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kpdata.errors import KpdataError
from kpdata.models import NetworkEntry, RecordSet, Service

__all__ = ["NETWORK_FILE", "NetworkFileError", "network_records", "read_network_file"]

NETWORK_FILE = "network.yml"
_LIST_KEYS = {"network", "territory", "process", "period", "source", "reason", "entries", "note"}
_ENTRY_KEYS = {"registry_id", "service", "capacity", "period", "reason", "source"}


class NetworkFileError(KpdataError):
    """A network.yml is malformed or names a service that was not imported."""


def read_network_file(path: Path) -> dict[str, Any]:
    """The parsed file, with its keys checked."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise NetworkFileError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise NetworkFileError(f"{path}: expected a mapping with an `entries` list")
    if unknown := set(data) - _LIST_KEYS:
        raise NetworkFileError(f"{path}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_LIST_KEYS)}")
    if not data.get("reason") or not data.get("source"):
        raise NetworkFileError(f"{path}: `source` (URL of the network list) and `reason` are required")
    return data


def _service_index(services: RecordSet | Iterable[Service]) -> tuple[set[str], dict[str, str]]:
    items = services.table("services") if isinstance(services, RecordSet) else list(services)
    return {s.id for s in items}, {s.registry_id: s.id for s in items if s.registry_id}


def _resolve(item: dict, ids: set[str], by_registry: dict[str, str], where: str) -> str:
    if "service" in item:
        if item["service"] not in ids:
            raise NetworkFileError(f"{where}: service {item['service']!r} was not imported")
        return item["service"]
    registry_id = str(item.get("registry_id", ""))
    if registry_id not in by_registry:
        raise NetworkFileError(
            f"{where}: no imported service has identifikátor {registry_id!r} "
            "(import the registry file that lists it: kpdata import registry FILE)"
        )
    return by_registry[registry_id]


def _entry(data: dict, item: dict, service_id: str, where: str) -> NetworkEntry:
    if unknown := set(item) - _ENTRY_KEYS:
        raise NetworkFileError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}")
    period = item.get("period") or data.get("period") or {}
    reason = "; ".join(str(r) for r in (data["reason"], item.get("reason")) if r)
    try:
        return NetworkEntry(
            id=f"{data['network']}-{service_id}",
            service_id=service_id,
            network=data["network"],
            process_id=data.get("process"),
            territory_id=data.get("territory"),
            period_start=period.get("start"),
            period_end=period.get("end"),
            capacity=item.get("capacity"),
            provenance="curated",
            curation_reason=f"{reason} (zdroj: {item.get('source') or data['source']})",
        )
    except ValidationError as exc:
        raise NetworkFileError(f"{where}: {exc.errors()[0]['msg']}") from exc


def network_records(
    source_id: str, *, services: RecordSet | Iterable[Service], sources_dir: Path | None = None
) -> list[NetworkEntry]:
    """The network entries of ``datasets/sources/<source_id>/network.yml`` ([] when there is none)."""
    if sources_dir is None:
        from kpdata.paths import sources_dir as default_sources_dir

        sources_dir = default_sources_dir()
    path = sources_dir / source_id / NETWORK_FILE
    if not path.is_file():
        return []
    data = read_network_file(path)
    data.setdefault("network", source_id)
    ids, by_registry = _service_index(services)
    entries: dict[str, NetworkEntry] = {}
    for number, item in enumerate(data["entries"], start=1):
        where = f"{path}: entry {number}"
        record = _entry(data, item, _resolve(item, ids, by_registry, where), where)
        if record.id in entries:
            raise NetworkFileError(f"{where}: service {record.service_id} is listed twice")
        entries[record.id] = record
    return [entries[key] for key in sorted(entries)]

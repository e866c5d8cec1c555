"""Id sets for the filters of ``Dataset.query``: which rows of a table match a territory, target group,
druh (kind), provider IČO or network. Each filter answers from the prebuilt :class:`DatasetIndex`."""

from __future__ import annotations

from collections.abc import Iterable

from kpdata.dataset.index import DatasetIndex, group_by
from kpdata.errors import KpdataError

__all__ = [
    "QueryError",
    "by_ico",
    "by_kind",
    "by_network",
    "by_target_group",
    "by_territory",
    "sources_of",
]

PROCESS_TABLES = ("plans", "groups", "memberships", "contact_points", "figures", "participation", "documents")


class QueryError(KpdataError):
    """A filter that does not apply to a table, or a value no record has."""


def _ids(records: Iterable) -> set[str]:
    return {r.id for r in records}


def _related(index: DatasetIndex, table: str, processes: set[str], services: set[str]) -> set[str]:
    """Rows of ``table`` tied to the given processes or services (the common case of every filter)."""
    records = index.records
    if table == "processes":
        return set(processes)
    if table in PROCESS_TABLES:
        return {r.id for p in processes for r in index.by_process[table].get(p, ())}
    if table == "services":
        return set(services)
    if table == "network_entries":
        return {e.id for s in services for e in index.entries_by_service.get(s, ())}
    if table == "organizations":
        return {s.provider_id for s in map(lambda i: records.get("services", i), services) if s.provider_id}
    if table == "people":
        return {m.person_id for p in processes for m in index.by_process["memberships"].get(p, ())}
    raise QueryError(f"table {table!r} cannot be filtered this way")


def by_territory(index: DatasetIndex, table: str, area: frozenset[str]) -> set[str]:
    """Rows in a territory or inside it (via their process, their obec or their network's territory)."""
    processes = {p.id for t in area for p in index.process_by_territory.get(t, ())}
    if table == "territories":
        return set(area)
    if table == "network_entries":
        direct = {e.id for t in area for e in index.entries_by_territory.get(t, ())}
        return direct | {e.id for p in processes for e in index.by_process["network_entries"].get(p, ())}
    if table == "sources":
        return sources_of(index, processes)
    services = {s.id for t in area for s in index.services_by_territory.get(t, ())}
    return _related(index, table, processes, services)


def sources_of(index: DatasetIndex, processes: set[str]) -> set[str]:
    refs = {index.records.get("processes", p).source_ref for p in processes}
    for table in PROCESS_TABLES:
        refs.update(r.source_ref for p in processes for r in index.by_process[table].get(p, ()))
    return {r for r in refs if r}


def by_target_group(index: DatasetIndex, table: str, code: str) -> set[str]:
    """Groups and services for a target group; processes with such a group; entries, providers."""
    groups = index.groups_by_target_group.get(code, [])
    if table == "groups":
        return _ids(groups)
    services = _ids(index.services_by_target_group.get(code, ()))
    return _related(index, table, {g.process_id for g in groups}, services)


def by_kind(index: DatasetIndex, table: str, kind: str) -> set[str]:
    """Rows whose ``kind`` is ``kind`` (druh of a service, kind of a group, document, territory, ...)."""
    records = index.records.table(table)
    if records and not hasattr(records[0], "kind"):
        raise QueryError(f"table {table!r} has no kind; --kind filters services, groups, documents, …")
    if table == "services":
        return _ids(index.services_by_kind.get(kind, ()))
    return _ids(group_by(records, lambda r: r.kind).get(kind, ()))


def by_ico(index: DatasetIndex, table: str, ico: str) -> set[str]:
    """A provider by IČO, its services and their network entries; processes led by it; a territory."""
    if table == "territories":
        return {t.id for t in index.records.table("territories") if t.ico == ico}
    organizations = _ids(index.organizations_by_ico.get(ico, ()))
    if table == "organizations":
        return organizations
    services = {s.id for o in organizations for s in index.services_by_provider.get(o, ())}
    led = {p.id for p in index.records.table("processes") if p.lead_body_ico == ico}
    return _related(index, table, led, services)


def by_network(index: DatasetIndex, table: str, network: str) -> set[str]:
    """Entries of a network, their services, providers and processes."""
    entries = index.entries_by_network.get(network, [])
    if table == "network_entries":
        return _ids(entries)
    processes = {e.process_id for e in entries if e.process_id}
    return _related(index, table, processes, {e.service_id for e in entries})

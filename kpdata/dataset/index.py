"""Lookups over a loaded release, built once: records grouped by the keys queries filter on.

Every table is grouped by its foreign keys and the fields users filter by (target group, druh, IČO,
network, territory), so a filtered query is a few dict look-ups and a short list, not a scan.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from kpdata.models.base import Record
from kpdata.models.recordset import RecordSet

__all__ = ["DatasetIndex", "group_by"]

Grouping = dict[str, list[Record]]


def group_by(records: Iterable[Record], key: Callable[[Record], object]) -> Grouping:
    """Records by the value(s) of ``key`` (a list value puts a record under each item; None is skipped)."""
    groups: defaultdict[str, list[Record]] = defaultdict(list)
    for record in records:
        value = key(record)
        for item in value if isinstance(value, list) else [value]:
            if item is not None and item != "":
                groups[str(item)].append(record)
    return dict(groups)


def _attr(name: str) -> Callable[[Record], object]:
    return lambda record: getattr(record, name)


class DatasetIndex:
    """Every grouping the query API uses, computed from a :class:`RecordSet` when it is created."""

    def __init__(self, records: RecordSet):
        self.records = records
        table = records.table
        processes = table("processes")
        self.process_by_territory = group_by(processes, lambda p: [p.territory_id, *p.territories_covered])
        self.by_process = {
            name: group_by(table(name), _attr("process_id"))
            for name in ("plans", "groups", "memberships", "contact_points", "figures", "participation")
        }
        self.by_process["documents"] = group_by(table("documents"), _attr("process_id"))
        self.by_process["network_entries"] = group_by(table("network_entries"), _attr("process_id"))
        self.members_by_group = group_by(table("memberships"), _attr("group_id"))
        self.contacts_by_membership = group_by(table("contact_points"), _attr("membership_id"))
        self._index_services(table("services"), table("organizations"), table("network_entries"))
        self._index_groups(table("groups"))

    def _index_services(self, services: list, organizations: list, entries: list) -> None:
        self.services_by_kind = group_by(services, _attr("kind"))
        self.services_by_target_group = group_by(services, _attr("target_groups"))
        self.services_by_provider = group_by(services, _attr("provider_id"))
        self.services_by_territory = group_by(services, _attr("territory_id"))
        self.organizations_by_ico = group_by(organizations, _attr("ico"))
        self.entries_by_service = group_by(entries, _attr("service_id"))
        self.entries_by_network = group_by(entries, _attr("network"))
        self.entries_by_territory = group_by(entries, _attr("territory_id"))

    def _index_groups(self, groups: list) -> None:
        self.groups_by_target_group = group_by(groups, _attr("target_groups"))

    def of_process(self, table: str, process_id: str) -> list[Record]:
        """The records of ``table`` that belong to a process (sorted by id)."""
        return list(self.by_process[table].get(process_id, ()))

"""Typed navigation over a loaded release: a process with its plans, groups, coordinator and contacts; a
group with its members; a service with its provider and network entries.

A view wraps one record (``view.record``) and reads its fields through (``view.name``); the links are
properties answered from the dataset's index.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from kpdata.dataset.plans import latest_plan, plan_in_force

if TYPE_CHECKING:
    from kpdata.dataset.queries import DatasetQueries
    from kpdata.models import (
        ContactPoint,
        Document,
        Figure,
        Membership,
        NetworkEntry,
        Organization,
        Participation,
        Person,
        Plan,
        Source,
        Territory,
    )

__all__ = ["GroupView", "Member", "ProcessView", "ServiceView"]


class Member(NamedTuple):
    """A person in a role: the person (None without personal data) and the membership."""

    person: Person | None
    membership: Membership


class _View:
    def __init__(self, record: Any, dataset: DatasetQueries):
        self.record = record
        self._ds = dataset

    def __getattr__(self, name: str) -> Any:
        return getattr(self.record, name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.record.id}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _View) and other.record == self.record

    __hash__ = None  # type: ignore[assignment]

    def _member(self, membership: Membership) -> Member:
        return Member(self._ds.records.get("people", membership.person_id), membership)

    @property
    def source(self) -> Source | None:
        """The page this record was taken from (None for curated or reference rows without one)."""
        ref = getattr(self.record, "source_ref", None)
        return self._ds.records.get("sources", ref) if ref else None


class ProcessView(_View):
    """A planning process and everything linked to it."""

    def _of(self, table: str) -> list:
        return self._ds.index.of_process(table, self.record.id)

    @property
    def territory(self) -> Territory | None:
        return self._ds.areas.get(self.record.territory_id)

    @property
    def plans(self) -> list[Plan]:
        """Plans, oldest period first."""
        return sorted(self._of("plans"), key=lambda p: (p.period_start or 0, p.period_end or 0, p.id))

    def plan_in_force(self, on: date | None = None) -> Plan | None:
        """The plan in force on ``on`` (default today)."""
        return plan_in_force(self._of("plans"), on or date.today())

    @property
    def latest_plan(self) -> Plan | None:
        return latest_plan(self._of("plans"))

    @property
    def groups(self) -> list[GroupView]:
        return [GroupView(g, self._ds) for g in self._of("groups")]

    @property
    def working_groups(self) -> list[GroupView]:
        return [g for g in self.groups if g.kind == "working"]

    @property
    def posts(self) -> list[Member]:
        """People with a role in the process itself (coordinator, economist, ...), not in a group."""
        return [self._member(m) for m in self._of("memberships") if m.group_id is None]

    @property
    def coordinators(self) -> list[Member]:
        return [m for m in map(self._member, self._of("memberships")) if m.membership.role == "coordinator"]

    @property
    def coordinator(self) -> Member | None:
        """The (first) coordinator of the process, or None when none is known."""
        return next(iter(self.coordinators), None)

    @property
    def coordinator_known(self) -> bool:
        """A coordinator is named, or a contact for the coordinator's post is published without a name."""
        return self.coordinator is not None or any(c.role == "coordinator" for c in self.contacts)

    @property
    def contacts(self) -> list[ContactPoint]:
        return self._of("contact_points")

    @property
    def figures(self) -> list[Figure]:
        return self._of("figures")

    @property
    def documents(self) -> list[Document]:
        return self._of("documents")

    @property
    def participation(self) -> list[Participation]:
        return self._of("participation")

    @property
    def network_entries(self) -> list[NetworkEntry]:
        return self._of("network_entries")

    @property
    def services(self) -> list[ServiceView]:
        """The services of the process's network."""
        ids = dict.fromkeys(e.service_id for e in self.network_entries)
        return [ServiceView(self._ds.records.get("services", i), self._ds) for i in ids]

    @property
    def sources(self) -> list[Source]:
        """Every page a fact of this process came from."""
        from kpdata.dataset.filters import sources_of

        refs = sources_of(self._ds.index, {self.record.id})
        return [s for s in map(lambda r: self._ds.records.get("sources", r), sorted(refs)) if s]


class GroupView(_View):
    """A working, coordination or steering group and its members."""

    @property
    def members(self) -> list[Member]:
        return [self._member(m) for m in self._ds.index.members_by_group.get(self.record.id, ())]

    @property
    def process(self) -> ProcessView:
        return ProcessView(self._ds.records.get("processes", self.record.process_id), self._ds)


class ServiceView(_View):
    """A registered social service, its provider and the networks it is in."""

    @property
    def provider(self) -> Organization | None:
        pid = self.record.provider_id
        return self._ds.records.get("organizations", pid) if pid else None

    @property
    def network_entries(self) -> list[NetworkEntry]:
        return list(self._ds.index.entries_by_service.get(self.record.id, ()))

    @property
    def territory(self) -> Territory | None:
        tid = self.record.territory_id
        return self._ds.areas.get(tid) if tid else None

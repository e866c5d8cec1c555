"""The query API of a loaded release (mixed into :class:`kpdata.dataset.load.Dataset`).

    ds = kpdata.load()
    ds.territory("Český Brod")                       # a Territory (name, code or id; any diacritics)
    ds.query("services", territory="ORP Opava", kind="odborné sociální poradenství")
    ds.process("Opava").coordinator                  # navigation: process -> plans, groups, people
    ds.plans_in_force("Moravskoslezský kraj", on=date(2026, 1, 1))
    ds.coverage("CZ080")                             # territory x target group

Indexes are built once, on first use; a filtered query is a handful of dict look-ups.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from kpdata.dataset import filters
from kpdata.dataset.areas import AreaIndex
from kpdata.dataset.codes import to_code
from kpdata.dataset.coverage import CoverageMatrix, coverage_matrix
from kpdata.dataset.index import DatasetIndex
from kpdata.dataset.plans import is_expired, latest_plan, plan_in_force
from kpdata.dataset.views import GroupView, ProcessView, ServiceView
from kpdata.errors import NotFoundError
from kpdata.models.tables import TABLES

if TYPE_CHECKING:
    from kpdata.models import Plan, Process, Record, RecordSet, Territory

__all__ = ["DatasetQueries"]


class DatasetQueries:
    """Queries by territory, target group, druh, provider IČO and network; plans against a date."""

    records: RecordSet
    version: str

    @cached_property
    def index(self) -> DatasetIndex:
        """Lookups over every table, built on first use."""
        return DatasetIndex(self.records)

    @cached_property
    def areas(self) -> AreaIndex:
        """The release's territories (or the reference's, for a release without them)."""
        territories = self.records.table("territories")
        if not territories:
            from kpdata.territory import default_index

            return AreaIndex(list(default_index()), source="the territory reference")
        return AreaIndex(territories, source=f"release {self.version}")

    def territory(self, name: str, *, kind: str | None = None) -> Territory:
        """The territory a name, id, ČSÚ code or NUTS code denotes (raises UnknownTerritory or
        AmbiguousTerritory, with suggestions)."""
        return self.areas.find(name, kind=kind)

    def within(self, name: str, *, kind: str = "obec") -> list[Territory]:
        """The territories of ``kind`` inside an ORP, okres or kraj (``ds.within("CZ080")``)."""
        return self.areas.inside(self.territory(name), kind=kind)

    def query(
        self,
        table: str,
        *,
        territory: str | None = None,
        target_group: str | None = None,
        kind: str | None = None,
        ico: str | None = None,
        network: str | None = None,
    ) -> list[Record]:
        """Rows of ``table`` matching every filter given, sorted by id. ``territory`` includes what lies
        inside it; ``target_group`` and ``kind`` take a code or a Czech label."""
        if table not in TABLES:
            raise NotFoundError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        sets = [f() for f in self._filters(table, territory, target_group, kind, ico, network)]
        if not sets:
            return self.records.table(table)
        ids = set.intersection(*sets)
        return [self.records.get(table, i) for i in sorted(ids) if self.records.get(table, i) is not None]

    def _filters(self, table, territory, target_group, kind, ico, network) -> list:
        index, found = self.index, []
        if territory is not None:
            area = self.areas.area(self.territory(territory))
            found.append(lambda: filters.by_territory(index, table, area))
        if target_group is not None:
            code = to_code("target_groups", target_group)
            found.append(lambda: filters.by_target_group(index, table, code))
        if kind is not None:
            value = to_code("service_kinds", kind) if table == "services" else kind
            found.append(lambda: filters.by_kind(index, table, value))
        if ico is not None:
            found.append(lambda: filters.by_ico(index, table, ico.strip()))
        if network is not None:
            found.append(lambda: filters.by_network(index, table, self._network(network)))
        return found

    def _network(self, name: str) -> str:
        networks = self.index.entries_by_network
        if name in networks:
            return name
        known = f"networks: {', '.join(sorted(networks))}" if networks else "it has no network entries"
        raise NotFoundError(f"no network {name!r} in release {self.version}; {known}")

    def processes(self, territory: str | None = None) -> list[ProcessView]:
        """The planning processes of a territory (and inside it), or all."""
        return [ProcessView(p, self) for p in self.query("processes", territory=territory)]

    def process(self, name: str) -> ProcessView:
        """The process with this id, or the process of the territory ``name`` (its own before those of
        territories inside it)."""
        record = self.records.get("processes", name)
        if record is not None:
            return ProcessView(record, self)
        territory = self.territory(name)
        own = self.index.process_by_territory.get(territory.id) or self.query("processes", territory=name)
        if not own:
            raise NotFoundError(f"no planning process known for {territory.name} ({territory.id})")
        return ProcessView(own[0], self)

    def groups(self, territory: str | None = None, *, target_group: str | None = None) -> list[GroupView]:
        return [
            GroupView(g, self) for g in self.query("groups", territory=territory, target_group=target_group)
        ]

    def services(self, territory: str | None = None, **filters_: str | None) -> list[ServiceView]:
        """Services by territory, ``target_group``, ``kind`` (druh), ``ico`` (provider) or ``network``."""
        return [ServiceView(s, self) for s in self.query("services", territory=territory, **filters_)]

    def plans_in_force(self, territory: str | None = None, *, on: date | None = None) -> list[Plan]:
        """The plan in force on ``on`` (default today) of each process that has one."""
        plans = (plan_in_force(p.plans, on or date.today()) for p in self.processes(territory))
        return [p for p in plans if p is not None]

    def expired_plans(self, territory: str | None = None, *, on: date | None = None) -> list[Plan]:
        """The latest plan of each process whose latest plan ended before ``on`` (default today)."""
        latest = (latest_plan(p.plans) for p in self.processes(territory))
        return [p for p in latest if p is not None and is_expired(p, on or date.today())]

    def without_plan(self, territory: str | None = None, *, on: date | None = None) -> list[Process]:
        """Processes with no plan in force on ``on`` (default today): expired, in preparation or none."""
        day = on or date.today()
        return [p.record for p in self.processes(territory) if plan_in_force(p.plans, day) is None]

    def coverage(self, territory: str | None = None) -> CoverageMatrix:
        """Territory x target group: which target groups have a working group (processes in ``territory``)."""
        by_territory: dict[str, list] = {}
        for process in self.processes(territory):
            by_territory.setdefault(process.territory_id, []).extend(process.groups)
        return coverage_matrix(by_territory)

    def to_pandas(self, table: str):
        """One table as a pandas DataFrame (needs pandas installed)."""
        from kpdata.dataset.frames import to_pandas

        return to_pandas(self.records.table(table), TABLES[table])

    def to_polars(self, table: str):
        """One table as a polars DataFrame (needs polars installed)."""
        from kpdata.dataset.frames import to_polars

        return to_polars(self.records.table(table), TABLES[table])

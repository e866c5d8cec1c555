"""Which territories a comparison is about: named ones, or every territory with a planning process in a
kraj or ORP."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kpdata.errors import KpdataError

if TYPE_CHECKING:
    from kpdata.dataset.load import Dataset
    from kpdata.models import Territory

__all__ = ["all_planning", "select_territories"]


def _planning_inside(ds: Dataset, name: str, kind: str) -> list[Territory]:
    """The territories of the processes in a kraj or ORP (given by code, NUTS code or name)."""
    unit = ds.territory(name, kind=kind)
    ids = dict.fromkeys(p.territory_id for p in ds.processes(unit.id))
    found = [t for t in map(ds.areas.get, ids) if t is not None]
    if not found:
        raise KpdataError(f"no planning process is known in {unit.name} ({unit.id}) in release {ds.version}")
    return sorted(found, key=lambda t: (t.name, t.id))


def select_territories(
    ds: Dataset, names: list[str] | None = None, *, kraj: str | None = None, orp: str | None = None
) -> list[Territory]:
    """The named territories in the order given, or those with a process in ``kraj`` / ``orp``."""
    if sum(bool(x) for x in (names, kraj, orp)) != 1:
        raise KpdataError("name territories, or give --kraj CODE or --orp CODE (one of them)")
    if kraj:
        return _planning_inside(ds, kraj, "kraj")
    if orp:
        return _planning_inside(ds, orp, "orp")
    found = {}
    for name in names or ():
        territory = ds.territory(name)
        found.setdefault(territory.id, territory)
    return list(found.values())


def all_planning(ds: Dataset) -> list[Territory]:
    """Every territory with a planning process, by name."""
    ids = dict.fromkeys(p.territory_id for p in ds.records.table("processes"))
    return sorted((t for t in map(ds.areas.get, ids) if t is not None), key=lambda t: (t.name, t.id))

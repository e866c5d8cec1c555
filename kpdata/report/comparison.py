"""One comparison row per territory: its planning process, current plan, groups, target groups, coordinator,
stated figures and figures per 1 000 inhabitants, with the sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kpdata.dataset.plans import days_left, latest_plan, plan_in_force

if TYPE_CHECKING:
    from kpdata.dataset.load import Dataset
    from kpdata.dataset.views import ProcessView
    from kpdata.models import Plan, Territory

__all__ = ["ComparisonRow", "compare", "comparison_rows"]


@dataclass
class ComparisonRow:
    """What a regional official compares for one territory (None where nothing is known)."""

    territory_id: str
    territory: str
    kind: str
    population: int | None
    process_id: str | None = None
    kp_since: int | None = None
    plan: str | None = None
    plan_start: int | None = None
    plan_end: int | None = None
    plan_status: str | None = None
    plan_in_force: bool = False
    days_left: int | None = None
    working_groups: int = 0
    covered: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    coordinator_known: bool = False
    figures: dict[str, float] = field(default_factory=dict)
    per_1000: dict[str, float] = field(default_factory=dict)
    registered_services: int = 0
    sources: list[str] = field(default_factory=list)

    @property
    def period(self) -> str:
        """``2023–2026`` (or the one year known, or "")."""
        years = [str(y) for y in (self.plan_start, self.plan_end) if y]
        return "–".join(dict.fromkeys(years))


def _per_1000(value: float, population: int | None) -> float | None:
    return round(value / population * 1000, 2) if population else None


def _plan_label(plan: Plan) -> str:
    return plan.title or (f"{plan.ordinal}. plán" if plan.ordinal else "plán")


def _fill_plan(row: ComparisonRow, process: ProcessView, today: date) -> None:
    current = plan_in_force(process.plans, today)
    plan = current or latest_plan(process.plans)
    if plan is None:
        return
    row.plan, row.plan_start, row.plan_end = _plan_label(plan), plan.period_start, plan.period_end
    row.plan_status, row.plan_in_force, row.days_left = (
        plan.status,
        current is not None,
        days_left(plan, today),
    )


def _fill_process(ds: Dataset, row: ComparisonRow, process: ProcessView, today: date) -> None:
    row.process_id, row.kp_since = process.id, process.since_year
    _fill_plan(row, process, today)
    row.working_groups = len(process.working_groups)
    matrix = ds.coverage(process.territory_id)
    if process.territory_id in matrix.cells:  # [] and [] when no working group is known
        row.covered, row.missing = matrix.covered(process.territory_id), matrix.missing(process.territory_id)
    row.coordinator_known = process.coordinator_known
    for figure in sorted(process.figures, key=lambda f: (f.metric, -(f.year or 0))):
        row.figures.setdefault(figure.metric, figure.value)
    row.sources = sorted({str(s.url) for s in process.sources})


def comparison_rows(ds: Dataset, territory: Territory, *, today: date) -> ComparisonRow:
    """The comparison row of one territory (a row without a process says so by its empty fields)."""
    row = ComparisonRow(territory.id, territory.name, territory.kind, territory.population)
    own = ds.index.process_by_territory.get(territory.id)
    if own:
        _fill_process(ds, row, ds.process(own[0].id), today)
    row.registered_services = len(ds.query("services", territory=territory.id))
    counts = {**row.figures, "registered_services": float(row.registered_services)}
    row.per_1000 = {
        k: v for k, v in ((k, _per_1000(v, row.population)) for k, v in counts.items()) if v is not None
    }
    return row


def compare(ds: Dataset, territories: list[Territory], *, today: date | None = None) -> list[ComparisonRow]:
    """One row per territory, in the order given; ``today`` dates "in force" and "days left"."""
    day = today or date.today()
    return [comparison_rows(ds, t, today=day) for t in territories]

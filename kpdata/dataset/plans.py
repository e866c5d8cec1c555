"""Plan periods against a date: in force, expired, days until a plan's period ends.

A plan's period is given in years (``2023–2026``): it is in force from 1 January of its first year to
31 December of its last, unless it is still in preparation (not approved yet). Without an end year a
plan marked ``current`` counts as in force.
"""

from __future__ import annotations

from datetime import date

from kpdata.models.plan import Plan

__all__ = ["days_left", "ends_on", "in_force", "is_expired", "latest_plan", "plan_in_force"]


def ends_on(plan: Plan) -> date | None:
    """The last day of the plan's period (31 December of ``period_end``), or None when not stated."""
    return date(plan.period_end, 12, 31) if plan.period_end else None


def in_force(plan: Plan, on: date) -> bool:
    """Whether the plan covers day ``on`` (and is not merely in preparation)."""
    if plan.status == "in_preparation":
        return False
    if plan.period_start is None and plan.period_end is None:
        return plan.status == "current"
    start = plan.period_start or plan.period_end
    end = plan.period_end or (on.year if plan.status == "current" else plan.period_start)
    return start <= on.year <= end


def is_expired(plan: Plan, on: date) -> bool:
    """Whether the plan's period ended before ``on``."""
    end = ends_on(plan)
    return end is not None and end < on


def days_left(plan: Plan, on: date) -> int | None:
    """Days from ``on`` to the end of the plan's period (negative once it has ended)."""
    end = ends_on(plan)
    return (end - on).days if end else None


def _order(plan: Plan) -> tuple[int, int, int, str]:
    return (plan.period_start or 0, plan.period_end or 0, plan.ordinal or 0, plan.id)


def plan_in_force(plans: list[Plan], on: date) -> Plan | None:
    """The newest of ``plans`` in force on ``on``, or None."""
    found = [p for p in plans if in_force(p, on)]
    return max(found, key=_order) if found else None


def latest_plan(plans: list[Plan]) -> Plan | None:
    """The plan with the latest period (then ordinal), or None."""
    return max(plans, key=_order) if plans else None

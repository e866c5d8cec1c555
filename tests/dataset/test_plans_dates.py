"""Plan periods against a date: in force, expired, days left."""

from __future__ import annotations

from datetime import date

import pytest

from kpdata.dataset.plans import days_left, in_force, is_expired, plan_in_force
from kpdata.models import Plan


def plan(start=None, end=None, status=None, id_="p-plan") -> Plan:
    return Plan.model_construct(id=id_, process_id="p", period_start=start, period_end=end, status=status)


@pytest.mark.parametrize(
    ("start", "end", "status", "on", "expected"),
    [
        (2022, 2026, "current", date(2026, 12, 31), True),
        (2022, 2026, "current", date(2027, 1, 1), False),
        (2022, 2026, None, date(2022, 1, 1), True),
        (2022, 2026, "in_preparation", date(2024, 1, 1), False),
        (None, None, "current", date(2024, 1, 1), True),
        (None, None, None, date(2024, 1, 1), False),
        (2024, None, "current", date(2030, 1, 1), True),
        (2024, None, "archived", date(2025, 1, 1), False),
    ],
)
def test_in_force(start, end, status, on, expected):
    assert in_force(plan(start, end, status), on) is expected


def test_days_left_and_expired():
    p = plan(2022, 2026)
    assert days_left(p, date(2026, 11, 23)) == 38
    assert days_left(p, date(2027, 1, 2)) == -2 and is_expired(p, date(2027, 1, 2))
    assert days_left(plan(2022), date(2026, 1, 1)) is None and not is_expired(plan(2022), date(2030, 1, 1))


def test_the_newest_plan_in_force_wins():
    old, new = plan(2020, 2026, id_="a-plan"), plan(2024, 2027, id_="b-plan")
    assert plan_in_force([new, old], date(2025, 1, 1)) is new

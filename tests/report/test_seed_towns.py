"""``kpdata compare`` of the five seed towns against the published release: the facts their pages state
(see ../shared/seeds/README.md) come out in the comparison. Skips until a release is published."""

from __future__ import annotations

import json

import pytest

from kpdata.cli import main
from kpdata.dataset.load import find_release
from kpdata.errors import NotFoundError

TOWNS = ["Opava", "Ostrava", "Český Brod", "Pardubice", "Město Albrechtice"]


def seed_rows(capsys, release: str) -> dict[str, dict]:
    code = main(["compare", *TOWNS, "--format", "json", "--today", "2026-11-23", "--release", release])
    assert code == 0
    return {row["territory"]: row for row in json.loads(capsys.readouterr().out)}


def check_seed_facts(rows: dict[str, dict]) -> None:
    """The facts of the seed pages, as the comparison shows them."""
    assert list(rows) == TOWNS
    opava, ostrava, brod, pardubice, albrechtice = (rows[t] for t in TOWNS)
    assert (opava["kp_since"], opava["period"], opava["plan_in_force"]) == (2007, "2022–2026", True)
    assert opava["working_groups"] == 5 and opava["coordinator_known"]
    assert (ostrava["kp_since"], ostrava["period"], ostrava["plan_status"]) == (
        2003,
        "2023–2026",
        "in_preparation",
    )
    figures = {
        "working_groups": 10,
        "participants": 250,
        "organisations": 119,
        "services": 186,
        "users": 25000,
    }
    assert {k: ostrava["figures"].get(k) for k in figures} == figures
    assert ostrava["per_1000"]["services"] == round(186 / ostrava["population"] * 1000, 2)
    assert brod["kp_since"] == 2008 and brod["working_groups"] == 3 and brod["coordinator_known"]
    assert pardubice["working_groups"] == 5
    assert albrechtice["kp_since"] == 2008
    for row in rows.values():
        assert row["sources"], f"{row['territory']}: no source"


def test_compare_the_five_seed_towns(capsys):
    try:
        release = find_release()
    except NotFoundError as exc:
        pytest.skip(f"no published release: {exc}")
    check_seed_facts(seed_rows(capsys, str(release)))

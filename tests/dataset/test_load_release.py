"""kpdata.load(): a release back into typed records, the latest by default, refusing altered files."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

import kpdata
from kpdata.dataset.load import find_release, load_dataset
from kpdata.errors import NotFoundError, ValidationFailed
from kpdata.models import Plan, to_row
from kpdata.release.publish import publish
from kpdata.release.workflow import BuildOptions

FIXTURES = Path(__file__).parents[1] / "build" / "fixtures"


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("releases")
    options = BuildOptions(
        sources=FIXTURES / "sources",
        territories=FIXTURES / "territories.csv",
        suppression=FIXTURES / "suppression.yml",
        releases=tmp,
        issued="2026-11-23",
    )
    publish("0.1.0", options)
    publish("0.10.0", options, personal_data=False)
    return tmp


def test_round_trip_equals_the_csv_rows(releases):
    dataset = load_dataset(path=releases / "0.1.0")
    assert dataset.version == "0.1.0"
    for table in ("plans", "people", "figures", "territories", "groups"):
        with (releases / "0.1.0" / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [to_row(r) for r in dataset.table(table)] == rows


def test_values_are_typed(releases):
    plan = load_dataset(path=releases / "0.1.0").records.get("plans", "opava-plan-2023-2026")
    assert isinstance(plan, Plan)
    assert (plan.period_start, plan.approved_on, plan.ordinal) == (2023, date(2022, 12, 8), 6)
    group = load_dataset(path=releases / "0.1.0").records.get(
        "groups", "opava-group-pracovni-skupina-seniori"
    )
    assert group.target_groups == ["seniors"] and group.open_to_public is None


def test_latest_is_the_highest_semver(releases, monkeypatch):
    assert find_release(releases=releases).name == "0.10.0"
    monkeypatch.setenv("KPDATA_DATASETS", str(releases.parent))
    monkeypatch.setattr("kpdata.paths.releases_dir", lambda: releases)
    latest = kpdata.load()
    assert latest.version == "0.10.0" and latest.table("people") == []
    assert kpdata.load("0.1.0").table("people")


def test_unknown_version_names_the_known_ones(releases):
    with pytest.raises(NotFoundError, match=r"0\.1\.0, 0\.10\.0"):
        find_release("9.9.9", releases=releases)


def test_an_altered_file_is_refused(releases, tmp_path):
    import shutil

    copy = tmp_path / "0.1.0"
    shutil.copytree(releases / "0.1.0", copy)
    path = copy / "data" / "plans.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("50/2022", "51/2022"), encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"plans\.csv does not match SHA256SUMS"):
        load_dataset(path=copy)

"""The committed territory reference agrees with ../shared/refdata and validates as Territory records."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from territory_refdata import derived_count, obce

from kpdata.models.territory import Territory
from kpdata.paths import reference_dir, repo_root
from kpdata.territory.table import TABLE_FILE

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_reference.py"
FIELDS = list(Territory.model_fields)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with (reference_dir() / TABLE_FILE).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_header_is_the_territory_model_fields():
    with (reference_dir() / TABLE_FILE).open(encoding="utf-8") as handle:
        assert handle.readline().rstrip("\n").split(",") == FIELDS


def test_every_row_validates_and_round_trips_through_the_model(rows):
    from kpdata.models.base import from_row, to_row

    for row in rows:
        assert to_row(from_row(Territory, row)) == row, row["id"]


def test_ids_are_unique_and_sorted(rows):
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_counts_per_kind_match_refdata(rows, shared):
    counts = Counter(row["kind"] for row in rows)
    assert counts["obec"] == len(obce(shared)) == 6258
    assert counts["orp"] == derived_count(shared, "orp.csv") == 206
    assert counts["okres"] == derived_count(shared, "okresy.csv") == 77
    assert counts["kraj"] == derived_count(shared, "kraje.csv") == 14


def test_obce_carry_refdata_codes_and_parents(rows, shared):
    ours = {row["csu_code"]: row for row in rows if row["kind"] == "obec"}
    for source in obce(shared):
        row = ours[source["obec_kod"]]
        assert row["name"] == source["obec_text"]
        assert (row["orp_code"], row["okres_code"], row["kraj_code"]) == (
            source["orp_csu_cis65_kod"],
            source["okres_csu_cis101_lau_kod"],
            source["kraj_csu_cis100_kod"],
        )


def test_higher_levels_sum_the_population_of_their_obce(rows):
    sums: Counter = Counter()
    for row in rows:
        if row["kind"] == "obec":
            for level in ("orp", "okres", "kraj"):
                sums[f"{level}-{row[f'{level}_code']}"] += int(row["population"])
    for row in rows:
        if row["kind"] in ("orp", "okres", "kraj"):
            assert int(row["population"]) == sums[row["id"]], row["id"]
    assert sum(int(r["population"]) for r in rows if r["kind"] == "kraj") == 10_693_939  # ČSÚ, 2020-01-01


def test_city_districts_belong_to_statutory_cities(rows, shared):
    city_types = {source["obec_kod"]: source["obec_typ"] for source in obce(shared)}
    parents = {row["csu_code"]: row for row in rows if row["kind"] == "obec"}
    districts = [row for row in rows if row["kind"] == "mestska_cast"]
    assert len({d["obec_code"] for d in districts}) == 8  # the territorially divided cities
    assert sum(parents[d["obec_code"]]["name"] == "Praha" for d in districts) == 57  # městské části
    for district in districts:
        city = parents[district["obec_code"]]
        assert city_types[city["csu_code"]] in ("Statutární město", "Hlavní město"), district["id"]
        assert (district["okres_code"], district["kraj_code"]) == (city["okres_code"], city["kraj_code"])
        assert "nečleněn" not in district["name"]


@pytest.mark.skipif(repo_root() is None, reason="needs the repository checkout (scripts/)")
def test_build_script_is_reproducible_and_matches_the_committed_file(shared, tmp_path):
    outputs = []
    for run in ("one", "two"):
        out = tmp_path / run
        command = [sys.executable, str(SCRIPT), "--shared", str(shared), "--out", str(out)]
        subprocess.run(command, check=True, capture_output=True)
        outputs.append({name: (out / name).read_bytes() for name in (TABLE_FILE, "SOURCE.md")})
    assert outputs[0] == outputs[1]
    assert outputs[0][TABLE_FILE] == (reference_dir() / TABLE_FILE).read_bytes(), "rebuild the reference"
    assert b"Zdroj: \xc4\x8cS\xc3\x9a" in outputs[0]["SOURCE.md"]


@pytest.mark.skipif(repo_root() is None, reason="needs the repository checkout (scripts/)")
def test_build_script_reports_missing_inputs(tmp_path):
    command = [sys.executable, str(SCRIPT), "--shared", str(tmp_path), "--out", str(tmp_path / "out")]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 2
    assert "missing input" in done.stderr
    assert not (tmp_path / "out").exists()

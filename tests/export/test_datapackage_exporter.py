"""datapackage.json: Data Package v2 that frictionless validates, with hashes and inlined schemas."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from frictionless import validate

from kpdata.release.workflow import BuildOptions, run_build

FIXTURES = Path(__file__).parents[1] / "build" / "fixtures"


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("package")
    options = BuildOptions(
        sources=FIXTURES / "sources",
        territories=FIXTURES / "territories.csv",
        suppression=FIXTURES / "suppression.yml",
        releases=tmp / "releases",
        issued="2026-11-23",
    )
    run_build(tmp / "build", options)
    return tmp / "build"


def test_frictionless_validates_the_package(package):
    report = validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])


def test_resources_carry_hash_bytes_and_schema(package):
    data = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    for resource in data["resources"]:
        raw = (package / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(raw).hexdigest()
        assert resource["bytes"] == len(raw)
        assert resource["schema"]["fields"]
    plans = next(r for r in data["resources"] if r["name"] == "plans")
    header = (package / "data" / "plans.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert [f["name"] for f in plans["schema"]["fields"]] == header


def test_package_metadata_in_czech_and_english(package):
    data = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert data["name"] == "kpdata" and data["licenses"][0]["name"] == "CC-BY-4.0"
    assert data["title"].startswith("Komunitní") and data["x-title-en"].startswith("Community")
    titles = " ".join(s["title"] for s in data["sources"])
    assert "ČSÚ" in titles and "MPSV" in titles
    flags = {r["name"]: r["x-personal-data"] for r in data["resources"]}
    assert flags["people"] and flags["contact_points"] and not flags["plans"]


def test_broken_data_fails_frictionless(package, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(package, copy)
    path = copy / "data" / "plans.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("2023,2026", "dva,2026"), encoding="utf-8")
    assert not validate(str(copy / "datapackage.json")).valid

"""``kpdata publish``: atomic, verified, immutable releases with their row-level changes."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import yaml

from kpdata.errors import KpdataError
from kpdata.export.checksums import verify_checksums
from kpdata.release.publish import check_new_version, publish
from kpdata.release.workflow import BuildFailed


def _snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _curate(sample, source_id, *corrections):
    path = sample / "sources" / source_id / "curated.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {"corrections": []}
    data["corrections"].extend(corrections)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def first(options):
    """Release 0.1.0 of the fixtures."""
    return publish("0.1.0", options)


def test_publish_writes_a_verified_release(first, options):
    assert first == options.releases / "0.1.0"
    verify_checksums(first)
    package = json.loads((first / "datapackage.json").read_text(encoding="utf-8"))
    assert (package["version"], package["created"]) == ("0.1.0", "2026-11-23T00:00:00Z")
    changes = json.loads((first / "changes.json").read_text(encoding="utf-8"))
    assert changes["previous_version"] is None
    assert "opava-plan-2023-2026" in changes["tables"]["plans"]["added"]
    assert (
        (first / "CHANGELOG.md")
        .read_text(encoding="utf-8")
        .startswith("# Changelog\n\n## 0.1.0 (2026-11-23)")
    )
    assert not list(options.releases.glob(".*"))  # no temporary folder left behind


def test_an_existing_release_is_never_overwritten(first, options):
    before = _snapshot(first)
    with pytest.raises(KpdataError, match="already exists"):
        publish("0.1.0", options)
    assert _snapshot(first) == before


@pytest.mark.parametrize("version", ["0.0.9", "0.1.0", "0.1", "v0.2.0", "0.2.0-rc1"])
def test_version_must_be_semver_and_greater(tmp_path, version):
    (tmp_path / "0.1.0").mkdir()
    (tmp_path / "0.1.0" / "datapackage.json").write_text("{}")
    with pytest.raises(KpdataError):
        check_new_version(version, tmp_path)
    assert check_new_version("0.1.1", tmp_path) == "0.1.0"
    assert check_new_version("1.0.0", tmp_path / "none") is None


def test_a_data_change_appears_as_added_changed_removed(first, options, sample):
    _curate(sample, "opava",
            {"table": "plans", "id": "opava-plan-2023-2026", "set": {"resolution": "51/2022"},
             "reason": "Číslo usnesení opraveno podle zápisu."},
            {"table": "documents", "id": "opava-document-akcni-plan-na-rok-2025", "remove": True,
             "reason": "Odkaz vede na jiný dokument."},
            {"table": "figures", "add": {"id": "opava-figure-meetings", "process_id": "opava",
                                         "metric": "meetings", "label": "setkání", "value": 4},
             "reason": "Počet setkání je ve výroční zprávě."})  # fmt: skip
    second = publish("0.2.0", replace(options, issued="2026-12-01"))
    changes = json.loads((second / "changes.json").read_text(encoding="utf-8"))
    assert changes["previous_version"] == "0.1.0"
    plans = changes["tables"]["plans"]["changed"]
    assert {"id": "opava-plan-2023-2026", "fields": ["curation_reason", "provenance", "resolution"]} in plans
    assert changes["tables"]["documents"]["removed"] == ["opava-document-akcni-plan-na-rok-2025"]
    assert changes["tables"]["figures"]["added"] == ["opava-figure-meetings"]
    assert changes["tables"]["territories"] == {"added": [], "changed": [], "removed": []}
    changelog = (second / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")


def _break_foreign_key(sample):
    _curate(sample, "opava", {"table": "plans", "id": "opava-plan-2023-2026", "set": {"process_id": "jinde"},
                              "reason": "Chybná oprava."})  # fmt: skip


def _break_expectation(sample):
    path = sample / "sources" / "olomouc" / "extracted.json"
    path.write_text(json.dumps({"source_id": "olomouc", "pages": []}), encoding="utf-8")


def _bring_back_suppressed(sample):
    person = {"id": "opava-person-p-dvorak", "given_name": "Petr", "family_name": "Dvořák"}
    _curate(sample, "opava", {"table": "people", "add": person, "reason": "Doplněno ručně."})


@pytest.mark.parametrize(
    ("breaker", "message"),
    [
        (_break_foreign_key, "'jinde' is not an id of table processes"),
        (_break_expectation, "min_plans: expected 1, found 0"),
        (_bring_back_suppressed, "suppression list is still present"),
    ],
)
def test_a_broken_build_publishes_nothing(first, options, sample, breaker, message):
    before = _snapshot(options.releases)
    breaker(sample)
    with pytest.raises(BuildFailed) as failure:
        publish("0.2.0", options)
    assert message in str(failure.value)
    assert _snapshot(options.releases) == before
    assert not (options.releases / "0.2.0").exists()


def test_failed_frictionless_validation_publishes_nothing(first, options, monkeypatch):
    import kpdata.release.publish as module

    monkeypatch.setattr(module, "frictionless_errors", lambda folder: ["plans: type-error: not a year"])
    with pytest.raises(module.PublishFailed, match="not a year"):
        publish("0.2.0", options)
    assert sorted(p.name for p in options.releases.iterdir()) == ["0.1.0"]


def test_release_without_personal_data(first, options):
    second = publish("0.1.1", options, personal_data=False)
    assert not (second / "data" / "people.csv").exists()
    package = json.loads((second / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert not names & {"people", "memberships", "contact_points"}
    assert package["x-personal-data"] is False
    changes = json.loads((second / "changes.json").read_text(encoding="utf-8"))
    assert changes["tables_left_out"] == ["contact_points", "memberships", "people"]
    assert "@example.cz" not in (second / "kpdata.json").read_text(encoding="utf-8")


def test_a_build_after_a_release_lists_its_changes_against_it(first, options, sample, tmp_path):
    from kpdata.release.workflow import run_build

    _curate(sample, "olomouc", {"table": "plans", "id": "olomouc-plan-2024-2027", "remove": True,
                                "reason": "Plán patří jinému procesu."})  # fmt: skip
    path = sample / "sources" / "olomouc" / "source.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("  - min_plans: 1\n", "  - min_contacts: 1\n"))
    run_build(tmp_path / "build", options)
    changes = json.loads((tmp_path / "build" / "changes.json").read_text(encoding="utf-8"))
    assert (changes["version"], changes["previous_version"]) == ("0.1.1.dev0", "0.1.0")
    assert changes["tables"]["plans"]["removed"] == ["olomouc-plan-2024-2027"]

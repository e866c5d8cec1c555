"""Network lists (network.yml) -> NetworkEntry records, and what the build receives (registry_records)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kpdata.models import Organization, RecordSet
from kpdata.registry import (
    NetworkFileError,
    add_registry,
    import_registry,
    merge_registry,
    network_records,
    registry_records,
)

FIXTURE = Path(__file__).parent / "fixtures" / "rpss_fixture.json"

NETWORK = """\
network: zkusebov
territory: obec-505927
period: {start: 2022, end: 2026}
source: https://zkusebov.example.cz/kp/zakladni-sit.pdf
reason: Příloha komunitního plánu 2022–2026 (vymyšlený dokument pro test)
entries:
  - registry_id: "1111111"
    capacity: 25
    reason: řádek 3
  - service: mpsv-2222222
    period: {start: 2022, end: 2023}
"""


@pytest.fixture
def datasets(tmp_path):
    """A datasets/ folder with the fixture imported and one source with a network list."""
    import_registry(FIXTURE, out_dir=tmp_path / "registry" / "fixture")
    (tmp_path / "sources" / "zkusebov").mkdir(parents=True)
    (tmp_path / "sources" / "zkusebov" / "network.yml").write_text(NETWORK, encoding="utf-8")
    (tmp_path / "sources" / "jinde").mkdir()  # a source without a network list
    return tmp_path


def test_network_entries(datasets):
    services = registry_records(datasets)["services"]
    entries = network_records("zkusebov", services=services, sources_dir=datasets / "sources")
    assert [e.service_id for e in entries] == ["mpsv-1111111", "mpsv-2222222"]
    first, second = entries
    assert (first.capacity, first.period_start, first.period_end) == (25, 2022, 2026)
    assert (second.capacity, second.period_end) == (None, 2023)
    assert first.provenance == "curated" and "řádek 3" in first.curation_reason
    assert "zakladni-sit.pdf" in second.curation_reason
    assert network_records("jinde", services=services, sources_dir=datasets / "sources") == []


def test_unknown_service_is_an_error(datasets):
    path = datasets / "sources" / "zkusebov" / "network.yml"
    path.write_text(NETWORK.replace('"1111111"', '"7777777"'), encoding="utf-8")
    with pytest.raises(NetworkFileError, match=r"entry 1.*7777777"):
        registry_records(datasets)


@pytest.mark.parametrize(
    "bad, message",
    [
        (NETWORK.replace("reason: Příloha", "duvod: Příloha"), "unknown key"),
        (NETWORK.replace("    capacity: 25\n", "    kapacita: 25\n"), "unknown key"),
        (NETWORK.replace("end: 2026", "end: 2020"), "ends before it starts"),
        (NETWORK + '  - registry_id: "1111111"\n', "listed twice"),
        ("entries: [", "not valid YAML"),
    ],
)
def test_bad_network_file(datasets, bad, message):
    (datasets / "sources" / "zkusebov" / "network.yml").write_text(bad, encoding="utf-8")
    with pytest.raises(NetworkFileError, match=message):
        registry_records(datasets)


def test_registry_records_for_the_build(datasets):
    shutil.copytree(datasets / "registry" / "fixture", datasets / "registry" / "zz-second")
    found = registry_records(datasets)
    assert [len(found[t]) for t in ("organizations", "services", "network_entries")] == [3, 4, 2]
    records = RecordSet()
    records.add(
        Organization(id="org-24680133", name="Zkušební domovy", provenance="curated", curation_reason="t")
    )
    added = merge_registry(records, found)
    assert added == 2 + 4 + 2
    assert records.get("organizations", "org-24680133").provenance == "curated"  # the build's record stays
    assert records.keys("network_entries") == {"zkusebov-mpsv-1111111", "zkusebov-mpsv-2222222"}


def test_committed_datasets_give_records():
    root = Path(__file__).resolve().parents[2] / "datasets"
    found = registry_records(root)
    assert len(found["services"]) >= 41 and len(found["organizations"]) >= 26


class _Report:
    def __init__(self):
        self.errors = []

    def error(self, check, message, **where):
        self.errors.append((check, message))


def test_add_registry_reports_a_bad_network_list_instead_of_raising(datasets):
    (datasets / "sources" / "zkusebov" / "network.yml").write_text("entries: [", encoding="utf-8")
    report, records = _Report(), RecordSet()
    assert add_registry(records, datasets, report=report) == 0
    assert report.errors and report.errors[0][0] == "registry" and "not valid YAML" in report.errors[0][1]
    assert records.counts()["services"] == 0


def test_add_registry_adds_everything(datasets):
    report, records = _Report(), RecordSet()
    assert add_registry(records, datasets, report=report) == 3 + 4 + 2
    assert report.errors == []


def test_a_national_import_supersedes_catalogue_samples(datasets, shared):
    sample = shared / "refdata" / "mpsv_rpss_samples" / "katalog_seniori_ukazka.json"
    import_registry(sample, out_dir=datasets / "registry" / "a-sample")
    services = registry_records(datasets)["services"]
    assert {s.id for s in services} == {"mpsv-1111111", "mpsv-2222222", "mpsv-3333333", "mpsv-4444444"}
    shutil.rmtree(datasets / "registry" / "fixture")
    (datasets / "sources" / "zkusebov" / "network.yml").unlink()
    assert len(registry_records(datasets)["services"]) == 41

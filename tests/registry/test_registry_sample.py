"""The real MPSV sample (catalogue shape) in ../shared/refdata: counts, joins, and the committed import."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kpdata.registry import import_registry

COMMITTED = Path(__file__).resolve().parents[2] / "datasets" / "registry" / "katalog-seniori-ukazka"


@pytest.fixture(scope="module")
def sample(shared, tmp_path_factory):
    samples = shared / "refdata" / "mpsv_rpss_samples"
    folder, report = import_registry(
        samples / "katalog_seniori_ukazka.json", out_dir=tmp_path_factory.mktemp("s") / "sample"
    )
    return folder, report.to_dict(), samples / "katalog_seniori_ukazka_flat.csv"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_counts_agree_with_the_flat_csv(sample):
    folder, report, flat = sample
    mpsv = [row for row in read(flat) if row["zdroj"] == "MPSV"]
    services = {s["id"]: s for s in read(folder / "services.csv")}
    assert len(services) == len({row["sluzba_id"] for row in mpsv}) == 41
    assert len(read(folder / "organizations.csv")) == len({row["poskytovatel_ico"] for row in mpsv})
    assert report["issues"]["not_social_service"]["UZIS"]["count"] == 10
    for row in mpsv:  # every service's provider, kind and dates as the flat file has them
        service = services["mpsv-zaznam-" + row["sluzba_id"].removeprefix("mpsv-")]
        assert service["provider_id"] == f"org-{row['poskytovatel_ico']}"
        assert service["valid_from"] == row["datumPoskytovaniOd"]
        assert service["valid_to"] == row["datumPoskytovaniDo"]
        assert row["forma"] in service["forms"].split("|")


def test_services_link_to_providers_and_territories(sample, shared):
    folder, report, _ = sample
    orgs = {o["id"] for o in read(folder / "organizations.csv")}
    territories = {
        t["id"] for t in read(Path(__file__).resolve().parents[2] / "datasets/reference/territories.csv")
    }
    services = read(folder / "services.csv")
    assert all(s["provider_id"] in orgs for s in services)
    with_territory = [s for s in services if s["territory_id"]]
    assert all(s["territory_id"] in territories for s in with_territory)
    assert len(services) - len(with_territory) == 3  # the sample's three places without an address
    assert (
        "unknown_territory" not in report["issues"] and "unknown_code:service_kinds" not in report["issues"]
    )


def test_service_at_two_places_is_one_service(sample):
    folder, _, _ = sample
    links = [r for r in read(folder / "service_locations.csv") if r["service_id"] == "mpsv-zaznam-4429"]
    assert len(links) == 2


def test_committed_import_is_current(sample):
    folder, _, _ = sample
    for path in sorted(folder.iterdir()):
        assert (COMMITTED / path.name).read_bytes() == path.read_bytes(), f"re-import: {path.name} differs"

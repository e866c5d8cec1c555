"""The national-file importer on fixtures written in the published rpss.json shape (invented records)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kpdata.registry import import_registry
from kpdata.registry.rpss import RegistryFileError, read_rpss

FIXTURE = Path(__file__).parent / "fixtures" / "rpss_fixture.json"
OFFICERS = ("Radoslava", "Kvapilíková", "Květoslav", "Hrachovec", "kvapilikova")
REFERENCE = Path(__file__).resolve().parents[2] / "datasets" / "reference" / "territories.csv"


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    out = tmp_path_factory.mktemp("registry") / "fixture"
    folder, report = import_registry(FIXTURE, out_dir=out)
    return folder, report.to_dict()


def by_id(items: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in items}


def test_counts(imported):
    folder, report = imported
    assert report["shape"] == "rpss"
    assert report["counts"]["services_read"] == 5
    assert len(rows(folder, "services")) == 4  # the repeated identifikátor is not a second service
    assert len(rows(folder, "organizations")) == 3
    assert report["issues"]["duplicate_service"]["mpsv-1111111"]["count"] == 1


def test_ended_service_is_kept_with_its_end_date(imported):
    services = by_id(rows(imported[0], "services"))
    assert services["mpsv-2222222"]["valid_to"] == "2019-12-31"
    assert services["mpsv-1111111"]["valid_to"] == ""


def test_unknown_codelist_ids_are_reported_not_guessed(imported):
    folder, report = imported
    services = by_id(rows(folder, "services"))
    assert services["mpsv-3333333"]["kind"] == ""
    assert report["issues"]["unknown_code:service_kinds"]["DruhSocialniSluzby/99"]["examples"] == ["3333333"]
    assert "CilovaSkupinaOsoby/999" in report["issues"]["unknown_code:target_groups"]
    assert services["mpsv-1111111"]["target_groups"] == "seniors"  # the known one is kept
    assert "FormaSocialniSluzby/xyz" in report["issues"]["unknown_code:service_forms"]
    assert services["mpsv-4444444"]["forms"] == ""


def test_codes_and_capacity(imported):
    services = by_id(rows(imported[0], "services"))
    home = services["mpsv-1111111"]
    assert (home["kind"], home["forms"], home["capacity"], home["capacity_type"]) == (
        "homes_for_seniors",
        "pob",
        "30",
        "luzka",
    )
    assert (services["mpsv-2222222"]["capacity"], services["mpsv-2222222"]["forms"]) == ("45", "amb|ter")
    assert services["mpsv-3333333"]["capacity"] == ""  # clients and interventions do not add up
    assert "interv|klient" in imported[1]["issues"]["mixed_capacity_types"]


def test_invalid_ico_keeps_the_provider_without_it(imported):
    folder, report = imported
    orgs = by_id(rows(folder, "organizations"))
    bad = [o for o in orgs.values() if o["name"].startswith("Spolek se špatným")]
    assert len(bad) == 1 and bad[0]["ico"] == "" and "12345678" not in bad[0]["id"]
    assert report["issues"]["invalid_ico"]["12345678"]["examples"] == ["3333333"]
    assert by_id(rows(folder, "services"))["mpsv-3333333"]["provider_id"] == bad[0]["id"]


def test_facilities_repeated_and_without_address_code(imported):
    folder, report = imported
    links = rows(folder, "service_locations")
    assert sorted(r["location_id"] for r in links if r["service_id"] == "mpsv-1111111") == [
        "misto-99000001",
        "misto-99000002",
    ]
    assert report["counts"]["facilities_repeated"] == 1
    assert report["counts"]["facilities_without_address"] == 1
    no_code = [loc for loc in rows(folder, "locations") if not loc["address_code"]]
    assert len(no_code) == 1 and no_code[0]["territory_id"] == "obec-555134"
    assert no_code[0]["city"] == "Pardubice"  # from the territory reference


def test_joins_services_providers_territories(imported):
    folder, report = imported
    orgs = by_id(rows(folder, "organizations"))
    with REFERENCE.open(encoding="utf-8", newline="") as handle:
        territories = {row["id"] for row in csv.DictReader(handle)}
    services = rows(folder, "services")
    assert all(s["provider_id"] in orgs for s in services)
    assert {s["territory_id"] for s in services} - {""} <= territories
    assert by_id(services)["mpsv-1111111"]["territory_id"] == "obec-505927"
    assert by_id(services)["mpsv-4444444"]["territory_id"] == ""
    assert report["issues"]["unknown_territory"]["999999"]["count"] == 1
    locations = by_id(rows(folder, "locations"))
    assert {r["location_id"] for r in rows(folder, "service_locations")} <= set(locations)
    assert orgs["org-24680133"]["website"] == "https://domovy.example.cz"


def test_officers_and_emails_reach_no_output(imported):
    folder, _ = imported
    for path in folder.iterdir():
        text = path.read_text(encoding="utf-8")
        for name in OFFICERS:
            assert name not in text, f"{name} leaked into {path.name}"
        assert "@" not in text, f"an e-mail address leaked into {path.name}"


def test_same_input_same_bytes(tmp_path, imported):
    folder, _ = imported
    again, _ = import_registry(FIXTURE, out_dir=tmp_path / "again")
    for path in folder.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_records_stream_before_a_broken_tail(tmp_path):
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))["polozky"]
    text = json.dumps({"polozky": records}, ensure_ascii=False)
    broken = tmp_path / "broken.json"
    broken.write_text(text[: text.rindex('{"id": 90005')] + '{"id": 1, "nazev": ', encoding="utf-8")
    seen = []
    with pytest.raises(RegistryFileError, match=r"broken\.json"):
        for raw in read_rpss(broken):
            seen.append(raw["identifikator"])
    assert seen == ["1111111", "2222222", "3333333", "4444444"]


def test_top_level_array_is_accepted(tmp_path):
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))["polozky"]
    path = tmp_path / "array.json"
    path.write_text(json.dumps(records[:2]), encoding="utf-8")
    assert [r["identifikator"] for r in read_rpss(path)] == ["1111111", "2222222"]


def test_failed_import_leaves_the_previous_one(tmp_path, imported):
    out = tmp_path / "kept"
    import_registry(FIXTURE, out_dir=out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = tmp_path / "broken.json"
    broken.write_text('{"polozky": [{"identifikator": "5555555", ', encoding="utf-8")
    with pytest.raises(RegistryFileError):
        import_registry(broken, out_dir=out, shape="rpss")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_api_ids_and_inferred_ids(tmp_path):
    """A druh given by its web-API number maps; an id the codelist marks as inferred maps and is counted."""
    records = [
        {"identifikator": "6666661", "nazev": "A", "druhSocialniSluzby": {"id": "3847"}},
        {"identifikator": "6666662", "nazev": "B", "druhSocialniSluzby": "DruhSocialniSluzby/7"},
    ]
    path = tmp_path / "rpss.json"
    path.write_text(json.dumps({"polozky": records}), encoding="utf-8")
    folder, report = import_registry(path, out_dir=tmp_path / "out")
    kinds = {row["id"]: row["kind"] for row in rows(folder, "services")}
    assert kinds == {"mpsv-6666661": "homes_for_seniors", "mpsv-6666662": "supported_independent_living"}
    assert report.issues["inferred_code:service_kinds"]["DruhSocialniSluzby/7"]["count"] == 1
    assert "unknown_code:service_kinds" not in report.issues


@pytest.mark.parametrize("text", ['{"data": []}', '{"polozky": []}', "[]"])
def test_a_file_without_records_is_an_error(tmp_path, text):
    path = tmp_path / "rpss.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryFileError, match="no registry records"):
        import_registry(path, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_record_that_is_not_an_object_is_reported(tmp_path):
    path = tmp_path / "rpss.json"
    path.write_text(
        json.dumps({"polozky": [7, {"identifikator": "6666661", "nazev": "A"}]}), encoding="utf-8"
    )
    folder, report = import_registry(path, out_dir=tmp_path / "out")
    assert report.issues["invalid_record"]["record is a int, not an object"]["examples"] == ["#1"]
    assert [row["id"] for row in rows(folder, "services")] == ["mpsv-6666661"]

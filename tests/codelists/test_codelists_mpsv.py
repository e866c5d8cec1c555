"""The MPSV-derived codelists agree with the reference data in ../shared/refdata (skipped without it)."""

from __future__ import annotations

import csv
import json

import pytest

from kpdata.codelists import codelist

LEGAL_PARAGRAPHS = (
    {"§ 37"} | {f"§ {n}" for n in range(39, 53)} | {f"§ {n}" for n in range(54, 71)} | {"§ 60a"}
)


def _paragraph_number(paragraph: str) -> int:
    return int("".join(ch for ch in paragraph if ch.isdigit()))


def _category_by_law(paragraph: str) -> str:
    number = _paragraph_number(paragraph)
    if number == 37:
        return "social_counselling"
    return "social_care" if 39 <= number <= 52 else "social_prevention"


@pytest.fixture(scope="module")
def mpsv(shared):
    folder = shared / "refdata" / "mpsv_codelists"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: no MPSV codelists to compare with")
    return folder


def _read(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def druhy(mpsv):
    return {row["api_druhSocialniSluzbyId"]: row for row in _read(mpsv / "druhy_socialnich_sluzeb.csv")}


@pytest.fixture(scope="module")
def kinds_by_api():
    return {concept.extra["mpsv_api_id"]: concept for concept in codelist("service_kinds")}


def test_there_are_34_kinds_with_the_same_api_ids(druhy, kinds_by_api):
    assert len(codelist("service_kinds")) == 34
    assert set(kinds_by_api) == set(druhy)


def test_paragraphs_agree_with_refdata(druhy, kinds_by_api):
    for api_id, ref in druhy.items():
        paragraph = kinds_by_api[api_id].extra["paragraph"]
        ref_paragraph = ref["paragraf_zakon_108_2006"]
        assert paragraph == (ref_paragraph if ref_paragraph.startswith("§") else ""), api_id


def test_every_kind_of_the_act_is_there_once():
    paragraphs = [c.extra["paragraph"] for c in codelist("service_kinds") if c.extra["paragraph"]]
    assert len(paragraphs) == len(set(paragraphs)) == 33
    assert set(paragraphs) == LEGAL_PARAGRAPHS


def test_categories_follow_the_parts_of_the_act(druhy, kinds_by_api):
    for api_id, concept in kinds_by_api.items():
        paragraph = concept.extra["paragraph"]
        expected = _category_by_law(paragraph) if paragraph else ""
        assert concept.extra["category"] == expected, concept.code
        assert concept.extra["category_cs"] == druhy[api_id]["skupina_sluzeb"], concept.code


def test_open_data_ids_and_verification_status_kept_as_is(druhy, kinds_by_api):
    for api_id, ref in druhy.items():
        extra = kinds_by_api[api_id].extra
        assert extra["mpsv_open_data_id"] == ref["open_data_id"], api_id
        assert extra["mpsv_open_data_id_status"] == ref["open_data_id_status"], api_id
    statuses = {concept.extra["mpsv_open_data_id_status"] for concept in kinds_by_api.values()}
    assert {"verified", "inferred", "data-consistent"} <= statuses


def test_labels_agree_with_refdata(druhy, kinds_by_api):
    for api_id, ref in druhy.items():
        concept = kinds_by_api[api_id]
        assert concept.extra["mpsv_label_api"] == ref["nazev_api_label"], api_id
        assert concept.extra["mpsv_label_open_data"] == ref["nazev_open_data"], api_id
        assert concept.label_cs.casefold() == ref["nazev_api_label"].casefold(), api_id
        if ref["nazev_open_data"]:
            assert concept.label_cs == ref["nazev_open_data"], api_id


def test_service_forms_agree_with_refdata(mpsv):
    forms = codelist("service_forms")
    rows = _read(mpsv / "formy_poskytovani.csv")
    assert len(forms) == len(rows) == 3
    for row in rows:
        concept = forms[row["zkratka_v_katalogu"]]
        assert concept.label_cs == row["nazev"]
        assert concept.extra["mpsv_open_data_id"] == row["open_data_id"]
        assert concept.extra["mpsv_api_id"] == row["api_formaId"]


def test_capacity_types_agree_with_refdata(mpsv):
    types = codelist("capacity_types")
    rows = _read(mpsv / "typy_kapacity.csv")
    assert len(types) == len(rows)
    for row in rows:
        concept = types[row["kod"]]
        assert concept.label_cs == row["nazev"]
        assert concept.extra["mpsv_open_data_id"] == row["open_data_id"]
        assert concept.extra["label_status"] == row["nazev_status"]


def test_target_group_ids_are_only_verified_ones(mpsv):
    verified = {row["open_data_id"]: row["nazev"] for row in _read(mpsv / "cilove_skupiny_partial.csv")}
    used = [mpsv_id for concept in codelist("target_groups") for mpsv_id in concept.values("mpsv_ids")]
    assert len(used) == len(set(used)), "an MPSV id is mapped to two target groups"
    assert set(used) <= set(verified)
    seniors_ids = codelist("target_groups")["seniors"].values("mpsv_ids")
    assert [verified[mpsv_id] for mpsv_id in seniors_ids] == [codelist("target_groups")["seniors"].label_cs]


def _registry_services(shared):
    path = shared / "refdata" / "mpsv_rpss_samples" / "katalog_seniori_ukazka.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent: no registry sample to compare with")
    data = json.loads(path.read_text(encoding="utf-8"))
    return [s for place in data["mista"] for s in place["sluzby"] if s["zdroj"] == "MPSV"]


def test_registry_sample_kinds_resolve_to_the_same_names(shared):
    by_open_id = {c.extra["mpsv_open_data_id"]: c for c in codelist("service_kinds")}
    services = _registry_services(shared)
    assert services
    for service in services:
        kind = service["druhSluzby"]
        assert by_open_id[kind["kod"]].label_cs == kind["nazev"], kind["kod"]


def test_registry_sample_forms_and_capacity_types_are_known(shared):
    forms, capacity = codelist("service_forms"), codelist("capacity_types")
    for service in _registry_services(shared):
        for form in service["formy"]:
            forms.check(form["forma"])
            for cap in form.get("kapacitaRegistrovana", []):
                assert capacity[cap["typ"]].label_cs == cap["typNazev"]

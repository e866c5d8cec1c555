"""The shipped codelist files: every list loads, codes and labels are sound, the agreed codes are there."""

from __future__ import annotations

import csv

import pytest

from kpdata.codelists import codelist, codelist_names
from kpdata.codelists.loader import DATA_DIR

NAMES = codelist_names()

AGREED_CODES = {
    "target_groups": {
        "seniors",
        "disabled",
        "mental_illness",
        "children_youth_family",
        "social_exclusion",
        "ethnic_minorities_foreigners",
        "addictions",
        "homeless",
        "crisis",
        "other",
    },
    "service_forms": {"amb", "ter", "pob"},
    "group_kinds": {"working", "coordination", "steering", "other"},
    "roles": {
        "coordinator",
        "economist",
        "group_leader",
        "deputy_leader",
        "member",
        "chair",
        "secretary",
        "contact_person",
        "methodologist",
        "guarantor",
        "other",
    },
    "stakeholder_categories": {"commissioner", "provider", "user", "public"},
    "plan_statuses": {"current", "archived", "in_preparation", "expired"},
    "process_levels": {"obec", "orp", "kraj", "mestska_cast", "dso", "mas", "other"},
    "territory_kinds": {"obec", "orp", "okres", "kraj", "mestska_cast"},
    "metrics": {
        "working_groups",
        "participants",
        "organisations",
        "services",
        "related_activities",
        "users",
        "providers",
        "meetings",
        "other",
    },
    "participation_kinds": {"survey", "comment_procedure", "public_meeting", "open_group", "other"},
    "document_kinds": {"plan", "action_plan", "analysis", "report", "minutes", "network", "other"},
    "organization_kinds": {"municipality", "region", "ngo", "church", "state", "business", "school", "other"},
    "approval_bodies": {"zastupitelstvo", "rada", "valna_hromada", "other"},
}


def _raw_rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / f"{name}.csv").open(encoding="utf-8", errors="strict", newline="") as handle:
        return list(csv.DictReader(handle))


def test_index_and_data_files_match():
    files = {path.stem for path in DATA_DIR.glob("*.csv")} - {"index"}
    assert set(NAMES) == files
    assert len(NAMES) == len(set(NAMES)) == 15


def test_every_requested_list_exists():
    assert set(AGREED_CODES) | {"service_kinds", "capacity_types"} == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_index_metadata_is_complete(name):
    cl = codelist(name)
    assert cl.name == name
    assert cl.title_cs and cl.title_en and cl.source and cl.license


@pytest.mark.parametrize("name", NAMES)
def test_codes_unique_non_empty_and_labelled(name):
    rows = _raw_rows(name)
    codes = [row["code"] for row in rows]
    assert rows, f"{name} is empty"
    assert all(codes), f"{name} has an empty code"
    assert len(codes) == len(set(codes)), f"{name} repeats a code"
    for row in rows:
        assert row["label_cs"].strip(), f"{name}:{row['code']} has no Czech label"
        assert row["label_en"].strip(), f"{name}:{row['code']} has no English label"
        assert row["definition_cs"].strip(), f"{name}:{row['code']} has no Czech definition"
    assert [concept.code for concept in codelist(name)] == codes


@pytest.mark.parametrize("name", NAMES)
def test_cells_have_no_stray_whitespace(name):
    for row in _raw_rows(name):
        for column, value in row.items():
            assert value == value.strip(), f"{name}:{row['code']}:{column} has stray whitespace"
            assert "||" not in value and not value.startswith("|") and not value.endswith("|")


@pytest.mark.parametrize("name", sorted(AGREED_CODES))
def test_codes_are_the_agreed_ones(name):
    assert codelist(name).codes == AGREED_CODES[name]


def test_target_group_codes_are_exactly_the_ten():
    codes = codelist("target_groups").ordered_codes
    assert len(codes) == 10
    assert set(codes) == AGREED_CODES["target_groups"]


@pytest.mark.parametrize("name", [n for n in NAMES if "aliases_cs" in codelist(n).columns])
def test_aliases_point_to_one_concept_each(name):
    owner: dict[str, str] = {}
    for concept in codelist(name):
        for alias in concept.values("aliases_cs"):
            key = alias.casefold()
            assert key not in owner, (
                f"{name}: alias {alias!r} of {concept.code} also belongs to {owner.get(key)}"
            )
            owner[key] = concept.code


def test_roles_have_aliases_with_feminine_forms():
    roles = codelist("roles")
    for code, masculine, feminine in [
        ("coordinator", "koordinátor", "koordinátorka"),
        ("economist", "ekonom", "ekonomka"),
        ("secretary", "zapisovatel", "zapisovatelka"),
        ("chair", "předseda", "předsedkyně"),
        ("methodologist", "metodik", "metodička"),
        ("member", "člen", "členka"),
    ]:
        aliases = roles[code].values("aliases_cs")
        assert masculine in aliases and feminine in aliases, code
    for word in ("vedoucí", "manažer", "koordinátor skupiny"):
        assert word in roles["group_leader"].values("aliases_cs")
    assert "politický garant" in roles["guarantor"].values("aliases_cs")


def test_approval_bodies_name_the_councils():
    bodies = codelist("approval_bodies")
    council = bodies["zastupitelstvo"].values("aliases_cs")
    for phrase in ("zastupitelstvo města", "zastupitelstvo kraje", "zastupitelstvo obce"):
        assert phrase in council
    assert "rada města" in bodies["rada"].values("aliases_cs")


def test_metrics_carry_a_unit_except_other():
    for concept in codelist("metrics"):
        assert "unit_cs" in concept.extra
        assert bool(concept.extra["unit_cs"]) == (concept.code != "other"), concept.code


def test_service_kind_categories_are_the_three_groups_of_the_act():
    kinds = codelist("service_kinds")
    categories = {c.extra["category"]: c.extra["category_cs"] for c in kinds if c.extra["category"]}
    assert categories == {
        "social_counselling": "sociální poradenství",
        "social_care": "služby sociální péče",
        "social_prevention": "služby sociální prevence",
    }


def test_target_group_mpsv_status_agrees_with_ids():
    for concept in codelist("target_groups"):
        status = concept.extra["mpsv_ids_status"]
        assert status in {"verified", "unknown"}, concept.code
        assert bool(concept.values("mpsv_ids")) == (status == "verified"), concept.code

"""The query API on a loaded release: territories, filters, navigation, plans against a date, coverage."""

from __future__ import annotations

from datetime import date

import pytest

from kpdata.dataset.areas import AreaIndex
from kpdata.dataset.filters import QueryError
from kpdata.errors import KpdataError, NotFoundError
from kpdata.models.tables import TABLES
from kpdata.territory import AmbiguousTerritory, UnknownTerritory, default_index

DAY = date(2026, 11, 23)


def ids(records) -> list[str]:
    return [r.id for r in records]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Český Brod", "obec-533271"),
        ("cesky brod", "obec-533271"),
        ("ČESKÝ BROD", "obec-533271"),
        ("533271", "obec-533271"),
        ("obec-533271", "obec-533271"),
        ("CZ080", "kraj-3140"),
        ("Opava", "obec-505927"),  # a bare name prefers the obec over the ORP and okres
        ("v Opavě", "obec-505927"),  # case forms go through the territory resolver
        ("Moravskoslezský kraj", "kraj-3140"),
    ],
)
def test_territory_by_name_code_or_id(sample, name, expected):
    assert sample.territory(name).id == expected


def test_territory_kind_narrows(sample):
    assert sample.territory("Opava", kind="orp").id == "orp-8117"
    assert sample.territory("Český Brod", kind="orp").id == "orp-2106"


def test_unknown_territory_suggests_close_names(sample):
    with pytest.raises(UnknownTerritory) as error:
        sample.territory("Opavva")
    assert "Opava" in error.value.suggestions and "did you mean" in str(error.value)


def test_ambiguous_territory_lists_candidates():
    index = default_index()
    areas = AreaIndex([index.by_id("obec-507580"), index.by_id("obec-561720")], source="test")  # two Kravaře
    with pytest.raises(AmbiguousTerritory) as error:
        areas.find("Kravaře")
    assert set(error.value.candidates) == {"obec-507580", "obec-561720"}


def test_everything_inside_a_kraj_or_orp(sample):
    assert ids(sample.query("processes", territory="CZ080")) == ["opava", "ostrava"]
    assert ids(sample.query("services", territory="orp-8117")) == ["svc-1", "svc-2"]
    assert ids(sample.query("services", territory="Opava")) == ["svc-1"]
    assert ids(sample.within("orp-8117")) == ["obec-505927", "obec-506320"]
    assert ids(sample.query("plans", territory="Středočeský kraj")) == [
        "cesky-brod-plan-2015-2018",
        "cesky-brod-plan-2019-2023",
    ]


def test_filters_by_target_group_kind_ico_network(sample):
    assert ids(sample.query("groups", target_group="senioři")) == ["brod-ps-seniori", "opava-ps-seniori"]
    assert ids(sample.query("processes", target_group="seniors")) == ["cesky-brod", "opava"]
    assert ids(sample.query("services", kind="pečovatelská služba")) == ["svc-2"]
    assert ids(sample.query("services", kind="home_care")) == ["svc-2"]
    assert ids(sample.query("services", ico="45215219")) == ["svc-1", "svc-3"]
    assert ids(sample.query("organizations", network="opava")) == ["org-00300535", "org-45215219"]
    assert ids(sample.query("services", network="opava")) == ["svc-1", "svc-2"]
    assert ids(sample.query("groups", kind="coordination")) == ["opava-ks"]


def test_filters_combine(sample):
    found = sample.query("services", territory="Moravskoslezský kraj", target_group="seniors", ico="00300535")
    assert ids(found) == ["svc-2"]
    assert sample.query("services", territory="Český Brod", target_group="homeless") == []


def test_bad_filters_are_clear_errors(sample):
    with pytest.raises(NotFoundError, match="networks: opava"):
        sample.query("services", network="ostrava")
    with pytest.raises(QueryError, match="no kind"):
        sample.query("plans", kind="current")
    with pytest.raises(KpdataError, match="not in codelist target_groups"):
        sample.query("groups", target_group="astronauti")
    with pytest.raises(NotFoundError, match="no table"):
        sample.query("plany")


def test_navigation_from_a_process(sample):
    opava = sample.process("Opava")
    assert opava.id == "opava" and opava.territory.name == "Opava"
    assert ids(opava.plans) == ["opava-plan-2019-2021", "opava-plan-2022-2026"]
    assert opava.plan_in_force(DAY).id == "opava-plan-2022-2026"
    assert [g.id for g in opava.working_groups] == ["opava-ps-rodiny", "opava-ps-seniori"]
    assert opava.coordinator.person.family_name == "Králová"
    assert [c.email for c in opava.contacts] == ["eva.kralova@example.cz"]
    seniors = next(g for g in opava.groups if g.id == "opava-ps-seniori")
    assert [m.person.given_name for m in seniors.members] == ["Petr"] and seniors.process.id == "opava"
    assert {str(s.url) for s in opava.sources} == {
        "https://opava.example.cz/kp",
        "https://opava.example.cz/kp/skupiny",
    }


def test_navigation_from_a_service(sample):
    services = {s.id: s for s in sample.services(network="opava")}
    assert services["svc-1"].provider.ico == "45215219"
    assert [e.network for e in services["svc-2"].network_entries] == ["opava"]
    assert services["svc-2"].territory.name == "Brumovice"
    assert [s.id for s in sample.process("opava").services] == ["svc-1", "svc-2"]


def test_a_territory_without_a_process(sample):
    with pytest.raises(NotFoundError, match="no planning process known for Město Albrechtice"):
        sample.process("Město Albrechtice")


def test_plans_against_a_date(sample):
    assert ids(sample.plans_in_force(on=DAY)) == ["opava-plan-2022-2026"]
    assert ids(sample.expired_plans(on=DAY)) == ["cesky-brod-plan-2019-2023"]
    assert ids(sample.without_plan(on=DAY)) == ["cesky-brod", "ostrava"]
    assert ids(sample.plans_in_force("Český Brod", on=date(2020, 6, 1))) == ["cesky-brod-plan-2019-2023"]


def test_coverage_matrix(sample):
    matrix = sample.coverage()
    assert sorted(matrix.territories) == ["obec-505927", "obec-533271", "obec-554821"]
    assert matrix.covered("obec-505927") == ["seniors", "disabled", "children_youth_family"]
    assert "homeless" in matrix.missing("obec-505927") and matrix.known("obec-505927")
    assert matrix.covered("obec-554821") == matrix.missing("obec-554821") == []  # Ostrava: no working group
    assert not matrix.known("obec-554821") and set(matrix.cells["obec-554821"].values()) == {None}
    assert sample.coverage("Český Brod").covered("obec-533271") == ["seniors"]


def test_indexes_are_built_once(sample):
    assert sample.index is sample.index and sample.areas is sample.areas


def test_to_pandas(sample):
    pytest.importorskip("pandas")
    frame = sample.to_pandas("plans")
    assert list(frame["id"]) == ids(sample.table("plans")) and "period_end" in frame.columns


def test_to_polars(sample):
    pytest.importorskip("polars")
    assert sample.to_polars("services").height == 3


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_filters_by_territory(sample, table):
    inside = sample.query(table, territory="Moravskoslezský kraj")
    outside = sample.query(table, territory="Středočeský kraj")
    assert {r.id for r in inside}.isdisjoint(r.id for r in outside) or table == "organizations"
    assert all(r in sample.table(table) for r in inside)

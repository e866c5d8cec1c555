"""TerritoryIndex on a small made-up table: lookups, narrowing, errors and their messages."""

from __future__ import annotations

import pytest
from territory_fixture import ROWS, write_table

import kpdata.territory
from kpdata.errors import KpdataError, NotFoundError
from kpdata.models.errors import RecordError
from kpdata.territory import AmbiguousTerritory, TerritoryIndex, UnknownTerritory


@pytest.fixture
def index(tmp_path) -> TerritoryIndex:
    return TerritoryIndex.load(write_table(tmp_path))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Horákov", "obec-600001"),
        ("HORAKOV", "obec-600001"),
        ("v Horákově", "obec-600001"),
        ("horákovský", "obec-600001"),
        ("ORP Horákov", "orp-3901"),
        ("správní obvod Horákov", "orp-3901"),
        ("okres Horákov", "okres-40901"),
        ("horákovský okres", "okres-40901"),
        ("Lesního kraje", "kraj-3901"),
        ("Podhůří", "kraj-3902"),
        ("v kraji Podhůří", "kraj-3902"),
        ("Města Lipníku", "obec-600005"),
        ("v Lipníku", "obec-600006"),
        ("Horákov 2", "mestska_cast-500002"),
        ("městská část Horákov 2", "mestska_cast-500002"),
        ("MČ Sever", "mestska_cast-500001"),
        ("Citov", "obec-600007"),
        ("Cítov", "obec-600008"),
    ],
)
def test_resolve(index, phrase, expected):
    assert index.resolve(phrase).id == expected


def test_ambiguous_names_list_candidates_and_say_how_to_narrow(index):
    with pytest.raises(AmbiguousTerritory) as caught:
        index.resolve("v Nové Vsi")
    error = caught.value
    assert isinstance(error, KpdataError)
    assert error.candidates == ["obec-600002", "obec-600003"]
    message = str(error)
    assert "okres Horákov, Lesní kraj" in message and "okres Lipová Lhota, Kraj Podhůří" in message
    assert "okres=" in message and "kraj=" in message


@pytest.mark.parametrize(
    ("narrowing", "expected"),
    [
        ({"okres": "Lipová Lhota"}, "obec-600003"),
        ({"okres": "40901"}, "obec-600002"),
        ({"okres": "CZ0921"}, "obec-600003"),
        ({"okres": "okres-40901"}, "obec-600002"),
        ({"kraj": "Lesní kraj"}, "obec-600002"),
        ({"kraj": "Lesního kraje"}, "obec-600002"),
        ({"kraj": "3902"}, "obec-600003"),
        ({"orp": "9102"}, "obec-600003"),
        ({"orp": "Horákov"}, "obec-600002"),
    ],
)
def test_narrowing_by_code_or_name(index, narrowing, expected):
    assert index.resolve("Nová Ves", **narrowing).id == expected


def test_narrowing_that_excludes_everything_is_unknown(index):
    with pytest.raises(UnknownTerritory):
        index.resolve("Lipová Lhota", kind="obec", kraj="Lesní kraj")


def test_an_unknown_kind_is_a_clear_error(index):
    with pytest.raises(KpdataError, match="unknown territory kind 'town'"):
        index.resolve("Horákov", kind="town")
    with pytest.raises(KpdataError, match="obec, mestska_cast"):
        index.children("kraj-3901", kind="towns")


def test_unknown_names_suggest_close_ones(index):
    with pytest.raises(UnknownTerritory) as caught:
        index.resolve("Horákovo náměstí")
    assert isinstance(caught.value, NotFoundError)
    with pytest.raises(UnknownTerritory) as caught:
        index.resolve("Horakof")
    assert "Horákov" in caught.value.suggestions and "did you mean" in str(caught.value)


def test_codes_and_ids(index):
    assert index.by_id("obec-600004").name == "Lipová Lhota"
    assert index.by_code("600004").id == "obec-600004"
    assert index.by_code("CZ091").id == "kraj-3901"
    assert index.by_code("3901", "orp").id == "orp-3901"
    with pytest.raises(AmbiguousTerritory, match="kind="):
        index.by_code("3901")  # the code of a kraj and of an ORP
    with pytest.raises(UnknownTerritory, match="999999"):
        index.by_code("999999")
    with pytest.raises(UnknownTerritory):
        index.by_id("obec-999999")


def test_children(index):
    assert [t.id for t in index.children("kraj-3902")] == [
        "obec-600003",
        "obec-600004",
        "obec-600007",
        "obec-600008",
    ]
    assert [t.id for t in index.children("orp-3901")] == [
        "obec-600001",
        "obec-600002",
        "obec-600005",
        "obec-600006",
    ]
    assert [t.id for t in index.children("kraj-3901", kind="okres")] == ["okres-40901"]
    districts = index.children("obec-600001", kind="mestska_cast")
    assert [t.id for t in districts] == ["mestska_cast-500001", "mestska_cast-500002"]
    assert index.children("obec-600002") == []
    with pytest.raises(UnknownTerritory):
        index.children("kraj-3999")


def test_candidates_list_every_reading_without_raising(index):
    assert [t.id for t in index.candidates("Nová Ves")] == ["obec-600002", "obec-600003"]
    assert [t.id for t in index.candidates("Horákov")][:1] == ["obec-600001"]
    assert {t.kind for t in index.candidates("Horákov")} == {"obec", "orp", "okres"}
    assert index.candidates("Zcela neznámé místo") == []
    assert index.candidates("") == []


def test_returned_records_are_territory_models(index):
    found = index.resolve("Horákov")
    assert (found.population, found.is_statutory_city, found.ico) == (30000, True, None)
    assert len(index) == len(ROWS) and sum(1 for _ in index) == len(ROWS)


def test_load_accepts_the_folder_and_reports_a_missing_file(tmp_path):
    write_table(tmp_path / "ref")
    assert len(TerritoryIndex.load(tmp_path / "ref")) == len(ROWS)
    with pytest.raises(NotFoundError, match="build_reference"):
        TerritoryIndex.load(tmp_path / "nowhere.csv")


def test_a_wrong_header_or_row_length_is_a_clear_error(tmp_path):
    with pytest.raises(KpdataError, match="header"):
        TerritoryIndex.load(write_table(tmp_path / "a", header="id,kind,name"))
    with pytest.raises(KpdataError, match=r"territories.csv:3: 3 cells"):
        TerritoryIndex.load(write_table(tmp_path / "b", [ROWS[0], "x,y,z"]))


def test_an_invalid_row_names_the_record_and_field(tmp_path):
    bad = ROWS[4].replace("obec-600001,obec,600001", "obec-100001,obec,100001")
    index = TerritoryIndex.load(write_table(tmp_path, [bad]))
    with pytest.raises(RecordError, match=r"obec-100001.*'100001'.*csu-code-obec"):
        index.resolve("Horákov")


def test_module_resolve_uses_the_reference_dir(tmp_path, monkeypatch):
    write_table(tmp_path / "reference")
    monkeypatch.setenv("KPDATA_DATASETS", str(tmp_path))
    kpdata.territory.default_index.cache_clear()
    try:
        assert kpdata.territory.resolve("v Horákově").id == "obec-600001"
        assert kpdata.territory.default_index() is kpdata.territory.default_index()
    finally:
        kpdata.territory.default_index.cache_clear()


def test_public_names():
    assert {"TerritoryIndex", "UnknownTerritory", "AmbiguousTerritory", "resolve"} <= set(
        kpdata.territory.__all__
    )

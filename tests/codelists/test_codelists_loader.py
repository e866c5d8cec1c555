"""The codelist loader: lookup, membership, order, checks and errors on malformed files."""

from __future__ import annotations

import csv
from typing import Annotated

import pytest
from pydantic import AfterValidator, BaseModel, ValidationError

from kpdata.codelists import (
    CodelistFileError,
    CodeNotInCodelist,
    UnknownCodelist,
    codelist,
    codelist_names,
)
from kpdata.codelists.loader import DATA_DIR, load_codelist
from kpdata.errors import KpdataError

META = {
    "name": "demo",
    "title_cs": "Ukázka",
    "title_en": "Demo",
    "source": "test",
    "source_url": "",
    "license": "CC0-1.0",
}


def _write(tmp_path, text: str):
    path = tmp_path / "demo.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_names_follow_the_index_file():
    with (DATA_DIR / "index.csv").open(encoding="utf-8", newline="") as handle:
        expected = tuple(row["name"] for row in csv.DictReader(handle))
    assert codelist_names() == expected
    assert isinstance(codelist_names(), tuple)


def test_codelist_is_cached():
    assert codelist("roles") is codelist("roles")


def test_unknown_codelist_is_a_key_error_naming_the_known_ones():
    with pytest.raises(KeyError) as caught:
        codelist("target_group")
    message = str(caught.value)
    assert "'target_group'" in message
    assert "target_groups" in message and "service_kinds" in message
    assert isinstance(caught.value, UnknownCodelist)
    assert isinstance(caught.value, KpdataError)


def test_iteration_is_in_file_order():
    with (DATA_DIR / "roles.csv").open(encoding="utf-8", newline="") as handle:
        file_codes = [row["code"] for row in csv.DictReader(handle)]
    cl = codelist("roles")
    assert [concept.code for concept in cl] == file_codes
    assert list(cl.ordered_codes) == file_codes
    assert cl.codes == frozenset(file_codes)
    assert len(cl) == len(file_codes)


def test_lookup_membership_and_concept_fields():
    cl = codelist("target_groups")
    assert "seniors" in cl
    assert "senioři" not in cl
    concept = cl["seniors"]
    assert concept.code == "seniors"
    assert concept.label_cs == "senioři"
    assert concept.label_en == "seniors"
    assert concept.definition_cs
    assert set(concept.extra) == {"mpsv_ids", "mpsv_ids_status", "aliases_cs"}
    assert cl.label("seniors", lang="en") == "seniors"
    assert cl.get("nobody") is None


def test_getitem_of_unknown_code_raises_key_error():
    with pytest.raises(KeyError, match="'nobody' is not in codelist target_groups"):
        codelist("target_groups")["nobody"]


def test_check_returns_the_value():
    assert codelist("service_forms").check("amb") == "amb"


def test_check_rejects_an_unknown_value_naming_list_and_value():
    with pytest.raises(ValueError) as caught:
        codelist("target_groups").check("pensioners")
    message = str(caught.value)
    assert message.startswith("'pensioners' is not in codelist target_groups (allowed: ")
    assert "seniors" in message and "crisis" in message
    assert isinstance(caught.value, CodeNotInCodelist)
    assert isinstance(caught.value, KpdataError)


def test_check_is_case_sensitive():
    with pytest.raises(ValueError):
        codelist("target_groups").check("Seniors")


def test_check_works_as_a_pydantic_validator():
    class Group(BaseModel):
        target_group: Annotated[str, AfterValidator(codelist("target_groups").check)]

    assert Group(target_group="homeless").target_group == "homeless"
    with pytest.raises(ValidationError, match="'bezdomovci' is not in codelist target_groups"):
        Group(target_group="bezdomovci")


def test_values_splits_multi_valued_cells():
    concept = codelist("target_groups")["other"]
    ids = concept.values("mpsv_ids")
    assert len(ids) == 3 and all(value.startswith("CilovaSkupinaOsoby/") for value in ids)
    assert codelist("target_groups")["disabled"].values("mpsv_ids") == ()
    assert concept.values("no_such_column") == ()


def test_a_valid_file_loads(tmp_path):
    path = _write(tmp_path, "code,label_cs,label_en,definition_cs,note\na,á,a,,x\nb_c,bé,b,,\n")
    cl = load_codelist(path, META)
    assert cl.ordered_codes == ("a", "b_c")
    assert cl["a"].extra == {"note": "x"}
    assert cl.columns == ("code", "label_cs", "label_en", "definition_cs", "note")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("code,label_cs,label_en\na,á,a\n", "missing column(s) definition_cs"),
        ("code,label_cs,label_en,definition_cs\na,á,a,\na,é,e,\n", "code 'a' appears twice"),
        ("code,label_cs,label_en,definition_cs\na,,a,\n", "code 'a' has no label_cs"),
        ("code,label_cs,label_en,definition_cs\n,á,a,\n", "code '' is not ASCII snake_case"),
        ("code,label_cs,label_en,definition_cs\nSeniors,á,a,\n", "is not ASCII snake_case"),
        ("code,label_cs,label_en,definition_cs\nsenioři,á,a,\n", "is not ASCII snake_case"),
        ("code,label_cs,label_en,definition_cs\na,á,a\n", "wrong number of cells"),
        ("code,label_cs,label_en,definition_cs\na,á,a,,extra\n", "wrong number of cells"),
    ],
)
def test_malformed_files_are_rejected_with_file_and_line(tmp_path, text, fragment):
    path = _write(tmp_path, text)
    with pytest.raises(CodelistFileError) as caught:
        load_codelist(path, META)
    assert fragment in str(caught.value)
    assert str(path) in str(caught.value)

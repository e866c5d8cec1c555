"""Records: to_row/from_row round-trip for every table, cross-field rules, codelists, error messages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from model_samples import CURATED, sample_records

from kpdata.codelists import codelist
from kpdata.models import (
    TABLES,
    ContactPoint,
    Figure,
    Group,
    Organization,
    Plan,
    RecordError,
    Service,
    Territory,
    from_row,
    to_row,
    validate_record,
)
from kpdata.models.base import column_meta

SAMPLES = sample_records()


def test_samples_cover_every_table():
    assert set(SAMPLES) == set(TABLES)


@pytest.mark.parametrize("table", list(TABLES))
def test_to_row_from_row_round_trip(table):
    model = TABLES[table]
    for record in SAMPLES[table]:
        row = to_row(record)
        assert list(row) == model.field_names()
        assert all(isinstance(cell, str) for cell in row.values())
        assert from_row(model, row) == record


def test_row_cells_follow_the_csv_conventions():
    group = to_row(SAMPLES["groups"][0])
    assert group["target_groups"] == "seniors|disabled"
    assert group["open_to_public"] == "true"
    assert group["source_ref"] == ""
    plan = to_row(SAMPLES["plans"][0])
    assert plan["approved_on"] == "2022-12-14"
    figures = {f.id: to_row(f)["value"] for f in SAMPLES["figures"]}
    assert figures == {"opava-pocet-skupin": "6", "opava-ucastnici": "149.5"}


def test_phone_is_stored_in_e164():
    assert to_row(SAMPLES["contact_points"][0])["phone"] == "+420553000111"


def test_provenance_columns_come_last():
    names = Plan.field_names()
    assert names[0] == "id"
    assert names[-5:] == ["provenance", "source_ref", "span_start", "span_end", "curation_reason"]


@pytest.mark.parametrize("table", list(TABLES))
def test_every_field_has_bilingual_titles(table):
    for name, info in TABLES[table].model_fields.items():
        meta = column_meta(info)
        assert meta.title_cs and meta.title_en, name
        if meta.codelist:
            from kpdata.codelists import codelist

            assert len(codelist(meta.codelist)) > 0
        if meta.references:
            assert meta.references in TABLES


def _plan(**changes):
    data = {"id": "p", "process_id": "opava", **CURATED, **changes}
    return validate_record(Plan, data)


def test_plan_period_must_end_after_it_starts():
    assert _plan(period_start=2023, period_end=2023).period_end == 2023
    with pytest.raises(
        RecordError, match=r"plans\[p\].*2026–2023 ends before it starts \(rule 'plan-period-order'\)"
    ):
        _plan(period_start=2026, period_end=2023)


def test_plan_year_out_of_range_names_field_and_value():
    with pytest.raises(RecordError) as info:
        _plan(period_start=1980)
    assert info.value.where == "plans[p]"
    (problem,) = info.value.problems
    assert problem.startswith("period_start = 1980: year 1980 is outside 1990..")
    assert problem.endswith("(rule 'year-range')")


def test_plan_date_must_be_iso():
    with pytest.raises(RecordError, match=r"approved_on = '14\. 12\. 2022'"):
        _plan(approved_on="14. 12. 2022")
    assert _plan(approved_on="2022-12-14").approved_on.isoformat() == "2022-12-14"


def test_codelist_value_error_names_field_value_and_codelist():
    with pytest.raises(RecordError) as info:
        validate_record(Plan, {"id": "p", "process_id": "opava", "status": "platny", **CURATED})
    (problem,) = info.value.problems
    assert problem.startswith("status = 'platny':")
    assert "not in codelist plan_statuses" in problem
    assert "current" in problem


def test_codes_in_a_list_are_checked_one_by_one():
    good = {"id": "g", "process_id": "opava", "kind": "working", "name": "PS", **CURATED}
    assert validate_record(Group, {**good, "target_groups": ["seniors", "homeless"]}).target_groups == [
        "seniors",
        "homeless",
    ]
    with pytest.raises(
        RecordError, match=r"target_groups = \['seniors', 'bezdomovci'\].*'bezdomovci' is not in codelist"
    ):
        validate_record(Group, {**good, "target_groups": ["seniors", "bezdomovci"]})


def test_bad_ico_names_record_field_value_and_rule():
    with pytest.raises(RecordError) as info:
        validate_record(Organization, {"id": "org", "name": "Spolek", "ico": "00300536", **CURATED})
    assert str(info.value).startswith("organizations[org]: ico = '00300536': ")
    assert "rule 'ico-checksum'" in str(info.value)


def test_several_problems_are_all_reported():
    data = {"id": "Bad Id", "process_id": "opava", "email": "x@", "phone": "123", **CURATED}
    with pytest.raises(RecordError) as info:
        validate_record(ContactPoint, data)
    fields = [p.split(" = ")[0] for p in info.value.problems]
    assert fields == ["id", "email", "phone"]


def test_contact_point_needs_a_channel():
    with pytest.raises(RecordError, match="rule 'contact-channel'"):
        validate_record(ContactPoint, {"id": "c", "process_id": "opava", **CURATED})


@pytest.mark.parametrize(
    ("provenance", "rule"),
    [
        ({"provenance": "extracted"}, "provenance-source"),
        ({"provenance": "curated"}, "provenance-curated-reason"),
        ({"provenance": "extracted", "source_ref": "s", "span_start": 3}, "provenance-span"),
        ({"provenance": "extracted", "source_ref": "s", "span_start": 9, "span_end": 3}, "provenance-span"),
    ],
)
def test_provenance_rules(provenance, rule):
    with pytest.raises(RecordError, match=rf"organizations\[o\]: .*\(rule '{rule}'\)"):
        validate_record(Organization, {"id": "o", "name": "Spolek", **provenance})


def test_unknown_provenance_kind_names_the_allowed_ones():
    with pytest.raises(RecordError, match=r"provenance = 'guessed': .*'extracted'.*'registry'"):
        validate_record(Organization, {"id": "o", "name": "Spolek", "provenance": "guessed"})


@pytest.mark.parametrize(
    "provenance",
    [
        {"provenance": "extracted", "source_ref": "s", "span_start": 0, "span_end": 0},
        {"provenance": "reference"},
        {"provenance": "registry"},
        {"provenance": "curated", "curation_reason": "opraveno podle usnesení"},
    ],
)
def test_complete_provenance_passes(provenance):
    assert validate_record(Organization, {"id": "o", "name": "Spolek", **provenance}).provenance


def test_territory_code_must_fit_its_kind_and_id():
    with pytest.raises(RecordError, match=r"rule 'csu-code-kraj'"):
        validate_record(Territory, {"id": "kraj-40908", "kind": "kraj", "csu_code": "40908", "name": "X"})
    with pytest.raises(RecordError, match=r"rule 'territory-id'"):
        validate_record(
            Territory, {"id": "obec-505928", "kind": "obec", "csu_code": "505927", "name": "Opava"}
        )


def test_unknown_field_is_rejected():
    with pytest.raises(RecordError, match=r"nickname = 'x'"):
        validate_record(Organization, {"id": "o", "name": "Spolek", "nickname": "x", **CURATED})


def test_service_dates_ordered():
    base = {"id": "s", "name": "Služba", "provenance": "registry"}
    with pytest.raises(RecordError, match="rule 'service-dates'"):
        validate_record(Service, {**base, "valid_from": "2020-01-01", "valid_to": "2019-12-31"})


def test_from_row_reads_empty_cells_as_missing():
    row = {"id": "o", "name": "Spolek", "ico": "", "kind": "", "website": "", "provenance": "reference"}
    record = from_row(Organization, row)
    assert record.ico is None and record.kind is None


slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


@given(
    slugs,
    st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.one_of(st.none(), st.integers(1990, 2040)),
)
def test_figure_round_trip_keeps_numbers_exact(figure_id, value, approximate, year):
    figure = Figure(
        id=figure_id,
        process_id="opava",
        metric="participants",
        label="účastníci",
        value=value,
        approximate=approximate,
        year=year,
        **CURATED,
    )
    assert from_row(Figure, to_row(figure)) == figure


@given(
    st.lists(st.sampled_from(sorted(codelist("target_groups").codes)), unique=True),
    st.one_of(st.none(), st.booleans()),
    st.text(alphabet="abcčdeěfghiíjklmnoprřsštuůvyýzž ,.-", min_size=1, max_size=30).filter(str.strip),
)
def test_group_round_trip_with_lists_and_czech_text(target_groups, open_to_public, name):
    group = Group(
        id="g",
        process_id="opava",
        kind="working",
        name=name,
        target_groups=target_groups,
        open_to_public=open_to_public,
        **CURATED,
    )
    assert from_row(Group, to_row(group)) == group

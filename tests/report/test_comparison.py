"""Comparison rows and their formats (table, CSV, JSON, XLSX) on the sample release."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from kpdata.errors import KpdataError
from kpdata.report.comparison import compare
from kpdata.report.formats import render, write_comparison
from kpdata.report.select import select_territories

DAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def rows(sample):
    names = ["Opava", "ostrava", "Český Brod", "Město Albrechtice"]
    return {r.territory: r for r in compare(sample, select_territories(sample, names), today=DAY)}


def test_a_process_with_a_plan_in_force(rows):
    opava = rows["Opava"]
    assert (opava.kp_since, opava.plan, opava.period) == (2007, "Pátý plán Opavy", "2022–2026")
    assert opava.plan_in_force and opava.days_left == 38
    assert opava.working_groups == 2 and opava.coordinator_known
    assert opava.covered == ["seniors", "disabled", "children_youth_family"]
    assert "homeless" in opava.missing and "seniors" not in opava.missing
    assert opava.registered_services == 1 and opava.per_1000["registered_services"] == round(
        1 / 56450 * 1000, 2
    )
    assert opava.sources == ["https://opava.example.cz/kp", "https://opava.example.cz/kp/skupiny"]


def test_a_plan_in_preparation_and_stated_figures(rows):
    ostrava = rows["Ostrava"]
    assert ostrava.plan_status == "in_preparation" and not ostrava.plan_in_force
    assert ostrava.figures == {"services": 186.0, "working_groups": 10.0}
    assert ostrava.per_1000["services"] == round(186 / 287968 * 1000, 2)
    assert not ostrava.coordinator_known and ostrava.working_groups == 0
    assert ostrava.covered == [] and ostrava.missing == []  # no working group known: coverage unknown


def test_an_expired_plan_and_no_process(rows):
    brod = rows["Český Brod"]
    assert brod.period == "2019–2023" and brod.days_left < 0 and not brod.plan_in_force
    nothing = rows["Město Albrechtice"]
    assert nothing.process_id is None and nothing.plan is None and nothing.missing == []


def test_kraj_and_orp_select_territories_with_a_process(sample):
    assert [t.name for t in select_territories(sample, kraj="CZ080")] == ["Opava", "Ostrava"]
    assert [t.name for t in select_territories(sample, kraj="3026")] == ["Český Brod"]
    assert [t.name for t in select_territories(sample, orp="8117")] == ["Opava"]
    with pytest.raises(KpdataError, match="one of them"):
        select_territories(sample, ["Opava"], kraj="CZ080")


def test_csv_and_json_carry_the_facts(rows):
    table = list(rows.values())
    parsed = list(csv.DictReader(io.StringIO(render(table, "csv"))))
    assert [r["territory"] for r in parsed] == list(rows)
    assert parsed[0]["period"] == "2022–2026" and parsed[0]["plan_in_force"] == "ano"
    data = json.loads(render(table, "json"))
    assert data[1]["figures"] == {"services": 186.0, "working_groups": 10.0} and data[0]["days_left"] == 38


def test_table_names_every_territory_and_its_sources(rows):
    text = render(list(rows.values()), "table")
    for name in rows:
        assert name in text
    assert "https://opava.example.cz/kp/skupiny" in text and "platí" in text
    assert "žádná pracovní skupina není známa" in text  # Ostrava
    assert "proces komunitního plánování není znám" in text  # Město Albrechtice


def test_xlsx_comparison_opens_with_openpyxl(rows, tmp_path):
    from openpyxl import load_workbook

    path = write_comparison(list(rows.values()), "xlsx", tmp_path / "srovnani.xlsx")
    sheet = load_workbook(path)["Srovnání"]
    assert sheet["A1"].value == "Území" and sheet["A2"].value == "Opava"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert not list(tmp_path.glob(".*.tmp"))

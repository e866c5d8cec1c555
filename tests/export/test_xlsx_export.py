"""XLSX: one sheet per table, header frozen, filters on; a hostile text value stays text (no formula)."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from kpdata.export.base import ExportContext, export_all
from kpdata.export.xlsx import FORMULA_STARTS, XlsxExporter, cell_value, write_workbook
from kpdata.models.tables import TABLES

sys.path.insert(0, str(Path(__file__).parents[1] / "dataset"))
from kp_sample import HOSTILE, sample_recordset


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("xlsx")
    written = export_all(sample_recordset(), [XlsxExporter(folder, ExportContext(version="0.1.0"))])
    assert written == [Path("kpdata.xlsx")]
    return folder / "kpdata.xlsx"


def test_one_sheet_per_table_with_frozen_header_and_filter(book):
    workbook = load_workbook(book)
    assert workbook.sheetnames == list(TABLES)
    plans = workbook["plans"]
    assert [c.value for c in plans[1]] == TABLES["plans"].field_names()
    assert plans.freeze_panes == "A2" and plans.auto_filter.ref == plans.dimensions
    assert plans.max_row == 6  # header + 5 plans
    assert isinstance(plans["E2"].value, int)  # period_start stays a number


def test_times_with_a_zone_are_iso_text(book):
    sources = load_workbook(book)["sources"]
    column = TABLES["sources"].field_names().index("retrieved_at") + 1
    assert sources.cell(row=2, column=column).value == "2026-03-01T09:30:00+00:00"


def test_hostile_values_stay_text(book):
    workbook = load_workbook(book)
    cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row if c.value in HOSTILE]
    assert {c.value for c in cells} == {HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3]}
    for cell in cells:
        assert cell.data_type == "s" and cell.quotePrefix, f"{cell.coordinate} could run as a formula"


def test_no_formula_in_the_file(book):
    with zipfile.ZipFile(book) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any("<f>" in archive.read(n).decode("utf-8") for n in sheets)


def test_without_personal_data_there_are_no_people(tmp_path):
    records = sample_recordset().without_personal_data()
    export_all(records, [XlsxExporter(tmp_path, ExportContext(version="0.1.0", personal_data=False))])
    names = load_workbook(tmp_path / "kpdata.xlsx").sheetnames
    assert "people" not in names and "contact_points" not in names and "plans" in names


@settings(max_examples=40, deadline=None)
@given(first=st.sampled_from(FORMULA_STARTS), rest=st.text(max_size=20))
def test_any_text_starting_like_a_formula_stays_text(tmp_path_factory, first, rest):
    path = tmp_path_factory.mktemp("h") / "h.xlsx"
    write_workbook({"t": (["a"], [[first + rest]])}, path)
    cell = load_workbook(path)["t"]["A2"]
    assert cell.data_type == "s" and cell.quotePrefix
    assert cell.value == cell_value(first + rest)


def test_control_characters_are_replaced_not_fatal(tmp_path):
    write_workbook({"t": (["a"], [["a\x1fb"]])}, tmp_path / "c.xlsx")
    assert load_workbook(tmp_path / "c.xlsx")["t"]["A2"].value == "a\ufffdb"

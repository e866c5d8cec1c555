"""The commands on the sample release: compare, show, query, report, export; errors exit non-zero."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kpdata.cli import main


@pytest.fixture(scope="module")
def release(sample) -> str:
    return str(sample.path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_compare_prints_a_table(capsys, release):
    code, out, _ = run(capsys, "compare", "Opava", "Ostrava", "--release", release, "--today", "2026-11-23")
    assert code == 0
    header, _, opava, ostrava = out.splitlines()[:4]
    assert header.startswith("Území") and opava.startswith("Opava") and "2022–2026" in opava and "38" in opava
    assert ostrava.startswith("Ostrava") and "v přípravě" in ostrava


def test_compare_json_for_a_kraj(capsys, release):
    code, out, _ = run(capsys, "compare", "--kraj", "CZ080", "--format", "json", "--release", release)
    assert code == 0 and [r["territory"] for r in json.loads(out)] == ["Opava", "Ostrava"]


def test_compare_xlsx_needs_a_file(capsys, release, tmp_path):
    code, _, err = run(capsys, "compare", "Opava", "--format", "xlsx", "--release", release)
    assert code != 0 and "-o FILE" in err
    code, _, _ = run(
        capsys, "compare", "Opava", "--format", "xlsx", "-o", str(tmp_path / "a.xlsx"), "--release", release
    )
    assert code == 0 and (tmp_path / "a.xlsx").stat().st_size > 0


def test_unknown_and_ambiguous_names_are_errors_with_suggestions(capsys, release):
    code, _, err = run(capsys, "compare", "Opavva", "--release", release)
    assert code != 0 and "did you mean: Opava" in err
    code, _, err = run(capsys, "show", "Ostravva", "--release", release)
    assert code != 0 and "Ostrava" in err


def test_show_lists_plans_groups_people_and_sources(capsys, release):
    code, out, _ = run(capsys, "show", "opava", "--release", release, "--today", "2026-11-23")
    assert code == 0
    for text in ("Pátý plán Opavy", "PS Senioři a zdraví", "Eva Králová", "eva.kralova@example.cz",
                 "https://opava.example.cz/kp/skupiny", "Poradna pro seniory"):  # fmt: skip
        assert text in out


def test_query_filters_and_formats(capsys, release):
    code, out, _ = run(
        capsys, "query", "services", "--network", "opava", "--format", "csv", "--release", release
    )
    assert code == 0 and [line.split(",")[0] for line in out.splitlines()] == ["id", "svc-1", "svc-2"]
    code, out, _ = run(
        capsys, "query", "groups", "--territory", "CZ080", "--target-group", "senioři", "--release", release
    )
    assert code == 0 and "opava-ps-seniori" in out and "brod-ps-seniori" not in out
    code, _, err = run(capsys, "query", "plans", "--kind", "x", "--release", release)
    assert code != 0 and "no kind" in err


def test_report_and_exports(capsys, release, tmp_path):
    code, _out, _ = run(
        capsys, "report", "Opava", "Český Brod", "-o", str(tmp_path / "r.html"), "--release", release
    )
    assert code == 0 and "<svg" in (tmp_path / "r.html").read_text(encoding="utf-8")
    code, _, _ = run(capsys, "export", "sqlite", str(tmp_path / "kp.sqlite"), "--release", release)
    assert code == 0
    with sqlite3.connect(tmp_path / "kp.sqlite") as db:
        assert db.execute("select count(*) from plans").fetchone() == (5,)
    code, _, _ = run(capsys, "export", "hsds", str(tmp_path / "hsds"), "--release", release)
    assert code == 0 and (tmp_path / "hsds" / "services.json").is_file()
    code, _, err = run(capsys, "export", "hsds", str(tmp_path / "hsds"), "--release", release)
    assert code != 0 and "not empty" in err
    code, _, _ = run(
        capsys, "export", "xlsx", str(tmp_path / "kp.xlsx"), "--no-personal-data", "--release", release
    )
    from openpyxl import load_workbook

    assert code == 0 and "people" not in load_workbook(tmp_path / "kp.xlsx").sheetnames

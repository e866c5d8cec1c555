"""``kpdata import registry`` runs the importer and reports errors without a traceback."""

from __future__ import annotations

from pathlib import Path

from kpdata.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "rpss_fixture.json"


def test_import_registry_command(tmp_path, capsys):
    assert main(["import", "registry", str(FIXTURE), "--out", str(tmp_path / "out")]) == 0
    assert "4 services, 3 organisations" in capsys.readouterr().out
    assert (tmp_path / "out" / "import-report.json").is_file()


def test_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["import", "registry", str(tmp_path / "rpss.json"), "--out", str(tmp_path / "o")]) == 2
    assert "registry file not found" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()

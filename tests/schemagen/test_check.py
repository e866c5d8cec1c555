"""`kpdata schemas` writes deterministic files; `--check` passes on the tree and fails after a model change."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kpdata.schemagen as schemagen
from kpdata.cli import main
from kpdata.models import Plan
from kpdata.models.base import TableMeta, column
from kpdata.paths import repo_root
from kpdata.schemagen.files import check_schemas, write_schemas
from kpdata.schemagen.render import render_json
from kpdata.schemagen.tableschema import to_table_schema


def test_check_passes_on_the_tree_as_a_subprocess():
    """CI hook: the committed schemas/ and data dictionary match the models."""
    root = repo_root()
    if root is None:
        pytest.skip("not running from a checkout")
    done = subprocess.run(
        [sys.executable, "-m", "kpdata", "schemas", "--check"], capture_output=True, text=True, cwd=root
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "schemas up to date" in done.stdout


def test_generation_is_deterministic(generated):
    again = schemagen.generate()
    assert again == generated
    assert all(text.endswith("\n") and not text.endswith("\n\n") for text in generated.values())


def test_registry_covers_every_table_and_codelist(generated):
    from kpdata.codelists import codelist_names
    from kpdata.models import TABLES

    for table in TABLES:
        assert f"schemas/tables/{table}.json" in generated
        assert f"schemas/json/{table}.schema.json" in generated
    for name in codelist_names():
        assert f"schemas/codelists/{name}.json" in generated
    assert {"schemas/kpdata.schema.json", "schemas/context.jsonld", "docs/data-dictionary.md"} <= set(
        generated
    )


def test_write_then_check_in_a_tmp_dir(tmp_path, capsys):
    assert main(["schemas", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "schemas/tables/plans.json").is_file()
    assert write_schemas(tmp_path) == []  # second run changes nothing
    assert main(["schemas", "--check", "--out", str(tmp_path)]) == 0
    assert "schemas up to date" in capsys.readouterr().out


class _PlanWithBudget(Plan):
    __table__ = Plan.__table__
    budget: int | None = column(None, title_cs="Rozpočet", title_en="Budget", predicate="kp:budget", ge=0)


def test_check_fails_with_a_diff_after_a_model_change(tmp_path, monkeypatch, capsys):
    write_schemas(tmp_path)
    changed = [
        (
            path,
            (lambda: render_json(to_table_schema(_PlanWithBudget)))
            if path == "schemas/tables/plans.json"
            else make,
        )
        for path, make in schemagen.GENERATORS
    ]
    monkeypatch.setattr(schemagen, "GENERATORS", changed)
    assert main(["schemas", "--check", "--out", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "--- a/schemas/tables/plans.json" in out and "+++ b/schemas/tables/plans.json" in out
    assert '+      "name": "budget",' in out
    assert "schemas out of date" in out


def test_changed_table_meta_shows_in_the_diff(tmp_path, monkeypatch):
    write_schemas(tmp_path)
    meta = TableMeta(**{**Plan.__table__.__dict__, "title_en": "Community plans"})
    monkeypatch.setattr(Plan, "__table__", meta)
    result = check_schemas(tmp_path)
    assert not result.ok
    assert any('+    "title_en": "Community plans"' in diff for diff in result.diffs)
    assert any("+## `plans` — Plány / Community plans" in diff for diff in result.diffs)


def test_missing_and_stale_files_are_reported_and_fixed(tmp_path):
    write_schemas(tmp_path)
    (tmp_path / "schemas/context.jsonld").unlink()
    (tmp_path / "schemas/tables/old_table.json").write_text("{}\n", encoding="utf-8")
    result = check_schemas(tmp_path)
    assert result.missing == ["schemas/context.jsonld"]
    assert result.stale == ["schemas/tables/old_table.json"]
    assert "missing: schemas/context.jsonld" in result.report()
    changed = write_schemas(tmp_path)
    assert sorted(changed) == ["schemas/context.jsonld", "schemas/tables/old_table.json"]
    assert check_schemas(tmp_path).ok


def test_a_failing_generator_writes_nothing(tmp_path, monkeypatch):
    def broken() -> str:
        raise RuntimeError("model error")

    monkeypatch.setattr(schemagen, "GENERATORS", [*schemagen.GENERATORS, ("schemas/broken.json", broken)])
    with pytest.raises(RuntimeError):
        write_schemas(tmp_path)
    assert not (tmp_path / "schemas").exists()

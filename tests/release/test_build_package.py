"""``kpdata build``: the whole package, byte-identical on a rebuild; invalid input writes no package."""

from __future__ import annotations

import json

import pytest

from kpdata.cli import main
from kpdata.release.workflow import BuildFailed, run_build


def _tree(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_build_writes_the_whole_package(options, tmp_path):
    out = tmp_path / "build"
    run_build(out, options)
    files = _tree(out)
    for name in ("datapackage.json", "kpdata.json", "SHA256SUMS", "data/plans.csv", "validation-report.txt"):
        assert name in files
    package = json.loads(files["datapackage.json"])
    assert package["version"] == "0.1.0.dev0"
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert "https://www.example.cz/kp/skupiny" in [s["path"] for s in package["sources"]]
    people = next(r for r in package["resources"] if r["name"] == "people")
    assert people["x-personal-data"] is True and people["hash"].startswith("sha256:")


def test_build_twice_gives_byte_identical_files(options, tmp_path):
    run_build(tmp_path / "one", options)
    run_build(tmp_path / "two", options)
    one, two = _tree(tmp_path / "one"), _tree(tmp_path / "two")
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


def test_rebuild_into_the_same_folder_replaces_the_package(options, tmp_path):
    out = tmp_path / "build"
    run_build(out, options)
    (out / "stale.txt").write_text("left from an older build")
    run_build(out, options)
    assert not (out / "stale.txt").exists()
    sums = (out / "SHA256SUMS").read_text()
    assert "data/people.csv" in sums and "validation-report" not in sums


def test_invalid_input_writes_no_package_and_says_why(options, sample, tmp_path):
    (sample / "sources" / "olomouc" / "extracted.json").write_text(
        json.dumps({"source_id": "olomouc", "pages": []}), encoding="utf-8"
    )
    out = tmp_path / "build"
    with pytest.raises(BuildFailed) as failure:
        run_build(out, options)
    assert "min_plans: expected 1, found 0" in str(failure.value)
    assert not (out / "datapackage.json").exists()
    report = json.loads((out / "validation-report.json").read_text(encoding="utf-8"))
    assert report["ok"] is False and report["issues"][0]["check"] == "expectation"


def test_build_command_exit_codes(sample, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KPDATA_DATASETS", str(tmp_path / "datasets"))
    (tmp_path / "datasets" / "reference").mkdir(parents=True)
    (sample / "territories.csv").rename(tmp_path / "datasets" / "reference" / "territories.csv")
    args = [
        "build",
        "--out",
        str(tmp_path / "out"),
        "--sources",
        str(sample / "sources"),
        "--issued",
        "2026-11-23",
    ]
    assert main(args) == 0
    assert "build OK" in capsys.readouterr().out
    (sample / "sources" / "olomouc" / "extracted.json").write_text('{"source_id": "olomouc", "pages": []}')
    assert main(args) == 1
    assert "min_plans" in capsys.readouterr().err

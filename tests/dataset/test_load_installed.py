"""kpdata.load() after ``pip install`` of the built wheel, outside the repository: the latest release
ships inside the package (``kpdata/_data/releases``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kpdata.paths import repo_root
from kpdata.release.publish import publish
from kpdata.release.workflow import BuildOptions

FIXTURES = Path(__file__).parents[1] / "build" / "fixtures"
COPIED = ("kpdata", "schemas", "datasets/reference", "pyproject.toml", "README.md")


def _project_copy(tmp: Path) -> Path:
    """The package sources plus a releases folder holding one fixture release."""
    root, copy = repo_root(), tmp / "project"
    for name in COPIED:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy / name)
    options = BuildOptions(
        sources=FIXTURES / "sources",
        territories=FIXTURES / "territories.csv",
        suppression=FIXTURES / "suppression.yml",
        releases=copy / "datasets" / "releases",
        issued="2026-11-23",
    )
    publish("0.1.0", options)
    return copy


def test_installed_wheel_loads_its_packaged_release(tmp_path):
    pytest.importorskip("hatchling", reason="building the wheel needs hatchling in the environment")
    if repo_root() is None:
        pytest.skip("runs from a checkout: it builds the wheel from the sources")
    project = _project_copy(tmp_path)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "dist"),
                    str(project)], check=True)  # fmt: skip
    wheel = next((tmp_path / "dist").glob("kpdata-*.whl"))
    subprocess.run([*pip, "install", "--no-deps", "--target", str(tmp_path / "site"), str(wheel)], check=True)
    code = "import kpdata; ds = kpdata.load(); print(kpdata.__file__, ds.version, len(ds.table('plans')))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    location, version, plans = result.stdout.split()
    assert location.startswith(str(tmp_path / "site"))
    assert (version, plans) == ("0.1.0", "3")

"""Build and release test fixtures: a copy of tests/build/fixtures (two invented sources) in a tmp folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kpdata.build import BuildInputs
from kpdata.release.workflow import BuildOptions

FIXTURES = Path(__file__).parent / "build" / "fixtures"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A writable copy of the fixture folder: sources/, territories.csv, suppression.yml."""
    target = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, target)
    return target


@pytest.fixture
def inputs(sample: Path) -> BuildInputs:
    return BuildInputs(sample / "sources", sample / "territories.csv", sample / "suppression.yml", 2026)


@pytest.fixture
def options(sample: Path, tmp_path: Path) -> BuildOptions:
    return BuildOptions(
        sources=sample / "sources",
        territories=sample / "territories.csv",
        suppression=sample / "suppression.yml",
        releases=tmp_path / "releases",
        issued="2026-11-23",
    )

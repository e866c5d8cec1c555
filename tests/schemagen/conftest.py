"""Fixtures of the schemagen tests: the generated files and the sample records of tests/models."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))


@pytest.fixture(scope="session")
def generated() -> dict[str, str]:
    """Every generated file (path -> text), generated once per session."""
    from kpdata.schemagen import generate

    return generate()


@pytest.fixture(scope="session")
def table_schemas(generated) -> dict[str, dict]:
    """Table name -> its Table Schema (parsed)."""
    prefix = "schemas/tables/"
    return {p[len(prefix) : -5]: json.loads(t) for p, t in generated.items() if p.startswith(prefix)}


@pytest.fixture(scope="session")
def tableschema_profile(shared) -> dict:
    """The Table Schema v2 profile from ../shared/standards (skips when absent)."""
    path = shared / "standards/frictionless-datapackage-v2/profiles-2.0/tableschema.json"
    if not path.is_file():
        pytest.skip(f"Table Schema v2 profile not found at {path}")
    return json.loads(path.read_text(encoding="utf-8"))

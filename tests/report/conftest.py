"""The sample release of tests/dataset (kp_sample.py), written once per session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "dataset"))

from kp_sample import write_sample_release


@pytest.fixture(scope="session")
def sample(tmp_path_factory):
    return write_sample_release(tmp_path_factory.mktemp("release") / "0.1.0")

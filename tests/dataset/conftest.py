"""The sample release, written once per test session (see kp_sample.py)."""

from __future__ import annotations

import pytest
from kp_sample import write_sample_release


@pytest.fixture(scope="session")
def sample(tmp_path_factory):
    return write_sample_release(tmp_path_factory.mktemp("release") / "0.1.0")

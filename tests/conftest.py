"""Shared test fixtures: where ../shared is, and a skip when it is absent."""

from __future__ import annotations

import pytest

from kpdata.paths import shared_dir


@pytest.fixture(scope="session")
def shared():
    """The ../shared folder beside the checkout (DESIGN, corpus, refdata, standards)."""
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is absent: these tests need the shared reference data and standards")
    return path

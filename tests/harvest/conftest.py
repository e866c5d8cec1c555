"""Fixtures of the harvest tests: loopback sites and a harvest context with fast settings."""

from __future__ import annotations

import pytest
from harvest_loopback import FAST, LoopbackSite

from kpdata.harvest.cache import SnapshotCache
from kpdata.harvest.context import HarvestContext
from kpdata.harvest.settings import FetchSettings


@pytest.fixture
def make_site():
    """``make_site(address, routes)`` starts a loopback site, closed after the test."""
    sites: list[LoopbackSite] = []

    def make(address: str = "127.0.0.1", routes: dict | None = None) -> LoopbackSite:
        site = LoopbackSite(address, routes)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.close()


@pytest.fixture
def make_ctx(tmp_path):
    """``make_ctx(**settings)``: a harvest context with a fresh cache and fast test settings."""

    def make(cache: SnapshotCache | None = None, **overrides) -> HarvestContext:
        settings = FetchSettings(**{**FAST.__dict__, **overrides})
        return HarvestContext(cache=cache or SnapshotCache(tmp_path / "cache"), settings=settings)

    return make

"""Polite, resumable harvesting of municipal pages into the snapshot cache.

Sources (``datasets/sources/<id>/source.yml``) → :func:`harvest` → :class:`SnapshotCache`, which the
extraction stage reads::

    from kpdata.harvest import SnapshotCache
    cache = SnapshotCache()                      # kpdata.paths.cache_dir() by default
    for snapshot in cache.latest("opava"):       # newest good snapshot per URL
        text = cache.read_text(snapshot)

All network, cache, clock and logging go through a :class:`HarvestContext`.
"""

from __future__ import annotations

from kpdata.harvest.cache import SnapshotCache
from kpdata.harvest.context import HarvestContext
from kpdata.harvest.records import DocumentLink, FetchRecord, Snapshot
from kpdata.harvest.run import HarvestReport, HarvestRequest, harvest, run_harvest
from kpdata.harvest.settings import USER_AGENT, FetchSettings
from kpdata.harvest.spec import CrawlSpec
from kpdata.harvest.summary import SourceSummary

__all__ = [
    "USER_AGENT",
    "CrawlSpec",
    "DocumentLink",
    "FetchRecord",
    "FetchSettings",
    "HarvestContext",
    "HarvestReport",
    "HarvestRequest",
    "Snapshot",
    "SnapshotCache",
    "SourceSummary",
    "harvest",
    "run_harvest",
]

"""Everything the harvester does to the outside world goes through a :class:`HarvestContext`:
the HTTP session, the snapshot cache, the clock, the logger, progress reports and the stop signal.
Tests swap in loopback servers, a temporary cache or a fake clock; the same code runs."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol
from urllib.request import getproxies

import requests
from requests.adapters import HTTPAdapter

from kpdata.harvest.cache import SnapshotCache
from kpdata.harvest.settings import FetchSettings

__all__ = [
    "Clock",
    "HarvestContext",
    "HarvestStopped",
    "NullProgress",
    "Progress",
    "SystemClock",
    "default_session",
]


class HarvestStopped(Exception):
    """Raised instead of starting a request once the harvest is being stopped."""


class Clock(Protocol):
    """Time as the harvester sees it."""

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...

    def sleep(self, seconds: float, *, interrupt: threading.Event | None = None) -> None: ...


class SystemClock:
    """The real clock; a sleep ends early when ``interrupt`` is set."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep(self, seconds: float, *, interrupt: threading.Event | None = None) -> None:
        if seconds <= 0:
            return
        if interrupt is None:
            time.sleep(seconds)
        else:
            interrupt.wait(seconds)


class Progress(Protocol):
    """Receives one call per finished URL and one per finished source."""

    def page(self, source_id: str, url: str, outcome: str, *, queued: int) -> None: ...

    def source_done(self, summary) -> None: ...


class NullProgress:
    def page(self, source_id: str, url: str, outcome: str, *, queued: int) -> None:
        pass

    def source_done(self, summary) -> None:
        pass


def default_session(settings: FetchSettings) -> requests.Session:
    """A session that never retries or redirects on its own: the harvester decides both."""
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=0, pool_connections=8, pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({"User-Agent": settings.user_agent, "Accept-Language": "cs,en;q=0.5"})
    # reading proxy and netrc settings from the environment costs ~6 ms a request: only when needed
    session.trust_env = bool(getproxies())
    return session


@dataclass
class HarvestContext:
    """The harvester's window on the world. One per harvest; shared by its worker threads."""

    cache: SnapshotCache
    settings: FetchSettings = field(default_factory=FetchSettings)
    clock: Clock = field(default_factory=SystemClock)
    session_factory: Callable[[FetchSettings], requests.Session] = default_session
    logger: logging.Logger = field(default_factory=lambda: logging.getLogger("kpdata.harvest"))
    progress: Progress = field(default_factory=NullProgress)
    stop: threading.Event = field(default_factory=threading.Event)
    _local: threading.local = field(default_factory=threading.local, repr=False)

    def session(self) -> requests.Session:
        """This thread's HTTP session (requests sessions are not shared between threads)."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = self.session_factory(self.settings)
        return session

    def sleep(self, seconds: float) -> None:
        """Wait (politeness, backoff); returns early when the harvest is being stopped."""
        self.clock.sleep(seconds, interrupt=self.stop)

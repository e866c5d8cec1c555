"""Tunable limits of the harvester: identity, timeouts, size cap, retries, redirects, concurrency."""

from __future__ import annotations

from dataclasses import dataclass

from kpdata import __version__

__all__ = ["PAGE_MEDIA_TYPES", "ROBOTS_TOKEN", "USER_AGENT", "FetchSettings"]

USER_AGENT = f"kpdata/{__version__} (+https://github.com/kpdata/kpdata)"
ROBOTS_TOKEN = "kpdata"
PAGE_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})


@dataclass(frozen=True)
class FetchSettings:
    """How the harvester talks to servers. Defaults are polite for real municipal sites.

    ``retries`` is the number of extra attempts after a timeout, a reset, 429 or 5xx; the wait before
    attempt *n* is ``backoff_base * 2**(n-1)`` capped at ``backoff_max``, or the server's Retry-After
    when it asks for longer (up to ``max_retry_after``; a longer request fails the URL instead).
    """

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    max_bytes: int = 10 * 2**20
    max_redirects: int = 5
    retries: int = 3
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    max_retry_after: float = 300.0
    page_media_types: frozenset[str] = PAGE_MEDIA_TYPES
    concurrency: int = 32
    robots_max_bytes: int = 512 * 1024

    def backoff(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt`` (1, 2, …)."""
        return min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))

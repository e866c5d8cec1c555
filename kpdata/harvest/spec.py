"""What one crawl covers: start URLs, scope, limits and delay, from a source file or from a bare URL."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from kpdata.config import DEFAULT_DOCUMENT_TYPES, SourceConfig, url_in_scope
from kpdata.errors import KpdataError
from kpdata.harvest.urls import normalise_url

__all__ = ["CrawlSpec", "url_source_id"]


@dataclass(frozen=True)
class CrawlSpec:
    """A crawl of one source: the harvester's view of a :class:`SourceConfig`."""

    source_id: str
    start_urls: tuple[str, ...]
    hosts: tuple[str, ...]
    path_prefixes: tuple[str, ...]
    max_depth: int
    max_pages: int
    delay: float
    document_types: frozenset[str]

    @classmethod
    def from_config(cls, config: SourceConfig) -> CrawlSpec:
        return cls(
            source_id=config.id,
            start_urls=tuple(_normalised(url) for url in config.start_urls),
            hosts=tuple(config.allowed_hosts()),
            path_prefixes=tuple(config.scope.path_prefixes),
            max_depth=config.max_depth,
            max_pages=config.max_pages,
            delay=config.delay_seconds,
            document_types=frozenset(config.document_types),
        )

    @classmethod
    def for_url(cls, url: str, *, delay: float = 2.0, max_depth: int = 3, max_pages: int = 200) -> CrawlSpec:
        """A crawl of one start page within its host and path: ``/a/b/page.html`` covers ``/a/b/``,
        ``/komunitni-planovani`` covers everything below it."""
        start = _normalised(url)
        parts = urlsplit(start)
        path = parts.path
        prefix = path.rsplit("/", 1)[0] + "/" if "." in path.rsplit("/", 1)[-1] else path
        return cls(
            source_id=url_source_id(start),
            start_urls=(start,),
            hosts=(parts.netloc,),
            path_prefixes=(prefix,) if prefix != "/" else (),
            max_depth=max_depth,
            max_pages=max_pages,
            delay=delay,
            document_types=frozenset(DEFAULT_DOCUMENT_TYPES),
        )

    def in_scope(self, url: str) -> bool:
        """True when ``url`` is on an allowed host and under an allowed path prefix."""
        return url_in_scope(url, hosts=self.hosts, path_prefixes=self.path_prefixes)


def _normalised(url: str) -> str:
    normal = normalise_url(url)
    if normal is None:
        raise KpdataError(f"not an absolute http(s) URL: {url!r}")
    return normal


def url_source_id(url: str) -> str:
    """A stable source id for a crawl started from a bare URL: ``url-<host>-<hash>``."""
    host = re.sub(r"[^a-z0-9]+", "-", urlsplit(url).netloc.lower()).strip("-")
    return f"url-{host}-{hashlib.sha1(url.encode()).hexdigest()[:8]}"

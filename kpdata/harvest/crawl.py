"""One source's crawl: which URLs to visit (scope, depth, page limit, de-duplication), what to do
with each result, and resuming an interrupted run from the records it already wrote."""

from __future__ import annotations

import threading

from kpdata.harvest.cache import RunInfo
from kpdata.harvest.context import HarvestContext
from kpdata.harvest.page import PageRequest, fetch_page
from kpdata.harvest.politeness import HostSlot
from kpdata.harvest.records import FetchRecord
from kpdata.harvest.spec import CrawlSpec
from kpdata.harvest.summary import SourceSummary
from kpdata.harvest.urls import document_kind

__all__ = ["SKIPPED_EXTENSIONS", "SourceCrawl"]

# links that are never pages: not requested (documents among them are recorded by the page parser)
SKIPPED_EXTENSIONS = frozenset(
    {"jpg", "jpeg", "png", "gif", "svg", "webp", "bmp", "ico", "css", "js", "zip", "rar", "7z", "gz"}
    | {"mp3", "mp4", "avi", "mov", "wmv", "webm", "exe", "msi", "iso", "dmg", "xml", "json", "ics"}
)


class SourceCrawl:
    """The frontier bookkeeping of one source run; its methods are called from worker threads."""

    def __init__(self, ctx: HarvestContext, spec: CrawlSpec, run: RunInfo) -> None:
        self.ctx, self.spec, self.run = ctx, spec, run
        self.summary = SourceSummary(spec.source_id, run_id=run.run_id, resumed=run.resumed)
        self.previous = ctx.cache.latest_by_url(spec.source_id)
        self.earlier = self._earlier_records() if run.resumed else {}
        self._not_pages = SKIPPED_EXTENSIONS | spec.document_types
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def _earlier_records(self) -> dict[str, FetchRecord]:
        records = self.ctx.cache.records(self.spec.source_id, run_id=self.run.run_id)
        return {record.url: record for record in records}

    def start(self, put) -> None:
        """Queue the start URLs through ``put(crawl, url, depth)``."""
        for url in self.spec.start_urls:
            self.offer(put, url, 0)

    def offer(self, put, url: str, depth: int) -> None:
        """Queue ``url`` unless it is out of scope, too deep, not a page, already seen or over the limit."""
        if depth > self.spec.max_depth or document_kind(url, self._not_pages):
            return
        if not self.spec.in_scope(url):
            return
        with self._lock:
            if url in self._seen:
                return
            if len(self._seen) >= self.spec.max_pages:
                self.summary.over_limit += 1
                return
            self._seen.add(url)
        put(self, url, depth)

    def process(self, url: str, depth: int, slot: HostSlot, put) -> FetchRecord:
        """Fetch one URL (or take its record from the interrupted run) and queue its links."""
        earlier = self.earlier.get(url)
        if earlier is not None and earlier.is_settled:
            record, reused = earlier, True
        else:
            record, reused = self._fetch(url, depth, slot), False
            self.ctx.cache.add(record)
        with self._lock:
            self.summary.add(record, reused=reused)
        self._follow(record, depth, put)
        return record

    def _fetch(self, url: str, depth: int, slot: HostSlot) -> FetchRecord:
        request = PageRequest(
            source_id=self.spec.source_id,
            run_id=self.run.run_id,
            url=url,
            depth=depth,
            delay=self.spec.delay,
            document_types=self.spec.document_types,
            in_scope=self.spec.in_scope,
        )
        return fetch_page(self.ctx, request, slot=slot, previous=self.previous.get(url))

    def _follow(self, record: FetchRecord, depth: int, put) -> None:
        if record.outcome == "redirected" and record.final_url:
            self.offer(put, record.final_url, depth)
            return
        if not record.is_good:
            return
        if record.final_url and record.final_url != record.url:
            with self._lock:
                self._seen.add(record.final_url)
        if not record.nofollow:
            for link in record.links:
                self.offer(put, link, depth + 1)

    def failed_internally(self, url: str, depth: int, error: BaseException) -> None:
        """Count a page whose processing raised (a bug, logged with its traceback by the scheduler)."""
        record = FetchRecord(
            source_id=self.spec.source_id,
            run_id=self.run.run_id,
            url=url,
            fetched_at="",
            outcome="failed",
            reason=f"internal error: {error.__class__.__name__}: {error}",
            retryable=True,
            depth=depth,
        )
        with self._lock:
            self.summary.add(record)

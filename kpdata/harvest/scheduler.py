"""Many hosts at once, one request at a time per host.

URLs wait in one queue per host (``host[:port]``). Worker threads claim a host that is idle and has
work, preferring the host whose politeness delay ends soonest, process one URL and hand the host back.
A host is never held by two workers, so its requests are serialised; different hosts run in parallel.
The run ends when no URL is queued and no host is busy, or early when the context's stop event is set
(the queued URLs are then left for a resumed run).
"""

from __future__ import annotations

import threading
from collections import deque
from urllib.parse import urlsplit

from kpdata.harvest.context import HarvestContext, HarvestStopped
from kpdata.harvest.crawl import SourceCrawl
from kpdata.harvest.politeness import HostSlot

__all__ = ["Scheduler"]


class Scheduler:
    """Runs the crawls queued through :meth:`put` until their frontiers are empty."""

    def __init__(self, ctx: HarvestContext) -> None:
        self.ctx = ctx
        self._cond = threading.Condition()
        self._queues: dict[str, deque[tuple[SourceCrawl, str, int]]] = {}
        self._slots: dict[str, HostSlot] = {}
        self._busy: set[str] = set()
        self.errors: list[BaseException] = []
        self._live = 0
        self._finished = threading.Event()

    def put(self, crawl: SourceCrawl, url: str, depth: int) -> None:
        """Queue one URL of a crawl."""
        netloc = urlsplit(url).netloc
        with self._cond:
            self._queues.setdefault(netloc, deque()).append((crawl, url, depth))
            self._slots.setdefault(netloc, HostSlot(netloc))
            self._cond.notify()

    def pending(self) -> int:
        """URLs queued and not yet started."""
        with self._cond:
            return sum(len(queue) for queue in self._queues.values())

    def run(self) -> None:
        """Work until done or stopped; Ctrl-C stops the workers after their current request.

        The main thread waits on an event, not on ``Thread.join``: a join interrupted by Ctrl-C can
        leave CPython 3.11 believing the thread has ended.
        """
        count = max(1, self.ctx.settings.concurrency)
        self._live = count
        for i in range(count):
            threading.Thread(target=self._work_until_done, name=f"kpdata-harvest-{i}", daemon=True).start()
        try:
            while not self._finished.wait(0.2):
                pass
        except KeyboardInterrupt:
            self.stop()
            self._finished.wait()
            raise

    def stop(self) -> None:
        self.ctx.stop.set()
        with self._cond:
            self._cond.notify_all()

    def _claim(self) -> tuple[HostSlot, SourceCrawl, str, int] | None:
        with self._cond:
            while not self.ctx.stop.is_set():
                idle = [n for n, q in self._queues.items() if q and n not in self._busy]
                if idle:
                    netloc = min(idle, key=lambda n: self._slots[n].ready_at())
                    self._busy.add(netloc)
                    crawl, url, depth = self._queues[netloc].popleft()
                    return self._slots[netloc], crawl, url, depth
                if not self._busy:
                    self._cond.notify_all()
                    return None
                self._cond.wait()
            return None

    def _release(self, netloc: str) -> None:
        with self._cond:
            self._busy.discard(netloc)
            self._cond.notify_all()

    def _work_until_done(self) -> None:
        try:
            self._work()
        finally:
            with self._cond:
                self._live -= 1
                if self._live == 0:
                    self._finished.set()

    def _work(self) -> None:
        while (claim := self._claim()) is not None:
            slot, crawl, url, depth = claim
            try:
                record = crawl.process(url, depth, slot, self.put)
                self.ctx.progress.page(crawl.spec.source_id, url, record.outcome, queued=self.pending())
            except HarvestStopped:  # not started: left queued for a resumed run
                with self._cond:
                    self._queues[slot.netloc].appendleft((crawl, url, depth))
            except Exception as exc:  # a bug must not hang the other hosts: count it and log it loudly
                self.ctx.logger.exception("internal error while harvesting %s", url)
                crawl.failed_internally(url, depth, exc)
                self.errors.append(exc)
            finally:
                self._release(slot.netloc)

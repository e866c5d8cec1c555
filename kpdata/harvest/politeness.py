"""Politeness per host: one request at a time, a delay between requests, robots.txt obeyed.

A :class:`HostSlot` stands for one host (``host[:port]``). The scheduler lends it to one worker at a
time, so every request to the host, robots.txt, retries and redirect hops included, goes through
:meth:`HostSlot.request`, which waits until the delay since the end of the previous request has
passed. The delay is the larger of the source's ``delay_seconds`` and the host's Crawl-delay.

robots.txt follows RFC 9309: a 4xx answer means no rules, an unreachable file (5xx, network errors)
means keep out; rules are matched for the ``kpdata`` product token.
"""

from __future__ import annotations

from protego import Protego

from kpdata.harvest.context import HarvestContext, HarvestStopped
from kpdata.harvest.fetcher import Exchange, fetch
from kpdata.harvest.settings import ROBOTS_TOKEN
from kpdata.harvest.urls import host_key, join_url, robots_url

__all__ = ["HostSlot", "RobotsRules"]


class RobotsRules:
    """The robots.txt rules of one ``scheme://host``."""

    def __init__(self, parser: Protego | None = None, *, deny_reason: str | None = None) -> None:
        self._parser = parser
        self.deny_reason = deny_reason

    def allowed(self, url: str) -> bool:
        if self.deny_reason:
            return False
        return self._parser is None or self._parser.can_fetch(url, ROBOTS_TOKEN)

    def crawl_delay(self) -> float:
        """Seconds between requests asked for by Crawl-delay or Request-rate (0 when none)."""
        if self._parser is None:
            return 0.0
        delay = self._parser.crawl_delay(ROBOTS_TOKEN) or 0.0
        rate = self._parser.request_rate(ROBOTS_TOKEN)
        if rate and rate.requests:
            delay = max(delay, rate.seconds / rate.requests)
        return float(delay)


class HostSlot:
    """One host's turn-taking; used by one worker thread at a time."""

    def __init__(self, netloc: str) -> None:
        self.netloc = netloc
        self.crawl_delay = 0.0
        self.last_end: float | None = None
        self.last_delay = 0.0
        self.requests = 0
        self._robots: dict[str, RobotsRules] = {}

    def delay(self, base: float) -> float:
        return max(base, self.crawl_delay)

    def ready_at(self) -> float:
        """Monotonic time of the earliest next request (0 before the first one)."""
        return 0.0 if self.last_end is None else self.last_end + self.last_delay

    def request(self, ctx: HarvestContext, url: str, *, delay: float, **options) -> Exchange:
        """Wait for this host's turn, then fetch (see :func:`kpdata.harvest.fetcher.fetch`).

        A request starts ``delay`` seconds after the previous response ended, so the server never sees
        two requests closer than the delay, whatever the network's jitter.
        """
        delay = self.delay(delay)
        if self.last_end is not None:
            ctx.sleep(self.last_end + delay - ctx.clock.monotonic())
        if ctx.stop.is_set():
            raise HarvestStopped(url)
        try:
            exchange = fetch(ctx, url, min_wait=delay, **options)
        finally:
            self.last_end, self.last_delay = ctx.clock.monotonic(), delay
        self.requests += exchange.attempts
        return exchange

    def robots(self, ctx: HarvestContext, url: str, *, delay: float) -> RobotsRules:
        """The rules for ``url``'s scheme and host, fetched on first use."""
        key = host_key(url)
        if key not in self._robots:
            rules = self._robots[key] = self._load_robots(ctx, robots_url(url), delay=delay)
            self.crawl_delay = max(self.crawl_delay, rules.crawl_delay())
            ctx.logger.info("%s: robots.txt loaded (crawl delay %.2f s)", key, self.crawl_delay)
        return self._robots[key]

    def _load_robots(self, ctx: HarvestContext, url: str, *, delay: float) -> RobotsRules:
        exchange = self.request(ctx, url, delay=delay)
        for _ in range(ctx.settings.max_redirects):
            location = exchange.header("Location")
            if exchange.status not in (301, 302, 303, 307, 308) or not location:
                break
            target = join_url(exchange.url, location)
            if target is None:
                break
            exchange = self.request(ctx, target, delay=delay)
        return _rules_from(exchange, ctx.settings.robots_max_bytes)


def _rules_from(exchange: Exchange, limit: int) -> RobotsRules:
    if exchange.error or exchange.status is None:
        return RobotsRules(deny_reason=f"robots.txt unreachable ({exchange.error})")
    if exchange.status >= 500:
        return RobotsRules(deny_reason=f"robots.txt unreachable (HTTP {exchange.status})")
    if exchange.status >= 400 or exchange.body is None or not 200 <= exchange.status < 300:
        return RobotsRules()
    text = exchange.body[:limit].decode("utf-8", errors="replace")
    return RobotsRules(Protego.parse(text))

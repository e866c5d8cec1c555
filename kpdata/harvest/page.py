"""Fetching one page for a source: robots check, conditional request, redirects hop by hop (each hop
checked against scope and robots.txt, loops detected), then decoding and link extraction, ending in
one :class:`FetchRecord`. Storing the body and the record is the caller's job."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from kpdata.harvest.context import HarvestContext
from kpdata.harvest.encoding import decode_body
from kpdata.harvest.fetcher import Exchange
from kpdata.harvest.html import parse_page
from kpdata.harvest.politeness import HostSlot
from kpdata.harvest.records import FetchRecord, Snapshot, utc_stamp
from kpdata.harvest.urls import join_url

__all__ = ["PageRequest", "fetch_page"]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_PRIVATE_HEADERS = frozenset({"set-cookie"})


@dataclass(frozen=True)
class PageRequest:
    """One URL to fetch for one source run."""

    source_id: str
    run_id: str
    url: str
    depth: int
    delay: float
    document_types: frozenset[str]
    in_scope: Callable[[str], bool]


def _record(ctx: HarvestContext, request: PageRequest, outcome: str, **fields) -> FetchRecord:
    return FetchRecord(
        source_id=request.source_id,
        run_id=request.run_id,
        url=request.url,
        fetched_at=utc_stamp(ctx.clock.now()),
        outcome=outcome,
        depth=request.depth,
        **fields,
    )


def _conditional_headers(previous: Snapshot | None, url: str) -> dict[str, str]:
    if previous is None or (previous.final_url or previous.url) != url or previous.origin != "http":
        return {}
    headers = {}
    if previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


def _next_hop(request: PageRequest, chain: list[str], exchange: Exchange, limit: int) -> str | dict:
    """The URL to follow, or the reason the redirect is not followed (as record fields)."""
    target = join_url(chain[-1], exchange.header("Location") or "")
    if target is None:
        return {"outcome": "failed", "reason": "redirect without a usable Location"}
    if target in chain:
        return {"outcome": "failed", "reason": "redirect loop: " + " -> ".join([*chain, target])}
    if len(chain) > limit:
        return {"outcome": "failed", "reason": f"more than {limit} redirects"}
    if not request.in_scope(target):
        return {"outcome": "skipped", "reason": f"redirect out of scope: {target}", "final_url": target}
    return target


def fetch_page(
    ctx: HarvestContext, request: PageRequest, *, slot: HostSlot, previous: Snapshot | None
) -> FetchRecord:
    """Fetch ``request.url`` through ``slot`` and describe the outcome (never raises for bad sites)."""
    chain = [request.url]
    while True:
        url = chain[-1]
        rules = slot.robots(ctx, url, delay=request.delay)
        if not rules.allowed(url):
            reason = rules.deny_reason or "disallowed by robots.txt"
            return _record(ctx, request, "skipped", reason=reason, final_url=url, status=None)
        exchange = slot.request(
            ctx, url, delay=request.delay, headers=_conditional_headers(previous, url), accept=_accept(ctx)
        )
        if exchange.status not in REDIRECT_STATUSES or exchange.error:
            return _from_exchange(ctx, request, exchange, previous)
        hop = _next_hop(request, chain, exchange, ctx.settings.max_redirects)
        if isinstance(hop, dict):
            return _record(ctx, request, status=exchange.status, attempts=exchange.attempts, **hop)
        chain.append(hop)
        if urlsplit(hop).netloc != slot.netloc:
            reason = f"redirected to another host: {hop}"
            return _record(ctx, request, "redirected", final_url=hop, status=exchange.status, reason=reason)


def _accept(ctx: HarvestContext) -> Callable[[str | None], bool]:
    types = ctx.settings.page_media_types
    return lambda media_type: media_type is None or media_type in types


def _from_exchange(
    ctx: HarvestContext, request: PageRequest, exchange: Exchange, previous: Snapshot | None
) -> FetchRecord:
    common = {"final_url": exchange.url, "status": exchange.status, "attempts": exchange.attempts}
    if exchange.error:
        # the server answered 2xx but the body is not wanted (type, size): skipped, not failed
        outcome = "skipped" if exchange.status and 200 <= exchange.status < 300 else "failed"
        return _record(ctx, request, outcome, reason=exchange.error, retryable=exchange.retryable, **common)
    if exchange.status == 304 and previous is not None:
        return _unchanged(ctx, request, exchange, previous)
    if exchange.body is None or not 200 <= (exchange.status or 0) < 300:
        return _record(ctx, request, "failed", reason=f"HTTP {exchange.status}", **common)
    return _fetched(ctx, request, exchange, common)


def _unchanged(
    ctx: HarvestContext, request: PageRequest, exchange: Exchange, previous: Snapshot
) -> FetchRecord:
    return previous.model_copy(
        update={
            "run_id": request.run_id,
            "fetched_at": utc_stamp(ctx.clock.now()),
            "outcome": "unchanged",
            "attempts": exchange.attempts,
            "depth": request.depth,
            "etag": exchange.header("ETag") or previous.etag,
            "last_modified": exchange.header("Last-Modified") or previous.last_modified,
        }
    )


def _fetched(ctx: HarvestContext, request: PageRequest, exchange: Exchange, common: dict) -> FetchRecord:
    body = exchange.body or b""
    text, encoding = decode_body(body, header_charset=exchange.charset)
    media_type = exchange.media_type or _sniff(text)
    page = None
    if media_type in HTML_TYPES:
        page = parse_page(text, exchange.url, document_types=request.document_types)
    return _record(
        ctx,
        request,
        "fetched",
        sha256=ctx.cache.put_body(body),
        size=len(body),
        encoding=encoding,
        media_type=media_type,
        etag=exchange.header("ETag"),
        last_modified=exchange.header("Last-Modified"),
        headers=[(k, v) for k, v in exchange.headers if k.lower() not in _PRIVATE_HEADERS],
        title=page.title if page else None,
        nofollow=page.nofollow if page else False,
        links=page.links if page else [],
        documents=page.documents if page else [],
        **common,
    )


def _sniff(text: str) -> str:
    head = text[:1024].lstrip().lower()
    return "text/html" if head.startswith(("<!doctype html", "<html", "<head", "<body")) else "text/plain"

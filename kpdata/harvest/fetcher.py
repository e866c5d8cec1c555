"""One HTTP request with bounded retries: timeouts, resets, 429 and 5xx are retried with exponential
backoff (honouring Retry-After); the body is streamed up to a size cap and filtered by content type.
Redirects are *not* followed here: the caller checks each hop against scope and robots.txt."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message
from email.utils import parsedate_to_datetime

import requests

from kpdata.harvest.context import HarvestContext

__all__ = ["Exchange", "fetch", "parse_content_type"]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 507, 508, 509, 520, 521, 522, 523, 524})
_CHUNK = 64 * 1024


@dataclass
class Exchange:
    """What came back for one URL after retries: a response, or the reason there is none."""

    url: str
    status: int | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = None
    error: str | None = None
    retryable: bool = False
    attempts: int = 0

    def header(self, name: str) -> str | None:
        lower = name.lower()
        return next((value for key, value in self.headers if key.lower() == lower), None)

    @property
    def media_type(self) -> str | None:
        return parse_content_type(self.header("Content-Type"))[0]

    @property
    def charset(self) -> str | None:
        return parse_content_type(self.header("Content-Type"))[1]


class _Failure(Exception):
    def __init__(self, reason: str, *, retryable: bool, wait: float | None = None, final: bool = False):
        super().__init__(reason)
        self.reason, self.retryable, self.wait = reason, retryable, wait
        self.final = final or not retryable


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``('text/html', 'windows-1250')`` from a Content-Type header value."""
    if not value:
        return None, None
    message = Message()
    message["Content-Type"] = value
    return message.get_content_type(), message.get_param("charset")


def _retry_after(ctx: HarvestContext, value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - ctx.clock.now()).total_seconds())


def _describe_error(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.ConnectTimeout):
        return "timeout while connecting"
    if isinstance(exc, requests.ReadTimeout):
        return "timeout while reading"
    text = str(exc).lower()
    if "reset" in text or "aborted" in text or "broken pipe" in text:
        return "connection reset"
    if "refused" in text:
        return "connection refused"
    if "name or service not known" in text or "nodename" in text or "resolve" in text:
        return "host name not found"
    return f"{exc.__class__.__name__}: {str(exc)[:160]}"


def _read_capped(ctx: HarvestContext, response: requests.Response, started: float) -> bytes:
    limit = ctx.settings.max_bytes
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _Failure(f"body too large: {declared} bytes declared, limit {limit}", retryable=False)
    chunks, size = [], 0
    for chunk in response.iter_content(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise _Failure(f"body too large: more than {limit} bytes", retryable=False)
        if ctx.clock.monotonic() - started > ctx.settings.total_timeout:
            raise _Failure(f"body not received within {ctx.settings.total_timeout:g} s", retryable=True)
        chunks.append(chunk)
    return b"".join(chunks)


def _check_status(ctx: HarvestContext, response: requests.Response) -> None:
    if response.status_code in RETRY_STATUSES:
        wait = _retry_after(ctx, response.headers.get("Retry-After"))
        if wait is not None and wait > ctx.settings.max_retry_after:
            raise _Failure(
                f"HTTP {response.status_code}, Retry-After {wait:g} s is too long", retryable=True, final=True
            )
        raise _Failure(f"HTTP {response.status_code}", retryable=True, wait=wait)


def _attempt(ctx: HarvestContext, exchange: Exchange, headers: dict, accept) -> None:
    settings, started = ctx.settings, ctx.clock.monotonic()
    timeout = (settings.connect_timeout, settings.read_timeout)
    try:
        with ctx.session().get(
            exchange.url, headers=headers, timeout=timeout, stream=True, allow_redirects=False
        ) as response:
            exchange.status = response.status_code
            exchange.headers = list(response.raw.headers.items()) if response.raw else []
            _check_status(ctx, response)
            if 200 <= response.status_code < 300:
                media_type = parse_content_type(response.headers.get("Content-Type"))[0]
                if accept is not None and not accept(media_type):
                    raise _Failure(f"unsupported media type {media_type or '(none)'}", retryable=False)
                exchange.body = _read_capped(ctx, response, started)
    except requests.RequestException as exc:
        raise _Failure(_describe_error(exc), retryable=True) from None


def fetch(
    ctx: HarvestContext,
    url: str,
    *,
    headers: dict[str, str] | None = None,
    accept=None,
    min_wait: float = 0.0,
) -> Exchange:
    """GET ``url`` (no redirects followed), retrying what is worth retrying, never sooner than
    ``min_wait`` seconds (the host's politeness delay) after a failed attempt.

    ``accept(media_type) -> bool`` filters 2xx bodies by content type before they are read; refused
    bodies are not downloaded. Never raises for network or HTTP problems: see ``Exchange.error``.
    """
    exchange = Exchange(url)
    for attempt in range(1, ctx.settings.retries + 2):
        exchange.attempts = attempt
        try:
            _attempt(ctx, exchange, dict(headers or {}), accept)
            exchange.error, exchange.retryable = None, False
            return exchange
        except _Failure as failure:
            exchange.error, exchange.retryable = failure.reason, failure.retryable
            exchange.body = None
            if failure.final or attempt > ctx.settings.retries:
                break
            wait = max(ctx.settings.backoff(attempt), failure.wait or 0.0, min_wait)
            ctx.logger.info("%s: %s; retry %d in %.2f s", url, failure.reason, attempt, wait)
            ctx.sleep(wait)
            if ctx.stop.is_set():
                break
    if exchange.retryable and exchange.attempts > 1:
        exchange.error = f"{exchange.error} after {exchange.attempts} attempts"
    return exchange

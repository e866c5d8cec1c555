"""The harvester's entry points: crawl sources (:func:`harvest`), and :func:`run_harvest`, which does
whatever one ``kpdata harvest`` command line asks (crawl, import a page, import or export WARC)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kpdata.config import load_source, source_ids
from kpdata.errors import KpdataError
from kpdata.harvest.cache import SnapshotCache
from kpdata.harvest.context import HarvestContext, NullProgress, Progress
from kpdata.harvest.crawl import SourceCrawl
from kpdata.harvest.scheduler import Scheduler
from kpdata.harvest.spec import CrawlSpec
from kpdata.harvest.summary import SourceSummary

__all__ = ["HarvestReport", "HarvestRequest", "harvest", "run_harvest"]


def harvest(ctx: HarvestContext, specs: list[CrawlSpec]) -> list[SourceSummary]:
    """Crawl the given sources together (hosts in parallel, each host politely) into ``ctx.cache``.

    An unfinished earlier run of a source is resumed: URLs it settled are not fetched again. A run that
    is stopped (``ctx.stop``, Ctrl-C) stays unfinished, so the next call resumes it.
    """
    crawls = [
        SourceCrawl(ctx, spec, ctx.cache.open_run(spec.source_id, now=ctx.clock.now())) for spec in specs
    ]
    scheduler = Scheduler(ctx)
    for crawl in crawls:
        crawl.start(scheduler.put)
    try:
        scheduler.run()
    finally:
        for crawl in crawls:
            _close(ctx, crawl, interrupted=ctx.stop.is_set() and scheduler.pending() > 0)
    return [crawl.summary for crawl in crawls]


def _close(ctx: HarvestContext, crawl: SourceCrawl, *, interrupted: bool) -> None:
    crawl.summary.interrupted = interrupted
    if not interrupted:
        ctx.cache.finish_run(crawl.run, summary=crawl.summary.to_dict(), now=ctx.clock.now())
    ctx.progress.source_done(crawl.summary)


@dataclass(frozen=True)
class HarvestRequest:
    """One ``kpdata harvest`` invocation. Without a mode option it crawls ``source_ids`` and ``urls``
    (every configured source when both are empty)."""

    source_ids: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    snapshot: Path | None = None
    from_snapshots: bool = False
    export_warc: Path | None = None
    import_warc: Path | None = None
    cache_dir: Path | None = None
    delay: float | None = None
    max_pages: int | None = None
    max_depth: int | None = None
    sources_root: Path | None = None


@dataclass
class HarvestReport:
    """What a command did: per-source summaries and other messages; exit code 1 if a crawl got nothing."""

    summaries: list[SourceSummary] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    crawled: bool = False

    @property
    def exit_code(self) -> int:
        failed = self.crawled and any(s.failed_entirely or s.interrupted for s in self.summaries)
        return 1 if failed else 0

    def lines(self) -> list[str]:
        return [line for summary in self.summaries for line in summary.lines()] + self.messages


def run_harvest(
    request: HarvestRequest, *, progress: Progress | None = None, ctx: HarvestContext | None = None
) -> HarvestReport:
    """Do what ``request`` asks and report it. User errors raise :class:`kpdata.errors.KpdataError`."""
    ctx = ctx or HarvestContext(cache=SnapshotCache(request.cache_dir), progress=progress or NullProgress())
    if request.import_warc:
        return _import_warc(ctx, request)
    if request.export_warc:
        return _export_warc(ctx, request)
    if request.snapshot:
        return _import_snapshot(ctx, request)
    if request.from_snapshots:
        return _import_listed(ctx, request)
    report = HarvestReport(crawled=True)
    report.summaries = harvest(ctx, _crawl_specs(request))
    return report


def _crawl_specs(request: HarvestRequest) -> list[CrawlSpec]:
    ids = request.source_ids or (() if request.urls else tuple(source_ids(root=request.sources_root)))
    if not ids and not request.urls:
        raise KpdataError("no sources configured: add datasets/sources/<id>/source.yml or pass --url URL")
    specs = [CrawlSpec.from_config(load_source(sid, root=request.sources_root)) for sid in ids]
    options = {
        name: value
        for name, value in (
            ("delay", request.delay),
            ("max_pages", request.max_pages),
            ("max_depth", request.max_depth),
        )
        if value is not None
    }
    return specs + [CrawlSpec.for_url(url, **options) for url in request.urls]


def _one_source(request: HarvestRequest, what: str) -> str:
    if len(request.source_ids) != 1:
        raise KpdataError(f"{what} needs exactly one SOURCE_ID (got {len(request.source_ids)})")
    return request.source_ids[0]


def _import_snapshot(ctx: HarvestContext, request: HarvestRequest) -> HarvestReport:
    from kpdata.harvest.manual import import_snapshot
    from kpdata.harvest.records import utc_stamp

    config = load_source(_one_source(request, "--snapshot"), root=request.sources_root)
    if len(request.urls) > 1:
        raise KpdataError("--snapshot takes at most one --url (the address the page was saved from)")
    url = request.urls[0] if request.urls else config.start_urls[0]
    now = ctx.clock.now()
    run = ctx.cache.open_run(config.id, now=now, kind="import")
    record = import_snapshot(
        ctx.cache,
        source_id=config.id,
        file=request.snapshot,
        url=url,
        run_id=run.run_id,
        fetched_at=utc_stamp(now),
        document_types=frozenset(config.document_types),
    )
    summary = SourceSummary(config.id, run_id=run.run_id)
    summary.add(record)
    ctx.cache.finish_run(run, summary=summary.to_dict(), now=now)
    message = f"imported {request.snapshot} as {record.url} ({record.media_type}, {record.encoding})"
    return HarvestReport(summaries=[summary], messages=[message])


def _import_listed(ctx: HarvestContext, request: HarvestRequest) -> HarvestReport:
    from kpdata.harvest.manual import import_source_snapshots
    from kpdata.paths import sources_dir

    root = Path(request.sources_root) if request.sources_root else sources_dir()
    report = HarvestReport()
    for sid in request.source_ids or tuple(source_ids(root=root)):
        config = load_source(sid, root=root)
        summary = import_source_snapshots(ctx.cache, config, source_dir=root / sid, now=ctx.clock.now())
        report.summaries.append(summary)
    return report


def _import_warc(ctx: HarvestContext, request: HarvestRequest) -> HarvestReport:
    from kpdata.harvest.warc import import_warc

    source_id = _one_source(request, "--import-warc without kpdata headers") if request.source_ids else None
    counts = import_warc(ctx.cache, request.import_warc, source_id=source_id)
    lines = [
        f"{sid}: imported {count} pages from {request.import_warc}" for sid, count in sorted(counts.items())
    ]
    return HarvestReport(messages=lines or [f"{request.import_warc}: no pages to import"])


def _export_warc(ctx: HarvestContext, request: HarvestRequest) -> HarvestReport:
    from kpdata.harvest.warc import export_warc

    ids = list(request.source_ids) or None
    count = export_warc(ctx.cache, request.export_warc, source_ids=ids)
    return HarvestReport(messages=[f"wrote {count} pages to {request.export_warc}"])

"""Importing pages saved by hand (HTML or text) as snapshots of a source: how a seed page, a corpus
page or a site that blocks robots becomes harvestable input without the network."""

from __future__ import annotations

from pathlib import Path

from kpdata.config import SnapshotEntry, SourceConfig
from kpdata.errors import KpdataError, NotFoundError
from kpdata.harvest.cache import SnapshotCache
from kpdata.harvest.encoding import decode_body
from kpdata.harvest.html import parse_page
from kpdata.harvest.records import FetchRecord, utc_stamp
from kpdata.harvest.summary import SourceSummary
from kpdata.harvest.urls import normalise_url

__all__ = ["import_snapshot", "import_source_snapshots", "resolve_snapshot_file", "sniff_media_type"]

_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<meta ", "<div", "<p>", "<table")


def sniff_media_type(text: str) -> str:
    """``text/html`` when the text looks like markup, else ``text/plain``."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return "text/html"
    return "text/html" if sum(marker in head for marker in _HTML_MARKERS) >= 2 else "text/plain"


def _content_fields(body: bytes, url: str, document_types: frozenset[str]) -> dict:
    """Encoding, sniffed media type and, for HTML, title, links and documents."""
    text, encoding = decode_body(body)
    media_type = sniff_media_type(text)
    fields = {"encoding": encoding, "media_type": media_type}
    if media_type == "text/html":
        page = parse_page(text, url, document_types=document_types)
        fields.update(title=page.title, links=page.links, documents=page.documents)
    return fields


def import_snapshot(
    cache: SnapshotCache,
    *,
    source_id: str,
    file: Path,
    url: str,
    run_id: str,
    fetched_at: str,
    document_types: frozenset[str],
) -> FetchRecord:
    """Store ``file`` as the snapshot of ``url`` for ``source_id`` and return its record."""
    try:
        body = Path(file).read_bytes()
    except OSError as exc:
        raise NotFoundError(f"cannot read snapshot file {file}: {exc.strerror}") from None
    normal = normalise_url(url)
    if normal is None:
        raise KpdataError(f"snapshot of {file}: {url!r} is not an absolute http(s) URL (use --url)")
    record = FetchRecord(
        source_id=source_id,
        run_id=run_id,
        url=normal,
        final_url=normal,
        fetched_at=fetched_at,
        outcome="imported",
        origin="manual",
        sha256=cache.put_body(body),
        size=len(body),
        **_content_fields(body, normal, document_types),
    )
    cache.add(record)
    return record


def resolve_snapshot_file(entry: SnapshotEntry, *, source_dir: Path) -> Path:
    """The path of a listed snapshot: ``shared:<path>`` is under the shared data folder."""
    if entry.file.startswith("shared:"):
        from kpdata.paths import shared_dir

        shared = shared_dir()
        if shared is None:
            raise NotFoundError(
                f"{entry.file} needs the shared data folder beside the checkout (KPDATA_SHARED)"
            )
        return shared / entry.file.removeprefix("shared:")
    return source_dir / entry.file


def import_source_snapshots(
    cache: SnapshotCache, config: SourceConfig, *, source_dir: Path, now
) -> SourceSummary:
    """Import every snapshot listed in a source's ``snapshots``; unchanged files are not stored again."""
    run = cache.open_run(config.id, now=now, kind="import")
    summary = SourceSummary(config.id, run_id=run.run_id)
    latest = cache.latest_by_url(config.id)
    for entry in config.snapshots:
        path = resolve_snapshot_file(entry, source_dir=source_dir)
        url = normalise_url(entry.url or config.start_urls[0]) or ""
        current = latest.get(url)
        if current is not None and current.sha256 == _digest(path):
            summary.unchanged += 1
            continue
        record = import_snapshot(
            cache,
            source_id=config.id,
            file=path,
            url=url,
            run_id=run.run_id,
            fetched_at=utc_stamp(now),
            document_types=frozenset(config.document_types),
        )
        summary.add(record)
    cache.finish_run(run, summary=summary.to_dict(), now=now)
    return summary


def _digest(path: Path) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None

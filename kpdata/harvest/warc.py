"""The snapshot cache to and from WARC (ISO 28500), so archives move between kpdata and other tools.

Export writes, per source, the latest good snapshot of each URL: a ``response`` record (HTTP status
line and headers as received, minus transfer and content encodings, since bodies are stored decoded)
or a ``resource`` record for pages imported by hand, each followed by a ``metadata`` record with the
links and documents found on the page. kpdata's own fields travel as ``KPData-*`` WARC headers.
Import reads those records back (and plain ``response`` / ``resource`` records of other tools).
"""

from __future__ import annotations

import json
import os
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kpdata import __version__
from kpdata.errors import KpdataError
from kpdata.harvest.cache import SnapshotCache
from kpdata.harvest.encoding import decode_body
from kpdata.harvest.fetcher import parse_content_type
from kpdata.harvest.records import DocumentLink, FetchRecord, Snapshot, utc_stamp
from kpdata.harvest.settings import PAGE_MEDIA_TYPES
from kpdata.harvest.urls import normalise_url

__all__ = ["WarcError", "export_warc", "import_warc"]

_DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
_REASONS = {200: "OK", 203: "Non-Authoritative Information"}


class WarcError(KpdataError):
    """A WARC file cannot be read or holds records kpdata cannot place."""


def _http_headers(snapshot: Snapshot, body: bytes) -> StatusAndHeaders:
    status = 200 if snapshot.outcome == "unchanged" or not snapshot.status else snapshot.status
    headers = [(k, v) for k, v in snapshot.headers if k.lower() not in _DROPPED_HEADERS]
    if not any(k.lower() == "content-type" for k, _ in headers) and snapshot.media_type:
        headers.append(("Content-Type", f"{snapshot.media_type}; charset={snapshot.encoding}"))
    headers.append(("Content-Length", str(len(body))))
    return StatusAndHeaders(f"{status} {_REASONS.get(status, 'OK')}", headers, protocol="HTTP/1.1")


def _kpdata_headers(snapshot: Snapshot) -> dict[str, str]:
    return {
        "WARC-Date": snapshot.fetched_at,
        "KPData-Source-Id": snapshot.source_id,
        "KPData-URL": snapshot.url,
        "KPData-Encoding": snapshot.encoding or "",
        "KPData-Media-Type": snapshot.media_type or "",
        "KPData-Origin": snapshot.origin,
        "KPData-Depth": str(snapshot.depth),
    }


def _page_record(writer: WARCWriter, snapshot: Snapshot, body: bytes):
    """A ``response`` record for a fetched page, a ``resource`` record for a page imported by hand."""
    uri, headers = snapshot.final_url or snapshot.url, _kpdata_headers(snapshot)
    if snapshot.origin == "http":
        http = _http_headers(snapshot, body)
        return writer.create_warc_record(
            uri,
            "response",
            payload=BytesIO(body),
            length=len(body),
            warc_headers_dict=headers,
            http_headers=http,
        )
    content_type = f"{snapshot.media_type}; charset={snapshot.encoding}"
    return writer.create_warc_record(
        uri, "resource", payload=BytesIO(body), length=len(body), warc_content_type=content_type,
        warc_headers_dict=headers,
    )  # fmt: skip


def _metadata_record(writer: WARCWriter, snapshot: Snapshot, concurrent_to: str):
    """Links, documents and title found on the page, as JSON beside its record."""
    extra = {"title": snapshot.title, "links": snapshot.links, "documents": snapshot.documents}
    meta = json.dumps(extra, default=lambda d: d.model_dump(), ensure_ascii=False).encode()
    headers = {"WARC-Concurrent-To": concurrent_to, **_kpdata_headers(snapshot)}
    return writer.create_warc_record(
        snapshot.final_url or snapshot.url, "metadata", payload=BytesIO(meta), length=len(meta),
        warc_content_type="application/json", warc_headers_dict=headers,
    )  # fmt: skip


def _write_snapshot(writer: WARCWriter, cache: SnapshotCache, snapshot: Snapshot) -> None:
    record = _page_record(writer, snapshot, cache.read_bytes(snapshot))
    writer.write_record(record)
    writer.write_record(_metadata_record(writer, snapshot, record.rec_headers.get_header("WARC-Record-ID")))


def export_warc(cache: SnapshotCache, path: Path | str, *, source_ids: list[str] | None = None) -> int:
    """Write the latest snapshots of ``source_ids`` (all sources in the cache by default) to a WARC
    file (gzipped per record when the name ends in ``.gz``); returns the number of pages written."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with open(tmp, "wb") as handle:
            writer = WARCWriter(handle, gzip=path.suffix == ".gz", warc_version="1.1")
            info = {"software": f"kpdata/{__version__}", "format": "WARC File Format 1.1"}
            writer.write_record(writer.create_warcinfo_record(path.name, info))
            for source_id in source_ids or cache.source_ids():
                for snapshot in cache.latest(source_id):
                    _write_snapshot(writer, cache, snapshot)
                    count += 1
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


def _is_page(warc) -> bool:
    """True for a 2xx response or a resource whose content type is a page's (or not given)."""
    http = warc.http_headers
    if http is not None and not (http.get_statuscode() or "").startswith("2"):
        return False
    content_type = http.get_header("Content-Type") if http else warc.rec_headers.get_header("Content-Type")
    return parse_content_type(content_type)[0] in PAGE_MEDIA_TYPES | {None}


def _run_id(sid: str, run_ids: dict, cache: SnapshotCache) -> str:
    if sid not in run_ids:
        run_ids[sid] = cache.open_run(sid, kind="import")
    return run_ids[sid].run_id


def _record_from(warc, body: bytes, *, source_id: str | None, run_ids: dict, cache: SnapshotCache):
    headers = warc.rec_headers
    sid = headers.get_header("KPData-Source-Id") or source_id
    uri = headers.get_header("WARC-Target-URI") or ""
    url = normalise_url(headers.get_header("KPData-URL") or uri)
    if not sid or not url:
        raise WarcError(f"WARC record for {uri!r} names no kpdata source: give a SOURCE_ID to import into")
    http = warc.http_headers
    content_type = http.get_header("Content-Type") if http else headers.get_header("Content-Type")
    media_type, charset = parse_content_type(content_type)
    encoding = headers.get_header("KPData-Encoding") or decode_body(body, header_charset=charset)[1]
    return FetchRecord(
        source_id=sid,
        run_id=_run_id(sid, run_ids, cache),
        url=url,
        final_url=normalise_url(uri) or url,
        fetched_at=utc_stamp(_warc_date(headers.get_header("WARC-Date"))),
        outcome="imported",
        origin="warc",
        status=int(http.get_statuscode()) if http else None,
        encoding=encoding,
        media_type=headers.get_header("KPData-Media-Type") or media_type or "text/html",
        sha256=cache.put_body(body),
        size=len(body),
        headers=list(http.headers) if http else [],
        depth=int(headers.get_header("KPData-Depth") or 0),
    )


def _warc_date(value: str | None):
    from datetime import UTC, datetime

    if not value:
        return datetime.now(UTC)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _with_metadata(record: FetchRecord, meta: dict) -> FetchRecord:
    documents = [DocumentLink(**doc) for doc in meta.get("documents", [])]
    return record.model_copy(
        update={"title": meta.get("title"), "links": meta.get("links", []), "documents": documents}
    )


def import_warc(cache: SnapshotCache, path: Path | str, *, source_id: str | None = None) -> dict[str, int]:
    """Import the pages of a WARC file as snapshots; returns pages imported per source."""
    run_ids: dict = {}
    pending: dict[str, FetchRecord] = {}
    try:
        with open(path, "rb") as handle:
            for warc in ArchiveIterator(handle):
                _import_one(warc, cache, source_id=source_id, run_ids=run_ids, pending=pending)
    except (OSError, ArchiveLoadFailed) as exc:
        raise WarcError(f"{path}: cannot read as WARC: {exc}") from None
    counts: dict[str, int] = {}
    for record in pending.values():
        cache.add(record)
        counts[record.source_id] = counts.get(record.source_id, 0) + 1
    for run in run_ids.values():
        cache.finish_run(run, summary={"imported": counts.get(run.source_id, 0), "from": str(path)})
    return counts


def _import_one(warc, cache: SnapshotCache, *, source_id, run_ids: dict, pending: dict) -> None:
    kind = warc.rec_type
    if kind in ("response", "resource") and _is_page(warc):
        body = warc.content_stream().read()
        record = _record_from(warc, body, source_id=source_id, run_ids=run_ids, cache=cache)
        pending[warc.rec_headers.get_header("WARC-Record-ID")] = record
    elif kind == "metadata":
        target = warc.rec_headers.get_header("WARC-Concurrent-To")
        if target in pending and "json" in (warc.rec_headers.get_header("Content-Type") or ""):
            pending[target] = _with_metadata(pending[target], json.loads(warc.content_stream().read()))

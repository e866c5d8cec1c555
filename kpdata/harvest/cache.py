"""The snapshot cache: content-addressed bodies plus one JSON metadata record per fetch.

Layout under the root (default :func:`kpdata.paths.cache_dir`)::

    bodies/ab/<sha256>                          page bytes as received, stored once
    meta/<source_id>/<run_id>/RUN.json          the run: started, finished, summary
    meta/<source_id>/<run_id>/<ns>-<hash>.json  one FetchRecord per fetch

Every file is written to a temporary name and renamed into place, so a reader never sees half a file
and an interrupted harvest leaves only whole records behind. (Files are not fsynced: after a power
cut a body may be lost or damaged, which reading detects by its sha256.) Records are only ever added: a failed
fetch adds a failure record and the earlier good snapshot stays the latest good one.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from kpdata.errors import KpdataError
from kpdata.harvest.records import FetchRecord, Snapshot, utc_stamp

__all__ = ["CacheError", "RunInfo", "SnapshotCache", "write_atomic"]

RUN_FILE = "RUN.json"


class CacheError(KpdataError):
    """The snapshot cache holds a file that cannot be read."""


@dataclass(frozen=True)
class RunInfo:
    """A harvest run of one source; ``resumed`` when it continues an unfinished run."""

    source_id: str
    run_id: str
    resumed: bool


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and an atomic rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        try:
            tmp.write_bytes(data)
        except FileNotFoundError:  # first file of its folder
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class SnapshotCache:
    """Read and write snapshots; safe to share between the harvester's threads."""

    def __init__(self, root: Path | str | None = None) -> None:
        if root is None:
            from kpdata.paths import cache_dir

            root = cache_dir()
        self.root = Path(root)

    # bodies -------------------------------------------------------------------------------------------
    def body_path(self, sha256: str) -> Path:
        return self.root / "bodies" / sha256[:2] / sha256

    def put_body(self, data: bytes) -> str:
        """Store bytes under their sha256 (once) and return the digest."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.body_path(digest)
        if not path.is_file():
            write_atomic(path, data)
        return digest

    def read_bytes(self, snapshot: Snapshot) -> bytes:
        """The body of a good snapshot, as received (checked against its sha256)."""
        if not snapshot.sha256:
            raise CacheError(f"{snapshot.url}: the record has no body ({snapshot.outcome})")
        path = self.body_path(snapshot.sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CacheError(f"{path}: body of {snapshot.url} is missing from the cache") from None
        if hashlib.sha256(data).hexdigest() != snapshot.sha256:
            raise CacheError(f"{path}: body of {snapshot.url} is damaged (sha256 differs); harvest it again")
        return data

    def read_text(self, snapshot: Snapshot) -> str:
        """The body decoded with the encoding chosen when it was fetched."""
        return self.read_bytes(snapshot).decode(snapshot.encoding or "utf-8", errors="replace")

    # records ------------------------------------------------------------------------------------------
    def _run_dir(self, source_id: str, run_id: str) -> Path:
        return self.root / "meta" / source_id / run_id

    def add(self, record: FetchRecord) -> Path:
        """Write one fetch record atomically; returns its path."""
        url_hash = hashlib.sha1(record.url.encode()).hexdigest()[:12]
        name = f"{time.time_ns():016x}-{url_hash}.json"
        path = self._run_dir(record.source_id, record.run_id) / name
        write_atomic(path, record.model_dump_json().encode())
        return path

    def records(self, source_id: str, *, run_id: str | None = None) -> list[FetchRecord]:
        """Every record of a source (or of one run), oldest first (by fetch time, then by writing)."""
        base = self.root / "meta" / source_id
        pattern = f"{run_id}/*.json" if run_id else "*/*.json"
        loaded = [(self._load(p), p.name) for p in base.glob(pattern) if p.name != RUN_FILE]
        return [record for record, _ in sorted(loaded, key=lambda pair: (pair[0].fetched_at, pair[1]))]

    def _load(self, path: Path) -> FetchRecord:
        try:
            return FetchRecord.model_validate_json(path.read_bytes())
        except (OSError, ValidationError) as exc:
            raise CacheError(f"{path}: unreadable fetch record ({exc.__class__.__name__}: {exc})") from None

    def latest(self, source_id: str) -> list[Snapshot]:
        """The newest good snapshot of each URL of a source, sorted by URL."""
        newest: dict[str, FetchRecord] = {}
        for record in self.records(source_id):
            if record.is_good:
                newest[record.url] = record
        return [newest[url] for url in sorted(newest)]

    def latest_by_url(self, source_id: str) -> dict[str, Snapshot]:
        return {snapshot.url: snapshot for snapshot in self.latest(source_id)}

    def source_ids(self) -> list[str]:
        """Sources that have records in this cache."""
        base = self.root / "meta"
        return sorted(p.name for p in base.iterdir() if p.is_dir()) if base.is_dir() else []

    # runs ---------------------------------------------------------------------------------------------
    def open_run(self, source_id: str, *, now: datetime | None = None, kind: str = "crawl") -> RunInfo:
        """Continue the unfinished crawl of a source, or start a new run."""
        if kind == "crawl" and (unfinished := self._unfinished_run(source_id)):
            return RunInfo(source_id, unfinished, resumed=True)
        moment = now or datetime.now(UTC)
        run_id = f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}-{time.time_ns():016x}-{kind}"
        state = {"run_id": run_id, "kind": kind, "started_at": utc_stamp(moment), "finished_at": None}
        write_atomic(self._run_dir(source_id, run_id) / RUN_FILE, json.dumps(state).encode())
        return RunInfo(source_id, run_id, resumed=False)

    def finish_run(self, run: RunInfo, *, summary: dict, now: datetime | None = None) -> None:
        """Mark a run complete, with its summary; the next crawl starts afresh."""
        path = self._run_dir(run.source_id, run.run_id) / RUN_FILE
        state = json.loads(path.read_text(encoding="utf-8"))
        state.update(finished_at=utc_stamp(now or datetime.now(UTC)), summary=summary)
        write_atomic(path, json.dumps(state, ensure_ascii=False, indent=1).encode())

    def runs(self, source_id: str) -> list[dict]:
        """The run states of a source, oldest first."""
        base = self.root / "meta" / source_id
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(base.glob(f"*/{RUN_FILE}"))]

    def _unfinished_run(self, source_id: str) -> str | None:
        crawls = [run for run in self.runs(source_id) if run.get("kind", "crawl") == "crawl"]
        return crawls[-1]["run_id"] if crawls and crawls[-1].get("finished_at") is None else None

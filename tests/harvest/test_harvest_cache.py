"""The snapshot cache on its own: content addressing, atomic writes, newest good snapshot, bad files."""

from __future__ import annotations

import hashlib

import pytest

from kpdata.harvest.cache import CacheError, SnapshotCache, write_atomic
from kpdata.harvest.records import FetchRecord


def record(
    cache: SnapshotCache, url: str, outcome: str, at: str, body: bytes | None = None, **extra
) -> FetchRecord:
    sha = cache.put_body(body) if body is not None else None
    rec = FetchRecord(
        source_id="obec", run_id="r1", url=url, fetched_at=at, outcome=outcome, sha256=sha, **extra
    )
    cache.add(rec)
    return rec


def test_bodies_are_content_addressed_and_stored_once(tmp_path):
    cache = SnapshotCache(tmp_path)
    first = cache.put_body("Komunitní plán".encode())
    second = cache.put_body("Komunitní plán".encode())
    assert first == second == hashlib.sha256("Komunitní plán".encode()).hexdigest()
    assert cache.body_path(first) == tmp_path / "bodies" / first[:2] / first
    assert len([p for p in (tmp_path / "bodies").rglob("*") if p.is_file()]) == 1


def test_latest_is_the_newest_good_snapshot_per_url(tmp_path):
    cache = SnapshotCache(tmp_path)
    record(cache, "https://obec.example/b", "fetched", "2025-01-01T10:00:00Z", b"b1", encoding="utf-8")
    record(cache, "https://obec.example/a", "fetched", "2025-01-01T10:00:00Z", b"a1", encoding="utf-8")
    newer = record(
        cache, "https://obec.example/a", "fetched", "2025-02-01T10:00:00Z", b"a2", encoding="utf-8"
    )
    record(cache, "https://obec.example/a", "failed", "2025-03-01T10:00:00Z", reason="HTTP 500")
    record(
        cache, "https://obec.example/b", "skipped", "2025-03-01T10:00:00Z", reason="disallowed by robots.txt"
    )

    latest = cache.latest("obec")
    assert [s.url for s in latest] == ["https://obec.example/a", "https://obec.example/b"]
    assert latest[0] == newer and cache.read_text(latest[0]) == "a2"
    assert cache.source_ids() == ["obec"]


def test_read_text_uses_the_recorded_encoding(tmp_path):
    cache = SnapshotCache(tmp_path)
    body = "Žluťoučký kůň".encode("cp1250")
    rec = record(
        cache, "https://obec.example/", "fetched", "2025-01-01T10:00:00Z", body, encoding="windows-1250"
    )
    assert cache.read_text(rec) == "Žluťoučký kůň"
    assert cache.read_bytes(rec) == body


def test_write_atomic_leaves_no_temporary_files_even_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "sub" / "file.json"
    write_atomic(target, b"{}")
    assert target.read_bytes() == b"{}" and [p.name for p in target.parent.iterdir()] == ["file.json"]

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("kpdata.harvest.cache.os.replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b'{"new": 1}')
    assert target.read_bytes() == b"{}" and [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_a_damaged_record_is_reported_with_its_path(tmp_path):
    cache = SnapshotCache(tmp_path)
    record(cache, "https://obec.example/", "fetched", "2025-01-01T10:00:00Z", b"x")
    [path] = (tmp_path / "meta" / "obec" / "r1").glob("*.json")
    path.write_text("{not json")
    with pytest.raises(CacheError, match=str(path.name)):
        cache.latest("obec")


def test_a_missing_body_is_reported(tmp_path):
    cache = SnapshotCache(tmp_path)
    rec = record(cache, "https://obec.example/", "fetched", "2025-01-01T10:00:00Z", b"x")
    cache.body_path(rec.sha256).unlink()
    with pytest.raises(CacheError, match="missing"):
        cache.read_text(rec)


def test_runs_resume_until_finished(tmp_path):
    cache = SnapshotCache(tmp_path)
    first = cache.open_run("obec")
    assert not first.resumed
    assert cache.open_run("obec") == first.__class__("obec", first.run_id, resumed=True)
    cache.open_run("obec", kind="import")  # imports never resume and do not hide the crawl
    assert cache.open_run("obec").run_id == first.run_id
    cache.finish_run(first, summary={"fetched": 1})
    again = cache.open_run("obec")
    assert not again.resumed and again.run_id != first.run_id


def test_default_root_is_the_users_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("KPDATA_CACHE", str(tmp_path / "c"))
    assert SnapshotCache().root == tmp_path / "c"

"""WARC written by the harvester, read back by warcio and imported into a fresh cache."""

from __future__ import annotations

import hashlib

import pytest
from harvest_loopback import kp_routes, spec_for
from warcio.archiveiterator import ArchiveIterator

from kpdata.harvest import SnapshotCache, harvest
from kpdata.harvest.warc import WarcError, export_warc, import_warc


@pytest.fixture
def harvested(make_site, make_ctx):
    site = make_site("127.0.0.1", kp_routes())
    ctx = make_ctx()
    harvest(ctx, [spec_for(site)])
    return ctx.cache


@pytest.mark.parametrize("name", ["kp.warc", "kp.warc.gz"])
def test_warcio_reads_back_the_same_records(harvested, tmp_path, name):
    path = tmp_path / name
    count = export_warc(harvested, path)
    snapshots = harvested.latest("horni-lhota")
    assert count == len(snapshots) == 7

    with open(path, "rb") as handle:
        records = [
            (r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read())
            for r in ArchiveIterator(handle)
        ]
    assert records[0][0] == "warcinfo"
    responses = [r for r in records if r[0] == "response"]
    assert len(responses) == len(snapshots)
    assert len([r for r in records if r[0] == "metadata"]) == len(snapshots)
    read_back = {
        headers.get_header("WARC-Target-URI"): (hashlib.sha256(body).hexdigest(), http.get_statuscode())
        for _, headers, http, body in responses
    }
    assert read_back == {s.final_url: (s.sha256, "200") for s in snapshots}
    for _, headers, http, body in responses:
        assert int(http.get_header("Content-Length")) == len(body)
        assert headers.get_header("WARC-Date").endswith("Z")


def test_import_restores_the_snapshots(harvested, tmp_path):
    path = tmp_path / "kp.warc.gz"
    export_warc(harvested, path)
    fresh = SnapshotCache(tmp_path / "fresh")
    assert import_warc(fresh, path) == {"horni-lhota": 7}

    def key(s):
        return (
            s.url,
            s.final_url,
            s.sha256,
            s.media_type,
            s.encoding,
            s.fetched_at,
            tuple(s.links),
            s.documents,
        )

    assert [key(s) for s in fresh.latest("horni-lhota")] == [key(s) for s in harvested.latest("horni-lhota")]
    for snapshot in fresh.latest("horni-lhota"):
        assert snapshot.origin == "warc"
        assert fresh.read_text(snapshot) == harvested.read_text(snapshot)


def test_a_foreign_warc_needs_a_source_id(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "foreign.warc"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for url, media_type, body in [
            ("http://obec.example/kp/", "text/html; charset=utf-8", "<p>Komunitní plán</p>".encode()),
            ("http://obec.example/logo.png", "image/png", b"\x89PNG"),
        ]:
            http = StatusAndHeaders("200 OK", [("Content-Type", media_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http)
            )
    cache = SnapshotCache(tmp_path / "cache")
    with pytest.raises(WarcError, match="names no kpdata source"):
        import_warc(cache, path)
    assert import_warc(cache, path, source_id="obec") == {"obec": 1}  # the image is not a page
    [snapshot] = cache.latest("obec")
    assert snapshot.encoding == "utf-8" and "Komunitní plán" in cache.read_text(snapshot)


def test_not_a_warc_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_text("tohle není WARC")
    with pytest.raises(WarcError, match=r"bad\.warc"):
        import_warc(SnapshotCache(tmp_path / "c"), path, source_id="x")

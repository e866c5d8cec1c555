"""``kpdata harvest`` end to end: crawl a URL, sources from files, saved pages, WARC, exit codes."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import textwrap

import pytest
from harvest_loopback import FAST, KP, KP_PAGES, kp_routes

from kpdata.cli import main
from kpdata.harvest import HarvestContext, SnapshotCache
from kpdata.paths import shared_dir, sources_dir


def source_yml(site, source_id="horni-lhota"):
    return textwrap.dedent(
        f"""
        id: {source_id}
        title: Komunitní plánování – Horní Lhota
        territory_kind: obec
        territory: "505927"
        level: obec
        lead_body: Město Horní Lhota
        start_urls: ["{site.url(KP + "/")}"]
        scope: {{path_prefixes: ["{KP}/"]}}
        delay_seconds: 0.05
        max_depth: 3
        """
    )


@pytest.fixture
def datasets(tmp_path, monkeypatch):
    root = tmp_path / "datasets"
    (root / "sources").mkdir(parents=True)
    monkeypatch.setenv("KPDATA_DATASETS", str(root))
    return root / "sources"


def test_harvest_a_configured_source_prints_a_summary_and_progress(make_site, datasets, tmp_path, capsys):
    site = make_site("127.0.0.1", kp_routes())
    (datasets / "horni-lhota").mkdir()
    (datasets / "horni-lhota" / "source.yml").write_text(source_yml(site), encoding="utf-8")
    cache = tmp_path / "cache"

    assert main(["harvest", "horni-lhota", "--cache", str(cache)]) == 0
    out, err = capsys.readouterr()
    assert f"horni-lhota: fetched {len(KP_PAGES)}, unchanged 0, skipped by robots 0, failed 0" in out
    assert "[harvest]" in err and "horni-lhota done" in err
    assert len(SnapshotCache(cache).latest("horni-lhota")) == len(KP_PAGES)

    assert main(["harvest", "--cache", str(cache)]) == 0  # no id: every configured source
    assert f"unchanged {len(KP_PAGES)}" in capsys.readouterr().out


def test_harvest_url_without_a_source_file(make_site, tmp_path, capsys):
    site = make_site("127.0.0.1", kp_routes())
    args = [
        "harvest",
        "--url",
        site.url(f"{KP}/pracovni-skupiny/"),
        "--cache",
        str(tmp_path / "c"),
        "--delay",
        "0.05",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "fetched 4" in out  # the groups page and its three sub-pages: its own path is the scope
    assert all(p == "/robots.txt" or p.startswith(f"{KP}/pracovni-skupiny/") for p in site.paths())


def test_exit_status_is_1_when_a_source_gets_nothing(make_site, tmp_path, capsys, monkeypatch):
    fast = functools.partial(HarvestContext, settings=FAST)  # short backoff for the dead host
    monkeypatch.setattr("kpdata.harvest.run.HarvestContext", fast)
    site = make_site("127.0.0.1", kp_routes())
    dead = site.url(f"{KP}/")
    site.close()
    assert main(["harvest", "--url", dead, "--cache", str(tmp_path / "c"), "--delay", "0"]) == 1
    out = capsys.readouterr().out
    assert "FAILED: no page could be harvested" in out and "robots.txt unreachable (connection refused" in out


def test_snapshot_import_sniffs_html_and_text(datasets, tmp_path, capsys, make_site):
    site = make_site("127.0.0.1", kp_routes())
    (datasets / "horni-lhota").mkdir()
    (datasets / "horni-lhota" / "source.yml").write_text(source_yml(site), encoding="utf-8")
    cache = tmp_path / "cache"
    html = tmp_path / "ulozena.html"
    html.write_bytes(
        '<html><head><meta charset="windows-1250"><title>Skupiny</title></head><body><p>Pracovní skupina Senioři'
        '</p><a href="plan.pdf">Plán</a></body></html>'.encode("cp1250")
    )
    text = tmp_path / "opis.txt"
    text.write_text("Komunitní plánování\n\nKoordinátor: Petr Ukázkový", encoding="utf-8")

    args = [
        "harvest",
        "horni-lhota",
        "--cache",
        str(cache),
        "--snapshot",
        str(html),
        "--url",
        "https://x.example/kp/",
    ]
    assert main(args) == 0
    assert main(["harvest", "horni-lhota", "--cache", str(cache), "--snapshot", str(text)]) == 0
    out = capsys.readouterr().out
    assert "(text/html, windows-1250)" in out and "(text/plain, utf-8)" in out
    latest = {s.url: s for s in SnapshotCache(cache).latest("horni-lhota")}
    saved = latest["https://x.example/kp/"]
    assert saved.origin == "manual" and saved.documents[0].url == "https://x.example/kp/plan.pdf"
    assert latest[site.url(f"{KP}/")].media_type == "text/plain"  # no --url: the first start URL
    assert site.log == []  # importing never touches the network


def test_snapshot_needs_exactly_one_source(tmp_path, capsys):
    assert main(["harvest", "--snapshot", str(tmp_path / "x.html"), "--cache", str(tmp_path)]) == 2
    assert "--snapshot needs exactly one SOURCE_ID" in capsys.readouterr().err


def test_warc_round_trip_through_the_cli(make_site, tmp_path, capsys):
    site = make_site("127.0.0.1", kp_routes())
    cache, fresh, warc = tmp_path / "c", tmp_path / "fresh", tmp_path / "kp.warc.gz"
    assert main(["harvest", "--url", site.url(f"{KP}/"), "--cache", str(cache), "--delay", "0.02"]) == 0
    assert main(["harvest", "--export-warc", str(warc), "--cache", str(cache)]) == 0
    assert main(["harvest", "--import-warc", str(warc), "--cache", str(fresh)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {len(KP_PAGES)} pages" in out and f"imported {len(KP_PAGES)} pages" in out
    [source_id] = SnapshotCache(cache).source_ids()
    assert [s.sha256 for s in SnapshotCache(fresh).latest(source_id)] == [
        s.sha256 for s in SnapshotCache(cache).latest(source_id)
    ]


@pytest.mark.skipif(shared_dir() is None, reason="needs ../shared (the seed pages) beside the checkout")
def test_seed_pages_listed_in_the_sources_import_offline(tmp_path, capsys, monkeypatch):
    root = tmp_path / "datasets" / "sources"
    shutil.copytree(sources_dir(), root)
    monkeypatch.setenv("KPDATA_DATASETS", str(root.parent))
    monkeypatch.setenv("KPDATA_SHARED", str(shared_dir()))
    cache = tmp_path / "cache"
    seeds = ["opava", "ostrava", "mesto-albrechtice", "cesky-brod", "pardubice"]
    assert main(["harvest", *seeds, "--from-snapshots", "--cache", str(cache)]) == 0
    assert main(["harvest", *seeds, "--from-snapshots", "--cache", str(cache)]) == 0  # again: nothing new
    snapshots = SnapshotCache(cache)
    for source_id in seeds:
        [snapshot] = snapshots.latest(source_id)
        assert snapshot.media_type == "text/plain" and snapshot.encoding == "utf-8"
        assert "omunitní plánování" in snapshots.read_text(snapshot)
    assert snapshots.latest("pardubice")[0].url == "https://pardubice.eu/komunitni-planovani"
    assert len([r for r in snapshots.records("opava")]) == 1


def test_harvest_does_not_import_export_or_other_stages():
    code = (
        "import sys, kpdata.cli.harvest, kpdata.harvest, kpdata.harvest.warc, kpdata.harvest.manual\n"
        "bad = [m for m in sys.modules if m.startswith(('kpdata.export', 'kpdata.build', 'kpdata.release'))]\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGKILL"])
def test_a_harvest_stopped_by_ctrl_c_or_killed_resumes(make_site, tmp_path, signal_name):
    import os
    import signal

    site = make_site("127.0.0.1", kp_routes())
    cache = tmp_path / "cache"
    args = [sys.executable, "-m", "kpdata", "harvest", "--url", site.url(f"{KP}/"), "--cache", str(cache)]
    process = subprocess.Popen(
        [*args, "--delay", "0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # a shell's background job (a CI runner's, say) inherits SIGINT ignored, and so would the harvest:
        # Ctrl-C at a terminal is what is tested, so the harvest starts with the default disposition
        preexec_fn=functools.partial(signal.signal, signal.SIGINT, signal.SIG_DFL),
    )

    def interrupt(hit):
        if len(site.page_hits()) == 3:
            os.kill(process.pid, getattr(signal, signal_name))

    site.on_request = interrupt
    process.communicate(timeout=30)
    first = [hit.path for hit in site.page_hits()]
    assert process.returncode == (130 if signal_name == "SIGINT" else -signal.SIGKILL)
    assert 3 <= len(first) < len(KP_PAGES)
    [source_id] = SnapshotCache(cache).source_ids()
    kept = {r.url.split(site.netloc)[1] for r in SnapshotCache(cache).records(source_id)}

    site.on_request = None
    site.log.clear()
    done = subprocess.run([*args, "--delay", "0.02"], capture_output=True, text=True, timeout=30)
    second = [hit.path for hit in site.page_hits()]
    assert done.returncode == 0, done.stderr
    assert "(resumed)" in done.stdout
    assert not kept & set(second)  # nothing the first run stored is fetched again
    assert set(first) | set(second) == set(KP_PAGES)
    if signal_name == "SIGINT":  # Ctrl-C lets the request in flight finish and be stored
        assert sorted(first + second) == sorted(KP_PAGES)
    else:  # a kill loses at most the request in flight
        assert len(first) + len(second) <= len(KP_PAGES) + 1

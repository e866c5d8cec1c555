"""Broken servers: each failure is retried when worth it, recorded with a reason, and does not stop
the other hosts; a failed fetch never replaces a good snapshot."""

from __future__ import annotations

from harvest_loopback import (
    KP,
    KP_PAGES,
    Reply,
    big,
    cms_page,
    hang,
    kp_routes,
    page,
    raw,
    redirect,
    reset,
    sequence,
    spec_for,
)

from kpdata.harvest import CrawlSpec, harvest

BAD = {
    "/500-pak-200/": "retried",
    "/pomala/": "timeout while reading",
    "/reset/": "connection reset",
    "/smycka-a/": "redirect loop",
    "/retez-0/": "more than 5 redirects",
    "/neexistuje/": "HTTP 404",
    "/velka/": "body too large: more than",
    "/velka-s-delkou/": "body too large: 200000 bytes declared",
    "/obrazek/": "unsupported media type image/png",
}


def broken_routes() -> dict:
    links = [(path, path.strip("/")) for path in BAD]
    return {
        "/robots.txt": raw(404),
        "/": page(cms_page("Rozcestník", "<p>Odkazy na rozbité stránky.</p>", links=links)),
        "/500-pak-200/": sequence(raw(500), page(cms_page("Obnoveno", "<p>Napodruhé to šlo.</p>"))),
        "/pomala/": hang(1.0),
        "/reset/": reset(),
        "/smycka-a/": redirect("/smycka-b/"),
        "/smycka-b/": redirect("/smycka-a/"),
        **{f"/retez-{i}/": redirect(f"/retez-{i + 1}/") for i in range(8)},
        "/velka/": big(200_000, declare_length=False),
        "/velka-s-delkou/": big(200_000, declare_length=True),
        "/obrazek/": raw(200, b"\x89PNG\r\n\x1a\n" + b"0" * 100, [("Content-Type", "image/png")]),
    }


def test_each_failure_has_a_reason_and_other_hosts_carry_on(make_site, make_ctx):
    broken = make_site("127.0.0.1", broken_routes())
    healthy = make_site("127.0.0.2", kp_routes())
    broken_spec = spec_for(broken, source_id="rozbita", prefixes=(), start="/")
    ctx = make_ctx()
    rozbita, zdrava = harvest(ctx, [broken_spec, spec_for(healthy, source_id="zdrava")])

    assert zdrava.fetched == len(KP_PAGES) and zdrava.failed == 0
    reasons = dict(rozbita.failures)
    for path, expected in BAD.items():
        if path == "/500-pak-200/":
            continue
        assert expected in reasons[broken.url(path)], (path, reasons)
    menu_404s = {broken.url(p) for p in ("/radnice/", "/obcan/", "/kontakty/")}  # unrouted menu links
    assert {url for url, _ in rozbita.failures} == {
        broken.url(p) for p in BAD if p != "/500-pak-200/"
    } | menu_404s
    assert broken.paths().count("/pomala/") == 3 and broken.paths().count("/reset/") == 3  # 1 + 2 retries
    assert [p for p in broken.paths() if p.startswith("/retez-")] == [f"/retez-{i}/" for i in range(6)]
    assert broken.paths().count("/smycka-a/") == 1 and broken.paths().count("/smycka-b/") == 1
    assert broken.paths().count("/neexistuje/") == 1 and broken.paths().count("/obrazek/") == 1
    assert "after 3 attempts" in reasons[broken.url("/pomala/")]


def test_a_500_followed_by_200_is_retried_and_cached_once(make_site, make_ctx):
    site = make_site("127.0.0.1", broken_routes())
    spec = spec_for(site, source_id="retry", prefixes=("/500",), start="/500-pak-200/")
    ctx = make_ctx()
    [_summary] = harvest(ctx, [spec])

    assert site.paths().count("/500-pak-200/") == 2
    records = list(ctx.cache.records("retry"))
    assert [(r.outcome, r.status, r.attempts) for r in records] == [("fetched", 200, 2)]
    bodies = list((ctx.cache.root / "bodies").rglob("*"))
    assert len([b for b in bodies if b.is_file()]) == 1
    assert "Napodruhé to šlo" in ctx.cache.read_text(ctx.cache.latest("retry")[0])


def test_retry_after_is_honoured(make_site, make_ctx):
    busy = sequence(raw(429, b"", [("Retry-After", "1")]), page(cms_page("Hotovo", "<p>Teď ano.</p>")))
    site = make_site("127.0.0.1", {"/robots.txt": raw(404), f"{KP}/": busy})
    [summary] = harvest(make_ctx(), [spec_for(site)])
    hits = site.page_hits()
    assert summary.fetched == 1 and len(hits) == 2
    assert hits[1].at - hits[0].at >= 1.0  # the backoff alone would have waited 0.05 s


def test_too_long_retry_after_gives_up_at_once(make_site, make_ctx):
    site = make_site(
        "127.0.0.1", {"/robots.txt": raw(404), f"{KP}/": raw(503, b"", [("Retry-After", "3600")])}
    )
    [summary] = harvest(make_ctx(), [spec_for(site)])
    assert len(site.page_hits()) == 1
    assert "Retry-After 3600 s is too long" in summary.failures[0][1] and summary.failed_entirely


def test_failed_fetch_never_replaces_a_good_snapshot(make_site, make_ctx):
    site = make_site("127.0.0.1", kp_routes())
    ctx = make_ctx()
    harvest(ctx, [spec_for(site)])
    before = {s.url: s.sha256 for s in ctx.cache.latest("horni-lhota")}

    site.routes[f"{KP}/kontakty/"] = raw(500)
    site.routes[f"{KP}/dokumenty/"] = lambda hit, count: Reply(action="reset")
    [second] = harvest(ctx, [spec_for(site)])
    after = {s.url: s.sha256 for s in ctx.cache.latest("horni-lhota")}

    assert second.failed == 2 and after == before
    kontakty = next(s for s in ctx.cache.latest("horni-lhota") if s.url.endswith("/kontakty/"))
    assert "Alena Pokusná" in ctx.cache.read_text(kontakty)
    assert not list(ctx.cache.root.rglob("*.tmp"))


def test_redirects_are_followed_hop_by_hop_within_scope(make_site, make_ctx):
    routes = kp_routes()
    routes[f"{KP}/stara-adresa/"] = redirect(f"{KP}/kontakty/", 301)
    routes[f"{KP}/ven/"] = redirect("/radnice/", 302)
    routes[f"{KP}/"] = page(
        cms_page(
            "KP", "<p>Rozcestník</p>", links=[(f"{KP}/stara-adresa/", "Kontakty"), (f"{KP}/ven/", "Radnice")]
        )
    )
    site = make_site("127.0.0.1", routes)
    ctx = make_ctx()
    [summary] = harvest(ctx, [spec_for(site)])

    assert "/radnice/" not in site.paths()  # the hop out of scope is never requested
    assert site.paths().count(f"{KP}/kontakty/") == 1  # reached by redirect, not fetched again
    latest = {s.url: s for s in ctx.cache.latest("horni-lhota")}
    assert latest[site.url(f"{KP}/stara-adresa/")].final_url == site.url(f"{KP}/kontakty/")
    assert "redirect out of scope" in dict(summary.failures)[site.url(f"{KP}/ven/")]


def test_a_host_that_never_accepts_times_out_while_connecting(make_site, make_ctx):
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.5", 0))
    listener.listen(0)  # never accepted: once the backlog is full, connections hang in SYN
    fillers = [socket.socket() for _ in range(3)]
    for filler in fillers:
        filler.setblocking(False)
        filler.connect_ex(listener.getsockname())
    healthy = make_site("127.0.0.2", kp_routes())
    stuck = CrawlSpec.for_url(f"http://127.0.0.5:{listener.getsockname()[1]}{KP}/", delay=0.02)
    try:
        silent, zdrava = harvest(
            make_ctx(connect_timeout=0.2), [stuck, spec_for(healthy, source_id="zdrava")]
        )
    finally:
        for sock in [*fillers, listener]:
            sock.close()
    assert zdrava.fetched == len(KP_PAGES)
    assert silent.failed_entirely
    assert "robots.txt unreachable (timeout while connecting after 3 attempts)" in silent.failures[0][1]

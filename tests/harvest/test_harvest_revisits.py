"""Second runs and interrupted runs: conditional revalidation, resuming, legacy encodings over HTTP,
and backoff timing under a fake clock."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from harvest_loopback import KP, KP_PAGES, cms_page, kp_routes, page, raw, sequence, spec_for

from kpdata.harvest import harvest

CZECH = "Žádosti přijímá odbor sociálních věcí. Šťastné svátky přeje Ťapka Žluťoučká, šéfová skupiny."


def test_second_run_revalidates_and_refetches_nothing_unchanged(make_site, make_ctx):
    site = make_site("127.0.0.1", kp_routes())
    ctx = make_ctx()
    harvest(ctx, [spec_for(site)])
    first = {s.url: s.sha256 for s in ctx.cache.latest("horni-lhota")}
    bodies = sorted(p.name for p in (ctx.cache.root / "bodies").rglob("*") if p.is_file())
    site.log.clear()

    [again] = harvest(ctx, [spec_for(site)])

    hits = site.page_hits()
    assert sorted(h.path for h in hits) == sorted(KP_PAGES)  # every page asked once, each answered 304
    assert all("If-None-Match" in h.headers and "If-Modified-Since" in h.headers for h in hits)
    assert (again.unchanged, again.fetched) == (len(KP_PAGES), 0)
    assert {s.url: s.sha256 for s in ctx.cache.latest("horni-lhota")} == first
    assert sorted(p.name for p in (ctx.cache.root / "bodies").rglob("*") if p.is_file()) == bodies
    second_run = [r for r in ctx.cache.records("horni-lhota") if r.run_id == again.run_id]
    assert {r.outcome for r in second_run} == {"unchanged"} and {r.status for r in second_run} == {200}
    assert all(r.links for r in second_run if r.url.endswith("/pracovni-skupiny/"))


def test_a_changed_page_is_fetched_again(make_site, make_ctx):
    site = make_site("127.0.0.1", kp_routes())
    ctx = make_ctx()
    harvest(ctx, [spec_for(site)])
    site.routes[f"{KP}/kontakty/"] = page(
        cms_page("Kontakty", "<p>Nová koordinátorka: Ing. Eva Zkušební.</p>")
    )
    [again] = harvest(ctx, [spec_for(site)])
    assert (again.fetched, again.unchanged) == (1, len(KP_PAGES) - 1)
    kontakty = next(s for s in ctx.cache.latest("horni-lhota") if s.url.endswith("/kontakty/"))
    assert "Eva Zkušební" in ctx.cache.read_text(kontakty)


def test_an_interrupted_run_resumes_without_fetching_again(make_site, make_ctx):
    site = make_site("127.0.0.1", kp_routes())
    ctx = make_ctx()

    def stop_after_three(hit):
        if len(site.page_hits()) == 3:
            ctx.stop.set()

    site.on_request = stop_after_three
    [first] = harvest(ctx, [spec_for(site)])
    assert first.interrupted and first.fetched == 3
    assert ctx.cache.runs("horni-lhota")[-1]["finished_at"] is None
    first_pages = [h.path for h in site.page_hits()]

    site.on_request = None
    site.log.clear()
    [second] = harvest(make_ctx(cache=ctx.cache), [spec_for(site)])

    second_pages = [h.path for h in site.page_hits()]
    assert second.resumed and second.run_id == first.run_id and second.reused == 3
    assert not set(first_pages) & set(second_pages)
    assert sorted(first_pages + second_pages) == sorted(KP_PAGES)
    assert second.fetched == len(KP_PAGES) and not second.interrupted
    assert ctx.cache.runs("horni-lhota")[-1]["finished_at"] is not None


def test_windows_1250_pages_come_out_right(make_site, make_ctx):
    html = cms_page("Oznámení", f"<p>{CZECH}</p>", charset=None)
    meta = cms_page("Oznámení", f"<p>{CZECH}</p>", charset="windows-1250")
    latin2 = html.translate(str.maketrans({"–": "-", "›": ">", "©": "(c)", "·": "|"}))  # not in iso-8859-2
    routes = {
        "/robots.txt": raw(404),
        f"{KP}/": page(cms_page("KP", "<p>Rozcestník</p>", links=[(f"{KP}/{n}/", n) for n in "abcd"])),
        f"{KP}/a/": page(html, charset="windows-1250"),  # declared in the HTTP header
        f"{KP}/b/": page(meta, charset="windows-1250", declare="none"),  # declared by <meta charset>
        f"{KP}/c/": page(html, charset="windows-1250", declare="none"),  # not declared at all
        f"{KP}/d/": page(latin2, charset="iso-8859-2", declare="none"),  # the other legacy encoding
    }
    site = make_site("127.0.0.1", routes)
    ctx = make_ctx()
    harvest(ctx, [spec_for(site)])
    latest = {s.url.rstrip("/").rsplit("/", 1)[-1]: s for s in ctx.cache.latest("horni-lhota")}
    for name, encoding in {
        "a": "windows-1250",
        "b": "windows-1250",
        "c": "windows-1250",
        "d": "iso-8859-2",
    }.items():
        snapshot = latest[name]
        assert snapshot.encoding == encoding, name
        assert CZECH in ctx.cache.read_text(snapshot), name


class FakeClock:
    """Time that moves only when the harvester sleeps; records every sleep."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.start = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        return self.t

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.t - 1000.0)

    def sleep(self, seconds: float, *, interrupt=None) -> None:
        if seconds > 0:
            with self._lock:
                self.sleeps.append(round(seconds, 3))
                self.t += seconds


def test_backoff_doubles_and_retry_after_dates_are_honoured_under_a_fake_clock(make_site, make_ctx):
    clock = FakeClock()
    later = format_datetime(clock.start + timedelta(seconds=30), usegmt=True)
    flaky = sequence(
        raw(503), raw(503), raw(503, b"", [("Retry-After", later)]), page(cms_page("OK", "<p>ok</p>"))
    )
    site = make_site("127.0.0.1", {"/robots.txt": raw(404), f"{KP}/": flaky})
    ctx = make_ctx(retries=3, backoff_base=1.0, backoff_max=60.0, max_retry_after=120.0)
    ctx.clock = clock
    [summary] = harvest(ctx, [spec_for(site, delay=0.5)])

    assert summary.fetched == 1 and len(site.page_hits()) == 4
    # politeness wait after robots.txt, backoff 1 s and 2 s, then until the server's date (start + 30 s)
    assert clock.sleeps == [0.5, 1.0, 2.0, 26.5]
    assert ctx.cache.latest("horni-lhota")[0].fetched_at == "2025-03-03T08:00:30Z"

"""Politeness, proved from the servers' request logs: robots.txt, Crawl-delay, per-host delay, scope,
identification, and many hosts at once."""

from __future__ import annotations

import itertools

from harvest_loopback import KP, KP_PAGES, Reply, cms_page, kp_routes, page, spec_for

from kpdata.harvest import harvest
from kpdata.harvest.settings import USER_AGENT


def gaps(hits):
    return [b.at - a.at for a, b in itertools.pairwise(hits)]


def test_section_is_crawled_within_scope_and_documents_recorded_not_fetched(make_site, make_ctx):
    site = make_site("127.0.0.1", kp_routes())
    other = make_site("127.0.0.2", {"/": page(cms_page("Jiný web", "<p>Mimo rozsah.</p>"))})
    site.routes[f"{KP}/kontakty/"] = page(
        cms_page("Kontakty", "<p>Sousední obec</p>", links=[(other.url("/"), "Sousední obec")])
    )
    ctx = make_ctx()
    [summary] = harvest(ctx, [spec_for(site)])

    assert sorted(p for p in site.paths() if p != "/robots.txt") == sorted(KP_PAGES)
    assert all(p == "/robots.txt" or p.startswith(KP) for p in site.paths())
    assert other.log == []  # a link to another host is out of scope: never requested
    assert not any(p.endswith((".pdf", ".xlsx")) for p in site.paths())
    assert summary.fetched == len(KP_PAGES) and summary.failed == 0
    kinds = {d.kind for s in ctx.cache.latest("horni-lhota") for d in s.documents}
    assert kinds == {"pdf", "xlsx"} and len(summary.documents) == 2
    assert {hit.headers["User-Agent"] for hit in site.log} == {USER_AGENT}
    assert "+https://" in USER_AGENT and USER_AGENT.startswith("kpdata/")


def test_robots_disallow_and_crawl_delay_are_obeyed(make_site, make_ctx):
    rules = f"User-agent: *\nDisallow: {KP}/pracovni-skupiny/\nCrawl-delay: 0.2\n"
    site = make_site("127.0.0.1", kp_routes(robots_txt=rules))
    ctx = make_ctx()
    [summary] = harvest(ctx, [spec_for(site, delay=0.02)])

    assert site.paths()[0] == "/robots.txt"
    assert not any(p.startswith(f"{KP}/pracovni-skupiny/") for p in site.paths())
    assert summary.skipped_robots == 1  # the one blocked link that was found (its sub-pages never were)
    assert min(gaps(site.log)) >= 0.2  # Crawl-delay 0.2 s beats the source's 0.02 s
    assert summary.fetched == 3


def test_robots_rules_for_our_token_win_over_the_wildcard(make_site, make_ctx):
    rules = "User-agent: *\nDisallow: /\n\nUser-agent: kpdata\nAllow: /\n"
    site = make_site("127.0.0.1", kp_routes(robots_txt=rules))
    [summary] = harvest(make_ctx(), [spec_for(site)])
    assert summary.fetched == len(KP_PAGES)


def test_unreachable_robots_txt_keeps_the_harvester_out(make_site, make_ctx):
    site = make_site("127.0.0.1", kp_routes())
    site.routes["/robots.txt"] = lambda hit, count: Reply(503)
    [summary] = harvest(make_ctx(), [spec_for(site)])
    assert set(site.paths()) == {"/robots.txt"}
    assert summary.skipped_robots == 1 and summary.failed_entirely
    assert "robots.txt unreachable (HTTP 503" in summary.failures[0][1]


def test_per_host_delay_holds_and_hosts_run_in_parallel(make_site, make_ctx):
    sites = [make_site(f"127.0.0.{i}", kp_routes()) for i in (1, 2, 3)]
    specs = [spec_for(site, source_id=f"obec-{i}", delay=0.1) for i, site in enumerate(sites)]
    summaries = harvest(make_ctx(), specs)

    assert [s.fetched for s in summaries] == [len(KP_PAGES)] * 3
    for site in sites:
        assert min(gaps(site.log)) >= 0.1
    spans = [(site.log[0].at, site.log[-1].at) for site in sites]
    assert max(start for start, _ in spans) < min(end for _, end in spans)  # all three overlapped


def test_depth_and_page_limits(make_site, make_ctx):
    site = make_site("127.0.0.1", kp_routes())
    [shallow] = harvest(make_ctx(), [spec_for(site, max_depth=1)])
    assert shallow.fetched == 4  # the index and its three section links, not the group pages
    site.log.clear()
    [limited] = harvest(make_ctx(cache=None), [spec_for(site, source_id="limit", max_pages=2)])
    assert len(site.page_hits()) == 2 and limited.over_limit >= 1

"""Harvest benchmark: 20 loopback hosts × 10 pages with a 0.1 s per-host delay.

Prints the wall time of the harvest next to the politeness floor (the slowest host's pages × delay)
and their ratio, plus the smallest gap between two requests to one host seen by the servers. The
servers run in a separate process so that they do not compete with the harvester for the GIL.

    .venv/bin/python benchmarks/harvest_bench.py [--hosts 20] [--pages 10] [--delay 0.1]
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kpdata.harvest import CrawlSpec, HarvestContext, SnapshotCache, harvest


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        self.server.hits.append((time.monotonic(), self.path))
        if self.path == "/robots.txt":
            body, status = b"User-agent: *\nDisallow: /interni/\n", 200
        elif self.path.startswith("/kp/"):
            links = "".join(f'<a href="/kp/{i}.html">Stránka {i}</a>' for i in range(self.server.pages))
            body, status = (
                f"<html><body><h1>Komunitní plánování {self.path}</h1>{links}</body></html>".encode(),
                200,
            )
        else:
            body, status = b"nenalezeno", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve_hosts(count: int, pages: int, conn) -> None:
    """In a separate process (servers must not share the harvester's GIL): start ``count`` hosts,
    send their addresses, wait for "stop", send back each host's request log."""
    servers = []
    for i in range(count):
        server = ThreadingHTTPServer((f"127.0.0.{i + 1}", 0), _Handler)
        server.daemon_threads = True
        server.hits, server.pages = [], pages
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    conn.send([f"{s.server_address[0]}:{s.server_address[1]}" for s in servers])
    conn.recv()
    for server in servers:
        server.shutdown()
    conn.send([server.hits for server in servers])


def run(hosts: int, pages: int, delay: float) -> None:
    ours, theirs = multiprocessing.Pipe()
    process = multiprocessing.Process(target=serve_hosts, args=(hosts, pages, theirs), daemon=True)
    process.start()
    netlocs = ours.recv()
    spec = CrawlSpec(
        source_id="bench",
        start_urls=tuple(f"http://{n}/kp/0.html" for n in netlocs),
        hosts=tuple(netlocs),
        path_prefixes=("/kp/",),
        max_depth=2,
        max_pages=hosts * pages,
        delay=delay,
        document_types=frozenset({"pdf"}),
    )
    with tempfile.TemporaryDirectory() as tmp:
        ctx = HarvestContext(cache=SnapshotCache(Path(tmp)))
        started = time.perf_counter()
        [summary] = harvest(ctx, [spec])
        wall = time.perf_counter() - started
    ours.send("stop")
    logs = ours.recv()
    process.join()
    pages_per_host = [sum(p != "/robots.txt" for _, p in hits) for hits in logs]
    requests_per_host = [len(hits) for hits in logs]
    floor = max(pages_per_host) * delay
    gaps = [b[0] - a[0] for hits in logs for a, b in itertools.pairwise(hits)]
    print(f"hosts {hosts} × pages {pages}, per-host delay {delay:g} s")
    print(f"pages fetched {summary.fetched}, failed {summary.failed}; requests per host {max(requests_per_host)} "
          f"(pages + robots.txt)")  # fmt: skip
    print(f"wall time {wall:.3f} s")
    print(f"politeness floor {floor:.3f} s (slowest host's pages × delay)")
    print(f"ratio {wall / floor:.2f}" if floor else "ratio n/a (no delay)")
    print(f"smallest gap between two requests to one host {min(gaps):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--delay", type=float, default=0.1)
    args = parser.parse_args()
    run(args.hosts, args.pages, args.delay)


if __name__ == "__main__":
    main()

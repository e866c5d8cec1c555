"""Loopback web servers serving invented Czech municipal sites, with request logs, for harvest tests
(imported by the tests as ``harvest_loopback``; the fixtures live in conftest.py).

Each :class:`LoopbackSite` is a real ``ThreadingHTTPServer`` on 127.0.0.x with a random port; routes
map a path to a *behaviour* (a page, a status, a redirect, a reset, a slow answer …). Every request is
logged with its arrival time (``time.monotonic``) and headers, so tests prove politeness from the
server's side.
"""

from __future__ import annotations

import hashlib
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kpdata.harvest.settings import FetchSettings
from kpdata.harvest.spec import CrawlSpec

LAST_MODIFIED = "Mon, 03 Mar 2025 08:00:00 GMT"


@dataclass
class Hit:
    """One request as the server saw it."""

    at: float
    path: str
    headers: dict[str, str]


@dataclass
class Reply:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    action: str | None = None  # "reset" | "hang"
    seconds: float = 0.0


# ---- behaviours: callables (hit, count) -> Reply -------------------------------------------------------
def _not_modified(headers: dict[str, str], etag: str) -> bool:
    """RFC 9110: If-None-Match, when sent, decides; otherwise If-Modified-Since."""
    if "If-None-Match" in headers:
        return headers["If-None-Match"] == etag
    return headers.get("If-Modified-Since") == LAST_MODIFIED


def page(html: str, *, charset: str = "utf-8", declare: str = "header", validators: bool = True):
    """An HTML page; answers 304 to a matching If-None-Match / If-Modified-Since."""
    body = html.encode(charset)
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    content_type = f"text/html; charset={charset}" if declare == "header" else "text/html"

    def reply(hit: Hit, count: int) -> Reply:
        headers = [("Content-Type", content_type)]
        if validators:
            headers += [("ETag", etag), ("Last-Modified", LAST_MODIFIED)]
            if _not_modified(hit.headers, etag):
                return Reply(304, headers[1:])
        return Reply(200, [*headers, ("Content-Length", str(len(body)))], body)

    return reply


def raw(status: int, body: bytes = b"", headers: list[tuple[str, str]] | None = None):
    return lambda hit, count: Reply(status, list(headers or []), body)


def text(body: str, media_type: str = "text/plain"):
    return raw(200, body.encode(), [("Content-Type", f"{media_type}; charset=utf-8")])


def redirect(location: str, status: int = 302):
    return raw(status, b"", [("Location", location)])


def sequence(*behaviours):
    """The n-th request gets the n-th behaviour; the last one repeats."""
    return lambda hit, count: behaviours[min(count, len(behaviours) - 1)](hit, count)


def reset():
    return lambda hit, count: Reply(action="reset")


def hang(seconds: float):
    return lambda hit, count: Reply(action="hang", seconds=seconds)


def big(size: int, *, declare_length: bool):
    headers = [("Content-Type", "text/html")] + ([("Content-Length", str(size))] if declare_length else [])
    return raw(200, b"<p>" + b"x" * size, headers)


def robots(body: str):
    return text(body)


# ---- the server ----------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    server_version = "LoopbackCMS/1.0"

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        site: LoopbackSite = self.server.site
        hit = Hit(time.monotonic(), self.path, dict(self.headers.items()))
        count = site.record(hit)
        behaviour = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
        reply = (
            behaviour(hit, count)
            if behaviour
            else Reply(404, [("Content-Type", "text/html")], b"<h1>404</h1>")
        )
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        if reply.action == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if reply.action == "hang":
            time.sleep(reply.seconds)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError:
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):
        pass


class LoopbackSite:
    """A web server on ``address`` (random port) with routes and a request log."""

    def __init__(self, address: str = "127.0.0.1", routes: dict | None = None) -> None:
        self.routes: dict = dict(routes or {})
        self.log: list[Hit] = []
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self.server = _Server((address, 0), _Handler)
        self.server.site = self
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.daemon = True
        self.thread.start()
        self.on_request = None

    @property
    def netloc(self) -> str:
        host, port = self.server.server_address[:2]
        return f"{host}:{port}"

    def url(self, path: str = "/") -> str:
        return f"http://{self.netloc}{path}"

    def record(self, hit: Hit) -> int:
        with self._lock:
            self.log.append(hit)
            count = self._counts.get(hit.path, 0)
            self._counts[hit.path] = count + 1
        if self.on_request:
            self.on_request(hit)
        return count

    def paths(self) -> list[str]:
        return [hit.path for hit in self.log]

    def page_hits(self) -> list[Hit]:
        return [hit for hit in self.log if hit.path != "/robots.txt"]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


FAST = FetchSettings(
    connect_timeout=0.5,
    read_timeout=0.4,
    total_timeout=5.0,
    max_bytes=64 * 1024,
    retries=2,
    backoff_base=0.05,
    backoff_max=0.2,
    max_retry_after=1.0,
    concurrency=8,
)


# ---- invented municipal pages ---------------------------------------------------------------------
MENU = [("/", "Úvod"), ("/radnice/", "Radnice"), ("/obcan/", "Občan"), ("/kontakty/", "Kontakty")]


def cms_page(
    title: str,
    content: str,
    *,
    links: list[tuple[str, str]] = (),
    town: str = "Horní Lhota",
    charset: str | None = "utf-8",
) -> str:
    """A page shaped like a Czech municipal CMS: header, menu, breadcrumb, content, links, footer."""
    menu = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in MENU)
    items = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links)
    return f"""<!DOCTYPE html>
<html lang="cs"><head>{f'<meta charset="{charset}">' if charset else ""}<title>{title} | Město {town}</title></head>
<body><header><a href="/">Město {town} – oficiální stránky</a></header>
<nav class="menu"><ul>{menu}</ul></nav>
<div class="breadcrumb"><a href="/">Úvod</a> › {title}</div>
<main><h1>{title}</h1>{content}<ul class="odkazy">{items}</ul></main>
<footer>© Město {town}, náměstí Svobody 1, 799 99 {town} · Prohlášení o přístupnosti · GDPR
<a href="https://www.facebook.com/mesto.example">Facebook</a></footer>
</body></html>"""


KP = "/socialni-oblast/komunitni-planovani"
KP_PAGES = [
    f"{KP}/",
    f"{KP}/pracovni-skupiny/",
    f"{KP}/pracovni-skupiny/seniori/",
    f"{KP}/pracovni-skupiny/rodiny-s-detmi/",
    f"{KP}/pracovni-skupiny/osoby-se-zdravotnim-postizenim/",
    f"{KP}/dokumenty/",
    f"{KP}/kontakty/",
]


def kp_routes(*, robots_txt: str = "User-agent: *\nDisallow: /interni/\n") -> dict:
    """A municipal site with a 'Komunitní plánování' section (7 pages), a PDF and an XLSX link, menu
    links outside the section, an external link and a robots.txt."""
    groups = [
        ("seniori", "Senioři"),
        ("rodiny-s-detmi", "Rodiny s dětmi"),
        ("osoby-se-zdravotnim-postizenim", "Osoby se zdravotním postižením"),
    ]
    group_links = [(f"{KP}/pracovni-skupiny/{slug}/", name) for slug, name in groups]
    routes = {
        "/robots.txt": robots(robots_txt),
        f"{KP}/": page(
            cms_page(
                "Komunitní plánování",
                "<p>Sociální služby plánujeme společně s občany od roku 2009. Pracují u nás tři "
                "pracovní skupiny a řídící skupina.</p>",
                links=[
                    (f"{KP}/pracovni-skupiny/", "Pracovní skupiny"),
                    (f"{KP}/dokumenty/", "Dokumenty"),
                    (f"{KP}/kontakty/", "Kontakty"),
                    (f"{KP}/dokumenty/3-komunitni-plan-2024-2027.pdf", "3. komunitní plán 2024–2027 (PDF)"),
                    ("/interni/zapis.html", "Interní zápis"),
                    # the same pages again, spelled differently: never fetched twice
                    (f"{KP}/kontakty/?utm_source=newsletter&fbclid=abc", "Kontakty (z newsletteru)"),
                    (f"{KP}/kontakty/#mapa", "Mapa"),
                    ("./pracovni-skupiny/", "Skupiny"),
                ],
            )
        ),
        f"{KP}/pracovni-skupiny/": page(
            cms_page("Pracovní skupiny", "<p>Skupiny se scházejí čtvrtletně.</p>", links=group_links)
        ),
        f"{KP}/dokumenty/": page(
            cms_page(
                "Dokumenty",
                "<p>Plány a zápisy ke stažení.</p>",
                links=[
                    (f"{KP}/dokumenty/3-komunitni-plan-2024-2027.pdf", "Komunitní plán 2024–2027"),
                    (f"{KP}/dokumenty/sit-sluzeb-2025.xlsx", "Síť sociálních služeb 2025"),
                ],
            )
        ),
        f"{KP}/kontakty/": page(
            cms_page("Kontakty", "<p>Koordinátorka: Mgr. Alena Pokusná, tel. 555 123 456.</p>")
        ),
        "/interni/zapis.html": page(cms_page("Interní", "<p>Neveřejné.</p>")),
    }
    for slug, name in groups:
        routes[f"{KP}/pracovni-skupiny/{slug}/"] = page(
            cms_page(f"Pracovní skupina {name}", f"<p>Skupina {name} má dvanáct členů.</p>")
        )
    return routes


def spec_for(
    site, *, source_id="horni-lhota", delay=0.05, max_depth=3, max_pages=50, prefixes=None, start=None
) -> CrawlSpec:
    """A crawl of ``site``'s KP section (or of ``start``) with test-sized limits."""
    return CrawlSpec(
        source_id=source_id,
        start_urls=(site.url(start or f"{KP}/"),),
        hosts=(site.netloc,),
        path_prefixes=tuple(prefixes if prefixes is not None else (KP,)),
        max_depth=max_depth,
        max_pages=max_pages,
        delay=delay,
        document_types=frozenset({"pdf", "xlsx"}),
    )

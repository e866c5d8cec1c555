"""URL normalisation, so one page is one URL: lowercase scheme and host, no default port, no fragment,
resolved dot segments, canonical percent-escapes, no tracking or session parameters, sorted query."""

from __future__ import annotations

import functools
import posixpath
import re
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

__all__ = [
    "TRACKING_PARAMS",
    "document_kind",
    "host_key",
    "join_url",
    "normalise_url",
    "robots_url",
]

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid"}
    | {"phpsessid", "jsessionid", "sid", "sessionid", "aspsessionid"}
)
_DEFAULT_PORTS = {"http": "80", "https": "443"}
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_QUERY_SAFE = "=&;%+/?:@!$'()*,-._~"
_SESSION_IN_PATH = re.compile(r";jsessionid=[^/?#]*", re.IGNORECASE)


def _host(netloc: str, scheme: str) -> str:
    host, _, port = netloc.rpartition("@")[2].partition(":")
    host = host.rstrip(".").lower()
    if any(ord(ch) > 127 for ch in host):
        host = host.encode("idna").decode("ascii")
    return host if not port or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"


def _path(path: str) -> str:
    path = _SESSION_IN_PATH.sub("", path) or "/"
    trailing = path.endswith("/")
    path = posixpath.normpath(path) if path != "/" else path
    path = "/" + path.lstrip("/")
    if trailing and not path.endswith("/"):
        path += "/"
    return _ESCAPE.sub(lambda m: m.group(0).upper(), quote(path, safe=_PATH_SAFE))


def _query(query: str) -> str:
    # latin-1 maps bytes to characters one to one, so legacy (windows-1250) escapes survive unchanged
    query = quote(query, safe=_QUERY_SAFE)
    pairs = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True, encoding="latin-1")
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith("utm_")
    ]
    return urlencode(sorted(pairs), encoding="latin-1")


def normalise_url(url: str) -> str | None:
    """The canonical form of an absolute http(s) URL, or None for anything else (mailto:, javascript:)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        return None
    return urlunsplit((scheme, _host(parts.netloc, scheme), _path(parts.path), _query(parts.query), ""))


@functools.lru_cache(maxsize=65536)
def join_url(base: str, href: str) -> str | None:
    """Resolve a link against its page and normalise it (None when it is not an http(s) link).
    Cached: menus and footers repeat the same links on every page of a site."""
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        return normalise_url(urljoin(base, href))
    except ValueError:
        return None


def host_key(url: str) -> str:
    """``scheme://host[:port]``: the unit of politeness and of robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def robots_url(url: str) -> str:
    return host_key(url) + "/robots.txt"


def document_kind(url: str, kinds: frozenset[str] | set[str]) -> str | None:
    """The document type (``pdf``, ``docx`` …) when the URL's file name ends with one of ``kinds``."""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    ext = name.rpartition(".")[2].lower() if "." in name else ""
    return ext if ext in kinds else None

"""Reading what the crawler needs from an HTML page: its links, documents, title and robots meta."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from kpdata.harvest.records import DocumentLink
from kpdata.harvest.urls import document_kind, join_url

__all__ = ["PageLinks", "parse_page"]

_LINK_ATTRS = {"a": "href", "area": "href", "iframe": "src", "frame": "src"}


@dataclass
class PageLinks:
    """Normalised links of a page (in document order, no duplicates) and the documents among them."""

    links: list[str] = field(default_factory=list)
    documents: list[DocumentLink] = field(default_factory=list)
    title: str | None = None
    nofollow: bool = False


class _LinkParser(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.anchors: list[tuple[str, list[str]]] = []
        self.title: list[str] | None = None
        self.nofollow = False
        self._open_anchor: list[str] | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "base" and values.get("href"):
            self.base_url = join_url(self.base_url, values["href"]) or self.base_url
        elif tag == "meta" and values.get("name", "").lower() == "robots":
            self.nofollow = self.nofollow or "nofollow" in values.get("content", "").lower()
        elif tag == "title" and self.title is None:
            self.title, self._in_title = [], True
        elif tag in _LINK_ATTRS and values.get(_LINK_ATTRS[tag]):
            url = join_url(self.base_url, values[_LINK_ATTRS[tag]])
            if url:
                self._open_anchor = [] if tag == "a" else None
                self.anchors.append((url, self._open_anchor if tag == "a" else []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open_anchor = None
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._open_anchor is not None:
            self._open_anchor.append(data)
        if self._in_title:
            self.title.append(data)


def _clean(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


def parse_page(html: str, base_url: str, *, document_types: frozenset[str]) -> PageLinks:
    """Links, documents (by file extension), title and ``<meta name=robots content=nofollow>``."""
    parser = _LinkParser(base_url)
    parser.feed(html)
    parser.close()
    page = PageLinks(title=_clean(parser.title) if parser.title else None, nofollow=parser.nofollow)
    seen: set[str] = set()
    for url, text in parser.anchors:
        if url in seen:
            continue
        seen.add(url)
        page.links.append(url)
        if kind := document_kind(url, document_types):
            page.documents.append(DocumentLink(url=url, kind=kind, text=_clean(text)))
    return page

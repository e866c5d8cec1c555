"""HTML pages: take the main content (trafilatura, lists and tables kept), then extract as from text.

Spans in the result index :func:`main_text` of the HTML, which is deterministic for a given HTML and
trafilatura version; the extraction records no page text itself.
"""

from __future__ import annotations

import re

from kpdata.extract.model import PageExtraction

__all__ = ["MIN_MAIN_CHARS", "extract_html", "main_text"]

MIN_MAIN_CHARS = 200  # a precise extraction shorter than this probably lost the content: retry for recall
_TAGS = re.compile(r"<(script|style)\b.{0,200000}?</\1\s*>|<[^>]{0,2000}>", re.S | re.I)


def _fallback_text(html: str) -> str:
    """Text of the HTML without tags, for markup trafilatura cannot parse."""
    import html as html_lib

    text = _TAGS.sub("\n", html)
    text = html_lib.unescape(text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def main_text(html: str, *, url: str | None = None) -> str:
    """The main content of ``html`` as plain text: list items as "- item", table rows as "| a | b |"."""
    import trafilatura

    common = {"url": url, "include_tables": True, "include_links": False, "include_comments": False}
    text = trafilatura.extract(html, favor_precision=True, **common) or ""
    if len(text) < MIN_MAIN_CHARS:
        text = trafilatura.extract(html, favor_recall=True, **common) or text
    return text or _fallback_text(html)


def extract_html(html: str, url: str | None = None, *, strict: bool = False) -> PageExtraction:
    """Extract the facts of an HTML page from its main content (see :func:`main_text`)."""
    from kpdata.extract.page import extract_page

    if not isinstance(html, str):
        raise TypeError(f"extract_html needs the HTML as str, got {type(html).__name__}")
    return extract_page(main_text(html, url=url), url=url, strict=strict)

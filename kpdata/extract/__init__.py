"""Page extraction: facts of Czech KPSS pages with provenance. See :func:`extract_page`."""

from __future__ import annotations

from kpdata.extract.model import PageExtraction

__all__ = ["PageExtraction", "extract_html", "extract_page"]


def extract_page(text: str, url: str | None = None, *, strict: bool = False) -> PageExtraction:
    """Extract the facts a page's plain text states; ``strict=True`` raises the first family's failure
    instead of naming it in ``errors``."""
    from kpdata.extract.page import extract_page as _extract

    return _extract(text, url=url, strict=strict)


def extract_html(html: str, url: str | None = None, *, strict: bool = False) -> PageExtraction:
    """Take the main content of an HTML page (lists and tables kept) and extract from it."""
    from kpdata.extract.html import extract_html as _extract

    return _extract(html, url=url, strict=strict)

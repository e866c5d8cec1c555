"""A source's ``extracted.json``: the extraction of each of its snapshots, with url, sha256 and spans.

Independent of the harvester: callers pass the snapshots as :class:`SourcePage` tuples (``(url, sha256,
media_type, text)`` plus optional metadata). The file holds facts only, never page text; it is written with
sorted keys and pages sorted by URL, so the same snapshots give byte-identical files, and it is written
to a temporary file and renamed, so a reader never sees half of it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from kpdata.errors import KpdataError

__all__ = ["EXTRACTED_FILE", "SourcePage", "extract_source", "extractor_name", "write_extracted"]

EXTRACTED_FILE = "extracted.json"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")

log = logging.getLogger(__name__)


class SourcePage(NamedTuple):
    """One snapshot to extract: its URL, body sha256, media type and decoded text."""

    url: str
    sha256: str
    media_type: str | None
    text: str
    retrieved_at: str | None = None
    status: int | None = None
    title: str | None = None


def extractor_name() -> str:
    from kpdata import __version__

    return f"kpdata {__version__}"


def _is_html(page: SourcePage) -> bool:
    media = (page.media_type or "").split(";")[0].strip().lower()
    if media in HTML_TYPES:
        return True
    if media in TEXT_TYPES:
        return False
    return page.text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))


def _extract(page: SourcePage) -> dict[str, Any]:
    from kpdata.extract.html import extract_html
    from kpdata.extract.page import extract_page

    result = (
        extract_html(page.text, url=page.url) if _is_html(page) else extract_page(page.text, url=page.url)
    )
    return result.model_dump(mode="json")


def _page_entry(page: SourcePage) -> dict[str, Any]:
    entry = {
        "url": page.url,
        "sha256": page.sha256,
        "media_type": page.media_type,
        "extraction": _extract(page),
    }
    for key in ("retrieved_at", "status", "title"):
        if getattr(page, key) is not None:
            entry[key] = getattr(page, key)
    return entry


def extract_source(source_id: str, pages: Iterable[SourcePage | tuple]) -> dict[str, Any]:
    """The ``extracted.json`` document of a source: every page extracted, sorted by URL then sha256."""
    if not source_id or "/" in source_id or source_id.startswith("."):
        raise KpdataError(f"invalid source id {source_id!r}: use the source folder's slug")
    snapshots = [p if isinstance(p, SourcePage) else SourcePage(*p) for p in pages]
    snapshots.sort(key=lambda p: (p.url, p.sha256))
    return {
        "source_id": source_id,
        "extractor": extractor_name(),
        "pages": [_page_entry(p) for p in snapshots],
    }


def write_extracted(path: Path | str, document: dict[str, Any]) -> Path:
    """Write ``document`` to ``path`` atomically: a ``.json`` file, or a folder to hold ``extracted.json``."""
    target = Path(path)
    if target.is_dir() or target.suffix != ".json":
        target = target / EXTRACTED_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("wrote %s (%d pages)", target, len(document.get("pages", [])))
    return target

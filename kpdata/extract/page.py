"""The page extractor: run every pattern family over one page's text and assemble a PageExtraction.

Each family reads the same :class:`~kpdata.extract.document.Document`. A family that fails on a page is
logged and named in ``PageExtraction.errors`` while the others still deliver (``strict=True`` re-raises,
which tests use so programming errors cannot hide).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kpdata.extract.document import Document
from kpdata.extract.model import PageExtraction

__all__ = ["FAMILIES", "collector_paused", "extract_page"]

log = logging.getLogger(__name__)


def _territory(doc: Document, page: PageExtraction) -> None:
    from kpdata.extract.territory import fill_territory

    fill_territory(doc, page)


def _plans(doc: Document, page: PageExtraction) -> None:
    from kpdata.extract.plans import extract_plans

    page.plans = extract_plans(doc)


def _figures(doc: Document, page: PageExtraction) -> None:
    from kpdata.extract.figures import extract_figures

    page.figures = extract_figures(doc)


def _since(doc: Document, page: PageExtraction) -> None:
    from kpdata.extract.since import fill_since_year

    fill_since_year(doc, page)


def _participation(doc: Document, page: PageExtraction) -> None:
    from kpdata.extract.participation import extract_participation

    page.participation = extract_participation(doc)


def _documents(doc: Document, page: PageExtraction) -> None:
    from kpdata.extract.documents import extract_documents

    page.documents = extract_documents(doc)


def _people(doc: Document, page: PageExtraction) -> None:
    """Groups, contacts and providers (kpdata.extract.groups / contacts / providers)."""
    from kpdata.extract.contacts import extract_contacts
    from kpdata.extract.groups import extract_coordination_group, extract_working_groups
    from kpdata.extract.providers import extract_providers
    from kpdata.extract.textcache import share_forms

    share_forms(doc.raw, doc.text, doc.folded)  # these read the raw text and look its forms up there
    page.working_groups = extract_working_groups(doc.raw)
    page.coordination_group = extract_coordination_group(doc.raw)
    page.contacts = extract_contacts(doc.raw)
    page.providers = extract_providers(doc.raw)


Family = Callable[[Document, PageExtraction], None]
FAMILIES: dict[str, Family] = {
    "territory": _territory,
    "kp_since_year": _since,
    "plans": _plans,
    "figures": _figures,
    "participation": _participation,
    "documents": _documents,
    "people": _people,
}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while one page is read, as parsers do. A page's matches, spans
    and candidates all stay alive until its extraction ends, so the collections their allocation sets off
    find nothing to free, yet each re-scans them (10-20 % of the time of a long page). The extractor makes
    little cyclic garbage; what there is goes at the next collection after the page."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract_page(text: str, url: str | None = None, *, strict: bool = False) -> PageExtraction:
    """Extract the facts a page's plain text states; spans index ``text`` as given.

    ``strict=True`` lets the first failing family raise instead of recording it in ``errors``.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_page needs the page text as str, got {type(text).__name__}")
    with collector_paused():
        doc = Document(text, url=url)
        page = PageExtraction(url=url)
        for name, family in FAMILIES.items():
            try:
                family(doc, page)
            except Exception as exc:  # one family's failure must not lose the others
                if strict:
                    raise
                log.warning("extractor family %s failed on %s: %r", name, url or "<text>", exc)
                page.errors.append(f"{name}: {exc!r}")
    return page

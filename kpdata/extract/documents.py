"""Documents named on a page (placeholder until the rules land)."""

from __future__ import annotations

from kpdata.extract.document import Document
from kpdata.extract.model import DocumentRef

__all__ = ["extract_documents"]


def extract_documents(doc: Document) -> list[DocumentRef]:
    return []

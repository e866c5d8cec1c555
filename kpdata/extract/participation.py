"""Public involvement stated on a page (placeholder until the rules land)."""

from __future__ import annotations

from kpdata.extract.document import Document
from kpdata.extract.model import Participation

__all__ = ["extract_participation"]


def extract_participation(doc: Document) -> list[Participation]:
    return []

"""What every mapping function needs: the source, the page, the id allocator and the draft store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from kpdata.build.drafts import DraftStore
from kpdata.build.inputs import EXTRACTED_FILE, ExtractedPage, SourceInput
from kpdata.build.slugs import IdAllocator
from kpdata.codelists import codelist
from kpdata.extract.model import ExtractedItem

__all__ = ["MappingContext", "code_or", "source_record_id"]


def source_record_id(source_id: str, url: str) -> str:
    """The id of a page in the sources table: ``<source-id>-<8 hex of sha1(url)>``."""
    return f"{source_id}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}"


def code_or(codelist_name: str, value: str | None, default: str | None) -> str | None:
    """``value`` when it is a code of the codelist, else ``default``."""
    return value if value and value in codelist(codelist_name) else default


@dataclass
class MappingContext:
    """One page of one source being mapped to record drafts."""

    source: SourceInput
    page: ExtractedPage
    ids: IdAllocator
    store: DraftStore

    @property
    def sid(self) -> str:
        return self.source.id

    @property
    def source_ref(self) -> str:
        return source_record_id(self.sid, self.page.url)

    @property
    def file(self) -> str:
        return self.source.file(EXTRACTED_FILE)

    def fact(self, item: ExtractedItem | None = None) -> dict[str, Any]:
        """Provenance fields of a fact read from this page; the span covers the item's evidence."""
        data: dict[str, Any] = {"provenance": "extracted", "source_ref": self.source_ref}
        evidence = item.evidence if item is not None else []
        if evidence:
            data["span_start"] = min(e.start for e in evidence)
            data["span_end"] = max(e.end for e in evidence)
        return data

    def put(self, table: str, data: dict[str, Any]) -> str:
        return self.store.put(table, data, file=self.file, owner=self.sid)

    def new_id(self, kind: str, slug: str, identity: object) -> str:
        """``<source-id>-<kind>-<slug>``, numbered when another record already has it."""
        return self.ids.assign(f"{self.sid}-{kind}-{slug}", identity)

"""What the snapshot cache stores about each fetch: one :class:`FetchRecord` per attempt.

A *good* record (outcome ``fetched``, ``unchanged`` or ``imported``) points to a body by its sha256 and
is what the extraction stage reads as a :data:`Snapshot`. Failed and skipped records keep the reason and
never hide an earlier good snapshot of the same URL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["GOOD_OUTCOMES", "DocumentLink", "FetchRecord", "Outcome", "Snapshot", "utc_stamp"]

Outcome = Literal["fetched", "unchanged", "failed", "skipped", "redirected", "imported"]
GOOD_OUTCOMES = frozenset({"fetched", "unchanged", "imported"})


def utc_stamp(moment: datetime) -> str:
    """``2025-03-01T12:00:00Z``: the form every timestamp of the cache takes."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class DocumentLink(BaseModel):
    """A document (PDF, DOCX, XLSX …) linked from a page: recorded, not fetched."""

    model_config = ConfigDict(frozen=True)

    url: str
    kind: str
    text: str = ""


class FetchRecord(BaseModel):
    """One fetch (or import) of one URL for one source."""

    model_config = ConfigDict(frozen=True)

    source_id: str
    run_id: str
    url: str
    final_url: str | None = None
    fetched_at: str
    outcome: Outcome
    origin: Literal["http", "manual", "warc"] = "http"
    status: int | None = None  # of the content: a 304 revalidation keeps the status of the body it confirms
    reason: str | None = None
    retryable: bool = False
    attempts: int = 0
    encoding: str | None = None
    media_type: str | None = None
    sha256: str | None = None
    size: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    headers: list[tuple[str, str]] = Field(default_factory=list)
    depth: int = 0
    title: str | None = None
    nofollow: bool = False
    links: list[str] = Field(default_factory=list)
    documents: list[DocumentLink] = Field(default_factory=list)

    @property
    def is_good(self) -> bool:
        """True when the record points to a usable body."""
        return self.outcome in GOOD_OUTCOMES and self.sha256 is not None

    @property
    def is_settled(self) -> bool:
        """True when a resumed run need not try this URL again (good, or failed for good)."""
        return self.is_good or not self.retryable


Snapshot = FetchRecord
"""A good :class:`FetchRecord`: what :meth:`SnapshotCache.latest` returns."""

"""What a harvest did for one source: counts per outcome and the reason of every failure."""

from __future__ import annotations

from dataclasses import dataclass, field

from kpdata.harvest.records import FetchRecord

__all__ = ["SourceSummary"]

_COUNTS = ("fetched", "unchanged", "imported", "skipped_robots", "skipped", "redirected", "failed")
_COUNTS += ("reused", "over_limit")


@dataclass
class SourceSummary:
    """Counts of one source's run. ``reused`` counts records taken over from an interrupted run."""

    source_id: str
    run_id: str = ""
    resumed: bool = False
    fetched: int = 0
    unchanged: int = 0
    imported: int = 0
    skipped_robots: int = 0
    skipped: int = 0
    redirected: int = 0
    failed: int = 0
    reused: int = 0
    over_limit: int = 0
    interrupted: bool = False
    documents: set[str] = field(default_factory=set)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, record: FetchRecord, *, reused: bool = False) -> None:
        """Count one record."""
        self.reused += reused
        outcome = record.outcome
        if outcome == "skipped" and "robots.txt" in (record.reason or ""):
            self.skipped_robots += 1
        elif outcome in ("fetched", "unchanged", "imported", "skipped", "redirected", "failed"):
            setattr(self, outcome, getattr(self, outcome) + 1)
        if outcome in ("failed", "skipped"):
            self.failures.append((record.url, record.reason or outcome))
        self.documents.update(doc.url for doc in record.documents)

    @property
    def good(self) -> int:
        """Pages this run has a usable snapshot of."""
        return self.fetched + self.unchanged + self.imported

    @property
    def failed_entirely(self) -> bool:
        """True when nothing usable came of the run."""
        return self.good == 0

    def to_dict(self) -> dict:
        """JSON form (stored with the run)."""
        counts = {key: getattr(self, key) for key in _COUNTS}
        return {
            "source_id": self.source_id,
            "run_id": self.run_id,
            "resumed": self.resumed,
            "interrupted": self.interrupted,
            **counts,
            "documents": len(self.documents),
            "failures": [{"url": url, "reason": reason} for url, reason in self.failures],
        }

    def lines(self) -> list[str]:
        """A short human-readable report."""
        state = " (interrupted: run again to resume)" if self.interrupted else ""
        state += " (resumed)" if self.resumed else ""
        head = (
            f"{self.source_id}: fetched {self.fetched}, unchanged {self.unchanged}, "
            f"skipped by robots {self.skipped_robots}, failed {self.failed}"
        )
        extra = [
            f"{name} {value}"
            for name, value in (
                ("imported", self.imported),
                ("skipped", self.skipped),
                ("redirected", self.redirected),
                ("documents", len(self.documents)),
                ("over page limit", self.over_limit),
            )
            if value
        ]
        lines = [head + (", " + ", ".join(extra) if extra else "") + state]
        lines += [f"  {reason}: {url}" for url, reason in self.failures]
        if self.failed_entirely:
            lines.append(f"  {self.source_id} FAILED: no page could be harvested")
        return lines

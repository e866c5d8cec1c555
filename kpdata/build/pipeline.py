"""The build: every source's extraction + hand corrections + the territory reference -> checked records."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kpdata.build.checks import check_expectations, check_foreign_keys, source_summaries, validate_drafts
from kpdata.build.context import MappingContext
from kpdata.build.curation import apply_corrections, read_corrections
from kpdata.build.drafts import DraftStore
from kpdata.build.inputs import CURATED_FILE, SourceInput, read_sources, read_territories
from kpdata.build.mapping import derive_plan_statuses, map_page, process_draft
from kpdata.build.people import map_people
from kpdata.build.report import ValidationReport
from kpdata.build.slugs import IdAllocator
from kpdata.build.suppression import apply_suppression, check_suppression, read_suppression
from kpdata.errors import KpdataError
from kpdata.models.recordset import RecordSet
from kpdata.registry import add_registry

__all__ = ["BuildInputs", "BuildResult", "build_records"]


@dataclass(frozen=True)
class BuildInputs:
    """Where the build reads from; ``year`` dates derived plan statuses (the release year)."""

    sources: Path
    territories: Path
    suppression: Path | None
    year: int


@dataclass
class BuildResult:
    """The checked records, the report, and each source's summary (what its expectations read)."""

    records: RecordSet
    report: ValidationReport
    summaries: dict[str, dict[str, int | bool]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.report.ok


def _map_source(source: SourceInput, ids: IdAllocator, store: DraftStore) -> None:
    if not source.pages:
        store.report.warning(
            "no-pages", "extracted.json lists no page: source left out", file=str(source.folder)
        )
        return
    contexts = [MappingContext(source, page, ids, store) for page in source.pages]
    with_since = [c for c in contexts if c.page.extraction.kp_since_year is not None]
    store.put("processes", process_draft((with_since or contexts)[0]), file=contexts[0].file)
    for ctx in contexts:
        map_page(ctx)
        map_people(ctx)


def _curate(sources: list[SourceInput], store: DraftStore) -> None:
    for source in sources:
        path = source.folder / CURATED_FILE
        try:
            apply_corrections(store, read_corrections(path), file=str(path))
        except KpdataError as exc:
            store.report.error("curation-file", str(exc), file=str(path))


def _drafts(inputs: BuildInputs, sources: list[SourceInput], report: ValidationReport) -> DraftStore:
    store, ids = DraftStore(report), IdAllocator()
    for source in sources:
        _map_source(source, ids, store)
    derive_plan_statuses(store, inputs.year)
    apply_suppression(store, read_suppression(inputs.suppression), file=str(inputs.suppression))
    _curate(sources, store)
    return store


@contextmanager
def _stage(timings: dict[str, float] | None, name: str) -> Iterator[None]:
    start = time.process_time()
    yield
    if timings is not None:
        timings[name] = timings.get(name, 0.0) + time.process_time() - start


def build_records(inputs: BuildInputs, *, timings: dict[str, float] | None = None) -> BuildResult:
    """Map, correct, suppress, validate and check; the report holds every problem (nothing is raised for
    bad data, only for missing inputs). ``timings`` gets CPU seconds per stage: read, records, checks."""
    report = ValidationReport()
    with _stage(timings, "read"):
        sources = read_sources(inputs.sources, report)
        territories = read_territories(inputs.territories)
    with _stage(timings, "records"):
        store = _drafts(inputs, sources, report)
        records = RecordSet({"territories": territories})
        validate_drafts(store, records, report)
        add_registry(records, inputs.sources.parent, report=report)  # MPSV registry + network.yml (issue 7)
    with _stage(timings, "checks"):
        check_foreign_keys(records, report)
        summaries = source_summaries(records, [s.id for s in sources], stated=store.owners)
        check_expectations(summaries, [s.config for s in sources], report)
        entries = read_suppression(inputs.suppression)
        check_suppression(records.table("people"), entries, report, file=str(inputs.suppression))
    report.counts = records.counts()
    return BuildResult(records, report, summaries)

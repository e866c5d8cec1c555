"""Read the build's inputs: each source's config, extracted.json and curated.yml, and the territories."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kpdata.build.report import ValidationReport
from kpdata.config import SourceConfig, load_source, source_ids
from kpdata.errors import KpdataError
from kpdata.extract.model import PageExtraction
from kpdata.models.base import from_row
from kpdata.models.territory import Territory

__all__ = ["ExtractedPage", "SourceInput", "read_sources", "read_territories"]

EXTRACTED_FILE = "extracted.json"
CURATED_FILE = "curated.yml"


class ExtractedPage(BaseModel):
    """One page of ``extracted.json``: where it came from and what the extractor read from it."""

    model_config = ConfigDict(extra="ignore")

    url: str
    sha256: str
    media_type: str | None = None
    title: str | None = None
    retrieved_at: str | None = None
    status: int | None = None
    extraction: PageExtraction = Field(default_factory=PageExtraction)


class ExtractedFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    source_id: str
    extractor: str | None = None
    pages: list[ExtractedPage] = Field(default_factory=list)


@dataclass
class SourceInput:
    """Everything the build reads for one source; pages sorted by URL so ids do not depend on crawl order."""

    config: SourceConfig
    folder: Path
    pages: list[ExtractedPage] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.config.id

    def file(self, name: str) -> str:
        return str(self.folder / name)


def _read_extracted(path: Path, source_id: str) -> list[ExtractedPage]:
    try:
        data = ExtractedFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise KpdataError(f"{path}: not a valid extracted.json: {exc}") from None
    if data.source_id != source_id:
        raise KpdataError(f"{path}: source_id {data.source_id!r} must equal the folder name {source_id!r}")
    return sorted(data.pages, key=lambda p: p.url)


def read_sources(root: Path, report: ValidationReport) -> list[SourceInput]:
    """Every source under ``root`` with an ``extracted.json``; problems go to ``report`` as errors."""
    inputs = []
    for source_id in source_ids(root=root):
        folder = root / source_id
        try:
            config = load_source(source_id, root=root)
            extracted = folder / EXTRACTED_FILE
            if not extracted.is_file():
                report.warning("not-extracted", "no extracted.json yet: source left out", file=str(folder))
                continue
            inputs.append(SourceInput(config, folder, _read_extracted(extracted, source_id)))
        except KpdataError as exc:
            report.error("source-input", str(exc), file=str(folder))
    report.sources = [s.id for s in inputs]
    return inputs


def read_territories(path: Path) -> list[Territory]:
    """The territory reference (``datasets/reference/territories.csv``), validated row by row."""
    if not path.is_file():
        raise KpdataError(f"territory reference {path} is missing: run the territory reference build first")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    territories = []
    for line, row in enumerate(rows, start=2):
        try:
            territories.append(from_row(Territory, row))
        except ValidationError as exc:
            raise KpdataError(f"{path}:{line}: invalid territory row: {exc}") from None
    return territories

"""The build stage: every source's ``extracted.json`` and ``curated.yml`` plus the territory reference
become checked records (:class:`kpdata.models.RecordSet`) and a validation report.

    >>> from kpdata.build import BuildInputs, build_records   # doctest: +SKIP
    >>> result = build_records(BuildInputs(sources, territories, suppression, year=2026))  # doctest: +SKIP
    >>> result.report.ok                                       # doctest: +SKIP
"""

from __future__ import annotations

from kpdata.build.pipeline import BuildInputs, BuildResult, build_records
from kpdata.build.report import Issue, ValidationReport

__all__ = ["BuildInputs", "BuildResult", "Issue", "ValidationReport", "build_records"]

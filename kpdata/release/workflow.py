"""``kpdata build``: build the records, check them, and write the package of an unreleased version.

Invalid input writes no package: the report goes into the output folder (``validation-report.txt`` and
``.json``) and :class:`BuildFailed` is raised; a valid build is written to a temporary folder and
renamed into place, so the output folder always holds one whole package.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from kpdata.build import BuildInputs, BuildResult, ValidationReport, build_records
from kpdata.errors import ValidationFailed
from kpdata.export.base import ExportContext
from kpdata.export.checksums import write_checksums
from kpdata.release.changes import write_release_changes
from kpdata.release.package import Timings, replace_dir, temp_dir_beside, write_package
from kpdata.release.versions import latest_release, next_dev_version

__all__ = ["BuildFailed", "BuildOptions", "build_inputs", "default_issued", "run_build"]


class BuildFailed(ValidationFailed):
    """The build found errors; the message lists the first ones and where the full report is."""

    def __init__(self, report: ValidationReport, where: Path | None = None, *, limit: int = 20):
        self.report = report
        lines = [report.summary()]
        lines += [f"  [{i.check}] {i.where()}: {i.message}" for i in report.errors[:limit]]
        if len(report.errors) > limit:
            lines.append(f"  … and {len(report.errors) - limit} more")
        if where is not None:
            lines.append(f"full report: {where / 'validation-report.txt'}; no package was written")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class BuildOptions:
    """Where to read from (defaults: the checkout's datasets/) and the release date."""

    sources: Path | None = None
    territories: Path | None = None
    suppression: Path | None = None
    releases: Path | None = None
    issued: str | None = None


def default_issued(releases: Path) -> str:
    """The date a build carries when none is given: ``SOURCE_DATE_EPOCH``, else the latest release's
    date (so rebuilding the same inputs gives the same bytes), else today."""
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
    if latest := latest_release(releases):
        package = json.loads((releases / latest / "datapackage.json").read_text(encoding="utf-8"))
        return str(package.get("created", ""))[:10] or date.today().isoformat()
    return date.today().isoformat()


def _resolve(options: BuildOptions) -> BuildOptions:
    from kpdata import paths

    releases = options.releases or paths.releases_dir()
    return BuildOptions(
        sources=options.sources or paths.sources_dir(),
        territories=options.territories or paths.reference_dir() / "territories.csv",
        suppression=options.suppression or paths.datasets_dir() / "suppression.yml",
        releases=releases,
        issued=options.issued or default_issued(releases),
    )


def build_inputs(options: BuildOptions) -> tuple[BuildOptions, BuildInputs]:
    """The options with defaults filled in, and what the build stage reads."""
    opts = _resolve(options)
    date.fromisoformat(opts.issued)  # a bad --issued fails here, before any work
    year = int(opts.issued[:4])
    return opts, BuildInputs(opts.sources, opts.territories, opts.suppression, year)


def run_build(
    out_dir: Path, options: BuildOptions | None = None, *, timings: Timings | None = None
) -> BuildResult:
    """Build into ``out_dir`` (the package of version ``<next>.dev0``, plus the validation report)."""
    opts, inputs = build_inputs(options or BuildOptions())
    result = build_records(inputs, timings=timings)
    if not result.ok:
        result.report.write(out_dir)
        raise BuildFailed(result.report, out_dir)
    context = ExportContext(version=next_dev_version(opts.releases), issued=opts.issued)
    temp = temp_dir_beside(out_dir)
    write_package(result.records, temp, context, timings=timings)
    write_release_changes(
        temp, context, opts.releases, latest_release(opts.releases)
    )  # vs the latest release
    write_checksums(temp)
    result.report.write(temp)
    replace_dir(temp, out_dir)
    return result

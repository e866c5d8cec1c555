"""``kpdata publish``: build, verify and write ``datasets/releases/X.Y.Z/`` atomically.

The release is written to a temporary folder beside the releases, its checksums and
``frictionless validate`` are checked, and only then is it renamed into place. An existing release is
never overwritten; a failure publishes nothing and leaves earlier releases untouched.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from kpdata.build import build_records
from kpdata.errors import KpdataError, ValidationFailed
from kpdata.export.base import ExportContext
from kpdata.export.checksums import verify_checksums, write_checksums
from kpdata.release.changes import write_release_changes
from kpdata.release.package import Timings, temp_dir_beside, write_package
from kpdata.release.versions import latest_release, parse_version
from kpdata.release.workflow import BuildFailed, BuildOptions, build_inputs

__all__ = ["PublishFailed", "check_new_version", "frictionless_errors", "publish"]


class PublishFailed(ValidationFailed):
    """The release did not pass verification; nothing was published."""


def check_new_version(version: str, releases: Path) -> str | None:
    """The previous release; raises when ``version`` is not SemVer, exists, or is not above it."""
    parse_version(version)
    if (releases / version).exists():
        raise KpdataError(f"release {version} already exists in {releases}: releases are immutable")
    previous = latest_release(releases)
    if previous and parse_version(version) <= parse_version(previous):
        raise KpdataError(f"version {version} must be greater than the latest release {previous}")
    return previous


def frictionless_errors(package_dir: Path, *, limit: int = 20) -> list[str]:
    """What ``frictionless validate datapackage.json`` reports (empty when valid)."""
    from frictionless import validate

    report = validate(str(package_dir / "datapackage.json"))
    if report.valid:
        return []
    rows = report.flatten(["type", "note"])
    names = [t.name or "" for t in report.tasks for _ in t.errors] or [""] * len(rows)
    return [f"{name}: {kind}: {note}" for name, (kind, note) in zip(names, rows, strict=False)][:limit]


def _verify(temp: Path, timings: Timings | None) -> None:
    start = time.process_time()
    verify_checksums(temp)
    checked = time.process_time()
    problems = frictionless_errors(temp)
    if timings is not None:
        timings["verify-checksums"] = checked - start
        timings["frictionless-validate"] = time.process_time() - checked
    if problems:
        raise PublishFailed("frictionless validate failed:\n  " + "\n  ".join(problems))


def publish(
    version: str,
    options: BuildOptions | None = None,
    *,
    personal_data: bool = True,
    timings: Timings | None = None,
) -> Path:
    """Build and publish release ``version`` (dated ``options.issued``, default today); returns its folder."""
    options = options or BuildOptions()
    opts, inputs = build_inputs(
        options if options.issued else replace(options, issued=date.today().isoformat())
    )
    previous = check_new_version(version, opts.releases)
    result = build_records(inputs, timings=timings)
    if not result.ok:
        raise BuildFailed(result.report)
    records = result.records if personal_data else result.records.without_personal_data()
    context = ExportContext(version=version, issued=opts.issued, personal_data=personal_data)
    target = opts.releases / version
    temp = temp_dir_beside(target)
    try:
        write_package(records, temp, context, timings=timings)
        start = time.process_time()
        write_release_changes(temp, context, opts.releases, previous)
        changed = time.process_time()
        write_checksums(temp)
        if timings is not None:
            timings["changes"], timings["checksums"] = changed - start, time.process_time() - changed
        _verify(temp, timings)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    temp.rename(target)
    return target

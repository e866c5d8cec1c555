"""Benchmark: build and publish per stage, at the size of the real data and at national scale.

Real size: ``kpdata publish`` of the checkout's datasets (sources with extracted.json + the territory
reference) into a temp releases folder. National scale: the synthetic generator
(``benchmarks/synthetic.py``, 6 250 territories, ~20 000 memberships, ~7 000 services) through the same
stages (checks, CSV, JSON, RDF, datapackage, DCAT, changes, checksums, verify), side by side with plain
``frictionless validate`` of the same package, and ``kpdata.load()`` of it. Prints figures; no asserts.
Stage figures are CPU seconds of this process (one core), so they hold on a busy machine; the wall time
of the whole run is printed at the end.

    .venv/bin/python benchmarks/build_bench.py [--scale 1.0] [--skip-real] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

STAGES = ("read", "records", "checks", "csv", "json", "rdf", "datapackage", "dcat", "changes", "checksums",
          "verify-checksums", "frictionless-validate", "load")  # fmt: skip


def _rows(counts: dict[str, int]) -> int:
    return sum(counts.values())


def _triples(folder: Path) -> int:
    path = folder / "rdf" / "kpdata.nt"
    return sum(1 for _ in path.open("rb")) if path.is_file() else 0


def real_size(tmp: Path) -> tuple[dict[str, float], dict[str, int], Path]:
    """Publish the checkout's data into ``tmp`` with per-stage timings."""
    from kpdata.dataset.load import load_dataset
    from kpdata.release.publish import publish
    from kpdata.release.workflow import BuildOptions

    timings: dict[str, float] = {}
    folder = publish("0.1.0", BuildOptions(releases=tmp / "real", issued="2026-11-23"), timings=timings)
    start = time.process_time()
    counts = load_dataset(path=folder).records.counts()
    timings["load"] = time.process_time() - start
    return timings, counts, folder


def _national_checks(records, timings: dict[str, float]) -> None:
    from kpdata.build.checks import check_foreign_keys, source_summaries
    from kpdata.build.report import ValidationReport

    start = time.process_time()
    report = ValidationReport()
    check_foreign_keys(records, report)
    source_summaries(records, [p.key for p in records.table("processes")])
    timings["checks"] = time.process_time() - start
    if not report.ok:
        raise SystemExit(f"synthetic records fail the checks:\n{report.to_text()[:2000]}")


def _finish(folder: Path, timings: dict[str, float]) -> None:
    from kpdata.export.checksums import verify_checksums, write_checksums
    from kpdata.release.changes import diff_rows, read_rows, write_changes

    start = time.process_time()
    write_changes(
        folder, diff_rows({}, read_rows(folder), previous=None, version="1.0.0", issued="2026-11-23"), ""
    )
    timings["changes"] = time.process_time() - start
    start = time.process_time()
    write_checksums(folder)
    timings["checksums"] = time.process_time() - start
    start = time.process_time()
    verify_checksums(folder)
    timings["verify-checksums"] = time.process_time() - start


def _context():
    from kpdata.export.base import ExportContext

    return ExportContext(version="1.0.0", issued="2026-11-23")


def national_scale(tmp: Path, scale: float) -> tuple[dict[str, float], dict[str, int], Path, float]:
    """The synthetic records through every publish stage; returns timings, counts, folder, generation s."""
    from synthetic import synthetic_recordset

    from kpdata.dataset.load import load_dataset
    from kpdata.release.package import write_package
    from kpdata.release.publish import frictionless_errors

    start = time.process_time()
    records = synthetic_recordset(scale)
    generated = time.process_time() - start
    timings: dict[str, float] = {}
    _national_checks(records, timings)
    folder = tmp / "national"
    write_package(records, folder, _context(), timings=timings)
    _finish(folder, timings)
    start = time.process_time()
    problems = frictionless_errors(folder)
    timings["frictionless-validate"] = time.process_time() - start
    if problems:
        print("frictionless problems:", *problems[:5], sep="\n  ")
    start = time.process_time()
    load_dataset(path=folder)
    timings["load"] = time.process_time() - start
    return timings, records.counts(), folder, generated


def _publish_total(timings: dict[str, float]) -> float:
    return sum(v for k, v in timings.items() if k not in ("load", "frictionless-validate"))


def report(columns: dict[str, tuple[dict[str, float], dict[str, int], Path]]) -> None:
    names = list(columns)
    print(f"{'stage':<24}" + "".join(f"{n:>16}" for n in names))
    for stage in STAGES:
        cells = [columns[n][0].get(stage) for n in names]
        print(f"{stage:<24}" + "".join(f"{c:>15.3f}s" if c is not None else f"{'-':>16}" for c in cells))
    print(
        f"{'publish (all but fv/load)':<24}"
        + "".join(f"{_publish_total(columns[n][0]):>15.3f}s" for n in names)
    )
    print(f"{'rows':<24}" + "".join(f"{_rows(columns[n][1]):>16}" for n in names))
    print(f"{'RDF triples':<24}" + "".join(f"{_triples(columns[n][2]):>16}" for n in names))
    for n in names:
        timings, counts, folder = columns[n]
        fv = timings.get("frictionless-validate")
        if fv:
            print(f"{n}: frictionless validate {_rows(counts) / fv:,.0f} rows/s; "
                  f"our checks {_rows(counts) / max(timings.get('checks', 1e-9), 1e-9):,.0f} rows/s")  # fmt: skip
        rdf = timings.get("rdf")
        if rdf:
            print(f"{n}: RDF export {_triples(folder) / rdf:,.0f} triples/s (mapping + 3 formats)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the packages in this folder")
    args = parser.parse_args()
    wall = time.perf_counter()
    with tempfile.TemporaryDirectory() as temp:
        tmp = args.keep or Path(temp)
        columns = {}
        if not args.skip_real:
            columns["real"] = real_size(tmp)
            print(f"real size: {columns['real'][1]}")
        timings, counts, folder, generated = national_scale(tmp, args.scale)
        print(f"national scale x{args.scale}: {counts} (generated in {generated:.1f} s)")
        columns[f"national x{args.scale}"] = (timings, counts, folder)
        report(columns)
    print(f"wall time of the whole run: {time.perf_counter() - wall:.1f} s")


if __name__ == "__main__":
    main()

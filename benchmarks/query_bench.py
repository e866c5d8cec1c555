"""Benchmark: ``import kpdata``, ``kpdata.load()`` at the real size and at national scale, and the latency of
typical queries. Prints figures; no asserts. Targets (issue 6): import < 0.3 s, load at national scale
< 1 s, a filtered query < 5 ms.

Real size: the latest release in ``datasets/releases`` (skipped when there is none). National scale: the
synthetic generator (``benchmarks/synthetic.py``) written through the release package writer
(``kpdata.release.package.write_package`` + ``SHA256SUMS``) into a temp folder, then loaded.

    .venv/bin/python benchmarks/query_bench.py [--scale 1.0] [--runs 50] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

IMPORT = "import time; t = time.perf_counter(); import kpdata; print(time.perf_counter() - t)"


def import_time(runs: int = 5) -> tuple[float, float]:
    """Best in-process ``import kpdata`` time and best whole-process time, each in a fresh interpreter."""
    inside, whole = [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", IMPORT], capture_output=True, text=True, check=True)
        whole.append(time.perf_counter() - start)
        inside.append(float(out.stdout))
    return min(inside), min(whole)


def timed(call, runs: int = 1) -> tuple[float, object]:
    """Median seconds of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def write_synthetic(scale: float, folder: Path) -> float:
    from synthetic import synthetic_recordset

    from kpdata.export.base import ExportContext
    from kpdata.export.checksums import write_checksums
    from kpdata.release.package import write_package

    start = time.perf_counter()
    write_package(synthetic_recordset(scale), folder, ExportContext(version="9.9.9", issued="2026-11-23"))
    write_checksums(folder)
    return time.perf_counter() - start


def queries(ds) -> dict[str, object]:
    """Typical queries, named by what a user asks; territory names are taken from the data itself."""
    kraj = next(t for t in ds.table("territories") if t.kind == "kraj")
    process = ds.table("processes")[0]
    town = ds.areas.get(process.territory_id)
    orp = next((t for t in ds.table("territories") if t.kind == "orp"), kraj)
    service = next(iter(ds.table("services")), None)
    ico = (
        ds.records.get("organizations", service.provider_id).ico
        if service and service.provider_id
        else "00000000"
    )
    entry = next(iter(ds.table("network_entries")), None)
    found = {
        "territory by name": lambda: ds.territory(town.name),
        "processes in a kraj": lambda: ds.query("processes", territory=kraj.nuts_code or kraj.id),
        "services in an ORP": lambda: ds.query("services", territory=orp.id),
        "groups for seniors": lambda: ds.query("groups", target_group="senioři"),
        "services of a druh": lambda: ds.query("services", kind="home_care"),
        "services of a provider (IČO)": lambda: ds.query("services", ico=ico),
        "process -> plans, groups, coordinator": lambda: _navigate(ds, process.id),
        "plans in force in a kraj": lambda: ds.plans_in_force(kraj.id),
        "coverage matrix of a kraj": lambda: ds.coverage(kraj.id),
    }
    if entry is not None:
        found["services of a network"] = lambda: ds.query("services", network=entry.network)
    return found


def _navigate(ds, process_id: str):
    view = ds.process(process_id)
    return view.plans, [g.members for g in view.groups], view.coordinator


def report_queries(ds, runs: int) -> None:
    first, _ = timed(lambda: (ds.index, ds.areas))
    print(f"  indexes built on first use: {first * 1000:.1f} ms")
    for name, call in queries(ds).items():
        once, _ = timed(call)
        median, result = timed(call, runs)
        size = len(result) if hasattr(result, "__len__") else "-"
        print(
            f"  {name:<40} first {once * 1000:7.2f} ms, then median {median * 1000:6.3f} ms  ({size} results)"
        )


def bench_load(folder: Path, label: str, runs: int, *, profile: bool) -> object:
    from kpdata.dataset.load import load_dataset

    seconds, ds = timed(lambda: load_dataset(path=folder), 3)
    cpu = time.process_time()
    load_dataset(path=folder)
    cpu = time.process_time() - cpu
    rows = sum(ds.records.counts().values())
    print(f"kpdata.load() {label}: {seconds:.3f} s wall (median of 3), {cpu:.3f} s CPU, for {rows} rows")
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(load_dataset, path=folder)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(12)
    report_queries(ds, runs)
    return ds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--profile", action="store_true", help="profile load() at national scale")
    args = parser.parse_args()
    inside, whole = import_time()
    print(
        f"import kpdata: {inside:.3f} s in-process (best of 5; target < 0.3 s), {whole:.3f} s whole interpreter"
    )
    from kpdata.dataset.load import find_release
    from kpdata.errors import NotFoundError

    try:
        bench_load(find_release(), "real size (latest release)", args.runs, profile=False)
    except NotFoundError as exc:
        print(f"real size: skipped ({exc})")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "release"
        print(
            f"synthetic release at scale {args.scale} written in {write_synthetic(args.scale, folder):.1f} s"
        )
        bench_load(folder, f"national scale ({args.scale}x)", args.runs, profile=args.profile)


if __name__ == "__main__":
    main()

"""Time the territory resolver: cold import and load of the reference (target: load < 100 ms), the first
resolve (which imports kpdata.models), the first adjective lookup (which builds the adjective index), and
lookups per second over every obec name and some case forms.

Run: ``.venv/bin/python benchmarks/territory_resolve.py``
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import time

PROBE = """
import time
t0 = time.perf_counter()
from kpdata.territory import TerritoryIndex
t1 = time.perf_counter()
index = TerritoryIndex.load()
t2 = time.perf_counter()
index.resolve("Opava")
t3 = time.perf_counter()
index.resolve("opavský")
t4 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.2f} {(t2 - t1) * 1000:.2f} {(t3 - t2) * 1000:.2f} {(t4 - t3) * 1000:.2f} {len(index)}")
"""
FORMS = ["v Opavě", "města Ostravy", "v Českém Brodě", "Pardubic", "opavský", "Moravskoslezského kraje"]
FORMS += ["ORP Opava", "okres Opava", "Městská část Praha 7", "v Praze", "brněnský", "Nová Ves"]


def cold_runs(runs: int) -> None:
    columns = [[], [], [], []]
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
        *times, rows = out.stdout.split()
        for column, value in zip(columns, times, strict=True):
            column.append(float(value))
    labels = [
        "import kpdata.territory",
        "TerritoryIndex.load()",
        "first resolve (+ models)",
        "first adjective (+ index)",
    ]
    print(f"reference: {rows} territories, {runs} cold runs (min / median / max)")
    for label, column in zip(labels, columns, strict=True):
        figures = f"{min(column):8.2f} {statistics.median(column):8.2f} {max(column):8.2f} ms"
        print(f"  {label:26} {figures}")
    print(f"  load target < 100 ms (median): {'met' if statistics.median(columns[1]) < 100 else 'MISSED'}")
    print(f"  (load average now: {os.getloadavg()[0]:.2f})")


def throughput() -> None:
    from kpdata.errors import KpdataError
    from kpdata.territory import TerritoryIndex
    from kpdata.territory.table import read_table, table_path

    index = TerritoryIndex.load()
    names = [row.name for row in read_table(table_path(None)) if row.kind == "obec"]
    index.resolve("Opava")  # imports the models once
    runs = (("obec names, first time", names), ("obec names, again", names), ("forms", FORMS * 500))
    for label, phrases in runs:
        start = time.perf_counter()
        for phrase in phrases:
            with contextlib.suppress(KpdataError):
                index.resolve(phrase)
        elapsed = time.perf_counter() - start
        print(
            f"  resolve, {label}: {len(phrases)} in {elapsed:.2f} s = {len(phrases) / elapsed:,.0f} lookups/s"
        )


if __name__ == "__main__":
    cold_runs(10)
    throughput()

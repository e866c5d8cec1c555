"""Time loading every codelist from its CSV file (target: all lists < 20 ms), cold, in fresh processes.

Run: ``.venv/bin/python benchmarks/codelists_load.py``
"""

from __future__ import annotations

import statistics
import subprocess
import sys

PROBE = """
import time
t0 = time.perf_counter()
from kpdata.codelists import codelist, codelist_names
t1 = time.perf_counter()
total = sum(len(codelist(name)) for name in codelist_names())
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.3f} {(t2 - t1) * 1000:.3f} {total}")
"""


def main(runs: int = 15) -> None:
    imports, loads = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
        import_ms, load_ms, concepts = out.stdout.split()
        imports.append(float(import_ms))
        loads.append(float(load_ms))
    print(f"codelists: {concepts} concepts, {runs} cold runs")
    print(f"import kpdata.codelists: median {statistics.median(imports):.2f} ms, max {max(imports):.2f} ms")
    print(f"load all codelists:      median {statistics.median(loads):.2f} ms, max {max(loads):.2f} ms")
    print(f"target < 20 ms: {'met' if max(loads) < 20 else 'MISSED'}")


if __name__ == "__main__":
    main()

"""RDF export at national scale: triples, mapping time, each format's write time, triples/s end to end.

Also the naive rdflib path (in-memory Graph, rdflib serialisers) on a sample, for comparison.
Times are wall clock (CPU time in brackets: the machine may be shared).

    .venv/bin/python benchmarks/rdf_bench.py [--scale 1.0] [--sample 0.05]
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_recordset

from kpdata.export.base import ExportContext, export_all
from kpdata.export.rdf import RdfExporter, to_rdflib_graph
from kpdata.export.rdf.exporter import _blocks
from kpdata.export.rdf.graph import dataset_statements
from kpdata.export.rdf.prefixes import turtle_prefixes
from kpdata.export.rdf.terms import NtTerms
from kpdata.export.rdf.writers import BlockWriter, ntriples_block
from kpdata.vocab import BASE_IRI


class Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:6.2f} s ({self.cpu:5.2f} s CPU)"


def stages(tables) -> None:
    """Mapping, then the three formats from the mapped statements (N-Triples alone, then all three in
    the one pass the exporter makes), each with its UTF-8 encoding."""
    gc.disable()
    with Clock() as mapping:
        blocks = [b for s, p, m in dataset_statements(tables, NtTerms) for b in _blocks(s, p, m)]
    n = sum(len(pairs) for _, pairs in blocks)
    print(f"  mapping (records -> terms)  {mapping}   {n:,} triples")
    with Clock() as clock:
        "".join([ntriples_block(s, pairs) for s, pairs in blocks]).encode("utf-8")
    print(f"  N-Triples alone             {clock}")
    writer = BlockWriter(turtle_prefixes(BASE_IRI))
    with Clock() as clock:
        texts = list(zip(*(writer.block(s, pairs) for s, pairs in blocks), strict=True))
        for parts in texts:
            "".join(parts).encode("utf-8")
    print(f"  N-Triples + Turtle + JSON-LD{clock}")
    gc.enable()


def end_to_end(records) -> int:
    with tempfile.TemporaryDirectory() as out, Clock() as clock:
        exporter = RdfExporter(Path(out), ExportContext(version="0.0.0"))
        written = export_all(records, [exporter])
        sizes = {p.name: (Path(out) / p).stat().st_size for p in written}
    n = exporter.triple_count
    print(f"  RdfExporter, all 3 formats  {clock}   {n / clock.wall:,.0f} triples/s wall, "
          f"{n / clock.cpu:,.0f} triples/s CPU")  # fmt: skip
    print("  sizes: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sizes.items()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS of the process so far: {peak:,.0f} MB")
    return n


def naive(records) -> None:
    with Clock() as build:
        graph = to_rdflib_graph(records)
    n = len(graph)
    print(f"  rdflib Graph build          {build}   {n / build.wall:,.0f} triples/s ({n:,} triples)")
    for fmt in ("turtle", "nt", "json-ld"):
        with Clock() as clock:
            graph.serialize(format=fmt)
        print(f"  rdflib serialize {fmt:<10} {clock}   {n / clock.wall:,.0f} triples/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--sample", type=float, default=0.05, help="scale of the rdflib comparison")
    args = parser.parse_args()
    with Clock() as clock:
        records = synthetic_recordset(args.scale)
    print(f"synthetic records, scale {args.scale}: {sum(records.counts().values()):,} records  {clock}")
    print("bulk path (text terms, streaming writers):")
    stages(dict(records.tables()))
    end_to_end(records)
    print(f"naive rdflib path, sample scale {args.sample}:")
    naive(synthetic_recordset(args.sample))


if __name__ == "__main__":
    main()

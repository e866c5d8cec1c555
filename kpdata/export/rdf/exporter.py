"""``RdfExporter``: records -> ``rdf/kpdata.nt``, ``rdf/kpdata.ttl``, ``rdf/kpdata.jsonld``.

The bulk path: the mapping makes N-Triples terms as text, record by record (tables in dependency order,
records by id, fields in declaration order; duplicates within a subject dropped), so the same records
give the same bytes. The same pass writes N-Triples, Turtle (prefixed names) and compacted JSON-LD (prefix context)
with plain string operations (:mod:`.writers`); pyoxigraph and rdflib parse them back in the tests. The garbage
collector is paused while the ~10^6 short-lived objects are made (it would otherwise rescan them).
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from pathlib import Path

from kpdata.export.base import ExportContext
from kpdata.models.base import Record
from kpdata.models.tables import TABLES

from .graph import dataset_statements
from .prefixes import turtle_prefixes
from .terms import NtTerms
from .writers import BlockWriter, ntriples_block

__all__ = ["RDF_FILES", "RdfExporter", "ntriples_lines"]

RDF_FILES = {"nt": "rdf/kpdata.nt", "ttl": "rdf/kpdata.ttl", "jsonld": "rdf/kpdata.jsonld"}


def ntriples_lines(tables: dict[str, list[Record]], context: ExportContext) -> list[str]:
    """The N-Triples lines of ``tables`` (name -> records) and the codelists, in the export's order."""
    statements = dataset_statements(
        tables, NtTerms, base=context.base_iri, personal_data=context.personal_data
    )
    return [
        line
        for s, p, m in statements
        for sub, block in _blocks(s, p, m)
        for line in ntriples_block(sub, block).splitlines(keepends=True)
    ]


@contextmanager
def _gc_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class RdfExporter:
    """Collects records with ``write`` and writes the three RDF files in ``finalize``."""

    name = "rdf"

    def __init__(self, out_dir: Path, context: ExportContext) -> None:
        self.out_dir = Path(out_dir)
        self.context = context
        self._tables: dict[str, list[Record]] = {name: [] for name in TABLES}
        self.triple_count = 0

    def write(self, table: str, record: Record) -> None:
        self._tables[table].append(record)

    def finalize(self) -> list[Path]:
        """Write the files (each to a temporary name, then renamed); returns their relative paths."""
        with _gc_paused():
            outputs = self.render()
        for key, chunks in outputs.items():
            _write(self.out_dir / RDF_FILES[key], chunks)
        return [Path(RDF_FILES[k]) for k in ("ttl", "nt", "jsonld")]

    def render(self) -> dict[str, list[bytes]]:
        """The three files as UTF-8 chunks, written subject by subject in one pass over the triples."""
        ctx = self.context
        writer = BlockWriter(turtle_prefixes(ctx.base_iri))
        out: dict[str, list[str]] = {key: [text] for key, text in zip(_KEYS, writer.headers(), strict=True)}
        nt, ttl, jsonld = out["nt"].append, out["ttl"].append, out["jsonld"].append
        statements = dataset_statements(
            self._tables, NtTerms, base=ctx.base_iri, personal_data=ctx.personal_data
        )
        for s, pairs, others in statements:
            for subject, block in _blocks(s, pairs, others):
                self.triple_count += len(block)
                a, b, c = writer.block(subject, block)
                nt(a)
                ttl(b)
                jsonld(c)
        for key, text in zip(_KEYS, writer.footers(), strict=True):
            out[key].append(text)
        return {key: _encode(parts) for key, parts in out.items()}


_KEYS = ("nt", "ttl", "jsonld")


def _blocks(s: str, pairs: list, others: list) -> list[tuple[str, list]]:
    """The subject's pairs (unique, grouped by predicate), then the record's other nodes."""
    return [(s, pairs), *others] if others else [(s, pairs)]


def _encode(parts: list[str], step: int = 5_000) -> list[bytes]:
    return ["".join(parts[i : i + step]).encode("utf-8") for i in range(0, len(parts), step)]


def _write(path: Path, chunks: list[bytes]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as handle:
        handle.writelines(chunks)
    os.replace(tmp, path)

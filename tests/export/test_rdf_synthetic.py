"""The synthetic national-scale generator (benchmarks/synthetic.py) gives valid, linked, deterministic records."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kpdata.models import TABLES, to_row, validate_record

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic.py"


@pytest.fixture(scope="module")
def synthetic():
    spec = importlib.util.spec_from_file_location("kpdata_bench_synthetic", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_recordset


def test_a_sample_of_every_table_validates(synthetic):
    records = synthetic(0.05, seed=3)
    for table, rows in records.tables():
        assert rows, f"table {table} is empty"
        for record in rows[:: max(1, len(rows) // 40)]:
            validate_record(type(record), record.model_dump())


def test_foreign_keys_resolve(synthetic):
    records = synthetic(0.05)
    for table, rows in records.tables():
        for field, target in TABLES[table].foreign_keys().items():
            keys = records.keys(target)
            dangling = {getattr(r, field) for r in rows if getattr(r, field)} - keys
            assert not dangling, f"{table}.{field} -> {target}: {sorted(dangling)[:3]}"


def test_same_seed_same_records_other_seed_other_records(synthetic):
    def rows(records):
        return [to_row(r) for _, table in records.tables() for r in table]

    assert rows(synthetic(0.02, seed=1)) == rows(synthetic(0.02, seed=1))
    assert rows(synthetic(0.02, seed=1)) != rows(synthetic(0.02, seed=2))


def test_national_scale_sizes(synthetic):
    counts = synthetic(1.0).counts()
    assert counts["territories"] == 6250
    assert 300 <= counts["processes"] <= 500
    assert counts["groups"] == 1500 and counts["memberships"] == 20000
    assert counts["organizations"] == 2000 and counts["services"] == 7000


def test_every_rdf_format_of_every_table_parses_to_the_same_triples_with_pyoxigraph(synthetic, tmp_path):
    import pyoxigraph as ox

    from kpdata.export.base import ExportContext, export_all
    from kpdata.export.rdf import RDF_FILES, RdfExporter

    exporter = RdfExporter(tmp_path, ExportContext(version="0.0.1"))
    export_all(synthetic(0.01, seed=7), [exporter])
    formats = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
    graphs = {key: set(ox.parse(path=tmp_path / RDF_FILES[key], format=fmt)) for key, fmt in formats.items()}
    assert len(graphs["nt"]) == exporter.triple_count > 5000
    assert graphs["ttl"] == graphs["nt"] and graphs["jsonld"] == graphs["nt"]

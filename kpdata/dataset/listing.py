"""Rows of any table as text for the command line: a short table, CSV (the release's cells) or JSON."""

from __future__ import annotations

import csv
import io
import json

from kpdata.errors import KpdataError
from kpdata.models.base import Record, to_row

__all__ = ["LISTING_FORMATS", "iso_date", "open_release", "render_records"]

LISTING_FORMATS = ("table", "csv", "json")
_SHOWN = ("id", "name", "title", "kind", "metric", "value", "period_start", "period_end", "status", "network")
_WIDTH = 60


def open_release(release: str | None):
    """The release a command works on: a version (``0.1.0``), a release folder, or the latest."""
    from pathlib import Path

    from kpdata.dataset.load import load_dataset

    if release and Path(release).exists():
        return load_dataset(path=release)
    return load_dataset(release)


def _table(model: type[Record], records: list[Record]) -> str:
    names = [n for n in _SHOWN if n in model.model_fields] or model.field_names()[:4]
    rows = [names] + [[to_row(r)[n][:_WIDTH] for n in names] for r in records]
    widths = [max(len(row[i]) for row in rows) for i in range(len(names))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join([*lines, f"({len(records)} rows)"]) + "\n"


def render_records(model: type[Record], records: list[Record], fmt: str) -> str:
    """``records`` of ``model`` as ``fmt``: table (key columns), csv (every column) or json."""
    if fmt == "table":
        return _table(model, records)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=model.field_names(), lineterminator="\n")
        writer.writeheader()
        writer.writerows(to_row(r) for r in records)
        return out.getvalue()
    if fmt == "json":
        data = [r.model_dump(mode="json") for r in records]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    raise KpdataError(f"unknown format {fmt!r}: use one of {', '.join(LISTING_FORMATS)}")


def iso_date(text: str):
    """An argparse type: an ISO date (``2026-11-23``)."""
    import argparse
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None


def _emit(text: str, out) -> str:
    """Write ``text`` to ``out`` (temp file + rename) and return a note, or return the text itself."""
    if out is None:
        return text
    import os
    from pathlib import Path

    path = Path(out)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)
    return f"written: {path}\n"


def query_text(table: str, filters: dict, *, fmt: str = "table", out=None, release: str | None = None) -> str:
    """``kpdata query``: the filtered rows of ``table`` rendered as ``fmt`` (written to ``out`` if given)."""
    from kpdata.models.tables import TABLES

    ds = open_release(release)
    records = ds.query(table, **{k: v for k, v in filters.items() if v is not None})
    return _emit(render_records(TABLES[table], records, fmt), out)

"""The comparison rows as a text table, CSV, JSON or XLSX (written to a file atomically, or returned)."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import asdict
from pathlib import Path

from kpdata.codelists import codelist
from kpdata.errors import KpdataError
from kpdata.report.comparison import ComparisonRow

__all__ = ["FORMATS", "flat_row", "render", "write_comparison"]

FORMATS = ("table", "csv", "json", "xlsx")

# column key -> Czech header (the order of every flat output)
COLUMNS = {
    "territory": "Území",
    "territory_id": "Kód území",
    "population": "Obyvatel",
    "kp_since": "KP od roku",
    "plan": "Plán",
    "period": "Období",
    "plan_status": "Stav plánu",
    "plan_in_force": "Platí",
    "days_left": "Dní do konce",
    "working_groups": "Pracovních skupin",
    "covered": "Pokryté cílové skupiny",
    "missing": "Chybějící cílové skupiny",
    "coordinator_known": "Koordinátor znám",
    "figures": "Uvedené údaje",
    "per_1000": "Na 1 000 obyvatel",
    "registered_services": "Registrovaných služeb v území",
    "sources": "Zdroje",
}


def _labels(name: str, codes: list[str]) -> str:
    cl = codelist(name)
    return ", ".join(cl.label(c) if c in cl else c for c in codes)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _metrics(values: dict[str, float]) -> str:
    cl = codelist("metrics")
    names = {c: cl.label(c) if c in cl else "registrované služby" for c in values}
    return "; ".join(f"{names[k]} {_number(v)}" for k, v in values.items())


def flat_row(row: ComparisonRow) -> dict[str, object]:
    """The row with readable cells: Czech target-group and metric labels, lists joined."""
    values = {**asdict(row), "period": row.period}
    values["plan_status"] = _labels("plan_statuses", [row.plan_status]) if row.plan_status else None
    values["covered"] = _labels("target_groups", row.covered)
    values["missing"] = _labels("target_groups", row.missing)
    values["figures"], values["per_1000"] = _metrics(row.figures), _metrics(row.per_1000)
    values["sources"] = " ".join(row.sources)
    return {key: values[key] for key in COLUMNS}


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ano" if value else "ne"
    return str(value)


_TABLE = {
    "territory": "Území",
    "population": "Obyvatel",
    "kp_since": "KP od",
    "plan": "Plán",
    "period": "Období",
    "plan_status": "Stav",
    "days_left": "Dní do konce",
    "working_groups": "PS",
    "coverage": "Cílové skupiny",
    "coordinator_known": "Koordinátor",
}


def _table_cells(row: ComparisonRow) -> dict[str, object]:
    total = len(row.covered) + len(row.missing)
    status = codelist("plan_statuses").label(row.plan_status) if row.plan_status else None
    values = {**flat_row(row), "plan_status": "platí" if row.plan_in_force else status}
    values["coverage"] = f"{len(row.covered)} z {total}" if row.working_groups else None
    return values


def _notes(row: ComparisonRow) -> list[str]:
    values = flat_row(row)
    lines = [f"{row.territory}:"]
    if not row.process_id:
        lines.append("  proces komunitního plánování není znám")
    elif row.working_groups:
        covered, missing = values["covered"] or "–", values["missing"] or "–"
        lines.append(f"  cílové skupiny: pokryté: {covered}; chybí: {missing}")
    else:
        lines.append("  cílové skupiny: žádná pracovní skupina není známa")
    lines.append(f"  uvedené údaje: {values['figures'] or '–'}")
    lines.append(f"  na 1 000 obyvatel: {values['per_1000'] or '–'}")
    lines.append(f"  zdroje: {values['sources'] or '–'}")
    return lines


def _table(rows: list[ComparisonRow]) -> str:
    cells = [list(_TABLE.values())] + [[_cell(_table_cells(r)[k]) for k in _TABLE] for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(_TABLE))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [line for r in rows for line in _notes(r)]
    return "\n".join([*lines, "", *notes]) + "\n"


def _csv(rows: list[ComparisonRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([_cell(v) if isinstance(v, bool) else v for v in flat_row(r).values()] for r in rows)
    return out.getvalue()


def _json(rows: list[ComparisonRow]) -> str:
    data = [{**asdict(r), "period": r.period} for r in rows]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(rows: list[ComparisonRow], fmt: str) -> str:
    """The rows as text in ``fmt`` (table, csv or json)."""
    renderers = {"table": _table, "csv": _csv, "json": _json}
    if fmt not in renderers:
        raise KpdataError(
            f"format {fmt!r} is not a text format: use one of {', '.join(renderers)} (or xlsx with -o)"
        )
    return renderers[fmt](rows)


def write_comparison(rows: list[ComparisonRow], fmt: str, path: Path) -> Path:
    """Write the rows to ``path`` (temp file + rename: never half a file)."""
    if fmt == "xlsx":
        from kpdata.export.xlsx import write_workbook

        header = list(COLUMNS.values())
        write_workbook({"Srovnání": (header, [list(flat_row(r).values()) for r in rows])}, path)
        return path
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(render(rows, fmt), encoding="utf-8")
    os.replace(temp, path)
    return path


def emit_comparison(
    names: list[str],
    *,
    kraj: str | None = None,
    orp: str | None = None,
    today=None,
    fmt: str = "table",
    out: Path | None = None,
    release: str | None = None,
) -> str:
    """``kpdata compare``: the comparison as text, or written to ``out`` (then a one-line note)."""
    from kpdata.dataset.listing import open_release
    from kpdata.report.comparison import compare
    from kpdata.report.select import select_territories

    if fmt == "xlsx" and out is None:
        raise KpdataError("--format xlsx writes a file: add -o FILE.xlsx")
    ds = open_release(release)
    rows = compare(ds, select_territories(ds, names, kraj=kraj, orp=orp), today=today)
    if out is None:
        return render(rows, fmt)
    return f"written: {write_comparison(rows, fmt, Path(out))}\n"

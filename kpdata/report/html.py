"""The HTML report: one self-contained page (inline CSS and SVG, no scripts, fonts or external files)
with a timeline of plan periods, a target-group coverage heatmap, figures per 1 000 inhabitants, the
comparison table, the sources and the release version. Labels are Czech; every value is escaped."""

from __future__ import annotations

import os
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from kpdata.codelists import codelist
from kpdata.dataset.plans import in_force, is_expired
from kpdata.report.comparison import ComparisonRow, compare
from kpdata.report.formats import COLUMNS, flat_row
from kpdata.report.style import CSS
from kpdata.report.svg import Bar, Period, bar_chart, heatmap, timeline

if TYPE_CHECKING:
    from kpdata.dataset.load import Dataset
    from kpdata.models import Plan

__all__ = ["report_html", "write_report", "write_report_for"]

_LONG = ("covered", "missing", "figures", "per_1000", "plan")
_TITLE = "Srovnání komunitního plánování sociálních služeb"


def _state(plan: Plan, today: date) -> str:
    if in_force(plan, today):
        return "in_force"
    if is_expired(plan, today):
        return "expired"
    return "in_preparation" if plan.status == "in_preparation" else "other"


def _periods(ds: Dataset, row: ComparisonRow, today: date) -> list[Period]:
    if row.process_id is None:
        return []
    plans = [p for p in ds.process(row.process_id).plans if p.period_start or p.period_end]
    periods = []
    for p in plans:
        start, end = p.period_start or p.period_end, p.period_end or p.period_start
        label = f"{p.title or 'plán'} ({start}–{end}), {codelist('plan_statuses').label(p.status) if p.status else 'stav neuveden'}"
        periods.append(Period(start, end, label, _state(p, today)))
    return periods


def _timeline(ds: Dataset, rows: list[ComparisonRow], today: date) -> str:
    chart = timeline({r.territory: _periods(ds, r, today) for r in rows}, today=today)
    legend = (
        '<p class="legend"><span style="background:#2b7a3d"></span>platí'
        '<span style="background:#b55b5b"></span>skončil'
        '<span style="background:#d9a441"></span>v přípravě'
        '<span style="background:#8aa6c1"></span>jiný stav'
        '<span style="background:#c0392b"></span>dnes</p>'
    )
    return _section("casova-osa", "Časová osa plánů", chart + legend)


def _heatmap(rows: list[ComparisonRow]) -> str:
    cl = codelist("target_groups")
    codes = [c.code for c in cl if c.code != "other"]
    cells = {}
    for r in rows:
        cells[r.territory] = {c: (c in r.covered) if r.working_groups else None for c in codes}
    chart = heatmap(
        cells, {c: cl.label(c) for c in codes}, title="Pokrytí cílových skupin pracovními skupinami"
    )
    legend = '<p class="legend">✓ pracovní skupina pro cílovou skupinu · ✗ chybí · ? žádná pracovní skupina není známa</p>'
    return _section("pokryti", "Pokrytí cílových skupin", chart + legend)


def _per_capita(rows: list[ComparisonRow]) -> str:
    metrics = codelist("metrics")
    keys = sorted({k for r in rows for k in r.per_1000})
    charts = []
    for key in keys:
        label = metrics.label(key) if key in metrics else "registrované sociální služby v území"
        bars = [Bar(r.territory, r.per_1000[key]) for r in rows if key in r.per_1000]
        charts.append(
            f"<figure><figcaption>{escape(label)} na 1 000 obyvatel</figcaption>{bar_chart(bars, title=label)}</figure>"
        )
    note = '<p class="legend">Uvedené údaje jsou čísla, která zveřejnil zdroj; počet obyvatel: ČSÚ.</p>'
    return _section(
        "na-obyvatele", "Údaje na 1 000 obyvatel", "".join(charts) + note if charts else "<p>Žádné údaje.</p>"
    )


def _cell(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "<td>ano</td>" if value else "<td>ne</td>"
    if value is None or value == "":
        return "<td>–</td>"
    css = ' class="num"' if isinstance(value, int | float) else (' class="long"' if key in _LONG else "")
    return f"<td{css}>{escape(str(value))}</td>"


def _table(rows: list[ComparisonRow]) -> str:
    keys = [k for k in COLUMNS if k not in ("sources", "territory_id")]
    head = "".join(f'<th scope="col">{escape(COLUMNS[k])}</th>' for k in keys)
    body = "".join("<tr>" + "".join(_cell(k, flat_row(r)[k]) for k in keys) + "</tr>" for r in rows)
    table = (
        f'<div class="table-wrap"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
    )
    return _section("tabulka", "Srovnávací tabulka", table)


def _sources(rows: list[ComparisonRow]) -> str:
    items = []
    for r in rows:
        links = (
            "".join(f'<li><a href="{escape(u)}">{escape(u)}</a></li>' for u in r.sources)
            or "<li>žádný zdroj</li>"
        )
        items.append(f'<h3>{escape(r.territory)}</h3><ul class="sources">{links}</ul>')
    return _section("zdroje", "Zdroje", "".join(items))


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{body}</section>'


def report_html(ds: Dataset, rows: list[ComparisonRow], *, today: date) -> str:
    """The whole page as a string."""
    nav = "".join(
        f'<li><a href="#{a}">{t}</a></li>'
        for a, t in (
            ("casova-osa", "Časová osa"),
            ("pokryti", "Pokrytí"),
            ("na-obyvatele", "Na obyvatele"),
            ("tabulka", "Tabulka"),
            ("zdroje", "Zdroje"),
        )
    )
    meta = (
        f"Vydání dat kpdata {escape(ds.version)} · stav k {today.isoformat()} · územních celků: {len(rows)}"
    )
    sections = _timeline(ds, rows, today) + _heatmap(rows) + _per_capita(rows) + _table(rows) + _sources(rows)
    return (
        '<!DOCTYPE html>\n<html lang="cs"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{_TITLE}</title><style>{CSS}</style></head><body>"
        f'<header><h1>{_TITLE}</h1><p class="meta">{meta}</p><nav><ul>{nav}</ul></nav></header>'
        f"<main>{sections}</main>"
        f"<footer>Data: kpdata {escape(ds.version)} (CC BY 4.0); počty obyvatel – Zdroj: ČSÚ. "
        "Údaje převzaté ze stránek obcí mají u sebe zdroj.</footer></body></html>\n"
    )


def write_report(ds: Dataset, rows: list[ComparisonRow], path: Path, *, today: date) -> Path:
    """Write the page to ``path`` (temp file + rename)."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(report_html(ds, rows, today=today), encoding="utf-8")
    os.replace(temp, path)
    return path


def write_report_for(
    names: list[str], *, kraj=None, orp=None, today: date | None = None, out: Path, release: str | None = None
) -> Path:
    """``kpdata report``: select territories (all with a process when none are named), compare, write."""
    from kpdata.dataset.listing import open_release
    from kpdata.report.select import all_planning, select_territories

    ds, day = open_release(release), today or date.today()
    territories = (
        select_territories(ds, names, kraj=kraj, orp=orp) if (names or kraj or orp) else all_planning(ds)
    )
    return write_report(ds, compare(ds, territories, today=day), out, today=day)

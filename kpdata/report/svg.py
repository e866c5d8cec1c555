"""Inline SVG charts drawn in Python (no scripts): a timeline of plan periods, a coverage heatmap and bar
charts. Every text is escaped; every chart scales to its container (``viewBox``, width 100%)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

__all__ = ["Bar", "Period", "bar_chart", "heatmap", "timeline"]

_LABEL_W, _ROW_H, _CHART_W = 190, 30, 760
_COLORS = {"in_force": "#2b7a3d", "other": "#8aa6c1", "in_preparation": "#d9a441", "expired": "#b55b5b"}


@dataclass(frozen=True)
class Period:
    """One plan on the timeline: ``start``..``end`` (years, inclusive), a label and its state."""

    start: int
    end: int
    label: str
    state: str  # in_force, expired, in_preparation, other


@dataclass(frozen=True)
class Bar:
    label: str
    value: float


def _svg(height: int, title: str, body: list[str]) -> str:
    return (
        f'<div class="chart-wrap"><svg class="chart" viewBox="0 0 {_CHART_W} {height}" width="100%" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
        + "".join(body)
        + "</svg></div>"
    )


def _text(x: float, y: float, text: str, *, anchor: str = "start", cls: str = "") -> str:
    css = f' class="{cls}"' if cls else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{css}>{escape(text)}</text>'


def _year_span(rows: dict[str, list[Period]], today: date) -> tuple[int, int]:
    years = [y for periods in rows.values() for p in periods for y in (p.start, p.end)]
    return min([*years, today.year - 1]), max([*years, today.year + 1]) + 1


def timeline(rows: dict[str, list[Period]], *, today: date, title: str = "Období plánů") -> str:
    """One line per territory, a bar per plan period, and a vertical line at ``today``."""
    first, last = _year_span(rows, today)
    scale = (_CHART_W - _LABEL_W - 30) / (last - first)

    def x(year: float) -> float:
        return _LABEL_W + (year - first) * scale

    height = 40 + _ROW_H * max(len(rows), 1)
    body = [
        _text(x(y), 14, str(y), anchor="middle", cls="axis")
        for y in range(first, last + 1, 2 if last - first > 12 else 1)
    ]
    for i, (name, periods) in enumerate(rows.items()):
        y = 24 + i * _ROW_H
        body.append(_text(_LABEL_W - 8, y + 17, name, anchor="end"))
        if not periods:
            body.append(_text(_LABEL_W + 4, y + 17, "období plánu není známo", cls="axis"))
        for p in periods:
            color = _COLORS.get(p.state, _COLORS["other"])
            body.append(
                f'<rect class="period" x="{x(p.start):.1f}" y="{y + 4}" width="{(p.end + 1 - p.start) * scale - 2:.1f}" '
                f'height="{_ROW_H - 10}" rx="3" fill="{color}"><title>{escape(p.label)}</title></rect>'
            )
    now = x(today.year + (today.timetuple().tm_yday - 1) / 366)
    body.append(
        f'<line class="today" x1="{now:.1f}" x2="{now:.1f}" y1="18" y2="{height}" stroke="#c0392b" stroke-width="2"/>'
    )
    body.append(_text(now - 4, height - 4, f"dnes {today.isoformat()}", anchor="end", cls="today-label"))
    return _svg(height, title, body)


def heatmap(rows: dict[str, dict[str, bool | None]], columns: dict[str, str], *, title: str) -> str:
    """Territories x columns; a cell is covered (True), missing (False) or unknown (None)."""
    cell_w, top = (_CHART_W - _LABEL_W - 150) / max(len(columns), 1), 200
    height = top + 8 + _ROW_H * max(len(rows), 1)
    body = []
    for j, label in enumerate(columns.values()):
        cx = _LABEL_W + (j + 0.5) * cell_w
        body.append(
            f'<text x="{cx:.1f}" y="{top}" transform="rotate(-50 {cx:.1f} {top})" class="axis">{escape(label)}</text>'
        )
    fills = {True: "#2b7a3d", False: "#f1d4d4", None: "#e6e6e6"}
    marks = {True: "✓", False: "✗", None: "?"}
    for i, (name, cells) in enumerate(rows.items()):
        y = top + 8 + i * _ROW_H
        body.append(_text(_LABEL_W - 8, y + 19, name, anchor="end"))
        for j, code in enumerate(columns):
            value = cells.get(code)
            cx = _LABEL_W + j * cell_w
            body.append(
                f'<rect class="cell" x="{cx + 1:.1f}" y="{y + 2}" width="{cell_w - 2:.1f}" height="{_ROW_H - 4}" '
                f'fill="{fills[value]}"><title>{escape(name)}: {escape(columns[code])}</title></rect>'
            )
            color = "#fff" if value else "#555"
            body.append(
                f'<text x="{cx + cell_w / 2:.1f}" y="{y + 20}" text-anchor="middle" fill="{color}">{marks[value]}</text>'
            )
    return _svg(height, title, body)


def bar_chart(bars: list[Bar], *, title: str, unit: str = "") -> str:
    """Horizontal bars with their values written beside them."""
    top = max((b.value for b in bars), default=0) or 1
    scale = (_CHART_W - _LABEL_W - 90) / top
    height = 10 + _ROW_H * max(len(bars), 1)
    body = []
    for i, bar in enumerate(bars):
        y = 6 + i * _ROW_H
        body.append(_text(_LABEL_W - 8, y + 16, bar.label, anchor="end"))
        body.append(
            f'<rect class="bar" x="{_LABEL_W}" y="{y + 3}" width="{max(bar.value * scale, 1):.1f}" '
            f'height="{_ROW_H - 10}" fill="#3b6ea5"/>'
        )
        value = f"{bar.value:g}".replace(".", ",")
        body.append(_text(_LABEL_W + bar.value * scale + 6, y + 16, f"{value} {unit}".strip()))
    return _svg(height, title, body)

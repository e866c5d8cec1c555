"""The report's inline stylesheet: readable on a phone (one column, tables scroll sideways) and in print."""

from __future__ import annotations

__all__ = ["CSS"]

CSS = """
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6775; --line: #d5dbe1; --accent: #3b6ea5; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--ink); background: #fff; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; border-bottom: 3px solid var(--accent); }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
a { color: var(--accent); }
.chart-wrap { overflow-x: auto; }
figure { margin: 1rem 0; }
svg.chart { display: block; min-width: 560px; max-width: 100%; height: auto; font-size: 13px; fill: var(--ink); }
svg .axis { fill: var(--muted); font-size: 12px; }
svg .today-label { fill: #c0392b; font-size: 12px; }
.legend { color: var(--muted); font-size: .9rem; }
.legend span { display: inline-block; width: .9em; height: .9em; margin: 0 .3em 0 .8em; vertical-align: -.1em; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f5f8; position: sticky; top: 0; }
td.long { min-width: 15em; }
td.num { text-align: right; white-space: nowrap; }
.sources li { overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; padding-bottom: 2rem; border-top: 1px solid var(--line); }
@media (max-width: 600px) {
  body { font-size: 15px; }
  h1 { font-size: 1.3rem; }
  th, td { padding: .3rem; }
}
@media print {
  nav { display: none; }
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .sources a::after { content: " (" attr(href) ")"; font-size: 9pt; }
  .table-wrap, .chart-wrap { overflow: visible; border: 0; }
  svg.chart { min-width: 0; }
  section, figure { break-inside: avoid; }
  th { position: static; }
}
"""

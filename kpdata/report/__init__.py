"""Comparisons of territories for regional officials: the comparison table (text, CSV, JSON, XLSX) and a
self-contained HTML report. Built on the query API of :mod:`kpdata.dataset`."""

from __future__ import annotations

__all__: list[str] = []

"""Exporters: records -> files (CSV, Data Package, JSON, RDF, DCAT-AP-CZ, HSDS, SQLite, XLSX)."""

from kpdata.export.base import ExportContext, Exporter, export_all

__all__ = ["ExportContext", "Exporter", "export_all"]

"""``datapackage.json`` (Data Package v2): package metadata, and one resource per CSV with its Table
Schema inlined from ``schemas/``, its ``sha256`` hash, size in bytes and personal-data flag.

Runs after :class:`kpdata.export.csv.CsvExporter` has finalized (it hashes the files it finds)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from kpdata.codelists import codelist, codelist_names
from kpdata.codelists.loader import DATA_DIR as CODELIST_DATA
from kpdata.export.base import ExportContext
from kpdata.export.checksums import file_sha256
from kpdata.export.csv import DATA_DIR, release_tables
from kpdata.models.base import Record
from kpdata.models.tables import PERSONAL_TABLES, TABLES

__all__ = ["DATAPACKAGE_FILE", "PROFILE", "DatapackageExporter", "read_schema"]

DATAPACKAGE_FILE = "datapackage.json"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
CODELIST_DIR = "codelists"
LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
REFERENCE_SOURCES = [
    {
        "title": "Český statistický úřad (ČSÚ): územní číselníky a počty obyvatel obcí. Zdroj: ČSÚ",
        "path": "https://www.czso.cz/csu/czso/ciselniky",
        "x-attribution": "Zdroj: ČSÚ",
    },
    {
        "title": "Ministerstvo práce a sociálních věcí (MPSV): registr poskytovatelů sociálních služeb",
        "path": "https://iregistr.mpsv.cz/",
        "x-attribution": "Zdroj: MPSV, registr poskytovatelů sociálních služeb",
    },
]
TITLE = {
    "cs": "Komunitní plánování sociálních služeb v Česku (kpdata)",
    "en": "Community planning of social services in Czechia (kpdata)",
}
DESCRIPTION = {
    "cs": "Procesy komunitního plánování sociálních služeb obcí, ORP a krajů: plány a jejich schválení, "
    "pracovní a koordinační skupiny, osoby ve veřejné roli, poskytovatelé, čísla a zapojení veřejnosti; "
    "každý údaj s odkazem na stránku, ze které pochází.",
    "en": "Community planning of social services by Czech municipalities, ORP districts and regions: plans "
    "and their approvals, working and coordination groups, people in a public role, providers, figures "
    "and public participation; every fact linked to the page it was read from.",
}


def read_schema(kind: str, name: str) -> dict[str, Any]:
    """The Table Schema of a table (``kind="tables"``) or codelist from ``schemas/``; generated from the
    models when the file is absent."""
    from kpdata.paths import schemas_dir

    path = schemas_dir() / kind / f"{name}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    from kpdata.schemagen.tableschema import to_codelist_schema, to_table_schema

    return to_table_schema(TABLES[name]) if kind == "tables" else to_codelist_schema(name)


def _file_facts(path: Path) -> dict[str, Any]:
    return {"hash": f"sha256:{file_sha256(path)}", "bytes": path.stat().st_size}


class DatapackageExporter:
    """Collects the harvested pages (for ``sources``) and writes ``datapackage.json`` on finalize."""

    name = "datapackage"

    def __init__(self, out_dir: Path, context: ExportContext) -> None:
        self.out_dir = Path(out_dir)
        self.context = context
        self._pages: list[dict[str, str]] = []

    def write(self, table: str, record: Record) -> None:
        if table == "sources":
            self._pages.append({"title": record.title or record.url, "path": record.url})

    def finalize(self) -> list[Path]:
        self._copy_codelists()
        resources = [self._table_resource(t) for t in release_tables(self.context)]
        resources += [self._codelist_resource(n) for n in codelist_names()]
        package = self._package(resources)
        path = self.out_dir / DATAPACKAGE_FILE
        path.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return [Path(DATAPACKAGE_FILE)] + [Path(CODELIST_DIR) / f"{n}.csv" for n in codelist_names()]

    def _copy_codelists(self) -> None:
        (self.out_dir / CODELIST_DIR).mkdir(exist_ok=True)
        for name in codelist_names():
            shutil.copyfile(CODELIST_DATA / f"{name}.csv", self.out_dir / CODELIST_DIR / f"{name}.csv")

    def _table_resource(self, table: str) -> dict[str, Any]:
        meta = TABLES[table].__table__
        path = f"{DATA_DIR}/{table}.csv"
        return {
            "name": table,
            "type": "table",
            "path": path,
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": meta.title_cs,
            "description": meta.description_cs,
            "x-title-en": meta.title_en,
            "x-description-en": meta.description_en,
            "x-personal-data": table in PERSONAL_TABLES or TABLES[table].has_personal_data(),
            **_file_facts(self.out_dir / path),
            "schema": read_schema("tables", table),
        }

    def _codelist_resource(self, name: str) -> dict[str, Any]:
        cl, path = codelist(name), f"{CODELIST_DIR}/{name}.csv"
        return {
            "name": f"codelist-{name.replace('_', '-')}",
            "type": "table",
            "path": path,
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": f"Číselník: {cl.title_cs}",
            "x-title-en": f"Codelist: {cl.title_en}",
            "x-personal-data": False,
            **_file_facts(self.out_dir / path),
            "schema": read_schema("codelists", name),
        }

    def _package(self, resources: list[dict[str, Any]]) -> dict[str, Any]:
        ctx = self.context
        return {
            "$schema": PROFILE,
            "name": "kpdata",
            "id": f"{ctx.base_iri}dataset",
            "version": ctx.version,
            "title": TITLE["cs"],
            "description": DESCRIPTION["cs"],
            "x-title-en": TITLE["en"],
            "x-description-en": DESCRIPTION["en"],
            "homepage": ctx.base_iri,
            "created": f"{ctx.issued}T00:00:00Z",
            "keywords": ["komunitní plánování", "sociální služby", "community planning", "social services"],
            "licenses": [LICENSE],
            "sources": REFERENCE_SOURCES + sorted(self._pages, key=lambda p: p["path"]),
            "contributors": [{"title": "kpdata contributors", "roles": ["creator", "publisher"]}],
            "x-personal-data": ctx.personal_data,
            "resources": resources,
        }

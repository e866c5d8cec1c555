"""HSDS 3.0 in its tabular form: one CSV per HSDS table and a ``datapackage.json`` (Frictionless).

The rows are the HSDS objects of :class:`kpdata.export.hsds.HsdsExporter` flattened: nested
``organization_identifiers`` and ``addresses`` become their own tables. Columns and file names are those of
the HSDS 3.0 tabular data package (only the tables kpdata fills).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

__all__ = ["TABULAR_TABLES", "write_tabular"]

# HSDS table -> (file, columns); numbers are typed "number", everything else "string".
TABULAR_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "organization": (
        "organizations.csv",
        (
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "legal_status",
            "logo",
            "uri",
            "parent_organization_id",
        ),
    ),
    "organization_identifier": (
        "organization_identifiers.csv",
        ("id", "organization_id", "identifier_scheme", "identifier_type", "identifier"),
    ),
    "service": (
        "services.csv",
        (
            "id",
            "organization_id",
            "program_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "fees",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "assurer_email",
            "licenses",
            "alert",
            "last_modified",
        ),
    ),
    "location": (
        "locations.csv",
        (
            "id",
            "location_type",
            "url",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "transportation",
            "latitude",
            "longitude",
            "external_identifier",
            "external_identifier_type",
        ),
    ),
    "address": (
        "addresses.csv",
        (
            "id",
            "location_id",
            "attention",
            "address_1",
            "address_2",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ),
    ),
    "service_at_location": ("service_at_location.csv", ("id", "service_id", "location_id", "description")),
    "contact": (
        "contacts.csv",
        (
            "id",
            "organization_id",
            "service_id",
            "service_at_location_id",
            "location_id",
            "name",
            "title",
            "department",
            "email",
        ),
    ),
    "phone": (
        "phones.csv",
        (
            "id",
            "location_id",
            "service_id",
            "organization_id",
            "contact_id",
            "service_at_location_id",
            "number",
            "extension",
            "type",
            "description",
        ),
    ),
}
_NUMBERS = {"year_incorporated", "minimum_age", "maximum_age", "latitude", "longitude", "extension"}
_FROM_OBJECTS = {
    "organization": "organizations",
    "service": "services",
    "location": "locations",
    "service_at_location": "service_at_locations",
    "contact": "contacts",
    "phone": "phones",
}
_FOREIGN = {  # column -> referenced HSDS table
    "organization_id": "organization",
    "service_id": "service",
    "location_id": "location",
    "service_at_location_id": "service_at_location",
    "contact_id": "contact",
}


def _rows(objects: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    rows = {table: list(objects[name]) for table, name in _FROM_OBJECTS.items()}
    rows["organization_identifier"] = [
        i for o in objects["organizations"] for i in o.get("organization_identifiers", [])
    ]
    rows["address"] = [a for loc in objects["locations"] for a in loc.get("addresses", [])]
    return rows


def _cell(value: Any) -> str:
    return "" if value is None else repr(value) if isinstance(value, float) else str(value)


def _schema(table: str, columns: tuple[str, ...]) -> dict[str, Any]:
    fields = [{"name": c, "type": "number" if c in _NUMBERS else "string"} for c in columns]
    foreign = [
        {"fields": c, "reference": {"resource": _FOREIGN[c], "fields": "id"}}
        for c in columns
        if c in _FOREIGN and _FOREIGN[c] != table
    ]
    return {"fields": fields, "primaryKey": ["id"], "foreignKeys": foreign}


def _descriptor(version: str) -> dict[str, Any]:
    resources = [
        {"name": table, "path": path, "profile": "tabular-data-resource", "schema": _schema(table, columns)}
        for table, (path, columns) in TABULAR_TABLES.items()
    ]
    return {
        "name": "kpdata-hsds",
        "title": "kpdata: sociální služby ve formátu Open Referral HSDS 3.0",
        "profile": "tabular-data-package",
        "version": version,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": resources,
    }


def _atomic_write(path: Path, write) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        write(handle)
    os.replace(tmp, path)


def write_tabular(folder: Path, objects: dict[str, list[dict[str, Any]]], *, version: str) -> list[Path]:
    """Write the CSVs and ``datapackage.json`` into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table, items in _rows(objects).items():
        path, columns = TABULAR_TABLES[table]

        def write(handle, items=items, columns=columns):
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([_cell(item.get(c)) for c in columns] for item in items)

        _atomic_write(folder / path, write)
        written.append(folder / path)
    text = json.dumps(_descriptor(version), ensure_ascii=False, indent=2) + "\n"
    _atomic_write(folder / "datapackage.json", lambda handle: handle.write(text))
    return [*written, folder / "datapackage.json"]

"""Open Referral HSDS 3.0 export: organizations, services, locations, service-at-location, contacts, phones.

Writes ``hsds/<object>.json`` (an array of flat HSDS objects per file, linked by ``*_id``), valid against
the HSDS 3.0 JSON Schemas, and the same data as the HSDS tabular data package in ``hsds/tabular/``. Ids are UUIDv5 of our record IRIs, so they are stable between releases.

* Locations are the registry's facility addresses when ``context.extra["registry_dir"]`` names the
  ``datasets/registry`` folder (its ``locations.csv``, ``service_locations.csv``, ``service_contacts.csv``);
  a service without one gets its obec (``territory_id``) as a location without a street address.
* No people: HSDS ``contact`` objects describe named people or departments; kpdata exports none, so
  ``contacts.json`` is an empty list. Phones are the services' published numbers from the registry.
"""

from __future__ import annotations

import csv
import json
import os
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from kpdata.codelists import codelist
from kpdata.export.base import ExportContext
from kpdata.models import Organization, Record, Service, Territory

__all__ = ["HSDS_FILES", "HsdsExporter", "hsds_id"]

HSDS_FILES = ("organizations", "services", "locations", "service_at_locations", "contacts", "phones")
_SIDE_FILES = ("locations", "service_locations", "service_contacts")


def hsds_id(base_iri: str, kind: str, key: str) -> str:
    """A stable UUID for one HSDS object: UUIDv5 of ``<base_iri><kind>/<key>``."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{base_iri}{kind}/{key}"))


def _read_side_tables(registry_dir: Path | None) -> dict[str, list[dict[str, str]]]:
    tables: dict[str, list[dict[str, str]]] = {name: [] for name in _SIDE_FILES}
    if registry_dir is None or not registry_dir.is_dir():
        return tables
    for folder in sorted(p for p in registry_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for name in _SIDE_FILES:
            path = folder / f"{name}.csv"
            if path.is_file():
                with path.open(encoding="utf-8", newline="") as handle:
                    tables[name].extend(csv.DictReader(handle))
    return tables


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in obj.items() if value not in (None, "", [])}


class HsdsExporter:
    """Collects organizations, services and territories; ``finalize`` writes the HSDS JSON files."""

    name = "hsds"

    def __init__(self, out_dir: Path, context: ExportContext) -> None:
        self.out_dir = Path(out_dir)
        self.context = context
        self.organizations: list[Organization] = []
        self.services: list[Service] = []
        self.territories: dict[str, Territory] = {}
        registry_dir = context.extra.get("registry_dir")
        self.side = _read_side_tables(Path(registry_dir) if registry_dir else None)

    def write(self, table: str, record: Record) -> None:
        """Keep the records HSDS needs; every other table (people above all) is ignored."""
        if isinstance(record, Organization):
            self.organizations.append(record)
        elif isinstance(record, Service):
            self.services.append(record)
        elif isinstance(record, Territory) and record.kind in ("obec", "mestska_cast", "kraj"):
            self.territories[record.id] = record

    def _id(self, kind: str, key: str) -> str:
        return hsds_id(self.context.base_iri, kind, key)

    # -- organizations -------------------------------------------------------------------------------------
    def _organization(self, org: Organization) -> dict[str, Any]:
        oid = self._id("organizations", org.id)
        about = "Poskytovatel sociálních služeb" if org.provenance == "registry" else "Organizace"
        identifiers = []
        if org.ico:
            identifiers.append(
                {
                    "id": self._id("organization_identifiers", org.id),
                    "organization_id": oid,
                    "identifier_scheme": "CZ-ICO",
                    "identifier_type": "IČO",
                    "identifier": org.ico,
                }
            )
        description = f"{about}{f' (IČO {org.ico})' if org.ico else ''}; kpdata {org.id}"
        return _compact(
            {
                "id": oid,
                "name": org.name,
                "description": description,
                "website": org.website,
                "tax_id": org.ico,
                "organization_identifiers": identifiers,
            }
        )

    # -- services ------------------------------------------------------------------------------------------
    def _status(self, service: Service) -> str:
        ended = service.valid_to is not None and service.valid_to < date.fromisoformat(self.context.issued)
        return "defunct" if ended else "active"

    def _description(self, service: Service) -> str:
        parts = []
        if service.kind:
            concept = codelist("service_kinds")[service.kind]
            paragraph = concept.extra.get("paragraph", "")
            parts.append(
                f"Druh: {concept.label_cs}{f' ({paragraph} zákona č. 108/2006 Sb.)' if paragraph else ''}"
            )
        if service.forms:
            forms = codelist("service_forms")
            parts.append("Formy: " + ", ".join(forms.label(f) for f in service.forms))
        if service.capacity is not None and service.capacity_type:
            parts.append(
                f"Registrovaná kapacita: {service.capacity} ({codelist('capacity_types').label(service.capacity_type)})"
            )
        if service.registry_id:
            parts.append(f"Identifikátor služby (MPSV): {service.registry_id}")
        return ". ".join(parts) or "Sociální služba"

    def _service(self, service: Service, urls: dict[str, str]) -> dict[str, Any]:
        groups = codelist("target_groups")
        eligibility = ", ".join(groups.label(g) for g in service.target_groups)
        return _compact(
            {
                "id": self._id("services", service.id),
                "organization_id": self._id("organizations", service.provider_id)
                if service.provider_id
                else None,
                "name": service.name,
                "description": self._description(service),
                "url": urls.get(service.id),
                "status": self._status(service),
                "eligibility_description": f"Cílové skupiny: {eligibility}" if eligibility else None,
            }
        )

    # -- locations -----------------------------------------------------------------------------------------
    def _kraj_name(self, territory_id: str) -> str | None:
        obec = self.territories.get(territory_id)
        kraj = self.territories.get(f"kraj-{obec.kraj_code}") if obec and obec.kraj_code else None
        return kraj.name if kraj else None

    def _address(self, row: dict[str, str], location_id: str) -> list[dict[str, Any]]:
        number = "/".join(n for n in (row["house_number"], row["orientation_number"]) if n)
        line = " ".join(p for p in (row["street"] or row["city"], number) if p)
        state = self._kraj_name(row["territory_id"]) if row["territory_id"] else None
        if not (line and row["city"] and state and row["postcode"]):
            return []
        address = {"id": self._id("addresses", row["id"]), "location_id": location_id, "address_1": line}
        address |= {"city": row["city"], "state_province": state, "postal_code": row["postcode"]}
        return [address | {"country": "CZ", "address_type": "physical"}]

    def _facility(self, row: dict[str, str]) -> dict[str, Any]:
        lid = self._id("locations", row["id"])
        coords = {k: float(row[k]) for k in ("latitude", "longitude") if row.get(k)}
        return _compact(
            {
                "id": lid,
                "location_type": "physical",
                "name": ", ".join(p for p in (row["street"], row["city"]) if p) or None,
                "external_identifier": row["address_code"] or None,
                "external_identifier_type": "RÚIAN kód adresního místa" if row["address_code"] else None,
                "addresses": self._address(row, lid),
                **coords,
            }
        )

    def _territory_location(self, territory_id: str) -> dict[str, Any]:
        territory = self.territories.get(territory_id)
        return _compact(
            {
                "id": self._id("locations", territory_id),
                "location_type": "physical",
                "name": territory.name if territory else None,
                "description": "Obec, kde je služba poskytována (bez adresy zařízení)",
                "external_identifier": territory_id.split("-", 1)[1],
                "external_identifier_type": "ČSÚ kód obce",
            }
        )

    def _locations(self, service_ids: set[str]) -> tuple[list[dict], list[dict]]:
        """(locations, service_at_locations) for the written services."""
        links = {(r["service_id"], r["location_id"]) for r in self.side["service_locations"]}
        links = {link for link in links if link[0] in service_ids}
        facilities = {r["id"]: r for r in self.side["locations"]}
        objects = {fid: self._facility(facilities[fid]) for _, fid in links if fid in facilities}
        placed = {sid for sid, fid in links if fid in facilities}
        for service in self.services:
            if service.id not in placed and service.territory_id:
                links.add((service.id, service.territory_id))
                objects[service.territory_id] = self._territory_location(service.territory_id)
        at = [
            {
                "id": self._id("service_at_locations", f"{sid}/{key}"),
                "service_id": self._id("services", sid),
                "location_id": objects[key]["id"],
            }
            for sid, key in sorted(links)
            if key in objects
        ]
        return [objects[k] for k in sorted(objects)], at

    def _phones(self, service_ids: set[str]) -> list[dict[str, Any]]:
        rows = {(r["service_id"], r["value"]) for r in self.side["service_contacts"] if r["kind"] == "phone"}
        return [
            {
                "id": self._id("phones", f"{sid}/{number}"),
                "service_id": self._id("services", sid),
                "number": number,
                "type": "voice",
            }
            for sid, number in sorted(rows)
            if sid in service_ids
        ]

    def objects(self) -> dict[str, list[dict[str, Any]]]:
        """Every HSDS file's objects, sorted (the same records give the same output)."""
        service_ids = {s.id for s in self.services}
        urls: dict[str, str] = {}
        for row in sorted(self.side["service_contacts"], key=lambda r: (r["service_id"], r["value"])):
            if row["kind"] == "website":
                urls.setdefault(row["service_id"], row["value"])
        locations, at = self._locations(service_ids)
        return {
            "organizations": [self._organization(o) for o in sorted(self.organizations, key=lambda r: r.id)],
            "services": [self._service(s, urls) for s in sorted(self.services, key=lambda r: r.id)],
            "locations": locations,
            "service_at_locations": at,
            "contacts": [],
            "phones": self._phones(service_ids),
        }

    def finalize(self) -> list[Path]:
        """Write ``hsds/<object>.json`` and ``hsds/tabular/`` (CSV + datapackage.json), each file by temp +
        rename; returns the paths relative to ``out_dir``."""
        from kpdata.export.hsds_tabular import write_tabular

        folder = self.out_dir / "hsds"
        folder.mkdir(parents=True, exist_ok=True)
        objects = self.objects()
        tabular = write_tabular(folder / "tabular", objects, version=self.context.version)
        written = [path.relative_to(self.out_dir) for path in tabular]
        for name, items in objects.items():
            path = folder / f"{name}.json"
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_text(json.dumps(items, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            os.replace(tmp, path)
            written.append(path.relative_to(self.out_dir))
        return written

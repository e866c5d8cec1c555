"""Neutral registry entries -> ``Organization`` and ``Service`` records plus the side tables.

Decisions (also in ``docs`` of the import report):

* A provider with a checksum-valid IČO is ``org-<IČO>`` (the id the build uses too, so both merge). A
  provider whose IČO fails the mod-11 check is kept **without** the IČO (id from its name) and the value
  is reported under ``invalid_ico``: the service keeps its provider, the bad number is not published.
* A service is ``mpsv-<identifikátor>`` (national file) or ``mpsv-zaznam-<record number>`` (catalogue).
* Capacity: the sum over forms when all capacities have one type; with several types the service has no
  single capacity (``mixed_capacity_types`` in the report).
* Services no longer provided keep ``valid_to``; nothing is dropped for having ended.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pydantic import ValidationError

from kpdata.codelists import codelist
from kpdata.models import Organization, Service
from kpdata.models.validators import check_ico
from kpdata.registry.codes import CodeMapper
from kpdata.registry.entry import RegistryEntry
from kpdata.registry.places import facility_rows, obce_names, service_territory
from kpdata.registry.report import ImportReport
from kpdata.registry.tables import LOCATION_COLUMNS, RegistryTables, record_cells

__all__ = ["RecordBuilder", "slugify"]

_PROVENANCE = {"provenance": "registry"}


def slugify(text: str, *, limit: int = 60) -> str:
    """ASCII lowercase slug of ``text`` (Czech diacritics dropped), at most ``limit`` characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-") or "x"


def web_url(value: str) -> str:
    """A published web address as an absolute URL (``www.x.cz`` -> ``http://www.x.cz``)."""
    return value if re.match(r"https?://", value, re.IGNORECASE) else f"http://{value}"


def _date(value: str | None) -> str | None:
    return value[:10] if value else None


class RecordBuilder:
    """Turns entries into records, collecting them in a :class:`RegistryTables`."""

    def __init__(self, report: ImportReport, *, reference: Path | None = None):
        self.report = report
        self.codes = CodeMapper(report)
        self.names = obce_names(reference)
        self.tables = RegistryTables()

    def add(self, entry: RegistryEntry) -> None:
        """Add the records of one entry; an entry that fails validation is reported, not written."""
        self.report.count("services_read")
        self.report.count("facilities_repeated", entry.repeated_facilities)
        service_id = self._service_id(entry)
        if service_id in self.tables.services:
            self.report.issue("duplicate_service", service_id, entry.ref)
            return
        try:
            provider_id = self._provider(entry)
            self._service(entry, service_id, provider_id)
        except ValidationError as exc:
            self.report.issue("invalid_record", str(exc.errors()[0]["msg"]), entry.ref)

    def _service_id(self, entry: RegistryEntry) -> str:
        if entry.identifikator:
            return f"mpsv-{slugify(entry.identifikator)}"
        return f"mpsv-zaznam-{slugify(entry.record_number or entry.ref)}"

    def _valid_ico(self, entry: RegistryEntry) -> str | None:
        if not entry.provider_ico:
            return None
        try:
            return check_ico(entry.provider_ico)
        except ValueError:
            self.report.issue("invalid_ico", entry.provider_ico, entry.ref)
            return None

    def _provider(self, entry: RegistryEntry) -> str | None:
        ico = self._valid_ico(entry)
        if not ico and not entry.provider_name:
            self.report.count("services_without_provider")
            return None
        org_id = f"org-{ico}" if ico else f"org-{slugify(entry.provider_name)}"
        if org_id not in self.tables.organizations:
            name = entry.provider_name or f"IČO {ico}"
            website = web_url(entry.provider_website) if entry.provider_website else None
            org = Organization(id=org_id, name=name, ico=ico, website=website, **_PROVENANCE)
            self.tables.organizations[org_id] = record_cells(org)
        return org_id

    def _capacity(self, entry: RegistryEntry) -> tuple[int | None, str | None]:
        typed = [
            (self.codes.code("capacity_types", c.type, record=entry.ref), c.count) for c in entry.capacities
        ]
        kinds = {kind for kind, _ in typed}
        if not typed or None in kinds:
            return None, None
        if len(kinds) > 1:
            self.report.issue("mixed_capacity_types", "|".join(sorted(kinds)), entry.ref)
            return None, None
        return sum(count for _, count in typed), kinds.pop()

    def _name(self, entry: RegistryEntry, kind: str | None) -> str:
        if entry.name:
            return entry.name
        self.report.count("service_names_derived")
        label = codelist("service_kinds").label(kind) if kind else "sociální služba"
        return f"{label} ({entry.provider_name})" if entry.provider_name else label

    def _service(self, entry: RegistryEntry, service_id: str, provider_id: str | None) -> None:
        kind = self.codes.code("service_kinds", entry.kind, record=entry.ref)
        capacity, capacity_type = self._capacity(entry)
        places = facility_rows(entry, self.names, self.report)
        service = Service(
            id=service_id,
            registry_id=entry.identifikator,
            name=self._name(entry, kind),
            provider_id=provider_id,
            kind=kind,
            forms=self.codes.codes("service_forms", entry.forms, record=entry.ref),
            target_groups=self.codes.codes("target_groups", entry.target_groups, record=entry.ref),
            capacity=capacity,
            capacity_type=capacity_type,
            territory_id=service_territory([t for _, t in places if t]),
            valid_from=_date(entry.valid_from),
            valid_to=_date(entry.valid_to),
            **_PROVENANCE,
        )
        self.tables.services[service_id] = record_cells(service)
        self.report.count("services_with_end_date" if service.valid_to else "services_without_end_date")
        self._side_rows(entry, service_id, places)

    def _side_rows(self, entry: RegistryEntry, service_id: str, places: list) -> None:
        from kpdata.models.validators import normalise_phone

        for row, _ in places:
            self.tables.locations.setdefault(row["id"], tuple(row[c] for c in LOCATION_COLUMNS))
            self.tables.service_locations.add((service_id, row["id"]))
        for phone in entry.phones:
            try:
                self.tables.service_contacts.add((service_id, "phone", normalise_phone(phone)))
            except ValueError:
                self.report.issue("invalid_phone", phone, entry.ref)
        for web in entry.websites:
            self.tables.service_contacts.add((service_id, "website", web_url(web)))

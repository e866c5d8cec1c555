"""What one import produces: records of the dataset plus the registry's own side tables.

``organizations`` and ``services`` are kpdata records (``kpdata.models``). The side tables keep what the
models have no field for, so nothing read is lost and the HSDS export can use it: ``locations`` (one row per
facility address), ``service_locations`` (service -> location) and ``service_contacts`` (a service's
published phone numbers and websites; never e-mails, never people).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kpdata.models import Organization, Service

__all__ = ["CONTACT_COLUMNS", "LOCATION_COLUMNS", "SERVICE_LOCATION_COLUMNS", "RegistryTables"]

LOCATION_COLUMNS = (
    "id",
    "address_code",
    "territory_id",
    "obec_code",
    "city",
    "street",
    "house_number",
    "orientation_number",
    "postcode",
    "latitude",
    "longitude",
)
SERVICE_LOCATION_COLUMNS = ("service_id", "location_id")
CONTACT_COLUMNS = ("service_id", "kind", "value")


@dataclass
class RegistryTables:
    """The records and side tables of an import, keyed so repeated rows collapse."""

    organizations: dict[str, Organization] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)
    locations: dict[str, dict[str, str]] = field(default_factory=dict)
    service_locations: set[tuple[str, str]] = field(default_factory=set)
    service_contacts: set[tuple[str, str, str]] = field(default_factory=set)

    def rows(self) -> dict[str, tuple[tuple[str, ...], list[tuple[str, ...]]]]:
        """Side tables as (header, sorted rows) for writing."""
        locations = [tuple(row[c] for c in LOCATION_COLUMNS) for _, row in sorted(self.locations.items())]
        return {
            "locations": (LOCATION_COLUMNS, locations),
            "service_locations": (SERVICE_LOCATION_COLUMNS, sorted(self.service_locations)),
            "service_contacts": (CONTACT_COLUMNS, sorted(self.service_contacts)),
        }

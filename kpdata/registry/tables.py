"""What one import produces: records of the dataset plus the registry's own side tables.

``organizations`` and ``services`` are kpdata records (``kpdata.models``). The side tables keep what the
models have no field for, so nothing read is lost and the HSDS export can use it: ``locations`` (one row per
facility address), ``service_locations`` (service -> location) and ``service_contacts`` (a service's
published phone numbers and websites; never e-mails, never people).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kpdata.models import Record, to_row

__all__ = [
    "CONTACT_COLUMNS",
    "LOCATION_COLUMNS",
    "SERVICE_LOCATION_COLUMNS",
    "RegistryTables",
    "record_cells",
]

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


def record_cells(record: Record) -> tuple[str, ...]:
    """A validated record as its CSV cells (``to_row``) in column order: small to keep for a national file."""
    return tuple(to_row(record).values())


@dataclass
class RegistryTables:
    """The rows of an import as CSV cells (records are validated first), keyed so repeats collapse."""

    organizations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    services: dict[str, tuple[str, ...]] = field(default_factory=dict)
    locations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    service_locations: set[tuple[str, str]] = field(default_factory=set)
    service_contacts: set[tuple[str, str, str]] = field(default_factory=set)

    def rows(self) -> dict[str, tuple[tuple[str, ...], list[tuple[str, ...]]]]:
        """Side tables as (header, sorted rows) for writing."""
        return {
            "locations": (LOCATION_COLUMNS, [self.locations[k] for k in sorted(self.locations)]),
            "service_locations": (SERVICE_LOCATION_COLUMNS, sorted(self.service_locations)),
            "service_contacts": (CONTACT_COLUMNS, sorted(self.service_contacts)),
        }

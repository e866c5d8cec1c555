"""One registry service in a neutral shape, whichever published shape it was read from.

Only the fields kpdata uses are read (a whitelist): providers' statutory officers
(``poskytovatel.statutarniOrgany``), heads of facilities and e-mail addresses never enter this shape, so
they cannot reach any output.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Capacity", "Facility", "RegistryEntry"]


@dataclass(frozen=True)
class Facility:
    """A place where the service is provided (zařízení / místo poskytování) with its RÚIAN address."""

    address_code: str | None = None  # RÚIAN kód adresního místa
    obec_code: str | None = None  # ČSÚ = RÚIAN kód obce
    obec_name: str | None = None
    street: str | None = None
    house_number: str | None = None
    orientation_number: str | None = None
    postcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None

    def key(self) -> tuple:
        """What makes two facilities the same place: the address code, else the address itself."""
        if self.address_code:
            return ("adm", self.address_code)
        return (
            "addr",
            self.obec_code,
            self.street,
            self.house_number,
            self.orientation_number,
            self.postcode,
        )

    @property
    def has_address(self) -> bool:
        return bool(self.address_code or self.obec_code or self.street or self.postcode)


@dataclass(frozen=True)
class Capacity:
    """A registered (maximum) capacity of one form of the service."""

    form: str | None
    type: str | None
    count: int


@dataclass
class RegistryEntry:
    """A registered social service as read from the registry, before mapping to kpdata records."""

    ref: str  # how the report names the record: the identifikátor or the catalogue's record id
    identifikator: str | None = None
    record_number: str | None = None
    name: str | None = None
    kind: str | None = None
    provider_ico: str | None = None
    provider_name: str | None = None
    provider_website: str | None = None
    facilities: list[Facility] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    capacities: list[Capacity] = field(default_factory=list)
    valid_from: str | None = None
    valid_to: str | None = None
    phones: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    repeated_facilities: int = 0  # facilities listed again for the same place (dropped)

    def add_facility(self, facility: Facility) -> bool:
        """Add a facility unless the same place is already listed; True when it was new."""
        if any(f.key() == facility.key() for f in self.facilities):
            self.repeated_facilities += 1
            return False
        self.facilities.append(facility)
        return True

"""Facilities -> location rows, with the obec checked against the territory reference."""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from functools import cache
from pathlib import Path

from kpdata.registry.entry import Facility, RegistryEntry
from kpdata.registry.report import ImportReport

__all__ = ["location_row", "obce_names", "service_territory"]


@cache
def obce_names(reference: Path | None = None) -> dict[str, str]:
    """Territory id -> name for every obec and city district of ``territories.csv``."""
    if reference is None:
        from kpdata.paths import reference_dir

        reference = reference_dir() / "territories.csv"
    with reference.open(encoding="utf-8", newline="") as handle:
        return {
            row["id"]: row["name"]
            for row in csv.DictReader(handle)
            if row["kind"] in ("obec", "mestska_cast")
        }


def territory_of(facility: Facility, names: dict[str, str], report: ImportReport, ref: str) -> str | None:
    """``obec-<code>`` of the facility when the reference knows it; unknown codes are reported."""
    if not facility.obec_code:
        return None
    territory = f"obec-{facility.obec_code}"
    if territory not in names:
        report.issue("unknown_territory", facility.obec_code, ref)
        return None
    return territory


def service_territory(territories: list[str]) -> str | None:
    """The obec of most of the service's facilities (ties: the lowest code); None without any."""
    if not territories:
        return None
    counts = Counter(territories)
    return min(counts, key=lambda t: (-counts[t], t))


def location_id(facility: Facility) -> str:
    """``misto-<RÚIAN address code>``, or ``misto-x<hash of the address>`` for a place without a code."""
    if facility.address_code:
        return f"misto-{facility.address_code}"
    digest = hashlib.sha1(repr(facility.key()).encode("utf-8")).hexdigest()[:12]
    return f"misto-x{digest}"


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def location_row(facility: Facility, territory: str | None, names: dict[str, str]) -> dict[str, str]:
    """One row of ``locations.csv``; the city name comes from the reference when the source lacks it."""
    city = facility.obec_name or (names.get(territory) if territory else None)
    values = {
        "id": location_id(facility),
        "territory_id": territory,
        "city": city,
        **{k: getattr(facility, k) for k in ("address_code", "obec_code", "street", "house_number")},
        **{k: getattr(facility, k) for k in ("orientation_number", "postcode", "latitude", "longitude")},
    }
    return {key: _cell(value) for key, value in values.items()}


def facility_rows(
    entry: RegistryEntry, names: dict[str, str], report: ImportReport
) -> list[tuple[dict[str, str], str | None]]:
    """(location row, territory) for each facility of ``entry`` that has an address; others are counted."""
    rows = []
    for facility in entry.facilities:
        if not facility.has_address:
            report.count("facilities_without_address")
            continue
        if not facility.address_code:
            report.count("facilities_without_address_code")
        territory = territory_of(facility, names, report, entry.ref)
        rows.append((location_row(facility, territory, names), territory))
    return rows

"""Read the registry in a catalogue's shape: places (``mista``), each listing the services provided there.

This is the shape of ``refdata/mpsv_rpss_samples/katalog_seniori_ukazka.json`` (built from MPSV and ÚZIS
open data). A service provided at several places appears under each; they are merged into one entry with
one facility per place. ``mpsv-<N>`` ids are the registry's record numbers, not the 7-digit identifikátor,
so ``identifikator`` stays empty. ÚZIS entries (health care, not social services) are skipped and counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kpdata.registry.codes import mpsv_id
from kpdata.registry.entry import Capacity, Facility, RegistryEntry
from kpdata.registry.report import ImportReport
from kpdata.registry.rpss import RegistryFileError, cell_text

__all__ = ["read_catalogue"]


def _places(path: Path) -> Iterator[dict[str, Any]]:
    import ijson

    with path.open("rb") as handle:
        try:
            yield from ijson.items(handle, "mista.item", use_float=True)
        except ijson.JSONError as exc:
            raise RegistryFileError(f"{path}: not valid JSON near byte {handle.tell()}: {exc}") from exc


def _facility(place: dict[str, Any]) -> Facility:
    address = place.get("adresa") or {}
    coords = place.get("souradnice") or {}
    return Facility(
        address_code=cell_text(place.get("kodAdresnihoMista")),
        obec_code=cell_text(address.get("kodObce")),
        obec_name=cell_text(address.get("obec")),
        street=cell_text(address.get("ulice")),
        house_number=cell_text(address.get("cisloDomovni")),
        orientation_number=cell_text(address.get("cisloOrientacni")),
        postcode=cell_text(address.get("psc")),
        latitude=coords.get("lat"),
        longitude=coords.get("lng"),
    )


def _entry(service: dict[str, Any]) -> RegistryEntry:
    provider = service.get("poskytovatel") or {}
    contact = service.get("kontakt") or {}
    number = service["id"].removeprefix("mpsv-")
    entry = RegistryEntry(
        ref=service["id"],
        record_number=number,
        name=cell_text(service.get("nazev")),
        kind=mpsv_id(service.get("druhSluzby")),
        provider_ico=cell_text(provider.get("ico")),
        provider_name=cell_text(provider.get("nazev")),
        valid_from=cell_text(service.get("datumPoskytovaniOd")),
        valid_to=cell_text(service.get("datumPoskytovaniDo")),
        phones=[p for p in map(cell_text, contact.get("telefony") or []) if p],
        websites=[w for w in map(cell_text, contact.get("weby") or []) if w],
    )
    for form in service.get("formy") or []:
        if form.get("forma"):
            entry.forms.append(form["forma"])
        for cap in form.get("kapacitaRegistrovana") or []:
            if isinstance(cap.get("pocet"), int | float):
                entry.capacities.append(Capacity(form.get("forma"), cap.get("typ"), int(cap["pocet"])))
    return entry


def read_catalogue(path: Path, report: ImportReport) -> list[RegistryEntry]:
    """The MPSV services of a catalogue file, one entry per service id, in order of first appearance."""
    entries: dict[str, RegistryEntry] = {}
    for place in _places(path):
        report.count("places_read")
        for service in place.get("sluzby") or []:
            if service.get("zdroj") != "MPSV" or not str(service.get("id", "")).startswith("mpsv-"):
                report.issue("not_social_service", str(service.get("zdroj")), str(service.get("id")))
                continue
            entry = entries.get(service["id"]) or entries.setdefault(service["id"], _entry(service))
            entry.add_facility(_facility(place))
    return list(entries.values())

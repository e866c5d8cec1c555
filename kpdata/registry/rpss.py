"""Stream the national registry file ``rpss.json`` (MPSV open data) record by record.

The file is one JSON object whose ``polozky`` array holds the services (a bare top-level array is
accepted too). It is parsed with ijson, one record at a time, so memory stays flat however large the file.
Codelist references are objects ``{"id": "DruhSocialniSluzby/13"}``; plain strings are accepted too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kpdata.errors import KpdataError
from kpdata.registry.codes import mpsv_id
from kpdata.registry.entry import Capacity, Facility, RegistryEntry

__all__ = ["RegistryFileError", "cell_text", "entry_from_rpss", "read_rpss"]


class RegistryFileError(KpdataError):
    """The registry file cannot be read (not JSON, wrong shape); the message names the file and place."""


def read_rpss(path: Path) -> Iterator[dict[str, Any]]:
    """The raw records of ``path`` one by one (``polozky.item`` or a top-level array)."""
    import ijson

    with path.open("rb") as handle:
        prefix = "item" if _first_char(handle) == b"[" else "polozky.item"
        try:
            yield from ijson.items(handle, prefix, use_float=True)
        except ijson.JSONError as exc:
            raise RegistryFileError(f"{path}: not valid JSON near byte {handle.tell()}: {exc}") from exc


def _first_char(handle) -> bytes:
    head = handle.read(64).lstrip()
    handle.seek(0)
    return head[:1]


def cell_text(value: Any) -> str | None:
    """A published value as stripped text (``12.0`` -> ``"12"``); None for null or empty."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def _tail(value: Any) -> str | None:
    """``{"id": "Obec/554499"}`` -> ``"554499"``."""
    ident = mpsv_id(value)
    return ident.rsplit("/", 1)[-1] if ident else None


def _facility(item: dict[str, Any]) -> Facility:
    address = item.get("adresa") or {}
    street = address.get("ulice")
    return Facility(
        address_code=cell_text(address.get("kodAdresnihoMista")),
        obec_code=_tail(address.get("obec")),
        street=cell_text(street.get("nazev") if isinstance(street, dict) else street),
        house_number=cell_text(address.get("cisloDomovni")),
        orientation_number=cell_text(address.get("cisloOrientacni")),
        postcode=cell_text(address.get("psc")),
    )


def _facility_name(items: list | None) -> str | None:
    """The first facility's name: the service's name when the record has none of its own."""
    return next((name for name in (cell_text(i.get("nazev")) for i in items or []) if name), None)


def _capacities(form: dict[str, Any]) -> list[Capacity]:
    found = []
    for cap in form.get("kapacity") or []:
        if isinstance(cap.get("pocet"), int | float):
            found.append(Capacity(mpsv_id(form.get("forma")), mpsv_id(cap.get("typ")), int(cap["pocet"])))
    return found


def _listed(items: list | None, key: str) -> list[str]:
    return [v for v in (cell_text(i.get(key) if isinstance(i, dict) else i) for i in items or []) if v]


def entry_from_rpss(raw: dict[str, Any]) -> RegistryEntry:
    """The neutral entry of one ``rpss.json`` record (only whitelisted fields are read)."""
    provider = raw.get("poskytovatel") or {}
    ident = cell_text(raw.get("identifikator"))
    entry = RegistryEntry(
        ref=ident or f"record-{cell_text(raw.get('id')) or '?'}",
        identifikator=ident,
        name=cell_text(raw.get("nazev")) or _facility_name(raw.get("zarizeni")),
        kind=mpsv_id(raw.get("druhSocialniSluzby")),
        provider_ico=cell_text(provider.get("ico")),
        provider_name=cell_text(provider.get("nazev")),
        target_groups=[i for i in map(mpsv_id, raw.get("ciloveSkupiny") or []) if i],
        valid_from=cell_text(raw.get("datumPoskytovaniOd")),
        valid_to=cell_text(raw.get("datumPoskytovaniDo")),
        phones=_listed(raw.get("telefony"), "telefon"),
        websites=_listed(raw.get("weby"), "web"),
        provider_website=next(iter(_listed(provider.get("weby"), "web")), None),
    )
    for form in raw.get("formy") or []:
        if ident_form := mpsv_id(form.get("forma")):
            entry.forms.append(ident_form)
        entry.capacities.extend(_capacities(form))
    for item in raw.get("zarizeni") or []:
        entry.add_facility(_facility(item))
    return entry

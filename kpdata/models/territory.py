"""Territories of the Czech Republic (ČSÚ reference): obce, ORP, okresy, kraje, city districts."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import model_validator

from kpdata.models.base import Record, TableMeta, column
from kpdata.models.validators import Ico, check_csu_code

__all__ = ["Territory", "TerritoryKind"]

TerritoryKind = Literal["obec", "orp", "okres", "kraj", "mestska_cast"]
_CODE = Annotated[str, "ČSÚ code"]


def _parent(level: str, cs: str) -> object:
    return column(
        None,
        title_cs=f"Kód {cs} (ČSÚ)",
        title_en=f"{level.upper() if level == 'orp' else level.capitalize()} code (ČSÚ)",
        description_cs=f"ČSÚ kód nadřazeného územního celku: {cs}",
        description_en=f"ČSÚ code of the parent {level}",
        predicate=f"kp:{level}Code",
    )


class Territory(Record):
    """One territorial unit with its ČSÚ, NUTS and RÚIAN codes."""

    __table__ = TableMeta(
        name="territories",
        title_cs="Územní celky",
        title_en="Territories",
        description_cs="Obce, ORP, okresy, kraje a městské části s kódy ČSÚ, NUTS a RÚIAN (Zdroj: ČSÚ)",
        description_en="Municipalities, ORP districts, districts, regions and city districts (source: ČSÚ)",
        rdf_class="kp:Territory",
    )

    id: str = column(
        title_cs="Identifikátor",
        title_en="Identifier",
        description_cs="Druh a kód ČSÚ, např. obec-505927",
        description_en="Kind and ČSÚ code, e.g. obec-505927",
        pattern=r"^(obec|orp|okres|kraj|mestska_cast)-\d{3,6}$",
    )
    kind: TerritoryKind = column(
        title_cs="Druh územního celku",
        title_en="Territory kind",
        predicate="dct:type",
        codelist="territory_kinds",
    )
    csu_code: _CODE = column(
        title_cs="Kód ČSÚ",
        title_en="ČSÚ code",
        description_cs="Kód územního celku v číselníku ČSÚ jeho úrovně",
        description_en="Code of the unit in the ČSÚ codelist of its level",
        predicate="skos:notation",
    )
    name: str = column(title_cs="Název", title_en="Name", predicate="skos:prefLabel", min_length=1)
    nuts_code: str | None = column(
        None, title_cs="Kód NUTS/LAU", title_en="NUTS/LAU code", predicate="kp:nutsCode"
    )
    ruian_code: str | None = column(
        None,
        title_cs="Kód RÚIAN",
        title_en="RÚIAN code",
        description_en="Code in the Czech register of territorial identification (RÚIAN)",
        predicate="kp:ruianCode",
    )
    obec_code: str | None = _parent("obec", "obce (u městské části)")
    orp_code: str | None = _parent("orp", "ORP")
    okres_code: str | None = _parent("okres", "okresu")
    kraj_code: str | None = _parent("kraj", "kraje")
    population: int | None = column(
        None,
        title_cs="Počet obyvatel",
        title_en="Population",
        description_cs="Počet obyvatel k 1. 1. 2020 (ČSÚ); u vyšších celků součet obcí",
        description_en="Population on 2020-01-01 (ČSÚ); sum of the obce for higher units",
        predicate="kp:population",
        ge=0,
    )
    ico: Ico | None = column(
        None,
        title_cs="IČO obce",
        title_en="Company ID (IČO) of the municipality",
        predicate="rov:registration",
    )
    is_statutory_city: bool | None = column(
        None, title_cs="Statutární město", title_en="Statutory city", predicate="kp:isStatutoryCity"
    )

    @model_validator(mode="after")
    def _code_fits_kind(self):
        check_csu_code(self.kind, self.csu_code)
        if self.id != f"{self.kind}-{self.csu_code}":
            raise ValueError(f"id {self.id!r} must be '{self.kind}-{self.csu_code}' (rule 'territory-id')")
        return self

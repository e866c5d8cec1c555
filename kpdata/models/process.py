"""A KPSS planning process: who plans social services for which territory, and since when."""

from __future__ import annotations

from typing import Annotated

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import HttpUrl, Ico, Slug, Year, code_of

__all__ = ["Process"]


class Process(Fact):
    """A community planning process run by a lead body for a territory."""

    __table__ = TableMeta(
        name="processes",
        title_cs="Procesy komunitního plánování",
        title_en="Planning processes",
        description_cs="Komunitní plánování sociálních služeb: kdo plánuje, pro jaké území a od kdy",
        description_en="Community planning of social services: who plans, for which territory, since when",
        rdf_class="org:Organization",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    name: str = column(title_cs="Název", title_en="Name", predicate="skos:prefLabel", min_length=1)
    territory_id: str = column(
        title_cs="Území",
        title_en="Territory",
        description_cs="Hlavní území procesu (tabulka territories)",
        description_en="Main territory of the process (territories table)",
        predicate="dct:spatial",
        references="territories",
    )
    territories_covered: list[str] = column(
        default_factory=list,
        title_cs="Pokrytá území",
        title_en="Territories covered",
        description_cs="Další územní celky, které proces pokrývá",
        description_en="Other territories the process covers",
        predicate="kp:coversTerritory",
        references="territories",
    )
    level: Annotated[str, code_of("process_levels")] = column(
        title_cs="Úroveň plánování",
        title_en="Planning level",
        predicate="kp:level",
        codelist="process_levels",
    )
    lead_body: str | None = column(
        None, title_cs="Zadavatel", title_en="Lead body", predicate="kp:leadBodyName"
    )
    lead_body_ico: Ico | None = column(
        None, title_cs="IČO zadavatele", title_en="Lead body IČO", predicate="kp:leadBodyIco"
    )
    since_year: Year | None = column(
        None,
        title_cs="Plánuje od roku",
        title_en="Planning since",
        description_cs="Rok, kdy proces komunitního plánování začal (jen je-li uveden)",
        description_en="Year the planning process started (only when stated)",
        predicate="kp:sinceYear",
    )
    website: HttpUrl | None = column(None, title_cs="Web", title_en="Website", predicate="foaf:homepage")

"""Providers of social services and other bodies, identified by IČO where known."""

from __future__ import annotations

from typing import Annotated

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import HttpUrl, Ico, Slug, code_of

__all__ = ["Organization"]


class Organization(Fact):
    """An organisation: a provider of social services, a municipality, an NGO."""

    __table__ = TableMeta(
        name="organizations",
        title_cs="Organizace",
        title_en="Organizations",
        description_cs="Poskytovatelé sociálních služeb a další subjekty (IČO s kontrolou součtu)",
        description_en="Providers of social services and other bodies (IČO with checksum)",
        rdf_class="org:Organization",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    name: str = column(title_cs="Název", title_en="Name", predicate="skos:prefLabel", min_length=1)
    ico: Ico | None = column(
        None,
        title_cs="IČO",
        title_en="Company ID (IČO)",
        description_cs="Identifikační číslo osoby (8 číslic, kontrola modulo 11)",
        description_en="Czech company identification number (8 digits, mod-11 check)",
        predicate="rov:registration",
    )
    kind: Annotated[str, code_of("organization_kinds")] | None = column(
        None,
        title_cs="Druh organizace",
        title_en="Organization kind",
        predicate="rov:orgType",
        codelist="organization_kinds",
    )
    website: HttpUrl | None = column(None, title_cs="Web", title_en="Website", predicate="foaf:homepage")

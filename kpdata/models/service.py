"""Registered social services (MPSV registry) and where they are provided."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import model_validator

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import Slug, code_of, codes_of

__all__ = ["Service"]


class Service(Fact):
    """A social service registered under zákon 108/2006 Sb., run by a provider."""

    __table__ = TableMeta(
        name="services",
        title_cs="Sociální služby",
        title_en="Social services",
        description_cs="Registrované sociální služby: identifikátor MPSV, druh (§), formy, cílové skupiny, "
        "kapacita",
        description_en="Registered social services: MPSV identifier, kind (§), forms, target groups, capacity",
        rdf_class="cpsv:PublicService",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    registry_id: str | None = column(
        None,
        title_cs="Identifikátor služby (MPSV)",
        title_en="MPSV service identifier",
        predicate="dct:identifier",
        pattern=r"^\d{5,8}$",
    )
    name: str = column(title_cs="Název", title_en="Name", predicate="dct:title", min_length=1)
    provider_id: Slug | None = column(
        None,
        title_cs="Poskytovatel",
        title_en="Provider",
        predicate="cv:hasCompetentAuthority",
        references="organizations",
    )
    kind: Annotated[str, code_of("service_kinds")] | None = column(
        None,
        title_cs="Druh služby",
        title_en="Service kind",
        description_cs="Druh sociální služby podle zákona 108/2006 Sb. (§ 37–70)",
        description_en="Kind of social service under Act 108/2006 Coll. (§ 37–70)",
        predicate="dct:type",
        codelist="service_kinds",
    )
    forms: Annotated[list[str], codes_of("service_forms")] = column(
        default_factory=list,
        title_cs="Formy poskytování",
        title_en="Forms of provision",
        predicate="kp:form",
        codelist="service_forms",
    )
    target_groups: Annotated[list[str], codes_of("target_groups")] = column(
        default_factory=list,
        title_cs="Cílové skupiny",
        title_en="Target groups",
        predicate="kp:targetGroup",
        codelist="target_groups",
    )
    capacity: int | None = column(
        None, title_cs="Kapacita", title_en="Capacity", predicate="kp:capacity", ge=0
    )
    capacity_type: Annotated[str, code_of("capacity_types")] | None = column(
        None,
        title_cs="Typ kapacity",
        title_en="Capacity type",
        predicate="kp:capacityType",
        codelist="capacity_types",
    )
    territory_id: str | None = column(
        None,
        title_cs="Obec místa poskytování",
        title_en="Territory of the facility",
        predicate="dct:spatial",
        references="territories",
    )
    valid_from: date | None = column(
        None, title_cs="Poskytována od", title_en="Provided from", predicate="kp:providedFrom"
    )
    valid_to: date | None = column(
        None, title_cs="Poskytována do", title_en="Provided until", predicate="kp:providedUntil"
    )

    @model_validator(mode="after")
    def _dates_ordered(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError(
                f"service ends {self.valid_to} before it starts {self.valid_from} (rule 'service-dates')"
            )
        return self

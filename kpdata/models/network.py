"""Networks of social services: which service is in which process's or region's network."""

from __future__ import annotations

from pydantic import model_validator

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import Slug, Year

__all__ = ["NetworkEntry"]


class NetworkEntry(Fact):
    """A service's place in a network (základní síť / síť sociálních služeb) for a period."""

    __table__ = TableMeta(
        name="network_entries",
        title_cs="Sítě sociálních služeb",
        title_en="Service network entries",
        description_cs="Zařazení služeb do základní sítě obce, ORP nebo kraje na dané období",
        description_en="Services included in a municipal, district or regional network for a period",
        rdf_class="kp:NetworkEntry",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    service_id: Slug = column(
        title_cs="Služba", title_en="Service", predicate="kp:service", references="services"
    )
    network: Slug = column(
        title_cs="Síť",
        title_en="Network",
        description_cs="Identifikátor sítě, např. opava nebo kraj-3140",
        description_en="Network identifier, e.g. opava or kraj-3140",
        predicate="kp:network",
    )
    process_id: Slug | None = column(
        None, title_cs="Proces", title_en="Process", predicate="kp:process", references="processes"
    )
    territory_id: str | None = column(
        None,
        title_cs="Území sítě",
        title_en="Network territory",
        predicate="dct:spatial",
        references="territories",
    )
    period_start: Year | None = column(
        None, title_cs="Od roku", title_en="Period start", predicate="kp:periodStart"
    )
    period_end: Year | None = column(
        None, title_cs="Do roku", title_en="Period end", predicate="kp:periodEnd"
    )
    capacity: int | None = column(
        None, title_cs="Kapacita v síti", title_en="Capacity in the network", predicate="kp:capacity", ge=0
    )

    @model_validator(mode="after")
    def _period_is_ordered(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValueError(
                f"period {self.period_start}–{self.period_end} ends before it starts (rule 'network-period-order')"
            )
        return self

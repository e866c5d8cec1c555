"""Figures a process states about itself: numbers of groups, participants, services, users."""

from __future__ import annotations

from typing import Annotated

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import Slug, Year, code_of

__all__ = ["Figure"]


class Figure(Fact):
    """A number stated in a source, with its metric."""

    __table__ = TableMeta(
        name="figures",
        title_cs="Číselné údaje",
        title_en="Figures",
        description_cs="Čísla uvedená ve zdroji: počty pracovních skupin, účastníků, organizací, služeb",
        description_en="Numbers stated in a source: working groups, participants, organisations, services",
        rdf_class="kp:Figure",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    process_id: Slug = column(
        title_cs="Proces", title_en="Process", predicate="kp:process", references="processes"
    )
    metric: Annotated[str, code_of("metrics")] = column(
        title_cs="Ukazatel", title_en="Metric", predicate="kp:metric", codelist="metrics"
    )
    label: str = column(
        title_cs="Popis (jak je uveden)", title_en="Label as published", predicate="rdfs:label", min_length=1
    )
    value: float = column(title_cs="Hodnota", title_en="Value", predicate="rdf:value")
    approximate: bool = column(
        False,
        title_cs="Přibližně",
        title_en="Approximate",
        description_cs="Zdroj uvádí číslo přibližně (téměř, cca, přes)",
        description_en="The source states the number approximately (almost, about, over)",
        predicate="kp:approximate",
    )
    year: Year | None = column(None, title_cs="Rok", title_en="Year", predicate="kp:year")

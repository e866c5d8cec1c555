"""Community plans: multi-year planning documents with their periods and approvals."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import model_validator

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import HttpUrl, Slug, Year, code_of

__all__ = ["Plan"]


class Plan(Fact):
    """A multi-year community plan (komunitní plán / střednědobý plán rozvoje sociálních služeb)."""

    __table__ = TableMeta(
        name="plans",
        title_cs="Plány",
        title_en="Plans",
        description_cs="Komunitní plány a střednědobé plány rozvoje sociálních služeb: období, schválení",
        description_en="Community plans and medium-term plans of social services: periods and approvals",
        rdf_class="foaf:Document",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    process_id: Slug = column(
        title_cs="Proces", title_en="Process", predicate="dct:publisher", references="processes"
    )
    ordinal: int | None = column(
        None, title_cs="Pořadí plánu", title_en="Ordinal", predicate="kp:ordinal", ge=1, le=50
    )
    title: str | None = column(None, title_cs="Název", title_en="Title", predicate="dct:title")
    period_start: Year | None = column(
        None, title_cs="Platí od roku", title_en="Period start", predicate="kp:periodStart"
    )
    period_end: Year | None = column(
        None, title_cs="Platí do roku", title_en="Period end", predicate="kp:periodEnd"
    )
    status: Annotated[str, code_of("plan_statuses")] | None = column(
        None, title_cs="Stav", title_en="Status", predicate="adms:status", codelist="plan_statuses"
    )
    approved_on: date | None = column(
        None, title_cs="Schváleno dne", title_en="Approved on", predicate="dct:issued"
    )
    approved_by: Annotated[str, code_of("approval_bodies")] | None = column(
        None,
        title_cs="Schválil orgán",
        title_en="Approved by",
        predicate="kp:approvedBy",
        codelist="approval_bodies",
    )
    resolution: str | None = column(
        None,
        title_cs="Číslo usnesení",
        title_en="Resolution number",
        predicate="kp:resolution",
    )
    document_url: HttpUrl | None = column(
        None, title_cs="Dokument", title_en="Document URL", predicate="foaf:page"
    )

    @model_validator(mode="after")
    def _period_is_ordered(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValueError(
                f"period {self.period_start}–{self.period_end} ends before it starts (rule 'plan-period-order')"
            )
        return self

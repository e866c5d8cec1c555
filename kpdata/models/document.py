"""Documents of a process: plans as files, action plans, analyses, reports, minutes."""

from __future__ import annotations

from typing import Annotated

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import HttpUrl, Slug, Year, code_of

__all__ = ["Document"]


class Document(Fact):
    """A named document of a planning process."""

    __table__ = TableMeta(
        name="documents",
        title_cs="Dokumenty",
        title_en="Documents",
        description_cs="Dokumenty procesu: plány, akční plány, analýzy, zprávy, zápisy",
        description_en="Documents of a process: plans, action plans, analyses, reports, minutes",
        rdf_class="foaf:Document",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    process_id: Slug = column(
        title_cs="Proces", title_en="Process", predicate="dct:publisher", references="processes"
    )
    plan_id: Slug | None = column(
        None, title_cs="Plán", title_en="Plan", predicate="dct:isPartOf", references="plans"
    )
    title: str = column(title_cs="Název", title_en="Title", predicate="dct:title", min_length=1)
    kind: Annotated[str, code_of("document_kinds")] | None = column(
        None, title_cs="Druh", title_en="Kind", predicate="dct:type", codelist="document_kinds"
    )
    url: HttpUrl | None = column(None, title_cs="Adresa", title_en="URL", predicate="dcat:downloadURL")
    year: Year | None = column(None, title_cs="Rok", title_en="Year", predicate="dct:date")

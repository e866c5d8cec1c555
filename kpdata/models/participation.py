"""How the public takes part: surveys, comment procedures, open meetings and groups."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import Slug, code_of

__all__ = ["Participation"]


class Participation(Fact):
    """One way the public is involved in a planning process."""

    __table__ = TableMeta(
        name="participation",
        title_cs="Zapojení veřejnosti",
        title_en="Public participation",
        description_cs="Dotazníková šetření, připomínková řízení, veřejná setkání, otevřené skupiny",
        description_en="Questionnaires, comment procedures, public meetings, open groups",
        rdf_class="kp:Participation",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    process_id: Slug = column(
        title_cs="Proces", title_en="Process", predicate="kp:process", references="processes"
    )
    kind: Annotated[str, code_of("participation_kinds")] = column(
        title_cs="Druh", title_en="Kind", predicate="dct:type", codelist="participation_kinds"
    )
    description: str = column(
        title_cs="Popis", title_en="Description", predicate="dct:description", min_length=1
    )
    date_from: date | None = column(None, title_cs="Od", title_en="From", predicate="kp:dateFrom")
    date_to: date | None = column(
        None, title_cs="Do (uzávěrka)", title_en="Until (deadline)", predicate="kp:dateTo"
    )
    channel: str | None = column(None, title_cs="Kanál", title_en="Channel", predicate="kp:channel")

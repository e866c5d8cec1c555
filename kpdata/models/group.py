"""Working, coordination and steering groups of a planning process."""

from __future__ import annotations

from typing import Annotated

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import Slug, code_of, codes_of

__all__ = ["Group"]


class Group(Fact):
    """A group of a planning process, with the target groups it plans for."""

    __table__ = TableMeta(
        name="groups",
        title_cs="Skupiny",
        title_en="Groups",
        description_cs="Pracovní, koordinační a řídicí skupiny procesu plánování",
        description_en="Working, coordination and steering groups of a planning process",
        rdf_class="org:OrganizationalUnit",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    process_id: Slug = column(
        title_cs="Proces", title_en="Process", predicate="org:unitOf", references="processes"
    )
    kind: Annotated[str, code_of("group_kinds")] = column(
        title_cs="Druh skupiny", title_en="Group kind", predicate="kp:groupKind", codelist="group_kinds"
    )
    name: str = column(
        title_cs="Název (jak je uveden)",
        title_en="Name as published",
        predicate="skos:prefLabel",
        min_length=1,
    )
    target_groups: Annotated[list[str], codes_of("target_groups")] = column(
        default_factory=list,
        title_cs="Cílové skupiny",
        title_en="Target groups",
        predicate="kp:targetGroup",
        codelist="target_groups",
    )
    open_to_public: bool | None = column(
        None,
        title_cs="Otevřená veřejnosti",
        title_en="Open to the public",
        predicate="kp:openToPublic",
    )

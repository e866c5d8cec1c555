"""Who holds which role in which group or process, and on behalf of whom."""

from __future__ import annotations

from typing import Annotated

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import Slug, code_of

__all__ = ["Membership"]


class Membership(Fact):
    """A person's role in a group or in the process itself (org:Membership)."""

    __table__ = TableMeta(
        name="memberships",
        title_cs="Členství a funkce",
        title_en="Memberships",
        description_cs="Role osob ve skupinách a procesu: koordinátor, vedoucí skupiny, člen (osobní údaje)",
        description_en="Roles of people in groups and processes: coordinator, group leader, member "
        "(personal data)",
        rdf_class="org:Membership",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    person_id: Slug = column(
        title_cs="Osoba", title_en="Person", predicate="org:member", references="people", personal=True
    )
    group_id: Slug | None = column(
        None, title_cs="Skupina", title_en="Group", predicate="org:organization", references="groups"
    )
    process_id: Slug = column(
        title_cs="Proces", title_en="Process", predicate="kp:process", references="processes"
    )
    role: Annotated[str, code_of("roles")] = column(
        title_cs="Role", title_en="Role", predicate="org:role", codelist="roles"
    )
    role_as_written: str | None = column(
        None, title_cs="Funkce (jak je uvedena)", title_en="Role as published", predicate="kp:roleLabel"
    )
    on_behalf_of: str | None = column(
        None,
        title_cs="Za organizaci",
        title_en="On behalf of",
        description_cs="Organizace, kterou osoba zastupuje (název, jak je uveden)",
        description_en="The organisation the person represents (name as published)",
        predicate="kp:onBehalfOf",
    )
    stakeholder_category: Annotated[str, code_of("stakeholder_categories")] | None = column(
        None,
        title_cs="Strana triády",
        title_en="Stakeholder category",
        description_cs="zadavatel, poskytovatel, uživatel nebo veřejnost",
        description_en="commissioner, provider, user or public",
        predicate="kp:stakeholderCategory",
        codelist="stakeholder_categories",
    )

"""Contact points (e-mail, phone) of a post or process (personal data when they name a person)."""

from __future__ import annotations

from typing import Annotated

from pydantic import model_validator

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import Email, Phone, Slug, code_of

__all__ = ["ContactPoint"]


class ContactPoint(Fact):
    """An e-mail address and/or phone for a membership or a process."""

    __table__ = TableMeta(
        name="contact_points",
        title_cs="Kontakty",
        title_en="Contact points",
        description_cs="E-maily a telefony koordinátorů a dalších osob ve veřejné roli (osobní údaje)",
        description_en="E-mails and phones of coordinators and others in a public role (personal data)",
        rdf_class="vcard:Kind",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    membership_id: Slug | None = column(
        None,
        title_cs="Členství",
        title_en="Membership",
        predicate="kp:contactOf",
        references="memberships",
    )
    process_id: Slug = column(
        title_cs="Proces", title_en="Process", predicate="kp:process", references="processes"
    )
    role: Annotated[str, code_of("roles")] | None = column(
        None,
        title_cs="Funkce",
        title_en="Post",
        description_cs="Funkce, pro kterou kontakt platí (i když jméno osoby není zveřejněno)",
        description_en="The post the contact is for (also when the holder's name is not published)",
        predicate="org:role",
        codelist="roles",
    )
    role_as_written: str | None = column(
        None, title_cs="Funkce (jak je uvedena)", title_en="Post as published", predicate="kp:roleLabel"
    )
    email: Email | None = column(
        None, title_cs="E-mail", title_en="E-mail", predicate="vcard:hasEmail", personal=True
    )
    phone: Phone | None = column(
        None,
        title_cs="Telefon (E.164)",
        title_en="Phone (E.164)",
        predicate="vcard:hasTelephone",
        personal=True,
    )

    @model_validator(mode="after")
    def _has_channel(self):
        if not self.email and not self.phone:
            raise ValueError("a contact point needs an e-mail or a phone (rule 'contact-channel')")
        return self

"""People named in a public role (personal data: published only with their source)."""

from __future__ import annotations

from kpdata.models.base import TableMeta, column
from kpdata.models.provenance import Fact
from kpdata.models.validators import Slug

__all__ = ["Person"]


class Person(Fact):
    """A person in a public role of a planning process (coordinator, group leader, member)."""

    __table__ = TableMeta(
        name="people",
        title_cs="Osoby",
        title_en="People",
        description_cs="Osoby ve veřejné roli v komunitním plánování (osobní údaje)",
        description_en="People in a public role in community planning (personal data)",
        rdf_class="foaf:Person",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    honorific_prefix: str | None = column(
        None,
        title_cs="Tituly před jménem",
        title_en="Honorific prefix",
        predicate="foaf:title",
        personal=True,
    )
    given_name: str = column(
        title_cs="Jméno", title_en="Given name", predicate="foaf:givenName", personal=True, min_length=1
    )
    family_name: str = column(
        title_cs="Příjmení", title_en="Family name", predicate="foaf:familyName", personal=True, min_length=1
    )
    honorific_suffix: str | None = column(
        None,
        title_cs="Tituly za jménem",
        title_en="Honorific suffix",
        predicate="kp:honorificSuffix",
        personal=True,
    )

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.honorific_prefix, self.given_name, self.family_name) if p)
        return f"{name}, {self.honorific_suffix}" if self.honorific_suffix else name

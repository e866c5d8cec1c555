"""The tables of the dataset, in dependency order (a table only references tables before it)."""

from __future__ import annotations

from kpdata.models.base import Record
from kpdata.models.contact import ContactPoint
from kpdata.models.document import Document
from kpdata.models.figure import Figure
from kpdata.models.group import Group
from kpdata.models.membership import Membership
from kpdata.models.network import NetworkEntry
from kpdata.models.organization import Organization
from kpdata.models.participation import Participation
from kpdata.models.person import Person
from kpdata.models.plan import Plan
from kpdata.models.process import Process
from kpdata.models.service import Service
from kpdata.models.source import Source
from kpdata.models.territory import Territory

__all__ = ["PERSONAL_TABLES", "TABLES", "model_for"]

TABLES: dict[str, type[Record]] = {
    model.__table__.name: model
    for model in (
        Territory,
        Source,
        Process,
        Plan,
        Group,
        Person,
        Membership,
        ContactPoint,
        Organization,
        Service,
        NetworkEntry,
        Figure,
        Participation,
        Document,
    )
}

# Tables left out of a release without personal data: those with a field flagged personal.
PERSONAL_TABLES: tuple[str, ...] = tuple(name for name, model in TABLES.items() if model.has_personal_data())


def model_for(table: str) -> type[Record]:
    try:
        return TABLES[table]
    except KeyError:
        raise KeyError(f"unknown table {table!r}; tables: {', '.join(TABLES)}") from None

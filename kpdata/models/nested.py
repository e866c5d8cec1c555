"""The one nested JSON document of a release (``kpdata.json``): every process with what belongs to it.

The nodes reuse the record models: a :class:`ProcessNode` is a :class:`Process` plus its plans, groups
(each with its memberships), process-level memberships, contact points, figures, participation,
documents and network entries. Organizations, services and sources are shared between processes and
sit at the top level; territories are not repeated (they are reference data, linked by id).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

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
from kpdata.models.recordset import RecordSet
from kpdata.models.service import Service
from kpdata.models.source import Source

__all__ = ["DatasetDocument", "GroupNode", "MembershipNode", "ProcessNode", "to_nested"]


def _nested(title: str, description: str) -> Any:
    return Field(default_factory=list, title=title, description=description)


class MembershipNode(Membership):
    """A membership with the person who holds it (absent in a release without personal data)."""

    person: Person | None = Field(None, title="Person", description="The person holding the role")


class GroupNode(Group):
    """A group with the memberships in it."""

    memberships: list[MembershipNode] = _nested("Memberships", "Roles of people in this group")


class ProcessNode(Process):
    """A planning process with everything recorded about it."""

    plans: list[Plan] = _nested("Plans", "Plans of this process")
    groups: list[GroupNode] = _nested("Groups", "Groups of this process with their members")
    memberships: list[MembershipNode] = _nested("Memberships", "Roles held in the process itself")
    contact_points: list[ContactPoint] = _nested("Contact points", "Contacts of the process")
    figures: list[Figure] = _nested("Figures", "Numbers stated about the process")
    participation: list[Participation] = _nested("Participation", "How the public takes part")
    documents: list[Document] = _nested("Documents", "Documents of the process")
    network_entries: list[NetworkEntry] = _nested("Network entries", "Services in this process's network")


class DatasetDocument(BaseModel):
    """One release of kpdata as a single JSON document."""

    model_config = ConfigDict(extra="forbid")

    version: str = Field(
        title="Version",
        description="Release version (X.Y.Z; an unreleased build has a .devN suffix)",
        pattern=r"^\d+\.\d+\.\d+(\.dev\d+)?$",
    )
    processes: list[ProcessNode] = _nested("Processes", "Planning processes with what belongs to them")
    organizations: list[Organization] = _nested("Organizations", "Providers and other bodies")
    services: list[Service] = _nested("Services", "Registered social services")
    network_entries: list[NetworkEntry] = _nested(
        "Network entries", "Network entries that belong to no process (e.g. a regional network)"
    )
    sources: list[Source] = _nested("Sources", "Pages the facts were read from")


def _fields(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in type(record).model_fields}


def _by_key(records: list[Record], key: str) -> dict[Any, list[Record]]:
    out: dict[Any, list[Record]] = defaultdict(list)
    for record in records:
        out[getattr(record, key)].append(record)
    return out


def _membership_node(membership: Membership, records: RecordSet) -> MembershipNode:
    person = records.get("people", membership.person_id)
    return MembershipNode.model_construct(**_fields(membership), person=person)


def _process_node(process: Process, records: RecordSet, children: dict[str, dict[Any, list]]) -> ProcessNode:
    key = process.id
    members = [_membership_node(m, records) for m in children["memberships"].get(key, [])]
    by_group = _by_key(members, "group_id")
    groups = [
        GroupNode.model_construct(**_fields(g), memberships=by_group.get(g.id, []))
        for g in children["groups"].get(key, [])
    ]
    own = [m for m in members if m.group_id not in {g.id for g in groups}]
    nested = {name: children[name].get(key, []) for name in _PER_PROCESS}
    return ProcessNode.model_construct(**_fields(process), groups=groups, memberships=own, **nested)


_PER_PROCESS = ("plans", "contact_points", "figures", "participation", "documents", "network_entries")


def to_nested(records: RecordSet, *, version: str) -> DatasetDocument:
    """Nest ``records`` per process (each list sorted by id, as in the RecordSet)."""
    children = {name: _by_key(records.table(name), "process_id") for name in (*_PER_PROCESS, "groups")}
    children["memberships"] = _by_key(records.table("memberships"), "process_id")
    processes = [_process_node(p, records, children) for p in records.table("processes")]
    return DatasetDocument(
        version=version,
        processes=processes,
        organizations=records.table("organizations"),
        services=records.table("services"),
        network_entries=children["network_entries"].get(None, []),
        sources=records.table("sources"),
    )

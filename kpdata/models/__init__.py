"""The records of the kpdata dataset: pydantic models, the single source of truth for every table.

Each field is declared with :func:`kpdata.models.base.column` (Czech and English title and
description, RDF predicate, personal-data flag, codelist, foreign key); schemas, RDF mappings and the
data dictionary are generated from these declarations.
"""

from __future__ import annotations

from kpdata.models.base import ColumnMeta, Record, TableMeta, column, from_row, to_row
from kpdata.models.contact import ContactPoint
from kpdata.models.document import Document
from kpdata.models.errors import RecordError, validate_record
from kpdata.models.figure import Figure
from kpdata.models.group import Group
from kpdata.models.membership import Membership
from kpdata.models.network import NetworkEntry
from kpdata.models.organization import Organization
from kpdata.models.participation import Participation
from kpdata.models.person import Person
from kpdata.models.plan import Plan
from kpdata.models.process import Process
from kpdata.models.provenance import Fact
from kpdata.models.recordset import RecordSet
from kpdata.models.service import Service
from kpdata.models.source import Source
from kpdata.models.tables import PERSONAL_TABLES, TABLES, model_for
from kpdata.models.territory import Territory

__all__ = [
    "PERSONAL_TABLES",
    "TABLES",
    "ColumnMeta",
    "ContactPoint",
    "Document",
    "Fact",
    "Figure",
    "Group",
    "Membership",
    "NetworkEntry",
    "Organization",
    "Participation",
    "Person",
    "Plan",
    "Process",
    "Record",
    "RecordError",
    "RecordSet",
    "Service",
    "Source",
    "TableMeta",
    "Territory",
    "column",
    "from_row",
    "model_for",
    "to_row",
    "validate_record",
]

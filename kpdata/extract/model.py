"""What the page extractor returns: facts stated on one page, each with the evidence it was read from.

The JSON form follows the corpus contract (../shared/corpus/README.md): municipality, level,
kp_since_year, plans, working_groups, coordination_group, contacts, figures, providers, participation,
documents. Every item also carries ``evidence``: the character spans in the input text and the name of
the rule that produced each value, so a reviewer can see why.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Contact",
    "CoordinationGroup",
    "DocumentRef",
    "Evidence",
    "ExtractedItem",
    "Figure",
    "PageExtraction",
    "Participation",
    "PlanFact",
    "Provider",
    "WorkingGroup",
]

Level = Literal["obec", "orp", "kraj", "mestska_cast", "mas", "other"]
TargetGroup = Literal[
    "seniors",
    "disabled",
    "mental_illness",
    "children_youth_family",
    "social_exclusion",
    "ethnic_minorities_foreigners",
    "addictions",
    "homeless",
    "crisis",
    "other",
]


class Evidence(BaseModel):
    """Where one value came from: ``text[start:end]`` of the extracted text, and the rule that read it."""

    model_config = ConfigDict(frozen=True)

    field: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str


class ExtractedItem(BaseModel):
    """Base of every extracted item: a list of evidence, one or more per field."""

    evidence: list[Evidence] = Field(default_factory=list)

    def cite(self, field: str, start: int, end: int, rule: str) -> None:
        self.evidence.append(Evidence(field=field, start=start, end=end, rule=rule))


class PlanFact(ExtractedItem):
    ordinal: int | None = None
    period_from: int | None = None
    period_to: int | None = None
    title: str | None = None
    approved_on: str | None = None  # ISO date
    approved_by: str | None = None  # zastupitelstvo / rada / valna_hromada ...
    resolution: str | None = None
    status: Literal["current", "archived", "in_preparation"] | None = None


class WorkingGroup(ExtractedItem):
    name: str
    target_group: TargetGroup | None = None
    members_named: list[str] = Field(default_factory=list)


class CoordinationGroup(ExtractedItem):
    exists: bool = False
    name: str | None = None
    members: list[str] = Field(default_factory=list)


class Contact(ExtractedItem):
    name: str | None = None
    role: str | None = None
    role_code: str | None = None
    phone: str | None = None  # +420XXXXXXXXX
    email: str | None = None


class Figure(ExtractedItem):
    what: str
    value: float | int
    metric: str | None = None  # code from the metrics codelist, where one fits
    approximate: bool = False
    year: int | None = None


class Provider(ExtractedItem):
    name: str
    ico: str | None = None


class Participation(ExtractedItem):
    kind: str  # survey | comment_procedure | public_meeting | open_group | other
    description: str
    deadline: str | None = None  # ISO date
    channel: str | None = None


class DocumentRef(ExtractedItem):
    title: str
    kind: str | None = None  # plan | action_plan | analysis | report | minutes | other
    url: str | None = None
    year: int | None = None


class PageExtraction(BaseModel):
    """All facts of one page. ``municipality_code`` is the ČSÚ code the name resolved to, if it did."""

    url: str | None = None
    municipality: str | None = None
    municipality_code: str | None = None
    level: Level | None = None
    kp_since_year: int | None = None
    plans: list[PlanFact] = Field(default_factory=list)
    working_groups: list[WorkingGroup] = Field(default_factory=list)
    coordination_group: CoordinationGroup = Field(default_factory=CoordinationGroup)
    contacts: list[Contact] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    providers: list[Provider] = Field(default_factory=list)
    participation: list[Participation] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)  # for page-level values
    errors: list[str] = Field(default_factory=list)  # pattern families that failed on this page

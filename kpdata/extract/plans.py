"""Plans of a page: mentions merged by period and ordinal, with approvals and statuses attached.

Rules (see ../shared/corpus/README.md): multi-year plans are plans; annual action plans and other
documents are not (unless the page's main planning document is itself an action plan approved by a
council); an approval is an adoption by a council; a status needs an explicit cue.
"""

from __future__ import annotations

import re

from kpdata.extract.approvals import Approval, find_approvals
from kpdata.extract.document import Document
from kpdata.extract.mentions import Mention, find_mentions
from kpdata.extract.model import PlanFact

__all__ = ["extract_plans"]

_BACK_REFERENCE = re.compile(r"\b(?:dokument|plan|material)\w{0,3}\b")


class _Plan:
    """A plan being assembled from its mentions."""

    def __init__(self, mention: Mention) -> None:
        self.mentions = [mention]
        self.approval: Approval | None = None

    @property
    def period(self):
        periods = [m.period for m in self.mentions if m.period is not None]
        return max(periods, key=lambda p: p.last or p.first or 0) if periods else None

    @property
    def ordinal(self) -> int | None:
        return next((m.ordinal for m in self.mentions if m.ordinal), None)

    def is_plan(self) -> bool:
        return any(m.is_plan for m in self.mentions)


def _same_plan(plan: _Plan, mention: Mention) -> bool:
    period = plan.period
    if mention.period is not None and period is not None and mention.period.key == period.key:
        return True
    return bool(mention.ordinal) and mention.ordinal == plan.ordinal


def _group(mentions: list[Mention]) -> list[_Plan]:
    """Mentions with a period or an ordinal, merged into plans (same period, or same ordinal)."""
    plans: list[_Plan] = []
    for mention in mentions:
        if mention.period is None and mention.ordinal is None:
            continue
        same = next((p for p in plans if p.is_plan() == mention.is_plan and _same_plan(p, mention)), None)
        if same:
            same.mentions.append(mention)
        else:
            plans.append(_Plan(mention))
    return plans


def _nearest_plan(doc: Document, plans: list[_Plan], approval: Approval) -> _Plan | None:
    """The plan an approval adopts: the mention just before a parenthesis, else the nearest in the sentence."""
    pairs = [(p, m) for p in plans for m in p.mentions]
    if approval.parenthetical:
        before = [(p, m) for p, m in pairs if m.end <= approval.start and approval.start - m.end <= 3]
        if before:
            return before[-1][0]
    s_start, s_end = doc.sentence_at(approval.verb[0])
    inside = [(abs(m.head.start - approval.verb[0]), p) for p, m in pairs if s_start <= m.head.start < s_end]
    if inside:
        return min(inside, key=lambda t: t[0])[1]
    if _BACK_REFERENCE.search(doc.folded, s_start, approval.verb[0]):  # "Dokument byl ... přijat"
        earlier = [(m.end, p) for p, m in pairs if m.end <= s_start and s_start - m.end < 400]
        if earlier:
            return max(earlier, key=lambda t: t[0])[1]
    return None


def _attach_approvals(doc: Document, plans: list[_Plan]) -> None:
    for approval in find_approvals(doc):
        plan = _nearest_plan(doc, plans, approval)
        if plan is not None and plan.approval is None:
            plan.approval = approval


def _status(plan: _Plan) -> tuple[str, tuple[int, int]] | None:
    for status in ("in_preparation", "archived", "current"):
        for m in plan.mentions:
            if m.status == status and m.status_span:
                return status, m.status_span
    return None


def _to_fact(doc: Document, plan: _Plan) -> PlanFact:
    fact = PlanFact()
    period = plan.period
    head = next((m.head for m in plan.mentions if m.period is period), plan.mentions[0].head)
    if period is not None:
        fact.period_from, fact.period_to = period.first, period.last
        for field, year in (("period_from", period.first), ("period_to", period.last)):
            if year is not None:
                fact.cite(field, period.start, period.end, "period")
    title_end = period.end if period is not None and period.start >= head.start else head.end
    fact.title = " ".join(doc.text[head.start : title_end].split())
    fact.cite("title", head.start, title_end, head.rule)
    ordinal = next((m for m in plan.mentions if m.ordinal), None)
    if ordinal is not None and ordinal.ordinal_span:
        fact.ordinal = ordinal.ordinal
        fact.cite("ordinal", *ordinal.ordinal_span, "ordinal_before_head")
    status = _status(plan)
    if status:
        fact.status = status[0]
        fact.cite("status", *status[1], f"status_cue:{status[0]}")
    if plan.approval is not None:
        _cite_approval(fact, plan.approval)
    return fact


def _cite_approval(fact: PlanFact, approval: Approval) -> None:
    fact.approved_by = approval.body
    fact.cite("approved_by", *approval.body_span, "approval_body")
    if approval.date is not None and approval.date.iso:
        fact.approved_on = approval.date.iso
        fact.cite("approved_on", approval.date.start, approval.date.end, "approval_date")
    if approval.resolution and approval.resolution_span:
        fact.resolution = approval.resolution
        fact.cite("resolution", *approval.resolution_span, "approval_resolution")


def _promote_action_plan(plans: list[_Plan]) -> list[_Plan]:
    """Rule 5's exception: with no multi-year plan, an approved multi-year action plan is the plan."""
    if any(p.is_plan() for p in plans):
        return [p for p in plans if p.is_plan()]
    return [
        p
        for p in plans
        if p.approval is not None
        and p.mentions[0].head.kind == "action_plan"
        and p.period is not None
        and p.period.first
        and p.period.last
    ]


def extract_plans(doc: Document) -> list[PlanFact]:
    """The plans the page states, in order of first mention."""
    mentions = [m for m in find_mentions(doc) if m.is_plan or m.head.kind == "action_plan"]
    plans = _group(mentions)
    _attach_approvals(doc, plans)
    return [_to_fact(doc, p) for p in _promote_action_plan(plans)]

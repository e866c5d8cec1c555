"""Plans of a page: mentions merged by period and ordinal, with approvals and statuses attached.

Rules (see ../shared/corpus/README.md): multi-year plans are plans; annual action plans and other
documents are not (unless the page's main planning document is itself an action plan approved by a
council); an approval is an adoption by a council; a status needs an explicit cue.
"""

from __future__ import annotations

import bisect
import re

from kpdata.extract.approvals import CLAUSE_REACH, Approval, find_approvals
from kpdata.extract.document import Document
from kpdata.extract.mentions import Mention, find_mentions, status_cue
from kpdata.extract.model import PlanFact
from kpdata.extract.plan_titles import title_of_plan

__all__ = ["extract_plans"]

BACK_REFERENCE_CHARS = 400  # "Dokument byl přijat" refers to a plan named at most this far before
# "Dokument byl ... přijat", "Zastupitelstvo jej schválilo": the plan named in the sentence before
_BACK_REFERENCE = re.compile(r"\b(?:(?:dokument|plan|material)\w{0,3}|jej|ten|tento|tuto)\b")
_PRONOUN = re.compile(r"\b(?:jej|ten|tento|tuto)\b")  # (folded) a clause that names its plan so


class _Plan:
    """A plan being assembled from its mentions (kept incrementally: pages can mention a plan 1000 times)."""

    def __init__(self, mention: Mention) -> None:
        self.mentions: list[Mention] = []
        self.approval: Approval | None = None
        self.period = None
        self.ordinal: int | None = None
        self.plan = False
        self.borrowed: tuple[str, tuple[int, int]] | None = None  # a status cued near it (_borrow_statuses)
        self.add(mention)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.plan = self.plan or mention.is_plan
        self.ordinal = self.ordinal or mention.ordinal
        p = mention.period
        if p is not None and (
            self.period is None or (p.last or p.first or 0) > (self.period.last or self.period.first or 0)
        ):
            self.period = p

    def is_plan(self) -> bool:
        return self.plan


def _group(mentions: list[Mention]) -> list[_Plan]:
    """Mentions with a period or an ordinal, merged into plans (a period or an ordinal seen before)."""
    plans: list[_Plan] = []
    by_key: dict[tuple, _Plan] = {}
    for mention in mentions:
        if mention.period is None and mention.ordinal is None:
            continue
        keys = []
        if mention.period is not None:
            keys.append((mention.is_plan, "period", mention.period.key))
        if mention.ordinal:
            keys.append((mention.is_plan, "ordinal", mention.ordinal))
        plan = next((by_key[k] for k in keys if k in by_key), None)
        if plan is None:
            plan = _Plan(mention)
            plans.append(plan)
        else:
            plan.add(mention)
        for key in keys:
            by_key.setdefault(key, plan)
    return plans


ORDINAL_BACK_CHARS = 1500  # "… na období 2024–2027. Jde už o pátý plán": the plan named this far before
ORDINAL_AHEAD_CHARS = 600  # "Zastupitelé schválili pátý komunitní plán" in a headline: the plan named next


def _adopt_ordinals(plans: list[_Plan]) -> list[_Plan]:
    """A plan known only by its ordinal ("pátý komunitní plán", "(5. komunitní plán)") is the plan with a
    period and no ordinal named closest before it (else closest after it, in a headline)."""
    dated = [p for p in plans if p.is_plan() and p.period is not None and p.ordinal is None]
    kept = []
    for plan in plans:
        if plan.period is not None or not plan.ordinal or not plan.is_plan():
            kept.append(plan)
            continue
        at = plan.mentions[0].head.start
        before = [
            (m.head.start, p)
            for p in dated
            for m in p.mentions
            if at - ORDINAL_BACK_CHARS <= m.head.start < at
        ]
        after = [
            (m.head.start, p)
            for p in dated
            for m in p.mentions
            if at < m.head.start <= at + ORDINAL_AHEAD_CHARS
        ]
        target = (
            max(before, key=lambda x: x[0])[1]
            if before
            else min(after, key=lambda x: x[0])[1]
            if after
            else None
        )
        if target is None or target.ordinal is not None:
            kept.append(plan)
            continue
        for mention in plan.mentions:
            target.add(mention)
    return kept


HEADING_CHARS = 100  # a heading (a headline) above a plan is at most this long
BORROW_CHARS = 300  # how far after a plan's mention a sentence referring back to it may reach
REFERRED_STATUSES = ("current", "in_preparation")  # "Jde o aktuální plán.", "Návrh plánu projednala …"
# (a sentence's "předchozí plán" speaks of another plan than the one named before it)


def _borrow_statuses(doc: Document, plans: list[_Plan], mentions: list[Mention]) -> None:
    """A plan whose own mentions cue no status takes the cue of the words right after it, up to the end of
    the next sentence, when they refer back to it (an undated head, "dokument", "jej") and name no other
    plan ("… na léta 2023–2026. Jde o aktuální plán, …"; "Aktuální střednědobý plán schválilo …" under
    its title line); else the cue of a heading right above its line."""
    cued = {id(p) for p in plans if any(m.status for m in p.mentions)}
    dated = {id(m): p for p in plans if id(p) not in cued for m in p.mentions if m.period is not None}
    ordered = sorted(mentions, key=lambda m: m.head.start)
    starts = [m.head.start for m in ordered]
    for k, mention in enumerate(ordered):
        plan = dated.get(id(mention))
        if plan is None or plan.borrowed:
            continue
        plan.borrowed = _referring_cue(doc, ordered, starts, k) or (
            _heading_cue(doc, ordered[k - 1], mention) if k else None
        )


def _referring_cue(
    doc: Document, ordered: list[Mention], starts: list[int], k: int
) -> tuple[str, tuple[int, int]] | None:
    """The status cued after mention ``k`` up to the next sentence's end, by words referring back to it."""
    lo = ordered[k].end
    _, s_end = doc.sentence_at(max(lo - 1, 0))
    hi = min(doc.sentence_at(min(s_end, len(doc.text) - 1))[1], lo + BORROW_CHARS)
    after = ordered[k + 1 : bisect.bisect_left(starts, hi, k + 1)]
    if any(m.period is not None or m.ordinal or not m.is_plan for m in after):
        return None  # another plan or document is named there
    if not after and not _BACK_REFERENCE.search(doc.folded, lo, hi):
        return None
    cue = status_cue(doc, lo, hi)
    return cue if cue and cue[0] in REFERRED_STATUSES else None


def _heading_cue(doc: Document, before: Mention, mention: Mention) -> tuple[str, tuple[int, int]] | None:
    """The status of a heading (or a news headline) that names a plan without a period, when this plan is
    the next one named after it ("Aktuální komunitní plán\nKomunitní plán … 2025–2028 byl schválen …",
    "Zastupitelé schválili nový komunitní plán\n… schválilo Komunitní plán … 2026–2029")."""
    if before.period is not None or before.ordinal or not before.is_plan or before.status is None:
        return None
    if mention.head.start - before.head.start > ORDINAL_AHEAD_CHARS:  # (a headline's reach, as for ordinals)
        return None
    start = doc.text.rfind("\n", 0, before.head.start) + 1
    end = doc.text.find("\n", before.head.end)
    end = len(doc.text) if end < 0 else end
    line = doc.text[start:end].strip()
    if end >= mention.head.start or len(line) > HEADING_CHARS or line.endswith((".", ",", ";")):
        return None  # a sentence, not a heading of its own line above the plan
    return before.status, before.status_span


def _names_document(starts: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


class _MentionIndex:
    """Mentions of all plans sorted by head start and by end, for nearest-mention look-ups, and where
    the page names other documents (an annual action plan, a report) that are part of no plan."""

    def __init__(self, plans: list[_Plan], documents: list[int]) -> None:
        self.documents = documents
        pairs = [(m, p) for p in plans for m in p.mentions]
        self.by_start = sorted(pairs, key=lambda t: t[0].head.start)
        self.starts = [m.head.start for m, _ in self.by_start]
        self.by_end = sorted(pairs, key=lambda t: t[0].end)
        self.ends = [m.end for m, _ in self.by_end]

    def ending_in(self, lo: int, hi: int) -> _Plan | None:
        """The plan of the last mention ending within ``[lo, hi]``."""
        i = bisect.bisect_right(self.ends, hi) - 1
        return self.by_end[i][1] if i >= 0 and self.ends[i] >= lo else None

    def nearest_start(self, pos: int, lo: int, hi: int) -> _Plan | None:
        """The plan of the mention whose head starts nearest ``pos`` within ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, pos)
        near = [j for j in (i - 1, i) if 0 <= j < len(self.starts) and lo <= self.starts[j] < hi]
        return self.by_start[min(near, key=lambda j: abs(self.starts[j] - pos))][1] if near else None


def _nearest_plan(doc: Document, index: _MentionIndex, approval: Approval) -> _Plan | None:
    """The plan an approval adopts: the plan its table row names, the mention just before a parenthesis,
    else the nearest in the sentence."""
    if approval.row:
        return index.nearest_start(approval.verb[0], approval.start, approval.end)
    if approval.parenthetical:
        before = index.ending_in(approval.start - 3, approval.start)
        if before is not None:
            return before
    s_start, s_end = doc.sentence_at(approval.verb[0])
    # within the reach of the approval's clause (a page without sentence ends is no one sentence), and
    # over a resolution's lines
    s_start = min(max(s_start, approval.verb[0] - CLAUSE_REACH), approval.start)
    s_end = max(min(s_end, approval.verb[1] + CLAUSE_REACH), approval.end)
    if index.nearest_start(approval.verb[0], s_start, approval.verb[0]) is None and _PRONOUN.search(
        doc.folded, s_start, approval.verb[0]
    ):  # "Zastupitelstvo jej schválilo …": the plan named before, not one after the verb
        before = index.ending_in(s_start - BACK_REFERENCE_CHARS, s_start)
        if before is not None:
            return before
    inside = index.nearest_start(approval.verb[0], s_start, s_end)
    if inside is not None:
        return inside
    if _names_document(index.documents, s_start, approval.verb[0]):
        return None  # "Akční plán na rok 2025 schválila Rada …": the document the sentence opens with
    # "Schváleno ZM dne …", or a dash line under the plan's title ("– schválen Zastupitelstvem …")
    opens_sentence = not doc.folded[s_start : approval.verb[0]].strip(" \n\t(–•*-")
    if opens_sentence or _BACK_REFERENCE.search(
        doc.folded, max(s_start, approval.verb[0] - 200), approval.verb[0]
    ):
        return index.ending_in(s_start - BACK_REFERENCE_CHARS, s_start)  # "Dokument byl ... přijat"
    return None


def _attach_approvals(doc: Document, plans: list[_Plan], documents: list[int]) -> None:
    index = _MentionIndex(plans, documents)
    for approval in find_approvals(doc):
        plan = _nearest_plan(doc, index, approval)
        if plan is not None and (plan.approval is None or _fuller(approval) > _fuller(plan.approval)):
            plan.approval = approval  # (a dated report of the adoption over a headline's "schválili")


def _fuller(approval: Approval) -> tuple[bool, bool]:
    """How much an approval states: a date first, then a resolution."""
    return approval.date is not None, approval.resolution is not None


def _status(plan: _Plan) -> tuple[str, tuple[int, int]] | None:
    """The status cue of the plan's mentions; a plan the page reports adopted is no longer a draft."""
    statuses = ("archived", "current") if plan.approval else ("in_preparation", "archived", "current")
    for status in statuses:
        for m in plan.mentions:
            if m.status == status and m.status_span:
                return status, m.status_span
    for status in statuses:  # a cue less in front ("zpracovávaný dokument … aktuálně platný plán")
        for m in plan.mentions:
            for cued, span in m.later_statuses:
                if cued == status:
                    return status, span
    if plan.borrowed and plan.borrowed[0] in statuses:
        return plan.borrowed
    return None


def _just_approved(plan: _Plan) -> tuple[str, tuple[int, int]] | None:
    """Rule 7's "just approved": a news-style report of the adoption (a verb, no date of record)."""
    approval = plan.approval
    if approval is None or approval.date is not None or approval.parenthetical:
        return None
    return "current", approval.verb


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
    fact.title = title_of_plan(doc.text[head.start : title_end])
    if fact.title:
        fact.cite("title", head.start, title_end, head.rule)
    ordinal = next((m for m in plan.mentions if m.ordinal), None)
    if ordinal is not None and ordinal.ordinal_span:
        fact.ordinal = ordinal.ordinal
        fact.cite("ordinal", *ordinal.ordinal_span, "ordinal_before_head")
    status = _status(plan) or _just_approved(plan)
    if status:
        fact.status = status[0]
        if plan.approval and status[1] == plan.approval.verb:
            rule = "just_approved"
        elif status is plan.borrowed:  # read off a sentence referring back to it, or a heading above
            rule = f"status_cue_nearby:{status[0]}"
        else:
            rule = f"status_cue:{status[0]}"
        fact.cite("status", *status[1], rule)
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
    every = find_mentions(doc)
    mentions = [m for m in every if m.is_plan or m.head.kind == "action_plan"]
    plans = _adopt_ordinals(_group(mentions))
    in_plans = {id(m) for p in plans for m in p.mentions}
    documents = sorted(m.head.start for m in every if not m.is_plan and id(m) not in in_plans)
    _attach_approvals(doc, plans, documents)
    _borrow_statuses(doc, plans, mentions)
    return [_to_fact(doc, p) for p in _promote_action_plan(plans)]

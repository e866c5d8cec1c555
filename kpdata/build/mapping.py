"""Map one page's extraction to record drafts: the page, its process, plans, figures, participation,
documents and providers. People and groups are in :mod:`kpdata.build.people`."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from kpdata.build.context import MappingContext, code_or
from kpdata.build.drafts import DraftStore
from kpdata.build.slugs import slugify
from kpdata.extract.model import DocumentRef, Figure, Participation, PlanFact, Provider

__all__ = ["derive_plan_statuses", "map_page", "plan_status", "process_draft"]


def process_draft(ctx: MappingContext) -> dict[str, Any]:
    """The source's planning process: territory, level and lead body from source.yml, since-year from
    the page (the process id is the source id)."""
    config, extraction = ctx.source.config, ctx.page.extraction
    since = [e for e in extraction.evidence if e.field == "kp_since_year"]
    provenance = ctx.fact()
    if extraction.kp_since_year is not None and since:
        provenance |= {"span_start": since[0].start, "span_end": since[0].end}
    return {
        "id": ctx.sid,
        "name": config.title,
        "territory_id": f"{config.territory_kind}-{config.territory}",
        "level": config.level,
        "lead_body": config.lead_body,
        "lead_body_ico": config.lead_body_ico,
        "since_year": extraction.kp_since_year,
        "website": config.start_urls[0],
        **provenance,
    }


def _source_draft(ctx: MappingContext) -> dict[str, Any]:
    page = ctx.page
    return {
        "id": ctx.source_ref,
        "source_id": ctx.sid,
        "url": page.url,
        "title": page.title,
        "retrieved_at": page.retrieved_at,
        "sha256": page.sha256,
        "media_type": page.media_type,
        "status": page.status,
    }


def plan_status(period_start: int | None, period_end: int | None, year: int) -> str | None:
    """A plan's status derived from its period and the reference year (the release year)."""
    if period_start is None or period_end is None:
        return None
    if period_end < year:
        return "expired"
    return "in_preparation" if period_start > year else "current"


def derive_plan_statuses(store: DraftStore, year: int) -> None:
    """Plans whose status no page states get one derived from their period (after every page is read,
    so a status stated on one page is never in conflict with one derived on another)."""
    for draft in store.drafts("plans"):
        if draft.data.get("status") is None:
            draft.data["status"] = plan_status(
                draft.data.get("period_start"), draft.data.get("period_end"), year
            )


def _plan_slug(plan: PlanFact) -> str | None:
    if plan.period_from and plan.period_to:
        return f"{plan.period_from}-{plan.period_to}"
    if plan.period_from or plan.ordinal:
        return str(plan.period_from or plan.ordinal)
    return slugify(plan.title) if plan.title else None


def _plan(ctx: MappingContext, plan: PlanFact) -> None:
    slug = _plan_slug(plan)
    if slug is None:
        ctx.store.report.warning(
            "unidentifiable",
            "a plan with no period, ordinal or title: left out",
            file=ctx.file,
            table="plans",
            field=ctx.page.url,
        )
        return
    ctx.put("plans", {
        "id": ctx.new_id("plan", slug, slug),
        "process_id": ctx.sid,
        "ordinal": plan.ordinal,
        "title": plan.title,
        "period_start": plan.period_from,
        "period_end": plan.period_to,
        "status": plan.status,
        "approved_on": plan.approved_on,
        "approved_by": code_or("approval_bodies", plan.approved_by, "other" if plan.approved_by else None),
        "resolution": plan.resolution,
        **ctx.fact(plan),
    })  # fmt: skip


def _figure(ctx: MappingContext, figure: Figure) -> None:
    metric = code_or("metrics", figure.metric, "other")
    identity = (metric, figure.what, figure.value, figure.year)
    ctx.put("figures", {
        "id": ctx.new_id("figure", metric.replace("_", "-"), identity),
        "process_id": ctx.sid,
        "metric": metric,
        "label": figure.what,
        "value": figure.value,
        "approximate": figure.approximate,
        "year": figure.year,
        **ctx.fact(figure),
    })  # fmt: skip


def _participation(ctx: MappingContext, item: Participation) -> None:
    kind = code_or("participation_kinds", item.kind, "other")
    ctx.put("participation", {
        "id": ctx.new_id("participation", kind.replace("_", "-"), (kind, item.description)),
        "process_id": ctx.sid,
        "kind": kind,
        "description": item.description,
        "date_to": item.deadline,
        "channel": item.channel,
        **ctx.fact(item),
    })  # fmt: skip


def _document(ctx: MappingContext, doc: DocumentRef) -> None:
    url = urljoin(ctx.page.url, doc.url) if doc.url else None
    ctx.put("documents", {
        "id": ctx.new_id("document", slugify(doc.title), (doc.title, url)),
        "process_id": ctx.sid,
        "title": doc.title,
        "kind": code_or("document_kinds", doc.kind, "other" if doc.kind else None),
        "url": url,
        "year": doc.year,
        **ctx.fact(doc),
    })  # fmt: skip


def _provider(ctx: MappingContext, provider: Provider) -> None:
    ico = "".join(ch for ch in provider.ico or "" if ch.isdigit()) or None
    # With an IČO an organisation is one record across sources (and the MPSV registry): org-<IČO>.
    record_id = f"org-{ico}" if ico else ctx.new_id("org", slugify(provider.name), provider.name)
    ctx.put("organizations", {"id": record_id, "name": provider.name, "ico": ico, **ctx.fact(provider)})


def map_page(ctx: MappingContext) -> None:
    """Every draft of one page except the process, people and groups."""
    extraction = ctx.page.extraction
    ctx.put("sources", _source_draft(ctx))
    for plan in extraction.plans:
        _plan(ctx, plan)
    for figure in extraction.figures:
        _figure(ctx, figure)
    for item in extraction.participation:
        _participation(ctx, item)
    for doc in extraction.documents:
        _document(ctx, doc)
    for provider in extraction.providers:
        _provider(ctx, provider)

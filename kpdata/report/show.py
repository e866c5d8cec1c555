"""``kpdata show``: everything the release knows about a territory's planning process, as text."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kpdata.codelists import codelist
from kpdata.dataset.plans import days_left, in_force

if TYPE_CHECKING:
    from kpdata.dataset.load import Dataset
    from kpdata.dataset.views import Member, ProcessView
    from kpdata.models import Territory

__all__ = ["describe"]


def _label(name: str, code: str | None) -> str:
    return codelist(name).label(code) if code and code in codelist(name) else (code or "–")


def _territory(t: Territory) -> list[str]:
    people = ", " + f"{t.population:,}".replace(",", "\u00a0") + " obyvatel" if t.population else ""
    return [f"{t.name} ({_label('territory_kinds', t.kind)}, {t.id}{people})"]


def _plans(process: ProcessView, today: date) -> list[str]:
    lines = ["Plány:"] if process.plans else ["Plány: žádný známý plán"]
    for p in process.plans:
        state = "platí" if in_force(p, today) else _label("plan_statuses", p.status)
        left = days_left(p, today)
        left_text = f", {left} dní do konce" if left is not None and left >= 0 else ""
        approved = (
            f", schváleno {p.approved_on} ({_label('approval_bodies', p.approved_by)})"
            if p.approved_on
            else ""
        )
        resolution = f", usnesení {p.resolution}" if p.resolution else ""
        period = f"{p.period_start or '?'}–{p.period_end or '?'}"
        title = p.title if p.title and period in p.title else f"{p.title or 'plán'} {period}"
        lines.append(f"  - {title}: {state}{left_text}{approved}{resolution}")
    return lines


def _person(member: Member) -> str:
    m = member.membership
    who = "(osobní údaje nezveřejněny)"
    if member.person is not None:
        p = member.person
        who = " ".join(x for x in (p.honorific_prefix, p.given_name, p.family_name, p.honorific_suffix) if x)
    return f"{who} – {m.role_as_written or _label('roles', m.role)}"


def _groups(process: ProcessView) -> list[str]:
    lines = [f"Skupiny ({len(process.groups)}):"]
    for g in process.groups:
        targets = ", ".join(_label("target_groups", c) for c in g.target_groups)
        lines.append(f"  - {g.name} [{_label('group_kinds', g.kind)}]" + (f": {targets}" if targets else ""))
        lines += [f"      {_person(m)}" for m in g.members]
    return lines


def _facts(process: ProcessView) -> list[str]:
    lines = [f"Osoby ve funkcích: {'; '.join(_person(m) for m in process.posts) or '–'}"]
    contacts = [", ".join(x for x in (c.email, c.phone) if x) for c in process.contacts]
    lines.append(f"Kontakty: {'; '.join(contacts) or '–'}")
    lines += [
        f"Údaj: {f.label} = {f.value:g}{' (přibližně)' if f.approximate else ''}" for f in process.figures
    ]
    lines += [
        f"Zapojení: {p.description} ({_label('participation_kinds', p.kind)})" for p in process.participation
    ]
    lines += [f"Dokument: {d.title} {d.url or ''}".rstrip() for d in process.documents]
    return lines


def _process(process: ProcessView, today: date) -> list[str]:
    since = f", plánuje od roku {process.since_year}" if process.since_year else ""
    lines = [f"Proces: {process.name} ({process.id}){since}"]
    lines.append(f"Zadavatel: {process.lead_body or '–'}; web: {process.website or '–'}")
    lines += _plans(process, today) + _groups(process) + _facts(process)
    return lines


def _services(ds: Dataset, process: ProcessView | None, territory: Territory) -> list[str]:
    network = process.services if process else []
    located = ds.services(territory.id)
    lines = [f"Síť služeb procesu: {len(network)} služeb; registrované služby v území: {len(located)}"]
    for s in (network or located)[:50]:
        provider = s.provider.name if s.provider else "–"
        lines.append(f"  - {s.name} [{_label('service_kinds', s.kind)}] – {provider}")
    return lines


def describe(ds: Dataset, name: str, *, today: date | None = None) -> str:
    """A plain-text account of a territory: its process (plans, groups, people, figures) and services,
    each source listed at the end."""
    day = today or date.today()
    territory = ds.territory(name)
    own = ds.index.process_by_territory.get(territory.id, [])
    lines = _territory(territory)
    process = ds.process(own[0].id) if own else None
    lines += _process(process, day) if process else ["Proces komunitního plánování: není znám"]
    lines += _services(ds, process, territory)
    if process:
        lines += ["Zdroje:"] + [f"  - {s.url} (staženo {s.retrieved_at or '?'})" for s in process.sources]
    lines.append(f"Vydání dat: {ds.version}")
    return "\n".join(lines) + "\n"

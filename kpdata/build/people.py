"""Map one page's groups, named people and contacts to groups, people, memberships and contact points."""

from __future__ import annotations

from kpdata.build.context import MappingContext, code_or
from kpdata.build.names import split_name
from kpdata.build.slugs import slugify
from kpdata.codelists import codelist
from kpdata.extract.model import Contact, ExtractedItem, WorkingGroup

__all__ = ["group_kind", "map_people"]

DEFAULT_COORDINATION_NAME = "Koordinační skupina"


def group_kind(name: str, default: str) -> str:
    """The group kind whose Czech aliases occur in ``name`` (the codelist's ``aliases_cs``), else default."""
    text = name.casefold()
    for concept in codelist("group_kinds"):
        if any(alias.casefold() in text for alias in concept.values("aliases_cs") if len(alias) > 2):
            return concept.code
    return default


def _group(ctx: MappingContext, name: str, kind: str, item: ExtractedItem, targets: list[str]) -> str:
    slug = slugify(name)
    return ctx.put("groups", {
        "id": ctx.new_id("group", slug, slug),
        "process_id": ctx.sid,
        "kind": kind,
        "name": name,
        "target_groups": targets,
        **ctx.fact(item),
    })  # fmt: skip


def _person(ctx: MappingContext, text: str, item: ExtractedItem) -> str | None:
    name = split_name(text)
    if name is None:
        ctx.store.report.warning(
            "person-name",
            f"cannot tell given from family name in {text!r}: left out",
            file=ctx.file,
            table="people",
            field=ctx.page.url,
        )
        return None
    slug = slugify(f"{name.given_name} {name.family_name}")
    return ctx.put("people", {
        "id": ctx.new_id("person", slug, slug),
        "honorific_prefix": name.honorific_prefix,
        "given_name": name.given_name,
        "family_name": name.family_name,
        "honorific_suffix": name.honorific_suffix,
        **ctx.fact(item),
    })  # fmt: skip


def _membership(ctx: MappingContext, person_id: str, group_id: str | None, role: str, item: ExtractedItem,
                *, role_as_written: str | None = None) -> str:  # fmt: skip
    person = person_id.removeprefix(f"{ctx.sid}-person-")
    where = group_id.removeprefix(f"{ctx.sid}-group-") if group_id else "process"
    return ctx.put("memberships", {
        "id": ctx.new_id("membership", f"{person}-{where}", (person_id, group_id, role)),
        "person_id": person_id,
        "group_id": group_id,
        "process_id": ctx.sid,
        "role": role,
        "role_as_written": role_as_written,
        **ctx.fact(item),
    })  # fmt: skip


def _members(ctx: MappingContext, group_id: str, names: list[str], item: ExtractedItem) -> None:
    for text in names:
        if person_id := _person(ctx, text, item):
            _membership(ctx, person_id, group_id, "member", item)


def _contact(ctx: MappingContext, contact: Contact) -> None:
    person_id = _person(ctx, contact.name, contact) if contact.name else None
    membership_id = None
    role = code_or(
        "roles", contact.role_code, "other" if contact.role or contact.role_code else "contact_person"
    )
    if person_id:
        membership_id = _membership(ctx, person_id, None, role, contact, role_as_written=contact.role)
    if not (contact.email or contact.phone):
        return
    slug = (
        person_id.removeprefix(f"{ctx.sid}-person-") if person_id else slugify(contact.email or contact.phone)
    )
    ctx.put("contact_points", {
        "id": ctx.new_id("contact", slug, (contact.email, contact.phone)),
        "membership_id": membership_id,
        "process_id": ctx.sid,
        "role": role,
        "role_as_written": contact.role,
        "email": contact.email,
        "phone": contact.phone,
        **ctx.fact(contact),
    })  # fmt: skip


def _working_group(ctx: MappingContext, group: WorkingGroup) -> None:
    targets = [group.target_group] if group.target_group else []
    group_id = _group(ctx, group.name, group_kind(group.name, "working"), group, targets)
    _members(ctx, group_id, group.members_named, group)


def map_people(ctx: MappingContext) -> None:
    """Groups (working and coordination), their named members, and the page's contacts."""
    extraction = ctx.page.extraction
    for group in extraction.working_groups:
        _working_group(ctx, group)
    coordination = extraction.coordination_group
    if coordination.exists or coordination.members:
        name = coordination.name or DEFAULT_COORDINATION_NAME
        group_id = _group(ctx, name, group_kind(name, "coordination"), coordination, [])
        _members(ctx, group_id, coordination.members, coordination)
    for contact in extraction.contacts:
        _contact(ctx, contact)

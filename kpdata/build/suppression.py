"""The suppression list (``datasets/suppression.yml``): people who must never appear in any output.

    people:
      - name: Jana Nováková        # titles are ignored; matched without diacritics and case
        source: opava              # optional: only in this source
        reason: Požádala o výmaz (GDPR čl. 17).

A suppressed person is dropped with their memberships and contact points, and the report says so; a
suppressed person still present after the build (e.g. added back by a hand correction) fails the build.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kpdata.build.drafts import DraftStore
from kpdata.build.names import split_name
from kpdata.build.report import ValidationReport
from kpdata.build.slugs import slugify
from kpdata.errors import KpdataError

__all__ = ["Suppressed", "apply_suppression", "check_suppression", "read_suppression"]


class Suppressed(BaseModel):
    """One person who must not appear (everywhere, or in one source)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=3)
    source: str | None = None
    reason: str | None = None

    @property
    def key(self) -> str:
        parts = split_name(self.name)
        return slugify(f"{parts.given_name} {parts.family_name}" if parts else self.name, max_length=200)

    def matches(self, person: dict) -> bool:
        if self.source and not str(person.get("id", "")).startswith(f"{self.source}-"):
            return False
        return slugify(f"{person.get('given_name')} {person.get('family_name')}", max_length=200) == self.key


class SuppressionFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    people: list[Suppressed] = Field(default_factory=list)


def read_suppression(path: Path | None) -> list[Suppressed]:
    """The suppression entries of ``path`` (none when it is absent); a bad file raises naming it."""
    if path is None or not path.is_file():
        return []
    try:
        return SuppressionFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {}).people
    except (yaml.YAMLError, ValidationError) as exc:
        raise KpdataError(f"{path}: not a valid suppression list: {exc}") from None


def _drop(store: DraftStore, table: str, field: str, values: set[str]) -> set[str]:
    dropped = {d.id for d in store.drafts(table) if d.data.get(field) in values}
    for record_id in dropped:
        store.remove(table, record_id)
    return dropped


def apply_suppression(store: DraftStore, entries: list[Suppressed], *, file: str) -> None:
    """Remove every suppressed person with their memberships and contact points; report each removal."""
    for n, entry in enumerate(entries, start=1):
        people = {d.id for d in store.drafts("people") if entry.matches(d.data)}
        for person_id in sorted(people):
            store.remove("people", person_id)
            memberships = _drop(store, "memberships", "person_id", {person_id})
            contacts = _drop(store, "contact_points", "membership_id", memberships)
            store.report.info(
                "suppression",
                f"entry {n} suppressed: person, {len(memberships)} membership(s), {len(contacts)} contact point(s)",
                file=file,
                table="people",
                record_id=person_id,
            )


def check_suppression(
    people: list, entries: list[Suppressed], report: ValidationReport, *, file: str
) -> None:
    """An error for every suppressed person still among ``people`` (records or dicts)."""
    for n, entry in enumerate(entries, start=1):
        for person in people:
            data = person if isinstance(person, dict) else person.model_dump()
            if entry.matches(data):
                report.error(
                    "suppression",
                    f"entry {n} of the suppression list is still present: remove it from curated.yml",
                    file=file,
                    table="people",
                    record_id=str(data.get("id")),
                )

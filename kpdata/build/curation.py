"""Hand corrections: ``datasets/sources/<id>/curated.yml``. Each sets fields of, adds or removes a record,
with a mandatory reason. Corrections never silently win: the report lists every one applied, and every
one that no longer matches anything (the extraction changed under it)::

    corrections:
      - table: plans
        id: opava-plan-2022-2026            # or  match: {name: "…"}  (every listed field equal)
        set: {approved_on: "2022-01-20"}
        reason: Datum schválení podle usnesení zastupitelstva na stránce dokumentů.
      - table: groups
        match: {name: Pracovní skupina pro nic}
        remove: true
        reason: Není to pracovní skupina, ale název akce.
      - table: figures
        add: {id: opava-figure-services, process_id: opava, metric: services, label: služeb, value: 12}
        reason: Číslo je uvedeno jen v tabulce, kterou extraktor nečte.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kpdata.build.drafts import Draft, DraftStore
from kpdata.errors import KpdataError
from kpdata.models.tables import TABLES

__all__ = ["Correction", "apply_corrections", "read_corrections"]


class Correction(BaseModel):
    """One hand correction; exactly one of ``set``, ``add``, ``remove``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    table: str
    reason: str = Field(min_length=3)
    id: str | None = None
    match: dict[str, Any] | None = None
    set: dict[str, Any] | None = None
    add: dict[str, Any] | None = None
    remove: bool = False

    @model_validator(mode="after")
    def _shape(self) -> Correction:
        if self.table not in TABLES:
            raise ValueError(f"unknown table {self.table!r}; tables: {', '.join(TABLES)}")
        actions = [name for name in ("set", "add", "remove") if getattr(self, name)]
        if len(actions) != 1:
            raise ValueError("a correction does exactly one of set / add / remove: true")
        if self.add is None and (self.id is None) == (self.match is None):
            raise ValueError("set and remove name their record by exactly one of id / match")
        if self.add is not None and "id" not in self.add:
            raise ValueError("an added record needs its id")
        return self

    @property
    def action(self) -> str:
        return "add" if self.add is not None else "set" if self.set else "remove"

    def matches(self, draft: Draft) -> bool:
        if self.id is not None:
            return draft.id == self.id
        return all(draft.data.get(k) == v for k, v in (self.match or {}).items())

    def target(self) -> str:
        return self.id or (self.add or {}).get("id") or f"match {self.match}"


class CuratedFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    corrections: list[Correction] = Field(default_factory=list)


def read_corrections(path: Path) -> list[Correction]:
    """The corrections in ``path`` (none when the file is absent); a bad file raises naming it."""
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return CuratedFile.model_validate(data).corrections
    except (yaml.YAMLError, ValidationError) as exc:
        raise KpdataError(f"{path}: not a valid curated.yml: {exc}") from None


def _curate(data: dict[str, Any], reason: str) -> None:
    data["provenance"] = "curated"
    data["curation_reason"] = reason


def _apply_one(store: DraftStore, fix: Correction, file: str) -> None:
    where = {"file": file, "table": fix.table, "record_id": fix.target()}
    if fix.add is not None:
        if store.get(fix.table, fix.add["id"]) is not None:
            store.report.error("curation", "add: a record with this id already exists; use set", **where)
            return
        store.put(fix.table, {**fix.add, "provenance": "curated", "curation_reason": fix.reason}, file=file)
        store.report.info("curation", f"added by hand: {fix.reason}", **where)
        return
    hits = [d for d in store.drafts(fix.table) if fix.matches(d)]
    if not hits:
        store.report.warning(
            "curation-stale", f"{fix.action}: no record matches any more ({fix.reason})", **where
        )
    for draft in hits:
        _apply_to(store, fix, draft, file)


def _apply_to(store: DraftStore, fix: Correction, draft: Draft, file: str) -> None:
    where = {"file": file, "table": fix.table, "record_id": draft.id}
    if fix.remove:
        store.remove(fix.table, draft.id)
        store.report.info("curation", f"removed by hand: {fix.reason}", **where)
        return
    changes = {k: (draft.data.get(k), v) for k, v in (fix.set or {}).items()}
    if all(old == new for old, new in changes.values()):
        store.report.warning("curation-redundant", "set: the extraction now gives the same values", **where)
    draft.data.update(fix.set or {})
    _curate(draft.data, fix.reason)
    if file not in draft.file:
        draft.file = f"{draft.file} + {file}"  # errors in this record may come from either file
    done = ", ".join(f"{k}: {old!r} -> {new!r}" for k, (old, new) in changes.items())
    store.report.info("curation", f"set {done}: {fix.reason}", **where)


def apply_corrections(store: DraftStore, corrections: list[Correction], *, file: str) -> None:
    """Apply every correction in order, reporting each one applied and each one that matched nothing."""
    for fix in corrections:
        _apply_one(store, fix, file)

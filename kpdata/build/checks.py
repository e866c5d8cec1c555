"""The build's checks: model validation, primary and foreign keys, and each source's expectations."""

from __future__ import annotations

from pydantic import ValidationError

from kpdata.build.drafts import Draft, DraftStore
from kpdata.build.report import ValidationReport
from kpdata.config import SourceConfig
from kpdata.models.base import Record
from kpdata.models.errors import describe
from kpdata.models.recordset import RecordSet
from kpdata.models.tables import TABLES

__all__ = ["check_expectations", "check_foreign_keys", "source_summaries", "validate_drafts"]


def _validate(draft: Draft, report: ValidationReport) -> Record | None:
    model = TABLES[draft.table]
    try:
        return model.model_validate(draft.data)
    except ValidationError as exc:
        for line in describe(exc, record=draft.data):
            field = line.split(" = ", 1)[0] if " = " in line else ""
            report.error("model", line, file=draft.file, table=draft.table, record_id=draft.id, field=field)
        return None


def validate_drafts(store: DraftStore, records: RecordSet, report: ValidationReport) -> None:
    """Validate every draft into ``records``; each failing field is one error naming table, id and file."""
    for table in TABLES:
        for draft in store.drafts(table):
            record = _validate(draft, report)
            if record is None:
                continue
            if records.get(table, record.key) is not None:
                report.error(
                    "primary-key", "duplicate id", file=draft.file, table=table, record_id=record.key
                )
                continue
            records.add(record)


def check_foreign_keys(records: RecordSet, report: ValidationReport) -> None:
    """An error for every foreign key that names no record of the referenced table."""
    for table, model in TABLES.items():
        fks = model.foreign_keys()
        if not fks:
            continue
        keys = {target: records.keys(target) for target in set(fks.values())}
        for record in records.table(table):
            for field, target in fks.items():
                value = getattr(record, field)
                for key in value if isinstance(value, list) else [value]:
                    if key is not None and key not in keys[target]:
                        report.error("foreign-key", f"{key!r} is not an id of table {target}",
                                     table=table, record_id=record.key, field=field)  # fmt: skip


Owners = dict[tuple[str, str], set[str]]


def _owners(table: str, record: Record, source_ids: set[str], stated: Owners) -> set[str]:
    """The sources a record belongs to: its process or source folder, the sources that stated it, else
    the longest id prefix that is a source id (records added by hand)."""
    owner = getattr(record, "process_id", None) or getattr(record, "source_id", None)
    if owner:
        return {owner}
    if (table, record.key) in stated:
        return stated[(table, record.key)]
    parts = record.key.split("-")
    prefixes = ("-".join(parts[:n]) for n in range(len(parts) - 1, 0, -1))
    return {next((p for p in prefixes if p in source_ids), "")}


def source_summaries(
    records: RecordSet, source_ids: list[str], *, stated: Owners | None = None
) -> dict[str, dict[str, int | bool]]:
    """Per source, counts of its records: the keys its expectations read (``min_working_groups`` …)."""
    known = set(source_ids)
    mine: dict[str, dict[str, list[Record]]] = {s: {t: [] for t in TABLES} for s in source_ids}
    for table, rows in records.tables():
        for record in rows:
            for owner in _owners(table, record, known, stated or {}) & known:
                mine[owner][table].append(record)
    return {s: _summary(tables) for s, tables in mine.items()}


def _stated(figures: list[Record], metric: str) -> list[int]:
    return [int(f.value) for f in figures if f.metric == metric]


def _summary(mine: dict[str, list[Record]]) -> dict[str, int | bool]:
    kinds = [g.kind for g in mine["groups"]]
    return {
        "pages": len(mine["sources"]),
        "plans": len(mine["plans"]),
        "has_current_plan": any(p.status == "current" for p in mine["plans"]),
        "groups": len(kinds),
        # a page may state how many working groups there are without naming them ("10 pracovních skupin")
        "working_groups": max([kinds.count("working"), *_stated(mine["figures"], "working_groups")]),
        "named_working_groups": kinds.count("working"),
        "coordination_groups": kinds.count("coordination") + kinds.count("steering"),
        "people": len(mine["people"]),
        "memberships": len(mine["memberships"]),
        # contacts as a page lists them: people in a process role, plus addresses without a name
        "contacts": sum(m.group_id is None for m in mine["memberships"])
        + sum(c.membership_id is None for c in mine["contact_points"]),
        "contact_points": len(mine["contact_points"]),
        "providers": len(mine["organizations"]),
        "figures": len(mine["figures"]),
        "participation": len(mine["participation"]),
        "documents": len(mine["documents"]),
    }


def check_expectations(
    summaries: dict[str, dict[str, int | bool]], configs: list[SourceConfig], report: ValidationReport
) -> None:
    """An error for every expectation of a ``source.yml`` that the built records do not meet."""
    for config in configs:
        for message in config.expectations.check(summaries[config.id]):
            where = {"file": f"{config.id}/source.yml", "table": "processes", "record_id": config.id}
            report.error("expectation", message, **where)

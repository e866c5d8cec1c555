"""Record drafts: plain dicts keyed by table and id, merged when two pages state the same record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kpdata.build.report import ValidationReport

__all__ = ["Draft", "DraftStore", "is_blank"]


def is_blank(value: Any) -> bool:
    return value is None or value == "" or value == []


@dataclass
class Draft:
    """One record before validation, with the file it was read from (for the report)."""

    table: str
    data: dict[str, Any]
    file: str

    @property
    def id(self) -> str:
        return str(self.data["id"])


class DraftStore:
    """Drafts by table and id. A second statement of the same id fills blank fields; a differing value
    keeps the first one read and is reported as a warning (inputs are read in a fixed order)."""

    def __init__(self, report: ValidationReport) -> None:
        self.report = report
        self._tables: dict[str, dict[str, Draft]] = {}
        self.owners: dict[tuple[str, str], set[str]] = {}  # (table, id) -> sources that stated it

    def put(self, table: str, data: dict[str, Any], *, file: str, owner: str | None = None) -> str:
        """Add or merge ``data`` (which holds ``id``), stated by source ``owner``; returns the id."""
        rows = self._tables.setdefault(table, {})
        record_id = str(data["id"])
        if owner is not None:
            self.owners.setdefault((table, record_id), set()).add(owner)
        if record_id not in rows:
            rows[record_id] = Draft(table, dict(data), file)
        else:
            self._merge(rows[record_id], data, file)
        return record_id

    def _merge(self, draft: Draft, data: dict[str, Any], file: str) -> None:
        for name, value in data.items():
            current = draft.data.get(name)
            if is_blank(current):
                draft.data[name] = value
            elif not is_blank(value) and value != current and name not in ("span_start", "span_end"):
                if name == "source_ref":
                    continue
                self.report.warning(
                    "conflict",
                    f"stated as {current!r} and as {value!r}; kept the first",
                    file=file,
                    table=draft.table,
                    record_id=draft.id,
                    field=name,
                )

    def get(self, table: str, record_id: str) -> Draft | None:
        return self._tables.get(table, {}).get(record_id)

    def remove(self, table: str, record_id: str) -> Draft | None:
        return self._tables.get(table, {}).pop(record_id, None)

    def drafts(self, table: str) -> list[Draft]:
        """The drafts of ``table`` sorted by id."""
        rows = self._tables.get(table, {})
        return [rows[k] for k in sorted(rows)]

    def tables(self) -> list[str]:
        return sorted(self._tables)

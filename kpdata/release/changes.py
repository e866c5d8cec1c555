"""The row-level difference between two releases: added, changed (which fields) and removed ids per
table, as ``changes.json`` and a ``CHANGELOG.md`` entry. A record that disappears is reported removed."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from kpdata.export.base import ExportContext
from kpdata.export.csv import DATA_DIR
from kpdata.models.base import to_row
from kpdata.models.recordset import RecordSet

__all__ = [
    "CHANGELOG_FILE",
    "CHANGES_FILE",
    "changelog_entry",
    "diff_rows",
    "read_rows",
    "record_rows",
    "write_changes",
    "write_release_changes",
]

CHANGES_FILE = "changes.json"
CHANGELOG_FILE = "CHANGELOG.md"
Rows = dict[str, dict[str, dict[str, str]]]  # table -> id -> column -> cell


def read_rows(folder: Path) -> Rows:
    """The rows of a release folder's CSV tables (plain cells, so older schemas still compare)."""
    rows: Rows = {}
    for path in sorted((folder / DATA_DIR).glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows[path.stem] = {row["id"]: row for row in csv.DictReader(handle)}
    return rows


def record_rows(records: RecordSet, tables: list[str]) -> Rows:
    """The same shape as :func:`read_rows`, from records about to be written."""
    return {t: {r.key: to_row(r) for r in records.table(t)} for t in tables}


def _diff_table(old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]) -> dict[str, Any]:
    changed = []
    for key in sorted(old.keys() & new.keys()):
        fields = sorted(f for f in old[key].keys() | new[key].keys() if old[key].get(f) != new[key].get(f))
        if fields:
            changed.append({"id": key, "fields": fields})
    return {
        "added": sorted(new.keys() - old.keys()),
        "changed": changed,
        "removed": sorted(old.keys() - new.keys()),
    }


def diff_rows(old: Rows, new: Rows, *, previous: str | None, version: str, issued: str) -> dict[str, Any]:
    """``changes.json``: per table of the new release, added / changed / removed ids and counts.
    Tables of the old release that the new one leaves out are listed in ``tables_left_out``."""
    tables = {t: _diff_table(old.get(t, {}), new[t]) for t in new}
    return {
        "version": version,
        "previous_version": previous,
        "issued": issued,
        "summary": {t: {k: len(v) for k, v in d.items()} for t, d in tables.items()},
        "tables": tables,
        "tables_left_out": sorted(set(old) - set(new)),
    }


def _table_lines(table: str, counts: dict[str, int]) -> str:
    parts = [f"{n} {what}" for what, n in counts.items() if n]
    return f"- `{table}`: " + ", ".join(parts)


def changelog_entry(changes: dict[str, Any]) -> str:
    """The Markdown entry of one release: counts per table that changed, the previous version named."""
    since = changes["previous_version"] or "nothing (first release)"
    lines = [f"## {changes['version']} ({changes['issued']})", "", f"Row-level changes since {since}:", ""]
    touched = [(t, c) for t, c in changes["summary"].items() if any(c.values())]
    lines += [_table_lines(t, c) for t, c in touched] or ["- no row changed"]
    if changes["tables_left_out"]:
        lines += ["", "Left out of this release: " + ", ".join(f"`{t}`" for t in changes["tables_left_out"])]
    lines += ["", f"Every id is listed in `{CHANGES_FILE}`.", ""]
    return "\n".join(lines)


def write_changes(folder: Path, changes: dict[str, Any], previous_changelog: str) -> None:
    """``changes.json`` and ``CHANGELOG.md`` (this entry first, then the previous releases' entries)."""
    text = json.dumps(changes, ensure_ascii=False, indent=1) + "\n"
    (folder / CHANGES_FILE).write_text(text, encoding="utf-8")
    history = previous_changelog.removeprefix("# Changelog\n").lstrip("\n")
    entry = changelog_entry(changes)
    (folder / CHANGELOG_FILE).write_text(
        f"# Changelog\n\n{entry}\n{history}".rstrip("\n") + "\n", encoding="utf-8"
    )


def write_release_changes(folder: Path, context: ExportContext, releases: Path, previous: str | None) -> None:
    """Diff the CSV files just written to ``folder`` (exactly what is published) against release
    ``previous``, and write ``changes.json`` and ``CHANGELOG.md`` into ``folder``."""
    old = read_rows(releases / previous) if previous else {}
    changes = diff_rows(
        old, read_rows(folder), previous=previous, version=context.version, issued=context.issued
    )
    history = (releases / previous / CHANGELOG_FILE) if previous else None
    write_changes(
        folder, changes, history.read_text(encoding="utf-8") if history and history.is_file() else ""
    )

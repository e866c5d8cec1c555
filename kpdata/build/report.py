"""The validation report of a build: what failed, where (table, id, field, file) and why."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

__all__ = ["Issue", "ValidationReport"]

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, order=True)
class Issue:
    """One finding. ``check`` names the rule (e.g. ``foreign-key``, ``expectation``, ``curation``)."""

    severity: Severity
    check: str
    message: str
    file: str = ""
    table: str = ""
    record_id: str = ""
    field: str = ""

    def where(self) -> str:
        parts = [self.file, f"{self.table}[{self.record_id}]" if self.table else "", self.field]
        return " ".join(p for p in parts if p)


def _shown(file: str) -> str:
    """File names relative to the working directory when they are under it (shorter, readable)."""
    return file.replace(f"{Path.cwd()}{os.sep}", "")


@dataclass
class ValidationReport:
    """Every issue of one build plus row counts; ``ok`` when there is no error."""

    issues: list[Issue] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def add(self, severity: Severity, check: str, message: str, **where: str) -> None:
        if where.get("file"):
            where["file"] = _shown(where["file"])
        self.issues.append(Issue(severity, check, message, **where))

    def error(self, check: str, message: str, **where: str) -> None:
        self.add("error", check, message, **where)

    def warning(self, check: str, message: str, **where: str) -> None:
        self.add("warning", check, message, **where)

    def info(self, check: str, message: str, **where: str) -> None:
        self.add("info", check, message, **where)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        n = {s: sum(1 for i in self.issues if i.severity == s) for s in ("error", "warning", "info")}
        verdict = "OK" if self.ok else "FAILED"
        return f"build {verdict}: {n['error']} error(s), {n['warning']} warning(s), {n['info']} note(s)"

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "summary": self.summary(),
            "sources": sorted(self.sources),
            "counts": dict(sorted(self.counts.items())),
            "issues": [asdict(i) for i in self._sorted()],
        }

    def to_text(self) -> str:
        lines = [self.summary(), f"sources: {', '.join(sorted(self.sources)) or 'none'}", ""]
        lines += [f"  {table}: {n}" for table, n in sorted(self.counts.items())]
        for severity in ("error", "warning", "info"):
            chosen = [i for i in self._sorted() if i.severity == severity]
            if chosen:
                lines += ["", f"{severity.upper()}S ({len(chosen)})"]
                lines += [f"  [{i.check}] {i.where()}: {i.message}" for i in chosen]
        return "\n".join(lines) + "\n"

    def write(self, out_dir: Path) -> list[Path]:
        """Write ``validation-report.txt`` and ``validation-report.json`` into ``out_dir``."""
        out_dir.mkdir(parents=True, exist_ok=True)
        text, data = out_dir / "validation-report.txt", out_dir / "validation-report.json"
        text.write_text(self.to_text(), encoding="utf-8")
        data.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return [text, data]

    def _sorted(self) -> list[Issue]:
        rank = {"error": 0, "warning": 1, "info": 2}
        return sorted(self.issues, key=lambda i: (rank[i.severity], i.file, i.table, i.record_id, i.check, i))

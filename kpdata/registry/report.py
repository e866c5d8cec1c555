"""What an import saw: counts, and every problem it did not guess its way around (with examples)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MAX_EXAMPLES", "ImportReport"]

MAX_EXAMPLES = 5  # examples kept per problem value, so the report stays small for a national file


@dataclass
class ImportReport:
    """Counters (``counts``) and problems (``issues``: kind -> value -> count and example record ids).

    Problem kinds: ``unknown_code:<codelist>`` (an MPSV id we have no mapping for — never guessed),
    ``invalid_ico``, ``unknown_territory``, ``duplicate_service``, ``mixed_capacity_types``,
    ``invalid_record``, ``not_social_service``.
    """

    source: str
    shape: str
    counts: Counter[str] = field(default_factory=Counter)
    issues: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def count(self, name: str, n: int = 1) -> None:
        """Add ``n`` to the counter ``name``."""
        self.counts[name] += n

    def issue(self, kind: str, value: str, example: str) -> None:
        """Record one occurrence of problem ``kind`` for ``value``, seen on record ``example``."""
        entry = self.issues.setdefault(kind, {}).setdefault(value, {"count": 0, "examples": []})
        entry["count"] += 1
        if example not in entry["examples"] and len(entry["examples"]) < MAX_EXAMPLES:
            entry["examples"].append(example)

    def issue_total(self, kind: str) -> int:
        """How many occurrences of ``kind`` were recorded, over all values."""
        return sum(entry["count"] for entry in self.issues.get(kind, {}).values())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with sorted keys (the same import gives the same bytes)."""
        issues = {
            kind: {value: values[value] for value in sorted(values)}
            for kind, values in sorted(self.issues.items())
        }
        return {
            "source": self.source,
            "shape": self.shape,
            "counts": dict(sorted(self.counts.items())),
            "issues": issues,
            "attribution": "Zdroj: MPSV, Registr poskytovatelů sociálních služeb (data.mpsv.cz)",
        }

"""The coverage matrix: which target groups each territory's planning process has a working group for."""

from __future__ import annotations

from dataclasses import dataclass

from kpdata.codelists import codelist

__all__ = ["CoverageMatrix", "coverage_matrix"]


@dataclass(frozen=True)
class CoverageMatrix:
    """Rows are territory ids, columns target-group codes; ``cells[territory][code]`` is True when a
    working group of a process of the territory covers the target group."""

    territories: list[str]
    target_groups: list[str]
    cells: dict[str, dict[str, bool]]

    def covered(self, territory_id: str) -> list[str]:
        return [c for c in self.target_groups if self.cells[territory_id][c]]

    def missing(self, territory_id: str) -> list[str]:
        return [c for c in self.target_groups if not self.cells[territory_id][c]]

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per territory: ``territory`` and a True/False column per target group."""
        return [{"territory": t, **self.cells[t]} for t in self.territories]


def coverage_matrix(
    groups_by_territory: dict[str, list], *, codes: list[str] | None = None
) -> CoverageMatrix:
    """The matrix from each territory's groups (working groups count; "other" is left out by default)."""
    columns = codes or [c.code for c in codelist("target_groups") if c.code != "other"]
    cells = {}
    for territory, groups in groups_by_territory.items():
        covered = {code for g in groups if g.kind == "working" for code in g.target_groups}
        cells[territory] = {code: code in covered for code in columns}
    return CoverageMatrix(list(groups_by_territory), columns, cells)

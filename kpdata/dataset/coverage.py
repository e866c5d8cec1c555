"""The coverage matrix: which target groups each territory's planning process has a working group for."""

from __future__ import annotations

from dataclasses import dataclass

from kpdata.codelists import codelist

__all__ = ["CoverageMatrix", "coverage_matrix"]


@dataclass(frozen=True)
class CoverageMatrix:
    """Rows are territory ids, columns target-group codes; ``cells[territory][code]`` is True when a
    working group of a process of the territory covers the target group, False when none does, and None
    for every code of a territory whose processes have no known working group (coverage unknown)."""

    territories: list[str]
    target_groups: list[str]
    cells: dict[str, dict[str, bool | None]]

    def covered(self, territory_id: str) -> list[str]:
        return [c for c in self.target_groups if self.cells[territory_id][c] is True]

    def missing(self, territory_id: str) -> list[str]:
        """Target groups without a working group ([] when coverage is unknown)."""
        return [c for c in self.target_groups if self.cells[territory_id][c] is False]

    def known(self, territory_id: str) -> bool:
        """Whether the territory has any known working group (else its coverage is unknown)."""
        return any(v is not None for v in self.cells[territory_id].values())

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per territory: ``territory`` and a True/False/None column per target group."""
        return [{"territory": t, **self.cells[t]} for t in self.territories]


def coverage_matrix(
    groups_by_territory: dict[str, list], *, codes: list[str] | None = None
) -> CoverageMatrix:
    """The matrix from each territory's groups (working groups count; "other" is left out by default)."""
    columns = codes or [c.code for c in codelist("target_groups") if c.code != "other"]
    cells = {}
    for territory, groups in groups_by_territory.items():
        working = [g for g in groups if g.kind == "working"]
        covered = {code for g in working for code in g.target_groups}
        cells[territory] = {code: (code in covered) if working else None for code in columns}
    return CoverageMatrix(list(groups_by_territory), columns, cells)

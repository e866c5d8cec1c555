"""Errors of the territory resolver: nothing matches a name, or several territories do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kpdata.errors import KpdataError, NotFoundError

if TYPE_CHECKING:
    from kpdata.territory.table import TerritoryRow

__all__ = ["AmbiguousTerritory", "UnknownTerritory"]

_SHOWN = 20


class UnknownTerritory(NotFoundError):
    """No territory has this name, code or id; ``suggestions`` lists close names."""

    def __init__(self, message: str, suggestions: Sequence[str] = ()):
        super().__init__(message)
        self.suggestions = list(suggestions)


class AmbiguousTerritory(KpdataError):
    """Several territories match; ``candidates`` lists their ids. Narrow by okres, kraj, orp or kind."""

    def __init__(
        self,
        name: str,
        candidates: Sequence[TerritoryRow],
        names: Mapping[tuple[str, str], str],
        *,
        hint: str = "okres= or kraj= (a code or a name)",
    ):
        """``names`` maps (kind, code) to the name of an okres or kraj, to describe the candidates."""
        self.name = name
        self.candidates = [row.id for row in candidates]
        lines = [_describe(row, names) for row in candidates[:_SHOWN]]
        more = f"\n  … and {len(candidates) - _SHOWN} more" if len(candidates) > _SHOWN else ""
        super().__init__(
            f"{name!r} is ambiguous: {len(candidates)} territories match; narrow it with {hint}:\n  "
            + "\n  ".join(lines)
            + more
        )


def _describe(row: TerritoryRow, names: dict[tuple[str, str], str]) -> str:
    """``Nová Ves (obec-513521, okres Brno-venkov, Jihomoravský kraj)``."""
    parts = [row.id]
    if row.okres_code:
        parts.append(f"okres {names.get(('okres', row.okres_code), row.okres_code)}")
    if row.kraj_code:
        parts.append(names.get(("kraj", row.kraj_code), row.kraj_code))
    return f"{row.name} ({', '.join(parts)})"

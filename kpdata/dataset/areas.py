"""Territories of a release found by id, code or name, and "everything inside" an ORP, okres or kraj.

Names go through :class:`kpdata.territory.TerritoryIndex` (any case, with or without diacritics, case
forms; unknown or ambiguous names raise errors with suggestions). An exact name or code is answered from
a small folded-name map first, so the common look-ups do not wait for the full name index.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kpdata.models.base import to_row
from kpdata.territory import AmbiguousTerritory, TerritoryIndex, UnknownTerritory
from kpdata.territory.table import KINDS, TerritoryRow
from kpdata.territory.text import fold

if TYPE_CHECKING:
    from kpdata.models.territory import Territory

__all__ = ["AmbiguousTerritory", "AreaIndex", "UnknownTerritory"]

_PARENT_FIELD = {"obec": "obec_code", "orp": "orp_code", "okres": "okres_code", "kraj": "kraj_code"}


class AreaIndex:
    """The territories of one release; ``find`` resolves, ``area`` gives the ids inside a territory."""

    def __init__(self, territories: list[Territory], *, source: str):
        self.source = source
        self._by_id = {t.id: t for t in territories}
        self._exact: dict[str, list[Territory]] = {}
        for territory in territories:
            for key in (
                fold(territory.name),
                territory.csu_code.lower(),
                (territory.nuts_code or "").lower(),
            ):
                if key:
                    self._exact.setdefault(key, []).append(territory)
        self._found: dict[tuple[str, str | None], Territory] = {}
        self._areas: dict[str, frozenset[str]] = {}

    @cached_property
    def resolver(self) -> TerritoryIndex:
        """The full name resolver over the same territories (built on first use)."""
        rows = [TerritoryRow(**to_row(t)) for t in self._by_id.values()]
        return TerritoryIndex(rows, source=self.source)

    def get(self, territory_id: str) -> Territory | None:
        return self._by_id.get(territory_id)

    def find(self, name: str, *, kind: str | None = None) -> Territory:
        """The territory an id, ČSÚ code, NUTS code (``CZ080``) or name denotes, preferring an obec."""
        key = (name.strip(), kind)
        if key not in self._found:
            self._found[key] = self._lookup(key[0], kind)
        return self._found[key]

    def _lookup(self, name: str, kind: str | None) -> Territory:
        if name in self._by_id and kind in (None, self._by_id[name].kind):
            return self._by_id[name]
        exact = [t for t in self._exact.get(fold(name), ()) if kind in (None, t.kind)]
        if exact:
            best = min(KINDS.index(t.kind) for t in exact)
            preferred = [t for t in exact if KINDS.index(t.kind) == best]
            if len(preferred) == 1:
                return preferred[0]
        if name.isdigit() or fold(name).startswith("cz"):
            return self.resolver.by_code(name, kind)
        return self.resolver.resolve(name, kind=kind)

    def area(self, territory: Territory) -> frozenset[str]:
        """The ids of ``territory`` and of every territory inside it (obce of an ORP or kraj, ...)."""
        if territory.id not in self._areas:
            field = _PARENT_FIELD.get(territory.kind)
            inside = [t.id for t in self._by_id.values() if field and getattr(t, field) == territory.csu_code]
            self._areas[territory.id] = frozenset([territory.id, *inside])
        return self._areas[territory.id]

    def inside(self, territory: Territory, *, kind: str) -> list[Territory]:
        """The territories of ``kind`` inside ``territory`` (the obce of an ORP, ...), sorted by id."""
        return sorted((self._by_id[i] for i in self.area(territory) if self._by_id[i].kind == kind), key=_id)


def _id(territory: Territory) -> str:
    return territory.id

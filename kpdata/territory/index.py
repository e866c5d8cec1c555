"""``TerritoryIndex``: the territory reference in memory, found by id, code or (Czech) name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kpdata.errors import KpdataError
from kpdata.territory.errors import AmbiguousTerritory, UnknownTerritory
from kpdata.territory.names import NameIndex, Score
from kpdata.territory.phrase import readings
from kpdata.territory.table import KINDS, TerritoryRow, read_table, table_path, to_model
from kpdata.territory.text import fold

if TYPE_CHECKING:
    from kpdata.models.territory import Territory

__all__ = ["TerritoryIndex"]

_PARENT_FIELD = {"obec": "obec_code", "orp": "orp_code", "okres": "okres_code", "kraj": "kraj_code"}


class TerritoryIndex:
    """All territories of the reference; lookups by id, code, parent and name.

    Example::

        index = TerritoryIndex.load()
        index.resolve("v Českém Brodě").csu_code      # '533271'
        index.resolve("Moravskoslezského kraje").kind  # 'kraj'
    """

    def __init__(self, rows: list[TerritoryRow], *, source: str = "territories.csv"):
        self.source = source
        self._rows = rows
        self._by_id = {row.id: position for position, row in enumerate(rows)}
        self._by_code: dict[str, list[int]] = {}
        for position, row in enumerate(rows):
            self._by_code.setdefault(row.csu_code, []).append(position)
            if row.nuts_code:
                self._by_code.setdefault(row.nuts_code, []).append(position)
        self._names = NameIndex(rows)
        self._level_names = {(r.kind, r.csu_code): r.name for r in rows if r.kind in ("okres", "kraj")}
        self._models: dict[int, Territory] = {}

    @classmethod
    def load(cls, path: Path | str | None = None) -> TerritoryIndex:
        """Read ``territories.csv`` (``path``: the file or its folder; default: the reference dir)."""
        file = table_path(path)
        return cls(read_table(file), source=str(file))

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self):
        return (self._model(position) for position in range(len(self._rows)))

    def _model(self, position: int) -> Territory:
        if position not in self._models:
            self._models[position] = to_model(self._rows[position])
        return self._models[position]

    def by_id(self, territory_id: str) -> Territory:
        """The territory with this id (``"obec-505927"``); UnknownTerritory if there is none."""
        position = self._by_id.get(territory_id.strip())
        if position is None:
            raise UnknownTerritory(f"no territory with id {territory_id!r} in {self.source}")
        return self._model(position)

    def by_code(self, code: str, kind: str | None = None) -> Territory:
        """The territory with this ČSÚ (or NUTS/LAU) code; ``kind`` picks one where levels share a code."""
        found = [p for p in self._by_code.get(code.strip(), ()) if kind in (None, self._rows[p].kind)]
        if not found:
            what = f"{kind} " if kind else ""
            raise UnknownTerritory(f"no {what}territory with code {code!r} in {self.source}")
        if len(found) > 1:
            raise AmbiguousTerritory(code, [self._rows[p] for p in found], self._level_names, hint="kind=")
        return self._model(found[0])

    def children(self, territory_id: str, *, kind: str = "obec") -> list[Territory]:
        """Territories of ``kind`` inside a territory: the obce of an ORP, okres or kraj, the districts
        of a city (``kind="mestska_cast"``), the ORP of a kraj (``kind="orp"``), ... sorted by id."""
        _check_kind(kind)
        parent = self._rows[self._position(territory_id)]
        field = _PARENT_FIELD.get(parent.kind)
        if field is None:
            return []
        index = TerritoryRow._fields.index(field)
        return [
            self._model(p)
            for p, row in enumerate(self._rows)
            if row.kind == kind and row[index] == parent.csu_code
        ]

    def _position(self, territory_id: str) -> int:
        self.by_id(territory_id)
        return self._by_id[territory_id.strip()]

    def resolve(
        self,
        name: str,
        *,
        kind: str | None = None,
        okres: str | None = None,
        kraj: str | None = None,
        orp: str | None = None,
    ) -> Territory:
        """The one territory ``name`` denotes ("Opava", "v Opavě", "ORP Opava", "Pardubický kraj").

        Raises UnknownTerritory (with close names) when nothing matches, AmbiguousTerritory (with the
        candidates) when several do; narrow with ``kind=``, ``okres=``, ``kraj=`` or ``orp=`` (each a code
        or a name). A bare town name prefers the obec over the ORP, okres or kraj of the same name.
        """
        matches = self._filtered(name, kind=kind, within=self._parents(okres=okres, kraj=kraj, orp=orp))
        if not matches:
            suggestions = self._names.close_names(name)
            raise UnknownTerritory(_unknown_message(name, kind, suggestions, self.source), suggestions)
        best = _best(matches, self._rows)
        if len(best) > 1:
            raise AmbiguousTerritory(name, [self._rows[p] for p in best], self._level_names)
        return self._model(best[0])

    def candidates(self, phrase: str, *, kind: str | None = None) -> list[Territory]:
        """Every territory ``phrase`` may denote, best match first; empty when none (never raises)."""
        matches = self._filtered(phrase, kind=kind, within={})
        order = sorted(matches, key=lambda p: (matches[p], KINDS.index(self._rows[p].kind), self._rows[p].id))
        return [self._model(p) for p in order]

    def _filtered(self, phrase: str, *, kind: str | None, within: dict[str, str]) -> dict[int, Score]:
        if kind is not None:
            _check_kind(kind)
        found: dict[int, Score] = {}
        for reading in readings(phrase):
            for position, score in self._names.match(reading).items():
                if position not in found or score < found[position]:
                    found[position] = score
        return {
            p: s
            for p, s in found.items()
            if kind in (None, self._rows[p].kind)
            and all(_inside(self._rows[p], lv, c) for lv, c in within.items())
        }

    def _parents(self, **given: str | None) -> dict[str, str]:
        """Level -> required code, for the okres/kraj/orp a caller narrowed by."""
        return {level: self._parent_code(level, value) for level, value in given.items() if value}

    def _parent_code(self, level: str, value: str) -> str:
        value = value.strip()
        if value.startswith(f"{level}-"):
            return self.by_id(value).csu_code
        if value.isdigit() or fold(value).startswith("cz"):
            return self.by_code(value, level).csu_code
        return self.resolve(value, kind=level).csu_code


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise KpdataError(f"unknown territory kind {kind!r}: use one of {', '.join(KINDS)}")


def _inside(row: TerritoryRow, level: str, code: str) -> bool:
    """Whether ``row`` is (or lies in) the ``level`` unit with ``code``."""
    return (row.csu_code if row.kind == level else getattr(row, _PARENT_FIELD[level])) == code


def _best(matches: dict[int, Score], rows: list[TerritoryRow]) -> list[int]:
    """The positions with the best score and, among them, of the preferred kind."""
    top = min(matches.values())
    best = [p for p, score in matches.items() if score == top]
    kind = min((rows[p].kind for p in best), key=KINDS.index)
    return sorted((p for p in best if rows[p].kind == kind), key=lambda p: rows[p].id)


def _unknown_message(name: str, kind: str | None, suggestions: list[str], source: str) -> str:
    what = f"{kind} " if kind else "territory "
    message = f"no {what}named {name!r} in {source}"
    return message + (f"; did you mean: {', '.join(suggestions)}?" if suggestions else "")

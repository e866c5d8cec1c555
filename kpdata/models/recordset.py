"""A set of records of every table: what build produces, exporters write and ``load()`` returns."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kpdata.models.base import Record
from kpdata.models.tables import PERSONAL_TABLES, TABLES

__all__ = ["RecordSet"]


class RecordSet:
    """Records by table, each table kept sorted by primary key (so outputs are deterministic)."""

    def __init__(self, tables: dict[str, Iterable[Record]] | None = None):
        self._tables: dict[str, dict[str, Record]] = {name: {} for name in TABLES}
        for name, records in (tables or {}).items():
            self.extend(name, records)

    def add(self, record: Record) -> None:
        """Add one record; a second record with the same key in the same table is an error."""
        table = self._tables[type(record).__table__.name]
        if record.key in table:
            raise ValueError(f"duplicate id {record.key!r} in table {type(record).__table__.name}")
        table[record.key] = record

    def extend(self, name: str, records: Iterable[Record]) -> None:
        for record in records:
            if type(record).__table__.name != name:
                raise ValueError(f"a {type(record).__name__} cannot go into table {name}")
            self.add(record)

    def table(self, name: str) -> list[Record]:
        """The records of one table, sorted by primary key."""
        return [self._tables[name][k] for k in sorted(self._tables[name])]

    def get(self, name: str, key: str) -> Record | None:
        return self._tables[name].get(key)

    def keys(self, name: str) -> set[str]:
        return set(self._tables[name])

    def counts(self) -> dict[str, int]:
        return {name: len(records) for name, records in self._tables.items()}

    def tables(self) -> Iterator[tuple[str, list[Record]]]:
        """Every table in dependency order with its sorted records."""
        for name in TABLES:
            yield name, self.table(name)

    def without_personal_data(self) -> RecordSet:
        """A copy without people, memberships and contact points."""
        return RecordSet({name: records for name, records in self.tables() if name not in PERSONAL_TABLES})

"""The territory reference (``datasets/reference/territories.csv``, Zdroj: ČSÚ) and its resolver.

Find obce, ORP, okresy, kraje and city districts by id, code or Czech name, in any case and with or
without diacritics, including common case and adjective forms::

    from kpdata.territory import resolve
    resolve("v Opavě").csu_code                 # '505927' (obec)
    resolve("ORP Opava").kind                   # 'orp'
    resolve("Nová Ves", okres="Plzeň-sever")    # one of the 14 obce named Nová Ves
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kpdata.territory.errors import AmbiguousTerritory, UnknownTerritory
from kpdata.territory.index import TerritoryIndex

if TYPE_CHECKING:
    from kpdata.models.territory import Territory

__all__ = ["AmbiguousTerritory", "TerritoryIndex", "UnknownTerritory", "default_index", "resolve"]


@cache
def default_index() -> TerritoryIndex:
    """The index of the reference in ``kpdata.paths.reference_dir()``, loaded once."""
    return TerritoryIndex.load()


def resolve(
    name: str,
    *,
    kind: str | None = None,
    okres: str | None = None,
    kraj: str | None = None,
    orp: str | None = None,
) -> Territory:
    """:meth:`TerritoryIndex.resolve` on the default index."""
    return default_index().resolve(name, kind=kind, okres=okres, kraj=kraj, orp=orp)

"""Readable, stable record ids: Czech text slugified without diacritics, collisions numbered in order."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable

__all__ = ["IdAllocator", "slugify"]

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_LENGTH = 60


def slugify(text: str, *, max_length: int = _MAX_LENGTH) -> str:
    """``"Pracovní skupina Senioři"`` -> ``"pracovni-skupina-seniori"`` (ASCII, lowercase, hyphens).

    Long slugs are cut at a hyphen so ids stay readable; an empty result becomes ``"x"``.
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "x"


class IdAllocator:
    """Hands out unique ids: the same ``identity`` under the same base id gets the same id back; a
    different identity under a taken base id gets ``<base>-2``, ``<base>-3`` … in the order asked.

    Inputs are read in a fixed order (sources by id, pages by URL), so the numbering is deterministic.
    """

    def __init__(self) -> None:
        self._owners: dict[str, Hashable] = {}

    def assign(self, base: str, identity: Hashable) -> str:
        """The id for ``identity`` under ``base``."""
        candidate, n = base, 1
        while candidate in self._owners:
            if self._owners[candidate] == identity:
                return candidate
            n += 1
            candidate = f"{base}-{n}"
        self._owners[candidate] = identity
        return candidate

    def __contains__(self, record_id: str) -> bool:
        return record_id in self._owners

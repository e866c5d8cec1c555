"""The in-memory shape of a codelist: an ordered set of concepts, each with a code and labels."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from kpdata.errors import KpdataError

__all__ = ["CodeNotInCodelist", "Codelist", "Concept"]

_SHOWN_CODES = 40  # how many allowed codes an error message lists before it abbreviates


class CodeNotInCodelist(KpdataError, ValueError):
    """A value is not a code of the codelist it must come from.

    A ``ValueError`` too, so pydantic validators turn it into an ordinary validation error.
    """


@dataclass(frozen=True)
class Concept:
    """One entry of a codelist: the code, Czech and English label, a Czech definition and extra columns."""

    code: str
    label_cs: str
    label_en: str
    definition_cs: str
    extra: dict[str, str] = field(default_factory=dict)

    def values(self, column: str) -> tuple[str, ...]:
        """The ``|``-separated items of an extra column (e.g. ``aliases_cs``, ``mpsv_ids``); () if empty."""
        raw = self.extra.get(column, "")
        return tuple(part.strip() for part in raw.split("|") if part.strip())


@dataclass(frozen=True, eq=False)
class Codelist:
    """A named, ordered codelist; behaves like a read-only mapping from code to :class:`Concept`.

    Iterating yields the concepts in file order; ``code in codelist`` tests membership.
    """

    name: str
    title_cs: str
    title_en: str
    source: str
    license: str
    source_url: str
    concepts: tuple[Concept, ...]
    columns: tuple[str, ...] = ()
    _by_code: dict[str, Concept] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {concept.code: concept for concept in self.concepts})

    @property
    def codes(self) -> frozenset[str]:
        """All codes of the list."""
        return frozenset(self._by_code)

    @property
    def ordered_codes(self) -> tuple[str, ...]:
        """All codes in file order."""
        return tuple(concept.code for concept in self.concepts)

    def __getitem__(self, code: str) -> Concept:
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(self._not_in_message(code)) from None

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def get(self, code: str, default: Concept | None = None) -> Concept | None:
        """The concept of ``code``, or ``default`` when the code is not in the list."""
        return self._by_code.get(code, default)

    def label(self, code: str, *, lang: str = "cs") -> str:
        """The Czech (``lang="cs"``) or English (``lang="en"``) label of ``code``."""
        concept = self[code]
        return concept.label_en if lang == "en" else concept.label_cs

    def check(self, value: str) -> str:
        """Return ``value`` when it is a code of this list, else raise :class:`CodeNotInCodelist`."""
        if value in self._by_code:
            return value
        raise CodeNotInCodelist(self._not_in_message(value))

    def _not_in_message(self, value: object) -> str:
        codes = self.ordered_codes
        shown = ", ".join(codes[:_SHOWN_CODES]) + (", …" if len(codes) > _SHOWN_CODES else "")
        return f"{value!r} is not in codelist {self.name} (allowed: {shown})"

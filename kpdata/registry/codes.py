"""MPSV codelist ids -> kpdata codes, read from the ``mpsv_*`` columns of ``kpdata.codelists``.

An id without a mapping is reported (``unknown_code:<codelist>``) and never guessed. Ids whose mapping
the codelist itself marks as inferred (``mpsv_open_data_id_status`` = ``inferred``) are used, and each use
is counted in the report (``inferred_code:<codelist>``) so a reader knows which rows rest on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kpdata.codelists import codelist
from kpdata.registry.report import ImportReport

__all__ = ["ID_COLUMNS", "CodeMapper", "mpsv_id"]

# Which columns of each codelist hold MPSV ids (open data "Prefix/N" ids, web API numbers).
ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "service_kinds": ("mpsv_open_data_id", "mpsv_api_id"),
    "service_forms": ("mpsv_open_data_id", "mpsv_api_id"),
    "capacity_types": ("mpsv_open_data_id",),
    "target_groups": ("mpsv_ids",),
}
_CODE_IS_ID = ("service_forms", "capacity_types")  # MPSV uses our code as the id suffix (".../pob")


def mpsv_id(value: object) -> str | None:
    """The id of an MPSV codelist reference: ``{"id": "X/1"}``, ``"X/1"`` or ``3836`` -> ``"X/1"``/``"3836"``."""
    if isinstance(value, dict):
        value = value.get("id", value.get("kod"))
    if value is None or value == "":
        return None
    return str(value).strip()


@cache
def _lookup(name: str) -> tuple[dict[str, str], frozenset[str]]:
    """(MPSV id -> our code, ids whose mapping is inferred) for one codelist."""
    table: dict[str, str] = {}
    inferred: set[str] = set()
    for concept in codelist(name):
        ids = [i for column in ID_COLUMNS[name] for i in concept.values(column)]
        if name in _CODE_IS_ID:
            ids.append(concept.code)
        table.update(dict.fromkeys(ids, concept.code))
        if concept.extra.get("mpsv_open_data_id_status") == "inferred":
            inferred.update(concept.values("mpsv_open_data_id"))
    return table, frozenset(inferred)


@dataclass
class CodeMapper:
    """Maps MPSV ids to our codes for one import, reporting what it cannot map."""

    report: ImportReport

    def code(self, name: str, value: object, *, record: str) -> str | None:
        """Our code in codelist ``name`` for the MPSV reference ``value``; None (and reported) if unknown."""
        ident = mpsv_id(value)
        if ident is None:
            return None
        table, inferred = _lookup(name)
        code = table.get(ident)
        if code is None:
            self.report.issue(f"unknown_code:{name}", ident, record)
        elif ident in inferred:
            self.report.issue(f"inferred_code:{name}", ident, record)
        return code

    def codes(self, name: str, values: list, *, record: str) -> list[str]:
        """Our codes for a list of references, unknown ones left out (and reported), in codelist order."""
        found = {self.code(name, value, record=record) for value in values or []}
        return [c for c in codelist(name).ordered_codes if c in found]

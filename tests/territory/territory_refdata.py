"""Read ../shared/refdata directly, so tests compare the reference and the resolver against the source."""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache
from pathlib import Path

STRUCTURE = Path("refdata/csu_struktura_uzemi/struktura_uzemi_cr.csv")


@cache
def obce(shared: Path) -> tuple[dict[str, str], ...]:
    """The rows of ČSÚ's Struktura území ČR (one per obec)."""
    with (shared / STRUCTURE).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def obec_named(shared: Path, name: str) -> dict[str, str]:
    """The one refdata row of the obec called ``name`` (fails the test if there is not exactly one)."""
    found = [row for row in obce(shared) if row["obec_text"] == name]
    assert len(found) == 1, f"refdata has {len(found)} obce named {name!r}"
    return found[0]


def name_counts(shared: Path) -> Counter:
    """How many obce carry each name, exactly as written."""
    return Counter(row["obec_text"] for row in obce(shared))


def derived_count(shared: Path, file: str) -> int:
    """Rows of one of refdata's derived level lists (orp.csv, okresy.csv, kraje.csv)."""
    with (shared / "refdata/csu_struktura_uzemi" / file).open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def code_of(shared: Path, kind: str, name: str) -> str:
    """The ČSÚ code refdata gives the one territory of ``kind`` named ``name``."""
    if kind == "mestska_cast":
        with (shared / "refdata/csu_struktura_uzemi/CIS0051_ZUJ.csv").open(encoding="utf-8") as handle:
            found = {row["chodnota"] for row in csv.DictReader(handle) if row["text"] == name}
    else:
        column = {
            "obec": "obec",
            "orp": "orp_csu_cis65",
            "okres": "okres_csu_cis101_lau",
            "kraj": "kraj_csu_cis100",
        }
        text = "obec_text" if kind == "obec" else f"{kind}_text"
        found = {row[f"{column[kind]}_kod"] for row in obce(shared) if row[text] == name}
    assert len(found) == 1, f"refdata has {len(found)} {kind} named {name!r}"
    return found.pop()

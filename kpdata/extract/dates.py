"""Czech dates in running text: "10. 12. 2019", "10.12.2019", "10. prosince 2019", "v prosinci 2019", ISO.

All patterns run on the folded text (lower case, no accents; see :func:`kpdata.extract.text.fold`), so
month names match in every case and spelling of diacritics. Spans index the caller's text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kpdata.extract.text import Scanner, fold

__all__ = ["MONTHS", "DateMatch", "find_dates", "month_number", "parse_date"]

# month number -> folded forms in the cases that follow a day or stand alone (nominative, genitive,
# locative, instrumental); longest forms first inside the regex so "cervence" never matches as "cerven"
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("leden", "ledna", "lednu", "lednem"),
    2: ("unor", "unora", "unoru", "unorem"),
    3: ("brezen", "brezna", "breznu", "breznem"),
    4: ("duben", "dubna", "dubnu", "dubnem"),
    5: ("kveten", "kvetna", "kvetnu", "kvetnem"),
    6: ("cerven", "cervna", "cervnu", "cervnem"),
    7: ("cervenec", "cervence", "cervenci", "cervencem"),
    8: ("srpen", "srpna", "srpnu", "srpnem"),
    9: ("zari", "zarim"),
    10: ("rijen", "rijna", "rijnu", "rijnem"),
    11: ("listopad", "listopadu", "listopadem"),
    12: ("prosinec", "prosince", "prosinci", "prosincem"),
}
_MONTH_OF = {form: number for number, forms in MONTHS.items() for form in forms}
_MONTH_ALT = "|".join(sorted(_MONTH_OF, key=len, reverse=True))

_YEAR = r"((?:19|20)\d{2})"
_SP = r"[ ]{0,3}"
# day. month. year, spaces optional and uneven: "1.2.2017", "29. 1.2014", "24.02.2022"
# a day written "\d\d?" (not "\d{1,2}"): the patterns then open with a character class the regex engine
# skips to in C
_NUMERIC = Scanner(rf"(\d\d?){_SP}\.{_SP}(\d{{1,2}}){_SP}\.{_SP}{_YEAR}(?![\d])", not_after=r"[\d.]")
# day. monthname [year]: "12. září 2022", "26. května"
_NAMED = Scanner(rf"(\d\d?){_SP}\.{_SP}({_MONTH_ALT})\b(?:[ ]{{1,3}}{_YEAR}(?!\d))?", not_after=r"[\d.]")
# monthname year without a day: "v prosinci 2021" (month precision)
_MONTH_YEAR = Scanner(rf"({_MONTH_ALT})[ ]{{1,3}}{_YEAR}(?!\d)", not_after=r"[\w.]")
_ISO = Scanner(rf"{_YEAR}-(\d{{2}})-(\d{{2}})(?![\d])", not_after=r"[\d-]")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text; fields the text does not state are None (a year-less deadline, a month)."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None

    @property
    def iso(self) -> str | None:
        """``YYYY-MM-DD`` when the text states a full valid date, else None."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def month_number(word: str) -> int | None:
    """1–12 for a Czech month name in any case (with or without accents), else None."""
    return _MONTH_OF.get(fold(word.strip()))


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: "29. února" without a year passes
    except ValueError:
        return False
    return True


def _numeric(folded: str) -> list[DateMatch]:
    out = []
    for m in _NUMERIC.finditer(folded):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if _valid(year, month, day):
            out.append(DateMatch(m.start(), m.end(), year, month, day))
    return out


def _named(folded: str) -> list[DateMatch]:
    out = []
    for m in _NAMED.finditer(folded):
        day, month = int(m[1]), _MONTH_OF[m[2]]
        year = int(m[3]) if m[3] else None
        if _valid(year, month, day):
            out.append(DateMatch(m.start(), m.end(), year, month, day))
    return out


def _month_year(folded: str) -> list[DateMatch]:
    return [
        DateMatch(m.start(), m.end(), int(m[2]), _MONTH_OF[m[1]], None) for m in _MONTH_YEAR.finditer(folded)
    ]


def _iso(folded: str) -> list[DateMatch]:
    out = []
    for m in _ISO.finditer(folded):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if _valid(year, month, day):
            out.append(DateMatch(m.start(), m.end(), year, month, day))
    return out


def find_dates(text: str, *, folded: str | None = None) -> list[DateMatch]:
    """Every date in ``text``, in order of position; overlapping readings keep the longest."""
    folded = fold(text) if folded is None else folded
    found = _numeric(folded) + _named(folded) + _iso(folded) + _month_year(folded)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMatch] = []
    for date in found:
        if out and date.start < out[-1].end:
            continue
        out.append(date)
    return out


def parse_date(text: str) -> DateMatch | None:
    """The single date ``text`` consists of (surrounding spaces allowed), or None."""
    stripped = text.strip()
    offset = text.find(stripped) if stripped else 0
    found = find_dates(stripped)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        d = found[0]
        return DateMatch(d.start + offset, d.end + offset, d.year, d.month, d.day)
    return None

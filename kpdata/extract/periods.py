"""Plan periods as Czech pages write them: "2023–2026", "2023 - 2026", "na období let 2019 až 2021",
"2019/2021", "pro roky 2022-2024", "pro období 2021 do 2022", "do roku 2016", "vstoupí v platnost v roce 2021".

Patterns run on the folded text; a period is a span plus the first and last year (either may be None for
the one-sided forms).
"""

from __future__ import annotations

from dataclasses import dataclass

from kpdata.extract.text import Scanner

__all__ = ["MAX_PERIOD_YEARS", "Period", "find_periods"]

MAX_PERIOD_YEARS = 12  # a longer "range" is a copyright line or a history, not a plan period

_YEAR = r"((?:19|20)\d{2})"
# Patterns opening with a year are looked for by "19" and "20" with str.find (anchor_min=2): the engine
# would check every character for a digit, several times slower over a long page.
_YEAR_FIRST = 2
_RANGE = Scanner(
    rf"{_YEAR}[ ]{{0,3}}(?:-|/|az)[ ]{{0,3}}{_YEAR}(?![\d/]|\.\d)",
    not_after=r"[\d/.,-]",
    anchor_min=_YEAR_FIRST,
)
# "do" joins two years only after "období" or "od": "pro období 2021 do 2022", "od 2019 do 2021"
_DO_RANGE = Scanner(
    rf"(?:obdobi|od)[ ]{{1,3}}(?:let[ ]{{1,3}})?{_YEAR}[ ]{{1,3}}do[ ]{{1,3}}{_YEAR}(?!\d)", not_after="word"
)
# "2008 2010": a range whose dash a PDF transcript lost; only when no third year follows or precedes
_SPACED_RANGE = Scanner(
    rf"{_YEAR}[ ]{_YEAR}(?![\d/]|\.\d|[ ]\d)", not_after=r"[\d/.,-]|\d[ ]", anchor_min=_YEAR_FIRST
)
# "2019-21": the last year written with two digits
_SHORT_RANGE = Scanner(
    rf"{_YEAR}[ ]{{0,2}}[-/][ ]{{0,2}}(\d{{2}})(?![\d/:-]|\.\d)",
    not_after=r"[\d/.,-]",
    anchor_min=_YEAR_FIRST,
)
_END_ONLY = Scanner(rf"do roku[ ]{{1,3}}{_YEAR}(?!\d)", not_after="word")
_START_ONLY = Scanner(
    rf"(?:vstoup\w{{0,4}} v platnost|s platnosti|s ucinnosti|platn\w{{0,4}} od)[ ]{{1,3}}"
    rf"(?:v roce|od roku|od)[ ]{{1,3}}{_YEAR}(?!\d)",
    not_after="word",
)


@dataclass(frozen=True, slots=True)
class Period:
    """``text[start:end]`` states the years ``first``–``last`` (one side may be open)."""

    start: int
    end: int
    first: int | None
    last: int | None

    @property
    def key(self) -> tuple[int | None, int | None]:
        return (self.first, self.last)


def _plausible(first: int, last: int) -> bool:
    return first < last <= first + MAX_PERIOD_YEARS


def _ranges(folded: str) -> list[Period]:
    out = []
    for m in _RANGE.finditer(folded):
        first, last = int(m[1]), int(m[2])
        if _plausible(first, last):
            out.append(Period(m.start(), m.end(), first, last))
    for m in _SPACED_RANGE.finditer(folded):
        first, last = int(m[1]), int(m[2])
        if _plausible(first, last):
            out.append(Period(m.start(), m.end(), first, last))
    for m in _SHORT_RANGE.finditer(folded):
        first = int(m[1])
        last = first - first % 100 + int(m[2])
        if _plausible(first, last):
            out.append(Period(m.start(), m.end(), first, last))
    for m in _DO_RANGE.finditer(folded):
        first, last = int(m[1]), int(m[2])
        if _plausible(first, last):
            out.append(Period(m.start(1), m.end(), first, last))
    return out


def find_periods(folded: str) -> list[Period]:
    """Every period stated in the folded text, ordered by position, without overlaps."""
    found = _ranges(folded)
    found += [Period(m.start(), m.end(), None, int(m[1])) for m in _END_ONLY.finditer(folded)]
    found += [Period(m.start(), m.end(), int(m[1]), None) for m in _START_ONLY.finditer(folded)]
    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[Period] = []
    for period in found:
        if out and period.start < out[-1].end:
            continue
        out.append(period)
    return out

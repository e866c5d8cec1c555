"""Plan periods: ranges with every dash and word, one-sided forms."""

from __future__ import annotations

import pytest

from kpdata.extract.periods import find_periods
from kpdata.extract.text import fold, normalise


def periods(text: str):
    return [p.key for p in find_periods(fold(normalise(text)))]


@pytest.mark.parametrize(
    "text",
    [
        "na období 2024-2027",
        "na období 2024\u20132027",
        "na období 2024 \u2013 2027",
        "na období 2024 -2027",
        "na období 2024- 2027",
        "na období let 2024 až 2027",
        "pro roky 2024/2027",
        "pro období 2024 do 2027",
        "od 2024 do 2027",
        "na léta 2024\u20102027",
        "PLÁN 2024 2027",
        "na období 2024-27.",
    ],
)
def test_ranges(text):
    assert periods(text) == [(2024, 2027)]


def test_one_sided_periods():
    assert periods("platí do roku 2026") == [(None, 2026)]
    assert periods("plán vstoupí v platnost v roce 2025") == [(2025, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Copyright 1998-2024",  # too long for a plan
        "v roce 2019 a 2020",
        "tabulka 2019 2020 2021",
        "usnesení č. 12/2019",
        "20.9.2014-2015",
        "2021-2019",
        "dne 2019-07-01",
    ],
)
def test_not_periods(text):
    assert periods(text) == []

"""Czech dates in every spelling the pages use."""

from __future__ import annotations

import pytest

from kpdata.extract.dates import find_dates, month_number, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("3. 4. 2018", "2018-04-03"),
        ("03.04.2018", "2018-04-03"),
        ("3.4. 2018", "2018-04-03"),
        ("3. 4.2018", "2018-04-03"),
        ("3. dubna 2018", "2018-04-03"),
        ("3. Dubna 2018", "2018-04-03"),
        ("31. prosince 2020", "2020-12-31"),
        ("1. července 2019", "2019-07-01"),
        ("1. června 2019", "2019-06-01"),
        ("2019-07-01", "2019-07-01"),
        ("15. zarí 2021", "2021-09-15"),
    ],
)
def test_full_dates(text, iso):
    date = parse_date(text)
    assert date is not None and date.iso == iso


@pytest.mark.parametrize("text", ["31. 2. 2020", "0. 5. 2020", "12. 13. 2020", "5. května"])
def test_invalid_or_incomplete_dates_have_no_iso(text):
    date = parse_date(text)
    assert date is None or date.iso is None


def test_a_month_and_year_has_month_precision():
    (date,) = find_dates("schváleno v listopadu 2022 valnou hromadou")
    assert (date.year, date.month, date.day, date.iso) == (2022, 11, None, None)


def test_a_day_without_year_is_found_without_iso():
    (date,) = find_dates("připomínky do 30. června")
    assert (date.month, date.day, date.year) == (6, 30, None)


def test_times_and_law_numbers_are_not_dates():
    assert find_dates("jednání ve 14.00 h podle zákona č. 108/2006 Sb.") == []


def test_spans_index_the_text():
    text = "Dne 7. 1. 2025 a 9. února 2025."
    for date in find_dates(text):
        assert parse_date(text[date.start : date.end]).iso == date.iso


def test_month_names_in_all_cases():
    assert [month_number(w) for w in ("leden", "únoru", "Březnem", "července", "září")] == [1, 2, 3, 7, 9]

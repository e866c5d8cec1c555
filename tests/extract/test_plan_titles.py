"""Plan titles read from sentences come out as titles: nominative head, no clause, no bare mention."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpdata.extract import extract_page
from kpdata.extract.plan_titles import title_of_plan


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Komunitního plánu sociálních služeb obce Lhotka na období 2024-2027",
         "Komunitní plán sociálních služeb obce Lhotka na období 2024-2027"),
        ("střednědobému plánu rozvoje sociálních služeb na léta 2025–2027",
         "Střednědobý plán rozvoje sociálních služeb na léta 2025–2027"),
        ("KOMUNITNÍHO PLÁNU MĚSTA HORNÍ VES 2019-2021", "KOMUNITNÍ PLÁN MĚSTA HORNÍ VES 2019-2021"),
        ("komunitním plánu pro Lhotecko, který platí do roku 2026", "Komunitní plán pro Lhotecko"),
        ("„Akčního plánu sociálních služeb Lhotky 2025“", "Akční plán sociálních služeb Lhotky 2025"),
        ("KPSS Lhotecko 2024-2026", "KPSS Lhotecko 2024-2026"),
    ],
)  # fmt: skip
def test_titles_are_put_in_the_nominative(raw, title):
    assert title_of_plan(raw) == title


@pytest.mark.parametrize(
    "raw",
    ["komunitní plán", "komunitního plánu", "plánu na období 2024-2027",
     "Plán byl schválen pro období 2020 - 2022", "dokument platný pro období 2015 - 2017", "", "   "],
)  # fmt: skip
def test_clauses_and_bare_mentions_are_no_titles(raw):
    assert title_of_plan(raw) is None


def test_a_page_gives_the_title_in_the_nominative_with_its_span():
    text = (
        "Zastupitelstvo obce Lhotka dne 12. 3. 2024 schválilo usnesením č. 7/2024 znění "
        "Komunitního plánu sociálních služeb obce Lhotka na období 2024-2027."
    )
    [plan] = extract_page(text).plans
    assert plan.title == "Komunitní plán sociálních služeb obce Lhotka na období 2024-2027"
    span = next(e for e in plan.evidence if e.field == "title")
    assert text[span.start : span.end].startswith("Komunitního plánu")


@given(st.text(max_size=300))
def test_never_crashes(raw):
    title = title_of_plan(raw)
    assert title is None or (title and title == title.strip())

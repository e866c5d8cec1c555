"""The HTML report: self-contained (no scripts or external resources), charts present, data escaped."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest

from kpdata.report.comparison import ComparisonRow, compare
from kpdata.report.html import report_html, write_report_for
from kpdata.report.select import all_planning

DAY = date(2026, 11, 23)


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(page: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


@pytest.fixture(scope="module")
def page(sample) -> str:
    return report_html(sample, compare(sample, all_planning(sample), today=DAY), today=DAY)


def test_nothing_is_loaded_from_outside(page):
    tags = parse(page)
    assert not [t for t, _ in tags if t in ("script", "img", "iframe", "object", "embed", "style-src")]
    assert [a for t, a in tags if t == "link"] == [{"rel": "icon", "href": "data:,"}]  # no favicon request
    assert not [a for _, a in tags if "src" in a]
    assert "url(" not in page and "@import" not in page


def test_charts_and_sections_are_there(page, sample):
    tags = [t for t, _ in parse(page)]
    assert tags.count("svg") >= 3 and "rect" in tags and "line" in tags  # timeline, heatmap, bars; today line
    for heading in (
        "Časová osa plánů",
        "Pokrytí cílových skupin",
        "Údaje na 1 000 obyvatel",
        "Srovnávací tabulka",
        "Zdroje",
    ):
        assert heading in page
    assert f"kpdata {sample.version}" in page and "dnes 2026-11-23" in page
    assert '<html lang="cs">' in page and 'name="viewport"' in page and "@media print" in page


def test_periods_are_drawn_per_plan(page):
    periods = [a for t, a in parse(page) if t == "rect" and a.get("class") == "period"]
    assert len(periods) == 5  # every plan of the sample has a period


def test_data_is_escaped(sample):
    row = ComparisonRow(
        "obec-1", '<script>alert("x")</script>', "obec", 10, sources=['https://e.cz/?a="><b>']
    )
    page = report_html(sample, [row], today=DAY)
    assert "<script>" not in page and "&lt;script&gt;" in page and '"><b>' not in page


def test_a_territory_without_a_plan_says_so(sample):
    page = report_html(sample, compare(sample, [sample.territory("Město Albrechtice")], today=DAY), today=DAY)
    assert "období plánu není známo" in page


def test_write_report_for_a_kraj(sample, tmp_path):
    path = write_report_for([], kraj="CZ080", today=DAY, out=tmp_path / "r.html", release=str(sample.path))
    page = path.read_text(encoding="utf-8")
    assert "Ostrava" in page and "Český Brod" not in page


def test_heatmap_marks_covered_missing_and_unknown(page):
    cells = [a for t, a in parse(page) if t == "rect" and a.get("class") == "cell"]
    fills = [a["fill"] for a in cells]
    assert len(cells) == 3 * 9  # three territories with a process x nine target groups
    assert fills.count("#2b7a3d") == 4  # Opava: 3 covered, Český Brod: 1
    assert fills.count("#e6e6e6") == 9  # Ostrava has no working group: unknown, not missing

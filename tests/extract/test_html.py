"""HTML pages: main content only (navigation and footer dropped), lists and tables kept."""

from __future__ import annotations

from pathlib import Path

from kpdata.extract.html import extract_html, main_text

FIXTURE = Path(__file__).parent / "fixtures" / "obec_lipova.html"


def test_main_text_keeps_content_lists_and_tables_and_drops_the_frame():
    text = main_text(FIXTURE.read_text(encoding="utf-8"))
    assert "Komunitní plán sociálních služeb obce Lipová" in text
    assert "Rodiny s dětmi" in text and "Bc. Alena Horká" in text
    assert "Prohlášení o přístupnosti" not in text
    assert "Kontakty" not in text


def test_extract_html_reads_the_facts_of_the_main_content():
    result = extract_html(FIXTURE.read_text(encoding="utf-8"), url="https://www.lipova.cz/kp", strict=True)
    assert result.errors == []
    assert result.kp_since_year == 2012
    assert [(p.period_from, p.period_to, p.approved_on, p.resolution) for p in result.plans] == [
        (2023, 2026, "2023-04-18", "31/2023")
    ]
    assert [(f.value, f.approximate) for f in result.figures] == [(2, False), (25, True)]
    assert [p.kind for p in result.participation] == ["survey"]
    assert [g.name for g in result.working_groups] == [
        "Senioři a osoby se zdravotním postižením",
        "Rodiny s dětmi",
    ]


def test_spans_index_the_main_text():
    html = FIXTURE.read_text(encoding="utf-8")
    text = main_text(html)
    result = extract_html(html)
    (plan,) = result.plans
    span = next(e for e in plan.evidence if e.field == "resolution")
    assert text[span.start : span.end] == "31/2023"


def test_markup_without_main_content_falls_back_to_its_text():
    assert "Komunitní plán" in main_text("<div>Komunitní plán</div>")

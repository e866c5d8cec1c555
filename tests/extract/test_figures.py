"""Figures: numbers stated before a counted noun, with metric and approximation; never dates or phones."""

from __future__ import annotations

import pytest

from kpdata.extract.document import Document
from kpdata.extract.figures import extract_figures


def figures(text: str):
    return [(f.value, f.metric, f.approximate) for f in extract_figures(Document(text))]


def test_counts_with_metrics():
    text = (
        "Do plánování se zapojilo 37 organizací a 8 pracovních skupin, které sdružují 142 členů. "
        "Síť tvoří 64 sociálních služeb a 21 návazných služeb pro 9 500 uživatelů."
    )
    assert figures(text) == [
        (37, "organisations", False),
        (8, "working_groups", False),
        (142, "participants", False),
        (64, "services", False),
        (21, "related_activities", False),
        (9500, "users", False),
    ]


def test_experts_questionnaires_round_tables_and_workshops_are_counted():
    text = (
        "Plán připravilo přes 60 odborníků. Lidé vyplnili 412 dotazníků. "
        "Proběhly 2 kulaté stoly a 5 workshopů, pomáhalo 11 dobrovolníků."
    )
    assert figures(text) == [
        (60, "participants", True),
        (412, "other", False),
        (2, "meetings", False),
        (5, "meetings", False),
        (11, "participants", False),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pracuje v šesti pracovních skupinách", 6),
        ("Tři pracovní skupiny se scházejí", 3),
        ("celkem dvanáct poskytovatelů", 12),
        ("uskuteční se čtyři veřejná setkání", 4),
        ("zapojilo se do 7 pracovních skupin", 7),
    ],
)
def test_numeral_words(text, value):
    assert [v for v, _, _ in figures(text)] == [value]


@pytest.mark.parametrize("word", ["téměř", "cca", "přibližně", "více než", "necelých", "zhruba"])
def test_approximate(word):
    assert figures(f"Setkání se zúčastnilo {word} 80 osob.") == [(80, "participants", True)]


def test_money_with_multipliers_and_decimal_comma():
    values = [v for v, _, _ in figures("Obec získala 2,4 milionu korun a přidá 150 tisíc korun.")]
    assert values == [2400000, 150000]


@pytest.mark.parametrize(
    "text",
    [
        "Jednání proběhne 12. 5. 2024 ve 14.00 h, setkání potrvá 2 hodiny.",
        "Zavolejte na číslo 777 123 456 osobně.",
        "Podle § 37 zákona č. 108/2006 Sb. poskytovatelé",
        "5. pracovní skupina se sejde",  # an ordinal
        "v roce 2023 setkání neproběhlo",
        "obce s méně než 500 obyvateli",
        "na období tří let",
        "3 Pracovní skupiny\n",  # a page number before a heading
        "pro děti 6 - 15 let a mládež 15 až 26 let",
        "děti do 15 let a senioři nad 65 let",
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def test_the_same_value_for_the_same_noun_counts_once():
    text = "Zapojilo se 14 obcí. Všech 14 obcí podepsalo memorandum, 14 poskytovatelů také."
    assert [(v, m) for v, m, _ in figures(text)] == [(14, "other"), (14, "providers")]


def test_evidence_points_at_the_number():
    text = "V kraji působí 230 poskytovatelů."
    (figure,) = extract_figures(Document(text))
    value = next(e for e in figure.evidence if e.field == "value")
    assert text[value.start : value.end] == "230"
    assert figure.what == "230 poskytovatelů"


def test_priorities_and_measures_of_a_plan_are_counted():
    assert figures("Plán obsahuje 6 priorit a 41 opatření; opatření 2.3 se týká seniorů.") == [
        (6, "other", False),
        (41, "other", False),
    ]


def test_comments_received_counts_as_labels_and_times_met():
    text = (
        "K návrhu přišlo 58 připomínek a 12 podnětů. Město má přes 31 tisíci obyvateli.\n"
        "Přehled\npočet poskytovatelů v síti: 43\npočet příloh: 3\n"
        "Skupiny se sešly celkem 17krát, řídící skupina se schází 4krát ročně."
    )
    assert [(f.value, f.metric) for f in extract_figures(Document(text))] == [
        (58, "other"),
        (12, "other"),
        (31000, "other"),
        (43, "providers"),
        (17, "meetings"),
    ]


def values(text: str) -> list[float | int]:
    return [f.value for f in extract_figures(Document(text))]


def test_a_part_of_a_whole_counts_both():
    text = "Dotazník vrátilo 27 z 29 oslovených organizací; přítomno bylo 9 z 11 členů skupiny."
    assert figures(text) == [
        (27, "organisations", False),
        (29, "organisations", False),
        (9, "participants", False),
        (11, "participants", False),
    ]


def test_a_noun_on_the_next_line_of_wrapped_text_but_not_a_heading_below_a_number():
    wrapped = "Do přípravy se zapojilo všech 12 obcí správního obvodu a 26\norganizací z regionu."
    assert values(wrapped) == [12, 26]
    heading = "Vyhodnocení ......... 2\nORGANIZAČNÍ STRUKTURA\n3\nPracovní skupiny"
    assert values(heading) == []


def test_providers_of_services_counted_after_od_but_thresholds_are_not_figures():
    assert values("Katalog uvádí 96 sociálních služeb od 41 poskytovatelů.") == [96, 41]
    assert values("Podporu získají obce do 500 obyvatel a skupiny od 5 osob.") == []


def test_meetings_counted_in_the_locative_and_households_and_interviews():
    text = "Skupiny se sešly na 16 jednáních; odpovědělo 412 domácností a proběhlo 12 rozhovorů."
    assert figures(text) == [(16, "meetings", False), (412, "participants", False), (12, "other", False)]


def test_a_part_stated_right_after_a_figure_counts_too():
    text = "Azylový dům ubytoval 138 osob,\nz toho 27 žen. Přišlo 11 podnětů, z nichž 7 bylo zapracováno."
    assert values(text) == [138, 27, 11, 7]
    assert values("Z 46 opatření bylo 31 splněno, 9 částečně.") == [46, 31]
    assert values("Z 46 opatření je 2025 rokem splnění.") == [46]  # a year is no part


def test_beds_and_districts_are_counted():
    text = "Pobytové služby nabízejí celkem 9 436 lůžek; do projektu se zapojilo 7 ORP."
    assert values(text) == [9436, 7]

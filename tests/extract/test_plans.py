"""Plans: periods tied to plan names, ordinals, approvals (and non-approvals), statuses, action plans."""

from __future__ import annotations

from kpdata.extract.document import Document
from kpdata.extract.plans import extract_plans


def plans(text: str):
    return extract_plans(Document(text))


def summary(text: str):
    return [
        (p.ordinal, p.period_from, p.period_to, p.approved_on, p.approved_by, p.resolution, p.status)
        for p in plans(text)
    ]


def test_a_plan_with_ordinal_and_period():
    text = "Obec Horní Ves letos zpracovává 2. komunitní plán sociálních služeb na období 2025–2028."
    assert summary(text) == [(2, 2025, 2028, None, None, None, "in_preparation")]


def test_ordinal_words_in_their_cases():
    text = "Pracovní skupiny se podílely na přípravě čtvrtého střednědobého plánu rozvoje sociálních služeb na léta 2026–2028."
    (plan,) = plans(text)
    assert (plan.ordinal, plan.period_from, plan.period_to) == (4, 2026, 2028)


def test_parenthetical_approval_after_each_period():
    text = (
        "Město zpracovalo tři komunitní plány (dále jen „Plán“). První Plán platil pro období 2010 – 2012 "
        "(schválen ZM dne 5. 3. 2010 usnesením č. 17/2010), druhý pro období 2013 – 2015 "
        "(schválen ZM dne 9.12.2012 usnesením č. 301/2012)."
    )
    assert summary(text) == [
        (1, 2010, 2012, "2010-03-05", "zastupitelstvo", "17/2010", None),
        (2, 2013, 2015, "2012-12-09", "zastupitelstvo", "301/2012", None),
    ]


def test_approval_with_the_resolution_first():
    text = (
        "Usnesením Zastupitelstva Zlínského kraje č. 0456/Z12/2023 ze dne 4. 9. 2023 byl schválen "
        "Střednědobý plán rozvoje sociálních služeb Zlínského kraje na období 2024 – 2026."
    )
    (plan,) = plans(text)
    assert (plan.approved_on, plan.approved_by, plan.resolution) == (
        "2023-09-04",
        "zastupitelstvo",
        "0456/Z12/2023",
    )
    assert (plan.period_from, plan.period_to) == (2024, 2026)


def test_verb_first_approval_by_the_council_with_month_name():
    text = "Dne 14. listopadu 2022 schválila Rada města Hlinsko Komunitní plán sociálních služeb na období 2023-2025."
    (plan,) = plans(text)
    assert (plan.approved_on, plan.approved_by) == ("2022-11-14", "rada")


def test_general_assembly_with_month_precision_has_no_date():
    text = "Střednědobý plán rozvoje sociálních služeb na roky 2023-2025 přijala valná hromada svazku v říjnu 2022."
    (plan,) = plans(text)
    assert (plan.approved_by, plan.approved_on) == ("valna_hromada", None)


def test_taking_note_is_not_an_approval():
    text = (
        "Zprávu o plnění Komunitního plánu sociálních služeb na období 2019-2021 vzalo zastupitelstvo města "
        "na vědomí dne 3. 5. 2021."
    )
    (plan,) = plans(text)
    assert (plan.approved_on, plan.approved_by) == (None, None)


def test_a_steering_groups_vote_and_a_future_approval_are_not_approvals():
    text = (
        "Řídící skupina dne 2. 2. 2024 schválila návrh Komunitního plánu na období 2024-2026. "
        "Plán bude schvalovat zastupitelstvo obce v březnu."
    )
    (plan,) = plans(text)
    assert (plan.approved_on, plan.approved_by, plan.status) == (None, None, "in_preparation")


def test_statuses_from_cue_words():
    text = (
        "Aktuálně platí Komunitní plán města na období 2021–2024. "
        "Připravujeme nový komunitní plán na období 2025–2028. "
        "V archivu najdete Komunitní plán na období 2017–2020."
    )
    assert [(p.period_from, p.status) for p in plans(text)] == [
        (2021, "current"),
        (2025, "in_preparation"),
        (2017, "archived"),
    ]


def test_no_cue_no_status():
    (plan,) = plans("Komunitní plán obce Lipová na období 2022–2025 je ke stažení níže.")
    assert plan.status is None


def test_a_plan_implemented_by_an_action_plan_is_current():
    text = "Akční plán na rok 2024 je prováděcí dokument ke Střednědobému plánu rozvoje sociálních služeb na období 2023-2026."
    (plan,) = plans(text)
    assert (plan.period_from, plan.status) == (2023, "current")


def test_action_plans_and_reports_are_not_plans():
    text = (
        "Ke stažení je Akční plán na období 2024–2025 a Zpráva o plnění za období 2022–2023. "
        "Projekt běžel v letech 2020-2022."
    )
    assert plans(text) == []


def test_an_approved_multi_year_action_plan_is_the_plan_when_there_is_no_other():
    text = (
        "Zastupitelstvo města dne 8. 6. 2021 usnesením č. 112 schválilo Akční plán rozvoje sociálních "
        "služeb na období let 2022-2023."
    )
    (plan,) = plans(text)
    assert (plan.period_from, plan.period_to, plan.resolution, plan.approved_on) == (
        2022,
        2023,
        "112",
        "2021-06-08",
    )


def test_same_period_mentioned_twice_is_one_plan():
    text = (
        "Návrh Komunitního plánu na období 2024–2027 je zveřejněn. Připomínky ke Komunitnímu plánu na období "
        "2024–2027 posílejte do konce měsíce."
    )
    assert len(plans(text)) == 1


def test_copyright_years_and_numbered_lists_are_not_plans():
    text = "1. Komunitní plán obsahuje vizi.\n\nCopyright © Obec Lipová 2003-2024"
    assert [p for p in plans(text) if p.period_from or p.ordinal] == []


def test_evidence_spans_point_at_the_stated_values():
    text = (
        "Zastupitelstvo obce schválilo dne 2. 3. 2020 usnesením č. 5/2020 Komunitní plán na období 2020-2023."
    )
    (plan,) = plans(text)
    spans = {e.field: text[e.start : e.end] for e in plan.evidence}
    assert spans["approved_on"] == "2. 3. 2020"
    assert spans["resolution"] == "5/2020"
    assert spans["period_from"] == "2020-2023"
    assert spans["approved_by"] == "Zastupitelstvo"


def test_roman_ordinal_and_two_digit_end_year():
    (plan,) = plans("Město zveřejnilo III. komunitní plán sociálních služeb na období 2016-19.")
    assert (plan.ordinal, plan.period_from, plan.period_to) == (3, 2016, 2019)


def test_a_roman_section_number_is_not_an_ordinal():
    text = "II. Komunitní plán a jeho priority\n\nKomunitní plán na období 2020-2023 obsahuje osm priorit."
    assert [p.ordinal for p in plans(text)] == [None]


def test_resolution_number_before_the_word_usneseni_and_members_meeting():
    text = (
        "Členská schůze svazku dne 5. 12. 2023 schválila (č. usnesení 7/2023) Střednědobý plán rozvoje "
        "sociálních služeb mikroregionu na období 2024-2026."
    )
    (plan,) = plans(text)
    assert (plan.approved_by, plan.resolution, plan.approved_on) == ("valna_hromada", "7/2023", "2023-12-05")


def test_a_heading_with_its_status_in_brackets_and_an_ended_validity():
    text = (
        "Aktuálně platný dokument\nStřednědobý plán sociálních služeb města Lhota 2025–2028 (PDF)\n\n"
        "Předchozí plány (archiv)\nKomunitní plán města Lhota 2021–2024 (PDF)\n\n"
        "Dokumenty\nKomunitní plán města Lhota 2017–2020 – ukončená platnost\n"
    )
    assert [(p.period_from, p.status) for p in plans(text)] == [
        (2025, "current"),
        (2021, "archived"),
        (2017, "archived"),
    ]
    ended = "Archiv plánů (platnost skončila)\n1. komunitní plán města Lhota 2009–2012 (PDF)\n"
    assert [(p.period_from, p.status) for p in plans(ended)] == [(2009, "archived")]
    # a cue on the plan's own line counts, though the next document's name follows closely
    listed = "Ke stažení\nKomunitní plán města Lhota 2013–2016 (archiv, PDF)\nKatalog služeb 2024 (PDF)\n"
    assert [(p.period_from, p.status) for p in plans(listed)] == [(2013, "archived")]


def test_a_pronoun_before_the_verb_points_back_past_a_plan_named_after_it():
    text = (
        "Platí Komunitní plán města Lhota na období 2024–2027. Rada města jej schválila 3.4.2024 "
        "usnesením č. 45/24. Starší plány pro období 2019–2023 jsou v archivu. "
        "Do konce roku se řídíme 3. plánem na období 2021–2024. Ten schválilo zastupitelstvo dne 1. 12. 2020."
    )
    found = {(p.period_from, p.approved_on, p.resolution) for p in plans(text)}
    assert (2024, "2024-04-03", "45/24") in found
    assert (2021, "2020-12-01", None) in found
    assert (2019, None, None) in found  # ("24. Starší": no sentence break the reader can be sure of)


def test_a_plan_named_only_by_its_ordinal_is_the_dated_plan_near_it():
    text = (
        "Radní schválili šestý komunitní plán\n\n"
        "Zastupitelstvo města Lhota dne 4. 11. 2024 schválilo usnesením č. 77/2024 Komunitní plán "
        "sociálních služeb města Lhota na období 2025–2028. Jde už o šestý komunitní plán, navazuje na "
        "předchozí plán pro roky 2021–2024."
    )
    found = [(p.period_from, p.ordinal, p.approved_on, p.resolution, p.status) for p in plans(text)]
    assert found == [(2025, 6, "2024-11-04", "77/2024", None), (2021, None, None, None, "archived")]


def test_an_approval_by_a_general_assembly_named_across_a_line_break():
    text = (
        "Komunitní plán sociálních služeb Podlesí na období 2025–2028 schválila Valná\n"
        "hromada svazku obcí dne 4. 12. 2024, usnesení č. VH/7/2024.\n"
    )
    (plan,) = plans(text)
    assert (plan.approved_by, plan.approved_on, plan.resolution) == (
        "valna_hromada",
        "2024-12-04",
        "VH/7/2024",
    )


def test_the_lines_of_an_approval_form_are_statements_of_their_own():
    text = (
        "Komunitní plán sociálních služeb města Lhota na období 2025–2028\n\n"
        "SCHVALOVACÍ DOLOŽKA\n"
        "Projednáno a odsouhlaseno řídící skupinou plánování: 14. 10. 2024\n"
        "Doporučeno Radou města Lhota ke schválení: 25. 11. 2024, usnesení č. 310/R/2024\n"
        "Schváleno Zastupitelstvem města Lhota dne 9. 12. 2024, usnesení\nč. 77/Z/2024\n"
    )
    (plan,) = plans(text)
    assert (plan.approved_by, plan.approved_on, plan.resolution) == (
        "zastupitelstvo",
        "2024-12-09",
        "77/Z/2024",
    )


def test_an_approval_referring_back_by_pronoun_and_a_draft_that_was_adopted():
    text = (
        "Rada kraje doporučila schválit návrh Střednědobého plánu rozvoje sociálních služeb na období 2025–2027. "
        "Zastupitelstvo kraje jej schválilo dne 10. 12. 2024 usnesením č. 0311/05/2024/ZK."
    )
    (plan,) = plans(text)
    assert (plan.approved_on, plan.resolution) == ("2024-12-10", "0311/05/2024/ZK")
    assert plan.status is None  # adopted, so no longer in preparation


def test_plans_listed_under_a_status_heading():
    text = (
        "Platné dokumenty\nKomunitní plán na období 2024-2027\n\n"
        "Archiv:\n3. komunitní plán 2020-2023\n2. komunitní plán 2016-2019 (schválen radou města 3. 3. 2016)\n"
    )
    assert [(p.ordinal, p.period_from, p.status) for p in plans(text)] == [
        (None, 2024, "current"),  # "in force", as "platný" in a sentence
        (3, 2020, "archived"),
        (2, 2016, "archived"),
    ]


def test_resolution_with_a_body_prefix():
    text = "Komunitní plán na roky 2021–2023 schválila Rada města dne 4. ledna 2021 usnesením č. RM 12/2021."
    (plan,) = plans(text)
    assert (plan.approved_by, plan.resolution) == ("rada", "RM 12/2021")


def test_a_news_report_of_an_adoption_makes_the_plan_current():
    (plan,) = plans("Zastupitelé obce včera schválili Komunitní plán sociálních služeb na období 2025–2028.")
    assert (plan.approved_by, plan.approved_on, plan.status) == ("zastupitelstvo", None, "current")


def test_a_resolution_number_after_a_hard_wrapped_line():
    text = (
        "Komunitní plán sociálních služeb obce Lipník na období 2024–2027 schválilo Zastupitelstvo\n"
        "obce Lipník dne 11. 12. 2023, viz usnesení\nč. Z/236/23 v zápisu ze zasedání."
    )
    (plan,) = plans(text)
    assert (plan.approved_on, plan.resolution) == ("2023-12-11", "Z/236/23")


def test_an_approval_line_without_a_subject_adopts_the_plan_named_above():
    text = (
        "Komunitní plán sociálních služeb obce Lhotka 2020–2022.\n"
        "Schváleno Zastupitelstvem obce Lhotka dne 16. 12. 2019, usnesení č. 8/2019."
    )
    assert summary(text) == [(None, 2020, 2022, "2019-12-16", "zastupitelstvo", "8/2019", None)]


def test_two_periods_of_one_head_each_keep_their_own_status_cue():
    text = "Platnost Komunitního plánu 2019–2022 skončila, nový plán 2023–2026 je v přípravě."
    assert [(p.period_from, p.status) for p in plans(text)] == [(2019, "archived"), (2023, "in_preparation")]


def status_of(text: str) -> list[tuple[int | None, str | None]]:
    return [(p.period_from, p.status) for p in plans(text)]


def test_the_sentence_after_a_plan_may_cue_its_status_by_referring_back_to_it():
    assert status_of(
        "Zastupitelstvo obce Lhota schválilo 2. 3. 2023 Komunitní plán obce Lhota na léta 2023–2026. "
        "Jde o aktuální plán, podle něhož obec podporuje služby."
    ) == [(2023, "current")]
    assert status_of(
        "Střednědobý plán rozvoje sociálních služeb kraje na období 2025–2027\n\n"
        "Aktuální střednědobý plán schválilo Zastupitelstvo kraje dne 8. 9. 2024."
    ) == [(2025, "current")]
    assert status_of(
        "Šetření bylo podkladem pro Komunitní plán Lhotecka na období 2025-2027. Rada města návrh "
        "plánu projednala 4. 11. 2024 a doporučila jej ke schválení."
    ) == [(2025, "in_preparation")]


def test_a_later_sentence_naming_another_plan_or_an_archive_lends_no_status():
    assert status_of("Komunitní plán na léta 2019–2022 se naplnil. Aktuální je plán na roky 2023–2026.") == [
        (2019, None),
        (2023, "current"),
    ]
    assert status_of(
        "Komunitní plán na léta 2023–2026 navazuje na dřívější. Předchozí plán je v archivu."
    ) == [(2023, None)]


def approval_of(text: str) -> list[tuple[int | None, str | None, str | None]]:
    return [(p.period_from, p.approved_on, p.resolution) for p in plans(text)]


def test_a_resolution_in_its_own_layout_approves_the_plan_on_the_line_below():
    text = (
        "Výpis z usnesení 5. zasedání Zastupitelstva obce Lhota konaného dne 9. 9. 2024\n\n"
        "Usnesení č. 77/2024\n"
        "Zastupitelstvo obce Lhota\n"
        "I. schvaluje\n"
        "Komunitní plán sociálních služeb obce Lhota na období 2025–2028,\n"
        "II. bere na vědomí\n"
        "Vyhodnocení akčního plánu na rok 2023.\n"
    )
    assert approval_of(text) == [(2025, "2024-09-09", "77/2024")]


def test_a_recommendation_in_a_relative_clause_does_not_void_the_approval_nor_lend_its_date():
    text = (
        "Zastupitelstvo obce Lhota dne 16. 6. 2025 schválilo Komunitní plán obce Lhota na období 2026–2028 "
        "ve znění předloženém Radou obce, která jej doporučila ke schválení usnesením č. RO/9/2025 "
        "ze dne 2. 6. 2025."
    )
    assert approval_of(text) == [(2026, "2025-06-16", None)]


def test_the_fuller_report_of_an_adoption_wins_and_a_validity_bound_is_no_approval_date():
    headline = (
        "Zastupitelé schválili nový komunitní plán\n3. 10. 2025 | Aktuality\n"
        "Zastupitelstvo obce Lhota ve čtvrtek 25. září 2025 schválilo usnesením č. 12/3/2025 "
        "Komunitní plán obce Lhota na roky 2026–2029."
    )
    assert approval_of(headline) == [(2026, "2025-09-25", "12/3/2025")]
    archive = (
        "Komunitní plán obce Lhota 2019 - 2022\nplatnost skončila 31. 12. 2022\nschváleno ZM dne 12.12.2018\n"
    )
    assert approval_of(archive) == [(2019, "2018-12-12", None)]


def test_an_annual_action_plan_approved_in_its_own_sentence_lends_no_approval_to_the_plan():
    text = (
        "Komunitní plán obce Lhota na období 2024–2027\n\n"
        "Akční plán na rok 2025 schválila Rada obce Lhota dne 28. 11. 2024 usnesením č. RO/14/24. "
        "Plán samotný schválilo Zastupitelstvo obce Lhota dne 14. 9. 2023 usnesením č. ZO/29/23."
    )
    assert approval_of(text) == [(2024, "2023-09-14", "ZO/29/23")]


def test_a_resolution_number_wrapped_under_its_label_or_led_by_two_words():
    wrapped = (
        "Komunitní plán obce Lhota na období 2025–2027\n"
        "Schváleno:      Zastupitelstvo obce Lhota dne 12. 9. 2024, usnesení\n"
        "                č. 28/2024/ZO-12\n"
    )
    assert approval_of(wrapped) == [(2025, "2024-09-12", "28/2024/ZO-12")]
    led = "Komunitní plán MČ Lhota na období 2024–2027 schválilo Zastupitelstvo MČ dne 21. 11. 2023 usnesením č. Us ZMČ 118/23."
    assert approval_of(led) == [(2024, "2023-11-21", "Us ZMČ 118/23")]


def test_a_heading_above_the_plans_line_cues_its_status():
    text = (
        "Aktuální komunitní plán\n"
        "Komunitní plán obce Lhota na období 2025–2028 byl schválen Zastupitelstvem obce dne 1. 12. 2024.\n"
    )
    assert status_of(text) == [(2025, "current")]
    sentence = "Aktuální komunitní plán najdete níže. Komunitní plán obce Lhota 2019–2022 (PDF)"
    assert status_of(sentence) == [(2019, None)]  # a sentence above is no heading


def test_a_cue_before_a_numbered_plan_opening_its_sentence():
    text = (
        "Obec připravuje 4. komunitní plán na roky 2026–2029. Stávající 3. komunitní plán na období "
        "2022–2025 schválilo Zastupitelstvo obce dne 8. 12. 2021."
    )
    assert [(p.ordinal, p.period_from, p.status) for p in plans(text)] == [
        (4, 2026, "in_preparation"),
        (3, 2022, "current"),
    ]


def test_news_of_a_new_plan_make_it_current():
    assert status_of("Lhotecko má od ledna nový Komunitní plán obce Lhota na období 2025–2028.") == [
        (2025, "current")
    ]
    assert status_of(
        "Zastupitelé schválili nový komunitní plán\nZastupitelstvo obce dne 9. 9. 2025 schválilo "
        "Komunitní plán obce Lhota na roky 2026–2029."
    ) == [(2026, "current")]


def test_an_action_plan_named_after_the_verb_does_not_keep_the_plan_from_its_approval():
    text = (
        "Platí Střednědobý plán rozvoje sociálních služeb obce Lhota na období 2022–2025.\n"
        "Plán schválilo Zastupitelstvo obce Lhota dne 13. 12. 2021 usnesením č. 21-018/2021 a navazují na "
        "něj každoroční akční plány."
    )
    assert approval_of(text) == [(2022, "2021-12-13", "21-018/2021")]


def test_a_title_page_in_capitals_over_several_lines_names_its_plans_period():
    text = (
        "Obec Lhota\n\n\n     KOMUNITNÍ PLÁN\n   SOCIÁLNÍCH SLUŽEB\n  SPRÁVNÍHO OBVODU ORP LHOTA\n\n"
        "     na období 2025–2028\n\n\nZpracovatel: MěÚ Lhota\n\n"
        "Dokument byl schválen Zastupitelstvem obce Lhota dne 9. 12. 2024\nusnesením č. 14/2024/Z-7.\n"
    )
    assert approval_of(text) == [(2025, "2024-12-09", "14/2024/Z-7")]


def test_a_status_read_near_the_plan_names_its_rule():
    (plan,) = plans("Aktuální komunitní plán\nKomunitní plán obce Lhota na období 2025–2028 vyšel tiskem.\n")
    assert plan.status == "current"
    assert [e.rule for e in plan.evidence if e.field == "status"] == ["status_cue_nearby:current"]


def test_a_steering_group_votes_near_the_verb_but_is_only_named_in_passing_further_off():
    named_in_passing = (
        "Komunitní plán obce Lhota na období 2025–2028\n\n"
        "Zpracovatel: Obecní úřad Lhota, ve spolupráci s řídící skupinou a pracovními skupinami\n\n"
        "Dokument byl schválen Zastupitelstvem obce Lhota dne 9. 12. 2024 usnesením č. 14/2024/Z-7.\n"
    )
    assert approval_of(named_in_passing) == [(2025, "2024-12-09", "14/2024/Z-7")]
    own_vote = "Komunitní plán obce Lhota na období 2025–2028 schválila řídící skupina dne 21. 10. 2024."
    assert approval_of(own_vote) == [(2025, None, None)]


def test_a_table_of_plans_says_who_approved_each_and_when():
    barred = (
        "Dokument | Období | Schválil | Datum | Usnesení | Stav\n"
        "Komunitní plán obce Lhota | 2025 - 2028 | Zastupitelstvo obce Lhota | 11. 12. 2024 | 14/2024/ZO | aktuální\n"
        "Komunitní plán obce Lhota | 2021 - 2024 | Zastupitelstvo obce Lhota | 16. 12. 2020 | 22/2020/ZO | archiv\n"
        "Akční plán na rok 2025 | 2025 | Rada obce Lhota | 20. 1. 2025 | 3/2025/RO | aktuální\n"
    )
    assert [(p.period_from, p.approved_on, p.resolution, p.status) for p in plans(barred)] == [
        (2025, "2024-12-11", "14/2024/ZO", "current"),
        (2021, "2020-12-16", "22/2020/ZO", "archived"),
    ]
    tabbed = "Plán\tObdobí\tSchváleno\nKomunitní plán obce Lhota\t2019–2022\tŘídící skupina 3. 3. 2018\n"
    assert approval_of(tabbed) == [(2019, None, None)]  # a steering group is no council


def test_a_table_of_plans_in_pdf_text_keeps_its_columns_and_wraps_its_cells():
    table = (
        "Přehled plánů obce Lhota\n"
        "Č.   Dokument                               Období       Schválení\n"
        "1.   Komunitní plán sociálních služeb       2016–2019    ZO 14. 12. 2015,\n"
        "     obce Lhota                                          usn. č. 41/15\n"
        "2.   Komunitní plán sociálních služeb       2020–2023    RO 2. 12. 2019\n"
        "     obce Lhota na období 2020–2023\n"
        "3.   Komunitní plán sociálních služeb       2024–2027    ZO 11.12.2023, usnesení č. 9/2023/ZO\n"
        "* Zastupitelstvo obce usnesením č. 12/24 ze dne 3. 6. 2024 prodloužilo platnost plánu.\n"
    )
    assert [(p.period_from, p.approved_by, p.approved_on, p.resolution) for p in plans(table)] == [
        (2016, "zastupitelstvo", "2015-12-14", "41/15"),
        (2020, "rada", "2019-12-02", None),
        (2024, "zastupitelstvo", "2023-12-11", "9/2023/ZO"),
    ]
    # a row of prose under the header, and a header of two cells, are no table
    prose = "Období       Schválení\nKomunitní plán obce Lhota na období 2024–2027 vznikl v roce 2023 a ZO jej schválilo.\n"
    assert [p.approved_on for p in plans(prose)] == [None]


def test_an_adopted_plan_takes_the_status_cued_after_a_drafts_word_in_its_sentence():
    text = (
        "Akční plán obce Lhota na rok 2025 je každoročně zpracovávaný dokument, který rozpracovává aktuálně "
        "platný Komunitní plán obce Lhota na období 2024–2027. Ten schválilo Zastupitelstvo obce Lhota "
        "dne 13. 9. 2023 usnesením č. 85/23Z.\n"
    )
    assert [(p.period_from, p.status, p.approved_on) for p in plans(text)] == [
        (2024, "current", "2023-09-13")
    ]
    draft = "Připravujeme Komunitní plán obce Lhota na období 2028–2031, aktuálně sbíráme náměty.\n"
    assert [(p.period_from, p.status) for p in plans(draft)] == [(2028, "in_preparation")]


def test_an_approval_on_a_dash_line_under_the_plans_title_is_that_plans():
    text = (
        "Dokumenty\n\nKomunitní plán sociálních služeb města Lhoty na období 2026–2029\n"
        "– schválen Zastupitelstvem města Lhoty dne 9. 12. 2025, usnesení č. 77/5/2025\n"
        "– soubor PDF, 88 stran\n"
    )
    (plan,) = plans(text)
    assert (plan.period_from, plan.period_to, plan.approved_on, plan.resolution) == (
        2026,
        2029,
        "2025-12-09",
        "77/5/2025",
    )

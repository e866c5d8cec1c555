"""Working groups (names as written, target groups, members) and the coordination group."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpdata.extract.groups import extract_coordination_group, extract_working_groups
from kpdata.extract.target_groups import target_group


def groups(text: str) -> list[tuple[str, str | None]]:
    return [(g.name, g.target_group) for g in extract_working_groups(text)]


def test_labelled_lines_with_leaders_run_together() -> None:
    text = (
        "Pracovní skupina:\nSenioři vedoucí skupiny: Marta Kubešová marta.kubesova@dps-lhota.cz\n"
        "Pracovní skupina:\nOsoby se zdravotním postižením\nvedoucí skupiny: Ing. Leoš Pilař\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.target_group, g.members_named) for g in found] == [
        ("Senioři", "seniors", ["Marta Kubešová"]),
        ("Osoby se zdravotním postižením", "disabled", ["Ing. Leoš Pilař"]),
    ]


def test_a_group_line_naming_its_leader_after_a_dash() -> None:
    text = (
        "Pracovní skupina Senioři - vedoucí: Bc. Oldřich Kupka\n"
        "Pracovní skupina Rodina a děti – vedoucí: Mgr. Dana Šrámková\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.target_group, g.members_named) for g in found] == [
        ("Senioři", "seniors", ["Bc. Oldřich Kupka"]),
        ("Rodina a děti", "children_youth_family", ["Mgr. Dana Šrámková"]),
    ]


def test_semicolon_list_in_prose() -> None:
    text = (
        "Ve městě pracují pracovní skupiny Rodina, děti a mládež; Osoby s duševním onemocněním; "
        "Osoby ohrožené závislostmi a Senioři. Skupiny jsou otevřené."
    )
    assert groups(text) == [
        ("Rodina, děti a mládež", "children_youth_family"),
        ("Osoby s duševním onemocněním", "mental_illness"),
        ("Osoby ohrožené závislostmi", "addictions"),
        ("Senioři", "seniors"),
    ]


def test_capitalised_list_with_commas_inside_names() -> None:
    text = (
        "Fungují dvě pracovní skupiny, pracovní skupina Lidé bez domova a osoby v krizi, "
        "Rodina, děti a mládež. Další text."
    )
    assert groups(text) == [
        ("Lidé bez domova a osoby v krizi", "homeless"),
        ("Rodina, děti a mládež", "children_youth_family"),
    ]


def test_lower_case_list_after_colon_skips_other_bodies() -> None:
    text = (
        "Plánování probíhá na setkáních pracovních skupin: senioři a zdravotně postižení, "
        "národnostní menšiny a cizinci, a na setkáních řídící skupiny."
    )
    assert groups(text) == [
        ("senioři a zdravotně postižení", "seniors"),
        ("národnostní menšiny a cizinci", "ethnic_minorities_foreigners"),
    ]


def test_bullets_and_plain_lines_under_a_heading() -> None:
    bullets = "Pracovní skupiny\n\n  • osoby v krizi,\n  • senioři,\n  • drogy a jiné závislosti.\n\nDalší odstavec."
    plain = "Naše pracovní skupiny:\nSenioři\nOsoby se zdravotním znevýhodněním\n\nSetkání jsou veřejná."
    assert groups(bullets) == [
        ("osoby v krizi", "crisis"),
        ("senioři", "seniors"),
        ("drogy a jiné závislosti", "addictions"),
    ]
    assert groups(plain) == [("Senioři", "seniors"), ("Osoby se zdravotním znevýhodněním", "disabled")]


def test_a_heading_list_after_one_paragraph_with_leaders_and_member_lines() -> None:
    text = (
        "Pracovní skupiny\n"
        "Na jednání pracovních skupin může přijít každý, termíny najdete v kalendáři.\n"
        "– Senioři – vedoucí skupiny: Mgr. Olga Vávrová (Domov Lipka)\n"
        "– Rodina a děti – vedoucí skupiny: Bc. Karel Hromada\n\n"
        "Osoby bez přístřeší\n"
        "vedoucí: Ing. Hynek Sláma\n"
        "členové: Dvořák Jan; Malá Věra\n\n"
        "Ke stažení: Katalog služeb pro seniory"
    )
    assert groups(text) == [
        ("Senioři", "seniors"),
        ("Rodina a děti", "children_youth_family"),
        ("Osoby bez přístřeší", "homeless"),
    ]


def test_a_paragraph_that_does_not_speak_of_the_groups_ends_the_heading() -> None:
    text = "Pracovní skupiny\nMěsto podporuje tyto služby.\n• Domov pro seniory Lipka\n"
    assert groups(text) == []


def test_a_long_sentence_ending_in_a_colon_introduces_a_list() -> None:
    text = (
        "Pracovní skupiny se potkávají zhruba čtyřikrát do roka a pracují v těchto tematických oblastech:\n"
        "• Senioři\n• Lidé s duševním onemocněním\n\nDalší informace."
    )
    assert groups(text) == [("Senioři", "seniors"), ("Lidé s duševním onemocněním", "mental_illness")]


def test_a_table_row_opening_with_a_group_code_keeps_its_leader() -> None:
    text = (
        "| Pracovní skupina | Vedoucí | Kontakt |\n"
        "| PS 1 – Senioři | Mgr. Hedvika Sojková | sojkova(zavináč)mesto-lhota.cz |\n"
        "| PS 2 – Rodina a děti | Bc. Aleš Pavlas | pavlas(zavináč)mesto-lhota.cz |\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.members_named) for g in found] == [
        ("PS 1 – Senioři", ["Mgr. Hedvika Sojková"]),
        ("PS 2 – Rodina a děti", ["Bc. Aleš Pavlas"]),
    ]


def test_groups_for_people_named_in_more_than_one_word() -> None:
    text = (
        "Na plánu pracovaly tyto skupiny:\n"
        "– Pracovní skupina pro osoby se zdravotním postižením\n"
        "– Pracovní skupina pro oblast závislostí\n"
    )
    assert groups(text) == [
        ("Pracovní skupina pro osoby se zdravotním postižením", "disabled"),
        ("Pracovní skupina pro oblast závislostí", "addictions"),
    ]


def test_everyone_on_a_members_line_under_a_group_is_a_member() -> None:
    text = (
        "Pracovní skupiny a jejich složení\n\n"
        "Senioři\n"
        "vedoucí: Mgr. Radka Pospíšilová (Domov Javor)\n"
        "členové: Kříž Antonín; Horáková Jitka, Bc.; Ing. Otakar Plíva\n\n"
        "Rodina a děti\n"
        "členky: Bc. Olga Tichá (Rodinné centrum), Marie Zemanová\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.members_named) for g in found] == [
        ("Senioři", ["Mgr. Radka Pospíšilová", "Antonín Kříž", "Bc. Jitka Horáková", "Ing. Otakar Plíva"]),
        ("Rodina a děti", ["Bc. Olga Tichá", "Marie Zemanová"]),
    ]


def test_plain_lines_naming_their_leaders_and_contact_lines_between_bullets() -> None:
    plain = (
        "Vedoucí pracovních skupin\n"
        "Senioři – Mgr. Dita Roubalová (Domov u Lesa, příspěvková organizace)\n"
        "Rodina a děti – Bc. Ivo Hanzl\n"
    )
    assert [(g.name, g.members_named) for g in extract_working_groups(plain)] == [
        ("Senioři", ["Mgr. Dita Roubalová"]),
        ("Rodina a děti", ["Bc. Ivo Hanzl"]),
    ]
    bullets = (
        "Pracovní skupiny:\n"
        "▸ PS Senioři\nvedoucí: Ing. Jan Šolc\nsolc(zavináč)dps-lhota.cz\n\n"
        "▸ PS Osoby bez domova\nvedoucí: Eva Krupková\ntel. 736 111 222\n"
    )
    assert groups(bullets) == [("PS Senioři", "seniors"), ("PS Osoby bez domova", "homeless")]


def test_a_list_with_middle_dots_after_the_groups_are_named() -> None:
    text = "Další pracovní skupiny: Senioři · Osoby se zdravotním postižením · Lidé v krizi\n"
    assert groups(text) == [
        ("Senioři", "seniors"),
        ("Osoby se zdravotním postižením", "disabled"),
        ("Lidé v krizi", "crisis"),
    ]


def test_groups_named_only_by_their_abbreviation() -> None:
    text = "Skupin máme pět: PS Senioři, PS Lidé s duševním onemocněním a PS Rodina. Scházejí se měsíčně."
    assert groups(text) == [
        ("PS Senioři", "seniors"),
        ("PS Lidé s duševním onemocněním", "mental_illness"),
        ("PS Rodina", "children_youth_family"),
    ]
    # where the page names its groups in full, "PS Rodina: 4. 5." in a schedule is no further group
    full = "Pracovní skupiny:\n• Senioři\n• Rodina a děti\n\nTermíny: PS Rodina: 4. 5., PS Senioři 6. 5."
    assert groups(full) == [("Senioři", "seniors"), ("Rodina a děti", "children_youth_family")]


def test_people_opening_the_lines_under_a_coded_group_are_its_members() -> None:
    text = (
        "Vedoucí pracovních skupin\n\n"
        "PS 1 – Senioři\nMgr. Alžběta Vojtová, Domov Lipka\ntel. 601 222 333\n\n"
        "PS 2 – Rodina a děti\nBc. Emil Frýba (vedoucí) Rodinné centrum\nJarmila Pešťálová Charita Lhota\n\n"
        "Koordinátor: Mgr. Otto Rys"
    )
    assert [(g.name, g.members_named) for g in extract_working_groups(text)] == [
        ("PS 1 – Senioři", ["Mgr. Alžběta Vojtová"]),
        ("PS 2 – Rodina a děti", ["Bc. Emil Frýba", "Jarmila Pešťálová"]),
    ]


def test_a_list_in_brackets_after_the_groups_and_a_steering_group_in_a_schedule() -> None:
    prose = (
        "Návrh vznikl na jednání 3 pracovních skupin (senioři, rodiny s dětmi, lidé bez domova). Děkujeme."
    )
    assert groups(prose) == [
        ("senioři", "seniors"),
        ("rodiny s dětmi", "children_youth_family"),
        ("lidé bez domova", "homeless"),
    ]
    schedule = "Datum | Skupina | Čas\n4. 2. | Senioři | 9:00\n6. 3. | Řídící skupina | 10:00\n"
    assert groups(schedule) == [("Senioři", "seniors")]


def test_the_people_of_a_paragraph_under_a_group_heading_are_its_members() -> None:
    text = (
        "Pracovní skupiny\n\n"
        "Pracovní skupina pro seniory\n"
        "Skupina se schází v knihovně. Vede ji Mgr. Pavla Křížová, mezi členy jsou Bc. Ota Vrba "
        "a Ing. Ilona Hrubá. Koordinátorka plánování Bc. Iva Malá skupině pomáhá.\n"
    )
    (group,) = extract_working_groups(text)
    assert group.members_named == ["Mgr. Pavla Křížová", "Bc. Ota Vrba", "Ing. Ilona Hrubá"]


def test_a_code_before_a_person_or_a_column_gap_names_no_more_than_it_says() -> None:
    text = (
        "Koordinační skupina\nvedoucí PS 2               Mgr. Pavel Lhoták\n\n"
        "PS 1 – Lidé bez domova      Bc. Eva Nová\n"
    )
    assert groups(text) == [("PS 2", "other"), ("PS 1 – Lidé bez domova", "homeless")]


def test_coded_groups() -> None:
    text = (
        "Zápisy: PS 1 – Senioři, PS 2 – Rodina a děti. Zápis z jednání PS 2 ze dne 3. 4. 2019. Skupina KS3."
    )
    assert groups(text) == [
        ("PS 1 – Senioři", "seniors"),
        ("PS 2 – Rodina a děti", "children_youth_family"),
        ("KS3", "other"),
    ]


def test_schedule_lines_with_area_labels() -> None:
    text = (
        "Jednání pracovních skupin:\n"
        "Úterý 4. 5. 2021 v 10.00 h - Senioři, oblast „Služby pro seniory“\n"
        "Středa 5. 5. 2021 v 14.00 h - Cizinci oblast „Služby pro cizince“\n"
    )
    assert groups(text) == [
        ("Senioři („Služby pro seniory“)", "seniors"),
        ("Cizinci („Služby pro cizince“)", "ethnic_minorities_foreigners"),
    ]


def test_group_for_a_target_group() -> None:
    assert groups("Uživatelé jsou členy pracovní skupiny pro seniory.") == [
        ("pracovní skupiny pro seniory", "seniors")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cílové skupiny plánu: senioři, rodiny s dětmi, osoby se zdravotním postižením.",
        "Činnosti předcházela práce tří pracovních skupin, které se věnovaly seniorům a rodinám.",
        "Dotazník:\n1. Pohlaví\n2. Věk\n3. Jste senior?\n",
        "",
    ],
)
def test_target_group_lists_elsewhere_are_not_working_groups(text: str) -> None:
    assert groups(text) == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Senioři a osoby se zdravotním postižením", "seniors"),
        ("Osoby se zdravotním postižením a senioři", "disabled"),
        ("Osoby s mentálním postižením", "disabled"),
        ("Duševní zdraví", "mental_illness"),
        ("Děti, mládež a rodina", "children_youth_family"),
        ("Osoby ohrožené sociálním vyloučením a krizí", "social_exclusion"),
        ("Sociálně patologické jevy", "social_exclusion"),
        ("Národnostní menšiny", "ethnic_minorities_foreigners"),
        ("Prevence drogových závislostí", "addictions"),
        ("Lidé bez domova", "homeless"),
        ("Osoby v krizi", "crisis"),
        ("Oběti domácího násilí", "crisis"),
        ("Sociální začleňování", "social_exclusion"),
        ("KS2", "other"),
    ],
)
def test_target_group_table(name: str, code: str) -> None:
    assert target_group(name) == code


def test_coordination_group_members_listed_under_a_heading() -> None:
    text = (
        "Řídicí skupina dohlíží na proces.\n\nAktuální složení řídicí skupiny\n\n"
        "Alžběta Zedníková, Město Lhota\nKřížová Renata, Charita Lhota\n"
        "Mgr. Lukáš Hořejší, ZŠ Lhota, Školní ulice\n\nJednání řídicí skupiny\n"
    )
    group = extract_coordination_group(text)
    assert group.exists
    assert group.members == ["Alžběta Zedníková", "Renata Křížová", "Mgr. Lukáš Hořejší"]


@pytest.mark.parametrize(
    "heading",
    ["Koordinační skupina, jejímiž členy jsou:", "Řídící skupinu tvoří:", "Řídící skupina ve složení:"],
)
def test_coordination_group_members_after_a_heading_naming_the_group_first(heading: str) -> None:
    text = (
        f"Plán připravuje obec Lhota.\n{heading}\nIng. Karel Novotný, starosta\n"
        "Věra Pokorná, Charita Lhota\n\nKontaktní osoba: Mgr. Iva Malá, tel. 777 111 222\n"
    )
    group = extract_coordination_group(text)
    assert group.members == ["Ing. Karel Novotný", "Věra Pokorná"]  # not the contact after the list


def test_coordination_group_roles_only_gives_no_members() -> None:
    text = "Koordinační skupinu tvoří vedoucí pracovních skupin, předseda sociální komise a koordinátor."
    group = extract_coordination_group(text)
    assert group.exists and group.members == []


def test_no_coordination_group() -> None:
    assert not extract_coordination_group("Pracovní skupiny se scházejí čtyřikrát ročně.").exists


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    for group in extract_working_groups(text):
        assert group.name
    extract_coordination_group(text)


def test_people_listed_under_a_group_name_are_its_members() -> None:
    text = (
        "Pracovní skupina komunitního plánování pro rodiny s dětmi\n\n"
        " • Mgr. Radana Kopecká – ředitelka Střediska rodiny Lhota\n"
        " • Bc. Tereza Slaninová – Městský úřad Lhota\n"
        " • Oldřich Bureš – zastupitel\n\nDalší text."
    )
    (group,) = extract_working_groups(text)
    assert group.name == "Pracovní skupina pro rodiny s dětmi"
    assert group.target_group == "children_youth_family"
    assert group.members_named == ["Mgr. Radana Kopecká", "Bc. Tereza Slaninová", "Oldřich Bureš"]


def test_enumerated_group_name_in_minutes() -> None:
    text = "Program: 1. Úvod 2. Jednací řád pracovní skupiny Senioři 3. Různé"
    assert groups(text) == [("Senioři", "seniors")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pracovní skupina Senioři se sešla v úterý.", [("Senioři", "seniors")]),
        ("Pracovní skupina Rodina projednala návrh plánu.", [("Rodina", "children_youth_family")]),
    ],
)
def test_a_group_name_ends_where_the_sentence_goes_on(text: str, expected: list) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Manažerský tým komunitního plánování zasedá měsíčně.", "Návrh projednala Koordinační rada KPSS."],
)
def test_other_names_of_a_steering_body(text: str) -> None:
    assert extract_coordination_group(text).exists


def test_groups_in_a_table_with_a_leader_column() -> None:
    text = (
        "Přehled skupin\n| Pracovní skupina | Vedoucí | Kontakt |\n|---|---|---|\n"
        "| Senioři | Mgr. Olga Vávrová | vavrova@lhota.cz |\n| Osoby v krizi | Bc. Tomáš Beneš | 777 123 456 |\n"
        "Skupiny se scházejí jednou za čtvrt roku.\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.target_group, g.members_named) for g in found] == [
        ("Senioři", "seniors", ["Mgr. Olga Vávrová"]),
        ("Osoby v krizi", "crisis", ["Bc. Tomáš Beneš"]),
    ]
    assert [e.rule for g in found for e in g.evidence] == ["table_row", "table_row"]


def test_a_table_without_outer_bars_and_one_without_a_group_column() -> None:
    groups_table = "Název skupiny | Garant\nRodina a děti | Ing. Pavel Krejčí\n"
    other_table = (
        "\nFunkce | Jméno\nSenioři | Mgr. Jana Malá\n"  # a row naming a target group: no group column
    )
    found = extract_working_groups(groups_table + other_table)
    assert [(g.name, g.members_named) for g in found] == [("Rodina a děti", ["Ing. Pavel Krejčí"])]


def test_a_sentence_ending_in_a_colon_introduces_a_list_of_groups() -> None:
    text = "V obci se od loňského roku pravidelně schází tyto tři pracovní skupiny komunitního plánování:\n- Senioři\n- Rodiny s dětmi\n"
    assert [g.name for g in extract_working_groups(text)] == ["Senioři", "Rodiny s dětmi"]


def test_a_group_for_a_target_group_led_by_a_named_person() -> None:
    text = "Pracovní skupinu pro seniory vede pan Bohumil Sýkora z domova pro seniory."
    found = extract_working_groups(text)
    assert [(g.name, g.target_group, g.members_named) for g in found] == [
        ("Pracovní skupinu pro seniory", "seniors", ["Bohumil Sýkora"])
    ]


def test_numbered_group_lines_with_a_dash() -> None:
    text = "Pracovní skupina č. 1 – Senioři\nPracovní skupina č. 2 – Rodina a děti\nPracovní skupina – zápis z jednání\n"
    assert [g.name for g in extract_working_groups(text)] == ["Senioři", "Rodina a děti"]


def test_a_member_list_shortly_after_the_coordination_group_is_named() -> None:
    text = (
        "Řídící skupina\n"
        "Řídící skupina (ŘS) schvaluje výstupy a předkládá je radě. Předsedá jí starostka.\n"
        "Složení ŘS (stav k 1. 3. 2025)\n"
        "Brabcová Irena, Mgr. – starostka\n"
        "Hušek Ondřej – Charita Lhota\n"
        "Ing. Vilém Sova – zástupce uživatelů\n"
    )
    assert extract_coordination_group(text).members == [
        "Mgr. Irena Brabcová",
        "Ondřej Hušek",
        "Ing. Vilém Sova",
    ]


def test_a_working_group_between_the_mention_and_the_list_takes_the_list() -> None:
    text = (
        "Plánování řídí koordinační skupina.\n\n"
        "Pracovní skupina Senioři\n"
        "Členové skupiny:\n"
        "Mgr. Eva Zárubová – Domov Lipka\n"
        "Petr Kolář – uživatel\n"
    )
    group = extract_coordination_group(text)
    assert group.exists and group.members == []


def test_coordination_group_members_named_in_prose() -> None:
    text = (
        "O plánu rozhoduje řídící skupina. Vede ji místostarosta Ing. Lubor Kroupa, dalšími členy jsou "
        "vedoucí odboru Mgr. Dana Vítová a za poskytovatele Bc. Olga Šimková.\n\n"
        "Kontakt: koordinátorka Bc. Iva Malá, tel. 601 222 333"
    )
    group = extract_coordination_group(text)
    assert group.members == ["Ing. Lubor Kroupa", "Mgr. Dana Vítová", "Bc. Olga Šimková"]


def test_a_hard_wrapped_paragraph_between_the_heading_and_its_list() -> None:
    """PDF text: the paragraph about the groups runs over lines, the list's bullets are symbol-font
    glyphs, and a leader follows each group after a dash in words of its own."""
    text = (
        "Pracovní skupiny\n"
        "Tři pracovní skupiny se během roku sešly celkem 12krát a podílelo se na\n"
        "nich 45 osob.\n"
        "\uf0b7 Senioři – skupinu vede Mgr. Petra Malá.\n"
        "\uf0b7 Osoby se zdravotním postižením – pod vedením Mgr. Karla Dubského.\n"
        "\uf0b7 Rodina a děti – vedoucí Bc. Jana Horká (Rodinné centrum Sluníč-\n"
        "  ko, z. s.).\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.target_group, g.members_named) for g in found] == [
        ("Senioři", "seniors", ["Mgr. Petra Malá"]),
        ("Osoby se zdravotním postižením", "disabled", ["Mgr. Karel Dubský"]),
        ("Rodina a děti", "children_youth_family", ["Bc. Jana Horká"]),
    ]


def test_list_lines_whose_bullets_were_lost_name_their_leader_after_a_dash() -> None:
    text = (
        "Pracovní skupiny:\n"
        " Senioři – vede Ing. Tomáš Bureš.\n"
        " Rodiny s dětmi – vedoucí Mgr. Alena Sýkorová.\n"
    )
    assert [(g.name, g.members_named) for g in extract_working_groups(text)] == [
        ("Senioři", ["Ing. Tomáš Bureš"]),
        ("Rodiny s dětmi", ["Mgr. Alena Sýkorová"]),
    ]


def test_a_sentence_under_the_heading_is_no_group_even_when_it_names_a_target_group() -> None:
    text = "Pracovní skupiny\nSenioři se scházejí každý měsíc v klubovně.\n"
    assert groups(text) == []


def test_a_table_under_a_paragraph_is_not_read_as_the_paragraph_going_on() -> None:
    text = (
        "Pracovní skupiny\n"
        "Pracovní skupina          Vedoucí\n"
        "Senioři a osoby se        Bc. Eva Kosová\n"
        "zdravotním postižením\n"
        "postižením\n"
    )
    assert ("postižením", "disabled") not in groups(text)


def test_a_table_laid_out_by_column_gaps_with_wrapped_cells() -> None:
    """PDF text keeps a table's layout: cells apart by spaces, a long name or leader wrapped onto the
    next line, a members' column, and a summary row that is no group."""
    text = (
        "Tab. 2 Složení pracovních skupin\n"
        "Pracovní skupina               Vedoucí skupiny         Členové (výběr)\n"
        "PS 1 – Senioři                 Bc. Olga Říhová         Mgr. Tomáš Lev,\n"
        "                                                       Jiřina Suchá\n"
        "PS 2 – Osoby se zdravotním     Ing. Marek Vítek        Petra Dlouhá\n"
        "postižením\n"
        "Rodina a děti                  Mgr. et Mgr. Hana\n"
        "                               Kovářová\n"
        "Celkem                                                 12\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.target_group, g.members_named) for g in found] == [
        ("PS 1 – Senioři", "seniors", ["Bc. Olga Říhová", "Mgr. Tomáš Lev", "Jiřina Suchá"]),
        ("PS 2 – Osoby se zdravotním postižením", "disabled", ["Ing. Marek Vítek", "Petra Dlouhá"]),
        ("Rodina a děti", "children_youth_family", ["Mgr. et Mgr. Hana Kovářová"]),
    ]


def test_a_barred_table_whose_row_wraps_onto_a_row_of_its_own() -> None:
    text = (
        "Pracovní skupina | Garant | Počet členů\n"
        "Osoby ohrožené sociálním | Mgr. Ivo Krátký | 9\n"
        "vyloučením | |\n"
        "Senioři | Bc. Lada Nová | 11\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.members_named) for g in found] == [
        ("Osoby ohrožené sociálním vyloučením", ["Mgr. Ivo Krátký"]),
        ("Senioři", ["Bc. Lada Nová"]),
    ]


def test_a_schedule_row_in_lower_case_is_a_group_of_its_own() -> None:
    """A group cell may open in lower case ("skupina Rodina"): it wraps the row above only where that
    row filled a cell this one leaves empty."""
    text = "Datum | Skupina | Čas\n3. 2. 2025 | PS Senioři | 9:00\n5. 2. 2025 | skupina Rodina | 13:00\n"
    assert [name for name, _ in groups(text)] == ["PS Senioři", "skupina Rodina"]


def test_a_table_dumped_one_cell_a_line_under_its_header_cells() -> None:
    """A table's text without its layout: the header cells on lines of their own, then each group with
    its leader and contact details on the lines below it."""
    text = (
        "Pracovní skupina\nVedoucí\nKontakt\n"
        "Senioři\nMgr. Iveta Kroupová\n491 222 333, kroupova@lhotka.cz\n"
        "Rodiny s dětmi\nBc. Aleš Tuček, DiS.\n604 111 222\ntucek(at)rclhotka.cz\n"
        "\nVe skupinách pracuje 30 lidí.\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.target_group, g.members_named) for g in found] == [
        ("Senioři", "seniors", ["Mgr. Iveta Kroupová"]),
        ("Rodiny s dětmi", "children_youth_family", ["Bc. Aleš Tuček, DiS."]),
    ]


def test_group_lines_under_a_header_naming_their_columns() -> None:
    text = (
        "Skupina – vedoucí – kontakt\n"
        "Senioři – Mgr. Petr Oliva – tel. 475 100 200, oliva@lhotka.cz\n"
        "Závislosti – Bc. Eva Kotková – tel. 475/100 300, kotkova@\nkclhotka.cz\n"
        "Termíny jednání v roce 2025\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.members_named) for g in found] == [
        ("Senioři", ["Mgr. Petr Oliva"]),
        ("Závislosti", ["Bc. Eva Kotková"]),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Setkání pracovní skupiny Rodina a děti se přesouvá na 19. 5.", "Rodina a děti"),
        ("Foto: jednání pracovní skupiny pro seniory v květnu 2025", "pracovní skupiny pro seniory"),
        (
            "Zveme na jednání pracovní skupiny Osoby se zdravotním postižením.",
            "Osoby se zdravotním postižením",
        ),
    ],
)
def test_a_group_name_in_prose_ends_at_a_reflexive_verb_or_a_time(text: str, name: str) -> None:
    assert [g.name for g in extract_working_groups(text)] == [name]


def test_groups_named_in_prose_without_the_word_working() -> None:
    text = (
        "Ve skupině pro seniory se letos řešily odlehčovací služby; skupinu vede Bc. Jitka Sová. "
        "Skupina zaměřená na osoby se zdravotním postižením připravila mapu bezbariérových tras. "
        "Skupinu Rodina a děti vede Mgr. Karel Hora. V obci se schází i skupina pro duševní zdraví "
        "a skupina pro lidi bez domova; ke skupině pro seniory se přidal klub důchodců."
    )
    found = extract_working_groups(text)
    assert [(g.name, g.target_group) for g in found] == [
        ("Skupina pro seniory", "seniors"),
        ("Skupina zaměřená na osoby se zdravotním postižením", "disabled"),
        ("Rodina a děti", "children_youth_family"),
        ("Skupina pro duševní zdraví", "mental_illness"),
        ("Skupina pro lidi bez domova", "homeless"),
    ]
    assert found[0].members_named == ["Bc. Jitka Sová"]
    assert found[2].members_named == ["Mgr. Karel Hora"]


@pytest.mark.parametrize(
    "text",
    [
        "Cílová skupina pro seniory: osoby starší 65 let.",
        "Svépomocná skupina pro pečující se schází v knihovně.",
        "Řídicí skupina Senioři projednala plán.",
    ],
)
def test_a_target_support_or_steering_group_is_no_working_group(text: str) -> None:
    assert groups(text) == []


def test_a_leader_named_under_whose_lead_a_group_meets() -> None:
    text = "Skupina Senioři se schází pod vedením Bc. Lucie Horké (Pečovatelská služba Lhota)."
    (group,) = extract_working_groups(text)
    assert (group.name, group.members_named) == ("Senioři", ["Bc. Lucie Horká"])


def test_members_are_read_where_a_group_heads_its_block_though_it_was_named_before() -> None:
    """A steering group's list names the groups first ("vedoucí PS Senioři"); their own blocks, with
    their members, come later."""
    text = (
        "Složení řídicí skupiny:\n"
        "Mgr. Iva Malá – vedoucí PS Senioři\n"
        "Bc. Jan Kos – vedoucí PS Rodina a děti\n\n"
        "PS Senioři\n"
        "vedoucí: Mgr. Iva Malá (Charita Lhota)\n"
        "členové: Věra Nová, Bc. Tomáš Hrubý\n\n"
        "PS Rodina a děti\n"
        "vedoucí: Bc. Jan Kos\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.members_named) for g in found] == [
        ("PS Senioři", ["Mgr. Iva Malá", "Věra Nová", "Bc. Tomáš Hrubý"]),
        ("PS Rodina a děti", ["Bc. Jan Kos"]),
    ]


def test_a_prose_list_of_groups_goes_on_over_a_hard_wrapped_line() -> None:
    text = (
        "Návrhy připravily pracovní skupiny PS Senioři, PS Osoby se zdravotním\n"
        "postižením a PS Rodina a děti na jednáních v září 2024; projednala je řídicí skupina.\n"
    )
    assert [name for name, _ in groups(text)] == [
        "PS Senioři",
        "PS Osoby se zdravotním postižením",
        "PS Rodina a děti",
    ]


def test_the_people_present_at_a_groups_meeting_by_its_minutes_are_its_members() -> None:
    text = (
        "ZÁPIS Z JEDNÁNÍ PRACOVNÍ SKUPINY\nRODINA A DĚTI\n\n"
        "Datum: 4. 3. 2025\n\n"
        "Přítomni:\n"
        "Mgr. Eva Kosová            Rodinné centrum Lhota – vedoucí PS\n"
        "Bc. Jan Vrabec             Charita Lhota\n"
        "Omluveni: Ing. Olga Malá (obec Lhotka)\n"
        "Hosté:\nIng. Petr Starý, místostarosta\n\n"
        "Program:\n1. Zahájení\n"
    )
    (group,) = extract_working_groups(text)
    assert group.members_named == ["Mgr. Eva Kosová", "Bc. Jan Vrabec", "Ing. Olga Malá"]


def test_an_attendance_list_without_minutes_names_no_members() -> None:
    text = "Pracovní skupina Senioři\n\nBeseda v knihovně\nPřítomni: Mgr. Eva Kosová, Bc. Jan Vrabec\n"
    (group,) = extract_working_groups(text)
    assert group.members_named == []


def test_working_teams_are_groups_but_a_services_team_is_not() -> None:
    text = (
        "Plán připravovaly tři pracovní týmy. Tým pro seniory a zdravotně postižené vedla Mgr. Ida Malá; "
        "týmu pro rodiny s dětmi předsedal Bc. Ivo Kos. Multidisciplinární tým pro duševní zdraví "
        "poskytuje péči v terénu."
    )
    assert groups(text) == [
        ("Tým pro seniory a zdravotně postižené", "seniors"),
        ("Tým pro rodiny s dětmi", "children_youth_family"),
    ]


def test_a_team_or_group_word_inside_another_word_names_no_group() -> None:
    assert groups("Souhlasí se čtvrtým Seniorským klubem a s podskupinou Senioři.") == []


def test_a_link_to_minutes_in_a_list_heads_no_attendance() -> None:
    text = (
        "Pracovní skupina Senioři\n"
        "• Zápis z jednání pracovní skupiny Senioři (PDF)\n"
        "Přítomni: Mgr. Eva Kosová, Bc. Jan Vrabec\n"
    )
    found = extract_working_groups(text)
    assert found and all(g.members_named == [] for g in found)


def test_a_prose_list_of_numbered_groups_apart_by_semicolons() -> None:
    text = (
        "Plán připravily skupiny zaměřené na tyto cílové skupiny: 1. pracovní skupina Děti, mládež a "
        "rodina; 2. pracovní skupina Senioři; 3. pracovní skupina Etnické menšiny. Scházely se měsíčně."
    )
    assert [target for _, target in groups(text)] == [
        "children_youth_family",
        "seniors",
        "ethnic_minorities_foreigners",
    ]


def test_a_table_whose_cells_are_apart_by_tabs() -> None:
    text = (
        "Pracovní skupina\tVedoucí\tPočet členů\n"
        "Senioři\tJana Malá, DiS.\t14\n"
        "Rodina, děti a mládež\tBc. Tereza Hrubá\t9\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.members_named) for g in found] == [
        ("Senioři", ["Jana Malá, DiS."]),
        ("Rodina, děti a mládež", ["Bc. Tereza Hrubá"]),
    ]


def test_groups_as_headings_each_over_a_paragraph_about_it_and_a_contact_line() -> None:
    text = (
        "Pracovní skupiny\n\n"
        "Plánování stojí na práci pracovních skupin, do nichž se zapojuje 40 lidí.\n\n"
        "Senioři\n"
        "Skupina řeší dostupnost pečovatelské služby v menších obcích a dopravu k lékaři.\n"
        "Kontakt: Mgr. Věra Kopecká, tel. 318 821 540\n\n"
        "Rodina a děti\n"
        "Ve skupině se potkávají pracovníci poraden a nízkoprahových klubů z celého regionu.\n"
        "Kontakt: Bc. Ivo Malý, ivo.maly@lhota.cz\n\n"
        "Jak se zapojit\nNapište koordinátorce.\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.members_named) for g in found] == [
        ("Senioři", ["Mgr. Věra Kopecká"]),
        ("Rodina a děti", ["Bc. Ivo Malý"]),
    ]


def test_a_numbered_steering_group_list_under_a_paragraph_with_wrapped_roles() -> None:
    text = (
        "Složení řídící skupiny komunitního plánování\n\n"
        "Řídící skupina je nejvyšším orgánem plánování v obci. Koordinuje práci pracovních\n"
        "skupin a předkládá dokumenty orgánům obce ke schválení.\n\n"
        "1.  Mgr. Radka Vlková             místostarostka obce, předsedkyně\n"
        "2.  Bc. Ivo Hrubý                 koordinátor KPSS, odbor sociálních věcí\n"
        "                                  MěÚ Lhota\n"
        "3.  Marie Nováková                zástupkyně uživatelů\n\n"
        "Stálý host: zástupkyně krajského úřadu.\n"
    )
    assert extract_coordination_group(text).members == [
        "Mgr. Radka Vlková",
        "Bc. Ivo Hrubý",
        "Marie Nováková",
    ]


def test_a_name_ends_at_a_relative_clause_and_joins_a_word_broken_at_a_line_end() -> None:
    text = (
        "Plán připravovaly tři pracovní skupiny: Senioři, kterou vedla Jana Malá; Osoby v krizi a ohrože-\n"
        "né sociálním vyloučením; Rodina a děti, jejíž vedoucí byla Mgr. Eva Kosová.\n"
    )
    assert [name for name, _ in groups(text)] == [
        "Senioři",
        "Osoby v krizi a ohrožené sociálním vyloučením",
        "Rodina a děti",
    ]


def test_a_steering_group_counted_in_its_heading_over_sub_bullets_and_labels() -> None:
    text = (
        "Řídící skupina (6 členů)\n"
        "o předsedkyně: Ing. Lenka Hrubá, místostarostka obce\n"
        "o koordinátor KPSS: Mgr. Vojtěch Malý\n"
        "o zástupci obcí: Jaroslav Kos (starosta Lhotky)\n\n"
        "Pracovní skupiny\n"
    )
    assert extract_coordination_group(text).members == [
        "Ing. Lenka Hrubá",
        "Mgr. Vojtěch Malý",
        "Jaroslav Kos",
    ]


def test_a_list_introduced_by_the_last_sentence_of_a_line() -> None:
    text = (
        "Proces řídí řídící skupina, které předsedá starosta. Práce probíhá ve dvou pracovních skupinách:\n"
        "Senioři – vede ji Mgr. Hana Malá (Domov Lipka)\n"
        "Rodina, děti a mládež – vede ji Bc. Ivo Kos\n"
    )
    assert [(g.name, g.members_named) for g in extract_working_groups(text)] == [
        ("Senioři", ["Mgr. Hana Malá"]),
        ("Rodina, děti a mládež", ["Bc. Ivo Kos"]),
    ]


def test_groups_coded_in_roman_numerals_with_members_wrapped_after_a_comma() -> None:
    text = (
        "PS I Senioři\n"
        "Vedoucí: Mgr. Iva Malá (Charita Lhota)\n"
        "Členové: Bc. Olga Nová (Domov pro seniory Lipka, p. o.), Jaroslava\n"
        "Kubíčková (Klub seniorů Lhota), Marie Hrubá\n\n"
        "PS II Osoby se zdravotním postižením\n"
        "Vedoucí: Petr Sova, DiS.\n\n"
        "Tab. 3 Počet členů\nPS I        PS II       celkem\n11          9           20\n"
    )
    found = extract_working_groups(text)
    assert [(g.name, g.members_named) for g in found] == [
        ("PS I Senioři", ["Mgr. Iva Malá", "Bc. Olga Nová", "Jaroslava Kubíčková", "Marie Hrubá"]),
        ("PS II Osoby se zdravotním postižením", ["Petr Sova, DiS."]),
    ]


CARDS = """Pracovní skupiny v Lhotě

Do práce pracovních skupin se může zapojit každý.

~~~~~~~~~~~~
RODINA A DĚTI
Vedoucí skupiny: Mgr. Irena Dolejší
Telefon: 601 222 333
Členové: Karel Bednář (Klub Slunce), Bc. Eva Roubalová (ZŠ Lhota)

~~~~~~~~~~~~
▸ Senioři a osoby se zdravotním postižením
Garantka skupiny: Ing. Marta Šťastná
Kdy: každé druhé úterý
"""


def test_a_card_names_its_group_over_the_leaders_label_and_lists_its_people():
    found = extract_working_groups(CARDS)
    assert [(g.name, g.target_group, g.members_named) for g in found] == [
        (
            "RODINA A DĚTI",
            "children_youth_family",
            ["Mgr. Irena Dolejší", "Karel Bednář", "Bc. Eva Roubalová"],
        ),
        ("Senioři a osoby se zdravotním postižením", "seniors", ["Ing. Marta Šťastná"]),
    ]
    assert {e.rule for g in found for e in g.evidence} == {"group_card"}


def test_a_service_card_over_a_bare_leaders_label_is_no_group():
    service = "Pracovní skupiny se sešly v březnu.\n\nDomov pro seniory Lipka\nVedoucí: Mgr. Jana Malá\n"
    assert groups(service) == []
    without_groups_nearby = "Senioři\nVedoucí: Mgr. Jana Malá\n"  # (a page that never speaks of groups)
    assert groups(without_groups_nearby) == []
    assert groups("Pracovní skupiny obce\n\nSenioři\nVedoucí: Mgr. Jana Malá\n") == [("Senioři", "seniors")]


def test_attendance_labels_may_say_whose_and_by_what_in_brackets() -> None:
    text = (
        "Zápis ze 2. setkání pracovní skupiny\nRodina a děti\n\n"
        "Přítomní členové PS (dle prezenční listiny):\n"
        "Mgr. Eva Kosová – Rodinné centrum Sluníčko\n"
        "Bc. Jan Vrabec – OSPOD\n"
        "Za MěÚ (zápis): Bc. Alena Tichá, koordinátorka\n"
        "Host: Ing. Petr Daněk\n"
    )
    (group,) = extract_working_groups(text)
    assert group.members_named == ["Mgr. Eva Kosová", "Bc. Jan Vrabec"]  # (not the clerk, not the guest)


def test_the_people_at_a_steering_groups_meeting_are_its_members() -> None:
    text = (
        "ZÁPIS\nz 3. jednání řídicí skupiny komunitního plánování obce Lhota\n\n"
        "Přítomni (členové ŘS):\n"
        "Mgr. Karel Beneš          starosta obce\n"
        "Bc. Jitka Marková         koordinátorka\n\n"
        "Omluveni:\nIng. Olga Vlčková\n\n"
        "Host:\nMgr. Tomáš Dvorský\n"
    )
    group = extract_coordination_group(text)
    assert group.exists and group.members == ["Mgr. Karel Beneš", "Bc. Jitka Marková", "Ing. Olga Vlčková"]
    working = text.replace("řídicí skupiny komunitního plánování obce Lhota", "pracovní skupiny Senioři")
    assert extract_coordination_group(working).members == []

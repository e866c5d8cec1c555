"""Czech personal names: found in running text, put in the nominative, titles kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpdata.extract.names import lemmatise_name
from kpdata.extract.people import find_people, format_name


def names(text: str) -> list[str]:
    return [p.name for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sejdeme se s Markétou Doležalovou v úterý.", "Markéta Doležalová"),
        ("Napište paní Mgr. Petře Sýkorové, ráda poradí.", "Mgr. Petra Sýkorová"),
        ("Žádost předejte koordinátorce Zdeňce Horákové.", "Zdeňka Horáková"),
        ("Zeptejte se Lucie Benešové.", "Lucie Benešová"),
        ("Poděkování patří Janu Dvořákovi za jeho práci.", "Jan Dvořák"),
        ("Setkání vedl Ing. Tomáš Kučera, Ph.D.", "Ing. Tomáš Kučera, Ph.D."),
        ("Diskutovali jsme s panem Jiřím Veselým.", "Jiří Veselý"),
        ("Zprávu připravil Mgr. Marek Pokorný.", "Mgr. Marek Pokorný"),
        ("Za podporu děkujeme Pavlu Hájkovi.", "Pavel Hájek"),
        ("Dopis podepsal starosta Zdeněk Krejčí.", "Zdeněk Krejčí"),
        ("Pozvánku rozeslala Olga Marková, DiS.", "Olga Marková, DiS."),
        ("S Karlem Urbanem jsme probrali rozpočet.", "Karel Urban"),
        ("Zastupovala ji Bc. Kristýna Malá-Kopecká.", "Bc. Kristýna Malá-Kopecká"),
        ("Jednání vedla Bc. Hedvika Krejčí.", "Bc. Hedvika Krejčí"),  # "-í" of a woman never declines
        ("Poděkovali jsme paní Bohdaně Kočí.", "Bohdana Kočí"),
        ("S Vilmou Petrů jsme probrali rozpočet.", "Vilma Petrů"),
    ],
)
def test_inflected_names_in_the_nominative(text: str, expected: str) -> None:
    assert names(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mgr. Holubová Andrea", "Mgr. Andrea Holubová"),
        ("Šimek Radek DiS.", "Radek Šimek, DiS."),
        ("ZEMANOVÁ Irena", "Irena Zemanová"),
        ("Ing. Bartoš Vladimír, MBA", "Ing. Vladimír Bartoš, MBA"),
    ],
)
def test_surname_first_names_are_reordered(text: str, expected: str) -> None:
    assert names(text) == [expected]


def test_a_member_list_one_name_per_line() -> None:
    text = "Mgr. Říhová Dana\n\nPaedDr. Oto Vrba\nKolářová Simona DiS.\nBc. Lenka Fialová, Ph.D.\n"
    assert names(text) == [
        "Mgr. Dana Říhová",
        "PaedDr. Oto Vrba",
        "Simona Kolářová, DiS.",
        "Bc. Lenka Fialová, Ph.D.",
    ]


def test_degrees_written_after_an_inverted_name_go_in_front() -> None:
    assert names("Složení: Vondrová Hana, Mgr. – předsedkyně; Kos Petr, Ing., Ph.D. – člen") == [
        "Mgr. Hana Vondrová",
        "Ing. Petr Kos, Ph.D.",
    ]
    # a degree that a name follows is that name's
    assert names("Hosté: Eliška Lhotová, Mgr. Viktor Jandl") == ["Eliška Lhotová", "Mgr. Viktor Jandl"]


def test_unknown_given_names_before_an_ova_surname_or_after_a_title() -> None:
    assert names("Kontakt: Bohunka Štěpánková") == ["Bohunka Štěpánková"]
    assert names("domluvte se s Bohunkou Štěpánkovou") == ["Bohunka Štěpánková"]
    assert names("PhDr. Ctislav Brázda") == ["PhDr. Ctislav Brázda"]


@pytest.mark.parametrize(
    "text",
    [
        "Sídlo je na ulici Jana Žižky 12 ve městě.",
        "Bydlí na náměstí Karla Čapka.",
        "Jednání proběhne 4. Listopadu v budově.",
        "Odbor sociálních věcí Magistrátu města Brna.",
        "Senioři a osoby se zdravotním postižením.",
        "Zápis z jednání KPSS a ORP Jeseník.",
        "Marie ORP Litovel",
        "Studenti Gymnázia Jana Nerudy a Nadace Karla Janečka.",
        "Dokument připravil Městský úřad Moravská Třebová.",  # a town in the shape of a woman's name
        "",
    ],
)
def test_no_person_where_there_is_none(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obec Lipová. Jana Nová vede skupinu.", ["Jana Nová"]),  # a capital word before, not adjacent
        ("Senioři: Jana  Nová a Petr Malý", ["Jana Nová", "Petr Malý"]),  # two spaces still adjacent
        ("Senioři Jana Nová Petr Malý", ["Jana Nová", "Petr Malý"]),  # one run of four words
        ("Jana   Nová", []),  # three spaces part the words
    ],
)
def test_a_name_is_two_adjacent_capitalised_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_spans_point_at_the_name_as_written() -> None:
    text = "Informace podá koordinátorka Mgr. Hanou Vlčkovou ze sociálního odboru."
    text = text.replace("Hanou Vlčkovou", "Hana Vlčková")
    (person,) = find_people(text)
    assert text[person.start : person.end] == "Mgr. Hana Vlčková"


def test_the_nominative_reading_wins_when_both_fit() -> None:
    assert lemmatise_name("Jana", ["Nováková"]) == ("Jana", ["Nováková"])
    assert lemmatise_name("Jana", ["Nováka"]) == ("Jan", ["Novák"])
    assert lemmatise_name("Petra", ["Dvořáka"]) == ("Petr", ["Dvořák"])
    assert lemmatise_name("Kvašňák", ["Novák"]) is None


_GIVEN = st.sampled_from(["Jana", "Petr", "Lucie", "Karel", "Zdeněk", "Michaela", "Jiří", "Marie"])
_SURNAME_F = st.sampled_from(["Nováková", "Svobodová", "Černá", "Malá", "Horáčková"])
_SURNAME_M = st.sampled_from(["Novák", "Svoboda", "Černý", "Malý", "Horáček", "Dvořák"])
_TITLE = st.sampled_from([[], ["Mgr."], ["Ing."], ["Bc."], ["PhDr."]])
_POST = st.sampled_from([[], ["Ph.D."], ["DiS."], ["MBA"]])


@settings(max_examples=150, deadline=None)
@given(_GIVEN, _SURNAME_F, _SURNAME_M, _TITLE, _POST)
def test_round_trip_of_formatted_names(
    given_name: str, surname_f: str, surname_m: str, title: list[str], post: list[str]
) -> None:
    female = given_name in {"Jana", "Lucie", "Michaela", "Marie"}
    name = format_name(given_name, [surname_f if female else surname_m], title, post)
    assert names(f"Za odbor: {name}. Děkujeme.") == [name]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_and_spans_stay_inside(text: str) -> None:
    for person in find_people(text):
        assert 0 <= person.start < person.end <= len(text)
        assert person.name


def test_no_given_name_form_is_written_in_capitals() -> None:
    """find_people skips runs of words all in capitals (headings): that holds while no given form is."""
    from kpdata.extract.names import _index

    assert not [form for form in _index() if form.isupper()]
    assert names("KOMUNITNÍ PLÁN MĚSTA LIPNÍK\nNOVÁKOVÁ Jana, koordinátorka") == ["Jana Nováková"]


def test_two_degrees_joined_by_et_are_kept_as_written() -> None:
    assert names("Zprávu předložil JUDr. et Mgr. Vojtěch Hrubeš.") == ["JUDr. et Mgr. Vojtěch Hrubeš"]


def test_a_name_wrapped_at_the_end_of_a_long_line_of_a_paragraph() -> None:
    from kpdata.extract.people import find_people

    text = (
        "Pracovní skupinu Senioři a osoby se zdravotním postižením dlouhodobě vede Jana\n"
        "Kalousová; skupina Rodina pracuje od loňska pod vedením Mgr. Lucie\nBednaříkové z poradny."
    )
    assert [p.name for p in find_people(text)] == ["Jana Kalousová", "Mgr. Lucie Bednaříková"]


def test_names_of_a_list_one_a_line_are_not_joined_across_lines() -> None:
    from kpdata.extract.people import find_people

    assert [p.name for p in find_people("Členové:\nJana\nKalousová\nPetr Malý\n")] == ["Petr Malý"]


def test_inverted_names_run_together_pair_each_given_name_with_the_surname_before_it() -> None:
    from kpdata.extract.people import find_people

    text = "Členové řídící skupiny Horáková Marie Blažková Jiřina Dvořák Jaromír Černá Eliška"
    assert [p.name for p in find_people(text)] == [
        "Marie Horáková",
        "Jiřina Blažková",
        "Jaromír Dvořák",
        "Eliška Černá",
    ]
    assert [p.name for p in find_people("Jana Nová Petr Malý Eva Kosová")] == [
        "Jana Nová",
        "Petr Malý",
        "Eva Kosová",
    ]

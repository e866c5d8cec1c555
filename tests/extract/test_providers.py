"""Provider organisations named as such: legal forms, head words, lists; never municipalities."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpdata.extract.providers import extract_providers


def names(text: str) -> list[str]:
    return [p.name for p in extract_providers(text)]


def test_list_after_a_providers_line() -> None:
    text = (
        "Schůzky se zúčastnili tito poskytovatelé: - Slunečnice Lhota, obecně prospěšná společnost\n\n"
        "- Oblastní charita Lhota,\n- Domov Pohoda příspěvková organizace, Město Lhota.\n\nDalší odstavec."
    )
    assert names(text) == [
        "Slunečnice Lhota, obecně prospěšná společnost",
        "Oblastní charita Lhota",
        "Domov Pohoda příspěvková organizace, Město Lhota",
    ]


def test_parenthesised_lists_after_service_words() -> None:
    text = (
        "Ve skupině jsou zástupci ambulantních služeb (Poradna Klíč, Modrý kruh) a úřadů "
        "(odbor sociálních věcí, Úřad práce)."
    )
    assert names(text) == ["Poradna Klíč", "Modrý kruh"]


def test_legal_forms_and_head_words_in_prose() -> None:
    text = (
        "Katalog si můžete vyzvednout v Centru Jitřenka Lhota, z. ú. – pracoviště Horní Ves (Nádražní 5). "
        "Službu zajišťuje Diakonie ČCE – středisko Lhota. Pomáhá i Charita Dolní Lhota."
    )
    assert names(text) == [
        "Centrum Jitřenka Lhota, z. ú. – pracoviště Horní Ves",  # its first word in the nominative
        "Diakonie ČCE – středisko Lhota",
        "Charita Dolní Lhota",
    ]


def test_a_provider_named_after_a_person_and_a_preposition() -> None:
    text = "Ve skupině zasedá Mgr. Hedvika Rybová ze Spolku Kotva, z. s., a zástupce Charity Horní Lhota."
    assert names(text) == ["Spolek Kotva, z. s.", "Charita Horní Lhota"]


def test_ico_after_the_name() -> None:
    (provider,) = extract_providers(
        "Poskytovatel: Fialka Lhota, z.s., IČO: 12345678, nabízí odlehčovací službu."
    )
    assert provider.name == "Fialka Lhota, z.s."
    assert provider.ico == "12345678"


@pytest.mark.parametrize(
    "text",
    [
        "Projekt byl realizován společností Rozvoj regionu, o.p.s. ve spolupráci s městem.",
        "Plán připravila MAS Horní Pomoraví, z.s. s obcemi.",
        "Jde o služby jako pečovatelská služba, domovy pro seniory nebo azylové domy.",
        "Město Lhota, příspěvková organizace města.",
        "Plánování koordinuje MAS Dolní Pootaví, z. s. ve spolupráci s obcemi.",
        "Do plánování se zapojila Základní škola Lhota, příspěvková organizace.",
        "",
    ],
)
def test_not_providers(text: str) -> None:
    assert names(text) == []


def test_inflected_head_is_written_in_the_nominative() -> None:
    assert names("uvedl ředitel Sociálních služeb města Lhota Karel Holý.") == ["Sociální služby města Lhota"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    for provider in extract_providers(text):
        assert provider.name


def test_name_read_back_from_a_legal_form_stops_at_a_municipality() -> None:
    text = "PLÁN ROZVOJE SLUŽEB Město Lhota Centrum sociálních služeb, p.o. Nádražní 5"
    assert names(text) == ["Centrum sociálních služeb, p.o."]


def test_two_providers_joined_by_a_before_a_legal_form_are_two() -> None:
    text = "Mezi poskytovatele patří Charita Lipová a Spolek Rozárka, z. s., který provozuje azylový dům."
    assert [p.name for p in extract_providers(text)] == ["Charita Lipová", "Spolek Rozárka, z. s."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mezi poskytovatele patří Spolek Rozárka, z. s., který provozuje azylový dům.",
        "Odlehčovací službu poskytuje Spolek Rozárka, z. s.",
        "V obci působí Spolek Rozárka, z. s.",
    ],
)
def test_a_name_read_back_from_its_legal_form_stops_at_the_verb(sentence: str) -> None:
    assert [p.name for p in extract_providers(sentence)] == ["Spolek Rozárka, z. s."]


def test_list_items_end_before_what_the_provider_does() -> None:
    text = (
        "Poskytovatelé sociálních služeb:\n• Charita Lipová – pečovatelská služba, osobní asistence\n"
        "• Diakonie ČCE - středisko Lipová\n• Spolek Krok, z. s. - sociálně aktivizační služby\n"
    )
    assert names(text) == ["Charita Lipová", "Diakonie ČCE - středisko Lipová", "Spolek Krok, z. s."]

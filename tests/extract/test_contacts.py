"""Contacts: people with roles, phones in E.164, de-obfuscated e-mails, unnamed contact details."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpdata.extract.contacts import extract_contacts
from kpdata.extract.emails import clean_email, find_emails
from kpdata.extract.phones import find_phones, normalise_phone


def triples(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.name, c.phone, c.email) for c in extract_contacts(text)]


def test_signature_block_with_role_phone_and_email() -> None:
    text = (
        "Těšíme se na spolupráci.\n\n"
        "Mgr. Radek Šustr\n"
        "koordinátor komunitního plánování\n"
        "Městský úřad Horní Lhota\n"
        "tel.: 585 111 222\n"
        "mobil: 606 333 444\n"
        "e-mail: radek.sustr@hornilhota.cz\n"
    )
    (contact,) = extract_contacts(text)
    assert (contact.name, contact.phone, contact.email) == (
        "Mgr. Radek Šustr",
        "+420585111222",
        "radek.sustr@hornilhota.cz",
    )
    assert contact.role_code == "coordinator"
    assert {e.field for e in contact.evidence} >= {"name", "role", "phone", "email"}


def test_role_before_an_inflected_name_and_details_after() -> None:
    text = (
        "S dotazy se obracejte na koordinátorku komunitního plánování Evu Kratochvílovou, "
        "tel.: 777 120 340, e-mail: kratochvilova@obec-lhota.cz."
    )
    assert triples(text) == [("Eva Kratochvílová", "+420777120340", "kratochvilova@obec-lhota.cz")]


def test_role_label_lines_and_role_headings() -> None:
    text = (
        "Kontakty\n\n"
        "Koordinátorka komunitního plánování: Bc. Alena Kubíčková\n\n"
        "Ekonom projektu: Ing. Ondřej Hrubý\n\n"
        "Metodik\n"
        "Mgr. Veronika Tichá\n"
    )
    contacts = extract_contacts(text)
    assert [(c.name, c.role_code) for c in contacts] == [
        ("Bc. Alena Kubíčková", "coordinator"),
        ("Ing. Ondřej Hrubý", "economist"),
        ("Mgr. Veronika Tichá", "methodologist"),
    ]


def test_quoted_officials_in_a_news_article() -> None:
    text = (
        "„Chceme slyšet názory všech,“ uvedla místostarostka Ilona Šebestová. "
        "Podle vedoucího odboru sociálních věcí a zdravotnictví Pavla Kořínka se zapojí i obce. "
        "Na akci přišel také Tomáš Rybář, který zde byl jako host."
    )
    assert [c.name for c in extract_contacts(text)] == ["Ilona Šebestová", "Pavel Kořínek"]


def test_person_without_role_or_details_is_not_a_contact() -> None:
    text = "Logo navrhl pan Vojtěch Lukeš, za což mu děkujeme.\n\nSvobodová Hana"
    assert extract_contacts(text) == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("jana.kralova@mesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova(at)mesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova[at]mesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova [zavináč] mesto-lhota [tečka] cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova zavináč mesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova@mesto-lhota_cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova(zavinac)mesto-lhota(tecka)cz", "jana.kralova@mesto-lhota.cz"),
        ("Jana.Kralova@Mesto-Lhota.CZ", "jana.kralova@mesto-lhota.cz"),
        ("jana.kra-\nlova@mesto-lhota.cz", "jana.kra-lova@mesto-lhota.cz"),
        ("jana.kralova@mesto-lhota.\ncz", "jana.kralova@mesto-lhota.cz"),
        ("jana.\nkralova@mesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),  # the local part broken
        ("JANA.KRALOVA ( AT ) MESTO-LHOTA.CZ", "jana.kralova@mesto-lhota.cz"),  # at-forms in any case
        ("jana.kralova  ZAVINÁČ  mesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova@urad.lhota.cz", "jana.kralova@urad.lhota.cz"),  # a subdomain
        ("jana.kralova&#64;mesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),  # an HTML entity left as text
        ("jana.kralova @ mesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova at mesto-lhota dot cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova@\nmesto-lhota.cz", "jana.kralova@mesto-lhota.cz"),
        ("jana.kralova(at)mu.lhota.cz", "jana.kralova@mu.lhota.cz"),
    ],
)
def test_email_obfuscations_are_undone(written: str, expected: str) -> None:
    found = find_emails(f"Pište na adresu {written} do pátku.")
    assert [e.email for e in found] == [expected]


@pytest.mark.parametrize("placeholder", ["[email\u00a0protected]", "E-mail protected", "javascript:"])
def test_protected_placeholders_are_found_anywhere_in_a_long_page(placeholder: str) -> None:
    text = "Plán projednala pracovní skupina. " * 300 + f"Kontakt: {placeholder} (koordinátorka)"
    (found,) = find_emails(text)
    assert found.email is None
    assert text[found.start : found.end].lower().startswith(placeholder.lower()[:5])


def test_protected_address_is_hidden_not_invented() -> None:
    text = "📩 Karolína Dušková, radní obce – [email protected]\n"
    (contact,) = extract_contacts(text)
    assert (contact.name, contact.email) == ("Karolína Dušková", None)
    assert [e.email for e in find_emails(text)] == [None]


@pytest.mark.parametrize(
    "written",
    [
        "+420 587 654 321",
        "+420587654321",
        "00420 587 654 321",
        "587 654 321",
        "587654321",
        "587-654-321",
        "587 65 43 21",
        "(+420) 587 654 321",
    ],
)
def test_phone_formats(written: str) -> None:
    found = find_phones(f"Telefon: {written}, pondělí až pátek")
    assert [p.phone for p in found] == ["+420587654321"]


@pytest.mark.parametrize(
    "text",
    [
        "Fax: 587 654 321",
        "IČO: 587654321",
        "ústředna: 587 654 321",
        "číslo účtu 587654321/0100",
        "Dne 12.5.2021 se sešlo 587 654 321",
    ],
)
def test_not_telephones(text: str) -> None:
    assert [p.phone for p in find_phones(text) if p.cued] == []


def test_first_number_per_person_and_unnamed_contacts() -> None:
    text = (
        "Zájemci se mohou obrátit na koordinátorku (tel.: 466 100 200,\n"
        "e-mail: koordinace@mesto-lhota.cz), nebo na referentku odboru (tel.: 466 100 300, "
        "e-mail: referent@mesto-lhota.cz)."
    )
    got = {(c.phone, c.email) for c in extract_contacts(text)}
    assert got == {
        ("+420466100200", "koordinace@mesto-lhota.cz"),
        ("+420466100300", "referent@mesto-lhota.cz"),
    }


def test_a_second_number_on_the_persons_phone_line_is_hers_not_someone_elses() -> None:
    text = "Koordinátorka plánování\nMgr. Irma Šťastná\ntel.: 466 100 200, mob.: 731 222 333\n"
    assert triples(text) == [("Mgr. Irma Šťastná", "+420466100200", None)]


def test_site_header_details_are_not_contacts() -> None:
    text = (
        "Náměstí Míru 1, 700 00 Lhota\nTelefon: +420 599 000 111\nEmail: podatelna@lhota.cz\n\n"
        "Komunitní plánování sociálních služeb ve městě Lhota pokračuje dalším setkáním pracovních skupin.\n"
        "Přihlášky posílejte na kp@lhota.cz.\n"
    )
    assert triples(text) == [(None, None, "kp@lhota.cz")]


def test_same_person_twice_is_one_contact() -> None:
    text = (
        "Projekt vede manažerka Simona Dlouhá z odboru rozvoje. "
        "Schůzku si lze domluvit se Simonou Dlouhou na telefonu 721 000 555."
    )
    assert triples(text) == [("Simona Dlouhá", "+420721000555", None)]


_DIGITS = st.text(alphabet="0123456789", min_size=8, max_size=8)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from("23456789"),
    _DIGITS,
    st.sampled_from(["{}", "+420 {}", "00420{}", "+420{}"]),
    st.sampled_from([" ", "", "-", "."]),
)
def test_phone_round_trip(first: str, rest: str, prefix: str, sep: str) -> None:
    digits = first + rest
    grouped = sep.join([digits[:3], digits[3:6], digits[6:]])
    assert normalise_phone(prefix.format(grouped)) == "+420" + digits


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_parsers_never_crash(text: str) -> None:
    normalise_phone(text)
    clean_email(text)
    for contact in extract_contacts(text):
        for ev in contact.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)


def test_member_list_people_are_not_contacts_but_a_contact_list_is() -> None:
    members = (
        "Složení pracovní skupiny\n"
        "• Mgr. Radana Kopecká – ředitelka Střediska rodiny Lhota\n"
        "• Oldřich Bureš – zastupitel\n"
    )
    contacts = (
        "Kontakty\n"
        "Mgr. Radana Kopecká – koordinátorka komunitního plánování\n"
        "Oldřich Bureš – vedoucí odboru sociálních věcí\n"
    )
    assert extract_contacts(members) == []
    assert [c.name for c in extract_contacts(contacts)] == ["Mgr. Radana Kopecká", "Oldřich Bureš"]


def test_a_street_name_on_the_line_above_does_not_hide_a_name() -> None:
    text = "Sídlo: Školní ulice\nKoordinátor: Jaromír Kubát\n"
    assert [c.name for c in extract_contacts(text)] == ["Jaromír Kubát"]


def test_footer_details_and_thesis_supervisors_are_not_contacts() -> None:
    text = (
        "Komunitní plánování sociálních služeb ve městě pokračuje dalším setkáním pracovních skupin.\n"
        "Vedoucí práce: Mgr. Bohumil Vrána\n"
        "Přihlášky na kp@lhota.cz.\n\n"
        "Copyright © 2024 Město Lhota | podatelna@lhota.cz | tel.: 555 111 222\n"
    )
    assert triples(text) == [(None, None, "kp@lhota.cz")]


def test_an_offices_filing_mailbox_on_its_address_line_is_no_contact() -> None:
    text = (
        "Náměty k plánu posílejte na adresu kpss@lhota.cz do konce měsíce.\n\n"
        "Městský úřad Lhota, Náměstí 1 | ústředna 555 111 000 | e-podatelna: podatelna@lhota.cz\n"
        "Ke stažení: Zápis z jednání (PDF)\n"
    )
    assert triples(text) == [(None, None, "kpss@lhota.cz")]


def test_a_site_footer_bar_with_the_offices_address_gives_no_contact() -> None:
    text = (
        "Dotazy k plánu zodpoví odbor sociálních věcí, tel.: 566 222 333.\n\n"
        "Město Lhota | Náměstí Míru 5, 591 01 Lhota | tel.: 566 222 111 | posta@lhota.cz\n"
    )
    assert triples(text) == [(None, "+420566222333", None)]


def test_a_postal_address_in_prose_keeps_the_mailbox_after_it() -> None:
    text = (
        "Připomínky lze zaslat poštou (Městský úřad Lhota, Náměstí Míru 5, 591 01 Lhota) nebo "
        "elektronicky (planovani@lhota.cz) do konce června.\n"
    )
    assert triples(text) == [(None, None, "planovani@lhota.cz")]


def test_a_role_before_a_name_on_the_next_line_of_wrapped_prose_is_that_persons() -> None:
    text = (
        "Celý proces plánování v uplynulých dvou letech koordinovala Mgr. Dana Kolářová, metodikem byl\n"
        "Ing. Radim Šebesta z krajského úřadu."
    )
    assert [(c.name, c.role, c.role_code) for c in extract_contacts(text)] == [
        ("Mgr. Dana Kolářová", "koordinovala", "coordinator"),
        ("Ing. Radim Šebesta", "metodikem", "methodologist"),
    ]


def test_a_contact_card_of_labelled_lines() -> None:
    text = (
        "Kontaktní osoba\nJméno: Mgr. Žaneta Hladíková\nFunkce: koordinátorka komunitního plánování\n"
        "Telefon: 565 111 222\nE-mail: hladikova@lipnik.cz\n"
    )
    (contact,) = extract_contacts(text)
    assert (contact.name, contact.role, contact.phone, contact.email) == (
        "Mgr. Žaneta Hladíková",
        "Kontaktní osoba",
        "+420565111222",
        "hladikova@lipnik.cz",
    )


def test_a_bracketed_prefix_on_a_labelled_line_is_the_persons_phone() -> None:
    text = "Koordinátorka: Mgr. Olga Čermáková\ntel.: (+420) 587 654 321\ncermakova@lipnik.cz\n"
    (contact,) = extract_contacts(text)
    assert (contact.name, contact.phone, contact.email) == (
        "Mgr. Olga Čermáková",
        "+420587654321",
        "cermakova@lipnik.cz",
    )


def test_one_person_with_and_without_a_second_degree_is_one_key() -> None:
    from kpdata.extract.contacts import person_key

    assert person_key("JUDr. et Mgr. Vojtěch Hrubeš") == person_key("Mgr. Vojtěch Hrubeš")


@pytest.mark.parametrize(
    ("role", "code"),
    [
        ("manažerka plánování sociálních služeb", "coordinator"),  # a planning manager is the coordinator
        ("manažer komunitního plánování", "coordinator"),
        ("manažer projektu", "other"),
        ("manažerka pracovní skupiny", "group_leader"),
        ("zapisovatelka", "secretary"),  # role words of the codelist
        ("lídryně pracovní skupiny", "group_leader"),
        ("kontaktní pracovnice", "contact_person"),
        ("pod vedením", "group_leader"),
        ("zpracovatel", "other"),  # the author of a plan document is named in his role
    ],
)
def test_role_words_and_their_codes(role: str, code: str) -> None:
    from kpdata.extract.roles import role_code

    assert role_code(role) == code


def test_the_author_named_in_a_plans_front_matter_is_a_contact() -> None:
    text = "KOMUNITNÍ PLÁN OBCE LHOTA 2025–2028\n\nZpracovatel: Ing. Jana Tichá\nlistopad 2024\n"
    assert [(c.name, c.role) for c in extract_contacts(text)] == [("Ing. Jana Tichá", "Zpracovatel")]

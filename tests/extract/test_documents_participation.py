"""Documents named on a page, and the public involvement it states."""

from __future__ import annotations

import pytest

from kpdata.extract.document import Document
from kpdata.extract.documents import extract_documents
from kpdata.extract.participation import extract_participation

PAGE = """Dokumenty ke stažení

• Zápis z jednání pracovní skupiny Senioři 14. 3. 2024
• Akční plán na rok 2024
• Komunitní plán obce Lipová na období 2023-2026
• Formulář pro připomínky

Připomínkové řízení k návrhu plánu probíhá do 30. 4. 2024; připomínky zasílejte e-mailem.
Dotazník pro občany vyplníte online na https://forms.gle/AbCdEf123 nejpozději do 15. května 2024.
Veřejné projednání návrhu se koná 20. 5. 2024 v sále obecního úřadu.
Pracovní skupiny jsou otevřené všem zájemcům z řad veřejnosti.
"""


def test_document_titles_kinds_and_urls():
    docs = {d.title: (d.kind, d.year) for d in extract_documents(Document(PAGE))}
    assert docs["Zápis z jednání pracovní skupiny Senioři 14. 3. 2024"] == ("minutes", 2024)
    assert docs["Akční plán na rok 2024"] == ("action_plan", 2024)
    assert docs["Komunitní plán obce Lipová na období 2023-2026"] == ("plan", 2023)
    assert docs["Formulář pro připomínky"] == ("other", None)
    assert docs["https://forms.gle/AbCdEf123"] == ("other", None)


def test_a_title_ending_in_its_kind_word_is_found_on_a_long_page():
    # a long page: the per-page fast paths are taken
    filler = "Obec Lipová pečuje o své občany a plánuje služby společně s nimi.\n" * 200
    page = filler + "• Poslední zápis\n• Jarní harmonogram\n" + filler
    docs = {d.title: d.kind for d in extract_documents(Document(page))}
    assert docs == {"Poslední zápis": "minutes", "Jarní harmonogram": "other"}


def test_headings_and_prose_are_not_documents():
    docs = extract_documents(Document("Komunitní plán\n\nObec připravuje plán rozvoje sociálních služeb."))
    assert docs == []


def test_participation_kinds_deadlines_and_channels():
    found = {p.kind: (p.deadline, p.channel) for p in extract_participation(Document(PAGE))}
    assert found == {
        "comment_procedure": ("2024-04-30", "e-mail"),
        "survey": ("2024-05-15", "online form"),
        "public_meeting": (None, None),
        "open_group": (None, None),
    }


def test_no_involvement_stated():
    text = "Úlohou řídící skupiny je dohled nad procesem a schvalování výstupů pracovních skupin."
    assert extract_participation(Document(text)) == []


def test_participation_cites_its_sentence():
    text = "Anketa k potřebám seniorů běží do 31. 10. 2024."
    (item,) = extract_participation(Document(text))
    assert item.kind == "survey" and item.deadline == "2024-10-31"
    deadline = next(e for e in item.evidence if e.field == "deadline")
    assert text[deadline.start : deadline.end] == "31. 10. 2024"


def test_comments_invited_in_other_words():
    text = "Připomínky k návrhu lze zasílat do 15. 1. 2025 poštou."
    (item,) = extract_participation(Document(text))
    assert (item.kind, item.deadline, item.channel) == ("comment_procedure", "2025-01-15", "post")


@pytest.mark.parametrize(
    ("tail", "channel"),
    [
        ("přes Zoom.", "online"),
        ("v aplikaci Xzoom.", None),  # a channel word must start a word
        ("na adresu anketa@lipova.cz.", "e-mail"),  # an at-sign anywhere
        ("osobně na úřadě.", "in person"),
    ],
)
def test_a_channel_word_starts_a_word(tail: str, channel: str | None) -> None:
    (item,) = extract_participation(Document(f"Anketa k potřebám seniorů běží do 31. 10. 2024 {tail}"))
    assert item.channel == channel


def test_a_draft_published_for_comments() -> None:
    text = "Návrh plánu je zveřejněn k připomínkám, které můžete zasílat do 15. 9. 2025 e-mailem na kp@lipnik.cz."
    (item,) = extract_participation(Document(text))
    assert (item.kind, item.deadline, item.channel) == ("comment_procedure", "2025-09-15", "e-mail")

"""Length-preserving normalisation, folding, lines and sentences."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kpdata.extract.document import Document, split_sentences
from kpdata.extract.text import WHITESPACE, fold, iter_lines, normalise


def test_normalise_maps_odd_characters_one_for_one():
    raw = "2023\u20132026,\u00a0tel.\u202f123\u2011456 \u201eplán\u201c\r\nsluţeb"
    out = normalise(raw)
    assert out == '2023-2026, tel. 123-456 "plán"\n\nslužeb'
    assert len(out) == len(raw)


@given(st.text())
def test_normalise_and_fold_keep_length(text):
    assert len(normalise(text)) == len(text)
    assert len(fold(text)) == len(text)


def test_folded_text_has_no_digits_but_0_to_9():
    """Patterns over folded text may write [0-9] for \\d (the class is checked faster): that holds only
    while folding leaves no other digit."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall(r"\d", fold(every))) == set("0123456789")


def test_fold_removes_czech_accents_and_case():
    assert fold("Příliš Žluťoučký KŮŇ") == "prilis zlutoucky kun"


def test_iter_lines_gives_offsets_into_the_text():
    text = "první\n\ntřetí řádek\n"
    lines = list(iter_lines(text))
    assert [line.text for line in lines] == ["první", "", "třetí řádek", ""]
    for line in lines:
        assert text[line.start : line.end] == line.text


def test_sentences_do_not_break_after_titles_ordinals_or_abbreviations():
    text = "Koordinátorkou je Mgr. Eva Malá. Obec připravuje 3. Komunitní plán. Sídlo je v hl. m. Praze."
    parts = [text[a:b].strip() for a, b in split_sentences(text)]
    assert parts == [
        "Koordinátorkou je Mgr. Eva Malá.",
        "Obec připravuje 3. Komunitní plán.",
        "Sídlo je v hl. m. Praze.",
    ]


def test_sentence_ends_after_a_district_number():
    text = "Schválila to Rada městské části Praha 7. Další jednání bude v září."
    assert len(split_sentences(text)) == 2


def test_sentence_ends_after_a_number_with_a_slash():
    text = "Plán schválila rada usnesením č. 118/R5/24. Zastupitelstvo jej vzalo na vědomí."
    assert len(split_sentences(text)) == 2


def test_a_wrapped_line_goes_on_with_a_year_or_a_quote_but_not_into_a_new_item():
    text = (
        "Komunitní plán sociálních služeb města Lhota a obcí jeho správního obvodu na období\n"
        "2025–2028 pro celé území správního obvodu obce s rozšířenou působností (dále jen\n"
        "„KPSS“) schválilo zastupitelstvo.\n"
        "2019 – platnost třetího plánu byla prodloužena o jeden rok kvůli nové metodice kraje\n"
        "2020 – schválen čtvrtý plán"
    )
    assert len(split_sentences(text)) == 3


def test_hard_wrapped_lines_of_a_pdf_stay_one_sentence():
    text = "Komunitní plán sociálních služeb a souvisejících aktivit města\n\nNové Lhoty na období 2021-2024 byl projednán."
    doc = Document(text)
    assert doc.same_sentence(text.index("Komunitní"), text.index("2021"))


def test_short_lines_are_separate_sentences():
    doc = Document("Kontakty\nMgr. Eva Malá\nkoordinátorka")
    assert not doc.same_sentence(0, doc.text.index("Mgr"))


def test_whitespace_lists_every_character_the_regex_class_matches():
    assert set(WHITESPACE) == {chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c))}


_BREAK_TEXT = st.text(alphabet="aZ9 \n.!?_éŘ", max_size=60)


@given(_BREAK_TEXT)
def test_sentence_breaks_are_what_the_plain_alternation_finds(text):
    """``_BREAK`` opens with one character class for speed; it must find what the two branches find."""
    from kpdata.extract.document import _BREAK, _LOWER

    plain = re.compile(rf"\n[ \n]*+(?![{_LOWER}])|[.!?][ ]++(?![{_LOWER}0-9])")
    assert [m.span() for m in _BREAK.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(_BREAK_TEXT, st.integers(0, 60), st.integers(1, 30))
def test_the_word_before_a_position_is_what_the_regex_finds(text, pos, reach):
    from kpdata.extract.document import _word_before

    pos = min(pos, len(text))
    m = re.search(r"(\w+)$", text[max(0, pos - reach) : pos])
    expected = (m[1], max(0, pos - reach) + m.start(1)) if m else None
    assert _word_before(text, pos, reach) == expected


def test_windows_are_sorted_joined_where_they_overlap_or_touch_and_empty_ones_dropped():
    from kpdata.extract.text import merged_windows, starts_of

    assert merged_windows([(20, 30), (0, 5), (5, 8), (25, 40), (50, 50), (45, 47)]) == [
        (0, 8),
        (20, 40),
        (45, 47),
    ]
    assert starts_of("ababab", ["ab", "bab", "b"], 1) == [1, 2, 3, 4, 5]


def test_symbol_font_bullets_of_pdf_text_become_bullets():
    raw = "Skupiny:\n\uf0b7 Senioři\n\uf0a7 Rodina"
    out = normalise(raw)
    assert out == "Skupiny:\n• Senioři\n• Rodina"


def test_a_sentence_ends_after_a_code_closed_by_a_hyphenated_number():
    text = "Schváleno usnesením č. 28/2024/ZO-12. Předtím jej projednala rada."
    assert len(Document(text).sentences) == 2


def test_a_blank_line_after_a_dated_schedule_item_ends_its_sentence():
    text = (
        "12. 12. 2025 – předpokládané projednání v zastupitelstvu obce Lhota a zveřejnění\n\n"
        "Do té doby platí stávající plán, který zastupitelstvo schválilo dne 9. 12. 2021."
    )
    doc = Document(text)
    assert not doc.same_sentence(0, text.index("Do té doby"))

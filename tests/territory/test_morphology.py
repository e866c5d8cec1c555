"""Folding, the suffix tables and phrase readings, on hand-picked words and on generated text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from territory_fixture import write_table

from kpdata.errors import KpdataError
from kpdata.territory import TerritoryIndex
from kpdata.territory.morphology import adjective_stem, adjective_stems, nominatives, rules
from kpdata.territory.phrase import Reading, readings
from kpdata.territory.text import fold, fold_all, words, written_words

czech_text = st.text(
    alphabet=st.sampled_from("aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž AÁČŽ-.,()0123456789")
)


def test_fold_drops_case_diacritics_and_punctuation():
    assert fold("Ústí nad Labem-Střekov") == "usti nad labem strekov"
    assert fold("  ŽĎÁR (nad) Sázavou ") == "zdar nad sazavou"
    assert words("Frýdek - Místek") == ("frydek", "mistek")


@given(czech_text)
def test_fold_is_idempotent_and_plain(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert set(folded) <= set("abcdefghijklmnopqrstuvwxyz0123456789 ")
    assert fold_all([text, text]) == [words(text), words(text)]
    assert len(written_words(text)) == len(words(text))


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("opave", "opava"),
        ("opavy", "opava"),
        ("praze", "praha"),
        ("lhotce", "lhotka"),
        ("brne", "brno"),
        ("liberci", "liberec"),
        ("frydku", "frydek"),
        ("plzni", "plzen"),
        ("pardubic", "pardubice"),
        ("pardubicich", "pardubice"),
        ("varech", "vary"),
        ("ceskem", "cesky"),
        ("jindrichove", "jindrichuv"),
        ("vsi", "ves"),
        ("horniho", "horni"),
    ],
)
def test_nominatives(form, lemma):
    assert lemma in nominatives(form)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=15))
def test_nominatives_always_keep_the_word(word):
    assert word in nominatives(word)


@pytest.mark.parametrize(
    ("form", "stem"),
    [("opavsky", "opavsk"), ("opavskeho", "opavsk"), ("opavsti", "opavsk"), ("pardubicti", "pardubick")],
)
def test_adjective_stem(form, stem):
    assert adjective_stem(form) == stem


@pytest.mark.parametrize("word", ["praha", "opava", "brod", "sky"])
def test_words_that_are_not_place_adjectives(word):
    assert adjective_stem(word) is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Opava", ("opavsk",)),
        ("Pardubice", ("pardubick",)),
        ("Praha", ("prazsk",)),
        ("Liberec", ("libereck",)),
        ("Brno", ("brnensk",)),
        ("Znojmo", ("znojemsk",)),
        ("Český Brod", ("ceskobrodsk",)),
        ("Karlovy Vary", ("karlovarsk",)),
        ("Hradec Králové", ("kralovehradeck",)),
        ("Frýdek-Místek", ("frydecko", "misteck")),
        ("Ústí nad Labem", ("usteck",)),
    ],
)
def test_adjective_stems_of_names(name, key):
    assert key in adjective_stems(words(name))


def test_no_adjectives_for_numbered_names():
    assert adjective_stems(words("Praha 7")) == set()


def test_readings_strip_kind_words_and_keep_them_as_an_alternative():
    found = readings("v okrese Opava")
    assert found[0] == Reading(("okrese", "opava"), ("okrese", "opava"))
    assert Reading(("opava",), ("opava",), frozenset({"okres"}), 1) in found
    kept, *_ = readings("Město Albrechtice")
    assert kept.words == ("mesto", "albrechtice") and kept.kinds is None
    assert any(
        r.kinds == frozenset({"kraj"}) and r.words == ("moravskoslezskeho",)
        for r in readings("Moravskoslezského kraje")
    )


def test_the_rule_tables_are_folded():
    table = rules()
    for ending, replacement in table.case_endings + table.adjective_formation:
        assert fold(ending) == ending and fold(replacement) == replacement


@given(czech_text)
def test_resolve_never_fails_with_anything_but_a_kpdata_error(tmp_path_factory, text):
    index = _fixture_index(tmp_path_factory)
    try:
        found = index.resolve(text)
    except KpdataError:
        return
    assert found.id in {t.id for t in index.candidates(text)}


_INDEX: list[TerritoryIndex] = []


def _fixture_index(tmp_path_factory) -> TerritoryIndex:
    if not _INDEX:
        _INDEX.append(TerritoryIndex.load(write_table(tmp_path_factory.mktemp("ref"))))
    return _INDEX[0]

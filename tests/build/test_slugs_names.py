"""Readable ids and name splitting."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kpdata.build.names import split_name
from kpdata.build.slugs import IdAllocator, slugify


def test_slugify_removes_czech_diacritics():
    assert slugify("Pracovní skupina Osoby se zdravotním postižením") == (
        "pracovni-skupina-osoby-se-zdravotnim-postizenim"
    )
    assert slugify("Řídící skupina – Žďár") == "ridici-skupina-zdar"


@given(st.text())
def test_slugify_always_gives_a_valid_slug(text):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slugify(text))
    assert len(slugify(text)) <= 60


def test_allocator_numbers_collisions_in_order_and_is_stable():
    ids = IdAllocator()
    assert ids.assign("x-figure-other", ("a", 1)) == "x-figure-other"
    assert ids.assign("x-figure-other", ("b", 2)) == "x-figure-other-2"
    assert ids.assign("x-figure-other", ("a", 1)) == "x-figure-other"
    assert ids.assign("x-figure-other", ("c", 3)) == "x-figure-other-3"


def test_split_name_with_titles_before_and_after():
    name = split_name("Mgr. Jana Nováková, DiS.")
    assert (name.honorific_prefix, name.given_name, name.family_name, name.honorific_suffix) == (
        "Mgr.",
        "Jana",
        "Nováková",
        "DiS.",
    )


def test_split_name_several_titles_and_double_surname():
    name = split_name("doc. PhDr. Ing. Eva Malá Horáková, Ph.D., MBA")
    assert name.honorific_prefix == "doc. PhDr. Ing."
    assert (name.given_name, name.family_name) == ("Eva", "Malá Horáková")
    assert name.honorific_suffix == "Ph.D., MBA"


def test_split_name_bc_et_bc_and_suffix_without_comma():
    assert split_name("Bc. et Bc. Petra Malá").honorific_prefix == "Bc. et Bc."
    assert split_name("Jan Novák Ph.D.").honorific_suffix == "Ph.D."


def test_split_name_needs_two_words():
    assert split_name("Nováková") is None
    assert split_name("Mgr. Nováková") is None

"""Czech case and adjective forms, kind words and city districts resolve to the territory they name.

Expected codes are looked up in ../shared/refdata by the territory's official name.
"""

from __future__ import annotations

import pytest
from territory_refdata import code_of

from kpdata.territory import AmbiguousTerritory, TerritoryIndex

OBEC_FORMS = {
    "Opava": ["v Opavě", "města Opavy", "s Opavou", "opavský", "opavská", "Opavští", "OPAVA", "opava"],
    "Ostrava": ["v Ostravě", "Ostravy", "ostravská", "statutárního města Ostravy", "na území města Ostravy"],
    "Český Brod": ["v Českém Brodě", "Českého Brodu", "Cesky Brod", "českobrodský", "českobrodské"],
    "Pardubice": ["Pardubic", "v Pardubicích", "pardubický", "statutární město Pardubice"],
    "Město Albrechtice": ["v Městě Albrechticích", "Města Albrechtic", "město albrechtice"],
    "Praha": ["v Praze", "města Prahy", "pražský"],
    "Brno": ["v Brně", "brněnský"],
    "Hradec Králové": ["v Hradci Králové", "královéhradecký"],
    "Karlovy Vary": ["v Karlových Varech", "Karlových Varů", "karlovarský"],
    "Ústí nad Labem": ["v Ústí nad Labem", "Ústím nad Labem"],
    "Frýdek-Místek": ["ve Frýdku-Místku", "Frýdek - Místek", "frýdecko-místecký"],
    "Jindřichův Hradec": ["v Jindřichově Hradci", "Jindřichova Hradce", "jindřichohradecký"],
    "Liberec": ["v Liberci", "Libercem", "liberecký"],
    "Plzeň": ["v Plzni", "Plzně", "plzeňský"],
    "Olomouc": ["v Olomouci", "olomoucký"],
    "České Budějovice": ["v Českých Budějovicích", "českobudějovický"],
    "Mladá Boleslav": ["v Mladé Boleslavi", "mladoboleslavský"],
    "Nové Město na Moravě": ["v Novém Městě na Moravě"],
    "Uherské Hradiště": ["v Uherském Hradišti", "uherskohradišťský"],
    "Kroměříž": ["v Kroměříži", "kroměřížský"],
    "Rokycany": ["v Rokycanech", "rokycanský"],
    "Louny": ["v Lounech", "lounský"],
    "Příbram": ["v Příbrami"],
    "Tábor": ["v Táboře", "táborský"],
    "Šumperk": ["v Šumperku", "šumperský"],
    "Jeseník": ["v Jeseníku"],
    "Znojmo": ["ve Znojmě", "znojemský"],
    "Třebíč": ["v Třebíči", "třebíčský"],
    "Karviná": ["v Karviné", "karvinský"],
    "Třinec": ["v Třinci", "třinecký"],
    "Jihlava": ["v Jihlavě", "jihlavský"],
}

KIND_FORMS = {
    ("kraj", "Pardubický kraj"): ["Pardubický kraj", "Pardubického kraje", "v Pardubickém kraji"],
    ("kraj", "Moravskoslezský kraj"): ["Moravskoslezského kraje", "v Moravskoslezském kraji"],
    ("kraj", "Kraj Vysočina"): ["Kraj Vysočina", "kraje Vysočina", "v kraji Vysočina"],
    ("kraj", "Hlavní město Praha"): ["Hlavní město Praha", "hlavního města Prahy"],
    ("orp", "Opava"): ["ORP Opava", "SO ORP Opava", "správní obvod Opava", "Opava (ORP)"],
    ("orp", "Ostrava"): ["správního obvodu ORP Ostrava", "obec s rozšířenou působností Ostrava"],
    ("okres", "Opava"): ["okres Opava", "v okrese Opava", "opavský okres"],
    ("okres", "Ostrava-město"): ["okresu Ostrava-město"],
    ("mestska_cast", "Praha 7"): ["Městská část Praha 7", "Praha 7", "MČ Praha 7", "v Praze 7"],
    ("mestska_cast", "Poruba"): ["městský obvod Poruba", "Městského obvodu Poruba", "Poruba"],
    ("mestska_cast", "Ostrava-Jih"): ["Ostrava-Jih", "MČ Ostrava-Jih"],
    ("mestska_cast", "Praha-Zbraslav"): ["Praha-Zbraslav", "MČ Zbraslav", "městská část Praha - Zbraslav"],
    ("mestska_cast", "Brno-střed"): ["Brno-střed", "MČ Brno-střed"],
}


@pytest.fixture(scope="module")
def index() -> TerritoryIndex:
    return TerritoryIndex.load()


@pytest.mark.parametrize(("name", "phrase"), [(n, p) for n, forms in OBEC_FORMS.items() for p in forms])
def test_obec_forms(index, shared, name, phrase):
    found = index.resolve(phrase)
    assert (found.kind, found.csu_code) == ("obec", code_of(shared, "obec", name))


@pytest.mark.parametrize(("target", "phrase"), [(t, p) for t, forms in KIND_FORMS.items() for p in forms])
def test_kind_forms(index, shared, target, phrase):
    kind, name = target
    found = index.resolve(phrase)
    assert (found.kind, found.csu_code) == (kind, code_of(shared, kind, name))


def test_the_bare_name_of_a_seat_town_is_the_obec_and_kind_picks_the_level(index, shared):
    for kind in ("obec", "orp", "okres"):
        assert index.resolve("Opava", kind=kind).csu_code == code_of(shared, kind, "Opava")
    assert index.resolve("Opava").kind == "obec"


def test_diacritics_decide_between_names_that_differ_only_in_them(index, shared):
    assert index.resolve("Cítov").csu_code == code_of(shared, "obec", "Cítov")
    assert index.resolve("Citov").csu_code == code_of(shared, "obec", "Citov")
    assert index.resolve("v Cítově").csu_code == code_of(shared, "obec", "Cítov")


def test_forms_shared_by_several_obce_are_ambiguous_until_narrowed(index, shared):
    with pytest.raises(AmbiguousTerritory) as caught:
        index.resolve("jesenický")  # Jeseník and the obce named Jesenice
    assert f"obec-{code_of(shared, 'obec', 'Jeseník')}" in caught.value.candidates
    assert "Jesenice" in str(caught.value) and "okres=" in str(caught.value)
    with pytest.raises(AmbiguousTerritory):
        index.resolve("v Písku")  # three obce named Písek
    narrowed = index.resolve("v Písku", okres="Písek")
    assert narrowed.okres_code == code_of(shared, "okres", "Písek")

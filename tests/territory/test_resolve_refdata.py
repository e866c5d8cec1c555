"""The resolver finds every obec of ČSÚ's list by name; expected codes come from ../shared/refdata."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from territory_refdata import name_counts, obce, obec_named

from kpdata.territory import AmbiguousTerritory, TerritoryIndex

SEED_TOWNS = ["Opava", "Ostrava", "Město Albrechtice", "Český Brod", "Pardubice"]


@pytest.fixture(scope="module")
def index() -> TerritoryIndex:
    return TerritoryIndex.load()


@pytest.mark.parametrize("town", SEED_TOWNS)
def test_seed_towns_resolve_to_their_obec_and_orp(index, shared, town):
    source = obec_named(shared, town)
    found = index.resolve(town)
    assert (found.kind, found.csu_code) == ("obec", source["obec_kod"])
    assert found.orp_code == source["orp_csu_cis65_kod"]
    orp = index.resolve(f"ORP {source['orp_text']}")
    assert (orp.kind, orp.csu_code) == ("orp", source["orp_csu_cis65_kod"])


def test_every_unique_obec_name_resolves_to_itself(index, shared):
    counts = name_counts(shared)
    wrong = []
    for source in obce(shared):
        if counts[source["obec_text"]] == 1:
            found = index.resolve(source["obec_text"])
            if (found.kind, found.csu_code) != ("obec", source["obec_kod"]):
                wrong.append((source["obec_text"], source["obec_kod"], found.id))
    assert not wrong, wrong[:20]
    assert sum(1 for n in counts.values() if n == 1) > 4000


def test_every_shared_name_is_ambiguous_and_narrowing_resolves_it(index, shared):
    by_name = defaultdict(list)
    for source in obce(shared):
        by_name[source["obec_text"]].append(source)
    shared_names = {name: rows for name, rows in by_name.items() if len(rows) > 1}
    assert len(shared_names) > 500
    for name, rows in shared_names.items():
        with pytest.raises(AmbiguousTerritory) as caught:
            index.resolve(name)
        assert {f"obec-{r['obec_kod']}" for r in rows} <= set(caught.value.candidates), name
        in_okres = Counter(r["okres_csu_cis101_lau_kod"] for r in rows)
        for source in rows:
            narrowed = _narrow(
                index, name, source, alone_in_okres=in_okres[source["okres_csu_cis101_lau_kod"]] == 1
            )
            assert narrowed.csu_code == source["obec_kod"], (name, source["okres_text"])


def _narrow(index, name, source, *, alone_in_okres):
    """Narrow by okres (its name); where two obce share name and okres, okres alone stays ambiguous."""
    if alone_in_okres:
        return index.resolve(name, okres=source["okres_text"])
    with pytest.raises(AmbiguousTerritory):
        index.resolve(name, okres=source["okres_csu_cis101_lau_kod"])
    return index.resolve(name, okres=source["okres_text"], orp=source["orp_csu_cis65_kod"])


def test_narrowing_by_kraj_code_or_name(index, shared):
    counts = name_counts(shared)
    in_kraj = Counter((r["obec_text"], r["kraj_csu_cis100_kod"]) for r in obce(shared))
    for source in obce(shared):
        name, kraj = source["obec_text"], source["kraj_csu_cis100_kod"]
        if counts[name] > 1 and in_kraj[name, kraj] == 1:
            assert index.resolve(name, kraj=source["kraj_text"]).csu_code == source["obec_kod"]
            assert index.resolve(name, kraj=kraj).csu_code == source["obec_kod"]


def test_codes_of_every_level_are_found(index, shared):
    for source in obce(shared)[::50]:
        assert index.by_code(source["obec_kod"]).name == source["obec_text"]
        assert index.by_code(source["orp_csu_cis65_kod"], "orp").name == source["orp_text"]
        assert index.by_code(source["okres_csu_cis101_lau_kod"]).name == source["okres_text"]
        assert index.by_code(source["okres_csu_cis109_nuts_kod"]).kind == "okres"
        assert index.by_code(source["kraj_csu_cis100_kod"], "kraj").name == source["kraj_text"]
        assert index.by_code(source["kraj_csu_cis108_nuts_kod"]).name == source["kraj_text"]


def test_children_of_a_kraj_are_its_obce(index, shared):
    source = obec_named(shared, "Opava")
    kraj = index.by_code(source["kraj_csu_cis100_kod"], "kraj")
    expected = {
        r["obec_kod"] for r in obce(shared) if r["kraj_csu_cis100_kod"] == source["kraj_csu_cis100_kod"]
    }
    assert {t.csu_code for t in index.children(kraj.id)} == expected
    orp_expected = {r["orp_csu_cis65_kod"] for r in obce(shared) if r["kraj_text"] == source["kraj_text"]}
    assert {t.csu_code for t in index.children(kraj.id, kind="orp")} == orp_expected

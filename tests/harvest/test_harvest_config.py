"""Source files: the five seed sources load; bad files name the file, the field and the problem."""

from __future__ import annotations

import csv
import textwrap

import pytest

from kpdata.config import (
    Expectation,
    Expectations,
    SourceConfigError,
    list_sources,
    load_source,
    parse_source,
    source_ids,
)
from kpdata.errors import NotFoundError
from kpdata.paths import shared_dir

SEEDS = ["cesky-brod", "mesto-albrechtice", "opava", "ostrava", "pardubice"]
GOOD = """
id: horni-lhota
title: Komunitní plánování – Horní Lhota
territory: "505927"
territory_kind: obec
level: obec
lead_body: Město Horní Lhota
start_urls: [https://www.horni-lhota.example/kp/]
scope: {path_prefixes: [/kp/]}
expectations:
  - min_working_groups: 3
  - has_current_plan: true
"""


def write(root, text, folder="horni-lhota"):
    (root / folder).mkdir(parents=True, exist_ok=True)
    (root / folder / "source.yml").write_text(textwrap.dedent(text), encoding="utf-8")


def test_every_source_loads_and_the_five_seeds_are_there():
    sources = {s.id: s for s in list_sources()}  # raises on any bad source.yml
    assert set(SEEDS) <= set(sources)
    for source_id in SEEDS:
        source = sources[source_id]
        assert source.lead_body_ico and source.expectations and source.snapshots
        assert all(source.in_scope(url) for url in source.start_urls)


@pytest.mark.skipif(shared_dir() is None, reason="needs ../shared (ČSÚ reference data) beside the checkout")
def test_seed_territory_codes_are_the_towns_in_the_csu_reference():
    path = shared_dir() / "refdata" / "csu_struktura_uzemi" / "struktura_uzemi_cr.csv"
    with open(path, encoding="utf-8") as handle:
        names = {row["obec_kod"]: row["obec_text"] for row in csv.DictReader(handle)}
    for source_id in SEEDS:
        source = load_source(source_id)
        assert names[source.territory] in source.title, source.id


def test_a_good_file_loads_with_defaults(tmp_path):
    write(tmp_path, GOOD)
    source = load_source("horni-lhota", root=tmp_path)
    assert source.allowed_hosts() == ["www.horni-lhota.example"]
    assert source.in_scope("https://www.horni-lhota.example/kp/skupiny/")
    assert not source.in_scope("https://www.horni-lhota.example/radnice/")
    assert not source.in_scope("https://jinde.example/kp/")
    assert "pdf" in source.document_types and source.delay_seconds > 0
    assert source_ids(root=tmp_path) == ["horni-lhota"]


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (("territory_kind: obec", "territory_kind: vesnice"), "territory_kind", "Input should be"),
        (('territory: "505927"', 'territory: "12"'), "territory", "not a ČSÚ code of a obec"),
        (
            ("[https://www.horni-lhota.example/kp/]", "[ftp://x]"),
            "start_urls.0",
            "not an absolute http(s) URL",
        ),
        (
            ("- min_working_groups: 3", "- min_working_groups: tři"),
            "expectations.0",
            "'min_working_groups' takes a whole number",
        ),
        (("- has_current_plan: true", "- current_plan: true"), "expectations.1", "must be named"),
        (("level: obec", "level: obec\nlead_body_ico: '12345678'"), "lead_body_ico", "mod-11 checksum"),
        (("level: obec", "level: obec\nmax_pages: 0"), "max_pages", "greater than or equal to 1"),
        (("level: obec", "level: obec\nwebsite: x"), "website", "Extra inputs are not permitted"),
        (
            ("scope: {path_prefixes: [/kp/]}", "scope: {path_prefixes: [/jinde/]}"),
            "start_urls",
            "outside the scope",
        ),
    ],
)
def test_bad_files_name_file_field_and_problem(tmp_path, change, field, problem):
    write(tmp_path, GOOD.replace(*change))
    with pytest.raises(SourceConfigError) as error:
        load_source("horni-lhota", root=tmp_path)
    message = str(error.value)
    assert "horni-lhota/source.yml" in message
    assert f"field '{field}'" in message and problem in message


def test_id_must_match_the_folder_and_yaml_must_parse(tmp_path):
    write(tmp_path, GOOD, folder="jina-obec")
    with pytest.raises(SourceConfigError, match="must equal the folder name 'jina-obec'"):
        load_source("jina-obec", root=tmp_path)
    with pytest.raises(SourceConfigError, match="not valid YAML"):
        parse_source("id: [", path=tmp_path / "x.yml")
    with pytest.raises(NotFoundError, match="known sources: jina-obec"):
        load_source("nikde", root=tmp_path)


def test_expectations_check_a_summary():
    expectations = Expectations.model_validate(
        [{"min_working_groups": 3}, {"max_plans": 5}, {"has_current_plan": True}, {"min_contacts": 1}]
    )
    assert (
        expectations.check({"working_groups": 4, "plans": 2, "has_current_plan": True, "contacts": 1}) == []
    )
    failures = expectations.check({"working_groups": 2, "plans": 6, "has_current_plan": False})
    assert failures[:3] == [
        "min_working_groups: expected 3, found 2",
        "max_plans: expected 5, found 6",
        "has_current_plan: expected True, found False",
    ]
    assert "summary has no 'contacts'" in failures[3]
    assert Expectation.model_validate({"min_groups": 0}).metric == "groups"

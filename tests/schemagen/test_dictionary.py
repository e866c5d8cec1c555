"""The generated data dictionary documents every table and field in Czech and English."""

from __future__ import annotations

import pytest

from kpdata.codelists import codelist, codelist_names
from kpdata.models import PERSONAL_TABLES, TABLES


@pytest.fixture(scope="module")
def dictionary(generated) -> str:
    return generated["docs/data-dictionary.md"]


def _section(text: str, table: str) -> str:
    start = text.index(f"## `{table}` — ")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_and_field_is_documented(dictionary, table):
    model = TABLES[table]
    section = _section(dictionary, table)
    assert model.__table__.title_cs in section and model.__table__.title_en in section
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == model.field_names()
    for row, (name, meta) in zip(rows, model.columns().items(), strict=True):
        assert f"{meta.title_cs} / {meta.title_en}" in row, name
        cells = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert (cells[-1] == "ano") is meta.personal, name
        assert (cells[4] == "ano") is model.model_fields[name].is_required(), name
        if meta.predicate:
            assert f"`{meta.predicate}`" in row
        if meta.codelist:
            assert f"[{meta.codelist}](#codelist-{meta.codelist})" in row
        if meta.references:
            assert f"[{meta.references}](#{meta.references})" in row
            assert f'<a id="{meta.references}"></a>' in dictionary


def test_personal_tables_are_flagged(dictionary):
    for table in TABLES:
        flagged = "osobní údaje / contains personal data" in _section(dictionary, table).split("\n|", 1)[0]
        assert flagged is (table in PERSONAL_TABLES), table


def test_codelists_are_listed_with_labels(dictionary):
    for name in codelist_names():
        assert f'<a id="codelist-{name}"></a>\n\n### {name}\n' in dictionary
        for concept in codelist(name):
            assert f"| `{concept.code}` |" in dictionary


def test_the_committed_dictionary_is_the_generated_one(dictionary):
    from kpdata.paths import repo_root

    root = repo_root()
    if root is None:
        pytest.skip("not running from a checkout")
    assert (root / "docs/data-dictionary.md").read_text(encoding="utf-8") == dictionary

"""extracted.json: facts of every snapshot of a source, deterministic, written atomically."""

from __future__ import annotations

import json

import pytest

from kpdata.errors import KpdataError
from kpdata.extract.source import SourcePage, extract_source, write_extracted

TEXT = "Obec Lipová zpracovala Komunitní plán na období 2023-2026. Zapojilo se 12 organizací."
HTML = "<html><body><main><h1>Plán</h1><p>" + TEXT + "</p></main></body></html>"


def pages():
    return [
        SourcePage("https://www.lipova.cz/b", "b" * 64, "text/html", HTML, status=200),
        ("https://www.lipova.cz/a", "a" * 64, "text/plain", TEXT),
    ]


def test_document_shape_and_order():
    doc = extract_source("lipova", pages())
    assert doc["source_id"] == "lipova"
    assert doc["extractor"].startswith("kpdata ")
    assert [p["url"] for p in doc["pages"]] == ["https://www.lipova.cz/a", "https://www.lipova.cz/b"]
    first = doc["pages"][0]
    assert first["sha256"] == "a" * 64 and first["media_type"] == "text/plain"
    assert first["extraction"]["plans"][0]["period_from"] == 2023
    assert doc["pages"][1]["status"] == 200
    assert TEXT not in json.dumps(doc, ensure_ascii=False)  # facts only, never the page text


def test_writing_is_deterministic_and_atomic(tmp_path):
    first = write_extracted(tmp_path, extract_source("lipova", pages()))
    data = first.read_bytes()
    write_extracted(tmp_path / "extracted.json", extract_source("lipova", list(reversed(pages()))))
    assert first.read_bytes() == data
    assert json.loads(data)["pages"][0]["extraction"]["figures"][0]["value"] == 12
    assert sorted(p.name for p in tmp_path.iterdir()) == ["extracted.json"]


@pytest.mark.parametrize("bad", ["", "../x", ".hidden"])
def test_bad_source_ids_are_refused(bad):
    with pytest.raises(KpdataError, match="source id"):
        extract_source(bad, [])

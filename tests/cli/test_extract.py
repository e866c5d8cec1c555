"""``kpdata extract``: a file to JSON on stdout, a source from the snapshot cache, clear errors."""

from __future__ import annotations

import json

from kpdata.cli import main

TEXT = "Město Jihlava připravuje 5. komunitní plán sociálních služeb na období 2025-2028.\n"


def test_extract_a_text_file(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(page), "--url", "https://www.jihlava.cz/kp"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["municipality"] == "Jihlava"
    assert [(p["ordinal"], p["period_from"], p["status"]) for p in out["plans"]] == [
        (5, 2025, "in_preparation")
    ]


def test_missing_file_and_nothing_to_do_are_user_errors(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "none.txt")]) != 0
    assert "no such file" in capsys.readouterr().err
    assert main(["extract"]) != 0
    assert "nothing to extract" in capsys.readouterr().err


def test_a_source_without_snapshots_says_how_to_get_them(tmp_path, capsys):
    assert main(["extract", "--source", "lipova", "--cache", str(tmp_path), "--out", str(tmp_path)]) != 0
    assert "kpdata harvest lipova" in capsys.readouterr().err


def test_extract_a_source_from_the_snapshot_cache(tmp_path, capsys):
    from kpdata.harvest.cache import SnapshotCache
    from kpdata.harvest.manual import import_snapshot

    saved = tmp_path / "page.txt"
    saved.write_text(TEXT, encoding="utf-8")
    cache = SnapshotCache(tmp_path / "cache")
    record = import_snapshot(
        cache,
        source_id="jihlava",
        file=saved,
        url="https://www.jihlava.cz/kp",
        run_id="r1",
        fetched_at="2024-01-02T03:04:05Z",
        document_types=frozenset(),
    )
    out = tmp_path / "out"
    args = ["extract", "--source", "jihlava", "--cache", str(cache.root), "--out", str(out)]
    assert main(args) == 0
    data = json.loads((out / "extracted.json").read_text(encoding="utf-8"))
    (page,) = data["pages"]
    assert (page["url"], page["sha256"]) == (record.url, record.sha256)
    assert page["extraction"]["plans"][0]["period_to"] == 2028
    assert "1 page(s) extracted" in capsys.readouterr().out

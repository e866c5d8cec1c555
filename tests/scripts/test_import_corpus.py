"""scripts/import_corpus.py on a tiny invented corpus, and the seed-label check on the real dataset."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest
import yaml

from kpdata.config import load_source
from kpdata.harvest.cache import SnapshotCache
from kpdata.territory import resolve

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import check_seed_labels  # noqa: E402
import import_corpus  # noqa: E402

KOLIN_GROUPS = """Komunitní plánování sociálních služeb ve městě Kolíně

Město Kolín plánuje sociální služby společně s poskytovateli a občany od roku 2006.
V současnosti pracují tři pracovní skupiny:
- Senioři
- Rodina, děti a mládež
- Osoby se zdravotním postižením

Koordinátorka: Mgr. Alena Pokorná, tel. 321 000 111, e-mail: alena.pokorna@mesto-kolin.example
"""

KOLIN_PLAN = """Střednědobý plán sociálních služeb města Kolína

Zastupitelstvo města schválilo 4. komunitní plán na období 2024–2027 dne 12. 12. 2023
usnesením č. 145/2023. Plán navazuje na předchozí plán 2020–2023.
"""

BEROUN = """Komunitní plánování na Berounsku

Správní obvod obce s rozšířenou působností Beroun připravuje nový komunitní plán na léta 2025–2028.
Návrh plánu je zveřejněn k připomínkám do 30. 4. 2025.
"""

UNKNOWN = """Komunitní plánování v regionu, jehož sídlo stránka neuvádí.
Dotazník k plánu vyplňte do konce měsíce.
"""


def _page(url: str, text: str, municipality: str, level: str, groups: int = 0) -> dict:
    labels = {"municipality": municipality, "level": level, "plans": [], "working_groups": [{}] * groups}
    return {"url": url, "text": text, "labels": labels, "notes": ""}


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A shared folder with three invented dev pages (two of Kolín, one of ORP Beroun)."""
    pages = tmp_path / "shared" / "corpus" / "dev" / "pages"
    pages.mkdir(parents=True)
    fixtures = {
        "001.json": _page("https://www.mesto-kolin.example/kp", KOLIN_GROUPS, "Kolín", "obec", 3),
        "002.json": _page("https://www.mesto-kolin.example/kp/plan", KOLIN_PLAN, "Kolín", "obec"),
        "003.json": _page("https://kp.berounsko.example/plan", BEROUN, "Beroun (Berounsko)", "orp"),
    }
    for name, page in fixtures.items():
        (pages / name).write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "shared"


def _run(corpus: Path, tmp_path: Path) -> int:
    args = [
        "--shared",
        str(corpus),
        "--cache",
        str(tmp_path / "cache"),
        "--sources",
        str(tmp_path / "sources"),
    ]
    return import_corpus.main(args)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_sources_snapshots_and_extractions(corpus, tmp_path, capsys):
    assert _run(corpus, tmp_path) == 0
    sources = tmp_path / "sources"
    assert sorted(p.name for p in sources.iterdir()) == ["beroun", "kolin"]
    kolin, beroun = load_source("kolin", root=sources), load_source("beroun", root=sources)
    assert (kolin.territory, kolin.level) == (resolve("Kolín", kind="obec").csu_code, "obec")
    assert (beroun.territory, beroun.territory_kind, beroun.level) == (
        resolve("Beroun", kind="orp").csu_code, "orp", "orp",
    )  # fmt: skip
    assert kolin.scope.hosts == ["www.mesto-kolin.example"] and len(kolin.start_urls) == 2
    cache = SnapshotCache(tmp_path / "cache")
    latest = cache.latest("kolin")
    assert [s.url for s in latest] == [
        "https://www.mesto-kolin.example/kp",
        "https://www.mesto-kolin.example/kp/plan",
    ]
    assert latest[0].sha256 == hashlib.sha256(KOLIN_GROUPS.encode()).hexdigest()
    extracted = json.loads((sources / "kolin" / "extracted.json").read_text(encoding="utf-8"))
    assert extracted["source_id"] == "kolin"
    assert [p["sha256"] for p in extracted["pages"]] == [s.sha256 for s in latest]
    raw = (sources / "kolin" / "extracted.json").read_text(encoding="utf-8")
    assert KOLIN_GROUPS not in raw and "Město Kolín plánuje sociální služby" not in raw
    assert "kolin" in capsys.readouterr().out


def test_spans_point_into_the_page_text(corpus, tmp_path):
    _run(corpus, tmp_path)
    extracted = json.loads((tmp_path / "sources" / "kolin" / "extracted.json").read_text(encoding="utf-8"))
    groups = extracted["pages"][0]["extraction"]["working_groups"]
    assert groups, "the three listed working groups should be extracted"
    for group in groups:
        spans = [e for e in group["evidence"] if e["field"] == "name"]
        assert spans and all(KOLIN_GROUPS[e["start"] : e["end"]].strip() for e in spans)


def test_expectations_hold_on_labels_and_extraction(corpus, tmp_path):
    _run(corpus, tmp_path)
    data = yaml.safe_load((tmp_path / "sources" / "kolin" / "source.yml").read_text(encoding="utf-8"))
    wanted = {k: v for item in data.get("expectations", []) for k, v in item.items()}
    assert 0 < wanted.get("min_working_groups", 0) <= 3


def test_second_run_changes_nothing(corpus, tmp_path):
    _run(corpus, tmp_path)
    sources, records = _files(tmp_path / "sources"), len(SnapshotCache(tmp_path / "cache").records("kolin"))
    assert _run(corpus, tmp_path) == 0
    assert _files(tmp_path / "sources") == sources
    assert len(SnapshotCache(tmp_path / "cache").records("kolin")) == records


def test_fresh_cache_gives_the_same_files(corpus, tmp_path):
    _run(corpus, tmp_path)
    first = _files(tmp_path / "sources")
    other = tmp_path / "again"
    args = ["--shared", str(corpus), "--cache", str(other / "cache"), "--sources", str(other / "sources")]
    import_corpus.main(args)
    assert _files(other / "sources") == first


def test_existing_source_of_the_territory_is_reused(corpus, tmp_path):
    folder = tmp_path / "sources" / "mesto-kolin"
    folder.mkdir(parents=True)
    code = resolve("Kolín", kind="obec").csu_code
    (folder / "source.yml").write_text(
        f"id: mesto-kolin\ntitle: KP Kolín\nterritory: '{code}'\nterritory_kind: obec\nlevel: obec\n"
        "lead_body: Město Kolín\nstart_urls: [https://www.mesto-kolin.example/kp]\n",
        encoding="utf-8",
    )
    before = (folder / "source.yml").read_bytes()
    _run(corpus, tmp_path)
    assert not (tmp_path / "sources" / "kolin").exists()
    assert (folder / "source.yml").read_bytes() == before
    assert len(json.loads((folder / "extracted.json").read_text(encoding="utf-8"))["pages"]) == 2


def test_unresolvable_territory_is_reported_and_others_imported(corpus, tmp_path, capsys):
    page = _page("https://region.example/kp", UNKNOWN, "Region Bez Sídla (DSO)", "other")
    (corpus / "corpus" / "dev" / "pages" / "004.json").write_text(json.dumps(page), encoding="utf-8")
    assert _run(corpus, tmp_path) == 1
    assert "Region Bez Sídla" in capsys.readouterr().err
    assert (tmp_path / "sources" / "kolin" / "extracted.json").is_file()


def test_seed_labels_are_complete_after_curation(shared):
    from kpdata.paths import sources_dir

    missing = check_seed_labels.check_seeds(shared, sources_dir())
    assert len(missing) == 5
    assert {key: facts for key, facts in missing.items() if facts} == {}

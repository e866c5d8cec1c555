"""Import the seed pages and the labelled dev corpus as snapshots of their sources, then extract them.

For every page of ``<shared>/seeds/*.txt`` (territory from ``corpus/seeds/*.labels.json``) and of
``<shared>/corpus/dev/{pages,documents}/*.json`` (``url``, ``text``, ``labels``):

1. group the pages by the territory their labels name (name and level); resolve it to a ČSÚ code through
   the territory reference (a MAS / microregion / DSO takes its seat's obec);
2. find the source: a folder of the same slug, or an existing ``source.yml`` of the same territory and
   level (how the seeds find ``opava`` …); otherwise write a new ``source.yml`` (title, territory, level,
   lead body, start URLs = the pages' URLs, scope = their hosts, expectations that the labels and the
   extraction both support);
3. import each page into the snapshot cache (as ``kpdata harvest ID --snapshot FILE --url URL`` does; a
   body the cache already holds for that URL is not imported again, so a re-run changes nothing);
4. extract each source's newest snapshots into ``datasets/sources/<id>/extracted.json``.

Page text goes only into the cache (outside git); the repository gets facts with url, sha256 and spans.

Usage: ``.venv/bin/python scripts/import_corpus.py [--shared PATH] [--cache DIR] [--sources DIR]``
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "scripts"))

from corpus_sources import (  # noqa: E402
    CorpusPage,
    SourcePlan,
    assign_source,
    group_pages,
    read_dev,
    read_seeds,
    write_source,
)

from kpdata.config import SourceConfig, load_source  # noqa: E402
from kpdata.errors import KpdataError  # noqa: E402
from kpdata.extract.source import SourcePage, extract_source, write_extracted  # noqa: E402
from kpdata.harvest.cache import SnapshotCache  # noqa: E402
from kpdata.harvest.manual import import_snapshot  # noqa: E402
from kpdata.harvest.records import utc_stamp  # noqa: E402
from kpdata.harvest.summary import SourceSummary  # noqa: E402
from kpdata.harvest.urls import normalise_url  # noqa: E402
from kpdata.territory import default_index  # noqa: E402

FACT_LISTS = ("plans", "working_groups", "contacts", "figures", "providers", "participation", "documents")


# snapshots and extraction -----------------------------------------------------------------------------
def page_url(page: CorpusPage, config: SourceConfig) -> str:
    """The page's own address, or the one ``source.yml`` lists for it, or the source's first start URL."""
    if page.url:
        return page.url
    listed = [e.url for e in config.snapshots if e.file.removeprefix("shared:") == page.key and e.url]
    return listed[0] if listed else config.start_urls[0]


def recorded_dates(folder: Path) -> dict[tuple[str, str], datetime]:
    """When each page (URL, SHA-256) of the source's ``extracted.json`` was retrieved: a re-import on a
    new machine (an empty cache, files laid anew) dates a page it already has as it was dated before."""
    path = folder / "extracted.json"
    if not path.is_file():
        return {}
    pages = json.loads(path.read_text(encoding="utf-8")).get("pages") or []
    return {
        (p["url"], p["sha256"]): datetime.strptime(p["retrieved_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=UTC
        )
        for p in pages
        if p.get("url") and p.get("sha256") and p.get("retrieved_at")
    }


def import_pages(
    cache: SnapshotCache, config: SourceConfig, pages: list[CorpusPage], dated: dict | None = None
) -> SourceSummary:
    """Import the pages the cache does not hold yet (same URL and body); dated as ``dated`` (the source's
    ``extracted.json``) has them, else as its newest page, else by their file's mtime."""
    dated = dated or {}
    # a page saved beside the recorded ones (several pages of one URL) is as old as the newest of them,
    # so which one is the source's snapshot stays as it was (the last imported of equals)
    fallback = max(dated.values(), default=None)
    held = {(r.url, r.sha256) for r in cache.records(config.id) if r.is_good}
    run, summary = None, SourceSummary(config.id)
    with tempfile.TemporaryDirectory(prefix="kp-import-") as tmp:
        for page in pages:
            body, url = page.text.encode("utf-8"), normalise_url(page_url(page, config)) or ""
            if (url, _sha256(body)) in held:
                summary.unchanged += 1
                continue
            saved = (
                dated.get((url, _sha256(body)))
                or fallback
                or datetime.fromtimestamp(int(page.path.stat().st_mtime), UTC)
            )
            run = run or cache.open_run(config.id, now=saved, kind="import")
            file = Path(tmp) / f"{len(held)}-{page.path.name}"
            file.write_bytes(body)
            record = import_snapshot(
                cache, source_id=config.id, file=file, url=url, run_id=run.run_id,
                fetched_at=utc_stamp(saved), document_types=frozenset(config.document_types),
            )  # fmt: skip
            held.add((url, record.sha256))
            summary.add(record)
    if run:
        cache.finish_run(run, summary=summary.to_dict(), now=datetime.now(UTC))
    return summary


def _sha256(body: bytes) -> str:
    import hashlib

    return hashlib.sha256(body).hexdigest()


def extract_cached(cache: SnapshotCache, source_id: str, folder: Path) -> dict:
    """Extract the newest snapshot of each URL of a source into ``folder/extracted.json`` (as
    ``kpdata extract --source`` does) and return the document."""
    pages = [
        SourcePage(s.url, s.sha256, s.media_type, cache.read_text(s), s.fetched_at, s.status, s.title)
        for s in cache.latest(source_id)
    ]
    document = extract_source(source_id, pages)
    write_extracted(folder, document)
    return document


def fact_count(extraction: dict) -> int:
    """Facts of one page: items of every list, plus the coordination group and the start year."""
    items = sum(len(extraction.get(name) or []) for name in FACT_LISTS)
    return (
        items
        + bool((extraction.get("coordination_group") or {}).get("exists"))
        + (extraction.get("kp_since_year") is not None)
    )


def expectations(plan: SourcePlan, document: dict) -> list[dict]:
    """``min_<n>`` that both the labels and the extraction support (the smaller of the two per page)."""
    found = []
    for key, name in (("working_groups", "working_groups"), ("plans", "plans")):
        labelled = max(len(p.labels.get(name) or []) for p in plan.pages)
        extracted = max((len(p["extraction"].get(name) or []) for p in document["pages"]), default=0)
        if min(labelled, extracted) > 0:
            found.append({f"min_{key}": min(labelled, extracted)})
    return found


def import_plan(plan: SourcePlan, cache: SnapshotCache, root: Path) -> tuple[SourceSummary, dict]:
    config = load_source(plan.source_id, root=root)
    summary = import_pages(cache, config, plan.pages, recorded_dates(root / config.id))
    document = extract_cached(cache, config.id, root / config.id)
    if plan.created and (wanted := expectations(plan, document)):
        data = yaml.safe_load((root / config.id / "source.yml").read_text(encoding="utf-8"))
        write_source(root / config.id, {**data, "expectations": wanted})
    return summary, document


def repeated_urls(plan: SourcePlan, config: SourceConfig) -> list[str]:
    """URLs that several pages of a plan share: only the newest import is the source's snapshot."""
    urls = [normalise_url(page_url(page, config)) for page in plan.pages]
    return sorted({url for url in urls if url and urls.count(url) > 1})


def import_all(shared: Path, root: Path, cache: SnapshotCache) -> list[str]:
    """Import and extract every page; prints a line per source and returns what could not be imported."""
    plans = group_pages(read_seeds(shared) + read_dev(shared), default_index())
    problems, totals = [], [0, 0, 0]
    for plan in plans:
        try:
            assign_source(plan, root, default_index())
        except KpdataError as exc:
            problems.append(str(exc))
    for plan in [p for p in plans if p.source_id]:
        summary, document = import_plan(plan, cache, root)
        facts = sum(fact_count(p["extraction"]) for p in document["pages"])
        totals = [totals[0] + 1, totals[1] + len(plan.pages), totals[2] + facts]
        print(
            f"{plan.source_id:<40} {'new' if plan.created else 'existing':<8} pages {len(plan.pages)} "
            f"(imported {summary.imported}, unchanged {summary.unchanged}), "
            f"snapshots {len(document['pages'])}, facts {facts}"
        )
        for url in repeated_urls(plan, load_source(plan.source_id, root=root)):
            print(f"  note: several pages were saved from {url}; the newest is the source's snapshot")
    print(f"{totals[0]} sources, {totals[1]} pages, {totals[2]} facts; cache {cache.root}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, help="the shared data folder (default: ../shared)")
    parser.add_argument("--cache", type=Path, help="snapshot cache (default: KPDATA_CACHE or user cache)")
    parser.add_argument("--sources", type=Path, help="sources folder (default: datasets/sources)")
    args = parser.parse_args(argv)
    from kpdata.paths import shared_dir, sources_dir

    shared = args.shared or shared_dir()
    if shared is None or not shared.is_dir():
        raise SystemExit("no shared data folder: pass --shared PATH (or set KPDATA_SHARED)")
    problems = import_all(shared, args.sources or sources_dir(), SnapshotCache(args.cache))
    for problem in problems:
        print(f"not imported: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

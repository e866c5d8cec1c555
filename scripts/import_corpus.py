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
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from kpdata.config import SourceConfig, list_sources, load_source  # noqa: E402
from kpdata.errors import KpdataError  # noqa: E402
from kpdata.extract.source import SourcePage, extract_source, write_extracted  # noqa: E402
from kpdata.harvest.cache import SnapshotCache  # noqa: E402
from kpdata.harvest.manual import import_snapshot  # noqa: E402
from kpdata.harvest.records import utc_stamp  # noqa: E402
from kpdata.harvest.summary import SourceSummary  # noqa: E402
from kpdata.harvest.urls import normalise_url  # noqa: E402
from kpdata.models.territory import Territory  # noqa: E402
from kpdata.territory import TerritoryIndex, default_index  # noqa: E402

TERRITORY_KIND = {"obec": "obec", "orp": "orp", "kraj": "kraj", "mestska_cast": "mestska_cast"}
LEVEL_ORDER = ("obec", "orp", "kraj", "mestska_cast", "mas", "dso", "other")
FACT_LISTS = ("plans", "working_groups", "contacts", "figures", "providers", "participation", "documents")


@dataclass(frozen=True)
class CorpusPage:
    """One page to import: where it is in the shared folder, its address (None: the source's), text, labels."""

    key: str
    path: Path
    url: str | None
    text: str
    labels: dict


@dataclass
class SourcePlan:
    """The pages of one territory and level, and the source they go to."""

    name: str
    level: str
    pages: list[CorpusPage] = field(default_factory=list)
    source_id: str | None = None
    created: bool = False


def slugify(text: str) -> str:
    """ASCII slug: ``Kutná Hora`` -> ``kutna-hora``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def label_parts(municipality: str) -> tuple[str, list[str]]:
    """``Nový Bor (Novoborsko)`` -> (``Nový Bor``, [``Novoborsko``]); parts split at ``;``."""
    main, _, rest = municipality.partition("(")
    extras = [part.strip() for part in rest.rstrip(")").split(";") if part.strip()]
    return main.strip(), extras


# reading the shared folder ------------------------------------------------------------------------------
def read_seeds(shared: Path) -> list[CorpusPage]:
    """The seed pages with the labels of ``corpus/seeds``; their address comes from the source."""
    pages = []
    for path in sorted((shared / "seeds").glob("*.txt")):
        labels_path = shared / "corpus" / "seeds" / f"{path.name}.labels.json"
        if not labels_path.is_file():
            raise KpdataError(f"{path}: no labels at {labels_path} (they name the page's territory)")
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        pages.append(CorpusPage(f"seeds/{path.name}", path, labels.get("url"), text, labels["labels"]))
    return pages


def read_dev(shared: Path) -> list[CorpusPage]:
    """The dev corpus pages and documents (JSON with ``url``, ``text`` and ``labels``)."""
    pages = []
    for folder in ("pages", "documents"):
        for path in sorted((shared / "corpus" / "dev" / folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            missing = [k for k in ("url", "text", "labels") if k not in data]
            if missing:
                raise KpdataError(f"{path}: corpus page lacks {', '.join(missing)}")
            pages.append(
                CorpusPage(f"dev/{folder}/{path.name}", path, data["url"], data["text"], data["labels"])
            )
    return pages


def body_name(municipality: str, level: str, index: TerritoryIndex) -> str:
    """The name a source is called by: the territory's; for a MAS or region named after a town
    (``Vsetín (Vsetínsko)``) the first bracketed name that is not a territory's."""
    main, extras = label_parts(municipality)
    if level in TERRITORY_KIND or not index.candidates(main):
        return main
    return next((e for e in extras if len(e.split()) == 1 and not index.candidates(e)), main)


def group_pages(pages: list[CorpusPage], index: TerritoryIndex) -> list[SourcePlan]:
    """One plan per (labelled name, level), in a stable order: by level, then name."""
    plans: dict[tuple[str, str], SourcePlan] = {}
    for page in pages:
        level = page.labels.get("level") or "other"
        name = body_name(page.labels.get("municipality") or "", level, index)
        if not name:
            raise KpdataError(f"{page.path}: the labels name no municipality")
        plans.setdefault((slugify(name), level), SourcePlan(name, level)).pages.append(page)
    return sorted(plans.values(), key=lambda p: (LEVEL_ORDER.index(p.level), slugify(p.name)))


# territory --------------------------------------------------------------------------------------------
def _candidates(plan: SourcePlan) -> list[str]:
    names = []
    for page in plan.pages:
        main, extras = label_parts(page.labels["municipality"])
        names += [main, *extras, *(" ".join(e.split()[-n:]) for e in extras for n in (3, 2, 1))]
    return list(dict.fromkeys(names))


def _seat(index: TerritoryIndex, territory: Territory) -> Territory:
    """The obec of an ORP's seat (same name, inside it); an obec stays itself."""
    if territory.kind == "obec":
        return territory
    return index.resolve(territory.name, kind="obec", orp=territory.csu_code)


def resolve_territory(plan: SourcePlan, index: TerritoryIndex) -> Territory | None:
    """The territory of a plan's level named by its labels, else by the extractor on one of its pages."""
    kind = TERRITORY_KIND.get(plan.level)
    for name in _candidates(plan):
        found = index.candidates(name, kind=kind) or ([] if kind else index.candidates(name, kind="orp"))
        if len(found) == 1 or (found and found[0].name.lower() == name.lower()):
            return found[0] if kind else _seat(index, found[0])
    from kpdata.extract import extract_page

    for page in plan.pages:
        code = extract_page(page.text, url=page.url).municipality_code
        territory = _by_code(index, code) if code else None
        if territory is not None and (territory.kind == kind or (kind is None and territory.kind == "obec")):
            return territory
    return None


def _by_code(index: TerritoryIndex, code: str) -> Territory | None:
    try:
        return index.by_code(code)
    except KpdataError:
        return None


# sources ----------------------------------------------------------------------------------------------
def lead_body(plan: SourcePlan, territory: Territory, index: TerritoryIndex) -> str:
    """The body that evidently leads the planning: the town, kraj, district, or the named MAS / region."""
    if plan.level in ("obec", "orp"):
        town = _seat(index, territory)
        return f"{'Statutární město' if town.is_statutory_city else 'Město'} {town.name}"
    if plan.level == "kraj":
        return territory.name
    if plan.level == "mestska_cast":
        return f"Městská část {territory.name}"
    _, extras = label_parts(plan.pages[0].labels["municipality"])
    named = [e for e in extras if e.startswith(plan.level.upper() + " ")]
    return named[0] if named else plan.name


def page_urls(plan: SourcePlan) -> list[str]:
    return sorted({normalise_url(p.url) for p in plan.pages if p.url and normalise_url(p.url)})


def new_source(plan: SourcePlan, source_id: str, territory: Territory, index: TerritoryIndex) -> dict:
    """The fields of a new ``source.yml`` for the plan's pages (expectations are added after extraction)."""
    urls = page_urls(plan)
    data = {
        "id": source_id,
        "title": f"Komunitní plánování sociálních služeb – {plan.name}",
        "territory": territory.csu_code,
        "territory_kind": territory.kind,
        "level": plan.level,
        "lead_body": lead_body(plan, territory, index),
    }
    if plan.level == "obec" and territory.ico:
        data["lead_body_ico"] = territory.ico
    data |= {"start_urls": urls, "scope": {"hosts": sorted({urlsplit(u).hostname or "" for u in urls})}}
    data |= {"max_depth": 0, "max_pages": max(len(urls), 1)}
    data["notes"] = (
        f"Made by scripts/import_corpus.py from {len(plan.pages)} page(s) of the labelled dev corpus "
        f"(../shared/corpus): territory and level from the labels ({plan.pages[0].labels['municipality']}). "
        "The start URLs are those pages only (max_depth 0); the KP section of the site is still to be found."
    )
    return data


def write_source(folder: Path, data: dict) -> None:
    """Write ``source.yml`` (validated first) through a temporary file."""
    path = folder / "source.yml"
    SourceConfig.model_validate(data)
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110)
    text = f"# {data['title']}\n{body}"
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / ".source.yml.tmp"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


class _Dumper(yaml.SafeDumper):
    """Quotes strings of digits (codes, IČO), which YAML 1.2 readers would take for numbers."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "'" if value.isdigit() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def find_source(plan: SourcePlan, territory: Territory | None, configs: list[SourceConfig]) -> str | None:
    """An existing source of the plan: the same slug, else the same territory and level."""
    by_id = {c.id: c for c in configs}
    for candidate in (slugify(plan.name), f"{slugify(plan.name)}-{plan.level}"):
        config = by_id.get(candidate)
        if config and config.level == plan.level:
            return candidate
    same = [c.id for c in configs if territory and (c.territory, c.level) == (territory.csu_code, plan.level)]
    return same[0] if same else None


def assign_source(plan: SourcePlan, root: Path, index: TerritoryIndex) -> str:
    """Set ``plan.source_id`` (writing a new ``source.yml`` when none fits); raises when unresolvable."""
    configs = list_sources(root=root)
    territory = resolve_territory(plan, index)
    plan.source_id = find_source(plan, territory, configs)
    if plan.source_id:
        return plan.source_id
    if territory is None:
        where = ", ".join(p.key for p in plan.pages)
        raise KpdataError(
            f"{plan.name} ({plan.level}; {where}): the territory does not resolve; "
            f"add datasets/sources/{slugify(plan.name)}/source.yml by hand"
        )
    if not page_urls(plan):
        raise KpdataError(f"{plan.name} ({plan.level}): no page has a URL; add a source.yml by hand")
    taken = {c.id for c in configs}
    plan.source_id = (
        slugify(plan.name) if slugify(plan.name) not in taken else f"{slugify(plan.name)}-{plan.level}"
    )
    write_source(root / plan.source_id, new_source(plan, plan.source_id, territory, index))
    plan.created = True
    return plan.source_id


# snapshots and extraction -----------------------------------------------------------------------------
def page_url(page: CorpusPage, config: SourceConfig) -> str:
    """The page's own address, or the one ``source.yml`` lists for it, or the source's first start URL."""
    if page.url:
        return page.url
    listed = [e.url for e in config.snapshots if e.file.removeprefix("shared:") == page.key and e.url]
    return listed[0] if listed else config.start_urls[0]


def import_pages(cache: SnapshotCache, config: SourceConfig, pages: list[CorpusPage]) -> SourceSummary:
    """Import the pages the cache does not hold yet (same URL and body); dated by their file's mtime."""
    held = {(r.url, r.sha256) for r in cache.records(config.id) if r.is_good}
    run, summary = None, SourceSummary(config.id)
    with tempfile.TemporaryDirectory(prefix="kp-import-") as tmp:
        for page in pages:
            body, url = page.text.encode("utf-8"), normalise_url(page_url(page, config)) or ""
            if (url, _sha256(body)) in held:
                summary.unchanged += 1
                continue
            saved = datetime.fromtimestamp(int(page.path.stat().st_mtime), UTC)
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
    summary = import_pages(cache, config, plan.pages)
    document = extract_cached(cache, config.id, root / config.id)
    if plan.created and (wanted := expectations(plan, document)):
        data = yaml.safe_load((root / config.id / "source.yml").read_text(encoding="utf-8"))
        write_source(root / config.id, {**data, "expectations": wanted})
    return summary, document


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
    root, cache = args.sources or sources_dir(), SnapshotCache(args.cache)
    plans = group_pages(read_seeds(shared) + read_dev(shared), default_index())
    problems, totals = [], [0, 0, 0]
    for plan in plans:
        try:
            assign_source(plan, root, default_index())
        except KpdataError as exc:
            problems.append(str(exc))
            continue
    for plan in [p for p in plans if p.source_id]:
        summary, document = import_plan(plan, cache, root)
        facts = sum(fact_count(p["extraction"]) for p in document["pages"])
        totals = [totals[0] + 1, totals[1] + len(plan.pages), totals[2] + facts]
        state = "new" if plan.created else "existing"
        print(
            f"{plan.source_id:<40} {state:<8} pages {len(plan.pages)} (imported {summary.imported}, "
            f"unchanged {summary.unchanged}), snapshots {len(document['pages'])}, facts {facts}"
        )
    print(f"{totals[0]} sources, {totals[1]} pages, {totals[2]} facts; cache {cache.root}")
    for problem in problems:
        print(f"not imported: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

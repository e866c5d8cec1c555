"""The pages of the shared corpus (seeds and dev pages) grouped into sources: the territory each page's
labels name, resolved through the territory reference, and the source it goes to (an existing
``source.yml`` or a new one). Used by ``import_corpus.py`` and ``check_seed_labels.py``."""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from kpdata.config import SourceConfig, list_sources  # noqa: E402
from kpdata.errors import KpdataError  # noqa: E402
from kpdata.harvest.urls import normalise_url  # noqa: E402
from kpdata.models.territory import Territory  # noqa: E402
from kpdata.territory import TerritoryIndex  # noqa: E402

__all__ = [
    "CorpusPage",
    "SourcePlan",
    "assign_source",
    "find_source",
    "group_pages",
    "read_dev",
    "read_seeds",
    "resolve_territory",
    "slugify",
    "write_source",
]

TERRITORY_KIND = {"obec": "obec", "orp": "orp", "kraj": "kraj", "mestska_cast": "mestska_cast"}
LEVEL_ORDER = ("obec", "orp", "kraj", "mestska_cast", "mas", "dso", "other")


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
    """The normalised addresses of a plan's pages (seeds have none), sorted."""
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

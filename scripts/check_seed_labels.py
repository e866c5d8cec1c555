"""Check that the build holds every fact of the seed labels (``../shared/corpus/seeds/*.labels.json``).

Builds the records in memory from ``datasets/sources`` (extraction + ``curated.yml``) and, for each seed
page, looks in its source's records for what the corpus scorer measures: the start year, plan periods,
approval dates, resolutions and statuses, working groups by name and their target group, the
coordination group and its members, contact names, e-mails and phones, figures and providers. Prints
each missing fact; exits 1 when any is missing.

Usage: ``.venv/bin/python scripts/check_seed_labels.py [--shared PATH] [--sources DIR]``
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "scripts"))

from corpus_sources import SourcePlan, find_source, read_seeds, resolve_territory  # noqa: E402

from kpdata.build.pipeline import build_records  # noqa: E402
from kpdata.config import list_sources  # noqa: E402
from kpdata.models.recordset import RecordSet  # noqa: E402
from kpdata.release.workflow import BuildOptions, build_inputs  # noqa: E402
from kpdata.territory import default_index  # noqa: E402


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\xa0", " ")).strip().casefold()


def full_name(person) -> str:
    """``Title Given Family, Suffix`` as the labels write it."""
    name = " ".join(p for p in (person.honorific_prefix, person.given_name, person.family_name) if p)
    return norm(f"{name}, {person.honorific_suffix}" if person.honorific_suffix else name)


class SourceRecords:
    """The records of one process (source), with the lookups the checks need."""

    def __init__(self, records: RecordSet, source_id: str):
        def mine(table):
            return [r for r in records.table(table) if getattr(r, "process_id", None) == source_id]

        self.process = records.get("processes", source_id)
        self.plans, self.groups, self.figures = mine("plans"), mine("groups"), mine("figures")
        group_ids = {g.id for g in self.groups}
        self.memberships = [
            m for m in records.table("memberships") if m.process_id == source_id or m.group_id in group_ids
        ]
        ids = {m.id for m in self.memberships}
        self.contacts = [
            c for c in records.table("contact_points") if c.process_id == source_id or c.membership_id in ids
        ]
        people = {p.id: full_name(p) for p in records.table("people")}
        self.names = {m.id: people.get(m.person_id, "") for m in self.memberships}
        self.organizations = {norm(o.name) for o in records.table("organizations")}

    def members_of(self, kinds: tuple[str, ...]) -> set[str]:
        groups = {g.id for g in self.groups if g.kind in kinds}
        return {self.names[m.id] for m in self.memberships if m.group_id in groups}


def check_plan(recs: SourceRecords, plan: dict) -> list[str]:
    hits = [
        p
        for p in recs.plans
        if p.period_end == plan["period_to"] and plan["period_from"] in (None, p.period_start)
    ]
    if not hits:
        return [f"plan {plan['period_from']}–{plan['period_to']}"]
    wanted = {k: plan[k] for k in ("approved_on", "resolution", "status") if plan.get(k)}
    return [
        f"plan {plan['period_from']}–{plan['period_to']} {k} {v!r}"
        for k, v in wanted.items()
        if all(str(getattr(p, k) or "") != v for p in hits)
    ]


def check_groups(recs: SourceRecords, labels: dict) -> list[str]:
    missing = []
    working = {norm(g.name): g for g in recs.groups if g.kind == "working"}
    for group in labels["working_groups"]:
        found = working.get(norm(group["name"]))
        if found is None:
            missing.append(f"working group {group['name']!r}")
        elif group["target_group"] not in (found.target_groups or []):
            missing.append(f"working group {group['name']!r} target group {group['target_group']}")
    coordination = labels["coordination_group"]
    kinds = ("coordination", "steering")
    if coordination["exists"] and not any(g.kind in kinds for g in recs.groups):
        missing.append("coordination group")
    members = recs.members_of(kinds)
    missing += [f"coordination member {m!r}" for m in coordination["members"] if norm(m) not in members]
    return missing


def check_contacts(recs: SourceRecords, labels: dict) -> list[str]:
    names = set(recs.names.values())
    emails = {norm(c.email) for c in recs.contacts}
    phones = {c.phone for c in recs.contacts}
    missing = []
    for contact in labels["contacts"]:
        if contact["name"] and norm(contact["name"]) not in names:
            missing.append(f"contact name {contact['name']!r}")
        if contact["email"] and norm(contact["email"]) not in emails:
            missing.append(f"contact e-mail {contact['email']!r}")
        if contact["phone"] and contact["phone"] not in phones:
            missing.append(f"contact phone {contact['phone']!r}")
    return missing


def check_labels(recs: SourceRecords, labels: dict) -> list[str]:
    """Every labelled fact the records lack, as short descriptions."""
    missing = []
    since = labels.get("kp_since_year")
    if since is not None and (recs.process is None or recs.process.since_year != since):
        missing.append(f"since year {since}")
    for plan in labels["plans"]:
        missing += check_plan(recs, plan)
    missing += check_groups(recs, labels) + check_contacts(recs, labels)
    values = {float(f.value) for f in recs.figures}
    missing += [f"figure {f['value']} ({f['what']})" for f in labels["figures"] if f["value"] not in values]
    missing += [f"provider {p!r}" for p in labels["providers"] if norm(p) not in recs.organizations]
    return missing


def seed_sources(shared: Path, sources: Path) -> list[tuple[str, str | None, dict]]:
    """(seed file, source id or None, labels) for each seed page."""
    configs, found = list_sources(root=sources), []
    for page in read_seeds(shared):
        plan = SourcePlan(page.labels["municipality"], page.labels["level"], [page])
        source_id = find_source(plan, resolve_territory(plan, default_index()), configs)
        found.append((page.key, source_id, page.labels))
    return found


def check_seeds(shared: Path, sources: Path) -> dict[str, list[str]]:
    """Missing facts per seed file (an empty list when the seed is complete)."""
    _, inputs = build_inputs(BuildOptions(sources=sources))
    records = build_records(inputs).records
    return {
        key: check_labels(SourceRecords(records, source_id), labels) if source_id else ["no source"]
        for key, source_id, labels in seed_sources(shared, sources)
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, help="the shared data folder (default: ../shared)")
    parser.add_argument("--sources", type=Path, help="sources folder (default: datasets/sources)")
    args = parser.parse_args(argv)
    from kpdata.paths import shared_dir, sources_dir

    shared = args.shared or shared_dir()
    if shared is None:
        raise SystemExit("no shared data folder: pass --shared PATH (or set KPDATA_SHARED)")
    result = check_seeds(shared, args.sources or sources_dir())
    for key, missing in result.items():
        print(f"{key}: {'complete' if not missing else f'{len(missing)} missing'}")
        for fact in missing:
            print(f"  missing {fact}")
    return 1 if any(result.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Synthetic national-scale records for benchmarks: ``synthetic_recordset(scale=1.0, seed=0)``.

At ``scale=1`` it gives about the size of the whole country (DESIGN.md "Scale"): 6 250 territories
(14 kraje, 77 okresy, 206 ORP, the rest obce with 6-digit codes), ~400 planning processes, ~1 500 groups,
~20 000 people and memberships, ~4 000 contact points, ~2 000 organisations (checksum-valid IČO), ~7 000
services with network entries, plans, figures, participation and documents: about 700 000 RDF triples.
Deterministic for a seed. Records are built with ``model_construct`` (no validation) for speed; every
value is generated inside the models' rules, and a test validates a sample.

    python -c "import sys; sys.path.insert(0, 'benchmarks'); from synthetic import synthetic_recordset; \\
print(synthetic_recordset(0.1).counts())"
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from kpdata.codelists import codelist
from kpdata.models import (
    ContactPoint,
    Document,
    Figure,
    Group,
    Membership,
    NetworkEntry,
    Organization,
    Participation,
    Person,
    Plan,
    Process,
    RecordSet,
    Service,
    Source,
    Territory,
)

__all__ = ["synthetic_recordset"]

_SYL = ("no", "va", "ves", "hra", "dec", "lo", "ko", "vi", "ce", "bo", "ru", "mí", "ště", "lí", "ta", "dol")
_GIVEN = ("Jana", "Petr", "Eva", "Jan", "Marie", "Tomáš", "Lucie", "Martin", "Hana", "Pavel", "Alena", "Jiří")
_FAMILY = ("Nováková", "Svoboda", "Dvořáková", "Černý", "Procházková", "Kučera", "Veselá", "Horák", "Marek")
_COUNTS = {"kraj": 14, "okres": 77, "orp": 206}
_TOTAL_TERRITORIES = 6250


def _scaled(n: float, scale: float) -> int:
    return max(1, round(n * scale))


def _ico(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(7)]
    total = sum(d * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    return "".join(map(str, digits)) + str((11 - total % 11) % 10)


def _place_name(rng: random.Random) -> str:
    word = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3)))
    return word.capitalize()


class _Generator:
    """Builds the tables one after another, each from the ones before."""

    def __init__(self, scale: float, seed: int):
        self.scale = scale
        self.rng = random.Random(seed)
        self.rs = RecordSet()
        self.codes = {name: codelist(name).ordered_codes for name in _CODELISTS}

    def fact(self, source: str, start: int = 0) -> dict:
        return {"provenance": "extracted", "source_ref": source, "span_start": start, "span_end": start + 40}

    def territories(self) -> None:
        n = {kind: _scaled(c, self.scale) for kind, c in _COUNTS.items()}
        n_obce = max(1, _scaled(_TOTAL_TERRITORIES, self.scale) - sum(n.values()))
        kraje = [self._unit("kraj", f"{3010 + 8 * i}", str(19 + 8 * i), None) for i in range(n["kraj"])]
        okresy = [
            self._unit("okres", f"{40100 + 8 * i}", str(3100 + i), kraje[i % len(kraje)])
            for i in range(n["okres"])
        ]
        orps = [
            self._unit("orp", f"{2000 + i}", str(10 + 8 * i), okresy[i % len(okresy)])
            for i in range(n["orp"])
        ]
        for i in range(n_obce):
            code = f"{500011 + 7 * i}"
            self._unit("obec", code, code, orps[i % len(orps)], ico=_ico(self.rng))
        self.orps = orps

    def _unit(self, kind: str, code: str, ruian: str, parent: Territory | None, *, ico: str | None = None):
        parents = {}
        if parent is not None:
            parents = {
                f"{parent.kind}_code": parent.csu_code,
                "kraj_code": parent.kraj_code or parent.csu_code,
            }
            if parent.okres_code:
                parents["okres_code"] = parent.okres_code
        record = Territory.model_construct(
            id=f"{kind}-{code}", kind=kind, csu_code=code, name=_place_name(self.rng), ruian_code=ruian,
            nuts_code=f"CZ0{code[-3:]}" if kind in ("kraj", "okres") else None,
            population=self.rng.randint(80, 90000), ico=ico,
            is_statutory_city=(False if kind == "obec" else None), **parents,
        )  # fmt: skip
        self.rs.add(record)
        return record

    def processes(self) -> None:
        self.procs: list[Process] = []
        extra = _scaled(180, self.scale)
        lead = list(self.orps) + [t for t in self.rs.table("territories") if t.kind == "kraj"]
        lead += [t for t in self.rs.table("territories") if t.kind == "obec"][:extra]
        for territory in lead:
            self.procs.append(self._process(territory))

    def _process(self, territory: Territory) -> Process:
        slug = f"{territory.kind}-{territory.csu_code}"
        src = Source.model_construct(
            id=f"{slug}-web", source_id=slug, url=f"https://www.{slug}.example.cz/kpss",
            title=f"Komunitní plánování {territory.name}", sha256=f"{self.rng.getrandbits(256):064x}",
            retrieved_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC), media_type="text/html", status=200,
        )  # fmt: skip
        self.rs.add(src)
        level = territory.kind if territory.kind in ("obec", "orp", "kraj") else "obec"
        proc = Process.model_construct(
            id=f"{slug}-kpss", name=f"Komunitní plánování sociálních služeb {territory.name}",
            territory_id=territory.id, level=level, lead_body=f"Město {territory.name}",
            lead_body_ico=_ico(self.rng), since_year=self.rng.randint(2003, 2015),
            website=src.url, **self.fact(src.id),
        )  # fmt: skip
        self.rs.add(proc)
        return proc

    def per_process(self) -> None:
        n_groups = _scaled(1500, self.scale)
        for i in range(n_groups):
            self._group(self.procs[i % len(self.procs)], i)
        for proc in self.procs:
            self._plans(proc)
            self._figures_participation_documents(proc)

    def _group(self, proc: Process, i: int) -> None:
        kind = "coordination" if i < len(self.procs) else "working"
        tgs = self.rng.sample(self.codes["target_groups"], self.rng.randint(1, 2))
        self.rs.add(Group.model_construct(
            id=f"{proc.id}-skupina-{i}", process_id=proc.id, kind=kind,
            name=f"Pracovní skupina {codelist('target_groups').label(tgs[0])}", target_groups=sorted(tgs),
            open_to_public=self.rng.random() < 0.5, **self.fact(proc.source_ref, 100 + i % 500),
        ))  # fmt: skip

    def _plans(self, proc: Process) -> None:
        for ordinal, start in enumerate((2019, 2023), start=1):
            self.rs.add(Plan.model_construct(
                id=f"{proc.id}-plan-{start}", process_id=proc.id, ordinal=ordinal,
                title=f"{ordinal}. komunitní plán {start}–{start + 3}", period_start=start, period_end=start + 3,
                status="current" if start == 2023 else "archived", approved_on=date(start - 1, 12, 10),
                approved_by="zastupitelstvo", resolution=f"č. {self.rng.randint(1, 300)}/{start - 1}",
                document_url=f"{proc.website}/plan-{start}.pdf", **self.fact(proc.source_ref, 900),
            ))  # fmt: skip

    def _figures_participation_documents(self, proc: Process) -> None:
        for metric in ("working_groups", "participants", "organisations", "services"):
            self.rs.add(Figure.model_construct(
                id=f"{proc.id}-cislo-{metric.replace('_', '-')}", process_id=proc.id, metric=metric,
                label=codelist("metrics").label(metric), value=float(self.rng.randint(3, 400)),
                approximate=self.rng.random() < 0.3, year=2025, **self.fact(proc.source_ref, 1200),
            ))  # fmt: skip
        for kind in ("survey", "comment_procedure"):
            self.rs.add(Participation.model_construct(
                id=f"{proc.id}-zapojeni-{kind.replace('_', '-')}", process_id=proc.id, kind=kind,
                description="Veřejnost se může vyjádřit k návrhu plánu.", date_from=date(2025, 9, 1),
                date_to=date(2025, 9, 30), channel="web", **self.fact(proc.source_ref, 1500),
            ))  # fmt: skip
        for kind in ("action_plan", "analysis", "report"):
            self.rs.add(Document.model_construct(
                id=f"{proc.id}-dokument-{kind.replace('_', '-')}", process_id=proc.id,
                plan_id=f"{proc.id}-plan-2023", title=codelist("document_kinds").label(kind).capitalize(),
                kind=kind, url=f"{proc.website}/{kind}.pdf", year=2024, **self.fact(proc.source_ref, 1800),
            ))  # fmt: skip

    def people(self) -> None:
        groups = self.rs.table("groups")
        n = _scaled(20000, self.scale)
        for i in range(n):
            group = groups[i % len(groups)]
            self._person_membership(i, group)

    def _person_membership(self, i: int, group: Group) -> None:
        rng = self.rng
        person = Person.model_construct(
            id=f"osoba-{i}", given_name=rng.choice(_GIVEN), family_name=rng.choice(_FAMILY),
            honorific_prefix="Mgr." if rng.random() < 0.3 else None, **self.fact(group.source_ref, 2000),
        )  # fmt: skip
        role = "group_leader" if i < len(self.rs.keys("groups")) else "member"
        self.rs.add(person)
        membership = Membership.model_construct(
            id=f"clenstvi-{i}", person_id=person.id, group_id=group.id, process_id=group.process_id, role=role,
            role_as_written="vedoucí skupiny" if role == "group_leader" else "člen",
            on_behalf_of=f"Spolek {_place_name(rng)}", stakeholder_category=rng.choice(self.codes["stakeholder_categories"]),
            **self.fact(group.source_ref, 2000),
        )  # fmt: skip
        self.rs.add(membership)
        if i % 5 == 0:
            self.rs.add(ContactPoint.model_construct(
                id=f"kontakt-{i}", membership_id=membership.id, process_id=group.process_id,
                email=f"osoba{i}@{group.process_id}.example.cz", phone=f"+4207{rng.randrange(10**8):08d}",
                **self.fact(group.source_ref, 2100),
            ))  # fmt: skip

    def services(self) -> None:
        orgs = [self._organization(i) for i in range(_scaled(2000, self.scale))]
        obce = [t for t in self.rs.table("territories") if t.kind == "obec"]
        for i in range(_scaled(7000, self.scale)):
            self._service(i, orgs[i % len(orgs)], obce[(i * 13) % len(obce)])

    def _organization(self, i: int) -> Organization:
        kind = self.rng.choice(self.codes["organization_kinds"])
        org = Organization.model_construct(
            id=f"organizace-{i}", name=f"{_place_name(self.rng)}, z. s.", ico=_ico(self.rng), kind=kind,
            website=f"https://organizace-{i}.example.cz", provenance="registry",
        )  # fmt: skip
        self.rs.add(org)
        return org

    def _service(self, i: int, org: Organization, obec: Territory) -> None:
        rng = self.rng
        kind = rng.choice(self.codes["service_kinds"])
        service = Service.model_construct(
            id=f"sluzba-{i}", registry_id=f"{1000000 + i * 7}", name=f"{codelist('service_kinds').label(kind)} {obec.name}",
            provider_id=org.id, kind=kind, forms=sorted(rng.sample(self.codes["service_forms"], rng.randint(1, 2))),
            target_groups=sorted(rng.sample(self.codes["target_groups"], rng.randint(1, 3))),
            capacity=rng.randint(1, 120), capacity_type=rng.choice(self.codes["capacity_types"]),
            territory_id=obec.id, valid_from=date(2007, 1, 1) + (date(2020, 1, 1) - date(2007, 1, 1)) * rng.random(),
            provenance="registry",
        )  # fmt: skip
        self.rs.add(service)
        proc = self.procs[i % len(self.procs)]
        self.rs.add(NetworkEntry.model_construct(
            id=f"sit-{i}", service_id=service.id, network=proc.id, process_id=proc.id, territory_id=proc.territory_id,
            period_start=2023, period_end=2026, capacity=service.capacity, **self.fact(proc.source_ref, 3000),
        ))  # fmt: skip


_CODELISTS = (
    "target_groups",
    "service_kinds",
    "service_forms",
    "capacity_types",
    "organization_kinds",
    "stakeholder_categories",
)


def synthetic_recordset(scale: float = 1.0, *, seed: int = 0) -> RecordSet:
    """A deterministic synthetic RecordSet; ``scale=1`` is national scale (~700 000 triples)."""
    gen = _Generator(scale, seed)
    gen.territories()
    gen.processes()
    gen.per_process()
    gen.people()
    gen.services()
    return gen.rs

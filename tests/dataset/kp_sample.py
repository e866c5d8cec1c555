"""A small release written for the query, report and export tests: made-up planning processes in real
territories (ids, codes and populations from the territory reference), written by the release package
writer into a temporary folder and loaded back with ``kpdata.load``.

Names of groups, people, services and numbers are invented; a few text values are hostile on purpose
(they start with =, +, -, @) so that exports can be checked against spreadsheet-formula injection.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from kpdata.dataset.load import Dataset, load_dataset
from kpdata.export.base import ExportContext
from kpdata.export.checksums import write_checksums
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
)
from kpdata.release.package import write_package
from kpdata.territory import default_index

TERRITORIES = (
    "kraj-3140", "kraj-3026", "okres-40908", "orp-8117", "orp-2106", "obec-505927", "obec-506320",
    "obec-554821", "obec-533271", "obec-597635",
)  # fmt: skip
HOSTILE = ('=HYPERLINK("http://example.com")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=2")


def _src(id_: str, folder: str, url: str, sha: str) -> Source:
    retrieved = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    return Source(
        id=id_, source_id=folder, url=url, title="Stránka KP", sha256=sha * 64, media_type="text/html",
        retrieved_at=retrieved,
    )  # fmt: skip


def _ex(ref: str) -> dict:
    return {"provenance": "extracted", "source_ref": ref}


def _processes() -> list:
    return [
        Process(id="opava", name="KP Opava (test)", territory_id="obec-505927", level="obec",
                lead_body="Statutární město Opava", lead_body_ico="00300535", since_year=2007, **_ex("opava-1")),
        Process(id="ostrava", name="KP Ostrava (test)", territory_id="obec-554821", level="obec",
                since_year=2003, **_ex("ostrava-1")),
        Process(id="cesky-brod", name="KP Český Brod (test)", territory_id="obec-533271", level="obec",
                since_year=2008, **_ex("brod-1")),
    ]  # fmt: skip


def _plans() -> list:
    return [
        Plan(id="opava-plan-2019-2021", process_id="opava", ordinal=4, period_start=2019, period_end=2021,
             status="archived", **_ex("opava-1")),
        Plan(id="opava-plan-2022-2026", process_id="opava", ordinal=5, title="Pátý plán Opavy",
             period_start=2022, period_end=2026, status="current", **_ex("opava-1")),
        Plan(id="ostrava-plan-2023-2026", process_id="ostrava", ordinal=6, period_start=2023, period_end=2026,
             status="in_preparation", **_ex("ostrava-1")),
        Plan(id="cesky-brod-plan-2015-2018", process_id="cesky-brod", period_start=2015, period_end=2018,
             status="expired", resolution="12/2015", **_ex("brod-1")),
        Plan(id="cesky-brod-plan-2019-2023", process_id="cesky-brod", period_start=2019, period_end=2023,
             status="expired", approved_on=date(2019, 3, 20), approved_by="rada", **_ex("brod-1")),
    ]  # fmt: skip


def _groups() -> list:
    return [
        Group(id="opava-ps-seniori", process_id="opava", kind="working", name="PS Senioři a zdraví",
              target_groups=["seniors", "disabled"], **_ex("opava-2")),
        Group(id="opava-ps-rodiny", process_id="opava", kind="working", name="PS Rodina",
              target_groups=["children_youth_family"], **_ex("opava-2")),
        Group(id="opava-ks", process_id="opava", kind="coordination", name="Koordinační skupina", **_ex("opava-2")),
        Group(id="brod-ps-seniori", process_id="cesky-brod", kind="working", name=HOSTILE[0],
              target_groups=["seniors"], **_ex("brod-1")),
    ]  # fmt: skip


def _people() -> dict[str, list]:
    return {
        "people": [
            Person(id="opava-person-eva-kralova", given_name="Eva", family_name="Králová", **_ex("opava-2")),
            Person(id="opava-person-petr-mraz", given_name="Petr", family_name="Mráz", **_ex("opava-2")),
        ],
        "memberships": [
            Membership(id="opava-m-koord", person_id="opava-person-eva-kralova", process_id="opava",
                       role="coordinator", **_ex("opava-2")),
            Membership(id="opava-m-seniori", person_id="opava-person-petr-mraz", group_id="opava-ps-seniori",
                       process_id="opava", role="member", on_behalf_of=HOSTILE[1], **_ex("opava-2")),
        ],
        "contact_points": [
            ContactPoint(id="opava-c-koord", membership_id="opava-m-koord", process_id="opava",
                         email="eva.kralova@example.cz", phone="+420553000111", **_ex("opava-2")),
        ],
    }  # fmt: skip


def _services() -> dict[str, list]:
    org = {"provenance": "registry"}
    return {
        "organizations": [
            Organization(id="org-45215219", name="Charita (test)", ico="45215219", **org),
            Organization(id="org-00300535", name=HOSTILE[3], ico="00300535", **org),
        ],
        "services": [
            Service(id="svc-1", name="Poradna pro seniory", provider_id="org-45215219",
                    kind="specialised_social_counselling", target_groups=["seniors"],
                    territory_id="obec-505927", **org),
            Service(id="svc-2", name="Pečovatelská služba Brumovice", provider_id="org-00300535",
                    kind="home_care", target_groups=["seniors", "disabled"], territory_id="obec-506320", **org),
            Service(id="svc-3", name="Azylový dům", provider_id="org-45215219", kind="shelter_houses",
                    target_groups=["homeless"], territory_id="obec-554821", **org),
        ],
        "network_entries": [
            NetworkEntry(id="opava-net-svc-1", service_id="svc-1", network="opava", process_id="opava",
                         territory_id="obec-505927", period_start=2022, period_end=2026, **org),
            NetworkEntry(id="opava-net-svc-2", service_id="svc-2", network="opava", process_id="opava",
                         territory_id="obec-505927", **org),
        ],
    }  # fmt: skip


def _facts() -> dict[str, list]:
    return {
        "figures": [
            Figure(id="ostrava-f-ps", process_id="ostrava", metric="working_groups", label="pracovních skupin",
                   value=10, approximate=False, **_ex("ostrava-1")),
            Figure(id="ostrava-f-services", process_id="ostrava", metric="services", label=HOSTILE[2],
                   value=186, approximate=False, **_ex("ostrava-1")),
        ],
        "participation": [
            Participation(id="opava-p-dotaznik", process_id="opava", kind="survey",
                          description="Dotazník o potřebách", **_ex("opava-1")),
        ],
        "documents": [
            Document(id="opava-d-plan", process_id="opava", plan_id="opava-plan-2022-2026", title="Plán (PDF)",
                     url="https://opava.example.cz/plan.pdf", **_ex("opava-1")),
        ],
    }  # fmt: skip


def sample_recordset() -> RecordSet:
    index = default_index()
    records = RecordSet({"territories": [index.by_id(i) for i in TERRITORIES]})
    records.extend("sources", [
        _src("opava-1", "opava", "https://opava.example.cz/kp", "1"),
        _src("opava-2", "opava", "https://opava.example.cz/kp/skupiny", "2"),
        _src("ostrava-1", "ostrava", "https://ostrava.example.cz/kp", "3"),
        _src("brod-1", "cesky-brod", "https://brod.example.cz/kp", "4"),
    ])  # fmt: skip
    for name, rows in {"processes": _processes(), "plans": _plans(), "groups": _groups()}.items():
        records.extend(name, rows)
    for part in (_people(), _services(), _facts()):
        for name, rows in part.items():
            records.extend(name, rows)
    return records


def write_sample_release(folder: Path, *, version: str = "0.1.0") -> Dataset:
    """Write the sample as a release into ``folder`` and load it back."""
    write_package(sample_recordset(), folder, ExportContext(version=version, issued="2026-11-23"))
    write_checksums(folder)
    return load_dataset(path=folder)

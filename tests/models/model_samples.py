"""Hand-built valid records of every table (one small, consistent dataset about a made-up process).

Facts (Opava's ČSÚ codes and IČO) are real; names, people and numbers are invented for the tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

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

SHA = "0" * 63 + "a"
CURATED = {"provenance": "curated", "curation_reason": "doplněno ručně pro test"}
EXTRACTED = {"provenance": "extracted", "source_ref": "opava-kp-uvod", "span_start": 10, "span_end": 42}


def sample_records() -> dict[str, list]:
    """Table name -> valid records; every foreign key resolves inside the set."""
    return {
        "territories": [
            Territory(
                id="kraj-3140", kind="kraj", csu_code="3140", name="Moravskoslezský kraj", nuts_code="CZ080"
            ),
            Territory(
                id="obec-505927",
                kind="obec",
                csu_code="505927",
                name="Opava",
                orp_code="8117",
                okres_code="40908",
                kraj_code="3140",
                population=56450,
                ico="00300535",
                is_statutory_city=True,
            ),
        ],
        "sources": [
            Source(
                id="opava-kp-uvod",
                source_id="opava",
                url="https://www.example.cz/komunitni-planovani",
                title="Komunitní plánování",
                retrieved_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
                sha256=SHA,
                media_type="text/html",
                status=200,
            )
        ],
        "processes": [
            Process(
                id="opava",
                name="Komunitní plánování sociálních služeb Opava",
                territory_id="obec-505927",
                territories_covered=["obec-505927", "kraj-3140"],
                level="obec",
                lead_body="Statutární město Opava",
                lead_body_ico="00300535",
                since_year=2004,
                website="https://www.example.cz/kp",
                **EXTRACTED,
            )
        ],
        "plans": [
            Plan(
                id="opava-plan-2023-2026",
                process_id="opava",
                ordinal=5,
                title="Pátý komunitní plán",
                period_start=2023,
                period_end=2026,
                status="current",
                approved_on=date(2022, 12, 14),
                approved_by="zastupitelstvo",
                resolution="123/45 ZM 22",
                document_url="https://www.example.cz/plan.pdf",
                **CURATED,
            )
        ],
        "groups": [
            Group(
                id="opava-seniori",
                process_id="opava",
                kind="working",
                name="Pracovní skupina Senioři",
                target_groups=["seniors", "disabled"],
                open_to_public=True,
                **CURATED,
            )
        ],
        "people": [
            Person(
                id="jana-vzorova",
                given_name="Jana",
                family_name="Vzorová",
                honorific_prefix="Mgr.",
                **CURATED,
            )
        ],
        "memberships": [
            Membership(
                id="opava-koordinator",
                person_id="jana-vzorova",
                process_id="opava",
                role="coordinator",
                role_as_written="koordinátorka",
                stakeholder_category="commissioner",
                **CURATED,
            ),
            Membership(
                id="opava-seniori-vedouci",
                person_id="jana-vzorova",
                group_id="opava-seniori",
                process_id="opava",
                role="member",
                on_behalf_of="Magistrát města Opavy",
                **CURATED,
            ),
        ],
        "contact_points": [
            ContactPoint(
                id="opava-koordinator-kontakt",
                membership_id="opava-koordinator",
                process_id="opava",
                email="jana.vzorova@example.cz",
                phone="553 000 111",
                **CURATED,
            )
        ],
        "organizations": [
            Organization(
                id="slezska-diakonie", name="Slezská diakonie", ico="65468562", kind="church", **CURATED
            )
        ],
        "services": [
            Service(
                id="sd-osobni-asistence",
                registry_id="1234567",
                name="Osobní asistence",
                provider_id="slezska-diakonie",
                kind="personal_assistance",
                forms=["ter"],
                target_groups=["seniors"],
                capacity=12,
                capacity_type="klient",
                territory_id="obec-505927",
                valid_from=date(2007, 1, 1),
                provenance="registry",
            )
        ],
        "network_entries": [
            NetworkEntry(
                id="opava-sit-oa",
                service_id="sd-osobni-asistence",
                network="opava",
                process_id="opava",
                period_start=2023,
                period_end=2026,
                capacity=10,
                **CURATED,
            ),
            NetworkEntry(
                id="kraj-sit-oa",
                service_id="sd-osobni-asistence",
                network="kraj-3140",
                territory_id="kraj-3140",
                provenance="registry",
            ),
        ],
        "figures": [
            Figure(
                id="opava-pocet-skupin",
                process_id="opava",
                metric="working_groups",
                label="6 pracovních skupin",
                value=6,
                year=2024,
                **EXTRACTED,
            ),
            Figure(
                id="opava-ucastnici",
                process_id="opava",
                metric="participants",
                label="téměř 150 účastníků",
                value=149.5,
                approximate=True,
                **CURATED,
            ),
        ],
        "participation": [
            Participation(
                id="opava-dotaznik-2024",
                process_id="opava",
                kind="survey",
                description="Dotazník pro uživatele služeb",
                date_from=date(2024, 3, 1),
                date_to=date(2024, 4, 30),
                channel="web",
                **CURATED,
            )
        ],
        "documents": [
            Document(
                id="opava-plan-2023-2026-pdf",
                process_id="opava",
                plan_id="opava-plan-2023-2026",
                title="Komunitní plán 2023–2026",
                kind="plan",
                url="https://www.example.cz/plan.pdf",
                year=2022,
                **CURATED,
            )
        ],
    }


def sample_recordset() -> RecordSet:
    return RecordSet(sample_records())

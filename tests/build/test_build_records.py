"""The build stage on two invented sources: ids, mapping, provenance, corrections, suppression, checks."""

from __future__ import annotations

import hashlib
import json

import yaml

from kpdata.build import build_records


def _edit_extracted(sample, source_id, change):
    path = sample / "sources" / source_id / "extracted.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _add_corrections(sample, source_id, *corrections):
    path = sample / "sources" / source_id / "curated.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {"corrections": []}
    data["corrections"].extend(corrections)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _checks(report, severity="error"):
    return [(i.check, i.table, i.record_id, i.field) for i in report.issues if i.severity == severity]


def test_fixture_builds_without_errors(inputs):
    result = build_records(inputs)
    assert result.ok, result.report.to_text()
    assert result.summaries["opava"]["named_working_groups"] == 2
    assert result.summaries["opava"]["has_current_plan"] is True
    # contacts as listed on a page: a named coordinator (with her channels) and a bare address
    assert (result.summaries["opava"]["contacts"], result.summaries["opava"]["contact_points"]) == (1, 1)
    assert result.summaries["olomouc"]["contacts"] == 1


def test_readable_ids_and_mapping(inputs):
    records = build_records(inputs).records
    plan = records.get("plans", "opava-plan-2023-2026")
    assert (plan.ordinal, plan.approved_by, plan.resolution, plan.status) == (
        6,
        "zastupitelstvo",
        "50/2022",
        "current",
    )
    assert plan.approved_on.isoformat() == "2022-12-08"
    person = records.get("people", "opava-person-jana-novakova")
    assert (person.honorific_prefix, person.given_name, person.family_name, person.honorific_suffix) == (
        "Mgr.", "Jana", "Nováková", "DiS.",
    )  # fmt: skip
    group = records.get("groups", "opava-group-pracovni-skupina-seniori")
    assert (group.kind, group.target_groups) == ("working", ["seniors"])
    assert records.get("groups", "opava-group-koordinacni-skupina").kind == "coordination"
    process = records.get("processes", "opava")
    assert (process.territory_id, process.since_year, process.level) == ("obec-505927", 2004, "obec")


def test_contact_belongs_to_the_persons_membership(inputs):
    records = build_records(inputs).records
    contact = records.get("contact_points", "opava-contact-jana-novakova")
    membership = records.get("memberships", contact.membership_id)
    assert (membership.person_id, membership.role, membership.role_as_written) == (
        "opava-person-jana-novakova", "coordinator", "koordinátorka",
    )  # fmt: skip
    assert contact.phone == "+420553756111"
    nameless = records.get("contact_points", "olomouc-contact-kp-example-org")
    assert nameless.membership_id is None and nameless.email == "kp@example.org"


def test_every_fact_carries_its_page_and_span(inputs):
    records = build_records(inputs).records
    url = "https://www.example.cz/kp/skupiny"
    page_id = f"opava-{hashlib.sha1(url.encode()).hexdigest()[:8]}"
    assert records.get("sources", page_id).url == url
    group = records.get("groups", "opava-group-pracovni-skupina-seniori")
    assert (group.provenance, group.source_ref, group.span_start, group.span_end) == (
        "extracted",
        page_id,
        10,
        34,
    )
    contact = records.get("contact_points", "opava-contact-jana-novakova")
    assert (contact.span_start, contact.span_end) == (100, 154)
    document = records.get("documents", "opava-document-akcni-plan-na-rok-2025")
    assert document.url == "https://www.example.cz/files/ap-2025.pdf"


def test_curated_values_are_marked_and_reported(inputs):
    result = build_records(inputs)
    plan = result.records.get("plans", "opava-plan-2019-2022")
    assert (plan.status, plan.approved_by, plan.provenance) == ("archived", "rada", "curated")
    assert plan.curation_reason.startswith("Na stránce archivu")
    added = result.records.get("figures", "opava-figure-services")
    assert (added.provenance, added.value) == ("curated", 31)
    applied = [(i.table, i.record_id) for i in result.report.issues if i.check == "curation"]
    assert ("plans", "opava-plan-2019-2022") in applied and ("figures", "opava-figure-services") in applied


def test_a_correction_that_no_longer_matches_is_reported(inputs, sample):
    _add_corrections(sample, "olomouc", {"table": "groups", "match": {"name": "Zaniklá skupina"},
                                         "remove": True, "reason": "Skupina byla zrušena."})  # fmt: skip
    report = build_records(inputs).report
    assert report.ok
    assert ("curation-stale", "groups", "match {'name': 'Zaniklá skupina'}", "") in _checks(report, "warning")


def test_suppressed_person_is_dropped_with_memberships(inputs):
    result = build_records(inputs)
    assert result.records.get("people", "opava-person-petr-dvorak") is None
    assert not [m for m in result.records.table("memberships") if m.person_id == "opava-person-petr-dvorak"]
    notes = [i for i in result.report.issues if i.check == "suppression"]
    assert [(n.severity, n.record_id) for n in notes] == [("info", "opava-person-petr-dvorak")]


def test_suppressed_person_added_back_by_hand_fails_the_build(inputs, sample):
    person = {"id": "opava-person-petr-dvorak-2", "given_name": "Petr", "family_name": "Dvořák"}
    _add_corrections(sample, "opava", {"table": "people", "add": person, "reason": "Doplněno ručně."})
    report = build_records(inputs).report
    assert not report.ok
    assert ("suppression", "people", "opava-person-petr-dvorak-2", "") in _checks(report)


def test_broken_foreign_key_is_an_error_naming_table_id_and_field(inputs, sample):
    _add_corrections(sample, "opava", {"table": "plans", "id": "opava-plan-2023-2026",
                                       "set": {"process_id": "nikde"}, "reason": "Chybná oprava."})  # fmt: skip
    report = build_records(inputs).report
    assert ("foreign-key", "plans", "opava-plan-2023-2026", "process_id") in _checks(report)


def test_failed_expectation_is_an_error(inputs, sample):
    _edit_extracted(sample, "olomouc", lambda d: d["pages"][0]["extraction"].update(plans=[]))
    report = build_records(inputs).report
    errors = [i for i in report.errors if i.check == "expectation"]
    assert [(e.record_id, e.message) for e in errors] == [("olomouc", "min_plans: expected 1, found 0")]


def test_invalid_value_is_an_error_naming_file_and_field(inputs, sample):
    def bad_ico(data):
        data["pages"][0]["extraction"]["providers"][0]["ico"] = "12345678"

    _edit_extracted(sample, "opava", bad_ico)
    report = build_records(inputs).report
    error = next(i for i in report.errors if i.check == "model")
    assert (error.table, error.record_id, error.field) == ("organizations", "org-12345678", "ico")
    assert error.file.endswith("opava/extracted.json") and "ico-checksum" in error.message


def test_conflicting_statements_keep_the_first_and_warn(inputs, sample):
    def restate(data):
        page = data["pages"][0]["extraction"]
        page["plans"] = [{"period_from": 2023, "period_to": 2026, "resolution": "99/2023"}]

    _edit_extracted(sample, "opava", restate)
    result = build_records(inputs)
    assert result.records.get("plans", "opava-plan-2023-2026").resolution == "50/2022"
    assert ("conflict", "plans", "opava-plan-2023-2026", "resolution") in _checks(result.report, "warning")


def test_a_source_without_extraction_is_left_out_with_a_warning(inputs, sample):
    (sample / "sources" / "olomouc" / "extracted.json").unlink()
    result = build_records(inputs)
    assert result.records.get("processes", "olomouc") is None
    assert ("not-extracted", "", "", "") in _checks(result.report, "warning")


def test_a_provider_with_ico_is_one_record_counted_for_every_source(inputs, sample):
    def name_charita(data):
        data["pages"][0]["extraction"]["providers"] = [{"name": "Charita Opava, pobočka", "ico": "45215219"}]

    _edit_extracted(sample, "olomouc", name_charita)
    result = build_records(inputs)
    assert [o.key for o in result.records.table("organizations")] == ["org-45215219"]
    assert result.records.get("organizations", "org-45215219").name == "Charita Opava, pobočka"
    assert result.summaries["opava"]["providers"] == result.summaries["olomouc"]["providers"] == 1
    assert ("conflict", "organizations", "org-45215219", "name") in _checks(result.report, "warning")


def test_a_stated_status_wins_over_one_derived_from_another_page(inputs, sample):
    def restate(data):
        # the groups page names the old plan without a status; the main page states none either
        data["pages"][0]["extraction"]["plans"] = [{"period_from": 2023, "period_to": 2026}]

    _edit_extracted(sample, "opava", restate)
    result = build_records(inputs)
    assert result.records.get("plans", "opava-plan-2023-2026").status == "current"  # stated on the main page
    assert not [i for i in result.report.issues if i.check == "conflict" and i.field == "status"]
    assert (
        result.records.get("plans", "olomouc-plan-2024-2027").status == "current"
    )  # derived: 2024 ≤ 2026 ≤ 2027

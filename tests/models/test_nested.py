"""The nested release document: records grouped per process, nothing lost, nothing repeated."""

from __future__ import annotations

import json

import pytest
from model_samples import sample_recordset

from kpdata.models import RecordSet
from kpdata.models.nested import DatasetDocument, to_nested


@pytest.fixture(scope="module")
def document() -> DatasetDocument:
    return to_nested(sample_recordset(), version="1.2.3")


def test_processes_carry_their_records(document):
    (process,) = document.processes
    assert process.id == "opava"
    assert [p.id for p in process.plans] == ["opava-plan-2023-2026"]
    assert [f.id for f in process.figures] == ["opava-pocet-skupin", "opava-ucastnici"]
    assert [d.id for d in process.documents] == ["opava-plan-2023-2026-pdf"]
    assert [c.id for c in process.contact_points] == ["opava-koordinator-kontakt"]
    assert [n.id for n in process.network_entries] == ["opava-sit-oa"]


def test_memberships_sit_in_their_group_or_on_the_process(document):
    (process,) = document.processes
    (group,) = process.groups
    assert [m.id for m in group.memberships] == ["opava-seniori-vedouci"]
    assert [m.id for m in process.memberships] == ["opava-koordinator"]
    assert process.memberships[0].person.family_name == "Vzorová"


def test_shared_records_are_top_level_and_territories_are_not_repeated(document):
    assert [o.id for o in document.organizations] == ["slezska-diakonie"]
    assert [s.id for s in document.services] == ["sd-osobni-asistence"]
    assert [n.id for n in document.network_entries] == ["kraj-sit-oa"]
    assert [s.id for s in document.sources] == ["opava-kp-uvod"]
    assert "territories" not in json.loads(document.model_dump_json())


def test_every_record_appears_exactly_once(document):
    text = document.model_dump_json()
    records = sample_recordset()
    for name, table in records.tables():
        if name in ("territories", "people"):
            continue
        for record in table:
            assert text.count(f'"id":"{record.id}"') == 1, (name, record.id)


def test_without_personal_data_the_document_has_no_people():
    doc = to_nested(sample_recordset().without_personal_data(), version="1.2.3")
    text = doc.model_dump_json()
    assert "Vzorová" not in text and "jana.vzorova" not in text
    assert doc.processes[0].plans


def test_document_round_trips_through_json(document):
    again = DatasetDocument.model_validate_json(document.model_dump_json())
    assert again == document


def test_empty_recordset_and_bad_version():
    assert to_nested(RecordSet(), version="0.1.0").processes == []
    with pytest.raises(ValueError, match="version"):
        to_nested(RecordSet(), version="latest")

"""The build merges the registry imports and network lists (kpdata.build.pipeline calls add_registry)."""

from __future__ import annotations

from pathlib import Path

from kpdata.build.pipeline import BuildInputs, build_records
from kpdata.registry import import_registry

FIXTURE = Path(__file__).parent / "fixtures" / "rpss_fixture.json"
REFERENCE = Path(__file__).resolve().parents[2] / "datasets" / "reference" / "territories.csv"
NETWORK = """\
network: zkusebov
territory: obec-505927
period: {start: 2022, end: 2026}
source: https://zkusebov.example.cz/kp/zakladni-sit.pdf
reason: vymyšlený seznam pro test
entries:
  - registry_id: "1111111"
    capacity: 25
"""


def test_build_holds_registry_services_and_network(tmp_path):
    import_registry(FIXTURE, out_dir=tmp_path / "registry" / "fixture")
    (tmp_path / "sources" / "zkusebov").mkdir(parents=True)
    (tmp_path / "sources" / "zkusebov" / "network.yml").write_text(NETWORK, encoding="utf-8")
    result = build_records(BuildInputs(tmp_path / "sources", REFERENCE, None, 2026))
    counts = result.records.counts()
    assert (counts["services"], counts["organizations"], counts["network_entries"]) == (4, 3, 1)
    service = result.records.get("services", "mpsv-1111111")
    assert result.records.get("organizations", service.provider_id).ico == "24680133"
    assert result.records.get("territories", service.territory_id).name == "Opava"
    assert result.report.errors == []

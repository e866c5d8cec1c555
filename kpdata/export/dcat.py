"""``write_dcat``: the package's catalogue records, ``dcat/katalog.jsonld``, ``dcat/datova-sada.jsonld``
(Czech LKOD, DCAT-AP-CZ 2024-05-28) and ``dcat/dcat-ap.ttl`` (DCAT-AP 3.0.1).

Runs after the data files and ``datapackage.json`` are written: distributions list the files that are
there, with their sizes, and say per file whether it contains personal data.

    >>> write_dcat(Path("build/package"), ExportContext(version="0.1.0"))  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from kpdata.errors import KpdataError
from kpdata.export.base import ExportContext
from kpdata.export.dcat_model import describe

__all__ = ["DCAT_FILES", "DcatError", "write_dcat"]

DCAT_FILES = {
    "catalog": "dcat/katalog.jsonld",
    "dataset": "dcat/datova-sada.jsonld",
    "dcat_ap": "dcat/dcat-ap.ttl",
}


class DcatError(KpdataError):
    """The package folder lacks what the catalogue records describe (the message says what)."""


def write_dcat(
    package_dir: Path, context: ExportContext, *, resources: list[dict[str, Any]] | None = None
) -> list[Path]:
    """Write the three DCAT files; ``resources`` default to those of ``datapackage.json`` in the folder.

    Returns the paths written, relative to ``package_dir``.
    """
    from kpdata.export.dcat_ap import to_dcat_ap_graph
    from kpdata.export.dcat_lkod import to_lkod_catalog, to_lkod_dataset

    package_dir = Path(package_dir)
    catalog = describe(package_dir, context, _resources(package_dir) if resources is None else resources)
    texts = {
        "catalog": _json(to_lkod_catalog(catalog)),
        "dataset": _json(to_lkod_dataset(catalog.dataset)),
        "dcat_ap": to_dcat_ap_graph(catalog).serialize(format="turtle"),
    }
    for key, text in texts.items():
        _write(package_dir / DCAT_FILES[key], text)
    return [Path(DCAT_FILES[key]) for key in texts]


def _resources(package_dir: Path) -> list[dict[str, Any]]:
    path = package_dir / "datapackage.json"
    if not path.is_file():
        raise DcatError(
            f"{path}: missing; write the data package before the DCAT records (or pass resources=)"
        )
    return json.loads(path.read_text(encoding="utf-8")).get("resources", [])


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)

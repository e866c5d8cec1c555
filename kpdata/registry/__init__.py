"""The MPSV registry of social services (Registr poskytovatelů sociálních služeb) and service networks.

* :func:`import_registry` streams the national ``rpss.json`` (or a catalogue-shaped sample) into
  ``datasets/registry/<name>/``: ``organizations.csv``, ``services.csv``, side tables and an import report
  listing every MPSV id it could not map (never guessed).
* :func:`network_records` turns ``datasets/sources/<id>/network.yml`` into ``NetworkEntry`` records.
* :func:`registry_records` gives the build every registry and network record to merge.
"""

from __future__ import annotations

from kpdata.registry.importer import build_tables, detect_shape, import_registry
from kpdata.registry.network import NetworkFileError, network_records
from kpdata.registry.report import ImportReport
from kpdata.registry.sources import add_registry, merge_registry, registry_records
from kpdata.registry.store import read_import

__all__ = [
    "ImportReport",
    "NetworkFileError",
    "add_registry",
    "build_tables",
    "detect_shape",
    "import_registry",
    "merge_registry",
    "network_records",
    "read_import",
    "registry_records",
]

"""``schemas/`` generated from the models: Table Schema v2, JSON Schema, JSON-LD context, data dictionary.

:data:`GENERATORS` is the registry: ``(path relative to the checkout, callable returning the text)``.
Adding an output is one line, e.g.::

    GENERATORS.append(("schemas/shacl/kpdata-shapes.ttl", shacl.to_shapes))

:func:`kpdata.schemagen.files.write_schemas` writes them all, :func:`~kpdata.schemagen.files.check_schemas`
compares them with the files on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from kpdata.codelists import codelist_names
from kpdata.models.tables import TABLES
from kpdata.schemagen import context, dictionary, jsonschema, shacl, tableschema
from kpdata.schemagen.render import render_json

__all__ = ["GENERATORS", "MANAGED_DIRS", "Generator", "generate"]

Generator = tuple[str, Callable[[], str]]

# Folders whose every file is generated: a file there that no generator writes is stale.
MANAGED_DIRS: tuple[str, ...] = ("schemas",)


def _json(make: Callable[..., dict], *args: object) -> Callable[[], str]:
    return lambda: render_json(make(*args))


GENERATORS: list[Generator] = [
    *((f"schemas/tables/{name}.json", _json(tableschema.to_table_schema, m)) for name, m in TABLES.items()),
    *(
        (f"schemas/json/{name}.schema.json", _json(jsonschema.to_json_schema, m))
        for name, m in TABLES.items()
    ),
    *(
        (f"schemas/codelists/{name}.json", _json(tableschema.to_codelist_schema, name))
        for name in codelist_names()
    ),
    ("schemas/kpdata.schema.json", _json(jsonschema.to_document_schema)),
    ("schemas/context.jsonld", _json(context.to_context)),
    ("docs/data-dictionary.md", dictionary.to_data_dictionary),
    ("schemas/shacl/kpdata-shapes.ttl", shacl.shapes_turtle),
]


def generate() -> dict[str, str]:
    """Every generated file: relative path -> text (sorted by path)."""
    return {path: make() for path, make in sorted(GENERATORS, key=lambda item: item[0])}

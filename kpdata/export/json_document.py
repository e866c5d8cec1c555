"""``kpdata.json``: the whole release as one JSON document nested per process
(:func:`kpdata.models.nested.to_nested`), with its JSON Schema beside it (``kpdata.schema.json``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from kpdata.export.base import ExportContext
from kpdata.models.base import Record
from kpdata.models.recordset import RecordSet

__all__ = ["JSON_FILE", "JSON_SCHEMA_FILE", "JsonDocumentExporter"]

JSON_FILE = "kpdata.json"
JSON_SCHEMA_FILE = "kpdata.schema.json"


class JsonDocumentExporter:
    """Collects the records, then nests and writes them in one go (keys in model order, UTF-8)."""

    name = "json"

    def __init__(self, out_dir: Path, context: ExportContext) -> None:
        self.out_dir = Path(out_dir)
        self.context = context
        self._records = RecordSet()

    def write(self, table: str, record: Record) -> None:
        if table != "territories":  # reference data: linked by id, not repeated
            self._records.add(record)

    def finalize(self) -> list[Path]:
        from kpdata.models.nested import to_nested

        document = to_nested(self._records, version=self.context.version)
        # pydantic's serializer writes the same text as json.dumps(ensure_ascii=False, indent=1), 3x faster.
        text = document.model_dump_json(indent=1, warnings=False)
        (self.out_dir / JSON_FILE).write_text(text + "\n", encoding="utf-8")
        return [Path(JSON_FILE), *self._copy_schema()]

    def _copy_schema(self) -> list[Path]:
        from kpdata.paths import schemas_dir

        source = schemas_dir() / JSON_SCHEMA_FILE
        if source.is_file():
            shutil.copyfile(source, self.out_dir / JSON_SCHEMA_FILE)
            return [Path(JSON_SCHEMA_FILE)]
        from kpdata.schemagen.jsonschema import to_document_schema
        from kpdata.schemagen.render import render_json

        (self.out_dir / JSON_SCHEMA_FILE).write_text(render_json(to_document_schema()), encoding="utf-8")
        return [Path(JSON_SCHEMA_FILE)]

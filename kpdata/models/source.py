"""Harvested pages: the provenance every extracted fact points to."""

from __future__ import annotations

from datetime import datetime

from kpdata.models.base import Record, TableMeta, column
from kpdata.models.validators import HttpUrl, Slug

__all__ = ["Source"]


class Source(Record):
    """One page snapshot that facts were read from."""

    __table__ = TableMeta(
        name="sources",
        title_cs="Zdroje",
        title_en="Sources",
        description_cs="Stránky, ze kterých byly údaje vytěženy: adresa, čas stažení, otisk SHA-256",
        description_en="Pages the facts were extracted from: URL, retrieval time, SHA-256 digest",
        rdf_class="prov:Entity",
    )

    id: Slug = column(title_cs="Identifikátor", title_en="Identifier")
    source_id: Slug = column(
        title_cs="Zdroj (složka)",
        title_en="Source folder",
        description_cs="Identifikátor zdroje: složka datasets/sources/<id>",
        description_en="Source id: the folder datasets/sources/<id>",
        predicate="kp:sourceFolder",
    )
    url: HttpUrl = column(title_cs="Adresa stránky", title_en="Page URL", predicate="prov:atLocation")
    title: str | None = column(None, title_cs="Název", title_en="Title", predicate="dct:title")
    retrieved_at: datetime | None = column(
        None, title_cs="Staženo", title_en="Retrieved at", predicate="prov:generatedAtTime"
    )
    sha256: str = column(
        title_cs="Otisk SHA-256",
        title_en="SHA-256 digest",
        description_en="Digest of the page bytes as retrieved",
        predicate="kp:sha256",
        pattern=r"^[0-9a-f]{64}$",
    )
    media_type: str | None = column(
        None, title_cs="Typ obsahu", title_en="Media type", predicate="dct:format"
    )
    status: int | None = column(None, title_cs="Stav HTTP", title_en="HTTP status", predicate="kp:httpStatus")

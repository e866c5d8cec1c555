"""Where a fact comes from: a harvested page (with the char span), a hand correction, or reference data."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from kpdata.models.base import Record, column

__all__ = ["PROVENANCE_KINDS", "Fact"]

PROVENANCE_KINDS = ("extracted", "curated", "reference", "registry")


class Fact(Record):
    """A record stated by someone: every row says where it came from."""

    __trailing_fields__ = ("provenance", "source_ref", "span_start", "span_end", "curation_reason")

    provenance: Literal["extracted", "curated", "reference", "registry"] = column(
        title_cs="Původ údaje",
        title_en="Provenance",
        description_cs="extracted = vytěženo ze zdroje; curated = ruční oprava s důvodem; "
        "reference = referenční data (ČSÚ); registry = registr poskytovatelů MPSV",
        description_en="extracted from a source page, curated by hand (with a reason), reference data "
        "(ČSÚ) or the MPSV registry",
        predicate="kp:provenance",
    )
    source_ref: str | None = column(
        None,
        title_cs="Zdroj",
        title_en="Source",
        description_cs="Stránka, ze které údaj pochází (tabulka sources)",
        description_en="The harvested page the fact was read from (sources table)",
        predicate="prov:wasDerivedFrom",
        references="sources",
    )
    span_start: int | None = column(
        None,
        title_cs="Začátek úseku",
        title_en="Span start",
        description_cs="Pozice prvního znaku údaje v textu zdroje",
        description_en="Character offset where the fact starts in the source text",
        ge=0,
    )
    span_end: int | None = column(
        None,
        title_cs="Konec úseku",
        title_en="Span end",
        description_cs="Pozice za posledním znakem údaje v textu zdroje",
        description_en="Character offset just after the fact in the source text",
        ge=0,
    )
    curation_reason: str | None = column(
        None,
        title_cs="Důvod opravy",
        title_en="Curation reason",
        description_cs="Proč byl údaj ručně opraven nebo doplněn",
        description_en="Why the fact was corrected or added by hand",
        predicate="kp:curationReason",
    )

    @model_validator(mode="after")
    def _provenance_is_complete(self):
        if self.provenance == "extracted" and not self.source_ref:
            raise ValueError("an extracted fact needs source_ref (rule 'provenance-source')")
        if self.provenance == "curated" and not self.curation_reason:
            raise ValueError("a curated fact needs curation_reason (rule 'provenance-curated-reason')")
        if (self.span_start is None) != (self.span_end is None):
            raise ValueError("span_start and span_end go together (rule 'provenance-span')")
        if self.span_start is not None and self.span_end < self.span_start:
            raise ValueError(
                f"span {self.span_start}:{self.span_end} ends before it starts (rule 'provenance-span')"
            )
        return self

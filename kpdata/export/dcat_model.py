"""What the DCAT records say, once: the catalogue, the dataset and one distribution per published file.

:func:`describe` gathers it from the export context and the package's resources; the LKOD JSON-LD
(:mod:`kpdata.export.dcat_lkod`) and the DCAT-AP 3.0.1 RDF (:mod:`kpdata.export.dcat_ap`) render it.
Options that depend on where a release is hosted come from ``context.extra``: ``download_base`` (absolute
https URL of the release folder; default ``<base_iri>releases/<version>/``), ``publisher_iri`` (an RPP
IRI of a public body when one publishes the data; default kpdata's own agent IRI), ``contact_email``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpdata.export.base import ExportContext

__all__ = ["EU", "IANA", "TERMS", "CatalogInfo", "DatasetInfo", "DistributionInfo", "describe"]

EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"
PU = "https://data.gov.cz/podmínky-užití/"
TERMS = {
    "no_works": PU + "neobsahuje-autorská-díla/",
    "personal": PU + "obsahuje-osobní-údaje/",
    "no_personal": PU + "neobsahuje-osobní-údaje/",
}
CZECHIA_RUIAN = "https://linked.cuzk.cz/resource/ruian/stat/1"
CZECHIA_EU = EU + "country/CZE"
AUTHOR = {"cs": "přispěvatelé projektu kpdata", "en": "kpdata contributors"}
TITLE = {
    "cs": "Komunitní plánování sociálních služeb v Česku (kpdata)",
    "en": "Community planning of social services in Czechia (kpdata)",
}
DESCRIPTION = {
    "cs": "Procesy komunitního plánování sociálních služeb obcí, ORP a krajů: plány a jejich schválení, "
    "pracovní a koordinační skupiny, osoby ve veřejné roli, poskytovatelé a služby, čísla a zapojení "
    "veřejnosti; každý údaj s odkazem na stránku, ze které pochází.",
    "en": "Community planning of social services by Czech municipalities, ORP districts and regions: plans "
    "and their approvals, working and coordination groups, people in a public role, providers and "
    "services, figures and public participation; every fact linked to the page it was read from.",
}
KEYWORDS = {
    "cs": ["komunitní plánování", "sociální služby", "střednědobý plán", "poskytovatelé sociálních služeb"],
    "en": ["community planning", "social services", "medium-term plan", "social service providers"],
}
# EU data themes with their labels (the authority table's own labels).
THEMES = {
    "SOCI": {"cs": "Populace a společnost", "en": "Population and society"},
    "REGI": {"cs": "Regiony a města", "en": "Regions and cities"},
}
# file name -> (title cs, title en, EU file type, IANA media type, specification it conforms to: an absolute
# URL, or a schema file of the package, named relative to it and listed only when the file is there)
FILE_FORMATS: dict[str, tuple[str, str, str, str, str | None]] = {
    "datapackage.json": (
        "Datový balíček (Frictionless Data Package v2)",
        "Data Package (Frictionless v2)",
        "JSON",
        "application/json",
        "https://datapackage.org/profiles/2.0/datapackage.json",
    ),
    "kpdata.json": (
        "Celý dataset jako JSON",
        "The whole dataset as JSON",
        "JSON",
        "application/json",
        "kpdata.schema.json",
    ),
    "rdf/kpdata.ttl": ("RDF v syntaxi Turtle", "RDF as Turtle", "RDF_TURTLE", "text/turtle", None),
    "rdf/kpdata.nt": (
        "RDF v syntaxi N-Triples",
        "RDF as N-Triples",
        "RDF_N_TRIPLES",
        "application/n-triples",
        None,
    ),
    "rdf/kpdata.jsonld": ("RDF v syntaxi JSON-LD", "RDF as JSON-LD", "JSON_LD", "application/ld+json", None),
}


@dataclass(frozen=True)
class DistributionInfo:
    """One downloadable file."""

    iri: str
    title: dict[str, str]
    url: str
    file_type: str  # EU file-type IRI
    media_type: str  # IANA IRI
    personal: bool
    byte_size: int | None = None
    conforms_to: str | None = None


@dataclass(frozen=True)
class DatasetInfo:
    iri: str
    version: str
    issued: str
    landing_page: str
    publisher: str
    contact_email: str | None
    temporal: tuple[str, str] | None
    distributions: list[DistributionInfo] = field(default_factory=list)


@dataclass(frozen=True)
class CatalogInfo:
    iri: str
    homepage: str
    dataset: DatasetInfo


def describe(package_dir: Path, context: ExportContext, resources: list[dict[str, Any]]) -> CatalogInfo:
    """The catalogue of one package folder (``resources`` as in ``datapackage.json``)."""
    base = context.base_iri
    download = context.extra.get("download_base") or f"{base}releases/{context.version}/"
    dataset_iri = f"{base}dataset"
    personal = context.personal_data and any(_is_personal(r) for r in resources)
    dists = [_csv(dataset_iri, download, r) for r in resources if _is_table_csv(r)]
    dists += [_file(package_dir, dataset_iri, download, name, personal) for name in FILE_FORMATS]
    dataset = DatasetInfo(
        iri=dataset_iri,
        version=context.version,
        issued=context.issued,
        landing_page=base,
        publisher=context.extra.get("publisher_iri") or f"{base}agent/kpdata",
        contact_email=context.extra.get("contact_email"),
        temporal=_temporal(package_dir),
        distributions=[d for d in dists if d is not None],
    )
    return CatalogInfo(iri=f"{base}katalog", homepage=base, dataset=dataset)


def _is_personal(resource: dict[str, Any]) -> bool:
    return bool(resource.get("x-personal-data", resource.get("personal", False)))


def _is_table_csv(resource: dict[str, Any]) -> bool:
    return resource.get("format") == "csv" and str(resource.get("path", "")).startswith("data/")


def _dist_iri(dataset_iri: str, name: str) -> str:
    return f"{dataset_iri}/distribuce/{name}"


def _csv(dataset_iri: str, download: str, resource: dict[str, Any]) -> DistributionInfo:
    name = resource["name"]
    title_cs = resource.get("title", name)
    title_en = resource.get("x-title-en", name)
    return DistributionInfo(
        iri=_dist_iri(dataset_iri, f"csv-{name.replace('_', '-')}"),
        title={"cs": f"{title_cs} (CSV)", "en": f"{title_en} (CSV)"},
        url=download + resource["path"],
        file_type=EU + "file-type/CSV",
        media_type=IANA + "text/csv",
        personal=_is_personal(resource),
        byte_size=resource.get("bytes"),
    )


def _file(package_dir: Path, dataset_iri: str, download: str, name: str, personal: bool):
    path = package_dir / name
    if not path.is_file():
        return None
    title_cs, title_en, file_type, media, spec = FILE_FORMATS[name]
    if spec and not spec.startswith("https://"):
        spec = download + spec if (package_dir / spec).is_file() else None
    slug = name.replace("/", "-").replace(".", "-")
    return DistributionInfo(
        iri=_dist_iri(dataset_iri, slug),
        title={"cs": title_cs, "en": title_en},
        url=download + name,
        file_type=EU + "file-type/" + file_type,
        media_type=IANA + media,
        personal=personal,
        byte_size=path.stat().st_size,
        conforms_to=spec,
    )


def _temporal(package_dir: Path) -> tuple[str, str] | None:
    """The years the plans cover (from ``data/plans.csv``), as whole-year dates; None without plans."""
    path = package_dir / "data" / "plans.csv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    starts = [int(r["period_start"]) for r in rows if r.get("period_start")]
    ends = [int(r["period_end"]) for r in rows if r.get("period_end")]
    if not starts or not ends:
        return None
    return f"{min(starts)}-01-01", f"{max(ends)}-12-31"

"""The catalogue and dataset records in the Czech LKOD form (DCAT-AP-CZ, 2024-05-28 JSON-LD context).

Keys follow the context ``rozhraní-katalogů-otevřených-dat.jsonld``; the records validate against the
interface's JSON Schemas ``katalog.json`` and ``datová-sada.json``. Terms of use (``podmínky_užití``) say
per distribution whether it contains personal data.
"""

from __future__ import annotations

from typing import Any

from kpdata.export.dcat_model import (
    AUTHOR,
    CC_BY,
    CZECHIA_EU,
    CZECHIA_RUIAN,
    DESCRIPTION,
    EU,
    KEYWORDS,
    TERMS,
    THEMES,
    TITLE,
    CatalogInfo,
    DatasetInfo,
    DistributionInfo,
)

__all__ = ["LKOD_CONTEXT", "terms_of_use", "to_lkod_catalog", "to_lkod_dataset"]

LKOD_CONTEXT = (
    "https://ofn.gov.cz/dcat-ap-cz-rozhraní-katalogů-otevřených-dat/2024-05-28/kontexty/"
    "rozhraní-katalogů-otevřených-dat.jsonld"
)


def _contact(dataset: DatasetInfo) -> dict[str, Any]:
    contact: dict[str, Any] = {"typ": "Organizace", "jméno": dict(AUTHOR)}
    if dataset.contact_email:
        contact["e-mail"] = f"mailto:{dataset.contact_email}"
    return contact


def to_lkod_catalog(catalog: CatalogInfo) -> dict[str, Any]:
    """``katalog.jsonld``: the catalogue with its one dataset."""
    return {
        "@context": LKOD_CONTEXT,
        "typ": "Katalog",
        "iri": catalog.iri,
        "název": {"cs": f"Katalog: {TITLE['cs']}", "en": f"Catalogue: {TITLE['en']}"},
        "popis": dict(DESCRIPTION),
        "poskytovatel": catalog.dataset.publisher,
        "kontaktní_bod": _contact(catalog.dataset),
        "domovská_stránka": catalog.homepage,
        "datová_sada": [catalog.dataset.iri],
    }


def to_lkod_dataset(dataset: DatasetInfo) -> dict[str, Any]:
    """``datova-sada.jsonld``: the dataset with one distribution per file."""
    record: dict[str, Any] = {
        "@context": LKOD_CONTEXT,
        "iri": dataset.iri,
        "typ": "Datová sada",
        "název": dict(TITLE),
        "popis": dict(DESCRIPTION),
        "poskytovatel": dataset.publisher,
        "téma": [f"{EU}data-theme/{theme}" for theme in THEMES],
        "periodicita_aktualizace": f"{EU}frequency/IRREG",
        "klíčové_slovo": {lang: list(words) for lang, words in KEYWORDS.items()},
        "geografické_území": [CZECHIA_EU],
        "prvek_rúian": [CZECHIA_RUIAN],
        "kontaktní_bod": _contact(dataset),
        "dokumentace": dataset.landing_page,
    }
    if dataset.temporal:
        start, end = dataset.temporal
        record["časové_pokrytí"] = {"typ": "Časový interval", "začátek": start, "konec": end}
    record["distribuce"] = [_distribution(d) for d in dataset.distributions]
    return record


def terms_of_use(personal: bool) -> dict[str, Any]:
    """Facts are not copyright works; the database is licensed CC BY 4.0; personal data stated honestly."""
    return {
        "typ": "Specifikace podmínek užití",
        "autorské_dílo": TERMS["no_works"],
        "databáze_jako_autorské_dílo": CC_BY,
        "autor_databáze": dict(AUTHOR),
        "databáze_chráněná_zvláštními_právy": CC_BY,
        "osobní_údaje": TERMS["personal"] if personal else TERMS["no_personal"],
    }


def _distribution(dist: DistributionInfo) -> dict[str, Any]:
    record: dict[str, Any] = {
        "iri": dist.iri,
        "typ": "Distribuce",
        "název": dict(dist.title),
        "podmínky_užití": terms_of_use(dist.personal),
        "přístupové_url": dist.url,
        "soubor_ke_stažení": dist.url,
        "formát": dist.file_type,
        "typ_média": dist.media_type,
    }
    if dist.conforms_to:
        record["schéma"] = dist.conforms_to
    return record

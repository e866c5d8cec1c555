"""RDF vocabulary: every namespace and IRI pattern kpdata uses, in one place, as plain strings.

Model fields name their predicate as a CURIE (``"dct:title"``); exporters expand it with
:func:`expand`. No rdflib import here so that models stay light.
"""

from __future__ import annotations

__all__ = [
    "BASE_IRI",
    "LAW_ELI",
    "PREFIXES",
    "RPP_ORGAN_IRI",
    "RUIAN_IRI",
    "expand",
    "resource_iri",
]

BASE_IRI = "https://w3id.org/kpdata/"

PREFIXES: dict[str, str] = {
    "kp": BASE_IRI + "ontology#",
    "kpr": BASE_IRI + "resource/",
    "kpc": BASE_IRI + "codelist/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "dct": "http://purl.org/dc/terms/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "adms": "http://www.w3.org/ns/adms#",
    "locn": "http://www.w3.org/ns/locn#",
    "time": "http://www.w3.org/2006/time#",
    "person": "http://www.w3.org/ns/person#",
    "rov": "http://www.w3.org/ns/regorg#",
    "sh": "http://www.w3.org/ns/shacl#",
}

# Territories by kind -> RÚIAN IRI pattern (filled with the RÚIAN code of the unit).
RUIAN_IRI: dict[str, str] = {
    "obec": "https://linked.cuzk.cz/resource/ruian/obec/{code}",
    "okres": "https://linked.cuzk.cz/resource/ruian/okres/{code}",
    "kraj": "https://linked.cuzk.cz/resource/ruian/vusc/{code}",
    "orp": "https://linked.cuzk.cz/resource/ruian/orp/{code}",
    "mestska_cast": "https://linked.cuzk.cz/resource/ruian/mop-nebo-momc/{code}",
}
RPP_ORGAN_IRI = "https://rpp-opendata.egon.gov.cz/odrpp/zdroj/orgán-veřejné-moci/{ico}"
LAW_ELI = "https://www.e-sbirka.cz/eli/cz/sb/2006/108"


def expand(curie: str) -> str:
    """``"dct:title"`` -> ``"http://purl.org/dc/terms/title"``; full IRIs pass through."""
    prefix, sep, local = curie.partition(":")
    if sep and prefix in PREFIXES:
        return PREFIXES[prefix] + local
    if curie.startswith(("http://", "https://")):
        return curie
    raise ValueError(f"unknown prefix in {curie!r}; known: {', '.join(sorted(PREFIXES))}")


def resource_iri(table: str, record_id: str, *, base: str = BASE_IRI) -> str:
    """The IRI of one record: ``<base>resource/<table>/<id>``."""
    return f"{base}resource/{table}/{record_id}"

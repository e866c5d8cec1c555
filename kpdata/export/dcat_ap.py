"""The same catalogue and dataset as DCAT-AP 3.0.1 RDF (rdflib), checked against the official SHACL shapes.

Every node has an IRI (hash IRIs under the dataset or distribution for the period, contact point and
terms of use), so the Turtle is the same bytes for the same input. Values from EU and IANA vocabularies
are typed as the DCAT-AP range shapes expect (``skos:Concept``, ``dct:Frequency``, ``dct:MediaType``...).
The Czech terms-of-use specification (``pu:``) rides along on each distribution.
"""

from __future__ import annotations

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from kpdata.export.dcat_lkod import terms_of_use
from kpdata.export.dcat_model import (
    AUTHOR,
    CC_BY,
    CZECHIA_EU,
    CZECHIA_RUIAN,
    DESCRIPTION,
    EU,
    KEYWORDS,
    THEMES,
    TITLE,
    CatalogInfo,
    DatasetInfo,
    DistributionInfo,
)

__all__ = ["to_dcat_ap_graph"]

LANGUAGES = ("CES", "ENG")  # the catalogue's records are written in Czech and English
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
PU = Namespace("https://data.gov.cz/slovník/podmínky-užití/")
_PU_KEYS = {
    "autorské_dílo": "autorské-dílo",
    "databáze_jako_autorské_dílo": "databáze-jako-autorské-dílo",
    "databáze_chráněná_zvláštními_právy": "databáze-chráněná-zvláštními-právy",
    "osobní_údaje": "osobní-údaje",
}


def to_dcat_ap_graph(catalog: CatalogInfo) -> Graph:
    """Catalogue, dataset, distributions, publisher and the typed vocabulary values they use."""
    graph = Graph()
    for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("vcard", VCARD), ("pu", PU)):
        graph.bind(prefix, ns)
    ds = catalog.dataset
    cat = URIRef(catalog.iri)
    graph.add((cat, RDF.type, DCAT.Catalog))
    _texts(
        graph,
        cat,
        DCTERMS.title,
        {k: f"Katalog: {v}" if k == "cs" else f"Catalogue: {v}" for k, v in TITLE.items()},
    )
    _texts(graph, cat, DCTERMS.description, DESCRIPTION)
    graph.add((cat, DCTERMS.publisher, _agent(graph, ds.publisher)))
    graph.add((cat, FOAF.homepage, _typed(graph, catalog.homepage, FOAF.Document)))
    graph.add((cat, DCAT.dataset, URIRef(ds.iri)))
    graph.add((cat, DCTERMS.license, _typed(graph, CC_BY, DCTERMS.LicenseDocument)))
    for language in LANGUAGES:
        graph.add(
            (cat, DCTERMS.language, _typed(graph, f"{EU}language/{language}", DCTERMS.LinguisticSystem))
        )
    graph.add((cat, DCTERMS.spatial, _typed(graph, CZECHIA_EU, DCTERMS.Location)))
    _dataset(graph, ds)
    return graph


def _texts(graph: Graph, node: URIRef, predicate: URIRef, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        graph.add((node, predicate, Literal(text, lang=lang)))


def _typed(graph: Graph, iri: str, cls: URIRef) -> URIRef:
    node = URIRef(iri)
    graph.add((node, RDF.type, cls))
    return node


def _agent(graph: Graph, iri: str) -> URIRef:
    node = _typed(graph, iri, FOAF.Agent)
    _texts(graph, node, FOAF.name, AUTHOR)
    return node


def _dataset(graph: Graph, ds: DatasetInfo) -> None:
    node = URIRef(ds.iri)
    graph.add((node, RDF.type, DCAT.Dataset))
    _texts(graph, node, DCTERMS.title, TITLE)
    _texts(graph, node, DCTERMS.description, DESCRIPTION)
    graph.add((node, DCTERMS.publisher, _agent(graph, ds.publisher)))
    graph.add((node, URIRef(f"{DCAT}version"), Literal(ds.version)))
    graph.add((node, DCTERMS.issued, Literal(ds.issued, datatype=XSD.date)))
    graph.add((node, DCAT.landingPage, _typed(graph, ds.landing_page, FOAF.Document)))
    for theme, labels in THEMES.items():
        concept = _typed(graph, f"{EU}data-theme/{theme}", SKOS.Concept)
        _texts(graph, concept, SKOS.prefLabel, labels)
        graph.add((node, DCAT.theme, concept))
    graph.add((node, DCTERMS.accrualPeriodicity, _typed(graph, f"{EU}frequency/IRREG", DCTERMS.Frequency)))
    for lang, words in KEYWORDS.items():
        for word in words:
            graph.add((node, DCAT.keyword, Literal(word, lang=lang)))
    for place in (CZECHIA_RUIAN, CZECHIA_EU):
        graph.add((node, DCTERMS.spatial, _typed(graph, place, DCTERMS.Location)))
    graph.add((node, DCTERMS.language, URIRef(f"{EU}language/CES")))  # the data's own text is Czech
    _temporal(graph, node, ds)
    _contact(graph, node, ds)
    for dist in ds.distributions:
        graph.add((node, DCAT.distribution, _distribution(graph, dist)))


def _temporal(graph: Graph, node: URIRef, ds: DatasetInfo) -> None:
    if not ds.temporal:
        return
    period = _typed(graph, f"{ds.iri}#časové-pokrytí", DCTERMS.PeriodOfTime)
    graph.add((period, DCAT.startDate, Literal(ds.temporal[0], datatype=XSD.date)))
    graph.add((period, DCAT.endDate, Literal(ds.temporal[1], datatype=XSD.date)))
    graph.add((node, DCTERMS.temporal, period))


def _contact(graph: Graph, node: URIRef, ds: DatasetInfo) -> None:
    contact = _typed(graph, f"{ds.iri}#kontaktní-bod", VCARD.Organization)
    graph.add((contact, RDF.type, VCARD.Kind))
    _texts(graph, contact, VCARD.fn, AUTHOR)
    if ds.contact_email:
        graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{ds.contact_email}")))
    graph.add((node, DCAT.contactPoint, contact))


def _distribution(graph: Graph, dist: DistributionInfo) -> URIRef:
    node = _typed(graph, dist.iri, DCAT.Distribution)
    _texts(graph, node, DCTERMS.title, dist.title)
    graph.add((node, DCAT.accessURL, URIRef(dist.url)))
    graph.add((node, DCAT.downloadURL, URIRef(dist.url)))
    graph.add((node, DCTERMS.format, _typed(graph, dist.file_type, DCTERMS.MediaTypeOrExtent)))
    graph.add((node, DCAT.mediaType, _typed(graph, dist.media_type, DCTERMS.MediaType)))
    graph.add((node, DCTERMS.license, _typed(graph, CC_BY, DCTERMS.LicenseDocument)))
    if dist.byte_size is not None:
        graph.add((node, DCAT.byteSize, Literal(dist.byte_size, datatype=XSD.nonNegativeInteger)))
    if dist.conforms_to:
        graph.add((node, DCTERMS.conformsTo, _typed(graph, dist.conforms_to, DCTERMS.Standard)))
    _terms_of_use(graph, node, dist)
    return node


def _terms_of_use(graph: Graph, node: URIRef, dist: DistributionInfo) -> None:
    spec = _typed(graph, f"{dist.iri}#podmínky-užití", PU.Specifikace)
    for key, value in terms_of_use(dist.personal).items():
        if key in _PU_KEYS:
            graph.add((spec, PU[_PU_KEYS[key]], URIRef(value)))
    _texts(graph, spec, PU["autor-databáze"], {"cs": AUTHOR["cs"]})
    graph.add((node, PU.specifikace, spec))

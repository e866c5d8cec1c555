"""RDF export: records -> Turtle, N-Triples and JSON-LD, mapped from the models' field metadata.

>>> from kpdata.export.rdf import RdfExporter, to_rdflib_graph
"""

from kpdata.export.rdf.exporter import RDF_FILES, RdfExporter, ntriples_lines
from kpdata.export.rdf.graph import dataset_triples, to_rdflib_graph
from kpdata.export.rdf.mapping import RecordMapper, territory_iri

__all__ = [
    "RDF_FILES",
    "RdfExporter",
    "RecordMapper",
    "dataset_triples",
    "ntriples_lines",
    "territory_iri",
    "to_rdflib_graph",
]

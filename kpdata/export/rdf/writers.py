"""Streaming text writers for N-Triples, Turtle and expanded JSON-LD from N-Triples terms.

The mapping makes every term once as N-Triples text (``<iri>``, ``"lex"^^<dt>``, ``"text"@cs``). That
text is already valid Turtle, and the escapes N-Triples uses (``\\"``, ``\\\\``, ``\\n``, ``\\r``,
``\\uXXXX``) are JSON string escapes too, so all three formats are written from it with plain string
operations, subject by subject, in the order given: no parse, no in-memory graph.
"""

from __future__ import annotations

import re
from itertools import groupby
from operator import itemgetter

__all__ = ["JsonLdWriter", "TurtleWriter", "group_pairs", "ntriples_block"]

_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def ntriples_block(s: str, pairs: list[tuple[str, str]]) -> list[str]:
    """The N-Triples lines of one subject."""
    head = s + " "
    return [head + p + " " + o + " .\n" for p, o in pairs]


class TurtleWriter:
    """Turtle: one block per subject, prefixed names where the local part is a plain name."""

    def __init__(self, prefixes: dict[str, str]):
        self._namespaces = {v: k for k, v in prefixes.items()}
        self._names: dict[str, str] = {_RDF_TYPE: "a"}
        self.header = "".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(prefixes.items())) + "\n"

    def _abbreviate(self, term: str) -> str:
        """``<iri>`` -> ``prefix:local`` when the IRI's namespace (up to its last / or #) has a prefix."""
        iri = term[1:-1]
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self._namespaces.get(iri[:cut])
        if prefix is not None and _LOCAL.fullmatch(iri, cut):
            return f"{prefix}:{iri[cut:]}"
        return term

    def _name(self, term: str) -> str:
        found = self._names[term] = self._abbreviate(term)
        return found

    def block(self, s: str, pairs: list[tuple[str, str]]) -> str:
        names, name = self._names, self._name
        body = " ;\n    ".join(
            [
                (names.get(p) or name(p)) + " " + (o if o[0] == '"' else names.get(o) or name(o))
                for p, o in pairs
            ]
        )
        return self._abbreviate(s) + " " + body + " .\n"


class JsonLdWriter:
    """Expanded JSON-LD: a top-level array with one node object per subject block."""

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        self.first = True

    def value(self, term: str) -> str:
        """An N-Triples object term as a JSON-LD value object."""
        if term[0] == "<":
            found = self._iris.get(term)
            if found is None:
                found = self._iris[term] = '{"@id":"' + term[1:-1] + '"}'
            return found
        end = term.rindex('"')
        if end == len(term) - 1:
            return '{"@value":' + term + "}"
        if term[end + 1] == "@":
            return '{"@value":' + term[: end + 1] + ',"@language":"' + term[end + 2 :] + '"}'
        return '{"@value":' + term[: end + 1] + ',"@type":"' + term[end + 4 : -1] + '"}'

    def node(self, s: str, pairs: list[tuple[str, str]]) -> str:
        """One node object; ``pairs`` must be grouped by predicate (see :func:`group_pairs`)."""
        keys, value = self._keys, self.value
        props = []
        for p, group in groupby(pairs, key=itemgetter(0)):
            key = keys.get(p) or keys.setdefault(p, '"' + p[1:-1] + '":[')
            props.append(key + ",".join([value(o) for _, o in group]) + "]")
        lead = "[" if self.first else ",\n"
        self.first = False
        return lead + '{"@id":"' + s[1:-1] + '",' + ",".join(props) + "}"

    def end(self) -> str:
        return "[]\n" if self.first else "]\n"


def group_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Unique (predicate, object) pairs, grouped by predicate (stable: objects keep their order)."""
    unique = list(dict.fromkeys(pairs)) if len(set(pairs)) < len(pairs) else pairs
    return sorted(unique, key=itemgetter(0))

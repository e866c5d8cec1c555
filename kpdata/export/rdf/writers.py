"""Streaming text writers for N-Triples, Turtle and expanded JSON-LD from N-Triples terms.

The mapping makes every term once as N-Triples text (``<iri>``, ``"lex"^^<dt>``, ``"text"@cs``). That
text is already valid Turtle, and the escapes N-Triples uses (``\\"``, ``\\\\``, ``\\n``, ``\\r``,
``\\uXXXX``) are JSON string escapes too, so all three formats are written from it with plain string
operations, subject by subject, in the order given: no parse, no in-memory graph.
"""

from __future__ import annotations

import re
from operator import itemgetter

__all__ = ["JsonLdWriter", "TurtleWriter", "group_pairs", "ntriples_block"]

_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def ntriples_block(s: str, pairs: list[tuple[str, str]]) -> str:
    """The N-Triples lines of one subject, as one string."""
    head = s + " "
    return head + (" .\n" + head).join(map(" ".join, pairs)) + " .\n"


class TurtleWriter:
    """Turtle: one block per subject, prefixed names where the local part is a plain name.

    Names are cached: predicates, classes and concepts recur; subjects are remembered because foreign
    keys point back at them (tables come in dependency order)."""

    def __init__(self, prefixes: dict[str, str]):
        self._namespaces = {v: k for k, v in prefixes.items()}
        self._names: dict[str, str] = {_RDF_TYPE: "a"}
        self.header = "".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(prefixes.items())) + "\n"

    def name(self, term: str) -> str:
        """The Turtle form of an IRI term (cached: use for repeated terms, not for subjects)."""
        return self._names.get(term) or self._name(term)

    def abbreviate(self, term: str) -> str:
        """The Turtle form of an IRI term, uncached."""
        return self._abbreviate(term)

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

    def subject(self, term: str) -> tuple[str, str]:
        """A subject's Turtle form (``prefix:local`` or ``<iri>``, remembered) and its JSON-LD ``@id``."""
        short = self._names.get(term) or self._name(term)
        return short, (short[1:-1] if short[0] == "<" else short)

    def block(self, subject: str, pairs: list[tuple[str, str]]) -> str:
        """One subject's Turtle (``subject`` in its Turtle form, see :meth:`subject`)."""
        names, name = self._names, self._name
        body = " ;\n    ".join(
            [
                (names.get(p) or name(p)) + " " + (o if o[0] == '"' else names.get(o) or name(o))
                for p, o in pairs
            ]
        )
        return subject + " " + body + " .\n"


class JsonLdWriter:
    """Compacted JSON-LD: ``{"@context": {prefixes}, "@graph": [...]}``, one node object per subject block,
    IRIs as the Turtle writer's prefixed names (which the context expands back), rdf:type as ``@type``."""

    def __init__(self, turtle: TurtleWriter, prefixes: dict[str, str]):
        self._turtle = turtle
        self._values: dict[str, str] = {}
        self._keys: dict[str, str] = {_RDF_TYPE: '"@type":['}
        self._types: dict[str, str] = {}
        self.first = True
        context = ",".join(f'"{k}":"{v}"' for k, v in sorted(prefixes.items()))
        self.header = '{"@context":{' + context + '},\n"@graph":['

    def _iri(self, term: str) -> str:
        name = self._turtle.name(term)
        return name[1:-1] if name[0] == "<" else name

    def value(self, term: str) -> str:
        """An N-Triples object term as a JSON-LD value (cached: most objects repeat)."""
        found = self._values.get(term)
        if found is None:
            found = self._values[term] = self._value(term)
        return found

    def _value(self, term: str) -> str:
        if term[0] == "<":
            return '{"@id":"' + self._iri(term) + '"}'
        end = term.rindex('"')
        if end == len(term) - 1:
            return '{"@value":' + term + "}"
        if term[end + 1] == "@":
            return '{"@value":' + term[: end + 1] + ',"@language":"' + term[end + 2 :] + '"}'
        return '{"@value":' + term[: end + 1] + ',"@type":"' + self._iri(term[end + 3 :]) + '"}'

    def _key(self, p: str) -> str:
        found = self._keys[p] = '"' + self._iri(p) + '":['
        return found

    def node(self, subject: str, pairs: list[tuple[str, str]]) -> str:
        """One node object for a subject (its ``@id`` from :meth:`TurtleWriter.subject`);
        ``pairs`` must be grouped by predicate (see :func:`group_pairs`)."""
        keys, values, types = self._keys, self._values, self._types
        out = ['{"@id":"', subject, '"']
        prev = None
        for p, o in pairs:
            is_type = p == _RDF_TYPE
            value = (types.get(o) or self._type_value(o)) if is_type else (values.get(o) or self.value(o))
            if p == prev:
                out.append(",")
            else:
                out.append("]," if prev is not None else ",")
                out.append(keys.get(p) or self._key(p))
                prev = p
            out.append(value)
        out.append("]}" if prev is not None else "}")
        lead = "\n" if self.first else ",\n"
        self.first = False
        return lead + "".join(out)

    def _type_value(self, term: str) -> str:
        found = self._types[term] = '"' + self._iri(term) + '"'
        return found

    def end(self) -> str:
        return "]}\n"


def group_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Unique (predicate, object) pairs, grouped by predicate (stable: objects keep their order)."""
    unique = list(dict.fromkeys(pairs)) if len(set(pairs)) < len(pairs) else pairs
    return sorted(unique, key=itemgetter(0))

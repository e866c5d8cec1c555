"""Streaming text writers for N-Triples, Turtle and compacted JSON-LD from N-Triples terms.

The mapping makes every term once as N-Triples text (``<iri>``, ``"lex"^^<dt>``, ``"text"@cs``). That
text is already valid Turtle, and the escapes N-Triples uses (``\\"``, ``\\\\``, ``\\n``, ``\\r``,
``\\uXXXX``) are JSON string escapes too, so all three formats are written from it with plain string
operations, subject by subject, in the order given: no parse, no in-memory graph.
"""

from __future__ import annotations

import re
from operator import itemgetter

__all__ = ["BlockWriter", "JsonLdTerms", "TurtleTerms", "group_pairs", "ntriples_block"]

_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def ntriples_block(s: str, pairs: list[tuple[str, str]]) -> str:
    """The N-Triples lines of one subject, as one string."""
    head = s + " "
    return head + (" .\n" + head).join(map(" ".join, pairs)) + " .\n"


class TurtleTerms:
    """Turtle names of IRI terms: ``prefix:local`` where the local part is a plain name, else ``<iri>``.

    Names are cached: predicates, classes and concepts recur; subjects are remembered because foreign
    keys point back at them (tables come in dependency order)."""

    def __init__(self, prefixes: dict[str, str]):
        self._namespaces = {v: k for k, v in prefixes.items()}
        self.names: dict[str, str] = {_RDF_TYPE: "a"}
        self.header = "".join(f"@prefix {k}: <{v}> .\n" for k, v in sorted(prefixes.items())) + "\n"

    def name(self, term: str) -> str:
        """The Turtle form of an IRI term (cached)."""
        found = self.names.get(term)
        if found is None:
            found = self.names[term] = self._abbreviate(term)
        return found

    def _abbreviate(self, term: str) -> str:
        """``<iri>`` -> ``prefix:local`` when the IRI's namespace (up to its last / or #) has a prefix."""
        iri = term[1:-1]
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self._namespaces.get(iri[:cut])
        if prefix is not None and _LOCAL.fullmatch(iri, cut):
            return f"{prefix}:{iri[cut:]}"
        return term

    def subject(self, term: str) -> tuple[str, str]:
        """A subject's Turtle form and its JSON-LD ``@id`` (a prefixed name or the bare IRI)."""
        short = self.name(term)
        return short, (short[1:-1] if short[0] == "<" else short)


class JsonLdTerms:
    """JSON-LD values of N-Triples object terms, with IRIs as the Turtle prefixed names, which the
    document's ``@context`` (the same prefixes) expands back."""

    def __init__(self, turtle: TurtleTerms, prefixes: dict[str, str]):
        self._turtle = turtle
        self.values: dict[str, str] = {}
        self.types: dict[str, str] = {}
        context = ",".join(f'"{k}":"{v}"' for k, v in sorted(prefixes.items()))
        self.header = '{"@context":{' + context + '},\n"@graph":['

    def iri(self, term: str) -> str:
        """An IRI term as a JSON-LD IRI: a prefixed name or the bare IRI."""
        name = self._turtle.name(term)
        return name[1:-1] if name[0] == "<" else name

    def value(self, term: str) -> str:
        """An object term as a JSON-LD value object (cached: most objects repeat)."""
        found = self.values.get(term)
        if found is None:
            found = self.values[term] = self._value(term)
        return found

    def type_value(self, term: str) -> str:
        """A class IRI as an ``@type`` entry (cached)."""
        found = self.types.get(term)
        if found is None:
            found = self.types[term] = '"' + self.iri(term) + '"'
        return found

    def _value(self, term: str) -> str:
        if term[0] == "<":
            return '{"@id":"' + self.iri(term) + '"}'
        end = term.rindex('"')
        if end == len(term) - 1:
            return '{"@value":' + term + "}"
        if term[end + 1] == "@":
            return '{"@value":' + term[: end + 1] + ',"@language":"' + term[end + 2 :] + '"}'
        return '{"@value":' + term[: end + 1] + ',"@type":"' + self.iri(term[end + 3 :]) + '"}'


class BlockWriter:
    """N-Triples, Turtle and JSON-LD of one subject in one pass over its (predicate, object) pairs.

    Pairs must be grouped by predicate (see :func:`group_pairs`): a repeated predicate becomes a Turtle
    object list (``a foaf:Document, kp:Plan``) and one JSON-LD array."""

    def __init__(self, prefixes: dict[str, str]):
        self.turtle = TurtleTerms(prefixes)
        self.jsonld = JsonLdTerms(self.turtle, prefixes)
        self._predicates: dict[str, tuple[str, str, str, str, bool]] = {}
        self._first = True

    def headers(self) -> tuple[str, str, str]:
        """What each file starts with: (N-Triples, Turtle, JSON-LD)."""
        return "", self.turtle.header, self.jsonld.header

    def footers(self) -> tuple[str, str, str]:
        """What each file ends with."""
        return "", "", "]}\n"

    def _predicate(self, p: str) -> tuple[str, str, str, str, bool]:
        name = self.turtle.name(p)
        key = '"@type":[' if p == _RDF_TYPE else '"' + self.jsonld.iri(p) + '":['
        found = (" " + name + " ", " ;\n    " + name + " ", "," + key, "]," + key, p == _RDF_TYPE)
        self._predicates[p] = found
        return found

    def block(self, s: str, pairs: list[tuple[str, str]]) -> tuple[str, str, str]:
        """(N-Triples, Turtle, JSON-LD) text of one subject (empty strings when it has no pairs)."""
        if not pairs:
            return "", "", ""
        head = s + " "
        nt = head + (" .\n" + head).join(map(" ".join, pairs)) + " .\n"
        ttl_s, json_s = self.turtle.subject(s)
        names, name = self.turtle.names, self.turtle.name
        values, value, types, type_value = (self.jsonld.values, self.jsonld.value, self.jsonld.types,
                                            self.jsonld.type_value)  # fmt: skip
        predicates = self._predicates
        ttl, js = [ttl_s], ["\n" if self._first else ",\n", '{"@id":"', json_s, '"']
        self._first = False
        prev = None
        for p, o in pairs:
            if p == prev:
                ttl.append(", ")
                js.append(",")
            else:
                ttl_first, ttl_next, js_first, js_next, is_type = predicates.get(p) or self._predicate(p)
                ttl.append(ttl_next if prev else ttl_first)
                js.append(js_next if prev else js_first)
                prev = p
            if o[0] == '"':
                ttl.append(o)
                js.append(values.get(o) or value(o))
            else:
                ttl.append(names.get(o) or name(o))
                js.append((types.get(o) or type_value(o)) if is_type else (values.get(o) or value(o)))
        ttl.append(" .\n")
        js.append("]}")
        return nt, "".join(ttl), "".join(js)


def group_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Unique (predicate, object) pairs, grouped by predicate (stable: objects keep their order)."""
    unique = list(dict.fromkeys(pairs)) if len(set(pairs)) < len(pairs) else pairs
    return sorted(unique, key=itemgetter(0))

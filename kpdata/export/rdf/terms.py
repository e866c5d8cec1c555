"""Two ways to make RDF terms from the same mapping: N-Triples text (fast bulk path) and rdflib terms.

Both factories take the same inputs (an IRI string, a lexical form and a datatype IRI, a text and a
language), so the mapping code is written once and both paths give the same triples.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

__all__ = ["LEXICAL", "XSD_STRING", "NtTerms", "RdflibTerms", "lexical", "safe_iri"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

_LITERAL_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_LITERAL_ESCAPES.update({c: f"\\u{c:04X}" for c in range(0x20) if c not in _LITERAL_ESCAPES})
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\]')
_IRI_ESCAPES = {ord(c): f"%{ord(c):02X}" for c in ' <>"{}|\\^`'}
_IRI_ESCAPES.update({c: f"%{c:02X}" for c in range(0x21)})


def safe_iri(text: str) -> str:
    """A web address as an IRI usable in N-Triples and Turtle: characters IRIs forbid are %-encoded."""
    return text.translate(_IRI_ESCAPES)


def _escape(text: str) -> str:
    return text.translate(_LITERAL_ESCAPES) if _NEEDS_ESCAPE.search(text) else text


def _decimal(value: float) -> str:
    text = format(Decimal(repr(value)), "f")
    return text if "." in text else text + ".0"


def _boolean(value: bool) -> str:
    return "true" if value else "false"


def _isoformat(value: Any) -> str:
    return value.isoformat()


# XSD datatype local name -> Python value to lexical form.
LEXICAL: dict[str, Callable[[Any], str]] = {
    "boolean": _boolean,
    "decimal": _decimal,
    "date": _isoformat,
    "dateTime": _isoformat,
}


def lexical(value: Any) -> str:
    """The XSD lexical form of a Python value (booleans lowercase, dates ISO, floats as decimals)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _decimal(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class NtTerms:
    """Terms as N-Triples text: ``<iri>``, ``"lex"^^<datatype>``, ``"text"@cs``."""

    @staticmethod
    def iri(value: str) -> str:
        return f"<{value}>"

    @staticmethod
    def literal(lex: str, datatype: str | None) -> str:
        text = _escape(lex)
        if datatype is None or datatype == XSD_STRING:
            return f'"{text}"'
        return f'"{text}"^^<{datatype}>'

    @staticmethod
    def lang(text: str, language: str) -> str:
        return f'"{_escape(text)}"@{language}'

    @staticmethod
    def iri_fn(prefix: str) -> Callable[[str], str]:
        """``value -> <prefix + value>`` (for values that are already IRI-safe, such as slugs)."""
        head = "<" + prefix
        return lambda v: head + v + ">"

    @staticmethod
    def literal_fn(datatype: str | None, to_lex: Callable[[Any], str]) -> Callable[[Any], str]:
        """``value -> "lexical"^^<datatype>`` (plain for xsd:string)."""
        tail = '"' if datatype is None or datatype == XSD_STRING else f'"^^<{datatype}>'
        return lambda v: '"' + _escape(to_lex(v)) + tail

    @staticmethod
    def lang_fn(language: str) -> Callable[[str], str]:
        tail = '"@' + language
        return lambda v: '"' + _escape(v) + tail


class RdflibTerms:
    """Terms as rdflib objects (the API path; slower, used for small graphs and for comparison)."""

    def __init__(self) -> None:
        from rdflib import Literal, URIRef

        self._literal, self._uri = Literal, URIRef

    def iri(self, value: str):
        return self._uri(value)

    def literal(self, lex: str, datatype: str | None):
        if datatype is None or datatype == XSD_STRING:
            return self._literal(lex)
        return self._literal(lex, datatype=self._uri(datatype))

    def lang(self, text: str, language: str):
        return self._literal(text, lang=language)

    def iri_fn(self, prefix: str) -> Callable[[str], Any]:
        return lambda v: self._uri(prefix + v)

    def literal_fn(self, datatype: str | None, to_lex: Callable[[Any], str]) -> Callable[[Any], Any]:
        return lambda v: self.literal(to_lex(v), datatype)

    def lang_fn(self, language: str) -> Callable[[str], Any]:
        return lambda v: self._literal(v, lang=language)

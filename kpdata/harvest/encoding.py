"""Choosing a page's character encoding: byte-order mark, HTTP header, ``<meta charset>``, then detection.

Czech municipal sites still serve windows-1250 and iso-8859-2, often mislabelled. Two corrections
follow what browsers do: an iso-8859-2 (or latin-1) label on bytes in 0x80–0x9F, which those encodings
use only for control characters, means windows-1250 (windows-1252); and when nothing is declared, the
candidates are scored by how Czech the decoded text looks before a general detector is asked.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["choose_encoding", "decode_body", "meta_charset"]

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_NAMES = {"cp1250": "windows-1250", "cp1252": "windows-1252", "iso8859-2": "iso-8859-2", "utf-8": "utf-8"}
_C1 = re.compile(rb"[\x80-\x9f]")
_CZECH = set("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ")
_UNLIKELY = set("ąľĺŕşţźżőűăŁłÂÃÐ©®»«¤¦§¨°´¸˘˙˝ˇ¬") | {chr(c) for c in range(0x80, 0xA0)}
_CZECH_CANDIDATES = ("windows-1250", "iso-8859-2")


def _canonical(label: str | None) -> str | None:
    """The codec's canonical name (``windows-1250`` …), or None for an unknown label."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("'\"")).name
    except LookupError:
        return None
    return _NAMES.get(name, name)


def _is_utf8_text(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not body.isascii()


def _fix_legacy_label(name: str, body: bytes) -> str:
    if name != "utf-8" and not name.startswith("utf-16") and _is_utf8_text(body):
        return "utf-8"
    if name in ("iso-8859-2", "iso8859-1", "latin-1", "ascii") and _C1.search(body):
        return "windows-1250" if name == "iso-8859-2" else "windows-1252"
    return "windows-1252" if name in ("iso8859-1", "latin-1") else name


def meta_charset(body: bytes) -> str | None:
    """The charset declared in a ``<meta>`` element within the first 4 KiB."""
    match = _META.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def _czech_score(text: str) -> int:
    return sum(ch in _CZECH for ch in text) - 4 * sum(ch in _UNLIKELY for ch in text)


def _detect(body: bytes) -> str:
    if body.isascii() or _is_utf8_text(body):
        return "utf-8"
    scores = {name: _czech_score(body.decode(name, errors="replace")) for name in _CZECH_CANDIDATES}
    best = max(_CZECH_CANDIDATES, key=lambda name: scores[name])
    if scores[best] > 0:
        return best
    from charset_normalizer import from_bytes

    match = from_bytes(body, cp_isolation=["cp1250", "iso8859_2", "cp1252", "utf_8"]).best()
    return _canonical(match.encoding) if match else "windows-1250"


def choose_encoding(body: bytes, *, header_charset: str | None = None) -> str:
    """The encoding to decode ``body`` with (declared labels checked against the bytes)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    for label in (header_charset, meta_charset(body)):
        name = _canonical(label)
        if name is None:
            continue
        name = _fix_legacy_label(name, body)
        try:
            body.decode(name)
            return name
        except UnicodeDecodeError:
            continue
    return _detect(body)


def decode_body(body: bytes, *, header_charset: str | None = None) -> tuple[str, str]:
    """``(text, encoding)``; undecodable bytes become U+FFFD rather than failing the page."""
    encoding = choose_encoding(body, header_charset=header_charset)
    text = body.decode(encoding, errors="replace")
    return text.removeprefix("\ufeff"), encoding

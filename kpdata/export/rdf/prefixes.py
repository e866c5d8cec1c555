"""Prefixes written in Turtle: kpdata's vocabulary, resources under the release's base IRI, RÚIAN, ELI."""

from __future__ import annotations

from kpdata.models.tables import TABLES
from kpdata.vocab import PREFIXES, RUIAN_IRI

__all__ = ["turtle_prefixes"]

_EXTERNAL = {
    "ruian": "https://linked.cuzk.cz/resource/ruian/",
    "eli": "https://www.e-sbirka.cz/eli/",
}


def turtle_prefixes(base: str) -> dict[str, str]:
    """PREFIXES with ``kpr``/``kpc`` moved under ``base`` (a release may use its own base IRI), plus one
    prefix per table (``plans:``) and per RÚIAN kind (``ruian-obec:``) so resources get short names."""
    prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"}
    prefixes.update(kpr=f"{base}resource/", kpc=f"{base}codelist/", **_EXTERNAL)
    prefixes.update({table: f"{base}resource/{table}/" for table in TABLES})
    prefixes.update({f"ruian-{kind}": iri.removesuffix("{code}") for kind, iri in RUIAN_IRI.items()})
    return dict(sorted(prefixes.items()))

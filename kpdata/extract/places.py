"""Territory names read from a page, resolved to the reference (:mod:`kpdata.territory`).

A :class:`Place` is one piece of evidence: the nominative name, the scope the phrase implies (obec, orp,
kraj, mestska_cast, mas, other), the ČSÚ code when the name is unique, a weight and the span it was read
from. Lookups are cached: the same phrase recurs on many pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlparse

from kpdata.extract.text import fold

__all__ = ["Place", "host_labels", "is_place_name", "resolve_host", "resolve_phrase", "resolve_region"]

_BODY_PREFIX = re.compile(r"^(?:(?:dso|mas|mikroregion|region)[ ])+")
_PREFERRED_KIND = {
    "orp": ("orp", "obec"),
    "obec": ("obec",),
    "kraj": ("kraj",),
    "mestska_cast": ("mestska_cast",),
}
_ACCEPTED_KINDS = ("obec", "orp", "kraj", "mestska_cast")
_HOST_NOISE = re.compile(
    r"^(?:www\d?|mu|meu|mestskyurad|urad|web|portal|socialniportal|socialnisluzby|kp|kpss)$"
)
_HOST_AFFIXES = re.compile(r"^(?:mesto|obec|mas|mu|ou)|(?:mesto|city|obec)$")


@dataclass(frozen=True)
class Place:
    """One mention of a territory: ``name`` in the nominative as the reference spells it."""

    name: str
    scope: str
    code: str | None
    weight: float
    span: tuple[int, int] | None
    rule: str
    kind: str | None = None

    @property
    def key(self) -> str:
        """What mentions of one territory share: "MAS Poličsko", "Mikroregion Poličsko", "policsko"."""
        return _key(self.name)


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    return _BODY_PREFIX.sub("", fold(name))


@cache
def _index():
    from kpdata.territory import default_index

    return default_index()


@lru_cache(maxsize=8192)
def _candidates(phrase: str) -> tuple:
    return tuple(t for t in _index().candidates(phrase) if t.kind in _ACCEPTED_KINDS)


def is_place_name(phrase: str) -> bool:
    """Whether ``phrase`` names an obec, ORP, kraj or Prague district in any case ("Moravské Třebové")."""
    return bool(_candidates(phrase))


def _pick(candidates: tuple, scope: str):
    for kind in _PREFERRED_KIND.get(scope, ()):
        for territory in candidates:
            if territory.kind == kind:
                return territory
    return candidates[0]


def _unique_code(candidates: tuple, chosen) -> str | None:
    same = [t for t in candidates if t.kind == chosen.kind and t.name == chosen.name]
    return chosen.csu_code if len(same) == 1 else None


def _prefixes(name: str) -> list[str]:
    """ "Most Kamerál" -> ["Most Kamerál", "Most"]: a name may run into the next capitalised word."""
    words = name.split(" ")
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)]


def resolve_phrase(
    phrase: str, name: str, *, scope: str, weight: float, span: tuple[int, int], rule: str
) -> Place | None:
    """The place ``phrase`` (with its introducing word) or else ``name`` (or its start) denotes."""
    found = _resolved(phrase, name, scope, rule == "located")
    return None if found is None else Place(found[0], scope, found[1], weight, span, rule, kind=found[2])


@lru_cache(maxsize=8192)
def _resolved(phrase: str, name: str, scope: str, located: bool) -> tuple[str, str | None, str] | None:
    """(name, unique code, kind) of the territory a phrase denotes (pages repeat their phrases)."""
    for attempt in [phrase, *_prefixes(name)]:
        found = _candidates(attempt)
        if found:
            chosen = _pick(found, scope)
            if located and chosen.kind not in ("obec", "mestska_cast"):
                return None
            return chosen.name, _unique_code(found, chosen), chosen.kind
    return None


_REGION_SUFFIX = re.compile(r"(?:sk|ck)(?:o|a|u|em)$")
MAX_STEM_REST = 2  # "Klatov|y", "Otrokovic|e", "Polič|ka": the town name beyond the region's stem


@cache
def _orp_names() -> tuple[tuple[str, str], ...]:
    """(folded name, name) of every ORP: regions named "-sko" are named after an ORP's town."""
    return tuple((fold(t.name), t.name) for t in _index() if t.kind == "orp")


def resolve_region(word: str, *, weight: float, span: tuple[int, int], rule: str) -> Place | None:
    """The town a "-sko" region is named after: "Klatovsku" -> Klatovy, "Přešticka" -> Přeštice."""
    town = _region_town(word, rule == "located")
    if town is None:
        return None
    return resolve_phrase(town, town, scope="orp", weight=weight, span=span, rule=rule)


@lru_cache(maxsize=4096)
def _region_town(word: str, located: bool) -> str | None:
    """The phrase a region word resolves through: the word itself, or the one ORP town its stem fits."""
    if _resolved(word, word, "orp", located) is not None:
        return word
    stem = _REGION_SUFFIX.sub("", fold(word))
    if len(stem) < 3:
        return None
    found = {
        name
        for folded, name in _orp_names()
        if folded.startswith(stem) and len(folded) - len(stem) <= MAX_STEM_REST
    }
    return found.pop() if len(found) == 1 else None


@cache
def _by_compact_name() -> dict[str, list]:
    """Folded names without spaces and dashes ("kutnahora") -> territories, for URL hosts."""
    out: dict[str, list] = {}
    for territory in _index():
        if territory.kind in ("obec", "kraj", "mestska_cast"):
            out.setdefault(re.sub(r"[\s-]", "", fold(territory.name)), []).append(territory)
    return out


def host_labels(host: str) -> list[str]:
    """The meaningful labels of a host: "bezbarier.novoborsko.cz" -> ["bezbarier", "novoborsko"]."""
    labels = host.lower().split(".")[:-1]
    return [label for label in labels if label and not _HOST_NOISE.match(label)]


def _host_words(host: str) -> list[str]:
    words = []
    for label in host_labels(host):
        words += [label, *label.split("-")]
    out = []
    for word in words:
        out += [_HOST_AFFIXES.sub("", word), word]
    return [w for w in dict.fromkeys(out) if len(w) >= 3]


def resolve_host(url: str | None, *, weight: float) -> Place | None:
    """The territory a site's host names ("kutnahora.cz", "praha10.cz", "novoborsko.cz"), if any."""
    host = urlparse(url or "").hostname or ""
    words = _host_words(host)
    for word in words:
        found = _by_compact_name().get(word)
        if found:
            chosen = found[0]
            code = chosen.csu_code if len(found) == 1 else None
            return Place(chosen.name, chosen.kind, code, weight, None, "url_host", kind=chosen.kind)
    for word in words:
        if word.endswith(("sko", "cko")):  # a region named after its town: "novoborsko"
            return Place(word.capitalize(), "orp", None, weight, None, "url_host_region")
    return None

"""The territory a page is about, and the level of its planning process (corpus rule 8).

Names are read after phrases that introduce a territory ("ORP Trhové Sviny", "Magistrátu města Opavy",
"MČ Praha 10", "Zastupitelstvo Moravskoslezského kraje", "DSO Mikroregion ...", "v Kladně"), resolved to
the nominative through the territory reference (:mod:`kpdata.territory`), weighed (a mention in the title
counts more, so does the site's host) and the heaviest wins. The host of the URL is evidence, not the
answer: a town's article republished on a village site is about the town.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlparse

from kpdata.extract.document import Document
from kpdata.extract.lexicon import rule_file
from kpdata.extract.model import Evidence, PageExtraction
from kpdata.extract.places import Place, host_labels, resolve_host, resolve_phrase, resolve_region
from kpdata.extract.text import Scanner
from kpdata.extract.textcache import matches_on_lines

__all__ = ["fill_territory", "find_places"]

_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_LOWER = "a-záčďéěíňóřšťúůýž"
_WORD = rf"[{_UPPER}][{_LOWER}]+"
# "Nové Město na Moravě", "Ostrava-Jih", "Brno-sever" (a district's lower-case part), "Praha 10"
NAME = rf"{_WORD}(?:-[{_LOWER}]+\b|(?:-|[ ](?:(?:nad|pod|u|na|v|ve)[ ])?){_WORD}){{0,3}}(?:[ ]\d{{1,2}}\b)?"
_NAME_AT = re.compile(NAME)
_KRAJ_WORD = re.compile("kraj")  # a literal: the engine finds it fast; the adjective is checked around it
_KRAJ_BEFORE = re.compile(rf"(?<!\w)([{_UPPER}][{_LOWER}]+(?:ý|ého|ém|ému|ým)) kraj\w{{0,2}}\b")
_KRAJ_AFTER = re.compile(r"[Kk]raj\w{0,2} Vysočina\b")
# at a line start: "Nové Město na Moravě / text", "VSETÍN - text"
_DATELINE = re.compile(rf"({NAME})[ ]/[ ]|([{_UPPER}]{{3,}}(?:[ -][{_UPPER}]{{2,}}){{0,3}})[ ]-[ ]")
_DATELINE_MARK = re.compile(r"[ ][/-][ ]")  # on every line _DATELINE matches
TITLE_CHARS = 200  # mentions this close to the start are in the page's heading
TITLE_BONUS = 2.0
HOST_WEIGHT = 3.5
DATELINE_WEIGHT = 3.0


@dataclass(frozen=True)
class _Context:
    rule: str
    weight: float
    scope: str
    literal: str | None
    upper: bool = False
    pattern: re.Pattern | None = None


@dataclass(frozen=True)
class _Rules:
    contexts: tuple[_Context, ...]
    any_context: re.Pattern  # the contexts' patterns in order, one group each: the first that matches
    triggers: Scanner
    located: _Context
    located_pattern: Scanner
    region: Scanner
    region_weight: float
    not_regions: frozenset[str]
    legal_form_after: re.Pattern  # "Asistence Děčínsko, z. ú.": the legal forms of the provider rules
    capital: Scanner
    level_cues: dict[str, Scanner]  # \b-led: a Scanner checks the boundary in code (a fast scan)
    mas_hosts: tuple[str, ...]


def _context(c: dict, pattern: str | None = None) -> _Context:
    compiled = re.compile(pattern) if pattern else None
    return _Context(
        c["rule"], float(c["weight"]), c["scope"], c.get("literal"), bool(c.get("upper")), compiled
    )


@cache
def _rules() -> _Rules:
    data = rule_file("territory")
    contexts = tuple(_context(c, rf"(?:{'|'.join(c['before'])})[ ]{{1,2}}") for c in data["contexts"])
    triggers = sorted({t for c in data["contexts"] for t in c["triggers"]}, key=len, reverse=True)
    located = data["located"]
    return _Rules(
        contexts=contexts,
        any_context=re.compile("|".join(f"(?P<c{i}>{c.pattern.pattern})" for i, c in enumerate(contexts))),
        triggers=Scanner("|".join(triggers), not_after="word"),
        located=_context(located),
        located_pattern=Scanner(rf"(?:{located['before']})[ ]{{1,2}}(?=[{_UPPER}])", not_after="word"),
        region=Scanner(data["region_word"]["pattern"], not_after="word"),
        region_weight=float(data["region_word"]["weight"]),
        not_regions=frozenset(data["not_regions"]),
        legal_form_after=re.compile(
            rf",?\s+(?:{'|'.join(rule_file('organisation_forms')['legal_forms'])})(?!\w)"
        ),
        capital=Scanner(data["capital"], not_after="word", anchor_min=2),  # "hl", "MHMP": rare enough
        level_cues={k: Scanner(v, not_after="word") for k, v in data["level_cues_folded"].items()},
        mas_hosts=tuple(data["mas_host_prefixes"]),
    )


def _cue_names(doc: Document):
    """(context, phrase, name match) for each name introduced by a context phrase."""
    rules = _rules()
    for trigger in rules.triggers.finditer(doc.folded):
        first = rules.any_context.match(doc.folded, trigger.start())
        if first is None:  # (most triggers: one match call instead of one per context)
            continue
        for ctx in rules.contexts[int(first.lastgroup[1:]) :]:
            m = ctx.pattern.match(doc.folded, trigger.start())
            if m is None or (ctx.upper and not doc.text[m.start()].isupper()):
                continue
            name = _NAME_AT.match(doc.text, m.end())
            if name:
                yield ctx, doc.text[m.start() : name.end()], name
                break
    for m in rules.located_pattern.finditer(doc.text):
        name = _NAME_AT.match(doc.text, m.end())
        if name:
            yield rules.located, doc.text[m.start() : name.end()], name


def _context_places(doc: Document) -> list[Place]:
    out = []
    resolved: dict[tuple[str, str, str], Place | None] = {}  # a page repeats its phrases
    for ctx, phrase, name in _cue_names(doc):
        span = name.span()
        if ctx.literal:
            out.append(Place(f"{ctx.literal} {name[0]}", ctx.scope, None, ctx.weight, span, ctx.rule))
            continue
        key = (ctx.rule, phrase, name[0])
        if key not in resolved:
            resolved[key] = resolve_phrase(
                phrase, name[0], scope=ctx.scope, weight=ctx.weight, span=span, rule=ctx.rule
            )
        if resolved[key] is not None:
            out.append(dataclasses.replace(resolved[key], span=span))
    return out


def _kraj_places(doc: Document) -> list[Place]:
    out = []
    for word in _KRAJ_WORD.finditer(doc.folded):
        pos = word.start()
        m = _KRAJ_AFTER.match(doc.text, pos) or _KRAJ_BEFORE.search(doc.text, max(0, pos - 40), pos + 12)
        if m is None or not m.start() <= pos < m.end():
            continue
        place = resolve_phrase(m[0], m[0], scope="kraj", weight=2.0, span=(m.start(), m.end()), rule="kraj")
        if place is not None and place.kind == "kraj":
            out.append(place)
    for m in _rules().capital.finditer(doc.text):
        out.append(
            Place("Hlavní město Praha", "kraj", None, 3.0, (m.start(), m.end()), "capital", kind="kraj")
        )
    return out


def _region_words(doc: Document) -> list[re.Match]:
    """ "na Klatovsku", "Přešticka": regions named after their town (not countries or historic lands, nor
    an organisation's name: "Asistence Děčínsko, z. ú.")."""
    return [
        m
        for m in _rules().region.finditer(doc.text)
        if m[0] not in _rules().not_regions and not _rules().legal_form_after.match(doc.text, m.end())
    ]


def _dateline_places(doc: Document) -> list[Place]:
    """ "Nové Město na Moravě / text", "VSETÍN - text": the town a news item is datelined from."""
    out = []
    for m in matches_on_lines(_DATELINE, doc.text, _DATELINE_MARK):
        group = 1 if m[1] else 2
        name = m[group] if group == 1 else m[group].title()
        span = (m.start(group), m.end(group))
        place = resolve_phrase(name, name, scope="obec", weight=DATELINE_WEIGHT, span=span, rule="dateline")
        if place is not None:
            out.append(place)
    return out


def _region_places(doc: Document) -> list[Place]:
    """The region words that name a town's region ("Východiska" names none)."""
    if "region_places" not in doc.memo:
        out = []
        for m in _region_words(doc):
            span = (m.start(), m.end())
            place = resolve_region(m[0], weight=_rules().region_weight, span=span, rule="region_word")
            if place is not None:
                out.append(place)
        doc.memo["region_places"] = out
    return doc.memo["region_places"]


def find_places(doc: Document) -> list[Place]:
    """Every territory the page names, with weight, scope and span, host evidence included."""
    places = _context_places(doc) + _kraj_places(doc) + _region_places(doc) + _dateline_places(doc)
    host = resolve_host(doc.url, weight=HOST_WEIGHT)
    if host is not None:
        places.append(host)
    return places


def _choose(places: list[Place]) -> tuple[str, list[Place]] | None:
    totals: dict[str, float] = {}
    first: dict[str, int] = {}
    for place in places:
        key = place.key
        early = place.span is not None and place.span[0] < TITLE_CHARS and place.rule != "region_word"
        bonus = TITLE_BONUS if early and key not in first else 0.0
        totals[key] = totals.get(key, 0.0) + place.weight + bonus
        first.setdefault(key, place.span[0] if place.span else 10**9)
    if not totals:
        return None
    best = max(totals, key=lambda k: (totals[k], -first[k]))
    return best, [p for p in places if p.key == best]


def _level(doc: Document, chosen: list[Place]) -> str:
    kinds = {p.kind for p in chosen}
    scopes = {p.scope for p in chosen}
    host = urlparse(doc.url or "").hostname or ""
    if "kraj" in kinds:
        return "kraj"
    if "mestska_cast" in kinds:
        return "mestska_cast"
    if any(label.startswith(_rules().mas_hosts) for label in host_labels(host)) or "mas" in scopes:
        return "mas"
    if "other" in scopes:
        return "other"
    cues = _rules().level_cues
    if cues["orp"].search(doc.folded) or "orp" in scopes or _region_places(doc):
        return "orp"
    return "obec"


def fill_territory(doc: Document, page: PageExtraction) -> None:
    """Set municipality (nominative), municipality_code (when unique) and level, with evidence."""
    places = find_places(doc)
    chosen = _choose(places)
    if chosen is None:
        return
    _, mentions = chosen
    best = next((p for p in mentions if p.span), mentions[0])
    page.municipality = best.name
    page.municipality_code = next((p.code for p in mentions if p.code), None)
    if best.span:
        page.evidence.append(
            Evidence(field="municipality", start=best.span[0], end=best.span[1], rule=best.rule)
        )
    page.level = _level(doc, mentions)

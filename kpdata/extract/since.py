"""The year community planning started, only where the page states it.

"plánuje ... metodou komunitního plánování od roku 2003", "probíhá proces komunitního plánování již od roku
2010", "KPSS ... bylo započato v měsíci březnu 2008", "zahájeno v 03/08", "2005 – zahájení komunitního
plánování". The sentence must be about the
planning process (a cue from ``rules/territory.yml``: komunitní plánování, KPSS, plánují ...).
"""

from __future__ import annotations

import re
from functools import cache

from kpdata.extract.document import Document
from kpdata.extract.lexicon import rule_file
from kpdata.extract.model import PageExtraction
from kpdata.extract.text import Scanner

__all__ = ["fill_since_year", "find_since_year"]

_FROM_YEAR = Scanner(
    r"od (?:roku|r\.)(?:[ ]{1,2}|[ ]?\n)((?:19|20)\d{2})(?!\d)", not_after="word"
)  # (a PDF line may break)
_YEAR_THEN_STARTED = Scanner(
    r"v (?:roce|r\.)[ ]{1,2}((?:19|20)\d{2})(?!\d)[^.\n]{0,40}?\b(?:zahajen|zapocat|zapocal|zacal|zahajil)\w{0,2}\b",
    not_after="word",
)
# "platný od roku 2023": when a plan takes effect, not when planning started
_VALIDITY = re.compile(
    r"(?:platn|ucinn|platnost|platit|plati|platil)\w{0,6}[ ]{1,2}$"
)  # "by měl platit od …"
_STARTED = Scanner(
    r"(?:zahajen[oa]?|zapocat[oa]?|zapocal[aoiy]?|zacal[aoiy]?|zahajil[aoiy]?|zahajeni|pustil[aoiy]?)\b[^.\n]{0,60}?"
    r"(?:\b((?:19|20)\d{2})(?!\d)|\b(?:0?[1-9]|1[0-2])/(\d{2})\b)",
    not_after="word",
)


# a timeline line: "2005 – zahájení komunitního plánování"
_YEAR_DASH_STARTED = Scanner(
    r"((?:19|20)\d{2})[ ]{0,2}-[ ]{0,2}(?:zahajeni|zacatek|start)\b", not_after=r"[\w.,/-]"
)


@cache
def _process_cue() -> re.Pattern:
    return re.compile("|".join(rule_file("territory")["process_cues"]))


def find_since_year(doc: Document) -> tuple[int, tuple[int, int], str] | None:
    """``(year, span, rule)`` of the first statement of the process's start, or None."""
    hits = []
    rules = (
        ("since_from_year", _FROM_YEAR),
        ("since_started", _STARTED),
        ("since_year_started", _YEAR_THEN_STARTED),
        ("since_timeline", _YEAR_DASH_STARTED),
    )
    for rule, pattern in rules:
        for m in pattern.finditer(doc.folded):
            if _VALIDITY.search(doc.folded, max(0, m.start() - 20), m.start()):
                continue
            s_start, s_end = doc.sentence_at(m.start())
            if not _process_cue().search(doc.folded, s_start, s_end):
                continue
            group = 1 if m[1] else 2
            year = int(m[group]) if group == 1 else 2000 + int(m[group])
            hits.append((m.start(group), year, (m.start(group), m.end(group)), rule))
    if not hits:
        return None
    _, year, span, rule = min(hits)
    return year, span, rule


def fill_since_year(doc: Document, page: PageExtraction) -> None:
    found = find_since_year(doc)
    if found:
        page.kp_since_year = found[0]
        page.evidence.append(_evidence("kp_since_year", found[1], found[2]))


def _evidence(field: str, span: tuple[int, int], rule: str):
    from kpdata.extract.model import Evidence

    return Evidence(field=field, start=span[0], end=span[1], rule=rule)

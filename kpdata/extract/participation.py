"""Public involvement a page states: questionnaires, comment procedures, public meetings, open groups.

One item per kind: the first sentence with a cue of that kind (``rules/participation.yml``) is the
description; its deadline is the first dated day after "do" / "nejpozději do" / "termín ... do" in the
sentences of that kind, its channel the first channel word among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kpdata.extract.dates import find_dates
from kpdata.extract.document import Document
from kpdata.extract.lexicon import rule_file
from kpdata.extract.model import Participation
from kpdata.extract.regex_prefix import split_alternatives
from kpdata.extract.text import Scanner

__all__ = ["extract_participation"]

MAX_DESCRIPTION = 300


@dataclass(frozen=True)
class _Rules:
    kinds: tuple[tuple[str, Scanner], ...]
    channels: tuple[tuple[Scanner, str], ...]
    deadline_before: re.Pattern


@cache
def _rules() -> _Rules:
    data = rule_file("participation")
    return _Rules(
        kinds=tuple((kind, Scanner(p, not_after="word")) for kind, p in data["kinds"].items()),
        # (a Scanner per channel, its branches' opening \b checked in code: led by \b, the engine would try
        # every position of a long sentence)
        channels=tuple(
            (Scanner(split_alternatives(p), not_after="word"), label) for p, label in data["channels"].items()
        ),
        deadline_before=re.compile(data["deadline_before"]),
    )


def _cues_by_sentence(doc: Document) -> dict[tuple[int, int], tuple[str, re.Match]]:
    """Sentence -> the kind of involvement it states and the cue (the first kind listed wins)."""
    found: dict[tuple[int, int], tuple[int, str, re.Match]] = {}
    for rank, (kind, pattern) in enumerate(_rules().kinds):
        for m in pattern.finditer(doc.folded):
            sentence = doc.sentence_at(m.start())
            if sentence not in found or found[sentence][0] > rank:
                found[sentence] = (rank, kind, m)
    return {sentence: (kind, m) for sentence, (_, kind, m) in found.items()}


def _deadline(doc: Document, start: int, end: int):
    for date in find_dates(doc.text[start:end], folded=doc.folded[start:end]):
        before = doc.folded[max(start, start + date.start - 40) : start + date.start]
        if _rules().deadline_before.search(before):
            return date, start
    return None


def _channel(doc: Document, start: int, end: int) -> tuple[str, re.Match] | None:
    for pattern, label in _rules().channels:
        m = pattern.search(doc.folded, start, end)
        if m:
            return label, m
    return None


def _complete(doc: Document, item: Participation, start: int, end: int) -> None:
    """Fill the deadline and channel of ``item`` from one more sentence of its kind, where still empty."""
    if item.deadline is None and (found := _deadline(doc, start, end)):
        date, offset = found
        item.deadline = date.iso
        if date.iso:
            item.cite("deadline", offset + date.start, offset + date.end, "participation_deadline")
    if item.channel is None and (channel := _channel(doc, start, end)):
        item.channel = channel[0]
        item.cite("channel", channel[1].start(), channel[1].end(), "participation_channel")


def extract_participation(doc: Document) -> list[Participation]:
    """One item per kind of involvement the page states, in order of first mention."""
    items: dict[str, Participation] = {}
    for (start, end), (kind, cue) in sorted(_cues_by_sentence(doc).items()):
        if kind not in items:
            lo, hi = start, min(end, start + MAX_DESCRIPTION)
            item = Participation(kind=kind, description=" ".join(doc.text[lo:hi].split()))
            item.cite("kind", cue.start(), cue.end(), f"participation:{kind}")
            item.cite("description", lo, hi, f"participation:{kind}")
            items[kind] = item
        _complete(doc, items[kind], start, end)
    return list(items.values())

"""Reading a phrase that names a territory: which words are the name, and which kind the words around say.

"v okrese Opava" reads as the name "opava" with the hint *okres*; "Městská část Praha 7" as "praha 7"
with the hint *mestska_cast*. Kind words are tried both stripped and kept, because some are part of
real names ("Město Albrechtice"); each reading counts how many words it stripped.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpdata.territory.morphology import rules
from kpdata.territory.text import words, written_words

__all__ = ["Reading", "readings"]


@dataclass(frozen=True)
class Reading:
    """One way to read a phrase: the name's words, the kinds it may denote (None: any), words stripped."""

    words: tuple[str, ...]
    written: tuple[str, ...]  # the same words, lower case, diacritics kept
    kinds: frozenset[str] | None = None
    stripped: int = 0


def _prepositions_at_start(found: tuple[str, ...]) -> int:
    prepositions = rules().phrase_prepositions
    count = 0
    while len(found) - count > 1 and found[count] in prepositions:
        count += 1
    return count


def _kind_at(found: tuple[str, ...], *, suffix: bool) -> tuple[str, int] | None:
    """The longest kind word sequence at the start (or end) of ``found``: (kind, its length)."""
    table = rules().kind_suffixes if suffix else rules().kind_prefixes
    for sequence, kind in table.get(found[-1] if suffix else found[0], ()):
        part = found[-len(sequence) :] if suffix else found[: len(sequence)]
        if len(sequence) < len(found) and part == sequence:
            return kind, len(sequence)
    return None


def _narrow(kinds: frozenset[str] | None, kind: str) -> frozenset[str]:
    return frozenset({kind}) if kinds is None else kinds & {kind}


def _expand(reading: Reading) -> list[Reading]:
    """Readings with one more kind word stripped from the front or the back."""
    out = []
    for suffix in (False, True):
        found = _kind_at(reading.words, suffix=suffix)
        if not found:
            continue
        kind, size = found
        if suffix:
            start, end = 0, len(reading.words) - size
        else:
            start, end = size + _prepositions_at_start(reading.words[size:]), len(reading.words)
        kinds = _narrow(reading.kinds, kind)
        part = Reading(reading.words[start:end], reading.written[start:end], kinds, reading.stripped + size)
        out.append(part)
    return out


def readings(phrase: str) -> list[Reading]:
    """Every reading of ``phrase``, the one that keeps all words first."""
    folded, written = words(phrase), written_words(phrase)
    skip = _prepositions_at_start(folded)
    start = Reading(folded[skip:], written[skip:])
    if not start.words:
        return []
    found, queue = [start], [start]
    while queue:
        for reading in _expand(queue.pop()):
            if reading not in found and reading.words:
                found.append(reading)
                queue.append(reading)
    return found

"""Reading a phrase that names a territory: which words are the name, and which kind the words around say.

"v okrese Opava" reads as the name "opava" with the hint *okres*; "Městská část Praha 7" as "praha 7"
with the hint *mestska_cast*. Kind words are tried both stripped and kept, because some are part of
real names ("Město Albrechtice"); each reading counts how many words it stripped.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpdata.territory.morphology import rules
from kpdata.territory.text import words

__all__ = ["Reading", "readings"]


@dataclass(frozen=True)
class Reading:
    """One way to read a phrase: the name's words, the kinds it may denote (None: any), words stripped."""

    words: tuple[str, ...]
    kinds: frozenset[str] | None = None
    stripped: int = 0


def _strip_prepositions(found: tuple[str, ...]) -> tuple[str, ...]:
    prepositions = rules().phrase_prepositions
    while len(found) > 1 and found[0] in prepositions:
        found = found[1:]
    return found


def _kind_at(found: tuple[str, ...], *, suffix: bool) -> tuple[str, int] | None:
    """The kind word sequence at the start (or end) of ``found``: (kind, its length)."""
    table = rules().kind_suffixes if suffix else rules().kind_prefixes
    best: tuple[str, int] | None = None
    for kind, sequences in table.items():
        for sequence in sequences:
            part = found[-len(sequence) :] if suffix else found[: len(sequence)]
            if len(sequence) < len(found) and part == sequence and (not best or len(sequence) > best[1]):
                best = (kind, len(sequence))
    return best


def _narrow(kinds: frozenset[str] | None, kind: str) -> frozenset[str]:
    return frozenset({kind}) if kinds is None else kinds & {kind}


def _expand(reading: Reading) -> list[Reading]:
    """Readings with one more kind word stripped from the front or the back."""
    out = []
    for suffix in (False, True):
        found = _kind_at(reading.words, suffix=suffix)
        if found:
            kind, size = found
            rest = reading.words[:-size] if suffix else _strip_prepositions(reading.words[size:])
            out.append(Reading(rest, _narrow(reading.kinds, kind), reading.stripped + size))
    return out


def readings(phrase: str) -> list[Reading]:
    """Every reading of ``phrase``, the one that keeps all words first."""
    start = Reading(_strip_prepositions(words(phrase)))
    if not start.words:
        return []
    found, queue = [start], [start]
    while queue:
        for reading in _expand(queue.pop()):
            if reading not in found and reading.words:
                found.append(reading)
                queue.append(reading)
    return found

"""Czech morphology of place names, driven by the suffix tables in ``morphology.toml``.

Two directions: from a word of a phrase back to the nominative words it may come from
(:func:`nominatives`, "Opavě" -> "opava"), and from a name forward to the stems of the adjectives
formed from it (:func:`adjective_stems`, "Český Brod" -> "ceskobrodsk"). A word of a phrase that is an
adjective gives its stem by :func:`adjective_stem` ("českobrodského" -> "ceskobrodsk"). All strings
are folded (see :mod:`kpdata.territory.text`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from kpdata.territory.text import fold

__all__ = ["Rules", "adjective_stem", "adjective_stems", "nominatives", "rules"]

RULES_FILE = Path(__file__).with_name("morphology.toml")
Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Rules:
    """The suffix tables, folded."""

    case_endings: Pairs
    adjective_endings: tuple[str, ...]
    adjective_stem_changes: Pairs
    adjective_formation: Pairs
    compound_first: Pairs
    name_prepositions: frozenset[str]
    phrase_prepositions: frozenset[str]
    kind_prefixes: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> (word sequence, kind)
    kind_suffixes: dict[str, list[tuple[tuple[str, ...], str]]]  # last word -> (word sequence, kind)


def _pairs(items: list[list[str]]) -> Pairs:
    return tuple((fold(a) if a else "", fold(b) if b else "") for a, b in items)


def _kind_words(kinds: dict[str, dict[str, list[str]]], side: str) -> dict[str, list]:
    """Kind word sequences by their first (prefix) or last (suffix) word, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, lists in kinds.items():
        for item in lists[side]:
            sequence = tuple(fold(item).split())
            table.setdefault(sequence[0] if side == "prefix" else sequence[-1], []).append((sequence, kind))
    return {word: sorted(found, key=lambda entry: -len(entry[0])) for word, found in table.items()}


@cache
def rules() -> Rules:
    """The rules of ``morphology.toml``, loaded once."""
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    adjectives, phrases = data["adjectives"], data["phrases"]
    kinds = phrases["kind_words"]
    return Rules(
        case_endings=_pairs(data["cases"]["endings"]),
        adjective_endings=tuple(sorted({fold(e) for e in adjectives["endings"]}, key=len, reverse=True)),
        adjective_stem_changes=_pairs(adjectives["stem_changes"]),
        adjective_formation=_pairs(adjectives["formation"]),
        compound_first=_pairs(adjectives["compound_first"]),
        name_prepositions=frozenset(fold(p) for p in data["name_parts"]["prepositions"]),
        phrase_prepositions=frozenset(fold(p) for p in phrases["prepositions"]),
        kind_prefixes=_kind_words(kinds, "prefix"),
        kind_suffixes=_kind_words(kinds, "suffix"),
    )


@cache
def _by_ending(pairs: Pairs) -> tuple[dict[str, tuple[str, ...]], int]:
    """Replacements by ending, and the longest ending."""
    table: dict[str, list[str]] = {}
    for ending, replacement in pairs:
        table.setdefault(ending, []).append(replacement)
    return {ending: tuple(found) for ending, found in table.items()}, max(len(e) for e, _ in pairs)


def _rewrite(word: str, pairs: Pairs, *, min_stem: int) -> set[str]:
    """``word`` with each matching ending replaced; the remaining stem keeps at least ``min_stem`` chars."""
    table, longest = _by_ending(pairs)
    out = set()
    for cut in range(max(min_stem, len(word) - longest), len(word) + 1):
        for replacement in table.get(word[cut:], ()):
            out.add(word[:cut] + replacement)
    return out


def nominatives(word: str) -> set[str]:
    """Words whose inflected form ``word`` may be, including ``word`` itself (digits stay as they are)."""
    if not word.isalpha():
        return {word}
    return _rewrite(word, rules().case_endings, min_stem=1) | {word}


def adjective_stem(word: str) -> str | None:
    """The stem of an adjective form of a place ("opavskeho" -> "opavsk"), or None if it is not one."""
    r = rules()
    for ending, stem_end in r.adjective_stem_changes:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + stem_end
    for ending in r.adjective_endings:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) > 2 and stem.endswith(("sk", "ck")):
            return stem
    return None


def _head(name_words: tuple[str, ...]) -> tuple[str, ...]:
    """The words an adjective is formed from: those before a preposition ("usti nad labem" -> "usti")."""
    prepositions = rules().name_prepositions
    for position in range(1, len(name_words)):
        if name_words[position] in prepositions:
            return name_words[:position]
    return name_words


@lru_cache(maxsize=16384)
def _stems(word: str) -> frozenset[str]:
    return frozenset(_rewrite(word, rules().adjective_formation, min_stem=1))


def adjective_stems(name_words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Adjective keys of a name: ``("opavsk",)``, ``("ceskobrodsk",)``, ``("frydecko", "misteck")``."""
    head = _head(name_words)
    if len(head) == 1:
        return {(stem,) for stem in _stems(head[0])} if head[0].isalpha() else set()
    if len(head) != 2 or not (head[0].isalpha() and head[1].isalpha()):
        return set()
    first, last = head
    prefixes = _rewrite(first, rules().compound_first, min_stem=2) | {s + "o" for s in _stems(first)}
    keys = {(prefix + stem,) for prefix in prefixes for stem in _stems(last)}
    keys |= {(prefix, stem) for prefix in prefixes for stem in _stems(last)}
    keys |= {(last + stem,) for stem in _stems(first)}  # Hradec Králové -> královéhradecký
    return keys

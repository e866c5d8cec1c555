"""A plan's title as a title: the head phrase in the nominative, clause fragments and bare generic
mentions dropped.

Pages name a plan inside sentences, so the words read as its title come in whatever case the sentence
needs ("schválení Komunitního plánu …", "v komunitním plánu …"). Czech declension of the few head words
of plan titles is regular, so the head is put back in the nominative by a suffix table; the rest of the
title (genitive modifiers, the period) is left as written.
"""

from __future__ import annotations

import re

__all__ = ["title_of_plan"]

# Inflected head words -> nominative, per head-word stem (lower case; the original letter case is kept).
_HEAD_FORMS: dict[str, tuple[str, ...]] = {
    "komunitní": ("komunitního", "komunitnímu", "komunitním"),
    "střednědobý": ("střednědobého", "střednědobému", "střednědobém", "střednědobým"),
    "aktualizovaný": ("aktualizovaného", "aktualizovanému", "aktualizovaném", "aktualizovaným"),
    "akční": ("akčního", "akčnímu", "akčním"),
    "plán": ("plánu", "plánem"),
}
_NOMINATIVE = {form: nom for nom, forms in _HEAD_FORMS.items() for form in forms}
_ADJECTIVES = {"komunitní", "střednědobý", "aktualizovaný", "akční"}
# A clause, not a name: "Plán byl zpracován …", "plán se týkal …", "dokument platný pro …".
_CLAUSE = re.compile(r"\b(?:byl[aoy]?|bude|je|jsou|se|platný|platná|zpracován[aoy]?)\b", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-ZČŘŠŽÝÁÍÉ]{3,}\b")
# A comma before a lower-case word starts a relative or participle clause: ", který …", ", platný …".
_CLAUSE_COMMA = re.compile(r",\s+(?=[a-záčďéěíňóřšťúůýž])")


def _with_case_of(word: str, replacement: str) -> str:
    if word.isupper():
        return replacement.upper()
    if word[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _nominative_head(words: list[str]) -> list[str]:
    out = list(words)
    for i, word in enumerate(words[:3]):
        nominative = _NOMINATIVE.get(word.rstrip(",;:").casefold())
        if nominative is None:
            break
        out[i] = _with_case_of(word, nominative)
    return out


def title_of_plan(raw: str) -> str | None:
    """``"Komunitního plánu sociálních služeb města X na období 2020-2022"`` ->
    ``"Komunitní plán sociálních služeb města X na období 2020-2022"``; ``"komunitní plán"`` or
    ``"Plán byl zpracován pro období 2009 - 2011"`` -> None."""
    words = _CLAUSE_COMMA.split(raw.strip().strip("\"'„“”»«"), maxsplit=1)[0].split()
    if not words or _CLAUSE.search(" ".join(words)):
        return None
    words = _nominative_head(words)
    first = words[0].casefold()
    named = _ACRONYM.match(words[0]) or (first in _ADJECTIVES and len(words) > 2)
    if not named:
        return None
    title = " ".join(words)
    return title[:1].upper() + title[1:]

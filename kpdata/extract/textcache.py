"""Normalised and folded forms of the page text, computed once per text and shared by the extractors of
people, contacts, groups and providers (each is called with the same page text, and hands the normalised
text on to the finders it uses)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import wraps
from typing import TypeVar

from kpdata.extract.text import fold, normalise, starts_of

__all__ = [
    "folded",
    "line_end",
    "line_start",
    "lines_after",
    "matches_from_words",
    "matches_on_lines",
    "normalised",
    "per_text",
    "share_forms",
]

T = TypeVar("T")
_SIZE = 8
_MIN_CACHED = 400
_NORMALISED: dict[str, str] = {}
_FOLDED: dict[str, str] = {}


def _remember(cache: dict[str, str], key: str, value: str) -> None:
    if len(cache) >= _SIZE:
        cache.pop(next(iter(cache)))
    cache[key] = value


def normalised(text: str) -> str:
    """``normalise(text)``, remembered for the last few page-sized texts (and for its own result, a fixed
    point); a short text (a line, a name) is normalised each time, so it never pushes a page out."""
    if len(text) < _MIN_CACHED:
        return normalise(text)
    hit = _NORMALISED.get(text)
    if hit is None:
        hit = normalise(text)
        _remember(_NORMALISED, text, hit)
        _remember(_NORMALISED, hit, hit)
    return hit


def folded(text: str) -> str:
    """``fold(normalise(text))``: lower case, no accents, plain spaces and dashes; same length as ``text``."""
    norm = normalised(text)
    if len(norm) < _MIN_CACHED:
        return fold(norm)
    hit = _FOLDED.get(norm)
    if hit is None:
        hit = fold(norm)
        _remember(_FOLDED, norm, hit)
    return hit


def share_forms(text: str, normalised_text: str, folded_text: str) -> None:
    """Tell the cache the forms of a page computed elsewhere (a Document has them already)."""
    if len(text) >= _MIN_CACHED:
        _remember(_NORMALISED, text, normalised_text)
        _remember(_NORMALISED, normalised_text, normalised_text)
        _remember(_FOLDED, normalised_text, folded_text)


def per_text(func: Callable[[str], T]) -> Callable[[str], T]:
    """Remember ``func(text)`` for the last few page-sized texts (results are shared: treat them as
    read-only). Short texts (a line, a cell) are computed each time."""
    cache: dict[str, T] = {}

    @wraps(func)
    def wrapper(text: str) -> T:
        if len(text) < _MIN_CACHED:
            return func(text)
        if text not in cache:
            if len(cache) >= _SIZE:
                cache.pop(next(iter(cache)))
            cache[text] = func(text)
        return cache[text]

    return wrapper


def line_start(text: str, pos: int, *, reach: int = 400) -> int:
    """Start of the line holding ``pos``, looking back at most ``reach`` characters (linear time on
    texts without line breaks)."""
    lo = max(0, pos - reach)
    found = text.rfind("\n", lo, pos)
    return found + 1 if found >= 0 else lo


def line_end(text: str, pos: int, *, reach: int = 400) -> int:
    """End of the line holding ``pos`` (its newline or the end of the text), at most ``reach`` on."""
    hi = min(len(text), pos + reach)
    found = text.find("\n", pos, hi)
    return found if found >= 0 else hi


def lines_after(text: str, pos: int, *, reach: int = 4000) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line after the line holding ``pos``, up to ``reach`` characters
    on; the caller stops when a line no longer belongs to what it reads."""
    limit = min(len(text), pos + reach)
    nl = text.find("\n", pos, limit)
    while nl >= 0:
        start = nl + 1
        nl = text.find("\n", start, limit)
        end = limit if nl < 0 else nl
        if text[start:end].strip():
            yield start, end


Keyword = re.Pattern[str] | tuple[str, ...]


def _keyword_starts(text: str, keyword: Keyword) -> Iterator[int]:
    """Where ``keyword`` occurs in ``text``, in order: a pattern's matches, or the words of a tuple in the
    folded text (lower case, no accents: where a case-insensitive pattern matches), found with str.find."""
    if isinstance(keyword, re.Pattern):
        return (hit.start() for hit in keyword.finditer(text))
    return iter(starts_of(folded(text), keyword))


def matches_on_lines(pattern: re.Pattern[str], text: str, keyword: Keyword) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches only from a line start (``(?m)^...``) and holds
    ``keyword`` on its first line, tried only on the lines where ``keyword`` occurs.

    Such patterns ("a line that mentions providers and ends in a colon") are tried by the regex engine at
    every line start; finding the keyword first is several times faster on a long page."""
    allowed = 0  # a match may start here or later (past the lines tried and the matches found)
    line_at = scanned = 0
    for hit in _keyword_starts(text, keyword):
        nl = text.rfind("\n", scanned, hit)
        if nl >= 0:
            line_at = nl + 1
        scanned = hit
        if line_at < allowed:
            continue
        m = pattern.match(text, line_at)
        allowed = line_at + 1
        if m is not None:
            allowed = max(allowed, m.end())
            yield m


def matches_from_words(
    pattern: re.Pattern[str], text: str, words: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with one of ``words`` as folded
    (``(?i)pracovní\\w* skupin...`` opens with "pracovn"): tried only where one occurs. A case-insensitive
    pattern is scanned slowly by the regex engine; the words are found with str.find."""
    end = 0
    for at in _keyword_starts(text, words):
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()

"""Documents a page names: link titles ("Zápis z jednání ...", "Akční plán na rok 2022"), document URLs,
and plans and action plans stated with a period.

A title line is a short line that names a document kind (``rules/documents.yml``) and does not end a
sentence; a plan or action-plan mention with a period gives its title from the head to the period.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from kpdata.extract.document import Document
from kpdata.extract.lexicon import rule_file
from kpdata.extract.mentions import find_mentions
from kpdata.extract.model import DocumentRef
from kpdata.extract.regex_prefix import required_prefixes
from kpdata.extract.text import WHITESPACE, Line, Scanner, fold, iter_lines

__all__ = ["extract_documents"]

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_CONTACT = re.compile(r"@|\btel\.|\btelefon|\+420|\d{3}[ ]\d{3}[ ]\d{3}")
_CRUMB = re.compile(r" [\"»>|/] ")
_BULLET_LEAD = WHITESPACE + "-•*·|>"  # stripped off a title line's start ...
_TITLE_TAIL = WHITESPACE + "|:"  # ... and end


@dataclass(frozen=True)
class _Rules:
    kinds: tuple[tuple[str, Scanner], ...]
    any_kind: re.Pattern  # every kind's pattern in one: a line it misses names no kind
    openings: tuple[str, ...] | None  # every kind's matches open with one of these words
    max_line: int
    generic: frozenset[str]
    url: re.Pattern
    document_url: re.Pattern


@cache
def _rules() -> _Rules:
    data = rule_file("documents")
    kinds = tuple((kind, Scanner(p, not_after="word")) for kind, p in data["kinds"].items())
    return _Rules(
        kinds=kinds,
        any_kind=re.compile("|".join(f"(?:{scanner.regex.pattern})" for _, scanner in kinds)),
        openings=_openings([scanner.source for _, scanner in kinds]),
        max_line=int(data["max_title_line"]),
        generic=frozenset(data["generic_titles"]),
        url=re.compile(data["url"]),
        document_url=re.compile(data["document_url"]),
    )


def _openings(patterns: list[str]) -> tuple[str, ...] | None:
    found = [required_prefixes(p, min_length=1) for p in patterns]
    return None if any(f is None for f in found) else tuple(sorted({w for f in found for w in f or ()}))


def _opening_spans(doc: Document) -> list[tuple[int, int]] | None:
    """Where the page holds a word some document kind opens with (sorted), or None when a kind's pattern
    does not show its opening words: a line without one names no kind, whatever its context."""
    words = _rules().openings
    if words is None:
        return None
    spans = []
    find = doc.folded.find
    for word in words:
        at = find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = find(word, at + 1)
    return sorted(spans)


def _lines_holding(text: str, spans: list[tuple[int, int]]) -> Iterator[Line]:
    """The lines of ``text`` that hold a start of ``spans`` (sorted, of words: none starts at a line
    break), each once, in order."""
    line_end = -1
    for start, _ in spans:
        if start <= line_end:
            continue
        line_start = text.rfind("\n", line_end + 1, start) + 1 or line_end + 1
        found = text.find("\n", start)
        line_end = len(text) if found < 0 else found
        yield Line(line_start, line_end, text[line_start:line_end])


def _holds_opening(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (start, start))
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] <= end:
            return True
        i += 1
    return False


def _kind(folded_title: str) -> str | None:
    """The first kind (in rule order) named in ``folded_title``; one combined search rules most lines out."""
    rules = _rules()
    if not rules.any_kind.search(folded_title):
        return None
    return next((kind for kind, pattern in rules.kinds if pattern.search(folded_title)), None)


class _Found(NamedTuple):
    """A document named at ``text[start:end]``; made a DocumentRef only if it survives de-duplication."""

    title: str
    kind: str | None
    start: int
    end: int
    rule: str
    url: str | None = None


def _ref(found: _Found) -> DocumentRef:
    year = _YEAR.search(found.title)
    ref = DocumentRef(title=found.title, kind=found.kind, url=found.url, year=int(year[1]) if year else None)
    ref.cite("title", found.start, found.end, found.rule)
    return ref


def _title_lines(doc: Document) -> list[_Found]:
    out = []
    openings = _opening_spans(doc)
    lines = iter_lines(doc.text) if openings is None else _lines_holding(doc.text, openings)
    for line in lines:
        if line.end - line.start > _rules().max_line + 20:
            continue
        stripped = line.text.lstrip(_BULLET_LEAD).rstrip(_TITLE_TAIL)
        if not stripped or len(stripped) > _rules().max_line or stripped.endswith((".", "?", "!", ",")):
            continue
        if len(_CRUMB.findall(stripped)) >= 2 or _CONTACT.search(stripped):  # navigation, a contact line
            continue
        start = line.start + line.text.find(stripped)
        if openings is not None and not _holds_opening(openings, start, start + len(stripped)):
            continue  # (the cheap test first: most lines name no document)
        folded = doc.folded[start : start + len(stripped)]
        kind = _kind(folded)
        if kind is None or folded in _rules().generic or len(stripped.split()) < 2:
            continue
        out.append(_Found(stripped, kind, start, start + len(stripped), "document_title_line"))
    return out


def _dated_mentions(doc: Document) -> list[_Found]:
    out = []
    for m in find_mentions(doc):
        if m.period is None or m.head.kind not in ("plan", "action_plan", "report"):
            continue
        start, end = m.head.start, m.period.end
        title = " ".join(doc.text[start:end].split())
        out.append(_Found(title, "plan" if m.head.kind == "plan" else m.head.kind, start, end, m.head.rule))
    return out


def _urls(doc: Document) -> list[_Found]:
    out = []
    for m in _rules().url.finditer(doc.text):
        url = m[0].rstrip(".,;)")
        if _rules().document_url.search(url.lower()):
            out.append(_Found(url, "other", m.start(), m.start() + len(url), "document_url", url=url))
    return out


def extract_documents(doc: Document) -> list[DocumentRef]:
    """Named documents in order of position, each title once."""
    found = sorted(_title_lines(doc) + _dated_mentions(doc) + _urls(doc), key=lambda d: d.start)
    out: dict[str, _Found] = {}
    keys: dict[str, str] = {}  # title -> its folded, space-normalised key (pages repeat their titles)
    covered_to = -1  # a plan named inside a link title is that title's document
    for item in found:
        if item.end <= covered_to:
            continue
        covered_to = max(covered_to, item.end)
        if item.title not in keys:
            keys[item.title] = " ".join(fold(item.title).split())
        out.setdefault(keys[item.title], item)
    return [_ref(item) for item in out.values()]

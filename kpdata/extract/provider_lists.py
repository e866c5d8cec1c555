"""Provider names given as lists: bullets under a "poskytovatelé:" line, and parenthesised lists after a
service word ("terénních služeb (Spolek A, Domov B)")."""

from __future__ import annotations

import re

from kpdata.extract.textcache import lines_after, matches_on_lines

__all__ = ["bullet_items", "parenthesised_items"]

_INTRO = re.compile(r"(?im)^[^\n]*\bposkytovatel\w*[^\n:]{0,60}:(?P<rest>[^\n]*)$")
_INTRO_WORDS = ("poskytovatel",)  # (folded) on every line _INTRO matches
_BULLET = re.compile(r"[ \t]*(?:[•\-*▪●◦·‣]|\d{1,2}[.)])[ \t]+(?P<item>\S[^\n]*)")
_PAREN = re.compile(r"\((?P<body>[^()\n]{3,240})\)")
_WORD_BEFORE = re.compile(r"(\w+)\s*\Z")
_UPPER_START = re.compile(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ0-9]")
_TRAIL = " \t,;."
_MAX_WORDS = 12
# a dash before a lower-case word: what the provider does follows ("- pečovatelská služba"), except a
# branch of the provider ("Diakonie ČCE - středisko Lhota")
_DESCRIPTION = re.compile(r"[ \t]+-[ \t]+(?!(?:pracoviště|středisko|pobočka)\b)[a-záčďéěíňóřšťúůýž]")


def _item(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    described = _DESCRIPTION.search(text, start, end)  # "Charita Lhota - pečovatelská služba"
    raw = text[start : described.start() if described else end]
    name = raw.strip(_TRAIL)
    if not name or not _UPPER_START.match(name) or len(name.split()) > _MAX_WORDS:
        return None
    begin = start + raw.index(name)
    return name, begin, begin + len(name)


def bullet_items(text: str) -> list[tuple[str, int, int]]:
    """Items of bullet lists introduced by a line that ends in "poskytovatelé …:"."""
    out = []
    for intro in matches_on_lines(_INTRO, text, _INTRO_WORDS):
        inline = _BULLET.match(intro.group("rest"))
        if inline:
            base = intro.start("rest")
            item = _item(text, base + inline.start("item"), base + inline.end("item"))
            out += [item] if item else []
        for base, end in lines_after(text, intro.end()):
            bm = _BULLET.match(text[base:end])
            if not bm:
                break
            item = _item(text, base + bm.start("item"), base + bm.end("item"))
            out += [item] if item else []
    return out


def parenthesised_items(text: str, cue: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """Names in "(A, B, C)" right after a service or organisation word; all items must be capitalised."""
    out = []
    for m in _PAREN.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not before or not cue.fullmatch(before.group(1)):
            continue
        base = m.start("body")
        spans, pos = [], base
        for sep in re.finditer(r",\s*", m.group("body")):
            spans.append((pos, base + sep.start()))
            pos = base + sep.end()
        spans.append((pos, m.end("body")))
        items = [_item(text, s, e) for s, e in spans]
        if len(items) >= 2 and all(items):
            out += items
    return out

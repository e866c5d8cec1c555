"""Czech telephone numbers in text, normalised to E.164 ("+420" and nine digits).

A number counts when it is written in +420 form or follows a telephone cue ("tel.", "telefon", "T:",
"mobil", "na telefonním čísle"); numbers after "fax", "IČ", "účet" and the like are not telephones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kpdata.extract.textcache import normalised, per_text

__all__ = ["PhoneMatch", "find_phones", "normalise_phone"]

_PREFIX = r"(?P<prefix>(?:\+|00)\s?420\)?[\s.-]?)"
_DIGITS = r"(?P<num>[2-9]\d{2}(?:[ .-]?\d{3}[ .-]?\d{3}|[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}))(?![\d/]|[,.-]\d)"
# A number with its +420 / 00420 prefix, and one without: each opens with its own characters ("+", "0";
# "2"-"9"), which the regex engine skips to in C; an optional prefix group first would make it try every
# position. A prefixed number cannot start where a bare one does, so the leftmost of the two is the match
# the single pattern ``(?:PREFIX)?DIGITS`` would find.
_NUMBERS = (re.compile(_PREFIX + _DIGITS), re.compile(_DIGITS))
_CUE = re.compile(
    r"(?:\btel\b\.?|\btelefon\w*|\bmob\b\.?|\bmobil\w*|\bT\b|\bTel\b|☎|📞|\bčísl[eoa]\b|\bGSM\b)"
    r"[^\n\d]{0,25}\Z",
    re.I,
)
_NOT_PHONE = re.compile(
    r"(?:\bfax\w*|\bIČO?|\bDIČ|\bč\.\s*ú\.|\búčt?u?\b|\bbank\w*|\bústředn\w*|\bspojovatel\w*|\bID\b)"
    r"[^\n\d]{0,20}\Z",
    re.I,
)


_NOT_BEFORE = frozenset("0123456789/+.,-")
_BARE = re.compile(r"[2-9]\d{2} \d{3} \d{3}")


@dataclass(frozen=True, slots=True)
class PhoneMatch:
    """A telephone number: ``text[start:end]`` as written, ``phone`` in E.164; ``cued`` when a
    telephone cue or the +420 prefix marks it (else it is a bare "123 456 789" group)."""

    phone: str
    start: int
    end: int
    cued: bool


def normalise_phone(raw: str) -> str | None:
    """``"+420XXXXXXXXX"`` for a Czech number written any usual way; ``None`` when it is not one."""
    digits = re.sub(r"\D", "", raw or "")
    if digits.startswith("00420"):
        digits = digits[5:]
    elif digits.startswith("420") and len(digits) == 12:
        digits = digits[3:]
    if len(digits) != 9 or digits[0] in "01":
        return None
    return "+420" + digits


def _numbers(text: str) -> Iterator[re.Match[str]]:
    """Phone-like numbers in ``text`` in order, without overlaps: each time the leftmost of the next
    prefixed and the next bare number (a match found earlier stays the next while it starts after the
    last end; a pattern that found none is done)."""
    pos, ahead = 0, {pattern: pattern.search(text) for pattern in _NUMBERS}
    while ahead:
        for pattern, m in list(ahead.items()):
            if m is not None and m.start() < pos:
                m = ahead[pattern] = pattern.search(text, pos)
            if m is None:
                del ahead[pattern]
        if not ahead:
            return
        m = min(ahead.values(), key=lambda m: m.start())
        yield m
        pos = m.end()


@per_text
def find_phones(text: str) -> list[PhoneMatch]:
    """Telephone numbers in ``text``: in +420 form, after a telephone cue, or bare "123 456 789";
    never after fax, IČ, account or switchboard cues."""
    norm = normalised(text)
    out = []
    for m in _numbers(norm):
        if m.start() and norm[m.start() - 1] in _NOT_BEFORE:
            continue
        lo = max(0, m.start() - 30)
        if _NOT_PHONE.search(norm, lo, m.start()):
            continue
        cued = bool(_CUE.search(norm, lo, m.start()) or m.groupdict().get("prefix"))
        if not (cued or _BARE.fullmatch(m.group())):
            continue
        phone = normalise_phone(m.group())
        if phone:
            start = m.start()
            if ")" in (m.groupdict().get("prefix") or "") and norm[start - 1 : start] == "(":
                start -= 1  # "(+420) 554 …": the bracket before the prefix belongs to the number
            out.append(PhoneMatch(phone, start, m.end(), cued))
    return out

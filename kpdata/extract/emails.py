"""E-mail addresses in text, de-obfuscated: "(at)", "[zavináč]", " zavináč ", "(tečka)", "urad_cz", and
addresses broken across a line after a dot or hyphen. Placeholders of protected addresses ("[email
protected]") are found too, with ``email=None``: the page names a contact but hides the address.
The obfuscation patterns are data (``rules/email_obfuscation.yml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kpdata.extract.lexicon import rule_file
from kpdata.extract.text import merged_windows, starts_of
from kpdata.extract.textcache import folded, normalised, per_text

__all__ = ["EmailMatch", "clean_email", "find_emails"]

_LOCAL = r"[A-Za-z0-9](?:[A-Za-z0-9._%+-]|[.-]\n)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]|-\n)*"
# "@", "zavin", the word "at" and the HTML entity "&#64;", looked for in the folded text (lower case, no
# accents: where the case-insensitive at-forms are), each opening with a literal the regex engine finds fast
_AT_HINTS = (re.compile("@"), re.compile("zavin"), re.compile(r"at(?<!\wat)\b"), re.compile("&#64;"))
_REACH = 120
_HIDDEN_HINTS = ("protected", "javascript")  # (folded) every placeholder of a hidden address holds one
_HINT_SPACING = 100  # at-forms closer together on average: read the text in one pass


@dataclass(frozen=True, slots=True)
class EmailMatch:
    """An address: ``text[start:end]`` as written; ``email`` de-obfuscated, or None when hidden."""

    email: str | None
    start: int
    end: int


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = rule_file("email_obfuscation")
    at = "|".join(["@", *data["at"]])
    dot = "|".join([r"\.\n?", *data["dot"]])
    tlds = "|".join(data["tld_underscore"])
    opening = _opening_class(["@", *data["at"]])
    at_ahead = f"(?=[{opening}])" if opening else ""  # cuts the local part's backtracking short
    address = re.compile(
        rf"(?<![\w.%+-])(?P<local>{_LOCAL}){at_ahead}(?P<at>{at})(?P<domain>{_LABEL}(?:(?:{dot}){_LABEL})*?)"
        rf"(?:(?P<dot>{dot})(?P<tld>[A-Za-z]{{2,10}})|_(?P<utld>{tlds}))(?![\w-]|\.[A-Za-z])",
        re.I,
    )
    hidden = re.compile("|".join(data["hidden"]), re.I)
    return address, hidden, re.compile(at, re.I), re.compile(dot, re.I)


def _opening_class(alternatives: list[str]) -> str | None:
    """A character-class body holding every character the alternatives' matches can start with, or None
    when one opens in a way not read here. Only the shapes of the rule file are read: ``\\s*`` or ``\\s+``,
    then one literal punctuation character ("@", "(", "[", "{")."""
    chars: set[str] = set()
    for alt in alternatives:
        if alt[:3] in ("\\s*", "\\s+"):
            chars.add("\\s")
            if alt[2] == "+":
                continue  # a space comes first
            alt = alt[3:]
        char = alt[1:2] if alt[:1] == "\\" else alt[:1]
        rest = alt[2:] if alt[:1] == "\\" else alt[1:]
        if not char or char.isalnum() or char == "_" or (alt[:1] != "\\" and char in "\\()[]{}|*+?.^$"):
            return None
        if rest[:1] in ("*", "+", "?", "{"):
            return None  # an optional first character: what follows could come first
        chars.add(re.escape(char))
    return "".join(sorted(chars))


def clean_email(raw: str) -> str | None:
    """The plain address ``raw`` spells (obfuscation undone, line breaks removed), or None."""
    _, _, at_re, dot_re = _patterns()
    text = at_re.sub("@", raw.replace("\n", ""), count=1)  # (also " @ ", "&#64;")
    local, _, domain = text.partition("@")
    domain = dot_re.sub(".", domain)
    domain = re.sub(r"_([a-z]{2,4})$", r".\1", domain, flags=re.I)
    email = f"{local}@{domain}".lower().strip(".")
    return email if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,10}", email) else None


def _address_start(text: str, hint: int) -> int:
    """The earliest start of an address whose at-sign (or its spelling) is at ``hint``: back over the
    spaces and brackets an at-form opens with, then over the characters of a local part (a line break
    after a dot or hyphen included), at most 2 * _REACH characters."""
    floor = max(0, hint - 2 * _REACH)
    pos = hint
    while pos > floor and (text[pos - 1].isspace() or text[pos - 1] in "([{"):
        pos -= 1
    while pos > floor:
        char = text[pos - 1]
        if char.isalnum() or char in "._%+-" or (char == "\n" and pos > 1 and text[pos - 2] in ".-"):
            pos -= 1
        else:
            break
    return pos


def _addresses(address: re.Pattern[str], text: str, low: str) -> Iterator[re.Match[str]]:
    """The address matches of ``text``, looked for only where one can be. Around each at-sign or
    spelled-out at-form is a window from the earliest start of an address holding it to ``_REACH`` past
    it (overlapping windows joined); in a window the address pattern is searched from each at-form's
    earliest start, skipping those inside the last address found (the pattern opens with a look-behind,
    so the engine would try it at every position it is given). ``low`` is the folded ``text``."""
    hints = sorted(m.span() for pattern in _AT_HINTS for m in pattern.finditer(low))  # never overlapping
    if len(hints) * _HINT_SPACING > len(text):  # a text dense with at-forms: read it whole, in one pass
        yield from address.finditer(text)
        return
    starts = [_address_start(text, start) for start, _ in hints]
    windows = merged_windows(
        (lo, min(len(text), end + _REACH)) for lo, (_, end) in zip(starts, hints, strict=True)
    )
    done, i = 0, 0
    for _, hi in windows:
        while i < len(hints) and starts[i] < hi:
            if hints[i][0] >= done:
                m = address.search(text, max(done, starts[i]), hi)
                done = hi if m is None else m.end()  # (None: no address from here to the window's end)
                if m is not None:
                    yield m
            i += 1


def _hidden_windows(low: str) -> list[tuple[int, int]]:
    """Stretches of the folded text around each word every protected placeholder holds (the placeholder
    patterns are case-insensitive: the engine would scan the whole page slowly)."""
    hints = starts_of(low, _HIDDEN_HINTS)
    return merged_windows((max(0, at - _REACH), min(len(low), at + _REACH)) for at in hints)


@per_text
def find_emails(text: str) -> list[EmailMatch]:
    """Every address in ``text`` in order, protected placeholders included (``email=None``)."""
    address, hidden, _, _ = _patterns()
    norm = normalised(text)
    low = folded(text)
    found: dict[int, EmailMatch] = {}
    for m in _addresses(address, norm, low):
        email = clean_email(m.group())
        if email and m.start() not in found:
            found[m.start()] = EmailMatch(email, m.start(), m.end())
    for lo, hi in _hidden_windows(low):
        for m in hidden.finditer(norm, lo, hi):
            found.setdefault(m.start(), EmailMatch(None, m.start(), m.end()))
    return [found[k] for k in sorted(found)]

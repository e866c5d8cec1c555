"""Length-preserving normalisation of page text, and line iteration with offsets.

Every extractor works on ``normalise(text)``; because normalisation replaces characters one for one
(never inserts or deletes), a span found in the normalised text indexes the caller's original text too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from kpdata.extract.regex_prefix import required_prefixes, with_opening_guard

__all__ = [
    "WHITESPACE",
    "Line",
    "Scanner",
    "fold",
    "iter_lines",
    "normalise",
    "occurrences",
    "strip_accents",
    "window",
]

# one character in, one character out
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t\x0b\x0c"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_QUOTES_D = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"
_QUOTES_S = "\u2018\u2019\u201a\u201b\u2032\u00b4"
# the characters str.isspace() and the regex class \s agree on (a test checks the list is complete)
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

_TABLE = str.maketrans(
    {
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_QUOTES_D, '"'),
        **dict.fromkeys(_QUOTES_S, "'"),
        **dict.fromkeys(_INVISIBLE, " "),
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u2024": ".",
        "\u2026": ".",  # an ellipsis becomes one dot: length is kept, the meaning roughly too
        # broken PDF fonts write Romanian t-cedilla for ž (and Ţ for Ž): "sluţeb" is "služeb"
        "\u0163": "ž",
        "\u0162": "Ž",
    }
)

_ACCENTS = str.maketrans(
    "áäčďéěëíĺľňóöôřŕšťúůüýžÁÄČĎÉĚËÍĹĽŇÓÖÔŘŔŠŤÚŮÜÝŽ",
    "aacdeeeillnooorrstuuuyzAACDEEEILLNOOORRSTUUUYZ",
)


_REPLACEMENT = {chr(k): (chr(v) if isinstance(v, int) else v) for k, v in _TABLE.items()}
# PDF text from symbol fonts (Symbol, Wingdings) writes its list bullets as private-use characters
# (U+F0B7, U+F0A7, U+F0D8 …): each is read as a bullet
_PRIVATE_USE = "\ue000-\uf8ff"
_ODD = re.compile("[" + "".join(re.escape(c) for c in _REPLACEMENT) + _PRIVATE_USE + "]")


def normalise(text: str) -> str:
    """Map odd spaces, dashes, quotes and invisible characters to plain ASCII ones, and private-use
    symbol-font glyphs to bullets, one for one.

    ``len(normalise(t)) == len(t)`` for every ``t``; offsets into the result are offsets into ``t``.
    Characters outside the BMP and combining marks are kept as they are. (A regex substitution of the
    few odd characters: ten times faster than ``str.translate`` over a whole page.)
    """
    return _ODD.sub(lambda m: _REPLACEMENT.get(m[0], "•"), text)


def strip_accents(text: str) -> str:
    """Czech (and Slovak) letters without diacritics, one for one (length-preserving)."""
    return text.translate(_ACCENTS)


def _slow_fold(text: str) -> str:
    folded = strip_accents(text).lower()
    # str.lower() can lengthen a few exotic characters (e.g. 'İ'); fall back char by char then
    if len(folded) != len(text):
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in strip_accents(text))
    return folded


def _fold_table() -> bytes:
    """A byte table folding windows-1250 (which holds every Czech letter, one byte each)."""
    table = bytearray(range(256))
    for byte in range(256):
        try:
            folded = _slow_fold(bytes([byte]).decode("cp1250")).encode("cp1250")
        except (UnicodeDecodeError, UnicodeEncodeError):
            continue
        if len(folded) == 1:
            table[byte] = folded[0]
    return bytes(table)


_FOLD_TABLE = _fold_table()


def fold(text: str) -> str:
    """Lower case without accents, one for one: the form most lookups compare in.

    Done in windows-1250 bytes (C speed); a character outside that code page folds to "?". Folded text
    is for matching Czech patterns, so emoji or other scripts need not survive, only the length.
    """
    return text.encode("cp1250", "replace").translate(_FOLD_TABLE).decode("cp1250")


class Line(NamedTuple):
    """One line of the text: ``text[start:end] == self.text`` (without the newline). (A named tuple: a
    page has thousands of lines, and tuples are made several times faster than frozen dataclasses.)"""

    start: int
    end: int
    text: str


def iter_lines(text: str) -> Iterator[Line]:
    """The lines of ``text`` with their offsets, blank lines included."""
    pos = 0
    size = len(text)
    while pos <= size:
        nl = text.find("\n", pos)
        end = size if nl < 0 else nl
        yield Line(pos, end, text[pos:end])
        if nl < 0:
            return
        pos = nl + 1


def window(text: str, start: int, end: int, *, before: int = 80, after: int = 80) -> tuple[int, str]:
    """The context around ``text[start:end]``: its offset and the slice, clamped to the text."""
    lo = max(0, start - before)
    return lo, text[lo : min(len(text), end + after)]


LOOKBEHIND = 8  # characters a Scanner's ``not_after`` may look back


def occurrences(text: str, word: str, pos: int = 0, endpos: int | None = None) -> Iterator[int]:
    """Every start of ``word`` within ``text[pos:endpos]``, overlapping ones included."""
    end = len(text) if endpos is None else endpos
    at = text.find(word, pos, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


def starts_of(text: str, words: Iterable[str], pos: int = 0, endpos: int | None = None) -> list[int]:
    """Every start of any of ``words`` within ``text[pos:endpos]``, sorted, each once (``str.find``; a
    loop of its own, not :func:`occurrences`: a generator's step costs more than the find)."""
    end = len(text) if endpos is None else endpos
    found: set[int] = set()
    add, find = found.add, text.find
    for word in words:
        at = find(word, pos, end)
        while at >= 0:
            add(at)
            at = find(word, at + 1, end)
    return sorted(found)


def merged_windows(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-empty ``(start, end)`` windows sorted, with overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        elif lo < hi:
            out.append((lo, hi))
    return out


def _anchors(prefixes: list[str]) -> tuple[str, ...]:
    """The opening words worth finding with ``str.find``: none when the regex engine finds them as fast
    (one word, or words sharing their opening); a word that extends another adds nothing."""
    anchors = tuple(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))
    return anchors if len(anchors) > 1 and len({a[0] for a in anchors}) > 1 else ()


ANCHOR_SPAN = 4096  # a Scanner looks for its opening words first in stretches of text at least this long
ANCHOR_MIN_LENGTH = 4  # shorter opening words ("ob", "19") are too common in Czech text to be worth it


class Scanner:
    """A regular expression run fast over long texts, with its leading context checked in code.

    CPython's regex engine scans quickly for a pattern's first characters, but not when the pattern opens
    with ``\\b`` or a look-behind: then it tries every position (20x slower on a 1 MB page). So patterns
    are compiled without that opening assertion, and ``not_after`` (a regex that must not end right
    before the match, at most LOOKBEHIND characters long, or "word" for ``\\b`` before a word character)
    rejects a match by what precedes it; after a rejection the search resumes one character later, so no
    match is lost.

    A pattern whose every branch opens with a literal word (``schvalil|prijal|odsouhlasil``) is, over a long
    stretch, looked for with ``str.find`` for those words and matched only where one occurs: the engine
    itself would try the whole alternation at every letter any of them starts with. ``anchor_min`` is the
    shortest opening word worth it (lower it for rare ones: capitalised words, "z." of "z. s.").
    """

    def __init__(
        self,
        pattern: str | list[str],
        *,
        not_after: str | None = None,
        flags: int = 0,
        anchor_min: int = ANCHOR_MIN_LENGTH,
    ) -> None:
        alternatives = [pattern] if isinstance(pattern, str) else list(pattern)
        if not_after == "word":
            alternatives = [a[2:] if a.startswith("\\b") else a for a in alternatives]
        joined = "|".join(alternatives) if len(alternatives) > 1 else alternatives[0]
        self.source = joined  # the pattern as written (``regex`` may lead it with a look-ahead)
        self.regex = re.compile(joined if flags else with_opening_guard(joined), flags)
        self._word = not_after == "word"
        self._before = re.compile(f"(?:{not_after})\\Z") if not_after and not self._word else None
        prefixes = required_prefixes(joined, min_length=anchor_min) if not flags else None
        self._anchors = _anchors(prefixes or [])

    def _accepts(self, text: str, m: re.Match) -> bool:
        start = m.start()
        if start == 0:
            return True
        prev = text[start - 1]
        if self._word:
            first = text[start] if start < len(text) else ""
            return not ((prev.isalnum() or prev == "_") and (first.isalnum() or first == "_"))
        return self._before is None or not self._before.search(text, max(0, start - LOOKBEHIND), start)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Accepted matches in ``text[pos:endpos]``, in order, without overlaps."""
        end = len(text) if endpos is None else endpos
        if self._by_anchors(text, pos, end):
            yield from self._anchored(text, pos, end)
            return
        while pos <= end:
            m = self.regex.search(text, pos, end)
            if m is None:
                return
            if self._accepts(text, m):
                yield m
                pos = m.end() if m.end() > m.start() else m.end() + 1
            else:
                pos = m.start() + 1

    def _by_anchors(self, text: str, pos: int, end: int) -> bool:
        return bool(self._anchors) and end - pos >= ANCHOR_SPAN

    def _anchored(self, text: str, pos: int, end: int) -> Iterator[re.Match]:
        """``finditer`` by the opening words: a match can start only where one of them occurs."""
        match = self.regex.match
        for at in starts_of(text, self._anchors, pos, end):
            if at < pos:
                continue
            m = match(text, at, end)
            if m is not None and self._accepts(text, m):
                yield m
                pos = m.end()  # an anchor is never empty, so neither is a match

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The first accepted match in ``text[pos:endpos]`` (``finditer``'s first, without a generator)."""
        end = len(text) if endpos is None else endpos
        if self._by_anchors(text, pos, end):
            return next(self._anchored(text, pos, end), None)
        while pos <= end:
            m = self.regex.search(text, pos, end)
            if m is None or self._accepts(text, m):
                return m
            pos = m.start() + 1
        return None

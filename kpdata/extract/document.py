"""One page prepared for extraction: the normalised text, its folded twin and its sentences.

``Document.text`` and ``Document.folded`` have the length of the caller's text, so a span found in either
indexes the original. Sentences are split at line breaks (unless the next line continues in lower case)
and at sentence-final punctuation followed by a capital, except after abbreviations and titles.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from kpdata.extract.lexicon import rule_file
from kpdata.extract.text import fold, normalise

__all__ = ["Document", "split_sentences"]

WRAPPED_LINE = 50  # a line this long without final punctuation is hard-wrapped prose
# a break with the blank lines and spaces after it; breaks that cannot end a sentence are left out here
# already (a line continuing in lower case, punctuation before a lower-case word or a digit), the rest is
# decided by _ends_sentence. Possessive runs: the spaces are never given back to make the look-ahead pass.
_LOWER = "a-záäčďéěëíĺľňóöôřŕšťúůüýž"
# (It opens with one character class, which the engine skips to in C; an alternation of the two it would
# try at every position.)
_BREAK = re.compile(rf"[\n.!?](?:(?<=\n)[ \n]*+(?![{_LOWER}])|(?<=[.!?])[ ]++(?![{_LOWER}0-9]))")
_WORD = re.compile(r"\w+")
_RECORD_LINE = re.compile(r"[^\W\d][^:\n]{1,60}:[ \t]+\d")  # "Label: 12. 3. 2024 …", a form's line
_DATED_ITEM = re.compile(
    r"[ \t]*(?:do[ \t]+)?\d{1,2}\.[ \t]*\d{1,2}\.[ \t]*\d{4}[ \t]*-"
)  # "11. 12. 2025 - …"
_BULLETS = "•*-·▪●◦"
_LIST_ITEM = re.compile(r"[ \t]*\d{1,4}[ \t]*(?:[.)]|[ \t][–-][ \t])[ \t]*[^\W\d]")


def _word_before(text: str, pos: int, reach: int) -> tuple[str, int] | None:
    """The word ending right before ``pos`` (or before a newline there) within ``reach`` characters,
    and its start: what ``(\\w+)$`` finds in ``text[pos - reach : pos]``, read backwards in C."""
    lo = max(0, pos - reach)
    end = pos - 1 if pos > lo and text[pos - 1] == "\n" else pos
    m = _WORD.match(text[lo:end][::-1])
    return (text[end - m.end() : end], end - m.end()) if m else None


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(rule_file("abbreviations")["abbreviations"])


def _ends_sentence(text: str, folded: str, m: re.Match) -> bool:
    """Whether the punctuation or line break (with the spaces after it) matched by ``m`` ends a sentence."""
    pos = m.start()
    if m.end() >= len(text):
        return True
    follower = text[m.end()]
    if text[pos] == "\n":
        return _line_break_ends(text, pos, follower, blank="\n" in text[pos + 1 : m.end()])
    if not (follower.isupper() or follower in "\"'(["):
        return False
    word = _word_before(folded, pos, 20)
    if not word:
        return True
    w, start = word
    # "p. Novák", "hl. m. Prahy", "Mgr. Jana"
    if w in _abbreviations() or (len(w) == 1 and w.isalpha()):
        return False
    # "připravujeme 6. Komunitní plán" is an ordinal; "městské části Praha 5. Součástí" and "usnesením
    # č. 312/23. Předchozí" and "č. 287/2024/ZK-12. Předtím" (the end of a code) end a sentence
    in_code = start > 0 and folded[start - 1] in "/-"
    return not (w.isdigit() and len(w) <= 2 and not in_code and not _after_name(text, start))


def _after_name(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a capitalised name ("Praha 5"), not a lower-case or CAPS word,
    nor a capitalised word opening its sentence ("Stávající 3. Komunitní plán": an ordinal)."""
    end = pos
    while end > max(0, pos - 3) and text[end - 1] == " ":
        end -= 1
    word = _word_before(text, end, 30)
    if not (word and word[0][0].isupper() and word[0][1:].islower()):
        return False
    before = text[max(0, word[1] - 3) : word[1]].rstrip(" ")
    return bool(before) and not before.endswith((".", "!", "?", "\n"))


def _line_break_ends(text: str, pos: int, follower: str, *, blank: bool = False) -> bool:
    """A line break ends a sentence unless the next line continues it: it starts in lower case, or the
    line before is long prose without final punctuation (a hard-wrapped PDF paragraph, perhaps with a
    blank line between its lines). A blank line after a list item (a schedule's "11. 12. 2025 – …")
    ends it."""
    if follower.islower():
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    previous = text[line_start:pos].rstrip()
    if not previous or _LIST_ITEM.match(text, pos + 1):  # "1. Úvod", "2015 – rozšíření plánování": an item
        return True
    if blank and (_LIST_ITEM.match(previous) or _DATED_ITEM.match(previous) or previous[:1] in _BULLETS):
        return True
    next_end = text.find("\n", pos + 1)
    if _title_line(previous) and _title_line(text[pos + 1 : next_end if next_end >= 0 else len(text)]):
        return False  # a title page's lines in capitals ("KOMUNITNÍ PLÁN\nSOCIÁLNÍCH SLUŽEB\nMĚSTA …")
    if _RECORD_LINE.match(previous) and follower.isupper():  # "Doporučeno radou: 2. 12. 2024" over
        return True  # "Schváleno zastupitelstvem …": a form's lines, each its own statement
    return not (
        len(previous) >= WRAPPED_LINE
        and previous[-1] not in ".!?:;)\"'"
        and (follower.isalnum() or follower in '„"(«')
    )  # (a wrapped line may go on with a year or a quote: "… na období\n2024–2026", "(dále\n„KPSS“)")


def _title_line(line: str) -> bool:
    """A line of a title in capitals: letters all upper case, at least two of them, no final stop."""
    stripped = line.strip()
    return len(stripped) >= 2 and stripped.isupper() and not stripped.endswith(".")


def split_sentences(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of the normalised ``text``; together they cover the text."""
    folded = fold(text) if folded is None else folded
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        if _ends_sentence(text, folded, m):
            spans.append((start, m.start() + 1))
            start = m.start() + 1
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


@dataclass
class Document:
    """A page's text ready for the pattern families: ``raw`` as given, ``text`` normalised, ``folded``."""

    raw: str
    url: str | None = None
    text: str = field(init=False)
    folded: str = field(init=False)
    sentences: list[tuple[int, int]] = field(init=False)
    memo: dict = field(init=False, repr=False, default_factory=dict)  # results families share
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = normalise(self.raw)
        self.folded = fold(self.text)
        self.sentences = split_sentences(self.text, self.folded)
        self._starts = [s for s, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing character ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.sentences[max(i, 0)]

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_at(a) == self.sentence_at(b)

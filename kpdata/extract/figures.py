"""Figures stated in the text: a number followed by a counted noun, with a metric code where one fits.

"10 pracovních skupin", "téměř 250 osob" (approximate), "119 organizací", "25 000 uživatelů",
"v pěti pracovních skupinách", "1,58 milionu korun". A number counts only before a noun from the metric
table (``rules/metrics.yml``), so dates, years, phone numbers, paragraph and page numbers and ordinals
("6. komunitní plán") are never figures; neither are thresholds ("méně než 1000 obyvatel").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, partial

from kpdata.extract.document import Document
from kpdata.extract.lexicon import rule_file
from kpdata.extract.model import Figure
from kpdata.extract.numerals import CARDINAL_RE, number_value
from kpdata.extract.text import Scanner, occurrences
from kpdata.extract.textcache import line_start

__all__ = ["extract_figures"]

# "12 345" (groups of three) or "12345"; the first digit is taken out of the alternation so that the
# pattern opens with a character class, which the regex engine skips to in C. The folded text's only
# digits are 0-9 (it is in code page 1250), and [0-9] is checked faster than the category \d.
_DIGITS = r"[0-9](?:[0-9]{0,2}(?:[ ][0-9]{3})+(?![ ]?[0-9])|[0-9]*)"
_INDENT = 40  # a number opening a line has at most this much space before it
_RANGE_END = re.compile(r"\d[ ]{0,2}(?:-|az)[ ]{0,2}\Z")  # "děti 6 - 15 let": the end of a range
_PHONE_OR_YEAR = re.compile(r"\d{3}[ ]\d{3}[ ]\d{3}|(?:19|20)\d{2}")  # "312 604 329", "2020"
# digits and numeral words are scanned separately: each alone starts with characters the engine finds fast
_NUMBERS = (rf"((?:{_DIGITS})(?:,[0-9]+)?)(?![.,:/-]?[0-9])", rf"({CARDINAL_RE}\b)")
_NOT_AFTER = r"[\w.,/:§-]"  # a number inside a word, a date, a code or a paragraph reference
# after the number: one or two spaces, or a line break (PDF text wraps "26\norganizací")
_GAP = r"(?:[ ]{1,2}|[ ]?\n[ ]{0,8})"
_MODIFIER = r"(?:[a-z]{2,}(?:ich|ych|imi|ymi|i|y|e|a|ou)[ ]{1,2}|[a-z]{2,6}\.[ ]{1,2})"
# "27 z 29 oslovených organizací", "9 z 11 členů": the part counts the noun too
_OF_TOTAL = rf"(?:[ ]z[ ](?P<total>{_DIGITS}))?"
# a part of a figure, right after it: "138 osob, z toho 27 žen", "11 podnětů, z nichž 7 bylo …"; and
# after a whole given with "z": "Z 46 opatření bylo 31 splněno"
_PART_AFTER = re.compile(
    rf"[^.;\n]{{0,30}}?[,(][ \n]{{0,2}}(?P<cue>z toho|z nichz|z nich)[ \n]{{1,2}}(?:(?:je|bylo|jsou)[ ]{{1,2}})?"
    rf"(?P<value>{_DIGITS})(?![.,:/-]?[0-9])"
)
_PART_OF_WHOLE = re.compile(
    rf"[ \n]{{1,2}}(?P<cue>bylo|je|jsou|se)[ ]{{1,2}}(?P<value>{_DIGITS})(?![.,:/-]?[0-9])"
)
_WHOLE_BEFORE = re.compile(r"(?<![\w])z[ ]\Z")


@dataclass(frozen=True)
class _Noun:
    key: str
    metric: str
    noun: re.Pattern
    modifier: re.Pattern | None
    not_after: re.Pattern | None = None

    def fits(self, noun: str, modifiers: str) -> bool:
        return bool(self.noun.fullmatch(noun)) and (
            self.modifier is None or bool(self.modifier.search(modifiers))
        )


_TIMES_NOUN = _Noun("times_met", "meetings", re.compile("(?!)"), None)
# "počet sociálních služeb v síti: 512" (over folded text)
_COUNT_LABEL = Scanner(
    rf"pocet[ ](?P<what>[a-z][^\n:]{{2,60}}?)[ ]?:[ ]{{0,2}}(?P<value>{_DIGITS})(?![.,:/-]?[0-9])"
)
# "sešly se celkem 23krát" (found by "krat"); "4krát ročně" is a frequency, not a count
_TIMES = re.compile(r"(?<![\w.,/-])(?P<value>[0-9]{1,4})[ ]?krat\b")
_FREQUENCY = re.compile(r"[ ](?:rocne|za rok|do roka|mesicne|za mesic|tydne|za tyden|denne)\b")


@dataclass(frozen=True)
class _Rules:
    patterns: tuple[Scanner, ...]
    nouns: tuple[_Noun, ...]
    approximate: re.Pattern
    excluded: re.Pattern
    multipliers: dict[str, int]


@cache
def _rules() -> _Rules:
    data = rule_file("metrics")
    nouns = tuple(
        _Noun(
            n["key"],
            n["metric"],
            re.compile(n["noun"]),
            re.compile(n["modifier"]) if n.get("modifier") else None,
            _cue_before(n["not_after"]) if n.get("not_after") else None,
        )
        for n in data["nouns"]
    )
    alternatives = "|".join(dict.fromkeys(n["noun"] for n in data["nouns"]))
    multipliers = dict(data["multipliers"])
    mult = "|".join(sorted((re.escape(k) for k in multipliers), key=len, reverse=True))
    tail = (
        rf"{_OF_TOTAL}(?:[ ](?P<mult>{mult})\b\.?)?{_GAP}(?P<mods>{_MODIFIER}{{0,2}})(?P<noun>{alternatives})"
    )
    patterns = tuple(Scanner(number + tail, not_after=_NOT_AFTER, anchor_min=3) for number in _NUMBERS)
    return _Rules(
        patterns=patterns,
        nouns=nouns,
        approximate=_cue_before(data["approximate"]),
        excluded=_cue_before(data["not_a_figure"]),
        multipliers=multipliers,
    )


def _cue_before(words: list[str]) -> re.Pattern:
    """Matches when one of ``words`` ends right before a number (searched in a short window)."""
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(w) for w in words) + r")\.?[ ]{1,2}\Z")


def _page_number(doc: Document, m: re.Match) -> bool:
    """ "4 Organizace podílející ...": a number opening a line before a capital is a page or section number.
    (Only the spaces right before the number are read: a page without line breaks costs no more.)"""
    opens_line = not doc.text[line_start(doc.text, m.start(), reach=_INDENT) : m.start()].strip()
    return opens_line and doc.text[m.start("mods") : m.start("mods") + 1].isupper()


def _wrapped_onto_a_heading(doc: Document, m: re.Match) -> bool:
    """A number whose noun stands on the next line counts only where the line goes on in lower case
    ("26\norganizací"), not where it opens a capitalised heading ("2\nORGANIZAČNÍ STRUKTURA")."""
    gap = doc.folded.find("\n", m.end(1), m.start("noun"))
    if gap < 0:
        return False
    after = doc.text[gap + 1 : m.end("noun")].lstrip(" ")
    return not after[:1].islower()


def _value(m: re.Match, rules: _Rules) -> float | int | None:
    value = number_value(m[1])
    if value is None:
        return None
    if m["mult"]:
        value *= rules.multipliers[m["mult"]]
    return int(value) if float(value).is_integer() else value


def _reading(doc: Document, m: re.Match, rules: _Rules) -> tuple[float | int, _Noun] | None:
    """The value and noun of a candidate, or None when it is not a figure."""
    before = doc.folded[max(0, m.start() - 14) : m.start()]
    if rules.excluded.search(before) or _RANGE_END.search(before) or _PHONE_OR_YEAR.fullmatch(m[1]):
        return None
    if _page_number(doc, m) or _wrapped_onto_a_heading(doc, m):
        return None
    value = _value(m, rules)
    if value is None or value <= 0:
        return None
    noun = _noun(m["noun"], m["mods"])
    if noun.not_after is not None and noun.not_after.search(before):
        return None
    return value, noun


@lru_cache(maxsize=4096)
def _noun(noun: str, modifiers: str) -> _Noun:
    """The first noun entry that fits (pages repeat their phrases: "3 pracovní skupiny")."""
    return next(n for n in _rules().nouns if n.fits(noun, modifiers))


def _figure(doc: Document, m: re.Match, value: float | int, noun: _Noun, rules: _Rules) -> Figure:
    approx = rules.approximate.search(doc.folded, max(0, m.start() - 14), m.start())
    start, end = (approx.start() if approx else m.start()), m.end("noun")
    figure = Figure(
        what=" ".join(doc.text[start:end].split()), value=value, metric=noun.metric, approximate=bool(approx)
    )
    figure.cite("value", m.start(1), m.end(1), f"figure:{noun.key}")
    figure.cite("what", start, end, f"figure:{noun.key}")
    return figure


def _count(digits: str) -> int | None:
    """A whole number that is no year or phone number."""
    value = None if _PHONE_OR_YEAR.fullmatch(digits) else number_value(digits)
    return int(value) if value and float(value).is_integer() else None


def _part_figure(doc: Document, whole: re.Match, part: re.Match, value: int, noun: _Noun) -> Figure:
    """ "z toho 27 (osob)": the part's words and the whole's noun."""
    start = part.start("cue")
    words = " ".join(doc.text[start : part.end("value")].split())
    noun_written = doc.text[whole.start("noun") : whole.end("noun")]
    figure = Figure(what=f"{words} ({noun_written})", value=value, metric=noun.metric)
    figure.cite("value", part.start("value"), part.end("value"), f"figure_part:{noun.key}")
    figure.cite("what", start, part.end("value"), f"figure_part:{noun.key}")
    return figure


def _part(doc: Document, m: re.Match) -> re.Match | None:
    """A part stated right after the figure ``m``: "…, z toho 27 žen"; "Z 46 opatření bylo 31 …"."""
    after = _PART_AFTER.match(doc.folded, m.end("noun"))
    if after is None and _WHOLE_BEFORE.search(doc.folded, max(0, m.start() - 3), m.start()):
        after = _PART_OF_WHOLE.match(doc.folded, m.end("noun"))
    return after


def _total(doc: Document, m: re.Match, value: float | int, noun: _Noun) -> Figure:
    """The whole of "27 z 29 oslovených organizací" (29 organisations asked)."""
    start, end = m.start("total"), m.end("noun")
    figure = Figure(what=" ".join(doc.text[start:end].split()), value=value, metric=noun.metric)
    figure.cite("value", start, m.end("total"), f"figure:{noun.key}")
    figure.cite("what", start, end, f"figure:{noun.key}")
    return figure


def _labelled_counts(doc: Document) -> list[tuple[int, float | int, _Noun, Callable[[], Figure]]]:
    """ "počet poskytovatelů: 236", "sešly se celkem 23krát": counts written as a label (of a noun of the
    metric table) and its value, or as a number of times (a frequency, "4krát ročně", is not one)."""
    out = []
    for m in _COUNT_LABEL.finditer(doc.folded):
        value = number_value(m["value"])
        noun = next((n for n in _rules().nouns if n.noun.search(m["what"])), None)
        if value and noun:  # of something planning counts ("Počet příloh: 2" is the page's own)
            out.append((m.start(), value, noun, partial(_plain_figure, doc, m, value, noun)))
    for at in occurrences(doc.folded, "krat"):
        m = _TIMES.search(doc.folded, max(0, at - 5), at + 5)
        if m is not None and int(m["value"]) > 1 and not _FREQUENCY.match(doc.folded, m.end()):
            value = int(m["value"])
            out.append((m.start(), value, _TIMES_NOUN, partial(_plain_figure, doc, m, value, _TIMES_NOUN)))
    return out


def _plain_figure(doc: Document, m: re.Match, value: float | int, noun: _Noun) -> Figure:
    figure = Figure(what=" ".join(doc.text[m.start() : m.end()].split()), value=value, metric=noun.metric)
    figure.cite("value", m.start("value"), m.end("value"), f"figure:{noun.key}")
    figure.cite("what", m.start(), m.end(), f"figure:{noun.key}")
    return figure


def extract_figures(doc: Document) -> list[Figure]:
    """Figures in order of position; a value counted twice for the same noun is kept once."""
    rules = _rules()
    found: list[tuple[int, float | int, _Noun, Callable[[], Figure]]] = []
    for m in (m for pattern in rules.patterns for m in pattern.finditer(doc.folded)):
        reading = _reading(doc, m, rules)
        if reading is not None:
            found.append((m.start(), *reading, partial(_figure, doc, m, *reading, rules)))
            if m["total"] and (total := number_value(m["total"])):
                found.append(
                    (m.start("total"), total, reading[1], partial(_total, doc, m, total, reading[1]))
                )
            part = _part(doc, m)
            if part is not None and (value := _count(part["value"])):
                build = partial(_part_figure, doc, m, part, value, reading[1])
                found.append((part.start("value"), value, reading[1], build))
    out: list[Figure] = []
    seen: set[tuple[float, str]] = set()
    for _, value, noun, build in sorted(found + _labelled_counts(doc), key=lambda f: f[0]):
        if (float(value), noun.key) not in seen:  # (built only when kept: a page repeats its figures)
            seen.add((float(value), noun.key))
            out.append(build())
    return out

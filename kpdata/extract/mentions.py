"""Where a page names a plan or another planning document, with the ordinal and period that go with it.

A *head* is a phrase naming a document ("Komunitní plán", "Střednědobého plánu rozvoje sociálních služeb",
"Akční plán"); a *mention* is a head with the period stated after it in the same sentence (before any other
head), the ordinal written before it ("6.", "pátý", "třetího") and the status cue of its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kpdata.extract.document import Document
from kpdata.extract.lexicon import rule_file
from kpdata.extract.numerals import ORDINAL_RE, ORDINAL_WORD_RE, ordinal_value
from kpdata.extract.periods import Period, find_periods
from kpdata.extract.sections import section_status
from kpdata.extract.text import Scanner
from kpdata.extract.textcache import line_start

__all__ = ["Head", "Mention", "find_heads", "find_mentions", "status_cue"]

MAX_TITLE_CHARS = 250  # a period further from its head than this is not that document's period
CUE_LOOKBACK = 90  # status cues are read this far before a head (within its sentence)
_LINE_LOOKBACK = 200
CUE_LOOKAHEAD = 120  # ... and this far after its period


@dataclass(frozen=True, slots=True)
class Head:
    """A phrase naming a document; ``kind`` is "plan", "weak_plan" (acronym, bare "plán") or a document kind."""

    start: int
    end: int
    kind: str
    rule: str


@dataclass(slots=True)
class Mention:
    """A head with what the text states right around it."""

    head: Head
    period: Period | None = None
    ordinal: int | None = None
    ordinal_span: tuple[int, int] | None = None
    status: str | None = None
    status_span: tuple[int, int] | None = None
    # the other statuses cued around it, in rule order: what a plan reported adopted may still say
    # ("zpracovávaný dokument, který konkretizuje aktuálně platný Komunitní plán …": current, not a draft)
    later_statuses: tuple[tuple[str, tuple[int, int]], ...] = ()

    @property
    def is_plan(self) -> bool:
        return self.head.kind in ("plan", "weak_plan")

    @property
    def end(self) -> int:
        return self.period.end if self.period else self.head.end


_PLANISH = ("plan", "weak_plan")
# the kinds whose ordinal and status someone reads (plans, and the dated documents: action plans, reports)
_READ_KINDS = frozenset({*_PLANISH, "action_plan", "report"})
_IMPLEMENTS = re.compile(r"[ ]{1,2}ke?[ ]{1,2}")


@dataclass(frozen=True)
class _Rules:
    plan: Scanner
    acronym: Scanner
    bare: Scanner
    valid_document: Scanner
    documents: tuple[tuple[str, Scanner], ...]
    status: tuple[tuple[str, Scanner], ...]
    any_status: Scanner  # every status cue in one: a window it misses holds no cue


@cache
def _rules() -> _Rules:
    data = rule_file("plans")
    cues = data["status_cues"].values()
    return _Rules(
        plan=Scanner(data["plan_heads"], not_after="word"),
        # anchor_min: capitalised acronyms ("KP") and the document head words, even short ones ("síť",
        # "©"), are rare enough to find with str.find (measured: 2-3x faster over a 1 MB page)
        acronym=Scanner(data["plan_acronyms"], not_after="word", anchor_min=2),
        bare=Scanner(data["bare_plan"], not_after="word"),
        valid_document=Scanner(data["valid_document"], not_after="word"),
        documents=tuple(
            (kind, Scanner(p, not_after="word", anchor_min=1)) for kind, p in data["document_heads"].items()
        ),
        status=tuple((status, Scanner(p, not_after="word")) for status, p in data["status_cues"].items()),
        any_status=Scanner([pattern for p in cues for pattern in p], not_after="word"),
    )


_ADJ = r"(?:\w{2,}(?:y|eho|emu|em|ym|i|iho|imu|im|a|e|ou)[ ]{1,2})?"
_ORDINAL_BEFORE = re.compile(rf"(?<![\w.])({ORDINAL_RE})[ ]{{0,2}}{_ADJ}$")
_ORDINAL_WORD_BEFORE = re.compile(rf"(?<![\w.])({ORDINAL_WORD_RE})[ ]")


def find_heads(doc: Document) -> list[Head]:
    """Every plan and document head of the page, ordered, without overlaps (plans win ties)."""
    r = _rules()
    found = [Head(m.start(), m.end(), "plan", "plan_head") for m in r.plan.finditer(doc.folded)]
    found += [Head(m.start(), m.end(), "weak_plan", "plan_acronym") for m in r.acronym.finditer(doc.text)]
    found += [Head(m.start(), m.end(), "weak_plan", "bare_plan") for m in r.bare.finditer(doc.folded)]
    found += [
        Head(m.start(), m.end(), "plan", "valid_document") for m in r.valid_document.finditer(doc.folded)
    ]
    found += _alias_heads(doc)
    for kind, pattern in r.documents:
        found += [
            Head(m.start(), m.end(), kind, f"document_head:{kind}") for m in pattern.finditer(doc.folded)
        ]
    rank = {"plan": 0, "weak_plan": 2}
    found.sort(key=lambda h: (h.start, -(h.end - h.start), rank.get(h.kind, 1)))
    out: list[Head] = []
    for head in found:
        if out and head.start < out[-1].end:
            if out[-1].kind == "weak_plan" and head.kind != "weak_plan":  # "akční plán" beats bare "plán"
                out[-1] = head
            continue
        out.append(head)
    return _merge_appositions(doc, out)


_APPOSITION_GAP = re.compile(r"[ ]{0,2}[-(:,][ ]{0,2}")
_ACRONYM_GAP = re.compile(r"[^()\n]{0,80}[ ]\(")  # "Střednědobý plán rozvoje ... (SPRSS)"


def _merge_appositions(doc: Document, heads: list[Head]) -> list[Head]:
    """ "pátý komunitní plán - Střednědobý plán ...", "Střednědobý plán ... (SPRSS)": one head."""
    out: list[Head] = []
    for head in heads:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in _PLANISH
            and head.kind in _PLANISH
            and (
                _APPOSITION_GAP.fullmatch(doc.text, prev.end, head.start)
                or (head.rule == "plan_acronym" and _ACRONYM_GAP.fullmatch(doc.text, prev.end, head.start))
            )
        ):
            out[-1] = Head(
                prev.start, head.end, "plan" if "plan" in (prev.kind, head.kind) else prev.kind, prev.rule
            )
            continue
        out.append(head)
    return out


_ALIAS = Scanner(r"\bdale jen\W{0,3}(\w[\w ]{1,38}\w|\w{2,})\W", not_after="word")


def _alias_heads(doc: Document) -> list[Head]:
    """A name the page defines for a plan ('(dále jen „Plán")') counts as a plan head wherever it recurs."""
    heads = []
    seen: set[str] = set()
    for m in _ALIAS.finditer(doc.folded):
        alias = doc.text[m.start(1) : m.end(1)]
        if alias in seen or ("plan" not in m[1] and not _rules().acronym.regex.fullmatch(alias)):
            continue
        seen.add(alias)
        pattern = Scanner(rf"{re.escape(alias)}\w{{0,3}}\b", not_after="word")
        heads += [Head(a.start(), a.end(), "plan", "alias") for a in pattern.finditer(doc.text, m.end())]
    return heads


def _ordinal(doc: Document, head: Head, *, line_start: int) -> tuple[int, tuple[int, int]] | None:
    """The ordinal written just before a head: "6. komunitní plán", "v pořadí pátý komunitní plán"."""
    lo = max(line_start, head.start - 24)
    m = _ORDINAL_BEFORE.search(doc.folded, lo, head.start)
    if not m:
        return None
    at_line_start = not doc.text[line_start : m.start(1)].strip()
    if m[1].endswith(".") and at_line_start and not doc.text[head.start].islower():
        return (
            None  # "3. Komunitní plán" opening a line is a list or section number; "3. komunitní plán" is not
        )
    value = ordinal_value(m[1])
    return (value, (m.start(1), m.end(1))) if value else None


def status_cue(doc: Document, lo: int, hi: int) -> tuple[str, tuple[int, int]] | None:
    """The first status (in rule order) cued in ``folded[lo:hi]``; one combined search rules most out."""
    return next(iter(status_cues(doc, lo, hi)), None)


def status_cues(doc: Document, lo: int, hi: int) -> list[tuple[str, tuple[int, int]]]:
    """Every status cued in ``folded[lo:hi]``, in rule order, with its cue's span."""
    if not _rules().any_status.search(doc.folded, lo, hi):
        return []
    out = []
    for status, pattern in _rules().status:
        m = pattern.search(doc.folded, lo, hi)
        if m:
            out.append((status, (m.start(), m.end())))
    return out


def _line_start(doc: Document, pos: int) -> int:
    """Where the line holding ``pos`` starts, looking back _LINE_LOOKBACK characters at most (on a longer
    line, that far back: its readers only ask whether a word opens the line)."""
    return line_start(doc.text, pos, reach=_LINE_LOOKBACK)


def _attach_periods(doc: Document, heads: list[Head], periods: list[Period]) -> dict[int, list[Period]]:
    """Map head index -> the periods that follow it in its sentence before the next head."""
    attached: dict[int, list[Period]] = {}
    i = 0
    for period in periods:
        while i + 1 < len(heads) and heads[i + 1].start < period.start:
            i += 1
        if not heads or heads[i].start >= period.start:
            continue
        head = heads[i]
        if period.start - head.end > MAX_TITLE_CHARS or not doc.same_sentence(head.start, period.start):
            continue
        attached.setdefault(i, []).append(period)
    return attached


def find_mentions(doc: Document) -> list[Mention]:
    """Every head of the page with its period(s), ordinal and status cue; a head with two periods gives two.
    Ordinal and status are read for the kinds in _READ_KINDS only (other heads only bound their neighbours).

    Computed once per document (plans and documents both use them); treat the result as read-only."""
    if "mentions" not in doc.memo:
        doc.memo["mentions"] = _find_mentions(doc)
    return doc.memo["mentions"]


def _find_mentions(doc: Document) -> list[Mention]:
    heads = find_heads(doc)
    attached = _attach_periods(doc, heads, find_periods(doc.folded))
    mentions: list[Mention] = []
    prev_end = 0
    for i, head in enumerate(heads):
        for j, period in enumerate(attached.get(i) or [None]):
            mention = Mention(head, period)
            if head.kind not in _READ_KINDS:  # a bound for its neighbours; nobody reads its cues
                mentions.append(mention)
                continue
            s_start, _ = doc.sentence_at(head.start)
            if j == 0:
                found = _ordinal(doc, head, line_start=_line_start(doc, head.start))
                cue_lo = max(s_start, prev_end, head.start - CUE_LOOKBACK)
                if i and _IMPLEMENTS.fullmatch(doc.folded, heads[i - 1].end, head.start):
                    cue_lo = heads[
                        i - 1
                    ].start  # "prováděcí dokument ke Střednědobému plánu": the plan in force
            else:  # "..., druhý pro období 2012 - 2014": an ordinal right before a later period
                found = _ordinal_adverb(doc, mentions[-1].end, period.start)
                cue_lo = mentions[-1].end
            if found:
                mention.ordinal, mention.ordinal_span = found
            cue_hi = _cue_end(doc, heads, i, mention.end)
            periods = attached.get(i) or []
            if j + 1 < len(periods):  # "plán 2019–2022 skončil, nový 2023–2026 se připravuje": not its cue
                cue_hi = min(cue_hi, periods[j + 1].start)
            cues = status_cues(doc, cue_lo, cue_hi) or [section_status(doc, head.start)]
            if cues[0]:
                (mention.status, mention.status_span), *later = cues
                mention.later_statuses = tuple(later)
            mentions.append(mention)
        prev_end = head.end if i not in attached else attached[i][-1].end
    return mentions


def _cue_end(doc: Document, heads: list[Head], i: int, end: int) -> int:
    """Cues after a mention count up to the sentence end, short of the next head's own lookback; when the
    next head is on a later line, up to the end of the mention's own line ("… 2020–2023 (archiv, PDF)")."""
    _, s_end = doc.sentence_at(max(end - 1, 0))
    hi = min(s_end, end + CUE_LOOKAHEAD)
    if i + 1 < len(heads):
        nxt = heads[i + 1].start
        line_end = doc.text.find("\n", end, nxt)
        hi = min(hi, max(end, nxt - CUE_LOOKBACK // 3, line_end))  # (-1: the next head is on this line)
    return hi


def _ordinal_adverb(doc: Document, lo: int, period_start: int) -> tuple[int, tuple[int, int]] | None:
    """An ordinal word between the previous mention and a later period of the same head."""
    m = _ORDINAL_WORD_BEFORE.search(doc.folded, max(lo, period_start - 40), period_start)
    value = ordinal_value(m[1]) if m else None
    return (value, (m.start(1), m.end(1))) if value else None

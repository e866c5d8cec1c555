"""Status sections of a page: a short heading ("Archiv:", "Starší plány", "Platný plán") above a list of
plans marks the items listed under it as archived (or current). The headings are found once per
document; each plan mention then looks up the nearest one above it with a bisection instead of
re-reading the lines above."""

from __future__ import annotations

import bisect
import re

from kpdata.extract.document import Document

__all__ = ["SECTION_HEADING_CHARS", "SECTION_LINES", "section_status"]

_SECTION_HEADING = re.compile(  # over folded text; "Předchozí plány (archiv)", "Aktuálně platný dokument"
    r"[\W\d]*(?:(?P<archived>archiv\w{0,4}(?: (?:plan|dokument)\w{0,3})?|starsi\w{0,4} (?:plany|dokumenty)"
    r"|predchozi\w{0,2} (?:plany|dokumenty))"
    r"|(?P<current>(?:aktualn\w{0,4} )?platn\w{0,3} (?:plan|dokument)\w{0,2}|aktualn\w{0,4} (?:plan|dokument)\w{0,2}))"
    r"\W*(?:\(\w+(?: \w+)?\)\W*)?"  # "(archiv)", "(platnost skončila)"
)
SECTION_LINES = 8  # a list item belongs to the heading at most this many lines above it
SECTION_HEADING_CHARS = 48


def _headings(doc: Document) -> tuple[list[int], list[int], list[tuple[str, int, int]]]:
    """The start of every line; the indexes of the heading lines, their status and heading words' spans."""
    if "section_headings" not in doc.memo:
        starts = [0, *(m.end() for m in re.finditer("\n", doc.text))]
        lines: list[int] = []
        spans: list[tuple[str, int, int]] = []
        for i, start in enumerate(starts[:-1]):
            end = starts[i + 1] - 1
            if end - start > SECTION_HEADING_CHARS:
                continue
            m = _SECTION_HEADING.fullmatch(doc.folded[start:end])
            if m:
                lines.append(i)
                status = m.lastgroup or "archived"
                spans.append((status, start + m.start(status), start + m.end(status)))
        doc.memo["section_headings"] = (starts, lines, spans)
    return doc.memo["section_headings"]


def section_status(doc: Document, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The status ("archived", "current") and the heading's span when one of the SECTION_LINES lines above
    ``pos``'s line is a status heading (the nearest one counts), else None."""
    starts, lines, spans = _headings(doc)
    line = bisect.bisect_right(starts, pos) - 1
    k = bisect.bisect_left(lines, line) - 1  # the nearest heading line above
    if k >= 0 and line - lines[k] <= SECTION_LINES:
        status, start, end = spans[k]
        return status, (start, end)
    return None

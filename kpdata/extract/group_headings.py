"""Working groups listed under a heading: a heading or a sentence that mentions the working groups ("Pracovní
skupiny", "V obci pracují tyto pracovní skupiny:", the last sentence of a line), or a table's header dumped
as text ("Pracovní skupina" over "Vedoucí", "Skupina – vedoucí – kontakt"), then one group a line: bullets,
short plain lines, lines whose bullet was lost ("Senioři – vede Mgr. Jana Malá."). Between the items may
stand what tells more about the one above: its leader's or members' lines ("vedoucí: …", "členové: …",
wrapped after a comma), contact details, a person alone, the rest of a wrapped line, a paragraph about
what the group does; and one paragraph may come between the heading and its list. A list ends at the
first other line, or at the next heading.
"""

from __future__ import annotations

import re

from kpdata.extract.group_lists import cut_at_role
from kpdata.extract.people import find_people
from kpdata.extract.roles import find_roles
from kpdata.extract.target_groups import target_group_at
from kpdata.extract.text import fold, starts_of
from kpdata.extract.textcache import folded, lines_after, matches_on_lines

__all__ = [
    "COLUMN_GAP",
    "DETAIL_LABEL",
    "GROUPS_NAMED",
    "GROUP_WORDS",
    "MEMBERS_LABEL",
    "heading_list_items",
]

GROUPS_NAMED = re.compile(r"(?i)pracovní\w*\s+skupin")
GROUP_WORDS = ("pracovn",)  # (folded) what the headings and GROUPS_NAMED open with
DETAIL_LABEL = re.compile(r"[ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}\.?)[ \t]*:")
MEMBERS_LABEL = re.compile(r"(?i)člen|složení")  # "členové:", "složení:" (no role of one person)
COLUMN_GAP = re.compile(r"[ ]{3,}|\t")
# a heading, or a sentence ending in a colon that introduces a list: "Pracovní skupiny se scházejí v těchto
# oblastech:" (a longer tail only before the colon); the same as the last sentence of its line
_HEADING_BODY = r"[^\n]{0,60}pracovní(?:ch)?\s+skupin(?:y|ách|ami)?\b(?:[^\n]{0,60}|[^\n]{0,150}:[ \t]*)$"
_HEADING = re.compile(rf"(?im)^[ \t]*{_HEADING_BODY}")
_HEADING_AFTER_SENTENCE = re.compile(rf"(?im){_HEADING_BODY}")
_SENTENCE_END = re.compile(r"[.!?][ \t]+")
_HEADING_LINE = 600  # a longer line is a paragraph: its last sentence heads no list
_COLUMN_WORDS = r"(?:vedoucí(?:\s+skupiny)?|garant\w*|koordinátor\w*|kontakt\w*|e-mail|telefon|členové)"
_COLUMNS_HEADING = re.compile(  # "Pracovní skupina", "Skupina – vedoucí – kontakt" (after normalising)
    rf"(?im)^[ \t]*(?:pracovní\s+)?skupin[ay]?(?:[ \t]*[-/|,][ \t]*{_COLUMN_WORDS}){{0,4}}[ \t]*:?[ \t]*$"
)
_COLUMN_CELL = re.compile(rf"(?i)[ \t]*{_COLUMN_WORDS}[ \t]*:?[ \t]*")
_BULLET = re.compile(r"^[ \t]*(?:[•\-–—*▪●◦·‣►▸■○]|\d{1,2}[.)])[ \t]+(?P<item>\S[^\n]*)$")
_PLAIN_ITEM_WORDS = 10
_HEADING_WORDS = 10
_NOT_PLAIN = re.compile(r"[:@]|\d")
_CONTACT_ITEM = r"(?:(?:tel|telefon|mobil|mob|e-?mail)\.?[ \t]*:?[ \t]*)?(?:\S*(?:@|\(at\)|\[at\]|zavin)\S*|\+?\d[\d \t/]{7,16}\d)"
_CONTACT_LINE = re.compile(rf"(?i)[ \t]*{_CONTACT_ITEM}(?:[ \t]*[,;][ \t]*{_CONTACT_ITEM})*[ \t]*")
_CONTACT_LABEL = re.compile(r"(?i)(?:tel|telefon|mobil|mob|e-?mail|kontakt|web)\b")
_PARAGRAPH_WORDS = 6
_LIST_REACH = 3000  # a list of groups ends this far after its heading, at the latest
_LOWER_OPENING = re.compile(r"[ \t]*[a-záčďéěíňóřšťúůýž]")
_DIVIDER = re.compile(r"[ \t]*(?:-[ \t]|:)")  # where a name ends before its leader
_TRAIL = " \t,;.:-"


def _list_item(text: str, start: int, end: int) -> tuple[str, int] | None:
    """A list line ``text[start:end]`` under a working-group heading: a bullet item (up to its leader:
    "Senioři – koordinátorka Mgr. Jana Malá"), or a short unbulleted line; the item text and where it
    starts, when it names a target group."""
    body = text[start:end]
    bm = _BULLET.match(body)
    if not target_group_at(body):
        return None  # (no target group on the line: no need to find where the name ends)
    at = start + (bm.start("item") if bm else len(body) - len(body.lstrip()))
    cut = cut_at_role(text, at, end)
    if not bm and body.rstrip().endswith(".") and not _DIVIDER.match(text, cut):
        return None  # a sentence, unless it is "Senioři - vede Mgr. Jana Malá." (a bullet lost)
    item = text[at:cut].rstrip(_TRAIL)
    if not bm and (len(item.split()) > _PLAIN_ITEM_WORDS or _NOT_PLAIN.search(item)):
        return None
    if not item or not target_group_at(item) or len(item.split()) > 14 or find_people(item):
        return None
    return item, at


def _detail_line(body: str) -> bool:
    """A line that tells more about the list item above it: "vedoucí: …", "členové: …", "tel.: …", e-mail
    addresses and phone numbers alone, or a person alone ("Mgr. Jana Malá", "Petr Kos, DiS.")."""
    if _CONTACT_LINE.fullmatch(body) or _person_line(body):
        return True
    label = DETAIL_LABEL.match(body)
    return bool(label) and bool(
        MEMBERS_LABEL.match(label.group(1))
        or find_roles(body[: label.end()])
        or _CONTACT_LABEL.match(label.group(1))
    )


def _person_line(body: str) -> bool:
    people = find_people(body)
    return (
        len(people) == 1
        and not body[: people[0].start].strip(" \t•*-")
        and not body[people[0].end :].strip(" \t,.;")
    )


def _headings(text: str) -> list[re.Match[str]]:
    """Lines that head a list of groups: a heading or sentence about the working groups, or the header of
    a table dumped one cell a line or one row a line ("Pracovní skupina", "Skupina – vedoucí – kontakt")."""
    found = list(matches_on_lines(_HEADING, text, GROUP_WORDS))
    found += matches_on_lines(_COLUMNS_HEADING, text, ("skupin",))
    found += _last_sentence_headings(text, {text.rfind("\n", 0, m.start()) for m in found})
    return sorted(found, key=lambda m: m.start())


def _last_sentence_headings(text: str, done: set[int]) -> list[re.Match[str]]:
    """Headings that are the last sentence of a line holding other sentences before them (the lines
    whose newline before them is in ``done`` already head a list as a whole)."""
    out = []
    line_end_at = -1
    for at in starts_of(folded(text), GROUP_WORDS):
        if at <= line_end_at:
            continue  # (a line is read once, however often it names the groups)
        line = text.rfind("\n", 0, at)
        line_end_at = text.find("\n", at)
        line_end_at = len(text) if line_end_at < 0 else line_end_at
        if line in done or line_end_at - line > _HEADING_LINE:
            continue
        ends = list(_SENTENCE_END.finditer(text, line + 1, at))
        if ends and (m := _HEADING_AFTER_SENTENCE.match(text, ends[-1].end())):
            out.append(m)
    return out


def heading_list_items(text: str) -> list[tuple[str, int, int]]:
    out = []
    # a short heading, or a sentence that introduces a list ("V obci pracují tyto pracovní skupiny:")
    headings = [
        h
        for h in _headings(text)
        if not (
            (heading := h.group().rstrip()).endswith(".")
            or (len(heading.split()) > _HEADING_WORDS and not heading.endswith(":"))
        )
    ]
    for k, h in enumerate(headings):
        heading = h.group().rstrip()
        listed, intro, detail = 0, _Intro(), ""
        reach = min(_LIST_REACH, headings[k + 1].start() - h.end()) if k + 1 < len(headings) else _LIST_REACH
        for line_start_at, line_end_at in lines_after(text, h.end(), reach=reach):  # (up to the next heading)
            body = text[line_start_at:line_end_at]
            if intro.goes_on(body):
                continue  # a hard-wrapped line of the paragraph before the list
            if detail.rstrip().endswith(","):
                detail = body
                continue  # a detail line (its members) wrapped after a comma
            detail = ""
            found = _list_item(text, line_start_at, line_end_at)
            if found:
                listed += 1
                out.append((found[0], found[1], found[1] + len(found[0])))
            elif listed and _detail_line(body):
                detail = body  # the leader or members of the group above
            elif listed and (_wrapped(text, line_start_at) or _describes(body)):
                continue  # the rest of the line above, what the group does
            elif not listed and _COLUMN_CELL.fullmatch(body):
                continue  # the other header cells of a table dumped one cell a line
            elif not (listed or heading.endswith(":")) and intro.opens(body):
                continue  # one paragraph between a heading and its list
            else:
                break
    return out


class _Intro:
    """The one paragraph a list of groups may have between its heading and its items: it speaks of the
    groups ("Jednání pracovních skupin jsou otevřená …") and ends with a full stop or a colon, perhaps
    after a few hard-wrapped lines (PDF text)."""

    _MAX_LINES = 4

    def __init__(self) -> None:
        self.lines = 0
        self.open = False  # begun, not yet ended

    def opens(self, body: str) -> bool:
        if self.lines or not GROUPS_NAMED.search(body) or not _prose_line(body):
            return False
        self.lines, self.open = 1, not _ends_paragraph(body)
        return True

    def goes_on(self, body: str) -> bool:
        if not self.open or _BULLET.match(body) or not body.strip() or not _prose_line(body):
            return False
        self.lines += 1
        self.open = not _ends_paragraph(body) and self.lines < self._MAX_LINES
        return True


def _wrapped(text: str, start: int) -> bool:
    """The line at ``start`` goes on with the line before it: that one breaks a word ("Jablíč-") or
    this one opens in lower case ("ko, z. s.)")."""
    broken = start >= 3 and text[start - 2] == "-" and text[start - 3].isalpha()
    return broken or bool(_LOWER_OPENING.match(text, start))


def _describes(body: str) -> bool:
    """A paragraph under a listed group that tells what it does ("Skupina řeší dostupnost …")."""
    return (
        body.rstrip().endswith(".")
        and len(body.split()) >= _PARAGRAPH_WORDS
        and "skupin" in fold(body)
        and _prose_line(body)
    )


def _prose_line(body: str) -> bool:
    """A line of a paragraph, not a table's row (its cells apart by a column gap)."""
    return not COLUMN_GAP.search(body.strip())


def _ends_paragraph(body: str) -> bool:
    return body.rstrip().endswith((".", ":"))

"""The coordination (steering) group of a KPSS process: whether the page names one, and its members.

"Koordinační skupina", "řídící/řídicí skupina", "řídící výbor", "koordinační rada", "manažerský tým" or a
steering committee means it exists.
Members are the people listed right under a heading such as "Složení řídící skupiny" or "Členové
koordinační skupiny" (one per line, "Name, Organisation" allowed; a paragraph may come between), or
after its colon on the same line; else those present at or excused from the meeting of the group's
minutes ("Zápis z jednání řídící skupiny" over "Přítomni:", "Omluveni:").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kpdata.extract.document import split_sentences
from kpdata.extract.group_minutes import MINUTES_TITLE_REACH, attendance_lists
from kpdata.extract.model import CoordinationGroup
from kpdata.extract.people import find_people
from kpdata.extract.person_lists import line_members, person_lists
from kpdata.extract.roles import contact_cue
from kpdata.extract.textcache import lines_after, matches_from_words, matches_on_lines, normalised

__all__ = ["extract_coordination_group"]

_EXISTS = re.compile(
    r"(?i)\b(?:koordinační\w*|řídící\w*|řídicí\w*)\s+(?:skupin\w*|výbor\w*|tým\w*|rad[ayuě]\b)"
    r"|\bmanažersk\w+\s+tým\w*|\bsteering\s+(?:group|committee)"
)
# a line that introduces the group's members: "Členové řídící skupiny:", "Složení koordinační skupiny",
# or the other way round, "Koordinační skupinu tvoří:", "koordinační skupina, jejímiž členy jsou:"
_GROUP_PHRASE = r"(?:koordinační\w*|řídící\w*|řídicí\w*)\s+(?:skupin\w*|výbor\w*|tým\w*)"
_MEMBERS_PHRASE = r"\b(?:složení|členové|členy|členky|členů|člen|seznam\s+členů)\b"
_MEMBERS_HEAD = re.compile(
    rf"(?im)^(?:[^\n]{{0,40}}{_MEMBERS_PHRASE}[^\n]{{0,40}}?{_GROUP_PHRASE}"
    rf"|[^\n]{{0,60}}?{_GROUP_PHRASE}[^\n]{{0,40}}?(?:{_MEMBERS_PHRASE}|\btvoří\b))[^\n]*$"
)
_MEMBERS_HEAD_WORDS = ("koordinacn", "ridic")  # (folded) a line _MEMBERS_HEAD matches holds one
_MAX_LIST = 60
_INTRO_LINES = 6  # a paragraph of at most this many lines, of this many words each, may precede the list
_INTRO_WORDS = 5
_CELL_WRAP = " " * 8  # a line indented so far goes on with a cell of the row above
_MEMBERS_VERB = re.compile(r"(?i)\b(?:členy\s+jsou|členem\s+je|zased\w*|tvoří\s+ji|vede|předsedá\s+jí)\b")
_MENTION_REACH = 400  # a member list's heading this close after a mention of the group is about it
_WORKING_GROUP_LINE = re.compile(r"(?im)^[ \t•*·\-–]*(?:pracovní\s+skupin|PS\b)")
_LIST_REACH = 6000


def _listed_members(text: str, head: re.Match[str]) -> list[tuple[str, int, int]]:
    inline = head.group().split(":", 1)
    if len(inline) == 2 and inline[1].strip():
        start = head.start() + len(inline[0]) + 1
        return [(p.name, start + p.start, start + p.end) for p in find_people(inline[1])]
    out: list[tuple[str, int, int]] = []
    intro = 0  # lines of a paragraph between the heading and its list ("Řídící skupina je …")
    for base, end in lines_after(text, head.end(), reach=_LIST_REACH):
        found = line_members(text[base:end])
        if not found and not out and intro < _INTRO_LINES and len(text[base:end].split()) >= _INTRO_WORDS:
            intro += 1
            continue
        if not found and out and text.startswith(_CELL_WRAP, base):
            continue  # the member's role wrapped under its column ("        MěÚ Lhota")
        if not found or len(out) >= _MAX_LIST or contact_cue(text, base, base + found[0][1]):
            break  # (a "Kontaktní osoba: …" line after the list starts the contacts, not another member)
        out += [(name, base + s, base + e) for name, s, e in found]
    return out


# (folded) every _EXISTS match opens with one: it is tried only there (its \b-led, case-insensitive
# search would try every position of the page)
_EXISTS_WORDS = ("koordinacn", "ridic", "manazersk", "steering")


def extract_coordination_group(text: str) -> CoordinationGroup:
    """The coordination group ``text`` speaks of (``exists``) and the members it lists by name."""
    norm = normalised(text)
    found = next(matches_from_words(_EXISTS, norm, _EXISTS_WORDS), None)
    group = CoordinationGroup(exists=bool(found))
    if not found:
        return group
    group.name = found.group()
    group.cite("exists", found.start(), found.end(), "coordination_group_named")
    members, rule = [], "coordination_member_list"
    for head in matches_on_lines(_MEMBERS_HEAD, norm, _MEMBERS_HEAD_WORDS):
        members = _listed_members(norm, head)
        if members:
            break
    if not members:
        members, rule = _attending(norm), "coordination_minutes_attendance"
    if not members:
        members, rule = _list_after_mention(norm), "coordination_list_after_mention"
    if not members:
        members, rule = _prose_members(norm), "coordination_members_in_prose"
    for name, start, end in members:
        if name not in group.members:
            group.members.append(name)
            group.cite("members", start, end, rule)
    return group


def _prose_members(text: str) -> list[tuple[str, int, int]]:
    """The people named in a sentence that says who sits in the group, in the sentence naming the group
    or one of the two after it ("Vede ji místostarostka Ing. Jana Malá, dalšími členy jsou …")."""
    sentences = split_sentences(text)
    starts = [a for a, _ in sentences]
    people = find_people(text)
    person_starts = [p.start for p in people]
    for m in matches_from_words(_EXISTS, text, _EXISTS_WORDS):
        i = bisect_left(starts, m.start() + 1) - 1
        for lo, hi in sentences[max(i, 0) : i + 3]:
            named = people[bisect_left(person_starts, lo) : bisect_left(person_starts, hi)]
            if named and _MEMBERS_VERB.search(text, lo, hi):
                return [(p.name, p.start, p.end) for p in named]
    return []


def _list_after_mention(text: str) -> list[tuple[str, int, int]]:
    """The people listed one per line under a line about members ("Skupina má 9 členů:", "V koordinační
    skupině zasedají:", "Složení ŘS") that follows a mention of the coordination group closely, with no
    working group's line between."""
    mentions = [m.start() for m in matches_from_words(_EXISTS, text, _EXISTS_WORDS)]
    for lst in person_lists(text):
        if not lst.members or len(lst.people) < 2:
            continue
        i = bisect_left(mentions, lst.heading_end) - 1
        if i < 0 or mentions[i] < lst.heading_start - _MENTION_REACH:
            continue
        if _WORKING_GROUP_LINE.search(text, mentions[i], lst.heading_start):
            continue
        return [(p.name, p.start, p.end) for p in lst.people]
    return []


def _attending(text: str) -> list[tuple[str, int, int]]:
    """The people present at or excused from the meeting whose minutes' title names the group (each cited
    by its list's span)."""
    out = []
    for listed in attendance_lists(text):
        title_end = min(len(text), listed.title + MINUTES_TITLE_REACH, listed.start)
        if next(matches_from_words(_EXISTS, text[listed.title : title_end], _EXISTS_WORDS), None):
            out += [(name, listed.start, listed.end) for name in listed.people]
    return out

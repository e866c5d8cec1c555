"""Working groups of a KPSS page: their names as written, target groups and named members.

Groups are read where the page names them as working groups, in eight shapes:
labelled lines ("Pracovní skupina: Senioři"), codes ("PS 2 – senioři", "KS1", "PS II …"), a list under a
heading (or a sentence ending in a colon, or a table's header cells dumped as text) that mentions
working groups (:mod:`.group_headings`), a list in prose right after "pracovní skupiny", "pracovní skupina pro seniory", the same
without "pracovní" ("ve skupině pro seniory", "Tým pro rodiny"), tables with a group column
(:mod:`.group_tables`), and schedules whose lines carry an area label ("Senioři, oblast „Služby pro
seniory“"); where none of these names a group, "PS Senioři, PS Rodina". Lists of target groups elsewhere
on the page are not working groups. Members are the people with a group role in a group's block (after
every place that names it), everyone on its "členové:" lines, the people on a listed group's own line
and at the start of its lines, the people of the paragraph under a group named on a line of its own,
and those present at its meeting by its minutes (:mod:`.group_minutes`). The coordination (steering)
group is read by :func:`extract_coordination_group`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from kpdata.extract.coordination import extract_coordination_group
from kpdata.extract.group_cards import card_names
from kpdata.extract.group_headings import (
    COLUMN_GAP,
    DETAIL_LABEL,
    GROUP_WORDS,
    GROUPS_NAMED,
    MEMBERS_LABEL,
    heading_list_items,
)
from kpdata.extract.group_lists import cut_at_role, name_end, person_starts, prose_list_items
from kpdata.extract.group_minutes import MINUTES_TITLE_REACH, attendance_lists
from kpdata.extract.group_tables import joined_name, table_groups
from kpdata.extract.model import WorkingGroup
from kpdata.extract.people import find_people
from kpdata.extract.person_lists import line_members, person_lists
from kpdata.extract.person_roles import people_roles
from kpdata.extract.roles import find_roles
from kpdata.extract.target_groups import target_group, target_group_at
from kpdata.extract.text import Scanner, fold
from kpdata.extract.textcache import (
    line_end,
    line_start,
    matches_from_words,
    matches_on_lines,
    normalised,
    per_text,
)

__all__ = ["extract_coordination_group", "extract_working_groups"]

# "Pracovní skupina: Senioři", "PS č. 2: …", "Pracovní skupina č. 1 – Senioři" (a dash only after a number)
_LABEL = re.compile(
    r"(?im)^[ \t]*(?:pracovní\s+skupina|PS)(?:\s+č\.\s*\d+[ \t]*[:-]|[ \t]*:)[ \t]*(?P<rest>[^\n]*)"
)
# The case-insensitive patterns here are tried only on the lines (or at the places) that hold their
# opening words, found in the folded text with str.find (textcache): the engine scans them slowly.
_LABEL_WORDS = ("pracovn", "ps")
_CODE = Scanner(  # opens with its code letters (a fast scan); what may not precede them is checked in code
    r"(?P<code>(?:PS|PRS|PSK|KS)(?:[ ]?\d{1,2}|[ ](?P<roman>I{1,3}|IV|VI{0,3}|IX|X)))(?![\w/])"
    r"(?:(?:[ \t]*[-:][ \t]*|[ \t]{1,2}(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]))(?!(?:PS|PRS|PSK|KS)\b)"  # (not a gap)
    r"(?P<name>[^\W\d_][^\n,.;()|]{2,80}))?",
    not_after=r"[\w/.-]",
    anchor_min=2,  # capital letters: rare enough to find "PS", "KS" with str.find
)
_PS_NAMED = Scanner(  # "PS Senioři a PS Rodina": a name's words end before the next "PS"
    r"PS[ ]+(?P<name>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^\W\d_]+(?:[ ](?!PS\b)[^\W\d_]+){0,10})", not_after="word"
)
_AND_TAIL = re.compile(r"[ ]a\Z")
_BARE = re.compile(  # (opens with "skupin" or "tým", found with str.find; the case of its capital is free)
    r"(?P<head>(?i:skupin(?:a|u|y|ě|ou)|tým(?:u|em|y)?))[ \t]+(?:(?P<prep>pro|zaměřen\w*[ \t]+na)[ \t]+"
    r"(?P<what>[^\W\d_]+(?:[ \t]+(?!(?i:skupin))[^\W\d_]+){0,7})"  # (up to the next group named)
    r"|(?P<name>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^\W\d_]*(?:,?[ \t]+(?!(?i:skupin))[^\W\d_]+){0,8}))"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*\Z")
_NOT_WORKING_GROUP = re.compile(
    r"(?:cilov|podpurn|svepomocn|terapeut|ridic|koordinacn|vekov|rizikov|ohrozen|zranitel|socialn|zajmov"
    r"|sebepodpurn|pracovn|tematick|diskusn|fokusov|ohniskov|celostatn|krajsk|narodn|realizacn|manazersk"
    r"|projektov|multidisciplinarn|odborn|terenn|krizov|vyjezdov)\w*"
)
_AREA = re.compile(r'oblast[ \t]+"(?P<area>[^"\n]{3,80})"')  # after ",?[ \t]+" (see _area_lead)
_AREA_NAME = re.compile(r'(?:.*\s-\s)?(?P<name>[^\W\d_][^\n"]{2,80})')
_FOR = re.compile(
    r"(?i)pracovní\w*\s+skupin\w*(?P<infix>\s+(?:komunitního\s+plánování|KPSS|KP))?\s+pro\s+(?P<what>(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,8}\b)|[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4})"  # (on its line)
)
_TRAIL = " \t,;.:-"
_BLOCK = 400
_BROKEN_WORD = re.compile(r"([^\W\d_])[-‐][ \t]*\n[ \t]*(?=[a-záčďéěíňóřšťúůýž])")
_STEERING = re.compile(r"(?i)(?:řídící|řídicí|koordinační)\s+(?:skupin|výbor|tým)")
_LINE_BULLET = re.compile(r"[ \t]*(?:[•\-–*▪●◦·‣►▸■○][ \t]+)?")
_GROUP_ROLES = {"group_leader", "deputy_leader", "member"}
_LINE_RULES = {"heading_list", "labelled_line"}  # finders of one group a line


@dataclass
class _Cand:
    name: str
    start: int
    end: int
    rule: str
    written: bool = False
    members: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # every place named, and how
    pieces: list[tuple[int, int]] = field(default_factory=list)  # a name wrapped over table cells


def _labelled(text: str) -> list[_Cand]:
    out = []
    for m in matches_on_lines(_LABEL, text, _LABEL_WORDS):
        start, end = m.start("rest"), m.end("rest")
        if not m.group("rest").strip():
            nxt = re.compile(r"\n[ \t]*(\S[^\n]*)").match(text, end)
            if not nxt:
                continue
            start, end = nxt.start(1), nxt.end(1)
        stop = cut_at_role(text, start, end)
        name = text[start:stop].strip(_TRAIL)
        if name and len(name.split()) <= 14:
            out.append(_Cand(name, start, start + len(text[start:stop].rstrip(_TRAIL)), "labelled_line"))
    return out


def _coded(text: str) -> list[_Cand]:
    out, named = [], set()
    found = list(_CODE.finditer(text))
    for m in found:
        code = re.sub(r"\s", "", m.group("code"))
        end = _code_name_end(text, m) if m.group("name") else m.start("name")
        if end > m.start("name"):
            name = text[m.start() : end].strip(_TRAIL)
            out.append(_Cand(name, m.start(), m.start() + len(name), "group_code_named"))
            named.add(code)
    for m in found:
        code = re.sub(r"\s", "", m.group("code"))
        if code not in named and not m.group("roman"):  # ("PS V" alone may be "PS v Lhotě")
            named.add(code)
            out.append(_Cand(m.group("code"), m.start(), m.end("code"), "group_code"))
    return out


def _ps_named(text: str) -> list[_Cand]:
    """ "PS Senioři", "PS Lidé se zdravotním postižením": the abbreviation before a group's name (which
    must name a target group; numbered codes are :func:`_coded`'s). Pages that name their groups in full
    elsewhere shorten them so in minutes and schedules ("PS Rodina: 11. 2."): read only where no other
    shape names a group."""
    out = []
    for m in _PS_NAMED.finditer(text):
        name = _AND_TAIL.sub("", text[m.start() : name_end(text, m.start("name"), m.end())]).rstrip(_TRAIL)
        if target_group_at(name[3:]):
            out.append(_Cand(name, m.start(), m.start() + len(name), "group_abbreviation"))
    return out


def _code_name_end(text: str, m: re.Match[str]) -> int:
    """Where the name after a group code ends: before a person ("PS 2 Mgr. Jan Malý" names no group)
    or a column gap of a table dumped as text ("PS 2 – Senioři      Bc. Eva Nová")."""
    start, end = m.start("name"), m.end("name")
    gap = COLUMN_GAP.search(text, start, end)
    return cut_at_role(text, start, gap.start() if gap else end)


def _cards(text: str) -> list[_Cand]:
    return [_Cand(name, s, e, "group_card") for name, s, e in card_names(text)]


def _heading_lists(text: str) -> list[_Cand]:
    return [_Cand(name, s, e, "heading_list") for name, s, e in heading_list_items(text)]


def _areas(norm: str, text: str) -> list[_Cand]:
    """Schedule lines "Senioři, oblast „Služby pro seniory“" → "Senioři („Služby pro seniory“)"."""
    if next(matches_from_words(GROUPS_NAMED, norm, GROUP_WORDS), None) is None:
        return []
    out = []
    for lead, m in area_matches(norm):
        head = _AREA_NAME.fullmatch(norm, line_start(norm, lead, reach=160), lead)
        if not head:
            continue
        start = head.start("name")
        name = text[start : start + len(head.group("name").rstrip(_TRAIL))]
        area = text[m.start("area") - 1 : m.end("area") + 1]
        out.append(_Cand(f"{name} ({area})", start, m.end(), "schedule_area_line", written=True))
    return out


def area_matches(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Each ', oblast "…"' of ``text``: where it starts (its lead) and the match from the word on."""
    pos = 0
    while (m := _AREA.search(text, pos)) is not None:
        lead = _area_lead(text, m.start())
        if lead is None:
            pos = m.start() + 1
            continue
        yield lead, m
        pos = m.end()


def _area_lead(text: str, pos: int) -> int | None:
    """Where ', oblast' starts: the spaces (and a comma) before the word at ``pos``; None without spaces.
    (Found backwards from the word: a pattern opening with ",?[ \t]+" is tried at every character.)"""
    start = pos
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start == pos:
        return None
    return start - 1 if start > 0 and text[start - 1] == "," else start


def _for_phrases(text: str) -> list[_Cand]:
    out = []
    for m in matches_from_words(_FOR, text, GROUP_WORDS):
        what = m.group("what")
        if what.isupper() or target_group_at(what):
            end = name_end(text, m.start("what"), m.end())
            cut = (m.start("infix"), m.end("infix")) if m.group("infix") else (end, end)
            name = (text[m.start() : cut[0]] + text[cut[1] : end]).strip(_TRAIL)
            stop = m.start() + len(text[m.start() : end].rstrip(_TRAIL))
            out.append(_Cand(name, m.start(), stop, "group_for_phrase"))
    return out


def _bare_phrases(text: str) -> list[_Cand]:
    """Groups named in prose without "pracovní": "ve skupině pro seniory", "Skupina zaměřená na osoby se
    zdravotním postižením, kterou koordinuje …", "Skupinu Rodina a děti vede …", "Tým pro seniory". The
    name must give a target group; a target group, support or steering group, or a service's team
    ("cílová", "podpůrná", "řídicí skupina", "multidisciplinární tým") is none, and "pracovní skupina pro
    …" is :func:`_for_phrases`'. "Skupina pro …" is put in the nominative, so the group named in several
    cases is one."""
    out = []
    for m in matches_from_words(_BARE, text, ("skupin", "tym")):
        if m.start() and text[m.start() - 1].isalpha():
            continue  # inside a word ("čtvrtým", "podskupina")
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and _NOT_WORKING_GROUP.fullmatch(fold(before.group(1))):
            continue
        start = m.start("what") if m.group("what") else m.start("name")
        end = name_end(text, start, m.end())
        what = _AND_TAIL.sub("", text[start:end]).rstrip(_TRAIL)  # "… pro seniory a [skupina pro …]"
        if not what or not target_group_at(what):
            continue
        if m.group("what"):
            noun = "Tým" if fold(m.group("head")).startswith("tym") else "Skupina"
            name = f"{noun} {' '.join(m.group('prep').split())} {what}"
            out.append(_Cand(name, m.start(), start + len(what), "group_bare_phrase", written=True))
        else:
            out.append(_Cand(what, start, start + len(what), "group_bare_name"))
    return out


def _tables(text: str, layout: str) -> list[_Cand]:
    """Table rows with a group column; the steering group in a schedule of meetings is not one."""
    return [
        _Cand(g.name, g.start, g.end, "table_row", members=list(g.people), pieces=g.pieces)
        for g in table_groups(text, layout)
        if not _STEERING.match(g.name)
    ]


def _prose(text: str) -> list[_Cand]:
    return [_Cand(name, s, e, "prose_list") for name, s, e in prose_list_items(text)]


def _select(cands: list[_Cand]) -> list[_Cand]:
    kept: list[_Cand] = []
    first: dict[str, _Cand] = {}
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        key = " ".join(fold(c.name).split())
        if key in first:  # named again (or read twice: a table row's code, with the row's leader)
            last_start, last_end, _ = first[key].spans[-1]  # (spans come in order of start)
            if not last_start <= c.start < last_end:  # (not the same place read twice)
                first[key].spans.append((c.start, c.end, c.rule))
            first[key].members += [m for m in c.members if m not in first[key].members]
            continue
        if kept and c.start < kept[-1].end:
            continue
        first[key] = c
        c.spans.append((c.start, c.end, c.rule))
        kept.append(c)
    return kept


def _listed_members(text: str, kept: list[_Cand]) -> None:
    """People listed one per line right under a line that names the group."""
    for lst in person_lists(text):
        if not lst.members:
            continue
        group = next(
            (c for c in kept for s, _, _ in c.spans if lst.heading_start <= s < lst.heading_end), None
        )
        if group:
            group.members += [p.name for p in lst.people if p.name not in group.members]


def _attending_members(text: str, kept: list[_Cand]) -> None:
    """The people present at (or excused from) the meeting whose minutes' title names the group."""
    for listed in attendance_lists(text):
        group = next(
            (
                c
                for c in kept
                for s, _, _ in c.spans
                if listed.title <= s <= listed.title + MINUTES_TITLE_REACH
            ),
            None,
        )
        if group:
            group.members += [name for name in listed.people if name not in group.members]


def _members(text: str, kept: list[_Cand]) -> None:
    """People with a group role (leader, member) in a group's block: after each place that names it, up
    to the next group or a blank line; people listed under the group's name, and those who attended it
    by its minutes."""
    _listed_members(text, kept)
    _attending_members(text, kept)
    prs = [pr for pr in people_roles(text) if pr.role and pr.role.code in _GROUP_ROLES]
    starts = [pr.person.start for pr in prs]
    places = sorted(((start, end, rule, c) for c in kept for start, end, rule in c.spans), key=lambda p: p[0])
    for i, (start, stop, rule, c) in enumerate(places):
        nxt = places[i + 1][0] if i + 1 < len(places) else min(len(text), stop + _BLOCK)
        cut = re.search(r"\n[ \t]*\n", text[stop:nxt]) if nxt > stop else None
        end = stop + cut.start() if cut else max(stop, nxt)
        found = [pr.person.name for pr in prs[bisect_left(starts, stop) : bisect_left(starts, end)]]
        found += _role_line_members(text, stop, end)
        if rule in _LINE_RULES:  # "Senioři – Mgr. Jana Malá (Domov Lipka)": the rest of its line
            found += [p.name for p in find_people(text[stop : min(line_end(text, stop), end)])]
        if rule in _LINE_RULES or rule == "group_code_named":  # and the people its lines open with
            found += _line_opening_people(text, line_end(text, stop), end)
        if _heads_its_block(text, start, stop):  # "Pracovní skupina pro seniory\nSkupina … Vede ji …"
            found += _block_people(text, line_end(text, stop), end)
        c.members += [name for name in dict.fromkeys(found) if name not in c.members]


def _heads_its_block(text: str, start: int, end: int) -> bool:
    """A group named on a line of its own (a heading over a paragraph about it)."""
    return not text[line_start(text, start) : start].strip(" \t•*-–") and not text[
        end : line_end(text, end)
    ].strip(" \t:")


def _block_people(text: str, start: int, end: int) -> list[str]:
    """The people of a group's paragraph that hold no role or a group role ("Vede ji Mgr. Eva Malá,
    … mezi nimi Bc. Jan Kos"), not the coordinator or an official it mentions."""
    prs = people_roles(text)
    starts = _role_starts(text)
    return [
        pr.person.name
        for pr in prs[bisect_left(starts, start) : bisect_left(starts, end)]
        if pr.role is None or pr.role.code in _GROUP_ROLES
    ]


@per_text
def _role_starts(text: str) -> list[int]:
    return [pr.person.start for pr in people_roles(text)]


def _line_opening_people(text: str, start: int, end: int) -> list[str]:
    """The people who open a line of ``text[start:end]`` (after a bullet): "PS 1 – Senioři" over
    "Mgr. Eva Malá, Domov Lipka" and "Jan Novák (vedoucí)"."""
    people = find_people(text)
    i = bisect_left(person_starts(text), start)
    out = []
    for p in people[i:]:
        if p.start >= end:
            break
        if _LINE_BULLET.fullmatch(text, line_start(text, p.start), p.start):
            out.append(p.name)
    return out


@lru_cache(maxsize=1024)
def _group_role(label: str) -> bool:
    """Whether a line's label names a group role (pages repeat their labels: "vedoucí:", "členové:")."""
    return any(r.code in _GROUP_ROLES for r in find_roles(label))


def _role_line_members(text: str, start: int, end: int) -> list[str]:
    """Everyone named on the lines of ``text[start:end]`` that open with a group-role label ("členové:
    Jan Malý; Eva Nová", "vedoucí: …"), not only the first person after the label, and on the lines
    such a line wraps onto after a comma."""
    out = []
    going_on = False  # the line above was a member line ending with a comma: this one continues it
    for line in text[start:end].split("\n"):
        label = DETAIL_LABEL.match(line)
        if label and (MEMBERS_LABEL.match(label.group(1)) or _group_role(line[: label.end()])):
            out += [name for name, _, _ in line_members(line)]
        elif going_on and not label:
            out += [p.name for p in find_people(line)]
        else:
            going_on = False
            continue
        going_on = line.rstrip().endswith(",")
    return out


def _as_written(text: str, norm: str, cand: _Cand) -> str:
    """The name as the page writes it (its own quotes and dashes), spaces collapsed and a word broken at
    a line's end joined ("ohrože-\nné" → "ohrožené")."""
    if cand.pieces:
        return joined_name(text, cand.pieces)
    at = norm.find(cand.name, cand.start, cand.end + len(cand.name))
    written = text[at : at + len(cand.name)] if at >= 0 else cand.name
    return " ".join(_BROKEN_WORD.sub(r"\1", written).split())


def extract_working_groups(text: str) -> list[WorkingGroup]:
    """The working groups ``text`` names, in order of appearance."""
    norm = normalised(text)
    finders = (_labelled, _coded, _heading_lists, _cards, _for_phrases, _prose, _bare_phrases)
    cands = [c for find in finders for c in find(norm)] + _tables(norm, text) + _areas(norm, text)
    kept = _select(cands or _ps_named(norm))  # (a page names its groups so only where nothing else does)
    _members(norm, kept)
    out = []
    for c in kept:
        name = c.name if c.written else _as_written(text, norm, c)
        group = WorkingGroup(name=name, target_group=target_group(c.name), members_named=c.members)
        group.cite("name", c.start, c.end, c.rule)
        out.append(group)
    return out

"""Working-group names listed in prose right after "pracovní skupiny" ("… pracovní skupiny Děti, mládež,
rodina; Osoby se zdravotním znevýhodněním a Senioři.").

Commas and "a" also occur inside group names, so the list is split by its strongest separator:
semicolons when it has them; else, when items start with capitals, a comma or "a" before a capital;
else commas. Only items that name a target group are kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kpdata.extract.people import find_people
from kpdata.extract.roles import find_roles_in
from kpdata.extract.target_groups import target_group_at
from kpdata.extract.textcache import matches_from_words, per_text

__all__ = ["cut_at_role", "name_end", "person_starts", "prose_list_items"]

_UP = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_TRIGGER = re.compile(
    rf"(?i:pracovní(?:ch|mi|m)?\s+skupin(?:y|a|ách|ami|ě|u)?)(?:\s+(?i:komunitního\s+plánování))?"
    rf"(?:[ \t]*[:(-][ \t]*|[ \t]+(?=[{_UP}]))"  # "…, pracovní skupiny (senioři, rodiny s dětmi)"
)
_TRIGGER_WORDS = ("pracovn",)  # (folded) every _TRIGGER match opens with it
# a list ends at a sentence's end or a line's, unless the line is hard-wrapped (PDF text: the next line
# goes on in lower case)
_END = re.compile(rf"\.(?=\s+[{_UP}0-9]|\s*$)|\n(?![ \t]*[a-záčďéěíňóřšťúůýž])|[!?]")
_SEMI = re.compile(rf";\s*| a (?=[{_UP}])")
_SEMI_BEFORE_CAPITAL = re.compile(rf";\s*[{_UP}0-9]")
_CAPS = re.compile(rf",\s*(?=[{_UP}])| a (?:(?:pracovní\s+)?skupin[ay]\s+)?(?=[{_UP}])")
_DOTS = re.compile(r"\s*[·|]\s*")  # "Senioři · Rodina a děti · Osoby v krizi"
_COMMA = re.compile(r",\s*(?:a\s+)?")
_LEAD = re.compile(r"^(?:a\s+)?(?:(?:pracovní\s+)?skupin[ay]\s+)?", re.I)
_ENUMERATOR = re.compile(r"\s+\d{1,2}\.?\Z")
# where a clause starts inside an item ("Senioři se sešla v úterý"): a verb, with its reflexive pronoun
_CLAUSE = re.compile(
    r"(?:\s+(?:se|si))?\s+(?:[a-záčďéěíňóřšťúůýž]{2,}[aeiouyáéíýědšhkzt]l[aoiy]?|je|jsou|bude|budou|má|mají"
    r"|proběhne|zasedá|jedná|projedná|schází|scházejí|řeší|pracuje|pracují|připravuje|sejde|setká|vede|vedou"
    r"|řídí|koordinuje|tvoří)(?![\w])"
)
# a reflexive verb's pronoun ends a name ("Rodina a děti se přesouvá …"), unless an instrumental follows it
# as in "osoby se zdravotním postižením"; so does a time ("pracovní skupiny pro seniory v květnu 2025")
_REFLEXIVE = re.compile(r"\s+s[ei]\s+(?![^\W\d_]*(?:ím|ými|ým|ou)\b)")
_TIME = re.compile(
    r"\s+ve?\s+(?:lednu|únoru|březnu|dubnu|květnu|červnu|červenci|srpnu|září|říjnu|listopadu|prosinci"
    r"|roce|roku|pondělí|úterý|středu|čtvrtek|pátek|\d)"
    r"|\s+na\s+(?:jednání|setkání|schůz|zasedání)"  # "… PS Rodina na jednáních v září"
)
# a relative clause ends a name: "Rodina a děti, jejíž vedoucí byla …", "Senioři, kterou vede …"
_RELATIVE = re.compile(r",?\s+(?:jejíž|jehož|jejichž|který|která|které|kterou|kterého|jenž|jež)\b")
_NOT_GROUP = re.compile(r"(?i)řídící|řídicí|koordinační|jednání|setkání")
_MAX_WORDS = 12
_DIVIDED = re.compile(r":|\s-\s")  # "Senioři - vedoucí: …"
_TRAIL = " \t,;.:-"


def _spans(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in sep.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _separator(items: str) -> re.Pattern[str]:
    if "·" in items or "|" in items:
        return _DOTS
    if ";" in items and (not items[:1].isupper() or _SEMI_BEFORE_CAPITAL.search(items)):
        return _SEMI  # (capitalised items apart by commas, then "; projednala je …": a clause, no item)
    return _CAPS if items[:1].isupper() else _COMMA


def cut_at_role(text: str, start: int, end: int) -> int:
    """Where a group's name in ``text[start:end]`` ends: before a role word, a person or an e-mail
    ("Senioři - vedoucí: Jan Malý", "Rodina Jana Nová"). ``text`` is the page: its people are read
    once (and in their context). Role words are looked for only where a person follows or a label
    or dash divides the stretch (most names hold neither, and the search is the costly part)."""
    starts = person_starts(text)
    first = bisect_left(starts, start)
    cuts = [starts[first]] if first < len(starts) and starts[first] < end else []
    if cuts or _DIVIDED.search(text, start, end):
        cuts += [r.start for r in find_roles_in(text, [(start, end)])][:1]
    at = text.find("@", start, end)
    if at >= 0:
        cuts.append(max(text.rfind(" ", start, at), start))
    cut = min(cuts, default=end)
    if cut < end:  # "Senioři - skupinu vede Mgr. Jana Malá": the name ends at the dash before its leader
        divider = _last_divider(text, start, cut)
        if divider is not None:
            return divider
    return cut


def _last_divider(text: str, start: int, end: int) -> int | None:
    """Where the last dash or colon dividing ``text[start:end]`` starts, when a name stands before it."""
    found = None
    for m in _DIVIDED.finditer(text, start, end):
        if any(ch.isalpha() for ch in text[start : m.start()]):
            found = m.start()
    return found


@per_text
def person_starts(text: str) -> list[int]:
    return [p.start for p in find_people(text)]


def name_end(text: str, start: int, end: int) -> int:
    """Where a group's name starting at ``start`` ends, at ``end`` at the latest: before a verb that opens
    a clause ("Senioři se sešli …", "… pro seniory vede pan …", "Rodina se přesouvá …"), a time ("… v
    květnu"), a role word, a person or an e-mail."""
    for pattern in (_CLAUSE, _REFLEXIVE, _TIME, _RELATIVE):
        found = pattern.search(text, start, end)
        end = found.start() if found else end
    return cut_at_role(text, start, end)


def _item(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    lead = _LEAD.match(text, start, end)
    start = lead.end() if lead else start
    if not target_group_at(text[start:end]):
        return None  # (no target group in the whole item: no need to find where its name ends)
    raw = text[start : name_end(text, start, end)]
    name = _ENUMERATOR.sub("", raw.strip(_TRAIL)).strip(_TRAIL)
    if not name or len(name.split()) > _MAX_WORDS or _NOT_GROUP.search(name) or not target_group_at(name):
        return None
    begin = start + raw.index(name)
    return name, begin, begin + len(name)


def _list_end(text: str, trig: re.Match[str]) -> int:
    """Where a list after its trigger ends: at the bracket it opened with, else at the sentence's end (at
    most 500 characters on)."""
    limit = min(len(text), trig.end() + 500)
    bracket = text.find(")", trig.end(), limit) if trig.group().rstrip().endswith("(") else -1
    if bracket >= 0:
        return bracket
    stop = _END.search(text, trig.end(), limit)
    return stop.start() if stop else limit


def prose_list_items(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each working group listed in prose after a "pracovní skupiny" trigger."""
    out = []
    for trig in matches_from_words(_TRIGGER, text, _TRIGGER_WORDS):
        end = _list_end(text, trig)
        sep = _separator(text[trig.end() : end])
        for s, e in _spans(text, trig.end(), end, sep):
            item = _item(text, s, e)
            if item:
                out.append(item)
    return out

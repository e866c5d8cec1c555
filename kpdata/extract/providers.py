"""Provider organisations a KPSS page names as such.

Four shapes (the word lists are data, ``rules/organisation_forms.yml``): a name before its legal form
("Domov Slunce, z. ú.", "Krajánek příspěvková organizace"); a name that starts with a provider head word
("Charita Krnov", "Diakonie ČCE – středisko …"); items of a list introduced by "poskytovatele:"; and a
parenthesised list after a service word ("pobytových služeb (Domov A, Spolek B)"). Municipalities,
offices and schools are never providers, nor an organisation named as a project's implementer.
IČO is attached when it follows the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kpdata.extract.lexicon import rule_file
from kpdata.extract.model import Provider
from kpdata.extract.names import is_given_form
from kpdata.extract.provider_lists import bullet_items, parenthesised_items
from kpdata.extract.text import Scanner, fold
from kpdata.extract.textcache import normalised

__all__ = ["extract_providers"]

_UP = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_NAME_WORD = re.compile(rf"[{_UP}0-9][\w-]*")
_BRANCH = re.compile(r"\s*-\s*(?:pracoviště|středisko|pobočka)(?:[ \t]+[^\s,;().]+){1,6}")
_PAST_VERB = re.compile(r"[a-záčďéěíňóřšťúůýž]{2,}(?:[aeiouyáéíýě]l|dl)[aoiy]?")
_MAX_NAME_WORDS = 8
_NAME_REACH = 160
_MUNICIPALITY = re.compile(r"Město|Obec|Městys|Statutární")
_ICO = re.compile(r"[,\s(]*IČO?\s*:?\s*(?P<ico>\d{8})\b")
_NEXT_WORD = re.compile(r"[ \t]+([^\s,;:()]+)")


@dataclass(frozen=True, slots=True)
class _Found:
    name: str
    start: int
    end: int
    rule: str


@cache
def _rules() -> dict:
    data = rule_file("organisation_forms")
    patterns, nominatives = [], []
    for i, entry in enumerate(data["heads"]):
        pattern, nominative = (
            (entry, None) if isinstance(entry, str) else (entry["pattern"], entry["nominative"])
        )
        patterns.append(f"(?P<h{i}>{pattern})")
        nominatives.append(nominative)
    return {
        # rare opening words ("Charita", "z." of "z. s."): found with str.find on long pages
        "forms": Scanner("(?:" + "|".join(data["legal_forms"]) + r")(?!\w)", not_after="word", anchor_min=2),
        "heads": Scanner(patterns, anchor_min=3),
        "nominatives": nominatives,
        "not": re.compile(data["not_providers"]),
        "not_cue": re.compile(data["not_provider_cues"]),
        "list_cue": re.compile(data["list_cues"]),
        "clause_words": frozenset(data["clause_words"]),
        "name_nouns": frozenset(data["name_nouns"]),
        "inflected_heads": dict(data["inflected_heads"]),
    }


def _clause_words() -> frozenset[str]:
    return _rules()["clause_words"]


def _trim(text: str, start: int, end: int, chars: str = " ,-\t") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _name_before(text: str, end: int) -> int | None:
    """Start of the organisation name ending at ``end``: the earliest capitalised word of the clause
    with no verb or clause word between it and ``end``."""
    lo = max(0, end - _NAME_REACH)
    base = max(lo - 1, *(text.rfind(c, lo, end) for c in "\n(:;")) + 1
    words = list(re.finditer(r"\S+", text[base:end]))[-_MAX_NAME_WORDS:]
    start = None
    for j in range(len(words) - 1, -1, -1):
        word = words[j].group().strip("\"'")
        folded_word = fold(word)
        if folded_word in _clause_words() or (
            _PAST_VERB.fullmatch(word) and folded_word not in _rules()["name_nouns"]
        ):
            break
        if j < len(words) - 1 and word.endswith((".", ",")):
            break
        if _is_boundary(words, j):
            start = j + 2 if _MUNICIPALITY.fullmatch(word) else j + 1
            break
        if _NAME_WORD.fullmatch(word.rstrip(",.")):
            start = j
    if start is None or start >= len(words):
        return None
    return base + words[start].start()


def _is_boundary(words: list[re.Match[str]], j: int) -> bool:
    """A word the name cannot reach past: a municipality word ("Město Lhota Domov …") or the second of
    two all-capital words (a heading glued to the text)."""
    word = words[j].group()
    if _MUNICIPALITY.fullmatch(word) and j > 0:
        return True
    nxt = words[j + 1].group() if j + 1 < len(words) else ""
    return len(word) > 3 and word.isupper() and len(nxt) > 3 and nxt.isupper()


def _legal_form_names(text: str) -> list[_Found]:
    out = []
    for m in _rules()["forms"].finditer(text):
        name_end = m.start()
        while name_end > 0 and text[name_end - 1] in " ,-":
            name_end -= 1
        if not name_end or not (text[name_end - 1].isalnum() or text[name_end - 1] in "\"')"):
            continue
        start = _name_before(text, name_end)
        if start is None or start >= name_end:
            continue
        start = _second_of_two(text, start, name_end)
        end = m.end()
        branch = _BRANCH.match(text, end)
        end = branch.end() if branch else end
        start, end = _trim(text, start, end)
        out.append(_Found(text[start:end], start, end, "legal_form"))
    return out


def _second_of_two(text: str, start: int, name_end: int) -> int:
    """ "Charita Lhota a Spolek Rozárka, z. s.": a name that opens with a provider head word and goes on
    past " a " and a capitalised word is two names; the legal form belongs to the second."""
    cut = text.rfind(" a ", start, name_end)
    if cut < 0 or not text[cut + 3 : cut + 4].isupper() or not _rules()["heads"].regex.match(text, start):
        return start
    return cut + 3


def _name_run(text: str, pos: int, *, limit: int = 5) -> int:
    """End of the capitalised name words that follow ``pos`` on the same line (a sentence's full stop
    ends the run)."""
    end = pos
    for _ in range(limit):
        m = _NEXT_WORD.match(text, end)
        word = m.group(1).rstrip(".") if m else ""
        if not word or not _NAME_WORD.fullmatch(word) or is_given_form(word):
            break
        end = m.start(1) + len(word)
        if word != m.group(1):
            break
    return end


def _inside_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _head_names(text: str) -> list[_Found]:
    out = []
    rules = _rules()
    for m in rules["heads"].finditer(text):
        if _inside_word(text, m.start(), m.end()):
            continue
        nominative = rules["nominatives"][int(m.lastgroup[1:])]
        end = _name_run(text, m.end())
        if end == m.end() and " " not in m.group():
            continue
        branch = _BRANCH.match(text, end)
        end = branch.end() if branch else end
        start, end = _trim(text, m.start(), end)
        name = (nominative + text[m.end() : end]) if nominative else text[start:end]
        out.append(_Found(name, start, end, "provider_head_word"))
    return out


def _listed(text: str) -> list[_Found]:
    out = [_Found(n, s, e, "provider_list") for n, s, e in bullet_items(text)]
    cue = _rules()["list_cue"]
    out += [_Found(n, s, e, "provider_parenthesis") for n, s, e in parenthesised_items(text, cue)]
    return out


def _acceptable(text: str, found: _Found) -> bool:
    rules = _rules()
    if rules["not"].search(found.name) or len(found.name) < 3 or len(found.name.split()) > 12:
        return False
    return not rules["not_cue"].search(text[max(0, found.start - 40) : found.start])


def _select(text: str, found: list[_Found]) -> list[_Found]:
    kept: list[_Found] = []
    seen: set[str] = set()
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        key = " ".join(fold(f.name).split())
        if key in seen or (kept and f.start < kept[-1].end) or not _acceptable(text, f):
            continue
        seen.add(key)
        kept.append(f)
    return kept


def _nominative(name: str) -> str:
    """The name with its first word in the nominative where a page wrote it in another case ("Spolku
    Náruč, z. s." → "Spolek Náruč, z. s.")."""
    first, _, rest = name.partition(" ")
    head = _rules()["inflected_heads"].get(first)
    return f"{head} {rest}" if head and rest else name


def extract_providers(text: str) -> list[Provider]:
    """The provider organisations ``text`` names, in order of appearance."""
    norm = normalised(text)
    out = []
    for f in _select(norm, _legal_form_names(norm) + _head_names(norm) + _listed(norm)):
        written = norm[f.start : f.end] == f.name
        provider = Provider(
            name=_nominative(" ".join((text[f.start : f.end] if written else f.name).split()))
        )
        provider.cite("name", f.start, f.end, f.rule)
        ico = _ICO.match(norm, f.end)
        if ico:
            provider.ico = ico.group("ico")
            provider.cite("ico", ico.start("ico"), ico.end("ico"), "ico_after_name")
        out.append(provider)
    return out

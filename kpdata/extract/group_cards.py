"""Working groups given as cards: the group's name on a line of its own (often in capitals, after a rule
line), and right under it the card's lines, the first a leader's label:

    SENIOŘI
    Vedoucí skupiny: Mgr. Jana Malá
    Telefon: …

The label names the group ("Vedoucí skupiny:", "Garantka PS:"); a bare one ("Vedoucí:", "Koordinátor:")
counts where the page spoke of its working groups shortly before and the name is no provider's ("Domov
pro seniory Lipka" over "Vedoucí: …" is a service's card). The card's people are read as any group
block's (:mod:`kpdata.extract.groups`).
"""

from __future__ import annotations

import re

from kpdata.extract.people import find_people
from kpdata.extract.target_groups import target_group_at
from kpdata.extract.textcache import folded, matches_on_lines

__all__ = ["card_names"]

_LEADER_WORDS = ("vedouc", "garant", "koordinator", "manazer", "predsed", "lidr")  # (folded)
_LABEL = re.compile(
    r"(?im)^[ \t]*(?:vedoucí|garant\w*|koordinátor\w*|manažer\w*|předsed\w*|lídr\w*)"
    r"(?P<group>[ \t]+(?:(?:pracovní[ \t]+)?skupin\w*|PS))?[ \t]*:"
)
_RULE_LINE = re.compile(r"[ \t]*[-–—_=*•~·.]{3,}[ \t]*")  # "———————", "* * *" apart
_PROVIDER = re.compile(
    r"(?i)\b(?:domov\w*|centrum|centra|charit\w*|spolek|stacionář|azylov\w*|poradn\w*|příspěvková)\b"
    r"|\b(?:z\.[ ]?[súo]\.|o\.[ ]?p\.[ ]?s\.|p\.[ ]?o\.|s\.[ ]?r\.[ ]?o\.)"
)
_LEAD = re.compile(r"[^\w]*(?:\d{1,2}[.)])?[^\w]*")  # a bullet or a list number before the name
_MAX_WORDS = 10
_CONTEXT = 3000  # a bare label counts this far after the page names its working groups
_TRAIL = " \t•*-–,;"  # (after the name)


def _line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The nearest line above ``line_start`` that holds more than a rule (at most two lines up)."""
    end = line_start - 1
    for _ in range(3):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        body = text[start:end]
        if body.strip() and not _RULE_LINE.fullmatch(body):
            return start, end
        end = start - 1
    return None


def _names_a_group(name: str) -> bool:
    return (
        0 < len(name.split()) <= _MAX_WORDS
        and ":" not in name
        and "@" not in name
        and not name.endswith(".")
        and target_group_at(name) is not None
        and not find_people(name)
    )


def card_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each group card's name in (normalised) ``text``."""
    out = []
    low = folded(text)
    for label in matches_on_lines(_LABEL, text, _LEADER_WORDS):
        line = _line_above(text, label.start())
        if line is None:
            continue
        raw = text[line[0] : line[1]]
        name = raw[_LEAD.match(raw).end() :].rstrip(_TRAIL)
        if not _names_a_group(name):
            continue
        if not label.group("group") and (
            _PROVIDER.search(name)
            or low.find("pracovni skupin", max(0, label.start() - _CONTEXT), label.start()) < 0
        ):
            continue
        start = line[0] + raw.index(name)
        out.append((name, start, start + len(name)))
    return out

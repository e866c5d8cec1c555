"""Working-group names → target-group codes by a phrase table (``rules/target_groups.yml``).

For a combined group ("Senioři a osoby se zdravotním postižením") the phrase named first wins.
"""

from __future__ import annotations

import re
from functools import cache

from kpdata.extract.lexicon import rule_file
from kpdata.extract.text import fold

__all__ = ["target_group", "target_group_at"]


@cache
def _table() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (row["code"], re.compile(rf"(?<!\w)(?:{row['pattern']})"))
        for row in rule_file("target_groups")["target_groups"]
    ]


def target_group_at(name: str) -> tuple[str, int, int] | None:
    """The code of the first target-group phrase in ``name`` and that phrase's span, or None."""
    folded = fold(name)
    best: tuple[str, int, int] | None = None
    for code, rx in _table():
        m = rx.search(folded)
        if m and (best is None or m.start() < best[1]):
            best = (code, m.start(), m.end())
    return best


def target_group(name: str) -> str:
    """The target-group code of a working group's name; "other" for codes and unknown names."""
    found = target_group_at(name)
    return found[0] if found else "other"

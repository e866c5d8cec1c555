"""Working-group names → target-group codes by a phrase table (``rules/target_groups.yml``).

For a combined group ("Senioři a osoby se zdravotním postižením") the phrase named first wins.
"""

from __future__ import annotations

from functools import cache, lru_cache

from kpdata.extract.lexicon import rule_file
from kpdata.extract.text import Scanner, fold

__all__ = ["target_group", "target_group_at"]


@cache
def _table() -> tuple[Scanner, list[str]]:
    """One alternation of every phrase (a named group per row, in file order), each opening a word, and
    the rows' codes."""
    rows = rule_file("target_groups")["target_groups"]
    union = [f"(?P<t{i}>{row['pattern']})" for i, row in enumerate(rows)]
    return Scanner(union, not_after="word"), [row["code"] for row in rows]


@lru_cache(maxsize=4096)
def target_group_at(name: str) -> tuple[str, int, int] | None:
    """The code of the first target-group phrase in ``name`` and that phrase's span, or None (at one
    place, the row listed first in the rule file wins). Names recur on a page: results are remembered."""
    rx, codes = _table()
    m = rx.search(fold(name))
    return (codes[int(m.lastgroup[1:])], m.start(), m.end()) if m else None


def target_group(name: str) -> str:
    """The target-group code of a working group's name; "other" for codes and unknown names."""
    found = target_group_at(name)
    return found[0] if found else "other"

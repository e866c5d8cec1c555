"""The literal strings a pattern's every match must open with, read from the pattern's text.

CPython's regex engine finds a single literal opening string fast, but for an alternation of words
("schválil|přijal|odsouhlasil") it only knows the set of first letters, and tries the whole alternation
at every such letter of the text. ``str.find`` for each opening word, then a match attempt only where one
occurs, reads a long page several times faster (see :class:`kpdata.extract.text.Scanner`).

``required_prefixes("schvalil[aioy]?|(?:prijal|prijat)\\\\b")`` is ``["schvalil", "prijal", "prijat"]``; a
branch that can open in another way (a class, an assertion, a quantified opening) makes it None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["required_prefixes", "split_alternatives", "with_opening_guard"]

_SPECIAL = set("\\()[]{}|*+?.^$")
_QUANTIFIER = set("*+?{")
_GROUP_OPENING = re.compile(r"\((?:\?:|\?P<\w+>)?")


def split_alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` branches of ``pattern`` (groups, classes and escapes respected).

    Raises ValueError on a character class this reader does not follow (a nested set)."""
    parts, start = [], 0
    for i, c, depth in _structure(pattern, 0):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def required_prefixes(pattern: str, *, min_length: int = 2) -> list[str] | None:
    """The literal strings (each at least ``min_length`` long) one of which opens every match of
    ``pattern``, or None when the pattern's text does not show such strings."""
    try:
        prefixes = _branch_prefixes(split_alternatives(pattern))
    except ValueError:
        return None
    if prefixes is None or any(len(p) < min_length for p in prefixes):
        return None
    return list(dict.fromkeys(prefixes))


def with_opening_guard(pattern: str) -> str:
    """``pattern``, led by a look-ahead for its opening words' first letters when it has several branches
    and one of them opens with a group: the engine skips to a pattern's first letters in C only when every
    branch opens with a plain character (or the whole is one group), so it would try every position."""
    try:
        branches = split_alternatives(pattern)
    except ValueError:
        return pattern
    if len(branches) < 2 or all(_literal_prefix(b) for b in branches):
        return pattern
    prefixes = required_prefixes(pattern, min_length=1)
    if not prefixes:
        return pattern
    letters = "".join(re.escape(c) for c in sorted({p[0] for p in prefixes}))
    return f"(?=[{letters}])(?:{pattern})"


def _branch_prefixes(branches: list[str]) -> list[str] | None:
    out: list[str] = []
    for branch in branches:
        prefix = _literal_prefix(branch)
        if prefix:
            out.append(prefix)
            continue
        inner = _opening_group(branch)
        if inner is None:
            return None
        found = _branch_prefixes(split_alternatives(inner))
        if found is None:
            return None
        out += found
    return out


def _literal_prefix(branch: str) -> str:
    """The plain characters ``branch`` opens with, escaped punctuation included ("o\\.p" -> "o.p"), a
    quantified last one left out."""
    chars: list[str] = []
    i = 0
    while i < len(branch):
        if branch[i] == "\\" and i + 1 < len(branch) and not branch[i + 1].isalnum():
            step = 2
        elif branch[i] not in _SPECIAL:
            step = 1
        else:
            break
        if branch[i + step : i + step + 1] in _QUANTIFIER:
            break
        chars.append(branch[i + step - 1])
        i += step
    return "".join(chars)


def _opening_group(branch: str) -> str | None:
    """The content of the unquantified plain, non-capturing or named group ``branch`` opens with."""
    opening = _GROUP_OPENING.match(branch)
    if opening is None or branch[opening.end() : opening.end() + 1] in ("?", ")", ""):
        return None  # a look-around, inline flags or an empty group
    for j, c, depth in _structure(branch, opening.end()):
        if c == ")" and depth == -1:
            if branch[j + 1 : j + 2] in _QUANTIFIER:
                return None
            return branch[opening.end() : j]
    return None


def _structure(pattern: str, i: int) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` of the characters of ``pattern`` from ``i`` outside escapes and character
    classes; depth counts the groups open since ``i`` (after a ``)``, the depth it closed to)."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield i, c, depth
        i += 1


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``pattern[i]``."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":  # a leading "]" is a member
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
        elif pattern[j] == "[":
            raise ValueError(f"a nested set at {j} of {pattern!r}")
        elif pattern[j] == "]":
            return j + 1
        else:
            j += 1
    raise ValueError(f"an unclosed class at {i} of {pattern!r}")

"""Czech numbers as written in prose: cardinal and ordinal words in their cases, digit groups.

Words are matched in folded form (lower case, no accents). Cardinal "one" is left out on purpose: its
forms are also ordinary words ("jedná se" folds to "jedna se").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CARDINAL_RE", "ORDINAL_RE", "ORDINAL_WORD_RE", "cardinal_value", "number_value", "ordinal_value"]

_CARDINALS: dict[int, tuple[str, ...]] = {
    2: ("dva", "dve", "dvou", "dvema"),
    3: ("tri", "trech", "trem", "tremi"),
    4: ("ctyri", "ctyr", "ctyrech", "ctyrem", "ctyrmi"),
    5: ("pet", "peti"),
    6: ("sest", "sesti"),
    7: ("sedm", "sedmi"),
    8: ("osm", "osmi"),
    9: ("devet", "deviti"),
    10: ("deset", "deseti"),
    11: ("jedenact", "jedenacti"),
    12: ("dvanact", "dvanacti"),
    13: ("trinact", "trinacti"),
    14: ("ctrnact", "ctrnacti"),
    15: ("patnact", "patnacti"),
    20: ("dvacet", "dvaceti"),
    30: ("tricet", "triceti"),
}
_CARDINAL_OF = {form: value for value, forms in _CARDINALS.items() for form in forms}

# ordinal stems; every adjective ending is accepted after them
_ORDINAL_STEMS: dict[int, str] = {
    1: "prvn",
    2: "druh",
    3: "tret",
    4: "ctvrt",
    5: "pat",
    6: "sest",
    7: "sedm",
    8: "osm",
    9: "devat",
    10: "desat",
}
_ORDINAL_ENDINGS = "iho|imu|imi|ich|im|i|ymi|ych|ym|y|eho|emu|em|a|e|ou"

CARDINAL_RE = r"(?:" + "|".join(sorted(_CARDINAL_OF, key=len, reverse=True)) + r")"
ORDINAL_WORD_RE = r"(?:(?:" + "|".join(_ORDINAL_STEMS.values()) + r")(?:" + _ORDINAL_ENDINGS + r")\b)"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
ORDINAL_RE = r"(?:" + ORDINAL_WORD_RE + r"|(?:[1-9]|1\d)\.|(?:viii|vii|iii|ii|iv|vi|ix|i|v|x)\.)"

_ORDINAL_WORD = re.compile(r"(" + "|".join(_ORDINAL_STEMS.values()) + r")(?:" + _ORDINAL_ENDINGS + r")")


def cardinal_value(word: str) -> int | None:
    """The value of a folded cardinal word ("ctyri" -> 4), else None."""
    return _CARDINAL_OF.get(word)


def ordinal_value(word: str) -> int | None:
    """The value of a folded ordinal ("treti", "6.", "iii." -> 3, 6, 3), else None."""
    word = word.strip()
    if word.endswith(".") and word[:-1].isdigit():
        return int(word[:-1])
    if word.endswith(".") and word[:-1] in _ROMAN:  # "III. komunitní plán" (folded: "iii.")
        return _ROMAN[word[:-1]]
    m = _ORDINAL_WORD.fullmatch(word)
    if not m:
        return None
    return next(value for value, stem in _ORDINAL_STEMS.items() if stem == m[1])


@lru_cache(maxsize=4096)
def number_value(token: str) -> float | None:
    """Digits with space thousands and a decimal comma ("25 000", "1,58") or a cardinal word."""
    token = token.strip()
    word = cardinal_value(token)
    if word is not None:
        return float(word)
    compact = token.replace(" ", "")
    if not re.fullmatch(r"\d+(?:,\d+)?", compact):
        return None
    return float(compact.replace(",", "."))

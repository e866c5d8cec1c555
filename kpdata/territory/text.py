"""Folding text for matching: lower case, no diacritics, words split on anything but letters and digits.

Letters without an ASCII base (rare in Czech place names) are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_all", "words", "written_words"]

_NON_WORD = re.compile(r"[^0-9a-z\n]+")
_NON_WORD_UNICODE = re.compile(r"[\W_]+")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``"Ústí nad Labem-Střekov"`` -> ``"usti nad labem strekov"``."""
    return " ".join(_NON_WORD.sub(" ", _ascii(text)).split())


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``."""
    return tuple(fold(text).split())


@lru_cache(maxsize=65536)
def written_words(text: str) -> tuple[str, ...]:
    """Lower-case words with their diacritics kept, split like :func:`words` (``"Cítov"`` -> ``("cítov",)``).

    Falls back to the folded words when the two splits disagree (letters that fold to nothing).
    """
    found = tuple(_NON_WORD_UNICODE.sub(" ", unicodedata.normalize("NFC", text.casefold())).split())
    folded = words(text)
    return found if len(found) == len(folded) else folded


def fold_all(texts: list[str]) -> list[tuple[str, ...]]:
    """``[words(t) for t in texts]`` in one pass over the joined text (for loading many names quickly)."""
    joined = _NON_WORD.sub(" ", _ascii("\n".join(text.replace("\n", " ") for text in texts)))
    return [tuple(line.split()) for line in joined.split("\n")]

"""The name index: folded names, aliases and adjective stems of every territory, and matching a reading.

A match carries a score, lower is better: (words stripped from the phrase, form, alias, accents) where
form is 0 for the name as written, 1 for an inflected form ("v Opavě") and 2 for an adjective
("opavský"); alias is 1 for a shortened name ("Vysočina" for Kraj Vysočina, "Zbraslav" for
Praha-Zbraslav); accents is 1 when the name matches only once diacritics are ignored ("Citov" typed,
"Cítov" found), so that of two obce differing only in diacritics the one written wins.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from itertools import product

from kpdata.territory.morphology import adjective_stem, adjective_stems, nominatives
from kpdata.territory.phrase import Reading, readings
from kpdata.territory.table import TerritoryRow
from kpdata.territory.text import fold_all, written_words

__all__ = ["EXACT", "NameIndex", "Score"]

Score = tuple[int, int, int, int]
EXACT, INFLECTED, ADJECTIVE = 0, 1, 2
_ADJECTIVE_KINDS = frozenset({"obec", "orp", "okres"})
_ROMAN = frozenset("ivxlc")


class NameIndex:
    """Folded names, aliases and adjective keys of a list of rows, pointing at row positions.

    The adjective keys are generated on the first adjective lookup, which keeps loading quick.
    """

    def __init__(self, rows: list[TerritoryRow]):
        self.rows = rows
        self.name_words = fold_all([row.name for row in rows])
        self.names: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        for position, name in enumerate(self.name_words):
            self.names[name].append((position, 0))
        city_words = {row.csu_code: self.name_words[p] for p, row in enumerate(rows) if row.kind == "obec"}
        for position, row in enumerate(rows):
            if row.kind == "mestska_cast":
                self._add_district_alias(
                    position, self.name_words[position], city_words.get(row.obec_code, ())
                )
            elif row.kind == "kraj":
                self._add_kraj_aliases(position, row.name)
        self.vocabulary = frozenset(word for key in self.names for word in key)
        self._adjectives: dict[tuple[str, ...], list[int]] | None = None

    @property
    def adjectives(self) -> dict[tuple[str, ...], list[int]]:
        """Adjective key -> row positions ("opavsk" -> Opava's obec, ORP and okres)."""
        if self._adjectives is None:
            self._adjectives = defaultdict(list)
            for position, row in enumerate(self.rows):
                if row.kind in _ADJECTIVE_KINDS:
                    self._add_adjectives(position, self.name_words[position])
                elif row.kind == "kraj":
                    self._add_kraj_forms(position, row.name)
        return self._adjectives

    def _add_adjectives(self, position: int, name: tuple[str, ...]) -> None:
        for key in adjective_stems(name):
            self._adjectives[key].append(position)

    def _add_kraj_forms(self, position: int, name: str) -> None:
        """ "Pardubický kraj" -> "pardubick"; "Kraj Vysočina" -> the adjectives of "vysocina"."""
        for reading in readings(name)[1:]:
            stem = adjective_stem(reading.words[-1])
            if stem:
                self._adjectives[(*reading.words[:-1], stem)].append(position)
            else:
                self._add_adjectives(position, reading.words)

    def _add_kraj_aliases(self, position: int, name: str) -> None:
        """ "Kraj Vysočina" -> alias "vysocina", "Hlavní město Praha" -> alias "praha"."""
        for reading in readings(name)[1:]:
            if not adjective_stem(reading.words[-1]):
                self.names[reading.words].append((position, 1))

    def _add_district_alias(self, position: int, name: tuple[str, ...], city: tuple[str, ...]) -> None:
        """ "Praha-Zbraslav" -> alias "zbraslav"; "Praha 7" and "Pardubice IV" get none."""
        if not city or name[: len(city)] != city:
            return
        rest = name[len(city) :]
        while rest and (rest[0].isdigit() or set(rest[0]) <= _ROMAN):
            rest = rest[1:]
        if rest:
            self.names[rest].append((position, 1))

    def match(self, reading: Reading) -> dict[int, Score]:
        """Row position -> best score, for every row the reading may denote."""
        found: dict[int, Score] = {}
        for form, key in [(EXACT, reading.words)] + [
            (INFLECTED, k) for k in self._inflected_keys(reading.words)
        ]:
            for position, alias in self.names.get(key, ()):
                accents = 0 if alias else self._accents(position, key, reading)
                _keep(found, position, (reading.stripped, form, alias, accents))
        stem = adjective_stem(reading.words[-1])
        for position in self.adjectives.get((*reading.words[:-1], stem), ()) if stem else ():
            _keep(found, position, (reading.stripped, ADJECTIVE, 0, 0))
        if reading.kinds is not None:
            found = {p: s for p, s in found.items() if self.rows[p].kind in reading.kinds}
        return found

    def _accents(self, position: int, key: tuple[str, ...], reading: Reading) -> int:
        """1 if the phrase writes a diacritic differently from the name (in the part they share)."""
        name = written_words(self.rows[position].name)
        for folded, lemma, written, spelled in zip(reading.words, key, reading.written, name, strict=False):
            if len(folded) != len(written) or len(lemma) != len(spelled):
                continue
            shared = _shared_prefix(folded, lemma)
            if written[:shared] != spelled[:shared]:
                return 1
        return 0

    def _inflected_keys(self, phrase_words: tuple[str, ...]) -> list[tuple[str, ...]]:
        options = [sorted(nominatives(word) & self.vocabulary) for word in phrase_words]
        return [key for key in product(*options) if key != phrase_words]

    def close_names(self, phrase: str, *, limit: int = 5) -> list[str]:
        """Names that look like ``phrase`` (for "did you mean"), best first."""
        by_folded = {" ".join(key): self.rows[hits[0][0]].name for key, hits in self.names.items()}
        targets = {" ".join(reading.words) for reading in readings(phrase)}
        close = [m for t in targets for m in difflib.get_close_matches(t, by_folded, n=limit, cutoff=0.75)]
        return list(dict.fromkeys(by_folded[m] for m in close))[:limit]


def _keep(found: dict[int, Score], position: int, score: Score) -> None:
    if position not in found or score < found[position]:
        found[position] = score


def _shared_prefix(first: str, second: str) -> int:
    """How many leading characters two strings have in common."""
    for position, (a, b) in enumerate(zip(first, second, strict=False)):
        if a != b:
            return position
    return min(len(first), len(second))

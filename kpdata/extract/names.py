"""Czech personal-name declension: inflected given names and surnames back to the nominative.

Given names are known from ``rules/given_names.yml`` (nominative); their inflected forms are generated
here by the regular Czech paradigms, so a form such as "Janou" or "Jiřímu" maps to its lemma, gender and
cases. Surnames are open-class: they are declined back by ending rules, guided by the gender and case
the given name shows ("s Lenkou Jarošovou" → "Lenka Jarošová").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from kpdata.extract.lexicon import rule_file

__all__ = [
    "GivenForm",
    "given_forms",
    "guess_female_name",
    "is_given_form",
    "lemmatise_name",
    "surname_lemma",
]

# case letters: n nominative, g genitive, d dative, a accusative, l locative, i instrumental
_SOFT = set("žščřcjďťň")
_VOWELS = set("aeiouyáéíóúůýě")
_DAT_FEM = {"k": "c", "g": "z", "h": "z", "r": "ř", "ch": "š"}
_DE_SOFTEN = {"ď": "d", "ť": "t", "ň": "n"}


@dataclass(frozen=True, slots=True)
class GivenForm:
    """One reading of a given-name form: its nominative, gender ("f"/"m") and the cases it can be."""

    lemma: str
    gender: str
    cases: frozenset[str]


def _female_forms(name: str) -> dict[str, str]:
    if name.endswith("ie"):
        stem = name[:-1]
        return {name: "ng", stem + "i": "dal", stem + "í": "i"}
    if name.endswith("e"):
        stem = name[:-1]
        return {name: "ng", stem + "i": "dal", stem + "í": "i"}
    if not name.endswith("a"):
        return {name: "ngdali"}
    stem = name[:-1]
    last = stem[-1]
    soft = last in _SOFT
    dat = stem[:-2] + "š" if stem.endswith("ch") else stem[:-1] + _DAT_FEM.get(last, last)
    dat += "e" if (last in _DAT_FEM or soft or last in "lszc") else "ě"
    if soft:
        dat = stem + "e" if last not in _DE_SOFTEN else stem[:-1] + _DE_SOFTEN[last] + "ě"
    forms = {name: "n", stem + ("i" if soft else "y"): "g", stem + "u": "a", stem + "ou": "i"}
    forms[dat] = forms.get(dat, "") + "dl"
    return forms


def _male_stem(name: str) -> str:
    """The stem inflections attach to: the fleeting e of "Marek", "Pavel", "Zdeněk" drops."""
    if name.endswith(("ek", "el")) and len(name) > 3 and name[-3] not in "aeiouyáéíóúůýě":
        return name[:-2] + name[-1]
    if name.endswith("ěk"):
        prev = name[-3]
        return name[:-3] + {"n": "ň", "d": "ď", "t": "ť"}.get(prev, prev) + "k"
    return name


def _male_forms(name: str) -> dict[str, str]:
    if name.endswith("í"):
        return {name: "n", name + "ho": "ga", name + "mu": "d", name + "m": "il"}
    if name.endswith("a"):
        stem = name[:-1]
        return {name: "n", stem + "y": "g", stem + "ovi": "dl", stem + "u": "a", stem + "ou": "i"}
    if name.endswith("o"):
        stem = name[:-1]
        return {name: "n", stem + "a": "ga", stem + "ovi": "dl", stem + "em": "i"}
    if name.endswith(("e", "é")):
        return {name: "ngdali"}
    stem = _male_stem(name)
    gen = stem + ("e" if stem[-1] in _SOFT else "a")
    return {name: "n", gen: "ga", stem + "ovi": "dl", stem + "u": "dl", stem + "em": "i"}


@cache
def _index() -> dict[str, tuple[GivenForm, ...]]:
    data = rule_file("given_names")
    index: dict[str, list[GivenForm]] = {}
    for gender, make in (("f", _female_forms), ("m", _male_forms)):
        for lemma in dict.fromkeys(data[{"f": "female", "m": "male"}[gender]]):
            for form, cases in make(lemma).items():
                index.setdefault(form, []).append(GivenForm(lemma, gender, frozenset(cases)))
    return {k: tuple(v) for k, v in index.items()}


def given_forms(word: str) -> tuple[GivenForm, ...]:
    """Every reading of ``word`` as a (possibly inflected) known given name; empty when it is none."""
    return _index().get(word, ())


def is_given_form(word: str) -> bool:
    """Whether ``word`` is a known given name in some case."""
    return word in _index()


def _female_surname(word: str, cases: frozenset[str]) -> str | None:
    if word.endswith("á") and "n" in cases:
        return word
    if word.endswith("é") and cases & set("gdl"):
        return word[:-1] + "á"
    if word.endswith("ou") and cases & set("ai"):
        return word[:-2] + "á"
    return None


def _restore_fleeting_e(stem: str) -> str:
    if len(stem) > 3 and stem[-1] in "kc" and stem[-2] not in "aeiouyáéíóúůýěrl":
        prev = stem[-2]
        if prev in "ňďť":
            return stem[:-2] + _DE_SOFTEN[prev] + "ě" + stem[-1]
        return stem[:-1] + "e" + stem[-1]
    return stem


_MALE_ADJ = (("ého", "ga", "ý"), ("ému", "d", "ý"), ("ým", "il", "ý"), ("ém", "l", "ý"))
_MALE_SOFT_ADJ = (("ího", "ga", "í"), ("ímu", "d", "í"), ("ím", "il", "í"))


def _male_surname(word: str, cases: frozenset[str]) -> str | None:
    if "n" in cases and not word.endswith(("á", "é", "ou")):
        return word
    for ending, ok, lemma_end in _MALE_ADJ + _MALE_SOFT_ADJ:
        if word.endswith(ending) and cases & set(ok):
            return word[: -len(ending)] + lemma_end
    for ending in ("ovi", "em", "a", "e", "u"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if (ending == "a" and cases & set("ga")) or (
                ending == "e" and stem[-1] in _SOFT and cases & set("ga")
            ):
                return _restore_fleeting_e(stem)
            if ending in ("ovi", "em", "u") and cases & set("dil" if ending != "u" else "d"):
                return _restore_fleeting_e(stem)
    if word.endswith("y") and cases & set("g"):
        return word[:-1] + "a"
    if word.endswith("ou") and cases & set("i"):
        return word[:-2] + "a"
    return None


def surname_lemma(word: str, gender: str, cases: frozenset[str]) -> str | None:
    """The nominative of surname ``word`` when it can be in one of ``cases`` for ``gender``; else None."""
    if gender == "f":
        if "n" in cases and (word.endswith("á") or word[-1] not in _VOWELS):
            return word
        if word.endswith(("í", "ů")):  # "Krejčí", "Janů": a woman's such surname never declines
            return word
        return _female_surname(word, cases)
    return _male_surname(word, cases)


def lemmatise_name(given: str, surnames: list[str]) -> tuple[str, list[str]] | None:
    """Nominative of a given name and its surname(s), choosing the reading where the cases agree.

    The nominative reading wins when it fits; ``None`` when ``given`` is not a known given name or no
    reading makes the surnames agree with it.
    """
    found = _lemmatise(given, tuple(surnames))
    return None if found is None else (found[0], list(found[1]))


@lru_cache(maxsize=8192)
def _lemmatise(given: str, surnames: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    readings = [(case, form) for form in given_forms(given) for case in sorted(form.cases)]
    readings.sort(key=lambda r: r[0] != "n")  # nominative readings first, then the others in order
    for case, form in readings:
        lemmas = [surname_lemma(s, form.gender, frozenset(case)) for s in surnames]
        if all(lemmas):
            return form.lemma, tuple(lemmas)  # type: ignore[arg-type]
    return None


_FEM_GIVEN_BACK = (("ou", "a"), ("u", "a"), ("y", "a"), ("ii", "ie"), ("í", "ie"), ("ři", "ře"))
_FEM_DAT_BACK = {"ř": "r", "c": "k", "z": "g"}


def _female_given_back(word: str, cases: str) -> str:
    if "n" in cases:
        return word
    if word.endswith(("ě", "e")) and "d" in cases:
        stem = word[:-1]
        return stem[:-1] + _FEM_DAT_BACK.get(stem[-1], stem[-1]) + "a" if stem else word
    for ending, lemma_end in _FEM_GIVEN_BACK:
        if word.endswith(ending):
            return word[: -len(ending)] + lemma_end
    return word


def guess_female_name(given: str, surname: str) -> tuple[str, list[str]] | None:
    """Nominative of an unknown given name before a feminine "-ová" surname in any case, or None."""
    for ending, cases in (("ová", "n"), ("ové", "gdl"), ("ovou", "ai")):
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            return _female_given_back(given, cases), [surname[: -len(ending)] + "ová"]
    return None

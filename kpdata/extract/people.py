"""Czech personal names in running text: found, put in the nominative, formatted with their titles.

A name is a known given name (in any case) next to a capitalised surname, in either order ("Jana
Nováková", "Nováková Jana"), with academic titles before ("Mgr.", "Ing. arch.") and after (", Ph.D.",
" DiS."). The output form is "Title Given Surname, post-title". Guards drop capitalised words that are
not surnames (months, towns, institutions: ``rules/name_stopwords.yml``) and street names ("Jana Palacha
12").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kpdata.extract.lexicon import rule_file
from kpdata.extract.names import guess_female_name, is_given_form, lemmatise_name
from kpdata.extract.places import is_place_name
from kpdata.extract.text import fold
from kpdata.extract.textcache import normalised, per_text

__all__ = ["Person", "find_people", "format_name", "person_at"]

# capitalised words only: a name's parts are capitalised, and a lower-case word between two tokens makes
# them non-adjacent anyway. The "no letter before" test follows the capital (a look-behind over it and the
# character before) so that the pattern opens with a character class, which the engine skips to in C.
_WORD_PATTERN = r"[A-ZÁÄČĎÉĚÍĹĽŇÓÔÖŘŔŠŤÚŮÜÝŽ](?<![^\W\d_].)[^\W\d_]*(?:-[^\W\d_]+)?"
_WORD = re.compile(_WORD_PATTERN)
# two or more such words, one or two spaces apart (``_adjacent``): the only places a name can stand
# (a PDF paragraph may wrap a name: "kterou vede Jana\nKalousová"; see _adjacent)
_RUN = re.compile(rf"{_WORD_PATTERN}(?:(?:[ ]{{1,2}}|[ ]?\n[ ]{{0,4}}){_WORD_PATTERN})+")
_WRAP = re.compile(r"[ ]?\n[ ]{0,4}")
WRAPPED_LINE = 50  # a line this long that ends with a given name wraps a paragraph, not a list
_NUMBER_AFTER = re.compile(r"[ \t]*\d")
_TITLE_END = re.compile(r"[.A-Z][ \t]*\Z")
_VOWEL = re.compile(r"[aeiouy]")


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the text: ``name`` in the nominative with titles, ``text[start:end]`` as written."""

    name: str
    start: int
    end: int
    given: str
    surname: str
    inverted: bool = False


@cache
def _titles() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = rule_file("titles")
    canon = {re.sub(r"\s+", "", t).casefold(): t for t in data["before"] + data["after"]}

    def alternation(items: list[str]) -> str:
        parts = sorted(items, key=len, reverse=True)
        return "|".join(r"\s*".join(re.escape(p) for p in t.split()) for t in parts)

    # "JUDr. et Mgr.": two degrees joined by "et" (written so, and kept)
    before = re.compile(rf"(?:(?<![^\W\d_])(?:{alternation(data['before'])})\s*(?:et\s+)?)+\Z")
    after = re.compile(rf"(?:\s*,?\s*(?:{alternation(data['after'])})(?![^\W\d_]))+")
    # a degree written after the name, as lists that put the surname first do ("Horáková Jitka, Bc."),
    # unless a name follows it (then it is the next person's: "Jana Nová, Mgr. Petr Malý")
    moved = re.compile(rf"(?:[ \t]*,[ \t]*(?:{alternation(data['before'])}))+(?![ \t]*[^\W\d_])")
    return before, after, moved, canon


def _word_before(text: str, pos: int) -> str:
    """The word (non-space run, at most 20 characters) that ends right before ``pos`` on its line."""
    before = text[max(0, pos - 24) : pos].rstrip(" \t")
    if not before or before[-1] == "\n":
        return ""
    return before.rsplit(None, 1)[-1]


@cache
def _institution() -> re.Pattern[str]:
    return re.compile(rule_file("name_stopwords")["institution_before"])


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(rule_file("name_stopwords")["words"])


@lru_cache(maxsize=1024)
def _canon_titles(raw: str) -> tuple[str, ...]:
    """The titles ``raw`` spells, in their canonical spelling (a page repeats its few: "Mgr.", ", DiS.")."""
    canon = _titles()[3]
    found = re.findall(r"[^\W\d_][\w.]*\.?|[A-Z]{2,}", raw)
    out, buf = [], ""
    for piece in found:
        if piece == "et" and not buf and out:  # "JUDr. et Mgr."
            out.append(piece)
            continue
        buf += piece
        key = buf.replace(" ", "").casefold()
        if key in canon:
            out.append(canon[key])
            buf = ""
    return tuple(out)


def format_name(given: str, surnames: list[str], before: list[str], after: list[str]) -> str:
    """ "Title Given Surname, post-title" with titles in their canonical spelling."""
    name = " ".join([*before, given, *surnames])
    return f"{name}, {', '.join(after)}" if after else name


@lru_cache(maxsize=8192)
def _fold_word(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=16384)
def _is_surname(word: str) -> bool:
    """A capitalised word that may be a surname; an all-capitals one ("NOVÁKOVÁ") when it has a vowel."""
    if len(word) < 2 or not word[0].isupper() or _fold_word(word) in _stopwords():
        return False
    if word.isupper():
        return len(word) >= 4 and bool(_VOWEL.search(_fold_word(word)))
    return word[1:].islower() or "-" in word


def _title_case(word: str) -> str:
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-")) if word.isupper() else word


def _adjacent(text: str, left_end: int, right_start: int, *, wrapped: bool = False) -> bool:
    """Only one or two spaces between the two words; or, with ``wrapped``, the line break of a long
    line (a hard-wrapped paragraph, not a list of one name a line)."""
    gap = right_start - left_end
    if 0 < gap < 3 and text[left_end:right_start] == " " * gap:
        return True
    if not wrapped or not _WRAP.fullmatch(text, left_end, right_start):
        return False
    return left_end - (text.rfind("\n", 0, left_end) + 1) >= WRAPPED_LINE


def person_at(text: str, tokens: list[re.Match[str]], i: int, *, free_before: bool = False) -> Person | None:
    """The person whose given name is ``tokens[i]``, if its neighbours make a name. ``free_before``: the
    word before it is no one's yet (a list of inverted names run together, "Bartková Marie Blahušová
    Jiřina", pairs each given name with the surname before it when the next surname has a given name
    after it)."""
    given = tokens[i]
    if _institution().fullmatch(_word_before(text, given.start())):
        return None
    if free_before and (inverted := _inverted_in_a_run(text, tokens, i)):
        return inverted
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt and _adjacent(text, given.end(), nxt.start(), wrapped=True) and _is_surname(nxt.group()):
        surnames = [nxt]
        third = tokens[i + 2] if i + 2 < len(tokens) else None
        if (
            third
            and _adjacent(text, nxt.end(), third.start())
            and _is_surname(third.group())
            and third.group().endswith("á")
        ):
            surnames.append(third)
        found = _build(text, given, surnames, inverted=False)
        if found:
            return found
    prev = tokens[i - 1] if i > 0 else None
    if (
        prev
        and _adjacent(text, prev.end(), given.start())
        and _is_surname(prev.group())
        and not is_given_form(prev.group())
        and not _institution().fullmatch(prev.group())
    ):
        return _build(text, given, [prev], inverted=True)
    return None


def _inverted_in_a_run(text: str, tokens: list[re.Match[str]], i: int) -> Person | None:
    if i == 0 or i + 2 >= len(tokens):
        return None
    prev, nxt, third = tokens[i - 1], tokens[i + 1], tokens[i + 2]
    if not (
        _adjacent(text, prev.end(), tokens[i].start())
        and _adjacent(text, tokens[i].end(), nxt.start())
        and _adjacent(text, nxt.end(), third.start())
    ):
        return None
    if is_given_form(prev.group()) or is_given_form(nxt.group()) or not is_given_form(third.group()):
        return None
    if not (_is_surname(prev.group()) and _is_surname(nxt.group())) or _institution().fullmatch(prev.group()):
        return None
    return _build(text, tokens[i], [prev], inverted=True)


def _unknown_given_at(text: str, tokens: list[re.Match[str]], i: int) -> Person | None:
    """A name whose given name is not in the list: after a title, or before an "-ová" surname."""
    given = tokens[i]
    if given.group().isupper():
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if not (nxt and _adjacent(text, given.end(), nxt.start()) and _is_surname(given.group())):
        return None
    if not _is_surname(nxt.group()) or is_given_form(nxt.group()):
        return None
    if is_place_name(f"{given.group()} {nxt.group()}"):  # "Moravská Třebová", "Nové Město": a town
        return None
    female = guess_female_name(given.group(), nxt.group())
    if female and given.group()[-1] in "aeiouyáéíóúůýě":
        return _build(text, given, [nxt], inverted=False, lemmas=female)
    titled = _titles()[0].search(text, max(0, given.start() - 40), given.start())
    if titled:
        return _build(text, given, [nxt], inverted=False, lemmas=(given.group(), [nxt.group()]))
    return None


def _build(
    text: str,
    given: re.Match[str],
    surnames: list[re.Match[str]],
    *,
    inverted: bool,
    lemmas: tuple[str, list[str]] | None = None,
) -> Person | None:
    lemmas = lemmas or lemmatise_name(given.group(), [_title_case(s.group()) for s in surnames])
    if lemmas is None:
        return None
    start = min(given.start(), surnames[0].start())
    end = max(given.end(), surnames[-1].end())
    if _institution().fullmatch(_word_before(text, start)) or _NUMBER_AFTER.match(text, end):
        return None
    before_re, after_re, moved_re, _ = _titles()
    pre = (
        before_re.search(text, max(0, start - 40), start)
        if _TITLE_END.search(text, max(0, start - 3), start)
        else None
    )
    moved = moved_re.match(text, end)
    post = after_re.match(text, moved.end() if moved else end)
    before = [*(_canon_titles(pre.group()) if pre else ()), *(_canon_titles(moved.group()) if moved else ())]
    after = list(_canon_titles(post.group())) if post else []
    name = format_name(lemmas[0], lemmas[1], before, after)
    return Person(
        name=name,
        start=pre.start() if pre else start,
        end=post.end() if post else moved.end() if moved else end,
        given=lemmas[0],
        surname=" ".join(lemmas[1]),
        inverted=inverted,
    )


@per_text
def find_people(text: str) -> list[Person]:
    """Every personal name in ``text``, in order, none overlapping."""
    norm = normalised(text)
    # A name is two adjacent capitalised words, so only the words of runs are tried: a word alone has no
    # neighbour, and the neighbours in the list of a run's first or last word are not adjacent to it. A
    # run all in capitals (a heading) holds no name: a given name is never written in capitals here.
    tokens = [
        word
        for run in _RUN.finditer(norm)
        if not run.group().isupper()
        for word in _WORD.finditer(norm, run.start(), run.end())
    ]
    people: list[Person] = []
    last_end = -1
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        if tok.start() < last_end:  # (every token opens with a capital: see _WORD)
            continue
        word = tok.group()
        if is_given_form(word):
            person = person_at(norm, tokens, i, free_before=i > 0 and tokens[i - 1].start() >= last_end)
        elif i < last and 0 < tokens[i + 1].start() - tok.end() < 3 and not word.isupper():
            # (what _unknown_given_at asks first, asked cheaply: the next word adjacent, no all-capitals)
            person = _unknown_given_at(norm, tokens, i)
        else:
            continue
        if person and person.start >= last_end:
            people.append(person)
            last_end = person.end
    return people

"""Fast scans (opening words found with str.find, line patterns tried where their keyword is, a lead
found backwards) give the same matches as the regex engine's own search of every position."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kpdata.extract import (
    coordination,
    documents,
    emails,
    group_headings,
    group_lists,
    groups,
    provider_lists,
)
from kpdata.extract.regex_prefix import required_prefixes, split_alternatives, with_opening_guard
from kpdata.extract.text import ANCHOR_SPAN, Scanner, fold, iter_lines, normalise
from kpdata.extract.textcache import matches_from_words, matches_on_lines


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("schvalil[aioy]?|prijal[aioy]?\\b", ["schvalil", "prijal"]),
        ("(?:zapis|zprav)\\w{0,3}|(?P<x>dotaz|anket)a", ["zapis", "zprav", "dotaz", "anket"]),
        ("plans?|akcni", ["plan", "akcni"]),  # the quantified "s" is not required
        ("hl\\.|mesto", ["hl.", "mesto"]),  # escaped punctuation is literal
        ("xy\\.?z|mesto", ["xy", "mesto"]),  # ... unless quantified
        ("[Aa]bc|def", None),  # a class opens a branch
        ("(?:abc)?def|ghi", None),  # a quantified opening group
        ("(?=ab)abc|def", None),  # a look-ahead
        ("(?i)abc|def", None),  # inline flags
        ("abc|", None),  # an empty branch matches anywhere
        ("abc|d", None),  # one opening word too short
    ],
)
def test_required_prefixes_reads_the_opening_words(pattern, expected):
    assert required_prefixes(pattern, min_length=2) == expected


def test_split_alternatives_respects_groups_classes_and_escapes():
    assert split_alternatives(r"a(?:b|c)|[|x]|\||d") == ["a(?:b|c)", "[|x]", r"\|", "d"]
    assert split_alternatives(r"[]|]|x") == ["[]|]", "x"]
    with pytest.raises(ValueError):
        split_alternatives("[a[b]|c")


def _both(scanner: Scanner, text: str) -> tuple[list, list]:
    anchored = [(m.start(), m.end(), m.groups()) for m in scanner.finditer(text)]
    plain = []
    pos = 0
    while True:  # the reference: the regex engine's search, leading context checked as the Scanner does
        m = scanner.regex.search(text, pos)
        if m is None:
            break
        if scanner._accepts(text, m):
            plain.append((m.start(), m.end(), m.groups()))
            pos = m.end()
        else:
            pos = m.start() + 1
    return anchored, plain


_WORDS = ["schvalil", "schvaleno", "prijal", "prijata", "odsouhlasil", "plan", "planu", "x", " ", "-", "1"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), st.integers(0, 4))
def test_anchored_scan_finds_what_the_engine_finds(words, variant):
    patterns = [
        (["schvalil[aioy]?\\b", "(?:prijal|prijat)[aoy]?\\b", "odsouhlas\\w{0,4}"], "word"),
        (["plan\\w{0,2}", "schvalil(?P<end>a)?"], "[\\w-]"),
        (["(schval)(en[oa])", "plan"], None),
        (["odsouhlasil", "plan(?= )"], "word"),
        (["plan[ a-z]{0,12}", "schvalil"], None),  # a match may cover further opening words
    ]
    alternatives, not_after = patterns[variant]
    scanner = Scanner(alternatives, not_after=not_after)
    assert scanner._anchors, "the pattern should be scanned by its opening words"
    joined = " ".join(words) + " "
    text = joined * (ANCHOR_SPAN // len(joined) + 1)  # long enough for the anchored path
    anchored, plain = _both(scanner, text)
    assert anchored == plain


def test_short_windows_and_rare_words_give_the_same_matches():
    scanner = Scanner(["schvalil\\w*", "prijal\\w*"], not_after="word")
    text = ("Rada neprijala nic. " * 300) + "Zastupitelstvo schvalilo plan. " + ("x " * 3000) + "prijalo"
    anchored, plain = _both(scanner, text)
    assert [text[s:e] for s, e, _ in anchored] == ["schvalilo", "prijalo"] == [text[s:e] for s, e, _ in plain]
    lo = text.index("schvalilo") - 10
    window = scanner.search(text, lo, lo + 30)  # a short window goes through the engine itself
    assert window is not None and window[0] == "schvalilo"
    assert scanner.search(text, lo + 20) is not None and scanner.search(text, lo + 20)[0] == "prijalo"


def test_a_pattern_the_reader_cannot_follow_is_scanned_by_the_engine():
    scanner = Scanner(["(?i)schvalil", "prijal"], not_after="word")
    assert not scanner._anchors
    assert [m[0] for m in scanner.finditer("SCHVALIL a prijal " * 300)][:2] == ["SCHVALIL", "prijal"]
    assert re.compile(scanner.regex.pattern)  # compiled as written


_LINE_WORDS = [
    "Poskytovatelé",
    "poskytovatel",
    "služeb",
    ":",
    "\n",
    " ",
    "x",
    "-",
    "oblast",
    '"Senioři"',
    ",",
]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_LINE_WORDS), min_size=1, max_size=60))
def test_line_patterns_tried_only_where_their_keyword_is_give_the_engines_matches(words):
    text = " ".join(words).replace(" \n ", "\n")
    pattern = re.compile(r"(?im)^[^\n]*\bposkytovatel\w*[^\n:]{0,60}:(?P<rest>[^\n]*)$")
    spans = [m.span() for m in matches_on_lines(pattern, text, re.compile("(?i)poskytovatel"))]
    assert spans == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_LINE_WORDS, "pracovní skupiny", "podoblast", '"a oblast "', "\t"]), max_size=40
    )
)
def test_schedule_areas_found_from_the_word_match_a_scan_of_every_position(words):
    text = "".join(words)
    reference = re.compile(r',?[ \t]+oblast[ \t]+"(?P<area>[^"\n]{3,80})"')
    found = [(lead, m.end()) for lead, m in groups.area_matches(text)]
    assert found == [m.span() for m in reference.finditer(text)]


def test_an_alternation_of_groups_gets_a_look_ahead_for_its_first_letters():
    guarded = with_opening_guard("(?P<a>Charita)|(?P<b>Diakonie)|Domov")
    assert guarded == "(?=[CD])(?:(?P<a>Charita)|(?P<b>Diakonie)|Domov)"
    assert with_opening_guard("Charita|Diakonie") == "Charita|Diakonie"  # the engine finds these itself
    assert with_opening_guard("(?:a|b)c") == "(?:a|b)c"  # one branch: the engine looks into the group
    text = "Diakonie Broumov, Domov Slunce, Charita Krnov"
    assert [m.lastgroup for m in re.finditer(guarded, text)] == ["b", None, "a"]


def test_every_document_kind_shows_the_words_it_opens_with():
    # without them every line of a long page is searched for every kind (see documents._title_lines)
    assert documents._rules().openings


def test_the_opening_characters_of_the_at_sign_spellings_are_read_off_the_rules():
    assert emails._opening_class(["@", r"\s*\(\s*at\s*\)\s*", r"\s+zavinac\s+"]) == r"@\(\s"
    assert emails._opening_class(["@", r"\(?at\)?"]) is None  # an optional opening: not read
    assert emails._opening_class([r"\s*at\s*"]) is None  # a letter may open it
    assert "(?=[" in emails._patterns()[0].pattern  # the shipped rules are read


_AT_SPELLINGS = ["@", "(at)", " (at) ", "[at]", " zavináč ", " zavinac ", "{at}", " at ", "( @ )", "x", " "]
_LOCALS = ["jana", "jana.novak", "j-n", "novak.\n", "a"]
_NOISE = ["", " ", "\n", "tel. ", "e-mail: ", "ab", "."]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_NOISE),
            st.sampled_from(_LOCALS),
            st.sampled_from(_AT_SPELLINGS),
            st.sampled_from(["obec", "mu-x", "urad.obec"]),
            st.sampled_from([".cz", " (tečka) cz", "_cz", "", ".\ncz"]),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_the_look_ahead_before_the_at_sign_changes_no_address(parts):
    text = "".join("".join(p) for p in parts)
    fast = emails._patterns()[0]
    plain = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)\(\?P<at>", "(?P<at>", fast.pattern), fast.flags)
    assert plain.pattern != fast.pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*_NOISE, "Jana Nová ", "at ", "zavináč", "(", "@"]),
            st.sampled_from(_LOCALS),
            st.sampled_from(_AT_SPELLINGS),
            st.sampled_from(["obec", "mu-x", "urad.obec", "a" * 60]),
            st.sampled_from([".cz", " (tečka) cz", "_cz", "", ".\ncz"]),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_addresses_searched_from_each_at_form_are_those_one_pass_of_the_engine_finds(parts):
    text = normalise("".join("".join(p) for p in parts)) + "\n" * 3000  # sparse: one search per at-form
    address = emails._patterns()[0]
    engine = list(address.finditer(text))
    assume(all(m.end() - m.end("at") <= emails._REACH for m in engine))  # the windows' premise
    found = [m.span() for m in emails._addresses(address, text, fold(text))]
    assert found == [m.span() for m in engine]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab\n ", max_size=60), st.data())
def test_the_lines_holding_some_words_are_those_an_iteration_over_all_lines_keeps(text, data):
    letters = [i for i, c in enumerate(text) if c != "\n"]  # words never start at a line break
    starts = sorted(data.draw(st.sets(st.sampled_from(letters), max_size=8))) if letters else []
    expected = [line for line in iter_lines(text) if any(line.start <= s < line.end for s in starts)]
    assert list(documents._lines_holding(text, [(s, s + 1) for s in starts])) == expected


_GROUP_WORDS = [
    "Pracovní skupina",
    "PRACOVNÍ SKUPINY",
    "pracovních skupin",
    "PS",
    "ps",
    "pro",
    "seniory",
    "Senioři",
    ":",
    "-",
    "Složení",
    "členové",
    "koordinační",
    "ŘÍDÍCÍ",
    "skupiny",
    "výboru",
    "Poskytovatelé",
    "Manažerský tým",
    "steering committee",
    "rada",
]
# every pattern the extractor tries only where its folded words are, with those words
_ON_LINES = [
    (groups._LABEL, groups._LABEL_WORDS),
    (group_headings._HEADING, group_headings.GROUP_WORDS),
    (group_headings._COLUMNS_HEADING, ("skupin",)),
    (coordination._MEMBERS_HEAD, coordination._MEMBERS_HEAD_WORDS),
    (provider_lists._INTRO, provider_lists._INTRO_WORDS),
]
_FROM_WORDS = [
    (groups._FOR, group_headings.GROUP_WORDS),
    (group_headings.GROUPS_NAMED, group_headings.GROUP_WORDS),
    (group_lists._TRIGGER, group_lists._TRIGGER_WORDS),
    (coordination._EXISTS, coordination._EXISTS_WORDS),
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*_LINE_WORDS, *_GROUP_WORDS]), min_size=1, max_size=50))
@example(["x", "\n", "PS", ":", "seniory"])
@example(["\n", "Pracovní skupina", "pro", "seniory", ":", "\n", "ps", ":", "x"])
@example(["\n", "Složení", "ŘÍDÍCÍ", "skupiny", "\n", "Poskytovatelé", ":", "x"])
@example(["x", "Manažerský tým", "a", "steering committee", "koordinační", "rada"])
def test_case_insensitive_patterns_tried_where_their_folded_words_are_give_the_engines_matches(words):
    text = " ".join(words).replace(" \n ", "\n")
    for pattern, keywords in _ON_LINES:
        spans = [m.span() for m in matches_on_lines(pattern, text, keywords)]
        assert spans == [m.span() for m in pattern.finditer(text)], pattern.pattern
    for pattern, keywords in _FROM_WORDS:
        spans = [m.span() for m in matches_from_words(pattern, text, keywords)]
        assert spans == [m.span() for m in pattern.finditer(text)], pattern.pattern

"""Value rules: IČO checksum, E.164 phones, e-mails, URLs, slugs, ČSÚ codes — good and bad values."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpdata.models.validators import (
    check_csu_code,
    check_email,
    check_ico,
    check_slug,
    check_url,
    check_year,
    normalise_phone,
)

WEIGHTS = (8, 7, 6, 5, 4, 3, 2)


def ico_check_digit(body: str) -> int:
    """The check digit as the Czech rule states it: remainder 0 -> 1, remainder 1 -> 0, else 11 - r."""
    remainder = sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True)) % 11
    return {0: 1, 1: 0}.get(remainder, 11 - remainder)


ico_bodies = st.text(alphabet="0123456789", min_size=7, max_size=7)


@pytest.mark.parametrize("ico", ["00300535", "00064581", "65468562", "25596641"])
def test_real_icos_pass(ico):
    assert check_ico(ico) == ico


def test_short_ico_is_zero_padded_and_spaces_dropped():
    assert check_ico("300535") == "00300535"
    assert check_ico("003 00 535") == "00300535"


@given(ico_bodies)
def test_computed_check_digit_passes(body):
    ico = body + str(ico_check_digit(body))
    assert check_ico(ico) == ico


@given(ico_bodies, st.integers(1, 9))
def test_wrong_check_digit_fails_naming_rule_and_expected_digit(body, shift):
    good = ico_check_digit(body)
    bad = body + str((good + shift) % 10)
    with pytest.raises(
        ValueError, match=rf"IČO {bad} fails its mod-11 checksum \(rule 'ico-checksum'\).*{good}"
    ):
        check_ico(bad)


@given(ico_bodies, st.integers(0, 6), st.integers(1, 9))
def test_mutated_body_digit_agrees_with_the_rule(body, position, shift):
    ico = body + str(ico_check_digit(body))
    digit = (int(ico[position]) + shift) % 10
    mutated = ico[:position] + str(digit) + ico[position + 1 :]
    if ico_check_digit(mutated[:7]) == int(mutated[7]):  # remainders 0 and 10 share check digit 1
        assert check_ico(mutated) == mutated
    else:
        with pytest.raises(ValueError, match="ico-checksum"):
            check_ico(mutated)


@pytest.mark.parametrize("bad", ["", "abcdefgh", "123456789", "0030-0535", "12.34"])
def test_malformed_ico_names_format_rule(bad):
    with pytest.raises(ValueError, match=r"rule 'ico-format'"):
        check_ico(bad)


CZECH_PHONES = [
    "553 756 111",
    "553756111",
    "+420 553 756 111",
    "+420553756111",
    "00420 553 756 111",
    "(+420) 553-756-111",
    "553/756/111",
    "553.756.111",
    " +420 553 756 111 ",
]


@pytest.mark.parametrize("raw", CZECH_PHONES)
def test_czech_phone_formats_become_e164(raw):
    assert normalise_phone(raw) == "+420553756111"


@given(
    st.text(alphabet="0123456789", min_size=9, max_size=9).filter(lambda d: d[0] != "0"),
    st.sampled_from(["", "+420", "+420 ", "00420", "(+420) "]),
    st.sampled_from(["", " ", "-", "/", "."]),
)
def test_any_czech_number_in_any_layout(digits, prefix, sep):
    raw = prefix + sep.join((digits[:3], digits[3:6], digits[6:]))
    out = normalise_phone(raw)
    assert out == "+420" + digits
    assert re.fullmatch(r"\+[1-9]\d{7,14}", out)


def test_foreign_numbers_keep_their_country_code():
    assert normalise_phone("+421 905 123 456") == "+421905123456"
    assert normalise_phone("0049 30 1234567") == "+49301234567"


@pytest.mark.parametrize("bad", ["12345", "+420 55375611", "+420 5537561111", "telefon", "+0123456789", ""])
def test_bad_phones_name_value_and_rule(bad):
    with pytest.raises(ValueError, match=r"rule 'phone-e164'") as info:
        normalise_phone(bad)
    assert repr(bad) in str(info.value)


@pytest.mark.parametrize(
    ("raw", "out"),
    [
        ("koordinator@example.cz", "koordinator@example.cz"),
        ("Jana.Vzorova@Mesto-Opava.CZ", "Jana.Vzorova@mesto-opava.cz"),
        ("o'brien+kp@sub.example.org", "o'brien+kp@sub.example.org"),
    ],
)
def test_good_emails_lowercase_the_domain(raw, out):
    assert check_email(raw) == out


@pytest.mark.parametrize("bad", ["jana@", "@example.cz", "jana vzorova@example.cz", "jana@example", "jana"])
def test_bad_emails(bad):
    with pytest.raises(ValueError, match=rf"rule 'email'\): {re.escape(repr(bad))}"):
        check_email(bad)


@pytest.mark.parametrize(
    "good", ["https://www.opava-city.cz/kp", "http://example.cz", "https://x.cz/a?b=c#d"]
)
def test_good_urls(good):
    assert check_url(good) == good


@pytest.mark.parametrize("bad", ["www.opava-city.cz", "ftp://example.cz", "https://", "mailto:a@b.cz", ""])
def test_bad_urls(bad):
    with pytest.raises(ValueError, match=r"rule 'url'"):
        check_url(bad)


@pytest.mark.parametrize("good", ["opava", "opava-plan-2022-2026", "kraj-3140", "a1"])
def test_good_slugs(good):
    assert check_slug(good) == good


@pytest.mark.parametrize("bad", ["Opava", "opava_plan", "-opava", "opava-", "opava--plan", "", "plán"])
def test_bad_slugs(bad):
    with pytest.raises(ValueError, match=r"rule 'slug'"):
        check_slug(bad)


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8), min_size=1))
def test_joined_ascii_parts_are_slugs(parts):
    slug = "-".join(parts)
    assert check_slug(slug) == slug


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("obec", "505927"),
        ("obec", "600016"),
        ("mestska_cast", "500054"),
        ("orp", "8117"),
        ("okres", "40908"),
        ("kraj", "3140"),
    ],
)
def test_csu_codes_by_kind(kind, code):
    assert check_csu_code(kind, code) == code


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("obec", "8117"),
        ("obec", "405927"),
        ("orp", "505927"),
        ("okres", "3140"),
        ("kraj", "40908"),
        ("mestska_cast", "600016"),
    ],
)
def test_csu_code_of_another_kind_is_rejected_naming_the_kind(kind, code):
    with pytest.raises(ValueError, match=rf"{code!r} is not a ČSÚ code of a {kind} \(rule 'csu-code-{kind}'"):
        check_csu_code(kind, code)


def test_unknown_territory_kind():
    with pytest.raises(ValueError, match="rule 'territory-kind'"):
        check_csu_code("vesnice", "505927")


@pytest.mark.parametrize("bad", [1989, 1000, 3000])
def test_years_out_of_range(bad):
    with pytest.raises(ValueError, match=rf"year {bad} is outside .*rule 'year-range'"):
        check_year(bad)

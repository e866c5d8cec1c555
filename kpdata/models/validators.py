"""Value rules every record uses. Each raises ValueError whose text names the rule and the value."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator

__all__ = [
    "CSU_CODE_RULES",
    "Email",
    "HttpUrl",
    "Ico",
    "Phone",
    "Slug",
    "Year",
    "check_csu_code",
    "check_email",
    "check_ico",
    "check_url",
    "code_of",
    "codes_of",
    "normalise_phone",
]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# ČSÚ code formats by territory kind (obec: CIS0043, ORP: CIS0065, okres: CIS0101 LAU, kraj: CIS0100,
# městská část: CIS0044 / ZÚJ).
CSU_CODE_RULES: dict[str, re.Pattern[str]] = {
    "obec": re.compile(r"[5-6]\d{5}"),
    "mestska_cast": re.compile(r"5\d{5}"),
    "orp": re.compile(r"\d{4}"),
    "okres": re.compile(r"40\d{3}"),
    "kraj": re.compile(r"3\d{3}"),
}


def check_ico(value: str) -> str:
    """IČO: 8 digits whose last is the mod-11 check digit of the first seven (weights 8..2)."""
    text = str(value).strip().replace(" ", "")
    if text.isdigit() and len(text) < 8:
        text = text.zfill(8)
    if not re.fullmatch(r"\d{8}", text):
        raise ValueError(f"IČO must be 8 digits (rule 'ico-format'), got {value!r}")
    total = sum(int(d) * w for d, w in zip(text[:7], range(8, 1, -1), strict=True))
    expected = (11 - total % 11) % 10
    if int(text[7]) != expected:
        raise ValueError(
            f"IČO {text} fails its mod-11 checksum (rule 'ico-checksum'): last digit should be {expected}"
        )
    return text


def normalise_phone(value: str) -> str:
    """A phone number in E.164; Czech numbers (9 digits, optional +420 / 00420) become ``+420XXXXXXXXX``."""
    raw = str(value).strip()
    digits = re.sub(r"[\s().\-/]", "", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if re.fullmatch(r"\d{9}", digits):
        digits = "+420" + digits
    if not re.fullmatch(r"\+[1-9]\d{7,14}", digits) or (digits.startswith("+420") and len(digits) != 13):
        raise ValueError(f"not a phone number in E.164 (rule 'phone-e164'): {value!r}")
    return digits


def check_email(value: str) -> str:
    text = str(value).strip()
    if not _EMAIL.fullmatch(text):
        raise ValueError(f"not an e-mail address (rule 'email'): {value!r}")
    local, _, domain = text.partition("@")
    return f"{local}@{domain.lower()}"


def check_url(value: str) -> str:
    parts = urlsplit(str(value).strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an absolute http(s) URL (rule 'url'): {value!r}")
    return str(value).strip()


def check_slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise ValueError(
            f"id must be a lowercase ASCII slug like 'opava-plan-2022-2026' (rule 'slug'): {value!r}"
        )
    return value


def check_csu_code(kind: str, code: str) -> str:
    rule = CSU_CODE_RULES.get(kind)
    if rule is None:
        raise ValueError(f"unknown territory kind {kind!r} (rule 'territory-kind')")
    if not rule.fullmatch(code):
        raise ValueError(f"{code!r} is not a ČSÚ code of a {kind} (rule 'csu-code-{kind}': {rule.pattern})")
    return code


def check_year(value: int) -> int:
    if not 1990 <= value <= date.today().year + 30:
        raise ValueError(f"year {value} is outside 1990..{date.today().year + 30} (rule 'year-range')")
    return value


def code_of(codelist_name: str):
    """A validator that accepts only codes of the named codelist (loaded lazily)."""

    def check(value: str) -> str:
        from kpdata.codelists import codelist

        return codelist(codelist_name).check(value)

    check.__name__ = f"code_of_{codelist_name}"
    return AfterValidator(check)


def codes_of(codelist_name: str):
    """Like :func:`code_of`, for a list of codes."""

    def check(values: list[str]) -> list[str]:
        from kpdata.codelists import codelist

        cl = codelist(codelist_name)
        return [cl.check(v) for v in values]

    return AfterValidator(check)


Ico = Annotated[str, AfterValidator(check_ico)]
Phone = Annotated[str, AfterValidator(normalise_phone)]
Email = Annotated[str, AfterValidator(check_email)]
HttpUrl = Annotated[str, AfterValidator(check_url)]
Slug = Annotated[str, AfterValidator(check_slug)]
Year = Annotated[int, AfterValidator(check_year)]

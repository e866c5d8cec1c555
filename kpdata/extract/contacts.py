"""Contacts of a KPSS page: named people with a role or contact details, and unnamed addresses/phones.

A person is a contact when a role word belongs to them (see :mod:`kpdata.extract.person_roles`), a
contact cue precedes the name ("Kontakt:", "obracejte se na"), or a phone or e-mail follows before the
next person and before another role word. Each person's first phone number counts. Phones and e-mails
nobody claims become unnamed contacts, grouped when they stand together; those of a site header above
the first paragraph are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kpdata.extract.emails import EmailMatch, find_emails
from kpdata.extract.model import Contact
from kpdata.extract.person_lists import person_lists
from kpdata.extract.person_roles import PersonRole, page_roles, people_roles
from kpdata.extract.phones import PhoneMatch, find_phones
from kpdata.extract.roles import RoleMatch, contact_cue
from kpdata.extract.text import fold
from kpdata.extract.textcache import folded, line_end, line_start, normalised

__all__ = ["extract_contacts", "person_key"]

_COPULA_TAIL = re.compile(r"\s+(?:je|jsou|byl[aoiy]?|bude|budou)\Z", re.I)
_DETAIL_REACH = 300
_UNCUED_REACH = 100
_GROUP_GAP = 80
_ROLE_BACK = 120
_ROLE_END = re.compile(r"[\n;(]|,\s*(?:tel|e-?mail|mob|T:|E:)|\s-\s|\.\s|:\s", re.I)
_DETAIL_LABEL = re.compile(
    r"[ \t•*·\-]*(?:(?:[^\W\d_][\w.\-]*[ \t]*){1,3}:[ \t]*|(?:tel|telefon|mobil|mob|fax|e-?mail|mail|t|e|m)\.?[ \t]*|[📞📧📩☎✉]\s*)?",
    re.I,
)
_FOOTER_MARKERS = ("©", "copyright", "vsechna prava vyhrazena")
_OFFICE_LINE = re.compile(
    r"(?i)(?<![\w.])(?:e-?podateln\w*|podateln\w*|ústředn\w*|spojovatel\w*|fax\w*|ID\s*DS|datov\w* schránk\w*)\b"
)
# a postal code before its town ("586 01 Jihlava"): on a line of fields split by bars, a site's footer
# with the office's address ("Město Lhota | Náměstí 1, 586 01 Lhota | tel.: 565 591 111")
_POSTAL_CODE = re.compile(r"(?<![\d+])\d{3} \d{2} [A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
_PROSE_LINE = re.compile(r"(?:\S+\s+){6,}\S")
_POST_TITLES = {"mba", "ma", "ba", "mpa", "mph", "dba", "msc"}

Detail = PhoneMatch | EmailMatch


def person_key(name: str) -> str:
    """A key that equates the forms of one person's name (titles, order, case and accents ignored)."""
    words = [w for w in re.split(r"[\s,]+", fold(name)) if w and not w.endswith(".") and len(w) > 1]
    return " ".join(sorted(w for w in words if w not in _POST_TITLES and w != "et"))  # "JUDr. et Mgr."


def _role_text(text: str, role: RoleMatch, pr: PersonRole) -> str:
    if role.end <= pr.person.start:  # "Koordinátorkou plánování je Jana Nová": the role without "je"
        role_line = text[role.start : pr.person.start].split("\n", 1)[0]  # not a "Jméno:" label below
        return _COPULA_TAIL.sub("", role_line.strip(" :,"))
    stop = _ROLE_END.search(text, role.end, min(len(text), role.end + 120))
    return text[role.start : stop.start() if stop else role.end].strip(" ,")


def _span(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start) whose start lies in ``[lo, hi)``."""
    return items[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _labelled_line(text: str, pr: PersonRole, item: Detail) -> bool:
    """A detail on the person's own lines, or on a later line of a contact block: alone or after a
    short label ("tel.:", "E-mail:", "T:") — not inside a sentence of its own."""
    if item.start <= pr.zone_end:
        return True
    return bool(_DETAIL_LABEL.fullmatch(text, line_start(text, item.start, reach=80), item.start))


def _details(text: str, pr: PersonRole, ceiling: int, ctx: dict) -> tuple[list[PhoneMatch], list[EmailMatch]]:
    """Phones and e-mails after the person, up to the next person, a role word of someone else or
    the page footer."""
    end = min(ceiling, pr.person.end + _DETAIL_REACH, ctx["footer"])
    later = _span(ctx["roles"], ctx["role_starts"], pr.zone_end + 1, end)
    end = next((r.start for r in later if not r.after_only), end)
    candidates = [
        p
        for p in _span(ctx["phones"], ctx["phone_starts"], pr.person.end, end)
        if p.cued or p.start - pr.person.end < _UNCUED_REACH
    ]
    phones = [p for p in candidates if _labelled_line(text, pr, p)]
    lines = {line_start(text, p.start, reach=80) for p in phones}  # "tel.: 469 …, mob.: 731 …": both hers
    phones += [p for p in candidates if p not in phones and line_start(text, p.start, reach=80) in lines]
    emails = _span(ctx["emails"], ctx["email_starts"], pr.person.end, end)
    return sorted(phones, key=lambda p: p.start), [e for e in emails if _labelled_line(text, pr, e)]


def _person_contact(text: str, pr: PersonRole, ceiling: int, ctx: dict) -> Contact | None:
    floor = ctx["floor"]
    cue = contact_cue(text, max(floor, pr.person.start - 40), pr.person.start)
    phones, emails = _details(text, pr, ceiling, ctx)
    if not (phones or emails) and (pr.person.start in ctx["listed_members"] or not (pr.role or cue)):
        return None
    contact = Contact(name=pr.person.name)
    contact.cite(
        "name", pr.person.start, pr.person.end, "person_with_role" if pr.role else "person_with_details"
    )
    if pr.role:
        contact.role = _role_text(text, pr.role, pr)
        contact.role_code = pr.role.code
        contact.cite("role", pr.role.start, pr.role.end, "role_word")
    _attach(contact, phones[:1], emails[:1])
    ctx["claimed"].update((type(x).__name__, x.start) for x in phones + emails)
    return contact


def _attach(contact: Contact, phones: list[PhoneMatch], emails: list[EmailMatch]) -> None:
    if phones:
        contact.phone = phones[0].phone
        contact.cite(
            "phone", phones[0].start, phones[0].end, "phone_cued" if phones[0].cued else "phone_bare"
        )
    if emails:
        contact.email = emails[0].email
        contact.cite("email", emails[0].start, emails[0].end, "email" if emails[0].email else "email_hidden")


def _footer_start(text: str, after: int) -> int:
    """Start of the line that opens the page footer ("Copyright ©"), or the end of the text."""
    low = folded(text)
    hits = [i for i in (low.find(marker, after) for marker in _FOOTER_MARKERS) if i >= 0]
    return line_start(text, min(hits)) if hits else len(text)


def _header_end(text: str) -> int:
    """Offset of the first prose line: contact details above it belong to the site header."""
    for m in re.finditer(r"[^\n]+", text[:2000]):
        if _PROSE_LINE.search(m.group()):
            return m.start()
    return 0


def _new_group(text: str, group: list[Detail], item: Detail, roles: tuple[list, list[int]]) -> bool:
    last = group[-1]
    if item.start - last.end > _GROUP_GAP or "\n\n" in text[last.end : item.start]:
        return True
    if isinstance(item, EmailMatch) and any(isinstance(x, EmailMatch) for x in group):
        return True
    return any(not r.after_only for r in _span(*roles, last.end, item.start))


def _unnamed(text: str, items: list[Detail], roles: tuple[list, list[int]]) -> list[Contact]:
    header_end = _header_end(text)
    footer_start = _footer_start(text, header_end)
    groups: list[list[Detail]] = []
    for item in sorted(items, key=lambda x: x.start):
        if not header_end <= item.start < footer_start or (isinstance(item, PhoneMatch) and not item.cued):
            continue
        if groups and not _new_group(text, groups[-1], item, roles):
            groups[-1].append(item)
        else:
            groups.append([item])
    return [c for c in (_unnamed_contact(text, g, roles) for g in groups) if c]


def _office_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is on an office's address line (its filing mailbox, switchboard, data box, the
    site footer's address): that mailbox or number is no one's contact ("Ústředna: 371 706 111 |
    E-podatelna: podatelna@…")."""
    start, end = line_start(text, pos), line_end(text, pos)
    if _OFFICE_LINE.search(text, start, end):
        return True
    return " | " in text[start:end] and bool(_POSTAL_CODE.search(text, start, end))


def _unnamed_contact(text: str, group: list[Detail], roles: tuple[list, list[int]]) -> Contact | None:
    phones = [x for x in group if isinstance(x, PhoneMatch) and x.cued and not _office_line(text, x.start)]
    emails = [x for x in group if isinstance(x, EmailMatch) and not _office_line(text, x.start)]
    if not phones and not any(e.email for e in emails):
        return None
    contact = Contact()
    _attach(contact, phones, [e for e in emails if e.email] or emails)
    near = [r for r in _span(*roles, group[0].start - _ROLE_BACK, group[0].start) if r.end <= group[0].start]
    role = near[-1] if near else None
    if role and not role.after_only:
        contact.role, contact.role_code = text[role.start : role.end], role.code
        contact.cite("role", role.start, role.end, "role_word")
    return contact


def _merge(contacts: list[Contact]) -> list[Contact]:
    by_key: dict[str, Contact] = {}
    out = []
    for c in contacts:
        key = person_key(c.name or "")
        first = by_key.get(key) if key else None
        if first is None:
            if key:
                by_key[key] = c
            out.append(c)
            continue
        first.name = max(first.name or "", c.name or "", key=len)
        for field in ("role", "role_code", "phone", "email"):
            if getattr(first, field) is None:
                setattr(first, field, getattr(c, field))
        first.evidence.extend(c.evidence)
    return out


def extract_contacts(text: str) -> list[Contact]:
    """The contacts ``text`` names, in order of appearance."""
    norm = normalised(text)
    roles = page_roles(norm)
    phones, emails = find_phones(norm), find_emails(norm)
    ctx = {
        "roles": roles,
        "role_starts": [r.start for r in roles],
        "phones": phones,
        "phone_starts": [p.start for p in phones],
        "emails": emails,
        "email_starts": [e.start for e in emails],
        "claimed": set(),
        "footer": _footer_start(norm, _header_end(norm)),
        "listed_members": {p.start for lst in person_lists(norm) if lst.members for p in lst.people},
    }
    prs = people_roles(norm)
    contacts = []
    for i, pr in enumerate(prs):
        ctx["floor"] = prs[i - 1].person.end if i else 0
        ceiling = prs[i + 1].person.start if i + 1 < len(prs) else len(norm)
        contact = _person_contact(norm, pr, ceiling, ctx)
        if contact:
            contacts.append(contact)
    rest = [x for x in ctx["phones"] + ctx["emails"] if (type(x).__name__, x.start) not in ctx["claimed"]]
    return _merge(contacts + _unnamed(norm, rest, (roles, ctx["role_starts"])))

"""Contacts of a KPSS page: named people with a role or contact details, and unnamed addresses/phones.

A person is a contact when a role word stands right before the name ("koordinátorku komunitního
plánování Janu Tůmovou"), right after it (", vedoucí odboru"), a contact cue precedes it ("Kontaktní
osoba:"), or a phone or e-mail follows it before the next person. Phones and e-mails nobody claims
become unnamed contacts, grouped when they stand together; those of a site header above the first
paragraph are left out. Each person's first phone number counts.
"""

from __future__ import annotations

import re

from kpdata.extract.emails import EmailMatch, find_emails
from kpdata.extract.model import Contact
from kpdata.extract.people import Person, find_people
from kpdata.extract.phones import PhoneMatch, find_phones
from kpdata.extract.roles import RoleMatch, contact_cue, find_roles
from kpdata.extract.text import fold, normalise

__all__ = ["extract_contacts", "person_key"]

_DETAIL_REACH = 300
_ROLE_REACH = 90
_BETWEEN_BAD = re.compile(r"[,;!?()\"]|\.\s|\s(?:že|který|která|které|kteří|aby|když|ale|a|nebo)\s", re.I)
_AFTER_LEAD = re.compile(r"[ ,\-–]*\n?[ ]*(?:[^\W\d_]+\s+){0,1}\Z")
_ROLE_END = re.compile(r"[\n;(]|,\s*(?:tel|e-?mail|mob|T:|E:)|\s[-–]\s|\.\s|:\s", re.I)
_PROSE_LINE = re.compile(r"(?:\S+\s+){6,}\S")


def person_key(name: str) -> str:
    """A key that equates the forms of one person's name (titles, order, case and accents ignored)."""
    words = [w for w in re.split(r"[\s,]+", fold(name)) if w and not w.endswith(".") and len(w) > 1]
    return " ".join(sorted(w for w in words if w not in {"mba", "ma", "ba", "mpa", "mph", "dba"}))


def _role_before(text: str, person: Person, roles: list[RoleMatch], floor: int) -> RoleMatch | None:
    for role in reversed(roles):
        if role.end > person.start:
            continue
        if role.start < max(floor, person.start - _ROLE_REACH):
            return None
        between = text[role.end : person.start]
        if "\n" in between.strip(" :\t") or _BETWEEN_BAD.search(between):
            return None
        if "\n" in between and not between.rstrip(" \n").endswith(":"):
            return None
        return role if len(between.split()) <= 6 else None
    return None


def _role_after(text: str, person: Person, roles: list[RoleMatch], ceiling: int) -> RoleMatch | None:
    for role in roles:
        if role.start < person.end:
            continue
        if role.start >= ceiling or not _AFTER_LEAD.match(text[person.end : role.start]):
            return None
        return role
    return None


def _role_text(text: str, role: RoleMatch, person: Person) -> str:
    if role.end <= person.start:
        return text[role.start : person.start].strip(" :,\n")
    stop = _ROLE_END.search(text, role.end, min(len(text), role.end + 120))
    return text[role.start : stop.start() if stop else role.end].strip(" ,")


def _details(start: int, end: int, phones: list[PhoneMatch], emails: list[EmailMatch]):
    ph = [p for p in phones if start <= p.start < end]
    em = [e for e in emails if start <= e.start < end]
    return ph, em


def _person_contact(text: str, person: Person, ctx: dict) -> Contact | None:
    role = _role_before(text, person, ctx["roles"], ctx["floor"]) or _role_after(
        text, person, ctx["roles"], ctx["ceiling"]
    )
    cue = contact_cue(text, max(ctx["floor"], person.start - 40), person.start)
    ph, em = _details(
        person.end, min(ctx["ceiling"], person.end + _DETAIL_REACH), ctx["phones"], ctx["emails"]
    )
    if not (role or cue or ph or em):
        return None
    contact = Contact(name=person.name)
    contact.cite("name", person.start, person.end, "person_with_role" if role else "person_with_details")
    if role:
        contact.role = _role_text(text, role, person)
        contact.role_code = role.code
        contact.cite("role", role.start, role.end, "role_word")
    _attach(contact, ph[:1], em[:1])
    ctx["claimed"].update(id(x) for x in ph + em)
    return contact


def _attach(contact: Contact, ph: list[PhoneMatch], em: list[EmailMatch]) -> None:
    if ph:
        contact.phone = ph[0].phone
        contact.cite("phone", ph[0].start, ph[0].end, "phone_cued" if ph[0].cued else "phone_e164")
    if em:
        contact.email = em[0].email
        contact.cite("email", em[0].start, em[0].end, "email" if em[0].email else "email_hidden")


def _header_end(text: str) -> int:
    """Offset of the first prose line: contact details above it belong to the site header."""
    for m in re.finditer(r"[^\n]+", text[:2000]):
        if _PROSE_LINE.search(m.group()):
            return m.start()
    return 0


def _unnamed(text: str, items: list[PhoneMatch | EmailMatch], roles: list[RoleMatch]) -> list[Contact]:
    header_end = _header_end(text)
    groups: list[list[PhoneMatch | EmailMatch]] = []
    for item in sorted(items, key=lambda x: x.start):
        if item.start < header_end:
            continue
        if (
            groups
            and item.start - groups[-1][-1].end < 80
            and "\n\n" not in text[groups[-1][-1].end : item.start]
        ):
            groups[-1].append(item)
        else:
            groups.append([item])
    out = []
    for group in groups:
        ph = [x for x in group if isinstance(x, PhoneMatch)]
        em = [x for x in group if isinstance(x, EmailMatch)]
        if not ph and not any(e.email for e in em):
            continue
        contact = Contact()
        _attach(contact, ph, [e for e in em if e.email] or em)
        role = next((r for r in reversed(roles) if group[0].start - 120 <= r.end <= group[0].start), None)
        if role:
            contact.role, contact.role_code = text[role.start : role.end], role.code
            contact.cite("role", role.start, role.end, "role_word")
        out.append(contact)
    return out


def _merge(contacts: list[Contact]) -> list[Contact]:
    by_key: dict[str, Contact] = {}
    out = []
    for c in contacts:
        key = person_key(c.name or "")
        if key and key in by_key:
            first = by_key[key]
            first.name = max(first.name or "", c.name or "", key=len)
            for field in ("role", "role_code", "phone", "email"):
                if getattr(first, field) is None:
                    setattr(first, field, getattr(c, field))
            first.evidence.extend(c.evidence)
            continue
        if key:
            by_key[key] = c
        out.append(c)
    return out


def extract_contacts(text: str) -> list[Contact]:
    """The contacts ``text`` names, in order of appearance."""
    norm = normalise(text)
    people = find_people(norm)
    ctx = {
        "roles": find_roles(norm),
        "phones": find_phones(norm),
        "emails": find_emails(norm),
        "claimed": set(),
    }
    contacts = []
    for i, person in enumerate(people):
        ctx["floor"] = people[i - 1].end if i else 0
        ctx["ceiling"] = people[i + 1].start if i + 1 < len(people) else len(norm)
        contact = _person_contact(norm, person, ctx)
        if contact:
            contacts.append(contact)
    rest = [x for x in ctx["phones"] + ctx["emails"] if id(x) not in ctx["claimed"]]
    return _merge(contacts + _unnamed(norm, rest, ctx["roles"]))

"""Unit rules of the harvester: URL normalisation, encoding choice, link extraction."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpdata.harvest.encoding import choose_encoding, decode_body
from kpdata.harvest.html import parse_page
from kpdata.harvest.urls import document_kind, join_url, normalise_url

WORDS = [
    "Komunitní", "plánování", "sociálních", "služeb", "pracovní", "skupina", "Senioři", "Žďár", "šťastný",
    "Šumperk", "Ťapka", "žádost", "řídící", "důchodci", "ošetřovatelská", "péče", "Úřad", "městský", "čtvrť",
    "dětí", "rodiny", "2024-2027", "č.", "45/2023", "zastupitelstvo", "Ústí", "kůň", "Ořechov", "úterý",
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTP://WWW.Obec.EXAMPLE:80/kp/./skupiny/../plan?b=2&a=1#nahoru",
            "http://www.obec.example/kp/plan?a=1&b=2",
        ),
        ("https://obec.example:443", "https://obec.example/"),
        ("https://obec.example/kp/?utm_source=fb&fbclid=x&strana=2", "https://obec.example/kp/?strana=2"),
        ("https://obec.example/a;jsessionid=ABC?PHPSESSID=1", "https://obec.example/a"),
        (
            "https://obec.example/Komunitní plánování/",
            "https://obec.example/Komunitn%C3%AD%20pl%C3%A1nov%C3%A1n%C3%AD/",
        ),
        ("https://obec.example/soubor%e8.pdf?q=%9a", "https://obec.example/soubor%E8.pdf?q=%9A"),
        ("https://obec.example:8080/", "https://obec.example:8080/"),
        ("mailto:podatelna@obec.example", None),
        ("javascript:void(0)", None),
    ],
)
def test_normalise_url(url, expected):
    assert normalise_url(url) == expected


def test_join_and_documents():
    assert join_url("https://obec.example/kp/index.html", "../dokumenty/Plan.PDF") == (
        "https://obec.example/dokumenty/Plan.PDF"
    )
    assert join_url("https://obec.example/kp/", "#obsah") is None
    assert document_kind("https://obec.example/dokumenty/Plan.PDF", {"pdf"}) == "pdf"
    assert document_kind("https://obec.example/pdf/", {"pdf"}) is None


segments = st.text(alphabet="abcčdďeěfhiíjkř-_.~%20AZ09ů", min_size=0, max_size=12)


@given(
    host=st.sampled_from(["Obec.Example", "www.obec.example", "127.0.0.1:8080"]),
    parts=st.lists(segments, max_size=4),
    query=st.dictionaries(st.sampled_from(["a", "b", "utm_x", "strana"]), segments, max_size=3),
    fragment=segments,
)
def test_normalisation_is_idempotent(host, parts, query, fragment):
    url = f"HTTPS://{host}/" + "/".join(parts) + "?" + "&".join(f"{k}={v}" for k, v in query.items())
    once = normalise_url(url + "#" + fragment)
    assert once is not None and normalise_url(once) == once
    assert "#" not in once and "utm_" not in once and once.split("/")[2] == once.split("/")[2].lower()


@pytest.mark.parametrize(
    ("encoding", "header", "expected"),
    [
        ("cp1250", None, "windows-1250"),
        ("iso8859_2", None, "iso-8859-2"),
        ("utf-8", None, "utf-8"),
        ("cp1250", "windows-1250", "windows-1250"),
        ("cp1250", "iso-8859-2", "windows-1250"),  # mislabelled: bytes 0x80-0x9F are not iso-8859-2 text
        ("utf-8", "windows-1250", "utf-8"),  # mislabelled the other way round
        ("iso8859_2", "iso-8859-2", "iso-8859-2"),
        ("cp1250", "nonsense-charset", "windows-1250"),
    ],
)
def test_choose_encoding(encoding, header, expected):
    text = "Pracovní skupina Senioři: Šťastné úterý, žádosti přijímá Ťapka Žluťoučká."
    body = f"<p>{text}</p>".encode(encoding)
    assert choose_encoding(body, header_charset=header) == expected
    assert text in decode_body(body, header_charset=header)[0]


def test_meta_charset_and_bom():
    body = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
    assert choose_encoding((body + "<p>žluťoučký kůň</p>").encode("cp1250")) == "windows-1250"
    assert decode_body("žluť".encode("utf-8-sig")) == ("žluť", "utf-8")


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.sampled_from(["cp1250", "iso8859_2"]))
def test_czech_text_in_a_legacy_encoding_decodes_back(words, encoding):
    text = " ".join(words)
    assert decode_body(text.encode(encoding))[0] == text


def test_links_documents_title_and_nofollow():
    html = """<html><head><title> Komunitní
      plánování </title><base href="https://obec.example/kp/"><meta name="robots" content="NOFOLLOW"></head>
      <body><a href="skupiny/">Skupiny</a><a href="plan.pdf">3. komunitní <b>plán</b></a>
      <a href="skupiny/#x">znovu</a><a href="mailto:a@obec.example">e-mail</a><iframe src="/mapa/"></iframe></body>"""
    page = parse_page(html, "https://jinde.example/", document_types=frozenset({"pdf"}))
    assert page.links == [
        "https://obec.example/kp/skupiny/",
        "https://obec.example/kp/plan.pdf",
        "https://obec.example/mapa/",
    ]
    assert [(d.url, d.kind, d.text) for d in page.documents] == [
        ("https://obec.example/kp/plan.pdf", "pdf", "3. komunitní plán")
    ]
    assert page.title == "Komunitní plánování" and page.nofollow

"""The orchestrator: every family on one page, isolation of a failing family, and never crashing."""

from __future__ import annotations

import gc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kpdata.extract
from kpdata.extract import page as page_module
from kpdata.extract.page import extract_page

PAGE = """Komunitní plánování v Lipové

Obec Lipová plánuje sociální služby metodou komunitního plánování od roku 2011.
Zastupitelstvo obce Lipová schválilo dne 3. 2. 2022 usnesením č. 14/2022 Komunitní plán sociálních služeb na období 2022–2025.
V obci pracují 3 pracovní skupiny, zapojilo se téměř 40 osob.
Dotazník pro veřejnost vyplňte do 31. 3. 2024.
"""


def test_a_page_with_every_family():
    result = extract_page(PAGE, strict=True)
    assert result.errors == []
    assert result.municipality == "Lipová" and result.level == "obec"
    assert result.kp_since_year == 2011
    (plan,) = result.plans
    assert (plan.period_from, plan.period_to, plan.approved_on, plan.resolution) == (
        2022,
        2025,
        "2022-02-03",
        "14/2022",
    )
    assert [(f.value, f.approximate) for f in result.figures] == [(3, False), (40, True)]
    assert [p.kind for p in result.participation] == ["survey"]


def test_every_span_indexes_the_callers_text():
    raw = PAGE.replace(" ", "\u00a0").replace("–", "\u2013")
    result = extract_page(raw, strict=True)
    items = [*result.plans, *result.figures, *result.participation, *result.documents]
    evidence = result.evidence + [e for item in items for e in item.evidence]
    assert evidence
    for e in evidence:
        assert 0 <= e.start <= e.end <= len(raw)
        assert raw[e.start : e.end].strip()


def test_a_failing_family_does_not_lose_the_others(monkeypatch):
    def broken(doc, page):
        raise RuntimeError("boom")

    monkeypatch.setitem(page_module.FAMILIES, "figures", broken)
    result = extract_page(PAGE)
    assert result.errors == ["figures: RuntimeError('boom')"]
    assert result.plans and result.municipality == "Lipová"
    with pytest.raises(RuntimeError):
        extract_page(PAGE, strict=True)
    with pytest.raises(RuntimeError):  # the package's entry points pass strict on
        kpdata.extract.extract_page(PAGE, strict=True)
    with pytest.raises(RuntimeError):
        kpdata.extract.extract_html(f"<html><body><main><p>{PAGE}</p></main></body></html>", strict=True)


def test_the_collector_is_paused_while_a_page_is_read_and_left_as_it_was(monkeypatch):
    seen = []
    monkeypatch.setitem(page_module.FAMILIES, "probe", lambda doc, page: seen.append(gc.isenabled()))
    was_enabled = gc.isenabled()
    try:
        gc.enable()
        extract_page(PAGE, strict=True)
        assert seen == [False] and gc.isenabled()
        gc.disable()  # (an application that runs with the collector off keeps it off)
        extract_page(PAGE, strict=True)
        assert not gc.isenabled()
        gc.enable()

        def broken(doc, page):
            raise RuntimeError("boom")

        monkeypatch.setitem(page_module.FAMILIES, "figures", broken)
        with pytest.raises(RuntimeError):
            extract_page(PAGE, strict=True)
        assert gc.isenabled()  # (restored when a family raises, too)
    finally:
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def test_text_must_be_str():
    with pytest.raises(TypeError, match="str"):
        extract_page(b"bytes")  # type: ignore[arg-type]


def hostile(n: int) -> list[str]:
    """Pathological pages of about ``n`` characters."""
    return [
        "",
        " ",
        "\n" * n,
        "." * n,
        ". " * (n // 2),
        "(" * (n // 2) + ")" * (n // 2),
        "„" * n,
        "9" * n + " osob",
        "1. " * (n // 3),
        "2020-2021 " * (n // 10),
        "Komunitní plán " * (n // 15),
        "schválilo zastupitelstvo usnesením č. " * (n // 38),
        "ORP " * (n // 4),
        "Město " * (n // 6) + "Opava",
        "\u0000\ufeff\u200b\U0001f4c5\u202e" * (n // 5),
        "zastupitelstvo (" * (n // 16) + "schválilo",
        "https://" + "a" * n,
    ]


@pytest.mark.parametrize("text", hostile(100_000), ids=range(len(hostile(0))))
def test_hostile_text_does_not_crash_and_stays_fast(text):
    """100 kB of pathological text: no crash, no catastrophic backtracking (the suite would hang)."""
    result = extract_page(text, url="https://www.example.cz/" + "x" * 50, strict=True)
    assert result.errors == []


czech = st.text(
    alphabet=st.sampled_from(list("aábcčdďeéěfghiíjklmnňoóprřsštťuúůvyýzž AČŘŠŽ.,;:-–()„“/§0123456789\n"))
)
fragments = st.sampled_from(
    [
        "komunitní plán ",
        "na období 2021-2024 ",
        "schválilo zastupitelstvo ",
        "dne 1. 2. 2020 ",
        "usnesením č. 5/2020 ",
        "ORP Kolín ",
        "téměř 250 osob ",
        "(dále jen „Plán“) ",
        "pracovní skupina Senioři ",
        "Mgr. Jana Nová, koordinátorka, tel. 777 111 222 ",
        "\n\n",
        "6. ",
        "Akční plán ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(fragments, czech, st.text(max_size=30)), max_size=40).map("".join),
    st.one_of(st.none(), st.text(max_size=40)),
)
def test_random_text_never_crashes(text, url):
    result = extract_page(text, url=url, strict=True)
    for item in [*result.plans, *result.figures]:
        for e in item.evidence:
            assert 0 <= e.start <= e.end <= len(text)

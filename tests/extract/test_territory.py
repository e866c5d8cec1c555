"""The territory a page is about, its level (corpus rule 8) and the year planning started."""

from __future__ import annotations

import pytest

from kpdata.extract.document import Document
from kpdata.extract.model import PageExtraction
from kpdata.extract.since import find_since_year
from kpdata.extract.territory import fill_territory


def territory(text: str, url: str | None = None) -> tuple[str | None, str | None, str | None]:
    page = PageExtraction()
    fill_territory(Document(text, url=url), page)
    return page.municipality, page.level, page.municipality_code


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        ("Komunitní plánování ve městě Jihlava probíhá od roku 2004.", "Jihlava", "obec"),
        ("Odbor sociálních věcí Magistrátu města Jihlavy zve na setkání.", "Jihlava", "obec"),
        ("Plánování sociálních služeb na území ORP Rakovník zahrnuje 83 obcí.", "Rakovník", "orp"),
        ("Pracovní skupiny Městského úřadu Tišnov se scházejí na Tišnovsku.", "Tišnov", "orp"),
        ("Zastupitelstvo Jihomoravského kraje schválilo střednědobý plán.", "Jihomoravský kraj", "kraj"),
        ("Rada městské části Praha 12 projednala návrh plánu.", "Praha 12", "mestska_cast"),
        ("Odbor sociálních věcí MHMP připravuje plán pro hl. m. Prahu.", "Hlavní město Praha", "kraj"),
        ("Úřad městské části Brno-střed připravuje plán.", "Brno-střed", "mestska_cast"),
        ("Komunitní plánování ve městě Frýdek-Místek.", "Frýdek-Místek", "obec"),
        # a "-sko" word naming no town's region, or inside an organisation's name, is no ORP cue
        ("Plán města Jihlavy: 2. Východiska plánu, 3. Cíle.", "Jihlava", "obec"),
        ("Plán města Jihlavy připravila i Asistence Jihlavsko, z. ú.", "Jihlava", "obec"),
    ],
)
def test_name_and_level(text, name, level):
    found = territory(text)
    assert found[:2] == (name, level)


def test_a_unique_name_gets_its_code():
    name, _, code = territory("Město Jihlava zve občany.")
    assert name == "Jihlava" and code is not None and code.isdigit()


def test_microregion_and_mas_led_processes():
    assert territory("Plán připravil DSO Mikroregion Horní Pomoraví pro své obce.")[1] == "other"
    assert (
        territory("Komunitní plánování vede MAS Hříběcí hory.", url="https://www.mashribecihory.cz/kp")[1]
        == "mas"
    )


def test_the_host_helps_when_the_text_names_no_town():
    assert (
        territory("Zápisy z jednání pracovních skupin", url="https://www.ceskybrod.cz/kp")[0] == "Český Brod"
    )


def test_a_republished_article_is_about_the_town_it_names():
    text = (
        "ORP Turnov zjišťuje potřeby občanů. Dotazník pro ORP Turnov je k dispozici na webu. "
        "Koordinátorka ORP Turnov odpoví na dotazy."
    )
    assert territory(text, url="https://www.obec-prisovice.cz/aktuality")[0] == "Turnov"


def test_no_territory_no_guess():
    assert territory("Komunitní plánování je metoda plánování sociálních služeb.") == (None, None, None)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Město plánuje sociální služby metodou komunitního plánování od roku 2005.", 2005),
        ("Komunitní plánování bylo v obci zahájeno v září 2009 z podnětu rady.", 2009),
        ("Proces KPSS byl zahájen v 04/11 prvním setkáním.", 2011),
        ("S komunitním plánováním jsme v obci začali v roce 2008.", 2008),
        ("Obec započala komunitní plánování v roce 2006.", 2006),
        ("Do komunitního plánování se město pustilo v roce 2003.", 2003),
        ("Historie\n2007 – zahájení komunitního plánování\n2010 – první plán", 2007),
        ("Komunitní plánování zde probíhá nepřetržitě od roku\n2006. Předchozí plány …", 2006),  # PDF text
    ],
)
def test_since_year(text, year):
    found = find_since_year(Document(text))
    assert found is not None and found[0] == year


@pytest.mark.parametrize(
    "text",
    [
        "Poskytovatel působí ve městě od roku 1998.",  # not about the planning process
        "Projekt byl zahájen 1. 3. 2020.",
        "Nový komunitní plán by měl platit od roku 2029.",  # when a plan takes effect
    ],
)
def test_no_since_year(text):
    assert find_since_year(Document(text)) is None


def test_since_year_written_before_the_verb():
    found = find_since_year(Document("V roce 2006 byl v obci zahájen proces komunitního plánování."))
    assert found is not None and found[0] == 2006


def test_the_year_a_plan_takes_effect_is_not_the_start_of_planning():
    assert find_since_year(Document("Komunitní plán obce je platný od roku 2023.")) is None


def test_a_market_town():
    assert territory("Komunitní plánování městyse: Městys Bystré zve občany na setkání.")[0] == "Bystré"

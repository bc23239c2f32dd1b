"""Consistency checks of the organisation tables in ``geopol_news.data.organizations``."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from geopol_news.data import countries as ctr
from geopol_news.data import media
from geopol_news.data import organizations as org

FIELDS = ("names", "acronyms")

CODES = {c.code for c in ctr.COUNTRIES}


def _forms() -> list[tuple[str, str]]:
    """Every string of the table with where it lives: ("IMF", "... Monetary Fund.acronyms")."""
    forms = [(o.name, f"{o.name}.name") for o in org.ORGANIZATIONS]
    forms += [
        (form, f"{o.name}.{field}")
        for o in org.ORGANIZATIONS
        for field in FIELDS
        for form in getattr(o, field)
    ]
    return forms


def _country_strings() -> set[str]:
    strings = {
        form
        for c in ctr.COUNTRIES
        for form in (c.name, *c.names, *c.demonyms, *c.capitals, *c.seats)
    }
    return strings | set(ctr.AMBIGUOUS_NAMES) | set(ctr.SHARED_DEMONYMS)


OWNER = {form: place.rsplit(".", 1)[0] for form, place in _forms()}
BY_NAME = {o.name: o for o in org.ORGANIZATIONS}


def _sort_key(name: str) -> str:
    """Alphabetical order ignoring case and accents, as the module docstring promises."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _owner(form: str) -> org.Organization | None:
    name = OWNER.get(form)
    return None if name is None else BY_NAME[name]


# -- the table ----------------------------------------------------------------


def test_table_is_large_enough() -> None:
    assert len(org.ORGANIZATIONS) >= 350
    assert set(Counter(o.kind for o in org.ORGANIZATIONS)) == set(org.KINDS)


def test_display_names_are_sorted() -> None:
    keys = [_sort_key(o.name) for o in org.ORGANIZATIONS]
    assert keys == sorted(keys)


def test_every_string_names_one_organisation() -> None:
    owners: dict[str, list[str]] = {}
    for form, place in _forms():
        owners.setdefault(form, []).append(place)
    assert {form: places for form, places in owners.items() if len(places) > 1} == {}


def test_strings_are_trimmed_and_non_empty() -> None:
    for form, place in _forms():
        assert form, place
        assert form == " ".join(form.split()), (form, place)


def test_apostrophes_are_straight() -> None:
    for form, place in _forms():
        assert not set(form) & set("\u2018\u2019\u201c\u201d"), (form, place)


def test_acronyms_have_a_capital_and_no_spaces() -> None:
    # A brand printed in lower case ("dpa") belongs in names, not acronyms.
    for o in org.ORGANIZATIONS:
        for acronym in o.acronyms:
            assert any(ch.isupper() for ch in acronym), (o.name, acronym)
            assert " " not in acronym, (o.name, acronym)


def test_kinds_are_known() -> None:
    assert len(set(org.KINDS)) == len(org.KINDS)
    assert [o.name for o in org.ORGANIZATIONS if o.kind not in org.KINDS] == []


def test_country_codes_exist() -> None:
    unknown = [(o.name, o.country) for o in org.ORGANIZATIONS if o.country not in (None, *CODES)]
    assert unknown == []


def test_no_string_is_also_a_country_string() -> None:
    # Seats ("Kremlin", "White House"), names and demonyms belong to countries.py.
    clashes = sorted(form for form, _ in _forms() if form in _country_strings())
    assert clashes == []


def test_acronyms_are_not_two_letter_country_codes() -> None:
    # "AU" is kept for the African Union: news never prints it for Australia in running text.
    clashes = {a for o in org.ORGANIZATIONS for a in (o.name, *o.names, *o.acronyms) if a in CODES}
    assert clashes == {"AU"}


@pytest.mark.parametrize(
    "form",
    [
        # English words, country abbreviations and shared acronyms left out on purpose.
        "IS", "IT", "AI", "US", "UK", "PA", "RSF", "PTI", "CNA", "PAP", "BIS", "MIT",
        "ABC", "EC", "X", "RSS", "APC", "PT", "NAM", "AES", "ICE", "LSE", "MAS", "NRC",
        # Bare names that are also first names, surnames or common words.
        "Amnesty", "Total", "Rafael", "Leonardo", "Diet", "Swift", "Rand", "Adani",
        "The Times",
        # Strings of countries.py.
        "Kremlin", "White House", "Élysée", "Holy See", "Downing Street",
    ],
)  # fmt: skip
def test_forms_left_out(form: str) -> None:
    assert form not in OWNER


# -- spot checks of facts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "name", "kind", "country"),
    [
        ("IMF", "International Monetary Fund", "intergovernmental", None),
        ("U.N.", "United Nations", "intergovernmental", None),
        ("UN", "United Nations", "intergovernmental", None),
        ("United Nations Security Council", "UN Security Council", "intergovernmental", None),
        ("U.N. Security Council", "UN Security Council", "intergovernmental", None),
        ("Nato", "North Atlantic Treaty Organization", "intergovernmental", None),
        ("World Bank Group", "World Bank", "intergovernmental", None),
        ("Opec+", "OPEC+", "intergovernmental", None),
        ("G-20", "Group of 20", "intergovernmental", None),
        ("AU", "African Union", "intergovernmental", None),
        ("ECB", "European Central Bank", "central_bank", None),
        ("ICC", "International Criminal Court", "court", None),
        ("Red Cross", "International Committee of the Red Cross", "ngo", None),
        ("Doctors Without Borders", "Doctors Without Borders", "ngo", None),
        ("MSF", "Doctors Without Borders", "ngo", None),
        ("State Department", "State Department", "government", "US"),
        ("U.S. State Department", "State Department", "government", "US"),
        ("Department of Defense", "Pentagon", "government", "US"),
        ("US Treasury", "Treasury Department", "government", "US"),
        ("Congress", "United States Congress", "legislature", "US"),
        ("Fed", "Federal Reserve", "central_bank", "US"),
        ("GOP", "Republican Party", "party", "US"),
        ("Foreign Office", "Foreign, Commonwealth and Development Office", "government", "GB"),
        ("Secret Intelligence Service", "MI6", "government", "GB"),
        ("State Duma", "State Duma", "legislature", "RU"),
        ("Duma", "State Duma", "legislature", "RU"),
        ("FSB", "Federal Security Service", "government", "RU"),
        ("Central Bank of Russia", "Bank of Russia", "central_bank", "RU"),
        ("Rosneft", "Rosneft", "company", "RU"),
        ("Wagner", "Wagner Group", "armed_group", "RU"),
        ("CPC", "Chinese Communist Party", "party", "CN"),
        ("PLA", "People's Liberation Army", "military", "CN"),
        ("Rada", "Verkhovna Rada", "legislature", "UA"),
        ("IDF", "Israel Defense Forces", "military", "IL"),
        ("Revolutionary Guards", "Islamic Revolutionary Guard Corps", "military", "IR"),
        ("Ansar Allah", "Houthis", "armed_group", "YE"),
        ("ISIL", "Islamic State", "armed_group", None),
        ("Al Qaeda", "al-Qaeda", "armed_group", None),
        ("HTS", "Hayat Tahrir al-Sham", "armed_group", "SY"),
        ("PSUV", "United Socialist Party of Venezuela", "party", "VE"),
        ("Voluntad Popular", "Popular Will", "party", "VE"),
        ("PDVSA", "Petróleos de Venezuela", "company", "VE"),
        ("AfD", "Alternative for Germany", "party", "DE"),
        ("PiS", "Law and Justice", "party", "PL"),
        ("Aramco", "Saudi Aramco", "company", "SA"),
        ("TSMC", "Taiwan Semiconductor Manufacturing Company", "company", "TW"),
        ("AFP", "Agence France-Presse", "news_agency", "FR"),
        ("AP", "Associated Press", "news_agency", "US"),
        ("dpa", "Deutsche Presse-Agentur", "news_agency", "DE"),
        ("Xinhua", "Xinhua News Agency", "news_agency", "CN"),
        ("British Broadcasting Corporation", "BBC", "media", "GB"),
        ("New York Times", "The New York Times", "media", "US"),
        ("Meduza", "Meduza", "media", "LV"),
        ("Chatham House", "Chatham House", "think_tank", "GB"),
        ("CAST", "Center for Analysis of Strategies and Technologies", "think_tank", "RU"),
        ("Centre for Analysis of Strategies and Technologies",
         "Center for Analysis of Strategies and Technologies", "think_tank", "RU"),
        ("Crisis Group", "International Crisis Group", "think_tank", None),
        ("Valdai Club", "Valdai Discussion Club", "think_tank", "RU"),
        ("KGB", "KGB", "government", None),
    ],
)  # fmt: skip
def test_form_owner(form: str, name: str, kind: str, country: str | None) -> None:
    owner = _owner(form)
    assert owner is not None, form
    assert (owner.name, owner.kind, owner.country) == (name, kind, country)


# -- photo credits ---------------------------------------------------------------

# Credits that are not the name of an organisation, with the reason.
NOT_ORGANISATIONS = {
    "Pool": "a shared press pool",
    "Kremlin Pool": "the Kremlin's press pool",
    "Handout": "a picture given out by its subject",
    "Courtesy": "a picture lent by its owner",
    "File": "an archive picture",
    "Stringer": "a freelance photographer",
    "Wikimedia Commons": "a media library, not a body",
    "Sentinel Hub": "a satellite-imagery service, not a body",
}
# Credits left out of the table because they name two organisations.
SHARED_CREDITS = {
    "PA": "PA Media and the Palestinian Authority",
}


def _resolves(credit: str) -> bool:
    if credit in OWNER:
        return True
    if " via " in credit:  # "AFP via Getty Images": both agencies
        return all(_resolves(part) for part in credit.split(" via "))
    # A government's press service ("Russian Defence Ministry Press Service") is a generic body.
    return any(credit.endswith(body) for body in org.GENERIC_BODIES if body.endswith("Service"))


def test_photo_credits_name_organisations() -> None:
    unresolved = {credit for credit in media.PHOTO_AGENCIES if not _resolves(credit)}
    assert unresolved <= set(NOT_ORGANISATIONS) | set(SHARED_CREDITS)


def test_credit_exceptions_are_really_unresolved() -> None:
    # An exception that the table comes to name should leave the lists above.
    assert [credit for credit in (*NOT_ORGANISATIONS, *SHARED_CREDITS) if credit in OWNER] == []


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("Getty", "Getty Images"), ("EPA-EFE", "European Pressphoto Agency"),
        ("EPA", "European Pressphoto Agency"), ("EFE", "Agencia EFE"),
        ("Press Association", "PA Media"), ("Bloomberg News", "Bloomberg"),
        ("Thomson Reuters", "Thomson Reuters"), ("Reuters", "Reuters"),
        ("NYT", "The New York Times"), ("Kyodo", "Kyodo News"), ("Anadolu", "Anadolu Agency"),
        ("ZUMA Wire", "Zuma Press"), ("KCNA", "Korean Central News Agency"),
    ],
)  # fmt: skip
def test_credit_owner(credit: str, name: str) -> None:
    owner = _owner(credit)
    assert owner is not None, credit
    assert owner.name == name


# -- the word tables ---------------------------------------------------------------


def test_generic_bodies() -> None:
    assert len(org.GENERIC_BODIES) >= 80
    assert set(org.GENERIC_BODIES.values()) <= set(org.KINDS)
    for form in org.GENERIC_BODIES:
        assert form == " ".join(form.split()), form
        assert form[0].isupper(), form
    # A generic body names no body by itself, so no organisation and no country uses it.
    assert sorted(set(org.GENERIC_BODIES) & set(OWNER)) == []
    assert sorted(set(org.GENERIC_BODIES) & _country_strings()) == []


@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ("Foreign Ministry", "government"), ("Ministry of Foreign Affairs", "government"),
        ("Defence Ministry", "government"), ("Ministry of Defense", "government"),
        ("Prosecutor General's Office", "government"), ("Security Council", "government"),
        ("Treasury", "government"), ("Parliament", "legislature"), ("Senate", "legislature"),
        ("National Assembly", "legislature"), ("Supreme Court", "court"),
        ("Constitutional Court", "court"), ("Central Bank", "central_bank"),
        ("Army", "military"), ("Coast Guard", "military"), ("General Staff", "military"),
        ("Politburo", "party"),
    ],
)  # fmt: skip
def test_generic_body_kind(form: str, kind: str) -> None:
    assert org.GENERIC_BODIES[form] == kind


def test_head_word_sets_are_single_capitalised_words() -> None:
    for word in org.ORG_HEAD_WORDS | org.FACILITY_HEADS:
        assert word, word
        assert " " not in word, word
        assert word[0].isupper(), word
    assert len(org.ORG_HEAD_WORDS) >= 80
    assert len(org.FACILITY_HEADS) >= 80


def test_org_and_facility_heads_are_disjoint() -> None:
    assert sorted(org.ORG_HEAD_WORDS & org.FACILITY_HEADS) == []


def test_org_nouns_are_lower_case() -> None:
    assert len(org.ORG_NOUNS) >= 60
    for noun in org.ORG_NOUNS:
        assert noun == noun.lower(), noun
        assert noun == " ".join(noun.split()), noun


@pytest.mark.parametrize(
    ("word", "table"),
    [
        ("Ministry", "heads"), ("Institute", "heads"), ("Corporation", "heads"),
        ("Times", "heads"), ("Airport", "facilities"), ("Summit", "facilities"),
        ("Treaty", "facilities"), ("think tank", "nouns"), ("giant", "nouns"),
        ("broadcaster", "nouns"),
    ],
)  # fmt: skip
def test_word_table_spot_checks(word: str, table: str) -> None:
    tables = {
        "heads": org.ORG_HEAD_WORDS,
        "facilities": org.FACILITY_HEADS,
        "nouns": org.ORG_NOUNS,
    }
    assert word in tables[table]

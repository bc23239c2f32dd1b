"""Consistency checks of the role, title and place tables in ``geopol_news.data.roles``."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Collection

import pytest

from geopol_news.data import calendar as cal
from geopol_news.data import countries as ctr
from geopol_news.data import roles

GENDERS = {"female", "male", None}
CODES = {c.code for c in ctr.COUNTRIES}


def _country_strings() -> set[str]:
    """Every string of the countries tables: names, other names, demonyms, capitals, seats."""
    strings = {c.name for c in ctr.COUNTRIES}
    for c in ctr.COUNTRIES:
        strings.update(c.names, c.demonyms, c.capitals, c.seats)
    strings.update(ctr.AMBIGUOUS_NAMES, ctr.SHARED_DEMONYMS)
    return strings


COUNTRY_STRINGS = _country_strings()
CALENDAR_WORDS = {form for forms in (*cal.MONTHS, *cal.WEEKDAYS) for form in forms}


def _trimmed(word: str) -> bool:
    return bool(word) and word == " ".join(word.split())


# -- shape of every table -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("TITLES", roles.TITLES),
        ("ROLE_NOUNS", roles.ROLE_NOUNS),
        ("ROLE_MODIFIERS", roles.ROLE_MODIFIERS),
        ("PRONOUNS", roles.PRONOUNS),
        ("REGIONS", roles.REGIONS),
        ("REGIONAL_ADJECTIVES", roles.REGIONAL_ADJECTIVES),
        ("NON_NAME_WORDS", roles.NON_NAME_WORDS),
    ],
)
def test_entries_are_trimmed_and_non_empty(name: str, words: Collection[str]) -> None:
    assert [w for w in words if not _trimmed(w)] == [], name


def test_titles_are_capitalised_and_unique_once_lower_cased() -> None:
    assert [t for t in roles.TITLES if not t[0].isupper()] == []
    # The extractor lower-cases titles, so two casings of one title would collide.
    lowered = [t.lower() for t in roles.TITLES]
    assert len(set(lowered)) == len(lowered)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("ROLE_NOUNS", roles.ROLE_NOUNS),
        ("ROLE_MODIFIERS", roles.ROLE_MODIFIERS),
        ("PRONOUNS", roles.PRONOUNS),
    ],
)
def test_lower_case_tables_are_lower_case(name: str, words: Collection[str]) -> None:
    assert [w for w in words if w != w.lower()] == [], name


def test_modifiers_and_pronouns_are_single_words() -> None:
    assert [w for w in roles.ROLE_MODIFIERS if " " in w] == []
    assert [w for w in roles.PRONOUNS if " " in w] == []


def test_non_name_words_are_single_capitalised_words() -> None:
    assert [w for w in roles.NON_NAME_WORDS if " " in w or not w[0].isupper()] == []


def test_places_and_adjectives_are_capitalised() -> None:
    assert [r for r in roles.REGIONS if not r[0].isupper()] == []
    assert [a for a in roles.REGIONAL_ADJECTIVES if not a[0].isupper()] == []


@pytest.mark.parametrize(
    ("name", "table"),
    [("TITLES", roles.TITLES), ("ROLE_NOUNS", roles.ROLE_NOUNS), ("PRONOUNS", roles.PRONOUNS)],
)
def test_gender_values_are_valid(name: str, table: dict[str, str | None]) -> None:
    assert {key: g for key, g in table.items() if g not in GENDERS} == {}, name


def test_role_nouns_are_singular() -> None:
    # "-ss" nouns are singular ("boss", "princess", "witness"); other final "s" would be a plural.
    plural = [n for n in roles.ROLE_NOUNS if n.endswith("s") and not n.endswith("ss")]
    assert plural == []


def test_tables_are_big_enough() -> None:
    assert len(roles.TITLES) >= 140
    assert len(roles.ROLE_NOUNS) >= 140
    assert len(roles.ROLE_MODIFIERS) >= 90
    assert len(roles.REGIONS) >= 240
    assert len(roles.REGIONAL_ADJECTIVES) >= 60
    assert len(roles.NON_NAME_WORDS) >= 240


# -- agreement between tables ---------------------------------------------------------------


def test_role_nouns_and_modifiers_are_disjoint() -> None:
    assert set(roles.ROLE_NOUNS) & roles.ROLE_MODIFIERS == set()


def test_pronouns_are_neither_roles_nor_modifiers() -> None:
    assert set(roles.PRONOUNS) & (set(roles.ROLE_NOUNS) | roles.ROLE_MODIFIERS) == set()


def test_a_title_that_is_also_a_role_noun_states_the_same_gender() -> None:
    clashes = {
        title: (gender, roles.ROLE_NOUNS[title.lower()])
        for title, gender in roles.TITLES.items()
        if title.lower() in roles.ROLE_NOUNS and roles.ROLE_NOUNS[title.lower()] != gender
    }
    assert clashes == {}


def test_man_and_woman_compounds_state_their_gender() -> None:
    # "spokesman"/"spokeswoman", "Congressman"/"Congresswoman", "strongman", "gunman".
    for table in (roles.TITLES, roles.ROLE_NOUNS):
        for key, gender in table.items():
            lowered = key.lower()
            if lowered.endswith("woman"):
                assert gender == "female", key
            elif lowered.endswith("man"):
                assert gender == "male", key


def test_feminine_forms_in_ess_are_female() -> None:
    feminine = ("Princess", "Crown Princess", "Empress", "Duchess", "Baroness")
    assert [t for t in feminine if roles.TITLES[t] != "female"] == []
    assert [n for n in ("princess", "empress", "heiress") if roles.ROLE_NOUNS[n] != "female"] == []


def test_non_name_words_have_one_home() -> None:
    others = (
        {t for t in roles.TITLES if " " not in t} | set(roles.REGIONS) | roles.REGIONAL_ADJECTIVES
    )
    assert roles.NON_NAME_WORDS & others == set()


def test_regions_and_adjectives_overlap_only_on_seas_and_regions() -> None:
    # A word that is a place and an adjective ("the Pacific", "Pacific nations") is in both.
    both = set(roles.REGIONS) & roles.REGIONAL_ADJECTIVES
    assert both == {"Arctic", "Atlantic", "Asia-Pacific", "Baltic", "Caribbean", "Gulf",
                    "Indo-Pacific", "Mediterranean", "Pacific"}  # fmt: skip
    assert all(roles.REGIONS[word] == "" for word in both)


# -- agreement with the other data modules --------------------------------------------------


def test_region_codes_exist() -> None:
    assert {r: code for r, code in roles.REGIONS.items() if code and code not in CODES} == {}


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("REGIONS", set(roles.REGIONS)),
        ("REGIONAL_ADJECTIVES", roles.REGIONAL_ADJECTIVES),
        ("NON_NAME_WORDS", roles.NON_NAME_WORDS),
    ],
)
def test_no_string_of_the_countries_tables(name: str, words: set[str]) -> None:
    assert sorted(words & COUNTRY_STRINGS) == [], name


def test_non_name_words_leave_months_and_weekdays_to_the_calendar() -> None:
    # "May", "March", "Sun", "Wed" belong to geopol_news.data.calendar (and some are names).
    assert sorted(roles.NON_NAME_WORDS & CALENDAR_WORDS) == []


def test_non_name_words_are_not_given_names() -> None:
    if importlib.util.find_spec("geopol_news.data.people") is None:
        pytest.skip("geopol_news.data.people (GIVEN_NAMES) does not exist yet")
    people = importlib.import_module("geopol_news.data.people")
    given = set(people.GIVEN_NAMES)
    assert sorted(roles.NON_NAME_WORDS & given) == []


def test_words_of_the_organisation_tables_are_left_to_them() -> None:
    if importlib.util.find_spec("geopol_news.data.organizations") is None:
        pytest.skip("geopol_news.data.organizations does not exist yet")
    orgs = importlib.import_module("geopol_news.data.organizations")
    heads = set(orgs.ORG_HEAD_WORDS) | set(orgs.FACILITY_HEADS) | set(orgs.GENERIC_BODIES)
    forms: set[str] = set()
    for org in orgs.ORGANIZATIONS:
        forms.update((org.name, *org.names, *org.acronyms))
    assert sorted(roles.NON_NAME_WORDS & (heads | forms)) == []
    assert sorted(set(roles.TITLES) & forms) == []
    # A noun before a name heads either a person (here) or a firm (ORG_NOUNS), not both.
    assert sorted(set(roles.ROLE_NOUNS) & set(orgs.ORG_NOUNS)) == []


# -- spot checks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "gender"),
    [
        ("Queen", "female"), ("King", "male"), ("Mr.", "male"), ("Mr", "male"),
        ("Mrs.", "female"), ("Ms", "female"), ("Miss", "female"), ("Lord", "male"),
        ("Lady", "female"), ("Sir", "male"), ("Dame", "female"), ("Chairman", "male"),
        ("Chairwoman", "female"), ("Spokeswoman", "female"), ("Spokesman", "male"),
        ("President", None), ("Secretary of State", None), ("Lt. Gen.", None),
        ("Sen.", None), ("Pope", None), ("Foreign Minister", None), ("Dr.", None),
        ("Secretary-General", None), ("Crown Prince", "male"), ("Ayatollah", None),
    ],
)  # fmt: skip
def test_title_spot_checks(title: str, gender: str | None) -> None:
    assert title in roles.TITLES
    assert roles.TITLES[title] == gender


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("spokeswoman", "female"), ("spokesman", "male"), ("spokesperson", None),
        ("analyst", None), ("journalist", None), ("leader", None), ("director", None),
        ("congresswoman", "female"), ("businessman", "male"), ("woman", "female"),
        ("man", "male"), ("queen", "female"), ("prince", "male"), ("wife", "female"),
        ("oligarch", None), ("deputy", None), ("chief", None), ("think tank head", None),
    ],
)  # fmt: skip
def test_role_noun_spot_checks(noun: str, gender: str | None) -> None:
    assert noun in roles.ROLE_NOUNS
    assert roles.ROLE_NOUNS[noun] == gender


def test_role_modifier_spot_checks() -> None:
    assert {"foreign", "affairs", "opposition", "former", "acting", "self-proclaimed",
            "human", "rights", "vice", "senior"} <= roles.ROLE_MODIFIERS  # fmt: skip
    assert "actor" not in roles.ROLE_NOUNS


def test_pronouns() -> None:
    assert roles.PRONOUNS == {
        "he": "male", "him": "male", "his": "male", "himself": "male",
        "she": "female", "her": "female", "hers": "female", "herself": "female",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("Crimea", "UA"), ("Donbas", "UA"), ("Donetsk", "UA"), ("Odessa", "UA"),
        ("Gaza", "PS"), ("West Bank", "PS"), ("Golan Heights", "SY"), ("Xinjiang", "CN"),
        ("Tibet", "CN"), ("Nagorno-Karabakh", "AZ"), ("Abkhazia", "GE"),
        ("Transnistria", "MD"), ("Chechnya", "RU"), ("St. Petersburg", "RU"),
        ("Scotland", "GB"), ("Catalonia", "ES"), ("Texas", "US"), ("Maracaibo", "VE"),
        ("Cúcuta", "CO"), ("Cucuta", "CO"), ("Mosul", "IQ"), ("Istanbul", "TR"),
        ("Latin America", ""), ("Middle East", ""), ("Kashmir", ""), ("South China Sea", ""),
    ],
)  # fmt: skip
def test_region_spot_checks(place: str, code: str) -> None:
    assert roles.REGIONS[place] == code


@pytest.mark.parametrize(
    "word", ["Hong Kong", "Georgia", "Jordan", "Chad", "Victoria", "Jerusalem", "Kremlin"]
)
def test_regions_leave_out_countries_and_names(word: str) -> None:
    assert word not in roles.REGIONS


def test_adjective_and_non_name_spot_checks() -> None:
    assert {"Latin American", "Middle Eastern", "Sunni", "Arab", "Soviet", "Kurdish",
            "Western"} <= roles.REGIONAL_ADJECTIVES  # fmt: skip
    assert "Palestinian" not in roles.REGIONAL_ADJECTIVES  # a demonym of the countries table
    assert "Christian" not in roles.REGIONAL_ADJECTIVES  # a given name
    assert {"The", "Meanwhile", "According", "Breaking", "Warns", "Former"} <= roles.NON_NAME_WORDS
    assert not {"Said", "Will", "Key", "To", "May"} & roles.NON_NAME_WORDS

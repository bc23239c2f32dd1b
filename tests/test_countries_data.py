"""Consistency checks of the country table in ``geopol_news.data.countries``."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from geopol_news.data import countries as ctr

BY_CODE = {c.code: c for c in ctr.COUNTRIES}

FIELDS = ("names", "demonyms", "capitals", "seats")


def _places() -> list[tuple[str, str]]:
    """Every string of the tables with where it lives: ("Moscow", "RU.capitals")."""
    places = [(c.name, f"{c.code}.name") for c in ctr.COUNTRIES]
    places += [
        (form, f"{c.code}.{field}")
        for c in ctr.COUNTRIES
        for field in FIELDS
        for form in getattr(c, field)
    ]
    places += [(form, "AMBIGUOUS_NAMES") for form in ctr.AMBIGUOUS_NAMES]
    places += [(form, "SHARED_DEMONYMS") for form in ctr.SHARED_DEMONYMS]
    return places


OWNER = {form: place.split(".")[0] for form, place in _places()}


def test_codes_are_unique_well_formed_and_in_order() -> None:
    codes = [c.code for c in ctr.COUNTRIES]
    assert all(re.fullmatch("[A-Z]{2}", code) for code in codes)
    assert [code for code, n in Counter(codes).items() if n > 1] == []
    assert codes == sorted(codes)
    alpha3 = [c.alpha3 for c in ctr.COUNTRIES]
    assert all(re.fullmatch("[A-Z]{3}", code) for code in alpha3)
    assert [code for code, n in Counter(alpha3).items() if n > 1] == []


def test_iso_list_is_complete_enough() -> None:
    assert len(ctr.COUNTRIES) >= 245
    assert "XK" in BY_CODE  # user-assigned, but news needs Kosovo


@pytest.mark.parametrize(
    ("code", "alpha3"),
    [
        ("US", "USA"), ("GB", "GBR"), ("DE", "DEU"), ("CH", "CHE"),
        ("RS", "SRB"), ("KM", "COM"), ("KY", "CYM"), ("ZA", "ZAF"),
    ],
)  # fmt: skip
def test_alpha3_spot_checks(code: str, alpha3: str) -> None:
    assert BY_CODE[code].alpha3 == alpha3


def test_every_string_lives_in_one_place() -> None:
    owners: dict[str, list[str]] = {}
    for form, place in _places():
        owners.setdefault(form, []).append(place)
    assert {form: places for form, places in owners.items() if len(places) > 1} == {}


def test_strings_are_trimmed_and_non_empty() -> None:
    for form, place in _places():
        assert form, place
        assert form == " ".join(form.split()), (form, place)


def test_capitals_do_not_repeat_the_country_name() -> None:
    # A capital spelt like its country (Singapore, Monaco) is matched by the name already.
    for c in ctr.COUNTRIES:
        assert c.name not in c.capitals, c.code


@pytest.mark.parametrize(
    "table", [ctr.AMBIGUOUS_NAMES, ctr.SHARED_DEMONYMS], ids=["names", "demonyms"]
)
def test_shared_tables_name_known_codes_without_repeats(table: dict[str, tuple[str, ...]]) -> None:
    for key, codes in table.items():
        assert len(codes) >= 2, key
        assert len(set(codes)) == len(codes), key
        assert [code for code in codes if code not in BY_CODE] == [], key


def test_shared_defaults() -> None:
    assert ctr.AMBIGUOUS_NAMES["Congo"] == ("CD", "CG")
    assert ctr.AMBIGUOUS_NAMES["Korea"][0] == "KR"
    assert ctr.SHARED_DEMONYMS["Korean"][0] == "KR"
    assert ctr.SHARED_DEMONYMS["Dominican"] == ("DO", "DM")
    assert ctr.SHARED_DEMONYMS["Congolese"][0] == "CD"
    assert ctr.SHARED_DEMONYMS["Guinean"][0] == "GN"


def test_brief_spot_checks() -> None:
    assert BY_CODE["US"].capitals == ("Washington",)
    assert BY_CODE["US"].seats == ("White House",)
    assert "Kremlin" in BY_CODE["RU"].seats
    assert {"U.K.", "Britain"} <= set(BY_CODE["GB"].names)
    assert "Caracas" in BY_CODE["VE"].capitals
    assert BY_CODE["CI"].name == "Ivory Coast"
    assert {"Kyiv", "Kiev"} <= set(BY_CODE["UA"].capitals)


@pytest.mark.parametrize(
    ("form", "code"),
    [
        # Demonyms
        ("Venezuelan", "VE"), ("Kazakh", "KZ"), ("Kazakhstani", "KZ"), ("Belarusian", "BY"),
        ("Ukrainian", "UA"), ("Syrian", "SY"), ("Cuban", "CU"), ("Americans", "US"),
        ("Britons", "GB"), ("Russians", "RU"), ("Filipino", "PH"), ("Burmese", "MM"),
        ("Ivorian", "CI"), ("Emirati", "AE"), ("Saudi", "SA"), ("Nigerien", "NE"),
        ("Nigerian", "NG"), ("Azeri", "AZ"), ("Argentine", "AR"), ("Dutch", "NL"),
        ("Kosovar", "XK"), ("Taiwanese", "TW"), ("Sahrawi", "EH"), ("South Sudanese", "SS"),
        ("Sudanese", "SD"), ("North Korean", "KP"), ("Bissau-Guinean", "GW"), ("Swiss", "CH"),
        # Names and abbreviations
        ("U.S.", "US"), ("America", "US"), ("Russian Federation", "RU"), ("UAE", "AE"),
        ("DRC", "CD"), ("Democratic Republic of Congo", "CD"), ("Congo-Brazzaville", "CG"),
        ("Côte d'Ivoire", "CI"), ("Türkiye", "TR"), ("Czechia", "CZ"), ("Burma", "MM"),
        ("Swaziland", "SZ"), ("Holland", "NL"), ("DPRK", "KP"), ("Timor-Leste", "TL"),
        ("Macedonia", "MK"), ("Holy See", "VA"), ("Falklands", "FK"), ("Viet Nam", "VN"),
        # Capitals
        ("Moscow", "RU"), ("Beijing", "CN"), ("Tehran", "IR"), ("Damascus", "SY"),
        ("Havana", "CU"), ("Minsk", "BY"), ("Astana", "KZ"), ("Pyongyang", "KP"),
        ("Seoul", "KR"), ("New Delhi", "IN"), ("Islamabad", "PK"), ("Addis Ababa", "ET"),
        ("Abuja", "NG"), ("Pretoria", "ZA"), ("Cape Town", "ZA"), ("Brasília", "BR"),
        ("Bogotá", "CO"), ("Canberra", "AU"), ("Wellington", "NZ"), ("Ottawa", "CA"),
        ("Naypyitaw", "MM"), ("The Hague", "NL"), ("Georgetown", "GY"), ("George Town", "KY"),
        ("Kingston", "JM"), ("Pristina", "XK"), ("Ramallah", "PS"), ("Jerusalem", "IL"),
        # Seats
        ("Zhongnanhai", "CN"), ("Downing Street", "GB"), ("Élysée", "FR"), ("Kantei", "JP"),
        ("Bankova", "UA"), ("Miraflores", "VE"), ("Casa Rosada", "AR"), ("Blue House", "KR"),
        ("Aso Rock", "NG"), ("Malacañang", "PH"),
    ],
)  # fmt: skip
def test_form_owner(form: str, code: str) -> None:
    assert OWNER.get(form) == code


@pytest.mark.parametrize(
    "form",
    [
        "Pentagon", "Capitol Hill", "Quai d'Orsay", "Chancellery",
        "Congo", "Korea", "Korean", "Congolese",
    ],
)  # fmt: skip
def test_forms_not_owned_by_one_country(form: str) -> None:
    assert OWNER.get(form) in (None, "AMBIGUOUS_NAMES", "SHARED_DEMONYMS")


def test_singapore_style_capitals_are_left_to_the_name() -> None:
    for code in ("SG", "MC", "LU", "DJ", "SM", "VA", "GI"):
        assert BY_CODE[code].capitals == (), code

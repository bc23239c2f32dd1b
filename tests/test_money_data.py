"""Consistency checks of the money and number tables in ``geopol_news.data``.

The few parser calls here check what the tables promise: a withdrawn currency
is read from its names, never from its code alone.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

import pytest

from geopol_news.data import currencies as cur
from geopol_news.data import numbers as num
from geopol_news.model import Magnitude, Period, Qualifier
from geopol_news.money import extract_money

CODES = {c.code for c in cur.CURRENCIES}

NEWS_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "BYN", "CHF", "CAD",
    "AUD", "NZD", "HKD", "SGD", "TWD", "KRW", "KPW", "INR", "PKR", "BDT",
    "AFN", "IDR", "MYR", "PHP", "THB", "VND", "TRY", "ILS", "IRR", "SAR",
    "AED", "QAR", "KWD", "IQD", "SYP", "EGP", "LBP", "JOD", "PLN", "HUF",
    "CZK", "RON", "SEK", "NOK", "DKK", "NGN", "ZAR", "KES", "ETB", "GHS",
    "DZD", "MAD", "SDG", "VES", "MXN", "BRL", "ARS", "CLP", "COP", "PEN",
    "CUP", "BOB", "NIO", "XAF", "XOF",
)  # fmt: skip


def _own_forms(attribute: str) -> list[tuple[str, str]]:
    return [(form, c.code) for c in cur.CURRENCIES for form in getattr(c, attribute)]


def test_codes_are_three_upper_case_letters_and_unique() -> None:
    codes = [c.code for c in cur.CURRENCIES]
    assert all(re.fullmatch("[A-Z]{3}", code) for code in codes)
    assert [code for code, n in Counter(codes).items() if n > 1] == []
    assert codes == sorted(codes)


def test_iso_list_is_complete_enough() -> None:
    assert len(cur.CURRENCIES) >= 150
    assert [code for code in NEWS_CODES if code not in CODES] == []


def test_every_currency_has_a_name_and_sane_minor_unit() -> None:
    for c in cur.CURRENCIES:
        assert c.name, c.code
        assert c.name.strip() == c.name, c.code
        # Bitcoin's satoshi is the one minor unit that is not a small power of ten.
        allowed = {100_000_000} if c.code == "XBT" else {5, 10, 100, 1000}
        assert c.minor_per_unit in allowed, c.code


@pytest.mark.parametrize(
    "table", [cur.SHARED_SYMBOLS, cur.SHARED_WORDS, cur.MINOR_UNITS], ids=["sym", "word", "minor"]
)
def test_shared_tables_name_known_codes_without_repeats(table: dict[str, tuple[str, ...]]) -> None:
    for key, codes in table.items():
        assert codes, key
        assert len(set(codes)) == len(codes), key
        assert [code for code in codes if code not in CODES] == [], key


def test_defaults_exist_and_come_first() -> None:
    assert cur.DEFAULT_DOLLAR in CODES
    assert cur.SHARED_SYMBOLS["$"][0] == cur.DEFAULT_DOLLAR
    assert cur.SHARED_WORDS["dollar"][0] == cur.DEFAULT_DOLLAR
    assert cur.SHARED_WORDS["dollars"][0] == cur.DEFAULT_DOLLAR
    pairs = {
        cur.DEFAULT_POUND: ("pound", "pounds"),
        cur.DEFAULT_PESO: ("peso", "pesos"),
        cur.DEFAULT_RUPEE: ("rupee", "rupees"),
        cur.DEFAULT_DINAR: ("dinar", "dinars"),
        cur.DEFAULT_RIAL: ("rial", "rials"),
        cur.DEFAULT_RIYAL: ("riyal", "riyals"),
        cur.DEFAULT_FRANC: ("franc", "francs"),
        cur.DEFAULT_KRONA: ("krona", "kronor"),
        cur.DEFAULT_KRONE: ("krone", "kroner"),
        cur.DEFAULT_CROWN: ("crowns",),
    }
    for code, words in pairs.items():
        for word in words:
            assert cur.SHARED_WORDS[word][0] == code, word
    assert cur.SHARED_SYMBOLS["£"][0] == cur.DEFAULT_POUND
    assert cur.SHARED_SYMBOLS["¥"][0] == cur.DEFAULT_YEN_SIGN
    assert cur.SHARED_SYMBOLS["Rs"][0] == cur.DEFAULT_RUPEE


@pytest.mark.parametrize(
    ("attribute", "shared"),
    [
        ("symbols", cur.SHARED_SYMBOLS),
        ("words", cur.SHARED_WORDS),
        ("qualified", cur.SHARED_WORDS),
        ("minor", cur.MINOR_UNITS),
    ],
)
def test_own_forms_name_one_currency_and_are_not_shared(
    attribute: str, shared: dict[str, tuple[str, ...]]
) -> None:
    forms = _own_forms(attribute)
    owners: dict[str, set[str]] = {}
    for form, code in forms:
        owners.setdefault(form, set()).add(code)
    assert {form: codes for form, codes in owners.items() if len(codes) > 1} == {}
    assert sorted(form for form in owners if form in shared) == []


def test_words_and_symbols_do_not_overlap_across_kinds() -> None:
    words = {w for w, _ in _own_forms("words")} | set(cur.SHARED_WORDS)
    qualified = {w for w, _ in _own_forms("qualified")}
    minor = {w for w, _ in _own_forms("minor")} | set(cur.MINOR_UNITS)
    assert words & qualified == set()
    assert words & minor == set()
    assert qualified & minor == set()
    # No currency word is also a symbol of another currency (case-insensitively).
    symbol_owner = {s.lower(): code for s, code in _own_forms("symbols")}
    for word, code in _own_forms("words"):
        assert symbol_owner.get(word, code) == code, word


def test_word_tables_are_lower_case_and_trimmed() -> None:
    forms = [
        *(w for w, _ in _own_forms("words")),
        *(w for w, _ in _own_forms("qualified")),
        *(w for w, _ in _own_forms("minor")),
        *cur.SHARED_WORDS,
        *cur.MINOR_UNITS,
    ]
    for form in forms:
        assert form == form.lower(), form
        assert form == " ".join(form.split()), form
        assert form


def test_symbols_have_no_spaces() -> None:
    for symbol in [*(s for s, _ in _own_forms("symbols")), *cur.SHARED_SYMBOLS]:
        assert symbol, symbol
        assert not any(ch.isspace() for ch in symbol), symbol


def _symbol_key(symbol: str) -> str:
    # As money.py normalises a symbol: no spaces or dots, upper case.
    return "".join(symbol.split()).replace(".", "").upper()


def test_symbols_stay_distinct_when_normalised() -> None:
    owners: dict[str, set[tuple[str, ...]]] = {}
    for symbol, code in _own_forms("symbols"):
        owners.setdefault(_symbol_key(symbol), set()).add((code,))
    for symbol, codes in cur.SHARED_SYMBOLS.items():
        owners.setdefault(_symbol_key(symbol), set()).add(codes)
    assert {key: found for key, found in owners.items() if len(found) > 1} == {}


def test_codes_not_read_alone_and_display_prefixes() -> None:
    assert set(cur.CODES_NOT_READ_ALONE) <= CODES
    assert set(cur.DISPLAY_PREFIXES) <= CODES
    for code, prefix in cur.DISPLAY_PREFIXES.items():
        assert prefix, code


def test_countries_belong_to_one_current_currency() -> None:
    # A withdrawn currency may repeat the countries of the one that replaced it
    # (Finland is the markka's and the euro's); a current one may not.
    owners: dict[str, set[str]] = {}
    for c in cur.CURRENCIES:
        if not c.withdrawn:
            for country in c.countries:
                owners.setdefault(country, set()).add(c.code)
    assert {c: codes for c, codes in owners.items() if len(codes) > 1} == {}


@pytest.mark.parametrize(
    "table", [cur.SHARED_SYMBOLS, cur.SHARED_WORDS, cur.MINOR_UNITS], ids=["sym", "word", "minor"]
)
def test_shared_candidates_do_not_share_countries(table: dict[str, tuple[str, ...]]) -> None:
    # Context picks the candidate whose countries a text names: two candidates
    # of one entry with a country in common could never be told apart.
    countries = {c.code: set(c.countries) for c in cur.CURRENCIES}
    for key, codes in table.items():
        for i, first in enumerate(codes):
            for second in codes[i + 1 :]:
                assert countries[first] & countries[second] == set(), (key, first, second)


WITHDRAWN = {c.code: c for c in cur.CURRENCIES if c.withdrawn}


def test_withdrawn_currencies_are_listed() -> None:
    assert sorted(WITHDRAWN) == [
        "ATS", "BEF", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "NLG", "PTE",
    ]  # fmt: skip
    for c in WITHDRAWN.values():
        assert c.words or c.qualified or c.symbols, c.code
        assert c.code not in cur.CODES_NOT_READ_ALONE, c.code  # withdrawn says it already
        assert c.code not in cur.DISPLAY_PREFIXES, c.code


def test_withdrawn_currencies_stay_out_of_shared_symbols_and_defaults() -> None:
    assert [k for k, codes in cur.SHARED_SYMBOLS.items() if set(codes) & set(WITHDRAWN)] == []
    assert [k for k, codes in cur.MINOR_UNITS.items() if set(codes) & set(WITHDRAWN)] == []
    # The Dutch guilder is the one withdrawn currency in a shared word, and last.
    for word, codes in cur.SHARED_WORDS.items():
        dead = [code for code in codes if code in WITHDRAWN]
        if word in ("guilder", "guilders"):
            assert dead == ["NLG"], word
            assert codes[-1] == "NLG", word
        else:
            assert dead == [], word


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("420 million Finnish markka", "420e6", "FIM"),
        ("250 million dutch guilders", "250e6", "NLG"),
        ("6.65 billion pesetas", "6.65e9", "ESP"),
        ("2 billion deutschmarks", "2e9", "DEM"),
        ("3 billion French francs", "3e9", "FRF"),
        ("40 billion Belgian francs", "40e9", "BEF"),
        ("900 billion Italian lire", "900e9", "ITL"),
        ("12 billion schillings", "12e9", "ATS"),
        ("80 billion Portuguese escudos", "80e9", "PTE"),
        ("300 billion drachmas", "300e9", "GRD"),
        ("500 million Irish pounds", "500e6", "IEP"),
    ],
)
def test_withdrawn_currencies_read_from_their_names(text: str, amount: str, currency: str) -> None:
    (figure,) = extract_money(text)
    assert (figure.text, figure.amount, figure.currency) == (text, Decimal(amount), currency)


@pytest.mark.parametrize("code", sorted(WITHDRAWN))
def test_withdrawn_currencies_are_not_read_from_their_code(code: str) -> None:
    assert extract_money(f"{code} 5 million") == ()
    assert extract_money(f"The firm paid 5 million {code}.") == ()
    assert extract_money(f"It cost {code}20bn.") == ()


def test_shared_words_keep_their_current_defaults() -> None:
    # Adding withdrawn currencies moved no default: a bare "guilders" is still the
    # Caribbean guilder, "shillings" the Kenyan one, "francs" the Swiss one.
    for text, code in [
        ("30 million guilders", "XCG"),
        ("12 billion shillings", "KES"),
        ("5 francs", "CHF"),
        ("9 lira", "TRY"),
        ("7 escudos", "CVE"),
        ("£5 million", "GBP"),
    ]:
        (figure,) = extract_money(text)
        assert figure.currency == code, text


def test_bitcoin() -> None:
    (bitcoin,) = (c for c in cur.CURRENCIES if c.name == "bitcoin")
    assert bitcoin.code == "XBT"  # ISO 4217 has none; X- as for units of no country
    assert not bitcoin.withdrawn
    assert bitcoin.minor_per_unit == 100_000_000
    assert [(f.amount, f.currency) for f in extract_money("It sold 0.5 BTC and 3 XBT.")] == [
        (Decimal("0.5"), "XBT"),
        (Decimal(3), "XBT"),
    ]


def test_major_currencies_are_filled_in() -> None:
    by_code = {c.code: c for c in cur.CURRENCIES}
    for code in NEWS_CODES:
        c = by_code[code]
        assert c.countries, code
        assert c.symbols or c.words or c.qualified, code


def test_number_words() -> None:
    assert num.NUMBER_WORDS["zero"] == 0
    assert num.NUMBER_WORDS["nineteen"] == 19
    assert num.NUMBER_WORDS["ninety"] == 90
    assert len(num.NUMBER_WORDS) == 28
    assert "a" not in num.NUMBER_WORDS
    assert "an" not in num.NUMBER_WORDS


def test_exponents() -> None:
    allowed = {2, 3, 5, 6, 7, 9, 12}
    assert set(num.MULTIPLIERS.values()) <= allowed
    assert set(num.SCALE_ABBREVIATIONS.values()) <= allowed
    assert num.MULTIPLIERS["crore"] == 7
    assert num.MULTIPLIERS["lakh"] == 5
    assert num.SCALE_ABBREVIATIONS["bn"] == 9


def test_enum_valued_tables() -> None:
    assert all(isinstance(v, Qualifier) for v in num.QUALIFIERS.values())
    assert all(isinstance(v, Period) for v in num.PERIODS.values())
    assert all(isinstance(v, Magnitude) for v in num.VAGUE_AMOUNTS.values())
    assert set(num.PERIODS.values()) == set(Period)
    assert set(num.VAGUE_AMOUNTS.values()) == set(Magnitude)
    assert set(num.QUALIFIERS.values()) == set(Qualifier)


def test_count_tables_are_disjoint() -> None:
    nouns = set(num.COLLECTIVE_NOUNS)
    assert nouns & set(num.COUNT_STOP_WORDS) == set()
    assert nouns & set(num.TIME_UNITS) == set()
    assert all(w.endswith("s") for w in num.COUNT_MODIFIERS)


def test_other_number_tables() -> None:
    assert all(isinstance(v, Decimal) and 0 < v < 1 for v in num.FRACTIONS.values())
    assert set(num.PERCENT_WORDS.values()) == {"percent", "percentage points"}


def test_number_keys_are_lower_case_and_trimmed() -> None:
    for table in (
        num.COLLECTIVE_NOUNS,
        num.COUNT_MODIFIERS,
        num.COUNT_STOP_WORDS,
        num.TIME_UNITS,
        num.NUMBER_WORDS,
        num.MULTIPLIERS,
        num.SCALE_ABBREVIATIONS,
        num.FRACTIONS,
        num.QUALIFIERS,
        num.PERIODS,
        num.VAGUE_AMOUNTS,
        num.PERCENT_WORDS,
    ):
        for key in table:
            assert key, table
            assert key == key.lower(), key
            assert key == " ".join(key.split()), key

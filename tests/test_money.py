"""Monetary figures: ``extract_money``, ``parse_money`` and the ``MonetaryFigure`` record.

Every sentence here was written for this file. The table cases pin down the
contract the extractor follows:

* ``text`` covers the whole expression: qualifier words ("about", "at least",
  "an estimated", "between") and period words ("per year", "annually",
  "/yr") are INSIDE it, the article before a figure ("a $48 million contract")
  is not.
* ``amount`` is in units of ``currency`` ("50 cents" -> 0.50 USD, "470 pence" ->
  4.70 GBP); ``amount_max`` is the upper end of a range, and a scale word
  after the second bound applies to both ("$70-$80 million" -> 70e6..80e6).
* Bare "$" is USD unless the text names another dollar country; "¥" is JPY
  unless the text is about China; "£" is GBP. Explicit prefixes (US$, C$, A$,
  HK$, NZ$, R$) and ISO codes always win over the context.
* Vague figures ("billions of dollars") have ``amount`` None, ``vague`` True
  and a ``magnitude``.
* "rose from $3 billion to $4 billion" is a change between two figures, not a
  range; "a year earlier" is a comparison, not a period; "a 500-pound bomb" is a
  weight; "won 3-1" is a score.
* A major unit may be followed by its minor unit, with or without "and"
  ("3 dollars 50 cents" -> 3.50 USD, "20 ringgit and 43 sen" -> 20.43 MYR,
  "3 CAD 3 cents"); a bare minor number joins only at the end of a phrase
  ("it cost 15 dollars 50." -> 15.50), so "$20 and 43 people" is $20 alone.
  "10¢" and "43c" are minor units on their own.
* Codes may be joined to the number ("115USD"), followed by a scale ("75 USD
  million"), carry a finance scale letter ("30 MUSD", "MEUR 120", "kEUR 500")
  or be lower case ("usd 20", "20 eur") unless the lower-case code is an
  English word ("try 20 times"). Letter symbols stand before or after the
  number ("Rs. 20", "42 RM", "100 TL", "42 LE"), but "5 Ft" is a length. A
  currency name may come first ("rupees 500 crore"), except where it is a word
  of the sentence ("Labour won 5 of 7 seats", "The dollar 10 years ago").
* National forms ("5 billion Egyptian pounds" -> EGP), Indian digit grouping
  ("₹12,34,567.89"), hyphenated adjectives ("a 12-cent dividend", "a
  50-million-euro loan") and fraction scales without "of a" ("a quarter
  million euros") are read; "from 10 to 20 dollars" is one range whose text
  starts at "from", and in "1 $10 bill" the figure is "$10".

The seed articles are read at run time through ``tests/conftest.py`` and the
tests skip when ``../shared`` is absent.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import read_text, seed_path
from tests.invariants import growth_ratio

from geopol_news import GeopolNewsError, parse_article
from geopol_news.model import Magnitude, MonetaryFigure, Period, Qualifier, Span
from geopol_news.money import ParseError, extract_money, parse_money
from geopol_news.quantities import extract_quantities

Q = Qualifier
D = Decimal

Row = tuple[str, Decimal | None, Decimal | None, str | None, Qualifier, Period | None, bool]


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def fig(
    text: str,
    amount: str | None,
    amount_max: str | None = None,
    currency: str | None = "USD",
    qualifier: Qualifier = Q.EXACT,
    period: Period | None = None,
    vague: bool = False,
) -> Row:
    """One expected figure: ``(text, amount, amount_max, currency, qualifier, period, vague)``."""
    return (text, _dec(amount), _dec(amount_max), currency, qualifier, period, vague)


def row(figure: MonetaryFigure) -> Row:
    return (
        figure.text,
        figure.amount,
        figure.amount_max,
        figure.currency,
        figure.qualifier,
        figure.period,
        figure.vague,
    )


Case = tuple[str, list[Row]]

# -- symbols and prefixed symbols ------------------------------------------------------
SYMBOLS: list[Case] = [
    ("The agency approved $5 million in aid.", [fig("$5 million", "5e6")]),
    ("The ticket to the summit gala costs $5.", [fig("$5", "5")]),
    ("The bank lent US$3.5 billion to the utility.", [fig("US$3.5 billion", "3.5e9")]),
    (
        "The pipeline will cost C$12.6 billion, the builder said.",
        [fig("C$12.6 billion", "12.6e9", currency="CAD")],
    ),
    (
        "The reef programme received A$270 million.",
        [fig("A$270 million", "270e6", currency="AUD")],
    ),
    ("Toy exports fell to HK$10.05 billion.", [fig("HK$10.05 billion", "10.05e9", currency="HKD")]),
    ("The dairy deal is worth NZ$1.2 billion.", [fig("NZ$1.2 billion", "1.2e9", currency="NZD")]),
    (
        "Petrobras will invest R$40 billion in refining.",
        [fig("R$40 billion", "40e9", currency="BRL")],
    ),
    (
        "Brussels set aside €750 billion for recovery.",
        [fig("€750 billion", "750e9", currency="EUR")],
    ),
    ("The museum sold the painting for £45 million.", [fig("£45 million", "45e6", currency="GBP")]),
    (
        "The ministry in Tokyo approved a ¥2 trillion stimulus.",
        [fig("¥2 trillion", "2e12", currency="JPY")],
    ),
    ("The ticket costs ¥1,500.", [fig("¥1,500", "1500", currency="JPY")]),
    ("Gazprom reported a ₽300 billion loss.", [fig("₽300 billion", "300e9", currency="RUB")]),
    ("The canal scheme costs ₹1,200 crore.", [fig("₹1,200 crore", "12e9", currency="INR")]),
    (
        "Seoul earmarked ₩2.5 trillion for chip makers.",
        [fig("₩2.5 trillion", "2.5e12", currency="KRW")],
    ),
    ("Ankara's bond sale raised ₺50 billion.", [fig("₺50 billion", "50e9", currency="TRY")]),
    ("Kyiv collected ₴35 billion in taxes.", [fig("₴35 billion", "35e9", currency="UAH")]),
    ("The budget includes ₪4 billion for air defence.", [fig("₪4 billion", "4e9", currency="ILS")]),
    ("Lagos raised ₦500 billion from the bond.", [fig("₦500 billion", "500e9", currency="NGN")]),
    ("Stall holders priced the flags at 500 €.", [fig("500 €", "500", currency="EUR")]),
]

# -- ISO codes before and after --------------------------------------------------------
CODES: list[Case] = [
    ("The loan totals USD 5 million.", [fig("USD 5 million", "5e6")]),
    ("A grant of 5 million USD was approved.", [fig("5 million USD", "5e6")]),
    ("The bank raised EUR2bn in a bond sale.", [fig("EUR2bn", "2e9", currency="EUR")]),
    ("The club paid GBP 350,000 for the striker.", [fig("GBP 350,000", "350000", currency="GBP")]),
    ("The insurer set aside CHF 1.2 billion.", [fig("CHF 1.2 billion", "1.2e9", currency="CHF")]),
    ("The utility sold JPY 40 billion of bonds.", [fig("JPY 40 billion", "40e9", currency="JPY")]),
    (
        "Contracts worth 3.2 billion EUR were signed.",
        [fig("3.2 billion EUR", "3.2e9", currency="EUR")],
    ),
    ("The lender wrote off RUB 15 billion.", [fig("RUB 15 billion", "15e9", currency="RUB")]),
    ("The state fund holds CNY 80 billion.", [fig("CNY 80 billion", "80e9", currency="CNY")]),
    ("The stake was priced at 2.4bn USD.", [fig("2.4bn USD", "2.4e9")]),
    ("The levy brought in INR 400 crore.", [fig("INR 400 crore", "4e9", currency="INR")]),
]

# -- currency words --------------------------------------------------------------------
WORDS: list[Case] = [
    ("The aid package is worth 40 million dollars.", [fig("40 million dollars", "40e6")]),
    (
        "Beijing holds about 1 trillion U.S. dollars in Treasuries.",
        [fig("about 1 trillion U.S. dollars", "1e12", qualifier=Q.ABOUT)],
    ),
    ("The fund received 300 million euros.", [fig("300 million euros", "300e6", currency="EUR")]),
    (
        "The bank sold 2 billion pounds sterling of gilts.",
        [fig("2 billion pounds sterling", "2e9", currency="GBP")],
    ),
    ("Exports reached 1.5 trillion yuan.", [fig("1.5 trillion yuan", "1.5e12", currency="CNY")]),
    (
        "The central bank injected 200 billion renminbi.",
        [fig("200 billion renminbi", "200e9", currency="CNY")],
    ),
    (
        "Rosneft paid 10 billion rubles in dividends.",
        [fig("10 billion rubles", "10e9", currency="RUB")],
    ),
    (
        "The fine was raised to 2 million roubles.",
        [fig("2 million roubles", "2e6", currency="RUB")],
    ),
    (
        "The mint printed 5 trillion bolivars last year.",
        [fig("5 trillion bolivars", "5e12", currency="VES")],
    ),
    (
        "The state spent 900 million rupees on roads.",
        [fig("900 million rupees", "900e6", currency="INR")],
    ),
    (
        "Toyota booked 3.1 trillion yen in profit.",
        [fig("3.1 trillion yen", "3.1e12", currency="JPY")],
    ),
    (
        "Samsung will invest 20 trillion won in the plant.",
        [fig("20 trillion won", "20e12", currency="KRW")],
    ),
    ("She won 5 million won in damages.", [fig("5 million won", "5e6", currency="KRW")]),
    (
        "The central bank sold 10 billion lira of reserves.",
        [fig("10 billion lira", "10e9", currency="TRY")],
    ),
    (
        "Kyiv paid 4 billion hryvnias in pensions.",
        [fig("4 billion hryvnias", "4e9", currency="UAH")],
    ),
    (
        "Iran's budget sets aside 300 trillion rials for subsidies.",
        [fig("300 trillion rials", "300e12", currency="IRR")],
    ),
    (
        "Saudi Arabia's Aramco paid 70 billion riyals in dividends.",
        [fig("70 billion riyals", "70e9", currency="SAR")],
    ),
    (
        "The UAE cabinet approved 60 billion dirhams for housing.",
        [fig("60 billion dirhams", "60e9", currency="AED")],
    ),
    (
        "Nigeria's senate approved 1.2 trillion naira in new borrowing.",
        [fig("1.2 trillion naira", "1.2e12", currency="NGN")],
    ),
    (
        "South Africa's treasury found 15 billion rand for the grid.",
        [fig("15 billion rand", "15e9", currency="ZAR")],
    ),
    (
        "Mexico's central bank sold 3 billion pesos of bonds.",
        [fig("3 billion pesos", "3e9", currency="MXN")],
    ),
    (
        "Argentina will pay 800 billion pesos in energy subsidies.",
        [fig("800 billion pesos", "800e9", currency="ARS")],
    ),
    (
        "Pakistan's central bank released 500 billion rupees to lenders.",
        [fig("500 billion rupees", "500e9", currency="PKR")],
    ),
    (
        "The frigate order is worth 5 billion Canadian dollars.",
        [fig("5 billion Canadian dollars", "5e9", currency="CAD")],
    ),
    (
        "The mining licence cost 2 billion Australian dollars.",
        [fig("2 billion Australian dollars", "2e9", currency="AUD")],
    ),
    (
        "The referee was fined 10,000 Swiss francs.",
        [fig("10,000 Swiss francs", "10000", currency="CHF")],
    ),
    ("The souvenir coin is worth one euro.", [fig("one euro", "1", currency="EUR")]),
    ("Petrol rose by 50 cents a litre.", [fig("50 cents", "0.50")]),
    ("Shares in the shipyard closed at 470 pence.", [fig("470 pence", "4.70", currency="GBP")]),
]

# -- scales and their abbreviations ----------------------------------------------------
SCALES: list[Case] = [
    ("The startup raised $500k from investors.", [fig("$500k", "500e3")]),
    ("The council borrowed £3m for repairs.", [fig("£3m", "3e6", currency="GBP")]),
    ("The miner lost €4mn on the hedge.", [fig("€4mn", "4e6", currency="EUR")]),
    ("Grain exports were worth $12 mln in May.", [fig("$12 mln", "12e6")]),
    ("The tycoon paid $7bn for the port.", [fig("$7bn", "7e9")]),
    ("Analysts valued the carrier at $2.5b.", [fig("$2.5b", "2.5e9")]),
    ("Global debt passed $300tn last year.", [fig("$300tn", "300e12")]),
    ("The green plan costs $3trn in total.", [fig("$3trn", "3e12")]),
    ("A farmer can borrow ₹5 lakh under the scheme.", [fig("₹5 lakh", "5e5", currency="INR")]),
    (
        "The temple received 20 crore rupees in gifts.",
        [fig("20 crore rupees", "2e8", currency="INR")],
    ),
    ("Bail was set at Rs 50 lakh.", [fig("Rs 50 lakh", "5e6", currency="INR")]),
    ("The grant came to 400 thousand euros.", [fig("400 thousand euros", "400e3", currency="EUR")]),
    ("Parliament approved $1.5 trillion in spending.", [fig("$1.5 trillion", "1.5e12")]),
    ("The road scheme costs ₹1.5 lakh crore.", [fig("₹1.5 lakh crore", "1.5e12", currency="INR")]),
]

# -- written numbers and number formats -------------------------------------------------
NUMBERS: list[Case] = [
    ("The company paid two billion dollars for the mine.", [fig("two billion dollars", "2e9")]),
    ("The prize is half a million euros.", [fig("half a million euros", "5e5", currency="EUR")]),
    (
        "Analysts put the cost at a quarter of a trillion dollars.",
        [fig("a quarter of a trillion dollars", "2.5e11")],
    ),
    (
        "The bank set aside one and a half billion euros.",
        [fig("one and a half billion euros", "1.5e9", currency="EUR")],
    ),
    (
        "He was fined forty-two million pounds.",
        [fig("forty-two million pounds", "42e6", currency="GBP")],
    ),
    ("The bridge cost a billion dollars.", [fig("a billion dollars", "1e9")]),
    (
        "The house sold for three hundred thousand dollars.",
        [fig("three hundred thousand dollars", "3e5")],
    ),
    ("The visa fee is five dollars.", [fig("five dollars", "5")]),
    ("The bill came to $1,234.56.", [fig("$1,234.56", "1234.56")]),
    ("Revenue was €1,234.5 million.", [fig("€1,234.5 million", "1234.5e6", currency="EUR")]),
    ("The jackpot is $1,000,000.", [fig("$1,000,000", "1e6")]),
    ("The app costs $0.99 per month.", [fig("$0.99 per month", "0.99", period=Period.MONTH)]),
]

# -- negative amounts ------------------------------------------------------------------
NEGATIVES: list[Case] = [
    ("Net flows were -$2.5 billion in the quarter.", [fig("-$2.5 billion", "-2.5e9")]),
    (
        "The balance stood at minus 40 million euros.",
        [fig("minus 40 million euros", "-40e6", currency="EUR")],
    ),
    ("The margin fell to \u2212$1.2 million.", [fig("\u2212$1.2 million", "-1.2e6")]),
]

# -- ranges ----------------------------------------------------------------------------
RANGES: list[Case] = [
    ("Imports are worth $70-$80 million.", [fig("$70-$80 million", "70e6", "80e6")]),
    (
        "The repair will cost $70 million to $80 million.",
        [fig("$70 million to $80 million", "70e6", "80e6")],
    ),
    (
        "The deal is valued between $5 and $6 billion.",
        [fig("between $5 and $6 billion", "5e9", "6e9")],
    ),
    ("Losses reached $5bn-6bn.", [fig("$5bn-6bn", "5e9", "6e9")]),
    (
        "The rebuild needs 5 to 6 billion euros.",
        [fig("5 to 6 billion euros", "5e9", "6e9", currency="EUR")],
    ),
    (
        "Fees of £20\u2013£30 million were paid.",
        [fig("£20\u2013£30 million", "20e6", "30e6", currency="GBP")],
    ),
    (
        "Officials expect ¥3\u20134 trillion in savings.",
        [fig("¥3\u20134 trillion", "3e12", "4e12", currency="JPY")],
    ),
    (
        "The plant costs between 2 billion and 3 billion dollars.",
        [fig("between 2 billion and 3 billion dollars", "2e9", "3e9")],
    ),
    ("Bids of $1.2-1.5 billion came in.", [fig("$1.2-1.5 billion", "1.2e9", "1.5e9")]),
    # A change between two figures, not a range.
    (
        "Spending rose from $3 billion to $4 billion.",
        [fig("$3 billion", "3e9"), fig("$4 billion", "4e9")],
    ),
]

# -- qualifiers ------------------------------------------------------------------------
QUALIFIERS: list[Case] = [
    ("The ministry spent about $3 billion.", [fig("about $3 billion", "3e9", qualifier=Q.ABOUT)]),
    (
        "Donors pledged around €500 million.",
        [fig("around €500 million", "500e6", currency="EUR", qualifier=Q.ABOUT)],
    ),
    (
        "The cleanup will cost roughly £2bn.",
        [fig("roughly £2bn", "2e9", currency="GBP", qualifier=Q.ABOUT)],
    ),
    (
        "The project received some $4 billion in loans.",
        [fig("some $4 billion", "4e9", qualifier=Q.ABOUT)],
    ),
    ("Some $4 billion was spent on fuel.", [fig("Some $4 billion", "4e9", qualifier=Q.ABOUT)]),
    (
        "The army spent nearly $1 billion on drones.",
        [fig("nearly $1 billion", "1e9", qualifier=Q.NEARLY)],
    ),
    (
        "Exports earned almost 9 billion euros.",
        [fig("almost 9 billion euros", "9e9", currency="EUR", qualifier=Q.NEARLY)],
    ),
    (
        "The treasury lent at least $2 billion.",
        [fig("at least $2 billion", "2e9", qualifier=Q.AT_LEAST)],
    ),
    (
        "Sanctions froze more than $300 billion of reserves.",
        [fig("more than $300 billion", "300e9", qualifier=Q.MORE_THAN)],
    ),
    (
        "The tender drew bids of over $1 billion.",
        [fig("over $1 billion", "1e9", qualifier=Q.MORE_THAN)],
    ),
    (
        "The fund holds less than $50 million.",
        [fig("less than $50 million", "50e6", qualifier=Q.LESS_THAN)],
    ),
    ("Each contract is under $500,000.", [fig("under $500,000", "500000", qualifier=Q.LESS_THAN)]),
    (
        "Brussels may lend up to €30 billion.",
        [fig("up to €30 billion", "30e9", currency="EUR", qualifier=Q.UP_TO)],
    ),
    (
        "Investors lost as much as $1.5 billion.",
        [fig("as much as $1.5 billion", "1.5e9", qualifier=Q.UP_TO)],
    ),
    (
        "The bill totals an estimated $2.4 trillion.",
        [fig("an estimated $2.4 trillion", "2.4e12", qualifier=Q.ABOUT)],
    ),
    (
        "Damage is in excess of £1 billion.",
        [fig("in excess of £1 billion", "1e9", currency="GBP", qualifier=Q.MORE_THAN)],
    ),
    (
        "The firm paid close to $700 million.",
        [fig("close to $700 million", "700e6", qualifier=Q.NEARLY)],
    ),
    (
        "The port cost approximately 450 million dollars.",
        [fig("approximately 450 million dollars", "450e6", qualifier=Q.ABOUT)],
    ),
    # Qualifier words that do not qualify the figure.
    ("Under the deal, $5 billion will flow to the grid.", [fig("$5 billion", "5e9")]),
    ("Over the past year, €2 billion was spent.", [fig("€2 billion", "2e9", currency="EUR")]),
]

# -- periods ---------------------------------------------------------------------------
PERIODS: list[Case] = [
    (
        "The lease brings in $500 million per year.",
        [fig("$500 million per year", "500e6", period=Period.YEAR)],
    ),
    (
        "The route earns $100 million a year.",
        [fig("$100 million a year", "100e6", period=Period.YEAR)],
    ),
    (
        "The state pays €2 billion annually to farmers.",
        [fig("€2 billion annually", "2e9", currency="EUR", period=Period.YEAR)],
    ),
    (
        "The army spends $30 million each month on fuel.",
        [fig("$30 million each month", "30e6", period=Period.MONTH)],
    ),
    ("Subsidies cost $1.2bn/yr.", [fig("$1.2bn/yr", "1.2e9", period=Period.YEAR)]),
    (
        "The war costs Russia $300 million a day.",
        [fig("$300 million a day", "300e6", period=Period.DAY)],
    ),
    ("Pensions rise by £5 a week.", [fig("£5 a week", "5", currency="GBP", period=Period.WEEK)]),
    (
        "The firm pays $2 million per quarter in interest.",
        [fig("$2 million per quarter", "2e6", period=Period.QUARTER)],
    ),
    (
        "Trade is worth about $70-$80 million per year.",
        [
            fig(
                "about $70-$80 million per year",
                "70e6",
                "80e6",
                qualifier=Q.ABOUT,
                period=Period.YEAR,
            )
        ],
    ),
    (
        "Tourism brings more than $1 billion a year.",
        [fig("more than $1 billion a year", "1e9", qualifier=Q.MORE_THAN, period=Period.YEAR)],
    ),
    # "a year earlier" compares; it is not a period.
    (
        "Revenue fell to $1.2 billion from $1.5 billion a year earlier.",
        [fig("$1.2 billion", "1.2e9"), fig("$1.5 billion", "1.5e9")],
    ),
]

# -- vague amounts ---------------------------------------------------------------------
VAGUE: list[Case] = [
    ("The war has cost billions of dollars.", [fig("billions of dollars", None, vague=True)]),
    (
        "The plan will cost hundreds of millions of euros.",
        [fig("hundreds of millions of euros", None, currency="EUR", vague=True)],
    ),
    (
        "Investors lost tens of millions of euros.",
        [fig("tens of millions of euros", None, currency="EUR", vague=True)],
    ),
    (
        "Clubs spend millions of pounds on agents.",
        [fig("millions of pounds", None, currency="GBP", vague=True)],
    ),
    (
        "Lenders have put tens of billions of dollars into ports.",
        [fig("tens of billions of dollars", None, vague=True)],
    ),
    ("The crash wiped out trillions of dollars.", [fig("trillions of dollars", None, vague=True)]),
]

MAGNITUDES = [
    ("billions of dollars", "USD", Magnitude.BILLIONS),
    ("hundreds of millions of euros", "EUR", Magnitude.HUNDREDS_OF_MILLIONS),
    ("tens of millions of euros", "EUR", Magnitude.TENS_OF_MILLIONS),
    ("millions of pounds", "GBP", Magnitude.MILLIONS),
    ("tens of billions of dollars", "USD", Magnitude.TENS_OF_BILLIONS),
    ("hundreds of billions of yuan", "CNY", Magnitude.HUNDREDS_OF_BILLIONS),
    ("trillions of dollars", "USD", Magnitude.TRILLIONS),
]

# -- PTB-tokenised spacing -------------------------------------------------------------
PTB: list[Case] = [
    ("bonds worth $ 75 million were sold .", [fig("$ 75 million", "75e6")]),
    (
        "exports fell to hk $ 10.05 billion .",
        [fig("hk $ 10.05 billion", "10.05e9", currency="HKD")],
    ),
    ("he was paid u.s. $ 5 for it .", [fig("u.s. $ 5", "5")]),
    ("the charge was c $ 300 million .", [fig("c $ 300 million", "300e6", currency="CAD")]),
    ("the bank approved a us $ 150 million loan .", [fig("us $ 150 million", "150e6")]),
    ("the club paid £ 8.10 million .", [fig("£ 8.10 million", "8.10e6", currency="GBP")]),
    ("the city loaned € 2 million to the club .", [fig("€ 2 million", "2e6", currency="EUR")]),
    (
        "gains totaled about $ 35 million , it said .",
        [fig("about $ 35 million", "35e6", qualifier=Q.ABOUT)],
    ),
    ("sales were $ 12,345 in march .", [fig("$ 12,345", "12345")]),
]

# -- several figures in one text -------------------------------------------------------
SEVERAL: list[Case] = [
    (
        "Moscow sold arms worth $11.4 billion and grain worth €3 billion.",
        [fig("$11.4 billion", "11.4e9"), fig("€3 billion", "3e9", currency="EUR")],
    ),
    (
        "Tokyo gave ¥500 billion and Seoul gave ₩1 trillion.",
        [fig("¥500 billion", "500e9", currency="JPY"), fig("₩1 trillion", "1e12", currency="KRW")],
    ),
    (
        "The loan of $2 billion carries $150 million a year in interest.",
        [fig("$2 billion", "2e9"), fig("$150 million a year", "150e6", period=Period.YEAR)],
    ),
]

# -- currency told by the context ------------------------------------------------------
CONTEXT: list[Case] = [
    (
        "Canada's finance minister announced the plan on Monday."
        " It will cost $2 billion over five years.",
        [fig("$2 billion", "2e9", currency="CAD")],
    ),
    (
        "Australia's government pledged $500 million for the reef.",
        [fig("$500 million", "500e6", currency="AUD")],
    ),
    ("New Zealand will spend $1 billion on rail.", [fig("$1 billion", "1e9", currency="NZD")]),
    (
        "Hong Kong's budget sets aside $10 billion for housing.",
        [fig("$10 billion", "10e9", currency="HKD")],
    ),
    ("Canada bought US$2 billion of Treasury bills.", [fig("US$2 billion", "2e9", currency="USD")]),
    (
        "Canada's pension fund paid 3 billion euros for the stake.",
        [fig("3 billion euros", "3e9", currency="EUR")],
    ),
    ("The Pentagon asked Congress for $5 billion.", [fig("$5 billion", "5e9", currency="USD")]),
    (
        "China's central bank added ¥300 billion in liquidity.",
        [fig("¥300 billion", "300e9", currency="CNY")],
    ),
    (
        "Chinese officials approved a ¥50 billion fund.",
        [fig("¥50 billion", "50e9", currency="CNY")],
    ),
    ("Japan approved a ¥5 trillion package.", [fig("¥5 trillion", "5e12", currency="JPY")]),
    ("China's exports to the UK fell by £2 billion.", [fig("£2 billion", "2e9", currency="GBP")]),
]

# -- a major unit and its minor unit ---------------------------------------------------
MINOR: list[Case] = [
    (
        "A litre of diesel in the enclave sold for $20 and 43c on Friday.",
        [fig("$20 and 43c", "20.43")],
    ),
    (
        "Bread in the border town now costs 3 dollars 50 cents a loaf.",
        [fig("3 dollars 50 cents", "3.50")],
    ),
    (
        "The customs fee was thirteen dollars and forty-five cents per crate.",
        [fig("thirteen dollars and forty-five cents", "13.45")],
    ),
    (
        "Diesel rationing put a litre at $20 and 43 cents on the black market.",
        [fig("$20 and 43 cents", "20.43")],
    ),
    (
        "Traders in Penang paid 20 ringgit and 43 sen for each sack of rice.",
        [fig("20 ringgit and 43 sen", "20.43", currency="MYR")],
    ),
    (
        "The toll on the new bridge is 3 CAD 3 cents per axle.",
        [fig("3 CAD 3 cents", "3.03", currency="CAD")],
    ),
    (
        "A tin of milk cost five euros and twenty cents at the checkpoint.",
        [fig("five euros and twenty cents", "5.20", currency="EUR")],
    ),
    (
        "The transit permit is 10 euros 5 cents per passenger.",
        [fig("10 euros 5 cents", "10.05", currency="EUR")],
    ),
    (
        "A kilo of lentils cost 5 rupees 50 paise in the ration shop.",
        [fig("5 rupees 50 paise", "5.50", currency="INR")],
    ),
    (
        "The stamp duty was 2 pounds 40 pence per form.",
        [fig("2 pounds 40 pence", "2.40", currency="GBP")],
    ),
    # A bare minor number joins only at the end of a phrase.
    ("The ferry ticket to the island cost 15 dollars 50.", [fig("15 dollars 50", "15.50")]),
    (
        "It cost 15 dollars 50, the clerk at the border said.",
        [fig("15 dollars 50", "15.50")],
    ),
    (
        "The visa stamp cost 15 dollars 50 years ago, the consul recalled.",
        [fig("15 dollars", "15")],
    ),
    ("Each family got $20 and 43 people were turned away.", [fig("$20", "20")]),
    (
        "The authority charged 20 dollars and 43 soldiers were fined.",
        [fig("20 dollars", "20")],
    ),
]

# -- minor-unit marks ------------------------------------------------------------------
MARKS: list[Case] = [
    ("Stamps for the referendum mail-out cost 10¢ each.", [fig("10¢", "0.10")]),
    ("The ration card entitles holders to bread at 43c a loaf.", [fig("43c", "0.43")]),
    ("The levy was cut to 43c, down from 50c.", [fig("43c", "0.43"), fig("50c", "0.50")]),
]

# -- codes joined to the number, in lower case, with a scale letter ----------------------
CODE_FORMS: list[Case] = [
    ("They signed a $5 billion deal.", [fig("$5 billion", "5e9")]),
    ("It left the euro 2 percent higher.", []),
    ("Shanghai stalls sold the lanterns for 100元 each.", [fig("100元", "100", currency="CNY")]),
    (
        "The swap paid 10 rmb 20 usd per unit.",
        [fig("10 rmb", "10", currency="CNY"), fig("20 usd", "20")],
    ),
    ("Vouchers worth 3 USD50 were handed out.", [fig("USD50", "50")]),
    ("The coffee cost 3.14US$ at the border.", [fig("3.14US$", "3.14")]),
    ("The barrel was quoted at 115USD in Rotterdam.", [fig("115USD", "115")]),
    ("Each voucher is worth 42MYR, the ministry said.", [fig("42MYR", "42", currency="MYR")]),
    ("The frigate refit is budgeted at 75 USD million.", [fig("75 USD million", "75e6")]),
    ("The checkpoint fee was raised to usd 20 per lorry.", [fig("usd 20", "20")]),
    ("Visitors to the enclave must pay 20 eur at the gate.", [fig("20 eur", "20", currency="EUR")]),
    ("The consortium booked a 30 MUSD loss on the pipeline.", [fig("30 MUSD", "30e6")]),
    (
        "The grid operator secured MEUR 120 in EU funding.",
        [fig("MEUR 120", "120e6", currency="EUR")],
    ),
    (
        "The municipality received kEUR 500 for flood barriers.",
        [fig("kEUR 500", "500e3", currency="EUR")],
    ),
    (
        "The board approved 200 MSEK for the corvette order.",
        [fig("200 MSEK", "200e6", currency="SEK")],
    ),
    # Lower-case codes that are English words are not read.
    ("Negotiators said they would try 20 times before giving up.", []),
    ("The top 20 all voted for the motion.", []),
    ("The crowd went mad 20 minutes after the result.", []),
]

# -- letter symbols before and after the number -----------------------------------------
LETTERS: list[Case] = [
    (
        "Refugee families receive 20 Rs a day for food.",
        [fig("20 Rs a day", "20", currency="INR", period=Period.DAY)],
    ),
    (
        "A bag of flour sells for 42 RM in the flooded districts.",
        [fig("42 RM", "42", currency="MYR")],
    ),
    (
        "The fine for crossing the line is 100 TL, police said.",
        [fig("100 TL", "100", currency="TRY")],
    ),
    (
        "Bread subsidies cut the loaf price to 42 LE in Alexandria.",
        [fig("42 LE", "42", currency="EGP")],
    ),
    (
        "Villagers were promised Rs. 20 per head by the candidate.",
        [fig("Rs. 20", "20", currency="INR")],
    ),
    ("Farmers were offered RM 42 per tonne of palm fruit.", [fig("RM 42", "42", currency="MYR")]),
    (
        "Customs agents charged 20 zł per crate at the crossing.",
        [fig("20 zł", "20", currency="PLN")],
    ),
    ("A monthly tram pass costs 500 Kč in the capital.", [fig("500 Kč", "500", currency="CZK")]),
    # "Ft" after a number is a length.
    ("The wall along the frontier is 5 Ft high in places.", []),
]

# -- national forms of currency names --------------------------------------------------
NATIONAL: list[Case] = [
    (
        "The palm oil levy raised 42 malaysian ringgit per tonne.",
        [fig("42 malaysian ringgit", "42", currency="MYR")],
    ),
    (
        "Cairo will spend 5 billion Egyptian pounds on the canal towns.",
        [fig("5 billion Egyptian pounds", "5e9", currency="EGP")],
    ),
    (
        "Riyadh pledged 300 million Saudi riyals to the reconstruction fund.",
        [fig("300 million Saudi riyals", "300e6", currency="SAR")],
    ),
    (
        "The territory set aside 10 billion Hong Kong dollars for relief.",
        [fig("10 billion Hong Kong dollars", "10e9", currency="HKD")],
    ),
    (
        "Singapore will lend 2 billion Singapore dollars to the airline.",
        [fig("2 billion Singapore dollars", "2e9", currency="SGD")],
    ),
    (
        "Baghdad owes 90 trillion Iraqi dinars to state contractors.",
        [fig("90 trillion Iraqi dinars", "90e12", currency="IQD")],
    ),
]

# -- the currency name before the number -----------------------------------------------
NAME_FIRST: list[Case] = [
    (
        "The state approved rupees 500 crore for the dam.",
        [fig("rupees 500 crore", "5e9", currency="INR")],
    ),
    (
        "The bank sold yen 300 billion in the market.",
        [fig("yen 300 billion", "300e9", currency="JPY")],
    ),
    (
        "Mexico approved pesos 300 million for the border wall repairs.",
        [fig("pesos 300 million", "300e6", currency="MXN")],
    ),
    # A name that is a word of the sentence is not a currency before a number.
    ("Labour won 5 of 7 seats in the by-elections.", []),
    ("The dollar 10 years ago bought twice as much grain.", []),
]

# -- Indian digit grouping -------------------------------------------------------------
INDIAN: list[Case] = [
    (
        "The minister declared assets of ₹12,34,567.89 in his filing.",
        [fig("₹12,34,567.89", "1234567.89", currency="INR")],
    ),
    (
        "The bail was set at Rs 1,00,000 by the sessions court.",
        [fig("Rs 1,00,000", "100000", currency="INR")],
    ),
    (
        "The party declared INR 2,50,00,000 in donations.",
        [fig("INR 2,50,00,000", "25e6", currency="INR")],
    ),
]

# -- hyphenated adjectives -------------------------------------------------------------
HYPHENS: list[Case] = [
    (
        "The envoy said the fund holds one point five billion dollars.",
        [fig("one point five billion dollars", "1.5e9")],
    ),
    (
        "Tokyo will mint a one-yen coin for the anniversary.",
        [fig("one-yen", "1", currency="JPY")],
    ),
    (
        "Ministers unveiled a five-euro note with the new map.",
        [fig("five-euro", "5", currency="EUR")],
    ),
    ("The state railway declared a 12-cent dividend.", [fig("12-cent", "0.12")]),
    (
        "Athens signed a 50-million-euro loan with the lenders.",
        [fig("50-million-euro", "50e6", currency="EUR")],
    ),
    ("Pilgrims paid a 20-rupee fee at the shrine gate.", [fig("20-rupee", "20", currency="INR")]),
    ("The council issued a 10-dollar note for the jubilee.", [fig("10-dollar", "10")]),
    (
        "The ministry announced a 2-billion-dollar deal with Seoul.",
        [fig("2-billion-dollar", "2e9")],
    ),
]

# -- fraction scales without "of a" ----------------------------------------------------
FRACTIONS: list[Case] = [
    ("The militia demanded half million dollars in ransom.", [fig("half million dollars", "5e5")]),
    (
        "Vienna pledged a quarter million euros to the mission.",
        [fig("a quarter million euros", "2.5e5", currency="EUR")],
    ),
    (
        "The audit found three quarters billion dollars unaccounted for.",
        [fig("three quarters billion dollars", "7.5e8")],
    ),
    ("Oslo sent a half billion dollars in aid.", [fig("a half billion dollars", "5e8")]),
]

# -- "from ... to ..." ranges and counted notes ----------------------------------------
FROM_TO: list[Case] = [
    (
        "Fuel prices jumped from 10 to 20 dollars a gallon in the capital.",
        [fig("from 10 to 20 dollars", "10", "20")],
    ),
    (
        "The bank expects losses from 5 to 8 billion euros this year.",
        [fig("from 5 to 8 billion euros", "5e9", "8e9", currency="EUR")],
    ),
    ("Each voter got 1 $10 bill, the observers reported.", [fig("$10", "10")]),
    ("Protesters held up 2 $100 bills outside the treasury.", [fig("$100", "100")]),
]

# -- withdrawn currencies (read from their names, never from the code) and bitcoin ------
WITHDRAWN: list[Case] = [
    (
        "In 1995 the utility paid 420 million Finnish markka for the cable maker.",
        [fig("420 million Finnish markka", "420e6", currency="FIM")],
    ),
    (
        "The brewer placed 250 million Dutch guilders of bonds due 1999.",
        [fig("250 million Dutch guilders", "250e6", currency="NLG")],
    ),
    (
        "A Dutch insurer said the claims reached 80 million guilders.",
        [fig("80 million guilders", "80e6", currency="NLG")],
    ),
    (
        "The shipyard's rescue package came to 6.65 billion pesetas.",
        [fig("6.65 billion pesetas", "6.65e9", currency="ESP")],
    ),
    (
        "The carmaker raised DM1.8 billion and another 2 billion deutschmarks.",
        [
            fig("DM1.8 billion", "1.8e9", currency="DEM"),
            fig("2 billion deutschmarks", "2e9", currency="DEM"),
        ],
    ),
    (
        "The telecoms group sold its stake for 3 billion French francs.",
        [fig("3 billion French francs", "3e9", currency="FRF")],
    ),
    (
        "The lender wrote off 900 billion Italian lire in bad loans.",
        [fig("900 billion Italian lire", "900e9", currency="ITL")],
    ),
    (
        "Road tolls brought in about 12 billion schillings in 1997.",
        [fig("about 12 billion schillings", "12e9", currency="ATS", qualifier=Q.ABOUT)],
    ),
    (
        "The ferry operator was fined 300 million drachmas.",
        [fig("300 million drachmas", "300e6", currency="GRD")],
    ),
    (
        "The budget set aside IR£500 million, or 500 million Irish pounds.",
        [
            fig("IR£500 million", "500e6", currency="IEP"),
            fig("500 million Irish pounds", "500e6", currency="IEP"),
        ],
    ),
    ("The exporter booked FIM 5 million in orders.", []),
    ("The ransom was 75 bitcoins.", [fig("75 bitcoins", "75", currency="XBT")]),
    (
        "The protocol caps supply at ₿21,000,000.",
        [fig("₿21,000,000", "21e6", currency="XBT")],
    ),
    ("The smallest fee was 2 satoshis.", [fig("2 satoshis", "2e-8", currency="XBT")]),
    ("Investigators traced 0.5 BTC to the wallet.", [fig("0.5 BTC", "0.5", currency="XBT")]),
]

# -- no money at all -------------------------------------------------------------------
NONE: list[Case] = [
    ("The treaty was signed in 2006.", []),
    ("The summit opened on March 28, 2019.", []),
    ("The summit opened on 28/03/2019 in the capital.", []),
    ("Talks resumed at 10:30 on Monday.", []),
    ("Inflation rose 5 percent in June.", []),
    ("Prices climbed 5% last month.", []),
    ("Call the embassy on +44 20 7946 0958 for details.", []),
    ("Call the ministry on (202) 555-0143 today.", []),
    ("The Il-62M landed after an AN-124 cargo plane.", []),
    ("Ankara bought the S-400 and still wanted the F-16.", []),
    ("The home side won 3-1 on Sunday.", []),
    ("More than 50 countries backed the resolution.", []),
    ("About 100 troops arrived on two planes.", []),
    ("The flooding displaced a million people.", []),
    ("Millions of people fled the fighting.", []),
    ("Tens of thousands of troops massed on the border.", []),
    ("Some 3 million residents have left since 2015.", []),
    ("The dollar weakened against the euro and the yen.", []),
    ("The jet dropped a 500-pound bomb.", []),
    ("Resolution 2231 expired in 2020.", []),
    ("Senator Rand Paul spoke for 13 hours.", []),
    ("The 2019-20 budget was tabled in parliament.", []),
    ("About 1.5 billion people live in the region.", []),
    ("The Boeing 737 carried 189 passengers.", []),
    ("", []),
]

GROUPS: dict[str, list[Case]] = {
    "symbol": SYMBOLS,
    "code": CODES,
    "word": WORDS,
    "scale": SCALES,
    "number": NUMBERS,
    "negative": NEGATIVES,
    "range": RANGES,
    "qualifier": QUALIFIERS,
    "period": PERIODS,
    "vague": VAGUE,
    "ptb": PTB,
    "several": SEVERAL,
    "context": CONTEXT,
    "minor": MINOR,
    "mark": MARKS,
    "code_form": CODE_FORMS,
    "letter": LETTERS,
    "national": NATIONAL,
    "name_first": NAME_FIRST,
    "indian": INDIAN,
    "hyphen": HYPHENS,
    "fraction": FRACTIONS,
    "from_to": FROM_TO,
    "withdrawn": WITHDRAWN,
    "none": NONE,
}

TABLE = [
    pytest.param(sentence, expected, id=f"{group}-{i:02d}")
    for group, cases in GROUPS.items()
    for i, (sentence, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("sentence", "expected"), TABLE)
def test_extract_money_table(sentence: str, expected: list[Row]) -> None:
    figures = extract_money(sentence)
    assert isinstance(figures, tuple)
    assert [row(f) for f in figures] == expected
    for figure in figures:
        assert figure.span.of(sentence) == figure.text


def test_table_size() -> None:
    assert len(TABLE) >= 120


@pytest.mark.parametrize(("expression", "currency", "magnitude"), MAGNITUDES)
def test_vague_magnitude(expression: str, currency: str, magnitude: Magnitude) -> None:
    (figure,) = extract_money(f"The region attracted {expression} in the decade.")
    assert figure.text == expression
    assert figure.vague is True
    assert figure.amount is None
    assert figure.amount_max is None
    assert figure.currency == currency
    assert figure.magnitude == magnitude


# -- part of a whole -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "part", "whole", "currency"),
    [
        ("The state still owes $6 billion of a total $17 billion in loans.", "6e9", "17e9", "USD"),
        ("So far €2 billion of the €10 billion fund has been spent.", "2e9", "10e9", "EUR"),
        ("Kyiv received £4 billion out of a total of £9 billion pledged.", "4e9", "9e9", "GBP"),
    ],
)
def test_part_of_a_whole(sentence: str, part: str, whole: str, currency: str) -> None:
    figures = extract_money(sentence)
    assert [(f.amount, f.currency) for f in figures] == [
        (D(part), currency),
        (D(whole), currency),
    ]
    first, second = figures
    assert first.part_of is not None
    assert first.part_of.amount == D(whole)
    assert first.part_of.currency == currency
    assert first.part_of.span == second.span
    assert first.part_of.span.of(sentence) == first.part_of.text
    assert second.part_of is None


def test_unrelated_figures_are_not_parts() -> None:
    figures = extract_money("The army got $6 billion and the navy got $17 billion.")
    assert [f.amount for f in figures] == [D("6e9"), D("17e9")]
    assert all(f.part_of is None for f in figures)


# -- parse_money -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$5 million", fig("$5 million", "5e6")),
        (
            "  about €3bn a year \n",
            fig("about €3bn a year", "3e9", currency="EUR", qualifier=Q.ABOUT, period=Period.YEAR),
        ),
        ("between $5 and $6 billion", fig("between $5 and $6 billion", "5e9", "6e9")),
        ("billions of dollars", fig("billions of dollars", None, vague=True)),
        ("two billion dollars", fig("two billion dollars", "2e9")),
        ("\tUSD 5 million", fig("USD 5 million", "5e6")),
        ("50 cents", fig("50 cents", "0.50")),
        (
            "at least ₹5 lakh per month",
            fig(
                "at least ₹5 lakh per month",
                "5e5",
                currency="INR",
                qualifier=Q.AT_LEAST,
                period=Period.MONTH,
            ),
        ),
    ],
)
def test_parse_money(text: str, expected: Row) -> None:
    figure = parse_money(text)
    assert isinstance(figure, MonetaryFigure)
    assert row(figure) == expected
    assert figure.span.of(text) == figure.text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hello world",
        "in 2006",
        "5 percent",
        "50 countries",
        "a million people",
        "dollars",
        "$5 million and $6 million",
        "The ministry spent $5 million.",
        "F-16",
    ],
)
def test_parse_money_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_money(text)
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, GeopolNewsError)
    assert str(error).strip()


def test_parse_error_hierarchy() -> None:
    assert issubclass(ParseError, GeopolNewsError)
    assert issubclass(ParseError, ValueError)


@pytest.mark.parametrize("value", [5, None, b"$5 million", ["$5 million"], 3.5])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        extract_money(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_money(value)  # type: ignore[arg-type]


# -- formatting, ordering, conversion --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "markers", "numbers", "words"),
    [
        ("about $70-$80 million per year", ("US$", "USD"), ("70", "80"), ("million", "year")),
        ("$5 million", ("US$", "USD"), ("5",), ("million",)),
        ("€2.5 billion annually", ("€", "EUR"), ("2.5",), ("billion", "year")),
        ("£3m a week", ("£", "GBP"), ("3",), ("week",)),
        ("billions of dollars", ("US$", "USD", "dollar"), (), ("billion",)),
    ],
)
def test_str_names_currency_numbers_and_period(
    text: str, markers: tuple[str, ...], numbers: tuple[str, ...], words: tuple[str, ...]
) -> None:
    shown = str(parse_money(text))
    assert isinstance(shown, str)
    assert any(marker in shown for marker in markers), shown
    for number in numbers:
        assert number in shown, shown
    for word in words:
        assert word in shown, shown


def test_ordering_within_a_currency() -> None:
    texts = ["$5 billion", "$300 million", "$2 billion", "$1,000", "$70 million"]
    figures = [parse_money(t) for t in texts]
    assert [f.amount for f in sorted(figures)] == sorted(f.amount for f in figures)  # type: ignore[type-var]
    assert parse_money("$300 million") < parse_money("$2 billion")
    assert not parse_money("$2 billion") < parse_money("$300 million")
    with pytest.raises(TypeError, match="convert"):
        _ = parse_money("$2 billion") < parse_money("\u20ac3 billion")


def test_convert() -> None:
    euros = parse_money("about €10 million a year")
    dollars = euros.convert({"EUR": D("1.1")}, "USD")
    assert dollars.currency == "USD"
    assert dollars.amount == D("11000000")
    assert dollars.amount_max is None
    assert dollars.qualifier == Q.ABOUT
    assert dollars.period == Period.YEAR
    assert dollars.text == euros.text
    assert dollars.span == euros.span
    # The original is untouched.
    assert euros.currency == "EUR"
    assert euros.amount == D("10e6")


def test_convert_range_and_rate_types() -> None:
    euros = parse_money("€70-€80 million")
    dollars = euros.convert({"EUR": D("1.1")}, "USD")
    assert (dollars.amount, dollars.amount_max) == (D("77e6"), D("88e6"))
    assert parse_money("£5 million").convert({"GBP": 2}, "USD").amount == D("10e6")
    assert parse_money("£5 million").convert({"GBP": 1.5}, "USD").amount == D("7.5e6")


def test_convert_missing_rate_raises_key_error() -> None:
    with pytest.raises(KeyError):
        parse_money("£5 million").convert({"EUR": D("1.1")}, "USD")


def test_convert_to_own_currency_keeps_amount() -> None:
    figure = parse_money("$5 million")
    assert figure.convert({}, "USD").amount == D("5e6")


# -- the seed articles -----------------------------------------------------------------
def key(figure: MonetaryFigure) -> tuple[object, ...]:
    return (figure.amount, figure.amount_max, figure.currency, figure.qualifier, figure.period)


SEED_002 = [
    (D("11.4e9"), None, "USD", Q.EXACT, None),
    (D("70e6"), D("80e6"), "USD", Q.ABOUT, Period.YEAR),
    (D("2e9"), None, "USD", Q.AT_LEAST, None),
    (D("6e9"), None, "USD", Q.EXACT, None),
    (D("17e9"), None, "USD", Q.EXACT, None),
]


def test_seed_002_money() -> None:
    text = read_text(seed_path("002"))
    figures = extract_money(text)
    assert [key(f) for f in figures] == SEED_002
    for figure in figures:
        assert figure.span.of(text) == figure.text
    assert "$70-$80 million per year" in figures[1].text
    part = figures[3]
    assert part.part_of is not None
    assert part.part_of.amount == D("17e9")
    assert part.part_of.currency == "USD"
    assert part.part_of.span == figures[4].span
    assert all(f.part_of is None for i, f in enumerate(figures) if i != 3)


def test_seed_000_money() -> None:
    text = read_text(seed_path("000"))
    figures = extract_money(text)
    assert len(figures) == 1
    (figure,) = figures
    assert figure.vague is True
    assert figure.amount is None
    assert figure.currency == "USD"
    assert figure.magnitude == Magnitude.BILLIONS
    assert figure.text == "billions of dollars"


def surface(figure: MonetaryFigure) -> tuple[object, ...]:
    return (figure.span, figure.text, *key(figure), figure.vague)


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_article_money_is_the_body_money(prefix: str) -> None:
    text = read_text(seed_path(prefix))
    article = parse_article(text)
    everywhere = extract_money(text)
    in_body = [f for f in everywhere if any(p.span.contains(f.span) for p in article.paragraphs)]
    on_article = article.money
    assert all(isinstance(f, MonetaryFigure) for f in on_article)
    got = {surface(f) for f in on_article}  # type: ignore[arg-type]
    assert {surface(f) for f in in_body} <= got
    assert got <= {surface(f) for f in everywhere}
    for figure in on_article:
        assert figure.span.of(text) == figure.text  # type: ignore[attr-defined]
    if prefix == "002":
        assert [key(f) for f in on_article] == SEED_002  # type: ignore[arg-type]


# -- properties ------------------------------------------------------------------------
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# (ISO code, symbol or None, plural word or None)
CURRENCIES = [
    ("USD", "$", "dollars"),
    ("USD", "US$", "U.S. dollars"),
    ("EUR", "€", "euros"),
    ("GBP", "£", "pounds"),
    ("JPY", "¥", "yen"),
    ("INR", "₹", "rupees"),
    ("RUB", "₽", "rubles"),
    ("KRW", "₩", "won"),
    ("TRY", "₺", "lira"),
    ("UAH", "₴", "hryvnias"),
    ("NGN", "₦", "naira"),
    ("CAD", "C$", "Canadian dollars"),
    ("AUD", "A$", "Australian dollars"),
    ("HKD", "HK$", None),
    ("BRL", "R$", None),
    ("CHF", None, "Swiss francs"),
    ("CNY", None, "yuan"),
    ("ZAR", None, "rand"),
]
LONG_SCALES = [
    (" thousand", 10**3),
    (" million", 10**6),
    (" billion", 10**9),
    (" trillion", 10**12),
]
SHORT_SCALES = [("bn", 10**9), ("mn", 10**6), ("m", 10**6), ("k", 10**3), ("tn", 10**12)]
QUALIFIERS_ = [
    ("", Q.EXACT),
    ("about ", Q.ABOUT),
    ("around ", Q.ABOUT),
    ("roughly ", Q.ABOUT),
    ("more than ", Q.MORE_THAN),
    ("at least ", Q.AT_LEAST),
    ("up to ", Q.UP_TO),
    ("nearly ", Q.NEARLY),
    ("almost ", Q.NEARLY),
    ("less than ", Q.LESS_THAN),
]
RANGE_QUALIFIERS = [("", Q.EXACT), ("about ", Q.ABOUT), ("around ", Q.ABOUT)]
PERIODS_ = [
    ("", None),
    (" per year", Period.YEAR),
    (" a year", Period.YEAR),
    (" annually", Period.YEAR),
    (" a month", Period.MONTH),
    (" per month", Period.MONTH),
    (" each week", Period.WEEK),
    (" a day", Period.DAY),
]
TEMPLATES = [
    "Officials said {} would go to the new port.",
    "The council approved {} on Tuesday.",
    "Donors pledged {}, the report said.",
    "The plan, worth {}, was delayed.",
    "Lenders offered {} to the rail operator.",
]


@st.composite
def numbers(
    draw: st.DrawFn, *, scaled: bool, low: int = 1, below_top: bool = False
) -> tuple[str, Decimal]:
    """A number as printed and its value: "4.75" under a scale, "1,234,567.05" without.

    The whole part is at least *low*; *below_top* leaves room for a larger upper bound.
    """
    top = 999 if scaled else 99_999_999
    if below_top:
        top -= 1
    if scaled:
        whole = draw(st.integers(low, top))
        places = draw(st.sampled_from([0, 0, 1, 2]))
        text = str(whole)
    else:
        whole = draw(st.integers(max(low, 2), top))
        places = draw(st.sampled_from([0, 0, 2]))
        text = f"{whole:,}"
    if places:
        text += "." + "".join(str(draw(st.integers(0, 9))) for _ in range(places))
    return text, Decimal(text.replace(",", ""))


@st.composite
def money_expressions(
    draw: st.DrawFn,
) -> tuple[str, Decimal, Decimal | None, str, Qualifier, Period | None]:
    code, symbol, word = draw(st.sampled_from(CURRENCIES))
    styles = ["code_before", "code_after"]
    if symbol:
        styles += ["symbol", "symbol_spaced"]
    if word:
        styles.append("word")
    style = draw(st.sampled_from(styles))
    scales: list[tuple[str, int]] = [("", 1), *LONG_SCALES]
    if style in ("symbol", "code_before"):
        scales += SHORT_SCALES
    scale, multiplier = draw(st.sampled_from(scales))
    is_range = draw(st.booleans())
    lo_text, lo = draw(numbers(scaled=bool(scale), below_top=is_range))
    hi_text, hi = lo_text, lo
    if is_range:
        hi_text, hi = draw(numbers(scaled=bool(scale), low=int(lo) + 1))
    qualifier_text, qualifier = draw(st.sampled_from(RANGE_QUALIFIERS if is_range else QUALIFIERS_))
    period_text, period = draw(st.sampled_from(PERIODS_))
    s, c, w = symbol, code, word

    if not is_range:
        body = {
            "symbol": f"{s}{lo_text}{scale}",
            "symbol_spaced": f"{s} {lo_text}{scale}",
            "code_before": f"{c} {lo_text}{scale}",
            "code_after": f"{lo_text}{scale} {c}",
            "word": f"{lo_text}{scale} {w}",
        }[style]
    else:
        forms = {
            "symbol": [
                f"{s}{lo_text}-{s}{hi_text}{scale}",
                f"{s}{lo_text}{scale} to {s}{hi_text}{scale}",
                f"between {s}{lo_text} and {s}{hi_text}{scale}",
                f"{s}{lo_text}-{hi_text}{scale}",
            ],
            "symbol_spaced": [f"between {s} {lo_text} and {s} {hi_text}{scale}"],
            "code_before": [f"{c} {lo_text}-{hi_text}{scale}"],
            "code_after": [f"{lo_text}-{hi_text}{scale} {c}", f"{lo_text} to {hi_text}{scale} {c}"],
            "word": [
                f"{lo_text}-{hi_text}{scale} {w}",
                f"{lo_text} to {hi_text}{scale} {w}",
                f"between {lo_text} and {hi_text}{scale} {w}",
            ],
        }[style]
        body = draw(st.sampled_from(forms))
        if body.startswith("between"):  # "about between ..." is not English
            qualifier_text, qualifier = "", Q.EXACT
    expression = f"{qualifier_text}{body}{period_text}"
    amount_max = hi * multiplier if is_range else None
    return expression, lo * multiplier, amount_max, code, qualifier, period


@SETTINGS
@given(money_expressions(), st.sampled_from(TEMPLATES))
def test_rendered_expressions_are_read_back(
    expression: tuple[str, Decimal, Decimal | None, str, Qualifier, Period | None],
    template: str,
) -> None:
    surface_text, amount, amount_max, currency, qualifier, period = expression
    sentence = template.format(surface_text)
    figures = extract_money(sentence)
    assert [row(f) for f in figures] == [
        (surface_text, amount, amount_max, currency, qualifier, period, False)
    ]
    assert figures[0].span.of(sentence) == surface_text


@SETTINGS
@given(money_expressions())
def test_parse_money_reads_rendered_expressions(
    expression: tuple[str, Decimal, Decimal | None, str, Qualifier, Period | None],
) -> None:
    surface_text, amount, amount_max, currency, qualifier, period = expression
    figure = parse_money(surface_text)
    assert row(figure) == (surface_text, amount, amount_max, currency, qualifier, period, False)


_NOUNS = ["troops", "countries", "people", "barrels", "tanks", "votes", "refugees", "drones"]


@st.composite
def non_money_sentences(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["count", "scaled_count", "year", "percent", "date", "time"]))
    if kind == "count":
        return f"Officials counted {draw(st.integers(2, 10**7)):,} {draw(st.sampled_from(_NOUNS))}."
    if kind == "scaled_count":
        scale = draw(st.sampled_from(["thousand", "million", "billion"]))
        return f"About {draw(st.integers(1, 999))} {scale} {draw(st.sampled_from(_NOUNS))} moved."
    if kind == "year":
        return f"The accord was signed in {draw(st.integers(1900, 2099))}."
    if kind == "percent":
        value = draw(st.integers(0, 100))
        form = draw(st.sampled_from(["{} percent", "{}%", "{} per cent", "{}.5 percent"]))
        return f"Turnout fell {form.format(value)} in the north."
    if kind == "date":
        month = draw(st.sampled_from(["January", "March", "June", "October"]))
        return (
            f"The vote is on {month} {draw(st.integers(1, 28))}, {draw(st.integers(1990, 2030))}."
        )
    return f"Talks began at {draw(st.integers(0, 23))}:{draw(st.integers(0, 59)):02d} on Friday."


@SETTINGS
@given(non_money_sentences())
def test_non_money_sentences_give_nothing(sentence: str) -> None:
    assert extract_money(sentence) == ()


def check_figures(text: str, figures: tuple[MonetaryFigure, ...]) -> None:
    assert isinstance(figures, tuple)
    previous = -1
    for figure in figures:
        assert isinstance(figure, MonetaryFigure)
        assert isinstance(figure.span, Span)
        assert 0 <= figure.span.start <= figure.span.end <= len(text)
        assert figure.span.of(text) == figure.text
        assert figure.span.start > previous
        previous = figure.span.start
        if figure.part_of is not None:
            assert figure.part_of.span.of(text) == figure.part_of.text


@SETTINGS
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    check_figures(text, extract_money(text))


_MONEYISH = "0123456789$€£¥₹ ,.-\u2013/kmbnKMBtrTRUSDEURGBPabout million billion per year of a\n"


@SETTINGS
@given(st.text(alphabet=_MONEYISH, max_size=200))
def test_money_like_noise_never_raises(text: str) -> None:
    check_figures(text, extract_money(text))


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "$",
                "€",
                "5",
                ",",
                ".",
                "-",
                " ",
                "million",
                "bn",
                "between",
                "and",
                "to",
                "about",
                "of",
                "billions",
                "dollars",
                "per",
                "year",
                "a",
                "minus",
                "US",
                "C",
                "hk",
                "u.s.",
            ]
        ),
        max_size=40,
    )
)
def test_token_soup_never_raises(tokens: list[str]) -> None:
    text = " ".join(tokens)
    check_figures(text, extract_money(text))


ADVERSARIAL = {
    "digits": "7" * 100_000,
    "dollars": "$" * 100_000,
    "million": "million " * 12_500,
    "comma_digits": "1," * 50_000,
    "dash_dollars": "$1-" * 33_000,
    "between": "between $1 and " * 7_000,
    "spaced_euro": "€ " * 50_000,
    "billions_of": "billions of " * 9_000,
    "minus": "-" * 100_000 + "$5",
    "one_line": ("$1 million " + "x" * 100) * 900,
    "written_run": "two thousand " * 8_000,
    "minor_run": "5 dollars and " * 7_000,
    "code_run": "10 rmb " * 14_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_inputs_complete(name: str) -> None:
    text = ADVERSARIAL[name]
    check_figures(text, extract_money(text))


def test_many_figures_are_all_found() -> None:
    text = "$1 million; " * 10_000
    figures = extract_money(text)
    check_figures(text, figures)
    assert len(figures) == 10_000
    assert all(f.amount == D("1e6") and f.currency == "USD" for f in figures)


def test_within_reads_only_the_given_spans_but_the_whole_context() -> None:
    text = "Canada's budget was tabled.\nPHOTO: $9 million drone.\nIt will cost $2 billion."
    story = [Span(0, 27), Span(text.index("It will"), len(text))]
    figures = extract_money(text, within=story)
    assert [(f.text, f.currency) for f in figures] == [("$2 billion", "CAD")]
    assert [f.text for f in extract_money(text)] == ["$9 million", "$2 billion"]
    assert extract_money(text, within=[]) == ()


def test_within_drops_a_figure_that_crosses_the_span_end() -> None:
    text = "They paid $5 million."
    assert extract_money(text, within=[Span(0, 12)]) == ()
    assert [f.text for f in extract_money(text, within=[Span(0, len(text))])] == ["$5 million"]


RUNS = {
    # a unit repeated: figures and near-figures end to end, the shapes that could
    # make a reader go back over text it has read (quadratic time)
    "written": "two thousand ",
    "minor": "5 dollars and ",
    "codes": "10 rmb ",
    "ranges": "300 to ",
    "qualifiers": "about ",
    "between": "between $1 and ",
    "scales": "million ",
    "signs": "$ 5 ",
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_extraction_time_grows_linearly(name: str) -> None:
    """Four times the input must not take ten times as long (quadratic would be ~16x)."""
    unit = RUNS[name]
    small, large = unit * (10_000 // len(unit)), unit * (40_000 // len(unit))
    ratio = growth_ratio(extract_quantities, small, large, bound=10)
    assert ratio < 10, f"{name}: 4x the input took {ratio:.1f}x as long"

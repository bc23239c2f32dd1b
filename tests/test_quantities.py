"""Figures that are not money: ``extract_quantities``, ``quantities_outside`` and ``Quantity``.

Every sentence here was written for this file. The table cases pin down the
contract the extractor follows:

* A percentage is a ``Quantity`` with ``unit`` "percent" ("5 percent", "5%",
  "5 per cent", "3 pct") or "percentage points" ("2.5 percentage points",
  "0.75 pp") and no ``noun``; a range ("30-40 percent") has ``value_max``.
* A count is a ``Quantity`` whose ``unit`` is the noun it counts and whose
  ``noun`` is that noun's surface and span: "about 200 more Cuban personnel"
  is 200 personnel, "Seven million Syrians" is 7,000,000 Syrians. Adjectives
  and "more" may stand between the number and the noun; the noun is on the
  same line.
* ``text`` covers the qualifier words ("about", "more than", "an estimated")
  and, for a count, runs up to the noun; ``span.of(text) == quantity.text``.
* Years, dates, times, model names ("F-16", "Il-62M"), durations ("48 hours",
  left to the dates extractor) and numbers inside monetary figures are not
  quantities.

Rows that show a bug of the current implementation are in ``KNOWN_BUGS`` and
marked ``xfail(strict=True)``: they start passing (and must then be moved to
the main table) when the bug is fixed.

The seed articles are read at run time through ``tests/conftest.py`` and the
tests skip when ``../shared`` is absent.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import read_text, seed_path

import geopol_news
from geopol_news import GeopolNewsError
from geopol_news.model import Magnitude, Qualifier, Quantity, Span
from geopol_news.money import extract_money
from geopol_news.quantities import extract_quantities, quantities_outside

Q = Qualifier
D = Decimal

PERCENT_UNITS = frozenset({"percent", "percentage points"})

Row = tuple[str, Decimal, Decimal | None, str, Qualifier]


def q(
    text: str,
    value: str,
    unit: str,
    qualifier: Qualifier = Q.EXACT,
    value_max: str | None = None,
) -> Row:
    """One expected quantity: ``(text, value, value_max, unit, qualifier)``."""
    return (text, D(value), None if value_max is None else D(value_max), unit, qualifier)


def row(quantity: Quantity) -> tuple[object, ...]:
    return (
        quantity.text,
        quantity.value,
        quantity.value_max,
        quantity.unit,
        quantity.qualifier,
    )


def pct(text: str, value: str, qualifier: Qualifier = Q.EXACT, value_max: str | None = None) -> Row:
    return q(text, value, "percent", qualifier, value_max)


def pts(text: str, value: str, qualifier: Qualifier = Q.EXACT, value_max: str | None = None) -> Row:
    return q(text, value, "percentage points", qualifier, value_max)


Case = tuple[str, list[Row]]

# -- percentages -----------------------------------------------------------------------
PERCENT: list[Case] = [
    ("Inflation in the republic rose 5 percent in June.", [pct("5 percent", "5")]),
    ("Bread prices in the capital climbed 7% last month.", [pct("7%", "7")]),
    ("Turnout in the northern provinces fell 4 per cent.", [pct("4 per cent", "4")]),
    ("Only 0.01 percent of the grain shipments reached the port.", [pct("0.01 percent", "0.01")]),
    ("Unemployment in the border region hit 12.5%.", [pct("12.5%", "12.5")]),
    ("The rouble lost 3 pct against the yuan on Friday.", [pct("3 pct", "3")]),
    ("Exports to the bloc fell 6 % after the embargo.", [pct("6 %", "6")]),
    ("The junta claimed 99.9 PERCENT of the vote.", [pct("99.9 PERCENT", "99.9")]),
    ("Support for the accord stood at .5 percent in one poll.", [pct(".5 percent", "0.5")]),
    ("Ninety-nine percent of delegates backed the motion.", [pct("Ninety-nine percent", "99")]),
    ("Fifteen per cent of the fleet is out of service.", [pct("Fifteen per cent", "15")]),
    ("Inflation in the occupied zone reached 100% in March.", [pct("100%", "100")]),
    ("Growth in the enclave slowed to zero percent.", [pct("zero percent", "0")]),
    ("Tariffs on steel rose 25 per-cent overnight.", [pct("25 per-cent", "25")]),
    ("Turnout\u00a0reached 64\u00a0percent in the capital.", [pct("64\u00a0percent", "64")]),
]

# -- percentage points -----------------------------------------------------------------
POINTS: list[Case] = [
    (
        "The central bank raised its key rate by 2.5 percentage points.",
        [pts("2.5 percentage points", "2.5")],
    ),
    ("The ruling party's lead narrowed by 1 percentage point.", [pts("1 percentage point", "1")]),
    ("Bond yields rose 0.75 pp on the news.", [pts("0.75 pp", "0.75")]),
    ("Approval of the premier dropped 3 ppts in a week.", [pts("3 ppts", "3")]),
    ("The opposition needs a 4 percentage-point swing.", [pts("4 percentage-point", "4")]),
]

# -- ranges (percentages only: counts have none yet, see KNOWN_BUGS) --------------------
RANGES: list[Case] = [
    (
        "Analysts expect inflation of 30-40 percent in the south.",
        [pct("30-40 percent", "30", value_max="40")],
    ),
    (
        "Polls give the challenger 45 to 48 percent.",
        [pct("45 to 48 percent", "45", value_max="48")],
    ),
    (
        "Tariffs of 10\u201315% were floated in Brussels.",
        [pct("10\u201315%", "10", value_max="15")],
    ),
    (
        "Growth of about 1.5-2 per cent is forecast.",
        [pct("about 1.5-2 per cent", "1.5", Q.ABOUT, value_max="2")],
    ),
    ("Output may shrink by 3 - 5 percent.", [pct("3 - 5 percent", "3", value_max="5")]),
    (
        "Rates could climb 1 to 2 percentage points.",
        [pts("1 to 2 percentage points", "1", value_max="2")],
    ),
]

# -- counts with digits ----------------------------------------------------------------
COUNTS: list[Case] = [
    (
        "Diplomats said about 200 more Cuban personnel had reached the port.",
        [q("about 200 more Cuban personnel", "200", "personnel", Q.ABOUT)],
    ),
    (
        "More than 60 countries backed the resolution at the assembly.",
        [q("More than 60 countries", "60", "countries", Q.MORE_THAN)],
    ),
    (
        "Some 4 million Venezuelans now live abroad, aid groups say.",
        [q("Some 4 million Venezuelans", "4e6", "Venezuelans", Q.ABOUT)],
    ),
    ("Police detained 300 people outside the embassy.", [q("300 people", "300", "people")]),
    (
        "The convoy carried 1,200 soldiers across the bridge.",
        [q("1,200 soldiers", "1200", "soldiers")],
    ),
    (
        "Rescuers counted at least 20 dead after the strike.",
        [q("at least 20 dead", "20", "dead", Q.AT_LEAST)],
    ),
    (
        "The navy deployed 12 dangerous minesweepers to the strait.",
        [q("12 dangerous minesweepers", "12", "minesweepers")],
    ),
    (
        "Fewer than 10 foreign journalists remain in the city.",
        [q("Fewer than 10 foreign journalists", "10", "journalists", Q.LESS_THAN)],
    ),
    (
        "An estimated 4,000 refugees crossed into Moldova.",
        [q("An estimated 4,000 refugees", "4000", "refugees", Q.ABOUT)],
    ),
    (
        "As many as 300 civilians fled the shelling.",
        [q("As many as 300 civilians", "300", "civilians", Q.UP_TO)],
    ),
    (
        "Nearly 1,500 prisoners were swapped on Sunday.",
        [q("Nearly 1,500 prisoners", "1500", "prisoners", Q.NEARLY)],
    ),
    ("Ankara summoned 5 ambassadors over the remarks.", [q("5 ambassadors", "5", "ambassadors")]),
    ("The delegation toured 50 villages near the front.", [q("50 villages", "50", "villages")]),
    (
        "Over 1,000,000 ballots were cast in the diaspora.",
        [q("Over 1,000,000 ballots", "1e6", "ballots", Q.MORE_THAN)],
    ),
    (
        "Up to 80 drones were launched overnight.",
        [q("Up to 80 drones", "80", "drones", Q.UP_TO)],
    ),
    ("The 10,000 conscripts were sent home.", [q("10,000 conscripts", "10000", "conscripts")]),
    ("1900 troops arrived at the port.", [q("1900 troops", "1900", "troops")]),
    ("The ferry carried 189 passengers.", [q("189 passengers", "189", "passengers")]),
]

# -- written numbers -------------------------------------------------------------------
WRITTEN: list[Case] = [
    (
        "Three Belarusian military helicopters circled the lake.",
        [q("Three Belarusian military helicopters", "3", "helicopters")],
    ),
    (
        "Two Chinese coastguard vessels entered the zone.",
        [q("Two Chinese coastguard vessels", "2", "vessels")],
    ),
    ("Twenty-five tanks rolled into the square.", [q("Twenty-five tanks", "25", "tanks")]),
    (
        "One hundred protesters gathered outside parliament.",
        [q("One hundred protesters", "100", "protesters")],
    ),
    (
        "Seven Kurdish fighters were killed in the raid.",
        [q("Seven Kurdish fighters", "7", "fighters")],
    ),
    ("The ministry sent ninety nine observers.", [q("ninety nine observers", "99", "observers")]),
    ("Zero casualties were reported in the port.", [q("Zero casualties", "0", "casualties")]),
    (
        "Three thousand troops deployed to the border.",
        [q("Three thousand troops", "3000", "troops")],
    ),
    ("Eleven senators signed the letter.", [q("Eleven senators", "11", "senators")]),
    # "İ" lower-cases to two characters: the slow path must keep the offsets right.
    (
        "Officials in \u0130stanbul counted twenty-two ships in the strait.",
        [q("twenty-two ships", "22", "ships")],
    ),
    (
        "\u0130zmir received five frigates and 20 tanks.",
        [q("five frigates", "5", "frigates"), q("20 tanks", "20", "tanks")],
    ),
]

# -- numbers with scale words ----------------------------------------------------------
SCALED: list[Case] = [
    (
        "About 1.5 billion people live in the region.",
        [q("About 1.5 billion people", "1.5e9", "people", Q.ABOUT)],
    ),
    (
        "Roughly 2.5 million barrels of crude flow through the strait.",
        [q("Roughly 2.5 million barrels", "2.5e6", "barrels", Q.ABOUT)],
    ),
    (
        "Seven million Syrians remain displaced inside the country.",
        [q("Seven million Syrians", "7e6", "Syrians")],
    ),
    ("India has 20 crore voters in the north.", [q("20 crore voters", "2e8", "voters")]),
    (
        "The census found 2.5 thousand nomads in the valley.",
        [q("2.5 thousand nomads", "2500", "nomads")],
    ),
]

# -- qualifiers ------------------------------------------------------------------------
QUALIFIERS: list[Case] = [
    (
        "Circa 50 drones were shot down over the city.",
        [q("Circa 50 drones", "50", "drones", Q.ABOUT)],
    ),
    ("Approx. 60 ships wait outside the port.", [q("Approx. 60 ships", "60", "ships", Q.ABOUT)]),
    (
        "No fewer than 40 generals attended the parade.",
        [q("No fewer than 40 generals", "40", "generals", Q.AT_LEAST)],
    ),
    (
        "Just under 90 lawmakers voted against.",
        [q("Just under 90 lawmakers", "90", "lawmakers", Q.NEARLY)],
    ),
    (
        "Well over 200 villages lost power.",
        [q("Well over 200 villages", "200", "villages", Q.MORE_THAN)],
    ),
    (
        "A total of 75 detainees were freed.",
        [q("A total of 75 detainees", "75", "detainees", Q.EXACT)],
    ),
    (
        "In excess of 10,000 migrants reached the island.",
        [q("In excess of 10,000 migrants", "10000", "migrants", Q.MORE_THAN)],
    ),
    (
        "Upwards of 500 monks joined the march.",
        [q("Upwards of 500 monks", "500", "monks", Q.MORE_THAN)],
    ),
    ("The army sent some 40 tanks north.", [q("some 40 tanks", "40", "tanks", Q.ABOUT)]),
    ("Almost 30 percent of the harvest rotted.", [pct("Almost 30 percent", "30", Q.NEARLY)]),
    ("Around 40 percent of voters stayed home.", [pct("Around 40 percent", "40", Q.ABOUT)]),
    ("Nearly 60% of the farmland is mined.", [pct("Nearly 60%", "60", Q.NEARLY)]),
    (
        "Up to 30 percent of the wheat was lost.",
        [pct("Up to 30 percent", "30", Q.UP_TO)],
    ),
    # Qualifier words that do not qualify the figure.
    ("Under the deal, 5 ministers resigned.", [q("5 ministers", "5", "ministers")]),
    ("Over the weekend 40 villages were shelled.", [q("40 villages", "40", "villages")]),
    ("Some analysts said 30 brigades were ready.", [q("30 brigades", "30", "brigades")]),
]

# -- several figures, money beside them ------------------------------------------------
SEVERAL: list[Case] = [
    (
        "The alliance moved 20 aircraft and 500 personnel to the Baltic.",
        [q("20 aircraft", "20", "aircraft"), q("500 personnel", "500", "personnel")],
    ),
    (
        "Turnout was 61.2 percent, down 2.5 percentage points.",
        [pct("61.2 percent", "61.2"), pts("2.5 percentage points", "2.5")],
    ),
    (
        "About 5 percent of the 300 delegates walked out.",
        [pct("About 5 percent", "5", Q.ABOUT), q("300 delegates", "300", "delegates")],
    ),
    (
        "Some 2,000 Ukrainians and 300 Poles crossed the border.",
        [
            q("Some 2,000 Ukrainians", "2000", "Ukrainians", Q.ABOUT),
            q("300 Poles", "300", "Poles"),
        ],
    ),
    (
        "Two planes and three ships left the harbour.",
        [q("Two planes", "2", "planes"), q("three ships", "3", "ships")],
    ),
    ("Kyiv received 5 billion euros and 40 tanks.", [q("40 tanks", "40", "tanks")]),
    ("Moscow lent $300 million to 12 countries.", [q("12 countries", "12", "countries")]),
    ("Warsaw pledged 5 percent of its $2 billion budget.", [pct("5 percent", "5")]),
    ("The junta paid 5 million dollars for 300 trucks.", [q("300 trucks", "300", "trucks")]),
    (
        "The ceasefire lasted 48 hours and 300 prisoners were freed.",
        [q("300 prisoners", "300", "prisoners")],
    ),
    (
        "About 100 troops arrived on two planes.",
        [q("About 100 troops", "100", "troops", Q.ABOUT), q("two planes", "2", "planes")],
    ),
]

# -- no quantity at all ----------------------------------------------------------------
NONE: list[Case] = [
    # years and dates
    ("The treaty was signed in 2006.", []),
    ("In 2006 the ministry paid $5 billion.", []),
    ("The accord expires in 2030.", []),
    ("Since 2015 Venezuelans are leaving in large numbers.", []),  # a year before a name
    ("The 2013 Caracas talks collapsed within a day.", []),  # a year before a name
    ("The summit opened on March 28, 2019.", []),
    ("The summit opened on 28/03/2019 in the capital.", []),
    ("She was born on 3 March 1990 in Tbilisi.", []),
    ("In the 1990s tanks rolled through the valley.", []),
    # times and durations (left to the dates extractor)
    ("Talks resumed at 10:30 on Monday.", []),
    ("The polls close at 9 pm local time.", []),
    ("The ceasefire held for 48 hours.", []),
    ("The war has dragged on for five years.", []),
    ("A 25-year-old medic was killed.", []),
    ("The siege lasted three months.", []),
    ("Negotiators met for 90 minutes.", []),
    # model numbers and names
    ("An Il-62M and an AN-124 landed at the airfield.", []),
    ("Ankara still wants F-16 jets and S-400 batteries.", []),
    ("Tu-95 bombers flew over the Arctic.", []),
    ("Flight MH17 was downed over the steppe.", []),
    ("The Boeing 737 diverted to Minsk.", []),
    ("The G7 nations met in the spring.", []),
    ("COVID-19 cases rose in the camps.", []),
    ("The 3rd brigade withdrew from the town.", []),
    ("Resolution 2231 was adopted unanimously.", []),
    # money is money
    ("The plan costs $5 billion.", []),
    ("The fund received 300 million euros.", []),
    ("Sanctions froze €300 billion of reserves.", []),
    ("Bail was set at Rs 50 lakh.", []),
    ("The war has cost billions of dollars.", []),
    ("The treasury lent about 2 million pounds.", []),
    # other numbers
    ("The jet dropped a 500-pound bomb.", []),
    ("The home side won 3-1 on Sunday.", []),
    ("Call the embassy on +44 20 7946 0958.", []),
    ("Five of the ministers resigned.", []),
    ("50 of them were arrested.", []),
    ("Inflation was 3,5 percent.", []),  # a decimal comma is not read
    ("About 100\ntroops arrived.", []),  # the noun must be on the same line
    ("", []),
]

# -- ranges, compound written numbers, signs and years -------------------------------
READ_NOW: list[Case] = [
    ("Turnout rose two point seven five percent.", [pct("two point seven five percent", "2.75")]),
    ("Radar tracked ~50 drones overnight.", [q("~50 drones", "50", "drones", Q.ABOUT)]),
    (
        "Some 300-400 troops arrived at dawn.",
        [q("Some 300-400 troops", "300", "troops", Q.ABOUT, "400")],
    ),
    (
        "Between 300 and 400 troops arrived at dawn.",
        [q("Between 300 and 400 troops", "300", "troops", Q.EXACT, "400")],
    ),
    (
        "Some 300 to 400 troops arrived at dawn.",
        [q("Some 300 to 400 troops", "300", "troops", Q.ABOUT, "400")],
    ),
    (
        "Support for the pact is between 30 and 40 percent.",
        [pct("between 30 and 40 percent", "30", value_max="40")],
    ),
    ("Polls put the party at 30%-40% in the south.", [pct("30%-40%", "30", value_max="40")]),
    ("Support is thirty to forty percent.", [pct("thirty to forty percent", "30", value_max="40")]),
    (
        "Three hundred thousand troops massed on the border.",
        [q("Three hundred thousand troops", "300000", "troops")],
    ),
    (
        "Two thousand five hundred troops crossed the river.",
        [q("Two thousand five hundred troops", "2500", "troops")],
    ),
    (
        "One hundred and fifty troops crossed the river.",
        [q("One hundred and fifty troops", "150", "troops")],
    ),
    ("The flooding displaced a million people.", [q("a million people", "1e6", "people")]),
    (
        "Half a million refugees crossed the border.",
        [q("Half a million refugees", "5e5", "refugees")],
    ),
    ("The economy grew -0.5% in the quarter.", [pct("-0.5%", "-0.5")]),
    ("Inflation fell to minus 2 percent.", [pct("minus 2 percent", "-2")]),
    ("A 5-percent tariff was imposed on grain.", [pct("5-percent", "5")]),
    ("The 2019 elections were disputed.", []),
    ("In 2019 Russian troops entered the town.", []),
    ("On 24 February 2022 tanks crossed the border.", []),
]

GROUPS: dict[str, list[Case]] = {
    "percent": PERCENT,
    "points": POINTS,
    "range": RANGES,
    "count": COUNTS,
    "written": WRITTEN,
    "scaled": SCALED,
    "qualifier": QUALIFIERS,
    "several": SEVERAL,
    "read-now": READ_NOW,
    "none": NONE,
}

TABLE = [
    pytest.param(sentence, expected, id=f"{group}-{i:02d}")
    for group, cases in GROUPS.items()
    for i, (sentence, expected) in enumerate(cases)
]


def check_quantities(text: str, quantities: tuple[Quantity, ...]) -> None:
    """The span contract: every record slices back, offsets in range, in order."""
    assert isinstance(quantities, tuple)
    previous = -1
    for quantity in quantities:
        assert isinstance(quantity, Quantity)
        assert isinstance(quantity.span, Span)
        assert 0 <= quantity.span.start <= quantity.span.end <= len(text)
        assert quantity.span.of(text) == quantity.text
        assert quantity.text
        assert quantity.span.start > previous
        previous = quantity.span.start
        if quantity.vague:  # "dozens of countries": an order of magnitude, no value
            assert quantity.value is None
            assert isinstance(quantity.magnitude, Magnitude)
        else:
            assert isinstance(quantity.value, Decimal)
        assert quantity.value_max is None or isinstance(quantity.value_max, Decimal)
        assert isinstance(quantity.qualifier, Qualifier)
        assert quantity.unit
        if quantity.noun is None:
            assert quantity.unit in PERCENT_UNITS
        else:
            assert quantity.noun.span.of(text) == quantity.noun.text == quantity.unit
            assert quantity.span.contains(quantity.noun.span)
            assert quantity.noun.span.end == quantity.span.end


@pytest.mark.parametrize(("sentence", "expected"), TABLE)
def test_extract_quantities_table(sentence: str, expected: list[Row]) -> None:
    quantities = extract_quantities(sentence)
    assert [row(f) for f in quantities] == expected
    check_quantities(sentence, quantities)
    money = [figure.span for figure in extract_money(sentence)]
    for quantity in quantities:
        assert not any(quantity.span.overlaps(span) for span in money)


def test_table_size() -> None:
    assert len(TABLE) >= 100


# -- the parts of a record -------------------------------------------------------------
def test_count_record_in_full() -> None:
    text = "Officials said about 200 more Cuban personnel had arrived."
    (quantity,) = extract_quantities(text)
    start = text.index("about")
    end = text.index(" had")
    assert quantity.span == Span(start, end)
    assert quantity.text == "about 200 more Cuban personnel"
    assert quantity.value == D(200)
    assert quantity.value_max is None
    assert quantity.unit == "personnel"
    assert quantity.noun is not None
    assert quantity.noun.text == "personnel"
    assert quantity.noun.span == Span(text.index("personnel"), end)
    assert quantity.qualifier == Q.ABOUT
    assert quantity.vague is False
    assert quantity.magnitude is None


def test_percent_record_in_full() -> None:
    text = "Support rose to roughly 30-40 percent, a poll found."
    (quantity,) = extract_quantities(text)
    assert quantity.span == Span(text.index("roughly"), text.index(","))
    assert quantity.text == "roughly 30-40 percent"
    assert (quantity.value, quantity.value_max) == (D(30), D(40))
    assert quantity.unit == "percent"
    assert quantity.noun is None
    assert quantity.qualifier == Q.ABOUT


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("about", Q.ABOUT),
        ("around", Q.ABOUT),
        ("roughly", Q.ABOUT),
        ("some", Q.ABOUT),
        ("approximately", Q.ABOUT),
        ("an estimated", Q.ABOUT),
        ("nearly", Q.NEARLY),
        ("almost", Q.NEARLY),
        ("close to", Q.NEARLY),
        ("at least", Q.AT_LEAST),
        ("no fewer than", Q.AT_LEAST),
        ("more than", Q.MORE_THAN),
        ("over", Q.MORE_THAN),
        ("upwards of", Q.MORE_THAN),
        ("less than", Q.LESS_THAN),
        ("fewer than", Q.LESS_THAN),
        ("under", Q.LESS_THAN),
        ("up to", Q.UP_TO),
        ("as many as", Q.UP_TO),
        ("at most", Q.UP_TO),
        ("exactly", Q.EXACT),
    ],
)
def test_qualifier_words_are_inside_the_text(phrase: str, qualifier: Qualifier) -> None:
    text = f"Monitors reported {phrase} 70 checkpoints and {phrase} 8 percent."
    count, share = extract_quantities(text)
    assert count.text == f"{phrase} 70 checkpoints"
    assert share.text == f"{phrase} 8 percent"
    assert count.qualifier == share.qualifier == qualifier
    assert count.span.start == text.index(phrase)
    check_quantities(text, (count, share))


def test_top_level_export() -> None:
    assert geopol_news.extract_quantities is extract_quantities
    assert geopol_news.Quantity is Quantity


@pytest.mark.parametrize("value", [None, 5, 5.0, b"5 percent", ["5%"], Span(0, 1)])
def test_wrong_type_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="extract_quantities") as info:
        extract_quantities(value)  # type: ignore[arg-type]
    assert isinstance(info.value, GeopolNewsError)


# -- bugs of the current implementation ------------------------------------------------
KNOWN_BUGS: list[tuple[str, str, list[Row], str]] = [
    (
        "verb-as-noun",
        "The vote of the 27 shows a split.",
        [],
        "a verb ending in -s is taken as the counted noun: '27 shows'",
    ),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Article 5 protects every member of the alliance.",
        "Resolution 2254 calls for a ceasefire.",
        "Flight 17 carries passengers every day.",
    ],
)
def test_a_number_after_a_label_noun_names_and_counts_nothing(sentence: str) -> None:
    assert extract_quantities(sentence) == ()


def test_a_label_noun_in_lower_case_before_a_count_is_no_label() -> None:
    sentence = "The article 5 soldiers wrote was never printed."
    assert [(f.value, f.unit) for f in extract_quantities(sentence)] == [(5, "soldiers")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            sentence,
            expected,
            id=name,
            marks=pytest.mark.xfail(strict=True, reason=reason),
        )
        for name, sentence, expected, reason in KNOWN_BUGS
    ],
)
def test_known_bugs(sentence: str, expected: list[Row]) -> None:
    quantities = extract_quantities(sentence)
    assert [row(f) for f in quantities] == expected
    check_quantities(sentence, quantities)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Two planes and 300 troops left.", id="plain"),
        pytest.param("About 5 percent of the 300 delegates walked out.", id="percent-then-count"),
        pytest.param(
            "Two thousand five hundred troops crossed the river.",
            id="compound-number",
        ),
        pytest.param(
            "The convoy had 5 upwards of 6 trucks.",
            id="qualifier-after-noun",
        ),
    ],
)
def test_quantities_do_not_overlap(sentence: str) -> None:
    quantities = extract_quantities(sentence)
    check_quantities(sentence, quantities)
    for first, second in itertools.pairwise(quantities):
        assert first.span.end <= second.span.start


# -- quantities_outside ----------------------------------------------------------------
MIXED = "Kyiv received 5 billion euros, about 40 tanks and 3 percent of the fuel."


def test_outside_money_spans_is_extract_quantities() -> None:
    money = [figure.span for figure in extract_money(MIXED)]
    assert len(money) == 1
    assert quantities_outside(MIXED, money) == extract_quantities(MIXED)
    assert [f.text for f in extract_quantities(MIXED)] == ["about 40 tanks", "3 percent"]


def test_outside_nothing_keeps_the_money_number() -> None:
    # Without the money spans the euros are just a count of euros.
    quantities = quantities_outside(MIXED, [])
    check_quantities(MIXED, quantities)
    assert [row(f) for f in quantities] == [
        q("5 billion euros", "5e9", "euros"),
        q("about 40 tanks", "40", "tanks", Q.ABOUT),
        pct("3 percent", "3"),
    ]


def test_outside_skips_quantities_whose_number_is_covered() -> None:
    tanks = Span(MIXED.index("40"), MIXED.index("40") + 2)
    share = Span(MIXED.index("3 percent"), MIXED.index(" of the"))
    assert [f.text for f in quantities_outside(MIXED, [tanks])] == [
        "5 billion euros",
        "3 percent",
    ]
    assert [f.text for f in quantities_outside(MIXED, [tanks, share])] == ["5 billion euros"]
    everything = Span(0, len(MIXED))
    assert quantities_outside(MIXED, [everything]) == ()


def test_outside_keeps_quantities_next_to_a_span() -> None:
    text = "The army sent 40 tanks north."
    number = text.index("40")
    before = Span(0, number)  # ends where the quantity starts: no overlap
    after = Span(text.index(" north"), len(text))
    assert [f.text for f in quantities_outside(text, [before, after])] == ["40 tanks"]


@pytest.mark.parametrize("part", ["about", "tanks"])
def test_outside_skips_quantities_overlapping_anywhere(part: str) -> None:
    text = "The army sent about 40 tanks north."
    covered = Span(text.index(part), text.index(part) + len(part))
    assert quantities_outside(text, [covered]) == ()


# -- the seed articles -----------------------------------------------------------------
def triple(quantity: Quantity) -> tuple[object, ...]:
    return (quantity.value, quantity.unit, quantity.qualifier)


SEED_EXPECTED = {
    "000": {
        (D(50), "countries", Q.MORE_THAN),
        (D(3_000_000), "Venezuelans", Q.ABOUT),
        (D(2), "planes", Q.EXACT),
    },
    "002": {
        (D("0.01"), "percent", Q.ABOUT),
        (D(100), "personnel", Q.ABOUT),
        (D(2), "planes", Q.EXACT),
    },
}


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTED))
def test_seed_quantities(prefix: str) -> None:
    text = read_text(seed_path(prefix))
    quantities = extract_quantities(text)
    check_quantities(text, quantities)
    assert SEED_EXPECTED[prefix] <= {triple(f) for f in quantities}
    money = [figure.span for figure in extract_money(text)]
    assert quantities_outside(text, money) == quantities
    for quantity in quantities:
        assert not any(quantity.span.overlaps(span) for span in money)
        assert not (
            quantity.value is not None and 1800 <= quantity.value < 2100 and quantity.noun
        ), quantity  # no year read as a count


def test_seed_000_has_no_percentages() -> None:
    text = read_text(seed_path("000"))
    assert all(f.unit not in PERCENT_UNITS for f in extract_quantities(text))


def test_seed_002_percentage_text() -> None:
    text = read_text(seed_path("002"))
    shares = [f for f in extract_quantities(text) if f.unit == "percent"]
    assert [(f.value, f.qualifier) for f in shares] == [(D("0.01"), Q.ABOUT)]
    (share,) = shares
    assert share.text.lower().startswith("about")
    assert share.text.endswith("percent")


# -- properties ------------------------------------------------------------------------
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

QUALIFIERS_ = [
    ("", Q.EXACT),
    ("about ", Q.ABOUT),
    ("around ", Q.ABOUT),
    ("roughly ", Q.ABOUT),
    ("some ", Q.ABOUT),
    ("an estimated ", Q.ABOUT),
    ("nearly ", Q.NEARLY),
    ("almost ", Q.NEARLY),
    ("at least ", Q.AT_LEAST),
    ("more than ", Q.MORE_THAN),
    ("over ", Q.MORE_THAN),
    ("fewer than ", Q.LESS_THAN),
    ("less than ", Q.LESS_THAN),
    ("up to ", Q.UP_TO),
    ("as many as ", Q.UP_TO),
]
RANGE_QUALIFIERS = [("", Q.EXACT), ("about ", Q.ABOUT), ("around ", Q.ABOUT), ("some ", Q.ABOUT)]
NOUNS = [
    "troops",
    "soldiers",
    "refugees",
    "countries",
    "drones",
    "tanks",
    "personnel",
    "people",
    "aircraft",
    "civilians",
    "Venezuelans",
    "Syrians",
    "journalists",
    "warships",
    "missiles",
    "delegates",
    "villages",
    "prisoners",
]
ADJECTIVES = ["", "more ", "Russian ", "military ", "new ", "more Russian ", "foreign "]
UNITS = [
    ("%", "percent"),
    (" %", "percent"),
    (" percent", "percent"),
    (" per cent", "percent"),
    (" pct", "percent"),
    (" percentage points", "percentage points"),
    (" percentage point", "percentage points"),
    (" pp", "percentage points"),
]
RANGE_DASHES = ["-", "\u2013", " to ", " - "]
ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
COUNT_TEMPLATES = [
    "Officials said {} crossed the border on Monday.",
    "{} arrived at the airbase, the ministry said.",
    "The monitors counted {} near the front line.",
    "According to the envoy, {} were detained.",
]
PERCENT_TEMPLATES = [
    "Support for the treaty fell {} in the poll.",
    "{} of the ballots were spoiled.",
    "The regulator said tariffs rose {} last year.",
]


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, int]:
    """A number from one to ninety-nine in words: "seven", "fourteen", "sixty-two"."""
    kind = draw(st.sampled_from(["ones", "teens", "tens", "compound"]))
    if kind == "ones":
        i = draw(st.integers(0, 8))
        return ONES[i], i + 1
    if kind == "teens":
        i = draw(st.integers(0, 9))
        return TEENS[i], i + 10
    ten = draw(st.integers(0, 7))
    if kind == "tens":
        return TENS[ten], (ten + 2) * 10
    one = draw(st.integers(0, 8))
    joiner = draw(st.sampled_from(["-", " "]))
    return f"{TENS[ten]}{joiner}{ONES[one]}", (ten + 2) * 10 + one + 1


@st.composite
def decimals(draw: st.DrawFn, low: int, high: int) -> tuple[str, Decimal]:
    whole = draw(st.integers(low, high))
    places = draw(st.sampled_from([0, 0, 1, 2]))
    text = str(whole)
    if places:
        text += "." + "".join(str(draw(st.integers(0, 9))) for _ in range(places))
    return text, Decimal(text)


@st.composite
def count_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A count as printed and its value: "1,234", "2.5 million", "sixty-two thousand"."""
    kind = draw(st.sampled_from(["digits", "scaled", "words", "words_scaled", "hundreds"]))
    if kind == "digits":
        count = draw(st.integers(2, 99_999_999))
        return f"{count:,}", Decimal(count)
    scales = [("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]
    if kind == "scaled":
        text, base = draw(decimals(1, 999))
        scale, multiplier = draw(st.sampled_from(scales))
        return f"{text} {scale}", base * multiplier
    words, number = draw(written_numbers())
    if kind == "words":
        return words, Decimal(number)
    if kind == "hundreds":
        i = draw(st.integers(0, 8))
        return f"{ONES[i]} hundred", Decimal((i + 1) * 100)
    scale, multiplier = draw(st.sampled_from(scales))
    return f"{words} {scale}", Decimal(number * multiplier)


def at_start(template: str, expression: str) -> str:
    if template.startswith("{}"):
        expression = expression[:1].upper() + expression[1:]
    return expression


@st.composite
def count_sentences(
    draw: st.DrawFn,
) -> tuple[str, str, Decimal, str, Qualifier]:
    """A sentence with one "qualifier + number + adjectives + noun" count."""
    qualifier_text, qualifier = draw(st.sampled_from(QUALIFIERS_))
    number, value = draw(count_numbers())
    adjectives = draw(st.sampled_from(ADJECTIVES))
    noun = draw(st.sampled_from(NOUNS))
    template = draw(st.sampled_from(COUNT_TEMPLATES))
    expression = at_start(template, f"{qualifier_text}{number} {adjectives}{noun}")
    return template.format(expression), expression, value, noun, qualifier


@SETTINGS
@given(count_sentences())
def test_generated_counts_are_read_back(
    case: tuple[str, str, Decimal, str, Qualifier],
) -> None:
    sentence, expression, value, noun, qualifier = case
    quantities = extract_quantities(sentence)
    check_quantities(sentence, quantities)
    assert [row(f) for f in quantities] == [(expression, value, None, noun, qualifier)]
    (quantity,) = quantities
    assert quantity.span.start == sentence.index(expression)
    assert quantity.noun is not None
    assert quantity.noun.text == noun


@st.composite
def percent_sentences(
    draw: st.DrawFn,
) -> tuple[str, str, Decimal, Decimal | None, str, Qualifier]:
    """A sentence with one percentage: "about 4.5 percent", "30-40%", "twelve per cent"."""
    suffix, unit = draw(st.sampled_from(UNITS))
    kind = draw(st.sampled_from(["digits", "digits", "words", "range"]))
    high: Decimal | None = None
    if kind == "words":
        number, whole = draw(written_numbers())
        value = Decimal(whole)
        qualifier_text, qualifier = draw(st.sampled_from(QUALIFIERS_))
    elif kind == "digits":
        number, value = draw(decimals(0, 999))
        qualifier_text, qualifier = draw(st.sampled_from(QUALIFIERS_))
    else:
        low_text, value = draw(decimals(0, 98))
        high_text, high = draw(decimals(int(value) + 1, 99))
        number = f"{low_text}{draw(st.sampled_from(RANGE_DASHES))}{high_text}"
        qualifier_text, qualifier = draw(st.sampled_from(RANGE_QUALIFIERS))
    template = draw(st.sampled_from(PERCENT_TEMPLATES))
    expression = at_start(template, f"{qualifier_text}{number}{suffix}")
    return template.format(expression), expression, value, high, unit, qualifier


@SETTINGS
@given(percent_sentences())
def test_generated_percentages_are_read_back(
    case: tuple[str, str, Decimal, Decimal | None, str, Qualifier],
) -> None:
    sentence, expression, value, high, unit, qualifier = case
    quantities = extract_quantities(sentence)
    check_quantities(sentence, quantities)
    assert [row(f) for f in quantities] == [(expression, value, high, unit, qualifier)]
    assert quantities[0].noun is None


@SETTINGS
@given(st.integers(1800, 2099), st.sampled_from(["signed", "ended", "began", "collapsed"]))
def test_years_are_not_counts(year: int, verb: str) -> None:
    sentence = f"The accord {verb} in {year}, officials said."
    assert extract_quantities(sentence) == ()


@SETTINGS
@given(
    st.integers(1, 999),
    st.sampled_from(["hours", "days", "weeks", "months", "years", "decades", "minutes"]),
)
def test_durations_are_not_counts(number: int, unit: str) -> None:
    assert extract_quantities(f"The blockade lasted {number} {unit} in all.") == ()


@SETTINGS
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    check_quantities(text, extract_quantities(text))


_NUMBERISH = (
    "0123456789%$€£ ,.-\u2013/\u00a0\nabout more than some percent per cent pp troops "
    "people personnel million thousand two twenty hundred year hours Ii\u0130"
)


@SETTINGS
@given(st.text(alphabet=_NUMBERISH, max_size=200))
def test_number_like_noise_never_raises(text: str) -> None:
    check_quantities(text, extract_quantities(text))


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "5",
                "2006",
                "0.01",
                "1,000",
                ",",
                ".",
                "-",
                "%",
                "$",
                "€",
                "about",
                "some",
                "more than",
                "at least",
                "up to",
                "between",
                "and",
                "to",
                "percent",
                "per cent",
                "percentage points",
                "million",
                "billion",
                "two",
                "twenty-five",
                "hundred",
                "more",
                "Russian",
                "troops",
                "personnel",
                "Venezuelans",
                "dollars",
                "euros",
                "hours",
                "years",
                "F-16",
                "\n",
            ]
        ),
        max_size=40,
    )
)
def test_token_soup_never_raises(tokens: list[str]) -> None:
    text = " ".join(tokens)
    check_quantities(text, extract_quantities(text))


_POOL = [sentence for cases in GROUPS.values() for sentence, _ in cases]


@SETTINGS
@given(
    st.lists(st.sampled_from(_POOL), min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 30)), max_size=4),
)
def test_outside_keeps_a_subset(sentences: list[str], raw_spans: list[tuple[int, int]]) -> None:
    text = " ".join(sentences)
    spans = sorted(
        Span(min(start, len(text)), min(start + size, len(text))) for start, size in raw_spans
    )
    every = quantities_outside(text, [])
    kept = quantities_outside(text, spans)
    check_quantities(text, every)
    check_quantities(text, kept)
    assert set(kept) <= set(every)
    # A quantity clear of every span is always kept.
    clear = [f for f in every if not any(f.span.overlaps(span) for span in spans)]
    assert set(clear) <= set(kept)


# -- adversarial inputs ----------------------------------------------------------------
ADVERSARIAL = {
    "digits": "7" * 100_000,
    "comma_digits": "1," * 50_000,
    "dot_digits": "1." * 50_000,
    "dash_digits": "1-" * 50_000,
    "newline_digits": "5\n" * 50_000,
    "million": "million " * 12_500,
    "percent_signs": "% " * 50_000,
    "about": "about " * 16_000,
    "at_least": "at least " * 11_000 + "5 tanks",
    "number_words": "one two three " * 7_000,
    "hyphen_words": "twenty-" * 14_000,
    "plural_words": "5 " + "troops " * 14_000,
    "adjectives": ("5 " + "Russian " * 5) * 2_000,
    "to_range": "5 to " * 20_000 + "6 percent",
    "spaces": " " * 100_000 + "5 percent",
    "dollars": "$5 " * 33_000,
    "one_line": ("about 100 troops " + "x" * 100) * 800,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_inputs_complete(name: str) -> None:
    text = ADVERSARIAL[name]
    check_quantities(text, extract_quantities(text))


def test_many_quantities_are_all_found() -> None:
    text = "about 100 troops; 5 percent; " * 5_000
    quantities = extract_quantities(text)
    check_quantities(text, quantities)
    assert len(quantities) == 10_000
    assert {row(f) for f in quantities} == {
        q("about 100 troops", "100", "troops", Q.ABOUT),
        pct("5 percent", "5"),
    }


def test_each_quantity_knows_its_sentence() -> None:
    text = "Talks stalled. Then about 40 tanks crossed the river. Only 5% of the town remains."
    tanks, share = extract_quantities(text)
    assert tanks.sentence is not None
    assert share.sentence is not None
    assert tanks.sentence.of(text) == "Then about 40 tanks crossed the river."
    assert share.sentence.of(text) == "Only 5% of the town remains."


def test_within_reads_only_the_given_spans() -> None:
    text = "Video 02:15 shows 40 tanks.\nAbout 300 troops crossed."
    story = [Span(text.index("About"), len(text))]
    assert [q.text for q in quantities_outside(text, [], within=story)] == ["About 300 troops"]
    assert [q.text for q in quantities_outside(text, [])] == ["40 tanks", "About 300 troops"]

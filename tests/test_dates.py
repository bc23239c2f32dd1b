"""Dates and time expressions: ``extract_dates``, ``DateMention`` and ``DateInterval``.

Every sentence here was written for this file. The table pins down the contract:

* ``text`` is the expression as written, with the words that change its meaning
  ("since", "between", "before", "late", "the past", "less than", "a ... ago", "in"
  before a future offset) but without a bare preposition ("on Monday" is "Monday").
* ``value`` is the interval of days the expression can mean; relative expressions,
  and partial ones without a year, need the reference date and keep ``value`` None
  without one.
* Unless a case says otherwise the reference date is Wednesday 1 May 2019
  (``REF``); 26 March 2019 (``MARCH``, a Tuesday) where the case reads better then.
* Ambiguous numeric dates ("04/01/2019") are month first, as US outlets write them,
  unless the caller says ``day_first=True`` or the text has an unambiguous
  day-first date ("22/04/2019").

Rows that show a known gap are ``xfail(strict=True)`` with the reason: they must be
moved into the table when the gap is closed.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.invariants import growth_ratio

import geopol_news
from geopol_news import DateInterval, DateKind, DateMention, Granularity, Span, extract_dates
from geopol_news.dates import date_bounds, published_in
from geopol_news.model import Snippet

K = DateKind
G = Granularity
REF = date(2019, 5, 1)  # a Wednesday
MARCH = date(2019, 3, 26)  # a Tuesday
D = date.fromisoformat


def m(
    text: str,
    kind: DateKind,
    first: str | None = None,
    last: str | None = None,
    granularity: Granularity | None = None,
    **extra: object,
) -> tuple[object, ...]:
    """One expected mention: its text, kind, interval (or None) and any other fields."""
    value = None
    if first is not None:
        value = (D(first), D(last or first), granularity or G.DAY)
    return (text, kind, value, tuple(sorted(extra.items())))


def row(mention: DateMention, extra: tuple[tuple[str, object], ...]) -> tuple[object, ...]:
    value = mention.value
    got = None if value is None else (value.earliest, value.latest, value.granularity)
    fields = tuple((name, getattr(mention, name)) for name, _ in extra)
    return (mention.text, mention.kind, got, fields)


CASES: list[tuple[str, date | None, list[tuple[object, ...]]]] = [
    # -- absolute: a day or a year named in full -----------------------------------------------
    (
        "The deal was signed on March 28, 2019.",
        REF,
        [m("March 28, 2019", K.ABSOLUTE, "2019-03-28")],
    ),
    (
        "They greet each other in a Dec. 5, 2018 file photo.",
        REF,
        [m("Dec. 5, 2018", K.ABSOLUTE, "2018-12-05")],
    ),
    (
        "Talks resumed on 14 March 2024 in Geneva.",
        REF,
        [m("14 March 2024", K.ABSOLUTE, "2024-03-14")],
    ),
    (
        "Elections held on Sunday, March 10, 2024 were calm.",
        REF,
        [m("Sunday, March 10, 2024", K.ABSOLUTE, "2024-03-10")],
    ),
    ("The report is dated 2019-04-01.", REF, [m("2019-04-01", K.ABSOLUTE, "2019-04-01")]),
    (
        "The 2014 revolution in Ukraine changed that.",
        REF,
        [m("2014", K.ABSOLUTE, "2014-01-01", "2014-12-31", G.YEAR)],
    ),
    (
        "The treaty of 1987 still binds them.",
        REF,
        [m("1987", K.ABSOLUTE, "1987-01-01", "1987-12-31", G.YEAR)],
    ),
    (
        "Fighting broke out on the fourth of July, 1995.",
        REF,
        [m("the fourth of July, 1995", K.ABSOLUTE, "1995-07-04")],
    ),
    (
        "The Sept. 11, 2001 attacks changed the region.",
        REF,
        [m("Sept. 11, 2001", K.ABSOLUTE, "2001-09-11")],
    ),
    ("Ministers met on Jan 3rd 2020 in Riga.", REF, [m("Jan 3rd 2020", K.ABSOLUTE, "2020-01-03")]),
    # numeric dates: month first unless the text shows day first
    ("The memo dated 04/01/2019 was leaked.", REF, [m("04/01/2019", K.ABSOLUTE, "2019-04-01")]),
    ("The memo dated 22/04/2019 was leaked.", REF, [m("22/04/2019", K.ABSOLUTE, "2019-04-22")]),
    (
        "The memo of 22/04/2019 replaced the one dated 03/04/2019.",
        REF,
        [m("22/04/2019", K.ABSOLUTE, "2019-04-22"), m("03/04/2019", K.ABSOLUTE, "2019-04-03")],
    ),
    (
        "The note of 04/28/2019 replaced the one dated 03/04/2019.",
        REF,
        [m("04/28/2019", K.ABSOLUTE, "2019-04-28"), m("03/04/2019", K.ABSOLUTE, "2019-03-04")],
    ),
    (
        "On 1 April 2019 the memo dated 03/04/2019 was sent.",
        REF,
        [m("1 April 2019", K.ABSOLUTE, "2019-04-01"), m("03/04/2019", K.ABSOLUTE, "2019-04-03")],
    ),
    # -- partial: a month with its year, or a date without its year ------------------------------
    (
        "Opposition parties boycotted the May 2018 vote.",
        REF,
        [m("May 2018", K.PARTIAL, "2018-05-01", "2018-05-31", G.MONTH)],
    ),
    (
        "In December, two Russian planes touched down.",
        MARCH,
        [m("December", K.PARTIAL, "2018-12-01", "2018-12-31", G.MONTH, resolved=True)],
    ),
    (
        "The summit will be held in December.",
        MARCH,
        [m("December", K.PARTIAL, "2019-12-01", "2019-12-31", G.MONTH)],
    ),
    (
        "In late March, two planes carrying troops arrived.",
        REF,
        [m("late March", K.PARTIAL, "2019-03-21", "2019-03-31", G.PART_OF_MONTH, modifier="late")],
    ),
    (
        "Prices peaked in mid-November.",
        REF,
        [m("mid-November", K.PARTIAL, "2018-11-11", "2018-11-20", G.PART_OF_MONTH, modifier="mid")],
    ),
    ("Protests began on March 28.", REF, [m("March 28", K.PARTIAL, "2019-03-28")]),
    (
        "Output grew in the first quarter of 2019.",
        REF,
        [m("the first quarter of 2019", K.PARTIAL, "2019-01-01", "2019-03-31", G.SEASON)],
    ),
    ("It ended in Q3 2018.", REF, [m("Q3 2018", K.PARTIAL, "2018-07-01", "2018-09-30", G.SEASON)]),
    (
        "The offensive stalled in the fall of 2018.",
        REF,
        [m("fall of 2018", K.PARTIAL, "2018-09-01", "2018-11-30", G.SEASON)],
    ),
    (
        "A vote is due in early 2020.",
        REF,
        [m("early 2020", K.ABSOLUTE, "2020-01-01", "2020-04-30", G.SEASON, modifier="early")],
    ),
    (
        "The last three months of 2018 were the worst.",
        REF,
        [m("The last three months of 2018", K.ABSOLUTE, "2018-10-01", "2018-12-31", G.MONTH)],
    ),
    # -- relative: counted from the reference date -----------------------------------------------
    (
        "On Monday, the U.S. accused Russia of meddling.",
        MARCH,
        [m("Monday", K.RELATIVE, "2019-03-25", resolved=True)],
    ),
    (
        "The minister will travel to Caracas on Tuesday.",
        MARCH,
        [m("Tuesday", K.RELATIVE, "2019-04-02")],
    ),
    ("Pompeo said on Tuesday that he would stay.", REF, [m("Tuesday", K.RELATIVE, "2019-04-30")]),
    ("Yesterday, rebels shelled the town.", REF, [m("Yesterday", K.RELATIVE, "2019-04-30")]),
    (
        "The troops that arrived last week are advisers.",
        REF,
        [m("last week", K.RELATIVE, "2019-04-22", "2019-04-28", G.PART_OF_MONTH)],
    ),
    (
        "The vote was held a year ago.",
        REF,
        [m("a year ago", K.RELATIVE, "2018-05-01", length=1, unit="year")],
    ),
    (
        "The crisis erupted earlier this year.",
        REF,
        [m("earlier this year", K.RELATIVE, "2019-01-01", "2019-04-30", G.YEAR)],
    ),
    (
        "The talks collapsed last year.",
        REF,
        [m("last year", K.RELATIVE, "2018-01-01", "2018-12-31", G.YEAR)],
    ),
    (
        "Talks resume next month.",
        REF,
        [m("next month", K.RELATIVE, "2019-06-01", "2019-06-30", G.MONTH)],
    ),
    ("He resigned three days ago.", REF, [m("three days ago", K.RELATIVE, "2019-04-28")]),
    ("Troops will withdraw in two weeks.", REF, [m("in two weeks", K.RELATIVE, "2019-05-15")]),
    ("They met last Friday.", REF, [m("last Friday", K.RELATIVE, "2019-04-26")]),
    ("The talks end next Friday.", REF, [m("next Friday", K.RELATIVE, "2019-05-10")]),
    # "last Tuesday" on a Wednesday is last week's, as "next Friday" is next week's;
    # "this past Tuesday" is the latest one.
    ("They met last Tuesday.", REF, [m("last Tuesday", K.RELATIVE, "2019-04-23")]),
    ("They met this past Tuesday.", REF, [m("this past Tuesday", K.RELATIVE, "2019-04-30")]),
    (
        "Russian planes landed over the weekend.",
        MARCH,
        [m("the weekend", K.RELATIVE, "2019-03-23", "2019-03-24")],
    ),
    ("On Monday, it rained.", None, [m("Monday", K.RELATIVE, resolved=False)]),
    (
        "The money runs out by the end of next month.",
        REF,
        [
            m(
                "the end of next month",
                K.RELATIVE,
                "2019-06-21",
                "2019-06-30",
                G.PART_OF_MONTH,
                modifier="late",
            )
        ],
    ),
    (
        "It happened the day before yesterday.",
        REF,
        [m("the day before yesterday", K.RELATIVE, "2019-04-29")],
    ),
    # -- durations -----------------------------------------------------------------------------
    (
        "It comes less than 48 hours after the landing.",
        MARCH,
        [m("less than 48 hours", K.DURATION, length=48, unit="hour", modifier="less than")],
    ),
    (
        "Some 3 million have fled over the past five years.",
        MARCH,
        [
            m(
                "the past five years",
                K.DURATION,
                "2014-03-26",
                "2019-03-25",
                G.YEAR,
                length=5,
                unit="year",
            )
        ],
    ),
    ("The war has lasted five years.", REF, [m("five years", K.DURATION, length=5, unit="year")]),
    (
        "The ceasefire held for one and a half hours.",
        REF,
        [m("one and a half hours", K.DURATION, length=90, unit="minute")],
    ),
    ("They unveiled a 10-year plan.", REF, [m("10-year", K.DURATION, length=10, unit="year")]),
    ("He was jailed for 18 months.", REF, [m("18 months", K.DURATION, length=18, unit="month")]),
    (
        "Aid arrives within the next 10 days.",
        REF,
        [
            m(
                "within the next 10 days",
                K.DURATION,
                "2019-05-01",
                "2019-05-10",
                length=10,
                unit="day",
            )
        ],
    ),
    (
        "Two days later, the border closed.",
        REF,
        [m("Two days later", K.RELATIVE, length=2, unit="day")],
    ),
    ("Thousands have fled in recent months.", REF, [m("recent months", K.RELATIVE, unit="month")]),
    (
        "Aid grew in the past four years from $1.1bn a year.",
        REF,
        [m("the past four years", K.DURATION, "2015-05-01", "2019-04-30", G.YEAR, length=4)],
    ),
    (
        "It pledged $50bn a year for the next decade.",
        REF,
        [m("the next decade", K.DURATION, "2019-05-02", "2029-05-01", G.DECADE, length=1)],
    ),
    (
        "The overspend was less than last year's.",
        REF,
        [m("last year", K.RELATIVE, "2018-01-01", "2018-12-31", G.YEAR)],
    ),
    # -- ranges --------------------------------------------------------------------------------
    (
        "Between 2006 and 2013, Caracas bought arms.",
        REF,
        [m("Between 2006 and 2013", K.RANGE, "2006-01-01", "2013-12-31", G.YEAR)],
    ),
    (
        "Russia was a big partner, 2006 and 2013 Caracas was among the buyers.",
        REF,
        [m("2006 and 2013", K.RANGE, "2006-01-01", "2013-12-31", G.YEAR)],
    ),
    (
        "Exports rose from March to May.",
        date(2019, 9, 1),
        [m("from March to May", K.RANGE, "2019-03-01", "2019-05-31", G.MONTH)],
    ),
    (
        "The war lasted from 2014 to 2018.",
        REF,
        [m("from 2014 to 2018", K.RANGE, "2014-01-01", "2018-12-31", G.YEAR)],
    ),
    (
        "The fair ran November 18-19.",
        REF,
        [m("November 18-19", K.RANGE, "2018-11-18", "2018-11-19")],
    ),
    (
        "Talks ran Nov 18-Dec 19, 2015 in Vienna.",
        REF,
        [m("Nov 18-Dec 19, 2015", K.RANGE, "2015-11-18", "2015-12-19")],
    ),
    (
        "Over the 2014-2018 period, debt doubled.",
        REF,
        [m("2014-2018", K.RANGE, "2014-01-01", "2018-12-31", G.YEAR)],
    ),
    (
        "The 2019-20 budget was cut.",
        REF,
        [m("2019-20", K.RANGE, "2019-01-01", "2020-12-31", G.YEAR)],
    ),
    (
        "Sales fell in 2007 and 2009.",
        REF,
        [
            m("2007", K.ABSOLUTE, "2007-01-01", "2007-12-31", G.YEAR),
            m("2009", K.ABSOLUTE, "2009-01-01", "2009-12-31", G.YEAR),
        ],
    ),
    (
        "Nothing moved between Jan 2019 and today.",
        date(2020, 4, 26),
        [m("between Jan 2019 and today", K.RANGE, "2019-01-01", "2020-04-26")],
    ),
    ("It was quiet between Jan 2019 and today.", None, [m("between Jan 2019 and today", K.RANGE)]),
    # -- since ---------------------------------------------------------------------------------
    (
        "Russia has backed Maduro since 2006.",
        REF,
        [m("since 2006", K.SINCE, "2006-01-01", "2019-05-01", G.YEAR, resolved=True)],
    ),
    (
        "Prices have doubled since March.",
        REF,
        [m("since March", K.SINCE, "2019-03-01", "2019-05-01", G.MONTH)],
    ),
    (
        "Russia has backed Maduro since 2006.",
        None,
        [m("since 2006", K.SINCE, "2006-01-01", "2006-12-31", G.YEAR, resolved=False)],
    ),
    # -- decades and centuries -----------------------------------------------------------------
    (
        "They have been partners since the early 2000s.",
        REF,
        [m("the early 2000s", K.DECADE, "2000-01-01", "2003-12-31", G.DECADE, modifier="early")],
    ),
    (
        "Oil boomed in the 1990s.",
        REF,
        [m("the 1990s", K.DECADE, "1990-01-01", "1999-12-31", G.DECADE)],
    ),
    (
        "Wars of the 21st century are cheap.",
        REF,
        [m("the 21st century", K.DECADE, "2000-01-01", "2099-12-31", G.DECADE)],
    ),
    (
        "It began in the late 1980s.",
        REF,
        [m("the late 1980s", K.DECADE, "1987-01-01", "1989-12-31", G.DECADE, modifier="late")],
    ),
    # -- bounds and holidays -------------------------------------------------------------------
    (
        "No deal is possible before 2018.",
        REF,
        [m("before 2018", K.ABSOLUTE, "2018-01-01", "2018-12-31", G.YEAR, modifier="before")],
    ),
    (
        "The ban stays until March 2020.",
        REF,
        [m("until March 2020", K.PARTIAL, "2020-03-01", "2020-03-31", G.MONTH, modifier="until")],
    ),
    (
        "Shops closed on Christmas Day 2018.",
        REF,
        [m("Christmas Day 2018", K.ABSOLUTE, "2018-12-25")],
    ),
    (
        "They fought on before Easter.",
        REF,
        [m("before Easter", K.PARTIAL, "2019-04-21", modifier="before")],
    ),
    # -- compound durations: the parts summed in the smallest unit ------------------------------
    (
        "The siege lasted two weeks and three days.",
        REF,
        [m("two weeks and three days", K.DURATION, length=17, unit="day")],
    ),
    (
        "Negotiators talked for more than 1 hour and 30 minutes.",
        REF,
        [m("more than 1 hour and 30 minutes", K.DURATION, length=90, unit="minute")],
    ),
    (
        "The envoy resigned 2 weeks and 2 days ago.",
        REF,
        [m("2 weeks and 2 days ago", K.RELATIVE, "2019-04-15", length=16, unit="day")],
    ),
    # a weekday and an offset that names its week (Monday to Sunday)
    (
        "The envoy will return Monday two weeks from now.",
        D("2016-11-09"),
        [m("Monday two weeks from now", K.RELATIVE, "2016-11-21")],
    ),
    (
        "The envoy will return in 3 days on Friday.",
        D("2016-11-09"),
        [m("in 3 days on Friday", K.RELATIVE, "2016-11-11")],
    ),
    (
        "The talks resume three weeks after Christmas on Friday.",
        D("2021-01-02"),
        [m("three weeks after Christmas on Friday", K.RELATIVE, "2022-01-14")],
    ),
    (
        "The talks resumed on Monday, two weeks after the vote.",
        D("2019-03-04"),
        [m("Monday", K.RELATIVE, "2019-03-04"), m("two weeks", K.DURATION, length=2, unit="week")],
    ),
    (
        "He spent 2 years, 1 month and 21 days in custody.",
        REF,
        [m("2 years, 1 month and 21 days", K.DURATION, length=781, unit="day")],
    ),
    (
        "The mission was extended by one year and a quarter.",
        REF,
        [m("one year and a quarter", K.DURATION, length=5, unit="quarter")],
    ),
    (
        "Rebels have held the town for the past 3 months and 2 weeks.",
        REF,
        [m("the past 3 months and 2 weeks", K.DURATION, "2019-01-18", "2019-04-30", G.MONTH)],
    ),
    (  # a larger unit after a smaller one starts a new duration
        "It took two days and three weeks.",
        REF,
        [
            m("two days", K.DURATION, length=2, unit="day"),
            m("three weeks", K.DURATION, length=3, unit="week"),
        ],
    ),
    ("Monitors counted three weekends of protests.", REF, [m("three weekends", K.DURATION)]),
    ("A one second delay cost the race.", REF, [m("one second", K.DURATION, length=1)]),
    (  # "in ... time" is always ahead
        "The mission ends in a year's time, diplomats said.",
        REF,
        [m("in a year's time", K.RELATIVE, "2020-05-01", length=1, unit="year")],
    ),
    # -- years written in words after a month or a day -----------------------------------------
    (
        "The dissident was born on January twenty five nineteen eighty six.",
        REF,
        [m("January twenty five nineteen eighty six", K.ABSOLUTE, "1986-01-25")],
    ),
    (
        "The treaty was signed on 6 April seventeen hundred thirty three.",
        REF,
        [m("6 April seventeen hundred thirty three", K.ABSOLUTE, "1733-04-06")],
    ),
    (
        "The base opened in October two thousand and five.",
        REF,
        [m("October two thousand and five", K.PARTIAL, "2005-10-01", "2005-10-31", G.MONTH)],
    ),
    (
        "The ceasefire of March 3 nineteen ninety-six held.",
        REF,
        [m("March 3 nineteen ninety-six", K.ABSOLUTE, "1996-03-03")],
    ),
    # -- the nth day, week or month of a period --------------------------------------------------
    (
        "Voting ends on the 15th day of next month.",
        REF,
        [m("the 15th day of next month", K.RELATIVE, "2019-06-15")],
    ),
    (
        "The strike began on the twenty third day of September 2018.",
        REF,
        [m("the twenty third day of September 2018", K.ABSOLUTE, "2018-09-23")],
    ),
    (
        "Payments resume in the third month of 2021.",
        REF,
        [m("the third month of 2021", K.ABSOLUTE, "2021-03-01", "2021-03-31", G.MONTH)],
    ),
    (  # a week belongs to the period holding its Thursday, as ISO weeks do
        "Schools reopen in the first week of 2021.",
        REF,
        [m("the first week of 2021", K.ABSOLUTE, "2021-01-04", "2021-01-10", G.PART_OF_MONTH)],
    ),
    (
        "Troops left in the last week of 2019.",
        REF,
        [m("the last week of 2019", K.ABSOLUTE, "2019-12-23", "2019-12-29", G.PART_OF_MONTH)],
    ),
    (
        "Aid arrived in the 2nd week of Feb.",
        REF,
        [m("the 2nd week of Feb", K.PARTIAL, "2019-02-11", "2019-02-17", G.PART_OF_MONTH)],
    ),
    (
        "The last 3 weeks of 2019 were calm.",
        REF,
        [m("The last 3 weeks of 2019", K.ABSOLUTE, "2019-12-09", "2019-12-29", G.PART_OF_MONTH)],
    ),
    (
        "Inspectors return in the last week of this month.",
        REF,
        [m("the last week of this month", K.RELATIVE, "2019-05-27", "2019-06-02", G.PART_OF_MONTH)],
    ),
    # -- a weekday with its date, and weekday ranges ----------------------------------------------
    (  # the weekday picks the nearest year that fits it, within a year of the reference
        "The rally on Friday, Dec. 28 drew thousands.",
        date(2019, 1, 5),
        [m("Friday, Dec. 28", K.PARTIAL, "2018-12-28")],
    ),
    (  # no year near the reference fits: the weekday is a slip, the tense decides
        "The vote on Tuesday March 7 was close.",
        date(2018, 3, 14),
        [m("Tuesday March 7", K.PARTIAL, "2018-03-07")],
    ),
    (
        "The strike ran from Monday to Thursday.",
        MARCH,
        [m("from Monday to Thursday", K.RANGE, "2019-03-18", "2019-03-21")],
    ),
    (
        "Offices close from next Monday to Friday.",
        MARCH,
        [m("from next Monday to Friday", K.RANGE, "2019-04-01", "2019-04-05")],
    ),
    (  # "will have": the modal decides the tense, not "have"
        "The two leaders will have a call in 2 weeks.",
        REF,
        [m("in 2 weeks", K.RELATIVE, "2019-05-15")],
    ),
    # -- month names in lower case: only beside a day, a year or another month -----------------
    (
        "Exports rose between august and october.",
        REF,
        [m("between august and october", K.RANGE, "2018-08-01", "2018-10-31", G.MONTH)],
    ),
    (
        "Sales from april to June in 2017 were weak.",
        REF,
        [m("from april to June in 2017", K.RANGE, "2017-04-01", "2017-06-30", G.MONTH)],
    ),
    (
        "Ministers met on february twenty second.",
        REF,
        [m("february twenty second", K.PARTIAL, "2019-02-22")],
    ),
    (  # a day range in words before its month
        "Leave runs from ninth till seventeenth of april.",
        REF,
        [m("ninth till seventeenth of april", K.RANGE, "2019-04-09", "2019-04-17")],
    ),
    (  # the second day before the first: the range starts in the month before
        "Leave ran from the twenty-seventh to the third of april.",
        REF,
        [m("the twenty-seventh to the third of april", K.RANGE, "2019-03-27", "2019-04-03")],
    ),
    ("He said it may rain in june, but may not; a june bug and an april fool.", REF, []),
    (  # a day in words before a month and its year
        "She was born on twenty five January nineteen eighty six.",
        REF,
        [m("twenty five January nineteen eighty six", K.ABSOLUTE, "1986-01-25")],
    ),
    (
        "In one January 2019 raid, police struck.",
        REF,
        [m("January 2019", K.PARTIAL, "2019-01-01", "2019-01-31", G.MONTH)],
    ),
    (  # two days of one month: each its own date
        "Voting was held on 18 and 19 June.",
        REF,
        [m("18", K.PARTIAL, "2018-06-18"), m("19 June", K.PARTIAL, "2018-06-19")],
    ),
    # -- holidays in lower case (after a cue), holiday weekends, "last Easter" ------------------
    (
        "Stocks fell before independence day.",
        REF,
        [m("before independence day", K.PARTIAL, "2018-07-04", modifier="before")],
    ),
    ("When was the last easter?", REF, [m("the last easter", K.RELATIVE, "2019-04-21")]),
    ("Talks resume next easter.", REF, [m("next easter", K.RELATIVE, "2020-04-12")]),
    ("An easter egg hunt and a new year of talks began.", REF, []),
    (  # a Monday holiday's weekend runs Saturday to Monday
        "Traffic peaked over the Labor Day weekend.",
        REF,
        [m("the Labor Day weekend", K.PARTIAL, "2018-09-01", "2018-09-03")],
    ),
    (  # Thanksgiving's runs Thursday to Sunday
        "They will travel the weekend of thanksgiving 2023.",
        REF,
        [m("the weekend of thanksgiving 2023", K.ABSOLUTE, "2023-11-23", "2023-11-26")],
    ),
    (
        "A parade marked the independence day of this year.",
        REF,
        [m("the independence day of this year", K.RELATIVE, "2019-07-04")],
    ),
    # -- windows, runs, business days, "to date" ---------------------------------------------------
    (  # the count before its shift
        "Prices rose in the 5 past years.",
        REF,
        [m("the 5 past years", K.DURATION, "2014-05-01", "2019-04-30", G.YEAR, length=5)],
    ),
    (
        "We will be only 3 next week.",
        REF,
        [m("next week", K.RELATIVE, "2019-05-06", "2019-05-12", G.PART_OF_MONTH)],
    ),
    (  # a fortnight is two weeks, counted from this week's Monday in steps of two
        "The ferry runs again in the next fortnight.",
        REF,
        [m("the next fortnight", K.RELATIVE, "2019-05-13", "2019-05-26", G.PART_OF_MONTH)],
    ),
    (
        "Prices fell over the last fortnight.",
        REF,
        [m("the last fortnight", K.RELATIVE, "2019-04-15", "2019-04-28", G.PART_OF_MONTH)],
    ),
    (  # Monday to Friday only: from Wednesday 1 May, ten working days end on 14 May
        "The court must rule within 10 business days.",
        REF,
        [m("within 10 business days", K.DURATION, "2019-05-01", "2019-05-14", length=10)],
    ),
    (
        "Ballots are counted over the next 4 working days.",
        REF,
        [m("the next 4 working days", K.DURATION, "2019-05-02", "2019-05-07", unit="day")],
    ),
    (  # a duration that starts on a date
        "A curfew will be imposed for two weeks starting May 20.",
        REF,
        [
            m(
                "two weeks starting May 20",
                K.RANGE,
                "2019-05-20",
                "2019-06-02",
                G.PART_OF_MONTH,
                length=2,
                unit="week",
            )
        ],
    ),
    (
        "Offices close for 3 days from today.",
        REF,
        [m("3 days from today", K.RANGE, "2019-05-01", "2019-05-03", length=3)],
    ),
    (
        "It lasted for five years, from 2010 to 2015.",
        REF,
        [
            m("five years", K.DURATION, length=5, unit="year"),
            m("from 2010 to 2015", K.RANGE, "2010-01-01", "2015-12-31", G.YEAR),
        ],
    ),
    (
        "It was the largest attack to date.",
        REF,
        [m("to date", K.RELATIVE, "2019-05-01", modifier="until")],
    ),
    (  # "earlier" and "to date": the days before the reference
        "Shares are down 20% year to date.",
        REF,
        [m("year to date", K.RELATIVE, "2019-01-01", "2019-04-30", G.YEAR)],
    ),
    ("Keep up to date; she refused to date him.", REF, []),
    # -- week numbers, fiscal years, "the day after", decades and years in words ----------------
    (
        "Sales fell in week 3 of 2027 and rose in calendar week 23.",
        REF,
        [
            m("week 3 of 2027", K.ABSOLUTE, "2027-01-18", "2027-01-24", G.PART_OF_MONTH),
            m("calendar week 23", K.RELATIVE, "2019-06-03", "2019-06-09", G.PART_OF_MONTH),
        ],
    ),
    ("In week 3 of the strike, the union met. In the week 2 soldiers died.", REF, []),
    (  # a fiscal year is found, not placed; a calendar year is the calendar's
        "Profits rose in the last fiscal year and this calendar year.",
        REF,
        [
            m("last fiscal year", K.RELATIVE),
            m("this calendar year", K.RELATIVE, "2019-01-01", "2019-12-31", G.YEAR),
        ],
    ),
    (
        "Shops reopened the day after Christmas.",
        REF,
        [m("the day after Christmas", K.RELATIVE, "2018-12-26", modifier="after")],
    ),
    (  # from another event of the story: not placed
        "He had left the day before.",
        REF,
        [m("the day before", K.RELATIVE, length=1, unit="day")],
    ),
    (  # "the following", "the previous" and, in a past clause, "the next" count from
        # another event of the story too
        "The following week, the ferries stopped.",
        REF,
        [m("The following week", K.RELATIVE, length=1, unit="week", modifier="after")],
    ),
    (
        "The next day, the ferries stopped.",
        REF,
        [m("The next day", K.RELATIVE, length=1, unit="day", modifier="after")],
    ),
    (
        "The previous day, the ferries had stopped.",
        REF,
        [m("The previous day", K.RELATIVE, length=1, unit="day", modifier="before")],
    ),
    (  # in a future clause "the next week" is the reference's next one
        "The next week will be hard.",
        REF,
        [m("The next week", K.RELATIVE, "2019-05-06", "2019-05-12", G.PART_OF_MONTH)],
    ),
    (  # after "in", "over" ...: a neighbour of the reference's period
        "Prices rose over the previous week.",
        REF,
        [m("the previous week", K.RELATIVE, "2019-04-22", "2019-04-28", G.PART_OF_MONTH)],
    ),
    (  # a day of the month alone is placed by the tense: past, the latest on or before
        "Leaders met on the 18th.",
        REF,
        [m("the 18th", K.RELATIVE, "2019-04-18")],
    ),
    (
        "Leaders will meet on the 18th.",
        REF,
        [m("the 18th", K.RELATIVE, "2019-05-18")],
    ),
    (  # a part of a week: its first three days, the three around Wednesday, its last four
        "The vote is due by the end of the week.",
        REF,
        [m("the end of the week", K.RELATIVE, "2019-05-02", "2019-05-05", G.PART_OF_MONTH)],
    ),
    (
        "They met in the middle of last week.",
        REF,
        [m("the middle of last week", K.RELATIVE, "2019-04-23", "2019-04-25", G.PART_OF_MONTH)],
    ),
    (  # "all" before a unit word: one whole unit
        "Fighting raged all night and the market fell all week.",
        REF,
        [
            m("all night", K.DURATION, length=1, unit="day"),
            m("all week", K.DURATION, length=1, unit="week"),
        ],
    ),
    ("He was not at all day-to-day in his work.", REF, []),
    (  # fraction characters count: "½ hour", "2½ years"
        "The call took ½ hour; the trial lasted 2½ years.",
        REF,
        [
            m("½ hour", K.DURATION, length=30, unit="minute"),
            m("2½ years", K.DURATION, length=30, unit="month"),
        ],
    ),
    (  # a month after its year, in year-first order; "May" there is no month
        "Prices peaked in 2017 April, and in 2018 May said so.",
        REF,
        [
            m("2017 April", K.PARTIAL, "2017-04-01", "2017-04-30", G.MONTH),
            m("2018", K.ABSOLUTE, "2018-01-01", "2018-12-31", G.YEAR),
        ],
    ),
    (  # a workweek is Monday to Friday
        "The bill passes next workweek.",
        REF,
        [m("next workweek", K.RELATIVE, "2019-05-06", "2019-05-10", G.PART_OF_MONTH)],
    ),
    (
        "It will happen this working week.",
        REF,
        [m("this working week", K.RELATIVE, "2019-04-29", "2019-05-03", G.PART_OF_MONTH)],
    ),
    (  # a year past 2100 after a cue; other such numbers count things
        "Seas may rise by 2150, flooding 2150 homes.",
        REF,
        [m("by 2150", K.ABSOLUTE, "2150-01-01", "2150-12-31", G.YEAR)],
    ),
    (  # hours written "48h"; "1H" is a half year in results
        "The ultimatum expired after 48h.",
        REF,
        [m("48h", K.DURATION, length=48, unit="hour")],
    ),
    (
        "Results for 1H 2019 were weak.",
        REF,
        [m("2019", K.ABSOLUTE, "2019-01-01", "2019-12-31", G.YEAR)],
    ),
    (  # the week of a day of the reference's month, placed by the tense
        "They met the week of the 18th.",
        REF,
        [m("the week of the 18th", K.RELATIVE, "2019-04-15", "2019-04-21", G.PART_OF_MONTH)],
    ),
    (
        "Talks will resume the week of the 18th.",
        REF,
        [m("the week of the 18th", K.RELATIVE, "2019-05-13", "2019-05-19", G.PART_OF_MONTH)],
    ),
    (  # weekday abbreviations that are no word are read alone; "Sun", "Sat" are words
        "She sat on the Sun deck; the vote is on Thurs.",
        REF,
        [m("Thurs", K.RELATIVE, "2019-04-25")],
    ),
    (  # "a couple" counts two
        "They spoke a couple of days ago.",
        REF,
        [m("a couple of days ago", K.RELATIVE, "2019-04-29", length=2, unit="day")],
    ),
    ("The war lasted a couple years.", REF, [m("a couple years", K.DURATION, length=2)]),
    ("A couple said it was fine.", REF, []),
    (  # a vague span ahead: read, with no value, as "the next few weeks"
        "A deal is expected in the coming weeks.",
        REF,
        [m("the coming weeks", K.RELATIVE, unit="week")],
    ),
    (  # "the last days of" is no span of the reference's
        "He was there in the last days of the war.",
        REF,
        [],
    ),
    (  # a half of the reference's year, or of the year before or after it
        "Profits rose in the second half of last year.",
        REF,
        [m("the second half of last year", K.RELATIVE, "2018-07-01", "2018-12-31", G.SEASON)],
    ),
    (  # a half of a year, as "H2 2018"
        "Profits doubled in the second half of 2018.",
        REF,
        [m("the second half of 2018", K.PARTIAL, "2018-07-01", "2018-12-31", G.SEASON)],
    ),
    (  # a part of a year glued to it with a hyphen
        "Sales rose in mid-2018.",
        REF,
        [m("mid-2018", K.ABSOLUTE, "2018-05-01", "2018-08-31", G.SEASON, modifier="mid")],
    ),
    (
        "Talks resume the week after next.",
        REF,
        [m("the week after next", K.RELATIVE, "2019-05-13", "2019-05-19", G.PART_OF_MONTH)],
    ),
    (
        "It happened the year before 2015.",
        REF,
        [m("the year before 2015", K.RELATIVE, "2014-01-01", "2014-12-31", G.YEAR)],
    ),
    (
        "It began in the late eighties.",
        REF,
        [m("the late eighties", K.DECADE, "1987-01-01", "1989-12-31", G.DECADE, modifier="late")],
    ),
    ("A man in his forties and women in their fifties spoke.", REF, []),
    (
        "They left in nineteen ninety six.",
        REF,
        [m("nineteen ninety six", K.ABSOLUTE, "1996-01-01", "1996-12-31", G.YEAR)],
    ),
    ("A crowd of two thousand people and nineteen tanks came.", REF, []),
    (  # a window, then an offset: not one compound
        "They fought for the last 3 months and 2 days ago they won.",
        REF,
        [
            m("the last 3 months", K.DURATION, "2019-02-01", "2019-04-30", G.MONTH),
            m("2 days ago", K.RELATIVE, "2019-04-29"),
        ],
    ),
    # -- negatives: not dates ------------------------------------------------------------------
    ("The 5th Fleet and the 15th Army moved on the 88th day of the siege.", REF, []),
    ("He won a second term; for a second time the vote was close.", REF, []),
    ("On May 5 two thousand people marched.", REF, [m("May 5", K.PARTIAL, "2018-05-05")]),
    ("He paid $2,019 for the 1,500 tanks and $70-$80 million a year.", REF, []),
    ("The F-16 and the Il-62M landed; the AN-124 and a Boeing 737 followed.", REF, []),
    ("The videos run 04:40 and 6:16; the call began at 10:30 a.m.", REF, []),
    ("A 48-year-old man was arrested; he is 48 years old.", REF, []),
    ("Barcelona won 3-1 and drew 2-2 in the return leg.", REF, []),
    ("Prime Minister Theresa May said the talks failed.", REF, []),
    ("Thousands joined a protest march in the capital.", REF, []),
    ("May we ask a question? The March on Washington was huge.", REF, []),
    ("Staff work 24/7 and 1/2 of them quit after 9/11.", REF, []),
    ("The army sent 2000 troops and 1500 tanks.", REF, []),
    ("Most of them are in their 20s.", REF, []),
    ("Revenue grew 12.5 percent, or 2019 points, at the end of the day.", REF, []),
    ("The Sun reported that Wed and Sat are busy.", REF, []),
    ("Section 2.4.1 of the 0.01 percent rule applies.", REF, []),
    ("Some 3 million Venezuelans have left.", REF, []),
]

KNOWN_GAPS: list[object] = []


@pytest.mark.parametrize(("text", "reference", "expected"), [*CASES, *KNOWN_GAPS])
def test_table(text: str, reference: date | None, expected: list[tuple[object, ...]]) -> None:
    found = extract_dates(text, reference)
    got = [row(mention, want[3]) for mention, want in zip(found, expected, strict=False)]  # type: ignore[arg-type]
    assert got == expected
    assert len(found) == len(expected), [mention.text for mention in found]
    for mention in found:
        assert mention.span.of(text) == mention.text


def test_the_table_is_large_and_covers_every_kind() -> None:
    assert len(CASES) >= 60
    kinds = {want[1] for _, _, expected in CASES for want in expected}
    assert kinds == set(DateKind)
    assert sum(1 for _, _, expected in CASES if not expected) >= 10  # negatives


# -- options and the API ------------------------------------------------------------------------
def test_day_first_is_the_callers_choice() -> None:
    (month_first,) = extract_dates("The memo dated 04/01/2019 was leaked.")
    (day_first,) = extract_dates("The memo dated 04/01/2019 was leaked.", day_first=True)
    assert month_first.value is not None
    assert month_first.value.earliest == date(2019, 4, 1)
    assert day_first.value is not None
    assert day_first.value.earliest == date(2019, 1, 4)


def test_written_day_first_dates_make_numeric_dates_day_first() -> None:
    text = "On 1 April 2019 the memo dated 03/04/2019 arrived; on 2 April 2019 it leaked."
    numeric = [mention for mention in extract_dates(text) if "/" in mention.text]
    assert [mention.value.earliest for mention in numeric if mention.value] == [date(2019, 4, 3)]


def test_a_datetime_reference_counts_by_its_date() -> None:
    from datetime import datetime

    (mention,) = extract_dates("It rained yesterday.", datetime(2019, 5, 1, 23, 59))
    assert mention.value is not None
    assert mention.value.earliest == date(2019, 4, 30)


def test_without_a_reference_nothing_relative_is_resolved() -> None:
    text = "On Monday, in December, last week, a year ago and earlier this year it rained."
    found = extract_dates(text)
    assert [mention.text for mention in found] == [
        "Monday",
        "December",
        "last week",
        "a year ago",
        "earlier this year",
    ]
    assert all(mention.value is None and not mention.resolved for mention in found)


def test_within_limits_what_is_read() -> None:
    text = "In 2014 it began. In 2016 it ended."
    assert [m.text for m in extract_dates(text, within=[Span(18, len(text))])] == ["2016"]
    assert extract_dates(text, within=[]) == ()


def test_sentences_hold_their_mentions() -> None:
    text = "Talks began in 2014. They ended on Monday, U.S. officials said. More soon."
    found = extract_dates(text, REF)
    assert [mention.sentence.of(text) for mention in found if mention.sentence] == [
        "Talks began in 2014.",
        "They ended on Monday, U.S. officials said.",
    ]


def test_bad_arguments_raise_type_errors() -> None:
    with pytest.raises(TypeError):
        extract_dates(b"2019")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract_dates("2019", "2019-05-01")  # type: ignore[arg-type]


def test_interval_checks_its_order_and_reads_well() -> None:
    interval = DateInterval(date(2019, 3, 21), date(2019, 3, 31), G.PART_OF_MONTH)
    assert str(interval) == "2019-03-21..2019-03-31 (part_of_month)"
    assert interval.days == 11
    assert date(2019, 3, 25) in interval
    assert "x" not in interval
    with pytest.raises(ValueError, match="before it starts"):
        DateInterval(date(2019, 3, 31), date(2019, 3, 21))


def test_public_names_are_exported() -> None:
    for name in (
        "DateInterval",
        "DateKind",
        "DateMention",
        "DatedEvent",
        "Granularity",
        "extract_dates",
    ):
        assert name in geopol_news.__all__
        assert hasattr(geopol_news, name)


# -- publication stamps and bounds -------------------------------------------------------------
STAMPS = [
    ("Published 3:12 PM ET Mon, 1 April 2019", date(2019, 4, 1)),
    ("Updated Apr 3, 2019", date(2019, 4, 3)),
    ("PUBLISHED: 12:01 EST, 2 April 2019 | UPDATED: 09:15 EST, 3 April 2019", date(2019, 4, 2)),
    ("Last Modified: March 28, 2019", date(2019, 3, 28)),
    ("Updated on: April 1, 2019 / 10:32 AM / Example Wire", date(2019, 4, 1)),
    ("Updated March 5, 2024, 9:12 a.m. ET | Published March 4, 2024", date(2024, 3, 4)),
    ("Posted on 2019-04-01 at 08:00", date(2019, 4, 1)),
    ("By Jane Roe | April 2, 2019", date(2019, 4, 2)),
]


@pytest.mark.parametrize(("line", "expected"), STAMPS)
def test_publication_stamps(line: str, expected: date) -> None:
    assert published_in([Snippet(line, Span(0, len(line)))]) == expected


def test_no_stamp_no_date() -> None:
    line = "By Jane Roe, Example Wire"
    assert published_in([Snippet(line, Span(0, len(line)))]) is None
    assert published_in([]) is None


def test_date_bounds_use_the_latest_past_absolute_date() -> None:
    text = "Talks began on March 28, 2019 after a 2018 deal. They will resume in 2030."
    bounds = date_bounds(extract_dates(text), text)
    assert bounds == DateInterval(date(2019, 3, 28), date.max, G.DAY)
    assert date_bounds(extract_dates("On Monday it rained."), "On Monday it rained.") is None


def test_parse_article_reads_the_stamp_and_resolves_against_it() -> None:
    text = (
        "Ferry drills agreed\n\nBy Jane Roe, Example Wire\n"
        "Published 9:40 AM ET Thu, 14 March 2024\n\n"
        "LINDHOLM -- Operators agreed on Wednesday to hold joint drills in May.\n\n"
        "The last drill was held in 2019."
    )
    article = geopol_news.parse_article(text)
    assert article.published == date(2024, 3, 14)
    by_text = {mention.text: mention for mention in article.dates}
    assert by_text["Wednesday"].value == DateInterval(date(2024, 3, 13), date(2024, 3, 13))
    assert by_text["2019"].value is not None
    assert article.date_bounds == DateInterval(date(2019, 1, 1), date.max)
    assert "Published" not in " ".join(by_text)  # the stamp itself is not a story date
    caller = geopol_news.parse_article(text, published=date(2024, 3, 20))
    assert caller.published == date(2024, 3, 20)
    assert {m.text: m for m in caller.dates}["Wednesday"].value == DateInterval(
        date(2024, 3, 20), date(2024, 3, 20)
    )


def test_timeline_orders_the_dated_sentences() -> None:
    text = "Talks\n\nThey met again on Monday. The first round was held in 2014. More soon."
    article = geopol_news.parse_article(text, published=MARCH)
    assert [(str(event.when.earliest), event.sentence.text) for event in article.timeline()] == [
        ("2014-01-01", "The first round was held in 2014."),
        ("2019-03-25", "They met again on Monday."),
    ]


# -- properties ---------------------------------------------------------------------------------
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SHORT = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def day_styles(day: date) -> list[str]:
    """One day written in the styles news uses."""
    name, short = MONTHS[day.month - 1], SHORT[day.month - 1]
    styles = [
        f"{name} {day.day}, {day.year}",
        f"{short} {day.day}, {day.year}",
        f"{day.day} {name} {day.year}",
        f"{name} {_ordinal(day.day)}, {day.year}",
        f"the {_ordinal(day.day)} of {name}, {day.year}",
        f"{WEEKDAYS[day.weekday()]}, {name} {day.day}, {day.year}",
        f"{WEEKDAYS[day.weekday()][:3]} {day.day} {name[:3]} {day.year}",
        day.isoformat(),
        day.strftime("%Y%m%d"),
    ]
    if day.day > 12:  # unambiguous numeric dates, month first and day first
        styles += [f"{day.month}/{day.day}/{day.year}", f"{day.day}/{day.month}/{day.year}"]
    return styles


TEMPLATES = [
    "The talks ended on {}.",
    "On {}, officials met in the capital.",
    "Officials said {} was the deadline.",
    "({})",
    "A photo taken {} in Caracas.",
]


@SETTINGS
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(0, 100),
    st.sampled_from(TEMPLATES),
)
def test_a_day_in_any_style_reads_back(day: date, pick: int, template: str) -> None:
    styles = day_styles(day)
    surface = styles[pick % len(styles)]
    text = template.format(surface)
    found = extract_dates(text, REF)
    assert len(found) == 1, (text, [mention.text for mention in found])
    (mention,) = found
    assert mention.value == DateInterval(day, day, G.DAY), text
    assert surface in mention.text or mention.text in surface
    assert mention.kind is K.ABSOLUTE


@SETTINGS
@given(
    st.integers(1900, 2099),
    st.integers(1, 12),
    st.sampled_from(["in {} {}", "the {} {} vote", "by {} {}", "until {} {}"]),
)
def test_a_month_and_year_read_back(year: int, month: int, template: str) -> None:
    text = f"It was set {template.format(MONTHS[month - 1], year)}."
    (mention,) = extract_dates(text)
    assert mention.value is not None
    assert (mention.value.earliest, mention.value.granularity) == (date(year, month, 1), G.MONTH)
    assert mention.value.latest.month == month
    assert (mention.value.latest + timedelta(days=1)).day == 1


@SETTINGS
@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(WEEKDAYS)
)
def test_a_weekday_is_the_latest_one_on_or_before_the_reference(
    reference: date, weekday: str
) -> None:
    (mention,) = extract_dates(f"Officials met on {weekday}.", reference)
    assert mention.value is not None
    assert mention.resolved
    day = mention.value.earliest
    assert day.strftime("%A") == weekday
    assert 0 <= (reference - day).days <= 6
    (later,) = extract_dates(f"Officials will meet on {weekday}.", reference)
    assert later.value is not None
    assert 1 <= (later.value.earliest - reference).days <= 7


def check(text: str, found: tuple[DateMention, ...]) -> None:
    previous_end = 0
    for mention in found:
        assert mention.span.of(text) == mention.text
        assert mention.span.start >= previous_end, "mentions overlap"
        previous_end = mention.span.end
        if mention.sentence is not None:
            assert mention.sentence.contains(mention.span)
        if mention.value is not None:
            assert mention.value.earliest <= mention.value.latest


@SETTINGS
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    check(text, extract_dates(text))
    check(text, extract_dates(text, REF))


_DATEISH = (
    "0123456789 ,.-/\u2013\u00a0\n'thstndrd of the in on since between and to from last next this "
    "past early late mid- May March Dec. Monday week weeks year years ago day days quarter Q "
    "summer before after until"
)


@SETTINGS
@given(st.text(alphabet=_DATEISH, max_size=200), st.dates(min_value=date(1, 1, 1)))
def test_date_like_noise_never_raises(text: str, reference: date) -> None:
    check(text, extract_dates(text, reference))


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "2019",
                "12",
                "3",
                "/",
                "-",
                ",",
                " ",
                ".",
                "May",
                "March",
                "Monday",
                "the",
                "since",
                "between",
                "and",
                "to",
                "last",
                "week",
                "years",
                "ago",
                "early",
                "2000s",
                "Q1",
                "1st",
                "of",
                "in",
                "a",
                "five",
                "past",
                "9999",
                "0000",
                "31",
                "02/29",
            ]
        ),
        max_size=40,
    ),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
)
def test_pieces_of_dates_never_raise(pieces: list[str], reference: date) -> None:
    text = "".join(pieces)
    check(text, extract_dates(text, reference))
    spaced = " ".join(pieces)
    check(spaced, extract_dates(spaced, reference, day_first=True))


# -- linear time ----------------------------------------------------------------------------------
RUNS = {
    # one unit repeated: shapes that could make a reader go back over what it read
    "digits": "1234567890",
    "may": "May ",
    "month-year": "March 2019 ",
    "numeric": "1/2/",
    "between": "between 2006 and ",
    "weeks": "the past five weeks ",
    "weekdays": "Monday, ",
    "dashes": "2019-",
    "ordinals": "the 1st of ",
    "since": "since since ",
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_extraction_time_grows_linearly(name: str) -> None:
    """Four times the input must not take ten times as long (quadratic would be ~16x)."""
    unit = RUNS[name]
    small, large = unit * (10_000 // len(unit)), unit * (40_000 // len(unit))
    ratio = growth_ratio(lambda text: extract_dates(text, REF), small, large, bound=10)
    assert ratio < 10, f"{name}: 4x the input took {ratio:.1f}x as long"


def test_a_megabyte_of_news_grows_linearly() -> None:
    story = (
        "On Monday, the U.S. accused Russia of meddling. Since 2006 Moscow has sold arms worth "
        "$11.4 billion; in late March, two planes landed, less than 48 hours after a May 2018 "
        "vote. Between 2006 and 2013 Caracas bought jets.\n\n"
    )
    small = story * (250_000 // len(story))
    large = story * (1_000_000 // len(story))
    ratio = growth_ratio(lambda text: extract_dates(text, REF), small, large, bound=8)
    assert ratio < 8, f"1 MB took {ratio:.1f}x as long as 250 KB"


def test_many_mentions_in_one_sentence_stay_linear() -> None:
    small = "In 2014, " * 1_000 + "it ended."
    large = "In 2014, " * 4_000 + "it ended."
    ratio = growth_ratio(lambda text: extract_dates(text, REF), small, large, bound=10)
    assert ratio < 10


def test_adjacent_years_do_not_chain_into_one_range() -> None:
    found = extract_dates(" ".join(["2006 and 2013"] * 3), REF)
    assert all(mention.kind is K.RANGE for mention in found)
    assert all(len(mention.text) == len("2006 and 2013") for mention in found)


def test_pairs_of_spans_never_overlap_in_long_runs() -> None:
    text = "".join(
        itertools.islice(itertools.cycle(["May 2018 ", "and ", "2019 ", "to ", "Monday "]), 500)
    )
    check(text, extract_dates(text, REF))


# -- the example -----------------------------------------------------------------------------
def test_timeline_example_merges_two_articles() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, str(root / "examples" / "timeline.py")],
        cwd=root,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "(published 2024-03-14)" in out
    assert "(published 2024-04-02)" in out
    dated = [line for line in out.splitlines() if line[:4].isdigit()]
    days = [line.split()[0] for line in dated]
    assert days == sorted(days), out
    assert any("[1]" in line for line in dated)
    assert any("[2]" in line for line in dated)
    # "on Saturday" in the sample resolves against its own stamp, "on Monday" in the
    # follow-up against its own
    assert any(line.startswith("2024-03-09") and "[1]" in line for line in dated), out
    assert any(line.startswith("2024-04-01") and "[2]" in line for line in dated), out

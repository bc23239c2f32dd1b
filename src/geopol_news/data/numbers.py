"""Number words, scales, hedges and periods for figures in news text.

Plain data only; :mod:`geopol_news.money` compiles what it needs at import
time. Every key is lower case and matched case-insensitively; multi-word keys
are written with single spaces (the parser allows any run of whitespace).
Exponents are powers of ten: ``MULTIPLIERS["million"] == 6``.

To extend: add the phrase to the right table; if it could also be read as
ordinary text, say so in a one-line comment, as for "m" and "t" below.
"""

from __future__ import annotations

from decimal import Decimal

from geopol_news.model import Magnitude, Period, Qualifier

__all__ = [
    "COLLECTIVE_NOUNS",
    "COUNT_MODIFIERS",
    "COUNT_STOP_WORDS",
    "FRACTIONS",
    "LABEL_NOUNS",
    "MULTIPLIERS",
    "NUMBER_WORDS",
    "PERCENT_WORDS",
    "PERIODS",
    "QUALIFIERS",
    "RELATIVE_TIME_WORDS",
    "SCALE_ABBREVIATIONS",
    "TIME_UNITS",
    "VAGUE_AMOUNTS",
    "VULGAR_FRACTIONS",
    "YEAR_OPENERS",
]

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
"""Cardinal words; "twenty-five" is two entries joined by the parser. "a"/"an"
("a million") and "dozen" are the parser's business, not listed here."""

MULTIPLIERS: dict[str, int] = {
    "hundred": 2,
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
    # Indian numbering: lakh = 100,000, crore = 10,000,000 ("7 lakh rupees",
    # "Rs 5 crore"); "lakh crore" multiplies (10^12). Plurals appear in Indian English.
    "lakh": 5,
    "lakhs": 5,
    "lac": 5,
    "lacs": 5,
    "crore": 7,
    "crores": 7,
}
"""Number words that multiply the figure before them, as powers of ten.
Plurals of the Western scales ("millions") are vague amounts, see VAGUE_AMOUNTS."""

SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 3,
    # "thou" is left out: archaic pronoun, and news does not write "5 thou".
    # "m" is risky after a bare number ("5m" is often metres): the parser should
    # take it only with a currency ("$5m", "£3m") or a counted noun.
    "m": 6,
    "mn": 6,
    "mln": 6,
    "mil": 6,
    "mio": 6,
    # "mm" is left out: millimetres far more often than the finance "MM".
    # "b" is risky like "m" ("5b" may be a model name): with a currency only.
    "b": 9,
    "bn": 9,
    "bln": 9,
    "bil": 9,
    "tn": 12,
    "trn": 12,
    "tr": 12,
    "trln": 12,
    "tril": 12,
    # "t" is left out: "5t" is tonnes far more often than trillions.
    # "cr" is the crore ("Rs 50 cr"), common in Indian papers.
    "cr": 7,
}
"""Abbreviations written after digits ("5bn", "5 mln", "$3m", "10k", "2tn"),
lower-case keys (match case-insensitively), as powers of ten."""

FRACTIONS: dict[str, Decimal] = {
    "half": Decimal("0.5"),
    "quarter": Decimal("0.25"),
    "three quarters": Decimal("0.75"),
    "three-quarters": Decimal("0.75"),
    "three fourths": Decimal("0.75"),
    "three-fourths": Decimal("0.75"),
    # "third"/"two-thirds" are left out: 1/3 has no exact Decimal, and a
    # rounded amount ("a third of a billion" = 333333333.33...) would look
    # more precise than the text is.
}
"""Fractions that scale a multiplier ("half a million", "a quarter of a billion")."""

VULGAR_FRACTIONS: dict[str, Decimal] = {
    "\u00bc": Decimal("0.25"),  # ¼
    "\u00bd": Decimal("0.5"),  # ½
    "\u00be": Decimal("0.75"),  # ¾
}
"""Fraction characters written alone or after digits ("½ hour", "2½ years"); thirds are
left out as in ``FRACTIONS``."""

QUALIFIERS: dict[str, Qualifier] = {
    "exactly": Qualifier.EXACT,
    "precisely": Qualifier.EXACT,
    "a total of": Qualifier.EXACT,
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT,
    "approx": Qualifier.ABOUT,
    "circa": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "an approximate": Qualifier.ABOUT,
    "a rough": Qualifier.ABOUT,
    "something like": Qualifier.ABOUT,
    "in the region of": Qualifier.ABOUT,
    "on the order of": Qualifier.ABOUT,
    "~": Qualifier.ABOUT,
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
    "close to": Qualifier.NEARLY,
    "just under": Qualifier.NEARLY,
    "just below": Qualifier.NEARLY,
    "just shy of": Qualifier.NEARLY,
    "nearly all of": Qualifier.NEARLY,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "not fewer than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "at minimum": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "upward of": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "well above": Qualifier.MORE_THAN,
    "well in excess of": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "just above": Qualifier.MORE_THAN,
    "north of": Qualifier.MORE_THAN,
    "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "well under": Qualifier.LESS_THAN,
    "well below": Qualifier.LESS_THAN,
    "well short of": Qualifier.LESS_THAN,
    "short of": Qualifier.LESS_THAN,
    "no more than": Qualifier.UP_TO,
    "not more than": Qualifier.UP_TO,
    "up to": Qualifier.UP_TO,
    "as much as": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
    "as little as": Qualifier.UP_TO,
    "as few as": Qualifier.UP_TO,
    "a maximum of": Qualifier.UP_TO,
    "at most": Qualifier.UP_TO,
}
"""Hedges written before a figure, to the kind of hedge. "over"/"under"/"some"
are also ordinary words: the parser takes them only right before a figure."""

PERIODS: dict[str, Period] = {
    # Year. ("a year" is also "a year ago/earlier": the parser checks what follows.)
    "a year": Period.YEAR,
    "per year": Period.YEAR,
    "each year": Period.YEAR,
    "every year": Period.YEAR,
    "a-year": Period.YEAR,
    "per annum": Period.YEAR,
    "p.a.": Period.YEAR,
    "annually": Period.YEAR,
    "yearly": Period.YEAR,
    "/yr": Period.YEAR,
    "/year": Period.YEAR,
    "/y": Period.YEAR,
    "a yr": Period.YEAR,
    # Quarter. ("a quarter" after a figure, not before one, as in "a quarter of".)
    "a quarter": Period.QUARTER,
    "per quarter": Period.QUARTER,
    "each quarter": Period.QUARTER,
    "every quarter": Period.QUARTER,
    "quarterly": Period.QUARTER,
    "/quarter": Period.QUARTER,
    "/qtr": Period.QUARTER,
    "/q": Period.QUARTER,
    # Month.
    "a month": Period.MONTH,
    "per month": Period.MONTH,
    "each month": Period.MONTH,
    "every month": Period.MONTH,
    "monthly": Period.MONTH,
    "/month": Period.MONTH,
    "/mo": Period.MONTH,
    "/mth": Period.MONTH,
    "a-month": Period.MONTH,
    # Week.
    "a week": Period.WEEK,
    "per week": Period.WEEK,
    "each week": Period.WEEK,
    "every week": Period.WEEK,
    "weekly": Period.WEEK,
    "/week": Period.WEEK,
    "/wk": Period.WEEK,
    "a-week": Period.WEEK,
    # Day.
    "a day": Period.DAY,
    "per day": Period.DAY,
    "each day": Period.DAY,
    "every day": Period.DAY,
    "daily": Period.DAY,
    "per diem": Period.DAY,
    "/day": Period.DAY,
    "/d": Period.DAY,
    "a-day": Period.DAY,
}
"""Phrases written after a figure that make it recurring ("$80 million per year")."""

VAGUE_AMOUNTS: dict[str, Magnitude] = {
    "dozens": Magnitude.DOZENS,
    # "scores" (twenties) is the same order of magnitude as dozens.
    "scores": Magnitude.DOZENS,
    "hundreds": Magnitude.HUNDREDS,
    "several hundred": Magnitude.HUNDREDS,
    "thousands": Magnitude.THOUSANDS,
    "several thousand": Magnitude.THOUSANDS,
    "tens of thousands": Magnitude.TENS_OF_THOUSANDS,
    "hundreds of thousands": Magnitude.HUNDREDS_OF_THOUSANDS,
    "several hundred thousand": Magnitude.HUNDREDS_OF_THOUSANDS,
    "millions": Magnitude.MILLIONS,
    "several million": Magnitude.MILLIONS,
    "tens of millions": Magnitude.TENS_OF_MILLIONS,
    "hundreds of millions": Magnitude.HUNDREDS_OF_MILLIONS,
    "several hundred million": Magnitude.HUNDREDS_OF_MILLIONS,
    "billions": Magnitude.BILLIONS,
    "several billion": Magnitude.BILLIONS,
    "tens of billions": Magnitude.TENS_OF_BILLIONS,
    "hundreds of billions": Magnitude.HUNDREDS_OF_BILLIONS,
    "several hundred billion": Magnitude.HUNDREDS_OF_BILLIONS,
    "trillions": Magnitude.TRILLIONS,
    "several trillion": Magnitude.TRILLIONS,
}
"""Phrases for figures given only by their order of magnitude ("billions of
dollars", "tens of thousands of troops"); the longest phrase wins."""

PERCENT_WORDS: dict[str, str] = {
    "percent": "percent",
    "per cent": "percent",
    "per-cent": "percent",
    "pct": "percent",
    "%": "percent",
    "percentage points": "percentage points",
    "percentage point": "percentage points",
    "percentage-point": "percentage points",
    "pp": "percentage points",
    "ppt": "percentage points",
    "ppts": "percentage points",
    "p.p.": "percentage points",
    # "points"/"point" alone are left out: index points, score points and
    # basis points are all "points"; "basis points"/"bps" are not percents.
}
"""Words written after a number that make it a percentage, to the unit."""


# -- counted quantities ("about 100 personnel", "50 countries") ---------------------------

COLLECTIVE_NOUNS: tuple[str, ...] = (
    # Nouns counted without a plural "-s" ("100 personnel", "20 aircraft").
    "people",
    "personnel",
    "police",
    "staff",
    "crew",
    "children",
    "men",
    "women",
    "folk",
    "infantry",
    "aircraft",
    "spacecraft",
    "hovercraft",
    "livestock",
    "cattle",
    "sheep",
    "swine",
    "poultry",
    "fish",
    "deer",
    "offspring",
    "clergy",
    # Casualty counts: adjectives used as nouns ("at least 20 dead").
    "dead",
    "wounded",
    "injured",
    "missing",
    "displaced",
)
"""Lower-case nouns a number counts although they do not end in "s"."""

COUNT_MODIFIERS: tuple[str, ...] = (
    # Words ending in "s" that stand between a number and its noun but are not
    # plural nouns ("50 previous attempts", "12 dangerous missions").
    "various",
    "previous",
    "numerous",
    "serious",
    "dangerous",
    "famous",
    "anonymous",
    "indigenous",
    "religious",
    "obvious",
    "enormous",
    "tremendous",
    "continuous",
    "simultaneous",
    "autonomous",
    "vicious",
    "precious",
    "suspicious",
    "ambitious",
    "nervous",
    "generous",
    "notorious",
    "mysterious",
    "hazardous",
    "poisonous",
    "courageous",
    "contentious",
    "miscellaneous",
    "gorgeous",
    "ferocious",
    "bus",
    "gas",
    "bonus",
    "census",
    "campus",
    "virus",
    "status",
    "focus",
    "corpus",
    "basis",
    "crisis",
    "analysis",
    "thesis",
    "axis",
    "chassis",
    "news",
    "series",
    "species",
    "mathematics",
    "physics",
    "politics",
    "economics",
    "logistics",
    "ballistics",
)
"""Lower-case words ending in "s" that are not the counted plural noun."""

COUNT_STOP_WORDS: tuple[str, ...] = (
    # Words after a number that end the search for its noun: the number counts
    # nothing named here ("in 2006 it paid", "50 of them", "5 was enough").
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "without",
    "into",
    "onto",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "while",
    "if",
    "as",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "said",
    "says",
    "say",
    "per",
    "percent",
    "cent",
    "times",
    "this",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "you",
    "his",
    "her",
    "their",
    "our",
    "your",
    "us",
    "them",
    "not",
    "no",
    "so",
    "up",
    "down",
    "out",
    "after",
    "before",
    "since",
    "until",
    "during",
    "between",
    "against",
    "among",
    "about",
    "over",
    "under",
    "each",
    "all",
    "both",
    "plus",
    "minus",
    "versus",
    "vs",
)
"""Lower-case words that end the search for a counted noun after a number."""

TIME_UNITS: tuple[str, ...] = (
    # A number of these is a duration or an age, not a counted quantity.
    "second",
    "seconds",
    "secs",
    "minute",
    "minutes",
    "mins",
    "hour",
    "hours",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "yrs",
    "decade",
    "decades",
    "century",
    "centuries",
    "millennium",
    "millennia",
    "year-old",
    "years-old",
    "month-old",
    "months-old",
    "week-old",
    "day-old",
    "o'clock",
    "am",
    "pm",
)
"""Lower-case time words: a number before one is not a counted quantity."""

RELATIVE_TIME_WORDS: tuple[str, ...] = (
    "ago",
    "earlier",
    "later",
    "before",
    "after",
    "back",
    "from now",
)
"""Lower-case words after "a year", "a month" that make it a point in time ("a year ago"), not a rate."""

YEAR_OPENERS: tuple[str, ...] = (
    # Words a year follows ("in 2019", "the 2019 elections", "since 2014"): a
    # four-digit number after one of them (or after a month name) is a year,
    # not a count, even before a plural noun. Elsewhere "sent 2000 troops" counts.
    "in",
    "on",
    "of",
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "during",
    "from",
    "to",
    "through",
    "between",
    "and",
    "or",
    "the",
    "this",
    "that",
    "its",
    "their",
    "his",
    "her",
    "our",
    "early",
    "late",
    "mid",
    "circa",
    "fiscal",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
)
"""Lower-case words after which a four-digit number is read as a year."""

LABEL_NOUNS: tuple[str, ...] = (
    # Capitalised nouns a number names rather than counts after ("Article 5 protects
    # every member", "Resolution 2254 calls", "Flight 17 crashed"): the number is an
    # identifier, and the plural-looking word after it is no counted noun.
    "amendment", "article", "bill", "block", "category", "chapter", "clause", "district",
    "flight", "gate", "highway", "level", "line", "paragraph", "phase", "platform",
    "precinct", "protocol", "resolution", "room", "route", "rule", "section", "stage",
    "terminal", "title", "unit", "ward",
)  # fmt: skip

"""Month and weekday names, in the forms English-language news prints them, and the
other words :mod:`geopol_news.dates` reads time expressions with.

Plain data only: every key is lower case and matched case-insensitively unless a
table says otherwise; multi-word keys are written with single spaces. To extend
the reader, add the word to the right table (a season, a holiday, a relative
word, a tense marker); the reader compiles what it needs at its first use.
"""

from __future__ import annotations

MONTHS: tuple[tuple[str, ...], ...] = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
"""Full name first, then abbreviations (an abbreviation may be followed by a dot)."""

COMMON_WORD_MONTHS: tuple[str, ...] = ("march", "may", "august")
"""Month names that are also common words ("a protest march", "it may rain", "an august
body"): in lower case they are read only beside a number ("may 5") or as the first month
of a range whose second is a month name ("between august and october"). The other full
names are read in lower case when a day or a year follows them ("april 9th", "june of
1992", "april ninth"), or in a range of two month names."""

WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("Monday", "Mon"),
    ("Tuesday", "Tues", "Tue"),
    ("Wednesday", "Wed"),
    ("Thursday", "Thurs", "Thu"),
    ("Friday", "Fri"),
    ("Saturday", "Sat"),
    ("Sunday", "Sun"),
)
"""Full name first, then abbreviations."""

FAR_YEAR_CUES: frozenset[str] = frozenset(
    {"in", "by", "until", "till", "before", "after", "since", "from", "through"}
)
"""The words before a year past 2100 that make it one ("by 2150", "until 2150"); other
numbers past 2100 count things ("the 2150 homes")."""

WORD_LIKE_WEEKDAYS: tuple[str, ...] = ("mon", "wed", "sat", "sun")
"""Weekday abbreviations that are also words or names ("the Sun", "they wed", "she sat",
"the Mon people"): read only with a date or a shift ("Wed., March 6", "next week Mon").
The others ("Tue", "Thurs", "Fri") are read alone, with a capital."""

TIME_ZONES: tuple[str, ...] = (
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "MT",
    "MST",
    "MDT",
    "PT",
    "PST",
    "PDT",
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "MSK",
    "IST",
    "JST",
    "AEST",
    "AEDT",
    "HKT",
    "SGT",
)
"""Zone abbreviations seen in publication stamps."""


# -- the words of time expressions (read by geopol_news.dates) -------------------------

SEASONS: dict[str, int] = {
    "spring": 3,
    "summer": 6,
    "autumn": 9,
    "fall": 9,  # read only after a cue ("last fall", "the fall of 2018", "fall 2018")
    "winter": 12,
}
"""Season names to the month the season starts in: meteorological seasons of the
northern hemisphere, three months each ("winter 2018" runs from December 2018 to
February 2019)."""

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
"""Written ordinals; "twenty-first" and "thirty first" are a tens word of
:data:`geopol_news.data.numbers.NUMBER_WORDS` and one of these, joined by the reader."""

PARTS: dict[str, str] = {
    "early": "early",
    "beginning": "early",
    "start": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
    "end": "late",
}
"""Words that name a part of a period ("late March", "the end of 2005",
"mid-November") to the modifier a mention records."""

HALVES_OF_YEAR: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2}
"""Words before "half of" a year to the half they name ("the first half of 2018" is
January to June, as "H1 2018")."""

PART_OF_MONTH_DAYS: dict[str, tuple[int, int]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),  # to the month's last day
}
"""The days a part of a month covers: thirds of the month."""

PART_OF_WEEK_DAYS: dict[str, tuple[int, int]] = {
    "early": (0, 2),  # Monday to Wednesday
    "mid": (1, 3),  # Tuesday to Thursday
    "late": (3, 6),  # Thursday to Sunday
    "work": (0, 4),  # Monday to Friday: "next workweek", "this working week"
}
"""The days (counted from Monday) a part of a week covers ("the end of the week", "the
start of next week"): its first three days, the three around Wednesday, its last four."""

WORKWEEK_WORDS: tuple[str, ...] = ("workweek", "work week", "working week")
"""Names of the working days of a week: "next workweek" is Monday to Friday."""

PART_OF_YEAR_MONTHS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
}
"""The months a part of a year covers: thirds of the year."""

PART_OF_DECADE_YEARS: dict[str, tuple[int, int]] = {
    "early": (0, 3),
    "mid": (4, 6),
    "late": (7, 9),
}
"""The years (counted from the decade's first) a part of a decade covers ("the
early 2000s" is 2000 to 2003); a century's parts are ten times these."""

RELATIVE_DAYS: dict[str, int] = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
}
"""Words for a day next to the reference date, to its offset in days."""

SHIFTS: dict[str, int] = {
    "last": -1,
    "previous": -1,
    "past": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
    "this": 0,
    "current": 0,
}
"""Words before a unit or a weekday that move it from the reference date:
"last week" is the calendar week before the reference's, "next month" the month
after. Before a count ("the past five years", "the next 3 days") they open a
window of that length ending (or starting) at the reference date."""

UNITS: dict[str, str] = {
    "second": "second",
    "seconds": "second",
    "secs": "second",
    "sec": "second",
    "minute": "minute",
    "minutes": "minute",
    "mins": "minute",
    "min": "minute",
    "hour": "hour",
    "hours": "hour",
    "hrs": "hour",
    "hr": "hour",
    "day": "day",
    "days": "day",
    "night": "day",
    "nights": "day",
    "week": "week",
    "weeks": "week",
    "workweek": "week",
    "workweeks": "week",
    "weekend": "weekend",
    "weekends": "weekend",
    "fortnight": "fortnight",
    "fortnights": "fortnight",
    "month": "month",
    "months": "month",
    "quarter": "quarter",
    "quarters": "quarter",
    "year": "year",
    "years": "year",
    "yr": "year",
    "yrs": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
"""Unit words, singular and plural, to the unit a duration is counted in."""

UNIT_SIZES: dict[str, tuple[str, int]] = {
    "fortnight": ("week", 2),
    "quarter": ("month", 3),
    "decade": ("year", 10),
    "century": ("year", 100),
}
"""Units counted as a number of another unit when a date is moved by them ("a
decade ago" is ten years before)."""

SECONDS_IN: dict[str, int] = {
    "second": 1,
    "minute": 60,
    "hour": 3_600,
    "day": 86_400,
    "week": 604_800,
    "weekend": 172_800,
    "fortnight": 1_209_600,
    "month": 2_592_000,  # 30 days
    "quarter": 7_776_000,
    "year": 31_536_000,  # 365 days
    "decade": 315_360_000,
    "century": 3_153_600_000,
}
"""The nominal length of each unit in seconds, to compare durations."""

VAGUE_COUNTS: tuple[str, ...] = (
    "a few",
    "few",
    "several",
    "some",
    "many",
    "a number of",
    "recent",
)
"""Counts of units that give no number ("several years ago", "in recent weeks"):
the mention is read, with no length and no value."""

WHOLE_UNIT_WORDS: tuple[str, ...] = ("day", "night", "week", "month", "year")
"""Unit words that, after "all", span one whole unit: "fighting raged all night", "the
market fell all week" are durations of one day and one week."""

PAIR_COUNTS: tuple[str, ...] = ("a couple of", "a couple", "couple")
"""Counts of two ("a couple of days ago", "the next couple weeks"), read as 2 as
dictionaries define "a couple" and as peers' parsers (Duckling, Recognizers-Text) do."""

HALVES: dict[str, tuple[int, int]] = {
    "half": (1, 2),
    "a half": (1, 2),
    "quarter": (1, 4),
    "a quarter": (1, 4),
}
"""Fractions added to a count ("two and a half years", "an hour and a half")."""

YEAR_THOUSAND_WORDS: tuple[str, ...] = ("two",)
"""The thousands a year written in words may open with ("two thousand and five"); other
written years are a century's two words and the rest ("nineteen eighty-six", "seventeen
hundred thirty three", "twenty nineteen")."""

YEAR_ZERO_WORDS: tuple[str, ...] = ("oh", "o")
"""Words for the zero of a written year's tens ("nineteen oh five" is 1905)."""

BEFORE_REFERENCE: tuple[str, ...] = ("ago", "back")
"""Words after a duration that place a date that long before the reference date."""

AFTER_REFERENCE: tuple[str, ...] = ("from now", "hence", "from today")
"""Words after a duration that place a date that long after the reference date."""

NARRATIVE_OFFSETS: tuple[str, ...] = ("later", "earlier", "afterwards", "before", "after")
"""Words after a duration that place a date relative to another event of the story
("two days later"): not the reference date, so such a date is not resolved."""

UNTIL_WORDS: dict[str, str] = {
    "before": "before",
    "prior to": "before",
    "after": "after",
    "until": "until",
    "till": "until",
    "up to": "until",
    "through": "until",
    "no later than": "before",
    "by": "by",
    "as of": "as of",
}
"""Words before a date that bound a period by it ("before 2018", "until March"),
to the modifier the mention records."""

SINCE_WORDS: tuple[str, ...] = ("since", "starting", "starting from", "beginning", "ever since")
"""Words before a date that open a period running from it to the reference date."""

RANGE_OPENERS: tuple[str, ...] = ("between", "from")
"""Words before the first date of a range ("between 2006 and 2013")."""

RANGE_JOINTS: tuple[str, ...] = (
    "-",
    "\u2013",
    "\u2014",
    "~",
    "to",
    "through",
    "thru",
    "until",
    "till",
    "and",
)
"""What stands between the two dates of a range; "and" only after "between" or
between two bare years with nothing governing them ("2006 and 2013 Caracas was")."""

YEAR_GOVERNORS: tuple[str, ...] = (
    "in",
    "of",
    "for",
    "during",
    "the",
    "from",
    "by",
    "on",
    "at",
    "and",
    "or",
    "since",
    "until",
    "before",
    "after",
)
"""Words before a pair of years that make "2007 and 2009" two years, not a range."""

CURRENT_PERIOD_PARTS: dict[str, str] = {
    "earlier": "early",
    "later": "late",
}
"""Words before "this year", "in the month" that take the part of the current
period before (or after) the reference date."""

FUTURE_MARKERS: tuple[str, ...] = (
    "will",
    "'ll",
    "\u2019ll",
    "shall",
    "won't",
    "won\u2019t",
    "would",
    "going to",
    "plans to",
    "plan to",
    "planned",
    "scheduled",
    "due",
    "expected",
    "expect",
    "expects",
    "hopes to",
    "hope to",
    "aims to",
    "intends to",
    "want to",
    "wants to",
    "please",
    "set to",
    "is to",
    "are to",
    "upcoming",
    "next",
    "coming",
    "tomorrow",
    "let's",
)
"""Words that put a clause in the future: a weekday or a month named there is
the next one after the reference date, not the last one before it."""

PAST_MARKERS: tuple[str, ...] = (
    "was",
    "were",
    "had",
    "did",
    "has",
    "have",
    "said",
    "told",
    "ago",
    "last",
    "yesterday",
    "earlier",
    "came",
    "went",
    "met",
    "made",
    "gave",
    "took",
    "sent",
    "held",
    "left",
    "saw",
    "spoke",
    "found",
    "got",
    "began",
    "broke",
    "brought",
    "built",
    "bought",
    "chose",
    "drew",
    "drove",
    "fell",
    "felt",
    "fought",
    "flew",
    "grew",
    "kept",
    "knew",
    "led",
    "lost",
    "meant",
    "paid",
    "ran",
    "rose",
    "sat",
    "sold",
    "shot",
    "stood",
    "struck",
    "swore",
    "taught",
    "thought",
    "threw",
    "understood",
    "won",
    "wrote",
    "became",
    "hit",
)
"""Words that put a clause in the past; words ending in "-ed" count too."""

NOT_PAST_ED: tuple[str, ...] = (
    "need",
    "speed",
    "seed",
    "feed",
    "bed",
    "red",
    "shed",
    "proceed",
    "exceed",
    "succeed",
    "embed",
    "breed",
    "bleed",
    "greed",
    "weed",
    "deed",
    "indeed",
    "scheduled",
    "planned",
    "expected",
    "united",
    "limited",
    "based",
    "called",
    "so-called",
    "armed",
    "backed",
    "led",
)
"""Words ending in "-ed" that do not mark the past tense (or that mark the future)."""

HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    # name: ("fixed", month, day, 0) | ("nth", month, weekday 0=Monday, n; -1 = last)
    #       | ("easter", 0, 0, offset in days)
    "new year's day": ("fixed", 1, 1, 0),
    "new year": ("fixed", 1, 1, 0),
    "new year day": ("fixed", 1, 1, 0),
    "new year's eve": ("fixed", 12, 31, 0),
    "valentine's day": ("fixed", 2, 14, 0),
    "st patrick's day": ("fixed", 3, 17, 0),
    "st. patrick's day": ("fixed", 3, 17, 0),
    "saint patrick's day": ("fixed", 3, 17, 0),
    "earth day": ("fixed", 4, 22, 0),
    "may day": ("fixed", 5, 1, 0),
    "international workers' day": ("fixed", 5, 1, 0),
    "victory day": ("fixed", 5, 9, 0),  # in Russia
    "independence day": ("fixed", 7, 4, 0),  # of the United States
    "bastille day": ("fixed", 7, 14, 0),
    "halloween": ("fixed", 10, 31, 0),
    "armistice day": ("fixed", 11, 11, 0),
    "remembrance day": ("fixed", 11, 11, 0),
    "veterans day": ("fixed", 11, 11, 0),
    "christmas eve": ("fixed", 12, 24, 0),
    "christmas day": ("fixed", 12, 25, 0),
    "christmas": ("fixed", 12, 25, 0),
    "boxing day": ("fixed", 12, 26, 0),
    "martin luther king day": ("nth", 1, 0, 3),
    "presidents' day": ("nth", 2, 0, 3),
    "mother's day": ("nth", 5, 6, 2),  # the United States' date
    "memorial day": ("nth", 5, 0, -1),
    "father's day": ("nth", 6, 6, 3),
    "labor day": ("nth", 9, 0, 1),
    "columbus day": ("nth", 10, 0, 2),
    "thanksgiving": ("nth", 11, 3, 4),
    "thanksgiving day": ("nth", 11, 3, 4),
    "black friday": ("nth", 11, 3, 4),  # the day after: see HOLIDAY_DAY_AFTER
    "good friday": ("easter", 0, 0, -2),
    "easter": ("easter", 0, 0, 0),
    "easter sunday": ("easter", 0, 0, 0),
    "easter monday": ("easter", 0, 0, 1),
}
"""Holidays with a rule for their date in any year (Easter by
:func:`dateutil.easter.easter`). Holidays of lunar calendars (Ramadan, Eid,
Lunar New Year) have no such rule and are not listed."""

HOLIDAY_DAY_AFTER: tuple[str, ...] = ("black friday",)
"""Holidays that fall on the day after their rule's date."""

HOLIDAY_CUES: tuple[str, ...] = (
    "on",
    "at",
    "before",
    "after",
    "until",
    "till",
    "by",
    "since",
    "over",
    "during",
    "around",
    "last",
    "next",
    "this",
    "previous",
    "following",
    "coming",
    "upcoming",
)
"""Words before a holiday named in lower case that make it the holiday ("before
independence day", "last easter"); a year or "weekend" after it does too ("easter 2018",
"labor day weekend"). Without one, "a new year", "an easter egg" are not read."""

RUN_OPENERS: tuple[str, ...] = ("starting", "beginning", "commencing", "effective")
"""Words between a duration and a date that make the duration start on the date: "for
two weeks starting May 20", "a week beginning tomorrow" (so does "from" after "for ...":
"for 3 days from today")."""

DECADE_WORDS: dict[str, int] = {
    "twenties": 1920,
    "thirties": 1930,
    "forties": 1940,
    "fifties": 1950,
    "sixties": 1960,
    "seventies": 1970,
    "eighties": 1980,
    "nineties": 1990,
}
"""Decades written in words, to their first year ("the nineties" are the 1990s); read
after "the", "in", "since", "during" or a part ("the late eighties"), not after a
possessive ("in her forties" is an age)."""

DECADE_WORD_CUES: tuple[str, ...] = ("the", "in", "since", "during", "early", "mid", "late")
"""Words before a decade in words that make it a decade."""

BUSINESS_DAY_WORDS: tuple[str, ...] = ("business", "working", "work")
"""Words before "day(s)" that count only Monday to Friday: "within 10 business days",
"the next 4 working days" (public holidays are not known and count as working days)."""

YEAR_IN_WORDS_CUES: tuple[str, ...] = ("in", "since", "until", "till", "by", "from", "during")
"""Words before a year written in words alone that make it a year: "in nineteen ninety
six", "since two thousand and five" ("of two thousand" is a count)."""

OTHER_YEARS: tuple[str, ...] = ("fiscal", "financial", "school", "academic", "tax")
"""Words before "year" that name a year on a calendar of its own ("last fiscal year",
"this school year"): found, but not placed, as its start differs by country and body."""

CALENDAR_YEARS: tuple[str, ...] = ("calendar",)
"""Words before "year" that name the plain calendar year ("this calendar year")."""

WEEK_NUMBER_CUES: tuple[str, ...] = ("calendar", "iso", "the")
"""Words before "week N" that make it a week of the year numbered as ISO 8601 does
("calendar week 23", "the week 31"); "week N of" a year is read too ("week 3 of 2027").
Bare "in week 3" counts weeks of an event and is not read."""

DAY_FIRST_OUTLETS: tuple[str, ...] = (
    "BBC News",
    "The Guardian",
    "Al Jazeera",
    "AFP",
)
"""Outlets (as :mod:`geopol_news.data.chrome` names them) that write numeric dates
day first ("01/04/2019" is 1 April); the others are read month first unless the
text shows otherwise."""

PUBLISHED_LABELS: tuple[str, ...] = (
    "published",
    "posted",
    "first published",
    "originally published",
)
"""Labels of a stamp that give the first publication (preferred over an update)."""

UPDATED_LABELS: tuple[str, ...] = (
    "updated",
    "last updated",
    "last update",
    "modified",
    "last modified",
)
"""Labels of a stamp that give a later update."""

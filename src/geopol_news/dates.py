"""Dates and time expressions: "on Monday", "in late March", "Dec. 5, 2018", "since 2006".

:func:`extract_dates` finds the time expressions of a text and reads each as a
:class:`~geopol_news.model.DateMention`: its kind, the interval of days it can
mean (a :class:`~geopol_news.model.DateInterval` with a granularity), whether it
needed the reference date, and the word that narrows it ("late", "before", "less
than").

* absolute: a day or a year named in full ("March 28, 2019", "2014");
* partial: a day or part of a year without its year ("March 28", "In December",
  "the first quarter"), or a month with its year ("May 2018");
* relative: a day or period counted from the reference date ("on Monday",
  "yesterday", "last week", "a year ago", "earlier this year", "in two weeks");
* duration: a length of time ("less than 48 hours", "five years"), with a value
  when it ends or starts at the reference date ("the past five years");
* range: two dates and the days between ("between 2006 and 2013", "from March to
  May", "2014-2018", "November 18-19");
* since: from a date to the reference date ("since 2006");
* decade: a decade or century ("the early 2000s", "the 1990s", "the 21st century").

Relative expressions, and partial ones without their year, are resolved against
the *reference* date (the article's publication date). In a past-tense sentence
"on Monday" is the latest Monday on or before it and "in December" the latest
December that starts on or before it; in a future-tense one ("will", "'ll",
"plans to") the next ones. Without a reference they keep ``value`` None and
``resolved`` False: nothing is guessed from today's clock.

>>> [(m.text, m.kind.value) for m in extract_dates("It met on Monday, in late March 2019.")]
[('Monday', 'relative'), ('late March 2019', 'partial')]
>>> m = extract_dates("It met on Monday.", date(2019, 3, 26))[0]
>>> m.value.earliest, m.resolved
(datetime.date(2019, 3, 25), True)
>>> m = extract_dates("Trade has grown since 2006.", date(2019, 5, 1))[0]
>>> m.text, m.kind.value, str(m.value)
('since 2006', 'since', '2006-01-01..2019-05-01 (year)')

Numeric dates are read month first ("4/1/2019" is April 1) unless the caller says
otherwise (``day_first=True``) or the text shows it: a numeric date that can only
be day first ("22/04/2019"), or, failing that, dates written day first ("1 April
2019"). Money, counts, model numbers ("F-16"), times and video durations
("04:40"), ages ("a 48-year-old") and scores ("a 3-1 win") are not dates; "May"
and "March" alone are months only after a cue ("in March", "by May").

The reader is linear in the text: it finds cheap anchors (digit runs; month,
weekday and holiday names; a few unit words found with ``str.find``) and reads
only around them, with patterns matched at a fixed position.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal

import attrs
import regex
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from geopol_news._numbers import value_or_none
from geopol_news._patterns import compiled
from geopol_news.data import calendar as cal
from geopol_news.data import chrome as chrome_data
from geopol_news.data import numbers as number_data
from geopol_news.errors import expect_type
from geopol_news.model import (
    DateInterval,
    DateKind,
    DateMention,
    Granularity,
    Snippet,
    Span,
    _new_object,
    _slot_setters,
    _trusted_span,
)

__all__ = ["date_bounds", "extract_dates", "published_in"]

K = DateKind
G = Granularity


# -- the tables, indexed once ----------------------------------------------------------------
def _fold(surface: str) -> str:
    """A phrase as looked up: lower case, apostrophes and dots dropped, single spaces."""
    lower = surface.lower().replace("\u2019", "").replace("'", "").replace(".", "")
    return " ".join(lower.split())


@attrs.frozen
class _Tables:
    months: dict[str, int]  # "march", "mar", "sept" -> 3, 3, 9
    weekdays: dict[str, int]  # "monday", "mon" -> 0
    abbreviations: frozenset[str]  # month and weekday abbreviations
    ordinals: dict[str, int]  # "first", "twenty-first", "twenty first" -> 1, 21, 21
    day_words: dict[str, int]  # "twenty nine" -> 29 (after a month only)
    holidays: dict[str, tuple[str, int, int, int]]  # folded name -> rule
    holiday_last_words: frozenset[str]  # "day", "friday", "eve", "christmas", ...
    past: frozenset[str]
    future_words: frozenset[str]
    future_pairs: frozenset[tuple[str, str]]
    not_past_ed: frozenset[str]
    count_nouns: frozenset[str]
    count_modifiers: frozenset[str]
    year_openers: frozenset[str]
    governors: frozenset[str]
    prefix_words: frozenset[str]  # words a prefix before a date can end with
    weak_prefix_words: frozenset[str]  # ... that need another word before them
    units: dict[str, str]


def _compound_numbers(units: dict[str, int]) -> dict[str, int]:
    """ "twenty-first", "thirty first" from the tens words and *units* (1 to 9)."""
    words = {}
    for tens in ("twenty", "thirty"):
        base = number_data.NUMBER_WORDS[tens]
        for word, value in units.items():
            if base + value <= 31:
                words[f"{tens}-{word}"] = base + value
                words[f"{tens} {word}"] = base + value
    return words


@functools.cache
def _tables() -> _Tables:
    months = {name.lower(): i for i, names in enumerate(cal.MONTHS, 1) for name in names}
    weekdays = {name.lower(): i for i, names in enumerate(cal.WEEKDAYS) for name in names}
    ordinals = dict(cal.ORDINALS)
    ordinals |= _compound_numbers({w: v for w, v in cal.ORDINALS.items() if v < 10})
    future = [marker.replace("\u2019", "'") for marker in cal.FUTURE_MARKERS]
    prefix_words = {
        word.split()[-1]
        for word in (
            *cal.SINCE_WORDS,
            *cal.UNTIL_WORDS,
            *cal.RANGE_OPENERS,
            *cal.PARTS,
            *cal.SHIFTS,
        )
    }
    weak = {"on", "in", "of", "to", "than", "from"}  # "starting on", "end of", "prior to"
    prefix_words -= weak
    return _Tables(
        months=months,
        weekdays=weekdays,
        abbreviations=frozenset(
            name.lower() for names in (*cal.MONTHS, *cal.WEEKDAYS) for name in names[1:]
        ),
        ordinals=ordinals,
        day_words=_compound_numbers(
            {w: v for w, v in number_data.NUMBER_WORDS.items() if 0 < v < 10}
        ),
        holidays={_fold(name): rule for name, rule in cal.HOLIDAYS.items()},
        holiday_last_words=frozenset(_fold(name).split()[-1] for name in cal.HOLIDAYS),
        past=frozenset(cal.PAST_MARKERS),
        future_words=frozenset(m for m in future if " " not in m),
        future_pairs=frozenset((m.split()[0], m.split()[1]) for m in future if " " in m),
        not_past_ed=frozenset(cal.NOT_PAST_ED),
        count_nouns=frozenset(number_data.COLLECTIVE_NOUNS),
        count_modifiers=frozenset(number_data.COUNT_MODIFIERS),
        year_openers=frozenset(number_data.YEAR_OPENERS) | frozenset(months),
        governors=frozenset(cal.YEAR_GOVERNORS),
        prefix_words=frozenset(prefix_words | {"from", "half"}),
        weak_prefix_words=frozenset(weak - {"from"}),
        units=dict(cal.UNITS),
    )


# -- pattern parts -----------------------------------------------------------------------------
_S = r"[ \t\u00a0]"  # white space inside a line
_VULGAR = "".join(number_data.VULGAR_FRACTIONS)  # the fraction characters: "½ hour"
_SP = rf"{_S}{{1,3}}"
_COMMA = rf"{_S}{{0,3}},{_S}{{0,3}}"  # a comma and the spaces around it
_NO_LETTER = r"(?![\p{L}])"
_YEAR4 = r"(?:1[0-9]{3}|20[0-9]{2}|2100)(?![0-9])"  # 1000 to _LAST_PLAIN_YEAR
_SHORT_YEAR = r"['\u2019][0-9]{2}(?![0-9])"
_DAY_DIGITS = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}0-9])"
_JOINT_WORDS = "|".join(regex.escape(j) for j in cal.RANGE_JOINTS if j.isalpha())
_JOINT_SIGNS = "".join(regex.escape(j) for j in cal.RANGE_JOINTS if not j.isalpha())
_DAY_JOINT = rf"{_S}{{0,3}}(?:[{_JOINT_SIGNS}]|(?:{_JOINT_WORDS})(?![\p{{L}}])){_S}{{0,3}}"


def _words_pattern(words: Iterable[str], *, backward: bool = False) -> str:
    """An alternation of phrases, longest first, whose spaces match short runs of white
    space and whose apostrophes and dots may be left out. For a pattern that reads
    backward (*backward*) it is written as a tree of the phrases' shared endings (see
    :func:`_ending_tree`); it matches the same."""
    ordered = sorted(set(words), key=len, reverse=True)
    if backward:
        return "(?:" + _ending_tree([_pieces(word) for word in ordered]) + ")"
    out = []
    for word in ordered:
        piece = regex.escape(word).replace(r"\ ", _SP)
        piece = piece.replace("'", "['\u2019]?").replace(r"\.", r"\.?")
        out.append(piece)
    return "(?:" + "|".join(out) + ")"


def _pieces(word: str) -> tuple[str, ...]:
    """The pattern piece of each character of a phrase, as :func:`_words_pattern` writes
    it: a space matches a short run of white space, an apostrophe or a dot may be left
    out."""
    spelled = {" ": _SP, "'": "['\u2019]?", ".": r"\.?"}
    return tuple(spelled.get(char) or regex.escape(char) for char in word)


def _ending_tree(phrases: list[tuple[str, ...]]) -> str:
    """An alternation of *phrases* (their pieces, longest phrase first) as a tree of their
    shared endings, one branch per last piece: "less than" and "more than" make "(?:less|
    more) than". A pattern that reads backward (``(?r)``) reads a shared ending once rather
    than once for every phrase (the ``regex`` module tries each phrase of a plain
    alternation in turn). A phrase that ends where a longer one goes on leaves the longer
    branch optional and greedy, and the branches go by their longest phrase, so the
    longest phrase that matches is still tried first."""
    ends = False
    rests: dict[str, list[tuple[str, ...]]] = {}  # by last piece, in order
    for phrase in phrases:
        if phrase:
            rests.setdefault(phrase[-1], []).append(phrase[:-1])
        else:
            ends = True
    branches = [_ending_tree(rest) + last for last, rest in rests.items()]
    if len(branches) == 1 and not ends:
        return branches[0]
    if not branches:
        return ""
    return "(?:" + "|".join(branches) + (")?" if ends else ")")


@functools.cache
def _parts(*, backward: bool = False) -> dict[str, str]:
    """The named pattern parts built from the word tables (for the patterns that read
    backward with *backward*: see :func:`_words_pattern`)."""
    tables = _tables()

    def words(table: Iterable[str]) -> str:
        return _words_pattern(table, backward=backward)

    return {
        "month": words(tables.months),
        "weekday": words(tables.weekdays),
        "ordinal": words(tables.ordinals),
        "day_word": words(tables.day_words),
        "number": words(number_data.NUMBER_WORDS),
        "units": words(cal.UNITS),
        "shifts": words(cal.SHIFTS),
        "qualifiers": words(number_data.QUALIFIERS),
        "vague": words(cal.VAGUE_COUNTS),
        "pair": words(cal.PAIR_COUNTS),
        "seasons": words(cal.SEASONS),
        "holiday": words(cal.HOLIDAYS),
        "until": words(cal.UNTIL_WORDS),
        "since": words(cal.SINCE_WORDS),
    }


def _year_after(lead: str = "") -> str:
    """A year after a month or day: ", 2019", " 2019", " of 2020", "-2020", "/2018"."""
    return (
        rf"(?:{_S}{{0,3}},{_S}{{0,3}}|{_SP}(?:of{_SP}|in{_SP})?|[-/])"
        rf"(?P<{lead}y>{_YEAR4}|{_SHORT_YEAR}|(?<=of{_S})[0-9]{{2}}(?![0-9]))"
    )


_PERIOD_SHIFTS = ("this", "next", "last", "previous", "following", "coming", "current")
"""The shifts of a period after "the end of": "the end of next month"."""
_SPAN_WORDS = ("within", "for", "over", "during", "in", "throughout", "across", "of")
"""The words before a count or unit that say how it spans: "within five years"."""


def _sources(*, backward: bool = False) -> dict[str, str]:
    """The pattern sources by name (their word alternations as the patterns that read
    backward have them with *backward*: see :func:`_words_pattern`)."""
    p = _parts(backward=backward)

    def words(table: Iterable[str]) -> str:
        return _words_pattern(table, backward=backward)

    shift = rf"(?:this{_SP}past|this{_SP}coming|this{_SP}upcoming|{p['shifts']})"
    halves = "|".join(cal.HALVES_OF_YEAR)  # "first", "2nd" before "half of"
    return {
        # at a month name: "March 28, 2019", "Dec. 5", "May 2018", "Sep-23-2020",
        # "June the 28th", "November 18-19", "April of 1987", "May twenty nine"
        "month": rf"""(?ix)
            (?P<m>{p["month"]})(?![\p{{L}}])(?P<dot>\.)?
            (?:
                (?:,?{_SP}(?:the{_SP})?|[-/]|(?<=[a-z.])(?=[0-9]))
                (?P<d>{_DAY_DIGITS}|{p["ordinal"]}(?![\p{{L}}])|{p["day_word"]}(?![\p{{L}}]))
                (?:(?P<dj>{_DAY_JOINT})(?:the{_SP})?
                   (?P<d2>{_DAY_DIGITS}|{p["ordinal"]}(?![\p{{L}}]))
                   (?!{_SP}(?:of{_SP})?{p["month"]}(?![\p{{L}}])))?
                (?:{_year_after()})?
              | {_year_after("m")}
            )?""",
        # at a day number: "28 March 2019", "14 nov", "12 of Nov", "05-Aug-2016", "26-28 June"
        "day_month": rf"""(?ix)
            (?P<d>{_DAY_DIGITS})
            (?:(?P<dj>{_DAY_JOINT})(?:the{_SP})?(?P<d2>{_DAY_DIGITS}))?
            (?:{_SP}of{_SP}|{_SP}|[-/])(?:the{_SP})?
            (?P<m>{p["month"]})(?![\p{{L}}])\.?
            (?:{_year_after()})?""",
        # a month before a day or year read from the digits: "april 9th", "june of 1992"
        "month_before": rf"(?ir)\b(?P<m>{p['month']})"
        rf"(?:\.?{_SP}(?:of{_SP}|the{_SP}|in{_SP})?|\.|[-/]|{_COMMA})$",
        # an ordinal word before a month: "fourth of July", "the ninth of April"
        "ordinal_before": rf"""(?ixr)
            (?:(?:\bthe{_SP})?\b(?P<d1>{p["ordinal"]})(?P<j>{_DAY_JOINT}))?
            (?:\bthe{_SP})?\b(?P<d>{p["ordinal"]}){_SP}of{_SP}(?:the{_SP})?$""",
        "ordinal_word": rf"(?i){p['ordinal']}(?![\p{{L}}])",
        # numeric dates
        "iso": r"(?P<y>1[0-9]{3}|20[0-9]{2})(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)"
        r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])",
        "iso_month_name": rf"(?i)(?P<y>{_YEAR4})(?P<s>[-/])(?P<m>{p['month']})(?P=s)"
        r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])",
        "compact": r"(?P<y>(?:19|20)[0-9]{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12][0-9]|3[01])"
        r"(?![0-9])",
        "three_part": r"(?P<a>[0-9]{1,2})(?P<s>[/.-])(?P<b>[0-9]{1,2})(?P=s)"
        r"(?P<c>[0-9]{4}|[0-9]{2})(?![0-9]|[.,][0-9])",
        "two_part": rf"(?P<a>[0-9]{{1,2}})(?P<s>[/.-])(?P<b>[0-9]{{1,2}})(?![0-9]|[/.][0-9])"
        rf"(?:{_S}{{0,3}},{_S}{{0,3}}(?P<y>{_YEAR4}))?",
        "year_tail": r"(?P<y>1[0-9]{3}|20[0-9]{2})[-\u2013/~]"
        r"(?P<t>1[0-9]{3}|20[0-9]{2}|[0-9]{1,2})(?![0-9]|[-/][0-9])",
        "month_year": rf"(?P<m>1[0-2]|0?[1-9])[-/](?P<y>{_YEAR4})",
        "decade": r"(?P<y>[12][0-9]{2}0|['\u2019]?[0-9]0)['\u2019]?s(?![\p{L}\p{N}])",
        "century": rf"(?i)(?P<c>[12]?[0-9])(?:st|nd|rd|th)(?:-|{_SP})centur(?:y|ies)(?![\p{{L}}])",
        "quarter_after_year": rf"(?i)(?P<y>{_YEAR4}){_S}{{0,2}}-?(?P<qh>[qh])(?P<n>[1-4])"
        r"(?![\p{L}0-9])",
        "quarter_before_year": rf"(?i)(?P<n>[1-4]){_S}{{0,3}}(?:-|of{_SP}|,{_S}{{0,3}})?"
        rf"(?P<y>{_YEAR4})",
        "ordinal_digits": r"(?i)(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)(?![\p{L}0-9])",
        "bare_day": r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9\p{L}/.:])",
        "after_weekday": rf"(?i)(?:{_COMMA}|{_S}{{0,3}}\({_S}{{0,3}}|{_SP}|-)(?:the{_SP})?",
        "holiday": rf"(?i){p['holiday']}(?![\p{{L}}])",
        "holiday_before": rf"(?ir)\b{p['holiday']}$",
        "holiday_before_year": rf"(?ir)\b(?P<h>{p['holiday']})(?:{_SP}(?:of{_SP})?|{_COMMA})$",
        "holiday_year": rf"(?:{_S}{{0,3}},{_S}{{0,3}}|{_SP}(?:of{_SP})?)(?P<y>{_YEAR4})",
        # what stands before a date: "between", "since", "before", "the end of", "late",
        # "mid-", "last", "this past"
        "date_prefix": rf"""(?ixr)
            (?:\b(?P<rng>between|from){_SP}
              |\b(?P<since>{p["since"]}){_SP}(?:(?:on|in){_SP})?
              |\b(?P<until>{p["until"]}){_SP}
            )?
            (?:\b(?P<the>the){_SP})?
            (?:
                \b(?P<part>early|mid|late)(?:{_S}{{0,3}}-{_S}{{0,3}}|{_SP}(?:in{_SP})?)
              | \b(?P<partof>end|beginning|start|middle){_SP}of{_SP}(?:the{_SP})?
              | \b(?P<halfof>{halves}){_SP}half{_SP}of{_SP}
            )?
            (?:\b(?P<shift>{shift}){_SP})?
            $""",
        # a cue before a month named alone: "in December", "since March", "by May"
        "month_cue": rf"""(?ixr)
            \b(?:in|since|until|till|by|from|to|through|throughout|during|before|after|
                between|and|or|of|last|next|this|early|mid|late|end|beginning|around|
                previous|coming|past|following)
            (?:{_SP}(?:early|mid|late))?(?:{_S}{{0,3}}-{_S}{{0,3}}|{_SP})$""",
        # a range's second date after a month named alone: "Jan-Feb 2017", "May to March"
        "range_next": rf"(?i){_S}{{0,3}}(?:[{_JOINT_SIGNS}]|(?:to|through|thru|until|till)"
        rf"(?![\p{{L}}])){_S}{{0,3}}(?:{p['month']}(?![\p{{L}}])|[0-9])",
        "month_joint_before": rf"(?ir)(?:\b(?P<rng>between|from){_SP})?\b(?P<m>{p['month']})\.?"
        rf"{_S}{{0,3}}(?:[{_JOINT_SIGNS}]|(?:to|through|thru|until|till|and)(?![\p{{L}}])){_S}{{0,3}}$",
        # a count before a unit word: "five", "48", "a", "one and a half", "several"
        "count_before": rf"""(?ixr)
            (?:
                (?P<digits>[0-9]+(?:\.[0-9]+)?|[0-9]*[{_VULGAR}])
              | \b(?P<half>half{_SP}an?)
              | \b(?P<pair>{p["pair"]})
              | \b(?P<vague>{p["vague"]})
              | \b(?P<words>{p["number"]}(?:(?:-|{_SP}(?:and{_SP})?){p["number"]}){{0,2}}
                   (?:{_SP}and{_SP}(?:an?{_SP})?half)?)
              | \b(?P<article>an?)
            )(?:{_S}{{0,2}}|-)$""",
        # what stands before a count or unit: "less than", "the past", "within the next"
        "unit_prefix": rf"""(?ixr)
            (?:
                \b(?P<cur>earlier|later){_SP}(?:this|in{_SP}the){_SP}
              | (?:\b(?P<pthe>the){_SP})?\b(?P<partof>end|beginning|start|middle){_SP}of{_SP}
                (?:the{_SP})?(?:\b(?P<pshift>{"|".join(_PERIOD_SHIFTS)}){_SP})?
              | (?:\b(?P<hthe>the){_SP})?\b(?P<halfof>{halves}){_SP}half{_SP}of{_SP}
                (?:the{_SP})?(?:\b(?P<hshift>{"|".join(_PERIOD_SHIFTS)}){_SP})?
              | (?:\b(?P<q>{p["qualifiers"]}){_SP})?
                (?:\b(?P<pre>{"|".join(_SPAN_WORDS)}){_SP})?
                (?:\b(?P<the>the){_SP})?
                (?:\b(?P<shift>this{_SP}past|this{_SP}coming|{p["shifts"]}){_SP})?
            )$""",
        # what follows a unit: "ago", "from now", "later", "old"
        "unit_suffix": rf"""(?ix)
            (?:{_SP}and{_SP}(?P<half>(?:an?{_SP})?half))?
            (?:
                {_SP}(?P<post>ago|back|hence|earlier|later|afterwards|before|after|from|old|prior)
                (?![\p{{L}}])(?:{_SP}(?P<rel>now|today|tomorrow|tmrw|yesterday)(?![\p{{L}}]))?
              | (?P<old>-old|-long)
              | (?P<time>['\u2019]s?{_SP}time)(?![\p{{L}}])
            )?""",
        # a further part of a compound duration: "and three days", ", 30 minutes"
        "compound_part": rf"""(?ix)
            (?:{_S}{{0,3}},?{_SP}and{_SP}|{_S}{{0,3}},{_SP}|{_SP})
            (?P<n>[0-9]+|{p["number"]}(?:-{p["number"]})?|an?)
            (?:{_S}{{0,2}}|-)(?P<u>{p["units"]})(?![\p{{L}}])""",
        # up to six words after a date that may write its year: ", nineteen eighty-six"
        "written_year": rf"""(?ix)(?:{_S}{{0,3}},{_S}{{0,3}}|{_SP}(?:of{_SP}|in{_SP})?)
            (?P<w>(?:{p["number"]}|thousand|hundred|and|oh)(?![\p{{L}}])
               (?:(?:-|{_SP})(?:{p["number"]}|thousand|hundred|and|oh)(?![\p{{L}}])){{1,5}})""",
        "unit_after": rf"(?i)(?:\.[0-9]+)?(?:{_S}{{0,2}}|-)(?P<u>{p['units']})(?![\p{{L}}])",
        "weekday_after_week": rf"(?i)(?:{_S}{{0,3}}[-,]{_S}{{0,3}}|{_SP})(?:on{_SP})?"
        rf"(?P<w>{p['weekday']})(?![\p{{L}}])",
        "of_period": rf"""(?ix){_SP}of{_SP}(?:the{_SP})?(?P<p>
                (?P<y>{_YEAR4})
              | (?:(?P<s>this|last|next|previous){_SP}|(?<=the{_S}))(?P<u>year|month)(?![\p{{L}}])
              | (?P<m>{p["month"]})(?![\p{{L}}])(?:{_S}{{0,3}},?{_SP}(?P<my>{_YEAR4}))?
            )""",
        # an ordinal before a unit: "the 15th (day)", "the third (month)", "the last (week)"
        "nth_before": rf"""(?ixr)(?:\bthe{_SP})?\b
            (?P<n>{p["ordinal"]}|[0-9]{{1,3}}(?:st|nd|rd|th)|last|final){_SP}$""",
        "week_of": rf"(?i){_SP}(?:of|beginning|commencing|starting)(?:{_SP}on)?{_SP}",
        "week_ordinal": rf"""(?ixr)(?:\b(?P<the>the){_SP})?
            (?:\b(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th){_SP})?$""",
        "season_year": rf"(?i)(?:{_SP}(?:of{_SP})?|{_S}{{0,3}},{_S}{{0,3}})(?P<y>{_YEAR4})",
        "season_prefix": rf"""(?ixr)
            (?:\b(?P<shift>{shift}){_SP}
              |\b(?P<the>the){_SP}
              |\b(?P<in>in|during|over|until|by|since){_SP}
            )$""",
        "season_before_year": rf"(?ir)\b(?P<s>{p['seasons']})(?:{_SP}of{_SP}|{_SP}|{_COMMA})$",
        "quarter_word": rf"""(?ixr)
            (?:\b(?P<the>the){_SP})?
            (?:\b(?P<shift>{p["shifts"]}){_SP}
              |\b(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th){_SP}
            )$""",
        "of_year": rf"""(?ix){_SP}of{_SP}(?:
                (?P<y>{_YEAR4})
              | (?:the{_SP})?(?P<cur>year|this{_SP}year)(?![\p{{L}}])
              | (?P<shift>last|next|this|previous){_SP}year(?![\p{{L}}])
            )""",
        "week_after": rf"(?i)(?:{_SP}of|{_S}{{0,3}},?){_SP}(?:the{_SP})?"
        rf"(?P<shift>this|next|last|previous|following){_SP}week(?![\p{{L}}])",
        "week_before": rf"(?ir)\b(?P<shift>this|next|last|previous|following){_SP}week"
        rf"{_S}{{0,3}}(?:-|,|{_SP}on)?{_S}{{0,3}}$",
        "joint": rf"(?i){_S}{{0,3}}(?:[{_JOINT_SIGNS}]|(?P<w>{_JOINT_WORDS}|or){_NO_LETTER})"
        rf"{_S}{{0,3}}",
        "word_after": r"[^\S\n]*(?P<w>[\p{L}'\u2019]+)",
        "now_before": rf"(?ir)\b(?P<rng>between|from){_SP}(?:now|today){_SP}"
        rf"(?:and|to|until|till){_SP}$",
        # between a weekday and the offset naming its week: "Monday two weeks from now",
        # "Thursday, two years from now"; and after the offset: "in 3 days on Friday"
        "weekday_offset_joint": rf"{_S}{{0,3}},?{_S}{{1,3}}",
        "offset_weekday_joint": rf"(?i){_S}{{0,3}},?{_SP}on{_SP}",
        "now_after": rf"(?i){_SP}(?:to|until|till|and|through){_SP}(?:now|today|date|"
        rf"the{_SP}present|current{_SP}date)(?![\p{{L}}])",
        "not_year_after": rf"(?i){_S}{{0,2}}(?:%|percent|per{_S}?cent|pc|"
        rf"(?:k|m|bn|mn|b|tn){_NO_LETTER}|"
        r"million|billion|trillion|thousand|hundred|[.,][0-9]|:[0-5][0-9]|[ap]\.?m\b|"
        r"gmt|utc|hrs|hours|years?\b|metres|meters|km|kilomet|miles|feet|tons|tonnes|kg)",
        "words": r"[a-z]+(?:['\u2019][a-z]+)?",
        "the_before": rf"(?ir)\bthe{_SP}$",
        "the_day": rf"(?i)the{_SP}(?=[0-9])",  # "the" before a day: "the 18th"
        "ordinal_cue": rf"(?ir)\b(?:on|by|until|till|since|before|after|around|week{_SP}of){_SP}"
        rf"(?P<the>the){_SP}$",
        "ordinal_follow": rf"(?i)(?:{_SP}(?:of{_SP})?(?P<shift>this|next|last){_SP}month"
        rf"{_NO_LETTER}"
        rf"|(?={_S}*(?:[.,;!?)]|$)))",
        "slash_date_after": rf"{_S}{{0,3}}(?:-|to|through|till|until|and|or|,){_S}{{0,3}}"
        r"[0-9]{1,2}/[0-9]{1,2}",
        "slash_date_before": rf"(?r)[0-9]{{1,2}}/[0-9]{{1,2}}(?:/[0-9]{{2,4}})?{_S}{{0,3}}"
        rf"(?:,|or|and|-|to|through|till|until){_S}{{0,3}}$",
        "day_before_after": rf"(?i){_SP}(?P<w>before{_SP}yesterday|after{_SP}tomorrow){_NO_LETTER}",
        "four_digits": r"[0-9]{4}",
        # "weekend" after a holiday: "Labor Day weekend", "halloween weekend 2021"
        "weekend_after": rf"(?i){_SP}weekend(?![\p{{L}}])(?:{_SP}(?P<y>{_YEAR4}))?",
        # a holiday after "the weekend of": "the weekend of halloween"
        "weekend_of": rf"(?i){_SP}of{_SP}",
        # before a fiscal or calendar year: "last fiscal year", "the school year"
        "other_year": rf"""(?ixr)
            (?:(?:\b(?P<shift>{p["shifts"]})|\bthe){_SP})?
            \b(?:{words((*cal.OTHER_YEARS, *cal.CALENDAR_YEARS))}){_SP}$""",
        "year_digits_after": rf"{_SP}{_YEAR4}",
        # a year in words alone: "nineteen ninety six", "two thousand and fifteen"
        "year_words": rf"""(?ix)(?:{p["number"]}|thousand|hundred|and|oh)(?![\p{{L}}])
               (?:(?:-|{_SP})(?:{p["number"]}|thousand|hundred|and|oh)(?![\p{{L}}])){{1,5}}""",
        "business_before": rf"(?ir)\b{words(cal.BUSINESS_DAY_WORDS)}{_SP}$",
        "thousand_before": rf"(?ir)\b(?:{words(cal.YEAR_THOUSAND_WORDS)}){_SP}$",
        # before "date": "to date", "year to date", "year-to-date"; "up to date" is no date
        "to_date": rf"""(?ixr)
            (?:\b(?P<year>year)(?:-|{_SP})|\b(?P<up>up|out)(?:-|{_SP}))?
            \b(?:to|till|until)(?:-|{_SP})$""",
        # the end of a clause after an expression: a stop, a comma, a bracket, the text's end
        "clause_end": r"[ \t\u00a0]*(?:[.,;:!?)\]\n]|$)",
        # a month name after a joint: "april *to june*", "august *and* october"
        "month_range_next": rf"(?i){_S}{{0,3}}(?:[{_JOINT_SIGNS}]|(?:to|through|thru|until|"
        rf"till)(?![\p{{L}}])){_S}{{0,3}}{p['month']}(?![\p{{L}}])",
        # a count before a shift: "the 5 past years", "the 2 next days"
        "count_shift": rf"""(?ixr)
            (?:\b(?P<the>the){_SP})?
            (?:(?P<digits>[0-9]+)|\b(?P<words>{p["number"]}(?:-{p["number"]})?))
            {_SP}(?P<shift>{p["shifts"]}){_SP}$""",
        # a day in words before a month: "twenty five January", "fifteen August"
        "day_word_before": rf"""(?ixr)\b(?P<d>{p["day_word"]}|{p["ordinal"]}|{p["number"]})
            {_SP}$""",
        # a week number: "the week 31", "calendar week 23", "week 3 (of 2027)"
        "week_number_before": rf"""(?ixr)
            (?:\b(?P<cue>{words(cal.WEEK_NUMBER_CUES)}){_SP})?
            \b(?P<week>week){_SP}$""",
        # a duration's start after it: "(for 2 weeks) starting", ", from"
        "run_opener": rf"""(?ix){_S}{{0,3}},?{_S}{{0,3}}
            (?:(?P<word>{words(cal.RUN_OPENERS)})(?:{_SP}(?:from|on))?|(?P<from>from))
            (?:{_SP}|$)""",
        # a range's joint after its first date: "(from 2010) to", "- 2015"
        "range_joint_after": rf"(?i){_S}{{0,3}}(?:[{_JOINT_SIGNS}]|(?:to|through|thru|until|"
        rf"till)(?![\p{{L}}]))",
        # "after next", "before last" after a unit: "the week after next"
        "after_next": rf"(?i){_SP}(?P<w>after{_SP}next|before{_SP}last)(?![\p{{L}}])",
    }


# The patterns that read forward run on the standard ``re`` engine, whose calls and group
# look-ups cost a fraction of the ``regex`` module's; only the patterns that read backward
# from a position (``(?r)``, the words before a date) need ``regex``. A letter is written
# ``\p{L}`` in the sources and ``[^\W\d_]`` for the standard engine.
_STANDARD_SPELLING = (
    (r"[\p{L}0-9]", r"(?:[^\W\d_]|[0-9])"),
    (r"[0-9\p{L}/.:]", r"(?:[^\W\d_]|[0-9/.:])"),
    (r"[\p{L}\p{N}]", r"\w"),
    (r"[\p{L}'\u2019]+", r"(?:[^\W\d_]|['\u2019])+"),
    (r"[\p{L}]", r"[^\W\d_]"),
    (r"\p{L}", r"[^\W\d_]"),
)


@functools.cache
def _pattern(name: str) -> re.Pattern[str]:
    """A forward reading pattern on the standard engine, compiled at its first use."""
    source = _sources()[name]
    for written, standard in _STANDARD_SPELLING:
        source = source.replace(written, standard)
    return re.compile(source)


@functools.cache
def _back(name: str) -> regex.Pattern[str]:
    """A pattern that reads backward from a position (``regex`` only), compiled at its
    first use. Its groups are read by number (:func:`_groups`): by name they cost the
    ``regex`` module several times more."""
    return compiled(_sources(backward=True)[name])


@functools.cache
def _index(name: str) -> dict[str, int]:
    """The numbers of a backward pattern's named groups."""
    return dict(_back(name).groupindex)


@functools.cache
def _names(name: str) -> tuple[str, ...]:
    """A backward pattern's group names, in the order of their numbers."""
    return tuple(sorted(_index(name), key=_index(name).__getitem__))


_Groups = dict[str, "str | None"]


def _groups(name: str, found: regex.Match[str] | None) -> _Groups | None:
    """The named groups of a backward pattern's match, read in one call."""
    if found is None:
        return None
    # One name for each group, in order (no unnamed groups): zip's strict check, a keyword
    # argument, would cost as much as the rest.
    return dict(zip(_names(name), found.groups()))  # noqa: B905


def _may_end_with(text: str, low: int, high: int, ends: tuple[str, ...]) -> bool:
    """Whether ``text[low:high]`` ends with white space after one of *ends* (lower-case
    spellings of the last words a backward pattern can match, before the white space it
    ends with): a test far cheaper than the pattern, which need not run when it fails. A
    text that is not plain ASCII passes (case folds beyond ASCII are the pattern's)."""
    if high <= low or text[high - 1] not in " \t\u00a0":
        return False
    tail = text[high - 24 if high - 24 > low else low : high].rstrip(" \t\u00a0")
    return not tail.isascii() or tail.lower().endswith(ends)


def _may_hold(text: str, low: int, high: int, piece: str) -> bool:
    """Whether ``text[low:high]`` may hold *piece* (lower case), a word a pattern needs
    there: a test far cheaper than the pattern, which need not run when it fails. A
    stretch that is not plain ASCII passes (case folds beyond ASCII are the pattern's)."""
    window = text[low:high]
    return not window.isascii() or piece in window.lower()


def _spellings(words: Iterable[str]) -> tuple[str, ...]:
    """Each word as :func:`_words_pattern` lets it be written, lower case: its dots and
    apostrophes may be left out."""
    out = set()
    for word in words:
        bare = word.replace("'", "")
        out |= {word, word.replace(".", ""), bare, bare.replace(".", "")}
    return tuple(sorted(out))


@functools.cache
def _unit_prefix_ends() -> tuple[str, ...]:
    """The words what stands before a count or unit ("unit_prefix") can end with: "this",
    "the", "of", a shift ("last", "past"), a word of span ("within") or a qualifier's
    last word ("than", "about")."""
    words = {"this", "the", "of", *_PERIOD_SHIFTS, *_SPAN_WORDS, "past", "coming"}
    words |= {word.split()[-1] for word in (*cal.SHIFTS, *number_data.QUALIFIERS)}
    return _spellings(words)


# -- anchors -----------------------------------------------------------------------------------
_DIGIT, _NAME, _WORD = 0, 1, 2

_HOLIDAY_FIRST_WORDS = frozenset({"christmas", "easter", "thanksgiving", "halloween"})
"""Holiday words that open a name and are no common word: a holiday is found by these,
or else by its last word ("Day", "Eve", "Year")."""

_NEEDLES = (
    "second",
    "day",
    "year",
    "month",
    "week",
    "decade",
    "hour",
    "minute",
    "night",
    "quarter",
    "omorrow",
    "summer",
    "winter",
    "spring",
    "autumn",
)
"""Lower-case pieces of the unit and relative words ("day" also finds "today",
"yesterday" and the weekdays), each found with one ``str.find`` scan."""

_DECADE_SUFFIX = "ties"
"""The ending of the decades in words ("the nineties"), found with one ``str.find`` scan
that keeps a hit only when its whole word is one of them (not "authorities"); sought in
the texts where lower-case names are (see :func:`_lower_case_needles`)."""


def _tree_branches(words: Iterable[str]) -> list[str]:
    """An alternation of *words* as a tree of their shared openings, one branch per first
    letter ("July", "Jul" and "June" make the one branch "J(?:u(?:l(?:y)?|ne))"): the engine
    tries a letter against one branch per next letter rather than against every word."""
    tails: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        tails.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in tails.items():
        if len(rests) == 1:  # the one word that opens with this letter
            branches.append(re.escape(first + rests[0]))
            continue
        longer = [rest for rest in rests if rest]
        optional = "?" if len(longer) < len(rests) else ""  # a word ends at this letter
        branches.append(f"{re.escape(first)}(?:{'|'.join(_tree_branches(longer))}){optional}")
    return branches


@functools.cache
def _anchor_names() -> tuple[str, ...]:
    """The capitalised words an expression is read from: the month and weekday names and
    each holiday's word that opens it ("Christmas") or else its last word ("Day")."""
    names = {name for names in (*cal.MONTHS, *cal.WEEKDAYS) for name in names}
    for holiday in cal.HOLIDAYS:
        words = holiday.split()
        word = words[0] if len(words) == 1 or words[0] in _HOLIDAY_FIRST_WORDS else words[-1]
        names.add(word.capitalize())
    return tuple(sorted(names))


@functools.cache
def _name_pattern() -> re.Pattern[str]:
    """One of :func:`_anchor_names` at a position, ending its run of lower-case letters:
    the tree of the names (see :func:`_tree_branches`), matched at the candidates that
    :func:`_name_scan` finds."""
    return re.compile(f"(?:{'|'.join(_tree_branches(_anchor_names()))})(?![a-z])")


@functools.cache
def _anchor_mask() -> bytes:
    """The table (for ``bytes.translate``) that makes the text the anchor scans read: a
    digit becomes "0", a capital that opens one of :func:`_anchor_names` "A", a lower-case
    ASCII letter stays itself and every other character becomes a space. The standard
    engine skips fast to the one character a pattern opens with (a few instructions a
    character), while a pattern that opens with a set of characters (the digits and
    capitals of the text) costs it ten times more at each character."""
    table = bytearray(b" " * 256)
    for letter in range(ord("a"), ord("z") + 1):
        table[letter] = letter
    for digit in b"0123456789":
        table[digit] = ord("0")
    for name in _anchor_names():
        table[ord(name[0])] = ord("A")
    return bytes(table)


_MASK_DIGIT_RUN = re.compile(b"00*")  # a run of digits in the masked text


@functools.cache
def _name_scan() -> re.Pattern[bytes]:
    """A candidate name in the masked text (see :func:`_anchor_mask`): a capital that
    opens a name, then the letters that follow the capital of a name. The capital is
    masked, so "Say" is a candidate as "May" is: :func:`_name_pattern` checks each
    candidate in the text."""
    rests = [name[1:] for name in _anchor_names()]
    return re.compile(f"A(?:{'|'.join(_tree_branches(rests))})(?![a-z])".encode("ascii"))


@functools.cache
def _lower_case_needles() -> tuple[str, ...]:
    """Lower-case words found whole, with one ``str.find`` scan each, in a text that writes
    no month, weekday or holiday name capitalised (a chat or a lower-cased text: one that
    capitalises them does not write them in lower case; in news, a scan costs as much as
    reading the dates): the month names that are no common word ("april", "june"; read only
    beside a day, a year or another month), the holiday words that open a name ("easter",
    "christmas"; read after a cue), the words that open a year written in words ("nineteen",
    "eighteen") or stand in one ("two thousand"), and "date" ("to date"; "year to date" is
    found from "year" in any text)."""
    months = [names[0].lower() for names in cal.MONTHS]
    words = [month for month in months if month not in cal.COMMON_WORD_MONTHS]
    centuries = [word for word, value in number_data.NUMBER_WORDS.items() if 18 <= value <= 19]
    return (*words, *sorted(_HOLIDAY_FIRST_WORDS), "thousand", *centuries, "date")


@functools.cache
def _decade_heads() -> frozenset[int]:
    """How many letters the decades in words have before their ending ("nine" in "nineties")."""
    return frozenset(len(word) - len(_DECADE_SUFFIX) for word in cal.DECADE_WORDS)


def _decade_words(text: str) -> list[tuple[int, str]]:
    """The decades in words of *text*, as (position, word): "nineties", "Eighties"."""
    found = []
    heads = _decade_heads()
    at = text.find(_DECADE_SUFFIX)
    while at != -1:
        end = at + len(_DECADE_SUFFIX)
        if not text[end : end + 1].isalpha():
            for head in heads:
                start = at - head
                if start >= 0 and not (start and text[start - 1].isalpha()):
                    word = text[start:end].lower()
                    if word in cal.DECADE_WORDS:
                        found.append((start, word))
        at = text.find(_DECADE_SUFFIX, end)
    return found


def _anchors(text: str) -> list[tuple[int, int]]:
    """Where an expression may be read: each digit run, capitalised name and unit word,
    as ``(position, kind)`` in order."""
    # The masked text has one byte for each character ("?" for any beyond Latin-1, which
    # the mask makes a space), so its positions are the text's.
    masked = text.encode("latin-1", "replace").translate(_anchor_mask())
    found = [(run.start(), _DIGIT) for run in _MASK_DIGIT_RUN.finditer(masked)]
    names = _name_pattern()
    for candidate in _name_scan().finditer(masked):
        at = candidate.start()
        if names.match(text, at) is not None:
            found.append((at, _NAME))
    lower_case = all(kind == _DIGIT for _, kind in found)  # no capitalised name: lower-case
    # ones are sought
    find = text.find
    for needle in _NEEDLES:
        at = find(needle)
        while at != -1:
            start = at
            while start and text[start - 1].isalpha():
                start -= 1
            found.append((start, _WORD))
            at = find(needle, at + len(needle))
    if not lower_case:
        found.sort()
        return found
    found += [(at, _WORD) for at, _ in _decade_words(text)]
    for needle in _lower_case_needles():  # whole words only: not "eastern", "candidate"
        at = find(needle)
        while at != -1:
            end = at + len(needle)
            if not (at and text[at - 1].isalpha()) and not text[end : end + 1].isalpha():
                found.append((at, _WORD))
            at = find(needle, end)
    found.sort()
    return found


# -- what is read ------------------------------------------------------------------------------
class _Found:
    """An expression read from the text, before it is resolved."""

    __slots__ = (
        "base",
        "business",
        "count",
        "day",
        "day2",
        "decade",
        "end",
        "extra",
        "form",
        "half",
        "holiday",
        "kind",
        "left",
        "modifier",
        "month",
        "numeric",
        "part",
        "post",
        "prefix",
        "quarter",
        "right",
        "season",
        "shift",
        "start",
        "unit",
        "weekday",
        "written_day_first",
        "year",
    )

    def __init__(self, form: str, start: int, end: int, kind: DateKind) -> None:
        self.form = form  # how it resolves: "date", "weekday", "offset", "window", ...
        self.start = start
        self.end = end
        self.kind = kind
        self.year: int | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.day2: int | None = None  # the last day of "November 18-19"
        self.weekday: int | None = None
        self.part: str | None = None  # early, mid, late
        self.season: int | None = None  # the month a season starts in
        self.quarter: int | None = None
        self.half: int | None = None
        self.decade: int | None = None  # a decade's or century's first year
        self.holiday: str | None = None
        self.shift: int | None = None  # -1 last, 0 this, 1 next, 2 "this coming"; +10: week
        self.unit: str | None = None
        self.count: Decimal | None = None
        self.extra: tuple[tuple[Decimal, str], ...] = ()  # the smaller units of a compound
        self.base = 0  # the day (from the reference) an offset counts from
        self.business = False  # days counted Monday to Friday ("4 business days")
        self.modifier: str | None = None
        self.prefix: str | None = None  # "between", "from", "since" before a date
        self.post: tuple[str, int] | None = None  # "before", "after", "from" after a duration
        self.numeric: tuple[int, int, int | None] | None = None  # an ambiguous a/b(/c)
        self.written_day_first: bool | None = None
        self.left: _Found | None = None
        self.right: _Found | None = None


_LETTERS = re.compile(r"[^\W\d_]*")
_DIGIT_RUN = re.compile(r"[0-9]+")


def _word_at(text: str, start: int) -> str:
    """The run of letters that starts at *start* ("" when none does)."""
    found = _LETTERS.match(text, start)
    return found.group() if found is not None else ""


_GAP = " \t\u00a0,"
_GAP_OR_DASH = _GAP + "-"
_OPENERS = "(\"'\u201c\u2018["


def _previous_word(text: str, position: int, floor: int) -> str:
    """The word before *position*, lower case, past the spaces and a comma between
    (with any bracket or quote before it dropped); "" when none stands right there."""
    if position <= floor or text[position - 1] not in _GAP_OR_DASH:
        return ""  # glued to the word before: "F-16", "mid-"
    low = position - 28
    if low < floor:
        low = floor
    stripped = text[low:position].rstrip(_GAP)
    return stripped[stripped.rfind(" ") + 1 :].lower().lstrip(_OPENERS).rstrip(".")


_PART_DASH = re.compile(r"(?i)(?<![^\W\d_])(?:mid|early|late)-$")  # "mid-" before a date


def _glued_before(text: str, position: int, floor: int) -> bool:
    """A letter, digit or code sign right before *position* ("F-16", "$5", "AN-124",
    "10:30"), unless it is the dash after the date read just before ("2014-2018")."""
    if position == 0:
        return False
    before = text[position - 1]
    if before.isalnum() or before in "$\u20ac\u00a3\u00a5#@_":
        return True
    if position > 1:
        previous = text[position - 2]
        if before in "-\u2013~" and floor == position - 1:
            return False
        if before == "-" and _PART_DASH.search(text, max(0, position - 7), position):
            return False  # "mid-2018", "late-March": a part of the period
        if before in "-./" and previous.isalnum():
            return True
        if before in ":," and previous.isdigit():
            return True
        if before == " " and previous in "$\u20ac\u00a3\u00a5":
            return True  # "$ 12"
    return False


def _year_value(surface: str, reference: date | None) -> int:
    """A year as written: "2019", "'19", "87" (two digits: the century that puts it at
    most ten years after the reference; without one, 20xx below 30, else 19xx)."""
    digits = surface.lstrip("'\u2019")
    value = int(digits)
    if len(digits) > 2:
        return value
    if reference is not None:
        return 2000 + value if 2000 + value <= reference.year + 10 else 1900 + value
    return 2000 + value if value < 30 else 1900 + value


def _day_value(surface: str) -> int | None:
    lower = " ".join(surface.lower().split())
    if lower[:1].isdigit():
        return int(lower.rstrip("stndrh"))
    tables = _tables()
    return tables.ordinals.get(lower, tables.day_words.get(lower))


def _drop_full_stop(text: str, found: re.Match[str], end: int) -> int:
    """A full stop after a full month name ends the sentence: "on 19 June." stops
    before it; "Dec." keeps its dot."""
    at_end = end == found.end() and text[end - 1 : end] == "." and found["y"] is None
    if at_end and found["m"].lower() not in _tables().abbreviations:
        return end - 1
    return end


# -- readers, one per kind of anchor ---------------------------------------------------------
def _read_name(text: str, at: int, floor: int, reference: date | None) -> _Found | None:
    """At a capitalised month, weekday or holiday word."""
    word = _word_at(text, at).lower()
    tables = _tables()
    if word in tables.months:
        holiday = _read_holiday(text, at, floor) if word == "may" else None  # "May Day"
        return holiday or _read_month(text, at, floor, reference)
    if word in tables.weekdays:
        return _read_weekday(text, at, floor, reference)
    return _read_holiday(text, at, floor)


def _read_month(text: str, at: int, floor: int, reference: date | None) -> _Found | None:
    f = _read_month_name(text, at, floor, reference)
    if f is not None and f.year is None and f.day2 is None and f.month is not None:
        _add_written_year(text, f)
    if f is not None and f.day is None and f.year is not None and f.start > floor:
        _add_day_in_words(text, f, floor)
    return f


def _add_day_in_words(text: str, f: _Found, floor: int) -> None:
    """A day written in words before a month and year: "twenty five January nineteen
    eighty six", "fifteen August 1993" (the date's start moves over it; "one" is left:
    "one January 2019 raid" counts)."""
    if _previous_word(text, f.start, floor) not in _day_word_ends():
        return
    found = _back("day_word_before").match(text, max(floor, f.start - 30), f.start)
    if found is None:
        return
    words = " ".join(found["d"].lower().split())
    day = _tables().ordinals.get(words) or _tables().day_words.get(words)
    if day is None:
        day = number_data.NUMBER_WORDS.get(words)
        if day is None or day < 2:
            return
    if day <= 31:
        f.day, f.start, f.kind = day, found.start(), K.ABSOLUTE
        f.written_day_first = True


@functools.cache
def _day_word_ends() -> frozenset[str]:
    """The words a day written in words can end with ("five", "fifteenth")."""
    words = {word.split()[-1] for word in _tables().ordinals}
    return frozenset(words | set(number_data.NUMBER_WORDS))


def _add_written_year(text: str, f: _Found) -> None:
    """A year written in words after a month or a day and month: "January 25 nineteen
    eighty-six", "October two thousand and five" (the date's end moves over it)."""
    found = _pattern("written_year").match(text, f.end)
    if found is None:
        return
    read = _year_in_words(text, found.start("w"), found.end())
    if read is None:
        return
    year, end = read
    after = _pattern("word_after").match(text, end)
    if after is not None and after.start("w") == end + 1:
        noun = after["w"].lower()
        if noun in _tables().count_nouns or (noun.endswith("s") and not noun.endswith("ss")):
            return  # "on May 5 two thousand people marched"
    f.year, f.end = year, end
    if f.day is not None:
        f.kind = K.ABSOLUTE


_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)


def _year_in_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The year the words in ``text[start:end]`` open with, and where it ends: "nineteen
    eighty six", "nineteen hundred ninety three", "two thousand and fifteen", "twenty
    nineteen"; None when they name no year."""
    tokens = [(m.group().lower(), m.end()) for m in _WORD_TOKEN.finditer(text, start, end)]
    words = [word for word, _ in tokens]
    numbers = number_data.NUMBER_WORDS
    if words[:2] == [cal.YEAR_THOUSAND_WORDS[0], "thousand"]:
        rest, used = _below_hundred(words[2:], allow_and=True)
        if used:
            return 2000 + rest, tokens[1 + used][1]
        return 2000, tokens[1][1]
    century = numbers.get(words[0]) if words else None
    if century is None or not 10 <= century <= 20 or len(words) < 2:
        return None
    if words[1] == "hundred":
        rest, used = _below_hundred(words[2:], allow_and=True)
        return century * 100 + rest, tokens[1 + used][1]
    rest, used = _below_hundred(words[1:], allow_and=False)
    if not used or (rest < 10 and words[1] not in cal.YEAR_ZERO_WORDS):
        return None  # "nineteen six": not a year
    return century * 100 + rest, tokens[used][1]


def _below_hundred(words: list[str], *, allow_and: bool) -> tuple[int, int]:
    """A number below a hundred at the head of *words* ("eighty six", "and fifteen", "oh
    five"), and how many words it takes; (0, 0) when there is none."""
    numbers = number_data.NUMBER_WORDS
    skip = 1 if allow_and and words[:1] == ["and"] else 0
    head = words[skip : skip + 2]
    if not head:
        return 0, 0
    if head[0] in cal.YEAR_ZERO_WORDS and len(head) == 2 and 1 <= numbers.get(head[1], 0) <= 9:
        return numbers[head[1]], skip + 2  # "nineteen oh five"
    value = numbers.get(head[0])
    if value is None or not 1 <= value <= 90:
        return 0, 0
    if value >= 20 and value % 10 == 0 and len(head) == 2:
        unit = numbers.get(head[1], 0)
        if 1 <= unit <= 9:
            return value + unit, skip + 2
    return value, skip + 1


def _read_month_name(text: str, at: int, floor: int, reference: date | None) -> _Found | None:
    found = _pattern("month").match(text, at)
    if found is None:
        return None
    tables = _tables()
    name = found["m"].lower()
    month = tables.months[name]
    f = _Found("date", at, found.end(), K.PARTIAL)
    f.month = month
    if found["d"] is not None:
        f.day = _day_value(found["d"])
        if found["d2"] is not None:
            f.day2 = _day_value(found["d2"])
        if found["y"] is not None:
            f.year = _year_value(found["y"], reference)
        f.written_day_first = False
        f.end = _drop_full_stop(text, found, f.end)
    elif found["my"] is not None:
        f.year = _year_value(found["my"], reference)
    else:
        if not _month_alone_ok(text, at, found, name, floor):
            return None
        dotted = found["dot"] is not None and name in tables.abbreviations
        f.end = found.end() if dotted else at + len(found["m"])
    if f.day is None and _previous_word(text, at, floor) == "of":
        before = _back("ordinal_before").match(text, max(floor, at - 60), at)
        if before is not None:  # "fourth of July", "the ninth of April"
            f.day = _day_value(before["d"])
            f.start = before.start()
            f.written_day_first = True
            if before["d1"] is not None:  # "from ninth till seventeenth of april"
                joint = before["j"].strip().lower()
                if joint != "and" or _previous_word(text, f.start, floor) == "between":
                    f.day, f.day2 = _day_value(before["d1"]), f.day
                else:
                    f.start = before.start("d")
                    if text[before.start("d") - 4 : before.start("d")].lower() == "the ":
                        f.start -= 4
    if f.day is not None and f.year is not None:
        f.kind = K.ABSOLUTE
    if f.day2 is not None:
        f.kind = K.RANGE
    return f


def _month_alone_ok(text: str, at: int, found: re.Match[str], name: str, floor: int) -> bool:
    """A month named alone must be capitalised and must not open a name ("August
    Strindberg"); "May", "March" and abbreviations need a cue ("in March") or a range.
    In lower case it must stand in a range of two month names ("from april to june",
    "between august and october") or after an ordinal ("the ninth of april")."""
    if not text[at].isupper():
        low = max(floor, at - 60)
        if _previous_word(text, at, floor) == "of":
            return _back("ordinal_before").match(text, low, at) is not None
        if _pattern("month_range_next").match(text, found.end()) is not None:
            return True
        before = _back("month_joint_before").match(text, low, at)
        if before is None:
            return False
        joint = text[before.end("m") : at].strip(" \t\u00a0.").lower()
        return before["rng"] is not None or joint != "and"
    after = _pattern("word_after").match(text, found.end())
    if after is not None and after.start("w") == found.end() + 1:
        word = after["w"]
        if word[0].isupper() and word.lower() not in _tables().months:
            return False  # "August Strindberg"
    if name in ("may", "march") or name in _tables().abbreviations:
        cue = _back("month_cue").match(text, max(floor, at - 30), at)
        return cue is not None or _pattern("range_next").match(text, found.end()) is not None
    return True


def _read_holiday(
    text: str, at: int, floor: int, *, lower_ok: bool = False, cued: bool = False
) -> _Found | None:
    """A holiday: "Christmas", "Easter 2018", "Labor Day weekend", "Independence Day of
    this year"; in lower case (*lower_ok*) only after a cue ("last easter", "before
    independence day", or *cued* by the caller: "the weekend of halloween") or before a
    year or "weekend"."""
    found = _pattern("holiday").match(text, at)
    start = at
    if found is None:
        word_end = at + len(_word_at(text, at))
        before = _back("holiday_before").match(text, max(floor, at - 40), word_end)
        if before is None:
            return None
        start, end, name = before.start(), word_end, before.group()
    else:
        end, name = found.end(), found.group()
    if start < floor:
        return None
    f = _Found("holiday", start, end, K.PARTIAL)
    f.holiday = _fold(name)
    year = _pattern("holiday_year").match(text, end)
    if year is not None:
        f.year = int(year["y"])
        f.end = year.end()
        f.kind = K.ABSOLUTE
    else:
        of = _pattern("of_year").match(text, end)
        if of is not None:  # "independence day of this year"
            f.end = of.end()
            if of["y"] is not None:
                f.year, f.kind = int(of["y"]), K.ABSOLUTE
            else:
                f.shift = cal.SHIFTS[of["shift"].lower()] if of["shift"] else 0
                f.kind = K.RELATIVE
    weekend = _pattern("weekend_after").match(text, f.end)
    if weekend is not None:  # "Labor Day weekend", "halloween weekend 2021"
        f.unit, f.end = "weekend", weekend.end()
        if weekend["y"] is not None:
            f.year, f.kind = int(weekend["y"]), K.ABSOLUTE
    if not text[start].isupper():
        cued = cued or _previous_word(text, start, floor) in _HOLIDAY_CUES
        named = f.year is not None or f.shift is not None or f.unit is not None
        if not (lower_ok and (cued or named)):
            return None
    return f


_HOLIDAY_CUES = frozenset(cal.HOLIDAY_CUES)
_LOWER_HOLIDAY_LEADS = frozenset(
    words[-2] for words in (_fold(name).split() for name in cal.HOLIDAYS) if len(words) > 1
) - frozenset(cal.SHIFTS)
"""The words before the last word of a holiday's name ("independence" in "independence
day", "new" in "new year"), by which one in lower case is found from its unit word."""


def _read_other_year(text: str, at: int, end: int, word: str, floor: int) -> _Found | None:
    """ "last fiscal year", "this school year", "the fiscal year": found, not placed; "this
    calendar year" is the calendar's."""
    before = _back("other_year").match(text, max(floor, at - 40), at)
    if before is None:
        return None
    shift = before["shift"]
    if word in cal.CALENDAR_YEARS:
        if shift is None:
            return None  # "the calendar year 2008" is read from its digits
        f = _Found("shift", before.start(), end, K.RELATIVE)
        f.unit, f.shift = "year", cal.SHIFTS[shift.lower()]
        return f
    if _pattern("year_digits_after").match(text, end) is not None:
        return None  # "fiscal year 2008": the digits are read
    return _Found("other_year", before.start(), end, K.RELATIVE)


def _read_business_days(
    text: str, at: int, end: int, floor: int, reference: date | None
) -> _Found | None:
    """ "within 10 business days", "the next 4 working days": days that count Monday to
    Friday only, read as a unit from the word that qualifies them."""
    qualifier = _back("business_before").match(text, max(floor, at - 12), at)
    if qualifier is None:
        return None
    f = _read_unit(text, qualifier.start(), end, "day", floor, reference)
    if f is None or f.count is None or f.extra or f.form not in _BUSINESS_FORMS:
        return None
    f.business = True
    return f


_BUSINESS_FORMS = frozenset({"duration", "window", "within", "offset", "in_offset"})


def _read_year_in_words(text: str, at: int, floor: int) -> _Found | None:
    """A year written in words after a cue: "in nineteen ninety six", "since two thousand
    and five"; not a count ("in nineteen cases", "of two thousand people")."""
    if _word_at(text, at).lower() == "thousand":  # "two thousand": it opens a word before
        two = _back("thousand_before").match(text, max(floor, at - 12), at)
        if two is None:
            return None
        at = two.start()
    if _previous_word(text, at, floor) not in _YEAR_IN_WORDS_CUES:
        return None
    words = _pattern("year_words").match(text, at)
    if words is None:
        return None
    read = _year_in_words(text, at, words.end())
    if read is None or not 1000 <= read[0] <= _LAST_PLAIN_YEAR:
        return None
    year, end = read
    after = _pattern("word_after").match(text, end)
    if after is not None and after.start("w") == end + 1:
        noun = after["w"].lower()
        if noun in _tables().count_nouns or (noun.endswith("s") and not noun.endswith("ss")):
            return None  # "in two thousand and five cases"
    f = _Found("date", at, end, K.ABSOLUTE)
    f.year = year
    return f


_YEAR_IN_WORDS_CUES = frozenset(cal.YEAR_IN_WORDS_CUES)


def _read_decade_word(text: str, at: int, end: int, word: str, floor: int) -> _Found | None:
    """ "the nineties", "in the late eighties", "since the seventies"; "in their forties"
    is an age."""
    if _previous_word(text, at, floor) not in _DECADE_WORD_CUES:
        return None
    f = _Found("decade", at, end, K.DECADE)
    f.decade = cal.DECADE_WORDS[word]
    return f


_DECADE_WORD_CUES = frozenset(cal.DECADE_WORD_CUES)


def _read_to_date(text: str, at: int, floor: int) -> _Found | None:
    """ "to date" (up to the reference date) and "year to date" (from the year's first
    day); not "up to date", nor "to date" with an object ("refused to date him")."""
    found = _back("to_date").match(text, max(floor, at - 20), at)
    if found is None:
        return None
    end = at + 4
    if found["year"] is not None:
        f = _Found("current_part", found.start(), end, K.RELATIVE)
        f.unit, f.part = "year", "early"
        return f
    if found["up"] is not None or _pattern("clause_end").match(text, end) is None:
        return None
    f = _Found("to_date", found.start(), end, K.RELATIVE)
    f.modifier = "until"
    return f


def _read_weekday(text: str, at: int, floor: int, reference: date | None) -> _Found | None:
    tables = _tables()
    word = _word_at(text, at)
    previous = _previous_word(text, at, floor)
    if previous in _HOLIDAY_WEEKDAY_LEADS:
        holiday = _back("holiday_before").match(text, max(floor, at - 30), at + len(word))
        if holiday is not None:  # "Black Friday", "Easter Monday"
            return _read_holiday(text, holiday.start(), floor)
    name = word.lower()
    weekday = tables.weekdays[name]
    end = at + len(word)
    dated = None
    dotted = name in tables.abbreviations and text[end : end + 1] == "."  # "Mon., March 25"
    gap = _pattern("after_weekday").match(text, end + dotted)
    if gap is not None and gap.end() < len(text):
        dated = _read_after_weekday(text, gap.end(), reference)
        if dated is not None and (
            dated.form not in ("date", "numeric") or (dated.form == "date" and dated.day is None)
        ):
            dated = None  # "Monday 2019": the weekday, then a year
    if dated is not None:
        dated.start = at
        dated.weekday = weekday
        if dated.form == "date" and dated.month is None:  # "Monday 21", "Tue 13th"
            dated.form = "weekday_day"
            dated.kind = K.RELATIVE
        return dated
    if name in cal.WORD_LIKE_WEEKDAYS or (at and text[at - 1] == "-"):
        return None  # "Sun", "Wed" alone are words, not weekdays
    f = _Found("weekday", at, end, K.RELATIVE)
    f.weekday = weekday
    if text[end : end + 4] in (" of ", " of\u00a0") or text[end : end + 2] == ", ":
        after = _pattern("week_after").match(text, end)
        if after is not None:  # "Tuesday of next week"
            f.shift = cal.SHIFTS[after["shift"].lower()] + 10
            f.end = after.end()
    if (
        f.shift is None
        and previous in ("week", "-", "on")
        and _may_hold(text, at - 16 if at - 16 > floor else floor, at, "week")
    ):
        before = _back("week_before").match(text, max(floor, at - 30), at)
        if before is not None:  # "next week Wednesday"
            f.shift = cal.SHIFTS[before["shift"].lower()] + 10
            f.start = before.start()
    return f


@functools.cache
def _ordinal_openings() -> frozenset[str]:
    """The words an ordinal opens with ("twenty" in "twenty-first", "first")."""
    return frozenset(re.split("[ -]", word)[0] for word in _tables().ordinals)


_HOLIDAY_WEEKDAY_LEADS = frozenset(
    words[-2] for words in (name.split() for name in cal.HOLIDAYS) if len(words) > 1
)
"""The words before a weekday in a holiday's name ("black" in "Black Friday")."""


def _read_after_weekday(text: str, at: int, reference: date | None) -> _Found | None:
    """A date after a weekday: "March 7", "7/6", "7.6", "13th", "21", "the eleventh"."""
    char = text[at]
    if char.isalpha():
        word = _word_at(text, at).lower()
        if word in _tables().months:
            return _read_month(text, at, at, reference)
        if word.isascii() and word not in _ordinal_openings():
            return None  # not an ordinal: the pattern need not run
        written = _pattern("ordinal_word").match(text, at)
        if written is None:  # "Tuesday the eleventh", "wednesday the thirty first"
            return None
        f = _Found("date", at, written.end(), K.RELATIVE)
        f.day = _day_value(written.group())
        return f
    if not char.isdigit():
        return None
    found = _read_digits(text, at, at, reference, after_weekday=True)
    if found is not None:
        return found
    day = _pattern("ordinal_digits").match(text, at) or _pattern("bare_day").match(text, at)
    if day is None:
        return None
    f = _Found("date", at, day.end(), K.RELATIVE)
    f.day = int(day.group().rstrip("stndrhSTNDRH"))
    return f


def _read_digits(
    text: str, at: int, floor: int, reference: date | None, *, after_weekday: bool = False
) -> _Found | None:
    """At a digit run: numeric dates, years, decades, centuries, day-month dates,
    quarters, and the counts of durations ("48 hours")."""
    run = _DIGIT_RUN.match(text, at)
    assert run is not None
    end = run.end()
    size = end - at
    before = text[at - 1] if at else ""
    if before:
        if before in "qQhH" and (at < 2 or not text[at - 2].isalnum()):
            return _read_quarter_digit(text, at)
        if before in "'\u2019" and size == 2:
            return _read_decade(text, at - 1, floor)
        if before in " \t\u00a0,.-/":
            month = _month_before(text, at, floor, reference)
            if month is not None:  # "april 9th", "june of 1992", "Sep-23"
                return month
            if size <= 2 and text[at - 5 : at - 1].lower() == "week" and before == " ":
                return _read_week_number(text, at, end, floor)  # "calendar week 23"
        if _glued_before(text, at, floor):
            if size in (4, 8) and before in "-_/" and (at < 2 or not text[at - 2].isdigit()):
                return _read_iso(text, at)  # "report-2002-10-09.xlsx", "archive-20170302"
            return None
    after = text[end : end + 1]  # "" at the text's end
    if after and (after in " -\u00a0." or after.isalpha()) and _unit_may_follow(text, end):
        unit = _pattern("unit_after").match(text, end)
        if unit is not None:  # "48 hours", "3.5years", "a 10-year"
            if unit.start("u") - at <= 40 and text[unit.end() : unit.end() + 5].lower().startswith(
                ("-old", "-long")
            ):
                return None  # an age, a length: "a 48-year-old", "a 20-minute-long"
            word = unit["u"].lower()
            return _read_unit(text, unit.start("u"), unit.end(), cal.UNITS[word], floor, reference)
    if size == 8:
        found = _pattern("compact").match(text, at)
        if found is None or (after and after.isalnum()):
            return None
        f = _Found("date", at, found.end(), K.ABSOLUTE)
        f.year, f.month, f.day = int(found["y"]), int(found["m"]), int(found["d"])
        return f
    if size == 4:
        return _read_year_digits(text, at, end, after, floor, reference)
    if size > 2:
        return None
    if after == "." and not after_weekday and _is_decimal(text, end):
        return None  # a decimal: "0.01 percent", "11.4 billion"
    if after and after in "/.-":
        numeric = _read_numeric(text, at, floor, reference, after_weekday=after_weekday)
        if numeric is not None or after == ".":
            return numeric
        return _read_day_month(text, at, floor, reference)
    if after == ":":
        return None  # a time, a video's duration
    if after and after in " \u00a0\t" and not _day_month_may_follow(text, end):
        return None  # "100 more", "2 billion"
    if after and after.isalpha():
        suffix = text[end : end + 2].lower()
        if suffix in ("st", "nd", "rd", "th"):
            century = _pattern("century").match(text, at)
            if century is not None:
                return _century(text, at, century)
            return _read_day_month(text, at, floor, reference) or _read_ordinal_alone(
                text, at, floor
            )
        if suffix[:1] == "s":
            return _read_decade(text, at, floor)
        if after == "h" and not text[end + 1 : end + 2].isalnum():
            return _read_unit(text, end, end + 1, "hour", floor, reference)  # "48h", not "1H"
        return None
    return _read_day_month(text, at, floor, reference)


def _unit_may_follow(text: str, end: int) -> bool:
    """Whether a unit word may follow the digits that end at *end*: at most two spaces or a
    dash away, its first two letters those of a unit ("48 hours", "10-year"); a cheap test
    before the pattern. A decimal point ("3.5 years") or a stretch that is not plain ASCII
    passes."""
    window = text[end : end + 4]
    if window[:1] == "." or not window.isascii():
        return True
    window = window.lower()
    openings = _unit_openings()
    return window[:2] in openings or window[1:3] in openings or window[2:4] in openings


@functools.cache
def _unit_openings() -> frozenset[str]:
    """The first two letters of the unit words ("ho" for "hours", "hr")."""
    return frozenset(word[:2] for word in cal.UNITS)


def _read_week_number(text: str, at: int, end: int, floor: int) -> _Found | None:
    """ "week 3 of 2027", "week 27 of last year", "calendar week 23", "the week 31": a
    week of the year as ISO 8601 numbers them. "In week 3 of the strike", "the week 2
    soldiers died" count something else and are not read."""
    number = int(text[at:end])
    before = _back("week_number_before").match(text, max(floor, at - 30), at)
    if not 1 <= number <= 53 or before is None:
        return None
    f = _Found("week_number", before.start(), end, K.RELATIVE)
    f.count = Decimal(number)
    of = _pattern("of_year").match(text, end)
    if of is not None:
        f.end = of.end()
        if of["y"] is not None:
            f.year, f.kind = int(of["y"]), K.ABSOLUTE
        else:
            f.shift = cal.SHIFTS[of["shift"].lower()] if of["shift"] else 0
    else:
        cue = (before["cue"] or "").lower()
        if not cue or (cue == "the" and _pattern("clause_end").match(text, end) is None):
            return None  # "in week 3, ...", "the week 2 soldiers died"
    if (before["cue"] or "").lower() == "the":
        f.start = before.start("week")  # "the week 31" is "week 31"
    return f


def _read_iso(text: str, at: int) -> _Found | None:
    """A full ISO or compact date, read even when glued to a word before it."""
    found = _pattern("iso").match(text, at) or _pattern("compact").match(text, at)
    if found is None or text[found.end() : found.end() + 1].isalnum():
        return None
    f = _Found("date", at, found.end(), K.ABSOLUTE)
    f.year, f.month, f.day = int(found["y"]), int(found["m"]), int(found["d"])
    return f


def _is_decimal(text: str, point: int) -> bool:
    """Digits after the point at *point* and no second point or slash after them."""
    position = point + 1
    size = len(text)
    while position < size and text[position].isdigit():
        position += 1
    return position > point + 1 and text[position : position + 1] not in (".", "/", "-")


_DAY_MONTH_LINKS = frozenset({"of", "to", "and", "through", "till", "until", "the", "thru"})


def _day_month_may_follow(text: str, end: int) -> bool:
    """Whether a month (or a link to one: "of", "to", "and") follows a day number."""
    position = end
    size = len(text)
    while position < size and text[position] in " \u00a0\t":
        position += 1
    if position < size and text[position] in "-\u2013":
        return True
    word = _word_at(text, position).lower()
    return word in _tables().months or word in _DAY_MONTH_LINKS


def _month_before(text: str, at: int, floor: int, reference: date | None) -> _Found | None:
    """A month in lower case before the digits at *at*: "april 9th", "june of 1992"."""
    word = _previous_word(text, at, floor)
    tables = _tables()
    link = word
    if word in ("of", "the") or (word == "in" and text[at : at + 4].isdigit()):
        word = _previous_word(text, at - len(word) - 1, floor)
    if word not in tables.months:  # (a word read before has no full stop: "sept" for "Sept.")
        return None
    if link == "in" and word in cal.COMMON_WORD_MONTHS:
        return None  # "prices may in 2016 have"
    month = _back("month_before").match(text, max(floor, at - 16), at)
    if month is None:
        return None
    found = _read_month(text, month.start(), floor, reference)
    return found if found is not None and found.end > at else None


def _read_day_month(text: str, at: int, floor: int, reference: date | None) -> _Found | None:
    found = _pattern("day_month").match(text, at)
    if found is None:
        return None
    if (
        found["dj"] is not None
        and "and" in found["dj"].lower()
        and _previous_word(text, at, floor) != "between"
    ):
        f = _Found("date", at, found.end("d"), K.PARTIAL)  # "18 and 19 June": two days
        f.day, f.month = _day_value(found["d"]), _tables().months[found["m"].lower()]
        if found["y"] is not None:
            f.year, f.kind = _year_value(found["y"], reference), K.ABSOLUTE
        f.written_day_first = True
        return f
    f = _Found("date", at, found.end(), K.PARTIAL)
    f.day = _day_value(found["d"])
    f.month = _tables().months[found["m"].lower()]
    if found["d2"] is not None:
        f.day2 = _day_value(found["d2"])
        f.kind = K.RANGE
    if found["y"] is not None:
        f.year = _year_value(found["y"], reference)
        if f.day2 is None:
            f.kind = K.ABSOLUTE
    f.written_day_first = True
    f.end = _drop_full_stop(text, found, f.end)
    if f.year is None and f.day2 is None:
        _add_written_year(text, f)
    if _previous_word(text, at, floor) == "the":
        the = _back("the_before").match(text, max(floor, at - 8), at)
        if the is not None:
            f.start = the.start()
    return f


def _read_ordinal_alone(text: str, at: int, floor: int) -> _Found | None:
    """ "on the 18th", "the 4th of this month": a day of the reference's month."""
    found = _pattern("ordinal_digits").match(text, at)
    if found is None or _previous_word(text, at, floor) != "the":
        return None
    cue = _back("ordinal_cue").match(text, max(floor, at - 16), at)
    follow = _pattern("ordinal_follow").match(text, found.end())
    if cue is None or follow is None:
        return None
    f = _Found("month_day", cue.start("the"), follow.end(), K.RELATIVE)
    f.day = int(found["d"])
    # "the 4th of next month" names its month; "on the 18th" is placed by the tense
    f.shift = cal.SHIFTS[follow["shift"].lower()] if follow["shift"] else None
    return f


def _read_year_digits(
    text: str, at: int, end: int, after: str, floor: int, reference: date | None
) -> _Found | None:
    if after and after in "-/.\u2013~":
        for name in ("iso", "iso_month_name"):
            found = _pattern(name).match(text, at)
            if found is not None:
                f = _Found("date", at, found.end(), K.ABSOLUTE)
                f.year, f.day = int(found["y"]), int(found["d"])
                month = found["m"]
                f.month = int(month) if month.isdigit() else _tables().months[month.lower()]
                return f
        tail = _pattern("year_tail").match(text, at)
        if tail is not None and after != ".":
            return _year_tail(at, tail)
    if after and after in "s'\u2019":
        return _read_decade(text, at, floor)
    if text[end + 1 : end + 2] in ("q", "Q", "h", "H") or text[end : end + 2] in (
        "-q",
        "-Q",
        "-h",
        "-H",
    ):
        quarter = _pattern("quarter_after_year").match(text, at)
        if quarter is not None:  # "2019 Q1", "2017-q1", "2019 H2"
            return _part_of_year(at, quarter.end(), quarter["y"], quarter["qh"], quarter["n"])
    if after and (after.isalnum() or after == "%"):
        return None
    value = int(text[at:end])
    if not 1000 <= value <= _LAST_YEAR:
        return None
    return _plain_year(text, at, end, value, floor)


def _year_tail(at: int, tail: re.Match[str]) -> _Found | None:
    """ "2019-20", "2014-18", "2014-2018" (a span of years), "2015-12", "2019-05" (a month)."""
    year, digits = int(tail["y"]), tail["t"]
    value = int(digits)
    if len(digits) == 4:
        if value <= year:
            return None
    elif len(digits) == 2 and digits[0] != "0" and value > year % 100:
        value += year - year % 100
    elif 1 <= value <= 12:
        f = _Found("date", at, tail.end(), K.PARTIAL)
        f.year, f.month = year, value
        return f
    else:
        return None
    f = _Found("range", at, tail.end(), K.RANGE)
    left = _Found("date", at, at + 4, K.ABSOLUTE)
    left.year = year
    right = _Found("date", tail.start("t"), tail.end(), K.ABSOLUTE)
    right.year = value
    f.left, f.right = left, right
    return f


_WEAK_YEAR_OPENERS = frozenset({"and", "or", "to", "from", "of", "on", "this", "that"})
"""Words before a number that may open a year but also a count ("and 1500 tanks")."""


_LAST_PLAIN_YEAR = 2100
"""The last year read in any context that opens a year (as :data:`_YEAR4` reads them)."""
_LAST_YEAR = 2199
"""The last year a number alone is read as: projections reach past 2100 ("by 2150"), after
one of ``calendar.FAR_YEAR_CUES``."""


def _plain_year(text: str, at: int, end: int, value: int, floor: int) -> _Found | None:
    """A four-digit number read as a year, unless it counts something ("sent 2000
    troops") or is an amount ("2019 percent")."""
    if _pattern("not_year_after").match(text, end):
        return None
    tables = _tables()
    previous = _previous_word(text, at, floor)
    if previous in tables.holiday_last_words:
        holiday = _back("holiday_before_year").match(text, max(floor, at - 40), at)
        if holiday is not None:  # "easter 2018", "black friday 2010"
            f = _Found("holiday", holiday.start(), end, K.ABSOLUTE)
            f.holiday, f.year = _fold(holiday["h"]), value
            return f
    if value > _LAST_PLAIN_YEAR and previous not in cal.FAR_YEAR_CUES:
        return None  # a far year needs a cue: "by 2150", "until 2150"
    if previous not in tables.year_openers or previous in _WEAK_YEAR_OPENERS:
        if not 1900 <= value <= _LAST_PLAIN_YEAR:
            return None
        after = _pattern("word_after").match(text, end)
        if after is not None and after.start("w") > end:
            noun = after["w"].lower()
            if noun in tables.count_nouns or (
                noun.endswith("s")
                and not noun.endswith("ss")
                and noun not in tables.count_modifiers
                and not after["w"][0].isupper()
            ):
                return None  # "sent 2000 troops"
    f = _Found("date", at, end, K.ABSOLUTE)
    f.year = value
    _add_month_after_year(text, f, tables)
    if previous in cal.SEASONS or previous == "of":
        season = _back("season_before_year").match(text, max(floor, at - 14), at)
        if season is not None:  # "the fall of 2018", "summer 2019"
            f.season = cal.SEASONS[season["s"].lower()]
            f.start = season.start()
            f.kind = K.PARTIAL
    return f


def _add_month_after_year(text: str, f: _Found, tables: _Tables) -> None:
    """A month named after its year, in the year-first order some outlets use: "in 2017
    April". "May", "March" and "August" are no month there ("in 2017 May said"), nor is a
    month that a day follows ("2017 April 5" is not read as the month)."""
    after = _pattern("word_after").match(text, f.end)
    if after is None or after.start("w") != f.end + 1:
        return
    word = after["w"].lower()
    month = tables.months.get(word)
    if month is None or word in cal.COMMON_WORD_MONTHS:
        return
    if text[after.end() : after.end() + 4].lstrip()[:1].isdigit():
        return  # "2017 April 5": a day follows
    f.month, f.end, f.kind = month, after.end(), K.PARTIAL  # as "April 2017"


def _read_numeric(
    text: str, at: int, floor: int, reference: date | None, *, after_weekday: bool
) -> _Found | None:
    three = _pattern("three_part").match(text, at)
    if three is not None:
        a, b, c = int(three["a"]), int(three["b"]), three["c"]
        if three["s"] == "." and len(c) == 2:
            return None  # "1.2.30" reads as a version number sooner than a date
        if not _numeric_ok(a, b):
            return None
        f = _Found("numeric", at, three.end(), K.ABSOLUTE)
        f.numeric = (a, b, _year_value(c, reference))
        return f
    month_year = _pattern("month_year").match(text, at)
    if month_year is not None:  # "12-2015", "3/2019"
        f = _Found("date", at, month_year.end(), K.PARTIAL)
        f.month, f.year = int(month_year["m"]), int(month_year["y"])
        return f
    two = _pattern("two_part").match(text, at)
    if two is None:
        return None
    a, b = int(two["a"]), int(two["b"])
    if not _numeric_ok(a, b):
        return None
    if not after_weekday and (
        two["s"] != "/" or not _slash_date_cued(text, at, two.end(), a, b, floor)
    ):
        return None  # "7.6" and "3-1" are a decimal and a score unless a weekday stands before
    f = _Found("numeric", at, two.end(), K.PARTIAL)
    f.numeric = (a, b, None if two["y"] is None else int(two["y"]))
    if two["y"] is not None:
        f.kind = K.ABSOLUTE
    return f


def _numeric_ok(a: int, b: int) -> bool:
    """Whether a/b can be a month and a day in one order or the other."""
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


_NUMERIC_IDIOMS = frozenset({"24/7", "9/11", "7/7", "50/50", "20/20", "3/11", "7/11"})
_SLASH_CUES = frozenset(
    {
        "on",
        "from",
        "between",
        "since",
        "until",
        "till",
        "by",
        "before",
        "after",
        "this",
        "next",
        "last",
        "date",
        "dated",
        "of",
    }
)


def _slash_date_cued(text: str, at: int, end: int, a: int, b: int, floor: int) -> bool:
    """ "on 11/20", "from 10/1 to 11/7", "11/20, 11/22": a two-part date needs a date
    word before it or a range or list around it; "24/7", "1/2" and "9/11" are not dates."""
    if text[at:end] in _NUMERIC_IDIOMS or (b in (2, 3, 4, 5, 8, 10) and a < b):
        return False  # an idiom or a fraction: "1/2", "3/4"
    if _previous_word(text, at, floor) in _SLASH_CUES:
        return True
    if _pattern("slash_date_after").match(text, end) is not None:
        return True
    return _back("slash_date_before").match(text, max(0, at - 24), at) is not None


def _read_quarter_digit(text: str, at: int) -> _Found | None:
    """ "Q1 2019", "q3 of 2018", "H2 2019": a quarter or half with its year after it."""
    found = _pattern("quarter_before_year").match(text, at)
    if found is None:
        return None
    return _part_of_year(at - 1, found.end(), found["y"], text[at - 1], found["n"])


def _part_of_year(start: int, end: int, year: str, letter: str, number: str) -> _Found | None:
    """A quarter ("Q1") or half ("H2") of *year*; None for a half that is not 1 or 2."""
    f = _Found("date", start, end, K.PARTIAL)
    f.year = int(year)
    if letter in "qQ":
        f.quarter = int(number)
    elif int(number) <= 2:
        f.half = int(number)
    else:
        return None
    return f


_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its"})


def _read_decade(text: str, at: int, floor: int) -> _Found | None:
    found = _pattern("decade").match(text, at)
    if found is None:
        return None
    digits = found["y"].lstrip("'\u2019")
    if len(digits) == 2:
        previous = _previous_word(text, at, floor)
        if previous in _POSSESSIVES:
            return None  # an age: "in their 20s"
        if found["y"][0] not in "'\u2019" and previous not in ("the", "early", "mid", "late"):
            return None
        start_year = (1900 if int(digits) >= 20 else 2000) + int(digits)
    else:
        start_year = int(digits)
    f = _Found("decade", at, found.end(), K.DECADE)
    f.decade = start_year
    return f


def _century(text: str, at: int, found: re.Match[str]) -> _Found | None:
    number = int(found["c"])
    if not 1 <= number <= 22:
        return None
    f = _Found("century", at, found.end(), K.DECADE)
    f.decade = (number - 1) * 100
    return f


def _read_word(text: str, at: int, floor: int, reference: date | None) -> _Found | None:
    """At a unit, relative-day, weekday or season word found by a needle."""
    word = _word_at(text, at)
    lower = word.lower()
    tables = _tables()
    unit = tables.units.get(lower)
    if unit is not None:
        if lower == "year" and text[at + 4 : at + 12] in (" to date", "-to-date"):
            return _read_to_date(text, at + 8, floor)  # "year to date", in any text
        previous = _previous_word(text, at, floor)
        if (
            previous not in _unit_leads()
            and not previous[-1:].isdigit()
            and previous[-1:] not in number_data.VULGAR_FRACTIONS
            and not (previous[:-2].isdigit() and previous[-2:] in ("st", "nd", "rd", "th"))
        ):
            if unit == "week" and f"{previous} {lower}" in cal.WORKWEEK_WORDS:
                start = at - 1 - len(previous)  # "this working week": from "working"
                if text[start : at - 1].lower() == previous:
                    return _read_unit(text, start, at + len(word), unit, floor, reference)
            if previous == "all" and lower in cal.WHOLE_UNIT_WORDS:
                return _read_whole_unit(text, at, at + len(word), unit, floor)  # "all week"
            if unit == "weekend" and text[at + len(word) : at + len(word) + 4] == " of ":
                return _read_weekend(text, at, at + len(word), floor)  # "weekend of Easter"
            if unit == "day" and previous in cal.BUSINESS_DAY_WORDS:
                return _read_business_days(text, at, at + len(word), floor, reference)
            if previous in _LOWER_HOLIDAY_LEADS:  # "before independence day", "new year"
                return _read_holiday(text, at, floor, lower_ok=True)
            if unit == "year" and (previous in cal.OTHER_YEARS or previous in cal.CALENDAR_YEARS):
                return _read_other_year(text, at, at + len(word), previous, floor)
            return None  # "per year", "the war's second year": no count, no shift
        return _read_unit(text, at, at + len(word), unit, floor, reference, previous)
    if lower in tables.months:  # in lower case: "april 9th", "from april to june"
        return _read_month(text, at, floor, reference)
    if lower in _HOLIDAY_FIRST_WORDS:  # "last easter", "before christmas"
        return _read_holiday(text, at, floor, lower_ok=True)
    if lower == "date":
        return _read_to_date(text, at, floor)
    if lower in cal.DECADE_WORDS:
        return _read_decade_word(text, at, at + len(word), lower, floor)
    if lower == "thousand" or lower in number_data.NUMBER_WORDS:
        return _read_year_in_words(text, at, floor)
    if lower in cal.RELATIVE_DAYS:
        if word[0].isupper() and not _sentence_start(text, at):
            return None  # "BBC Radio 4's Today programme"
        f = _Found("days", at, at + len(word), K.RELATIVE)
        f.count = Decimal(cal.RELATIVE_DAYS[lower])
        return f
    if lower in tables.weekdays:
        return _read_weekday(text, at, floor, reference)
    if lower in cal.SEASONS:
        return _read_season(text, at, at + len(word), floor)
    return None


def _read_whole_unit(text: str, at: int, end: int, unit: str, floor: int) -> _Found | None:
    """ "all week", "all night": a duration of one whole unit, opening at "all" (the word
    before *at*). "All-day" and "day-to-day" are other words."""
    low = at - 8 if at - 8 > floor else floor
    start = low + len(text[low:at].rstrip(_GAP)) - 3
    if text[end : end + 1] == "-" or text[start - 1 : start] == "-":
        return None
    f = _Found("duration", start, end, K.DURATION)
    f.unit, f.count = unit, Decimal(1)
    return f


def _may_count(word: str) -> bool:
    """Whether a count may end with *word*, the word right before a unit word ("48 hours",
    "five years", "a year", "several days"): the reading pattern runs only then."""
    last = word[-1:]
    return (
        last.isdigit()
        or last in number_data.VULGAR_FRACTIONS
        or word.rsplit("-", 1)[-1] in _count_ends()
    )


@functools.cache
def _count_ends() -> frozenset[str]:
    """The words a count before a unit can end with."""
    words = set(number_data.NUMBER_WORDS) | {"a", "an", "half"}
    words |= {phrase.split()[-1] for phrase in (*cal.VAGUE_COUNTS, *cal.PAIR_COUNTS)}
    return frozenset(words)


@functools.cache
def _unit_leads() -> frozenset[str]:
    """The words a unit word can follow in an expression: a count ("five", "a",
    "several"), a shift ("last", "past"), "the", "this" ("earlier this year"), "of" ("the
    end of the year", "a couple of days"), "half" ("an hour and a half" is read from
    "hour"), and the ordinals of "the first quarter"."""
    words = set(number_data.NUMBER_WORDS) | set(cal.SHIFTS) | set(_ORDINAL_WEEKS)
    words |= {word.split()[-1] for word in _tables().ordinals}
    words |= {phrase.split()[-1] for phrase in (*cal.VAGUE_COUNTS, *cal.PAIR_COUNTS)}
    words |= {"a", "an", "the", "this", "that", "of", "half", "final", "same", "-", ""}
    return frozenset(words)


def _sentence_start(text: str, at: int) -> bool:
    position = at - 1
    while position >= 0 and text[position] in " \t\u00a0\"'\u201c\u2018(":
        position -= 1
    return position < 0 or text[position] in ".!?\n:\u2014-"


def _read_season(text: str, at: int, end: int, floor: int) -> _Found | None:
    f = _Found("season", at, end, K.PARTIAL)
    f.season = cal.SEASONS[text[at:end].lower()]
    year = _pattern("season_year").match(text, end)
    prefix = _back("season_prefix").match(text, max(floor, at - 20), at)
    if year is not None:
        f.year = int(year["y"])
        f.end = year.end()
    if prefix is None and year is None:
        return None  # "a summer offensive"
    if prefix is not None and prefix["shift"] is not None and year is None:
        f.shift = _shift_of(prefix["shift"])
        f.start = prefix.start()
        f.kind = K.RELATIVE
    elif prefix is not None and prefix["the"] is not None:
        f.start = prefix.start()
    return f


# Shift words that, after "the", count from another event of the story: "the following
# week", "the previous day", "the next day" (in a past clause).
_ANAPHORIC_SHIFTS = frozenset({"following", "previous", "next"})
# Shift words before a plural unit that make a vague span: "the coming weeks", "the past
# days" (as "the next few weeks", read with no value).
_VAGUE_PLURAL_SHIFTS = frozenset({"coming", "past", "next"})  # not "the last days of"
_WINDOW_PREPOSITIONS = frozenset({"in", "within", "over", "during", "for", "throughout"})

_RELATIVE_NOW = {"now": 0, "today": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}


def _read_unit(
    text: str,
    at: int,
    end: int,
    unit: str,
    floor: int,
    reference: date | None,
    previous: str | None = None,
) -> _Found | None:
    """At a unit word: "five years", "a year ago", "last week", "the past five years",
    "earlier this year", "less than 48 hours", "the first quarter", "the weekend", "two
    weeks and three days"."""
    counting = None
    before = text[at - 1 : at]
    glued = before.isdigit() or before == "-"  # "48hours", "a 10-year"
    if previous is None and not glued:
        previous = _previous_word(text, at, floor)
    if glued or _may_count(previous or ""):
        counting = _back("count_before").match(text, at - 40 if at - 40 > floor else floor, at)
    elif previous in _COUNT_SHIFTS:
        window = _count_shift(text, at, end, unit, floor)
        if window is not None:  # "the 5 past years", "the 2 next days"
            return window
    count = _groups("count_before", counting)
    if unit == "second" and count is not None and count["article"] is not None:
        return None  # "a second time", "a second outage": the ordinal
    parts: tuple[tuple[Decimal, str], ...] = ()
    if count is not None and not count["vague"] and not count["half"]:
        unit_end = end
        end, parts = _compound(text, end, unit)
        if parts and counting is not None and _window_then_offset(text, counting, end, floor):
            end, parts = unit_end, ()  # "for the last 3 months and 2 days ago": two
    found = _read_counted(text, at, end, unit, floor, reference, counting, count)
    if (
        found is not None
        and found.form == "shift"
        and found.unit == "week"
        and " ".join(text[at:end].lower().split()) in cal.WORKWEEK_WORDS
    ):
        found.part = "work"  # "next workweek": Monday to Friday
    if parts and found is not None and found.count is not None and found.unit == unit:
        found.extra = parts
    return found


_COUNT_SHIFTS = frozenset(cal.SHIFTS) - {"this", "current", "last"}
"""The shifts a count may stand before ("the 5 past years"); "the 2 last days" reads as
well with "last" counted, but "2 last" also ends lists ("the top 2 last year")."""


def _count_shift(text: str, at: int, end: int, unit: str, floor: int) -> _Found | None:
    """ "the 5 past years", "the 2 next days", "10 previous weeks": a window, with the
    count written before its shift."""
    found = _back("count_shift").match(text, max(floor, at - 40), at)
    if found is None:
        return None
    value = value_or_none(found["digits"] or found["words"] or "")
    if value is None or value < 1 or (value > 1) != (text[end - 1 : end].lower() == "s"):
        return None  # "only 3 next week": the count is of something else
    f = _Found("window", found.start(), end, K.DURATION)
    f.unit, f.count = unit, value
    f.shift = -1 if cal.SHIFTS[found["shift"].lower()] < 0 else 1
    return f


def _window_then_offset(text: str, counting: regex.Match[str], end: int, floor: int) -> bool:
    """A compound after a window's shift that ends with "ago" ("the last 3 months and 2
    days ago") is two expressions: the window, then the offset."""
    after = _pattern("word_after").match(text, end)
    if after is None or after["w"].lower() not in cal.BEFORE_REFERENCE:
        return False
    return _previous_word(text, counting.start(), floor) in cal.SHIFTS


def _compound(text: str, end: int, unit: str) -> tuple[int, tuple[tuple[Decimal, str], ...]]:
    """The further parts of a compound duration after its first unit ("two weeks *and
    three days*", "1 hour 30 minutes", "2 years, 1 month and 21 days"): each in a smaller
    unit than the one before; the end of the last one, and the parts."""
    parts: list[tuple[Decimal, str]] = []
    size = cal.SECONDS_IN[unit]
    for _ in range(3):
        found = _pattern("compound_part").match(text, end)
        if found is None:
            break
        following = cal.UNITS[found["u"].lower()]
        count = Decimal(1) if found["n"].lower() in ("a", "an") else value_or_none(found["n"])
        if count is None or cal.SECONDS_IN[following] >= size:
            break
        parts.append((count, following))
        size, end = cal.SECONDS_IN[following], found.end()
    return end, tuple(parts)


def _read_counted(
    text: str,
    at: int,
    end: int,
    unit: str,
    floor: int,
    reference: date | None,
    counting: regex.Match[str] | None,
    count: _Groups | None,
) -> _Found | None:
    if unit == "quarter" and (count is None or count["vague"] or count["half"]):
        return _read_quarter_word(text, at, end, floor)
    if unit == "weekend" and count is None:
        return _read_weekend(text, at, end, floor)
    if count is None and unit in ("day", "week", "month") and text[at:end].lower() == unit:
        nth = _read_nth(text, at, end, unit, floor)
        if nth is not None:
            return nth
    if unit == "week" and count is None and text[at:end].lower() == "week":
        week = _read_week_of(text, at, end, floor, reference)
        if week is not None:
            return week
    head = counting.start() if counting is not None else at
    opening = None
    low = head - 40 if head - 40 > floor else floor
    if _may_end_with(text, low, head, _unit_prefix_ends()):
        opening = _back("unit_prefix").match(text, low, head)
    prefix = _groups("unit_prefix", opening)
    suffix = _pattern("unit_suffix").match(text, end)
    assert suffix is not None
    if suffix["old"] is not None or (suffix["post"] or "").lower() == "old":
        return None  # an age: "48 years old", "a 48-year-old"
    post = (suffix["post"] or "").lower() or None
    value, vague = _count_value(count)
    if count is not None and value is None and not vague:
        return None
    if suffix["half"] is not None and value is not None:
        value += Decimal("0.5")
    unit_end = suffix.end("half") if suffix["half"] else end
    if prefix is not None and prefix["cur"] is not None:  # "earlier this year"
        assert opening is not None
        return _current_part(opening.start(), prefix, unit, unit_end, count)
    if prefix is not None and prefix["halfof"] is not None:  # "the first half of next year"
        if count is not None or unit != "year":
            return None
        assert opening is not None
        f = _Found("shift", opening.start(), unit_end, K.RELATIVE)
        hshift = prefix["hshift"]
        f.unit, f.shift = unit, cal.SHIFTS[hshift.lower()] if hshift else 0
        f.half = cal.HALVES_OF_YEAR[prefix["halfof"].lower()]
        return f
    if prefix is not None and prefix["partof"] is not None:  # "the end of next month"
        if count is not None or unit in ("day", "hour", "minute", "second"):
            return None  # "at the end of the day" is an idiom
        assert opening is not None
        f = _Found("shift", opening.start(), unit_end, K.RELATIVE)
        f.unit = unit
        pshift, partof = prefix["pshift"], prefix["partof"]
        f.shift = cal.SHIFTS[pshift.lower()] if pshift else 0
        f.part = cal.PARTS[partof.lower()]
        f.modifier = f.part
        return f
    shift = qualifier = pre = None
    start = head
    if prefix is not None:
        assert opening is not None
        if prefix["shift"]:
            shift = " ".join(prefix["shift"].lower().split())
        if prefix["q"]:
            qualifier = " ".join(prefix["q"].lower().split())
        if prefix["pre"]:
            pre = prefix["pre"].lower()
        index = _index("unit_prefix")
        for group in ("shift", "the", "q"):  # the mention opens with the first of these
            if prefix[group] is not None and opening.start(index[group]) < start:
                start = opening.start(index[group])
    if count is not None and not vague and (shift in ("last", "final") or shift is None):
        edge = _read_edge(text, at, head, unit_end, unit, value, shift, floor, reference)
        if edge is not None:  # "the last four months of 2018", "the first 2 weeks of 2021"
            return edge
    if (
        count is None
        and shift is None
        and text[end + 1 : end + 2] in ("a", "b")  # "before", "after"
        and text[at:end].lower() == unit
    ):
        return _unit_before_after(text, at, end, unit, floor)
    if post in ("before", "after", "from") and shift is not None and suffix["rel"] is None:
        post = None  # "the past four years from $1.1bn": a window, not an offset
    if post == "from" and pre == "for" and suffix["rel"] is not None and value is not None:
        today = _Found("days", suffix.start("rel"), suffix.end(), K.RELATIVE)
        today.count = Decimal(_RELATIVE_NOW[suffix["rel"].lower()])
        counted = _Found("duration", start, unit_end, K.DURATION)
        counted.unit, counted.count, counted.modifier = unit, value, qualifier
        return _run(counted, today, suffix.end())  # "for 3 days from today"
    if post is not None:
        return _unit_with_post(
            suffix, post, unit, value, vague, count, start, head, unit_end, qualifier
        )
    if shift is not None:
        found = _shifted_unit(
            text, unit, shift, value, vague, count, start, unit_end, end, qualifier
        )
        if found is not None and found.form == "window" and pre == "within" and found.shift == 1:
            assert opening is not None
            found.form = "within"  # "within the next 10 months"
            found.start = opening.start(_index("unit_prefix")["pre"])
        return found
    if count is None:
        return None
    if vague:
        if pre in ("in", "over", "for", "within", "during") or qualifier is not None:
            f = _Found("vague", start, unit_end, K.DURATION)
            f.unit = unit
            if (count["vague"] or "").lower() == "recent":
                f.kind = K.RELATIVE  # "in recent weeks"
            return f
        return None
    if (
        count["article"] is not None
        and qualifier is None
        and pre not in ("for", "within", "over", "in")
    ):
        return None  # "$80 million a year", "a year of war"
    if pre == "in" and qualifier is None and suffix["time"] is not None:
        assert opening is not None  # "in a year's time", "in two weeks' time": ahead
        f = _Found("offset", opening.start(_index("unit_prefix")["pre"]), suffix.end(), K.RELATIVE)
        f.unit, f.count, f.shift = unit, value, 1
        return f
    if pre in ("in", "within") and qualifier is None:
        assert opening is not None
        f = _Found(
            "in_offset" if pre == "in" else "within",
            opening.start(_index("unit_prefix")["pre"]),
            unit_end,
            K.RELATIVE,
        )
        if pre == "within":
            f.kind = K.DURATION
        f.unit, f.count = unit, value
        return f
    f = _Found("duration", start, unit_end, K.DURATION)
    f.unit, f.count, f.modifier = unit, value, qualifier
    return f


def _read_edge(
    text: str,
    at: int,
    head: int,
    unit_end: int,
    unit: str,
    value: Decimal | None,
    shift: str | None,
    floor: int,
    reference: date | None,
) -> _Found | None:
    """ "the first three months of 2019", "the last two weeks of this year": the first
    or last N units of a year or month."""
    if not _may_hold(text, unit_end, unit_end + 5, "of"):
        return None
    of = _pattern("of_period").match(text, unit_end)
    if of is None:
        return None
    if shift is None:
        if _previous_word(text, head, floor) not in ("first", "opening", "final", "closing"):
            return None
        side = _previous_word(text, head, floor)
    else:
        side = shift
    begin = text.rfind(side, max(floor, head - 20), head)
    the = _back("the_before").match(text, max(floor, begin - 6), begin)
    period = _period_of(of)
    f = _Found("edge", the.start() if the is not None else begin, of.end(), period.kind)
    if period.kind is K.ABSOLUTE and period.month is None:
        f.kind = K.ABSOLUTE
    f.left, f.unit, f.count = period, unit, value
    f.shift = 1 if side in ("first", "opening") else -1
    return f


def _period_of(of: re.Match[str]) -> _Found:
    """The period an "of" phrase names: "of 2019", "of March (2019)", "of next month", "of
    the year" (the reference's)."""
    period = _Found("date", of.start("p"), of.end(), K.ABSOLUTE)
    if of["y"] is not None:
        period.year = int(of["y"])
    elif of["m"] is not None:
        period.month = _tables().months[of["m"].lower()]
        period.year = int(of["my"]) if of["my"] else None
        period.kind = K.PARTIAL if of["my"] is None else K.ABSOLUTE
    else:
        period.form, period.kind = "shift", K.RELATIVE
        period.unit = of["u"].lower()
        period.shift = cal.SHIFTS[of["s"].lower()] if of["s"] else 0
    return period


def _read_nth(text: str, at: int, end: int, unit: str, floor: int) -> _Found | None:
    """ "the 15th day of June", "the third month of 2021", "the second week of next month",
    "the last week of this year": the nth (or last) unit of a named period."""
    if not _may_hold(text, end, end + 5, "of"):
        return None
    of = _pattern("of_period").match(text, end)
    if of is None:
        return None
    before = _back("nth_before").match(text, max(floor, at - 30), at)
    if before is None:
        return None
    word = " ".join(before.group(_index("nth_before")["n"]).lower().split())
    if word in ("last", "final"):
        n = -1
    elif word[:1].isdigit():
        n = int(word.rstrip("stndrh"))
    else:
        n = _tables().ordinals[word.replace("-", " ") if word not in _tables().ordinals else word]
    period = _period_of(of)
    f = _Found("nth", before.start(), of.end(), period.kind)
    f.left, f.unit, f.count = period, unit, Decimal(n)
    return f


def _count_value(count: _Groups | None) -> tuple[Decimal | None, bool]:
    """The number a count before a unit gives, and whether it is vague ("several")."""
    if count is None:
        return None, False
    if count["vague"] is not None:
        return None, True
    if count["article"] is not None:
        return Decimal(1), False
    if count["pair"] is not None:
        return Decimal(2), False
    if count["half"] is not None:
        return Decimal("0.5"), False
    digits = count["digits"]
    if digits and digits[-1] in number_data.VULGAR_FRACTIONS:  # "½ hour", "2½ years"
        return Decimal(digits[:-1] or 0) + number_data.VULGAR_FRACTIONS[digits[-1]], False
    if digits and digits.isdigit():  # "48": as number_value reads it, without its calls
        return Decimal(digits), False
    return value_or_none(digits or count["words"] or ""), False


def _unit_with_post(
    suffix: re.Match[str],
    post: str,
    unit: str,
    value: Decimal | None,
    vague: bool,
    count: _Groups | None,
    start: int,
    head: int,
    unit_end: int,
    qualifier: str | None,
) -> _Found | None:
    """ "a year ago", "two days from now", "three weeks from tomorrow", "two days later",
    "48 hours after" (a duration; an offset if a date follows: "2 weeks before Christmas")."""
    if count is None:
        return None  # "long ago", "the year before"
    begin = start if qualifier else head
    relative = suffix["rel"].lower() if suffix["rel"] else None
    if post in cal.BEFORE_REFERENCE or post == "hence" or relative is not None:
        f = _Found("vague" if vague else "offset", begin, suffix.end(), K.RELATIVE)
        f.unit, f.count, f.modifier = unit, value, qualifier
        f.shift = -1 if post in cal.BEFORE_REFERENCE or post == "before" else 1
        f.base = _RELATIVE_NOW.get(relative or "now", 0)  # the day counted from
        return f
    if post in ("before", "after", "from"):  # a date may follow: see _offset_from
        f = _Found("duration", start, unit_end, K.DURATION)
        f.unit, f.count, f.modifier = unit, (None if vague else value), qualifier
        f.post = (post, suffix.end("post"))
        return f
    f = _Found("narrative", begin, suffix.end("post"), K.RELATIVE)
    f.unit, f.count, f.modifier = unit, (None if vague else value), post
    return f


def _shifted_unit(
    text: str,
    unit: str,
    shift: str,
    value: Decimal | None,
    vague: bool,
    count: _Groups | None,
    start: int,
    unit_end: int,
    end: int,
    qualifier: str | None,
) -> _Found | None:
    """ "last week", "next month", "the past five years", "next week on Tuesday"."""
    word = shift.split()[-1]
    if count is not None:
        if vague:
            f = _Found("vague", start, unit_end, K.RELATIVE)
            f.unit = unit
            return f
        f = _Found("window", start, unit_end, K.DURATION)
        f.unit, f.count = unit, value
        f.shift = -1 if cal.SHIFTS[word] < 0 else 1
        f.modifier = qualifier
        return f
    if text[end - 1 : end].lower() == "s":
        if word not in _VAGUE_PLURAL_SHIFTS:
            return None  # "last years": no expression
        f = _Found("vague", start, end, K.RELATIVE)  # "in the coming weeks": no count,
        f.unit = unit  # as "the next few weeks"
        return f
    if unit == "week":
        weekday = _pattern("weekday_after_week").match(text, end)
        if weekday is not None:  # "next week on Tuesday"
            f = _Found("weekday", start, weekday.end(), K.RELATIVE)
            f.weekday = _tables().weekdays[weekday["w"].lower()]
            f.shift = cal.SHIFTS[word] + 10
            return f
    if qualifier is not None:  # "less than last year's": the qualifier is the sentence's
        start = text.rfind(shift.split()[0], start, end)
        the = _back("the_before").match(text, max(0, start - 6), start)
        start = the.start() if the is not None else start
    f = _Found("shift", start, end, K.RELATIVE)
    f.unit = unit
    f.shift = cal.SHIFTS[word]
    if (
        word in _ANAPHORIC_SHIFTS
        and unit not in ("decade", "century")  # "the next decade": ten years from now
        and text[start : start + 4].lower() == "the "
        and _previous_word(text, start, 0) not in _WINDOW_PREPOSITIONS
    ):  # ("in the next fortnight", "over the previous week": the reference's neighbours)
        # "the following week", "the previous day": from another event of the story; "the
        # next day" too, but in a future clause ("the next week will be hard"), which
        # _mention tells
        f.form = "the_next" if word == "next" else "narrative"
        f.count, f.modifier = Decimal(1), ("before" if f.shift < 0 else "after")
        return f
    if word == "past" or (unit in ("decade", "century") and f.shift != 0):
        # "the past year", "the next decade": that long up to (or from) the reference
        f.form, f.count, f.kind = "window", Decimal(1), K.DURATION
        f.shift = -1 if f.shift < 0 else 1
    return f


def _read_week_of(
    text: str, at: int, end: int, floor: int, reference: date | None
) -> _Found | None:
    """ "the week of April 10th", "the first week of March", "the last week of 2016",
    "the week of the 18th" (of the reference's month)."""
    after = _pattern("week_of").match(text, end)
    if after is None:
        return None
    inner = _read_date_at(text, after.end(), reference)
    if inner is None and text.startswith("the", after.end()):
        day = _pattern("the_day").match(text, after.end())
        if day is not None:
            inner = _read_ordinal_alone(text, day.end(), floor)
            if inner is not None and inner.shift is not None:
                inner = None  # "the week of the 4th of next month": not read
    if inner is None or inner.form not in ("date", "month_day") or inner.day2 is not None:
        return None
    before = _back("week_ordinal").match(text, max(floor, at - 20), at)
    kind = K.RELATIVE if inner.form == "month_day" else K.PARTIAL
    f = _Found("week_of", at, inner.end, kind if inner.year is None else K.ABSOLUTE)
    f.left = inner
    if before is not None and before.start() < at:
        f.start = before.start()
        ordinal = (before["ord"] or "").lower()
        if ordinal:
            if inner.day is not None:
                return None  # "the first week of March 3"
            f.count = Decimal(-1 if ordinal in ("last", "final") else _ORDINAL_WEEKS[ordinal])
    elif inner.day is None:
        return None  # "week of action"
    return f


_ORDINAL_WEEKS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}


def _read_date_at(text: str, at: int, reference: date | None) -> _Found | None:
    """A date that opens at *at*: a month name or digits."""
    if at >= len(text):
        return None
    if text[at].isdigit():
        return _read_digits(text, at, at, reference)
    if _word_at(text, at).lower() in _tables().months:
        return _read_month(text, at, at, reference)
    return None


def _unit_before_after(text: str, at: int, end: int, unit: str, floor: int) -> _Found | None:
    """ "the day before yesterday", "the day after tomorrow"; "the week after next", "the
    year before last" (two calendar units away); "the day before", "the week after" (from
    another event: placed only when a date follows, "the day after Christmas")."""
    the = _back("the_before").match(text, max(floor, at - 6), at)
    if the is None or unit not in ("day", "week", "month", "year"):
        return None
    found = _pattern("day_before_after").match(text, end) if unit == "day" else None
    if found is not None:
        f = _Found("days", the.start(), found.end(), K.RELATIVE)
        f.count = Decimal(-2 if found["w"].lower().startswith("before") else 2)
        return f
    beyond = _pattern("after_next").match(text, end)
    if beyond is not None:  # "the week after next"
        f = _Found("shift", the.start(), beyond.end(), K.RELATIVE)
        f.unit, f.shift = unit, -2 if beyond["w"].lower().startswith("before") else 2
        return f
    side = _pattern("word_after").match(text, end)
    if side is None or side.start("w") != end + 1:
        return None
    word = side["w"].lower()
    if word not in ("before", "after"):
        return None
    f = _Found("narrative", the.start(), side.end(), K.RELATIVE)
    f.unit, f.count, f.modifier = unit, Decimal(1), word
    f.post = (word, side.end())  # a date may follow: see _offset_from
    return f


def _current_part(
    start: int, prefix: _Groups, unit: str, end: int, count: _Groups | None
) -> _Found | None:
    """ "earlier this year", "later this month", "earlier in the week"."""
    if count is not None or unit not in ("week", "month", "year", "quarter", "decade"):
        return None
    f = _Found("current_part", start, end, K.RELATIVE)
    f.unit = unit
    f.part = cal.CURRENT_PERIOD_PARTS[(prefix["cur"] or "").lower()]
    return f


def _read_quarter_word(text: str, at: int, end: int, floor: int) -> _Found | None:
    """ "the first quarter (of 2019)", "last quarter", "the fourth quarter of last year"."""
    if text[at:end].lower() != "quarter":
        return None
    before = _back("quarter_word").match(text, max(floor, at - 20), at)
    if before is None:
        return None
    of_year = _pattern("of_year").match(text, end)
    f = _Found("quarter", before.start(), end, K.PARTIAL)
    if before["shift"] is not None:
        if of_year is not None:
            return None
        f.form, f.kind, f.unit = "shift", K.RELATIVE, "quarter"
        f.shift = cal.SHIFTS[before["shift"].lower()]
        return f
    f.quarter = _ORDINAL_WEEKS.get(before["ord"].lower(), 4)
    if of_year is not None:
        f.end = of_year.end()
        if of_year["y"] is not None:
            f.year = int(of_year["y"])
        else:
            f.shift = cal.SHIFTS[of_year["shift"].lower()] if of_year["shift"] else 0
            f.kind = K.RELATIVE
    return f


def _read_weekend(text: str, at: int, end: int, floor: int) -> _Found | None:
    """ "over the weekend", "last weekend", "this weekend"."""
    if text[at:end].lower() != "weekend":
        return None
    before = _back("season_prefix").match(text, max(floor, at - 20), at)
    of = _pattern("weekend_of").match(text, end)
    if of is not None:  # "the weekend of halloween", "weekend of Thanksgiving 2023"
        holiday = _read_holiday(text, of.end(), of.end(), lower_ok=True, cued=True)
        if holiday is not None and holiday.start == of.end():
            holiday.start = before.start() if before is not None and before["the"] else at
            holiday.unit = "weekend"
            return holiday
    if before is None or before["in"] is not None:
        return None
    f = _Found("weekend", before.start(), end, K.RELATIVE)
    if before["shift"] is not None:
        f.shift = _shift_of(before["shift"])
    return f


# -- prefixes and neighbours: ranges, since, bounds --------------------------------------------
_DATE_FORMS = frozenset(
    {"date", "numeric", "holiday", "season", "decade", "century", "quarter", "week_of", "nth"}
)
_ENDPOINT_FORMS = _DATE_FORMS | {"days", "weekday", "weekday_day"}  # may end a range
_JOINT_UNTIL = frozenset({"until", "till", "through", "up to"})  # also a range's joint


def _shift_of(word: str) -> int:
    """The shift a word before a date or weekday gives: -1 for "last", "this past";
    0 "this"; 1 "next"; 2 "this coming", "upcoming" (the first one after)."""
    words = word.lower().split()
    if "past" in words or words[-1] in ("last", "previous"):
        return -1
    if "coming" in words or "upcoming" in words:
        return 2
    return cal.SHIFTS[words[-1]]


def _weekday_shift(word: str) -> int:
    """The shift before a weekday: "last Friday" and "previous Friday" are the Friday of
    last week (10 - 1, as "Friday of last week"), mirroring "next Friday"; "this past
    Friday" is the latest one before the reference (-1)."""
    shift = _shift_of(word)
    if shift == -1 and "past" not in word.lower().split():
        return 9
    return shift


def _may_have_prefix(text: str, f: _Found, floor: int) -> bool:
    """Whether the word before *f* may end a prefix: "since", "late", "last"; "the" before
    an era or season; "on", "of", "to" after "starting", "end", "prior"."""
    tables = _tables()
    word = _previous_word(text, f.start, floor)
    if word in tables.prefix_words:
        return True
    if word == "the":
        return f.form in ("decade", "century", "season", "holiday")
    if word in tables.weak_prefix_words:
        return _previous_word(text, f.start - len(word) - 1, floor) in tables.prefix_words
    return False


def _with_prefix(text: str, f: _Found, floor: int, after_date: bool) -> _Found:
    """Read what stands before a date or weekday ("between", "since", "before", "the
    end of", "late", "last", "this past") and move the start over it. An "until" or
    "through" right after another date is that range's joint, not this date's bound."""
    form = f.form
    if (form not in _DATE_FORMS and form not in ("weekday", "days")) or f.start <= floor:
        return f
    if text[f.start - 1] != "-" and not _may_have_prefix(text, f, floor):
        return f
    matched = _back("date_prefix").match(text, max(floor, f.start - 50), f.start)
    if matched is None or matched.start() == f.start:
        return f
    found = _groups("date_prefix", matched)
    assert found is not None
    index = _index("date_prefix")

    def at(group: str) -> int:
        assert matched is not None
        return matched.start(index[group])

    rng, shift = found["rng"], found["shift"]
    if form == "days":  # "between today and tomorrow", "since yesterday"
        if rng is not None:
            f.prefix = rng.lower()
            f.right = _Found("range_start", at("rng"), f.start, K.RANGE)
        elif found["since"] is not None:
            f.prefix, f.start = "since", at("since")
        return f
    if shift is not None:
        if form == "weekday":
            if f.shift is None:
                f.shift = _weekday_shift(shift)
                f.start = at("shift")
            if rng is not None:  # "from next Monday to Friday"
                f.prefix = rng.lower()
                f.right = _Found("range_start", at("rng"), f.start, K.RANGE)
            return f
        if f.year is not None or form not in ("date", "holiday", "season") or f.weekday is not None:
            return f  # "this 2019"; "this Friday 7/6" is the date
        f.shift = _shift_of(shift)
        f.kind = K.RELATIVE
        f.start = at("shift")
    if form == "weekday":
        if rng is not None:  # "from Monday to Thursday"
            f.prefix = rng.lower()
            f.right = _Found("range_start", at("rng"), f.start, K.RANGE)
        return f
    part = found["part"] or found["partof"]
    if found["halfof"] is not None:  # "the first half of 2018": as "H1 2018"
        if form != "date" or f.year is None or f.month is not None or f.season is not None:
            return f
        if f.quarter is not None or f.half is not None or f.day is not None:
            return f
        f.half, f.kind = cal.HALVES_OF_YEAR[found["halfof"].lower()], K.PARTIAL
        f.start = at("the") if found["the"] is not None else at("halfof")
    elif part is not None and f.day is None and form != "nth":
        f.part = cal.PARTS[part.lower()]
        f.modifier = f.part
        f.start = at("part") if found["part"] else at("partof")
        if found["the"] is not None:  # "the early 2000s", "the end of 2005"
            f.start = at("the")
    elif found["the"] is not None and form in ("decade", "century", "season", "holiday"):
        f.start = at("the")
    if found["since"] is not None:
        if form not in ("decade", "century"):  # "since the early 2000s" is the era
            f.prefix = "since"
            f.start = at("since")
    elif found["until"] is not None:
        word = " ".join(found["until"].lower().split())
        if after_date and word in _JOINT_UNTIL and not text[floor : at("until")].strip():
            return f
        f.modifier = cal.UNTIL_WORDS[word]
        f.start = at("until")
    elif rng is not None:
        f.prefix = rng.lower()
        f.right = _Found("range_start", at("rng"), f.start, K.RANGE)  # where it opens
    return f


def _combine(text: str, founds: list[_Found]) -> list[_Found]:
    """Join a range's two dates ("between 2006 and 2013", "from March to May", "2014-2018",
    "Nov 18-Dec 19, 2015"), turn "since X" into a since period, place "two weeks before
    Christmas", and drop a "between" or "from" that opens no range."""
    out: list[_Found] = []
    i = 0
    count = len(founds)
    while i < count:
        f = founds[i]
        nxt = founds[i + 1] if i + 1 < count else None
        opener = f.right if f.prefix in ("between", "from") else None
        if opener is not None:
            f.right = None
        joined = None
        if nxt is not None and nxt.start - f.end <= 16:
            if f.form == "duration" and f.count is not None and nxt.form in _ENDPOINT_FORMS:
                joined = _run_from(text, f, nxt)
            if joined is not None:
                pass
            elif f.post is not None and nxt.form in _ENDPOINT_FORMS:
                joined = _offset_from(text, f, nxt)
            elif f.form in _ENDPOINT_FORMS and nxt.form in _ENDPOINT_FORMS and f.prefix != "since":
                joined = _join(text, f, nxt, opener)
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        if opener is not None:
            now = _pattern("now_after").match(text, f.end)
            if now is not None:
                f = _open_range(f, opener.start, now.end(), to_now=True)
            else:
                f.start = opener.end
        elif f.form in _DATE_FORMS:
            previous = _previous_word(text, f.start, 0)
            if previous in ("and", "to", "until", "till"):
                since_now = _back("now_before").match(text, max(0, f.start - 30), f.start)
                if since_now is not None:
                    f = _open_range(f, since_now.start(), f.end, to_now=False)
                elif f.form == "date" and f.month is not None:
                    f = _month_range_before(text, f, out[-1].end if out else 0)
        if f.prefix == "since":
            since = _Found("since", f.start, f.end, K.SINCE)
            since.left = f
            since.modifier = f.modifier
            f = since
        out.append(f)
        i += 1
    return _weekdays_of_offsets(text, out)


def _weekdays_of_offsets(text: str, founds: list[_Found]) -> list[_Found]:
    """*founds* with each weekday beside an offset that names its week joined to it."""
    if all(f.form != "weekday" for f in founds):
        return founds  # no weekday: nothing to join
    out: list[_Found] = []
    for f in founds:
        joined = _weekday_of_offset(text, out[-1], f) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(f)
    return out


def _weekday_of_offset(text: str, a: _Found, b: _Found) -> _Found | None:
    """ "Monday two weeks from now", "Thursday, two years from now", "in 3 days on Friday",
    "3 weeks after Christmas on Friday": the weekday of the week (Monday to Sunday) that
    holds the day the offset names."""
    if a.form == "weekday" and a.shift is None and b.form in _DAY_OFFSET_FORMS:
        weekday, offset, joint = a, b, _pattern("weekday_offset_joint")
    elif a.form in _DAY_OFFSET_FORMS and b.form == "weekday" and b.shift is None:
        weekday, offset, joint = b, a, _pattern("offset_weekday_joint")
    else:
        return None
    if joint.fullmatch(text, a.end, b.start) is None:
        return None
    f = _Found("weekday_of", a.start, b.end, K.RELATIVE)
    f.left, f.weekday = offset, weekday.weekday
    return f


_DAY_OFFSET_FORMS = frozenset({"offset", "in_offset", "date_offset"})


def _weekday_of_value(
    f: _Found, reference: date, day_first: bool
) -> tuple[DateInterval | None, bool]:
    """The weekday *f* names in the week of the day its offset names."""
    assert f.left is not None
    assert f.weekday is not None
    day, used = _resolve(f.left, reference, True, day_first)  # "in 3 days": ahead
    if day is None or day.earliest != day.latest:
        return None, used
    found = day.earliest - timedelta(days=day.earliest.weekday() - f.weekday)
    return DateInterval(found, found, G.DAY), True


def _month_range_before(text: str, f: _Found, floor: int) -> _Found:
    """ "from april to June": a first month in lower case is found by its range."""
    found = _back("month_joint_before").match(text, max(floor, f.start - 30), f.start)
    if found is None:
        return f
    left = _Found("date", found.start("m"), found.end("m"), K.PARTIAL)
    left.month = _tables().months[found["m"].lower()]
    r = _Found("range", found.start(), f.end, K.RANGE)
    r.left, r.right = left, f
    return r


def _run_from(text: str, a: _Found, b: _Found) -> _Found | None:
    """ "(for) two weeks starting May 20", "for 3 days, from today": a duration that
    starts on the date after it."""
    opener = _pattern("run_opener").match(text, a.end)
    if opener is None or not b.start <= opener.end() < b.end:
        return None
    if opener["from"] is not None and _previous_word(text, a.start, 0) != "for":
        return None  # "five years from 2010 levels"
    if _pattern("range_joint_after").match(text, b.end) is not None:
        return None  # "for five years, from 2010 to 2015": the range says when
    b.prefix, b.right = None, None
    return _run(a, b, b.end)


def _run(a: _Found, start: _Found, end: int) -> _Found:
    f = _Found("run", a.start, end, K.RANGE)
    f.left, f.unit, f.count, f.extra, f.modifier = start, a.unit, a.count, a.extra, a.modifier
    return f


def _offset_from(text: str, a: _Found, b: _Found) -> _Found | None:
    """ "two weeks before Christmas", "3 days after January 12th", "16 days from 01/02/2018"."""
    assert a.post is not None
    post, post_end = a.post
    if a.count is None or text[post_end : b.start].strip():
        return None
    f = _Found("date_offset", a.start, b.end, K.RELATIVE)
    f.left, f.unit, f.count = b, a.unit, a.count
    f.shift = -1 if post == "before" else 1
    f.modifier = a.modifier
    return f


def _open_range(f: _Found, start: int, end: int, *, to_now: bool) -> _Found:
    """ "from 2010 to date", "between now and November 15th": a range with the reference
    date at one end."""
    r = _Found("range", start, end, K.RANGE)
    now = _Found("days", start, start, K.RELATIVE)
    now.count = Decimal(0)
    r.left, r.right = (f, now) if to_now else (now, f)
    return r


def _join(text: str, a: _Found, b: _Found, opener: _Found | None) -> _Found | None:
    between = _pattern("joint").fullmatch(text, a.end, b.start)
    if between is None:
        return None
    word = (between["w"] or "").lower()
    if word == "or" or b.prefix is not None or b.modifier in ("before", "after", "by"):
        return None
    if word == "and":
        is_between = (
            opener is not None and text[opener.start : opener.start + 7].lower() == "between"
        )
        if not is_between and not _bare_year_pair(text, a, b):
            return None
    elif (
        opener is None and word and a.form in ("days", "weekday") and b.form in ("days", "weekday")
    ):
        return None  # "Monday to Friday" without "from" is a list sooner than a range
    dated = a.form == b.form == "date" and a.year is not None and b.year is not None
    if dated and (b.year, b.month or 0, b.day or 0) < (a.year, a.month or 0, a.day or 0):
        return None
    r = _Found("range", opener.start if opener is not None else a.start, b.end, K.RANGE)
    r.left, r.right = a, b
    if a.year is None and b.year is not None and a.form == "date" and a.month is not None:
        later = (a.month, a.day or 0) > (b.month or 12, b.day or 31)
        a.year = b.year - 1 if later else b.year
    return r


def _bare_year_pair(text: str, a: _Found, b: _Found) -> bool:
    """ "2006 and 2013 Caracas was": two bare years that nothing governs read as a range
    (the writer dropped "between"); "in 2007 and 2009" are two years."""
    for f in (a, b):
        if f.form != "date" or f.month or f.season or f.quarter or f.half or f.part:
            return False
    if a.year is None or b.year is None or b.year <= a.year or a.modifier:
        return False
    return _previous_word(text, a.start, 0) not in _tables().governors


# -- sentences and tense -----------------------------------------------------------------------
# A sentence break: a full stop, ! or ? before white space and a capital, a digit or an
# opening quote (the match runs to that character); a line break ends a sentence too. One
# pattern for each mark, which it opens with: the engine skips to a plain character fast.
_BREAK_AFTER = r"[ \t\u00a0]+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de0-9]"
_BREAKS = tuple((mark, re.compile(re.escape(mark) + _BREAK_AFTER)) for mark in ".!?")  # in order


def _sentences(text: str, founds: Sequence[_Found]) -> list[Span]:
    """The sentence each found expression stands in: between sentence breaks or line
    breaks. A break before an expression counts only when what it needs after it lies
    before the expression.

    The breaks from the first expression's line to the first one after the last
    expression are listed once; a search back for a line break never passes the
    previous expression's start, and a line break found once serves every expression
    before it, so the work stays linear however many expressions share one sentence."""
    if not founds:
        return []
    size = len(text)
    breaks = _breaks(text, text.rfind("\n", 0, founds[0].start) + 1, founds[-1].end)
    marks = [at for at, _ in breaks]
    spans = []
    left = floor = 0
    right = line_end = -1
    for f in founds:
        start, end = f.start, f.end
        line = text.rfind("\n", floor, start)
        i = bisect.bisect_left(marks, start) - 1
        if i >= 0 and breaks[i][1] > start:  # what the break needs runs into the expression
            i -= 1
        if i >= 0 and marks[i] >= floor and marks[i] >= line:
            left = marks[i] + 1
        elif line >= 0:
            left = line + 1
        floor = start
        if right < end:
            if line_end < end:
                line_end = text.find("\n", end)
                line_end = size if line_end == -1 else line_end
            j = bisect.bisect_left(marks, end)
            right = marks[j] + 1 if j < len(marks) else size
            if line_end < right:
                right = line_end
        first = left
        while first < start and text[first].isspace():
            first += 1
        # (first <= start <= end <= right: right is the line's end or a break's, after end)
        spans.append(_trusted_span(first, right))
    return spans


def _breaks(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """The sentence breaks from *low* on, up to the first of each mark at or after *high*,
    in order: where each break is and where what it needs after it ends."""
    found = []
    for mark, pattern in _BREAKS:
        first = text.find(mark, low)  # a fast scan: most texts hold no "!" or "?"
        if first == -1:
            continue
        for whole in pattern.finditer(text, first):
            span = whole.span()
            found.append(span)
            if span[0] >= high:
                break
    found.sort()
    return found


def _is_future(text: str, start: int, end: int, sentence: Span) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of the future: the nearest
    tense marker before it in its sentence (a future word such as "will", "expects",
    "plans to", or a past one such as "said" or a word in "-ed") decides, else the
    nearest after it ("On Monday, the U.S. accused"); with none, news speaks of the past."""
    low = start - 80 if start - 80 > sentence.start else sentence.start
    high = end + 60 if end + 60 < sentence.end else sentence.end
    tenses = _tense_words()
    before = text[low:start].lower().split()
    left = _nearest_marker(before[::-1], tenses, reverse=True)
    if left is not None:
        return left[1]
    after = text[end:high].lower().split()
    right = _nearest_marker(after, tenses, reverse=False)
    return right is not None and right[1]


_TRIM = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019-\u2014"


@functools.cache
def _tense_words() -> dict[str, bool]:
    """Tense markers: a word to True for the future, False for the past."""
    tables = _tables()
    words = dict.fromkeys(tables.past, False)
    words.update(dict.fromkeys(tables.future_words, True))
    for first, second in tables.future_pairs:
        words.setdefault(first + " " + second, True)
    return words


_PASSIVE = frozenset({"be", "been", "being", "is", "are", "get", "gets"})
_PAIR_ENDS = frozenset(marker.split()[-1] for marker in cal.FUTURE_MARKERS if " " in marker)


def _nearest_marker(
    words: list[str], tenses: dict[str, bool], *, reverse: bool
) -> tuple[int, bool] | None:
    """The distance to the nearest tense marker in *words* (read away from the date) and
    whether it marks the future. A participle after "be" ("will be held", "is expected")
    leaves the tense to the auxiliary before it."""
    not_past = _tables().not_past_ed
    size = len(words)
    for distance in range(size):
        raw = words[distance]
        word = raw.strip(_TRIM)
        if "\u2019" in word:
            word = word.replace("\u2019", "'")
        tense = tenses.get(word)
        if tense is None:
            if word in _PAIR_ENDS:  # "plans to", "going to"
                other = distance + 1 if reverse else distance - 1
                if 0 <= other < size:
                    first = words[other].strip(_TRIM)
                    tense = tenses.get(f"{first} {word}")
            elif word.endswith("'ll"):
                tense = True
            elif len(word) > 4 and word.endswith("ed") and word not in not_past:
                tense = False
        if tense is False:
            other = distance + 1 if reverse else distance - 1
            if 0 <= other < size:
                auxiliary = words[other].strip(_TRIM)
                if auxiliary in _PASSIVE or (word == "have" and tenses.get(auxiliary)):
                    tense = None  # "will be held", "will have": the auxiliary decides
        if tense is not None:
            return distance, tense
        if raw[-1:] in ".;:":
            break  # the clause ends here
    return None


# -- resolution ----------------------------------------------------------------------------
def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_UNIT_GRANULARITY = {
    "second": G.DAY,
    "minute": G.DAY,
    "hour": G.DAY,
    "day": G.DAY,
    "week": G.PART_OF_MONTH,
    "weekend": G.DAY,
    "fortnight": G.PART_OF_MONTH,
    "month": G.MONTH,
    "quarter": G.SEASON,
    "year": G.YEAR,
    "decade": G.DECADE,
    "century": G.DECADE,
}
_GRANULARITY_ORDER = [G.DAY, G.PART_OF_MONTH, G.MONTH, G.SEASON, G.YEAR, G.DECADE]


def _delta(unit: str, count: Decimal) -> relativedelta | timedelta | None:
    """The step of *count* units, fractions carried into the unit below ("1.5 years" is
    18 months)."""
    base, times = cal.UNIT_SIZES.get(unit, (unit, 1))
    amount = count * times
    if base == "year":
        if amount == amount.to_integral_value():
            return relativedelta(years=int(amount))
        return relativedelta(months=round(amount * 12))
    if base == "month":
        if amount == amount.to_integral_value():
            return relativedelta(months=int(amount))
        return timedelta(days=round(float(amount) * 30))
    seconds = cal.SECONDS_IN.get(base)
    if seconds is None:
        return None
    return timedelta(seconds=float(amount) * seconds)


def _interval(first: date, last: date, granularity: Granularity) -> DateInterval | None:
    return None if last < first else DateInterval(first, last, granularity)


def _fields_interval(f: _Found, year: int) -> DateInterval | None:
    """The interval a date's calendar fields name in *year* (None for "February 30")."""
    if not 1 <= year <= 9999:
        return None
    try:
        if f.month is not None:
            if f.day is not None:
                first = date(year, f.month, f.day)
                last = first if f.day2 is None else date(year, f.month, f.day2)
                if last < first:  # "April 27 to the 3rd": into the next month
                    first, last = _across_months(f, year, first, last)
                return _interval(first, last, G.DAY)
            end = _month_end(year, f.month)
            if f.part is not None:
                low, high = cal.PART_OF_MONTH_DAYS[f.part]
                return DateInterval(
                    date(year, f.month, low), end.replace(day=min(high, end.day)), G.PART_OF_MONTH
                )
            return DateInterval(date(year, f.month, 1), end, G.MONTH)
        if f.season is not None:
            return _months(year, f.season, 3, G.SEASON)
        if f.quarter is not None:
            return _months(year, 3 * f.quarter - 2, 3, G.SEASON)
        if f.half is not None:
            return _months(year, 6 * f.half - 5, 6, G.SEASON)
        if f.holiday is not None:
            day = _holiday_date(f.holiday, year)
            if day is None:
                return None
            if f.unit == "weekend":
                return _holiday_weekend(day)
            return DateInterval(day, day, G.DAY)
        if f.part is not None:
            low, high = cal.PART_OF_YEAR_MONTHS[f.part]
            return DateInterval(date(year, low, 1), _month_end(year, high), G.SEASON)
        return DateInterval(date(year, 1, 1), date(year, 12, 31), G.YEAR)
    except ValueError:
        return None


def _across_months(f: _Found, year: int, first: date, last: date) -> tuple[date, date]:
    """A day range whose second day is smaller than its first runs into the next month:
    the month named belongs to the second day when written after both ("the 27th to the
    3rd of April" starts in March), else to the first ("April 27 to the 3rd" ends in May)."""
    if f.written_day_first:
        return first - relativedelta(months=1), last
    return first, last + relativedelta(months=1)


def _holiday_weekend(day: date) -> DateInterval:
    """A holiday's weekend: the Saturday and Sunday nearest the holiday, joined to it (a
    Monday holiday's weekend runs Saturday to Monday, Thanksgiving's Thursday to Sunday)."""
    weekday = day.weekday()
    if weekday <= 1:  # Monday, Tuesday: the weekend before
        saturday = day - timedelta(days=weekday + 2)
    else:
        saturday = day + timedelta(days=5 - weekday) if weekday <= 5 else day - timedelta(days=1)
    sunday = saturday + timedelta(days=1)
    return DateInterval(min(day, saturday), max(day, sunday), G.DAY)


def _months(year: int, month: int, count: int, granularity: Granularity) -> DateInterval:
    """*count* months from *month* of *year* (winter runs into the next year)."""
    last_month = month + count - 1
    last_year = year + (last_month - 1) // 12
    last_month = (last_month - 1) % 12 + 1
    return DateInterval(date(year, month, 1), _month_end(last_year, last_month), granularity)


def _holiday_date(name: str, year: int) -> date | None:
    rule = _tables().holidays.get(name)
    if rule is None:
        return None
    kind, month, day, extra = rule
    if kind == "fixed":
        found = date(year, month, day)
    elif kind == "easter":
        found = easter(year) + timedelta(days=extra)
    elif extra > 0:  # the nth weekday of the month
        first = date(year, month, 1)
        found = first + timedelta(days=(day - first.weekday()) % 7 + 7 * (extra - 1))
    else:  # the last one
        last = _month_end(year, month)
        found = last - timedelta(days=(last.weekday() - day) % 7)
    if name in _DAY_AFTER:
        found += timedelta(days=1)
    return found


_DAY_AFTER = frozenset(_fold(name) for name in cal.HOLIDAY_DAY_AFTER)


def _pick_year(f: _Found, reference: date, future: bool) -> DateInterval | None:
    """The interval of a date without its year: the latest one that starts on or before
    the reference (the past), or the first that ends on or after it (the future)."""
    shift = f.shift
    if f.holiday is not None and shift in (-1, 1):
        return _holiday_around(f, reference, shift)
    if shift is not None and shift != 2:
        year = reference.year + shift
        if f.season == 12 and shift <= 0 and reference.month < 3:
            year -= 1  # in February, this winter began last December
        return _fields_interval(f, year)
    ahead = future or shift == 2
    if f.weekday is not None and f.day is not None:
        return _weekday_year(f, reference, future)
    for offset in (0, 1, 2, 3, 4, 5, 6, 7, 8) if ahead else (0, -1, -2, -3, -4, -5, -6, -7, -8):
        interval = _fields_interval(f, reference.year + offset)
        if interval is None:
            if f.month == 2 and f.day == 29:
                continue
            return None
        if shift == 2:
            if interval.earliest > reference:
                return interval
        elif ahead:
            if interval.latest >= reference:
                return interval
        elif interval.earliest <= reference:
            return interval
    return None


def _holiday_around(f: _Found, reference: date, shift: int) -> DateInterval | None:
    """ "last Easter": the latest one before the reference; "next Easter" the first after."""
    for offset in (0, shift, 2 * shift):
        interval = _fields_interval(f, reference.year + offset)
        if interval is not None and (
            interval.earliest > reference if shift > 0 else interval.earliest < reference
        ):
            return interval
    return None


_A_YEAR = timedelta(days=366)


def _weekday_year(f: _Found, reference: date, future: bool) -> DateInterval | None:
    """ "Tue May 9", "Friday 5/12": the nearest such day to the reference, within a year
    either side, that falls on the weekday; if none does, the weekday is a slip and the
    date is placed as if written without it (by the tense)."""
    best: DateInterval | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        interval = _fields_interval(f, year)
        if interval is None or interval.earliest.weekday() != f.weekday:
            continue
        if abs(interval.earliest - reference) > _A_YEAR:
            continue
        if best is None or abs(interval.earliest - reference) < abs(best.earliest - reference):
            best = interval
    if best is not None:
        return best
    probe = _Found(f.form, f.start, f.end, f.kind)
    probe.month, probe.day, probe.day2 = f.month, f.day, f.day2
    return _pick_year(probe, reference, future)


def _monday(day: date, weeks: int = 0) -> date:
    return day - timedelta(days=day.weekday() - 7 * weeks)


def _resolve_weekday(f: _Found, reference: date, future: bool) -> date:
    """ "on Monday" in the past: the latest Monday on or before the reference; in the
    future, the first after it. "this past Monday" the latest before it, "last Monday" the
    Monday of last week, "next Monday" the Monday of next week, "this Monday" that of this
    week, "this coming Monday" the first after it, "Tuesday of next week" that week's."""
    weekday = f.weekday
    assert weekday is not None
    shift = f.shift
    if shift is not None and shift >= 9:  # "Tuesday of next week"
        return _monday(reference, shift - 10) + timedelta(days=weekday)
    if shift == 1:
        return _monday(reference, 1) + timedelta(days=weekday)
    if shift == 0:
        return _monday(reference) + timedelta(days=weekday)
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7 or 7
    if shift == 2 or (shift is None and future):
        return reference + timedelta(days=ahead)
    if shift == -1:
        return reference - timedelta(days=back or 7)
    return reference - timedelta(days=back)


def _resolve_weekday_day(f: _Found, reference: date, future: bool) -> date | None:
    """ "Monday 21": the 21st that is a Monday, nearest the reference in the tense's
    direction."""
    assert f.day is not None
    year, month = reference.year, reference.month
    for _ in range(30):
        if f.day <= calendar.monthrange(year, month)[1]:
            day = date(year, month, f.day)
            if day.weekday() == f.weekday and (
                (day >= reference) if future else (day <= reference)
            ):
                return day
        month += 1 if future else -1
        if month == 13:
            year, month = year + 1, 1
        elif month == 0:
            year, month = year - 1, 12
    return None


def _calendar_shift(
    unit: str, shift: int, reference: date, part: str | None
) -> DateInterval | None:
    """ "last week", "next month", "this year", "the end of next month"."""
    if unit == "week":
        monday = _monday(reference, shift)
        low, high = cal.PART_OF_WEEK_DAYS[part] if part is not None else (0, 6)
        return DateInterval(
            monday + timedelta(days=low), monday + timedelta(days=high), G.PART_OF_MONTH
        )
    if unit == "fortnight":  # two weeks, counted from this week's Monday in steps of two
        monday = _monday(reference, 2 * shift)
        return DateInterval(monday, monday + timedelta(days=13), G.PART_OF_MONTH)
    if unit == "day":
        day = reference + timedelta(days=shift)
        return DateInterval(day, day, G.DAY)
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + shift
        year, month = divmod(index, 12)
        last = _month_end(year, month + 1)
        if part is not None:
            low, high = cal.PART_OF_MONTH_DAYS[part]
            return DateInterval(
                last.replace(day=low), last.replace(day=min(high, last.day)), G.PART_OF_MONTH
            )
        return DateInterval(last.replace(day=1), last, G.MONTH)
    if unit == "quarter":
        index = reference.year * 4 + (reference.month - 1) // 3 + shift
        return _months(index // 4, 3 * (index % 4) + 1, 3, G.SEASON)
    if unit == "year":
        year = reference.year + shift
        if part is not None:
            low, high = cal.PART_OF_YEAR_MONTHS[part]
            return DateInterval(date(year, low, 1), _month_end(year, high), G.SEASON)
        return DateInterval(date(year, 1, 1), date(year, 12, 31), G.YEAR)
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        first = reference.year - reference.year % size + shift * size
        return DateInterval(date(first, 1, 1), date(first + size - 1, 12, 31), G.DECADE)
    return None


def _week_of(
    f: _Found, reference: date | None, future: bool, day_first: bool
) -> tuple[DateInterval | None, bool]:
    """ "the week of April 10th" (Monday to Sunday), "the first week of March" (the week
    holding March 1st), "the last week of 2016" (the week holding its last day)."""
    assert f.left is not None
    inner, used = _resolve(f.left, reference, future, day_first)
    if inner is None:
        return None, used
    if f.count is None:
        monday = _monday(inner.earliest)
        return DateInterval(monday, monday + timedelta(days=6), G.PART_OF_MONTH), used
    return _nth_of(inner, "week", int(f.count)), used


def _nth_value(
    f: _Found, reference: date | None, future: bool, day_first: bool
) -> tuple[DateInterval | None, bool]:
    """ "the 15th day of June", "the third month of 2021", "the last week of 2019"."""
    assert f.left is not None
    assert f.unit is not None
    assert f.count is not None
    period, used = _resolve(f.left, reference, future, day_first)
    if period is None:
        return None, used
    return _nth_of(period, f.unit, int(f.count)), used


_THREE_DAYS = timedelta(days=3)


def _nth_of(period: DateInterval, unit: str, n: int) -> DateInterval | None:
    """The *n*th day, week or month of *period* (the last for ``n == -1``); None past its
    end. A week is Monday to Sunday and belongs to the period that holds its Thursday
    (most of its days), as ISO weeks do: "the first week of 2021" starts on January 4."""
    if unit == "week":
        if n < 0:
            monday = _monday(period.latest - _THREE_DAYS)
        else:
            monday = _monday(period.earliest + _THREE_DAYS, n - 1)
        if monday + _THREE_DAYS not in period:
            return None
        return DateInterval(monday, monday + timedelta(days=6), G.PART_OF_MONTH)
    if unit == "day":
        day = period.latest if n < 0 else period.earliest + timedelta(days=n - 1)
        return DateInterval(day, day, G.DAY) if day in period else None
    first = period.latest.replace(day=1) if n < 0 else period.earliest
    index = first.year * 12 + first.month - 1 + max(n - 1, 0)
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return None
    last = _month_end(year, month + 1)
    if last > period.latest:
        return None
    return DateInterval(last.replace(day=1), last, G.MONTH)


def _edge_value(
    f: _Found, reference: date | None, future: bool, day_first: bool
) -> tuple[DateInterval | None, bool]:
    """The first or last N units of a period, inside it."""
    assert f.left is not None
    assert f.unit is not None
    assert f.count is not None
    period, used = _resolve(f.left, reference, future, day_first)
    step = _delta(f.unit, f.count)
    if period is None or step is None:
        return None, used
    granularity = _UNIT_GRANULARITY.get(f.unit, G.DAY)
    one = timedelta(days=1)
    if f.unit == "week" and f.count == f.count.to_integral_value():  # whole weeks: see _nth_of
        edge = _nth_of(period, "week", 1 if f.shift == 1 else -1)
        if edge is None:
            return None, used
        if f.shift == 1:
            return DateInterval(edge.earliest, edge.earliest + step - one, granularity), used
        return DateInterval(edge.latest + one - step, edge.latest, granularity), used
    if f.shift == 1:
        last = min(period.latest, period.earliest + step - one)
        return DateInterval(period.earliest, last, granularity), used
    first = max(period.earliest, period.latest + one - step)
    return DateInterval(first, period.latest, granularity), used


def _resolve(
    f: _Found, reference: date | None, future: bool, day_first: bool
) -> tuple[DateInterval | None, bool]:
    """The interval *f* means, and whether the reference date was needed."""
    form = f.form
    if form in ("date", "holiday", "season", "quarter"):
        if f.year is not None and f.shift is None:
            return _fields_interval(f, f.year), False
        if reference is None:
            return None, False
        return _pick_year(f, reference, future), True
    if form == "numeric":
        assert f.numeric is not None
        a, b, year = f.numeric
        probe = _Found("date", f.start, f.end, f.kind)
        probe.month, probe.day = (b, a) if (day_first and b <= 12) or a > 12 else (a, b)
        probe.weekday = f.weekday
        if year is not None:
            return _fields_interval(probe, year), False
        if reference is None:
            return None, False
        return _pick_year(probe, reference, future), True
    if form in ("decade", "century"):
        assert f.decade is not None
        size = 10 if form == "decade" else 100
        first, last = f.decade, f.decade + size - 1
        if f.part is not None:
            low, high = cal.PART_OF_DECADE_YEARS[f.part]
            first, last = f.decade + low * size // 10, f.decade + (high + 1) * size // 10 - 1
        return DateInterval(date(first, 1, 1), date(last, 12, 31), G.DECADE), False
    if form == "week_of":
        return _week_of(f, reference, future, day_first)
    if form == "edge":
        return _edge_value(f, reference, future, day_first)
    if form == "nth":
        return _nth_value(f, reference, future, day_first)
    if form == "range":
        return _range_value(f, reference, future, day_first)
    if form == "week_number":
        if f.year is not None:
            return _week_number(f, f.year), False
        if reference is None:
            return None, False
        return _week_number(f, reference.year + (f.shift or 0)), True
    if form == "run":
        return _run_value(f, reference, future, day_first)
    if reference is None:
        return None, False
    if form == "weekday":
        day = _resolve_weekday(f, reference, future)
        return DateInterval(day, day, G.DAY), True
    if form == "weekday_day":
        found = _resolve_weekday_day(f, reference, future)
        return (None if found is None else DateInterval(found, found, G.DAY)), True
    if form == "month_day":
        assert f.day is not None
        shift = f.shift
        if shift is None and future:  # the reference's month, or the one after it
            shift = 1 if f.day < reference.day else 0
        elif shift is None:  # the reference's month, or the one before it
            shift = -1 if f.day > reference.day else 0
        index = reference.year * 12 + reference.month - 1 + shift
        year, month = divmod(index, 12)
        if f.day > calendar.monthrange(year, month + 1)[1]:
            return None, True
        day = date(year, month + 1, f.day)
        return DateInterval(day, day, G.DAY), True
    if form == "days":
        assert f.count is not None
        day = reference + timedelta(days=int(f.count))
        return DateInterval(day, day, G.DAY), True
    if form in ("offset", "in_offset", "date_offset"):
        return _offset_value(f, reference, future, day_first)
    if form == "weekday_of":
        return _weekday_of_value(f, reference, day_first)
    if form in ("window", "within"):
        return _window_value(f, reference), True
    if form == "shift":
        assert f.unit is not None
        assert f.shift is not None
        if f.half is not None:  # "the second half of last year": as "H2" of that year
            return _months(reference.year + f.shift, 6 * f.half - 5, 6, G.SEASON), True
        return _calendar_shift(f.unit, f.shift, reference, f.part), True
    if form == "current_part":
        whole = _calendar_shift(f.unit or "year", 0, reference, None)
        if whole is None:
            return None, True
        granularity = _UNIT_GRANULARITY.get(f.unit or "year", G.YEAR)
        if f.part == "early":  # before the reference day; "later" runs from it
            before = max(whole.earliest, reference - timedelta(days=1))
            return DateInterval(whole.earliest, before, granularity), True
        return DateInterval(reference, whole.latest, granularity), True
    if form == "weekend":
        return _weekend(f, reference, future), True
    if form == "to_date":
        return DateInterval(reference, reference, G.DAY), True
    return None, False


def _run_value(
    f: _Found, reference: date | None, future: bool, day_first: bool
) -> tuple[DateInterval | None, bool]:
    """ "for two weeks starting May 20": the duration's days from the date's first."""
    assert f.left is not None
    start, used = _resolve(f.left, reference, future, day_first)
    if start is None:
        return None, used
    after = _moved(start.earliest, f, 1)
    if after is None:
        return None, used
    granularity = _UNIT_GRANULARITY.get(f.unit or "day", G.DAY)
    return _interval(start.earliest, after - timedelta(days=1), granularity), used


def _week_number(f: _Found, year: int) -> DateInterval | None:
    """Week N of *year*, Monday to Sunday, as ISO 8601 numbers them (week 1 holds the
    year's first Thursday); None for a week 53 the year does not have."""
    assert f.count is not None
    try:
        monday = date.fromisocalendar(year, int(f.count), 1)
    except ValueError:
        return None
    return DateInterval(monday, monday + timedelta(days=6), G.PART_OF_MONTH)


def _offset_value(
    f: _Found, reference: date, future: bool, day_first: bool
) -> tuple[DateInterval | None, bool]:
    """ "a year ago", "in two weeks", "three weeks from tomorrow", "2 weeks before Christmas"."""
    base: date | None = reference + timedelta(days=f.base)
    used = True
    anchor = None
    if f.form == "date_offset":
        assert f.left is not None
        anchor, used = _resolve(f.left, reference, future, day_first)
        base = None if anchor is None else anchor.earliest
    if base is None:
        return None, used
    day = _moved(base, f, -1 if (f.shift or 1) < 0 else 1)
    if day is None:
        return None, used
    whole = _whole_unit(f, anchor)  # "the year before 2015" is 2014, not its January 1
    if whole is not None:
        if whole is G.YEAR:
            return DateInterval(date(day.year, 1, 1), date(day.year, 12, 31), G.YEAR), used
        return DateInterval(day.replace(day=1), _month_end(day.year, day.month), G.MONTH), used
    return DateInterval(day, day, G.DAY), used


def _whole_unit(f: _Found, anchor: DateInterval | None) -> Granularity | None:
    """The granularity an offset keeps when it moves a whole year or month by years or
    months; None when it names a day."""
    if anchor is None or f.extra:
        return None
    if anchor.granularity is G.YEAR and f.unit in ("year", "decade", "century"):
        return G.YEAR
    if anchor.granularity is G.MONTH and f.unit in ("month", "quarter", "year"):
        return G.MONTH
    return None


def _moved(day: date, f: _Found, sign: int) -> date | None:
    """*day* moved by *f*'s length (every part of a compound: "3 months and 2 weeks"),
    forward or back; None past the calendar's ends."""
    if f.count is None or f.unit is None:
        return None
    if f.business:
        return _business_days(day, int(f.count), sign)
    try:
        for count, unit in ((f.count, f.unit), *f.extra):
            step = _delta(unit, count)
            if step is None:
                return None
            day = day + step if sign > 0 else day - step
    except OverflowError:
        return None
    return day


def _business_days(day: date, count: int, sign: int) -> date | None:
    """*day* moved by *count* working days (Monday to Friday), forward or back: whole
    weeks at once, then day by day."""
    weeks, rest = divmod(count, 5)
    try:
        day += timedelta(weeks=weeks * sign)
        while day.weekday() > 4:  # a weekend start: count from the Friday or the Monday
            day -= timedelta(days=sign)
        for _ in range(rest):
            day += timedelta(days=sign)
            while day.weekday() > 4:
                day += timedelta(days=sign)
    except OverflowError:
        return None
    return day


def _window_value(f: _Found, reference: date) -> DateInterval | None:
    """N units of days: past ones end the day before the reference, coming ones start
    the day after it, and "within" ones start on it."""
    if f.count is None or f.unit is None:
        return None
    step = _delta(f.unit, f.count)
    if step is None:
        return None
    granularity = _UNIT_GRANULARITY.get(f.unit, G.DAY)
    one = timedelta(days=1)
    if f.unit == "quarter" and f.form == "window" and f.count == f.count.to_integral_value():
        # quarters are the calendar's: "the past two quarters" are the last two whole ones
        count = int(f.count)
        first = _calendar_shift("quarter", -count if (f.shift or -1) < 0 else 1, reference, None)
        last = _calendar_shift("quarter", -1 if (f.shift or -1) < 0 else count, reference, None)
        if first is None or last is None:
            return None
        return DateInterval(first.earliest, last.latest, granularity)
    if f.form == "window" and (f.shift or -1) < 0:
        since = _moved(reference, f, -1)
        return None if since is None else _interval(since, reference - one, granularity)
    until = _moved(reference, f, 1)
    if until is None:
        return None
    if f.form == "window":
        return _interval(reference + one, until, granularity)
    return _interval(reference, until - one, granularity)


def _weekend(f: _Found, reference: date, future: bool) -> DateInterval:
    """ "this weekend": the Saturday and Sunday of the reference's week; "last" and
    "next" the ones before and after; "the weekend" the latest one on or before the
    reference (the past) or the first after it (the future)."""
    saturday = _monday(reference) + timedelta(days=5)
    if f.shift == 1 or (f.shift == 2 and saturday <= reference):
        saturday += timedelta(weeks=1)
    elif f.shift == -1:
        saturday -= timedelta(weeks=1)
    elif f.shift is None:
        if future and saturday + timedelta(days=1) < reference:
            saturday += timedelta(weeks=1)
        elif not future and saturday > reference:
            saturday -= timedelta(weeks=1)
    return DateInterval(saturday, saturday + timedelta(days=1), G.DAY)


def _range_value(
    f: _Found, reference: date | None, future: bool, day_first: bool
) -> tuple[DateInterval | None, bool]:
    """A range's interval: from its first date's start to its second's end. An end
    without its year takes the other's: "from March to May 2019", "Nov-Feb 2017" (the
    year before, as November would start after February), "from 10/1 to 11/7" (both
    placed by the first, in the tense's direction)."""
    assert f.left is not None
    assert f.right is not None
    first, second = _calendar_probe(f.left, day_first), _calendar_probe(f.right, day_first)
    left = right = None
    used = False
    if _yearless(first) and second.year is not None and second.form == "date":
        right, used = _resolve(second, reference, future, day_first)
        if right is not None:
            left = _fields_interval(first, right.latest.year)
            if left is not None and left.earliest > right.earliest:
                left = _fields_interval(first, right.latest.year - 1)
    elif _yearless(second) and _yearless(first):
        if reference is None:
            return None, False
        return _yearless_range(first, second, reference, future), True
    elif _yearless(second) and first.year is not None:
        left, used = _resolve(first, reference, future, day_first)
        if left is not None:
            right = _fields_interval(second, left.earliest.year)
            if right is None or right.latest < left.earliest:
                right = _fields_interval(second, left.earliest.year + 1)
    else:
        left, left_used = _resolve(first, reference, future, day_first)
        right, right_used = _resolve(second, reference, future, day_first)
        used = left_used or right_used
        if left is not None and second.form == "weekday" and second.shift is None:
            assert second.weekday is not None  # "from next Monday to Friday": the Friday after
            day = left.latest + timedelta(days=(second.weekday - left.latest.weekday()) % 7)
            right = DateInterval(day, day, G.DAY)
            week = timedelta(weeks=1)
            past = first.form == "weekday" and first.shift is None and not future
            if past and reference and day > reference and left.earliest - week <= reference:
                left = DateInterval(left.earliest - week, left.latest - week, G.DAY)
                right = DateInterval(day - week, day - week, G.DAY)  # a past week's
    if left is None or right is None or right.latest < left.earliest:
        return None, used
    # the finer of the two ends: "between Jan 2019 and today" is named to the day
    granularity = min(left.granularity, right.granularity, key=_GRANULARITY_ORDER.index)
    return DateInterval(left.earliest, right.latest, granularity), used


def _calendar_probe(f: _Found, day_first: bool) -> _Found:
    """A numeric date as a month, day and year ("10/1"); others as they are."""
    if f.form != "numeric" or f.numeric is None:
        return f
    a, b, year = f.numeric
    probe = _Found("date", f.start, f.end, K.PARTIAL)
    probe.month, probe.day = (b, a) if (day_first and b <= 12) or a > 12 else (a, b)
    probe.year, probe.weekday = year, f.weekday
    return probe


def _yearless_range(
    first: _Found, second: _Found, reference: date, future: bool
) -> DateInterval | None:
    """ "from March to May", "from 10/1 to 11/7": in the past, the latest such range that
    starts on or before the reference; in the future, the first that ends on or after it.
    The second date falls in the first's year, or the next when it would come before."""
    for offset in (-1, 0, 1, 2) if future else (1, 0, -1, -2, -3):
        year = reference.year + offset
        left = _fields_interval(first, year)
        right = _fields_interval(second, year)
        if left is None or right is None:
            continue
        if right.latest < left.earliest:
            right = _fields_interval(second, year + 1)
            if right is None:
                continue
        if (right.latest >= reference) if future else (left.earliest <= reference):
            granularity = min(left.granularity, right.granularity, key=_GRANULARITY_ORDER.index)
            return DateInterval(left.earliest, right.latest, granularity)
    return None


def _yearless(f: _Found) -> bool:
    return f.form == "date" and f.year is None and f.shift is None and f.month is not None


_CALENDAR_FORMS = frozenset(
    {"date", "holiday", "season", "quarter", "numeric", "decade", "century"}
)


def _uses_reference(f: _Found) -> bool:
    """Whether placing *f* takes the reference date: a relative form, a date without its
    year, or a range or offset with such an end."""
    if f.form in _CALENDAR_FORMS:
        if f.form == "numeric":
            return f.numeric is not None and f.numeric[2] is None
        return f.year is None and f.form not in ("decade", "century")
    if f.form in ("range", "date_offset", "week_of", "edge", "nth", "since", "run"):
        return any(inner is not None and _uses_reference(inner) for inner in (f.left, f.right))
    if f.form == "week_number":
        return f.year is None
    return True


def _needs_tense(f: _Found) -> bool:
    form = f.form
    if form in ("weekday", "weekday_day", "weekend", "month_day"):
        return f.shift is None
    if form in ("date", "holiday", "season", "quarter"):
        return f.year is None and f.shift is None
    if form == "numeric":
        return f.numeric is not None and f.numeric[2] is None
    if form in ("range", "date_offset", "week_of", "since", "edge", "nth", "run"):
        return any(inner is not None and _needs_tense(inner) for inner in (f.left, f.right))
    return form in ("in_offset", "the_next")


# -- day-first evidence ------------------------------------------------------------------------
def _day_first_of(founds: Sequence[_Found], day_first: bool | None) -> bool:
    """Whether ambiguous numeric dates read day first: as the caller says, else as the
    text's unambiguous numeric dates, else its written dates, show; else month first."""
    if day_first is not None:
        return day_first
    votes = written = 0
    every = [inner for found in founds for inner in (found, found.left, found.right) if inner]
    for f in every:
        if f.form == "numeric" and f.numeric is not None:
            a, b, _ = f.numeric
            if a > 12 >= b:
                votes += 1
            elif b > 12 >= a:
                votes -= 1
        elif f.written_day_first is not None and f.year is not None:
            written += 1 if f.written_day_first else -1
    return votes > 0 if votes else written > 0


# -- the public functions ----------------------------------------------------------------------
def extract_dates(
    text: str,
    reference: date | None = None,
    *,
    within: Sequence[Span] | None = None,
    day_first: bool | None = None,
) -> tuple[DateMention, ...]:
    """Every time expression of *text*, in order, resolved against *reference*.

    *reference* is the date relative expressions count from (the publication date;
    a ``datetime`` counts by its date). With *within* (sorted, non-overlapping spans)
    only expressions that lie inside one of them are read. *day_first* says how to
    read ambiguous numeric dates ("04/01/2019"); None decides from the text, month
    first by default.

    >>> [(m.text, m.kind.value) for m in extract_dates("On Wednesday, it vowed to act by May 2018")]
    [('Wednesday', 'relative'), ('by May 2018', 'partial')]
    >>> m = extract_dates("It has fallen over the past five years.", date(2019, 3, 26))[0]
    >>> m.text, m.kind.value, m.length, m.unit, str(m.value)
    ('the past five years', 'duration', 5, 'year', '2014-03-26..2019-03-25 (year)')
    >>> extract_dates("He paid $2,019 for 48 units at 10:30 a.m. after a 3-1 win.")
    ()
    """
    expect_type(text, str, "extract_dates() expects text as str")
    if reference is not None:
        expect_type(reference, date, "extract_dates() expects reference as date, datetime or None")
        if isinstance(reference, datetime):
            reference = reference.date()
    founds = _find(text, within, reference)
    if not founds:
        return ()
    order = _day_first_of(founds, day_first)
    mentions = []
    for f, sentence in zip(founds, _sentences(text, founds), strict=False):
        mention = _mention(text, f, sentence, reference, order)
        if mention is not None:
            mentions.append(mention)
    return tuple(mentions)


_READERS = {_DIGIT: _read_digits, _NAME: _read_name, _WORD: _read_word}


def _find(text: str, within: Sequence[Span] | None, reference: date | None) -> list[_Found]:
    spans = len(within) if within is not None else 0
    founds: list[_Found] = []
    covered = 0
    last = -1
    i = -1  # the last span that starts at or before the anchor (the anchors are in order)
    for position, kind in _anchors(text):
        if position < covered or position == last:
            continue
        last = position
        floor = covered
        span = None
        if within is not None:
            while i + 1 < spans and within[i + 1].start <= position:
                i += 1
            if i < 0 or within[i].end <= position:
                continue
            span = within[i]
            if span.start > floor:
                floor = span.start
        f = _READERS[kind](text, position, floor, reference)
        if f is None:
            continue
        f = _with_prefix(text, f, floor, bool(founds) and founds[-1].end == covered)
        if span is not None and (f.start < span.start or f.end > span.end):
            continue
        founds.append(f)
        covered = f.end
    return _combine(text, founds)


def _mention(
    text: str, f: _Found, sentence: Span, reference: date | None, day_first: bool
) -> DateMention | None:
    future = (reference is not None or f.form in ("in_offset", "the_next")) and _needs_tense(f)
    future = future and _is_future(text, f.start, f.end, sentence)
    if f.form == "in_offset" and not future:  # "an outage in four months": a duration
        f.form, f.kind = "duration", K.DURATION
    if f.form == "the_next":  # "the next day" in a past clause counts from another event
        f.form = "shift" if future else "narrative"
        if future:
            f.count = f.modifier = None
    try:
        target = f.left if f.form == "since" and f.left is not None else f
        value, used = _resolve(target, reference, future, day_first)
    except (OverflowError, ValueError):  # counted past the first or the last year of the calendar
        value, used = None, True
    if f.form == "since":
        if value is not None and reference is not None and reference >= value.earliest:
            value = DateInterval(value.earliest, reference, value.granularity)
            used = True
    elif value is None and f.kind in (K.ABSOLUTE, K.RANGE) and not _uses_reference(f):
        return None  # "February 30, 2019" names no day
    length, unit = _length(f)
    # A DateMention made field by field through its slots' setters, as actors makes its
    # mentions: the records are made by the dozen per article, and a frozen attrs class's
    # __init__ sets each field through object.__setattr__. The span's offsets are a
    # reading's, 0 <= start <= end (see model._trusted_span).
    mention = _new_object(DateMention)
    _SET_TEXT(mention, text[f.start : f.end])
    _SET_SPAN(mention, _trusted_span(f.start, f.end))
    _SET_KIND(mention, f.kind)
    _SET_VALUE(mention, value)
    _SET_RESOLVED(mention, used and value is not None)
    _SET_MODIFIER(mention, f.modifier)
    _SET_SENTENCE(mention, sentence)
    _SET_LENGTH(mention, length)
    _SET_UNIT(mention, unit)
    return mention


(
    _SET_TEXT,
    _SET_SPAN,
    _SET_KIND,
    _SET_VALUE,
    _SET_RESOLVED,
    _SET_MODIFIER,
    _SET_SENTENCE,
    _SET_LENGTH,
    _SET_UNIT,
) = _slot_setters(
    DateMention,
    "text", "span", "kind", "value", "resolved", "modifier", "sentence", "length", "unit",
)  # fmt: skip


_DURATION_FORMS = frozenset(
    {
        "duration",
        "offset",
        "in_offset",
        "narrative",
        "within",
        "window",
        "vague",
        "date_offset",
        "run",
    }
)
_SMALLER = {
    "century": ("year", 100),
    "decade": ("year", 10),
    "year": ("month", 12),
    "quarter": ("month", 3),
    "month": ("day", 30),
    "fortnight": ("day", 14),
    "week": ("day", 7),
    "weekend": ("day", 2),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}


def _length(f: _Found) -> tuple[int | None, str | None]:
    """A duration's length as a whole number of units ("1.5 hours" is 90 minutes)."""
    if f.form not in _DURATION_FORMS or f.unit is None:
        return None, None
    if f.count is None:
        return None, f.unit
    count, unit = f.count, f.unit
    if f.extra:  # a compound: in its smallest unit
        count, unit = _in_unit(((count, unit), *f.extra))
    while count != count.to_integral_value() and unit in _SMALLER:
        smaller, times = _SMALLER[unit]
        count, unit = count * times, smaller
    return int(count.to_integral_value()), unit


_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}


def _in_unit(parts: Sequence[tuple[Decimal, str]]) -> tuple[Decimal, str]:
    """The parts of a compound duration summed in the smallest of their units ("2 weeks
    and 3 days" is 17 days, "1 year and a quarter" 15 months); nominal sizes (a month of
    30 days, a year of 365) where the units do not divide."""
    target = parts[-1][1]
    total = Decimal(0)
    for count, unit in parts:
        if target in _MONTHS_IN and unit in _MONTHS_IN:
            total += count * _MONTHS_IN[unit] / _MONTHS_IN[target]
            continue
        ratio = Decimal(cal.SECONDS_IN[unit]) / Decimal(cal.SECONDS_IN[target])
        if ratio != ratio.to_integral_value():
            return _in_unit((*parts, (Decimal(0), "day")))
        total += count * ratio
    return total, target


def published_in(lines: Iterable[Snippet], *, day_first: bool | None = None) -> date | None:
    """The publication date that stamp and byline *lines* give, or None.

    A date after a publication label ("Published", "Posted", "First published")
    wins over one after an update label ("Updated", "Last modified"), which wins
    over a date with no label; among equals the first line counts.

    >>> stamp = "Updated 10:32 AM EDT, Mon April 1, 2019"
    >>> published_in([Snippet(stamp, Span(0, len(stamp)))])
    datetime.date(2019, 4, 1)
    >>> stamp = "Published March 4, 2024 Updated March 5, 2024, 9:12 a.m. ET"
    >>> published_in([Snippet(stamp, Span(0, len(stamp)))])
    datetime.date(2024, 3, 4)
    """
    best: tuple[int, date] | None = None
    labels = _stamp_labels()
    for line in lines:
        lower = line.text.lower()
        for mention in extract_dates(line.text, day_first=day_first):
            value = mention.value
            if mention.kind is not K.ABSOLUTE or value is None or value.granularity is not G.DAY:
                continue
            head = lower[: mention.span.start]
            rank = 2
            for label, label_rank in labels:
                at = head.rfind(label)
                if at != -1 and _pattern("four_digits").search(head, at) is None:
                    rank = min(rank, label_rank)
            if rank == 0:
                return value.earliest
            if best is None or rank < best[0]:
                best = (rank, value.earliest)
    return None if best is None else best[1]


@functools.cache
def _stamp_labels() -> tuple[tuple[str, int], ...]:
    labels = [(label, 0) for label in cal.PUBLISHED_LABELS]
    labels += [(label, 1) for label in cal.UPDATED_LABELS]
    known = {label for label, _ in labels}
    for prefix in chrome_data.STAMP_PREFIXES:  # the layout's stamp labels, ranked alike
        lower = prefix.lower()
        if lower not in known:
            labels.append((lower, 0 if "publish" in lower or "post" in lower else 1))
    return tuple(labels)


def date_bounds(mentions: Iterable[DateMention], text: str) -> DateInterval | None:
    """Bounds on when a story was written: not before the latest absolute date it
    mentions in a sentence that is not in the future tense (``latest`` is
    ``date.max``: the text gives no upper bound). None when it mentions none.

    >>> text = "The talks began on March 28, 2019 and ended in 2018. They will resume in 2030."
    >>> str(date_bounds(extract_dates(text), text))
    '2019-03-28..9999-12-31 (day)'
    """
    lower: date | None = None
    for mention in mentions:
        value = mention.value
        if (
            value is None
            or mention.resolved
            or mention.kind not in (K.ABSOLUTE, K.PARTIAL, K.RANGE)
        ):
            continue
        if lower is not None and value.earliest <= lower:
            continue  # no later than the bound: its tense need not be read
        sentence = mention.sentence or mention.span
        if not _is_future(text, mention.span.start, mention.span.end, sentence):
            lower = value.earliest
    return None if lower is None else DateInterval(lower, date.max, G.DAY)

"""Figures that are not money: percentages, and counts with the noun they count.

"0.01 percent" is a :class:`~geopol_news.model.Quantity` with unit "percent";
"2.5 percentage points" one with unit "percentage points"; "about 100 more
Russian personnel" one with value 100, unit "personnel" and qualifier ABOUT;
"some 3 million Venezuelans" 3,000,000 Venezuelans. The counted noun is the
first plural-looking word (or collective noun such as "personnel") within a
few words after the number. Durations ("48 hours", "five years") are left to
the dates extractor, and numbers inside monetary figures to
:mod:`geopol_news.money`.

>>> text = "Only 0.01 percent of trade; about 100 more Russian personnel."
>>> [(f.value, f.unit) for f in extract_quantities(text)]
[(Decimal('0.01'), 'percent'), (Decimal('100'), 'personnel')]
"""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

import regex

from geopol_news._numbers import WordFinder, number_value, qualifier_before
from geopol_news._patterns import alternation
from geopol_news.data import numbers as number_data
from geopol_news.errors import expect_type
from geopol_news.model import Quantity, Snippet, Span
from geopol_news.money import extract_money

__all__ = ["extract_quantities", "quantities_outside"]


# -- named parts ---------------------------------------------------------------------
_DIGITS = r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?:\.\d++)?|\.\d++"
_ONE_WORD = rf"(?i:{alternation(number_data.NUMBER_WORDS)})"
_WORDS = rf"{_ONE_WORD}(?:[\s-]{_ONE_WORD}){{0,2}}"  # "twenty-five", "one hundred"
_SCALE = rf"(?:\s(?i:{alternation(number_data.MULTIPLIERS)}))"
_NUMBER = rf"(?P<number>(?:{_DIGITS})(?:{_SCALE})?|(?:{_WORDS})(?:{_SCALE})?)"
_PERCENT = (
    rf"(?P<percent>\s?%|\s(?i:{alternation(k for k in number_data.PERCENT_WORDS if k != '%')})\b)"
)
_RANGE = rf"(?:\s?(?:-|\u2013|to)\s?(?P<high>{_DIGITS}))?"
_NOUN_WORD = r"[\p{L}][\p{L}\-]*+(?!['\u2019])"  # a possessive ("Venezuela's") is no counted noun
_YEAR = regex.compile(r"1[89]\d\d|20\d\d")


# A number that is not part of a word or a model name ("Il-62M", "AN-124", "F-16").
@functools.cache
def _number_word_pattern() -> regex.Pattern[str]:
    """Any number word, for the rare text whose length lower() changes."""
    return regex.compile(rf"(?i:\b{alternation(number_data.NUMBER_WORDS)}\b)")


@functools.cache
def _figure_pattern() -> regex.Pattern[str]:
    """The quantity pattern, compiled at first use rather than at import."""
    return regex.compile(
        rf"(?<![\w\-./:$€£¥,])(?:{_NUMBER}{_RANGE}{_PERCENT}|{_NUMBER})(?![\w\-/])",
    )


_DIGIT_RUN = regex.compile(r"\.?[0-9][0-9,.]*")
_NOUN_AFTER = regex.compile(rf"(?:[^\S\r\n]++{_NOUN_WORD}){{1,4}}")  # on the same line
_SKIPPED = frozenset(number_data.COUNT_MODIFIERS)
_STOP = frozenset(number_data.COUNT_STOP_WORDS)
_NUMBER_WORDS = WordFinder(number_data.NUMBER_WORDS)


def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Every percentage and counted quantity in *text*, in order.

    >>> [(f.text, f.unit) for f in extract_quantities("More than 50 countries back him.")]
    [('More than 50 countries', 'countries')]
    >>> extract_quantities("In 2006 it paid $5 billion.")
    ()
    """
    expect_type(text, str, "extract_quantities() expects text as str")
    return quantities_outside(text, [figure.span for figure in extract_money(text)])


def quantities_outside(text: str, money: list[Span]) -> tuple[Quantity, ...]:
    """The quantities of *text* that overlap none of the (sorted) *money* spans."""
    found: list[Quantity] = []
    covered = 0
    for start in _starts(text):
        if start < covered:
            continue
        match = _figure_pattern().match(text, start)
        if match is None:
            continue
        covered = match.end()
        span = Span(*match.span())
        if any(span.overlaps(figure) for figure in money):
            continue
        quantity = _quantity(text, match)
        if quantity is not None:
            found.append(quantity)
    return tuple(found)


def _starts(text: str) -> list[int]:
    """Where a quantity may start: a run of digits, or a number word."""
    starts = {run.start() for run in _DIGIT_RUN.finditer(text)}
    lower = text.lower()
    if len(lower) == len(text):
        starts.update(_NUMBER_WORDS.starts(lower))
    else:  # lower() changed the length: find the words the slow way
        starts.update(found.start() for found in _number_word_pattern().finditer(text))
    return sorted(starts)


def _value(surface: str) -> Decimal | None:
    try:
        return number_value(surface)
    except (InvalidOperation, ValueError):
        return None


def _quantity(text: str, match: regex.Match[str]) -> Quantity | None:
    start, end = match.span()
    value = _value(match["number"])
    if value is None:
        return None
    value_max = _value(match["high"]) if match["high"] else None
    noun = None
    if match["percent"] is not None:
        unit = number_data.PERCENT_WORDS[match["percent"].strip().lower()]
    else:
        noun = _counted_noun(text, end)
        if noun is None or (_YEAR.fullmatch(match["number"]) and noun.text[0].isupper()):
            return None  # "2013 Caracas": a year before a name
        unit = noun.text
        end = noun.span.end
    qualifier, start = qualifier_before(text, start)
    span = Span(start, end)
    return Quantity(
        span.of(text),
        span,
        value=value,
        value_max=value_max,
        unit=unit,
        noun=noun,
        qualifier=qualifier,
    )


def _counted_noun(text: str, end: int) -> Snippet | None:
    """The noun a number counts: within four words, skipping "more" and adjectives."""
    after = _NOUN_AFTER.match(text, end)
    if after is None:
        return None
    for word in regex.finditer(_NOUN_WORD, text, pos=end, endpos=after.end()):
        surface = word.group()
        lower = surface.lower()
        if lower in _STOP or lower in number_data.TIME_UNITS:
            return None
        if lower in number_data.COLLECTIVE_NOUNS or (
            lower.endswith("s") and not lower.endswith("ss") and lower not in _SKIPPED
        ):
            return Snippet(surface, Span(*word.span()))
        # anything else ("more", "Russian", "military") may stand before the noun
    return None

"""Figures that are not money: percentages, and counts with the noun they count.

"0.01 percent" is a :class:`~geopol_news.model.Quantity` with unit "percent";
"2.5 percentage points" one with unit "percentage points"; "about 100 more
Russian personnel" one with value 100, unit "personnel" and qualifier ABOUT;
"some 3 million Venezuelans" 3,000,000 Venezuelans; "300-400 troops" and
"between 30 and 40 percent" are ranges; "tens of thousands of troops" is a
vague count with its order of magnitude. The counted noun is the first
plural-looking word (or collective noun such as "personnel") within a few
words after the number. Durations ("48 hours", "five years") are left to the
dates extractor, years ("the 2019 elections") are not counts, and numbers
inside monetary figures belong to :mod:`geopol_news.money`.

>>> text = "Only 0.01 percent of trade; about 100 more Russian personnel."
>>> [(f.value, f.unit) for f in extract_quantities(text)]
[(Decimal('0.01'), 'percent'), (Decimal('100'), 'personnel')]
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

import regex

from geopol_news._numbers import (
    FRACTION,
    JOINT_OPENERS,
    MULTIPLIER,
    NUMBER_WORD,
    POINT_DECIMALS,
    VAGUE_HEAD,
    VAGUE_OPENS,
    WRITTEN_OPENS,
    anchor_end,
    digit_runs,
    head_at,
    inside,
    lone_number_word,
    number_end,
    opening_before,
    qualifier_before,
    range_joint,
    sentence_spans,
    starter_positions,
    value_or_none,
    word_heads,
)
from geopol_news._patterns import compiled, trie_alternation
from geopol_news.data import calendar as calendar_data
from geopol_news.data import numbers as number_data
from geopol_news.errors import expect_type
from geopol_news.model import Magnitude, Qualifier, Quantity, Snippet, Span, _trusted_span
from geopol_news.money import extract_money

__all__ = ["extract_quantities", "quantities_outside"]


# -- named parts ---------------------------------------------------------------------
# written numbers: "two", "twenty-five", "three hundred", "two thousand five
# hundred", "one and a half", "half a" (before a scale), "a" (before a scale)
_WRITTEN = rf"""(?ix)(?:
        (?:(?:a|one)\s)?{FRACTION}(?:\sof\sa|\sa)?(?=[\s-]{MULTIPLIER}\b)
      | {NUMBER_WORD}
        (?:[\s-](?:{NUMBER_WORD}|{MULTIPLIER})|(?<={MULTIPLIER})\sand\s{NUMBER_WORD}){{0,6}}
        {POINT_DECIMALS}?(?:\s(?:and\s)?a\s{FRACTION})?
      | an?(?=[\s-]{MULTIPLIER}\b)
    )(?![\p{{L}}\d])"""
_SCALE = rf"(?i)[\s-]{MULTIPLIER}(?:[\s-]{MULTIPLIER})?(?![\p{{L}}\d])"
_PERCENT = (
    rf"(?i)\s?%|[\s-](?:{trie_alternation(k for k in number_data.PERCENT_WORDS if k != '%')})"
    r"(?![\p{L}\d])"
)
# tens of thousands of troops, dozens of civilians
_VAGUE = rf"(?i)(?P<vague>{trie_alternation(number_data.VAGUE_AMOUNTS)})(?:\sof)?(?=\s)"
# a word after a number or the word before, captured; a possessive ("Venezuela's") is none
_WORD_AFTER = regex.compile(r"[^\S\r\n]++(\p{L}[\p{L}\-]*+)(?!['\u2019])")
# The same on the standard engine, which costs less per call, for words of ASCII letters:
# the white space (as _WORD_AFTER reads it), a word of ASCII letters and hyphens (group 1,
# if any) and the character after it (group 2). Where that character is ASCII, the two
# read the same word, or both none; see _word_after.
_ASCII_WORD_AFTER = re.compile(r"[^\S\r\n\x1c-\x1f]+([A-Za-z][A-Za-z\-]*)?(.?)", re.DOTALL)
_NOUN_REACH = 4  # the words after a number that may be the noun it counts
_MAY_FOLLOW = frozenset("-\u2013\u2014%")  # what may follow a number, besides white space
_GLUED = frozenset("-./:$€£¥,_")  # before a number: part of a code, date or price ("F-16")
_YEAR_OPENINGS = ("18", "19", "20")  # a year from 1800 to 2099
_WORD_BEFORE = regex.compile(r"(?r)\b(?P<word>\p{L}+)[^\S\n]+")

# the first letters of the scale and percent words, for cheap tests before _SCALE and _PERCENT
_SCALE_INITIALS = frozenset(word[0] for word in number_data.MULTIPLIERS)
# the first four letters of the scale words that have four or more (the others are shorter
# than a word of four letters, which none of them opens)
_SCALE_HEAD = 4
_SCALE_HEADS = word_heads(number_data.MULTIPLIERS, _SCALE_HEAD)
_PERCENT_INITIALS = frozenset(word[0] for word in number_data.PERCENT_WORDS if word != "%")
# the letters a word after a number and one white space may open with when no scale word,
# percent word or range joint ("to", "and") opens so: only a counted noun may follow
_PLAIN_OPENERS = frozenset(
    letter
    for letter in string.ascii_letters
    if letter.lower() not in _SCALE_INITIALS | _PERCENT_INITIALS and letter not in JOINT_OPENERS
)
_SKIPPED = frozenset(number_data.COUNT_MODIFIERS)
# words that end the search for a counted noun: stop words and units of time ("48 hours")
_NO_NOUN = frozenset(number_data.COUNT_STOP_WORDS) | frozenset(number_data.TIME_UNITS)
_COLLECTIVE = frozenset(number_data.COLLECTIVE_NOUNS)
_LABEL_NOUNS = frozenset(number_data.LABEL_NOUNS)
_LABEL_REACH = 16  # characters back from a number in which its label noun is looked for
_YEAR_OPENERS = frozenset(number_data.YEAR_OPENERS) | frozenset(
    name.lower() for names in calendar_data.MONTHS for name in names
)


# -- extraction ----------------------------------------------------------------------
def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Every percentage and counted quantity in *text*, in order.

    >>> [(f.text, f.unit) for f in extract_quantities("More than 50 countries back him.")]
    [('More than 50 countries', 'countries')]
    >>> extract_quantities("In 2006 it paid $5 billion.")
    ()
    """
    expect_type(text, str, "extract_quantities() expects text as str")
    return quantities_outside(text, [figure.span for figure in extract_money(text)])


def quantities_outside(
    text: str, money: Sequence[Span], *, within: Sequence[Span] | None = None
) -> tuple[Quantity, ...]:
    """The quantities of *text* that overlap none of the (sorted) *money* spans.

    With *within* (sorted, non-overlapping spans), only those that lie inside
    one of them; the rest of the text is not read.

    >>> text = "It sent $5 million and 40 tanks."
    >>> [q.text for q in quantities_outside(text, [Span(8, 18)])]
    ['40 tanks']
    """
    expect_type(text, str, "quantities_outside() expects text as str")
    starts = [span.start for span in money]
    found: list[_Found] = []
    covered = 0
    anchors, words = _anchors(text)
    for anchor, span in inside(anchors, within):
        if anchor < covered:
            continue
        quantity = _read(text, anchor, anchor in words)
        if quantity is None or quantity.span.start < covered:
            continue
        covered = quantity.span.end  # a quantity over money hides what it holds, too
        if not _overlaps_any(quantity.span, money, starts) and (
            span is None or span.contains(quantity.span)
        ):
            found.append(quantity)
    sentences = sentence_spans(text, [quantity.span for quantity in found])
    return tuple(_quantity(text, *pair) for pair in zip(found, sentences, strict=True))


class _Found(NamedTuple):
    """A quantity as read, before the sentence it stands in is known."""

    span: Span
    value: Decimal | None
    value_max: Decimal | None
    unit: str
    noun: Snippet | None
    qualifier: Qualifier
    magnitude: Magnitude | None = None  # only of a vague count ("dozens of troops")


def _quantity(text: str, found: _Found, sentence: Span) -> Quantity:
    """The quantity *found* stands for, in its *sentence*."""
    return Quantity(
        found.span.of(text),
        found.span,
        value=found.value,
        value_max=found.value_max,
        unit=found.unit,
        noun=found.noun,
        qualifier=found.qualifier,
        vague=found.magnitude is not None,
        magnitude=found.magnitude,
        sentence=sentence,
    )


def _overlaps_any(span: Span, money: Sequence[Span], starts: list[int]) -> bool:
    i = bisect.bisect_left(starts, span.end)
    return any(money[j].overlaps(span) for j in range(max(0, i - 2), i))


def _anchors(text: str) -> tuple[list[int], frozenset[int]]:
    """Where a quantity may start, in order: every digit run, and every starter word; and
    which of them are words (no digit, nor the "." of ".5", starts where a word does)."""
    anchors = []
    for start in digit_runs(text):
        before = text[start - 1 : start]
        if before == ".":  # ".5 percent", but not the decimals of "0.01"
            if start < 2 or not text[start - 2].isdigit():
                anchors.append(start - 1)
        elif before != ",":
            anchors.append(start)
    words = starter_positions(text)
    anchors.extend(words)
    anchors.sort()
    return anchors, frozenset(words)


def _read(text: str, anchor: int, is_word: bool) -> _Found | None:
    """The quantity whose number starts at *anchor*, or None."""
    if is_word:
        head = head_at(text, anchor, VAGUE_HEAD)
        if head is None or head in VAGUE_OPENS:
            vague = compiled(_VAGUE).match(text, anchor)
            if vague is not None:
                return _vague(text, anchor, vague)
        written_end = lone_number_word(text, anchor)  # most number words: no pattern
        if written_end is None:
            written = None
            if head is None or head[:2] in WRITTEN_OPENS:
                written = compiled(_WRITTEN).match(text, anchor)
            if written is None:
                return None
            written_end = written.end()
        if anchor and text[anchor - 1].isalnum():
            return None
        end = written_end
    else:
        before = text[anchor - 1 : anchor]
        if before.isalnum() or (before in _GLUED and not _is_minus(text, anchor - 1)):
            return None  # "F16", "F-16", "28/03", "$5", "1.5"
        digits_end = anchor_end(text, anchor)
        if digits_end is None:
            return None
        end = digits_end
    number = text[anchor:end]
    follower = text[end : end + 1]
    if not follower.isspace() and follower not in _MAY_FOLLOW:
        return None  # a scale, a percent sign, a range's joint and a noun all start so
    scale: regex.Match[str] | None = None
    percent: regex.Match[str] | None = None
    joint: re.Match[str] | None = None
    if not (follower.isspace() and text[end + 1 : end + 2] in _PLAIN_OPENERS):
        scale = _scale_at(text, end)
        if scale is not None:
            end = scale.end()
        percent = _percent_at(text, end)
        joint = range_joint(text, end if percent is None else percent.end())
    # (else a plain word follows, "50 soldiers": no scale, percent or joint opens so)
    if scale is None and is_word and number.lower() in ("a", "an"):
        return None  # "a" is a number only before a scale
    noun = None
    if percent is None and joint is None:
        noun = _counted_noun(text, end)
        if noun is None:
            return None  # most numbers: dates, times, model numbers
    # "between", "from" or a minus sign before the number: read for a range or percentage
    opening = None if percent is None and joint is None else opening_before(text, anchor)
    low = value_or_none(text[anchor:end])
    if low is None:
        return None
    start, high = anchor, None
    if percent is not None:
        end = percent.end()
    if joint is not None and _joint_allowed(joint, opening):
        second = _second(text, joint.end(), percent is not None)
        if second is not None and second[0] > low:
            high, end, percent = second[0], second[1], second[2] or percent
            if opening is not None and (opening["btw"] or opening["frm"]):
                start = opening.start()
    if percent is not None:
        unit = number_data.PERCENT_WORDS[_percent_word(percent.group())]
        noun = None
        if opening is not None and opening["sign"] and high is None:
            start, low = opening.start("sign"), -low  # "-0.5%", "minus 2 percent"
    else:
        year = not is_word and _is_year(text, anchor, number, scale is not None)
        if noun is None:
            noun = _counted_noun(text, end)
        if noun is None or (year and (_after_year_opener(text, anchor) or noun.text[0].isupper())):
            return None  # "the 2019 elections", "in 2013 Caracas"
        if not is_word and _after_label(text, anchor):
            return None  # "Article 5 protects": the number names, it counts nothing
        unit, end = noun.text, noun.span.end
    qualifier, start = qualifier_before(text, start)
    return _Found(_trusted_span(start, end), low, high, unit, noun, qualifier)


def _is_minus(text: str, position: int) -> bool:
    """A minus sign at *position*, not a hyphen inside a word or range ("F-16", "2019-20")."""
    return text[position] in "-\u2212" and (position == 0 or not text[position - 1].isalnum())


def _joint_allowed(joint: re.Match[str], opening: regex.Match[str] | None) -> bool:
    word = (joint["word"] or "").lower()
    if word == "and":
        return opening is not None and opening["btw"] is not None
    return True


def _second(
    text: str, position: int, first_is_percent: bool
) -> tuple[Decimal, int, regex.Match[str] | None] | None:
    """The upper end of a range: its value, end and percent sign ("30%-40%")."""
    end = number_end(text, position)
    if end is None:
        head = head_at(text, position)
        written = None
        if head is None or head in WRITTEN_OPENS:
            written = compiled(_WRITTEN).match(text, position)
        if written is None:
            return None
        end = written.end()
    scale = _scale_at(text, end)
    if scale is not None:
        end = scale.end()
    value = value_or_none(text[position:end])
    if value is None:
        return None
    percent = _percent_at(text, end)
    if percent is not None:
        end = percent.end()
    elif first_is_percent:
        return None  # "30% to 40 troops"
    return value, end, percent


def _scale_at(text: str, end: int) -> regex.Match[str] | None:
    """:data:`_SCALE` matched at *end*, most misses answered without the pattern: a scale
    word starts after one white space or hyphen, and a word whose first
    :data:`_SCALE_HEAD` characters are ASCII letters opens with those of a scale word."""
    first = text[end : end + 1]
    if not (first.isspace() or first == "-"):
        return None
    second = text[end + 1 : end + 2]
    if second.isascii() and second.lower() not in _SCALE_INITIALS:
        return None
    head = text[end + 1 : end + 1 + _SCALE_HEAD]
    if (
        len(head) == _SCALE_HEAD
        and head.isascii()
        and head.isalpha()
        and head.lower() not in _SCALE_HEADS
    ):
        return None  # "that", "troops"
    return compiled(_SCALE).match(text, end)


def _percent_at(text: str, end: int) -> regex.Match[str] | None:
    """:data:`_PERCENT` matched at *end*, most misses answered without the pattern: "%",
    or a percent word after one white space or hyphen ("%" may follow white space too)."""
    first = text[end : end + 1]
    if first != "%":
        if not (first.isspace() or first == "-"):
            return None
        second = text[end + 1 : end + 2]
        if second.isascii() and second != "%" and second.lower() not in _PERCENT_INITIALS:
            return None
    return compiled(_PERCENT).match(text, end)


def _percent_word(surface: str) -> str:
    return " ".join(surface.strip(" -").lower().split())


def _is_year(text: str, anchor: int, digits: str, scaled: bool) -> bool:
    """Whether a number looks like a year: four digits from 1800 to 2099, no qualifier.

    *digits* is a number as :func:`number_end` reads it: all digits but any "." or ",".
    """
    if scaled or len(digits) != 4 or digits[:2] not in _YEAR_OPENINGS:
        return False
    if "." in digits or "," in digits:
        return False
    return qualifier_before(text, anchor)[1] == anchor


def _after_label(text: str, anchor: int) -> bool:
    """Whether a capitalised noun that numbers things stands right before: "Article 5",
    "Resolution 2254", "Flight 17" (:data:`~geopol_news.data.numbers.LABEL_NOUNS`)."""
    word = _WORD_BEFORE.match(text, max(0, anchor - _LABEL_REACH), anchor)
    if word is None:
        return False
    label = word["word"]
    return label[0].isupper() and label.lower() in _LABEL_NOUNS


def _after_year_opener(text: str, anchor: int) -> bool:
    """Whether the word before stands before years: "in 2019", "the 2019", "February 2022"."""
    word = _WORD_BEFORE.match(text, 0, anchor)
    return word is not None and word["word"].lower() in _YEAR_OPENERS


def _vague(text: str, anchor: int, vague: regex.Match[str]) -> _Found | None:
    """ "tens of thousands of troops": a count with its order of magnitude only."""
    noun = _counted_noun(text, vague.end())
    if noun is None:
        return None
    qualifier, start = qualifier_before(text, anchor)
    magnitude = Magnitude(number_data.VAGUE_AMOUNTS[vague["vague"].lower()])
    span = _trusted_span(start, noun.span.end)
    return _Found(span, None, None, noun.text, noun, qualifier, magnitude)


def _word_after(text: str, position: int) -> tuple[int, int] | None:
    """The span of the word :data:`_WORD_AFTER` reads at *position*, or None.

    Most words are read with :data:`_ASCII_WORD_AFTER`; a letter or an apostrophe
    outside ASCII right after the white space or the word is left to the full pattern.
    """
    found = _ASCII_WORD_AFTER.match(text, position)
    if found is None:
        return None  # no white space
    following = found[2]
    if not following.isascii():
        word = _WORD_AFTER.match(text, position)
        return None if word is None else word.span(1)
    if found[1] is None or following == "'":
        return None  # no letter after the white space, or a possessive ("Venezuela's")
    return found.span(1)


def _counted_noun(text: str, end: int) -> Snippet | None:
    """The noun a number counts: within four words, skipping "more" and adjectives.

    The words are read one at a time, up to the first that decides: most numbers need one.
    """
    for _ in range(_NOUN_REACH):
        word = _word_after(text, end)
        if word is None:
            return None  # no word, or a possessive, ends the run
        start, end = word
        surface = text[start:end]
        lower = surface.lower()
        if lower in _NO_NOUN:
            return None
        if lower in _COLLECTIVE or (
            lower.endswith("s") and not lower.endswith("ss") and lower not in _SKIPPED
        ):
            return Snippet(surface, _trusted_span(start, end))
        # anything else ("more", "Russian", "military") may stand before the noun
    return None

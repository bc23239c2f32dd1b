"""Reading numbers as news writes them: "1,234.5", "5bn", "two billion", "half a million"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import TypeVar

import attrs
import regex

from geopol_news._patterns import alternation, compiled
from geopol_news.data import numbers as number_data
from geopol_news.model import MonetaryFigure, Qualifier, Quantity, Span

# -- named parts both extractors read numbers with ----------------------------------------
NUMBER_WORD = alternation(number_data.NUMBER_WORDS)  # "two", "twenty", "zero"
MULTIPLIER = alternation(number_data.MULTIPLIERS)  # "hundred", "million", "lakh", "crore"
FRACTION = alternation(number_data.FRACTIONS)  # "half", "three quarters"
# spoken decimals after a written number: "one point five", "two point seven five"
POINT_DECIMALS = rf"(?:\spoint(?:\s{NUMBER_WORD}){{1,4}})"
# digits: "1,234.5", the Indian grouping "12,34,567.89", a plain run, or ".5"
DIGITS = regex.compile(
    r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d++)(?:\.\d++)?|\.\d++"
)
DIGIT_RUN = regex.compile(r"[0-9]+")  # on text in other scripts, faster than the re module
# the joint of a range: "$70-$80", "5 to 6", "between 5 and 6"
RANGE_JOINT = regex.compile(
    r"\s?[-\u2013\u2014]\s?|\s{1,3}(?P<word>to|and)\s{1,3}", regex.IGNORECASE
)
# read backwards from a figure (the (?r) flag): "between", "from", a minus sign
OPENING = regex.compile(
    r"(?r)(?:\b(?P<btw>between)\s{1,3}|\b(?P<frm>from)\s{1,3})?(?P<sign>-|\u2212|\bminus\s)?",
    regex.IGNORECASE,
)

_LEADING_DIGITS = regex.compile(r"\d*\.?\d+")
_ARTICLE_BEFORE = regex.compile(r"\b(?:an?|one)\s+$")
# a qualifier word and white space right before a figure, or "~" glued to it ("~50");
# matched backwards from the figure (the (?r) flag): one try, not one per position
_QUALIFIER_BEFORE = rf"(?r)(?i:(?<!\w)(?P<q>{alternation(number_data.QUALIFIERS)}))(?:\s++|(?<=~))"
_QUALIFIER_REACH = 40  # the longest qualifier phrase, with room for white space
_LETTERS = regex.compile(r"[a-z]+")  # on lower-cased text
_FILLERS = frozenset({"a", "an", "and", "of"})
_DIGIT_WORDS = frozenset(w for w, v in number_data.NUMBER_WORDS.items() if v < 10)


def number_value(surface: str) -> Decimal:
    """The value of a number's surface, scale words and abbreviations applied.

    >>> number_value("1,234.5"), number_value("5bn"), number_value("half a million")
    (Decimal('1234.5'), Decimal('5000000000'), Decimal('500000'))
    >>> number_value("one and a half billion"), number_value("twenty-five")
    (Decimal('1500000000'), Decimal('25'))
    >>> number_value("three quarters of a billion"), number_value("two thousand five hundred")
    (Decimal('750000000'), Decimal('2500'))
    >>> number_value("one point five billion")
    Decimal('1500000000')
    """
    text = surface.lower().replace(",", "")
    digits = _LEADING_DIGITS.match(text)
    if digits is None:
        value, rest = _written_value(text)
        for token in _LETTERS.findall(rest):
            power = number_data.SCALE_ABBREVIATIONS.get(token)
            if power is not None:
                value *= Decimal(10) ** power
        return tidy(value)
    value = Decimal(digits.group())
    for token in _LETTERS.findall(text, digits.end()):  # "1.5 lakh crore" multiplies
        power = number_data.MULTIPLIERS.get(token, number_data.SCALE_ABBREVIATIONS.get(token))
        if power is not None:
            value *= Decimal(10) ** power
    return tidy(value)


def value_or_none(surface: str) -> Decimal | None:
    """:func:`number_value`, or None where that raises instead of reading *surface*.

    >>> value_or_none("2.5bn")
    Decimal('2500000000')
    """
    try:
        return number_value(surface)
    except (InvalidOperation, ValueError):
        return None


def tidy(value: Decimal) -> Decimal:
    """Drop a fractional part of zeros: 11.4 billion is 11400000000, not 11400000000.0."""
    integral = value.to_integral_value()
    return integral if integral == value else value


def _written_value(text: str) -> tuple[Decimal, str]:
    """The written number that opens *text*, and the rest (scale words applied).

    Words add up within a group ("twenty five"), "hundred" multiplies the
    group, and a larger scale closes it ("two thousand five hundred" is 2000 +
    500); a scale with no group before it multiplies all ("a thousand
    million"). "a" alone before a scale is one ("a million").
    """
    tokens = _LETTERS.findall(text)
    total = group = Decimal(0)
    used = skip_to = 0
    counted = False
    for i, token in enumerate(tokens):
        if i < skip_to:
            continue
        pair = " ".join(tokens[i : i + 2])
        if pair in number_data.FRACTIONS:  # "three quarters"
            group += number_data.FRACTIONS[pair]
            skip_to = used = i + 2
            counted = True
            continue
        if token == "point" and i + 1 < len(tokens) and tokens[i + 1] in _DIGIT_WORDS:
            decimals = ""  # "one point five": the digits after "point" are decimals
            for digit in tokens[i + 1 :]:
                if digit not in _DIGIT_WORDS:
                    break
                decimals += str(number_data.NUMBER_WORDS[digit])
            group += Decimal("0." + decimals)
            skip_to = used = i + 1 + len(decimals)
            counted = True
            continue
        if token in number_data.NUMBER_WORDS:
            group += number_data.NUMBER_WORDS[token]
        elif token in number_data.FRACTIONS:
            group += number_data.FRACTIONS[token]
        elif token in number_data.MULTIPLIERS:
            scale = Decimal(10) ** number_data.MULTIPLIERS[token]
            if number_data.MULTIPLIERS[token] == 2:  # "three hundred"
                group = (group or 1) * scale
            elif group:
                total, group = total + group * scale, Decimal(0)
            else:
                total = (total or 1) * scale  # "a million", "a thousand million"
        elif token not in _FILLERS:
            break
        else:
            continue  # "a", "and", "of" count for nothing and end nothing
        counted = True
        used = i + 1
    return (total + group if counted else Decimal(1)), " ".join(tokens[used:])


class WordFinder:
    """Finds where the words of a set stand as whole words, with few ``str.find`` scans.

    ``str.find`` scans at C speed, far faster than a regular expression of many
    alternatives tried at every position. A word that holds another word of the
    set ("billions" holds "billion", "seventeen" holds "seven") is not scanned
    for: each hit of the shorter one is widened to its whole word and looked up.

    >>> finder = WordFinder(["million", "millions", "seven", "seventeen"])
    >>> finder.needles
    ('million', 'seven')
    >>> finder.starts("a million and seventeen millions, not someone", back_to_article=True)
    [0, 2, 14, 24]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(word.lower() for word in words)
        self.needles = tuple(
            sorted(w for w in self.words if not any(o != w and o in w for o in self.words))
        )

    def starts(self, lower: str, *, back_to_article: bool = False) -> list[int]:
        """Where the words stand in *lower* (a lower-cased text), in order.

        With *back_to_article*, a word right after "a", "an" or "one" is also
        found at that article ("a million", where "a" is the number).
        """
        found: set[int] = set()
        size = len(lower)
        for needle in self.needles:
            position = lower.find(needle)
            while position != -1:
                start, end = position, position + len(needle)
                while start and lower[start - 1].isalpha():
                    start -= 1
                while end < size and lower[end].isalpha():
                    end += 1
                if lower[start:end] in self.words and (not start or not lower[start - 1].isdigit()):
                    found.add(start)
                    window = max(0, start - 5)
                    article = back_to_article and _ARTICLE_BEFORE.search(lower, window, start)
                    if article:
                        found.add(article.start())
                position = lower.find(needle, end)
        return sorted(found)


def qualifier_before(text: str, start: int) -> tuple[Qualifier, int]:
    """The qualifier right before a figure at *start*, and where the figure then starts.

    >>> qualifier_before("It paid at least $2 billion", 17)
    (<Qualifier.AT_LEAST: 'at least'>, 8)
    >>> qualifier_before("It paid $2 billion", 8)
    (<Qualifier.EXACT: 'exact'>, 8)
    """
    window = max(0, start - _QUALIFIER_REACH)
    found = compiled(_QUALIFIER_BEFORE).match(text, window, start)
    if found is None:
        return Qualifier.EXACT, start
    return number_data.QUALIFIERS[found["q"].lower()], found.start("q")


@functools.cache
def _starters() -> WordFinder:
    return WordFinder(
        [
            *number_data.NUMBER_WORDS,
            *number_data.MULTIPLIERS,
            *(regex.split(r"[\s-]", key)[0] for key in number_data.FRACTIONS),
            *(key.split()[0] for key in number_data.VAGUE_AMOUNTS),
        ]
    )


@functools.cache
def _starter_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:\b{alternation(_starters().words)}\b)")


@functools.lru_cache(maxsize=4)
def starter_positions(text: str) -> tuple[int, ...]:
    """Where a written figure may start: number, scale, fraction and vague-amount words.

    A scale word after "a", "an" or "one" is found at both places ("a
    million"). The money and quantity extractors ask for the same text in
    turn, so the last few answers are kept.

    >>> starter_positions("It paid a million and sent two thousand troops.")
    (8, 10, 27, 31)
    """
    lower = text.lower()
    if len(lower) == len(text):
        return tuple(_starters().starts(lower, back_to_article=True))
    # a character changed length when lowered: find the words the slow way
    return tuple(found.start() for found in _starter_pattern().finditer(text))


# -- the sentence a figure stands in ------------------------------------------------------
# A full stop, ! or ? before a capital or digit, or a blank line.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de0-9])|\n\s*\n")
_BREAK_BEFORE = regex.compile(r"(?r)[.!?](?=\s)|\n[^\S\n]*\n")  # searched backwards
_SENTENCE_OPENER = regex.compile(r"\s+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de0-9]")
_Placed = TypeVar("_Placed", MonetaryFigure, Quantity)


def with_sentences(text: str, figures: list[_Placed]) -> list[_Placed]:
    """Give each figure (a record with ``span`` and ``sentence`` fields) the span of its
    sentence: between sentence ends or blank lines.

    Each figure looks back to the break before it and on to the break after
    it; a search never goes back over text an earlier figure searched, so the
    work stays linear however many figures share one long sentence.
    """
    placed = []
    floor = left = 0
    after: re.Match[str] | None = None
    exhausted = False
    for figure in figures:
        start, end = figure.span.start, figure.span.end
        position = start
        while (found := _BREAK_BEFORE.search(text, floor, position)) is not None:
            if found.group()[0] == "\n" or _SENTENCE_OPENER.match(text, found.end()):
                left = found.end()
                break
            position = found.start()  # "U.S. officials": no sentence ends here
        floor = start
        if not exhausted and (after is None or after.start() < end):
            after = _SENTENCE_END.search(text, end)
            exhausted = after is None
        right = after.start() + 1 if after is not None else len(text)
        first = left
        while first < start and text[first].isspace():
            first += 1
        placed.append(attrs.evolve(figure, sentence=Span(first, max(right, end))))
    return placed


def inside(
    anchors: list[tuple[int, bool]], within: Sequence[Span] | None
) -> Iterator[tuple[int, bool, Span | None]]:
    """The *anchors* that fall inside one of the (sorted) *within* spans, each with its span.

    With *within* None every anchor is kept, with span None.

    >>> list(inside([(0, False), (5, True), (12, False)], [Span(4, 10)]))
    [(5, True, Span(start=4, end=10))]
    """
    if within is None:
        for anchor, is_word in anchors:
            yield anchor, is_word, None
        return
    spans = iter(within)
    current = next(spans, None)
    for anchor, is_word in anchors:
        while current is not None and current.end <= anchor:
            current = next(spans, None)
        if current is None:
            return
        if current.start <= anchor:
            yield anchor, is_word, current

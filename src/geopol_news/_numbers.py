"""Reading numbers as news writes them: "1,234.5", "5bn", "two billion", "half a million"."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import regex

from geopol_news._patterns import alternation
from geopol_news.data import numbers as number_data
from geopol_news.model import Qualifier

_LEADING_DIGITS = regex.compile(r"\d*\.?\d+")
_ARTICLE_BEFORE = regex.compile(r"\b(?:an?|one)\s+$")
_QUALIFIER_BEFORE = regex.compile(rf"(?i:\b(?P<q>{alternation(number_data.QUALIFIERS)}))\s++$")
_QUALIFIER_REACH = 40  # the longest qualifier phrase, with room for white space
_LETTERS = regex.compile(r"[a-z]+")
_FILLERS = frozenset({"a", "an", "and", "of"})


def number_value(surface: str) -> Decimal:
    """The value of a number's surface, scale words and abbreviations applied.

    >>> number_value("1,234.5"), number_value("5bn"), number_value("half a million")
    (Decimal('1234.5'), Decimal('5000000000'), Decimal('500000'))
    >>> number_value("one and a half billion"), number_value("twenty-five")
    (Decimal('1500000000'), Decimal('25'))
    >>> number_value("three quarters of a billion")
    Decimal('750000000')
    """
    text = surface.lower().replace(",", "")
    digits = _LEADING_DIGITS.match(text)
    if digits is not None:
        value = Decimal(digits.group())
        rest = text[digits.end() :]
    else:
        value, rest = _written_value(text)
    for token in _LETTERS.findall(rest):
        power = number_data.MULTIPLIERS.get(token, number_data.SCALE_ABBREVIATIONS.get(token))
        if power is not None:
            value *= Decimal(10) ** power
    return tidy(value)


def tidy(value: Decimal) -> Decimal:
    """Drop a fractional part of zeros: 11.4 billion is 11400000000, not 11400000000.0."""
    integral = value.to_integral_value()
    return integral if integral == value else value


def _written_value(text: str) -> tuple[Decimal, str]:
    """The written number that opens *text* ("two", "one and a half", "a"), and the rest."""
    tokens = _LETTERS.findall(text)
    group = Decimal(0)
    fraction = Decimal(0)
    counted = False
    used = 0
    skip_to = 0
    for i, token in enumerate(tokens):
        if i < skip_to:
            continue
        pair = " ".join(tokens[i : i + 2])
        if pair in number_data.FRACTIONS:  # "three quarters"
            fraction = number_data.FRACTIONS[pair]
            skip_to = used = i + 2
            continue
        if token in number_data.NUMBER_WORDS:
            group += number_data.NUMBER_WORDS[token]
            counted = True
        elif token == "hundred" and counted:
            group *= 100
        elif token in number_data.FRACTIONS:
            fraction = number_data.FRACTIONS[token]
        elif token not in _FILLERS:
            break
        used = i + 1
    # "a million": no number word at all means one
    value = group + fraction if (counted or fraction) else Decimal(1)
    return value, " ".join(tokens[used:])


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
    found = _QUALIFIER_BEFORE.search(text, window, start)
    if found is None:
        return Qualifier.EXACT, start
    return number_data.QUALIFIERS[found["q"].lower()], found.start("q")

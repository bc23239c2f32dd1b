"""Reading numbers as news writes them: "1,234.5", "5bn", "two billion", "half a million"."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import TypeVar

import attrs
import regex

from geopol_news._patterns import alternation, compiled, trie_alternation
from geopol_news.data import numbers as number_data
from geopol_news.model import MonetaryFigure, Qualifier, Quantity, Span, _trusted_span

# -- named parts both extractors read numbers with ----------------------------------------
# The word lists are tries (see trie_alternation): they match what an alternation
# longest first does, at about two thirds of the cost of a written number's pattern.
NUMBER_WORD = trie_alternation(number_data.NUMBER_WORDS)  # "two", "twenty", "zero"
MULTIPLIER = trie_alternation(number_data.MULTIPLIERS)  # "hundred", "million", "lakh", "crore"
FRACTION = trie_alternation(number_data.FRACTIONS)  # "half", "three quarters"
# spoken decimals after a written number: "one point five", "two point seven five"
POINT_DECIMALS = rf"(?:\spoint(?:\s{NUMBER_WORD}){{1,4}})"
# digits: "1,234.5", the Indian grouping "12,34,567.89", a plain run, or ".5"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d++)(?:\.\d++)?|\.\d++"
DIGITS = regex.compile(_DIGITS)
# The same on the standard engine, which costs less per call, for the digits 0-9: the
# number (group 1, if any) is read ahead, then the run of digits, commas and full stops
# it stands in is passed over, and the character after the run is taken (group 2).
# DIGITS reads no further than that character, so where it is ASCII (no digit of another
# script) the two agree: see number_end.
_ASCII_DIGITS = _DIGITS.replace(r"\d", "[0-9]")
_ASCII_NUMBER = re.compile(rf"(?=({_ASCII_DIGITS})?)[0-9.,]*+(.?)", re.DOTALL)
# white space as the regex module's \s reads it, for the standard engine (whose \s also
# takes the separators \x1c-\x1f); the standard engine costs less per call
_SPACE = r"[^\S\x1c-\x1f]"
# the joint of a range: "$70-$80", "5 to 6", "between 5 and 6"
RANGE_JOINT = re.compile(
    rf"{_SPACE}?[-\u2013\u2014]{_SPACE}?|{_SPACE}{{1,3}}(?P<word>to|and){_SPACE}{{1,3}}",
    re.IGNORECASE,
)
# read backwards from a figure (the (?r) flag): "between", "from", a minus sign
OPENING = regex.compile(
    r"(?r)(?:\b(?P<btw>between)\s{1,3}|\b(?P<frm>from)\s{1,3})?(?P<sign>-|\u2212|\bminus\s)?",
    regex.IGNORECASE,
)

# the first two letters (lower case) a written number may open with, for a cheap test
# before a pattern of written numbers: a number word or fraction ("tw", "ha"), "one"
# or "a" before a fraction ("a half"), and "a" or "an" before a scale ("a million")
# the first four characters of every vague amount ("tens", "hund", "doze"), the length of
# the shortest ("tens"), for a cheap test before the vague-amount patterns of both
VAGUE_HEAD = 4
VAGUE_OPENS = frozenset(phrase[:VAGUE_HEAD] for phrase in number_data.VAGUE_AMOUNTS)
WRITTEN_OPENS = frozenset(
    {word[:2] for word in (*number_data.NUMBER_WORDS, *number_data.FRACTIONS)}
    | {"an"}
    | {"a" + char for char in map(chr, range(128)) if regex.match(r"[\s-]", char)}
)

_LEADING_DIGITS = regex.compile(r"\d*\.?\d+")
_ARTICLE_BEFORE = regex.compile(r"\b(?:an?|one)\s+$")
# a qualifier word and white space right before a figure, or "~" glued to it ("~50");
# matched backwards from the figure (the (?r) flag): one try, not one per position
_QUALIFIER_BEFORE = rf"(?r)(?i:(?<!\w)(?P<q>{alternation(number_data.QUALIFIERS)}))(?:\s++|(?<=~))"
_QUALIFIER_REACH = 40  # the longest qualifier phrase, with room for white space
_LETTERS = re.compile(r"[a-z]+")  # on lower-cased text
_FILLERS = frozenset({"a", "an", "and", "of"})
_DIGIT_WORDS = frozenset(w for w, v in number_data.NUMBER_WORDS.items() if v < 10)


# the value of each number word alone, as number_value reads it: filled (while empty)
# once _written_value is defined
_WORD_VALUES: dict[str, Decimal] = {}


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
    if text.isascii() and text.replace(".", "", 1).isdigit() and text[-1] != ".":
        return tidy(Decimal(text))  # "2019", "1.5": the digits alone, read without the patterns
    if text in _WORD_VALUES:
        return _WORD_VALUES[text]  # "two": one number word, read once
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


def number_end(text: str, position: int) -> int | None:
    """Where the number :data:`DIGITS` matches at *position* ends, or None if it matches none.

    >>> number_end("It paid 1,500.", 8), number_end("It paid", 3)
    (13, None)
    """
    found = _ASCII_NUMBER.match(text, position)  # always matches, if only the empty run
    assert found is not None
    if found[2].isascii():
        return found.end(1) if found[1] is not None else None
    number = DIGITS.match(text, position)  # digits of other scripts may follow
    return None if number is None else number.end()


def anchor_end(text: str, anchor: int) -> int | None:
    """:func:`number_end` at a figure's *anchor* (where a digit run starts). The money and
    quantity extractors read the same anchors of a text in turn, so the ends read are
    kept with the last few texts (one entry per anchor read).

    >>> anchor_end("It paid 1,500.", 8)
    13
    """
    ends = _anchor_ends(text)
    if anchor not in ends:
        ends[anchor] = number_end(text, anchor)
    return ends[anchor]


@functools.lru_cache(maxsize=4)
def _anchor_ends(text: str) -> dict[int, int | None]:
    """The ends :func:`anchor_end` has read in *text*, by anchor (filled as they are read)."""
    return {}


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


_WORD_VALUES.update({word: number_value(word) for word in number_data.NUMBER_WORDS})


class WordFinder:
    """Finds where the words of a set stand as whole words, in a few C-speed passes.

    The words are lower-case ASCII letters. The text is copied to bytes with
    ``A-Z`` lower-cased, the digits ``0-9`` made "0" and every other character
    but ``a-z`` made a space (one byte per character, so offsets stay put: see
    :func:`_byte_copy`, which :func:`digit_runs` reads too); one scan of that copy
    with the standard engine finds each of the words with a space before it and a
    space or digit after it (the words as a trie, so only the branches of the letter
    that follows a space are tried: cheaper than splitting the copy into words and
    looking each one up). A word right after a digit ("5million") is none: the
    digit is no space. Every hit is checked against the text
    itself, where a word ends at any character that is not a letter
    (``str.isalpha``, so "café" is one word).

    >>> finder = WordFinder(["million", "millions", "seven", "seventeen"])
    >>> finder.starts("A million and Seventeen millions, not someone", back_to_article=True)
    [0, 2, 14, 24]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(word.lower() for word in words)
        if not all(_ASCII_WORD.fullmatch(word) for word in self.words):
            raise ValueError("WordFinder reads only words of the letters a-z")
        # a space, then one of the words, then a space (left for the next word) or a
        # digit; no group is captured, since only where the match starts is read
        self._scan = re.compile(f" {trie_alternation(self.words)}(?=[ 0])".encode("ascii"))

    def starts(self, text: str, *, back_to_article: bool = False) -> list[int]:
        """Where the words stand in *text*, in any case, in order.

        *text* must keep its length when lower-cased (no "\u0130"). With
        *back_to_article*, a word right after "a", "an" or "one" is also found
        at that article ("a million", where "a" is the number).
        """
        if "\u212a" in text:  # the Kelvin sign, the one other letter that lower-cases to ASCII
            text = text.lower()
        # b" " + copy + b" ": a hit of b" word " at i is the word at text[i:]
        found: set[int] = set()
        size = len(text)
        for hit in self._scan.finditer(_byte_copy(text)):
            start, end = hit.span()
            end -= 1  # in the text (the copy is one longer)
            # a space in the copy may stand for a letter outside a-z ("é"): not a word end
            before = text[start - 1] if start else ""
            if before.isalpha() or before.isdigit() or (end < size and text[end].isalpha()):
                continue
            found.add(start)
            article = back_to_article and _article_before(text, start)
            if article is not None:
                found.add(article)
        return sorted(found)


def _article_before(text: str, start: int) -> int | None:
    """Where "a", "an" or "one" and white space end right before *start*, if they do."""
    if start < 2 or not text[start - 1].isspace():
        return None  # no white space before the word
    if text[start - 2] not in "aAnNeE" and not text[start - 2].isspace():
        return None  # the word before ends in no article (no other letter lower-cases to one)
    window = max(0, start - 5)
    left = max(0, window - 1)  # one more character, for the word boundary
    piece = text[left:start]
    if piece.isascii():  # most words follow no article: answered without the pattern
        last = len(piece) - 1 - (len(piece) - len(piece.rstrip()))  # before the white space
        if last == len(piece) - 1 or last < window - left or piece[last].lower() not in "ane":
            return None
    found = _ARTICLE_BEFORE.search(piece.lower(), window - left)
    return None if found is None else left + found.start()


_ASCII_WORD = re.compile(r"[a-z]+")


def _copied_byte(byte: int) -> int:
    """What :func:`_byte_copy` makes of an ASCII byte (or of the "?" that stands for a
    character outside ASCII): A-Z lower-cased, a-z kept, a digit "0", any other a space."""
    if 65 <= byte <= 90:
        return byte + 32
    if 97 <= byte <= 122:
        return byte
    return 48 if 48 <= byte <= 57 else 32


_LETTERS_AND_ZEROS = bytes(map(_copied_byte, range(256)))
# a run of the digits in the copy: the standard engine skips from one "0" to the next
# as fast as it can (the pattern opens with a literal character); the runs are
# maximal, so each match starts where a run starts
_ZEROS = re.compile(rb"00*")


@functools.lru_cache(maxsize=4)
def _byte_copy(text: str) -> bytes:
    """*text* as bytes, one a character, with a space before and after it: the letters
    ``A-Z`` lower-cased, ``a-z`` kept, each of the digits ``0-9`` made "0" and every
    other character made a space. The word and digit scans of the money and quantity
    extractors read the same copy, so the last few are kept.

    >>> _byte_copy("In 2019, Café")
    b' in 0000  caf  '
    """
    return b" " + text.encode("ascii", "replace").translate(_LETTERS_AND_ZEROS) + b" "


@functools.lru_cache(maxsize=4)
def digit_runs(text: str) -> tuple[int, ...]:
    """Where each run of the digits 0-9 starts. The money and quantity extractors ask for
    the same text in turn, so the last few answers are kept.

    >>> digit_runs("In 2019, 1.5 million")
    (3, 9, 11)
    """
    # a run at i in the copy starts at i - 1 in the text (the copy opens with a space)
    return tuple(found.start() - 1 for found in _ZEROS.finditer(_byte_copy(text)))


def lone_number_word(text: str, anchor: int) -> int | None:
    """Where the number word at *anchor* ends, when the written numbers' patterns of
    both extractors read it alone; None where they must decide.

    The word is one of the number words in ASCII letters, and one space and a word
    follow whose first four characters are ASCII letters that open no number, scale,
    fraction or "point" word (:data:`_NUMBER_GOES_ON`); a word of four letters or more
    is no "a", "and" or "to" either, so nothing goes on the number.

    >>> lone_number_word("Two Russian planes", 0), lone_number_word("two hundred", 0)
    (3, None)
    """
    space = text.find(" ", anchor, anchor + _LONGEST_NUMBER_WORD + 1)
    if space == -1:
        return None
    word = text[anchor:space]
    if not (word.isascii() and word.isalpha()) or word.lower() not in number_data.NUMBER_WORDS:
        return None
    head = text[space + 1 : space + 1 + _NEXT_HEAD]
    if len(head) < _NEXT_HEAD or not (head.isascii() and head.isalpha()):
        return None
    return None if head.lower() in _NUMBER_GOES_ON else space


_LONGEST_NUMBER_WORD = max(map(len, number_data.NUMBER_WORDS))
_NEXT_HEAD = 4  # longer than "a", "and", "to" and the number words not in _NUMBER_GOES_ON
# the first four letters of the words that may go on a written number, where they have
# four: number words, scales, fractions (each word of them), "point"
_NUMBER_GOES_ON = frozenset(
    word[:_NEXT_HEAD]
    for phrase in (
        *number_data.NUMBER_WORDS,
        *number_data.MULTIPLIERS,
        *number_data.SCALE_ABBREVIATIONS,
        *number_data.FRACTIONS,
        "point",
    )
    for word in re.split(r"[\s-]", phrase)
    if len(word) >= _NEXT_HEAD
)


def head_at(text: str, position: int, size: int = 2) -> str | None:
    """The *size* characters at *position*, lower-cased, for cheap tests before
    case-insensitive patterns of words (against their openings, such as
    :data:`WRITTEN_OPENS`); None for text outside ASCII, which a pattern may match in
    ways lower-casing does not show ("\u212a" is a "k"): no test.

    >>> head_at("Two planes", 0), head_at("one", 2), head_at("\u212am", 0), head_at("Tens", 0, 4)
    ('tw', 'e', None, 'tens')
    """
    head = text[position : position + size]
    return head.lower() if head.isascii() else None


def word_heads(words: Iterable[str], size: int) -> frozenset[str]:
    """The first *size* characters, lower case, of each of *words* that has as many: the
    openings a :func:`head_at` of that size is looked up in.

    >>> sorted(word_heads(["million", "bn", "Billion"], 4))
    ['bill', 'mill']
    """
    return frozenset(word.lower()[:size] for word in words if len(word) >= size)


def qualifier_before(text: str, start: int) -> tuple[Qualifier, int]:
    """The qualifier right before a figure at *start*, and where the figure then starts.

    >>> qualifier_before("It paid at least $2 billion", 17)
    (<Qualifier.AT_LEAST: 'at least'>, 8)
    >>> qualifier_before("It paid $2 billion", 8)
    (<Qualifier.EXACT: 'exact'>, 8)
    """
    window = max(0, start - _QUALIFIER_REACH)
    if not _may_end_qualifier(text, window, start):
        return Qualifier.EXACT, start
    found = compiled(_QUALIFIER_BEFORE).match(text, window, start)
    if found is None:
        return Qualifier.EXACT, start
    return number_data.QUALIFIERS[found["q"].lower()], found.start("q")


def _may_end_qualifier(text: str, window: int, start: int) -> bool:
    """A cheap necessary condition for a qualifier (and white space) to end at *start*.

    Most figures follow a space and a word that ends no qualifier ("in 2019", "the $5");
    this answers those without the pattern: past the spaces before *start*, the text
    must end with the last two letters of a qualifier (any case). White space other
    than spaces, and text outside ASCII, are left to the pattern.
    """
    end = start
    while end > window and text[end - 1] == " ":
        end -= 1
    if end == start:  # no space before the figure: "~50", or other white space
        before = text[start - 1 : start] if start else ""
        return before == "~" or before.isspace()
    tail = text[max(window, end - 2) : end]
    if not tail or tail[-1].isspace() or not tail.isascii():
        return bool(tail)
    return tail.lower().endswith(_QUALIFIER_ENDINGS)


# the last two letters of each qualifier (all of them ASCII), or all of "~"
_QUALIFIER_ENDINGS = tuple(sorted({q[-2:].lower() for q in number_data.QUALIFIERS}))


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
    if "\u0130" not in text:  # the one character that changes length when lower-cased
        return tuple(_starters().starts(text, back_to_article=True))
    # find the words the slow way
    return tuple(found.start() for found in _starter_pattern().finditer(text, concurrent=False))


# -- the sentence a figure stands in ------------------------------------------------------
# A full stop, ! or ? before a capital or digit, or a blank line. Both open with a
# character of [.!?\n], which the pattern takes first as a set: the standard engine
# then skips to those characters instead of trying the pattern at every position.
_SENTENCE_END = re.compile(
    r"[.!?\n](?:"
    r"(?<=[.!?])(?=\s+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de0-9])"  # the mark ending a sentence
    r"|(?<=\n)\s*\n)"  # a blank line
)
_BREAK_BEFORE = regex.compile(r"(?r)[.!?](?=\s)|\n[^\S\n]*\n")  # searched backwards
# (the standard engine, which costs less per call; [^\S\x1c-\x1f] is regex's \s exactly)
_SENTENCE_OPENER = re.compile(r"[^\S\x1c-\x1f]+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de0-9]")
_Placed = TypeVar("_Placed", MonetaryFigure, Quantity)


def with_sentences(text: str, figures: list[_Placed]) -> list[_Placed]:
    """Give each figure (a record with ``span`` and ``sentence`` fields) the span of its
    sentence (see :func:`sentence_spans`)."""
    sentences = sentence_spans(text, [figure.span for figure in figures])
    return [
        _with_sentence(figure, sentence)
        for figure, sentence in zip(figures, sentences, strict=True)
    ]


def sentence_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """The span of the sentence each of *spans* (in order) stands in: between sentence
    ends or blank lines.

    Each span looks back to the break before it and on to the break after
    it; a search never goes back over text an earlier span searched, so the
    work stays linear however many spans share one long sentence.

    >>> sentence_spans("Rain fell. It paid $5 and $6.", [Span(19, 21), Span(26, 28)])
    [Span(start=11, end=29), Span(start=11, end=29)]
    """
    sentences = []
    floor = left = 0
    after: re.Match[str] | None = None
    exhausted = False
    for span in spans:
        start, end = span.start, span.end
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
        sentences.append(_trusted_span(first, max(right, end)))  # first <= start <= end
    return sentences


def _with_sentence(figure: _Placed, sentence: Span) -> _Placed:
    """``attrs.evolve(figure, sentence=sentence)`` at half its cost: the other fields
    are read in one C call and passed by position before ``sentence``, the last field."""
    getter = _FIELDS_BEFORE_SENTENCE[type(figure)]
    if getter is None:  # the model changed: sentence is no longer the last field
        return attrs.evolve(figure, sentence=sentence)
    make: Callable[..., _Placed] = type(figure)
    return make(*getter(figure), sentence)


def _fields_before_sentence(
    cls: type[MonetaryFigure | Quantity],
) -> operator.attrgetter[tuple[object, ...]] | None:
    """A getter of all the fields of *cls* but the last, if that is ``sentence``."""
    names = [field.name for field in attrs.fields(cls)]
    return operator.attrgetter(*names[:-1]) if names[-1] == "sentence" else None


_FIELDS_BEFORE_SENTENCE = {cls: _fields_before_sentence(cls) for cls in (MonetaryFigure, Quantity)}


_DASHES = frozenset("-\u2013\u2014")
# what may follow the white space that opens a joint: a dash, "to" or "and", in any case
JOINT_OPENERS = frozenset("-tTaA")


def range_joint(text: str, position: int) -> re.Match[str] | None:
    """:data:`RANGE_JOINT` matched at *position*, most misses answered without the pattern.

    A joint opens with a dash, or with white space before a dash, more white space,
    "to" or "and".

    >>> range_joint("5 to 6", 1).group(), range_joint("5 people", 1)
    (' to ', None)
    """
    first = text[position : position + 1]
    if first not in _DASHES:
        if not first.isspace():
            return None
        second = text[position + 1 : position + 2]
        if second.isascii() and not second.isspace() and second not in JOINT_OPENERS:
            return None
    return RANGE_JOINT.match(text, position)


def opening_before(text: str, begin: int) -> regex.Match[str] | None:
    """:data:`OPENING` matched backwards from *begin*, or None where it reads nothing there
    (the pattern itself always matches, if only the empty string).

    Most figures follow no "between", "from" or minus sign: right before *begin* there
    must stand a dash or minus sign, or white space after a word that ends as those
    words do (in "n", "m" or "s", any case). Others are answered without the pattern;
    text outside ASCII is left to it.

    >>> opening_before("between 5 and 6", 8).group(), opening_before("in 2019", 3)
    ('between ', None)
    """
    if _may_open(text, begin):
        found = OPENING.match(text, 0, begin)
        if found is not None and found.group():
            return found
    return None


def _may_open(text: str, begin: int) -> bool:
    """A cheap necessary condition for :data:`OPENING` to read something before *begin*."""
    before = text[begin - 1 : begin] if begin else ""
    if not before.isascii() or before == "-":
        return True
    if not before.isspace():
        return False  # a letter, digit or mark: no sign, and no white space after a word
    # the word before ends at most three white space characters back (\s{1,3})
    stem = text[max(0, begin - _OPENING_GAP) : begin].rstrip()
    return not stem.isascii() or stem[-1:].lower() in _OPENING_ENDS


_OPENING_GAP = 4  # the last letter of "between", "from" or "minus", and three white space
_OPENING_ENDS = ("n", "m", "s")  # how "between", "from" and "minus" end


def inside(anchors: list[int], within: Sequence[Span] | None) -> Iterator[tuple[int, Span | None]]:
    """The (sorted) *anchors* that fall inside one of the (sorted) *within* spans, each with
    its span.

    With *within* None every anchor is kept, with span None.

    >>> list(inside([0, 5, 12], [Span(4, 10)]))
    [(5, Span(start=4, end=10))]
    """
    if within is None:
        for anchor in anchors:
            yield anchor, None
        return
    spans = iter(within)
    current = next(spans, None)
    for anchor in anchors:
        while current is not None and current.end <= anchor:
            current = next(spans, None)
        if current is None:
            return
        if current.start <= anchor:
            yield anchor, current

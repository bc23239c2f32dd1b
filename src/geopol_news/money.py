"""Monetary figures: "$70-$80 million per year", "about 5 billion euros", "EUR2bn".

:func:`extract_money` finds every figure of a text; :func:`parse_money` reads
one expression. A figure is a number (digits, "1,234.5", or words: "two",
"half a", "a quarter of a") with an optional scale ("million", "bn", "k",
"lakh") and a currency named by a symbol before it ("$", "US$", "€", "HK $"),
an ISO code before or after it ("USD 5 million", "EUR2bn") or a currency word
after it ("euros", "U.S. dollars", "pounds sterling"). Around it, a qualifier
("about", "at least"), a range ("$70-$80 million", "between $5 and $6
billion", "5 to 6 billion euros"), a period ("per year", "a day") and a whole
it is part of ("$6 billion of a total $17 billion") are read too. Vague
figures ("billions of dollars") keep their order of magnitude.

``text`` covers the whole expression as written, qualifier and period
included. Shared symbols and words resolve by the text's context: "$" is US
dollars unless the text names a country that uses another dollar (the one
named most wins); "¥" is yen unless the text is about China; see
:mod:`geopol_news.data.currencies` for every default.

>>> [(str(f.amount), f.currency) for f in extract_money("It paid $11.4 billion and EUR2bn.")]
[('11400000000', 'USD'), ('2000000000', 'EUR')]
>>> fig = parse_money("about $70-$80 million per year")
>>> fig.amount, fig.amount_max, fig.qualifier.value, fig.period.value
(Decimal('70000000'), Decimal('80000000'), 'about', 'year')
"""

from __future__ import annotations

import functools
import re
import string
from collections import Counter
from collections.abc import Mapping, Sequence
from decimal import Decimal

import attrs
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
    starter_positions,
    tidy,
    value_or_none,
    with_sentences,
    word_heads,
)
from geopol_news._patterns import alternation, compiled, trie_alternation
from geopol_news.data import currencies as currency_data
from geopol_news.data import numbers as number_data
from geopol_news.errors import GeopolNewsError, expect_type
from geopol_news.model import Magnitude, MonetaryFigure, Period, Qualifier, Span, _trusted_span

__all__ = [
    "ParseError",
    "convert_figure",
    "extract_money",
    "format_figure",
    "parse_money",
]


class ParseError(GeopolNewsError, ValueError):
    """A text that :func:`parse_money` cannot read as one monetary expression."""


# -- the tables, indexed --------------------------------------------------------------
def _plain(surface: str) -> str:
    """A symbol as looked up: white space and dots dropped ("u.s. $" -> "us$", "Rs." -> "Rs")."""
    return "".join(surface.split()).replace(".", "")


# A capital and the small letters after it: an ASCII class scans twice as fast as a
# Unicode one, and only filters the names looked for in full afterwards.
_CAPITALISED = regex.compile(r"[A-Z][a-z]*")
_NAME_WORDS = regex.compile(r"(?<![\p{L}.])\p{L}")  # where each word of a name starts


def _first_letters(name: str) -> str:
    """The capitalised run a name opens with, as :data:`_CAPITALISED` finds it in a text:
    "U" for "U.S.", "South" for "South Sudan", "Cura" for "Curaçao"."""
    letters = _CAPITALISED.match(name)
    return letters.group() if letters else name[:1]


@attrs.frozen
class _Letters:
    """What a word of letters next to a number names: "USD", "usd", "MUSD", "Rs", "RM", "c"."""

    codes: tuple[str, ...]
    power: int = 0  # the scale a letter before a code gives ("MUSD": 6)
    is_code: bool = False
    after: bool = True  # may follow the number as well as precede it
    per_unit: int = 0  # a minor unit's mark ("43c"): minor units in one unit; never before


@attrs.frozen
class _Tables:
    """Lookups built once from :mod:`geopol_news.data.currencies`."""

    symbols: dict[str, tuple[str, ...]]  # plain symbol, case kept -> candidate codes
    folded: dict[str, tuple[str, ...]]  # plain symbol holding a sign, upper case ("HK$")
    after: frozenset[str]  # plain symbols that may follow the number ("€", "Rs", "zł")
    words: dict[str, tuple[str, ...]]  # lower-case currency phrase -> candidate codes
    last_words: frozenset[str]  # the last word of every phrase in words
    minor: dict[str, tuple[tuple[str, ...], int]]  # minor-unit phrase -> (codes, per unit)
    first_words: frozenset[str]  # the first word of every phrase in words and minor
    letters: dict[str, _Letters]  # codes and letter symbols as printed, dots dropped
    codes: frozenset[str]  # upper-case ISO codes read alone
    per_unit: dict[str, int]  # code -> minor units in one unit
    by_first_word: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # -> ((name, codes), ...)
    containers: dict[str, tuple[tuple[str, int], ...]]  # name -> (longer name, offset in it)
    # the last one or two letters, lower case, of each key of letters and of last_words
    prefix_ends: frozenset[str]
    # the first four characters, lower case, of each key of letters and of first_words
    # that has four or more
    unit_heads: frozenset[str]
    # unit_heads, and the first four characters, lower case, of each scale word or
    # abbreviation that has four or more: the words that may go on a number
    follow_heads: frozenset[str]
    # (surface, after) -> what _symbol_of answered for it: filled as symbols are read
    symbol_answers: dict[tuple[str, bool], tuple[str, ...] | None] = attrs.field(factory=dict)


def _build_tables() -> _Tables:
    symbols: dict[str, tuple[str, ...]] = {}
    words: dict[str, tuple[str, ...]] = {}
    minor: dict[str, tuple[tuple[str, ...], int]] = {}
    for currency in currency_data.CURRENCIES:
        for symbol in currency.symbols:
            symbols[_plain(symbol)] = (currency.code,)
        for word in (*currency.words, *currency.qualified):
            words[word.lower()] = (currency.code,)
        for word in currency.minor:
            minor[word.lower()] = ((currency.code,), currency.minor_per_unit)
    for symbol, codes in currency_data.SHARED_SYMBOLS.items():
        symbols[_plain(symbol)] = codes
    for word, codes in currency_data.SHARED_WORDS.items():
        words[word.lower()] = codes
    for word, codes in currency_data.MINOR_UNITS.items():
        minor[word.lower()] = (codes, 100)
    _add_national_forms(words)
    signs = {key for key in symbols if any(not c.isalnum() for c in key)}
    after = {
        key
        for key in symbols
        if key in signs
        or key in currency_data.LETTER_SYMBOLS_AFTER_NUMBER
        or len(key) > 2
        or not key.isascii()
    }
    codes_of_name: dict[str, list[str]] = {}
    for currency in currency_data.CURRENCIES:
        for country in currency.countries:
            codes_of_name.setdefault(country, []).append(currency.code)
    by_first_word: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for country, users in codes_of_name.items():
        by_first_word.setdefault(_first_letters(country), []).append((country, tuple(users)))
    containers: dict[str, list[tuple[str, int]]] = {}
    for longer in codes_of_name:  # "Sudan" stands in "South Sudan", "Guinea" in "Papua New Guinea"
        for opening in _NAME_WORDS.finditer(longer):
            at = opening.start()
            for name, _ in by_first_word.get(_first_letters(longer[at:]), ()):
                end = at + len(name)
                if name != longer and longer.startswith(name, at) and not longer[end:].isalnum():
                    containers.setdefault(name, []).append((longer, at))
    readable = frozenset(c.code for c in currency_data.CURRENCIES if not c.withdrawn) - frozenset(
        currency_data.CODES_NOT_READ_ALONE
    )
    letters = _letter_entries(symbols, after, readable, minor)
    last_words = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in words)
    first_words = frozenset(_words_of(phrase)[0] for phrase in (*words, *minor))
    unit_heads = word_heads((*letters, *first_words), _HEAD)
    return _Tables(
        letters=letters,
        symbols=symbols,
        folded={key.upper(): symbols[key] for key in signs},
        after=frozenset(after),
        words=words,
        last_words=last_words,
        minor=minor,
        first_words=first_words,
        codes=readable,
        per_unit={c.code: c.minor_per_unit for c in currency_data.CURRENCIES},
        by_first_word={first: tuple(names) for first, names in by_first_word.items()},
        containers={name: tuple(found) for name, found in containers.items()},
        prefix_ends=frozenset(
            word.replace(".", "").lower()[-2:] for word in (*letters, *last_words)
        ),
        unit_heads=unit_heads,
        follow_heads=unit_heads | _SCALE_HEADS,
    )


def _letter_entries(
    symbols: dict[str, tuple[str, ...]],
    after: set[str],
    codes: frozenset[str],
    minor: dict[str, tuple[tuple[str, ...], int]],
) -> dict[str, _Letters]:
    """Every word of letters that names a currency next to a number, as printed."""
    entries: dict[str, _Letters] = {}
    for key, found in symbols.items():
        if key.isalpha():
            entries[key] = _Letters(found, after=key in after)
            if key.isupper() and len(key) > 2 and key.lower() not in _LOWER_DENIED:
                entries.setdefault(key.lower(), entries[key])  # "rmb 10"
    for code in codes:
        entries[code] = _Letters((code,), is_code=True)
        if code.lower() not in _LOWER_DENIED:
            entries[code.lower()] = entries[code]  # "usd 20"
        for letter, power in currency_data.CODE_SCALE_PREFIXES.items():
            entries[letter + code] = _Letters((code,), power=power, is_code=True)  # "MUSD"
    for mark, word in currency_data.MINOR_MARKS.items():
        if mark.isalpha():
            found, per_unit = minor[word]
            entries[mark] = _Letters(found, per_unit=per_unit)
    return entries


def _add_national_forms(words: dict[str, tuple[str, ...]]) -> None:
    """Add "<country> <word>" for every word naming a currency: "malaysian ringgit".

    A national form names the one currency of that country ("egyptian pounds",
    "saudi riyals"); forms the tables list already keep their entry.
    """
    for currency in currency_data.CURRENCIES:
        own = [word for word, codes in words.items() if currency.code in codes and " " not in word]
        for country in currency.countries:
            for word in own:
                words.setdefault(f"{country.lower()} {word}", (currency.code,))


def _words_of(phrase: str) -> list[str]:
    return regex.split(r"[\s-]", phrase)


@functools.cache
def _tables() -> _Tables:
    return _build_tables()


# -- the named parts -------------------------------------------------------------------
_SIGNS = frozenset(
    char
    for symbol in (
        *currency_data.SHARED_SYMBOLS,
        *(s for c in currency_data.CURRENCIES for s in c.symbols),
        *currency_data.MINOR_MARKS,
    )
    for char in symbol
    if not char.isalnum() and char not in ". "
)
_SIGN = "[" + regex.escape("".join(sorted(_SIGNS))) + "]"

# written numbers: "three quarters", "a quarter of a", "half", "one and a half",
# "twenty-five"; "a"/"an" counts as one only before a scale ("a million")
_WRITTEN = rf"""(?ix)(?:
        (?:(?:a|one)\s)?{FRACTION}(?:\sof\sa|\sa)?(?P<fraction>)
      | {NUMBER_WORD}(?:[\s-]{NUMBER_WORD}){{0,3}}{POINT_DECIMALS}?(?:\s(?:and\s)?a\s{FRACTION})?
      | an?(?=[\s-]{MULTIPLIER}\b)(?P<article>)
    )(?![\p{{L}}\d])"""
# more of a written number after a scale word: "two thousand| five hundred"
_WRITTEN_MORE = (
    rf"(?i)(?:\s(?:and\s)?|-){NUMBER_WORD}(?:[\s-]{NUMBER_WORD}){{0,2}}"
    rf"(?:[\s-]{MULTIPLIER})?(?![\p{{L}}\d])"
)
# a scale after the number: "5bn", "$12 mln", "two billion", "₹1.5 lakh crore", "12-million"
_SCALE = rf"""(?ix)(?:
        \s?{trie_alternation(number_data.SCALE_ABBREVIATIONS)}
      | [\s-]{MULTIPLIER}(?:[\s-]{MULTIPLIER})?
    )(?![\p{{L}}\d])"""
# the first two characters of the scales (lower case), for a cheap test before _SCALE:
# of a scale word or abbreviation, or a one-letter abbreviation ("5m") before anything
# but a letter or digit, or at the end of the text
_SCALE_OPENS = frozenset(
    {word[:2] for word in (*number_data.SCALE_ABBREVIATIONS, *number_data.MULTIPLIERS)}
    | {
        word + char
        for word in number_data.SCALE_ABBREVIATIONS
        if len(word) == 1
        for char in ("", *map(chr, range(128)))  # "" for the end of the text
        if not char.isalnum()
    }
)
_SCALE_AFTER_CODE = rf"(?i)\s{MULTIPLIER}(?![\p{{L}}\d])"
# billions of dollars, hundreds of millions of euros
_VAGUE = rf"(?i)(?P<vague>{trie_alternation(number_data.VAGUE_AMOUNTS)})\sof\s"
# What stands right before a number, read backwards from it (the (?r) flag):
# a symbol holding a sign, with the letters joined to it ("US$", "hk $", "-$")
_SIGN_BEFORE = regex.compile(
    rf"(?r)(?:\b(?P<head>\p{{L}}[\p{{L}}.]{{0,5}})\s?)?(?P<sign>{_SIGN}{{1,2}})\s?"
)
# or one or two words: a code, a letter symbol, a currency name ("EUR", "Rs.", "malaysian ringgit")
_WORDS_BEFORE = regex.compile(
    r"(?r)(?:\b(?P<w1>\p{L}[\p{L}.]{0,15})\s)?\b(?P<w2>\p{L}[\p{L}.]{0,15})\s?"
)
# after the number: a symbol holding a sign ("500 €", "3.14US$", "10¢"), not the next figure's
_SIGN_AFTER = regex.compile(rf"\s?(?P<sign>\p{{L}}{{0,3}}{_SIGN}{{1,2}})(?!\s?\d)")
# a symbol holding a sign before the second number of a range
_SIGN_PREFIX = regex.compile(rf"(?:\p{{L}}[\p{{L}}.]{{0,5}}\s?)?{_SIGN}{{1,2}}\s?")
_CODE_PREFIX = regex.compile(r"\p{L}{3,4}\s?(?=\d)")
# a word after the number, joined, spaced or hyphenated: "115USD", "20 Rs", "12-cent"
_TOKEN_AFTER = regex.compile(r"(?P<gap>\s?|-)(?P<token>\p{L}[\p{L}.]*)")
# The same on the standard engine, which costs less per call, for tokens of ASCII letters
# ([^\S\x1c-\x1f] is the regex module's \s): where the characters it reads and the one
# after the token are ASCII, the two read the same; see _token_after.
_ASCII_TOKEN_AFTER = re.compile(r"(?P<gap>[^\S\x1c-\x1f]?|-)(?P<token>[A-Za-z][A-Za-z.]*+)")
# up to four words for a phrase lookup: "U.S. dollars", "pounds sterling", "cent-a-share"
_TAIL = regex.compile(r"\p{L}[\p{L}.'\u2019]*(?:[\s-]\p{L}[\p{L}.'\u2019]*){0,3}")
_TAIL_WORD = regex.compile(r"\p{L}[\p{L}.'\u2019]*")
_APOSTROPHES = ("'", "\u2019")  # the characters _TAIL_WORD reads that _TOKEN_AFTER does not
# the minor units after a whole amount: "3 dollars 50 cents", "$20 and 43c", "US$3 and fourteen"
_MINOR_AFTER = (
    rf"(?i)\s(?:and\s)?(?P<n>\d{{1,3}}(?![\d,.]?\d)"
    rf"|{NUMBER_WORD}(?:[\s-]{NUMBER_WORD})?(?![\p{{L}}\d]))"
)
_MINOR_MARK = regex.compile(r"\s?(?P<mark>c|\u00a2)(?![\p{L}\d])")
_BARE_END = regex.compile(r"[^\S\n]*+(?:[^\w\s]|\n|\Z)")  # punctuation, a line end or the end
_PERIOD_AFTER = (
    rf"(?i:\s?(?P<p>{alternation(number_data.PERIODS)}))(?!\w)"
    rf"(?!\s++(?i:{alternation(number_data.RELATIVE_TIME_WORDS)})\b)"  # "a year ago"
)
_PART_OF = regex.compile(
    r"(?i:\s+(?:out\s+)?of\s+(?:an?\s+|the\s+)?(?:total|overall|combined)?\s*(?:of\s+)?)$"
)
# A full stop, ! or ? before a capital or digit, or a blank line. (Simple
# patterns like these run fastest on the standard library's engine.)
_WEIGHTS = frozenset(currency_data.WORDS_ALSO_WEIGHTS)
_LOWER_DENIED = frozenset(currency_data.CODES_NOT_READ_IN_LOWER_CASE)
_NOT_BEFORE = frozenset(currency_data.WORDS_NOT_READ_BEFORE_NUMBER)
_STOP_WORDS = frozenset(number_data.COUNT_STOP_WORDS) - frozenset(number_data.PERCENT_WORDS)
# "a $5 billion deal": the article, not the "A$" of the Australian dollar ("A$5 billion")
_ARTICLES = frozenset({"a", "an"})
_MORE_WORDS = 3  # "two thousand| five hundred| and ten": bounded, so that no run of words
# is read again from every one of its words


# -- currencies -------------------------------------------------------------------------
class _Context:
    """Which currencies' countries a text names, counted once, when a shared symbol asks."""

    def __init__(self, text: str, tables: _Tables) -> None:
        self._text = text
        self._tables = tables
        self._words: set[str] | None = None  # first words of country names the text holds
        self._found: dict[str, int] = {}  # country name -> occurrences
        self._resolved: dict[tuple[str, ...], str] = {}

    def resolve(self, candidates: tuple[str, ...]) -> str:
        """The candidate whose countries the text names most; the first (the default) on a tie."""
        if len(candidates) == 1:
            return candidates[0]
        if candidates not in self._resolved:
            counts = self._counted(frozenset(candidates))
            named = [(counts.get(code, 0), -i, code) for i, code in enumerate(candidates)]
            best = max(named)
            self._resolved[candidates] = best[2] if best[0] else candidates[0]
        return self._resolved[candidates]

    def _counted(self, candidates: frozenset[str]) -> Counter[str]:
        """How often the text names the countries of each candidate currency."""
        if self._words is None:
            # (concurrent=False: the regex module would release and take back the GIL
            # for every run it finds, which costs more than the scan)
            runs = _CAPITALISED.findall(self._text, concurrent=False)
            self._words = self._tables.by_first_word.keys() & runs  # (no set of all the runs)
        counts: Counter[str] = Counter()
        for first in self._words:
            for name, codes in self._tables.by_first_word[first]:
                if not candidates.isdisjoint(codes):
                    if name not in self._found:
                        self._found[name] = self._occurrences(name)
                    for code in codes:
                        counts[code] += self._found[name]
        return counts

    def _occurrences(self, name: str) -> int:
        """Whole-word occurrences of *name* that are not part of a longer name."""
        text, count = self._text, 0
        if not name[-1].isalnum() and name not in self._tables.containers:
            return text.count(name)  # "U.S.": ends its own word, stands in no longer name
        containers = self._tables.containers.get(name, ())
        position = text.find(name)
        while position != -1:
            end = position + len(name)
            whole = (position == 0 or not text[position - 1].isalnum()) and not text[
                end : end + 1
            ].isalnum()
            if whole and not any(
                text.startswith(longer, position - offset) for longer, offset in containers
            ):
                count += 1
            position = text.find(name, end)
        return count


def _code_of(token: str, tables: _Tables) -> tuple[str, int] | None:
    """An ISO code as written, with the scale of a letter before it: "MUSD" -> ("USD", 6)."""
    entry = tables.letters.get(token)
    return (entry.codes[0], entry.power) if entry is not None and entry.is_code else None


def _symbol_of(surface: str, tables: _Tables, *, after: bool = False) -> tuple[str, ...] | None:
    """The candidate codes of a symbol holding a sign ("US$", "hk $", "nzd$", "€"), or None.

    The same few surfaces come up again and again ("$", "paid $"): the answers for
    up to ``_MAX_CACHED_SYMBOLS`` of them are kept in *tables*.
    """
    remembered = tables.symbol_answers.get((surface, after), _UNKNOWN)
    if remembered is not _UNKNOWN:
        return remembered
    found = _read_symbol(surface, tables, after=after)
    if len(tables.symbol_answers) < _MAX_CACHED_SYMBOLS:
        tables.symbol_answers[(surface, after)] = found
    return found


_UNKNOWN = ("",)  # no answer kept yet (an answer is None or a tuple of codes)
_MAX_CACHED_SYMBOLS = 4096


def _read_symbol(surface: str, tables: _Tables, *, after: bool) -> tuple[str, ...] | None:
    key = _plain(surface)
    found = tables.symbols.get(key) or tables.folded.get(key.upper())
    if found is None and len(key) > 1 and not key[-1].isalnum():
        code = _code_of(key[:-1], tables)  # "nzd$15", "AUD$"
        if code is not None and not code[1]:
            return (code[0],)
    if found is None or (after and key not in tables.after and key.upper() not in tables.folded):
        return None
    return found


@attrs.frozen
class _Unit:
    """A currency found next to a number."""

    codes: tuple[str, ...]
    start: int
    end: int
    per_unit: int = 0  # minor units in one unit when a minor unit is named ("cents")
    power: int = 0  # the scale a code's prefix letter gives ("MUSD")
    is_code: bool = False


def _phrase(text: str, start: int, tables: _Tables, *, minor: bool = True) -> _Unit | None:
    """The currency (or minor-unit) phrase that opens ``text[start:]``, longest first.

    "U.S. dollars" wins over nothing, "pounds sterling" over "pounds"; a phrase
    that ends a sentence ("dollars.") is found without its full stop.
    """
    first = _TAIL_WORD.match(text, start)
    if first is None or not _may_open_phrase(first.group(), tables):
        return None
    tail = _TAIL.match(text, start)
    assert tail is not None
    words = list(_TAIL_WORD.finditer(text, start, tail.end(), concurrent=False))
    for count in range(len(words), 0, -1):
        end = words[count - 1].end()
        full = " ".join(text[start:end].lower().split())
        for phrase, cut in ((full, 0), (full.rstrip("."), len(full) - len(full.rstrip(".")))):
            if phrase in tables.words:
                return _Unit(tables.words[phrase], start, end - cut)
            if minor and phrase in tables.minor:
                codes, per_unit = tables.minor[phrase]
                return _Unit(codes, start, end - cut, per_unit=per_unit)
    return None


def _may_open_phrase(word: str, tables: _Tables) -> bool:
    """Whether a currency or minor-unit phrase may start with *word* ("U.S.", "pounds")."""
    head = word.lower()
    return head in tables.first_words or head.rstrip(".") in tables.first_words


def _unit_after(text: str, position: int, tables: _Tables, *, written: bool) -> _Unit | None:
    """The currency named right after a number: a sign, a code, a symbol or a word."""
    start = position  # where the sign or word starts
    after = text[position : position + 1]
    if after.isspace() or after == "-":
        start = position + 1
        after = text[start : start + 1]
    if after in _SIGNS:
        if written:
            return None
        sign = _SIGN_AFTER.match(text, position)
        if sign is None:
            return None
        surface = sign["sign"]
        if surface in currency_data.MINOR_MARKS:
            cents, per_unit = tables.minor[currency_data.MINOR_MARKS[surface]]
            return _Unit(cents, sign.start("sign"), sign.end(), per_unit=per_unit)
        codes = _symbol_of(surface, tables, after=True)
        return _Unit(codes, sign.start("sign"), sign.end()) if codes is not None else None
    if not after.isalpha() or not _may_open_unit(text[start : start + _HEAD], tables):
        return None
    token = _token_after(text, position)
    if token is None:
        return None
    gap, surface = token.groups()
    end = token.end()
    start = end - len(surface)  # the token ends the match
    following = text[end : end + 1]
    if following in _SIGNS and not written:  # "3.14US$"
        sign = _SIGN_AFTER.match(text, position)
        codes = _symbol_of(sign["sign"], tables, after=True) if sign is not None else None
        return _Unit(codes, sign.start("sign"), sign.end()) if sign and codes else None
    if gap != "-" and (gap or not written) and not following.isdigit():  # not "3 USD50"
        bare = surface.rstrip(".")  # "5 million USD." ends a sentence
        entry = tables.letters.get(bare.replace(".", ""))
        if entry is not None and (entry.is_code or (entry.after and not written)):
            return _Unit(
                entry.codes,
                start,
                start + len(bare),
                per_unit=entry.per_unit,
                power=entry.power,
                is_code=entry.is_code,
            )
    if gap or written:
        # Unless an apostrophe goes on with it ("pound's"), the token is the first
        # word _phrase would read: most words after a number open no phrase.
        if following not in _APOSTROPHES and not _may_open_phrase(surface, tables):
            return None
        return _phrase(text, start, tables)
    return None


def _token_after(text: str, position: int) -> re.Match[str] | regex.Match[str] | None:
    """:data:`_TOKEN_AFTER` matched at *position*, most words read with
    :data:`_ASCII_TOKEN_AFTER`.

    Where the two characters at *position* are ASCII, the gap and the first letter
    are read alike, so a miss of the ASCII pattern is a miss of both; a token it reads
    ends where the full pattern's does when the character after it is ASCII (or there
    is none). Anything else is left to the full pattern.

    >>> _token_after("5 people", 1).groups(), _token_after("5 caf\u00e9s", 1).group()
    ((' ', 'people'), ' caf\u00e9s')
    """
    found = _ASCII_TOKEN_AFTER.match(text, position)
    if found is None:
        if text[position : position + 2].isascii():
            return None
    elif text[found.end() : found.end() + 1].isascii():
        return found
    return _TOKEN_AFTER.match(text, position)


def _may_open_unit(head: str, tables: _Tables) -> bool:
    """A cheap necessary condition for the word that starts with *head* (its first
    :data:`_HEAD` characters) to name a currency after a number.

    Most words after a number are plain words of ASCII letters ("people", "years"):
    such a word is the token :func:`_unit_after` reads (no dot or apostrophe in its
    first letters), too long to stand before a sign ("3.14US$"), and it must open a
    key of :attr:`_Tables.letters` or a word of :attr:`_Tables.first_words`
    (:attr:`_Tables.unit_heads`). Shorter words, and any other character, are left
    to the full reading.
    """
    if len(head) < _HEAD or not (head.isascii() and head.isalpha()):
        return True
    return head.lower() in tables.unit_heads


_HEAD = 4  # longer than the letters a sign after a number may follow (_SIGN_AFTER: three)
# the first four letters (lower case) of the scale words and abbreviations that have
# four or more
_SCALE_HEADS = word_heads((*number_data.SCALE_ABBREVIATIONS, *number_data.MULTIPLIERS), _HEAD)
# the scale words and abbreviations, lower case
_SCALE_WORDS = frozenset(
    word.lower() for word in (*number_data.SCALE_ABBREVIATIONS, *number_data.MULTIPLIERS)
)
# what the letters of a word may go on with, as a token (:data:`_TOKEN_AFTER`) or a phrase
_WORD_GOES_ON = frozenset((".", *_APOSTROPHES))


# -- reading one figure -------------------------------------------------------------------
@attrs.frozen
class _Prefix:
    """A currency written before the number: "US$", "EUR", "Rs.", "malaysian ringgit"."""

    codes: tuple[str, ...]
    start: int
    power: int = 0
    word: bool = False  # a currency name rather than a symbol or code ("rupees 500 crore")


def _prefix_before(text: str, anchor: int, tables: _Tables) -> _Prefix | None:
    """The currency symbol, code or name that ends right before the number at *anchor*."""
    before = text[anchor - 1 : anchor] if anchor else ""
    if before.isspace() and anchor > 1:
        before = text[anchor - 2]
    if before in _SIGNS:
        sign = _SIGN_BEFORE.match(text, 0, anchor)
        if sign is None:
            return None
        head = sign["head"]
        if head is not None and not (
            head.lower() in _ARTICLES and sign.end("head") < sign.start("sign")
        ):
            codes = _symbol_of(text[sign.start() : sign.end("sign")], tables)
            if codes is not None:
                return _Prefix(codes, sign.start())
        codes = _symbol_of(sign["sign"], tables)
        return _Prefix(codes, sign.start("sign")) if codes is not None else None
    if not (before.isalpha() or before == "."):
        return None
    if not _may_end_prefix(text, anchor - 1 if text[anchor - 1].isspace() else anchor, tables):
        return None  # most words before a number
    words = _WORDS_BEFORE.match(text, 0, anchor)
    if words is None:
        return None
    first, last = words.groups()
    lower = last.lower()
    entry = tables.letters.get(last.replace(".", ""))
    if entry is None and lower not in tables.last_words:
        return None  # the word before ends no currency name: most words before a number
    if first is not None:
        pair = f"{first.lower()} {lower}"
        if pair in tables.words and lower not in _NOT_BEFORE:
            return _Prefix(tables.words[pair], words.start(), word=True)
    start = words.start("w2")
    if entry is not None and not entry.per_unit:
        return _Prefix(entry.codes, start, power=entry.power)
    if lower in tables.words and lower not in _NOT_BEFORE:
        return _Prefix(tables.words[lower], start, word=True)
    return None


def _may_end_prefix(text: str, end: int, tables: _Tables) -> bool:
    """A cheap necessary condition for a code, letter symbol or currency name to end at *end*
    (the w2 of :data:`_WORDS_BEFORE`, which spans at most 16 characters before it).

    Most words before a number are plain ASCII letters after a space ("in", "than"):
    such a word is the w2 the pattern would read, and it must be a key of
    :attr:`_Tables.letters` as printed or of :attr:`_Tables.last_words` in lower case
    (what :func:`_prefix_before` looks it up in). Otherwise its last two
    letters (or its one letter), dots dropped, in any case, must end a word that
    names one (:attr:`_Tables.prefix_ends`). Text outside ASCII is left to the pattern.
    """
    window = text[max(0, end - 16) : end]
    space = window.rfind(" ")
    word = window[space + 1 :]
    if space >= 0 and word.isascii() and word.isalpha():
        return word in tables.letters or word.lower() in tables.last_words
    tail = window.replace(".", "")[-2:]
    if not tail.isascii():
        return True
    tail = tail.lower()
    return tail in tables.prefix_ends or tail[-1:] in tables.prefix_ends


@attrs.frozen
class _Opening:
    """What opens a figure before its currency or number: "between", "from", a minus sign."""

    start: int  # where the opening words start ("between", "from" or the sign)
    signed: int  # where the figure starts without "between" or "from"
    between: bool = False
    after_from: bool = False
    negative: bool = False


def _opening_before(text: str, begin: int) -> _Opening | None:
    """The opening before a figure's currency or number at *begin*.

    None when a letter or digit is glued to the figure ("F16", "x$5").
    """
    found = opening_before(text, begin)
    if found is not None:
        sign = found.start("sign") if found["sign"] is not None else -1
        if sign <= 0 or not text[sign - 1].isalnum():  # "2019-20": a hyphen, not a minus
            return _Opening(
                found.start(),
                sign if sign >= 0 else begin,
                between=found["btw"] is not None,
                after_from=found["frm"] is not None,
                negative=sign >= 0,
            )
    if begin and text[begin - 1].isalnum():
        return None
    return _Opening(begin, begin)


@attrs.frozen
class _Amount:
    """Where a number or range stands, before its currency is known.

    A single number's value is read only once a currency is found next to it
    (most numbers in news are not money); a range's values are read at once,
    since only a rising range ("$70-$80 million", not "$5 billion to 2020") is one.
    """

    start: int
    end: int
    scaled: bool
    joint: str = ""  # the joint of a range, lower case: "-", "to", "and"
    low: Decimal | None = None  # a range's bounds, scales applied
    high: Decimal | None = None

    def values(self, text: str) -> tuple[Decimal, Decimal | None] | None:
        """The amount and the upper end of the range, or None when unreadable."""
        if self.low is not None:
            return self.low, self.high
        low = value_or_none(text[self.start : self.end])
        return None if low is None else (low, None)


def _range_end(
    text: str, position: int, opening: _Opening, prefixed: bool, tables: _Tables, written: bool
) -> tuple[int, str] | None:
    """Where the second number of a range starts, and its joint: "-", "to", "and"."""
    joint = range_joint(text, position)
    if joint is None:
        return None
    word = (joint["word"] or "").lower()
    if word == "and" and not opening.between:
        return None
    if word == "to" and opening.after_from and prefixed:
        return None  # "from $3 billion to $4 billion": a change, two figures
    second = joint.end()
    opener = text[second : second + 1]
    # a symbol or code before the second number opens with a letter or a sign ("$70-$80");
    # most second numbers open with their digit ("5 to 6"): an ASCII character that is
    # neither tries none of the two patterns (text outside ASCII is left to them)
    if not written and (opener.isalpha() or opener in _SIGNS or not opener.isascii()):
        sign = _SIGN_PREFIX.match(text, second)
        code = _CODE_PREFIX.match(text, second)
        if sign is not None and _symbol_of(sign.group(), tables) is not None:
            second = sign.end()
        elif code is not None and _code_of(code.group().strip(), tables) is not None:
            second = code.end()
    return second, word or "-"


def _amount(
    text: str,
    number: tuple[int, int],
    opening: _Opening,
    prefixed: bool,
    tables: _Tables,
    written: bool,
) -> _Amount:
    """The number at the span *number*, its scale, and the upper end of a range after it."""
    start, end = number
    scale = _scale_at(text, end)
    if scale is not None:
        end = scale.end()
        for _ in range(_MORE_WORDS if written else 0):
            more = compiled(_WRITTEN_MORE).match(text, end)  # "two thousand five hundred"
            if more is None:
                break
            end = more.end()
    joint = _range_end(text, end, opening, prefixed, tables, written)
    if joint is not None:
        second_start = joint[0]
        written_second = compiled(_WRITTEN).match(text, second_start) if written else None
        if written_second is not None:
            number_ends: int | None = written_second.end()
        else:
            number_ends = number_end(text, second_start)
        if number_ends is not None:
            second_end = number_ends
            second_scale = _scale_at(text, second_end)
            if second_scale is not None:
                second_end = second_scale.end()
            low = value_or_none(text[start:end])
            high = value_or_none(text[second_start:second_end])
            if low is not None and high is not None:
                if scale is None and second_scale is not None:
                    bare_high = value_or_none(text[second_start:number_ends])
                    if bare_high:
                        low = low * (high / bare_high)  # "$70-$80 million": the scale is shared
                if high > low:  # not "$5 billion to 2020"
                    scaled = scale is not None or second_scale is not None
                    return _Amount(start, second_end, scaled, joint[1], low, high)
    return _Amount(start, end, scale is not None)


def _read_digits(
    text: str,
    anchor: int,
    tables: _Tables,
    context: _Context,
    *,
    names_before: bool = True,
    floor: int = 0,
) -> MonetaryFigure | None:
    """The figure whose number starts with the digit at *anchor*, or None.

    A currency before the number counts only from *floor* on, and a currency
    name ("rupees 500") only with *names_before*.
    """
    end = anchor_end(text, anchor)
    if end is None:
        return None
    prefix = _prefix_before(text, anchor, tables)
    if prefix is not None and (prefix.start < floor or (prefix.word and not names_before)):
        prefix = None
    if prefix is None and anchor and text[anchor - 1].isalnum():
        return None  # glued to a letter or digit with no currency ("G7"): see _opening_before
    if prefix is None and not _may_be_money(text, end, tables):
        return None  # most numbers in news: years, dates, counts
    opening = _opening_before(text, prefix.start if prefix else anchor)
    if opening is None:
        return None
    amount = _amount(text, (anchor, end), opening, prefix is not None, tables, written=False)
    if prefix is not None and prefix.word and _unit_after(text, amount.end, tables, written=False):
        # a currency name before the number counts only when none follows it
        return _read_digits(text, anchor, tables, context, names_before=False, floor=floor)
    if prefix is not None:
        if prefix.word and not _ends_phrase(text, amount.end):
            return None  # "the dollar 10 years ago", "the euro 2 percent higher"
        unit = _Unit(prefix.codes, prefix.start, amount.end, power=prefix.power)
        after = _token_after(text, amount.end)
        if after is not None and after["gap"] == " ":
            code = _code_of(after["token"].rstrip("."), tables)
            if code is not None and code[0] in prefix.codes and not code[1]:
                unit = attrs.evolve(unit, end=after.start("token") + 3)  # "US$5 billion USD"
    else:
        found = _unit_after(text, amount.end, tables, written=False)
        if found is None or _is_weight(text, found, amount):
            return None
        unit = found
    return _figure(text, opening, amount, unit, context, tables)


def _may_be_money(text: str, end: int, tables: _Tables, *, written: bool = False) -> bool:
    """A quick look after a number with no currency before it: is one named after it,
    or does the number go on ("5 to 6 billion euros", "two thousand five hundred")?"""
    if _nothing_follows(text, end, tables):
        return False  # "in 2019, the", "50 people": most numbers
    scale = _scale_at(text, end)
    if scale is not None:
        end = scale.end()
        if written and compiled(_WRITTEN_MORE).match(text, end):
            return True
    return _unit_after(text, end, tables, written=written) is not None or bool(
        range_joint(text, end)
    )


def _nothing_follows(text: str, end: int, tables: _Tables) -> bool:
    """A cheap sufficient condition for :func:`_may_be_money` to find nothing after a
    number that ends at *end*: no scale (:func:`_scale_at`), currency
    (:func:`_unit_after`) or range joint (:func:`range_joint`) opens there.

    Either a mark that opens none of them follows (:func:`_opens_nothing`: ",", ")", the
    end of the text), or white space and a word of ASCII letters: one whose first
    :data:`_HEAD` letters open no scale word or abbreviation and no currency
    (:attr:`_Tables.follow_heads`; such a word is no "to" or "and" either), or a
    shorter one that such a mark or white space ends, and that is no code or letter
    symbol, no first word of a currency name, no scale word or abbreviation, and opens
    as no range joint does ("of", "in", "by").
    """
    follower = text[end : end + 1]
    if not follower.isspace():
        return _opens_nothing(follower)
    head = text[end + 1 : end + 1 + _HEAD]
    if not head.isascii():
        return False
    rest = head.lstrip(string.ascii_letters)
    word = head[: len(head) - len(rest)]
    if len(word) == _HEAD:
        return word.lower() not in tables.follow_heads  # "50 people"
    after = rest[:1]  # (empty at the end of the text)
    return (
        bool(word)
        and _opens_nothing(after)
        and after not in _WORD_GOES_ON
        and word[0] not in JOINT_OPENERS
        and word not in tables.letters
        and word.lower() not in tables.first_words
        and word.lower() not in _SCALE_WORDS
    )  # "2019 in", "5 of"


def _opens_nothing(mark: str) -> bool:
    """Whether *mark* (one character, or none at the end of the text) opens no scale,
    currency or range joint after a number: an ASCII character that is no letter,
    digit, white space, hyphen or sign."""
    return mark.isascii() and not mark.isalnum() and mark != "-" and mark not in _SIGNS


def _scale_at(text: str, end: int) -> regex.Match[str] | None:
    """:data:`_SCALE` matched at *end*, most misses answered without the pattern: a scale
    word or abbreviation starts at *end*, or after one white space or hyphen."""
    first = text[end : end + 1]
    start = end + 1 if first.isspace() or first == "-" else end
    head = text[start : start + 2]
    if head.isascii() and head.lower() not in _SCALE_OPENS:
        return None
    return compiled(_SCALE).match(text, end)


def _ends_phrase(text: str, position: int) -> bool:
    """Whether an amount ends its phrase: punctuation, a line end, or a word counting nothing."""
    if _BARE_END.match(text, position) is not None:
        return True
    word = _token_after(text, position)
    return word is not None and word["gap"] == " " and word["token"].lower() in _STOP_WORDS


def _read_words(
    text: str, anchor: int, tables: _Tables, context: _Context
) -> MonetaryFigure | None:
    """The figure whose written number or vague amount starts at *anchor*, or None."""
    head = head_at(text, anchor, VAGUE_HEAD)
    vague = compiled(_VAGUE).match(text, anchor) if head is None or head in VAGUE_OPENS else None
    if vague is not None:
        unit = _unit_after(text, vague.end() - 1, tables, written=True)
        if unit is None or unit.per_unit or unit.power:
            return None  # "billions of cents" is no figure
        magnitude = Magnitude(number_data.VAGUE_AMOUNTS[vague["vague"].lower()])
        return _finish(
            text,
            _trusted_span(anchor, unit.end),
            amount=None,
            amount_max=None,
            currency=context.resolve(unit.codes),
            magnitude=magnitude,
        )
    number = None
    if _plain_word_follows(text, anchor, tables):
        return None  # "two Russian planes": most number words
    if head is None or head[:2] in WRITTEN_OPENS:
        number = compiled(_WRITTEN).match(text, anchor)
    if number is None or not _may_be_money(text, number.end(), tables, written=True):
        return None
    opening = _opening_before(text, anchor)
    if opening is None:
        return None
    amount = _amount(text, number.span(), opening, False, tables, written=True)
    if not amount.scaled and (number["fraction"] is not None or number["article"] is not None):
        return None  # "half", "a quarter": a figure only with a scale
    unit = _unit_after(text, amount.end, tables, written=True)
    if unit is None or _is_weight(text, unit, amount):
        return None
    return _figure(text, opening, amount, unit, context, tables)


def _plain_word_follows(text: str, anchor: int, tables: _Tables) -> bool:
    """A cheap sufficient condition for no figure to start at the number word at *anchor*.

    :data:`_WRITTEN` reads the number word alone (see :func:`lone_number_word`), and the
    word after it (four ASCII letters or more, :data:`_HEAD` of them) opens no currency
    (:attr:`_Tables.unit_heads`): :func:`_may_be_money` finds no scale, currency or range
    ("to", "and") after the number.
    """
    end = lone_number_word(text, anchor)
    return end is not None and text[end + 1 : end + 1 + _HEAD].lower() not in tables.unit_heads


def _is_weight(text: str, unit: _Unit, amount: _Amount) -> bool:
    """ "a 500-pound bomb": a weight joined by a hyphen to a number with no scale."""
    return (
        not amount.scaled
        and text[unit.start - 1] == "-"
        and text[unit.start : unit.end].lower() in _WEIGHTS
    )


def _figure(
    text: str,
    opening: _Opening,
    amount: _Amount,
    unit: _Unit,
    context: _Context,
    tables: _Tables,
) -> MonetaryFigure | None:
    """Put a figure together: currency, scale of a code, minor units, sign and span."""
    values = amount.values(text)
    if values is None:
        return None
    currency = context.resolve(unit.codes)
    (low, high), end = values, max(unit.end, amount.end)
    power = unit.power
    if unit.is_code and not amount.scaled and not power:
        scale = compiled(_SCALE_AFTER_CODE).match(text, unit.end)  # "75 USD million"
        if scale is not None:
            power, end = number_data.MULTIPLIERS[scale.group().strip().lower()], scale.end()
    if power:
        low, high = low * 10**power, None if high is None else high * 10**power
    if unit.per_unit:  # "50 cents", "10¢", "12-cent"
        low, high = low / unit.per_unit, None if high is None else high / unit.per_unit
    elif high is None and not amount.scaled and not power and low == low.to_integral_value():
        cents = _minor_after(text, end, currency, tables)  # "3 dollars 50 cents"
        if cents is not None:
            low, end = low + cents[0], cents[1]
    spans_opening = (amount.joint == "and" and opening.between) or (
        amount.joint == "to" and opening.after_from
    )
    start = opening.start if spans_opening else opening.signed
    if opening.negative:
        low, high = -low, None if high is None else -high
    return _finish(
        text,
        _trusted_span(start, end),
        amount=tidy(low),
        amount_max=None if high is None else tidy(high),
        currency=currency,
    )


def _minor_after(
    text: str, position: int, currency: str, tables: _Tables
) -> tuple[Decimal, int] | None:
    """The minor units after a whole amount, in units, and where they end.

    "3 dollars 50 cents", "$20 and 43c", "thirteen dollars and forty-five cents",
    and, at the end of a phrase only, the bare "15 dollars 50" and "US$3 and fourteen".
    """
    found = compiled(_MINOR_AFTER).match(text, position)
    if found is None:
        return None
    per_unit = tables.per_unit.get(currency, 100)
    value = value_or_none(found["n"])
    if value is None or value >= per_unit or value != value.to_integral_value():
        return None
    end = found.end()
    mark = _MINOR_MARK.match(text, end)
    if mark is not None and per_unit == 100:
        return value / per_unit, mark.end()
    word = _token_after(text, end)
    if word is not None and word["gap"]:
        unit = _phrase(text, word.start("token"), tables)
        if unit is not None:
            return (
                (value / unit.per_unit, unit.end)
                if currency in unit.codes and unit.per_unit
                else None
            )
    if _BARE_END.match(text, end) is not None:
        return value / per_unit, end
    return None


def _finish(
    text: str,
    span: Span,
    *,
    amount: Decimal | None,
    amount_max: Decimal | None,
    currency: str | None,
    magnitude: Magnitude | None = None,
) -> MonetaryFigure:
    """The figure with its qualifier before and its period after."""
    qualifier, start = qualifier_before(text, span.start)
    end = span.end
    period = None
    after = _period_at(text, end)
    if after is not None:
        period = Period(number_data.PERIODS[after["p"].lower()])
        end = after.end()
    whole = _trusted_span(start, end)  # (a qualifier only moves the start back)
    return MonetaryFigure(
        whole.of(text),
        whole,
        amount=amount,
        amount_max=amount_max,
        currency=currency,
        qualifier=qualifier,
        period=period,
        vague=magnitude is not None,
        magnitude=magnitude,
    )


def _period_at(text: str, end: int) -> regex.Match[str] | None:
    """:data:`_PERIOD_AFTER` matched at *end*, most misses answered without the pattern:
    a period starts at *end* or after one white space."""
    first = text[end : end + 1]
    if first.isspace():
        first = text[end + 1 : end + 2]
    if first.isascii() and first.lower() not in _PERIOD_INITIALS:
        return None
    return compiled(_PERIOD_AFTER).match(text, end)


_PERIOD_INITIALS = frozenset(period[0] for period in number_data.PERIODS)


# -- extraction ---------------------------------------------------------------------------
def _anchors(text: str) -> tuple[list[int], frozenset[int]]:
    """Where a figure's number may start, in order: every digit run, and every starter
    word; and which of them are words (no digit starts where a word does).

    Starter words are number, fraction and vague-amount words, and scale words
    with the "a", "an" or "one" before them ("a million"): see :func:`starter_positions`.
    """
    words = starter_positions(text)
    anchors = [
        start
        for start in digit_runs(text)
        if not start or text[start - 1] not in ".,"  # not the decimals of "11.4"
    ]
    anchors.extend(words)
    anchors.sort()
    return anchors, frozenset(words)


def extract_money(text: str, *, within: Sequence[Span] | None = None) -> tuple[MonetaryFigure, ...]:
    """Every monetary figure in *text*, in order.

    With *within* (sorted, non-overlapping spans of *text*), only the figures
    that lie inside one of them; the rest of the text is not read for figures,
    though the countries it names still tell a shared "$" apart.

    >>> [f.text for f in extract_money("Russia owes $6 billion of a total $17 billion.")]
    ['$6 billion', '$17 billion']
    >>> extract_money("In 2006, 50 countries agreed.")
    ()
    >>> [f.text for f in extract_money("$5 here; $7 there", within=[Span(9, 17)])]
    ['$7']
    """
    expect_type(text, str, "extract_money() expects text as str")
    tables = _tables()
    context = _Context(text, tables)
    figures: list[MonetaryFigure] = []
    covered = 0
    anchors, words = _anchors(text)
    for anchor, span in inside(anchors, within):
        if anchor < covered:
            continue
        if anchor in words:
            figure = _read_words(text, anchor, tables, context)
        else:  # a symbol or code the figure before took is not this one's: "10 rmb 20 usd"
            figure = _read_digits(text, anchor, tables, context, floor=covered)
        if figure is None or figure.span.start < covered:
            continue
        if span is None or span.contains(figure.span):
            figures.append(figure)
            covered = figure.span.end
    return _link_parts(text, with_sentences(text, figures))


def _link_parts(text: str, figures: list[MonetaryFigure]) -> tuple[MonetaryFigure, ...]:
    """Link "X of a total Y": the part gets ``part_of`` set to the whole."""
    linked = list(figures)
    for i in range(len(linked) - 2, -1, -1):
        part, whole = linked[i], linked[i + 1]
        between = text[part.span.end : whole.span.start]
        if (
            part.currency == whole.currency
            and len(between) < 40
            and _PART_OF.fullmatch(between) is not None
        ):
            linked[i] = attrs.evolve(part, part_of=whole)
    return tuple(linked)


def parse_money(text: str) -> MonetaryFigure:
    """Read *text* as exactly one monetary expression (white space around it allowed).

    >>> parse_money("EUR 2bn").amount
    Decimal('2000000000')
    >>> parse_money("fifty countries")
    Traceback (most recent call last):
    ...
    geopol_news.money.ParseError: not a monetary expression: 'fifty countries'
    """
    expect_type(text, str, "parse_money() expects text as str")
    figures = extract_money(text)
    stripped = text.strip()
    if len(figures) != 1 or figures[0].text != stripped:
        if not figures:
            raise ParseError(f"not a monetary expression: {text!r}")
        raise ParseError(
            f"not exactly one monetary expression: {text!r} holds "
            + ", ".join(repr(f.text) for f in figures)
        )
    return figures[0]


# -- formatting and conversion -------------------------------------------------------------
_SCALE_NAMES = ((12, "trillion"), (9, "billion"), (6, "million"))


def _short(value: Decimal) -> tuple[str, str]:
    for power, name in _SCALE_NAMES:
        unit = Decimal(10) ** power
        if abs(value) >= unit:
            return f"{(value / unit).normalize():f}", name
    return f"{value.normalize():,f}", ""


def format_figure(figure: MonetaryFigure) -> str:
    """A figure written for people: "US$70\u201380 million per year", "about €5 billion".

    >>> fig = MonetaryFigure("x", Span(0, 1), amount=Decimal(7e7), amount_max=Decimal(8e7),
    ...                      currency="USD", period=Period.YEAR)
    >>> format_figure(fig)
    'US$70\u201380 million per year'
    """
    prefix = currency_data.DISPLAY_PREFIXES.get(figure.currency or "", "")
    suffix = "" if prefix or figure.currency is None else f" {figure.currency}"
    if figure.vague or figure.amount is None:
        magnitude = figure.magnitude.value if figure.magnitude else "an unknown amount"
        body = f"{magnitude} of {figure.currency or 'money'}"
    else:
        low, low_scale = _short(figure.amount)
        if figure.amount_max is not None:
            high, high_scale = _short(figure.amount_max)
            if low_scale == high_scale:
                body = f"{prefix}{low}\u2013{high}" + (f" {high_scale}" if high_scale else "")
            else:
                body = f"{prefix}{low} {low_scale}\u2013{prefix}{high} {high_scale}".strip()
        else:
            body = f"{prefix}{low}" + (f" {low_scale}" if low_scale else "")
        body += suffix
    hedge = "" if figure.qualifier is Qualifier.EXACT else f"{figure.qualifier.value} "
    period = f" per {figure.period.value}" if figure.period else ""
    return f"{hedge}{body}{period}"


def convert_figure(
    figure: MonetaryFigure, rates: Mapping[str, Decimal | float | int], to: str
) -> MonetaryFigure:
    """See :meth:`MonetaryFigure.convert`."""
    if figure.currency == to:
        return figure
    if figure.currency is None:
        raise ValueError(f"cannot convert a figure with no currency: {figure.text!r}")
    rate = Decimal(str(rates[figure.currency]))
    return attrs.evolve(
        figure,
        amount=None if figure.amount is None else figure.amount * rate,
        amount_max=None if figure.amount_max is None else figure.amount_max * rate,
        currency=to,
        part_of=None if figure.part_of is None else convert_figure(figure.part_of, rates, to),
    )

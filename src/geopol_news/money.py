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

import bisect
import functools
import re
from collections import Counter
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

import attrs
import regex

from geopol_news._numbers import number_value, qualifier_before, word_positions
from geopol_news._patterns import alternation
from geopol_news.data import currencies as currency_data
from geopol_news.data import numbers as number_data
from geopol_news.errors import GeopolNewsError, expect_type
from geopol_news.model import Magnitude, MonetaryFigure, Period, Qualifier, Span

__all__ = [
    "ParseError",
    "convert_figure",
    "extract_money",
    "format_figure",
    "parse_money",
]


class ParseError(GeopolNewsError, ValueError):
    """A text that :func:`parse_money` cannot read as one monetary expression."""


def _spaced(symbol: str) -> str:
    """A symbol's pattern allowing the tokenised spacing "hk $ 10" and "u.s. $"."""
    if len(symbol) > 1 and not symbol[-1].isalnum():
        head = regex.escape(symbol[:-1]).replace(r"\.", r"\.\s?")
        return rf"(?i:{head})\s?{regex.escape(symbol[-1])}"
    return regex.escape(symbol)


# -- the tables, indexed --------------------------------------------------------------
@attrs.frozen
class _Tables:
    """Lookups built once from :mod:`geopol_news.data.currencies`."""

    by_symbol: dict[str, tuple[str, ...]]  # normalised symbol -> candidate codes
    by_word: dict[str, tuple[str, ...]]  # lower-case word -> candidate codes
    minor: dict[str, tuple[tuple[str, ...], int]]  # minor-unit word -> (codes, per unit)
    codes: frozenset[str]
    countries: dict[str, tuple[tuple[str, str], ...]]  # first word -> ((name, code), ...)
    starters: frozenset[str]  # lower-case words a figure can open with
    starter_pattern: regex.Pattern[str]  # the same, for text that lower() changes
    pattern: regex.Pattern[str]


def _first_letters(name: str) -> str:
    """The run of letters a name opens with: "U" for "U.S.", "South" for "South Sudan"."""
    letters = regex.match(r"\p{L}+", name)
    return letters.group() if letters else name


def _symbol_key(surface: str) -> str:
    return "".join(surface.split()).replace(".", "").upper()


def _build_tables() -> _Tables:
    by_symbol: dict[str, tuple[str, ...]] = {}
    by_word: dict[str, tuple[str, ...]] = {}
    minor: dict[str, tuple[tuple[str, ...], int]] = {}
    countries: dict[str, str] = {}
    for currency in currency_data.CURRENCIES:
        for symbol in currency.symbols:
            by_symbol[_symbol_key(symbol)] = (currency.code,)
        for word in (*currency.words, *currency.qualified):
            by_word[word.lower()] = (currency.code,)
        for word in currency.minor:
            minor[word.lower()] = ((currency.code,), currency.minor_per_unit)
        for country in currency.countries:
            countries.setdefault(country, currency.code)
    for symbol, codes in currency_data.SHARED_SYMBOLS.items():
        by_symbol[_symbol_key(symbol)] = codes
    for word, codes in currency_data.SHARED_WORDS.items():
        by_word[word.lower()] = codes
    for word, codes in currency_data.MINOR_UNITS.items():
        minor[word.lower()] = (codes, 100)
    readable = frozenset(c.code for c in currency_data.CURRENCIES) - frozenset(
        currency_data.CODES_NOT_READ_ALONE
    )
    symbols = [
        *(s for c in currency_data.CURRENCIES for s in c.symbols),
        *currency_data.SHARED_SYMBOLS,
    ]
    pattern = _compile(symbols, sorted(readable))
    by_first: dict[str, list[tuple[str, str]]] = {}
    for name, code in sorted(countries.items(), key=lambda item: -len(item[0])):  # longest first
        by_first.setdefault(_first_letters(name), []).append((name, code))
    starters = frozenset(
        word.lower()
        for word in (
            *number_data.NUMBER_WORDS,
            *number_data.MULTIPLIERS,
            *(regex.split(r"[\s-]", key)[0] for key in number_data.FRACTIONS),
            *(key.split()[0] for key in number_data.VAGUE_AMOUNTS),
            *_RANGE_OPENERS,
        )
    )
    return _Tables(
        by_symbol,
        by_word,
        minor,
        readable,
        {first: tuple(names) for first, names in by_first.items()},
        starters,
        regex.compile(rf"(?i:\b{alternation(starters)}\b)"),
        pattern,
    )


# -- the pattern, from named parts ------------------------------------------------------
_NUMBER_WORD = alternation(number_data.NUMBER_WORDS)
_MULTIPLIER = alternation(number_data.MULTIPLIERS)
_ABBREVIATION = alternation(number_data.SCALE_ABBREVIATIONS)
_FRACTION = alternation(number_data.FRACTIONS)


def _compile(symbols: list[str], codes: list[str]) -> regex.Pattern[str]:
    ordered = sorted(set(symbols), key=len, reverse=True)
    # symbols are case-sensitive ("Rs", "kr"); only letter heads before "$" may
    # be lower case, as tokenised text writes them ("hk $ 10")
    symbol = "(?-i:" + "|".join(_spaced(s) for s in ordered) + ")"
    # after a number only signs, never letters: "500 €", but not "5 R"
    signs_only = [s for s in ordered if not any(c.isalpha() for c in s)]
    mark = "(?-i:" + "|".join(_spaced(s) for s in signs_only) + ")"
    code = rf"(?-i:{alternation(codes)})"
    digits = r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?:\.\d++)?|\.\d++"
    # written numbers: "two", "twenty-five", "one and a half", "half a", "a quarter of a"
    written = (
        rf"(?:{_NUMBER_WORD}(?:[\s-]{_NUMBER_WORD}){{0,3}}(?:\s(?:and\s)?a\s{_FRACTION})?"
        rf"|(?:a\s|one\s)?{_FRACTION}(?:\sof)?\sa)"
    )
    scale = rf"(?:\s?{_ABBREVIATION}\b|\s{_MULTIPLIER}(?:\s{_MULTIPLIER})?\b)"
    # "a million": the article counts as a number only before a scale
    amount = rf"(?:(?:{digits})(?:{scale})?|(?:{written}|an?)(?:{scale}))"
    # before a currency word a written number needs no scale: "five dollars"
    amount_before_word = rf"(?:(?:{digits}|{written})(?:{scale})?|an?{scale})"
    tail = r"(?:\s[\p{L}][\p{L}.'\-]*+){1,4}"  # up to four words, for a table lookup

    def opening(n: int) -> str:
        # "between" opens a range closed by "and"; after "from", "to" marks a
        # change ("from $3 billion to $4 billion"), not a range
        return (
            rf"(?P<btw{n}>between\s{{1,3}})?(?:(?<=\bfrom\s{{1,3}})(?P<chg{n}>))?"
            rf"(?P<sign{n}>-|\u2212|minus\s)?"
        )

    def joiner(n: int) -> str:
        return (
            rf"(?:\s?(?:-|\u2013|\u2014)\s?|(?(chg{n})(?!)|\s{{1,3}}to\s{{1,3}})"
            rf"|(?(btw{n})\s{{1,3}}and\s{{1,3}}|(?!)))"
        )

    return regex.compile(
        rf"""
        (?<![\w$€£¥])
        (?:
            # $70-$80 million, US$5bn, HK $ 10.05 billion, EUR2bn, USD 5 million
            {opening(1)}(?P<pre>{symbol}|{code}(?=\s?\d))\s?(?P<a1>{amount})
            (?:{joiner(1)}(?:{symbol}|{code})?\s?(?P<a2>{amount}))?
            (?:\s(?P<code1>{code})\b)?
          |
            # 5 to 6 billion euros, 5 million USD, five dollars, 500 €, 50 cents:
            # the words after the number are looked up in the tables afterwards
            {opening(2)}(?P<b1>{amount_before_word})(?:{joiner(2)}(?P<b2>{amount_before_word}))?
            (?:\s(?P<code2>{code})\b|\s?(?P<mark>{mark})|(?P<tail>{tail}))
          |
            # billions of dollars, hundreds of millions of euros
            (?P<vague>(?i:{alternation(number_data.VAGUE_AMOUNTS)}))\sof
            (?:\s(?P<vcode>{code})\b|(?P<vtail>{tail}))
        )
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


@functools.cache
def _tables() -> _Tables:
    return _build_tables()


_PERIOD_AFTER = regex.compile(
    rf"(?i:\s?(?P<p>{alternation(number_data.PERIODS)}))(?!\w)"
    rf"(?!\s++(?i:{alternation(number_data.RELATIVE_TIME_WORDS)})\b)"  # "a year ago"
)
_PART_OF = regex.compile(
    r"(?i:\s+(?:out\s+)?of\s+(?:an?\s+|the\s+)?(?:total|overall|combined)?\s*(?:of\s+)?)$"
)
# A full stop, ! or ? before a capital or digit, or a blank line. (Simple
# patterns like this one run fastest on the standard library's engine.)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de0-9])|\n\s*\n")
_TAIL_WORD = regex.compile(r"[\p{L}][\p{L}.'\-]*")
_CAPITALISED = re.compile(r"\b[A-Z\u00c0-\u00de][^\W\d_]*")
_LETTER_HEAD = regex.compile(r"(?<![\w.])[A-Za-z][A-Za-z.]{0,4}\s$")
_RANGE_OPENERS = ("between", "minus")
_OPENERS = "([\"'\u201c\u2018"
_SIGNS = frozenset(
    char for symbol in currency_data.SHARED_SYMBOLS for char in symbol if not char.isalnum()
) | frozenset(
    char
    for currency in currency_data.CURRENCIES
    for symbol in currency.symbols
    for char in symbol
    if not char.isalnum() and char not in ". "
)
# a plain character class: the standard library's engine scans it fastest
_DIGITS_OR_SIGNS = re.compile("[0-9]+|[" + re.escape("".join(sorted(_SIGNS))) + "]")


# -- currencies -------------------------------------------------------------------------
def _resolve(candidates: tuple[str, ...], context: Counter[str]) -> str | None:
    """Pick among a shared symbol's or word's currencies by what the text names."""
    if len(candidates) == 1:
        return candidates[0]
    named = [(context[code], -i, code) for i, code in enumerate(candidates) if context[code]]
    return max(named)[2] if named else candidates[0]


def _context(text: str, tables: _Tables) -> Counter[str]:
    """How often the text names each currency's countries (whole names, longest first)."""
    counts: Counter[str] = Counter()
    for word in _CAPITALISED.finditer(text):
        for name, code in tables.countries.get(word.group(), ()):
            end = word.start() + len(name)
            if text.startswith(name, word.start()) and not text[end : end + 1].isalnum():
                counts[code] += 1
                break
    return counts


def _starts(text: str, tables: _Tables) -> list[int]:
    """Where a figure may start, found by a few fast scans before the exact pattern.

    A figure opens with a digit or currency sign (backed up to the start of
    its word: "US$5", "-$2", "EUR2bn"), a short letter head before a digit or
    sign ("USD 5", "Rs 500", "hk $ 10"), or a starter word: a number, fraction
    or vague-amount word, "between", "minus", or a scale word with the "a",
    "an" or "one" before it ("a million").
    """
    starts: set[int] = set()
    floor = previous = 0  # each character is stepped over once: "$$$..." stays linear
    for run in _DIGITS_OR_SIGNS.finditer(text):
        start = run.start()
        while start > floor and not text[start - 1].isspace() and text[start - 1] not in _OPENERS:
            start -= 1
        if start == floor and floor and not text[floor - 1].isspace():
            start = previous  # the same word as the run before
        starts.add(start)
        # a short letter head before it, one space away: "USD 5", "Rs 500", "hk $ 10"
        head = _LETTER_HEAD.search(text, max(0, start - 7), start)
        if head is not None:
            starts.add(head.start())
        floor, previous = run.end(), start
    lower = text.lower()
    if len(lower) != len(text):  # a character changed length when lowered: scan the slow way
        starts.update(found.start() for found in tables.starter_pattern.finditer(text))
    else:
        for word in tables.starters:
            starts.update(word_positions(lower, word, back_to_article=True))
    return sorted(starts)


# -- extraction ---------------------------------------------------------------------------
def extract_money(text: str) -> tuple[MonetaryFigure, ...]:
    """Every monetary figure in *text*, in order.

    >>> [f.text for f in extract_money("Russia owes $6 billion of a total $17 billion.")]
    ['$6 billion', '$17 billion']
    >>> extract_money("In 2006, 50 countries agreed.")
    ()
    """
    expect_type(text, str, "extract_money() expects text as str")
    tables = _tables()
    context: Counter[str] | None = None
    figures: list[MonetaryFigure] = []
    covered = 0
    # The exact pattern is anchored only where a cheap look says a figure may
    # start: trying it at every character costs ten times more.
    for start in _starts(text, tables):
        if start < covered:
            continue
        match = tables.pattern.match(text, start)
        if match is None:
            continue
        if context is None:
            context = _context(text, tables)
        figure = _figure(text, match, tables, context)
        if figure is not None:
            figures.append(figure)
            covered = figure.span.end
    return _link_parts(text, _with_sentences(text, figures))


def _figure(
    text: str, match: regex.Match[str], tables: _Tables, context: Counter[str]
) -> MonetaryFigure | None:
    start, end = match.span()
    vague = match["vague"]
    magnitude = None
    amount = amount_max = None
    words = _currency_words(text, match, tables)
    if words is None and (match["tail"] or match["vtail"]):
        return None  # the words after the number name no currency
    if vague is not None:
        magnitude = Magnitude(number_data.VAGUE_AMOUNTS[vague.lower()])
        if words is not None:
            if words[1]:  # "billions of cents" is no figure
                return None
            currency, end = _resolve(words[0], context), words[2]
        else:
            currency = match["vcode"]
    elif words is not None and words[1]:  # a minor unit: "50 cents"
        codes, per_unit, end = words[0], words[1], words[2]
        if match["b2"] is not None:
            return None
        try:
            amount = number_value(match["b1"]) / per_unit
        except (InvalidOperation, ValueError):
            return None
        currency = _resolve(codes, context)
        if match["sign2"]:
            amount = -amount
    else:
        first = match["a1"] or match["b1"]
        second = match["a2"] or match["b2"]
        try:
            amount = number_value(first)
            if second is not None:
                amount_max = number_value(second)
        except (InvalidOperation, ValueError):
            return None
        if amount_max is not None:
            amount = _shared_scale(first, second, amount, amount_max)
        if match["pre"] is not None or match["mark"] is not None:
            currency = _currency_of_prefix(match["pre"] or match["mark"], tables, context)
        elif words is not None:
            currency, end = _resolve(words[0], context), words[2]
        else:
            currency = match["code2"]
        if (match["sign1"] or match["sign2"]) and amount is not None:
            amount = -amount
    qualifier, start = qualifier_before(text, start)
    period = None
    after = _PERIOD_AFTER.match(text, end)
    if after is not None:
        period = Period(number_data.PERIODS[after["p"].lower()])
        end = after.end()
    span = Span(start, end)
    return MonetaryFigure(
        span.of(text),
        span,
        amount=amount,
        amount_max=amount_max,
        currency=currency,
        qualifier=qualifier,
        period=period,
        vague=vague is not None,
        magnitude=magnitude,
    )


def _shared_scale(first: str, second: str, low: Decimal, high: Decimal) -> Decimal:
    """ "$70-$80 million": a scale written only on the upper end applies to both."""
    has_scale = regex.compile(r"[a-z]\s*$", regex.IGNORECASE)
    if has_scale.search(first) is None and has_scale.search(second) is not None:
        bare_high = number_value(regex.sub(r"(?i)[a-z\s]+$", "", second))
        if bare_high:
            return low * (high / bare_high)
    return low


def _currency_of_prefix(surface: str, tables: _Tables, context: Counter[str]) -> str | None:
    key = _symbol_key(surface)
    if key in tables.codes:
        return key
    candidates = tables.by_symbol.get(key)
    return _resolve(candidates, context) if candidates else None


def _currency_words(
    text: str, match: regex.Match[str], tables: _Tables
) -> tuple[tuple[str, ...], int, int] | None:
    """The currency (or minor-unit) words that open the captured tail of words.

    Returns the candidate codes, the minor units per unit (0 for a currency
    word) and where the words end; the longest phrase of the tables wins
    ("U.S. dollars" over nothing, "pounds sterling" over "pounds").
    """
    group = "tail" if match["tail"] is not None else "vtail"
    if match[group] is None:
        return None
    words = list(_TAIL_WORD.finditer(text, match.start(group), match.end(group)))
    for count in range(len(words), 0, -1):
        full = " ".join(word.group().lower() for word in words[:count])
        bare = full.rstrip(".")  # "dollars." ends a sentence; "U.S." keeps its dots
        for phrase in (full, bare) if bare != full else (full,):
            end = words[count - 1].end() - (len(full) - len(phrase))
            if phrase in tables.by_word:
                return tables.by_word[phrase], 0, end
            if phrase in tables.minor:
                codes, per_unit = tables.minor[phrase]
                return codes, per_unit, end
    return None


def _with_sentences(text: str, figures: list[MonetaryFigure]) -> list[MonetaryFigure]:
    """Give each figure the span of its sentence: between sentence ends or blank lines.

    The text is scanned for sentence ends once, however many figures it holds.
    """
    if not figures:
        return figures
    breaks = [(found.start(), found.end()) for found in _SENTENCE_END.finditer(text)]
    starts_of_breaks = [start for start, _ in breaks]
    placed = []
    for figure in figures:
        i = bisect.bisect_left(starts_of_breaks, figure.span.start)
        left = breaks[i - 1][1] if i else 0
        j = bisect.bisect_left(starts_of_breaks, figure.span.end)
        right = breaks[j][0] + 1 if j < len(breaks) else len(text)
        while left < figure.span.start and text[left].isspace():
            left += 1
        placed.append(attrs.evolve(figure, sentence=Span(left, max(right, figure.span.end))))
    return placed


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

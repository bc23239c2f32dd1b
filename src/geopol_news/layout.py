"""Split a plain-text news-page dump into the story and the page around it.

The work happens in two passes over the lines of the dump:

1. *classify*: each non-blank line gets a context-free kind (chrome, bullet,
   key-points label, video marker, video title with a duration, photo credit,
   caption with a credit, embed, byline, or plain text) from its normalised
   copy (see :mod:`geopol_news._text`);
2. *assemble*: lines are grouped with their neighbours (a line is *adjacent*
   to the next when no blank line separates them) into the header (section,
   headline, key points), media blocks, subheadings and paragraphs.

Every non-blank line ends up in exactly one place: a header record, a body
block, or :attr:`~geopol_news.model.Article.chrome`. When a rule is unsure, the
line stays in the body.

>>> layout = parse_layout("World News\\n\\nRain falls on the capital\\n\\nIt rained.")
>>> layout.section.text, layout.headline.text, [b.text for b in layout.body]
('World News', 'Rain falls on the capital', ['It rained.'])
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import attrs
import regex

from geopol_news._patterns import alternation
from geopol_news._text import Line, iter_lines, normalize, numbered_lines
from geopol_news.data import calendar as calendar_data
from geopol_news.data import chrome as chrome_data
from geopol_news.data import media as media_data
from geopol_news.data import roles
from geopol_news.model import (
    Block,
    ChromeKind,
    ChromeLine,
    Dateline,
    Embed,
    Paragraph,
    Photo,
    Snippet,
    Span,
    Subheading,
    Video,
    _trusted_span,
)

__all__ = ["FEATURES", "Layout", "apart_from_story", "infer_outlet", "parse_layout"]

FEATURES = frozenset(
    {
        "key-points-header",  # a labelled key-points list, any wording
        "key-points-header:key points",  # ... labelled exactly "Key Points"
        "video-marker",  # a VIDEO marker line with a duration
        "video-marker:doubled",  # ... with the duration printed twice ("VIDEO6:1606:16")
        "duration-title",  # a video title line ending in its duration
        "pipe-credit",  # a photo credit line "NAME | AGENCY | Getty Images"
    }
)
"""Layout features an :class:`~geopol_news.data.chrome.OutletProfile` signature may name."""

# Limits that keep every check linear: only lines up to these lengths are
# tried against the whole-line rules; longer lines are paragraphs.
_MAX_CHROME_CHARS = 500
_MAX_SHORT_LINE_CHARS = 300  # video titles with a duration
_MAX_STAMP_CHARS = 120  # publication stamps
_MAX_BYLINE_CHARS = 150
_MAX_CREDIT_CHARS = 200  # photo credit lines
_MAX_LABEL_CHARS = 60  # key-points labels, video markers, embed placeholders
_MAX_SUBHEADING_CHARS = 100
_MAX_DATELINE_CHARS = 200  # how much of a first paragraph the dateline rule reads
_TAIL_CHARS = 160  # how much of a line's end the suffix rules look at


# -- named pattern parts --------------------------------------------------------
_DURATION = r"\d{1,2}:[0-5]\d(?::[0-5]\d)?"  # 6:16, 04:40, 1:02:03
# A capitalised word: Moscow, O'Neil, Al-Assad, D.C. (a hyphen only inside a word).
_NAME_WORD = r"[\p{Lu}][\p{L}\p{M}'.]*+(?:-[\p{L}\p{M}'.]++)*+"
_PARTICLE = (
    r"(?:de|da|do|dos|del|della|di|du|la|le|al|el|van|von|der|den|ter|bin|ibn|of|upon|am|an|sur)"
)
_AGENCY = alternation(media_data.PHOTO_AGENCIES)
_MONTH = alternation(w for names in calendar_data.MONTHS for w in names)
_WEEKDAY = alternation(w for names in calendar_data.WEEKDAYS for w in names)
_ZONE = alternation(calendar_data.TIME_ZONES)
# A marker line that carries a video's duration: "VIDEO6:1606:16" (CNBC prints
# the duration twice), "Video 2:30".
_VIDEO_MARKER = regex.compile(
    rf"{alternation(media_data.VIDEO_MARKER_WORDS)}\s?(?P<first>{_DURATION})(?:\s?(?P<second>{_DURATION}))?"
)
# A title that ends in a duration: "... as military vehicles charge crowds 02:42".
_TRAILING_DURATION = regex.compile(rf"\s\(?(?P<duration>{_DURATION})\)?$")
_TIME_PREPOSITION = regex.compile(rf"(?i:{alternation(media_data.TIME_PREPOSITIONS)})$")

# Photo credits on a line of their own.
_CREDIT_PREFIXED = regex.compile(
    rf"(?:(?i:{alternation(media_data.CREDIT_PREFIXES)})(?::|\sby|\.\.\.|\u2026)"
    rf"|(?i:{alternation(media_data.COMMA_CREDIT_PREFIXES)}),)"
    r"\s?(?P<credit>\S.{0,150})"
)
_CREDIT_SLASH = regex.compile(
    rf"(?P<credit>{alternation(media_data.CREDIT_SLASH_PREFIXES)}"
    r"\s?/\s?[\p{L}\p{M} .'\-/]{2,80})"
)
_CREDIT_AGENCY_ONLY = regex.compile(
    rf"\(?(?P<credit>(?:(?:{_NAME_WORD}\s){{0,3}}{_NAME_WORD}\s?/\s?){{0,2}}(?i:{_AGENCY})"
    rf"(?:\s?/\s?(?i:{_AGENCY}))?(?:\svia\s(?i:{_AGENCY}))?)\)?"
)
_PIPE = regex.compile(r"\s*\|\s*")
_CREDIT_SEPARATORS = regex.compile(r"\s*(?:\||/|;|,|\svia\s)\s*")
_AGENCY_NAME = regex.compile(rf"(?i:{_AGENCY})")

# A caption that ends in a credit after its last sentence: "... file photo. AP",
# "... in Kyiv. (AP Photo/Efrem Lukatsky)", "... Photograph: Name/Reuters".
_CREDIT_WORD = r"[\p{Lu}][\p{L}\p{M}.'\-]*+"
_CREDIT_NAME = rf"{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{0,4}}"  # "Efrem Lukatsky", "Reuters"
_PHOTOGRAPHER = rf"{_CREDIT_WORD}(?:\s{_CREDIT_WORD}){{1,4}}"  # a person's name: two words or more
_CAPTION_CREDIT = regex.compile(
    r"(?<=[.!?\"')\]])\s+(?P<credit>"
    # a bare agency: "... file photo. AP"
    rf"{alternation(media_data.SHORT_CAPTION_CREDITS)}"
    # a bracketed credit: "(AP Photo/Efrem Lukatsky)", "(Photo by Jane Roe/AFP)"
    r"|\((?:AP Photo|Photo|Photo by|Credit|Image)[/:\s][^()]{1,80}\)"
    # a bracketed photographer and outlet: "(Jane Roe / CBC News)", "(Instagram/Jane Roe)",
    # "(Staff/Reuters)": a name of two words on one side, or a photo agency after the
    # slash (not "(Liberal / Green)")
    rf"|\((?:{_PHOTOGRAPHER}\s?/\s?{_CREDIT_NAME}|{_CREDIT_NAME}\s?/\s?{_PHOTOGRAPHER}"
    rf"|{_CREDIT_NAME}\s?/\s?(?i:{_AGENCY}))\)"
    # an agency and a photographer: "REUTERS/Maxim Shemetov"
    rf"|{alternation(media_data.CREDIT_SLASH_PREFIXES)}\s?/\s?{_CREDIT_NAME}"
    rf"(?:\s?/\s?{_CREDIT_NAME}){{0,2}}"
    # a labelled credit: "Photograph: Jane Roe/Reuters"
    rf"|(?i:{alternation(media_data.CREDIT_PREFIXES)}):\s?{_CREDIT_NAME}"
    rf"(?:\s?[/|,]\s?{_CREDIT_NAME}){{0,3}}"
    r")$"
)

_EMBED = regex.compile(
    rf"(?i:(?P<label>{alternation(media_data.EMBED_LABELS)})(?:\s(?P<number>\d{{1,3}}))?"
    rf"|(?P<numbered>{alternation(media_data.NUMBERED_EMBED_LABELS)})\s(?P<number2>\d{{1,3}})"
    rf"|(?:skip|end\sof)\s(?P<platform>{alternation(media_data.EMBED_WRAPPERS)})\s(?:post|video|content|embed)"
    r"(?:\sby\s\S{1,60}|,\s?\d{1,3})?)"
)

_KEY_POINTS_HEADER = regex.compile(rf"(?i:{alternation(media_data.KEY_POINT_HEADERS)}):?")
_BULLET = regex.compile(rf"[{regex.escape(media_data.BULLETS)}]\s+(?=\S)")
_BULLET_CHARS = frozenset(media_data.BULLETS)  # a cheap test before _BULLET

_BYLINE = regex.compile(
    rf"{alternation(chrome_data.BYLINE_PREFIXES)}\s"
    rf"(?P<names>(?:{_NAME_WORD}|{_PARTICLE}|and|&)(?:[\s,|/\u2013\u2014-]++(?:{_NAME_WORD}|{_PARTICLE}|and|&|@\w{{1,30}})){{0,15}})"
)
_BYLINE_ORG = regex.compile(r"(?:,|\s\||\s[-\u2013\u2014])\s*(?P<org>[^,|]{2,60})$")

# A publication stamp is a prefix ("Updated") and then nothing but date and
# time tokens: weekdays, months, numbers, zones, am/pm, separators.
_STAMP_WORD = (
    rf"(?i:{_WEEKDAY}|{_MONTH}|{_ZONE}|{alternation(chrome_data.STAMP_PREFIXES)}"
    r"|[ap]\.?m|at|on|GMT|UTC)"
)
_STAMP_NUMBER = r"\d{1,4}(?:st|nd|rd|th|[ap]\.?m\.?)?"  # 1st, 2019, 10.15am
_STAMP_TOKENS = (
    rf"(?:{_STAMP_NUMBER}|{_STAMP_WORD})"
    rf"(?:[\s,.:;|/\u2022\u00b7+()\u2013\u2014-]++(?:{_STAMP_NUMBER}|{_STAMP_WORD})){{0,24}}+"
    r"[\s,.:;|/)]*+"
)
_STAMP = regex.compile(
    rf"(?:{alternation(chrome_data.STAMP_PREFIXES)}):?\s{_STAMP_TOKENS}"
    # a bare date line ("Mon 1 Apr 2019 10.00 BST") must name a month or be ISO
    rf"|(?=.{{0,30}}(?:(?i:{_MONTH})\b|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}))"
    rf"{_STAMP_TOKENS}"
)

_DATELINE = regex.compile(
    rf"(?P<place>{_NAME_WORD}(?:\s(?:{_NAME_WORD}|{_PARTICLE})){{0,4}}"
    rf"(?:,\s{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})?)?"
    rf"(?:,\s(?:{_MONTH}\.?\s\d{{1,2}}|\d{{1,2}}\s{_MONTH}))?"
    r"\s?(?:\((?P<agency>[\p{L}\p{M} .&'-]{1,30})\))?"
    r"\s?(?:--|\u2014|\u2013|-)\s"  # the dash: -- or an em or en dash or -
    # the story opens with a capital, a digit or a quote; a lower-case word
    # means the dash opens an aside ("Ministers -- meeting in private -- agreed")
    r"(?=[\p{Lu}\p{N}\"'])"
)

_HAS_DIGIT = regex.compile(r"\d")
# Titles of two words or more ("Prime Minister", "Secretary of State"): no place opens so
_LONG_TITLES = frozenset(title for title in roles.TITLES if " " in title)
_LONG_TITLE_WORDS = range(2, max(len(title.split()) for title in _LONG_TITLES) + 1)
_TIMESTAMP_RULE = chrome_data.ChromeRule("timestamp", "", ChromeKind.TIMESTAMP)
_TERMINAL_PUNCTUATION = ".,;:!…"
_SENTENCE_ENDS = (".", "!", "?", "…", '."', ".\u201d", "?\u201d", "!\u201d")
"""How the last line of a sentence ends: a line above the story's first ends otherwise."""
_SECTION_CONNECTORS = frozenset({"&", "and", "of", "the", "in", "-", "|", "/"})
_QUOTE_MARKS = "\"'"


# -- line classification ---------------------------------------------------------
class _Kind:
    """The kinds of line. (Plain constants: reading an enum member costs several times
    more, and the assembler reads them for every line many times over.)"""

    TEXT = "text"
    CHROME = "chrome"
    BULLET = "bullet"
    KEY_POINTS_HEADER = "key-points-header"
    VIDEO_MARKER = "video-marker"
    VIDEO_TITLE = "video-title"
    CREDIT = "credit"
    CAPTION = "caption"
    EMBED = "embed"
    BYLINE = "byline"


@attrs.define(slots=True)
class _Info:
    """One non-blank line, its number, its kind and what its rule found."""

    line: Line
    number: int
    kind: str  # a _Kind
    rule: chrome_data.ChromeRule | None = None
    outlet: str | None = None
    cut: int = 0  # where a suffix (duration, credit) starts in line.norm
    duration: int | None = None
    embed_kind: str = ""
    doubled: bool = False  # a video marker that prints its duration twice
    taken: bool = False


_MAX_CACHED_KEYS = 50_000  # (start, tier, end) combinations remembered by the chrome matcher

_Fullmatch = Callable[[str], "regex.Match[str] | None"]
# A rule a line may match: its required phrase, the phrases of its branches (the
# line holds one of them, or the rule cannot match; () when a branch has none),
# its pattern's fullmatch and the (rule, outlet) it answers.
_Candidate = tuple[str, tuple[str, ...], _Fullmatch, tuple[chrome_data.ChromeRule, str | None]]

# The characters outside ASCII that match an ASCII letter when case is ignored (the
# dotted and dotless i, the long s, the Kelvin sign): a line holding one is tried
# against its candidate rules without the test of their phrases.
_CASE_TWINS = "\u0130\u0131\u017f\u212a"


class _ChromeMatcher:
    """All chrome rules, each line tried only against those that could match it.

    A line can only match a rule that allows a line of its length
    (``ChromeRule.max_chars``; the lengths are cut into tiers at the rules' own
    limits, so that every rule a line's tier lets through allows the line's
    length), and whose pattern has a top-level branch that
    can *begin* with the line's first two characters, *end* with its last two
    and whose literal phrase (see :func:`_required_phrase`) the line holds.
    ``regex``'s partial matching answers the first two questions (forwards,
    and backwards with a reversed pattern); the answers are remembered per
    key, so a story paragraph is tried against a handful of rules instead of
    all of them, and the phrases, looked for in the lower-cased line at C
    speed, leave few of those to try. (Trying those few one by one is faster
    than one big alternation, which ``regex`` does not optimise.) Keys are two
    characters when both are printable ASCII, else one Latin-1 character,
    else one shared key, which bounds the number of remembered keys whatever
    the input. The candidates are also remembered by the two characters as
    printed (up to ``_MAX_CACHED_KEYS`` of them), so a line whose ends were
    seen before costs one dictionary lookup before its candidates are tried.
    """

    def __init__(self, rules: Sequence[tuple[chrome_data.ChromeRule, str | None]]) -> None:
        self.rules = tuple(rules)
        # the longest line of each tier: every limit a rule sets, up to the longest line tried
        self.tiers = tuple(
            sorted({min(rule.max_chars, _MAX_CHROME_CHARS) for rule, _ in self.rules})
        )
        if self.tiers[-1] != _MAX_CHROME_CHARS:
            self.tiers += (_MAX_CHROME_CHARS,)
        # the tier of each line length, looked up rather than searched for
        self._tier_of = tuple(
            bisect.bisect_left(self.tiers, size) for size in range(_MAX_CHROME_CHARS + 1)
        )
        patterns = [rule.pattern for rule, _ in self.rules]
        self._forward = [regex.compile(p, regex.IGNORECASE) for p in patterns]
        self._backward = [regex.compile(p, regex.IGNORECASE | regex.REVERSE) for p in patterns]
        self._branches = [_top_level_branches(p) for p in patterns]
        self._phrases = [tuple(map(_required_phrase, branches)) for branches in self._branches]
        # a rule's branches compiled forwards and backwards, on first use
        self._branch_patterns: dict[int, list[tuple[regex.Pattern[str], regex.Pattern[str]]]] = {}
        # per key, the rules that may start (or end) so, each with the branches that may
        self._by_start: dict[str, tuple[tuple[int, frozenset[int]], ...]] = {}
        self._by_end: dict[str, dict[int, frozenset[int]]] = {}
        self._by_both: dict[tuple[str, int, str], tuple[_Candidate, ...]] = {}
        # the same, by the line's first and last two characters as printed: no key to compute
        self._by_raw: dict[tuple[str, int, str], tuple[_Candidate, ...]] = {}

    def _compiled_branches(self, i: int) -> list[tuple[regex.Pattern[str], regex.Pattern[str]]]:
        found = self._branch_patterns.get(i)
        if found is None:
            found = [
                (
                    regex.compile(branch, regex.IGNORECASE),
                    regex.compile(branch, regex.IGNORECASE | regex.REVERSE),
                )
                for branch in self._branches[i]
            ]
            self._branch_patterns[i] = found
        return found

    def _open_branches(self, i: int, chars: str, *, last: bool) -> frozenset[int]:
        """The branches of rule *i* that may begin (or, *last*, end) with *chars*."""
        whole = self._backward[i] if last else self._forward[i]
        if chars and whole.fullmatch(chars, partial=True) is None:
            return frozenset()
        if not chars or len(self._branches[i]) == 1:
            return frozenset(range(len(self._branches[i])))
        return frozenset(
            b
            for b, pair in enumerate(self._compiled_branches(i))
            if pair[last].fullmatch(chars, partial=True) is not None
        )

    def _starting(self, prefix: str) -> tuple[tuple[int, frozenset[int]], ...]:
        found = self._by_start.get(prefix)
        if found is None:
            found = tuple(
                (i, branches)
                for i in range(len(self.rules))
                if (branches := self._open_branches(i, prefix, last=False))
            )
            self._by_start[prefix] = found
        return found

    def _ending(self, suffix: str) -> dict[int, frozenset[int]]:
        found = self._by_end.get(suffix)
        if found is None:
            found = {}
            for i in range(len(self.rules)):
                branches = self._open_branches(i, suffix, last=True)
                if branches:
                    found[i] = branches
            self._by_end[suffix] = found
        return found

    def _candidates(self, both: tuple[str, int, str]) -> tuple[_Candidate, ...]:
        """The rules a line of this (first key, tier, last key) may match, in order."""
        entries = self._by_both.get(both)
        if entries is None:
            ending = self._ending(both[2])
            longest = self.tiers[both[1]]
            found = []
            for i, starting in self._starting(both[0]):
                rule = self.rules[i]
                branches = sorted(starting & ending.get(i, frozenset()))
                if rule[0].max_chars < longest or not branches:
                    continue
                phrases = tuple(self._phrases[i][b] for b in branches)
                found.append(
                    (
                        rule[0].requires,
                        () if "" in phrases else phrases,
                        self._forward[i].fullmatch,
                        rule,
                    )
                )
            entries = tuple(found)
            if len(self._by_both) < _MAX_CACHED_KEYS:
                self._by_both[both] = entries
        return entries

    def match(self, key: str) -> tuple[chrome_data.ChromeRule, str | None] | None:
        """The first rule (and its outlet) whose pattern matches all of *key*."""
        size = len(key)
        if size > _MAX_CHROME_CHARS:
            return None
        tier = self._tier_of[size]
        raw = (key[:2], tier, key[-2:])
        entries = self._by_raw.get(raw)
        if entries is None:
            entries = self._candidates((_key(raw[0], last=False), tier, _key(raw[2], last=True)))
            if len(self._by_raw) < _MAX_CACHED_KEYS:
                self._by_raw[raw] = entries
        if not entries:
            return None
        lowered = key.lower()
        # phrases are literal: an ASCII letter they hold matches only itself in either case
        plain = key.isascii() or not any(twin in key for twin in _CASE_TWINS)
        for requires, phrases, fullmatch, rule in entries:
            # C-speed tests before a pattern that scans the whole line ("" is in every line)
            if requires not in lowered:
                continue
            if plain and phrases:
                # a plain loop, not a call: any() over a generator costs more for one or two
                for phrase in phrases:
                    if phrase in lowered:
                        break
                else:
                    continue  # the line holds the phrase of none of the rule's branches
            if fullmatch(key) is not None:
                return rule
        return None


def _top_level_branches(pattern: str) -> tuple[str, ...]:
    r"""The branches of the top-level alternation of *pattern* (the whole pattern when it has
    one branch, or when a branch does not compile alone).

    >>> _top_level_branches(r"a(?:b|c)|[|]d|e\|f")
    ('a(?:b|c)', '[|]d', 'e\\|f')
    """
    branches = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    try:
        for branch in branches:
            regex.compile(branch)
    except regex.error:
        return (pattern,)
    return tuple(branches)


def _class_end(pattern: str, start: int) -> int:
    """Where the character class that opens at *start* ends (just past its "]")."""
    i = start + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):  # a "]" first in a class is a member
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        if pattern[i] == "[":
            raise _Unread("a nested set")
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


class _Unread(ValueError):
    """A pattern construct :func:`_required_phrase` does not read."""


# a quantifier: ?, *, +, {n}, {n,}, {,m}, {n,m}; then maybe lazy "?" or possessive "+"
_QUANTIFIER = regex.compile(r"(?:[?*+]|\{(?P<least>\d*),?\d*\})[?+]?")
_SIMPLE_ESCAPES = frozenset("dDsSwWbB")  # classes and boundaries: no literal character


def _required_phrase(branch: str) -> str:
    r"""The longest run of literal ASCII characters that every match of *branch* holds, in
    lower case; "" when there is none or *branch* uses a construct this does not read.

    Only the top level counts: groups, classes and optional atoms end a run.

    >>> _required_phrase(r"(?:please )?enter (?:a |your )?e-?mail(?: address)?\.?")
    'enter '
    >>> _required_phrase(r"follow(?: us)?"), _required_phrase(r"\p{L}+ app open")
    ('follow', ' app open')
    """
    try:
        runs = _literal_runs(branch)
    except (_Unread, IndexError):
        return ""
    return max((run.lower() for run in runs if run.isascii()), key=len, default="")


def _literal_runs(branch: str) -> list[str]:
    runs, run, i = [], "", 0
    while i < len(branch):
        atom, i = _atom(branch, i)
        quantifier = _QUANTIFIER.match(branch, i)
        if quantifier is not None:
            i = quantifier.end()
            least = quantifier["least"]
            if atom is not None and (quantifier.group()[0] == "+" or int(least or "0") >= 1):
                run += atom  # there at least once: the run ends after it
            runs.append(run)
            run = ""
        elif atom is None:
            runs.append(run)
            run = ""
        else:
            run += atom
    runs.append(run)
    return runs


def _atom(branch: str, i: int) -> tuple[str | None, int]:
    """The atom at *i*: its literal character (None for any other atom), and its end."""
    char = branch[i]
    if char == "\\":
        escaped = branch[i + 1]
        if not escaped.isalnum():
            return escaped, i + 2
        if escaped in _SIMPLE_ESCAPES:
            return None, i + 2
        if escaped in "pP" and branch[i + 2] == "{":
            return None, branch.index("}", i) + 1
        raise _Unread(f"the escape \\{escaped}")
    if char == "[":
        return None, _class_end(branch, i)
    if char == "(":
        depth, j = 1, i + 1
        while depth:
            if branch[j] == "\\":
                j += 2
            elif branch[j] == "[":
                j = _class_end(branch, j)
            else:
                depth += {"(": 1, ")": -1}.get(branch[j], 0)
                j += 1
        return None, j
    if char in ".^$":
        return None, i + 1
    if char in "?*+{}()|]":
        raise _Unread(f"{char!r} where an atom was expected")
    return char, i + 1


def _key(chars: str, *, last: bool) -> str:
    """The cache key for a line's first (or *last*) two characters.

    Two printable ASCII characters are a key of their own; otherwise the one
    character at the line's end, if it is Latin-1, a bullet or an ellipsis
    (a bullet line is tried only against the rules that may start with its
    bullet); otherwise the shared key "". So at most a few thousand keys
    exist, whatever the input.

    >>> _key("Th", last=False), _key("\u201cA", last=False), _key("\u00e9t", last=False)
    ('th', '', '\xe9')
    >>> _key("\u2022 ", last=False)
    '\u2022'
    """
    chars = chars.casefold()
    if chars.isascii() and chars.isprintable():
        return chars
    one = chars[-1:] if last else chars[:1]
    if one and (ord(one) < 256 or one in _KEY_CHARACTERS) and one.isprintable():
        return one
    return ""


_KEY_CHARACTERS = frozenset(media_data.BULLETS + "\u2026")  # keys of their own beyond Latin-1


def _chrome_rules(
    generic: Sequence[chrome_data.ChromeRule], outlets: Sequence[chrome_data.OutletProfile]
) -> list[tuple[chrome_data.ChromeRule, str | None]]:
    rules: list[tuple[chrome_data.ChromeRule, str | None]] = []
    for profile in outlets:  # outlet rules first: they are more specific
        rules.extend((rule, profile.name) for rule in profile.rules)
    rules.extend((rule, None) for rule in generic)
    return rules


@functools.cache
def chrome_matcher() -> _ChromeMatcher:
    """The matcher over every rule of :mod:`geopol_news.data.chrome`, built on first use.

    Compiling the rules takes a noticeable fraction of a second, so it happens
    at the first parse rather than when the package is imported.
    """
    return _ChromeMatcher(_chrome_rules(chrome_data.GENERIC_RULES, chrome_data.OUTLETS))


_SPACE_RUNS = regex.compile(r"\s+")
_DATELINE_AGENCIES = frozenset(
    agency for profile in chrome_data.OUTLETS for agency in profile.dateline_agencies
)
# the outlets with layout signatures, each with its signatures, in the order of OUTLETS
_OUTLET_SIGNATURES = tuple(
    (profile.name, profile.layout_signatures)
    for profile in chrome_data.OUTLETS
    if profile.layout_signatures
)
# the outlets each dateline agency names, in the order of OUTLETS
_OUTLETS_BY_AGENCY = {
    agency: tuple(
        profile.name for profile in chrome_data.OUTLETS if agency in profile.dateline_agencies
    )
    for agency in _DATELINE_AGENCIES
}
_OUTLET_NAMES = {
    name.casefold(): profile.name
    for profile in chrome_data.OUTLETS
    for name in (profile.name, *profile.aliases)
}


def _duration_seconds(surface: str) -> int:
    """Seconds in a "m:ss" or "h:mm:ss" duration.

    >>> _duration_seconds("6:16"), _duration_seconds("1:02:03")
    (376, 3723)
    """
    seconds = 0
    for part in surface.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def _words(text: str, at_most: int = 1 << 30) -> int:
    """Count the words of *text*, stopping early past *at_most* (huge lines stay cheap)."""
    if len(text) > 40 * at_most:
        text = text[: 40 * at_most]
    return len(text.split(None, at_most))


_MatchChrome = Callable[[str], "tuple[chrome_data.ChromeRule, str | None] | None"]


def _classify(line: Line, number: int, match_chrome: _MatchChrome) -> _Info:
    """The kind of a non-blank line; *match_chrome* is :meth:`_ChromeMatcher.match`."""
    norm = line.norm
    size = len(norm)
    if size <= _MAX_CHROME_CHARS:
        # the line as the chrome rules read it: most lines have no run of spaces to make one
        found = match_chrome(_chrome_key(norm) if "  " in norm else norm)
        if found is not None:
            return _Info(line, number, _Kind.CHROME, rule=found[0], outlet=found[1])
    if size <= _MAX_CREDIT_CHARS:  # the longest line _classify_short has a rule for
        info = _classify_short(line, number)
        if info is not None:
            return info
    if norm[0] in _BULLET_CHARS and _BULLET.match(norm):
        return _Info(line, number, _Kind.BULLET)
    return _classify_suffix(line, number)


def _classify_short(line: Line, number: int) -> _Info | None:
    # Each check runs only on lines short enough (and with the characters) it
    # needs, so a typical paragraph skips them all.
    norm = line.norm
    size = len(norm)
    if (
        size <= _MAX_STAMP_CHARS
        and _may_be_stamp(norm)
        and _HAS_DIGIT.search(norm)
        and _STAMP.fullmatch(norm)
    ):
        return _Info(line, number, _Kind.CHROME, rule=_TIMESTAMP_RULE)
    if (
        size <= _MAX_BYLINE_CHARS
        and norm.startswith(_BYLINE_STARTS.get(norm[0], ()))
        and _BYLINE.fullmatch(norm)
    ):
        return _Info(line, number, _Kind.BYLINE)
    if size > _MAX_LABEL_CHARS:
        return _Info(line, number, _Kind.CREDIT) if _is_credit_line(norm) else None
    if _may_open(norm, _KEY_POINTS_INITIALS) and _KEY_POINTS_HEADER.fullmatch(norm):
        return _Info(line, number, _Kind.KEY_POINTS_HEADER)
    marker = _VIDEO_MARKER.fullmatch(norm) if ":" in norm else None
    if marker is not None:
        duration = _duration_seconds(marker["first"])
        doubled = marker["second"] is not None and _duration_seconds(marker["second"]) == duration
        return _Info(line, number, _Kind.VIDEO_MARKER, duration=duration, doubled=doubled)
    embed = _EMBED.fullmatch(norm) if _may_open(norm, _EMBED_INITIALS) else None
    if embed is not None:
        label = embed["label"] or embed["numbered"] or embed["platform"] or ""
        table = (
            media_data.EMBED_LABELS
            if embed["label"]
            else media_data.NUMBERED_EMBED_LABELS
            if embed["numbered"]
            else media_data.EMBED_WRAPPERS
        )
        return _Info(line, number, _Kind.EMBED, embed_kind=table[label.casefold()])
    if _is_credit_line(norm):
        return _Info(line, number, _Kind.CREDIT)
    return None


def _is_credit_line(norm: str) -> bool:
    """A line that only credits a photo: "NAME | AFP | Getty Images", "Photo: AP"."""
    if len(norm) > _MAX_CREDIT_CHARS:
        return False
    if "|" in norm:
        parts = _PIPE.split(norm)
        return (
            2 <= len(parts) <= 5
            and all(0 < _words(part) <= 6 for part in parts)
            and any(_AGENCY_NAME.fullmatch(part) for part in parts)
        )
    # Cheap tests of the first and last word come before each pattern.
    return bool(
        (_opens_credit(norm) and _CREDIT_PREFIXED.fullmatch(norm))
        or (
            norm.startswith(_SLASH_CREDIT_STARTS.get(norm[0], ())) and _CREDIT_SLASH.fullmatch(norm)
        )
        or (
            len(norm) <= _MAX_LABEL_CHARS * 2
            and _may_end_in_agency(norm)
            and _CREDIT_AGENCY_ONLY.fullmatch(norm)
        )
    )


def _opens_credit(norm: str) -> bool:
    """Whether *norm* opens with a credit label ("Photo", "Image source"), in any case."""
    if not _may_open(norm, _CREDIT_INITIALS):
        return False
    head = norm[:20].casefold()
    return head.startswith(_CREDIT_STARTS.get(head[:1], ()))


# A line's last word is read from a short piece of its end, so that a long line is not
# copied: the whole line is split only when that piece is one word.
_WORD_PIECE = 32


def _last_word(text: str) -> str:
    tail = text[-_WORD_PIECE:]
    last = tail.rsplit(None, 1)[-1]
    if len(last) == len(tail):
        last = text.rsplit(None, 1)[-1]
    return last.strip(_LAST_WORD_TRIM).casefold()


_LAST_WORD_TRIM = "()"


def _may_be_stamp(norm: str) -> bool:
    """A stamp opens with a digit, a stamp label, a weekday or a month."""
    if norm[0].isdigit():
        return True
    return _may_open(norm, _STAMP_INITIALS) and (
        norm.split(None, 1)[0].strip(_STAMP_WORD_TRIM).casefold() in _STAMP_FIRST_WORDS
    )


def _may_end_in_agency(norm: str) -> bool:
    """Whether the last word of *norm* (see :func:`_last_word`) may name a photo agency."""
    last = norm[-1]
    if last.isascii() and last not in _LAST_WORD_TRIM and last.lower() not in _AGENCY_FINALS:
        return False  # that letter ends the word, lower-cased
    return _last_word(norm) in _AGENCY_LAST_WORDS


def _by_first_character(prefixes: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """*prefixes* by their first character: ``text.startswith(table.get(text[0], ()))``
    asks as much as ``text.startswith(tuple(prefixes))``, at a fraction of the cost."""
    table: dict[str, tuple[str, ...]] = {}
    for prefix in prefixes:
        table[prefix[0]] = (*table.get(prefix[0], ()), prefix)
    return table


def _initials(words: Iterable[str]) -> frozenset[str]:
    """The first characters of *words* (ASCII, all of them), lower-cased."""
    initials = frozenset(word[0].lower() for word in words)
    if not all(initial.isascii() for initial in initials):
        raise ValueError("initials are ASCII")
    return initials


def _may_open(norm: str, initials: frozenset[str]) -> bool:
    """A cheap test before a case-insensitive pattern of words: whether *norm* may open
    with one whose first character is in *initials* (any first character outside ASCII
    may: "\u212a" is a "k" to such a pattern)."""
    first = norm[0]
    return not first.isascii() or first.lower() in initials


_CREDIT_STARTS = _by_first_character(
    prefix.casefold() for prefix in (*media_data.CREDIT_PREFIXES, *media_data.COMMA_CREDIT_PREFIXES)
)
_SLASH_CREDIT_STARTS = _by_first_character(media_data.CREDIT_SLASH_PREFIXES)
_BYLINE_STARTS = _by_first_character(f"{prefix} " for prefix in chrome_data.BYLINE_PREFIXES)
_KEY_POINTS_INITIALS = _initials(media_data.KEY_POINT_HEADERS)
_EMBED_INITIALS = _initials(
    (*media_data.EMBED_LABELS, *media_data.NUMBERED_EMBED_LABELS, "skip", "end")
)
_CREDIT_INITIALS = _initials(_CREDIT_STARTS)
_AGENCY_LAST_WORDS = frozenset(_last_word(name) for name in media_data.PHOTO_AGENCIES)
_AGENCY_FINALS = frozenset(word[-1] for word in _AGENCY_LAST_WORDS)  # their last letters
_STAMP_FIRST_WORDS = frozenset(
    word.split()[0].casefold()
    for word in (
        *chrome_data.STAMP_PREFIXES,
        *(name for names in calendar_data.MONTHS for name in names),
        *(name for names in calendar_data.WEEKDAYS for name in names),
    )
)
_STAMP_WORD_TRIM = ",.:"  # stripped from a line's first word before it is looked up
# what a line whose first word is a stamp word may open with
_STAMP_INITIALS = _initials(_STAMP_FIRST_WORDS) | frozenset(_STAMP_WORD_TRIM)


def _classify_suffix(line: Line, number: int) -> _Info:
    """Lines whose end carries a video duration or a photo credit."""
    norm = line.norm
    last = norm[-1]
    if (
        len(norm) <= _MAX_SHORT_LINE_CHARS
        and (last.isdigit() or last == ")")  # how a duration, maybe bracketed, ends
        and ":" in norm[-9:]
    ):
        video = _video_title(line, number)
        if video is not None:
            return video
    # A credit ends the line in a bracket or a short credit, or follows a "/" or a ":"
    # (see _may_end_in_credit): a typical paragraph has none of them and is text.
    if last == ")" or last in _SHORT_CREDIT_LAST_CHARS or "/" in norm or ":" in norm:
        cut = _credit_cut(norm)
        if cut is not None:
            return _Info(line, number, _Kind.CAPTION, cut=cut)
    return _Info(line, number, _Kind.TEXT)


def _video_title(line: Line, number: int) -> _Info | None:
    """A title of two words or more that ends in the video's duration, or None."""
    norm = line.norm
    offset = max(0, len(norm) - _TAIL_CHARS)
    duration = _TRAILING_DURATION.search(norm[offset:])
    if duration is None:
        return None
    head = norm[: offset + duration.start()].rstrip()
    last_word = head.rsplit(" ", 1)[-1] if head else ""
    if (
        _words(head) >= 2
        and head[-1] not in _TERMINAL_PUNCTUATION + "?"
        and not _TIME_PREPOSITION.fullmatch(last_word)
        and not norm[offset + duration.end() :].strip()
    ):
        seconds = _duration_seconds(duration["duration"])
        return _Info(
            line, number, _Kind.VIDEO_TITLE, cut=offset + duration.start(), duration=seconds
        )
    return None


def _credit_cut(norm: str) -> int | None:
    """Where the photo credit that ends a caption line starts, after at least three words
    ("... in Kyiv. (Jane Roe / Example Wire)"), or None when the line ends in none."""
    offset = max(0, len(norm) - _TAIL_CHARS)
    credit = _CAPTION_CREDIT.search(norm[offset:]) if _may_end_in_credit(norm, offset) else None
    if credit is None or _words(norm[: offset + credit.start()], 3) < 3:
        return None
    return offset + credit.start("credit")


def _chrome_key(norm: str) -> str:
    """A line as the chrome rules read it: its runs of spaces made one."""
    return _SPACE_RUNS.sub(" ", norm) if "  " in norm else norm


def apart_from_story(line: str) -> str | None:
    """How a line of a bare text stands apart from its story, as :func:`parse_layout`
    reads it: ``"chrome"`` for a line of page chrome ("READ MORE: ...", "Advertisement"),
    ``"caption"`` for a photo caption (at least three words, then a photo credit that
    ends the line: "... in Kyiv. (Jane Roe / Example Wire)"), else None. The extractors
    of bare text read no quotes from either, and read captions apart.

    >>> apart_from_story("Crews clear the road near the pier. (Jane Roe / Example Wire)")
    'caption'
    >>> apart_from_story("READ MORE: Storm shuts the port")
    'chrome'
    >>> apart_from_story("Crews cleared the road, Jane Roe said.") is None
    True
    """
    norm = normalize(line).strip()
    if not norm:
        return None
    if len(norm) <= _MAX_CHROME_CHARS and chrome_matcher().match(_chrome_key(norm)) is not None:
        return "chrome"
    return "caption" if _credit_cut(norm) is not None else None


def _may_end_in_credit(text: str, start: int = 0) -> bool:
    """A cheap necessary condition for :data:`_CAPTION_CREDIT` (it is slow to search)
    in ``text[start:]``, the tail of a line, read without copying it when it can.

    The credit ends the line: a bracket, a bare agency, or (after a "/" or a ":") a
    capitalised name, whose last word follows white space, "/", "|", "," or ":".

    >>> _may_end_in_credit("A file photo. AP"), _may_end_in_credit("In Kyiv: he said so.")
    (True, False)
    >>> _may_end_in_credit("In Kyiv: he met Jane Roe", 9)
    False
    """
    last = text[-1:]
    if last == ")":
        return True
    if (
        last in _SHORT_CREDIT_LAST_CHARS
        and text[start:].rsplit(None, 1)[-1] in _SHORT_CREDIT_LAST_WORDS
    ):
        return True
    if "/" not in text and ":" not in text:  # nor in the tail: no copy of it needed
        return False
    tail = text[start:]
    if "/" not in tail and ":" not in tail:
        return False
    start = len(tail)
    while start and not (tail[start - 1].isspace() or tail[start - 1] in "/|,:"):
        start -= 1
    return tail[start : start + 1].isupper()  # every \p{Lu} letter is upper case


_SHORT_CREDIT_LAST_WORDS = frozenset(
    credit.rsplit(None, 1)[-1] for credit in media_data.SHORT_CAPTION_CREDITS
)
_SHORT_CREDIT_LAST_CHARS = frozenset(word[-1] for word in _SHORT_CREDIT_LAST_WORDS)


# -- assembly helpers -----------------------------------------------------------------
# The spans below are made from a line's own offsets, valid by construction: they skip
# the checks of Span's constructor (_trusted_span).
def _span(line: Line, start: int, end: int) -> Span:
    """The source span of ``line.norm[start:end]`` (whitespace at its ends trimmed)."""
    piece = line.norm[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    if end <= start:
        point = line.to_source(start)
        return _trusted_span(point, point)
    return _trusted_span(line.to_source(start), line.to_source(end - 1) + 1)


def _line_bounds(line: Line) -> tuple[int, int]:
    """Where a whole non-blank line starts and ends in the source (``norm`` is stripped)."""
    return line.bounds()


def _whole(source: str, line: Line) -> tuple[str, Span]:
    """The text and span of a whole non-blank line, as ``_snippet`` gives them."""
    start, end = line.bounds()
    return source[start:end], _trusted_span(start, end)


def _snippet(source: str, line: Line, start: int = 0, end: int | None = None) -> Snippet:
    if start == 0 and end is None:
        return Snippet(*_whole(source, line))
    span = _span(line, start, len(line.norm) if end is None else end)
    return Snippet(source[span.start : span.end], span)


def _covering(source: str, infos: Sequence[_Info]) -> tuple[str, Span]:
    start, end = _line_bounds(infos[0].line)[0], _line_bounds(infos[-1].line)[1]
    return source[start:end], _trusted_span(start, end)


def _ends_sentence(text: str) -> bool:
    return bool(text) and text.rstrip(_QUOTE_MARKS + ")")[-1:] in (".", "!", "?", "…")


def _is_section_like(text: str) -> bool:
    """A section label: at most four title-case words, no punctuation at the end."""
    words = text.split()
    return (
        0 < len(words) <= 4
        and len(text) <= 40
        and all(w[0].isupper() or w[0].isdigit() or w in _SECTION_CONNECTORS for w in words)
        and text[-1] not in _TERMINAL_PUNCTUATION + "?" + _QUOTE_MARKS
        and not any(mark in text for mark in _QUOTE_MARKS)
    )


def _is_headline_like(text: str) -> bool:
    if len(text) > 300:
        return False
    words = _words(text)
    if words == 0 or words > 35:
        return False
    if text.endswith("."):
        # Some dumps end headlines with a full stop. Accept a single clause
        # that is short and has no comma, or one in headline capitals; a
        # body sentence is rarely either.
        if ". " in text:
            return False
        if words <= 10 and "," not in text:
            return True
        capitalised = sum(1 for word in text.split() if word[0].isupper())
        return words <= 20 and capitalised >= 0.6 * words
    return True


def _is_label_like(text: str) -> bool:
    """A short title or keyword line right above a caption ("Russia Venezuela")."""
    return 0 < _words(text, 12) <= 12 and not _ends_sentence(text) and text[-1] not in ",;:"


def _is_subheading_like(text: str) -> bool:
    if not text or len(text) > _MAX_SUBHEADING_CHARS or _words(text) > 12:
        return False
    first, last = text[0], text[-1]
    if not (first.isupper() or first.isdigit()) or last in _TERMINAL_PUNCTUATION + _QUOTE_MARKS:
        return False
    return ". " not in text


def _is_teaser_like(text: str) -> bool:
    return 0 < _words(text, 20) <= 20 and not _ends_sentence(text)


_FIRST = operator.itemgetter(0)  # a sort key: the index a block or chrome line was found at
_SECOND = operator.itemgetter(1)  # the block or chrome line itself


# -- the assembler ------------------------------------------------------------------------
@attrs.frozen
class Layout:
    """What :func:`parse_layout` found, before outlet overrides and extractors."""

    section: Snippet | None
    headline: Snippet | None
    byline: Snippet | None
    key_points: tuple[Snippet, ...]
    dateline: Dateline | None
    body: tuple[Block, ...]
    chrome: tuple[ChromeLine, ...]
    outlet: str | None
    features: frozenset[str]


class _Assembler:
    """Groups classified lines into an article's places. Used once per parse."""

    def __init__(self, source: str, infos: list[_Info]) -> None:
        self.source = source
        self.infos = infos
        # the lines of any kind but plain text, in order: all that the passes before
        # the body look at (most lines of a story are plain text)
        self.special = [i for i, info in enumerate(infos) if info.kind != _Kind.TEXT]
        self.chrome: list[tuple[int, ChromeLine]] = []
        self.blocks: list[tuple[int, Block]] = []
        self.features: set[str] = set()
        self.section: Snippet | None = None
        self.headline: Snippet | None = None
        self.byline: Snippet | None = None
        self.key_points: list[Snippet] = []
        self.headline_index = -1
        self.first_body_line: Line | None = None  # the line of the body's first paragraph

    # small helpers
    def _adjacent(self, i: int, j: int) -> bool:
        return (
            0 <= i < len(self.infos)
            and 0 <= j < len(self.infos)
            and (abs(self.infos[i].number - self.infos[j].number) == 1)
        )

    def _free_text(self, i: int) -> bool:
        return (
            0 <= i < len(self.infos)
            and not self.infos[i].taken
            and (self.infos[i].kind == _Kind.TEXT)
        )

    def _add_chrome(self, i: int, kind: ChromeKind, rule: str, outlet: str | None = None) -> None:
        info = self.infos[i]
        info.taken = True
        text, span = _whole(self.source, info.line)
        self.chrome.append((i, ChromeLine(text, span, kind, rule, outlet)))

    def run(self) -> None:
        self._demote_lone_labels()
        self._take_chrome_and_bylines()
        self._take_headline()
        self._take_key_points()
        self._take_media()
        self._take_body()

    def _demote_lone_labels(self) -> None:
        """A key-points label with no bullet after it is ordinary text ("Summary")."""
        for i in self.special:
            info = self.infos[i]
            if info.kind != _Kind.KEY_POINTS_HEADER:
                continue
            after = (later.kind for later in self.infos[i + 1 :] if later.kind != _Kind.CHROME)
            if next(after, None) != _Kind.BULLET:
                info.kind = _Kind.TEXT

    def _take_chrome_and_bylines(self) -> None:
        """Set the chrome lines aside, and take the page's first "By" line as its byline;
        on a page with none, a line that names the authors without a "By" ("Jane Doe,
        The Associated Press") before the story's first sentence is the byline."""
        author = None  # the index of the first such line
        story = -1  # the index of the story's first sentence's line, once looked for
        for i in self.special:
            info = self.infos[i]
            if info.kind == _Kind.CHROME and info.rule is not None:
                if info.rule.author and author is None:
                    if story < 0:
                        story = self._first_sentence_line()
                    if i < story:
                        author = i
                        continue
                self._add_chrome(i, info.rule.kind, info.rule.name, info.outlet)
            elif info.kind == _Kind.BYLINE:
                if self.byline is None:
                    info.taken = True
                    self.byline = _snippet(self.source, info.line)
                else:
                    self._add_chrome(i, ChromeKind.BYLINE, "byline")
        if author is None:
            return
        info = self.infos[author]
        if self.byline is None:
            info.taken = True
            self.byline = _snippet(self.source, info.line)
        else:
            assert info.rule is not None
            self._add_chrome(author, info.rule.kind, info.rule.name, info.outlet)

    def _first_sentence_line(self) -> int:
        """The index of the first text line that ends with a full stop, "!", "?" or an
        ellipsis (the end of the story's first sentence), or the number of lines: a line
        before it is above the story (a headline or a label may come before it)."""
        return next(
            (
                i
                for i, info in enumerate(self.infos)
                if info.kind == _Kind.TEXT and info.line.norm.endswith(_SENTENCE_ENDS)
            ),
            len(self.infos),
        )

    def _take_headline(self) -> None:
        first = next((i for i, info in enumerate(self.infos) if not info.taken), None)
        if first is None or not self._free_text(first):
            return
        text = self.infos[first].line.norm
        second = next(
            (i for i in range(first + 1, len(self.infos)) if not self.infos[i].taken), None
        )
        if (
            second is not None
            and self._free_text(second)
            and _is_section_like(text)
            and _is_headline_like(self.infos[second].line.norm)
            and not self.infos[second].line.norm.endswith(".")
        ):
            self.infos[first].taken = True
            self.section = _snippet(self.source, self.infos[first].line)
            first = second
        elif not _is_headline_like(text):
            return
        self.infos[first].taken = True
        self.headline = _snippet(self.source, self.infos[first].line)
        self.headline_index = first

    def _take_key_points(self) -> None:
        i = self.headline_index + 1
        while i < len(self.infos):
            info = self.infos[i]
            if info.taken:
                i += 1
                continue
            if info.kind == _Kind.KEY_POINTS_HEADER:
                nxt = next(
                    (j for j in range(i + 1, len(self.infos)) if not self.infos[j].taken), None
                )
                if nxt is None or self.infos[nxt].kind != _Kind.BULLET:
                    return
                self.features.add("key-points-header")
                wording = " ".join(info.line.norm.rstrip(":").split()).casefold()
                self.features.add(f"key-points-header:{wording}")
                self._add_chrome(i, ChromeKind.LABEL, "key-points-header")
                i = nxt
            if self.infos[i].kind != _Kind.BULLET:
                return
            while i < len(self.infos) and (
                self.infos[i].taken or self.infos[i].kind == _Kind.BULLET
            ):
                bullet = self.infos[i]
                if not bullet.taken:
                    bullet.taken = True
                    mark = _BULLET.match(bullet.line.norm)
                    start = mark.end() if mark is not None else 0
                    self.key_points.append(_snippet(self.source, bullet.line, start))
                i += 1
            return

    def _take_media(self) -> None:
        for i in self.special:
            info = self.infos[i]
            if info.taken or info.kind == _Kind.TEXT:  # a taken line or a demoted label
                continue
            if info.kind == _Kind.VIDEO_MARKER:
                self._take_video_marker(i)
            elif info.kind == _Kind.VIDEO_TITLE:
                self._take_video_title(i)
            elif info.kind == _Kind.CREDIT:
                self._take_credit_line(i)
            elif info.kind == _Kind.CAPTION:
                self._take_caption(i)
            elif info.kind == _Kind.EMBED:
                info.taken = True
                text, span = _covering(self.source, [info])
                self.blocks.append((i, Embed(text, span, kind=info.embed_kind)))

    def _take_video_marker(self, i: int) -> None:
        self.features.add("video-marker")
        if self.infos[i].doubled:
            self.features.add("video-marker:doubled")
        group = [i]
        title = description = None
        before, after = i - 1, i + 1
        if (
            self._free_text(before)
            and self._adjacent(before, i)
            and _words(self.infos[before].line.norm, 40) <= 40
        ):
            title = _snippet(self.source, self.infos[before].line)
            group.insert(0, before)
        if (
            self._free_text(after)
            and self._adjacent(i, after)
            and _is_teaser_like(self.infos[after].line.norm)
        ):
            description = _snippet(self.source, self.infos[after].line)
            group.append(after)
            if title is None:
                title, description = description, None
        marker = _snippet(self.source, self.infos[i].line)
        self._add_video(group, title, self.infos[i].duration, marker, description)

    def _take_video_title(self, i: int) -> None:
        self.features.add("duration-title")
        info = self.infos[i]
        group = [i]
        description = None
        before = i - 1
        if (
            self._free_text(before)
            and self._adjacent(before, i)
            and _is_teaser_like(self.infos[before].line.norm)
        ):
            description = _snippet(self.source, self.infos[before].line)
            group.insert(0, before)
        title = _snippet(self.source, info.line, 0, info.cut)
        marker = _snippet(self.source, info.line, info.cut)
        self._add_video(group, title, info.duration, marker, description)

    def _add_video(
        self,
        group: list[int],
        title: Snippet | None,
        duration: int | None,
        marker: Snippet,
        description: Snippet | None,
    ) -> None:
        for j in group:
            self.infos[j].taken = True
        text, span = _covering(self.source, [self.infos[j] for j in group])
        video = Video(
            text, span, title=title, duration=duration, marker=marker, description=description
        )
        self.blocks.append((group[0], video))

    def _take_label(self, i: int, group: list[int]) -> Snippet | None:
        before = i - 1
        if (
            self._free_text(before)
            and self._adjacent(before, i)
            and _is_label_like(self.infos[before].line.norm)
        ):
            group.insert(0, before)
            return _snippet(self.source, self.infos[before].line)
        return None

    def _credits(self, line: Line, start: int) -> tuple[Snippet, ...]:
        credits = []
        piece_start = start
        norm = line.norm
        pieces = []
        for sep in _CREDIT_SEPARATORS.finditer(norm, start):
            pieces.append((piece_start, sep.start()))
            piece_start = sep.end()
        pieces.append((piece_start, len(norm)))
        for begin, end in pieces:
            # brackets around a credit are not part of it: "(AP Photo/Jane Roe)"
            while begin < end and norm[begin] in "([":
                begin += 1
            while end > begin and norm[end - 1] in ")]":
                end -= 1
            if end > begin and norm[begin:end].strip():
                credits.append(_snippet(self.source, line, begin, end))
        return tuple(credits)

    def _take_credit_line(self, i: int) -> None:
        info = self.infos[i]
        if "|" in info.line.norm:
            self.features.add("pipe-credit")
        group = [i]
        caption = label = None
        before = i - 1
        if self._free_text(before) and self._adjacent(before, i):
            caption = _snippet(self.source, self.infos[before].line)
            group.insert(0, before)
            label = self._take_label(before, group)
        prefixed = _CREDIT_PREFIXED.fullmatch(info.line.norm)
        start = prefixed.start("credit") if prefixed is not None else 0
        credit_line = _snippet(self.source, info.line)
        credits = self._credits(info.line, start)
        self._add_photo(group, caption, credits, credit_line, label)

    def _take_caption(self, i: int) -> None:
        info = self.infos[i]
        group = [i]
        label = self._take_label(i, group)
        caption = _snippet(self.source, info.line, 0, info.cut)
        # "(Photo by Jane Roe/AFP)": the credits are what follows the label
        opening = info.cut + 1 if info.line.norm.startswith("(", info.cut) else info.cut
        credit = _CREDIT_PREFIXED.match(info.line.norm, opening)
        start = credit.start("credit") if credit is not None else info.cut
        self._add_photo(group, caption, self._credits(info.line, start), None, label)

    def _add_photo(
        self,
        group: list[int],
        caption: Snippet | None,
        credits: tuple[Snippet, ...],
        credit_line: Snippet | None,
        label: Snippet | None,
    ) -> None:
        for j in group:
            self.infos[j].taken = True
        text, span = _covering(self.source, [self.infos[j] for j in group])
        photo = Photo(
            text, span, caption=caption, credits=credits, credit_line=credit_line, label=label
        )
        self.blocks.append((group[0], photo))

    def _take_body(self) -> None:
        texts = [(i, info) for i, info in enumerate(self.infos) if not info.taken]
        plain = [  # the length first: it answers for most paragraphs without a call
            len(info.line.norm) <= _MAX_SUBHEADING_CHARS
            and info.kind == _Kind.TEXT
            and _is_subheading_like(info.line.norm)
            for _, info in texts
        ]
        # a short line is a subheading only between paragraphs: after the first, before the last
        first = last = 0
        if False in plain:
            first, last = plain.index(False), len(plain) - 1 - plain[::-1].index(False)
        if texts:  # the first line of the body is a paragraph, never a subheading
            self.first_body_line = texts[0][1].line
        source = self.source
        for k, (i, info) in enumerate(texts):
            info.taken = True
            start, end = info.line.bounds()
            text, span = source[start:end], _trusted_span(start, end)
            block: Block
            if plain[k] and first < k < last:
                block = Subheading(text, span)
            else:
                block = Paragraph(text, span)
            self.blocks.append((i, block))

    def layout(self, source: str) -> Layout:
        body = tuple(map(_SECOND, sorted(self.blocks, key=_FIRST)))
        chrome = tuple(map(_SECOND, sorted(self.chrome, key=_FIRST)))
        dateline = None
        first = next((b for b in body if isinstance(b, Paragraph)), None)
        if first is not None:
            line = self.first_body_line  # (its own line, when it is the body's first text)
            if line is not None and line.bounds() != (first.span.start, first.span.end):
                line = None
            dateline = find_dateline(source, first, line)
        features = frozenset(self.features)
        outlet = infer_outlet(chrome, dateline, self.byline, features)
        return Layout(
            section=self.section,
            headline=self.headline,
            byline=self.byline,
            key_points=tuple(self.key_points),
            dateline=dateline,
            body=body,
            chrome=chrome,
            outlet=outlet,
            features=features,
        )


def find_dateline(source: str, paragraph: Paragraph, line: Line | None = None) -> Dateline | None:
    """The dateline opening *paragraph*, if it has one. *line*, when given, is the paragraph's
    own line: the head of its normalised copy is read instead of normalising the text again.

    >>> text = "MOSCOW (Reuters) - It snowed."
    >>> find_dateline(text, Paragraph(text, Span(0, len(text))))
    Dateline(text='MOSCOW (Reuters)', span=Span(start=0, end=16), place='MOSCOW', agency='Reuters')
    """
    if line is not None and line.aligned:
        # the normalised copy of the text's head, as iter_lines would make it
        head = line.norm[:_MAX_DATELINE_CHARS]
        line = Line(0, len(head), head.rstrip(), None, 0)
    else:
        line = next(iter_lines(paragraph.text[:_MAX_DATELINE_CHARS]))
    match = _DATELINE.match(line.norm)
    if match is None or not (match["place"] or match["agency"]):
        return None
    if match["place"] and _opens_with_title(match["place"]):
        return None  # "Prime Minister Saar - Estonia's leader - said": a person, an aside
    end = match.end("agency") + 1 if match["agency"] else match.end("place")
    place, agency = match["place"], match["agency"]
    if agency is None and place is not None:
        # "Washington CNN -- ...": a known agency printed without brackets
        head, _, last = place.rpartition(" ")
        if head and last in _DATELINE_AGENCIES:
            place, agency = head, last
    span = _span(line, 0, end)
    span = Span(span.start + paragraph.span.start, span.end + paragraph.span.start)
    return Dateline(span.of(source), span, place=place, agency=agency)


def _opens_with_title(place: str) -> bool:
    """Whether *place* opens with a title of two words or more ("Prime Minister Saar",
    "Foreign Minister Lee"): a person, not a place. One-word titles are left out: they
    open places too ("Prince Albert", "General Santos")."""
    words = place.split()
    return any(" ".join(words[:size]) in _LONG_TITLES for size in _LONG_TITLE_WORDS)


def infer_outlet(
    chrome: Sequence[ChromeLine],
    dateline: Dateline | None = None,
    byline: Snippet | None = None,
    features: frozenset[str] = frozenset(),
) -> str | None:
    """Name the outlet from in-text evidence, or None when there is none or it is split.

    Outlet-specific chrome and layout signatures weigh 2, a byline naming an
    outlet 2, a wire agency in the dateline 1.

    >>> watch = ChromeLine("Watch CBS News", Span(0, 14), ChromeKind.PROMO, "cbs-watch", "CBS News")
    >>> infer_outlet([watch])
    'CBS News'
    >>> infer_outlet([]) is None
    True
    """
    votes: Counter[str] = Counter()
    for line in chrome:
        if line.outlet is not None:
            votes[line.outlet] += 2
    for name, signatures in _OUTLET_SIGNATURES:
        if any(signature <= features for signature in signatures):
            votes[name] += 2
    if dateline is not None and dateline.agency is not None:
        for name in _OUTLETS_BY_AGENCY.get(dateline.agency, ()):
            votes[name] += 1
    if byline is not None:
        org = _BYLINE_ORG.search(byline.text)
        if org is not None and org["org"].strip().casefold() in _OUTLET_NAMES:
            votes[_OUTLET_NAMES[org["org"].strip().casefold()]] += 2
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def parse_layout(text: str) -> Layout:
    """Classify and assemble the lines of *text* (a ``str``; not checked here).

    >>> parse_layout("").body
    ()
    """
    match_chrome = chrome_matcher().match
    infos = [_classify(line, n, match_chrome) for n, line in numbered_lines(text)]
    assembler = _Assembler(text, infos)
    assembler.run()
    return assembler.layout(text)

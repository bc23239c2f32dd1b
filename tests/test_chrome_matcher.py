"""The chrome matcher's dispatch must never change which rule matches a line.

``layout.chrome_matcher()`` tries a line only against rules that can begin with its
first characters, end with its last ones and allow its length. These tests
compare it with the plain definition: the first rule, in table order, whose
pattern matches the whole line and whose ``max_chars`` allows it.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from geopol_news import layout
from geopol_news.data import chrome as chrome_data

_MATCHER = layout.chrome_matcher()
_RULES = _MATCHER.rules
_PATTERNS = [regex.compile(rule.pattern, regex.IGNORECASE) for rule, _ in _RULES]


def _brute_force(line: str) -> tuple[chrome_data.ChromeRule, str | None] | None:
    if len(line) > layout._MAX_CHROME_CHARS:
        return None
    for (rule, outlet), pattern in zip(_RULES, _PATTERNS, strict=True):
        if len(line) <= rule.max_chars and pattern.fullmatch(line):
            return rule, outlet
    return None


# Lines written for this test: chrome of several kinds and outlets, story
# lines, and lines that open or close with non-ASCII characters.
_LINES = [
    "Advertisement",
    "Share this article",
    "Skip to main content",
    "Sign up for our morning newsletter and get the news delivered to your inbox.",
    "Watch CBS News",
    "View CBS News In",
    "\u00a9 2024 Example Wire. All rights reserved.",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "Jane Doe, Reuters",
    "Jane Doe and John Roe, The Associated Press",
    "Reporting by Jane Doe; Editing by John Roe",
    "\u2014 With files from The Canadian Press",
    "\u2022 Email: someone@example.org | Twitter: someone",
    "Follow us on Twitter",
    "Get our weekly newsletter delivered to your inbox every Friday.",
    "Jane Roe and John Doe contributed to this report.",
    "Experts from 40 countries contributed to the study, officials said.",
    "@examplewire",
    "Read more: Ministers meet again next week",
    "Image source, Getty Images",
    "The ministers met on Tuesday and agreed to meet again.",
    '"We will not blink first," the minister said.',
    "Follow the money, investigators say.",
    "\u00c9lys\u00e9e officials declined to comment.",
    "\u00fc",
    "\u2014",
    "Chrome Safari Continue",
]


def test_required_phrases_are_lower_case() -> None:
    # The matcher looks for ``requires`` in the lower-cased line.
    assert all(rule.requires == rule.requires.lower() for rule, _ in _RULES)


def test_dispatch_agrees_with_trying_every_rule_on_written_lines() -> None:
    matched = 0
    for line in _LINES:
        expected = _brute_force(line)
        assert _MATCHER.match(line) == expected, line
        matched += expected is not None
    assert matched >= 12  # the table above really exercises matching rules


_PIECES = st.sampled_from(
    [
        "Share",
        "Reuters",
        "Jane Doe",
        ", ",
        " ",
        "\u00a9 2024",
        "newsletter",
        "app",
        "Open",
        "\u2014",
        "\u2022",
        "@x",
        "(opens new tab)",
        "CBS News",
        "contributed",
        "to this report.",
        "Read more:",
        "the",
        "Getty Images",
        "\u00e9",
        "?",
        ".",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join) | st.text(max_size=60))
def test_dispatch_agrees_with_trying_every_rule(line: str) -> None:
    assert _MATCHER.match(line) == _brute_force(line)

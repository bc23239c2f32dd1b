"""Property-based tests: invariants of ``parse_article`` that hold for any input text.

Two families of input: arbitrary strings (``st.text()``) and "realistic" dumps
assembled from random line types (headlines, bullets, video markers, photo
credits, chrome, bylines, datelines, HTML-ish lines...) decorated with NBSP,
zero-width characters, curly and unbalanced quote marks and mixed line endings.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.invariants import (
    assert_every_line_placed_once,
    assert_surfaces,
    is_blank,
    source_lines,
    spanned_records,
)

from geopol_news import Article, parse_article, parse_article_bytes

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- strategies for realistic dumps ---------------------------------------------------
_WORDS = [
    "ministers",
    "border",
    "talks",
    "agreed",
    "ceasefire",
    "harbour",
    "sanctions",
    "summit",
    "envoy",
    "pipeline",
    "coalition",
    "northern",
    "grain",
    "drones",
    "parliament",
    "vote",
    "on",
    "the",
    "of",
    "and",
    "at",
    "a",
]
_NAMES = [
    "Vesna",
    "Okoro",
    "Tallmark",
    "Brindisi",
    "Quell",
    "Marrow",
    "Osterby",
    "Delacroix",
    "Nyberg",
    "O'Hale",
    "Al-Rami",
    "Kestrel",
]
_PLACES = ["KESTRAVIA", "Porthaven", "New Almsby", "SAN VELO", "Drummond"]
_AGENCIES = ["AFP", "Getty Images", "Reuters", "AP", "EPA-EFE", "Example Wire", "Xinhua"]

word = st.sampled_from(_WORDS)
name = st.sampled_from(_NAMES)


def _join(parts: list[str]) -> str:
    return " ".join(parts)


def _sentence(words: list[str], end: str) -> str:
    text = _join(words)
    return text[:1].upper() + text[1:] + end


capitalised = st.lists(name | word.map(str.capitalize), min_size=1, max_size=12).map(_join)
sentence = st.builds(
    _sentence, st.lists(word | name, min_size=1, max_size=25), st.sampled_from([".", "!", "?", ""])
)
quote_pairs = st.sampled_from(
    [('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb")]
)


@st.composite
def quoted_sentence(draw: st.DrawFn) -> str:
    open_mark, close_mark = draw(quote_pairs)
    inner = draw(sentence)
    if draw(st.booleans()):  # unbalanced
        close_mark = draw(st.sampled_from(["", open_mark, "'", "\u201c"]))
    return f"{open_mark}{inner}{close_mark} {draw(name)} said {draw(word)}."


duration = st.builds(lambda m, s: f"{m}:{s:02d}", st.integers(0, 59), st.integers(0, 59))
video_marker = st.builds(
    lambda w, d, twice: f"{w}{d}{d if twice else ''}",
    st.sampled_from(["VIDEO", "Video ", "WATCH", "Play Video "]),
    duration,
    st.booleans(),
)
duration_title = st.builds(lambda t, d: f"{t} {d}", capitalised, duration)
bullet = st.builds(
    lambda lead, mark, text: f"{lead}{mark} {text}",
    st.sampled_from(["", "  ", "\t", "\u00a0\u00a0"]),
    st.sampled_from(["\u2022", "\u00b7", "-", "*", "\u25aa", "\u2013"]),
    sentence | quoted_sentence(),
)
embed = st.sampled_from(
    ["Tweet 1", "Tweet 12", "Instagram post", "Skip twitter post by @someone", "Graphic 2", "Embed"]
)
pipe_credit = st.builds(
    lambda who, agencies: " | ".join([who.upper(), *agencies]),
    st.lists(name, min_size=1, max_size=3).map(_join),
    st.lists(st.sampled_from(_AGENCIES), min_size=1, max_size=3),
)
other_credit = st.sampled_from(
    ["Photo: AP", "AP Photo/Mira Kestrel", "REUTERS/Juno Tallmark", "(AFP)", "Getty Images"]
)
caption = st.builds(
    lambda s, c: f"{s} {c}",
    sentence.filter(lambda s: s.endswith(".")),
    st.sampled_from(["AP", "Reuters", "(AP Photo/Ola Nyberg)", "Photograph: Ida Quell/Reuters"]),
)
chrome = st.sampled_from(
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Share this article",
        "Sign up for our newsletter",
        "\u00a9 2031 Example Wire. All rights reserved.",
        "Skip to content",
        "Read more",
        "Key Points",
        "Highlights",
        "Loading...",
    ]
)
byline = st.builds(
    lambda prefix, names, org: f"{prefix} {' and '.join(names)}{org}",
    st.sampled_from(["By", "BY", "Written by"]),
    st.lists(st.builds(lambda a, b: f"{a} {b}", name, name), min_size=1, max_size=3),
    st.sampled_from(["", ", Example Wire", " | Reuters", " - CBS News"]),
)
stamp = st.sampled_from(
    [
        "Published 9:40 AM ET Thu, 14 March 2031",
        "Updated Apr 3, 2031",
        "March 14, 2031 / 10:02 AM",
        "2031-03-14",
        "Last updated 12:05 GMT",
    ]
)
dateline = st.builds(
    lambda place, agency, dash, text: f"{place}{agency} {dash} {text}",
    st.sampled_from(_PLACES),
    st.sampled_from(["", " (Reuters)", " (AP)", ", March 3"]),
    st.sampled_from(["--", "-", "\u2014", "\u2013"]),
    sentence,
)
html = st.sampled_from(
    [
        '<div class="story-body">',
        "</div>",
        "<p>The <b>envoy</b> left.</p>",
        "&nbsp;&amp;&lt;",
        '<script>var x = "1";</script>',
        "<!-- comment -->",
        '<a href="https://example.invalid/a|b">link</a>',
    ]
)
blank = st.sampled_from(["", " ", "   ", "\t", "\u00a0", "\u200b", "\ufeff", "\u00ad \u2060"])
junk = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",))
    | st.sampled_from("\"'\u201c\u201d|:-\u2022"),
    max_size=40,
)

line_kind = st.one_of(
    capitalised,
    sentence,
    quoted_sentence(),
    bullet,
    video_marker,
    duration_title,
    embed,
    pipe_credit,
    other_credit,
    caption,
    chrome,
    byline,
    stamp,
    dateline,
    html,
    blank,
    junk,
)
_DECORATIONS = (
    "\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad\u2009\u202f \t\"'\u201c\u201d\u2018\u2019"
)


@st.composite
def decorated_line(draw: st.DrawFn) -> str:
    line = draw(line_kind)
    for _ in range(draw(st.integers(0, 3))):
        pos = draw(st.integers(0, len(line)))
        line = line[:pos] + draw(st.sampled_from(_DECORATIONS)) + line[pos:]
    return line


@st.composite
def dumps(draw: st.DrawFn) -> str:
    lines = draw(st.lists(decorated_line(), max_size=30))
    if not lines:
        return ""
    out = [lines[0]]
    for line in lines[1:]:
        out.append(draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\n \n"])))
        out.append(line)
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(["\n", "\r\n", "\r"])))
    return "".join(out)


any_text = st.text() | dumps()


# -- the properties ----------------------------------------------------------------
def check_body_order(article: Article) -> None:
    for before, after in zip(article.body, article.body[1:], strict=False):
        assert before.span.end <= after.span.start, (before, after)


@SETTINGS
@given(any_text)
def test_parse_returns_an_article_with_the_source(text: str) -> None:
    article = parse_article(text)
    assert isinstance(article, Article)
    assert article.source == text
    for name in ("body", "chrome", "key_points", "quotes", "actors", "money", "dates"):
        assert isinstance(getattr(article, name), tuple)


@SETTINGS
@given(any_text)
def test_every_surface_slices_out_of_the_source(text: str) -> None:
    assert_surfaces(parse_article(text))


@SETTINGS
@given(any_text)
def test_every_non_blank_line_lands_in_exactly_one_place(text: str) -> None:
    assert_every_line_placed_once(parse_article(text))


@SETTINGS
@given(any_text)
def test_body_blocks_are_ordered_and_disjoint(text: str) -> None:
    check_body_order(parse_article(text))


@SETTINGS
@given(any_text)
def test_dict_and_json_round_trips(text: str) -> None:
    article = parse_article(text)
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


@SETTINGS
@given(any_text)
def test_bytes_entry_point_agrees_with_text_entry_point(text: str) -> None:
    # decode() documents that a leading byte-order mark is dropped (utf-8-sig).
    expected = text[1:] if text.startswith("\ufeff") else text
    assert parse_article_bytes(text.encode("utf-8")) == parse_article(expected)


def test_contract_helpers_on_a_known_input() -> None:
    """The helpers above must themselves be right, or every property is vacuous."""
    text = "Head line\r\n\r\u00a0\u200b\nBody."
    assert [line[:2] for line in source_lines(text)] == [(0, 9), (11, 11), (12, 14), (15, 20)]
    assert [is_blank(line[2]) for line in source_lines(text)] == [False, True, True, False]
    article = parse_article(text)
    paths = dict(spanned_records(article))
    assert "article.headline" in paths
    assert "article.body[0]" in paths

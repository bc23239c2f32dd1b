"""Bad arguments, byte decoding, degenerate input, and adversarial input sizes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import attrs
import pytest
from tests.invariants import growth_ratio

from geopol_news import (
    Article,
    DecodingWarning,
    GeopolNewsError,
    GeopolNewsWarning,
    InputTypeError,
    Span,
    UndecodableInputError,
    Video,
    decode,
    parse_article,
    parse_article_bytes,
)


def check_invariants(article: Article) -> None:
    """Every surface slices out of the source, and body blocks are in order."""
    source = article.source

    def visit(value: object) -> None:
        if isinstance(value, tuple):
            for item in value:
                visit(item)
            return
        if not attrs.has(type(value)):
            return
        span, text = getattr(value, "span", None), getattr(value, "text", None)
        if isinstance(span, Span) and isinstance(text, str):
            assert 0 <= span.start <= span.end <= len(source)
            assert span.of(source) == text
        for field in attrs.fields(type(value)):
            if field.name not in ("span", "text", "source"):
                visit(getattr(value, field.name))

    visit(article)
    for before, after in zip(article.body, article.body[1:], strict=False):
        assert before.span.end <= after.span.start


def place_count(article: Article) -> int:
    return sum(1 for _ in article.iter_places())


# -- argument types ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "type_name"),
    [(42, "int"), (None, "NoneType"), (b"bytes", "bytes"), (["a", "b"], "list"), (3.5, "float")],
)
def test_parse_article_rejects_non_str(value: object, type_name: str) -> None:
    with pytest.raises(TypeError) as info:
        parse_article(value)  # type: ignore[arg-type]
    error = info.value
    assert isinstance(error, InputTypeError)
    assert isinstance(error, GeopolNewsError)
    assert "str" in str(error)
    assert "expects text as str" in str(error)
    assert str(error).endswith(f"got {type_name}")


def test_bytes_hint_in_type_error_mentions_the_right_entry_point() -> None:
    with pytest.raises(InputTypeError, match="got bytes"):
        parse_article(b"Rain in the capital")  # type: ignore[arg-type]


@pytest.mark.parametrize("outlet", [5, b"Example Wire", ["Example Wire"]])
def test_bad_outlet_type(outlet: object) -> None:
    with pytest.raises(TypeError, match="outlet as str or None") as info:
        parse_article("Some text.", outlet=outlet)  # type: ignore[arg-type]
    assert isinstance(info.value, GeopolNewsError)


@pytest.mark.parametrize("published", ["2024-03-14", 20240314, 1710400000.0])
def test_bad_published_type(published: object) -> None:
    with pytest.raises(TypeError, match="published as date") as info:
        parse_article("Some text.", published=published)  # type: ignore[arg-type]
    assert isinstance(info.value, InputTypeError)


@pytest.mark.parametrize("published", [date(2024, 3, 14), datetime(2024, 3, 14, 9, 40)])
def test_good_published_values_are_kept(published: date) -> None:
    article = parse_article("Some text.", outlet="Example Wire", published=published)
    assert article.published == published
    assert article.outlet == "Example Wire"


def test_bad_argument_types_for_the_bytes_entry_point() -> None:
    with pytest.raises(TypeError, match="expects bytes") as info:
        parse_article_bytes("already text")  # type: ignore[arg-type]
    assert isinstance(info.value, InputTypeError)
    with pytest.raises(TypeError, match="outlet"):
        parse_article_bytes(b"x", outlet=3)  # type: ignore[arg-type]


# -- bytes and decoding ------------------------------------------------------------
TEXT = "Rain in Z\u00fcrich\n\nMinisters met in Bogot\u00e1 on Monday, the \u201cenvoy\u201d said."


def test_utf8_bytes() -> None:
    article = parse_article_bytes(TEXT.encode("utf-8"))
    assert article == parse_article(TEXT)
    assert article.headline is not None
    assert article.headline.text == "Rain in Z\u00fcrich"


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
def test_bytes_like_inputs(wrap: Callable[[bytes], object]) -> None:
    assert parse_article_bytes(wrap(TEXT.encode("utf-8"))) == parse_article(TEXT)  # type: ignore[arg-type]


def test_utf8_with_bom_drops_the_bom() -> None:
    article = parse_article_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert article.source == TEXT
    assert article == parse_article(TEXT)


def test_cp1252_fallback_warns() -> None:
    data = TEXT.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    with pytest.warns(DecodingWarning, match="Windows-1252") as record:
        article = parse_article_bytes(data)
    assert article == parse_article(TEXT)
    assert issubclass(record[0].category, GeopolNewsWarning)
    assert issubclass(record[0].category, UserWarning)


def test_cp1252_warning_points_at_the_first_bad_byte() -> None:
    with pytest.warns(DecodingWarning, match="byte 3"):
        assert decode(b"Caf\xe9") == "Caf\u00e9"


@pytest.mark.parametrize("data", [b"\x81\x8d\x8f\x90\x9d", b"Caf\xe9 \x81", b"\x90"])
def test_undecodable_bytes(data: bytes) -> None:
    # Sanity: these bytes really are invalid in both encodings.
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        data.decode("cp1252")
    with pytest.raises(UndecodableInputError) as info:
        parse_article_bytes(data)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GeopolNewsError)
    assert "UTF-8" in str(info.value)
    assert "Windows-1252" in str(info.value)


def test_utf8_is_preferred_over_cp1252() -> None:
    # "Ã©" in cp1252 is the UTF-8 encoding of "é": UTF-8 must win, silently.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert decode("\u00e9".encode()) == "\u00e9"


# -- empty and degenerate input ----------------------------------------------------
EMPTY_TUPLES = ("body", "chrome", "key_points", "quotes", "actors", "money", "quantities", "dates")


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n",
        "\n\n\n",
        "\r\n\r\n",
        "\r\r",
        " \t \n \u00a0 \n",
        "\u200b\ufeff\u2060\u00ad\n\u3000",
    ],
)
def test_empty_and_blank_text_give_an_empty_article(text: str) -> None:
    article = parse_article(text)
    assert isinstance(article, Article)
    assert article.source == text
    for name in EMPTY_TUPLES:
        value = getattr(article, name)
        assert value == (), name
        assert isinstance(value, tuple), name
    assert article.section is None
    assert article.headline is None
    assert article.byline is None
    assert article.dateline is None
    assert article.outlet is None
    assert article.paragraphs == ()
    assert article.media == ()
    assert article.text == ""
    assert Article.from_json(article.to_json()) == article


def test_empty_bytes_give_an_empty_article() -> None:
    article = parse_article_bytes(b"")
    assert article.source == ""
    for name in EMPTY_TUPLES:
        assert getattr(article, name) == ()


def test_bom_only_bytes_give_an_empty_article() -> None:
    assert parse_article_bytes(b"\xef\xbb\xbf").body == ()


# -- never crash ---------------------------------------------------------------------
HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbour talks | Example Wire</title>
<script>window.dataLayer = [{"page": "world", "id": 17}];</script>
<style>body { font: 14px/1.4 serif; } .a|b { x: "y" }</style>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<h1>Harbour talks stall over grain corridor</h1>
<p class="byline">By Ida Quell</p>
<p>PORTHAVEN (Reuters) - Envoys left the harbour talks on Tuesday &amp; said they would return.</p>
<figure><img src="x.jpg" alt="A ship"><figcaption>A ship waits. AFP</figcaption></figure>
<p>\u201cWe are not finished,\u201d one envoy said.</p>
</body>
</html>
"""


def test_html_page_does_not_crash() -> None:
    article = parse_article(HTML_PAGE)
    check_invariants(article)
    assert article.body  # the markup lines land somewhere, mostly in the body


def test_binary_garbage_does_not_crash() -> None:
    garbage = bytes(range(256)) * 64 + bytes((i * 37 + 11) % 256 for i in range(20_000))
    text = garbage.decode("latin-1")
    check_invariants(parse_article(text))
    with pytest.raises(UndecodableInputError):
        parse_article_bytes(garbage)  # 0x81 is invalid in both encodings


def test_binary_garbage_decodable_as_cp1252_does_not_crash() -> None:
    garbage = bytes(b for b in range(256) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)) * 50
    with pytest.warns(DecodingWarning):
        article = parse_article_bytes(garbage)
    check_invariants(article)


@pytest.mark.parametrize(
    "text",
    [
        "\x00" * 1000,
        "Head\x00line\n\nBody\x00 text.\x00",
        "\x00\n\x00\r\n\x00\r",
        "Rain\x00\n\n\x00 \u2022 point\nVIDEO1:00\x001:00",
        "\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85 lines that Python splits but we do not",
        "\ud800 lone surrogate",
        "\U0001f600 \U0001f1fa\U0001f1e6 emoji headline\n\nText \U0001f600.",
    ],
)
def test_control_characters_do_not_crash(text: str) -> None:
    article = parse_article(text)
    check_invariants(article)
    assert article.source == text


def test_nul_bytes_through_the_bytes_entry_point() -> None:
    data = b"Headline\x00\n\nBody\x00 text."
    article = parse_article_bytes(data)
    assert article.source == data.decode()
    check_invariants(article)


# -- adversarial sizes ---------------------------------------------------------------
def test_one_megabyte_line() -> None:
    line = "the envoy said the talks would go on " * 27_000  # ~1 MB, one line
    article = parse_article(line)
    check_invariants(article)
    assert article.headline is None
    assert len(article.body) == 1
    assert article.body[0].text == line.strip()


def test_fifty_thousand_short_lines() -> None:
    lines = [f"Line {i} of the page" for i in range(50_000)]
    text = "\n".join(lines)
    article = parse_article(text)
    check_invariants(article)
    # Adjacent lines, no blank ones: every line is its own place, none lost.
    assert place_count(article) == len(lines)


def test_one_megabyte_of_quote_marks() -> None:
    text = "\"'\u201c\u201d" * 250_000
    article = parse_article(text)
    check_invariants(article)
    assert len(article.body) == 1
    assert article.body[0].text == text


def test_one_megabyte_of_quote_marks_on_many_lines() -> None:
    text = ("\"'\u201c\u201d" * 20 + "\n") * 12_000
    article = parse_article(text)
    check_invariants(article)
    assert place_count(article) == 12_000


def test_one_megabyte_of_bullets() -> None:
    bullet = "  \u2022 The envoys agreed to meet again next week.\n"
    count = 1_000_000 // len(bullet)
    article = parse_article("Harbour talks stall\n" + bullet * count)
    check_invariants(article)
    assert article.headline is not None
    assert article.headline.text == "Harbour talks stall"
    assert len(article.key_points) + len(article.body) + len(article.chrome) == count
    assert article.key_points[0].text == "The envoys agreed to meet again next week."


def test_one_megabyte_of_video_markers() -> None:
    count = 1_000_000 // len("VIDEO1:001:00\n")
    article = parse_article("VIDEO1:001:00\n" * count)
    check_invariants(article)
    assert len(article.videos) == count
    assert all(isinstance(block, Video) and block.duration == 60 for block in article.body)


def test_a_long_line_of_pipes() -> None:
    text = "| " * 100_000
    article = parse_article(text)
    check_invariants(article)
    assert len(article.body) == 1
    assert article.body[0].text == text.strip()


@pytest.mark.parametrize(
    "template",
    [
        "{words} -- the talks went on.",  # dateline-like
        "By {words}",  # byline-like
        "{words} | AFP | Getty Images",  # pipe credit
        "{words} / AFP",  # slash credit
        "Published {words} 2024",  # stamp
    ],
)
def test_a_line_of_100k_capitalised_words(template: str) -> None:
    words = " ".join(["Moscow", "Al-Rami", "O'Hale", "D.C.", "De", "Van"] * 16_667)
    text = template.format(words=words)
    article = parse_article(text)
    check_invariants(article)
    assert place_count(article) == 1


# -- scaling -------------------------------------------------------------------------
SHAPES: dict[str, Callable[[int], str]] = {
    # name: size in characters -> input of about that size
    "one-line": lambda n: ("the envoy said " * (n // 15 + 1))[:n],
    "short-lines": lambda n: "Line of the page\n" * (n // 17),
    "quote-marks": lambda n: "\"'\u201c\u201d" * (n // 4),
    "bullets": lambda n: "  \u2022 A point\n" * (n // 12),
    "video-markers": lambda n: "VIDEO1:001:00\n" * (n // 14),
    "pipes": lambda n: "| " * (n // 2),
    "capitalised-words": lambda n: ("Moscow Al-Rami " * (n // 15)) + "-- it rained.",
    "zero-width": lambda n: "Envoy\u200b\u00a0said\u00ad " * (n // 18),
    # lines that could be the byline, all after the story's first sentence
    "wire-bylines": lambda n: "It rained.\n" + "Jane Roe, Reuters\n" * (n // 18),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parse_time_grows_linearly(shape: str) -> None:
    """Four times the input must not take ten times as long (quadratic would be ~16x)."""
    make = SHAPES[shape]
    small, large = make(100_000), make(400_000)
    ratio = growth_ratio(parse_article, small, large, bound=10)
    assert ratio < 10, f"{shape}: 4x the input took {ratio:.1f}x as long"

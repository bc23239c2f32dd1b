"""The public entry points: text (or bytes) in, :class:`~geopol_news.model.Article` out."""

from __future__ import annotations

import warnings
from datetime import date

from geopol_news.actors import credited_actors, extract_actors
from geopol_news.data.calendar import DAY_FIRST_OUTLETS
from geopol_news.dates import date_bounds, extract_dates, published_in
from geopol_news.errors import DecodingWarning, UndecodableInputError, expect_type
from geopol_news.layout import Layout, parse_layout
from geopol_news.model import (
    Actor,
    Article,
    ChromeKind,
    Paragraph,
    Photo,
    Quote,
    Snippet,
    Span,
    Subheading,
    Video,
)
from geopol_news.money import extract_money
from geopol_news.quantities import quantities_outside
from geopol_news.quotes import quotes_in

__all__ = ["decode", "parse_article", "parse_article_bytes"]


def parse_article(
    text: str, *, outlet: str | None = None, published: date | None = None
) -> Article:
    """Parse a plain-text dump of a news page into an :class:`Article`.

    *outlet* and *published* are what the caller already knows; a supplied
    outlet wins over the one inferred from the page. Empty or blank text gives an empty
    article. A non-``str`` *text* raises ``TypeError``
    (:class:`~geopol_news.errors.InputTypeError`).

    >>> article = parse_article("Rain in the capital\\n\\nIt rained all day.")
    >>> article.headline.text, [p.text for p in article.paragraphs]
    ('Rain in the capital', ['It rained all day.'])
    >>> parse_article("", outlet="Example Wire").outlet
    'Example Wire'
    """
    expect_type(text, str, "parse_article() expects text as str")
    if outlet is not None:
        expect_type(outlet, str, "parse_article() expects outlet as str or None")
    if published is not None:
        expect_type(published, date, "parse_article() expects published as date, datetime or None")
    layout = parse_layout(text)
    story = _story_spans(layout)
    money = extract_money(text, within=story)  # the whole page's countries tell "$" apart
    quantities = quantities_outside(text, [figure.span for figure in money], within=story)
    asides = _aside_spans(layout)  # video titles and photo captions
    actors = extract_actors(text, within=story, asides=asides)
    named = sorted([*story, *asides], key=lambda span: span.start)
    credits = credited_actors(text, bylines=_bylines(layout), photo_credits=_photo_credits(layout))
    quotes, actors = _quotes(text, layout, actors)
    outlet = outlet if outlet is not None else layout.outlet
    day_first = True if outlet in DAY_FIRST_OUTLETS else None
    stamped = published_in(_stamps(layout), day_first=day_first)  # the page's own date
    reference = published if published is not None else stamped
    dates = extract_dates(text, reference, within=named, day_first=day_first)
    return Article(
        source=text,
        outlet=outlet,
        section=layout.section,
        headline=layout.headline,
        byline=layout.byline,
        key_points=layout.key_points,
        dateline=layout.dateline,
        published=published if published is not None else stamped,
        body=layout.body,
        chrome=layout.chrome,
        quotes=quotes,
        money=money,
        quantities=quantities,
        actors=actors,
        credits=credits,
        dates=dates,
        date_bounds=date_bounds(dates, text),
    )


def _story_spans(layout: Layout) -> list[Span]:
    """The spans of the story's own text, in order: headline, key points, paragraphs and
    subheadings (not captions, teasers or other page chrome)."""
    spans = [layout.headline.span] if layout.headline is not None else []
    spans += [point.span for point in layout.key_points]
    spans += [b.span for b in layout.body if isinstance(b, (Paragraph, Subheading))]
    return sorted(spans, key=lambda span: span.start)


def _quotes(
    text: str, layout: Layout, actors: tuple[Actor, ...]
) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    """The quotes of the headline, the key points and the body's paragraphs and
    subheadings (a quote's ``paragraph`` is the index of its block in the body), and the
    actors with the pronouns the quotes resolved to their speakers."""
    blocks: list[Span] = []
    paragraphs: list[int | None] = []
    if layout.headline is not None:
        blocks.append(layout.headline.span)
        paragraphs.append(None)
    blocks += [point.span for point in layout.key_points]
    paragraphs += [None] * len(layout.key_points)
    for index, block in enumerate(layout.body):
        if isinstance(block, (Paragraph, Subheading)):
            blocks.append(block.span)
            paragraphs.append(index)
    order = sorted(range(len(blocks)), key=lambda i: blocks[i].start)
    headline = frozenset(order.index(0) for _ in (0,) if layout.headline is not None)
    return quotes_in(
        text, [blocks[i] for i in order], actors, [paragraphs[i] for i in order], headline
    )


def _aside_spans(layout: Layout) -> list[Span]:
    """The titles and descriptions of videos and the captions of photos: read for
    actors and dates beside the story (they name people the story may not)."""
    spans: list[Span] = []
    for block in layout.body:
        parts: tuple[Snippet | None, ...]
        if isinstance(block, Video):
            parts = (block.title, block.description)
        elif isinstance(block, Photo):
            parts = (block.caption,)
        else:
            continue
        spans += [part.span for part in parts if part is not None]
    return sorted(spans, key=lambda span: span.start)


def _bylines(layout: Layout) -> list[Snippet]:
    lines = [layout.byline] if layout.byline is not None else []
    lines += [
        Snippet(line.text, line.span) for line in layout.chrome if line.kind is ChromeKind.BYLINE
    ]
    return lines


def _stamps(layout: Layout) -> list[Snippet]:
    """Where the page says when it was published: its stamp lines, then its bylines."""
    stamps = [Snippet(c.text, c.span) for c in layout.chrome if c.kind is ChromeKind.TIMESTAMP]
    return stamps + _bylines(layout)


def _photo_credits(layout: Layout) -> list[Snippet]:
    return [credit for block in layout.body if isinstance(block, Photo) for credit in block.credits]


def decode(data: bytes) -> str:
    """Decode a page dump: UTF-8 (a byte-order mark is dropped), else Windows-1252.

    The fallback emits a :class:`~geopol_news.errors.DecodingWarning`; bytes
    that are neither raise :class:`~geopol_news.errors.UndecodableInputError`
    (a ``ValueError``).

    >>> decode("Guaidó".encode())
    'Guaidó'
    >>> decode(b"\\xef\\xbb\\xbfHi")
    'Hi'
    """
    return _decode(data, stacklevel=3)


def _decode(data: bytes, stacklevel: int) -> str:
    expect_type(data, (bytes, bytearray, memoryview), "decode() expects bytes")
    raw = bytes(data)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise UndecodableInputError(
                f"input is neither UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                f"nor Windows-1252 ({exc.reason} at byte {exc.start})"
            ) from exc
        warnings.warn(
            f"input is not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}); "
            "decoded as Windows-1252",
            DecodingWarning,
            stacklevel=stacklevel,
        )
        return text


def parse_article_bytes(
    data: bytes, *, outlet: str | None = None, published: date | None = None
) -> Article:
    """Decode *data* with :func:`decode`, then :func:`parse_article` it.

    >>> parse_article_bytes(b"Rain in the capital\\n\\nIt rained.").headline.text
    'Rain in the capital'
    """
    return parse_article(_decode(data, stacklevel=4), outlet=outlet, published=published)

"""The parser on the real pages in ../shared: the two seed pages and the practice articles.

The pages are read at run time through the helpers of ``conftest.py``, which
skip with a reason when ../shared is not beside the checkout. Nothing of their
text is copied here beyond a few short labels the project's issue names.
"""

from __future__ import annotations

import re

import pytest
from tests.conftest import PRACTICE, SEEDS, read_json, read_text, seed_path, shared_file
from tests.invariants import (
    assert_surfaces,
    is_blank,
    landing,
    non_blank_lines,
    places_of,
    source_lines,
    spanned_records,
)

from geopol_news import Article, ChromeKind, Embed, Paragraph, Photo, Video, parse_article


def texts(records: tuple[object, ...]) -> list[str]:
    return [r.text for r in records]  # type: ignore[attr-defined]


def parse_seed(prefix: str) -> Article:
    return parse_article(read_text(seed_path(prefix)))


def lines_matching(article: Article, pattern: str) -> list[tuple[int, int, str]]:
    """Non-blank source lines whose stripped text fully matches *pattern*."""
    found = [
        line for line in non_blank_lines(article.source) if re.fullmatch(pattern, line[2].strip())
    ]
    assert found, f"no line of the page matches {pattern!r}"
    return found


# -- every shared article --------------------------------------------------------------

_KNOWN_ARTICLES = [
    "seeds/000",
    "seeds/002",
    "practice/15_bbc",
    "practice/16_bbc",
    "practice/17_bbc",
]


def _article_ids() -> list[str]:
    """The known articles, plus any added to ../shared since (when it is present)."""
    ids = list(_KNOWN_ARTICLES)
    if SEEDS.is_dir():
        ids += [f"seeds/{p.name.split('_')[0]}" for p in sorted(SEEDS.glob("*_*.txt"))]
    if (PRACTICE / "articles").is_dir():
        ids += [f"practice/{p.stem}" for p in sorted((PRACTICE / "articles").glob("*.txt"))]
    return list(dict.fromkeys(ids))


def load_article_source(article_id: str) -> str:
    folder, name = article_id.split("/")
    if folder == "seeds":
        return read_text(seed_path(name))
    return read_text(shared_file(f"practice/articles/{name}.txt"))


@pytest.mark.parametrize("article_id", _article_ids())
def test_every_non_blank_line_lands_in_exactly_one_place(article_id: str) -> None:
    article = parse_article(load_article_source(article_id))
    lines = non_blank_lines(article.source)
    assert lines
    for start, end, _ in lines:
        landing(article, start, end)
    # and blank lines land nowhere
    for start, end, text in source_lines(article.source):
        if is_blank(text):
            assert places_of(article, start, end) == []


@pytest.mark.parametrize("article_id", _article_ids())
def test_every_record_text_is_its_span_of_the_source(article_id: str) -> None:
    article = parse_article(load_article_source(article_id))
    assert len(list(spanned_records(article))) >= len(article.body)
    assert_surfaces(article)


# -- seed 000: the CNBC page -------------------------------------------------------------


def test_cnbc_header() -> None:
    article = parse_seed("000")
    assert article.section is not None
    assert article.section.text == "World Politics"
    assert article.headline is not None
    assert article.headline.text.startswith("US vs Russia")
    assert len(article.key_points) == 3
    assert all(not point.text.startswith("\u2022") for point in article.key_points)


def test_cnbc_outlet() -> None:
    assert parse_seed("000").outlet == "CNBC"


def test_cnbc_video() -> None:
    article = parse_seed("000")
    (video,) = article.videos
    assert video.duration == 376
    assert video.title is not None
    assert video.description is not None


def test_cnbc_subheadings() -> None:
    article = parse_seed("000")
    assert texts(article.subheadings) == ["War of words", "What is going on in Venezuela?"]


def test_cnbc_embed() -> None:
    article = parse_seed("000")
    (embed,) = article.embeds
    assert embed.kind == "tweet"


def test_cnbc_photo() -> None:
    article = parse_seed("000")
    (photo,) = article.photos
    assert texts(photo.credits) == ["LUIS ROBAYO", "AFP", "Getty Images"]
    assert photo.caption is not None
    assert photo.credit_line is not None


def test_cnbc_no_chrome_or_media_line_in_paragraphs() -> None:
    article = parse_seed("000")
    media_patterns = [r"VIDEO\s?\d", r".*\|.*", r"Tweet\s?\d+", r"Key Points", r"\s*\u2022.*"]
    for paragraph in article.paragraphs:
        for pattern in media_patterns:
            assert not re.match(pattern, paragraph.text.strip()), paragraph.text
    # The furniture lines themselves land in the right places.
    expectations = [
        (r"VIDEO\d.*", Video),
        (r"[A-Z ]+ \| AFP \| Getty Images", Photo),
        (r"Tweet 1", Embed),
    ]
    for pattern, kind in expectations:
        for start, end, _ in lines_matching(article, pattern):
            name, record = landing(article, start, end)
            assert name == "body", (pattern, record)
            assert isinstance(record, kind), (pattern, record)
    for start, end, _ in lines_matching(article, r"Key Points"):
        name, record = landing(article, start, end)
        assert name == "chrome"
        assert record.kind is ChromeKind.LABEL  # type: ignore[attr-defined]
    paragraph_spans = [p.span for p in article.paragraphs]
    for line in article.chrome:
        assert not any(line.span.overlaps(span) for span in paragraph_spans)
    for media in article.media:
        assert not any(media.span.overlaps(span) for span in paragraph_spans)


# -- seed 002: the CBS News page ---------------------------------------------------------------


def test_cbs_outlet_and_headline() -> None:
    article = parse_seed("002")
    assert article.outlet == "CBS News"
    assert article.headline is not None
    assert article.headline.text.startswith("Russia in Venezuela")


def test_cbs_videos() -> None:
    article = parse_seed("002")
    assert [video.duration for video in article.videos] == [280, 162]


def test_cbs_dateline() -> None:
    article = parse_seed("002")
    assert article.dateline is not None
    assert article.dateline.text == "Moscow"
    assert article.paragraphs[0].span.contains(article.dateline.span)


def test_cbs_subheadings() -> None:
    article = parse_seed("002")
    assert texts(article.subheadings) == [
        "Russia's backing",
        "One-way street",
        "Military cooperation",
        "So what's the endgame?",
    ]


def test_cbs_photos() -> None:
    article = parse_seed("002")
    assert [tuple(texts(photo.credits)) for photo in article.photos] == [("AP",), ("Getty",)]


def test_cbs_trailing_promo_lines_are_chrome() -> None:
    article = parse_seed("002")
    lines = non_blank_lines(article.source)
    stripped = [text.strip() for _, _, text in lines]
    first = stripped.index("View CBS News In")
    last = max(i for i, text in enumerate(stripped) if text.endswith("exclusive reporting."))
    assert first < last
    for start, end, text in lines[first : last + 1]:
        name, _ = landing(article, start, end)
        assert name == "chrome", text
    promo_start = lines[first][0]
    assert all(block.span.end <= promo_start for block in article.body)


def test_cbs_paragraph_count() -> None:
    # Counted by hand, reading the file top to bottom. It has 47 non-blank lines.
    # Not paragraphs: "Watch CBS News" (chrome), the headline, the 2-line video
    # block at the top (teaser line + title ending in 04:40), the one-line video
    # further down (title ending in 02:42), the 2-line photo ("Russia Venezuela"
    # label + caption ending in "AP"), the one-line photo (caption ending in
    # "Getty"), the 4 subheadings and the 5 trailing promo lines:
    # 1 + 1 + 2 + 1 + 2 + 1 + 4 + 5 = 17, and 47 - 17 = 30.
    # Cross-check, section by section:
    #   before "Russia's backing": 4 paragraphs, the 02:42 video, 1 more  ->  5
    #   "Russia's backing": 4 paragraphs, the AP photo, 3 more             ->  7
    #   "One-way street": 6 paragraphs                                     ->  6
    #   "Military cooperation": 3 paragraphs, the Getty photo, 5 more      ->  8
    #   "So what's the endgame?": 4 paragraphs before the promo lines      ->  4
    #   5 + 7 + 6 + 8 + 4 = 30.
    article = parse_seed("002")
    assert len(article.paragraphs) == 30
    assert all(isinstance(block, Paragraph) for block in article.paragraphs)


# -- the practice articles -------------------------------------------------------------------

PRACTICE_NAMES = ["15_bbc", "16_bbc", "17_bbc"]


def load_practice(name: str) -> tuple[Article, dict[str, object]]:
    text = read_text(shared_file(f"practice/articles/{name}.txt"))
    gold = read_json(shared_file(f"practice/gold/{name}.json"))
    return parse_article(text), gold


@pytest.mark.parametrize("name", PRACTICE_NAMES)
def test_practice_headline_matches_gold(name: str) -> None:
    article, gold = load_practice(name)
    assert article.headline is not None
    assert article.headline.text == gold["headline"]


@pytest.mark.parametrize("name", PRACTICE_NAMES)
def test_practice_article_has_no_chrome(name: str) -> None:
    article, _ = load_practice(name)
    assert article.chrome == ()


@pytest.mark.parametrize("name", PRACTICE_NAMES)
def test_practice_paragraph_lines_are_paragraphs(name: str) -> None:
    article, gold = load_practice(name)
    body_lines = [
        line for line in non_blank_lines(article.source) if line[2].strip() != gold["headline"]
    ]
    assert body_lines
    for start, end, text in body_lines:
        name_, record = landing(article, start, end)
        assert name_ == "body", text
        assert isinstance(record, Paragraph), text
        assert record.text == text.strip()
    assert len(article.paragraphs) == len(body_lines)

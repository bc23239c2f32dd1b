"""Golden corpus: whole page dumps with the structure they must parse to.

Every dump here was written for this project. Cases the parser gets wrong
today stay in the corpus as ``xfail(strict=True)`` with the reason, so that
fixing one makes its test pass unexpectedly and fail the run until the mark
is removed: known failures are tracked, never silently forgotten.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from geopol_news import Article, Paragraph, Photo, Subheading, Video, parse_article


@attrs.frozen
class Golden:
    name: str
    text: str
    expect: dict[str, Any]
    known_failure: str | None = None


def _summary(article: Article) -> dict[str, Any]:
    """What a golden case can assert about an article."""
    return {
        "outlet": article.outlet,
        "section": article.section.text if article.section else None,
        "headline": article.headline.text if article.headline else None,
        "byline": article.byline.text if article.byline else None,
        "dateline": article.dateline.place if article.dateline else None,
        "key_points": len(article.key_points),
        "blocks": [type(block).__name__ for block in article.body],
        "chrome": [line.kind.value for line in article.chrome],
        "durations": [video.duration for video in article.videos],
        "credits": [[credit.text for credit in photo.credits] for photo in article.photos],
    }


CASES = [
    Golden(
        "wire story with dateline and credits",
        "\n\n".join(
            [
                "Harbour strike enters second week",
                "By Jane Roe",
                "ROTTERDAM (Reuters) - Dock workers extended their strike on Monday.",
                "Unions said talks with port operators had stalled.",
                "Reporting by Jane Roe; Editing by John Doe",
            ]
        ),
        {
            "outlet": "Reuters",
            "headline": "Harbour strike enters second week",
            "byline": "By Jane Roe",
            "dateline": "ROTTERDAM",
            "blocks": ["Paragraph", "Paragraph"],
            "chrome": ["byline"],
        },
    ),
    Golden(
        "business-news layout with key points and a doubled video marker",
        "Markets\n\nOil slips as talks on output cuts drag on\n\nKey Points\n"
        "  \u2022 Prices fell for a third day.\n  \u2022 Ministers meet again on Friday.\n"
        "Why output cuts matter\nVIDEO2:0502:05\nWhy output cuts matter to drivers\n\n"
        "Oil prices slipped on Tuesday as producers failed to agree.\n\n"
        "Talks in focus\n\n"
        "Delegates said a deal was still possible.\n\n"
        "A tanker waits off the coast on Monday.\nJOHN DOE | AFP | Getty Images\n\n"
        "Analysts expect volatility to continue.",
        {
            "outlet": "CNBC",
            "section": "Markets",
            "key_points": 2,
            "blocks": ["Video", "Paragraph", "Subheading", "Paragraph", "Photo", "Paragraph"],
            "durations": [125],
            "credits": [["JOHN DOE", "AFP", "Getty Images"]],
            "chrome": ["label"],
        },
    ),
    Golden(
        "broadcaster page with promos at both ends and a captioned photo",
        "Watch CBS News\n\nFloods close border crossing\n\n"
        "Rescue teams reach cut-off villages 03:10\n\n"
        "Floodwater closed the main border crossing on Sunday, officials said.\n\n"
        "Flood Border\nA truck drives through floodwater near the crossing on Sunday. AP\n\n"
        "Crews expect the road to reopen within days.\n\n"
        "Be the first to know\nGet browser notifications for top stories and live coverage.",
        {
            "outlet": "CBS News",
            "headline": "Floods close border crossing",
            "blocks": ["Video", "Paragraph", "Photo", "Paragraph"],
            "durations": [190],
            "credits": [["AP"]],
            "chrome": ["promo", "app_prompt", "app_prompt"],
        },
    ),
    Golden(
        "plain story with Windows line endings and no furniture",
        "Envoys agree to resume talks\r\n\r\nEnvoys from both sides agreed on Friday to meet"
        " again next month.\r\n\r\nNeither side gave details of the agenda.",
        {
            "outlet": None,
            "headline": "Envoys agree to resume talks",
            "blocks": ["Paragraph", "Paragraph"],
            "chrome": [],
        },
    ),
    Golden(
        "clock time at the end of a short line without a preposition",
        "Ferry crossings resume\n\nThe first ferry leaves 10:30\n\n"
        "Operators said services would return to normal by the weekend.",
        {"blocks": ["Paragraph", "Paragraph"], "durations": []},
        known_failure="a clock time without a preposition before it is read as a video duration",
    ),
    Golden(
        "a name and a dash aside opening the first paragraph",
        "Talks stall\n\nPrime Minister Saar - Estonia's leader since 2021 - said the talks had"
        " stalled.\n\nNo new date was set.",
        {"dateline": None},
    ),
    Golden(
        "wire byline without 'By'",
        "Quake shakes coastal towns\n\nJane Roe, The Associated Press\n\n"
        "A strong earthquake shook coastal towns on Monday.",
        {"byline": "Jane Roe, The Associated Press", "chrome": []},
    ),
    Golden(
        "a sentence-like headline-less dump",
        "Nobody was hurt in the blast.\n\nFirefighters put out the blaze within an hour.",
        {"headline": None, "blocks": ["Paragraph", "Paragraph"]},
        known_failure="a short first sentence without a comma is taken for a headline",
    ),
]


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = (
            [pytest.mark.xfail(strict=True, reason=case.known_failure)]
            if case.known_failure
            else []
        )
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_golden(case: Golden) -> None:
    summary = _summary(parse_article(case.text))
    assert {key: summary[key] for key in case.expect} == case.expect


def test_golden_blocks_are_model_types() -> None:
    # The names the corpus uses are the model's block classes.
    names = {name for case in CASES for name in case.expect.get("blocks", [])}
    assert names <= {cls.__name__ for cls in (Paragraph, Subheading, Video, Photo)}

"""Unit tests of the layout parser, one line type at a time.

Every dump here is invented for the test. Each test parses through the public
entry point :func:`geopol_news.parse_article`, and :func:`parse` below also
checks two invariants on every article it returns: every record with a ``text``
and a ``span`` satisfies ``span.of(source) == text``, and every non-blank line
of the source lands in exactly one place.
"""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
from tests.invariants import assert_invariants, drop_zero_width

from geopol_news import (
    Article,
    ChromeKind,
    Embed,
    Paragraph,
    Photo,
    Subheading,
    Video,
    parse_article,
)

# -- invariant helpers -----------------------------------------------------------


def parse(text: str, **kwargs: object) -> Article:
    article = parse_article(text, **kwargs)  # type: ignore[arg-type]
    assert article.source == text
    assert_invariants(article)
    return article


# -- invented dumps --------------------------------------------------------------

HEADLINE = "Island states clash over fishing quotas"
OPENING = "Negotiators from the two island states met again on Tuesday, but no deal was reached."
MIDDLE = "Each side accused the other of overfishing, and both recalled their ambassadors."
CLOSING = "Both delegations said they would return to the table next month, officials said."


def dump(*blocks: str, eol: str = "\n") -> str:
    """Blocks separated by a blank line."""
    return (eol * 2).join(blocks)


def story(*middle: str) -> str:
    """A headline, an opening paragraph, *middle* blocks, and a closing paragraph."""
    return dump(HEADLINE, OPENING, *middle, CLOSING)


def chrome_kinds(article: Article) -> dict[str, ChromeKind]:
    return {line.text: line.kind for line in article.chrome}


def texts(records: tuple[object, ...]) -> list[str]:
    return [r.text for r in records]  # type: ignore[attr-defined]


def kinds(article: Article) -> list[str]:
    return [type(block).__name__ for block in article.body]


# -- page chrome -------------------------------------------------------------------

CHROME_LINES = [
    ("Advertisement", ChromeKind.ADVERTISEMENT),
    ("Sponsored content", ChromeKind.ADVERTISEMENT),
    ("Story continues below advertisement", ChromeKind.ADVERTISEMENT),
    ("Share this article", ChromeKind.SHARE),
    ("Print", ChromeKind.SHARE),
    ("We use cookies to give you the best experience on our site.", ChromeKind.COOKIE),
    ("Accept all cookies", ChromeKind.COOKIE),
    ("Read more: Island fishing fleets face new limits", ChromeKind.RELATED),
    ("Related: Coastguard seizes a trawler", ChromeKind.RELATED),
    ("© 2024 Example Wire. All rights reserved.", ChromeKind.COPYRIGHT),
    ("Copyright 2023 Harbour Media Group", ChromeKind.COPYRIGHT),
    ("@examplewire", ChromeKind.SOCIAL),
    ("Follow us on Twitter", ChromeKind.SOCIAL),
    ("Get browser notifications for breaking news", ChromeKind.APP_PROMPT),
    ("Be the first to know", ChromeKind.APP_PROMPT),
    ("Download our free news app", ChromeKind.APP_PROMPT),
    ("Firefox Safari Continue", ChromeKind.APP_PROMPT),
    ("Continue", ChromeKind.NAVIGATION),
    ("Continue reading", ChromeKind.NAVIGATION),
    ("Skip to content", ChromeKind.NAVIGATION),
    ("Listen to this article", ChromeKind.NAVIGATION),
    ("Sign up for our newsletter", ChromeKind.SUBSCRIBE),
    ("This video can not be played", ChromeKind.MEDIA_NOTICE),
    ("Posted on March 3, 2024", ChromeKind.TIMESTAMP),
]


@pytest.mark.parametrize("position", ["top", "middle", "end"])
@pytest.mark.parametrize(("line", "kind"), CHROME_LINES)
def test_chrome_line_is_set_aside_wherever_it_stands(
    line: str, kind: ChromeKind, position: str
) -> None:
    blocks = {
        "top": [line, HEADLINE, OPENING, CLOSING],
        "middle": [HEADLINE, OPENING, line, CLOSING],
        "end": [HEADLINE, OPENING, CLOSING, line],
    }[position]
    article = parse(dump(*blocks))
    assert chrome_kinds(article) == {line: kind}
    assert article.chrome[0].rule  # the matching rule is named
    assert article.chrome[0].outlet is None  # a generic rule
    assert article.headline is not None
    assert article.headline.text == HEADLINE
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_chrome_lines_keep_reading_order() -> None:
    article = parse(dump("Skip to content", HEADLINE, OPENING, "Advertisement", CLOSING, "Print"))
    assert [line.text for line in article.chrome] == ["Skip to content", "Advertisement", "Print"]


def test_generic_phrase_in_an_outlet_rule_is_still_related_chrome() -> None:
    article = parse(story("More on this story"))
    assert chrome_kinds(article) == {"More on this story": ChromeKind.RELATED}


def test_outlet_chrome_names_its_outlet() -> None:
    article = parse(dump("Watch CBS News", HEADLINE, OPENING, CLOSING))
    (line,) = article.chrome
    assert (line.text, line.kind, line.outlet) == ("Watch CBS News", ChromeKind.PROMO, "CBS News")


def test_run_of_adjacent_prompt_lines_is_all_chrome() -> None:
    tail = "\n".join(
        [
            "Open in app",
            "Firefox Safari Continue",
            "Be the first to know",
            "Get browser notifications for breaking news and live events.",
        ]
    )
    article = parse(dump(HEADLINE, OPENING, CLOSING, tail))
    assert [line.kind for line in article.chrome] == [ChromeKind.APP_PROMPT] * 4
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_story_sentence_mentioning_cookies_is_not_chrome() -> None:
    line = "The bakers' union said the new tax on cookies would hurt small shops, not chains."
    article = parse(story(line))
    assert article.chrome == ()
    assert texts(article.paragraphs) == [OPENING, line, CLOSING]


# -- section and headline --------------------------------------------------------------


def test_section_label_above_headline() -> None:
    article = parse(dump("Asia Pacific", HEADLINE, OPENING, CLOSING))
    assert article.section is not None
    assert article.section.text == "Asia Pacific"
    assert article.headline is not None
    assert article.headline.text == HEADLINE
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_section_after_top_chrome() -> None:
    article = parse(dump("Skip to content", "Europe", HEADLINE, OPENING, CLOSING))
    assert article.section is not None
    assert article.section.text == "Europe"
    assert article.headline is not None
    assert article.headline.text == HEADLINE


def test_headline_alone_has_no_section() -> None:
    article = parse(dump(HEADLINE, OPENING, CLOSING))
    assert article.section is None
    assert article.headline is not None
    assert article.headline.text == HEADLINE
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_question_headline_with_quotes() -> None:
    headline = 'Fishing row: Why is the "quota war" back, and who gains from it?'
    article = parse(dump(headline, OPENING, CLOSING))
    assert article.section is None
    assert article.headline is not None
    assert article.headline.text == headline


def test_dump_of_only_paragraphs_has_no_headline() -> None:
    article = parse(dump(OPENING, MIDDLE, CLOSING))
    assert article.headline is None
    assert article.section is None
    assert texts(article.paragraphs) == [OPENING, MIDDLE, CLOSING]


def test_empty_and_blank_dumps_give_empty_articles() -> None:
    for text in ("", "\n\n", " \u00a0\n\u200b\n\t"):
        article = parse(text)
        assert article.headline is None
        assert article.body == ()
        assert article.chrome == ()


# -- byline and stamps ----------------------------------------------------------------


def test_byline_and_publication_stamp() -> None:
    article = parse(
        dump(
            HEADLINE,
            "By Jane Doe and John Roe, Example Wire\nPublished 9:40 AM ET Thu, 14 March 2024",
            OPENING,
            CLOSING,
        )
    )
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe and John Roe, Example Wire"
    assert chrome_kinds(article) == {
        "Published 9:40 AM ET Thu, 14 March 2024": ChromeKind.TIMESTAMP
    }
    # the stamp's date, since the caller gave none (the stamp line itself stays chrome)
    assert article.published == date(2024, 3, 14)
    assert texts(article.paragraphs) == [OPENING, CLOSING]


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated Apr 3, 2019",
        "Updated 10:15 AM ET Mon, 3 June 2024",
        "Last updated on 12 May 2023",
        "14 March 2024",
    ],
)
def test_stamp_lines_are_timestamps(stamp: str) -> None:
    article = parse(dump(HEADLINE, stamp, OPENING, CLOSING))
    assert chrome_kinds(article) == {stamp: ChromeKind.TIMESTAMP}
    assert texts(article.paragraphs) == [OPENING, CLOSING]


@pytest.mark.parametrize(
    "line",
    [
        "Posted online in 2019, the video shows a trawler being boarded at night.",
        "Updated figures from 2023 show that the catch fell by a third.",
        "Modified rules in 2021 allowed larger nets on the reef.",
        "Feb. 24, 2022 - The first trawler is seized off the reef.",
        "March 3, 2024 - The first trawler is seized.",  # a timeline entry
    ],
)
def test_story_sentence_with_a_year_is_not_a_stamp(line: str) -> None:
    article = parse(story(line))
    assert article.chrome == ()
    assert texts(article.paragraphs) == [OPENING, line, CLOSING]


def test_second_byline_is_chrome() -> None:
    article = parse(dump(HEADLINE, "By Jane Doe", OPENING, CLOSING, "By John Roe"))
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe"
    assert chrome_kinds(article) == {"By John Roe": ChromeKind.BYLINE}


@pytest.mark.parametrize(
    "line",
    ["Ana Lind, The Associated Press", "Ana Lind and Omar Haddad, Reuters", "Ana Lind, AFP"],
)
def test_wire_byline_without_by_is_the_byline(line: str) -> None:
    article = parse(dump(HEADLINE, line, OPENING, CLOSING))
    assert article.byline is not None
    assert article.byline.text == line
    assert article.source[article.byline.span.slice] == line
    assert article.chrome == ()


def test_by_line_wins_over_a_wire_byline() -> None:
    wire = "Ana Lind, The Associated Press"
    article = parse(dump(HEADLINE, "By Jane Doe", OPENING, CLOSING, wire))
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe"
    assert chrome_kinds(article) == {wire: ChromeKind.BYLINE}


def test_only_the_first_wire_byline_is_the_byline() -> None:
    first, second = "Ana Lind, The Associated Press", "Omar Haddad, The Associated Press"
    article = parse(dump(HEADLINE, first, OPENING, CLOSING, second))
    assert article.byline is not None
    assert article.byline.text == first
    assert chrome_kinds(article) == {second: ChromeKind.BYLINE}


def test_published_is_taken_from_the_caller() -> None:
    article = parse(story(), published=date(2024, 3, 14))
    assert article.published == date(2024, 3, 14)


# -- key points -----------------------------------------------------------------------

POINTS = [
    "The two states will cut their catch by a fifth.",
    "Inspectors from both sides will board each other's trawlers, starting in June.",
    "Talks on the disputed reef will resume next month.",
]


@pytest.mark.parametrize("label", ["Key Points", "Highlights", "Key takeaways:"])
def test_labelled_key_points(label: str) -> None:
    block = "\n".join([label, *(f"  \u2022 {point}" for point in POINTS)])
    article = parse(dump(HEADLINE, block, OPENING, CLOSING))
    assert texts(article.key_points) == POINTS  # the bullet is not part of the text
    assert chrome_kinds(article) == {label: ChromeKind.LABEL}
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_key_points_after_byline() -> None:
    block = "\n".join(["Key Points", *(f"  \u2022 {point}" for point in POINTS)])
    article = parse(dump("World", HEADLINE, "By Jane Doe", block, OPENING))
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe"
    assert texts(article.key_points) == POINTS


def test_bullets_in_the_body_stay_paragraphs() -> None:
    bullets = "  \u2022 A bigger share of the catch.\n  \u2022 Fewer inspections at sea."
    article = parse(story("The islanders listed their demands:", bullets))
    assert article.key_points == ()
    assert texts(article.paragraphs) == [
        OPENING,
        "The islanders listed their demands:",
        "\u2022 A bigger share of the catch.",
        "\u2022 Fewer inspections at sea.",
        CLOSING,
    ]


def test_key_points_label_without_bullets_is_not_chrome() -> None:
    article = parse(dump(HEADLINE, "Highlights", OPENING, CLOSING))
    assert article.key_points == ()
    assert "Highlights" not in chrome_kinds(article)


# -- videos -------------------------------------------------------------------------------


def test_doubled_video_marker_with_title_and_description() -> None:
    block = "\n".join(
        [
            "How a patrol boat tracks a trawler at night \u2014 and what it finds",
            "VIDEO6:1606:16",
            "How a patrol boat tracks a trawler at night",
        ]
    )
    article = parse(story(block))
    (video,) = article.videos
    assert video.duration == 376
    assert video.marker is not None
    assert video.marker.text == "VIDEO6:1606:16"
    assert video.title is not None
    assert (
        video.title.text == "How a patrol boat tracks a trawler at night \u2014 and what it finds"
    )
    assert video.description is not None
    assert video.description.text == "How a patrol boat tracks a trawler at night"
    assert video.text == block
    assert texts(article.paragraphs) == [OPENING, CLOSING]


@pytest.mark.parametrize(
    ("marker", "seconds"),
    [
        ("Video 2:30", 150),
        ("VIDEO2:1502:15", 135),
        ("Watch 0:45", 45),
        ("Video 1:02:03", 3723),
        ("VIDEO1:02:031:02:03", 3723),
    ],
)
def test_video_marker_alone(marker: str, seconds: int) -> None:
    article = parse(story(marker))
    (video,) = article.videos
    assert video.duration == seconds
    assert video.marker is not None
    assert video.marker.text == marker
    assert video.title is None
    assert video.description is None
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_video_marker_with_only_a_line_after_takes_it_as_title() -> None:
    article = parse(story("Video 2:30\nThe patrol boat at sea"))
    (video,) = article.videos
    assert video.title is not None
    assert video.title.text == "The patrol boat at sea"
    assert video.description is None


def test_title_ending_in_duration_with_teaser_above() -> None:
    block = "Fishing fleets at odds\nWhy two island states are fighting over fish 04:40"
    article = parse(story(block))
    (video,) = article.videos
    assert video.duration == 280
    assert video.title is not None
    assert video.title.text == "Why two island states are fighting over fish"
    assert video.marker is not None
    assert video.marker.text == "04:40"
    assert video.description is not None
    assert video.description.text == "Fishing fleets at odds"
    assert video.text == block
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_title_ending_in_duration_alone() -> None:
    article = parse(story("Coastguard boards a trawler off the reef 02:42"))
    (video,) = article.videos
    assert video.duration == 162
    assert video.title is not None
    assert video.title.text == "Coastguard boards a trawler off the reef"
    assert video.description is None


@pytest.mark.parametrize(
    "line",
    [
        "The vote closes at 10:30",
        "Polling stations stay open from 7:30 to 10:30",
        "The ferry will not sail until 14:15",
        "Results are expected at 23:30.",
        "The count ran from 9:00 and ended around 11:45",
    ],
)
def test_clock_time_is_not_a_video(line: str) -> None:
    article = parse(story(line))
    assert article.videos == ()
    assert line in texts(article.body)


# -- photos -------------------------------------------------------------------------------


def test_caption_with_pipe_credit_line() -> None:
    caption = "A trawler leaves the harbour at dawn on Monday, March 4, 2024."
    credit = "MARTA KOSKI | Example Wire | Getty Images"
    article = parse(story(f"{caption}\n{credit}"))
    (photo,) = article.photos
    assert photo.caption is not None
    assert photo.caption.text == caption
    assert texts(photo.credits) == ["MARTA KOSKI", "Example Wire", "Getty Images"]
    assert photo.credit_line is not None
    assert photo.credit_line.text == credit
    assert photo.label is None
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_label_line_above_caption() -> None:
    block = (
        "Harbour at dawn\n"
        "A trawler leaves the harbour at dawn on Monday.\n"
        "MARTA KOSKI | Example Wire | Getty Images"
    )
    article = parse(story(block))
    (photo,) = article.photos
    assert photo.label is not None
    assert photo.label.text == "Harbour at dawn"
    assert photo.caption is not None
    assert photo.caption.text == "A trawler leaves the harbour at dawn on Monday."
    assert photo.text == block


@pytest.mark.parametrize(
    ("line", "caption", "credits"),
    [
        (
            "A trawler unloads its catch in a 2021 file photo. AP",
            "A trawler unloads its catch in a 2021 file photo.",
            ["AP"],
        ),
        (
            "The harbour master inspects nets on the quay. Getty",
            "The harbour master inspects nets on the quay.",
            ["Getty"],
        ),
        (
            "Fishermen mend nets on the quay of the old port. Reuters",
            "Fishermen mend nets on the quay of the old port.",
            ["Reuters"],
        ),
        (
            "A patrol boat leaves the naval base on Friday. (AP Photo/Jane Roe)",
            "A patrol boat leaves the naval base on Friday.",
            ["AP Photo", "Jane Roe"],
        ),
        (
            "Volunteers fill sandbags beside the river on Sunday. (Mira Holt / Harbour Radio)",
            "Volunteers fill sandbags beside the river on Sunday.",
            ["Mira Holt", "Harbour Radio"],
        ),
        (
            "Volunteers fill sandbags beside the river. (Mira Holt/Reuters)",
            "Volunteers fill sandbags beside the river.",
            ["Mira Holt", "Reuters"],
        ),
    ],
)
def test_caption_ending_in_credit(line: str, caption: str, credits: list[str]) -> None:
    article = parse(story(line))
    (photo,) = article.photos
    assert photo.caption is not None
    assert photo.caption.text == caption
    assert texts(photo.credits) == credits
    assert photo.credit_line is None
    assert texts(article.paragraphs) == [OPENING, CLOSING]


def test_label_above_caption_ending_in_credit() -> None:
    article = parse(story("Quay\nFishermen mend nets on the quay of the old port. AP"))
    (photo,) = article.photos
    assert photo.label is not None
    assert photo.label.text == "Quay"
    assert texts(photo.credits) == ["AP"]


@pytest.mark.parametrize(
    ("credit", "credits"),
    [("Photo: Reuters", ["Reuters"]), ("AP Photo/Jane Roe", ["AP Photo", "Jane Roe"])],
)
def test_credit_line_of_its_own(credit: str, credits: list[str]) -> None:
    article = parse(story(f"A trawler leaves the harbour at dawn.\n{credit}"))
    (photo,) = article.photos
    assert photo.caption is not None
    assert photo.caption.text == "A trawler leaves the harbour at dawn."
    assert texts(photo.credits) == credits
    assert photo.credit_line is not None
    assert photo.credit_line.text == credit


@pytest.mark.parametrize(
    "line",
    [
        "Officials said twelve boats were seized. Reuters could not independently verify it.",
        "The minister said the outlook was bleak. Photo opportunities were kept to a minimum.",
    ],
)
def test_paragraph_whose_last_sentence_names_an_agency_is_not_a_photo(line: str) -> None:
    article = parse(story(line))
    assert article.photos == ()
    assert texts(article.paragraphs) == [OPENING, line, CLOSING]


# -- embeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Tweet 1", "tweet"),
        ("Instagram post", "instagram"),
        ("Skip twitter post by @someone", "tweet"),
        ("End of twitter post by @someone", "tweet"),
        ("Skip youtube video, 1", "youtube"),
        ("Facebook post 3", "facebook"),
        ("Graphic 2", "graphic"),
    ],
)
def test_embed_placeholder(line: str, kind: str) -> None:
    article = parse(story(line))
    (embed,) = article.embeds
    assert (embed.text, embed.kind) == (line, kind)
    assert texts(article.paragraphs) == [OPENING, CLOSING]


# -- subheadings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Who pays for the patrols", "What happens next?", "2024 in numbers", "A one-way street"],
)
def test_short_line_between_paragraphs_is_subheading(line: str) -> None:
    article = parse(story(line))
    assert texts(article.subheadings) == [line]
    assert texts(article.paragraphs) == [OPENING, CLOSING]
    assert kinds(article) == ["Paragraph", "Subheading", "Paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "It was not.",
        '"We will not yield"',
        "The quota row goes on, and on, and on for a very long time now",
        "They said:",
    ],
)
def test_short_sentence_between_paragraphs_is_paragraph(line: str) -> None:
    article = parse(story(line))
    assert article.subheadings == ()
    assert texts(article.paragraphs) == [OPENING, line, CLOSING]


def test_short_lines_not_between_paragraphs_stay_paragraphs() -> None:
    article = parse(
        dump(HEADLINE, "From our island correspondent", OPENING, CLOSING, "Reporting from the quay")
    )
    assert article.subheadings == ()
    assert texts(article.paragraphs) == [
        "From our island correspondent",
        OPENING,
        CLOSING,
        "Reporting from the quay",
    ]


def test_subheading_between_paragraph_and_media_block() -> None:
    article = parse(story("Who pays for the patrols", MIDDLE, "Tweet 1"))
    assert texts(article.subheadings) == ["Who pays for the patrols"]
    assert kinds(article) == ["Paragraph", "Subheading", "Paragraph", "Embed", "Paragraph"]


# -- datelines ---------------------------------------------------------------------------------

REST = "The two island states traded accusations again on Tuesday."


@pytest.mark.parametrize(
    ("opening", "text", "place", "agency"),
    [
        (f"Moscow -- {REST}", "Moscow", "Moscow", None),
        (f"LONDON (Reuters) - {REST}", "LONDON (Reuters)", "LONDON", "Reuters"),
        (f"KYIV, Ukraine (AP) \u2014 {REST}", "KYIV, Ukraine (AP)", "KYIV, Ukraine", "AP"),
        (f"(CNN) \u2014 {REST}", "(CNN)", None, "CNN"),
        (
            f"SAN JOSE, Costa Rica \u2014 {REST}",
            "SAN JOSE, Costa Rica",
            "SAN JOSE, Costa Rica",
            None,
        ),
        (
            f"WASHINGTON, March 3 (Reuters) - {REST}",
            "WASHINGTON, March 3 (Reuters)",
            "WASHINGTON",
            "Reuters",
        ),
        (f"Moscow\u00a0-- {REST}", "Moscow", "Moscow", None),
        # a one-word title opens places too
        (f"PRINCE ALBERT, Sask. -- {REST}", "PRINCE ALBERT, Sask.", "PRINCE ALBERT, Sask.", None),
    ],
)
def test_dateline(opening: str, text: str, place: str | None, agency: str | None) -> None:
    article = parse(dump(HEADLINE, opening, CLOSING))
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place, article.dateline.agency) == (
        text,
        place,
        agency,
    )
    assert article.paragraphs[0].text == opening  # the paragraph keeps its dateline
    assert article.paragraphs[0].span.contains(article.dateline.span)


@pytest.mark.parametrize(
    "opening",
    [
        "The talks -- which lasted ten hours -- ended without a deal.",
        OPENING,
        '"We will not yield," the fisheries minister told reporters.',
        "Ministers \u2014 meeting in private \u2014 agreed nothing new.",
        "President Ivanov -- who took office in 2019 -- said he would stay.",
        # a title of two words opens a person, never a place
        "Prime Minister Saar - Estonia's leader since 2021 - said talks had stalled.",
    ],
)
def test_first_paragraph_without_dateline(opening: str) -> None:
    article = parse(dump(HEADLINE, opening, CLOSING))
    assert article.dateline is None


def test_dateline_only_in_first_paragraph() -> None:
    article = parse(dump(HEADLINE, OPENING, f"LONDON (Reuters) - {REST}"))
    assert article.dateline is None
    assert article.outlet is None


def test_dateline_of_first_paragraph_after_media() -> None:
    article = parse(dump(HEADLINE, "Video 2:30", f"Moscow -- {REST}", CLOSING))
    assert article.dateline is not None
    assert article.dateline.text == "Moscow"


def test_dateline_with_zero_width_character_keeps_source_surface() -> None:
    article = parse(dump(HEADLINE, f"Mos\u200bcow -- {REST}", CLOSING))
    assert article.dateline is not None
    assert article.dateline.text == "Mos\u200bcow"


# -- outlet inference -------------------------------------------------------------------------

KEY_POINTS = "Key Points\n  \u2022 " + "\n  \u2022 ".join(POINTS)


def test_outlet_from_outlet_chrome() -> None:
    assert parse(dump("Watch CBS News", HEADLINE, OPENING, CLOSING)).outlet == "CBS News"


def test_outlet_from_cnbc_layout_signature() -> None:
    article = parse(dump(HEADLINE, KEY_POINTS, OPENING, "VIDEO1:0501:05", CLOSING))
    assert article.outlet == "CNBC"
    assert article.chrome[0].outlet is None  # the evidence is the layout, not a chrome rule


@pytest.mark.parametrize(
    "dump_text",
    [
        dump(HEADLINE, KEY_POINTS, OPENING, "Video 1:05", CLOSING),  # marker not doubled
        dump(HEADLINE, OPENING, "VIDEO1:0501:05", CLOSING),  # no key points
        dump(
            HEADLINE, KEY_POINTS.replace("Key Points", "Highlights"), OPENING, "VIDEO1:0501:05"
        ),  # other wording
    ],
)
def test_half_a_layout_signature_names_no_outlet(dump_text: str) -> None:
    assert parse(dump_text).outlet is None


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        (f"LONDON (Reuters) - {REST}", "Reuters"),
        (f"(CNN) \u2014 {REST}", "CNN"),
        (f"KYIV, Ukraine (AP) \u2014 {REST}", "Associated Press"),
        (f"BERLIN (Example Wire) - {REST}", None),
    ],
)
def test_outlet_from_dateline_agency(opening: str, outlet: str | None) -> None:
    assert parse(dump(HEADLINE, opening, CLOSING)).outlet == outlet


def test_outlet_from_byline_organisation() -> None:
    article = parse(dump(HEADLINE, "By Jane Doe, CBS News", OPENING, CLOSING))
    assert article.outlet == "CBS News"


def test_no_evidence_no_outlet() -> None:
    assert parse(story("Advertisement", MIDDLE)).outlet is None


def test_split_evidence_names_no_outlet() -> None:
    text = dump("Watch CBS News", HEADLINE, KEY_POINTS, OPENING, "VIDEO1:0501:05", CLOSING)
    assert parse(text).outlet is None


def test_caller_outlet_wins() -> None:
    assert parse(dump("Watch CBS News", HEADLINE, OPENING), outlet="X").outlet == "X"
    assert parse(story(), outlet="Example Wire").outlet == "Example Wire"


# -- normalisation --------------------------------------------------------------------------------


def rich_blocks() -> list[str]:
    return [
        "Skip to content",
        "World",
        HEADLINE,
        "By Jane Doe",
        "Key Points\n  \u2022 First point.\n  \u2022 Second point.",
        "Patrol boats at sea\nVIDEO2:1502:15\nThe patrol boats",
        f"Moscow -- {REST}",
        "Advertisement",
        "Who pays for the patrols",
        MIDDLE,
        "A trawler leaves the harbour at dawn.\nMARTA KOSKI | Example Wire | Getty Images",
        "Tweet 1",
        "Why two island states are fighting over fish 04:40",
        CLOSING,
        "Share this article",
    ]


def squash(text: str | None) -> str | None:
    """*text* without zero-width characters, with white space runs made one space."""
    return None if text is None else " ".join(drop_zero_width(text).split())


def signature(article: Article) -> object:
    """What the parse found, independent of offsets, white space and zero-width characters."""
    return (
        squash(article.section and article.section.text),
        squash(article.headline and article.headline.text),
        squash(article.byline and article.byline.text),
        [squash(k.text) for k in article.key_points],
        squash(article.dateline and article.dateline.text),
        article.outlet,
        [(type(b).__name__, squash(b.text)) for b in article.body],
        [(squash(c.text), c.kind) for c in article.chrome],
        [(v.duration, squash(v.title and v.title.text)) for v in article.videos],
        [[squash(c.text) for c in p.credits] for p in article.photos],
    )


@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_line_endings_classify_the_same(eol: str) -> None:
    expected = parse(dump(*rich_blocks()))
    blocks = [block.replace("\n", eol) for block in rich_blocks()]
    article = parse(dump(*blocks, eol=eol))
    assert signature(article) == signature(expected)
    assert all("\r" not in text for text in texts(article.paragraphs))


def test_rich_dump_is_fully_recognised() -> None:
    article = parse(dump(*rich_blocks()))
    assert article.section is not None
    assert article.section.text == "World"
    assert article.byline is not None
    assert article.byline.text == "By Jane Doe"
    assert texts(article.key_points) == ["First point.", "Second point."]
    assert kinds(article) == [
        "Video",
        "Paragraph",
        "Subheading",
        "Paragraph",
        "Photo",
        "Embed",
        "Video",
        "Paragraph",
    ]
    assert [c.text for c in article.chrome] == [
        "Skip to content",
        "Key Points",
        "Advertisement",
        "Share this article",
    ]


def test_nbsp_and_zero_width_characters_classify_the_same() -> None:
    blocks = [
        "Skip\u00a0to\u00a0content",
        "World",
        HEADLINE.replace(" ", "\u00a0", 2),
        "By\u00a0Jane\u200b Doe",
        "Key\u200b Points\n  \u2022\u00a0First point.\n  \u2022 Second\u200b point.",
        "Patrol boats at sea\nVIDEO\u200b2:1502:15\nThe patrol boats",
        f"Moscow\u00a0-- {REST}",
        "Adver\u200btisement",
        "Who pays for\u00a0the patrols\u200b",
        MIDDLE.replace(" ", "\u00a0 ", 1),
        "A trawler leaves the harbour at dawn.\n"
        "MARTA KOSKI\u00a0| Example Wire |\u00a0Getty Images",
        "\u200bTweet 1",
        "Why two island states are fighting over fish\u00a004:40",
        "\ufeff" + CLOSING,
        "Share\u00a0this\u00a0article\u200b",
        "\u200b\u200d",  # a line of only zero-width characters is blank
    ]
    article = parse(dump(*blocks))
    expected = parse(dump(*rich_blocks()))
    assert signature(article) == signature(expected)


def test_curly_quotes_classify_like_straight_ones() -> None:
    article = parse(
        story(
            "What\u2019s next for the fleets?",
            MIDDLE,
            "\u201cWe will not yield\u201d",
            "\u201cWe will not yield,\u201d the minister said on Wednesday.",
            "Editor\u2019s picks",
        )
    )
    assert texts(article.subheadings) == ["What\u2019s next for the fleets?"]
    assert texts(article.paragraphs) == [
        OPENING,
        MIDDLE,
        "\u201cWe will not yield\u201d",
        "\u201cWe will not yield,\u201d the minister said on Wednesday.",
        CLOSING,
    ]
    assert chrome_kinds(article) == {"Editor\u2019s picks": ChromeKind.RELATED}


def test_byte_order_mark_is_not_part_of_headline() -> None:
    article = parse("\ufeff" + story())
    assert article.headline is not None
    assert article.headline.text == HEADLINE


# -- views and clean text ----------------------------------------------------------------------


def test_views_split_the_body_in_order() -> None:
    article = parse(dump(*rich_blocks()))
    body = article.body
    assert article.paragraphs == tuple(b for b in body if isinstance(b, Paragraph))
    assert article.subheadings == tuple(b for b in body if isinstance(b, Subheading))
    assert article.videos == tuple(b for b in body if isinstance(b, Video))
    assert article.photos == tuple(b for b in body if isinstance(b, Photo))
    assert article.embeds == tuple(b for b in body if isinstance(b, Embed))
    assert [type(m).__name__ for m in article.media] == ["Video", "Photo", "Embed", "Video"]
    assert len(article.paragraphs) == 3
    assert [b.span.start for b in body] == sorted(b.span.start for b in body)


def test_text_is_clean_story_text() -> None:
    article = parse(
        dump(
            HEADLINE,
            "Key Points\n  \u2022 A point that is not story text.",
            "Negotiators  met\u00a0on Tuesday,\u200b\tbut no deal was reached.",
            "Advertisement",
            "What\u00a0happens next?",
            "Video 2:30",
            "Talks resume in May,   the \u201cminister\u201d said.  ",
        )
    )
    assert article.text == (
        "Negotiators met on Tuesday, but no deal was reached."
        "\n\nWhat happens next?"
        "\n\nTalks resume in May, the \u201cminister\u201d said."
    )


# -- the packaged demo ----------------------------------------------------------------------------


def test_demo_article() -> None:
    text = resources.files("geopol_news").joinpath("samples/demo_article.txt").read_text("utf-8")
    article = parse(text)
    assert article.section is not None
    assert article.section.text == "World News"
    assert article.byline is not None
    assert article.byline.text.startswith("By ")
    assert len(article.key_points) == 3
    assert [v.duration for v in article.videos] == [185, 252]
    (photo,) = article.photos
    assert len(photo.credits) == 3
    assert [e.kind for e in article.embeds] == ["tweet"]
    assert len(article.subheadings) == 2
    assert article.dateline is not None
    assert article.dateline.text == "Helsinki"
    assert {c.kind for c in article.chrome} == {
        ChromeKind.TIMESTAMP,
        ChromeKind.LABEL,
        ChromeKind.ADVERTISEMENT,
        ChromeKind.SHARE,
        ChromeKind.COPYRIGHT,
        ChromeKind.SUBSCRIBE,
    }
    assert article.outlet is None  # "Highlights", not "Key Points": no CNBC signature



def test_a_bracketed_pair_inside_a_sentence_is_no_credit() -> None:
    line = "Both parties (Liberal / Green) back the plan for the river."
    article = parse(story(line))
    assert article.photos == ()
    assert line in texts(article.paragraphs)


def test_a_bracketed_pair_of_parties_ending_a_paragraph_is_no_credit() -> None:
    """A bracketed credit names a photographer (two words) or a photo agency."""
    line = "The vote split the council along party lines. (Liberal / Green)"
    article = parse(story(line))
    assert article.photos == ()


@pytest.mark.parametrize(
    ("credit", "parts"),
    [
        ("(Jane Roe / Example Wire)", ["Jane Roe", "Example Wire"]),
        ("(Instagram/Jane Roe)", ["Instagram", "Jane Roe"]),
        ("(Staff/Reuters)", ["Staff", "Reuters"]),
    ],
)
def test_a_bracketed_photographer_or_agency_ends_a_caption(credit: str, parts: list[str]) -> None:
    line = f"Fishers mend their nets in the harbour at dawn. {credit}"
    (photo,) = parse(story(line)).photos
    assert [c.text for c in photo.credits] == parts

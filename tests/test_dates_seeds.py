"""The time expressions of the two seed pages (issue 6), read from ``../shared/seeds`` at run
time; the tests skip with the reason when the pages are not beside the checkout.

Reference dates, chosen from the stories themselves (the pages carry no stamp):

* 000 (CNBC): Tuesday 26 March 2019. The story reports that "On Monday" the U.S.
  accused Russia (the Pompeo-Lavrov call of 25 March) "less than 48 hours" after two
  Russian planes landed in Caracas "On Saturday" (23 March).
* 002 (CBS News): Wednesday 1 May 2019. The attempted uprising was "on Tuesday"
  (30 April) and Zakharova spoke "On Wednesday" (1 May).

Each phrase of the issue is found by the mention whose span overlaps where the phrase
stands, and the mention's kind and interval are asserted.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.conftest import read_text, seed_path

from geopol_news import DateKind, Granularity, extract_dates, parse_article
from geopol_news.model import DateMention

K = DateKind
G = Granularity
REFERENCES = {"000": date(2019, 3, 26), "002": date(2019, 5, 1)}

# phrase (as it stands in the page), kind, first day, last day, granularity
EXPECTED: dict[str, list[tuple[str, DateKind, str | None, str | None, Granularity | None]]] = {
    "000": [
        ("on Monday", K.RELATIVE, "2019-03-25", "2019-03-25", G.DAY),
        ("On Saturday", K.RELATIVE, "2019-03-23", "2019-03-23", G.DAY),
        ("In December", K.PARTIAL, "2018-12-01", "2018-12-31", G.MONTH),
        ("on February 22, 2019", K.ABSOLUTE, "2019-02-22", "2019-02-22", G.DAY),
        ("less than 48 hours", K.DURATION, None, None, None),
        ("the past five years", K.DURATION, "2014-03-26", "2019-03-25", G.YEAR),
    ],
    "002": [
        ("on Tuesday", K.RELATIVE, "2019-04-30", "2019-04-30", G.DAY),
        ("On Wednesday", K.RELATIVE, "2019-05-01", "2019-05-01", G.DAY),
        ("in late March", K.PARTIAL, "2019-03-21", "2019-03-31", G.PART_OF_MONTH),
        ("March 28, 2019", K.ABSOLUTE, "2019-03-28", "2019-03-28", G.DAY),
        ("Dec. 5, 2018", K.ABSOLUTE, "2018-12-05", "2018-12-05", G.DAY),
        ("May 2018", K.PARTIAL, "2018-05-01", "2018-05-31", G.MONTH),
        ("since 2006", K.SINCE, "2006-01-01", "2019-05-01", G.YEAR),
        ("2006 and 2013", K.RANGE, "2006-01-01", "2013-12-31", G.YEAR),
        ("a year ago", K.RELATIVE, "2018-05-01", "2018-05-01", G.DAY),
        ("the early 2000s", K.DECADE, "2000-01-01", "2003-12-31", G.DECADE),
        ("2014", K.ABSOLUTE, "2014-01-01", "2014-12-31", G.YEAR),
    ],
}


def _mention_at(text: str, phrase: str, mentions: tuple[DateMention, ...]) -> DateMention:
    start = text.index(phrase)
    end = start + len(phrase)
    overlapping = [m for m in mentions if m.span.start < end and start < m.span.end]
    assert overlapping, f"{phrase!r} not found; mentions: {[m.text for m in mentions]}"
    return overlapping[0]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_phrases_are_found_with_kind_and_interval(prefix: str) -> None:
    text = read_text(seed_path(prefix))
    mentions = extract_dates(text, REFERENCES[prefix])
    for phrase, kind, first, last, granularity in EXPECTED[prefix]:
        mention = _mention_at(text, phrase, mentions)
        assert mention.kind is kind, (phrase, mention)
        if first is None:
            assert mention.value is None, (phrase, mention)
            continue
        assert mention.value is not None, (phrase, mention)
        got = (mention.value.earliest, mention.value.latest, mention.value.granularity)
        assert got == (date.fromisoformat(first), date.fromisoformat(last or first), granularity)


def test_seed_000_duration_length() -> None:
    text = read_text(seed_path("000"))
    mention = _mention_at(text, "less than 48 hours", extract_dates(text, REFERENCES["000"]))
    assert (mention.text, mention.length, mention.unit, mention.modifier) == (
        "less than 48 hours",
        48,
        "hour",
        "less than",
    )


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_articles_carry_the_dates(prefix: str) -> None:
    """parse_article reads the story and its photo captions, against the caller's date;
    the video durations ("04:40", "VIDEO6:1606:16") and money are no dates."""
    text = read_text(seed_path(prefix))
    article = parse_article(text, published=REFERENCES[prefix])
    assert article.published == REFERENCES[prefix]
    texts = [mention.text for mention in article.dates]
    for phrase, *_ in EXPECTED[prefix]:
        _mention_at(text, phrase, article.dates)
    assert not any(":" in mention_text for mention_text in texts)
    assert all(mention.span.of(text) == mention.text for mention in article.dates)
    events = article.timeline()
    assert events
    assert [event.when for event in events] == sorted(event.when for event in events)
    assert article.date_bounds is not None
    # no stamp on these pages: without the caller's date nothing relative is resolved
    bare = parse_article(text)
    assert bare.published is None
    assert all(not mention.resolved for mention in bare.dates)
    assert bare.date_bounds == article.date_bounds


def test_seed_002_date_bounds_and_timeline() -> None:
    text = read_text(seed_path("002"))
    article = parse_article(text)
    assert article.date_bounds is not None
    assert article.date_bounds.earliest == date(2019, 3, 28)  # the latest absolute date
    first = parse_article(text, published=REFERENCES["002"]).timeline()[0]
    assert first.when.earliest == date(2000, 1, 1)
    assert "early 2000s" in first.sentence.text

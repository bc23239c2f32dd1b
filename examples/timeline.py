"""Print one timeline merged from the dated sentences of two or more articles.

Usage: python examples/timeline.py [FILE ...]

Without FILE, the sample article bundled with geopol_news and a short follow-up story
written for this example are used. Each article's relative dates ("on Saturday", "in
four months") are resolved against its own publication date, which parse_article reads
from the page's stamp ("Published 9:40 AM ET Thu, 14 March 2024"); the events of all
the articles are then merged in date order, each tagged with the article it comes from.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geopol_news import Article, DatedEvent, parse_article, parse_article_bytes
from geopol_news.cli import demo_text

FOLLOW_UP = """Europe

Repair ship reaches damaged Baltic cable

By Piet Laan, Example Wire
Published 8:15 AM ET Tue, 2 April 2024

HELSINKI -- A cable repair ship reached the damaged line on Monday, three weeks after \
the second outage.

Engineers expect to restore the link by mid-April, the operator said on Friday. The \
first cable, cut in November 2023, took six weeks to mend.

Finland and Estonia began their joint patrols on March 15, 2024.
"""


def when(event: DatedEvent) -> str:
    """The event's date, or its first and last day when it spans more than one."""
    first, last = event.when.earliest.isoformat(), event.when.latest.isoformat()
    return first if first == last else f"{first}..{last}"


def merged(articles: list[Article]) -> list[tuple[int, DatedEvent]]:
    """Every article's timeline, merged by date (ties keep the articles' order)."""
    events = [(number, event) for number, a in enumerate(articles, 1) for event in a.timeline()]
    events.sort(key=lambda item: (item[1].when, item[0], item[1].mention.span.start))
    return events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="plain-text page dumps")
    args = parser.parse_args(argv)
    if args.files:
        articles = []
        for path in args.files:
            try:
                articles.append(parse_article_bytes(path.read_bytes()))
            except OSError as exc:
                print(f"timeline: cannot read {path}: {exc.strerror}", file=sys.stderr)
                return 1
    else:
        articles = [parse_article(demo_text()), parse_article(FOLLOW_UP)]

    print(f"Timeline of {len(articles)} articles")
    for number, article in enumerate(articles, 1):
        headline = article.headline.text if article.headline else "(no headline)"
        published = article.published.isoformat() if article.published else "date unknown"
        print(f"  [{number}] {headline} (published {published})")
    print()
    for number, event in merged(articles):
        sentence = " ".join(event.sentence.text.split())
        print(f"{when(event):<22} [{number}] {sentence}")
        print(f"{'':<22}     ({event.mention.kind.value}: {event.mention.text!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

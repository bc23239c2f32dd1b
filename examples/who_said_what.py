"""Print who said what in an article: every quote with its speaker, then who gets to speak.

Usage: python examples/who_said_what.py [FILE]

Without FILE, the sample article bundled with geopol_news is used. The quotes
come from ``article.quotes``, in reading order and grouped by the block they
stand in (the headline, a key point, or a paragraph of ``article.body``). Each
line gives the speaker (and how this quote names them, when it is not by the
full name: a surname, "she", "the analyst"), the reporting verb, whom the
words were said to and through what, the kind of quote, and the words,
shortened; for a partial quote inside reported speech, the reported clause
around it. A piece that continues the utterance before it (a quote broken by
its attribution or running over paragraphs) without a verb of its own is
marked "continued".

The summary table counts, per speaker, the quotes (utterances: the pieces of
one ``group`` count once), how many of them are reported speech, and the words
quoted in marks and reported without them. It counts the quotes of the body
only, since the headline and key points restate it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from geopol_news import Article, Quote, QuoteKind, parse_article, parse_article_bytes
from geopol_news.cli import demo_text

UNKNOWN = "(unattributed)"


def cut(text: str, width: int) -> str:
    """*text* shortened to *width* characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def speaker_of(quote: Quote) -> str:
    """The speaker's name; a nominal nobody is named by ("a senior official") in brackets."""
    if quote.speaker is not None:
        return quote.speaker.name
    if quote.speaker_mention is not None:
        return f"({quote.speaker_mention.text.lower()})"
    return UNKNOWN


def named_as(quote: Quote) -> str:
    """How this quote names its speaker, when that is not the speaker's name."""
    mention = quote.speaker_mention
    if quote.speaker is None or mention is None or mention.text == quote.speaker.name:
        return ""
    return f' (as "{mention.text}")'


def place_of(quote: Quote, article: Article) -> str:
    if quote.in_headline:
        return "Headline"
    if quote.paragraph is None:
        return "Key point"
    return f"Block {quote.paragraph} of the body"


def quote_lines(article: Article) -> list[str]:
    lines: list[str] = []
    place = None
    seen_groups: set[int] = set()
    for quote in article.quotes:
        here = place_of(quote, article)
        if here != place:
            lines.append(f"\n{here}")
            place = here
        continued = quote.group in seen_groups
        seen_groups.add(quote.group)
        details = ["continued"] if continued and quote.cue is None else []
        if quote.cue is not None:
            details.append(quote.cue.text)
        if quote.addressee is not None:
            details.append(f"to {quote.addressee.text}")
        if quote.channel is not None:
            details.append(quote.channel.text)
        said = f" - {', '.join(details)}" if details else ""
        lines.append(f"  {speaker_of(quote)}{named_as(quote)}{said} [{quote.kind.value}]")
        words = cut(quote.text, 90)
        lines.append(f"      {words}" if quote.kind is QuoteKind.INDIRECT else f'      "{words}"')
        if quote.clause is not None:
            lines.append(f"      in: {cut(quote.clause.text, 86)}")
    return lines


@dataclass
class Tally:
    groups: set[int] = field(default_factory=set)
    indirect: set[int] = field(default_factory=set)
    quoted_words: int = 0
    reported_words: int = 0


def tally(quotes: tuple[Quote, ...]) -> dict[str, Tally]:
    """Per speaker: the utterances, those reported, and the words quoted and reported."""
    table: dict[str, Tally] = {}
    for quote in quotes:
        if quote.paragraph is None:  # the headline and key points restate the body
            continue
        row = table.setdefault(speaker_of(quote), Tally())
        row.groups.add(quote.group)
        words = len(quote.text.split())
        if quote.kind is QuoteKind.INDIRECT:
            row.indirect.add(quote.group)
            row.reported_words += words
        else:
            row.quoted_words += words
    return table


def summary_lines(quotes: tuple[Quote, ...]) -> list[str]:
    table = tally(quotes)
    lines = ["\nWho gets to speak (body only)"]
    if not table:
        return [*lines, "  (nobody)"]
    lines.append(
        f"  {'speaker':<30} {'quotes':>6} {'reported':>8} {'words in marks':>14} "
        f"{'words reported':>14}"
    )
    ranked = sorted(
        table.items(),
        key=lambda item: (-(item[1].quoted_words + item[1].reported_words), item[0]),
    )
    for name, row in ranked:
        lines.append(
            f"  {cut(name, 30):<30} {len(row.groups):>6} {len(row.indirect):>8} "
            f"{row.quoted_words:>14} {row.reported_words:>14}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="a plain-text page dump")
    args = parser.parse_args(argv)
    if args.file is None:
        article = parse_article(demo_text())
    else:
        try:
            article = parse_article_bytes(args.file.read_bytes())
        except OSError as exc:
            print(f"who_said_what: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 1

    print(article.headline.text if article.headline else "(no headline)")
    utterances = len({quote.group for quote in article.quotes})
    print(f"{len(article.quotes)} quoted pieces in {utterances} quotes")
    lines = quote_lines(article) if article.quotes else ["\n(no quotes found)"]
    lines += summary_lines(article.quotes)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

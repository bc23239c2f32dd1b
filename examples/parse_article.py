"""Parse a news-page dump and print what geopol_news found in it.

Usage:

    python examples/parse_article.py                    # the bundled demo article
    python examples/parse_article.py page.txt           # your own dump
    python examples/parse_article.py page.txt --json-out page.json
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from geopol_news import (
    Article,
    Block,
    Embed,
    Paragraph,
    Photo,
    Subheading,
    Video,
    parse_article,
    parse_article_bytes,
)
from geopol_news.cli import demo_text


def shorten(text: str, width: int = 70) -> str:
    """One line of at most *width* characters, for display only."""
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" ...")


def minutes(seconds: int | None) -> str:
    """A duration in seconds as m:ss, or "?:??" when the page did not give one."""
    if seconds is None:
        return "?:??"
    return f"{seconds // 60}:{seconds % 60:02d}"


def describe(block: Block) -> str:
    """A one-line description of a body block: its kind first, then what it holds."""
    if isinstance(block, Paragraph):
        return f"paragraph   {shorten(block.text)}"
    if isinstance(block, Subheading):
        return f"subheading  {block.text}"
    if isinstance(block, Video):
        title = block.title.text if block.title is not None else "(no title)"
        return f"video       {minutes(block.duration)}  {shorten(title, 60)}"
    if isinstance(block, Photo):
        caption = block.caption.text if block.caption is not None else "(no caption)"
        credits = ", ".join(credit.text for credit in block.credits) or "none"
        return f"photo       {shorten(caption, 50)} [credits: {credits}]"
    if isinstance(block, Embed):
        return f"embed       {block.kind}: {block.text}"
    raise TypeError(f"unexpected block {block!r}")


def or_dash(value: object) -> str:
    """The text of a header record (Snippet, Dateline), or "-" when it is missing."""
    return "-" if value is None else str(value)


def report(article: Article) -> None:
    """Print the article's header, its body in reading order, and the chrome."""
    print(f"outlet:   {article.outlet or '- (not identified)'}")
    print(f"section:  {or_dash(article.section)}")
    print(f"headline: {or_dash(article.headline)}")
    print(f"byline:   {or_dash(article.byline)}")
    print(f"dateline: {or_dash(article.dateline)}")

    print("\nkey points:")
    for point in article.key_points:
        print(f"  - {point.text}")
    if not article.key_points:
        print("  (none)")

    print("\nbody, in reading order:")
    for number, block in enumerate(article.body, start=1):
        print(f"  {number:2}. {describe(block)}")

    print("\nchrome (lines set aside as page furniture):")
    for line in article.chrome:
        print(f"  {line.kind.value:<14} {shorten(line.text, 50)}  [rule: {line.rule}]")
    if not article.chrome:
        print("  (none)")


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Parse a news-page dump and print what geopol_news found in it."
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a plain-text page dump (default: the demo article bundled with geopol_news)",
    )
    parser.add_argument(
        "--json-out", type=Path, metavar="PATH", help="also write the article as JSON to PATH"
    )
    args = parser.parse_args()

    if args.file is None:
        article = parse_article(demo_text())
    else:
        try:
            data = args.file.read_bytes()
        except OSError as exc:
            print(f"error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 1
        # parse_article_bytes decodes UTF-8, falling back to Windows-1252 with a warning.
        article = parse_article_bytes(data)

    report(article)

    if args.json_out is not None:
        args.json_out.write_text(article.to_json(indent=2), encoding="utf-8")
        print(f"\nwrote {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

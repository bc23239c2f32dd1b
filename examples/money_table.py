"""Print the monetary figures and quantities of an article's story as a table.

Usage: python examples/money_table.py [FILE]

Without FILE, the sample article bundled with geopol_news is used. The figures
come from ``article.money`` and ``article.quantities``, which parse_article
fills with the figures of the story's text (headline, key points, paragraphs
and subheadings). The headline and key points restate the paragraphs, so the
table keeps the figures that stand in the paragraphs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TypeVar

from geopol_news import (
    Article,
    MonetaryFigure,
    Quantity,
    parse_article,
    parse_article_bytes,
)
from geopol_news.cli import demo_text

Figure = TypeVar("Figure", MonetaryFigure, Quantity)


def in_paragraphs(figures: tuple[Figure, ...], article: Article) -> list[Figure]:
    """The figures that lie inside one of the article's paragraphs (not headline or key points)."""
    spans = [paragraph.span for paragraph in article.paragraphs]
    return [figure for figure in figures if any(span.contains(figure.span) for span in spans)]


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
            print(f"money_table: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 1

    print(f"{article.headline.text if article.headline else '(no headline)'}\n")
    print(f"{'figure':<36} {'amount':>16} {'to':>16} {'cur':<4} {'qualifier':<10} period")
    for figure in in_paragraphs(article.money, article):
        amount = "" if figure.amount is None else f"{figure.amount:,f}"
        upper = "" if figure.amount_max is None else f"{figure.amount_max:,f}"
        period = figure.period.value if figure.period else ""
        print(
            f"{figure.text[:36]:<36} {amount:>16} {upper:>16} {figure.currency or '?':<4} "
            f"{figure.qualifier.value:<10} {period}"
        )
    print(f"\n{'quantity':<36} {'value':>16} unit")
    for quantity in in_paragraphs(article.quantities, article):
        value = "" if quantity.value is None else f"{quantity.value:,f}"
        print(f"{quantity.text[:36]:<36} {value:>16} {quantity.unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print how two outlets covered the same story, as a Markdown report.

Usage: python examples/compare_coverage.py [FILE_A FILE_B]

Without files, the sample article bundled with geopol_news is compared with a
second telling of the same story, written below for this example as another
outlet would print it. The report (``Comparison.to_markdown()``) has the
scores, the actors both outlets name and those only one names, who gets to
speak on each side and with how many words, the quotations both carry (trimmed
differently or not), the figures they agree or disagree on, the sentences that
report the same fact, and the reporting words each uses for the same speaker.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geopol_news import Article, compare, parse_article, parse_article_bytes
from geopol_news.cli import demo_text

SECOND_TELLING = """Europe

Finland and Estonia to patrol Baltic seabed together after cable damage

By Jonas Virtanen, Northern Ledger

TALLINN -- Estonia and Finland will send joint naval patrols over the undersea cables \
in the Gulf of Finland, the two governments said on Wednesday, after a second data \
cable was cut in four months.

Estonian Defence Minister Kalev Saar said his country could not "leave the arteries of \
our economies unguarded."

Finnish Foreign Minister Liisa Aho called the patrols "a defensive step, not a \
provocation."

Investigators believe a cargo ship dragged its anchor for more than 90 kilometres \
before the cable broke.

The patrols will cost about \u20ac40 million a year, split between the two countries.

"The patrols will change little unless NATO joins them," said Mikko Rantanen, a \
security analyst at the Baltic Security Institute.

Share this article
"""


def read(path: Path) -> Article:
    return parse_article_bytes(path.read_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="two plain-text page dumps")
    args = parser.parse_args(argv)
    if args.files and len(args.files) != 2:
        parser.error("give two files, or none for the bundled sample")
    if args.files:
        try:
            a, b = (read(path) for path in args.files)
        except OSError as exc:
            print(f"compare_coverage: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
            return 1
        labels = [path.name for path in args.files]
    else:
        a = parse_article(demo_text(), outlet="Example Wire")
        b = parse_article(SECOND_TELLING, outlet="Northern Ledger")
        labels = None
    print(compare(a, b, labels=labels).to_markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())

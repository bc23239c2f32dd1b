"""Benchmark ``geopol_news.parse_article``: real pages, a large synthetic page, adversarial inputs.

Run from the repository root::

    python benchmarks/bench_parse.py            # full run
    python benchmarks/bench_parse.py --quick    # fewer repetitions

Three tables (four with the typical articles) are printed:

1. every article in ``../shared/seeds`` and ``../shared/practice/articles`` (skipped
   with a note when that directory is absent) and the bundled demo article: size,
   median parse time over ``--runs`` runs after a warm-up, and throughput; then the
   median over the real articles of 5-8 KB in the peers' quote sets
   (``../shared/external/quotes``): the "typical article" of the speed goal;
2. a generated page of about 1 MB with varied paragraphs, subheadings, media and
   chrome lines;
3. adversarial inputs at two sizes, with the time ratio between them: about 2 for
   a doubling means linear time, about 4 means quadratic.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from geopol_news import parse_article
from geopol_news.cli import demo_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLE_DIRS = (SHARED / "seeds", SHARED / "practice" / "articles")

KB = 1024
MB = 1024 * 1024


# -- timing ---------------------------------------------------------------------------
def median_time(text: str, runs: int, warmup: int = 2) -> float:
    """Median wall time in seconds of ``parse_article(text)`` over *runs* runs."""
    for _ in range(warmup):
        parse_article(text)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        parse_article(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def best_time(text: str, runs: int) -> float:
    """Fastest of *runs* runs, each after a garbage collection (for the big inputs)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        parse_article(text)
        best = min(best, time.perf_counter() - start)
    return best


def size_of(text: str) -> int:
    return len(text.encode("utf-8"))


def throughput(size: int, seconds: float) -> float:
    return size / MB / seconds if seconds > 0 else float("inf")


# -- inputs ---------------------------------------------------------------------------
def real_articles() -> tuple[list[tuple[str, str]], list[str]]:
    """(name, text) of the shared and bundled articles, and notes about what is missing."""
    articles: list[tuple[str, str]] = []
    notes: list[str] = []
    for directory in ARTICLE_DIRS:
        if not directory.is_dir():
            notes.append(f"note: {directory} is absent; its articles are skipped")
            continue
        for path in sorted(directory.glob("*.txt")):
            label = f"{directory.name}/{path.name}"
            articles.append((label, path.read_text(encoding="utf-8")))
    articles.append(("bundled demo_article.txt", demo_text()))
    return articles, notes


_PARAGRAPHS = (
    "PORTHAVEN (Reuters) - Envoys from the two coastal states left the harbour talks on "
    "Tuesday without agreeing how to share the grain corridor, officials said.",
    "\u201cWe are closer than we were a month ago, but not close enough,\u201d the lead "
    "negotiator, Ida Quell, told reporters outside the customs house.",
    "The corridor carried about 4.2 million tonnes of grain last year, according to port "
    "figures, most of it bound for markets in the south.",
    "Opposition lawmakers in the northern parliament called the talks a \u2018charade\u2019 and "
    "demanded a vote on the draft before the summer recess.",
    "A spokesman for the ministry of transport said inspections of ships would continue "
    "\u201cas normal\u201d while the talks were paused.",
    "Shipping companies have already rerouted some vessels, adding up to three days to each "
    "voyage and raising insurance costs by as much as 15%.",
    'The envoy said: "Nobody wants the corridor closed. The question is who pays for '
    'keeping it open, and for how long."',
    "Analysts at a regional think tank said a deal was still likely before the harvest, "
    "when pressure from farmers on both sides will peak.",
)
_SUBHEADINGS = ("Who pays for the corridor", "A harvest deadline", "What the farmers say")
_MEDIA = (
    "Envoys leave the harbour talks without a deal\nVIDEO2:1402:14\n"
    "Envoys leave the harbour talks without a deal",
    "Why the grain corridor matters to both coasts 03:41",
    "Grain ships at anchor outside Porthaven\n"
    "Grain ships wait at anchor outside the port of Porthaven on Monday.\n"
    "MIRA KESTREL | AFP | Getty Images",
    "Tweet 1",
)
_CHROME = (
    "Advertisement",
    "Share this article",
    "Sign up for our newsletter",
    "Read more",
)
_HEADER = (
    "World News\n\n"
    "Harbour talks stall over who pays for the grain corridor\n\n"
    "By Ida Quell and Ola Nyberg, Example Wire\n"
    "Published 9:40 AM ET Thu, 14 March 2024\n\n"
    "Key Points\n"
    "  \u2022 Envoys left the harbour talks without a deal on the grain corridor.\n"
    "  \u2022 Both sides say a deal is still possible before the harvest.\n\n"
)


def realistic_page(target: int = MB) -> str:
    """A synthetic page of about *target* bytes built from the pieces above."""
    parts = [_HEADER]
    size = size_of(_HEADER)
    i = 0
    while size < target:
        if i % 7 == 3:
            piece = _SUBHEADINGS[i % len(_SUBHEADINGS)]
        elif i % 11 == 5:
            piece = _MEDIA[i % len(_MEDIA)]
        elif i % 13 == 8:
            piece = _CHROME[i % len(_CHROME)]
        else:
            piece = _PARAGRAPHS[i % len(_PARAGRAPHS)]
        block = piece + "\n\n"
        parts.append(block)
        size += size_of(block)
        i += 1
    return "".join(parts)


def _repeat(unit: str, size: int, sep: str = "") -> str:
    block = unit + sep
    return block * max(1, size // len(block))


# name, small size, large size, builder(size) -> text
ADVERSARIAL: tuple[tuple[str, int, int, Callable[[int], str]], ...] = (
    ("single line", 5 * MB, 10 * MB, lambda n: _repeat("the envoy said ", n)),
    ("short lines", 100_000, 200_000, lambda n: "Line of the page\n" * n),
    ("quote marks", MB // 2, MB, lambda n: _repeat("\"'\u201c\u201d", n)),
    ("bullet lines", MB // 2, MB, lambda n: _repeat("  \u2022 A point about the talks", n, "\n")),
    ("VIDEO marker lines", MB // 2, MB, lambda n: _repeat("VIDEO1:001:00", n, "\n")),
    ("pipes line", MB // 4, MB // 2, lambda n: _repeat("| ", n)),
    ("capitalised words", MB // 2, MB, lambda n: _repeat("Moscow Al-Rami ", n) + "-- x."),
    ("zero-width + NBSP", MB // 2, MB, lambda n: _repeat("Envoy\u200b\u00a0said\u00ad ", n)),
)
"""Sizes are characters, except for "short lines" where they count lines."""


# -- report ---------------------------------------------------------------------------
def rule(width: int) -> str:
    return "-" * width


def report_articles(runs: int, out: list[str]) -> None:
    articles, notes = real_articles()
    out.append(f"Real articles (median of {runs} runs after warm-up)")
    header = f"{'article':<42} {'size KB':>9} {'median ms':>10} {'MB/s':>8}"
    out.extend([header, rule(len(header))])
    for name, text in articles:
        seconds = median_time(text, runs)
        size = size_of(text)
        out.append(
            f"{name:<42} {size / KB:>9.1f} {seconds * 1000:>10.3f} "
            f"{throughput(size, seconds):>8.2f}"
        )
    out.extend(notes)


TYPICAL_SETS = ("ggt_eval_articles.json", "polnear_dev_articles.json", "polnear_test_articles.json")


def typical_articles(low: int = 5 * KB, high: int = 8 * KB) -> tuple[list[str], list[str]]:
    """The real news articles of *low* to *high* bytes in the peers' quote sets (plain story
    text, no page chrome), and notes about what is missing."""
    texts: list[str] = []
    notes: list[str] = []
    for name in TYPICAL_SETS:
        path = SHARED / "external" / "quotes" / name
        if not path.is_file():
            notes.append(f"note: {path} is absent; its articles are skipped")
            continue
        for record in json.loads(path.read_text(encoding="utf-8")):
            text = record["text"]
            if low <= size_of(text) <= high:
                texts.append(text)
    return texts, notes


def report_typical(runs: int, out: list[str]) -> None:
    """Median over the typical articles of each article's median parse time."""
    texts, notes = typical_articles()
    out.append(f"Typical 5-8 KB articles of the quote sets (median of {runs} runs each)")
    if not texts:
        out.extend(notes or ["note: no article of 5-8 KB found"])
        return
    times = sorted(median_time(text, runs) for text in texts)
    per_second = 1 / statistics.median(times)
    out.append(
        f"{len(texts)} articles: median {statistics.median(times) * 1000:.3f} ms "
        f"(fastest {times[0] * 1000:.3f}, 90th percentile "
        f"{times[int(0.9 * (len(times) - 1))] * 1000:.3f}), {per_second:.0f} articles/s"
    )
    out.extend(notes)


def report_realistic(runs: int, out: list[str]) -> None:
    text = realistic_page()
    size = size_of(text)
    seconds = median_time(text, runs, warmup=1)
    article = parse_article(text)
    out.append(f"Generated realistic page (median of {runs} runs)")
    header = f"{'input':<42} {'size KB':>9} {'median ms':>10} {'MB/s':>8}"
    out.extend([header, rule(len(header))])
    out.append(
        f"{'~1 MB page':<42} {size / KB:>9.1f} {seconds * 1000:>10.1f} "
        f"{throughput(size, seconds):>8.2f}"
    )
    out.append(
        f"  ({text.count(chr(10)) + 1} lines -> {len(article.paragraphs)} paragraphs, "
        f"{len(article.subheadings)} subheadings, {len(article.media)} media, "
        f"{len(article.chrome)} chrome lines)"
    )


def report_adversarial(runs: int, out: list[str]) -> None:
    out.append(f"Adversarial inputs (fastest of {runs} runs; linear time gives a ratio near 2)")
    header = (
        f"{'input':<20} {'small KB':>9} {'small ms':>10} {'large KB':>9} {'large ms':>10} "
        f"{'MB/s':>7} {'ratio':>6}"
    )
    out.extend([header, rule(len(header))])
    for name, small_n, large_n, build in ADVERSARIAL:
        small, large = build(small_n), build(large_n)
        parse_article(small[:10_000])  # warm-up
        t_small, t_large = best_time(small, runs), best_time(large, runs)
        size_small, size_large = size_of(small), size_of(large)
        out.append(
            f"{name:<20} {size_small / KB:>9.0f} {t_small * 1000:>10.1f} "
            f"{size_large / KB:>9.0f} {t_large * 1000:>10.1f} "
            f"{throughput(size_large, t_large):>7.2f} {t_large / t_small:>6.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="runs per real article (default 200)")
    parser.add_argument(
        "--big-runs", type=int, default=5, help="runs per large or adversarial input (default 5)"
    )
    parser.add_argument("--quick", action="store_true", help="20 runs per article, 1 per big input")
    parser.add_argument(
        "--skip-adversarial", action="store_true", help="leave out the adversarial table"
    )
    args = parser.parse_args(argv)
    runs, big_runs = (20, 1) if args.quick else (args.runs, args.big_runs)
    if runs < 1 or big_runs < 1:
        parser.error("--runs and --big-runs must be at least 1")

    out: list[str] = [
        f"geopol_news parse benchmark -- Python {sys.version.split()[0]}, "
        f"{'quick' if args.quick else 'full'} run",
        "",
    ]
    sections: list[Callable[[], None]] = [
        lambda: report_articles(runs, out),
        lambda: report_typical(max(1, runs // 10), out),
        lambda: report_realistic(big_runs, out),
    ]
    if not args.skip_adversarial:
        sections.append(lambda: report_adversarial(big_runs, out))
    for section in sections:
        section()
        out.append("")
        print("\n".join(out), flush=True)
        out.clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())

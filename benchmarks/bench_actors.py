"""Benchmark ``geopol_news.extract_actors``: generated pages, real pages, adversarial inputs.

Run from the repository root::

    python benchmarks/bench_actors.py            # full run
    python benchmarks/bench_actors.py --quick    # fewer repetitions

Three tables are printed:

1. generated story text of about 8 KB, 100 KB and 1 MB, built from sentence
   templates full of names, titles, countries, capitals and organisations:
   median time of ``extract_actors`` and its throughput in MB/s;
2. every article in ``../shared/seeds`` and ``../shared/practice/articles``
   (skipped with a note when that directory is absent) and the bundled demo
   article: median time of ``extract_actors`` on the whole page, and of the
   whole ``parse_article`` (which runs the actor extractor on the story spans);
3. adversarial inputs at two sizes, with the time ratio between them: about 2
   for a doubling means linear time, about 4 means quadratic.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from geopol_news import extract_actors, parse_article
from geopol_news.cli import demo_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ARTICLE_DIRS = (SHARED / "seeds", SHARED / "practice" / "articles")

KB = 1024
MB = 1024 * 1024
TARGET = "target: whole parse_article of a 5-8 KB article < 2 ms median"


# -- timing ---------------------------------------------------------------------------
def median_time(call: Callable[[], object], runs: int, warmup: int = 2) -> float:
    """Median wall time in seconds of *call* over *runs* runs, after *warmup* runs."""
    for _ in range(warmup):
        call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def best_time(call: Callable[[], object], runs: int) -> float:
    """Fastest of *runs* runs, each after a garbage collection (for the big inputs)."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def size_of(text: str) -> int:
    return len(text.encode("utf-8"))


def throughput(size: int, seconds: float) -> float:
    return size / MB / seconds if seconds > 0 else float("inf")


# -- generated text -------------------------------------------------------------------
# Invented people; real countries, capitals, titles and organisations, so that every
# path of the reader is taken: table phrases, titles, appositives, surnames, pronouns,
# capitals as metonyms and as places, acronyms defined in brackets.
_FIRST = ["Ingrid", "Pedro", "Maria", "Tomas", "Lena", "Ahmed", "Sofia", "Viktor", "Amara", "Kenji"]
_LAST = [
    "Halvorsen",
    "Soto",
    "Olsen",
    "Berg",
    "Dahl",
    "al-Rashid",
    "Lund",
    "Petrenko",
    "Okafor",
    "Mori",
]
_COUNTRY = ["Norway", "Chile", "Ukraine", "Nigeria", "Japan", "Russia", "Brazil", "Turkey", "India"]
_DEMONYM = ["Norwegian", "Chilean", "Ukrainian", "Nigerian", "Japanese", "Russian", "Brazilian"]
_CAPITAL = [
    "Oslo",
    "Santiago",
    "Kyiv",
    "Abuja",
    "Tokyo",
    "Moscow",
    "Brasilia",
    "Ankara",
    "Washington",
]
_ORG = (
    "the International Monetary Fund",
    "NATO",
    "the European Union",
    "the World Bank",
    "the United Nations",
    "Reuters",
    "the African Union",
    "the State Department",
)
_TEMPLATES = (
    "{dem} Foreign Ministry spokeswoman {first} {last} said on Tuesday that {cap} had "
    "rejected the proposal put forward by {org}.",
    "\u201cWe will not accept this,\u201d {last} told reporters in {cap2}, adding that she "
    "expected talks with {country} to resume within weeks.",
    "{first} {last}, a senior analyst at the Centre for Maritime Security Studies, said "
    "{country} and {country2} were unlikely to reach a deal before the summer.",
    "Officials in {cap} declined to comment, while {cap2} said the talks had been "
    "\u201cconstructive\u201d and that he hoped for progress.",
    "Prime Minister {first} {last} met {dem} Defence Minister {first2} {last2} in {cap2} "
    "to discuss sanctions, grain exports and the security of undersea cables.",
    "The Kremlin and the White House traded accusations, and {org} urged both sides to "
    "show restraint, according to a statement seen by {org2}.",
    "According to the Council for Arctic Shipping (CAS), traffic fell by a third; the CAS "
    "said {cap}-based operators were worst hit.",
    "Opposition leader {first} {last} accused the government of hiding the cost of the "
    "deal, and {last} said his party would call for a vote in parliament.",
    "Meanwhile, {dem} diplomats said {org} had been asked to mediate between {country} "
    "and {country2} over the disputed fishing grounds.",
)


def generated_text(target: int, seed: int = 7) -> str:
    """Paragraphs of story text of about *target* bytes, filled from the templates."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    i = 0
    while size < target:
        fill = {
            "first": rng.choice(_FIRST),
            "last": rng.choice(_LAST),
            "first2": rng.choice(_FIRST),
            "last2": rng.choice(_LAST),
            "country": rng.choice(_COUNTRY),
            "country2": rng.choice(_COUNTRY),
            "dem": rng.choice(_DEMONYM),
            "cap": rng.choice(_CAPITAL),
            "cap2": rng.choice(_CAPITAL),
            "org": rng.choice(_ORG),
            "org2": rng.choice(_ORG),
        }
        sentences = [_TEMPLATES[(i + k) % len(_TEMPLATES)].format(**fill) for k in range(3)]
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        size += size_of(paragraph)
        i += 1
    return "".join(parts)


# -- real articles --------------------------------------------------------------------
def real_articles() -> tuple[list[tuple[str, str]], list[str]]:
    """(name, text) of the shared and bundled articles, and notes about what is missing."""
    articles: list[tuple[str, str]] = []
    notes: list[str] = []
    for directory in ARTICLE_DIRS:
        if not directory.is_dir():
            notes.append(f"note: {directory} is absent; its articles are skipped")
            continue
        for path in sorted(directory.glob("*.txt")):
            articles.append((f"{directory.name}/{path.name}", path.read_text(encoding="utf-8")))
    articles.append(("bundled demo_article.txt", demo_text()))
    return articles, notes


# -- adversarial inputs ---------------------------------------------------------------
def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


SMALL, LARGE = 100_000, 200_000


def _many_people(n: int) -> str:
    return "".join(f"Analyst Pedro Soto{i} said so. Soto{i} agreed. " for i in range(n // 46))


# name, builder(size in characters) -> text; each is timed at SMALL and LARGE
ADVERSARIAL: tuple[tuple[str, Callable[[int], str]], ...] = (
    ("capitalised run", lambda n: _repeat("Halvorsen Soto ", n) + "said."),
    ("capitalised lines", lambda n: _repeat("Halvorsen Soto Olsen\n", n)),
    ("Al-Al-...", lambda n: "Ahmed " + _repeat("Al-", n) + "Rashid said."),
    ("al-Rashid al-...", lambda n: "Ahmed " + _repeat("al-Rashid ", n) + "said."),
    ("A. B. C. ...", lambda n: _repeat("A. B. C. D. ", n) + "Soto said."),
    ("of the of the ...", lambda n: "Council " + _repeat("of the ", n) + "Sea"),
    ("Centre for of ...", lambda n: "Centre for " + _repeat("Polar of ", n)),
    ("title chain", lambda n: _repeat("Deputy Foreign Minister ", n) + "Soto"),
    ("role words", lambda n: _repeat("deputy foreign affairs ", n) + "analyst Soto said."),
    ("pronouns", lambda n: "Pedro Soto spoke. " + _repeat("He said she told him. ", n)),
    ("many people", _many_people),
    ("one surname", lambda n: "Analyst Pedro Soto spoke. " + _repeat("Soto said. ", n)),
    ("appositives", lambda n: _repeat("Pedro Soto, director of the Polar Institute, said. ", n)),
    ("appositive commas", lambda n: "Pedro Soto" + _repeat(", a", n)),
    ("possessives", lambda n: _repeat("Chile's Norway's ", n)),
)


# -- report ---------------------------------------------------------------------------
def rule(width: int) -> str:
    return "-" * width


def report_generated(runs: int, out: list[str]) -> None:
    out.append("Generated story text: extract_actors (median of the runs shown)")
    header = f"{'input':<18} {'size KB':>9} {'runs':>5} {'median ms':>10} {'MB/s':>8} {'actors':>7}"
    out.extend([header, rule(len(header))])
    sizes = (
        ("~8 KB", 8 * KB, runs),
        ("~100 KB", 100 * KB, max(3, runs // 10)),
        ("~1 MB", MB, max(1, runs // 40)),
    )
    for label, target, n in sizes:
        text = generated_text(target)
        seconds = median_time(partial(extract_actors, text), n, warmup=1)
        size = size_of(text)
        found = len(extract_actors(text))
        out.append(
            f"{label:<18} {size / KB:>9.1f} {n:>5} {seconds * 1000:>10.2f} "
            f"{throughput(size, seconds):>8.2f} {found:>7}"
        )


def report_articles(runs: int, out: list[str]) -> None:
    articles, notes = real_articles()
    out.append(f"Real articles (median of {runs} runs after warm-up)")
    header = (
        f"{'article':<36} {'size KB':>8} {'actors ms':>10} {'parse ms':>9} "
        f"{'actors':>7} {'<2 ms':>6}"
    )
    out.extend([header, rule(len(header))])
    for name, text in articles:
        t_actors = median_time(partial(extract_actors, text), runs)
        t_parse = median_time(partial(parse_article, text), runs)
        size = size_of(text)
        count = len(parse_article(text).actors)
        in_band = 5 * KB <= size <= 8 * KB
        verdict = ("yes" if t_parse < 0.002 else "NO") if in_band else "-"
        out.append(
            f"{name:<36} {size / KB:>8.1f} {t_actors * 1000:>10.3f} {t_parse * 1000:>9.3f} "
            f"{count:>7} {verdict:>6}"
        )
    out.append("  (actors ms: extract_actors on the whole page; parse ms: the whole parse_article;")
    out.append("   <2 ms: the target, judged for pages of 5-8 KB only)")
    out.extend(notes)


def report_adversarial(runs: int, out: list[str]) -> None:
    out.append(
        f"Adversarial inputs for extract_actors (fastest of {runs} runs; "
        "linear time gives a ratio near 2)"
    )
    header = (
        f"{'input':<20} {'small KB':>9} {'small ms':>10} {'large KB':>9} {'large ms':>10} "
        f"{'MB/s':>7} {'ratio':>6}"
    )
    out.extend([header, rule(len(header))])
    for name, build in ADVERSARIAL:
        small, large = build(SMALL), build(LARGE)
        extract_actors(small[:2_000])  # warm-up
        t_small = best_time(partial(extract_actors, small), runs)
        t_large = best_time(partial(extract_actors, large), runs)
        size_small, size_large = size_of(small), size_of(large)
        flag = "  <- superlinear" if t_large / t_small > 3 else ""
        out.append(
            f"{name:<20} {size_small / KB:>9.0f} {t_small * 1000:>10.1f} "
            f"{size_large / KB:>9.0f} {t_large * 1000:>10.1f} "
            f"{throughput(size_large, t_large):>7.2f} {t_large / t_small:>6.2f}{flag}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="runs per real article (default 200)")
    parser.add_argument(
        "--big-runs", type=int, default=3, help="runs per adversarial input (default 3)"
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
        f"geopol_news actor benchmark -- Python {sys.version.split()[0]}, "
        f"{'quick' if args.quick else 'full'} run",
        TARGET,
        "",
    ]
    sections: list[Callable[[], None]] = [
        lambda: report_generated(runs, out),
        lambda: report_articles(runs, out),
    ]
    if not args.skip_adversarial:
        sections.append(lambda: report_adversarial(big_runs, out))
    for section in sections:
        section()
        out.append("")
        print("\n".join(out), flush=True)
        out.clear()
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark ``geopol_news.compare``: pairs per second, and ``compare_many`` at 1k and 10k.

Run from the repository root::

    python benchmarks/bench_compare.py            # full run (about a minute: parsing 11k pages)
    python benchmarks/bench_compare.py --quick    # 300 and 3,000 articles

What is printed:

1. ``compare(a, b)`` on the two seed pages of ``../shared/seeds`` (skipped with a
   note when absent) and on pairs of generated articles on one story: median
   milliseconds per pair and pairs per second;
2. ``compare_many`` over a generated corpus of 1,000 and of 10,000 parsed
   articles (parsing is not timed): seconds, the growth between the two (10 for
   linear time, 100 for quadratic), the number of stories, and how well the
   stories match the generator's own (pairwise precision and recall).

The corpus is made here, from templates: stories about invented people, ships,
cities and operations between real countries, each told by 1 to 40 outlets in
their own words (different headlines, sentence orders, phrasings, quotes
trimmed differently, background sentences shared across stories). The tests
load :func:`corpus` and :func:`story_texts` from this file.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from geopol_news import Article, parse_article
from geopol_news.compare import compare, compare_many

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
TARGET = "targets: compare() of two 5-8 KB pages in a few ms; compare_many(10k) in seconds"

# -- the generated corpus -------------------------------------------------------------------

OUTLETS = (
    "Example Wire", "Harbour Post", "Northern Ledger", "Daily Meridian", "Capital Review",
    "Global Dispatch", "Evening Courier", "Atlas News", "Coastline Times", "The Observer Desk",
    "Metro Bulletin", "Frontier Report", "World Sentinel", "Union Herald", "Pacific Record",
    "Continental Journal", "Bay Chronicle", "Summit Press", "Valley Gazette", "Prairie Monitor",
)  # fmt: skip
COUNTRIES = (
    ("Norway", "Norwegian", "Oslo"), ("Chile", "Chilean", "Santiago"),
    ("Japan", "Japanese", "Tokyo"), ("Brazil", "Brazilian", "Brasilia"),
    ("Turkey", "Turkish", "Ankara"), ("India", "Indian", "New Delhi"),
    ("Nigeria", "Nigerian", "Abuja"), ("Poland", "Polish", "Warsaw"),
    ("Kenya", "Kenyan", "Nairobi"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Mexico", "Mexican", "Mexico City"), ("Egypt", "Egyptian", "Cairo"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Canada", "Canadian", "Ottawa"),
    ("Ukraine", "Ukrainian", "Kyiv"), ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"), ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"), ("Argentina", "Argentine", "Buenos Aires"),
)  # fmt: skip
GIVEN = (
    "Ingrid", "Pedro", "Maria", "Tomas", "Lena", "Ahmed", "Sofia", "Viktor", "Amara", "Kenji",
    "Elena", "Marco", "Fatima", "Oskar", "Leila", "Daniel", "Nadia", "Pablo", "Irina", "Hassan",
)  # fmt: skip
SYLLABLES = (
    "ka", "vro", "len", "dor", "mi", "sa", "tel", "bru", "ne", "ost", "ra", "vik", "lu", "mar",
    "chen", "to", "ber", "gal", "ri", "son", "dal", "ve", "nor", "qui", "zan", "pel", "ho",
)  # fmt: skip
TOPICS = (
    "fishing rights", "a gas pipeline", "grain exports", "an undersea cable", "a border crossing",
    "a river dam", "a rail link", "rare earth mining", "a naval exercise", "a prisoner swap",
    "airspace violations", "a power line", "a port concession", "visa rules", "a fighter jet order",
    "a debt restructuring", "a refinery fire", "a satellite launch", "a uranium deal",
    "a drone incursion", "refugee returns", "a trade tariff", "a shipping lane", "a water treaty",
)  # fmt: skip
UNITS = (
    ("ships", "vessels"), ("troops", "soldiers"), ("tanks", "armored vehicles"),
    ("drones", "unmanned aircraft"), ("inspectors", "monitors"), ("jets", "warplanes"),
)  # fmt: skip
BACKGROUND = (
    "The two countries have been at odds for years over a range of issues.",
    "Relations between the neighbours have swung between rivalry and cooperation.",
    "Analysts say the dispute is unlikely to be settled before the next election.",
    "Both governments face pressure at home to take a firmer line.",
    "Trade between the two sides has grown steadily over the past decade.",
    "Diplomats have tried several times to broker a lasting arrangement.",
    "The region has seen a series of similar incidents in recent months.",
    "Officials on both sides have avoided public comment on the details.",
    "Markets reacted calmly to the news on Tuesday.",
    "The issue is expected to come up at a regional summit later this year.",
)


def _name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def _story_facts(rng: random.Random) -> dict[str, str]:
    """The invented facts of one story: who, where, what and how much."""
    (a, a_dem, a_cap), (b, b_dem, _) = rng.sample(COUNTRIES, 2)
    unit, unit_alt = rng.choice(UNITS)
    count = rng.choice((2, 3, 4, 5, 6, 8, 12, 20, 40, 120))
    money = rng.choice((1, 2, 3, 5, 7, 12, 15, 40, 80))
    return {
        "a": a,
        "a_dem": a_dem,
        "a_cap": a_cap,
        "b": b,
        "b_dem": b_dem,
        "city": f"Port {_name(rng, 3)}",
        "ship": f"{_name(rng, 3)} {rng.choice(('Star', 'Spirit', 'Dawn', 'Pride'))}",
        "operation": f"{_name(rng, 3)}",
        "topic": rng.choice(TOPICS),
        "minister": f"{rng.choice(GIVEN)} {_name(rng, 3)}",
        "analyst": f"{rng.choice(GIVEN)} {_name(rng, 3)}",
        "institute": f"{_name(rng, 3)} Institute",
        "company": f"{_name(rng, 3)} Shipping",
        "envoy": f"{rng.choice(GIVEN)} {_name(rng, 3)}",
        "unit": unit,
        "unit_alt": unit_alt,
        "count": str(count),
        "money": str(money),
        "crew": str(rng.randrange(8, 40)),
        "day": rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
    }


_HEADLINES = (
    "{a} and {b} clash over {topic} after {ship} incident",
    "{ship} standoff: {a} sends {count} {unit} toward {city}",
    "{a_dem} minister {minister} warns {b} over {topic}",
    "What the {ship} affair means for {a} and {b}",
)
_FACTS = (
    (
        "{a} sent {count} {unit} to {city} on {day} after the {ship} was detained, officials said.",
        "On {day}, {count} {a_dem} {unit} arrived in {city}, days after the {ship} was held there.",
        "After the detention of the {ship}, {a} moved {count} {unit} to {city} on {day}.",
    ),
    (
        "The dispute over {topic} has already cost both sides about ${money} billion.",
        "Officials put the cost of the {topic} dispute at ${money} billion so far.",
        "The row over {topic} has cost an estimated ${money} billion, officials said.",
    ),
    (
        "{b} called the deployment, code-named Operation {operation}, a provocation.",
        "{b} condemned Operation {operation}, the {a_dem} deployment near {city}.",
        "Operation {operation}, as {a} calls the mission, drew protests from {b}.",
    ),
    (
        "Talks on {topic} between {a_cap} and the {b_dem} government stalled last month.",
        "Negotiations between {a} and {b} over {topic} broke down last month.",
    ),
    (
        "The {ship} is operated by {company}, which said its crew of {crew} was unharmed.",
        "{company}, the operator of the {ship}, said all {crew} crew members were safe.",
    ),
    (
        "{b_dem} envoy {envoy} was summoned to explain the detention, diplomats said.",
        "Diplomats said {b_dem} envoy {envoy} had been called in over the {ship}.",
    ),
)
_MINISTER = (
    '"We will not allow the {ship} to be used as a bargaining chip, and we will protect '
    'our sailors," {a_dem} Foreign Minister {minister} told reporters in {a_cap}.',
    '{a_dem} Foreign Minister {minister} said {a} would "protect our sailors."',
    '"We will not allow the {ship} to be used as a bargaining chip," Foreign Minister '
    "{minister} said.",
)
_ANALYST = (
    '"Neither side can afford to back down over {topic} before the summit," said '
    "{analyst}, an analyst at the {institute}.",
    '{analyst}, an analyst at the {institute}, said neither side could "afford to back down."',
)


def story_texts(rng: random.Random, facts: dict[str, str], outlet: str) -> str:
    """One article of a story, in the page-dump format, as *outlet* would tell it."""
    headline = rng.choice(_HEADLINES).format(**facts)
    paragraphs = [rng.choice(phrasings).format(**facts) for phrasings in _FACTS]
    rng.shuffle(paragraphs)
    del paragraphs[rng.randrange(2, len(paragraphs) + 1) :]
    paragraphs.insert(1, rng.choice(_MINISTER).format(**facts))
    if rng.random() < 0.6:
        paragraphs.append(rng.choice(_ANALYST).format(**facts))
    paragraphs += rng.sample(BACKGROUND, rng.randrange(1, 4))
    dateline = facts["city"].upper()
    paragraphs[0] = f"{dateline} -- {paragraphs[0]}"
    lines = ["World", headline, f"By {rng.choice(GIVEN)} {_name(rng, 2)}, {outlet}", *paragraphs]
    lines.append("Advertisement")
    return "\n\n".join(lines) + "\n"


def corpus_texts(size: int, seed: int = 11) -> tuple[list[str], list[int]]:
    """*size* generated page dumps and the story each belongs to."""
    rng = random.Random(seed)
    texts: list[str] = []
    stories: list[int] = []
    story = 0
    while len(texts) < size:
        facts = _story_facts(rng)
        outlets = min(size - len(texts), max(1, int(rng.paretovariate(1.2))), 40)
        for outlet in rng.sample(OUTLETS * 2, outlets):
            texts.append(story_texts(rng, facts, outlet))
            stories.append(story)
        story += 1
    order = list(range(size))
    rng.shuffle(order)
    return [texts[i] for i in order], [stories[i] for i in order]


def corpus(size: int, seed: int = 11) -> tuple[list[Article], list[int]]:
    """*size* parsed generated articles and the story each belongs to."""
    texts, stories = corpus_texts(size, seed)
    return [parse_article(text) for text in texts], stories


def pair_scores(found: Sequence[Sequence[int]], truth: Sequence[int]) -> tuple[float, float]:
    """Pairwise precision and recall of the *found* stories against the *truth* labels."""

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    true_pairs = sum(pairs(n) for n in Counter(truth).values())
    found_pairs = sum(pairs(len(story)) for story in found)
    both = sum(pairs(n) for story in found for n in Counter(truth[i] for i in story).values())
    precision = both / found_pairs if found_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return precision, recall


# -- timing ---------------------------------------------------------------------------------


def best_time(call: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def median_time(call: Callable[[], object], runs: int) -> float:
    call()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_pairs(quick: bool) -> None:
    print("compare(a, b)")
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if len(seeds) >= 2:
        a, b = (parse_article(path.read_text(encoding="utf-8")) for path in seeds[:2])
        seconds = median_time(lambda: compare(a, b), 20 if quick else 100)
        sizes = f"{len(a.source) / 1024:.1f} KB + {len(b.source) / 1024:.1f} KB"
        print(f"  seed pages ({sizes}): {seconds * 1000:.2f} ms median, {1 / seconds:,.0f} pairs/s")
    else:
        print(f"  seed pages: skipped, {SEEDS} is absent")
    rng = random.Random(3)
    articles = []
    for _ in range(100 if quick else 300):
        facts = _story_facts(rng)
        articles.append(
            tuple(parse_article(story_texts(rng, facts, outlet)) for outlet in OUTLETS[:2])
        )
    start = time.perf_counter()
    for a, b in articles:
        compare(a, b)
    seconds = time.perf_counter() - start
    size = statistics.mean(len(a.source) + len(b.source) for a, b in articles) / 2 / 1024
    print(
        f"  generated same-story pairs ({size:.1f} KB each): {len(articles) / seconds:,.0f} pairs/s"
    )


def bench_many(quick: bool) -> None:
    small_n, large_n = (300, 3000) if quick else (1000, 10000)
    print("compare_many (corpus parsed beforehand; parsing not timed)")
    results = {}
    for size in (small_n, large_n):
        start = time.perf_counter()
        articles, truth = corpus(size)
        parse = time.perf_counter() - start
        seconds = best_time(partial(compare_many, articles), 1 if size >= 5000 else 3)
        coverage = compare_many(articles)
        found = [story.articles for story in coverage.stories]
        precision, recall = pair_scores(found, truth)
        stories = len(set(truth))
        results[size] = seconds
        print(
            f"  {size:>6,} articles: {seconds:6.2f} s ({size / seconds:,.0f} articles/s); "
            f"{len(found):,} stories found, {stories:,} generated; pairwise precision "
            f"{precision:.3f}, recall {recall:.3f}  [parse {parse:.1f} s]"
        )
    growth = results[large_n] / results[small_n]
    print(
        f"  growth {small_n:,} -> {large_n:,}: x{growth:.1f} "
        f"(linear x{large_n // small_n}, quadratic x{(large_n // small_n) ** 2})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora, fewer runs")
    args = parser.parse_args(argv)
    print(TARGET)
    bench_pairs(args.quick)
    bench_many(args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())

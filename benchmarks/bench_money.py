"""Speed of money extraction, beside two peers on the same inputs.

Usage: python benchmarks/bench_money.py [--repeat N]

Inputs: every sentence of the peers' money test suites in ../shared/external/money
(read at run time, skipped with a note when absent) and a set of sentences
written for this benchmark. For each extractor it reports sentences per second,
figures found per second and MB/s, as the best of --repeat passes.

Peers (optional, never runtime dependencies): quantulum3 and price-parser,
installed with ``pip install -e '.[bench]'``. A peer that is not installed is
listed as such. Goals from the issue: at least 10x quantulum3's speed and at
least 5,000 sentences per second.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from geopol_news import extract_money

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "external" / "money"

WRITTEN = [
    "The ministry said the package was worth about $70-$80 million per year.",
    "Lenders agreed to restructure EUR2bn of debt, officials said on Tuesday.",
    "The fund holds between $5 and $6 billion in reserves.",
    "Exports fell to 5 to 6 billion euros last year.",
    "The deal is worth at least 300 million pounds sterling.",
    "Kyiv received UAH 20 billion in budget support.",
    "India set aside 7 lakh rupees for each village.",
    "Nobody was hurt when the ferry left at 10:30 on Friday.",
    "More than 50 countries signed the declaration in 2019.",
    "Billions of dollars in aid have been pledged since the war began.",
]


def suite_sentences() -> tuple[list[str], list[str]]:
    """The inputs of the shared money suites, and notes about what is missing."""
    sentences: list[str] = []
    notes: list[str] = []
    for name in ("recognizers_currency_en.json", "duckling_money_en.json"):
        path = SHARED / name
        if not path.exists():
            notes.append(f"note: {path} is absent; its sentences are skipped")
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        sentences.extend(case["input"] for case in data["cases"])
    return sentences, notes


def _peers() -> dict[str, Callable[[str], object] | str]:
    """Each peer's extraction function, or why it is unavailable."""
    peers: dict[str, Callable[[str], object] | str] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum_parser

        peers["quantulum3"] = quantulum_parser.parse
    except ImportError:
        peers["quantulum3"] = "not installed (pip install -e '.[bench]')"
    try:
        from price_parser import Price

        peers["price-parser"] = Price.fromstring
    except ImportError:
        peers["price-parser"] = "not installed (pip install -e '.[bench]')"
    return peers


def best_pass(extract: Callable[[str], object], sentences: list[str], repeat: int) -> float:
    """The fastest of *repeat* passes over all *sentences*, in seconds."""
    for sentence in sentences[:20]:  # warm-up: tables are built on first use
        extract(sentence)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for sentence in sentences:
            extract(sentence)
        best = min(best, time.perf_counter() - start)
    return best


def _count(found: object) -> int:
    if found is None:
        return 0
    if isinstance(found, (list, tuple)):
        return len(found)
    return 1 if getattr(found, "amount", None) is not None else 0


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--repeat", type=int, default=5, help="passes per extractor")
    args = options.parse_args(argv)

    sentences, notes = suite_sentences()
    sentences = sentences + WRITTEN
    size = sum(len(sentence.encode("utf-8")) for sentence in sentences)
    for note in notes:
        print(note)
    print(f"{len(sentences)} sentences, {size / 1024:.1f} KB, best of {args.repeat} passes\n")
    print(f"{'extractor':<14} {'sentences/s':>12} {'figures/s':>11} {'MB/s':>8}  geopol_news is")

    extractors: dict[str, Callable[[str], object] | str] = {"geopol_news": extract_money}
    extractors.update(_peers())
    ours = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # peers warn about optional dependencies
        for name, extract in extractors.items():
            if isinstance(extract, str):
                print(f"{name:<14} {extract}")
                continue
            seconds = best_pass(extract, sentences, args.repeat)
            figures = sum(_count(extract(sentence)) for sentence in sentences)
            rate = len(sentences) / seconds
            ours = ours or rate
            print(
                f"{name:<14} {rate:>12,.0f} {figures / seconds:>11,.0f} "
                f"{size / seconds / 1e6:>8.2f}  {ours / rate:>5.1f}x as fast"
            )
    print("\ngoals: >= 5,000 sentences/s, and >= 10x quantulum3")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

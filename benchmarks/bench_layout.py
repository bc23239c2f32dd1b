"""How well the page layout generalises to real articles the project did not write.

A standalone script (no pytest): ``python benchmarks/bench_layout.py [--examples N]``.

It reads the real articles in ``../shared`` at run time (nothing from there is
copied into the project) and reports:

* **headline accuracy** on PolNeAR (``title`` metadata) and on the practice set
  (``gold/*.json`` headlines): the parsed headline, white space normalised,
  equals the reference with or without a trailing full stop. PolNeAR dumps add
  a full stop to the title line, also inside a closing quote ("... 'Terrifying.'"),
  and split titles with a ";" over two lines; the first is accepted as "with a
  trailing full stop", the second is counted apart as "first part only".
* **paragraph retention** on PolNeAR, the GenderGapTracker set and the practice
  set: the share of the source's non-blank lines (the headline line left out)
  that land in a body Paragraph or Subheading rather than in chrome, a media
  block or the header. These sources have no page chrome, so every line that
  went to chrome or media is a false-chrome candidate; up to ``--examples`` of
  them are printed with the rule or block that took them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geopol_news import parse_article
from geopol_news.model import (
    Article,
    ChromeLine,
    Embed,
    Paragraph,
    Photo,
    Snippet,
    Subheading,
    Video,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
QUOTES = SHARED / "external" / "quotes"
PRACTICE = SHARED / "practice"

_SPACES = re.compile(r"\s+")
# Curly and straight quotes compare equal; the dumps mix them with the metadata.
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip().translate(_QUOTES)


def _without_final_stop(text: str) -> str:
    """Drop one final full stop, also one inside a closing quote or bracket ("'Terrifying.'")."""
    if text.endswith("."):
        return text[:-1].rstrip()
    if len(text) >= 2 and text[-1] in "'\")" and text[-2] == ".":
        return text[:-2] + text[-1]
    return text


def headline_verdict(parsed: str | None, title: str) -> str:
    """One of "exact", "stop" (equal but for a final full stop), "first-part", "wrong", "none"."""
    if parsed is None:
        return "none"
    got, want = _norm(parsed), _norm(title)
    if got == want:
        return "exact"
    if _without_final_stop(got) == _without_final_stop(want):
        return "stop"
    if ";" in want and got.rstrip("; ") == want.split(";", 1)[0].strip():
        return "first-part"
    return "wrong"


# -- where each source line landed ----------------------------------------------
@dataclass
class Retention:
    """Counts of source lines by where they landed, plus the lines set aside."""

    places: Counter[str] = field(default_factory=Counter)
    articles: int = 0
    set_aside: list[tuple[str, str, str]] = field(default_factory=list)  # (article, where, line)
    rules: Counter[str] = field(default_factory=Counter)
    outlets: Counter[str] = field(default_factory=Counter)  # "metadata -> inferred"

    @property
    def lines(self) -> int:
        return sum(self.places.values())

    def share(self, place: str) -> float:
        return self.places[place] / self.lines if self.lines else 0.0


def _line_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped text) of each non-blank line."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield pos + lead, pos + lead + len(stripped), stripped
        pos += len(raw) + 1


def _place_of(record: object) -> tuple[str, str]:
    """(place, detail) for one record yielded by Article.iter_places."""
    if isinstance(record, ChromeLine):
        return "chrome", f"{record.rule} ({record.kind.value})"
    if isinstance(record, (Paragraph, Subheading)):
        return "body", type(record).__name__
    if isinstance(record, (Video, Photo, Embed)):
        return "media", type(record).__name__
    return "header", ""


def account(
    article: Article, ident: str, tally: Retention, skip_first: bool, source_outlet: str = "?"
) -> None:
    """Add where every non-blank source line of *article* landed to *tally*."""
    marks: list[tuple[int, int, str, str, str]] = []
    for name, record in article.iter_places():
        assert isinstance(record, (Snippet, ChromeLine, Paragraph, Subheading, Video, Photo, Embed))
        place, detail = _place_of(record)
        if place == "header":
            detail = name
        marks.append((record.span.start, record.span.end, place, detail, name))
    marks.sort()
    lines = list(_line_spans(article.source))
    if skip_first and lines:
        lines = lines[1:]
    tally.articles += 1
    if article.outlet is not None:
        tally.outlets[f"{source_outlet} -> {article.outlet}"] += 1
    for start, end, text in lines:
        # The record that covers most of the line wins (a media block may span lines).
        best: tuple[int, str, str] = (0, "lost", "")
        for m_start, m_end, place, detail, _ in marks:
            if m_start >= end:
                break
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best[0]:
                best = (overlap, place, detail)
        _, place, detail = best
        tally.places[place] += 1
        if place in ("chrome", "media", "lost"):
            tally.set_aside.append((ident, f"{place}: {detail}", text))
            tally.rules[f"{place}: {detail}"] += 1
        elif place == "header":
            tally.rules[f"header: {detail}"] += 1


def report_retention(label: str, tally: Retention, examples: int) -> None:
    print(f"\n## Paragraph retention: {label}")
    print(f"articles {tally.articles}, source lines {tally.lines} (headline line left out)")
    for place in ("body", "header", "media", "chrome", "lost"):
        print(f"  {place:<7} {tally.places[place]:>6}  {100 * tally.share(place):6.2f}%")
    if tally.rules:
        print("  set aside by:", ", ".join(f"{k} x{v}" for k, v in tally.rules.most_common()))
    if tally.set_aside:
        # At most three lines per rule, so that one frequent rule does not hide the others.
        shown_per_rule: Counter[str] = Counter()
        picked = []
        for ident, where, text in tally.set_aside:
            if shown_per_rule[where] < 3 and len(picked) < examples:
                shown_per_rule[where] += 1
                picked.append((ident, where, text))
        print(
            f"  false-chrome candidates ({len(picked)} of {len(tally.set_aside)}, <= 3 per rule):"
        )
        for ident, where, text in picked:
            shown = text if len(text) <= 140 else text[:137] + "..."
            print(f"    [{ident}] {where}: {shown!r}")
    if tally.outlets:
        inferred = ", ".join(f"{k} x{v}" for k, v in tally.outlets.most_common())
        print(f"  outlets inferred (metadata -> inferred): {inferred}")


def report_headlines(
    label: str, verdicts: Counter[str], misses: list[tuple[str, str, str]]
) -> None:
    total = sum(verdicts.values())
    right = verdicts["exact"] + verdicts["stop"]
    print(f"\n## Headline accuracy: {label}")
    if not total:
        print("  no articles")
        return
    print(
        f"  correct {right}/{total} = {100 * right / total:.1f}%"
        f"  (exact {verdicts['exact']}, but for a final full stop {verdicts['stop']})"
    )
    print(
        f"  title split over two lines, first part found: {verdicts['first-part']}"
        f"; wrong: {verdicts['wrong']}; none: {verdicts['none']}"
    )
    for ident, got, want in misses[:10]:
        print(f"    [{ident}] parsed {got!r}\n{'':>{len(ident) + 7}}wanted {want!r}")


# -- the data sets -------------------------------------------------------------------
def _load(path: Path) -> list[dict[str, Any]] | None:
    if not path.exists():
        print(f"\n(skipped {path.name}: {path} is absent)")
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def bench_polnear(examples: int) -> None:
    tally = Retention()
    verdicts: Counter[str] = Counter()
    misses: list[tuple[str, str, str]] = []
    seen = False
    for name in ("polnear_test_articles.json", "polnear_dev_articles.json"):
        records = _load(QUOTES / name)
        if records is None:
            continue
        seen = True
        split = name.split("_")[1]
        for record in records:
            ident = f"{split}:{record.get('id', '?')}"
            article = parse_article(record["text"])
            headline = article.headline.text if article.headline is not None else None
            verdict = headline_verdict(headline, record["title"])
            verdicts[verdict] += 1
            if verdict in ("wrong", "none"):
                misses.append((ident, str(headline), record["title"]))
            account(article, ident, tally, skip_first=True, source_outlet=record.get("outlet", "?"))
    if seen:
        report_headlines("PolNeAR test+dev (title metadata)", verdicts, misses)
        report_retention("PolNeAR test+dev", tally, examples)


def bench_ggt(examples: int) -> None:
    records = _load(QUOTES / "ggt_eval_articles.json")
    if records is None:
        return
    tally = Retention()
    for record in records:
        # GGT texts start with the story itself (no headline line): keep every line.
        ident = f"ggt:{record.get('id', '?')}"
        article = parse_article(record["text"])
        account(article, ident, tally, False, source_outlet=record.get("outlet", "?"))
    report_retention("GenderGapTracker eval (no headline line; all lines counted)", tally, examples)


def _practice_pairs() -> Iterable[tuple[Path, Path]]:
    articles = PRACTICE / "articles"
    if not articles.is_dir():
        print(f"\n(skipped the practice set: {articles} is absent)")
        return []
    return [
        (path, PRACTICE / "gold" / f"{path.stem}.json") for path in sorted(articles.glob("*.txt"))
    ]


def bench_practice(examples: int) -> None:
    pairs = list(_practice_pairs())
    if not pairs:
        return
    tally = Retention()
    verdicts: Counter[str] = Counter()
    misses: list[tuple[str, str, str]] = []
    for text_path, gold_path in pairs:
        article = parse_article(text_path.read_text(encoding="utf-8"))
        headline = article.headline.text if article.headline is not None else None
        if gold_path.exists():
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            verdict = headline_verdict(headline, gold["headline"])
            verdicts[verdict] += 1
            if verdict in ("wrong", "none"):
                misses.append((text_path.stem, str(headline), gold["headline"]))
        account(article, text_path.stem, tally, skip_first=True, source_outlet="BBC")
    report_headlines("practice (gold headlines)", verdicts, misses)
    report_retention("practice", tally, examples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=30, help="false-chrome lines to print")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to measure")
        return 0
    began = time.perf_counter()
    bench_polnear(args.examples)
    bench_ggt(args.examples)
    bench_practice(args.examples)
    print(f"\n(done in {time.perf_counter() - began:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

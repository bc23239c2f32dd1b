"""Score ``extract_dates`` on a peer's date test suite in ``../shared/external/dates``.

A standalone script (no pytest)::

    python benchmarks/eval_dates.py [--examples N] [--check]

It reads ``recognizers_datetime_en_subset.json`` at run time (nothing from it is
copied into the project): 570 English sentences from Microsoft Recognizers-Text's
date-time spec, each with the reference date its expressions resolve against and
the expressions it holds (627 in all), with their spans and resolutions.

Each case is read with ``extract_dates(input, reference)``. Scores:

* **found**: an expected expression is found when a mention's span overlaps its
  span (the sources disagree on the edges: "on Friday" or "Friday", "since 2006"
  or "2006"). Rate over all expected expressions.
* **resolved**: a found expression whose best-overlapping mention has a value that
  matches one of the expected resolutions (the source lists a past and a future
  candidate when the year is open; either is accepted):

  - a date: the mention's interval is that one day;
  - a date range with both ends (``end`` exclusive): the interval starts on
    ``start`` and ends the day before ``end``, or, for a mention of kind range,
    its last element starts on ``end`` (the source ends "2014 to 2018" on
    2018-01-01, where the library counts 2018 in);
  - an open range ("before 2018": only ``end``; "after 2018", "since August":
    only ``start``): the finite end equals either edge of the mention's interval
    (its first day, or the day after its last);
  - a duration (seconds): the mention's ``length`` in ``unit`` has that many
    seconds, counting a month as 30 days and a year as 365, as the source does.

  Rate over the expected expressions that have a resolution (the source leaves
  seasons, fiscal and school years and impossible dates such as "Feb 30"
  unresolved: those count for found only).
* **extra**: mentions that overlap no expected expression (the suite marks
  only what it tests, so some are right; reported, not scored).
* **speed**: cases per second over all inputs, the best of three runs.

Goals: found >= 0.92, resolved >= 0.85, and ten times the speed of dateparser
(measured by the suite's providers at about 570 cases/s, 0.75 found, 0.45
resolved; Recognizers-Text's own Python port 0.88 found, 0.70 resolved).
``--check`` exits 1 when a goal is not met. The first N misses and unresolved
expressions are printed for inspection.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

SUITE = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "external"
    / "dates"
    / "recognizers_datetime_en_subset.json"
)
GOALS = {"found": 0.92, "resolved": 0.85, "cases_per_second": 5_700.0}
PEERS = {
    "dateparser": (0.75, 0.45, 570.0),
    "Recognizers-Text (Python port)": (0.88, 0.70, None),
}
SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3_600,
    "day": 86_400,
    "week": 604_800,
    "weekend": 172_800,
    "fortnight": 1_209_600,
    "month": 2_592_000,
    "quarter": 7_776_000,
    "year": 31_536_000,
    "decade": 315_360_000,
    "century": 3_153_600_000,
}


MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
TIMEX_UNITS = {"M": "month", "Y": "year"}
TIMEX_MONTHS = re.compile(r"P(?P<n>[0-9.]+)(?P<u>[MY])")


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    with_value: int = 0
    resolved: int = 0
    extra: int = 0
    seconds: float = 0.0
    cases: int = 0
    misses: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def matches(mention: Any, value: dict[str, Any]) -> bool:
    """Whether *mention* (a DateMention) resolves to the expected *value*."""
    kind = value.get("type")
    if not _resolvable(value):
        return False
    if kind == "duration":
        return _same_duration(mention, value)
    interval = mention.value
    if interval is None:
        return False
    first, last = interval.earliest, interval.latest
    if "value" in value:
        day = _day(value["value"])
        return first == last == day
    start = _day(value["start"]) if "start" in value else None
    end = _day(value["end"]) if "end" in value else None
    after_last = last + timedelta(days=1) if last < date.max else last
    if start is not None and end is not None:
        if first != start:
            return False
        if after_last == end:
            return True
        return (
            mention.kind.value == "range" and _unit_start(last, interval.granularity.value) == end
        )
    if start is not None:
        return start in (first, after_last)
    if end is not None:
        return end in (first, after_last)
    return False


def _same_duration(mention: Any, value: dict[str, Any]) -> bool:
    """A duration matches by its seconds, or, counted in months and years (whose seconds
    the source fixes at 30 and 365 days), by its months: "3.5 years" is 42 months."""
    if mention.length is None or mention.unit not in SECONDS or "value" not in value:
        return False
    if abs(mention.length * SECONDS[mention.unit] - float(value["value"])) < 1e-6:
        return True
    found = TIMEX_MONTHS.fullmatch(value.get("timex", ""))
    if found is None or mention.unit not in MONTHS_IN:
        return False
    wanted = float(found["n"]) * MONTHS_IN[TIMEX_UNITS[found["u"]]]
    return abs(mention.length * MONTHS_IN[mention.unit] - wanted) < 1e-6


def _unit_start(day: date, granularity: str) -> date:
    """The first day of the unit *day* lies in, at *granularity*."""
    if granularity in ("month", "part_of_month"):
        return day.replace(day=1)
    if granularity == "year":
        return day.replace(month=1, day=1)
    if granularity == "season":  # a quarter
        return day.replace(month=day.month - (day.month - 1) % 3, day=1)
    if granularity == "decade":
        return date(day.year - day.year % 10, 1, 1)
    return day


def has_value(values: list[dict[str, Any]]) -> bool:
    return any(_resolvable(v) for v in values)


def _resolvable(value: dict[str, Any]) -> bool:
    """The source writes "not resolved" where it gives no resolution."""
    if value.get("value") == "not resolved":
        return False
    return "value" in value or "start" in value or "end" in value


def score(cases: list[dict[str, Any]], extract: Any) -> Score:
    result = Score(cases=len(cases))
    readings = []
    for _ in range(3):  # the best of three timed runs
        gc_runs = []
        start = time.perf_counter()
        for case in cases:
            gc_runs.append(extract(case["input"], _day(case["reference_datetime"])))
        elapsed = time.perf_counter() - start
        if not result.seconds or elapsed < result.seconds:
            result.seconds = elapsed
        readings = gc_runs
    for case, mentions in zip(cases, readings, strict=False):
        text = case["input"]
        used = set()
        for expected in case["expected"]:
            result.expected += 1
            lo, hi = expected["start"], expected["end"]
            best, overlap = None, 0
            for i, mention in enumerate(mentions):
                shared = min(hi, mention.span.end) - max(lo, mention.span.start)
                if shared > overlap:
                    best, overlap = i, shared
            values = expected["values"]
            resolvable = has_value(values)
            result.with_value += resolvable
            where = f"{case['reference_datetime'][:10]} | {text!r}: {expected['text']!r}"
            if best is None:
                result.misses.append(where)
                continue
            used.add(best)
            result.found += 1
            if not resolvable:
                continue
            mention = mentions[best]
            if any(matches(mention, value) for value in values):
                result.resolved += 1
            else:
                wanted = "; ".join(
                    str(v.get("value") or (v.get("start"), v.get("end"), v.get("Mod")))
                    for v in values
                )
                result.unresolved.append(
                    f"{where} -> {mention.text!r} {mention.kind.value} {mention.value}"
                    f" len={mention.length} {mention.unit} | want {wanted}"
                )
        for i, mention in enumerate(mentions):
            if i not in used and not any(
                min(e["end"], mention.span.end) > max(e["start"], mention.span.start)
                for e in case["expected"]
            ):
                result.extra += 1
                result.extras.append(f"{text!r}: {mention.text!r} {mention.kind.value}")
    return result


def _listing(title: str, rows: list[str], limit: int) -> None:
    if rows and limit:
        print(f"\n{title} ({len(rows)}; first {min(limit, len(rows))}):")
        for row in rows[:limit]:
            print("  " + row)


def report(result: Score, limit: int) -> bool:
    found = result.found / result.expected if result.expected else 0.0
    resolved = result.resolved / result.with_value if result.with_value else 0.0
    speed = result.cases / result.seconds if result.seconds else float("inf")
    print(f"{result.cases} cases, {result.expected} expected expressions")
    print(f"found     {found:.3f}  ({result.found}/{result.expected})  goal {GOALS['found']}")
    print(
        f"resolved  {resolved:.3f}  ({result.resolved}/{result.with_value} with a resolution)"
        f"  goal {GOALS['resolved']}"
    )
    print(f"extra     {result.extra} mentions that overlap no expected expression")
    print(f"speed     {speed:,.0f} cases/s  goal {GOALS['cases_per_second']:,.0f} (10x dateparser)")
    for peer, (peer_found, peer_resolved, peer_speed) in PEERS.items():
        rate = f", {peer_speed:,.0f} cases/s" if peer_speed else ""
        print(f"  peer {peer}: found {peer_found}, resolved {peer_resolved}{rate}")
    _listing("misses", result.misses, limit)
    _listing("found but not resolved", result.unresolved, limit)
    _listing("extra mentions", result.extras, limit // 2)
    return (
        found >= GOALS["found"]
        and resolved >= GOALS["resolved"]
        and speed >= GOALS["cases_per_second"]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20, help="misses etc. listed (20)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is not met")
    args = parser.parse_args(argv)
    if not SUITE.exists():
        print(f"note: {SUITE} is absent; nothing to score (the shared test data is not here)")
        return 0
    try:
        from geopol_news.dates import extract_dates
    except Exception as exc:  # a broken checkout: say why and stop
        print(f"cannot import geopol_news.dates.extract_dates: {exc}", file=sys.stderr)
        return 2
    cases = json.loads(SUITE.read_text(encoding="utf-8"))["cases"]
    met = report(score(cases, extract_dates), args.examples)
    return 1 if args.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())

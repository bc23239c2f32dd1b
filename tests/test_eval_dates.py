"""The date goals of the peer suite, held: ``benchmarks/eval_dates.py`` scores
``extract_dates`` on Recognizers-Text's English date-time cases, read from
``../shared`` at run time (skipped, with the reason, when that folder is absent).

Only detection and resolution are asserted here; speed is measured by the script
itself, never by a timed test.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.invariants import load_benchmark

from geopol_news import extract_dates

ed = load_benchmark("eval_dates")


@pytest.fixture(scope="module")
def result() -> Any:
    if not ed.SUITE.exists():
        pytest.skip(f"the peer date suite is absent: {ed.SUITE}")
    cases = json.loads(ed.SUITE.read_text(encoding="utf-8"))["cases"]
    return ed.score(cases, extract_dates)


def test_the_suite_holds_what_its_readme_says(result: Any) -> None:
    assert result.cases == 570
    assert result.expected == 627


def test_detection_meets_its_goal(result: Any) -> None:
    found = result.found / result.expected
    assert found >= ed.GOALS["found"], f"found {found:.3f}"


def test_resolution_meets_its_goal(result: Any) -> None:
    resolved = result.resolved / result.with_value
    assert resolved >= ed.GOALS["resolved"], f"resolved {resolved:.3f}"

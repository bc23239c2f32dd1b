"""The library's contract, written once for every test that checks it.

A *line* of a source is what lies between ``\\r\\n``, ``\\r`` or ``\\n`` breaks;
a line is *blank* when it is only white space once the zero-width characters
are removed. Every non-blank line must land in exactly one place of
``Article.iter_places()``, no blank line in any, and every record with a
``text`` and a ``span`` must slice back out of the source.
"""

from __future__ import annotations

import gc
import importlib.util
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import attrs

from geopol_news import Article, Span

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load_benchmark(name: str) -> ModuleType:
    """The script ``benchmarks/<name>.py``, imported once (the folder is no package, so
    it is loaded from its path) and registered in ``sys.modules`` under *name*, where
    dataclasses look their module up while a class is built."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DROP_ZERO_WIDTH = str.maketrans(dict.fromkeys(ZERO_WIDTH))
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def source_lines(source: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every line of *source*, line breaks excluded."""
    lines = []
    pos = 0
    for match in _LINE_BREAK.finditer(source):
        lines.append((pos, match.start(), source[pos : match.start()]))
        pos = match.end()
    lines.append((pos, len(source), source[pos:]))
    return lines


def drop_zero_width(text: str) -> str:
    return text.translate(_DROP_ZERO_WIDTH)


def is_blank(line: str) -> bool:
    """Only white space once the zero-width characters are removed."""
    return not drop_zero_width(line).strip()


def non_blank_lines(source: str) -> list[tuple[int, int, str]]:
    return [line for line in source_lines(source) if not is_blank(line[2])]


def places_of(article: Article, start: int, end: int) -> list[tuple[str, object]]:
    """The places (from ``iter_places``) whose span overlaps ``[start, end)``."""
    line = Span(start, end)
    return [
        (name, record)
        for name, record in article.iter_places()
        if record.span.overlaps(line)  # type: ignore[attr-defined]
    ]


def landing(article: Article, start: int, end: int) -> tuple[str, object]:
    """The one place the line ``[start, end)`` lands in."""
    places = places_of(article, start, end)
    assert len(places) == 1, f"{article.source[start:end]!r} lands in {places}"
    return places[0]


def spanned_records(value: object, path: str = "article") -> Iterator[tuple[str, object]]:
    """``(path, record)`` for every attrs record with a ``text`` and a ``span``."""
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from spanned_records(item, f"{path}[{i}]")
        return
    if not attrs.has(type(value)):
        return
    if isinstance(getattr(value, "span", None), Span) and isinstance(
        getattr(value, "text", None), str
    ):
        yield path, value
    for field in attrs.fields(type(value)):
        if field.name not in ("source", "span", "text"):
            yield from spanned_records(getattr(value, field.name), f"{path}.{field.name}")


def assert_surfaces(article: Article) -> None:
    """Every record's text is its span of the source."""
    source = article.source
    for path, record in spanned_records(article):
        span = record.span  # type: ignore[attr-defined]
        assert 0 <= span.start <= span.end <= len(source), (path, span, len(source))
        assert span.of(source) == record.text, (path, span, record.text)  # type: ignore[attr-defined]


def assert_every_line_placed_once(article: Article) -> None:
    """Each non-blank line lands in exactly one place; a blank line in none."""
    for start, end, text in source_lines(article.source):
        places = places_of(article, start, end)
        if is_blank(text):
            assert not places, f"blank line {text!r} landed in {places}"
        else:
            assert len(places) == 1, f"line {text!r} landed in {places}"


def assert_invariants(article: Article) -> None:
    assert_surfaces(article)
    assert_every_line_placed_once(article)


def best_time(function: Callable[[str], object], text: str, runs: int = 3) -> float:
    """The fastest of *runs* calls of *function* on *text*, in seconds of this process's
    CPU time (for growth ratios: other processes on a loaded machine do not count), with
    the cyclic garbage collector paused: its passes cost in proportion to every object the
    test session holds, not to the work on *text*, and would make a linear reader look
    superlinear late in a long session."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            function(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def growth_ratio(
    function: Callable[[str], object],
    small: str,
    large: str,
    *,
    bound: float,
    tries: int = 5,
) -> float:
    """How many times longer *function* takes on *large* than on *small*.

    Timing on a shared machine is noisy, and noise only ever makes a run slower, so each
    time is the best of several runs, and the ratio is retried (up to *tries* times) until
    it falls under *bound*; the smallest ratio seen is returned.  A truly superlinear
    function stays above the bound on every try, so this cannot hide a quadratic case.
    """
    function(small)  # warm-up: first-call costs (imports, caches) are not growth
    ratios = []
    for _ in range(tries):
        ratios.append(best_time(function, large) / best_time(function, small))
        if ratios[-1] < bound:
            break
    return min(ratios)


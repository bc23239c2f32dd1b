"""Issue 7's proof on the two seed pages in ../shared/seeds, read at run time.

The pages (a CNBC page and a CBS News page on Russia's role in Venezuela) are
read through the helpers of ``conftest.py``, which skip with a reason when
../shared is not beside the checkout. Nothing of their sentences is copied
here: a sentence or figure is picked out by a few distinctive words, checked
first to occur in its page. Actors are compared by ``actor_key``, so "Juan
Guaido" matches the display name "Juan Guaidó".
"""

from __future__ import annotations

import functools

import pytest
from tests.conftest import read_text, seed_path

from geopol_news import (
    Article,
    Comparison,
    FigureStatus,
    actor_key,
    compare,
    compare_many,
    parse_article,
)

SHARED_ACTORS = [
    "Mike Pompeo",
    "Nicolas Maduro",
    "Juan Guaido",
    "Donald Trump",
    "United States",
    "Russia",
    "Venezuela",
]
ONLY_IN_000 = ["Sergei Lavrov", "Javier Mayorca"]
ONLY_IN_002 = [
    "Maria Zakharova",
    "Vladimir Putin",
    "Vladimir Frolov",
    "Tatyana Rusakova",
    "Konstantin Makienko",
    "Ruslan Pukhov",
]
ANALYSTS = ["Vladimir Frolov", "Tatyana Rusakova", "Konstantin Makienko", "Ruslan Pukhov"]


@functools.cache
def _parse(prefix: str) -> Article:
    return parse_article(read_text(seed_path(prefix)))


@functools.cache
def _compare() -> Comparison:
    return compare(_parse("000"), _parse("002"))


def keys(names: list[str]) -> set[str]:
    return {actor_key(name) for name in names}


def in_page(article: Article, needle: str) -> str:
    assert needle in article.source, f"{needle!r} is not in the sample page: has it changed?"
    return needle


def test_the_accents_differ_between_the_pages() -> None:
    a, b = _parse("000"), _parse("002")
    assert "Guaid\u00f3" in a.source
    assert "Guaid\u00f3" not in b.source
    assert "Guaido" in b.source


def test_shared_actors() -> None:
    shared = {row.key for row in _compare().actors.shared}
    assert keys(SHARED_ACTORS) <= shared, sorted(shared)
    guaido = next(row for row in _compare().actors.shared if row.key == actor_key("Juan Guaido"))
    assert guaido.mentions_a > 0
    assert guaido.mentions_b > 0


def test_actors_only_one_page_names() -> None:
    c = _compare()
    only_a = {row.key for row in c.actors.only_a}
    only_b = {row.key for row in c.actors.only_b}
    assert keys(ONLY_IN_000) <= only_a, sorted(only_a)
    assert keys(ONLY_IN_002) <= only_b, sorted(only_b)
    assert not keys(SHARED_ACTORS) & (only_a | only_b)


def test_who_gets_to_speak() -> None:
    c = _compare()
    voices = {v.key: v for v in c.voices.speakers}
    pompeo, lavrov = voices[actor_key("Mike Pompeo")], voices[actor_key("Sergei Lavrov")]
    zakharova = voices[actor_key("Maria Zakharova")]
    # 000 quotes Pompeo and Lavrov; 002 quotes Pompeo and Zakharova.
    assert pompeo.quotes_a > 0
    assert pompeo.quotes_b > 0
    assert lavrov.quotes_a > 0
    assert lavrov.quotes_b == 0
    assert zakharova.quotes_b > 0
    assert zakharova.quotes_a == 0
    assert pompeo.group == "U.S. officials"
    assert lavrov.group == zakharova.group == "Russian officials"
    # 002 quotes four analysts, 000 none.
    analysts = {v.key for v in c.voices.speakers if v.group == "independent analysts"}
    assert analysts == keys(ANALYSTS)
    assert all(voices[key].quotes_b > 0 and voices[key].quotes_a == 0 for key in analysts)
    groups = {g.label: g for g in c.voices.groups}
    assert groups["independent analysts"].share_a == 0.0
    assert groups["independent analysts"].share_b > 0.5  # most of 002's quoted words
    assert groups["U.S. officials"].share_a > 0
    assert groups["Russian officials"].share_a > 0


def test_the_planes_landing_in_caracas_are_one_claim() -> None:
    a, b = _parse("000"), _parse("002")
    needle_a = in_page(a, "two Russian military planes touched down in Caracas")
    needle_b = in_page(b, "two military planes carrying")
    pairs = [p for p in _compare().claims.pairs if needle_a in p.a.text and needle_b in p.b.text]
    assert len(pairs) == 1, [(p.a.text, p.b.text) for p in _compare().claims.pairs]
    assert {"plane", "caracas"} <= set(pairs[0].words)
    assert {"russia", "caracas"} <= set(pairs[0].actors)


def test_the_two_planes_agree() -> None:
    a, b = _parse("000"), _parse("002")
    in_page(a, "two Russian military planes")
    in_page(b, "two military planes")
    aligned = {(x.a.text, x.b.text): x for x in _compare().figures.aligned}
    planes = aligned[("two Russian military planes", "two military planes")]
    assert planes.status is FigureStatus.AGREE
    assert planes.a.low == planes.b.low == 2
    assert planes.a.unit == planes.b.unit


def test_the_seed_comparison_mirrors_round_trips_and_renders() -> None:
    c = _compare()
    back = compare(_parse("002"), _parse("000"))
    assert back.scores == c.scores
    assert {r.key for r in back.actors.only_a} == {r.key for r in c.actors.only_b}
    assert Comparison.from_json(c.to_json()) == c
    report = c.to_markdown()
    assert report.startswith("# Comparison: CNBC vs CBS News\n")
    assert "| Mike Pompeo | U.S. officials |" in report
    for score in (c.scores.actors, c.scores.claims, c.scores.similarity):
        assert score is not None
        assert 0 < score < 1


@pytest.mark.parametrize("extra", [0, 1])
def test_compare_many_puts_the_two_pages_in_one_story(extra: int) -> None:
    others = [parse_article("Ferry talks\n\nFinland and Estonia agreed to share ferry slots.")]
    articles = [_parse("000"), _parse("002"), *others[:extra]]
    coverage = compare_many(articles)
    assert coverage.stories[0].articles == (0, 1)
    shared = {row.key for row in coverage.stories[0].actors if all(row.mentions)}
    assert keys(SHARED_ACTORS) <= shared

"""Issue 4's proof on the two seed pages in ../shared/seeds, read at run time.

The pages are read through the helpers of ``conftest.py``, which skip with a
reason when ../shared is not beside the checkout. Nothing of their text is
copied here: the expectations are the names of public figures, countries and
organisations that issue 4 lists. People are compared by ``actor_key``, so
"Nicolas Maduro" matches the display name "Nicolás Maduro".
"""

from __future__ import annotations

import functools

import pytest
from tests.conftest import read_text, seed_path

from geopol_news import Actor, ActorKind, Article, Gender, Photo, Role, actor_key, parse_article
from geopol_news.data import calendar, countries

P, C, ORG = ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.ORGANIZATION


@functools.cache
def _parse(prefix: str) -> Article:
    return parse_article(read_text(seed_path(prefix)))


def seed(prefix: str) -> Article:
    article = _parse(prefix)
    for actor in (*article.actors, *article.credits):
        for mention in actor.mentions:
            assert mention.span.of(article.source) == mention.text, (actor.name, mention)
    return article


def keys(article: Article, kind: ActorKind) -> set[str]:
    return {actor.key for actor in article.actors if actor.kind is kind}


def the(article: Article, name: str, kind: ActorKind = P) -> Actor:
    found = [a for a in article.actors if a.kind is kind and a.key == actor_key(name)]
    assert len(found) == 1, (name, sorted(a.name for a in article.actors if a.kind is kind))
    return found[0]


EXPECTED = {
    "000": {
        P: [
            "Mike Pompeo",
            "Sergei Lavrov",
            "Nicolas Maduro",
            "Juan Guaido",
            "Donald Trump",
            "Javier Mayorca",
        ],
        C: ["United States", "Russia", "Venezuela"],
        ORG: ["State Department"],
    },
    "002": {
        P: [
            "Mike Pompeo",
            "Maria Zakharova",
            "Nicolas Maduro",
            "Juan Guaido",
            "Donald Trump",
            "Vladimir Putin",
            "Bashar Assad",
            "Vladimir Frolov",
            "Tatyana Rusakova",
            "Konstantin Makienko",
            "Ruslan Pukhov",
        ],
        C: [
            "United States",
            "Russia",
            "Venezuela",
            "Cuba",
            "Syria",
            "Ukraine",
            "Belarus",
            "Kazakhstan",
        ],
        ORG: ["Rosneft", "Financial Times", "State Duma"],
    },
}

CASES = [
    pytest.param(prefix, kind, name, id=f"{prefix}-{kind.value}-{name}")
    for prefix, kinds in EXPECTED.items()
    for kind, names in kinds.items()
    for name in names
]


@pytest.mark.parametrize(("prefix", "kind", "name"), CASES)
def test_seed_names_the_actor(prefix: str, kind: ActorKind, name: str) -> None:
    article = seed(prefix)
    assert actor_key(name) in keys(article, kind), sorted(
        a.name for a in article.actors if a.kind is kind
    )


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_guaido_is_one_actor_under_both_spellings(prefix: str) -> None:
    article = seed(prefix)
    guaido = the(article, "Juan Guaido")
    surfaces = {mention.text for mention in guaido.mentions}
    assert any("Guaido" in s for s in surfaces), surfaces
    if prefix == "000":  # the first seed prints the name with and without the accent
        assert any("Guaidó" in s for s in surfaces), surfaces
    assert [a for a in article.actors if "guaido" in a.key] == [guaido]


def test_seed_002_frolov_is_a_foreign_affairs_analyst() -> None:
    assert "foreign affairs analyst" in the(seed("002"), "Vladimir Frolov").titles


def test_seed_002_rusakova_speaks_for_the_center_for_crisis_society_studies() -> None:
    article = seed("002")
    rusakova = the(article, "Tatyana Rusakova")
    center = the(article, "Center for Crisis Society Studies", ORG)
    assert rusakova.affiliation == center.key == actor_key("Center for Crisis Society Studies")


def test_seed_002_makienko_is_a_director() -> None:
    titles = the(seed("002"), "Konstantin Makienko").titles
    assert any("director" in title for title in titles), titles


def test_seed_002_zakharova_is_a_woman_of_the_russian_foreign_ministry() -> None:
    article = seed("002")
    zakharova = the(article, "Maria Zakharova")
    assert zakharova.gender is Gender.FEMALE
    assert zakharova.country == "RU"
    assert zakharova.affiliation in {a.key for a in article.actors if a.kind in (ORG, C)}


_MONTHS = {form for forms in calendar.MONTHS for form in forms}
_WEEKDAYS = {form for forms in calendar.WEEKDAYS for form in forms}
_COUNTRY_NAMES = {
    form for country in countries.COUNTRIES for form in (country.name, *country.names)
}
FORBIDDEN = {actor_key(name) for name in (*_MONTHS, *_WEEKDAYS, *_COUNTRY_NAMES, "Key Points")}


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_no_person_is_a_weekday_month_country_or_label(prefix: str) -> None:
    article = seed(prefix)
    people = [a for a in article.actors if a.kind is P]
    assert people
    for person in people:
        words = {actor_key(word) for word in person.name.split()}
        assert person.key not in FORBIDDEN, person.name
        assert not words <= FORBIDDEN | {"key", "points"}, person.name


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_no_story_actor_carries_a_credit_role(prefix: str) -> None:
    article = seed(prefix)
    assert all(actor.role is None for actor in article.actors)
    assert all(actor.role is not None for actor in article.credits)


def test_seed_000_credits_hold_the_photographer() -> None:
    article = seed("000")
    photo_credits = [c for b in article.body if isinstance(b, Photo) for c in b.credits]
    assert photo_credits, "the first seed has a credited photo"
    photographers = [a for a in article.credits if a.role is Role.PHOTOGRAPHER]
    assert len(photographers) == 1, article.credits
    photographer = photographers[0]
    assert photographer.kind is P
    (mention,) = photographer.mentions
    assert mention.span in {c.span for c in photo_credits}
    assert photographer.name == mention.text.title()  # printed in capitals, shown in title case
    assert photographer.key not in keys(article, P)  # kept out of the story's actors
    agencies = {a.name for a in article.credits if a.role is Role.PHOTO_AGENCY}
    assert {"Agence France-Presse", "Getty Images"} <= agencies

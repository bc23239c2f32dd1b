"""Property-based tests of actor extraction: invariants that hold for any input.

* A person named in a sentence template (a title before the name, or a
  reporting verb beside it) is found, whatever given name from
  ``people.GIVEN_NAMES``, particle and invented capitalised surname the name is
  built from, and its mention slices back out of the text.
* Any string, including runs of the characters names are made of (capitals,
  apostrophes, hyphens, dots, NBSP), is read without raising, and every mention
  of every actor slices back.
* ``Actor`` and ``Article`` survive a JSON round trip.
* ``actor_key`` ignores case and accents.
* Reading time grows linearly with adversarial input.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from tests.invariants import assert_surfaces, growth_ratio

from geopol_news import (
    Actor,
    ActorKind,
    Article,
    MentionKind,
    Snippet,
    Span,
    actor_key,
    credited_actors,
    extract_actors,
    parse_article,
)
from geopol_news import actors as actors_module
from geopol_news.data import calendar, countries, organizations, people, roles
from geopol_news.serialize import structure, unstructure

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# -- names --------------------------------------------------------------------------------------


def _table_words() -> frozenset[str]:
    """Every word of every table phrase: an invented surname must be none of them, so that
    it cannot be a country, a title, a month or a listed person's surname."""
    forms: list[str] = []
    for country in countries.COUNTRIES:
        forms += [country.name, *country.names, *country.demonyms, *country.capitals]
        forms += list(country.seats)
    forms += list(countries.AMBIGUOUS_NAMES) + list(countries.SHARED_DEMONYMS)
    for org in organizations.ORGANIZATIONS:
        forms += [org.name, *org.names, *org.acronyms]
    forms += list(organizations.GENERIC_BODIES) + list(organizations.ORG_HEAD_WORDS)
    forms += list(organizations.FACILITY_HEADS)
    for person in people.PEOPLE:
        forms += [person.name, *person.names, person.surname, *person.surnames]
    forms += list(roles.REGIONS) + list(roles.TITLES) + list(roles.NON_NAME_WORDS)
    forms += list(roles.REGIONAL_ADJECTIVES)
    forms += [form for forms_ in (*calendar.MONTHS, *calendar.WEEKDAYS) for form in forms_]
    return frozenset(word for form in forms for word in form.replace("-", " ").split())


TABLE_WORDS = _table_words()

given_name = st.sampled_from(sorted(people.GIVEN_NAMES))
surname = st.from_regex(r"\A[A-Z][a-z]{3,9}\Z").filter(
    lambda word: word not in TABLE_WORDS and word not in people.GIVEN_NAMES
)
particle = st.sampled_from(["", "", "", "von ", "van der ", "de ", "da ", "bin ", "al-", "el-"])


@st.composite
def person_names(draw: st.DrawFn) -> str:
    return f"{draw(given_name)} {draw(particle)}{draw(surname)}"


TITLED = [
    "President {name} said the talks would resume.",
    "Officials met Foreign Minister {name} on the border.",
    "The talks were led by opposition leader {name} and his aides.",
    "Reporters asked Prime Minister {name} about the blockade.",
    "The plan was backed by foreign affairs analyst {name} in an interview.",
    "The strike was confirmed by {name}, a ministry spokeswoman, late at night.",
]
REPORTED = [
    "{name} said the talks would resume.",
    "The talks will resume, {name} said.",
    "The talks will resume, said {name}, who did not give a date.",
    '"We will not leave," {name} told reporters.',
    "According to the envoy, {name} warned that the port would close.",
]
SECOND = [
    "Later {surname} said the vote was rigged.",
    "On Tuesday, {surname} said the vote was rigged.",
    "The vote was rigged, {surname} said.",
]


def _check_person_found(text: str, name: str) -> Actor:
    actors = extract_actors(text)
    people_found = [a for a in actors if a.kind is ActorKind.PERSON]
    matches = [a for a in people_found if a.key == actor_key(name)]
    assert len(matches) == 1, (text, [(a.name, a.kind.value) for a in actors])
    person = matches[0]
    assert person.name == name
    named = [m for m in person.mentions if m.kind is MentionKind.NAME]
    assert [m.text for m in named] == [name]
    assert named[0].span.start == text.index(name)
    for actor in actors:
        for mention in actor.mentions:
            assert mention.span.of(text) == mention.text
    return person


@SETTINGS
@given(person_names(), st.sampled_from(TITLED))
@example("Anna Kavrosk", TITLED[0])
@example("Omar al-Rashidi", TITLED[1])
def test_a_titled_name_is_found_with_its_span(name: str, template: str) -> None:
    text = template.format(name=name)
    person = _check_person_found(text, name)
    assert person.titles, person


@SETTINGS
@given(person_names(), st.sampled_from(REPORTED))
@example("Ingrid von Kavrosk", REPORTED[0])
def test_a_reported_name_is_found_with_its_span(name: str, template: str) -> None:
    _check_person_found(template.format(name=name), name)


@SETTINGS
@given(person_names(), st.sampled_from(REPORTED))
@example("Nicolás Maduro", REPORTED[0])
def test_a_name_with_decomposed_accents_is_found_with_its_span(name: str, template: str) -> None:
    """Accents written as combining marks (NFD) read as the composed letters do: the
    person is the same actor, and each mention quotes the text as given."""
    text = unicodedata.normalize("NFD", template.format(name=name))
    actors = extract_actors(text)
    matches = [a for a in actors if a.kind is ActorKind.PERSON and a.key == actor_key(name)]
    assert len(matches) == 1, (text, [(a.name, a.kind.value) for a in actors])
    assert matches[0].name == unicodedata.normalize("NFC", name)
    named = [m for m in matches[0].mentions if m.kind is MentionKind.NAME]
    assert [m.text for m in named] == [unicodedata.normalize("NFD", name)]
    for actor in actors:
        for mention in actor.mentions:
            assert mention.span.of(text) == mention.text


@SETTINGS
@given(given_name, surname, st.sampled_from(TITLED + REPORTED), st.sampled_from(SECOND))
def test_a_later_surname_joins_the_full_name(
    first: str, last: str, template: str, second: str
) -> None:
    name = f"{first} {last}"
    text = template.format(name=name) + " " + second.format(surname=last)
    person = _check_person_found(text, name)
    surnames = [m for m in person.mentions if m.kind is MentionKind.SURNAME]
    assert [(m.text, m.span.start) for m in surnames] == [(last, text.rindex(last))]


@SETTINGS
@given(person_names(), person_names(), st.sampled_from(REPORTED))
def test_two_different_people_stay_two_actors(a: str, b: str, template: str) -> None:
    assume(actor_key(a) != actor_key(b))
    text = template.format(name=a) + " " + template.format(name=b)
    found = {x.key for x in extract_actors(text) if x.kind is ActorKind.PERSON}
    assert found == {actor_key(a), actor_key(b)}


# -- any text --------------------------------------------------------------------------------

NAMEY = st.text(
    alphabet=st.sampled_from(list("ABCMOSTVZaelors '\u2019-.,\u00a0\n()|")), max_size=200
)
NAMEY_WORDS = st.lists(
    st.sampled_from(
        [
            "Al-",
            "al-",
            "A.",
            "Mr.",
            "U.S.",
            "O'",
            "Moscow",
            "Moscow-based",
            "Kremlin",
            "President",
            "spokeswoman",
            "said",
            "he",
            "She",
            "von",
            "der",
            "of",
            "the",
            "and",
            "(IMF)",
            "(",
            ")",
            "Center",
            "Ministry",
            "Guaidó",
            "Guaido",
            "Maduro's",
            "Reuters'",
            ",",
            ".",
            "\u00a0",
            "-",
            "'s",
            "\n",
            "Anna",
            "Kavrosk",
        ]
    ),
    max_size=60,
).map(" ".join)
ANY = st.text() | NAMEY | NAMEY_WORDS


def _check_actors(text: str, actors: tuple[Actor, ...]) -> None:
    assert isinstance(actors, tuple)
    keys = [a.key for a in actors]
    assert len(keys) == len(set(zip(keys, [a.kind for a in actors], strict=True)))
    for actor in actors:
        assert isinstance(actor, Actor)
        assert actor.mentions, actor
        assert actor.key == actor_key(actor.name) or actor.kind is not ActorKind.PERSON
        assert [m.span.start for m in actor.mentions] == sorted(
            m.span.start for m in actor.mentions
        )
        for mention in actor.mentions:
            assert 0 <= mention.span.start < mention.span.end <= len(text), mention
            assert mention.span.of(text) == mention.text, (actor.name, mention)
        assert actor.country is None or (len(actor.country) == 2 and actor.country.isupper())
    starts = [a.mentions[0].span.start for a in actors]
    assert starts == sorted(starts)


@SETTINGS
@given(ANY)
@example("Al-Al-Al-Al-")
@example("A. B. C. D. E.")
@example("Mr. Mr. Mr.")
@example("of the of the Of The")
@example("O'Hara's O\u2019Neil\u2019s Reuters'")
@example("Moscow-based\u00a0Moscow\u00a0-\u00a0Kremlin")
@example("The International Monetary Fund (")
@example("Anna Kavrosk,")
@example("-A")
def test_any_text_never_raises_and_every_mention_slices_back(text: str) -> None:
    _check_actors(text, extract_actors(text))


@st.composite
def credited_pages(draw: st.DrawFn) -> tuple[str, list[Snippet], list[Snippet]]:
    """Any text with bylines and photo credits cut out of it at random places."""
    text = draw(ANY | pages())

    def snippets() -> list[Snippet]:
        out = []
        for _ in range(draw(st.integers(0, 3))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, len(text)))
            out.append(Snippet(text[start:end], Span(start, end)))
        return out

    return text, snippets(), snippets()


@SETTINGS
@given(credited_pages())
def test_credited_actors_never_raise_and_slice_back(
    page: tuple[str, list[Snippet], list[Snippet]],
) -> None:
    text, bylines, photo_credits = page
    credits = credited_actors(text, bylines=bylines, photo_credits=photo_credits)
    _check_actors(text, credits)
    inside = [s.span for s in (*bylines, *photo_credits)]
    for actor in credits:
        assert actor.role is not None
        for mention in actor.mentions:  # a credit comes from a byline or a photo credit
            assert any(span.contains(mention.span) for span in inside), mention


# -- JSON round trips ----------------------------------------------------------------------


def _sentence(template: str, name: str) -> str:
    return template.format(name=name)


@st.composite
def pages(draw: st.DrawFn) -> str:
    """A page: a title-case headline, an optional byline, paragraphs naming people and
    countries, and an optional photo with a credit."""
    names = draw(st.lists(person_names(), min_size=1, max_size=3))
    paragraphs = [_sentence(draw(st.sampled_from(TITLED + REPORTED)), name) for name in names]
    paragraphs += draw(
        st.lists(
            st.sampled_from(
                [
                    "Moscow accuses Washington of meddling in the vote.",
                    "The Kremlin and the White House traded barbs on Monday.",
                    "Talks in Moscow ended without a deal.",
                    "The International Monetary Fund (IMF) said the IMF would wait.",
                    "Rosneft and the State Department did not comment.",
                    "Russian and Venezuelan officials met in Caracas.",
                ]
            ),
            max_size=4,
        )
    )
    lines = [draw(st.sampled_from(["Envoys Clash Over Port Deal", "Talks Stall As Winter Nears"]))]
    if draw(st.booleans()):
        lines.append(f"By {draw(given_name)} {draw(surname)}")
    lines += paragraphs
    if draw(st.booleans()):
        credit = f"{draw(given_name)} {draw(surname)}".upper()
        lines += ["Workers at the port at dawn.", f"{credit} | AFP | Getty Images"]
    return "\n\n".join(lines) + "\n"


@SETTINGS
@given(pages())
def test_article_json_round_trip(page: str) -> None:
    article = parse_article(page)
    assert_surfaces(article)
    assert article.actors  # every page names at least one person
    assert Article.from_json(article.to_json()) == article
    # what the byline and the photo credit print is not read again as story actors
    credited = [m.span for a in article.credits for m in a.mentions]
    for actor in article.actors:
        for mention in actor.mentions:
            assert not any(mention.span.overlaps(span) for span in credited), (actor, mention)


@SETTINGS
@given(pages() | ANY)
def test_actor_json_round_trip(text: str) -> None:
    for actor in extract_actors(text):
        data = json.loads(json.dumps(unstructure(actor), ensure_ascii=False))
        assert structure(data, Actor) == actor


# -- keys ------------------------------------------------------------------------------------

ACCENTS = "\u0301\u0300\u0308\u0303\u0327\u030c"


@st.composite
def accented(draw: st.DrawFn) -> tuple[str, str]:
    """A name and the same name with its case changed and accents added (composed, NFC)."""
    plain = draw(person_names())
    changed = draw(st.sampled_from([str.upper, str.lower, str]))(plain)
    words = []
    for word in changed.split(" "):
        if word.lower() in PLAIN_PARTICLES:  # "von", "al-": particles take no accents
            words.append(word)
            continue
        head, dash, _ = word.partition("-")
        prefix = head + dash if dash and head.lower() in people.HYPHEN_PARTICLES else ""
        out = [prefix]
        for char in word[len(prefix) :]:
            if char.isalpha() and draw(st.integers(0, 2)) == 0:
                composed = unicodedata.normalize("NFC", char + draw(st.sampled_from(ACCENTS)))
                if len(composed) == 1:  # only accents that compose: "é", "ñ", "ç", "š"
                    char = composed
            out.append(char)
        words.append("".join(out))
    return plain, " ".join(words)


PLAIN_PARTICLES = frozenset(people.SURNAME_PARTICLES)


@SETTINGS
@given(accented())
def test_keys_ignore_accents_and_case(pair: tuple[str, str]) -> None:
    plain, changed = pair
    assert actor_key(changed) == actor_key(plain)
    assert actor_key(actor_key(plain)) == actor_key(plain)  # a key is its own key
    assert actor_key(plain) == actor_key(plain).casefold()


@SETTINGS
@given(st.text() | NAMEY)
def test_any_key_is_folded_and_single_spaced(text: str) -> None:
    key = actor_key(text)
    assert key == key.casefold()
    assert key == " ".join(key.split())
    assert not any(unicodedata.combining(char) for char in key)
    assert actor_key(text.upper()) == actor_key(text.upper().lower())


@SETTINGS
@given(accented(), st.sampled_from(REPORTED))
def test_an_accented_and_a_plain_spelling_are_one_actor(
    pair: tuple[str, str], template: str
) -> None:
    plain, changed = pair
    assume(changed != plain and changed[0].isupper() and not changed.isupper())
    text = template.format(name=plain) + " " + template.format(name=changed)
    people_found = [a for a in extract_actors(text) if a.kind is ActorKind.PERSON]
    assert [a.key for a in people_found] == [actor_key(plain)], people_found


# -- linear time -----------------------------------------------------------------------------

ADVERSARIAL = {
    "al-hyphens": "Al-Al-Al-",
    "initials": "A. B. C. ",
    "role-words": "Leader Organizer ",
    "honorifics": "Mr. Mr. ",
    "connectors": "of the of the ",
    "capitalised-words": "Alpha Bravo Charlie Delta Echo Foxtrot ",
    "capitalised-and-dots": "Alpha Bravo. Charlie Delta. ",
    "given-names": "Anna Maria Olga Ivan ",
    "apostrophes": "O'Hara's O\u2019Neil\u2019s ",
    "particles": "von der de la bin al-Kavrosk ",
    "nbsp-names": "Anna\u00a0Kavrosk\u00a0",
    "titles": "President Prime Minister Secretary of State ",
    "appositive-commas": "Anna Kavrosk, ",
    "acronyms": "The Harbour Agency (HA) and the HA ",
    "capital-based": "Moscow-based Moscow ",
    "pronouns": "he she his her ",
}

REALISTIC = {
    # one person named again and again: each repetition should cost the same
    "repeated-appositive": "Anna Kavrosk, an analyst at the Center for Crisis Studies, said. ",
    "repeated-title": "President Anna Kavrosk said. ",
    "repeated-country": "Moscow accuses the Kremlin and Russia. ",
    # a full name and its surname again and again: each surname is matched against the
    # full-name mentions printed before it, which must not mean scanning them all
    "repeated-name-and-surname": "Kavrosk. Anna Kavrosk. ",
    "repeated-listed-name-and-surname": "Mike Pompeo. Pompeo. ",
    "repeated-pronouns": "Anna Kavrosk said she would go. He said no. ",
    # a country that is a surname, given back to the person each time: the owner of the
    # surname is worked out once, not over every full-name mention for each
    "repeated-place-surname": "Mark Jordan said it. Jordan left. ",
    # full names proven by their surname speaking elsewhere
    "repeated-unproven-names": "Vasko Trendafil was there. Trendafil said no. ",
    "relative-who": "Obiora Nwankwe, who left, ",
    # surnames read with their particles, title mentions and bodies printed without their
    # country, each checked against the person's or the body's other mentions
    "repeated-particle-surname": "Ursula von der Leyen spoke. Later, von der Leyen said no. ",
    "repeated-hyphen-surname": "Bashar al-Assad spoke. Later, al-Assad said no. ",
    "repeated-title-mention": "President Anna Kavrosk spoke. The president said no. ",
    "repeated-unqualified-body": "Norway's Foreign Ministry spoke. The Foreign Ministry agreed. ",
    # unknown full names proven by the pronoun after them, with no one else in reach
    "names-proven-by-pronouns": "For Fouzia Haddad, it was time.\n\nShe left.\n\n",
    # accents written as combining marks: the text is read from its composed copy
    "decomposed-accents": unicodedata.normalize("NFD", "Nicolás Maduro met Juan Guaidó. "),
    "runs-of-combining-marks": "Ana" + "\u0301" * 40 + " Lind said. ",
    "distinct-names-proven-by-pronouns": (
        "For Fouzia Haddad, it was time. "
        + "The plan was long and slow and hard and it took months and months to finish. " * 5
        + "She left. For Dunya Vale, it was time too. "
        + "The plan was long and slow and hard and it took months and months to finish. " * 5
        + "She stayed. "
    ),
}


def _ratio(unit: str) -> float:
    """How much longer 100 KB of *unit* takes to read than 25 KB: linear is ~4x, quadratic
    ~16x, so the bound of 8 leaves room for a busy machine without hiding a quadratic case.

    The sizes stay small enough that the reader's working set fits in the processor's
    caches: at 400 KB of one repeated name, memory traffic alone makes each kilobyte
    cost about 1.4 times what it does at 25 KB, which is no algorithmic growth."""
    small = unit * (25_000 // len(unit))
    large = unit * (100_000 // len(unit))
    return growth_ratio(_uncached_extract_actors, small, large, bound=8)


def _uncached_extract_actors(text: str) -> object:
    """``extract_actors`` with the caches keyed by a run's text emptied first: a repeated
    timing would otherwise read the cached shape of a run, and hide what working it out
    costs (a quadratic reading of one long run was hidden that way)."""
    actors_module._run_shape.cache_clear()
    actors_module._run_reading.cache_clear()
    return extract_actors(text)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_reading_time_grows_linearly(name: str) -> None:
    """Four times the input must not take eight times as long (linear ~4x, quadratic ~16x)."""
    ratio = _ratio(ADVERSARIAL[name])
    assert ratio < 8, f"{name}: 4x the input took {ratio:.1f}x as long"


@pytest.mark.parametrize("name", sorted(REALISTIC))
def test_reading_time_grows_linearly_with_repeated_mentions(name: str) -> None:
    ratio = _ratio(REALISTIC[name])
    assert ratio < 8, f"{name}: 4x the input took {ratio:.1f}x as long"


def _hyphen_surnames_text(size: int) -> str:
    """People with distinct hyphenated surnames, each named in full then alone, up to
    *size* characters: the text is searched for each surname, which must not mean one
    search of the whole text per person."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    parts, index = [], 0
    while sum(map(len, parts)) < size:
        first, rest = divmod(index, 26 * 26)
        surname = "Ras" + letters[first % 26] + letters[rest // 26] + letters[rest % 26]
        parts.append(f"Omar al-{surname} spoke. Later, al-{surname} said no. ")
        index += 1
    return "".join(parts)


def test_reading_time_grows_linearly_with_many_hyphen_surnames() -> None:
    # (larger than the others: one search per surname shows its growth only from about
    # 100 KB on, 8x from 100 KB to 400 KB)
    small, large = _hyphen_surnames_text(100_000), _hyphen_surnames_text(400_000)
    ratio = growth_ratio(_uncached_extract_actors, small, large, bound=8)
    assert ratio < 8, f"4x the input took {ratio:.1f}x as long"

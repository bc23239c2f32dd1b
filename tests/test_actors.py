"""Actors: ``extract_actors``, ``credited_actors``, ``actor_key``, ``Article.actors``, ``.credits``.

Every sentence here was written for this file (the people in them are public
figures or invented). The tables pin down issue 4:

* People: full names with particles and diacritics, titles before names,
  appositives after them, possessives; a surname alone joins the full name
  named before it, and two people sharing a surname stay apart. Bylines and
  photo credits are credited actors with a role, never story actors.
* Countries: names, abbreviations, demonyms, capitals standing for their
  government ("Moscow accuses") and seats ("the Kremlin"); a capital used as a
  location ("in Moscow", "Moscow-based") is a place.
* Organisations: from the tables (international bodies, government bodies,
  companies, media) and by pattern (a capitalised phrase headed by "Agency",
  "Council", "Party", ...), with "Long Name (LN)" linking the acronym.
* No false actors: sentence openers, headline title case, weekdays, months,
  section labels and subheadings.

Each table compares the *whole* set of actors of a kind, so an extra actor (a
sentence opener read as a name, a split organisation) fails a row as surely as
a missing one. Rows the extractor gets wrong today are strict ``xfail`` with
the reason; they turn into failures once fixed, so the mark can be dropped.
"""

from __future__ import annotations

import unicodedata

import pytest

from geopol_news import (
    Actor,
    ActorKind,
    Gender,
    InputTypeError,
    MentionKind,
    Role,
    Snippet,
    Span,
    actor_key,
    credited_actors,
    extract_actors,
    parse_article,
)

P, C, ORG, PL = ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.ORGANIZATION, ActorKind.PLACE
NAME, SURNAME, ACRONYM = MentionKind.NAME, MentionKind.SURNAME, MentionKind.ACRONYM
DEMONYM, CAPITAL, SEAT = MentionKind.DEMONYM, MentionKind.CAPITAL, MentionKind.SEAT
PRONOUN, FIRST_NAME = MentionKind.PRONOUN, MentionKind.FIRST_NAME

Surfaces = list[tuple[str, MentionKind]]


def bug(reason: str, *values: object, id: str | None = None) -> object:
    """A row the extractor gets wrong today: a strict xfail naming what it does instead."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason), id=id)


def assert_slices(text: str, actors: tuple[Actor, ...]) -> None:
    for actor in actors:
        for mention in actor.mentions:
            assert mention.span.of(text) == mention.text, (actor.name, mention)


def read(text: str) -> tuple[Actor, ...]:
    actors = extract_actors(text)
    assert_slices(text, actors)
    return actors


def of_kind(actors: tuple[Actor, ...], kind: ActorKind) -> dict[str, Actor]:
    return {actor.key: actor for actor in actors if actor.kind is kind}


def one(actors: tuple[Actor, ...], name: str, kind: ActorKind | None = None) -> Actor:
    """The actor whose key is ``actor_key(name)`` (and of *kind*, when given)."""
    found = [a for a in actors if a.key == actor_key(name) and (kind is None or a.kind is kind)]
    assert len(found) == 1, (name, [(a.name, a.kind.value) for a in actors])
    return found[0]


def surfaces(actor: Actor, *, pronouns: bool = False) -> Surfaces:
    return [
        (m.text, m.kind) for m in actor.mentions if pronouns or m.kind is not MentionKind.PRONOUN
    ]


def mention_texts(text: str, kind: ActorKind) -> dict[str, list[str]]:
    """Display name -> the surfaces of all its mentions, pronouns too, for the actors of *kind*."""
    return {a.name: [m.text for m in a.mentions] for a in read(text) if a.kind is kind}


def check_kind(text: str, kind: ActorKind, expected: dict[str, Surfaces]) -> tuple[Actor, ...]:
    """The actors of *kind* are exactly *expected*: display name -> mentions in order."""
    actors = read(text)
    found = of_kind(actors, kind)
    got = {a.name: surfaces(a) for a in found.values()}
    assert set(found) == {actor_key(name) for name in expected}, got
    for name, mentions in expected.items():
        actor = found[actor_key(name)]
        assert actor.name == name, (actor.name, name)
        assert surfaces(actor) == mentions, (name, surfaces(actor))
    return actors


# -- actor_key ------------------------------------------------------------------------

SAME_KEY = [
    ("Juan Guaidó", "juan guaido"),
    ("Nicolás Maduro", "NICOLAS MADURO"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("Bashar al-Assad", "Bashar Assad"),
    ("Centre for Analysis of Strategies", "Center for Analysis of Strategies"),
    ("Ministry of Defence", "Ministry of Defense"),
    ("the Kremlin", "Kremlin"),
    ("Mehmet  Öztürk", "mehmet ozturk"),
]

DIFFERENT_KEY = [
    ("Raúl Castro", "Fidel Castro"),
    ("Anna Lindqvist", "Peter Lindqvist"),
    ("Moscow", "Russia"),
    ("Georgia", "Georgian"),
]


@pytest.mark.parametrize(("a", "b"), SAME_KEY)
def test_actor_key_folds_accents_case_particles_and_spellings(a: str, b: str) -> None:
    assert actor_key(a) == actor_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_KEY)
def test_actor_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert actor_key(a) != actor_key(b)


def test_actor_key_values() -> None:
    assert actor_key("Juan Guaidó") == "juan guaido"
    assert actor_key("Bashar al-Assad") == "bashar assad"
    assert actor_key("The White House") == "white house"
    assert actor_key("") == ""


@pytest.mark.parametrize("function", [actor_key, extract_actors, credited_actors])
def test_non_str_input_raises_input_type_error(function: object) -> None:
    with pytest.raises(InputTypeError):
        function(b"Mike Pompeo")  # type: ignore[operator]


# -- people: names, particles, diacritics, surnames -------------------------------------

PEOPLE = [
    pytest.param(
        "Keeper of the Seal, Danial Okoro Tenbe, said the council met.",
        {"Danial Okoro Tenbe": [("Danial Okoro Tenbe", NAME)]},
        id="unlisted-name-set-off-by-commas-before-a-reporting-verb",
    ),
    pytest.param(
        "Yuni, a resident of Porthaven, was at home when the water came.",
        {"Yuni": [("Yuni", SURNAME)]},
        id="one-word-name-with-a-role-appositive",
    ),
    pytest.param(
        '"The worries are real," Jingyi Varga of IG said in a market note.',
        {"Jingyi Varga": [("Jingyi Varga", NAME)]},
        id="unlisted-name-of-a-body-before-a-reporting-verb",
    ),
    pytest.param(
        "Reporters asked Nicolás Maduro about the blackout. Maduro blamed saboteurs.",
        {"Nicolás Maduro": [("Nicolás Maduro", NAME), ("Maduro", SURNAME)]},
        id="full-name-then-surname",
    ),
    pytest.param(
        "Reporters asked Nicolas Maduro about the blackout, and Nicolás Maduro answered.",
        {"Nicolás Maduro": [("Nicolas Maduro", NAME), ("Nicolás Maduro", NAME)]},
        id="unaccented-twin-merges",
    ),
    pytest.param(
        "Officials quoted Jose Ramirez; José Ramírez later denied it.",
        {"José Ramírez": [("Jose Ramirez", NAME), ("José Ramírez", NAME)]},
        id="unlisted-twins-merge-display-accented",
    ),
    pytest.param(
        "Bashar al-Assad met envoys in Damascus. Assad later left.",
        {"Bashar al-Assad": [("Bashar al-Assad", NAME), ("Assad", SURNAME)]},
        id="al-particle",
    ),
    pytest.param(
        "Envoys said Bashar Assad had agreed to the truce.",
        {"Bashar al-Assad": [("Bashar Assad", NAME)]},
        id="al-particle-dropped",
    ),
    pytest.param(
        "Ursula von der Leyen arrived in Brussels on a late flight.",
        {"Ursula von der Leyen": [("Ursula von der Leyen", NAME)]},
        id="von-der",
    ),
    pytest.param(
        "Foreign Minister Anna de Vries arrived late.",
        {"Anna de Vries": [("Anna de Vries", NAME)]},
        id="unlisted-de",
    ),
    pytest.param(
        "Omar al-Rashidi said the border was open. Later, Rashidi said it was closed.",
        {"Omar al-Rashidi": [("Omar al-Rashidi", NAME), ("Rashidi", SURNAME)]},
        id="unlisted-al-then-bare-surname",
    ),
    pytest.param(
        "Critics of Kim Jong Un were silenced.",
        {"Kim Jong Un": [("Kim Jong Un", NAME)]},
        id="family-name-first",
    ),
    pytest.param(
        "The talks were hosted by Recep Tayyip Erdoğan in Ankara. Erdogan said they went well.",
        {"Recep Tayyip Erdoğan": [("Recep Tayyip Erdoğan", NAME), ("Erdogan", SURNAME)]},
        id="unaccented-surname-of-listed",
    ),
    pytest.param(
        "Jean-Claude Moreau said the border was open.",
        {"Jean-Claude Moreau": [("Jean-Claude Moreau", NAME)]},
        id="hyphenated-given-name",
    ),
    pytest.param(
        "Anna Maria Kavrosk said the ceasefire held.",
        {"Anna Maria Kavrosk": [("Anna Maria Kavrosk", NAME)]},
        id="two-given-names",
    ),
    pytest.param(
        '"We will not leave," said Tomas Ekberg. Ekberg is a retired diplomat.',
        {"Tomas Ekberg": [("Tomas Ekberg", NAME), ("Ekberg", SURNAME)]},
        id="reporting-verb-is-evidence",
    ),
    pytest.param(
        "The plan was criticised by Arvid Holm, a retired diplomat. Holm said it would fail.",
        {"Arvid Holm": [("Arvid Holm", NAME), ("Holm", SURNAME)]},
        id="appositive-is-evidence",
    ),
    pytest.param(
        "The treaty was signed by Prime Minister Ida Nystrom and President Karl Vinter.",
        {"Ida Nystrom": [("Ida Nystrom", NAME)], "Karl Vinter": [("Karl Vinter", NAME)]},
        id="title-is-evidence",
    ),
    pytest.param(
        "Speaking in Oslo, Ingrid Falkner said the deal was near.",
        {"Ingrid Falkner": [("Ingrid Falkner", NAME)]},
        id="opener-not-in-name",
    ),
    pytest.param(
        "Yesterday Ingrid Falkner said the deal was near.",
        {"Ingrid Falkner": [("Ingrid Falkner", NAME)]},
        id="adverb-opener-not-in-name",
    ),
    pytest.param(
        "Asked about the strike, Pompeo said it was justified.",
        {"Mike Pompeo": [("Pompeo", SURNAME)]},
        id="listed-surname-alone",
    ),
    pytest.param(
        "President Trump spoke. Donald Trump later posted a message.",
        {"Donald Trump": [("Trump", SURNAME), ("Donald Trump", NAME)]},
        id="titled-surname-before-full-name",
    ),
    pytest.param(
        "Guaidó's supporters marched. Juan Guaidó joined them.",
        {"Juan Guaidó": [("Guaidó", SURNAME), ("Juan Guaidó", NAME)]},
        id="possessive-surname-before-full-name",
    ),
    pytest.param(
        "Mohammed bin Salman hosted the summit in Riyadh.",
        {"Mohammed bin Salman": [("Mohammed bin Salman", NAME)]},
        id="bin-particle",
    ),
    pytest.param(
        "Ursula von der Leyen arrived in Brussels. Von der Leyen said the bloc was united.",
        {"Ursula von der Leyen": [("Ursula von der Leyen", NAME), ("Von der Leyen", SURNAME)]},
        id="capitalised-particle-surname-at-sentence-start",
    ),
    pytest.param(
        "Syrian refugee Mohammad Al Vale came in 2016. Al Vale passed his test this year. "
        "Al Vale explained it.",
        {
            "Mohammad Al Vale": [
                ("Mohammad Al Vale", NAME),
                ("Al Vale", SURNAME),
                ("Al Vale", SURNAME),
            ]
        },
        id="capitalised-particle-surname-with-and-without-evidence",
    ),
    pytest.param(
        "Ursula von der Leyen arrived in Brussels. Later, von der Leyen said the bloc was united.",
        {"Ursula von der Leyen": [("Ursula von der Leyen", NAME), ("von der Leyen", SURNAME)]},
        id="particle-surname-mid-sentence",
    ),
    pytest.param(
        "Mohammed bin Salman hosted the summit, and later bin Salman spoke first.",
        {"Mohammed bin Salman": [("Mohammed bin Salman", NAME), ("bin Salman", SURNAME)]},
        id="bin-surname-mid-sentence",
    ),
    pytest.param(  # a particle the full name does not have stays out of the mention
        "Ursula von der Leyen arrived. The der Leyen case was closed.",
        {"Ursula von der Leyen": [("Ursula von der Leyen", NAME), ("Leyen", SURNAME)]},
        id="particle-not-in-the-full-name",
    ),
    pytest.param(
        "Bashar al-Assad arrived. Later, al-Assad said the war was over.",
        {"Bashar al-Assad": [("Bashar al-Assad", NAME), ("al-Assad", SURNAME)]},
        id="al-surname-mid-sentence",
    ),
    pytest.param(
        "Abdel Fattah el-Sisi spoke first; el-Sisi's aides left early.",
        {"Abdel Fattah el-Sisi": [("Abdel Fattah el-Sisi", NAME), ("el-Sisi", SURNAME)]},
        id="el-surname-possessive",
    ),
    pytest.param(  # a longer word is no mention of the name
        "Bashar al-Assad arrived. The al-Assads and al-Assad-era laws stayed.",
        {"Bashar al-Assad": [("Bashar al-Assad", NAME)]},
        id="hyphen-surname-inside-a-longer-word",
    ),
    pytest.param(
        "Mehmet Öztürk said the ceasefire held. Ozturk added that talks would go on.",
        {"Mehmet Öztürk": [("Mehmet Öztürk", NAME), ("Ozturk", SURNAME)]},
        id="unaccented-surname-of-unlisted",
    ),
    pytest.param(
        "Unlike Lavrov, Pompeo spoke briefly.",
        {"Sergei Lavrov": [("Lavrov", SURNAME)], "Mike Pompeo": [("Pompeo", SURNAME)]},
        id="opener-glued-to-surname",
    ),
    pytest.param(
        "The deal is dead, said Halvorsen.",
        {"Halvorsen": [("Halvorsen", SURNAME)]},
        id="reporting-verb-before-lone-surname",
    ),
    pytest.param(
        '"We stay," Ingrid said after the vote.',
        {"Ingrid": [("Ingrid", SURNAME)]},
        id="lone-first-name-before-reporting-verb",
    ),
    pytest.param(
        "Witnesses said the convoy left at dawn. Analysts say the talks failed.",
        {},
        id="capitalised-plural-nouns-beside-reporting-verbs-are-no-names",
    ),
    pytest.param(
        "The army is ready, Prosecutors said, and Residents added that roads were shut.",
        {},
        id="capitalised-nouns-mid-sentence-are-no-names",
    ),
    pytest.param(  # a name set off by commas before a reporting verb: "X, Arvid Holm, said"
        "The defence ministry spokesman, Arvid Holm, said drills would continue.",
        {"Arvid Holm": [("Arvid Holm", NAME)]},
        id="role-appositive-before-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people(text: str, expected: dict[str, Surfaces]) -> None:
    check_kind(text, P, expected)


def test_decomposed_diacritics_read_like_composed_ones() -> None:
    composed = "Opposition leader Juan Guaidó met Nicolás Maduro. Guaidó said no."
    decomposed = unicodedata.normalize("NFD", composed)
    expected = {
        a.key: [unicodedata.normalize("NFD", m.text) for m in a.mentions]
        for a in read(composed)
        if a.kind is P
    }
    assert set(expected) == {"juan guaido", "nicolas maduro"}
    got = {a.key: [m.text for m in a.mentions] for a in read(decomposed) if a.kind is P}
    assert got == expected


def test_decomposed_diacritics_in_a_parsed_article() -> None:
    text = unicodedata.normalize(
        "NFD", 'Talks stall\n\nJuan Guaidó met Nicolás Maduro.\n\n"We go on," Guaidó said.'
    )
    article = parse_article(text)
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.key == "juan guaido"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.span.of(text) == unicodedata.normalize("NFD", "Guaidó")


# -- people: two sharing a surname -------------------------------------------------------

SHARED_SURNAMES = [
    pytest.param(
        "Fidel Castro ruled for decades before Raúl Castro took over. Castro opened the economy.",
        {
            "Fidel Castro": [("Fidel Castro", NAME)],
            "Raúl Castro": [("Raúl Castro", NAME), ("Castro", SURNAME)],
        },
        id="listed-latest-named",
    ),
    pytest.param(
        "Raúl Castro spoke after Fidel Castro. Castro praised the army.",
        {
            "Raúl Castro": [("Raúl Castro", NAME)],
            "Fidel Castro": [("Fidel Castro", NAME), ("Castro", SURNAME)],
        },
        id="listed-order-swapped",
    ),
    pytest.param(
        "Anna Lindqvist met Peter Lindqvist in Stockholm. Lindqvist said nothing.",
        {
            "Anna Lindqvist": [("Anna Lindqvist", NAME)],
            "Peter Lindqvist": [("Peter Lindqvist", NAME), ("Lindqvist", SURNAME)],
        },
        id="unlisted",
    ),
    pytest.param(
        "Nikolai Petrov spoke first. Petrov said the talks failed. Ilya Petrov disagreed.",
        {
            "Nikolai Petrov": [("Nikolai Petrov", NAME), ("Petrov", SURNAME)],
            "Ilya Petrov": [("Ilya Petrov", NAME)],
        },
        id="surname-before-second-person",
    ),
    pytest.param(
        "Anna Lindqvist met Peter Lindqvist. Peter Lindqvist left first, and Anna Lindqvist "
        "stayed. Lindqvist later said the meeting went well.",
        {
            "Anna Lindqvist": [
                ("Anna Lindqvist", NAME),
                ("Anna Lindqvist", NAME),
                ("Lindqvist", SURNAME),
            ],
            "Peter Lindqvist": [("Peter Lindqvist", NAME), ("Peter Lindqvist", NAME)],
        },
        id="most-recently-named-wins",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_SURNAMES)
def test_people_sharing_a_surname_stay_apart(text: str, expected: dict[str, Surfaces]) -> None:
    check_kind(text, P, expected)


FIRST_NAMES = [
    pytest.param(
        "Rhiannon Vale, 14, was found on Friday. Rhiannon told police she had walked for "
        "hours. Rhiannon said the road was empty.",
        {
            "Rhiannon Vale": [
                ("Rhiannon Vale", NAME),
                ("Rhiannon", FIRST_NAME),
                ("Rhiannon", FIRST_NAME),
            ]
        },
        id="given-name-after-full-name",
    ),
    pytest.param(
        "Spokeswoman Mei Lanying said the ministry objects. Mei said talks would go on.",
        {"Mei Lanying": [("Mei Lanying", NAME), ("Mei", FIRST_NAME)]},
        id="surname-first-name",
    ),
    pytest.param(
        "Sarah Vale met Sarah Cole on Friday. Sarah said the road was empty.",
        {
            "Sarah Vale": [("Sarah Vale", NAME)],
            "Sarah Cole": [("Sarah Cole", NAME)],
            "Sarah": [("Sarah", SURNAME)],  # left alone: a speaker of her own
        },
        id="two-people-sharing-the-first-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_NAMES)
def test_a_first_name_alone_joins_the_one_person_of_that_first_name(
    text: str, expected: dict[str, Surfaces]
) -> None:
    check_kind(text, P, expected)


@pytest.mark.parametrize(
    ("text", "person", "places"),
    [
        pytest.param(
            "Jordan Vale, 12, leads the team. \u201cWe will win,\u201d Jordan said.",
            ("Jordan Vale", [("Jordan Vale", NAME), ("Jordan", FIRST_NAME)]),
            [],
            id="a-country-that-is-a-given-name-opens-a-name",
        ),
        pytest.param(
            "The captain of the team, Jordan Vale, and his mother came. \u201cWe won,\u201d "
            "Jordan said.",
            ("Jordan Vale", [("Jordan Vale", NAME), ("Jordan", FIRST_NAME)]),
            [],
            id="set-off-by-commas-after-a-role",
        ),
        pytest.param(
            "Chad Osei said the mine was shut. Chad and Niger closed the border.",
            ("Chad Osei", [("Chad Osei", NAME)]),
            ["Chad", "Niger"],
            id="with-another-country-it-stays-the-country",
        ),
        pytest.param(
            "She studied at Georgia Tech before Jordan Valley farms hired her.",
            None,
            ["Georgia", "Jordan"],
            id="no-evidence-of-a-person-no-person",
        ),
        pytest.param(
            "Senator Mark Jordan said the bill was dead. Jordan later left the chamber.",
            ("Mark Jordan", [("Mark Jordan", NAME), ("Jordan", SURNAME)]),
            [],
            id="after-a-given-name-a-surname-and-alone-later-that-person",
        ),
        pytest.param(
            "Mark Jordan said the bill was dead and flew to Jordan.",
            ("Mark Jordan", [("Mark Jordan", NAME)]),
            ["Jordan"],
            id="after-a-locative-still-the-country",
        ),
        pytest.param(
            "Jordan and Israel signed the deal. Mark Jordan, 44, said it was fair.",
            ("Mark Jordan", [("Mark Jordan", NAME)]),
            ["Israel", "Jordan"],
            id="printed-before-the-person-still-the-country",
        ),
        pytest.param(
            "Frank London wrote the report. London disagreed with it.",
            ("Frank London", [("Frank London", NAME)]),
            ["United Kingdom"],
            id="a-capital-ends-a-name-but-alone-stays-the-government",
        ),
    ],
)
def test_a_place_that_is_a_given_name_or_a_surname(
    text: str, person: tuple[str, Surfaces] | None, places: list[str]
) -> None:
    """A country or capital that is also a given name (``people.PLACE_GIVEN_NAMES``) opens
    a person's name with evidence of a person, and one that is also a surname
    (``people.PLACE_SURNAMES``) ends a listed given name's; alone later, each is that
    person's first name or surname."""
    actors = read(text)
    if person is not None:
        assert surfaces(one(actors, person[0], P)) == person[1]
    else:
        assert [a.name for a in actors if a.kind is P] == []
    assert sorted(a.name for a in actors if a.kind is ActorKind.COUNTRY) == sorted(places)


@pytest.mark.parametrize(
    ("text", "person", "mentions"),
    [
        pytest.param(
            "The class is run by Obiora Nwankwe, who joined the gym in 2017.",
            "Obiora Nwankwe",
            [("Obiora Nwankwe", NAME)],
            id="a-relative-who-after-the-name",
        ),
        pytest.param(
            "Vasko Trendafil was one of the marchers. Later Trendafil said the pact was a "
            "mistake.",
            "Vasko Trendafil",
            [("Vasko Trendafil", NAME), ("Trendafil", SURNAME)],
            id="the-surname-speaks-later",
        ),
        pytest.param(
            "Vasko Trendafil was one of the marchers. \u201cIt is a mistake,\u201d said "
            "Trendafil.",
            "Vasko Trendafil",
            [("Vasko Trendafil", NAME), ("Trendafil", SURNAME)],
            id="the-surname-signs-a-quote-later",
        ),
        pytest.param(
            "Vasko Trendafil was one of the marchers. Trendafil has also said the pact was a "
            "mistake.",
            "Vasko Trendafil",
            [("Vasko Trendafil", NAME), ("Trendafil", SURNAME)],
            id="the-surname-speaks-later-past-auxiliaries",
        ),
        pytest.param(
            "Khaled Vale was one of the victims. For Megda Vale, Friday is a day she has "
            "awaited. Vale says she will turn the page.",
            "Megda Vale",
            [("Megda Vale", NAME), ("Vale", SURNAME)],
            id="a-relative-of-a-named-person-inside-a-sentence",
        ),
    ],
)
def test_evidence_of_a_person_for_an_unknown_full_name(
    text: str, person: str, mentions: Surfaces
) -> None:
    """An unknown given name with no role, title or age beside it is a person when a
    relative "who" follows it or its surname alone speaks elsewhere."""
    assert surfaces(one(read(text), person, P)) == mentions


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        pytest.param(
            "Democrats on Capitol Hill, who have argued for it, were pleased.",
            "Capitol Hill",
            id="who-after-a-preposition-is-the-head-of-the-phrase",
        ),
        pytest.param(
            "Donald Trump spoke first. Injecting Trump into the race was a risk, Trump said.",
            "Injecting Trump",
            id="a-named-persons-surname-proves-no-other-name",
        ),
        pytest.param(
            "Oversight Committee Republicans met. Republicans said they had questions.",
            "Oversight Committee Republicans",
            id="a-name-with-an-organisation-word-is-no-person",
        ),
        pytest.param(
            "Vasko Trendafil was one of the marchers. Trendafil also went home.",
            "Vasko Trendafil",
            id="an-auxiliary-before-a-verb-of-no-speech",
        ),
        pytest.param(
            "Democrats said the plan failed, and Conservatives said so too.",
            "Democrats",
            id="party-members-speaking-are-no-surname",
        ),
    ],
)
def test_no_person_from_weak_evidence(text: str, not_a_person: str) -> None:
    people = [a.name for a in read(text) if a.kind is P]
    assert not_a_person not in people, people


def test_a_pronoun_no_one_else_is_in_reach_of_proves_the_name_before_it() -> None:
    """ "For Fouzia Haddad and others, ... she said": an unknown full name is the person a
    subject pronoun stands for when no person is in reach of the pronoun."""
    text = (
        "For Fouzia Haddad and thousands of other refugees, the time has come.\n\n"
        "Her goal is a passport for herself and husband Mohammad Vale.\n\n"
        "She said it was close."
    )
    haddad = one(read(text), "Fouzia Haddad", P)
    assert surfaces(haddad, pronouns=True) == [("Fouzia Haddad", NAME), ("She", PRONOUN)]


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        pytest.param(
            "Ana Lind lives in Porthaven. For Silver Valley the time has come. She said so.",
            "Silver Valley",
            id="a-person-in-reach-takes-the-pronoun",
        ),
        pytest.param(
            "For Harbour Institute the time has come. She said so.",
            "Harbour Institute",
            id="an-organisation-word-is-no-person",
        ),
    ],
)
def test_a_pronoun_proves_no_name_when(text: str, not_a_person: str) -> None:
    assert not_a_person not in [a.name for a in read(text) if a.kind is P]


def test_a_first_name_before_the_full_name_joins_no_one() -> None:
    actors = read("Rhiannon said hello. Later, Rhiannon Vale, 14, was found.")
    vale = one(actors, "Rhiannon Vale", P)
    assert surfaces(vale) == [("Rhiannon Vale", NAME)]


# -- people: titles before names -----------------------------------------------------------

TITLES = [
    pytest.param("President Donald Trump spoke to reporters.", "Donald Trump", ("President",)),
    pytest.param(
        "Secretary of State Mike Pompeo flew to Oslo.", "Mike Pompeo", ("Secretary of State",)
    ),
    pytest.param(
        "Talks were led by U.S. Secretary of State Mike Pompeo.",
        "Mike Pompeo",
        ("U.S. Secretary of State",),
    ),
    pytest.param(
        "The talks were led by opposition leader Juan Guaido.",
        "Juan Guaidó",
        ("opposition leader",),
    ),
    pytest.param(
        "The vote was called by German Chancellor Olaf Scholz.",
        "Olaf Scholz",
        ("German Chancellor",),
    ),
    pytest.param("Sen. Marco Rubio pressed for answers.", "Marco Rubio", ("Sen.",)),
    pytest.param("Gen. Valery Gerasimov inspected the troops.", "Valery Gerasimov", ("Gen.",)),
    pytest.param(
        "The claim was rejected by Russian Foreign Ministry spokeswoman Maria Zakharova.",
        "Maria Zakharova",
        ("Russian Foreign Ministry spokeswoman",),
    ),
    pytest.param(
        "The sanctions stay, State Department spokeswoman Morgan Ortagus said.",
        "Morgan Ortagus",
        ("State Department spokeswoman",),
    ),
    pytest.param(
        "The vote was rigged, according to foreign affairs analyst Pavel Ostrov.",
        "Pavel Ostrov",
        ("foreign affairs analyst",),
    ),
    pytest.param(
        "Prime Minister Trudeau said Ottawa would respond.", "Justin Trudeau", ("Prime Minister",)
    ),
    pytest.param("Ingrid Falkner said the deal was near.", "Ingrid Falkner", ()),
    pytest.param(
        "Under-Secretary Tomas Lind signed the order.", "Tomas Lind", ("Under-Secretary",)
    ),
    pytest.param("Organizer Dana Hollis counted the crowd.", "Dana Hollis", ("Organizer",)),
    pytest.param(
        "Opposition leader Juan Guaido rallied supporters.",
        "Juan Guaidó",
        ("Opposition leader",),
        id="capitalised-title-at-sentence-start",
    ),
    pytest.param(
        "Liberal MP Marta Berzins went on the radio.", "Marta Berzins", ("MP",), id="mp-title"
    ),
    pytest.param(
        "Porthaven County District Attorney Lena Marsh filed charges.",
        "Lena Marsh",
        ("District Attorney",),
        id="local-prosecutor-title",
    ),
    pytest.param(
        "The plan worked for Porthaven accountant Babatunji Okafor, 50.",
        "Babatunji Okafor",
        ("accountant",),
        id="trade-as-title",
    ),
    pytest.param(
        "The festival brings choreographer Jeanine Okafor to the stage.",
        "Jeanine Okafor",
        ("choreographer",),
        id="art-occupation-as-title",
    ),
    pytest.param(
        "The press met virologist Ilse Marsh on Monday.",
        "Ilse Marsh",
        ("virologist",),
        id="science-occupation-as-title",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), TITLES)
def test_titles_before_names(text: str, name: str, titles: tuple[str, ...]) -> None:
    person = one(read(text), name, P)
    assert person.name == name
    assert person.titles == titles


# -- people: appositives after names --------------------------------------------------------

APPOSITIVES = [
    # text, person, title, affiliation (an actor's name) or None, country or None
    pytest.param(
        "The plan was criticised by Tomas Ekberg, Latin America analyst at the Moscow-based "
        "Center for Crisis Society Studies.",
        "Tomas Ekberg",
        "Latin America analyst",
        "Center for Crisis Society Studies",
        "RU",
        id="role-at-based-org",
    ),
    pytest.param(
        "Olga Brandt, an analyst at the Center for Crisis Society Studies, disagreed.",
        "Olga Brandt",
        "analyst",
        "Center for Crisis Society Studies",
        None,
        id="role-at-org",
    ),
    pytest.param(
        "The plan was criticised by Olga Brandt, a foreign affairs analyst.",
        "Olga Brandt",
        "foreign affairs analyst",
        None,
        None,
        id="role-alone",
    ),
    pytest.param(
        "Maria Zakharova, the Foreign Ministry spokeswoman, rejected the claim.",
        "Maria Zakharova",
        "Foreign Ministry spokeswoman",
        "Russian Foreign Ministry",  # her country's ministry (see the affiliation tests below)
        "RU",
        id="org-role",
    ),
    pytest.param(
        "The strike was confirmed by Javier Ortiz, a Venezuelan journalist.",
        "Javier Ortiz",
        "Venezuelan journalist",
        "Venezuela",
        "VE",
        id="demonym-role",
    ),
    pytest.param(
        "Drills will go on, said Irina Volkova, deputy director of the Harbour Security Institute.",
        "Irina Volkova",
        "deputy director",
        "Harbour Security Institute",
        None,
        id="two-role-nouns",
    ),
    pytest.param(
        "The report was written by Hanna Voss, a senior fellow at the Harbour Security Institute.",
        "Hanna Voss",
        "senior fellow",
        "Harbour Security Institute",
        None,
        id="fellow",
    ),
    pytest.param(
        "Tomas Ekberg, Latin America analyst at the Moscow-based Center for Crisis Society "
        "Studies, disagreed.",
        "Tomas Ekberg",
        "Latin America analyst",
        "Center for Crisis Society Studies",
        "RU",
        id="short-paragraph-not-headline",
    ),
    pytest.param(  # a common noun's possessive before the role is not part of the title
        "Rita Okafor, the agency's spokeswoman, said it would meet again.",
        "Rita Okafor",
        "spokeswoman",
        None,
        None,
        id="possessive-role",
    ),
    pytest.param(
        "Hiram Okoth, marketing executive at Harbour Telecom Group, said he ran downstairs.",
        "Hiram Okoth",
        "marketing executive",
        "Harbour Telecom Group",
        None,
        id="unlisted-word-before-role",
    ),
    pytest.param(
        '"We needed a role model," Guenther Schuh, e.GO\'s founder, said in his factory.',
        "Guenther Schuh",
        "e.GO's founder",
        None,
        None,
        id="brand-in-camel-case-before-role",
    ),
]


def test_three_unlisted_words_before_a_role_make_no_title() -> None:
    actors = read("Porthaven, a busy old fishing town council, said no.")
    assert [a for a in actors if a.kind is P] == []


@pytest.mark.parametrize(("text", "name", "title", "affiliation", "country"), APPOSITIVES)
def test_appositives_after_names(
    text: str, name: str, title: str, affiliation: str | None, country: str | None
) -> None:
    actors = read(text)
    person = one(actors, name, P)
    assert title in person.titles
    assert person.affiliation == (None if affiliation is None else actor_key(affiliation))
    assert person.country == country


AFFILIATIONS = [
    # text, person, the actor of the same text whose key is the person's affiliation
    pytest.param(
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke first.",
        "Maria Zakharova",
        "Russian Foreign Ministry",
        id="title-body",
    ),
    pytest.param(
        "Irina Sokolova, an analyst at the Center for Crisis Society Studies, agreed.",
        "Irina Sokolova",
        "Center for Crisis Society Studies",
        id="appositive-org",
    ),
    pytest.param(
        "The sanctions stay, State Department spokeswoman Morgan Ortagus said.",
        "Morgan Ortagus",
        "State Department",
        id="title-listed-org",
    ),
    pytest.param(
        "Talks were led by U.S. Secretary of State Mike Pompeo.",
        "Mike Pompeo",
        "United States",
        id="title-country",
    ),
    pytest.param(
        "The strike was confirmed by Javier Ortiz, a Venezuelan journalist.",
        "Javier Ortiz",
        "Venezuela",
        id="appositive-demonym",
    ),
    pytest.param(
        "Maria Zakharova, the Foreign Ministry spokeswoman, rejected the claim.",
        "Maria Zakharova",
        "Russian Foreign Ministry",
        id="unqualified-body",
    ),
    pytest.param(
        "Norway's Foreign Ministry objected. Foreign Ministry spokesman Ivo Marsh spoke later.",
        "Ivo Marsh",
        "Norwegian Foreign Ministry",
        id="unqualified-body-after-a-qualified-one",
    ),
]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        pytest.param(
            "Norway's Foreign Ministry objected. The Foreign Ministry later agreed.",
            {"Norwegian Foreign Ministry": ["Foreign Ministry", "Foreign Ministry"]},
            id="joins-the-one-qualified-body",
        ),
        pytest.param(
            "Norway's Foreign Ministry objected. Chile's Foreign Ministry agreed. "
            "The Foreign Ministry later left.",
            {
                "Norwegian Foreign Ministry": ["Foreign Ministry"],
                "Chilean Foreign Ministry": ["Foreign Ministry"],
                "Foreign Ministry": ["Foreign Ministry"],
            },
            id="two-countries-leave-it-as-printed",
        ),
        pytest.param(
            "The Foreign Ministry said no.",
            {"Foreign Ministry": ["Foreign Ministry"]},
            id="no-country-leaves-it-as-printed",
        ),
    ],
)
def test_a_body_every_state_has_takes_the_one_country_named(
    text: str, bodies: dict[str, list[str]]
) -> None:
    assert mention_texts(text, ORG) == bodies


@pytest.mark.parametrize(("text", "name", "affiliation"), AFFILIATIONS)
def test_affiliation_is_the_key_of_an_actor_of_the_same_text(
    text: str, name: str, affiliation: str
) -> None:
    actors = read(text)
    person = one(actors, name, P)
    assert person.affiliation == actor_key(affiliation)
    assert one(actors, affiliation).kind in (ORG, C)


# -- people: possessives ---------------------------------------------------------------------

POSSESSIVES = [
    pytest.param(
        "Maduro's regime responded within hours.",
        {P: {"Nicolás Maduro": [("Maduro", SURNAME)]}},
        id="surname-possessive",
    ),
    pytest.param(
        "Nicolás Maduro addressed troops. Later, Maduro's regime expelled diplomats.",
        {P: {"Nicolás Maduro": [("Nicolás Maduro", NAME), ("Maduro", SURNAME)]}},
        id="possessive-after-full-name",
    ),
    pytest.param(
        "Russia's Lavrov dismissed the accusation.",
        {P: {"Sergei Lavrov": [("Lavrov", SURNAME)]}, C: {"Russia": [("Russia", NAME)]}},
        id="country-possessive-before-person",
    ),
    pytest.param(
        "Britain's Boris Johnson called the Kremlin.",
        {
            P: {"Boris Johnson": [("Boris Johnson", NAME)]},
            C: {"United Kingdom": [("Britain", NAME)], "Russia": [("Kremlin", SEAT)]},
        },
        id="country-possessive-before-full-name",
    ),
    pytest.param(
        "Venezuela's National Assembly voted.",
        {
            ORG: {"Venezuelan National Assembly": [("National Assembly", NAME)]},
            C: {"Venezuela": [("Venezuela", NAME)]},
        },
        id="country-possessive-before-body",
    ),
    pytest.param(
        "According to Reuters' tally, 40 ships were waiting.",
        {ORG: {"Reuters": [("Reuters", NAME)]}, P: {}},
        id="bare-apostrophe",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVES)
def test_possessives(text: str, expected: dict[ActorKind, dict[str, Surfaces]]) -> None:
    for kind, actors in expected.items():
        check_kind(text, kind, actors)


# -- people: gender where the text states it --------------------------------------------------

GENDERS = [
    (
        "Russian Foreign Ministry spokeswoman Maria Zakharova rejected it.",
        "Maria Zakharova",
        Gender.FEMALE,
    ),
    (
        "Anna Lindqvist, a spokeswoman for the coalition, declined to comment.",
        "Anna Lindqvist",
        Gender.FEMALE,
    ),
    ("Ministry spokesman Anders Holm said drills would continue.", "Anders Holm", Gender.MALE),
    ("Pavel Ostrov said the envoy would come. He did not say when.", "Pavel Ostrov", Gender.MALE),
    ("Helga Brun said the vote was rigged. She called for a recount.", "Helga Brun", Gender.FEMALE),
    ("Helga Brun said the vote was rigged and called for a recount.", "Helga Brun", None),
    ("Tomas Ekberg, an analyst, said the vote was rigged.", "Tomas Ekberg", None),
    ("Mr. Ostrov met the minister.", "Ostrov", Gender.MALE),
]


@pytest.mark.parametrize(("text", "name", "gender"), GENDERS)
def test_gender_only_where_the_text_states_it(text: str, name: str, gender: Gender | None) -> None:
    assert one(read(text), name, P).gender is gender


PRONOUN_CASES = [
    # text, person the pronoun joins, the pronoun, person it must not join
    (
        "Sergei Lavrov met Maria Zakharova. She said the talks went well.",
        "Maria Zakharova",
        "She",
        "Sergei Lavrov",
    ),
    (
        "Maria Zakharova met Sergei Lavrov. He said the talks went well.",
        "Sergei Lavrov",
        "He",
        "Maria Zakharova",
    ),
    (
        "Foreign Ministry spokeswoman Maria Zakharova met Pavel Ostrov, a spokesman for the "
        "ministry. She said the talks went well.",
        "Maria Zakharova",
        "She",
        "Pavel Ostrov",
    ),
    (
        # a subject pronoun rarely points to an owner: the person named plainly wins
        "Lena Marsh, director of the fund, backed Ines Duarte's plan. She said it was fair.",
        "Lena Marsh",
        "She",
        "Ines Duarte",
    ),
    (
        # a subject pronoun passes over a person printed as an object for an earlier subject
        "Tomas Ekberg said he was ready to meet Anders Holm. But he warned the talks may fail.",
        "Tomas Ekberg",
        "he",
        "Anders Holm",
    ),
    (
        # a given name most bearers of which are women is no "he" (a prior, not a gender)
        "Tomas Ekberg spoke first, and then Katy Marsh read a statement. He said it was fair.",
        "Tomas Ekberg",
        "He",
        "Katy Marsh",
    ),
    (
        # so does "his", which may point to its own clause's subject ("the winger said his")
        "Ivan Okafor has four goals since Porthaven traded him to Norvik for Pedro Lindqvist "
        "last week. The winger said his new teammates help.",
        "Ivan Okafor",
        "his",
        "Pedro Lindqvist",
    ),
    (
        # "according to" names a source, not an object
        "Anders Holm disagreed, according to analyst Tomas Ekberg. He said the plan was weak.",
        "Tomas Ekberg",
        "He",
        "Anders Holm",
    ),
    (
        # a description that opens its clause is no object, though no table holds its noun
        "Tomas Ekberg wrote the book. In an interview, former train porter Anders Holm, 76, "
        "recalls the work. He says it was hard.",
        "Anders Holm",
        "He",
        "Tomas Ekberg",
    ),
    (
        # the nearest person, printed as an object, was named as a subject just before
        "Coach Tomas Ekberg praised Marek Vale. Vale volunteered last summer. A photo showed "
        "Vale lifting a woman. He voiced his anger.",
        "Marek Vale",
        "He",
        "Tomas Ekberg",
    ),
    (
        # the same at a sentence's start
        "Tomas Ekberg runs the program. Former train porter Anders Holm joined it. He says "
        "it helps.",
        "Anders Holm",
        "He",
        "Tomas Ekberg",
    ),
]


@pytest.mark.parametrize(("text", "owner", "pronoun", "other"), PRONOUN_CASES)
def test_pronouns_join_the_nearest_person_of_their_gender(
    text: str, owner: str, pronoun: str, other: str
) -> None:
    actors = read(text)
    assert (pronoun, PRONOUN) in surfaces(one(actors, owner, P), pronouns=True)
    assert all(m.kind is not PRONOUN for m in one(actors, other, P).mentions)
    assert pronoun not in one(actors, owner, P).aliases  # aliases are names, not pronouns


def test_a_title_standing_for_a_person_is_a_title_mention() -> None:
    text = "President Nicolás Maduro spoke on television. The president said the army was loyal."
    maduro = one(read(text), "Nicolás Maduro", P)
    titles = [m for m in maduro.mentions if m.kind is MentionKind.TITLE]
    start = text.index("The president")
    (title,) = titles  # "The president" or "president", either will do
    assert Span(start, start + len("The president")).contains(title.span)
    assert title.text.endswith("president")


@pytest.mark.parametrize(
    ("text", "people_and_surfaces"),
    [
        pytest.param(
            "Ingrid Halvorsen spoke. Mr. Halvorsen said he was proud.",
            {"Ingrid Halvorsen": ["Ingrid Halvorsen"], "Halvorsen": ["Halvorsen", "he"]},
            id="mr-is-not-a-woman-named-before",
        ),
        pytest.param(
            "Ivo Halvorsen spoke. Ingrid Halvorsen spoke. Mr. Halvorsen said he was proud.",
            {
                "Ivo Halvorsen": ["Ivo Halvorsen", "Halvorsen", "he"],
                "Ingrid Halvorsen": ["Ingrid Halvorsen"],
            },
            id="mr-joins-the-man-named-earlier",
        ),
        pytest.param(
            "Ivo Halvorsen spoke. Mr. Halvorsen said he was proud.",
            {"Ivo Halvorsen": ["Ivo Halvorsen", "Halvorsen", "he"]},
            id="mr-joins-a-man",
        ),
    ],
)
def test_a_gendered_title_joins_a_full_name_of_its_gender(
    text: str, people_and_surfaces: dict[str, list[str]]
) -> None:
    assert mention_texts(text, P) == people_and_surfaces


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh arrived on Monday. Unlike Tomas Berg, he stayed for the vote.",
        "Ivo Marsh arrived on Monday.\n\nLike Tomas Berg, he stayed for the vote.",
        "Ivo Marsh arrived on Monday. Besides Tomas Berg, he met no one.",
    ],
)
def test_a_person_set_beside_the_subject_is_not_the_pronoun(text: str) -> None:
    """ "Unlike X, he ...": X is set beside the subject, so "he" is someone else."""
    actors = read(text)
    assert [m.text for m in one(actors, "Ivo Marsh", P).mentions] == ["Ivo Marsh", "he"]
    assert [m.text for m in one(actors, "Tomas Berg", P).mentions] == ["Tomas Berg"]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        pytest.param(
            "Foreign Minister Ana Lind landed. Later the foreign minister met the press.",
            "Ana Lind",
            ["the foreign minister"],
            id="title-word-and-noun",
        ),
        pytest.param(
            "Ana Lind, a fisheries analyst, spoke. Ivo Marsh, an analyst at the bank, spoke. "
            "The analyst said prices would rise.",
            "Ivo Marsh",
            ["The analyst"],
            id="the-holder-named-last",
        ),
        pytest.param(
            "President Ana Lind spoke. The vice president said nothing.",
            "Ana Lind",
            [],
            id="another-title-ending-in-the-noun",
        ),
        pytest.param(
            "President Ana Lind spoke. The president Ivo Marsh said nothing.",
            "Ana Lind",
            [],
            id="a-name-after-the-noun-is-that-name",
        ),
        pytest.param(
            "The president arrived first. President Ana Lind spoke later.",
            "Ana Lind",
            [],
            id="no-holder-named-before",
        ),
        pytest.param(
            "Ivo Marsh, the analyst, spoke. Later the analyst left.",
            "Ivo Marsh",
            ["the analyst"],
            id="an-appositive-is-no-second-mention",
        ),
        pytest.param(
            "President Ana Lind spoke. The president of the council left.",
            "Ana Lind",
            [],
            id="a-noun-with-a-complement",
        ),
        pytest.param(
            "Ana Lind spoke. The minister said nothing.",
            "Ana Lind",
            [],
            id="a-noun-of-no-title",
        ),
    ],
)
def test_title_mentions(text: str, name: str, titles: list[str]) -> None:
    actors = read(text)
    person = one(actors, name, P)
    got = [m for m in person.mentions if m.kind is MentionKind.TITLE]
    assert [m.text for m in got] == titles
    assert all(text[m.span.start : m.span.end] == m.text for m in got)
    assert not any(m.text in person.aliases for m in got)  # aliases are names


# -- countries --------------------------------------------------------------------------------

COUNTRIES = [
    pytest.param(
        "The U.S. and the U.K. signed the pact; the US, the UK and the UAE later met, "
        "and the USA team cheered.",
        {
            "United States": [("U.S.", ACRONYM), ("US", ACRONYM), ("USA", ACRONYM)],
            "United Kingdom": [("U.K.", ACRONYM), ("UK", ACRONYM)],
            "United Arab Emirates": [("UAE", ACRONYM)],
        },
        id="abbreviations",
    ),
    pytest.param(
        "Russian diplomats met Venezuelan officials, and American envoys watched.",
        {
            "Russia": [("Russian", DEMONYM)],
            "Venezuela": [("Venezuelan", DEMONYM)],
            "United States": [("American", DEMONYM)],
        },
        id="demonyms",
    ),
    pytest.param(
        "Two Venezuelans and three Americans were detained in Cuba.",
        {
            "Venezuela": [("Venezuelans", DEMONYM)],
            "United States": [("Americans", DEMONYM)],
            "Cuba": [("Cuba", NAME)],
        },
        id="plural-demonyms",
    ),
    pytest.param(
        "Moscow accuses Washington of meddling.",
        {"Russia": [("Moscow", CAPITAL)], "United States": [("Washington", CAPITAL)]},
        id="capitals-accuse",
    ),
    pytest.param(
        "Washington and Moscow kept trading barbs over the summit.",
        {"United States": [("Washington", CAPITAL)], "Russia": [("Moscow", CAPITAL)]},
        id="capitals-trade-barbs",
    ),
    pytest.param(
        "The Kremlin denied the report, and the White House declined to comment. "
        "Downing Street said nothing.",
        {
            "Russia": [("Kremlin", SEAT)],
            "United States": [("White House", SEAT)],
            "United Kingdom": [("Downing Street", SEAT)],
        },
        id="seats",
    ),
    pytest.param(
        "Russia and Ukraine traded blame, while Belarus, Kazakhstan and Syria stayed quiet.",
        {
            "Russia": [("Russia", NAME)],
            "Ukraine": [("Ukraine", NAME)],
            "Belarus": [("Belarus", NAME)],
            "Kazakhstan": [("Kazakhstan", NAME)],
            "Syria": [("Syria", NAME)],
        },
        id="names",
    ),
    pytest.param(
        "Russia insists the Kremlin was not told, and Moscow warns Russian firms.",
        {
            "Russia": [
                ("Russia", NAME),
                ("Kremlin", SEAT),
                ("Moscow", CAPITAL),
                ("Russian", DEMONYM),
            ]
        },
        id="one-actor-four-ways",
    ),
    pytest.param(
        "Negotiators met in Moscow on Friday.",
        {},
        id="in-capital-is-no-country",
    ),
    pytest.param(
        "She moved to a Moscow-based think tank last year.",
        {},
        id="capital-based-is-no-country",
    ),
    pytest.param(
        "Moscow -- Russia has denied the report.",
        {"Russia": [("Russia", NAME)]},
        id="dateline-capital-is-no-country",
    ),
    pytest.param(
        "The summit will be held in Moscow, Russia, next year.",
        {"Russia": [("Russia", NAME)]},
        id="capital-comma-country",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRIES)
def test_countries(text: str, expected: dict[str, Surfaces]) -> None:
    actors = check_kind(text, C, expected)
    codes = {"United States": "US", "United Kingdom": "GB", "Russia": "RU", "Venezuela": "VE"}
    for actor in of_kind(actors, C).values():
        assert actor.country is not None
        assert len(actor.country) == 2
        assert actor.country == codes.get(actor.name, actor.country)


PLACES = [
    pytest.param("Negotiators met in Moscow on Friday.", {"Moscow": [("Moscow", NAME)]}, id="in"),
    pytest.param(
        "She moved to a Moscow-based think tank last year.",
        {"Moscow": [("Moscow", NAME)]},
        id="based",
    ),
    pytest.param(
        "Talks in Washington ended. Washington says it will respond.",
        {"Washington": [("Washington", NAME)]},
        id="place-then-government",
    ),
    pytest.param(
        "Moscow insists on talks.",
        {},
        id="government-is-no-place",
    ),
    pytest.param(
        "Maduro left for Havana on Sunday.",
        {"Havana": [("Havana", NAME)]},
        id="left-for",
    ),
    pytest.param(
        "The ship was bound for Havana. Sanctions for Moscow were discussed.",
        {"Havana": [("Havana", NAME)]},
        id="bound-for-but-not-any-for",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places(text: str, expected: dict[str, Surfaces]) -> None:
    actors = check_kind(text, PL, expected)
    for actor in of_kind(actors, PL).values():
        assert actor.country == {"Moscow": "RU", "Washington": "US", "Havana": "CU"}[actor.name]


def test_capital_and_place_in_one_text_are_two_actors() -> None:
    text = "The Moscow-based think tank said Moscow insists on talks."
    actors = read(text)
    assert surfaces(one(actors, "Moscow", PL)) == [("Moscow", NAME)]
    russia = one(actors, "Russia", C)
    assert surfaces(russia) == [("Moscow", CAPITAL)]
    assert russia.mentions[0].span.start == text.index("Moscow insists")


# -- organisations ------------------------------------------------------------------------------

ORGANIZATIONS = [
    pytest.param(
        "Procter & Gamble said sales rose, and Standard & Poor's cut its rating.",
        {
            "Procter & Gamble": [("Procter & Gamble", NAME)],
            "S&P Global": [("Standard & Poor", NAME)],
        },
        id="names-joined-by-an-ampersand",
    ),
    pytest.param(
        "NH Hydro said in a statement that power was out. TJ Berg said he had none.",
        {"NH Hydro": [("NH Hydro", NAME)]},
        id="name-opening-with-initials-is-a-body",
    ),
    pytest.param(
        "Statistics Canada said prices rose, and Health Canada issued a warning.",
        {
            "Statistics Canada": [("Statistics Canada", NAME)],
            "Health Canada": [("Health Canada", NAME)],
        },
        id="canadian-departments-named-x-canada",
    ),
    pytest.param(
        "General Motors said it would cut jobs, and General Electric agreed.",
        {
            "General Motors": [("General Motors", NAME)],
            "General Electric": [("General Electric", NAME)],
        },
        id="firm-opening-with-a-title-word",
    ),
    pytest.param(
        "The UN, NATO, the EU, the IMF, the World Bank, OPEC and the OAS issued statements. "
        "The Lima Group met too.",
        {
            "United Nations": [("UN", ACRONYM)],
            "North Atlantic Treaty Organization": [("NATO", ACRONYM)],
            "European Union": [("EU", ACRONYM)],
            "International Monetary Fund": [("IMF", ACRONYM)],
            "World Bank": [("World Bank", NAME)],
            "Organization of the Petroleum Exporting Countries": [("OPEC", ACRONYM)],
            "Organization of American States": [("OAS", ACRONYM)],
            "Lima Group": [("Lima Group", NAME)],
        },
        id="international-bodies",
    ),
    pytest.param(
        "The State Department and the Pentagon disagreed, and the State Duma voted.",
        {
            "State Department": [("State Department", NAME)],
            "Pentagon": [("Pentagon", NAME)],
            "State Duma": [("State Duma", NAME)],
        },
        id="government-bodies",
    ),
    pytest.param(
        "Officials said the Foreign Ministry had been told, and the National Assembly voted.",
        {
            "Foreign Ministry": [("Foreign Ministry", NAME)],
            "National Assembly": [("National Assembly", NAME)],
        },
        id="generic-bodies",
    ),
    pytest.param(
        "Russia's Foreign Ministry issued a statement.",
        {"Russian Foreign Ministry": [("Foreign Ministry", NAME)]},
        id="generic-body-of-possessive-country",
    ),
    pytest.param(
        "A Russian Foreign Ministry statement followed.",
        {"Russian Foreign Ministry": [("Russian Foreign Ministry", NAME)]},
        id="generic-body-of-demonym",
    ),
    pytest.param(
        "Republicans said the bill would fail, and the Tories agreed. Canadian Liberals did not.",
        {
            "Republicans": [("Republicans", NAME)],
            "Tories": [("Tories", NAME)],
            "Canadian Liberals": [("Canadian Liberals", NAME)],
        },
        id="party-members-in-the-plural",
    ),
    pytest.param(
        "Rosneft, PDVSA and Gazprom signed the deal.",
        {
            "Rosneft": [("Rosneft", NAME)],
            "Petróleos de Venezuela": [("PDVSA", ACRONYM)],
            "Gazprom": [("Gazprom", NAME)],
        },
        id="companies",
    ),
    pytest.param(
        "The story was first reported by CBS News and the Financial Times, citing AFP, AP and "
        "Reuters. Getty Images supplied pictures.",
        {
            "CBS News": [("CBS News", NAME)],
            "Financial Times": [("Financial Times", NAME)],
            "Agence France-Presse": [("AFP", ACRONYM)],
            "Associated Press": [("AP", ACRONYM)],
            "Reuters": [("Reuters", NAME)],
            "Getty Images": [("Getty Images", NAME)],
        },
        id="media-and-agencies",
    ),
    pytest.param(
        "The International Monetary Fund (IMF) approved the loan. The IMF said the terms were "
        "strict.",
        {
            "International Monetary Fund": [
                ("International Monetary Fund", NAME),
                ("IMF", ACRONYM),
                ("IMF", ACRONYM),
            ]
        },
        id="listed-acronym-introduced",
    ),
    pytest.param(
        "The Harbour Safety Agency (HSA) issued a warning, and the HSA later closed the port.",
        {
            "Harbour Safety Agency": [
                ("Harbour Safety Agency", NAME),
                ("HSA", ACRONYM),
                ("HSA", ACRONYM),
            ]
        },
        id="pattern-acronym-introduced",
    ),
    pytest.param(
        "The Harbour Cooperation Council met. Officials from the Ministry of Fisheries attended.",
        {
            "Harbour Cooperation Council": [("Harbour Cooperation Council", NAME)],
            "Ministry of Fisheries": [("Ministry of Fisheries", NAME)],
        },
        id="pattern-council-ministry",
    ),
    pytest.param(
        "Members of the Green Renewal Party walked out.",
        {"Green Renewal Party": [("Green Renewal Party", NAME)]},
        id="pattern-party",
    ),
    pytest.param(
        "Shares of Kestrel Shipping Corporation fell sharply.",
        {"Kestrel Shipping Corporation": [("Kestrel Shipping Corporation", NAME)]},
        id="pattern-corporation",
    ),
    pytest.param(
        "The study came from the Center for Crisis Society Studies in Moscow.",
        {"Center for Crisis Society Studies": [("Center for Crisis Society Studies", NAME)]},
        id="pattern-center",
    ),
    pytest.param(
        "The Centre for Arctic Resilience Studies published a map. The Center for Arctic "
        "Resilience Studies later withdrew it.",
        {
            "Centre for Arctic Resilience Studies": [
                ("Centre for Arctic Resilience Studies", NAME),
                ("Center for Arctic Resilience Studies", NAME),
            ]
        },
        id="british-spelling-merges",
    ),
    pytest.param(
        "Analysts at the Centre for Analysis of Strategies and Technologies disagreed.",
        {
            "Center for Analysis of Strategies and Technologies": [
                ("Centre for Analysis of Strategies and Technologies", NAME),
            ]
        },
        id="listed-think-tank-british-spelling",
    ),
    pytest.param(
        "Students at Moscow State University protested.",
        {"Moscow State University": [("Moscow State University", NAME)]},
        id="capital-inside-org-name",
    ),
    pytest.param(
        "Oil giant Vostokneft signed a deal.",
        {"Vostokneft": [("Vostokneft", NAME)]},
        id="org-noun-before",
    ),
    pytest.param(
        "Ships were chartered by Nordlys, a Norwegian shipping company.",
        {"Nordlys": [("Nordlys", NAME)]},
        id="org-noun-appositive",
    ),
    pytest.param(
        "The Baltic Energy Agency (BEA) published its figures, and the BEA said supply was tight.",
        {
            "Baltic Energy Agency": [
                ("Baltic Energy Agency", NAME),
                ("BEA", ACRONYM),
                ("BEA", ACRONYM),
            ]
        },
        id="regional-adjective-in-name",
    ),
    pytest.param(
        "He joined the Nordic Institute for Maritime Affairs last year.",
        {
            "Nordic Institute for Maritime Affairs": [
                ("Nordic Institute for Maritime Affairs", NAME)
            ]
        },
        id="nordic-institute",
    ),
    pytest.param(
        "The Western Fisheries Council met on Monday.",
        {"Western Fisheries Council": [("Western Fisheries Council", NAME)]},
        id="regional-adjective-opens-a-council",
    ),
    pytest.param(
        "The Institute for Polar Law and the Harbour Safety Agency signed a pact.",
        {
            "Institute for Polar Law": [("Institute for Polar Law", NAME)],
            "Harbour Safety Agency": [("Harbour Safety Agency", NAME)],
        },
        id="two-orgs-joined-by-and-the",
    ),
    pytest.param(
        "The loan came from the Development Bank of the Andes.",
        {"Development Bank of the Andes": [("Development Bank of the Andes", NAME)]},
        id="org-of-region",
    ),
    pytest.param(
        "A poll by the Roper Centre for Public Opinion Research found support fell.",
        {
            "Roper Centre for Public Opinion Research": [
                ("Roper Centre for Public Opinion Research", NAME)
            ]
        },
        id="head-then-its-complement",
    ),
    pytest.param(
        "The vote was held at the Porthaven Council on Nov. 15.",
        {"Porthaven Council": [("Porthaven Council", NAME)]},
        id="complement-stops-at-a-month",
    ),
    pytest.param(
        "The Harbour Safety Agency of Porthaven and the Acme Corporation signed a pact.",
        {
            "Harbour Safety Agency of Porthaven": [("Harbour Safety Agency of Porthaven", NAME)],
            "Acme Corporation": [("Acme Corporation", NAME)],
        },
        id="complement-then-and-the",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGANIZATIONS)
def test_organizations(text: str, expected: dict[str, Surfaces]) -> None:
    check_kind(text, ORG, expected)


ORG_DETAILS = [
    # text, organisation, category, country
    ("Rosneft signed the deal.", "Rosneft", "company", "RU"),
    ("The State Department said so.", "State Department", "government", "US"),
    ("The State Duma voted.", "State Duma", "legislature", "RU"),
    ("The Financial Times said so.", "Financial Times", "media", "GB"),
    ("Reuters said so.", "Reuters", "news_agency", "GB"),
    ("NATO said so.", "North Atlantic Treaty Organization", "intergovernmental", None),
    (
        "The study came from the Moscow-based Center for Crisis Society Studies.",
        "Center for Crisis Society Studies",
        None,
        "RU",
    ),
]


@pytest.mark.parametrize(("text", "name", "category", "country"), ORG_DETAILS)
def test_organization_category_and_country(
    text: str, name: str, category: str | None, country: str | None
) -> None:
    org = one(read(text), name, ORG)
    assert (org.category, org.country) == (category, country)


def test_an_acronym_alone_is_not_linked_without_its_long_name() -> None:
    # "HSA" is introduced nowhere: it must not become an organisation by itself
    actors = read("Officials said the HSA would close the port.")
    assert not of_kind(actors, ORG)


# -- no false actors --------------------------------------------------------------------------

NO_ACTORS = [
    "Meanwhile the talks stalled. Negotiators blamed each other. Critics said nothing.",
    "Separately, an official said the port was shut.",
    "Later, a resident of the town, who asked not to be named, said the port was shut.",
    "Envoys Clash Over Grain Corridor As Deadline Looms",
    "Harbour Pact Signed As Northern Ports Reopen",
    "Sanctions Bite Harder Than Expected",
    "Talks resumed on Monday and will continue until Friday in March or April.",
    "Officials met on Wednesday, June 12.",
    "Tuesday's vote was delayed.",
    "Ships docked Tuesday. Protesters gathered Thursday.",
    "The poll, held in August, showed support dropping.",
    "May the talks succeed, said one envoy.",
    "Key Points",
    "Related Coverage",
    "What Happens Next",
    "Sunday Morning Briefing",
    "Read more: Why the pipeline matters",
    "Photo: Harbour cranes at dawn",
    "Asked about the strike, officials declined to comment.",
    "It remains unclear. Still, Officials hope for progress.",
    "Analysts expect a deal. Diplomats disagree. Observers Expect Little.",
    '"Nobody asked us," one fisherman said. Everyone agreed. Someone said no.',
    "",
    "   \n\n  ",
]


@pytest.mark.parametrize("text", NO_ACTORS)
def test_no_false_actors(text: str) -> None:
    assert read(text) == ()


ONLY = [
    # text, the only actors it has: (name, kind)
    ("Russia Warns Of Consequences Over Grain Deal", {("Russia", C)}),
    ("Kremlin Denies Role In Blast", {("Russia", C)}),
    (
        "Earlier this week Washington traded barbs with Moscow.",
        {("United States", C), ("Russia", C)},
    ),
    (
        "On Monday, Secretary of State Mike Pompeo met Sergei Lavrov.",
        {("Mike Pompeo", P), ("Sergei Lavrov", P)},
    ),
    ("In March, Maduro flew to Havana.", {("Nicolás Maduro", P), ("Havana", PL)}),
]


@pytest.mark.parametrize(("text", "expected"), ONLY)
def test_openers_weekdays_and_headline_words_add_no_actor(
    text: str, expected: set[tuple[str, ActorKind]]
) -> None:
    assert {(a.name, a.kind) for a in read(text)} == expected


# -- aliases, order, within ---------------------------------------------------------------------


def test_aliases_list_every_surface_once_and_mentions_every_place() -> None:
    text = "Opposition chief Juan Guaidó spoke. Juan Guaido, as some print it, met Guaido's allies."
    guaido = one(read(text), "Juan Guaidó", P)
    assert guaido.aliases == ("Juan Guaidó", "Juan Guaido", "Guaido")
    assert [m.span.start for m in guaido.mentions] == sorted(m.span.start for m in guaido.mentions)
    assert len(guaido.mentions) == 3


def test_actors_come_in_order_of_first_mention() -> None:
    text = "Rosneft told the Kremlin that Mike Pompeo and Caracas had been warned."
    assert [a.name for a in read(text)] == ["Rosneft", "Russia", "Mike Pompeo", "Venezuela"]


def test_within_limits_reading_but_spans_point_into_the_text() -> None:
    text = "Mike Pompeo flew in.\nADVERTISEMENT Rosneft\nSergei Lavrov met him."
    first, last = Span(0, 20), Span(text.index("Sergei"), len(text))
    actors = extract_actors(text, within=[first, last])
    assert_slices(text, actors)
    assert [a.name for a in actors] == ["Mike Pompeo", "Sergei Lavrov"]
    assert extract_actors(text, within=[]) == ()
    assert "Rosneft" in [a.name for a in extract_actors(text)]


# -- credits: bylines and photo credits -----------------------------------------------------------


def snippet(text: str, part: str) -> Snippet:
    start = text.index(part)
    return Snippet(part, Span(start, start + len(part)))


def test_credited_actors_from_bylines_and_photo_credits() -> None:
    text = "By Greta Lindholm\nSoldiers at a checkpoint.\nOLA NYBERG | AFP | Getty Images"
    credits = credited_actors(
        text,
        bylines=[snippet(text, "By Greta Lindholm")],
        photo_credits=[snippet(text, p) for p in ("OLA NYBERG", "AFP", "Getty Images")],
    )
    assert_slices(text, credits)
    assert [(a.name, a.kind, a.role) for a in credits] == [
        ("Greta Lindholm", P, Role.AUTHOR),
        ("Ola Nyberg", P, Role.PHOTOGRAPHER),
        ("Agence France-Presse", ORG, Role.PHOTO_AGENCY),
        ("Getty Images", ORG, Role.PHOTO_AGENCY),
    ]
    assert credits[1].mentions[0].text == "OLA NYBERG"  # the printed surface is kept
    assert credits[1].key == actor_key("Ola Nyberg")


def test_credited_actors_without_credits_is_empty() -> None:
    assert credited_actors("By Greta Lindholm") == ()


def test_a_byline_of_two_authors_gives_two_people() -> None:
    text = "By Greta Lindholm and Omar Haddad"
    credits = credited_actors(text, bylines=[snippet(text, text)])
    assert [(a.name, a.kind, a.role) for a in credits] == [
        ("Greta Lindholm", P, Role.AUTHOR),
        ("Omar Haddad", P, Role.AUTHOR),
    ]


PAGE = """Harbour Talks Collapse As Envoys Walk Out

Key Points

- Foreign Minister Sergei Lavrov left the talks early.
- Norway wants a new round.

By Greta Lindholm

Published 9:40 AM ET Thu, 14 March 2031

Foreign Minister Sergei Lavrov left early on Thursday, said Ingrid Falkner, a Norwegian diplomat.

Envoys leave the harbour hall after the talks.
MARTA OKONKWO | AFP | Getty Images

What Comes Next For The Harbour

Falkner said the next round would be in Oslo in March.
"""


def test_article_keeps_credits_apart_from_the_story_actors() -> None:
    article = parse_article(PAGE)
    assert [type(block).__name__ for block in article.body] == [
        "Paragraph",
        "Photo",
        "Subheading",
        "Paragraph",
    ]
    assert len(article.key_points) == 2
    # the headline, the key points label, the subheading, the weekday and the month add nothing
    story = {(a.name, a.kind) for a in article.actors}
    assert story == {
        ("Sergei Lavrov", P),
        ("Ingrid Falkner", P),
        ("Norway", C),
        ("Oslo", PL),
    }
    assert all(a.role is None for a in article.actors)
    credits = {(a.name, a.kind, a.role) for a in article.credits}
    assert credits == {
        ("Greta Lindholm", P, Role.AUTHOR),
        ("Marta Okonkwo", P, Role.PHOTOGRAPHER),
        ("Agence France-Presse", ORG, Role.PHOTO_AGENCY),
        ("Getty Images", ORG, Role.PHOTO_AGENCY),
    }
    lavrov = one(article.actors, "Sergei Lavrov", P)
    assert [m.text for m in lavrov.mentions] == [
        "Sergei Lavrov",
        "Sergei Lavrov",
    ]  # key point, body
    falkner = one(article.actors, "Ingrid Falkner", P)
    assert surfaces(falkner) == [("Ingrid Falkner", NAME), ("Falkner", SURNAME)]
    assert "Norwegian diplomat" in falkner.titles
    for actor in (*article.actors, *article.credits):
        for mention in actor.mentions:
            assert mention.span.of(PAGE) == mention.text


def test_an_age_after_a_name_is_evidence_of_a_person() -> None:
    actors = extract_actors("Quina Jonsdottir, 25, came with her sister.")
    assert [(a.name, a.kind) for a in actors] == [("Quina Jonsdottir", ActorKind.PERSON)]
    road = extract_actors("Harbour Road, 25, was closed.")  # a place, not a person
    assert all(a.kind is not ActorKind.PERSON for a in road)


def test_a_place_after_a_locative_before_said_is_no_speaker() -> None:
    actors = extract_actors("City staff in Porthaven said the budget was fine.")
    assert all(a.kind is not ActorKind.PERSON for a in actors)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Fares are higher than FjordLink says they are.", "FjordLink", ActorKind.ORGANIZATION),
        ("Fares are higher than McAllister says they are.", "McAllister", P),
        ("Fares are higher than LeBlanc says they are.", "LeBlanc", P),
    ],
    ids=["inner-capital", "gaelic-prefix", "joined-particle"],
)
def test_a_lone_word_beside_a_verb_with_a_capital_inside(
    text: str, name: str, kind: ActorKind
) -> None:
    assert one(read(text), name).kind is kind


def test_a_pronoun_goes_on_with_the_last_one_of_its_gender() -> None:
    text = (
        "Wendy Lind founded the group in 2010. She said it had grown fast. Tomas Moss, Anders "
        "Holm, Pedro Soto, Lars Berg and Olaf Dahl joined it last year. Now she wants a new board."
    )
    pronouns = [m.text for m in one(read(text), "Wendy Lind", P).mentions if m.kind is PRONOUN]
    assert pronouns == ["She", "she"]


def test_a_pronoun_with_a_contracted_verb_is_no_name() -> None:
    text = (
        "Wendy Lind spoke in Oslo. \u201cI came home and said I\u2019m not going back,\u201d "
        "she said. He'd left. We've stayed, and Mary O'Dell said They're gone."
    )
    names = sorted(a.name for a in read(text) if a.kind is P)
    assert names == ["Mary O'Dell", "Wendy Lind"]


def test_a_pronoun_with_a_contracted_verb_is_a_pronoun() -> None:
    text = (
        "Wendy Lind founded the group in 2010. She\u2019s said it grew fast, and she'd "
        "like a new board. The 'she' of the charter is the chair."
    )
    pronouns = [m.text for m in one(read(text), "Wendy Lind", P).mentions if m.kind is PRONOUN]
    assert pronouns == ["She", "she"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Mr. King said the party was split.", "King", "Mr."),
        ("Charlie King, a party veteran, said the party was split.", "Charlie King", None),
        ("Dr. Bishop said the trial was over.", "Bishop", "Dr."),
    ],
)
def test_a_title_word_that_is_a_surname(text: str, name: str, title: str | None) -> None:
    person = one(read(text), name, P)
    assert title is None or title in person.titles


def test_a_title_of_address_is_no_surname() -> None:
    assert read("Mr. President, the vote was rigged.") == ()


def test_a_given_name_prior_sets_no_gender() -> None:
    actors = read("Tomas Ekberg spoke first, and then Katy Marsh read a statement.")
    assert [actor.gender for actor in actors] == [None, None]


def test_keys_fold_the_dotless_i() -> None:
    # Turkish "Bar\u0131\u015f": its capital form loses the dotless i's difference
    assert actor_key("BARI\u015e Kaya") == actor_key("Bar\u0131\u015f Kaya") == "baris kaya"


def test_an_object_is_an_antecedent_when_no_subject_is_in_reach() -> None:
    actors = read("The court summoned Anders Holm. He said he would appear.")
    assert ("He", PRONOUN) in surfaces(one(actors, "Anders Holm", P), pronouns=True)


@pytest.mark.parametrize(
    "text",
    [
        "Cindy Dalglish told Porthaven's councillors that the budget was wrong.",
        "Cindy Dalglish told Porthaven councillors that the budget was wrong.",
    ],
    ids=["owner-after-told", "plural-role-after-told"],
)
def test_a_word_after_told_that_owns_or_modifies_is_no_person(text: str) -> None:
    assert [actor.name for actor in read(text) if actor.kind is P] == ["Cindy Dalglish"]


def test_a_possessive_is_an_antecedent_when_no_one_else_is() -> None:
    actors = read("Ines Duarte's plan passed on Monday. She said it was fair.")
    assert ("She", PRONOUN) in surfaces(one(actors, "Ines Duarte", P), pronouns=True)


def test_a_person_named_in_an_aside_is_no_antecedent_in_the_story() -> None:
    story = "Lena Marsh runs the shelter. It opened in May."
    caption = "Mayor Tomas Berg visits the tents in the park on Friday."
    after = "\"We need more beds,\" he said."
    text = f"{story}\n{caption}\n{after}"
    spans = [Span(0, len(story)), Span(len(text) - len(after), len(text))]
    aside = Span(len(story) + 1, len(story) + 1 + len(caption))
    actors = extract_actors(text, within=spans, asides=[aside])
    assert_slices(text, actors)
    berg = one(actors, "Tomas Berg", P)  # read in the aside ...
    assert all(m.kind is not PRONOUN for m in berg.mentions)  # ... but no "he" joins him
    # without the aside mark, the nearest person takes the pronoun
    joined = extract_actors(text, within=[*spans[:1], aside, spans[1]])
    assert ("he", PRONOUN) in surfaces(one(joined, "Tomas Berg", P), pronouns=True)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe stay here.\u201d\u00a0\u2015 Quenby Morrow",
        '"We stay here," - Quenby Morrow, Porthaven.',
        "\u201cWe stay here.\u201d \u2014 Quenby Morrow",
    ],
)
def test_a_name_signing_a_quote_is_a_person(text: str) -> None:
    assert [a.name for a in read(text) if a.kind is P] == ["Quenby Morrow"]


def test_a_name_after_a_dash_without_a_quote_needs_other_evidence() -> None:
    actors = read("The storm \u2014 Quenby Morrow \u2014 hit the coast.")
    assert [a for a in actors if a.kind is P] == []


def test_an_age_before_a_name_is_evidence_of_a_person() -> None:
    actors = read("For three months, 13-year-old Rhiannon Vale was kept in a cabin.")
    assert [a.name for a in actors if a.kind is P] == ["Rhiannon Vale"]


def test_a_listed_word_after_a_name_and_before_an_appositive_role_is_a_surname() -> None:
    # "Fitch" is a listed organisation; here it ends a person's name
    actors = read('"We must act," said Lorne Fitch, a retired Alberta biologist, on Sunday.')
    assert [a.name for a in actors if a.kind is P] == ["Lorne Fitch"]
    assert all(a.kind is not ORG for a in actors)


def test_an_unknown_acronym_joins_the_one_organisation_it_abbreviates() -> None:
    actors = read("The Harbour Safety Agency met on Friday. HSA said the port was closed.")
    agency = one(actors, "Harbour Safety Agency", ORG)
    assert surfaces(agency) == [("Harbour Safety Agency", NAME), ("HSA", ACRONYM)]


def test_an_acronym_of_two_organisations_joins_neither() -> None:
    text = (
        "The Harbour Safety Agency met the Holm Shipping Association. HSA said the port was "
        "closed."
    )
    actors = read(text)
    for name in ("Harbour Safety Agency", "Holm Shipping Association"):
        assert surfaces(one(actors, name, ORG)) == [(name, NAME)]

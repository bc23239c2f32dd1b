"""Comparison of outlets (issue 7): ``compare``, its building blocks, ``compare_many``.

Every article here was written for this file: invented ministers, analysts and
mediators, real countries and institutions, in the page-dump format (section,
headline, byline, paragraphs, page chrome). Eleven stories are each told by two
outlets in their own words; the table ``PAIRS`` compares the two tellings of
each story (they must score high, align at least one claim, and show what the
row names: a quote trimmed differently, figures that agree or conflict,
reporting words that differ) and pairs of different stories, some on the same
countries or subject (they must score low).

The building blocks (``same_actor``, ``speaker_side``, ``match_quotes``,
``align_figures``, ``align_claims``, ``similarity``), ``compare_many``, the
renderings and the serialisation have their own tests, and the properties
that hold for any articles are checked with hypothesis: ``compare(a, a)`` is
total overlap, ``compare(b, a)`` mirrors ``compare(a, b)``, scores stay in
[0, 1], and results survive a JSON round trip. ``compare_many`` is checked to
grow far from quadratically on a generated corpus.
"""

from __future__ import annotations

import functools
import itertools
import json
import random
import time
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.invariants import load_benchmark

from geopol_news import (
    Actor,
    ActorKind,
    Article,
    Comparison,
    Coverage,
    DateInterval,
    DateKind,
    DateMention,
    FigureStatus,
    InputTypeError,
    Paragraph,
    QuoteMatchKind,
    SchemaError,
    Snippet,
    Span,
    align_claims,
    align_figures,
    compare,
    compare_many,
    extract_actors,
    extract_quotes,
    match_quotes,
    parse_article,
    same_actor,
    similarity,
    speaker_side,
)
from geopol_news.compare import render_markdown, to_records

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def page(*parts: str) -> str:
    """A page dump: one part per line, a blank line between parts."""
    return "\n\n".join(parts) + "\n"


ARTICLES: dict[str, str] = {
    # 1. Krill quota: Norway and Chile. One quote trimmed differently; one figure in both.
    "krill_a": page(
        "World",
        "Norway and Chile agree to cap krill catches in the Southern Ocean",
        "By Maren Dahl, Example Wire",
        "OSLO -- Norway and Chile agreed on Tuesday to cap krill catches in the Southern "
        "Ocean at 620,000 tonnes a year, ending two years of talks over the tiny "
        "crustaceans that feed whales and penguins.",
        '"We will not let the Southern Ocean be emptied to make feed for salmon farms, '
        'and today both our countries said so in writing," Norwegian Foreign Minister '
        "Ingrid Halvorsen told reporters in Oslo.",
        "The deal still needs the approval of the Antarctic fisheries commission, which "
        "meets in Hobart in October.",
        'Chilean Foreign Minister Alberto Rojas said the cap was "a floor, not a ceiling"'
        " for conservation.",
        "Advertisement",
    ),
    "krill_b": page(
        "Environment",
        "Krill deal: Chile and Norway set catch limit",
        "SANTIAGO -- Chile and Norway will limit krill fishing in Antarctic waters to "
        "620,000 tonnes a year under an agreement reached on Tuesday.",
        "Norway's foreign minister, Ingrid Halvorsen, said the two countries would \"not "
        'let the Southern Ocean be emptied to make feed for salmon farms."',
        "Fishing companies had pushed for a higher limit, arguing that krill stocks are "
        "large and poorly counted.",
        "Conservation groups welcomed the deal but said the Antarctic fisheries "
        "commission must still approve it when it meets in Hobart.",
        "Share this article",
    ),
    # 2. Drone strike on a Russian refinery: the counts conflict; "said" against "claimed".
    "refinery_a": page(
        "Europe",
        "Ukrainian drones hit oil refinery in Ryazan, starting large fire",
        "By Petro Lysenko, Eastern Desk",
        "KYIV -- Ukrainian drones struck an oil refinery in the Russian city of Ryazan "
        "early on Saturday, starting a fire that burned for several hours, regional "
        "officials said.",
        "Russia's Defence Ministry said its air defences had shot down 12 drones over the"
        " Ryazan region overnight.",
        "A source in Ukraine's SBU security service said the strike was part of a "
        "campaign to cut the fuel supplies of the Russian army.",
        "The refinery processes about 17 million tonnes of crude a year, one of the "
        "largest in Russia.",
        "Advertisement",
    ),
    "refinery_b": page(
        "World News",
        "Fire at Ryazan refinery after Ukrainian drone attack",
        "MOSCOW -- A fire broke out at an oil refinery in Ryazan on Saturday after a "
        "Ukrainian drone attack, Russian officials said.",
        "Russia's Defence Ministry claimed its air defences had downed 9 drones over the "
        "Ryazan region during the night.",
        "Regional governor Pavel Malkov said nobody had been hurt and that the fire had "
        "been put out by noon.",
        "The plant, owned by the oil company Rosneft, is one of the largest refineries in"
        " central Russia.",
        "Related: Drone attacks on Russian energy sites",
    ),
    # 3. Sanctions on Iranian oil: U.S. officials on both sides, an analyst on one.
    "tankers_a": page(
        "Business",
        "U.S. sanctions 35 tankers over Iranian oil shipments",
        "By Dana Whitlock, Example Wire",
        "WASHINGTON -- The United States on Thursday imposed sanctions on 35 tankers that"
        " it said carried Iranian oil to buyers in Asia, in breach of earlier sanctions.",
        '"Tehran uses this shadow fleet to fund its proxies across the region, and we '
        'will keep exposing it," Treasury Under Secretary Ruth Calder said in a '
        "statement.",
        "The Treasury said the ships had moved oil worth more than $1 billion over the past year.",
        "Iran's Foreign Ministry spokesman Nasser Kanani called the sanctions \"economic "
        'terrorism."',
        "Advertisement",
    ),
    "tankers_b": page(
        "Middle East",
        "Washington targets Iran's 'shadow fleet' with new sanctions",
        "WASHINGTON -- The U.S. Treasury on Thursday sanctioned 35 tankers accused of "
        "shipping Iranian oil to Asian buyers.",
        'Treasury Under Secretary Ruth Calder said Tehran uses the shadow fleet "to fund '
        'its proxies across the region."',
        "The vessels moved oil worth more than $1 billion in the past year, the Treasury said.",
        '"Sanctions on single ships rarely stop the trade for long, because the owners '
        'simply re-register them elsewhere," said Farid Soltani, an energy analyst at the'
        " Gulf Policy Institute.",
        "Share",
    ),
    # 4. Chinese aircraft near Taiwan: the same numbers, the same quote.
    "taiwan_a": page(
        "Asia",
        "Taiwan reports 28 Chinese military aircraft near the island",
        "TAIPEI -- Taiwan's Defence Ministry said on Sunday it had detected 28 Chinese "
        "military aircraft and six navy ships around the island over the previous 24 "
        "hours.",
        "The ministry said 16 of the aircraft had crossed the median line of the Taiwan "
        "Strait, an unofficial buffer.",
        "China's Taiwan Affairs Office said the drills were \"a stern warning to "
        'separatist forces."',
        "Advertisement",
    ),
    "taiwan_b": page(
        "World",
        "China sends warplanes and ships near Taiwan in new show of force",
        "By Wen Li-hua, Pacific Record",
        "TAIPEI -- China sent 28 military aircraft and six warships toward Taiwan in the "
        "24 hours to Sunday morning, Taiwan's Defence Ministry said.",
        "Sixteen aircraft crossed the median line of the Taiwan Strait, the ministry said.",
        "Beijing's Taiwan Affairs Office called the exercise \"a stern warning to "
        'separatist forces" and urged Taipei to drop its independence push.',
        "Read more: Taiwan's new president vows to keep the status quo",
    ),
    # 5. Sudan ceasefire talks: a mediator quoted in full and in part.
    "sudan_a": page(
        "Africa",
        "Sudan ceasefire talks resume in Jeddah",
        "JEDDAH -- Envoys of Sudan's army and of the Rapid Support Forces resumed "
        "ceasefire talks in Jeddah on Monday, six weeks after the last round collapsed.",
        "The war has driven more than 10 million people from their homes, according to "
        "the United Nations.",
        '"Both delegations came back to the table because the rainy season will make the '
        'hunger worse," said Saudi mediator Khalid al-Otaibi.',
        "Advertisement",
    ),
    "sudan_b": page(
        "Africa",
        "Warring Sudanese sides return to Jeddah talks",
        "By Amina Yusuf, Example Wire",
        "JEDDAH -- Delegations of the Sudanese army and the paramilitary Rapid Support "
        "Forces returned to the negotiating table in Jeddah on Monday.",
        "More than 10 million people have been displaced by the fighting, the United Nations says.",
        'Saudi mediator Khalid al-Otaibi said both delegations had come back "because the'
        ' rainy season will make the hunger worse."',
        "Aid agencies say famine has already taken hold in parts of Darfur.",
        "Share this article",
    ),
    # 6. Poland's ban on Ukrainian grain, told from Warsaw and from Kyiv.
    "grain_a": page(
        "Europe",
        "Poland extends ban on Ukrainian grain imports",
        "WARSAW -- Poland will keep its ban on imports of Ukrainian wheat, maize and "
        "rapeseed after the European Union's own restrictions expire, the government said"
        " on Friday.",
        "Agriculture Minister Tomasz Wrona said Polish farmers could not compete with "
        "cheaper grain that had been meant for Africa but stayed in Europe.",
        "Ukraine said it would take the case to the World Trade Organization.",
        "Advertisement",
    ),
    "grain_b": page(
        "Business",
        "Kyiv to sue Warsaw at WTO over grain ban",
        "By Olena Hrytsenko, Eastern Desk",
        "KYIV -- Ukraine will file a complaint at the World Trade Organization against "
        "Poland's decision to keep banning Ukrainian grain, Economy Minister Yulia "
        "Marchenko said on Friday.",
        "Poland said it would extend the ban on Ukrainian wheat, maize and rapeseed after"
        " the European Union's restrictions end.",
        '"Closing the border to our grain is a gift to those who want to starve Ukraine '
        "out of Europe's markets,\" Marchenko said.",
        "Advertisement",
    ),
    # 7. Chevron's licence in Venezuela: U.S. sanctions and oil, like story 3.
    "chevron_a": page(
        "Business",
        "U.S. renews Chevron licence to pump oil in Venezuela",
        "WASHINGTON -- The U.S. Treasury renewed on Wednesday a licence that lets Chevron"
        " pump and export Venezuelan oil, despite sanctions on the government of Nicolas "
        "Maduro.",
        "Chevron produces about 200,000 barrels a day in Venezuela through joint ventures"
        " with the state oil company PDVSA.",
        "Venezuela's oil minister Pedro Tellechea called the decision \"a step in the "
        'right direction."',
        "Advertisement",
    ),
    "chevron_b": page(
        "Americas",
        "Chevron keeps Venezuela oil licence as Washington extends waiver",
        "By Luis Ferrer, Americas Desk",
        "CARACAS -- Washington extended on Wednesday the licence allowing Chevron to "
        "operate in Venezuela, where the U.S. oil major pumps about 200,000 barrels a day"
        " with the state company PDVSA.",
        'Oil Minister Pedro Tellechea called the renewal "a step in the right direction" '
        "for relations with Washington.",
        "The licence bars Chevron from paying taxes or royalties to the government of "
        "Nicolas Maduro.",
        "Share",
    ),
    # 8. A North Korean missile, dated differently (the dates are added by the test).
    "missile_a": page(
        "Asia",
        "North Korea fires ballistic missile into the sea",
        "TOKYO -- North Korea fired a ballistic missile into the sea off its east coast "
        "on Thursday, Japan's Defence Ministry said.",
        "The missile flew about 600 kilometres before falling outside Japan's exclusive "
        "economic zone, the ministry said.",
        "South Korea's Joint Chiefs of Staff said it was analysing the launch with U.S. officials.",
        "Advertisement",
    ),
    "missile_b": page(
        "World",
        "North Korea launches missile toward sea of Japan",
        "By Kim Soo-jin, Pacific Record",
        "SEOUL -- North Korea fired a ballistic missile into the sea off its east coast "
        "on Wednesday, South Korea's Joint Chiefs of Staff said.",
        "The missile flew about 600 kilometres, Japan's Defence Ministry said, and fell "
        "outside the country's exclusive economic zone.",
        "Advertisement",
    ),
    # 9. French troops leave Niger.
    "niger_a": page(
        "Africa",
        "Last French troops leave Niger",
        "NIAMEY -- The last French soldiers left Niger on Friday, ending a decade of "
        "counter-terrorism operations in the country after the military junta ordered "
        "them out.",
        "About 1,500 French troops had been stationed in Niger before the coup in July.",
        "The junta's spokesman, Colonel Amadou Abdramane, said the departure was \"the end"
        ' of a page of history."',
        "Advertisement",
    ),
    "niger_b": page(
        "World News",
        "France completes troop withdrawal from Niger",
        "By Claire Morel, Example Wire",
        "PARIS -- France completed the withdrawal of its troops from Niger on Friday, the"
        " army general staff said, two months after President Emmanuel Macron announced "
        "the pullout.",
        "France had kept about 1,500 soldiers in the country to fight jihadist groups in "
        "the Sahel.",
        "Niger's junta, which seized power in July, had demanded the departure of the "
        "French forces.",
        "Share this article",
    ),
    # 10. Drought on the Panama Canal: hedged figures ("up to", "as much as").
    "canal_a": page(
        "Business",
        "Panama Canal cuts daily crossings as drought drains Gatun Lake",
        "PANAMA CITY -- The Panama Canal Authority said on Tuesday it would cut the "
        "number of daily ship crossings to 24 from 32 because of a drought that has "
        "drained Gatun Lake.",
        "Canal administrator Ricaurte Vasquez said the authority was studying a new "
        "reservoir on the Indio River.",
        "Shipping companies have paid up to $4 million to jump the queue, according to "
        "auction results.",
        "Advertisement",
    ),
    "canal_b": page(
        "World",
        "Drought forces new limits on Panama Canal traffic",
        "By Sofia Reyes, Americas Desk",
        "PANAMA CITY -- Drought has forced the Panama Canal to allow only 24 ships a day,"
        " down from 32, the canal authority said on Tuesday.",
        "Administrator Ricaurte Vasquez said water levels in Gatun Lake were the lowest "
        "for the time of year since records began.",
        "Some shippers have paid as much as $4 million at auction for a crossing slot.",
        "Share",
    ),
    # 11. Armenia returns four villages to Azerbaijan, told from both capitals.
    "border_a": page(
        "Europe",
        "Armenia agrees to return four villages to Azerbaijan",
        "YEREVAN -- Armenia agreed on Friday to hand back four border villages to "
        "Azerbaijan, the first step towards marking out the border between the two "
        "countries.",
        "Prime Minister Nikol Pashinyan said the deal would help avoid a new war.",
        "Residents of the nearby Armenian village of Kirants protested, saying the move "
        "would cut them off from the main road.",
        "Advertisement",
    ),
    "border_b": page(
        "World",
        "Azerbaijan welcomes Armenian deal on four border villages",
        "BAKU -- Azerbaijan said on Friday that Armenia had agreed to return four "
        "villages along their border, a step towards a peace treaty.",
        'Azerbaijani presidential aide Hikmet Hajiyev called the agreement "a historic event."',
        "The villages have been held by Armenia since the early 1990s.",
        "Share this article",
    ),
}


@functools.cache
def parsed(name: str) -> Article:
    return parse_article(ARTICLES[name])


STORIES = sorted({name.rsplit("_", 1)[0] for name in ARTICLES})

# -- the table of pairs ---------------------------------------------------------------------
# (a, b, same story?, expectations). Expectations: "actors" must be among the shared
# actors; "quote" is the match kind of a quotation both carry; "figure" is (text in a,
# text in b, status) of an aligned pair; "cue" is (speaker, cue in a, cue in b); "only_a"
# and "only_b" actors named by one side only; "groups" voice groups that must appear.
SAME = True
DIFFERENT = False
PAIRS: list[tuple[str, str, bool, dict[str, Any]]] = [
    (
        "krill_a",
        "krill_b",
        SAME,
        {
            "actors": {"Norway", "Chile", "Ingrid Halvorsen"},
            "quote": QuoteMatchKind.CONTAINED,  # the same words, trimmed differently
            "figure": ("620,000 tonnes", "620,000 tonnes", FigureStatus.AGREE),
            "cue": ("Ingrid Halvorsen", "told", "said"),
            "only_a": {"Alberto Rojas"},
            "groups": {"Norwegian officials", "Chilean officials"},
        },
    ),
    (
        "refinery_a",
        "refinery_b",
        SAME,
        {
            "actors": {"Russia", "Ukraine"},
            "figure": ("12 drones", "9 drones", FigureStatus.CONFLICT),
            "cue": ("Russian Defence Ministry", "said", "claimed"),
            "only_b": {"Pavel Malkov", "Rosneft"},
        },
    ),
    (
        "tankers_a",
        "tankers_b",
        SAME,
        {
            "actors": {"Ruth Calder", "Iran"},
            "quote": QuoteMatchKind.CONTAINED,
            "figure": ("more than $1 billion", "more than $1 billion", FigureStatus.AGREE),
            "only_b": {"Farid Soltani"},
            "groups": {"independent analysts", "Iranian officials"},
        },
    ),
    (
        "taiwan_a",
        "taiwan_b",
        SAME,
        {
            "actors": {"China", "Taiwan", "Taiwan Affairs Office"},
            "quote": QuoteMatchKind.EXACT,  # the same words, one with its full stop inside
            "figure": ("six navy ships", "six warships", FigureStatus.AGREE),  # synonyms
            "cue": ("Taiwan Affairs Office", "said", "called"),
            "groups": {"Chinese officials"},
        },
    ),
    (
        "sudan_a",
        "sudan_b",
        SAME,
        {
            "actors": {"Sudan", "Khalid al-Otaibi", "Rapid Support Forces"},
            "quote": QuoteMatchKind.CONTAINED,
            "figure": (
                "more than 10 million people",
                "More than 10 million people",
                FigureStatus.AGREE,
            ),
            "groups": {"Saudi officials"},
        },
    ),
    ("grain_a", "grain_b", SAME, {"actors": {"Poland", "Ukraine", "World Trade Organization"}}),
    (
        "chevron_a",
        "chevron_b",
        SAME,
        {
            "actors": {"Chevron", "Venezuela", "Nicolás Maduro", "Pedro Tellechea"},
            "quote": QuoteMatchKind.EXACT,
            "figure": ("about 200,000 barrels", "about 200,000 barrels", FigureStatus.AGREE),
            "groups": {"Venezuelan officials"},
        },
    ),
    (
        "missile_a",
        "missile_b",
        SAME,
        {
            "actors": {"North Korea", "Japan"},
            "figure": ("about 600 kilometres", "about 600 kilometres", FigureStatus.AGREE),
        },
    ),
    (
        "niger_a",
        "niger_b",
        SAME,
        {
            "actors": {"France", "Niger"},
            "figure": ("About 1,500 French troops", "about 1,500 soldiers", FigureStatus.AGREE),
            "only_b": {"Emmanuel Macron"},
        },
    ),
    (
        "canal_a",
        "canal_b",
        SAME,
        {
            "actors": {"Panama Canal", "Ricaurte Vasquez"},
            "figure": ("up to $4 million", "as much as $4 million", FigureStatus.AGREE),
        },
    ),
    (
        "border_a",
        "border_b",
        SAME,
        {
            "actors": {"Armenia", "Azerbaijan"},
            "only_a": {"Nikol Pashinyan"},
            "only_b": {"Hikmet Hajiyev"},
            "groups": {"Azerbaijani officials"},
        },
    ),
    # Different stories, several on the same countries or the same subject.
    ("refinery_a", "grain_a", DIFFERENT, {"actors": {"Ukraine"}}),  # Ukraine in both
    ("refinery_b", "grain_b", DIFFERENT, {"actors": {"Ukraine"}}),
    ("tankers_a", "chevron_a", DIFFERENT, {"actors": {"United States"}}),  # U.S. oil sanctions
    ("tankers_b", "chevron_b", DIFFERENT, {}),
    ("taiwan_a", "missile_a", DIFFERENT, {}),  # military news from East Asia
    ("taiwan_b", "missile_b", DIFFERENT, {}),
    ("krill_a", "canal_a", DIFFERENT, {}),  # ships and quotas
    ("sudan_a", "niger_b", DIFFERENT, {}),  # Africa
    ("border_a", "grain_a", DIFFERENT, {}),  # borders in Europe
    ("krill_b", "tankers_a", DIFFERENT, {}),
    ("chevron_b", "canal_b", DIFFERENT, {}),  # the Americas, oil and shipping
    ("missile_b", "refinery_a", DIFFERENT, {}),  # missiles and drones
    ("niger_a", "border_b", DIFFERENT, {}),
]
SAME_STORY_FLOOR = 0.3
DIFFERENT_STORY_CEILING = 0.15


def test_the_table_is_big_enough() -> None:
    assert len(PAIRS) >= 20
    assert {a.rsplit("_", 1)[0] for a, _, same, _ in PAIRS if same} == set(STORIES)


@pytest.mark.parametrize(
    ("a", "b", "same", "expect"), PAIRS, ids=[f"{a}-{b}" for a, b, *_ in PAIRS]
)
def test_pair(a: str, b: str, same: bool, expect: dict[str, Any]) -> None:
    c = compare(parsed(a), parsed(b))
    shown = c.to_markdown()
    if same:
        assert c.scores.similarity >= SAME_STORY_FLOOR, shown
        assert c.claims.pairs, shown
    else:
        assert c.scores.similarity < DIFFERENT_STORY_CEILING, shown
        assert all(pair.score < 0.6 for pair in c.claims.pairs), shown
    shared = {row.name for row in c.actors.shared}
    assert expect.get("actors", set()) <= shared, shared
    assert expect.get("only_a", set()) <= {row.name for row in c.actors.only_a}
    assert expect.get("only_b", set()) <= {row.name for row in c.actors.only_b}
    if "quote" in expect:
        assert expect["quote"] in {m.kind for m in c.quotes.shared}, shown
    if "figure" in expect:
        text_a, text_b, status = expect["figure"]
        found = {(x.a.text, x.b.text, x.status) for x in c.figures.aligned}
        assert (text_a, text_b, status) in found, found
    if "cue" in expect:
        name, cue_a, cue_b = expect["cue"]
        cues = {d.name: ({u.cue for u in d.a}, {u.cue for u in d.b}) for d in c.cues}
        assert cues[name] == ({cue_a}, {cue_b}), cues
    assert expect.get("groups", set()) <= {g.label for g in c.voices.groups}


def test_same_story_pairs_outscore_every_pair_of_different_stories() -> None:
    same = {s: compare(parsed(f"{s}_a"), parsed(f"{s}_b")).scores.similarity for s in STORIES}
    for a, b in itertools.combinations(sorted(ARTICLES), 2):
        story_a, story_b = a.rsplit("_", 1)[0], b.rsplit("_", 1)[0]
        if story_a != story_b:
            score = compare(parsed(a), parsed(b)).scores.similarity
            assert score < min(same[story_a], same[story_b]), (a, b, score)


def test_a_quote_trimmed_differently_by_two_outlets_matches() -> None:
    c = compare(parsed("krill_a"), parsed("krill_b"))
    (match,) = c.quotes.shared
    assert match.kind is QuoteMatchKind.CONTAINED
    assert match.same_speaker
    assert match.a.text.startswith("We will not let the Southern Ocean be emptied")
    assert match.b.text == "not let the Southern Ocean be emptied to make feed for salmon farms."
    assert match.a.speaker_name == match.b.speaker_name == "Ingrid Halvorsen"
    assert [q.text for q in c.quotes.only_a] == ["a floor, not a ceiling"]


def test_conflicting_figures_say_what_each_side_counts() -> None:
    c = compare(parsed("refinery_a"), parsed("refinery_b"))
    (conflict,) = [x for x in c.figures.aligned if x.status is FigureStatus.CONFLICT]
    assert (conflict.a.unit, conflict.a.low, conflict.b.low) == ("drone", 12, 9)
    assert "Defence Ministry" in conflict.a.sentence
    assert conflict.context >= 0.3
    assert [f.text for f in c.figures.only_a] == ["about 17 million tonnes"]


# -- dates and framing ----------------------------------------------------------------------


def _dated(article: Article, phrase: str, day: date) -> Article:
    """*article* with one date mention of *phrase* meaning *day* (the date reader is
    another module's business: the comparison only reads ``Article.dates``)."""
    start = article.source.index(phrase)
    mention = DateMention(
        phrase,
        Span(start, start + len(phrase)),
        DateKind.RELATIVE,
        value=DateInterval(day, day),
        resolved=True,
    )
    return attrs.evolve(article, dates=(*article.dates, mention))


def test_claims_dated_differently_are_reported() -> None:
    a = _dated(parsed("missile_a"), "Thursday", date(2024, 5, 16))
    b = _dated(parsed("missile_b"), "Wednesday", date(2024, 5, 15))
    c = compare(a, b)
    (difference,) = c.dates
    assert difference.a.text.startswith("North Korea fired a ballistic missile")
    assert difference.b.text.startswith("North Korea fired a ballistic missile")
    assert [(d.text, d.when.earliest) for d in difference.dates_a] == [
        ("Thursday", date(2024, 5, 16))
    ]
    assert [(d.text, d.when.earliest) for d in difference.dates_b] == [
        ("Wednesday", date(2024, 5, 15))
    ]
    same_day = compare(a, _dated(parsed("missile_b"), "Wednesday", date(2024, 5, 16)))
    assert same_day.dates == ()
    assert compare(parsed("missile_a"), parsed("missile_b")).dates == ()  # no dates, no rows


def test_dates_the_parser_reads_are_compared() -> None:
    published = date(2024, 5, 17)
    a = parse_article(ARTICLES["missile_a"], published=published)
    b = parse_article(ARTICLES["missile_b"], published=published)
    (difference,) = compare(a, b).dates
    assert [d.text for d in difference.dates_a] == ["Thursday"]
    assert [d.text for d in difference.dates_b] == ["Wednesday"]


def test_reporting_words_per_speaker_carry_their_tone() -> None:
    c = compare(parsed("refinery_a"), parsed("refinery_b"))
    (cue,) = c.cues
    assert [(u.cue, u.tone) for u in cue.a] == [("said", "neutral")]
    assert [(u.cue, u.tone) for u in cue.b] == [("claimed", "distancing")]


# -- actors ---------------------------------------------------------------------------------


def test_same_actor_by_key_and_full_forms() -> None:
    assert same_actor("Juan Guaidó", "Juan Guaido")
    assert same_actor("Centre for Analysis of Strategies", "Center for Analysis of Strategies")
    assert same_actor("the Kremlin", "Kremlin")
    assert not same_actor("Vladimir Putin", "Vladimir Frolov")
    (un,) = extract_actors("The United Nations (UN) sent observers.")
    assert same_actor(un, "UN")
    assert same_actor(un, "United Nations")
    person = Actor("maria lopez", "Maria Lopez", ActorKind.PERSON, aliases=("Maria Lopez", "Lopez"))
    other = Actor("lopez", "Lopez", ActorKind.ORGANIZATION, aliases=("Lopez",))
    assert not same_actor(person, other)  # a surname alone names no one
    with pytest.raises(InputTypeError):
        same_actor(1, "x")  # type: ignore[arg-type]


def test_accents_make_no_difference_between_outlets() -> None:
    a = parse_article("Nicolás Maduro met Juan Guaidó in Caracas on Monday.")
    b = parse_article("Nicolas Maduro and Juan Guaido met in Caracas on Monday.")
    c = compare(a, b)
    assert {row.name for row in c.actors.shared} == {"Nicolás Maduro", "Juan Guaidó", "Caracas"}
    assert not c.actors.only_a
    assert not c.actors.only_b
    assert c.scores.actors == 1.0


# -- who speaks for whom ----------------------------------------------------------------------


def _org(name: str, category: str | None, country: str | None = None) -> Actor:
    return Actor(name.lower(), name, ActorKind.ORGANIZATION, category=category, country=country)


def _person(
    name: str, *titles: str, affiliation: str | None = None, country: str | None = None
) -> Actor:
    return Actor(
        name.lower(),
        name,
        ActorKind.PERSON,
        titles=titles,
        affiliation=affiliation,
        country=country,
    )


SIDES = [
    (Actor("united states", "United States", ActorKind.COUNTRY, country="US"), "U.S. officials"),
    (Actor("russia", "Russia", ActorKind.COUNTRY, country="RU"), "Russian officials"),
    (_org("Russian Foreign Ministry", "government", "RU"), "Russian officials"),
    (_org("Bundestag", "legislature", "DE"), "German officials"),
    (_org("Example Institute", "think_tank", "GB"), "independent analysts"),
    (_org("Example Wire", "media", "GB"), "media"),
    (_org("United Nations", "intergovernmental"), "United Nations"),
    (_org("Rosneft", "company", "RU"), "companies"),
    (_org("Unknown Body", None), "other"),
    (Actor("hamas", "Hamas", ActorKind.GROUP), "Hamas"),
    (Actor("gaza", "Gaza", ActorKind.PLACE), "other"),
    (_person("Ana Ruiz", "foreign affairs analyst"), "independent analysts"),
    (_person("Ana Ruiz", "senior fellow", country="US"), "independent analysts"),
    (_person("Ana Ruiz", "Venezuelan journalist", affiliation="venezuela"), "media"),
    (_person("Ana Ruiz", "opposition leader", country="VE"), "Venezuelan opposition"),
    (_person("Ana Ruiz", "U.S. Secretary of State", affiliation="united states"), "U.S. officials"),
    (_person("Ana Ruiz", "President", country="FR"), "French officials"),
    (_person("Ana Ruiz", "spokeswoman"), "officials"),  # a government title, no country
    (
        _person("Ana Ruiz", "deputy director", affiliation="rand corporation"),
        "independent analysts",
    ),
    (_person("Ana Ruiz", "deputy director", affiliation="acme holdings"), "other"),
    (_person("Ana Ruiz", affiliation="nato"), "North Atlantic Treaty Organization"),
    (Actor("sergei lavrov", "Sergei Lavrov", ActorKind.PERSON, country="RU"), "Russian officials"),
    (_person("Ana Ruiz", country="RU"), "other"),  # not a listed public figure, no title
]


@pytest.mark.parametrize(("actor", "side"), SIDES, ids=[f"{a.name}-{s}" for a, s in SIDES])
def test_speaker_side(actor: Actor, side: str) -> None:
    assert speaker_side(actor) == side


def test_speaker_side_reads_the_affiliation_in_the_article() -> None:
    vostok = _org("Vostok", "company", "RU")
    institute = _org("Baltic Institute", "think_tank", "LV")
    article = Article(source="", actors=(vostok, institute))
    petrov = _person("Ivan Petrov", "spokesman", affiliation="vostok")
    orlov = _person("Pavel Orlov", "deputy director", affiliation="baltic institute")
    assert speaker_side(petrov, article) == speaker_side(vostok, article) == "companies"
    assert speaker_side(petrov) == "officials"  # without the article: only the title speaks
    assert speaker_side(orlov, article) == "independent analysts"
    assert speaker_side(None) == speaker_side(None, article) == "unattributed"
    with pytest.raises(InputTypeError):
        speaker_side("Ivan Petrov")  # type: ignore[arg-type]


def test_voices_count_quotes_words_and_shares() -> None:
    c = compare(parsed("tankers_a"), parsed("tankers_b"))
    voices = {v.name: v for v in c.voices.speakers}
    calder = voices["Ruth Calder"]
    assert (calder.quotes_a, calder.quotes_b) == (1, 1)
    assert calder.words_a > calder.words_b > 0  # one outlet quotes her in full, one in part
    soltani = voices["Farid Soltani"]
    assert (soltani.quotes_a, soltani.quotes_b, soltani.group) == (0, 1, "independent analysts")
    for side in ("a", "b"):
        shares = [getattr(g, f"share_{side}") for g in c.voices.groups]
        assert sum(shares) == pytest.approx(1.0, abs=1e-3)
    words = {g.label: (g.words_a, g.words_b) for g in c.voices.groups}
    assert words["independent analysts"][0] == 0 < words["independent analysts"][1]


# -- quotes ---------------------------------------------------------------------------------


def _kinds(a: str, b: str) -> list[tuple[str, str, str]]:
    return [
        (m.kind.value, m.a.text, m.b.text)
        for m in match_quotes(extract_quotes(a), extract_quotes(b))
    ]


def test_match_quotes_trimmed_differently() -> None:
    a = '"We will not stand idly by while the port is blockaded," Foreign Minister Ana Ruiz said.'
    b = 'Ruiz said her country would "not stand idly by while the port is blockaded."'
    assert _kinds(a, b) == [
        (
            "contained",
            "We will not stand idly by while the port is blockaded,",
            "not stand idly by while the port is blockaded.",
        )
    ]


def test_match_quotes_with_an_ellipsis() -> None:
    a = '"We will talk to everyone who wants peace, and we will not give up," Ruiz said.'
    b = '"We will talk to everyone \u2026 we will not give up," Ana Ruiz said.'
    assert [kind for kind, *_ in _kinds(a, b)] == ["contained"]


def test_match_quotes_marks_and_case_do_not_matter() -> None:
    a = "\u201cThe border stays open,\u201d Ruiz said."
    b = '"the border stays open!" Ana Ruiz said.'
    assert [kind for kind, *_ in _kinds(a, b)] == ["exact"]


def test_match_quotes_fuzzy_when_a_word_differs() -> None:
    a = '"We will keep the border crossing open for every truck carrying food," Ruiz said.'
    b = '"We will keep the border crossing open for all trucks carrying food," Ruiz said.'
    assert [kind for kind, *_ in _kinds(a, b)] == ["fuzzy"]


def test_match_quotes_rejects_different_words() -> None:
    a = '"We will keep the border crossing open," Ruiz said.'
    b = '"The talks will resume in Geneva next week," Ruiz said.'
    assert _kinds(a, b) == []


def test_a_short_quote_matches_only_for_the_same_speaker() -> None:
    ruiz = 'Foreign Minister Ana Ruiz called the plan "fake."'
    same = _kinds(ruiz, 'Ana Ruiz called the report "fake."')
    assert [kind for kind, *_ in same] == ["exact"]
    other = _kinds(ruiz, 'Foreign Minister Tomas Berg called it "fake."')
    assert _kinds('Ruiz called it "fake."', 'Tomas Berg called it "fake."') == [
        ("exact", "fake.", "fake."),  # one speaker is unknown: they may be the same
    ]
    assert other == []


def test_match_quotes_reads_articles_and_counts_a_headline_quote_once() -> None:
    a = parse_article(
        'Minister says port will stay "open to all"\n\n'
        'Foreign Minister Ana Ruiz said the port would stay "open to all" ships.'
    )
    b = parse_article('Port row\n\nAna Ruiz told reporters the port was "open to all."')
    (match,) = match_quotes(a, b)
    assert match.a.span.start > a.source.index("\n")  # the body's quote, not the headline's
    with pytest.raises(InputTypeError):
        match_quotes("a quote", b)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        match_quotes([1], b)  # type: ignore[list-item]


def test_the_same_speaker_with_different_words() -> None:
    a = parse_article(
        'Talks\n\n"We will not sign," Foreign Minister Ana Ruiz said on Monday.'
        '\n\n"Geneva is the only venue," Ruiz added.'
    )
    b = parse_article('Talks\n\n"The door stays open," Foreign Minister Ana Ruiz said on Monday.')
    c = compare(a, b)
    assert c.quotes.shared == ()
    (reworded,) = c.quotes.reworded
    assert reworded.name == "Ana Ruiz"
    assert [q.text for q in reworded.a] == ["We will not sign,", "Geneva is the only venue,"]
    assert [q.text for q in reworded.b] == ["The door stays open,"]
    assert c.quotes.only_a == c.quotes.only_b == ()
    assert c.quotes.score == 0.0


# -- figures --------------------------------------------------------------------------------

FIGURES = [
    # (sentence in a, sentence in b, [(text a, text b, status)])
    (
        "Russia lent Venezuela $10 billion in 2017.",
        "Russia lent Venezuela $17 billion in 2017.",
        [("$10 billion", "$17 billion", "conflict")],
    ),
    (
        "More than 50 countries recognised the opposition leader.",
        "Some 54 countries recognised the opposition leader.",
        [("More than 50 countries", "Some 54 countries", "agree")],
    ),
    (
        "The fund lent about $5 billion to the government.",
        "The fund lent $5.3 billion to the government.",
        [("about $5 billion", "$5.3 billion", "agree")],
    ),
    (
        "Russia lent Venezuela billions of dollars.",
        "Russia lent Venezuela $3 billion.",
        [("billions of dollars", "$3 billion", "agree")],
    ),
    ("The fund lent $5 billion to Egypt.", "The fund lent \u20ac5 billion to Egypt.", []),
    ("The army sent 12 drones to the border.", "The army sent 12 tanks to the border.", []),
    (
        "The army sent 40 soldiers to the border town.",
        "The army sent 40 troops to the border town.",
        [("40 soldiers", "40 troops", "agree")],
    ),
    ("The mine employs 300 workers.", "A storm destroyed 120 houses on the coast.", []),
    ("Prices rose 4 percent in March.", "Exports fell 9 percent after the floods.", []),
]


@pytest.mark.parametrize(("a", "b", "expected"), FIGURES)
def test_align_figures(a: str, b: str, expected: list[tuple[str, str, str]]) -> None:
    found = align_figures(parse_article(a), parse_article(b))
    assert [(x.a.text, x.b.text, x.status.value) for x in found] == expected


def test_figure_bounds_follow_hedges() -> None:
    (x,) = align_figures(
        parse_article("More than 50 countries signed."),
        parse_article("Nearly 60 countries signed."),
    )
    assert (x.a.low, x.a.high) == (50, None)  # "more than": no upper bound
    assert (x.b.low, x.b.high) == (54, 60)  # "nearly": up to 10 % below
    assert x.a.unit == x.b.unit == "country"


# -- claims ---------------------------------------------------------------------------------


def test_align_claims_pairs_paraphrases_in_order() -> None:
    a = parse_article(
        "Talks\n\nNorway and Chile agreed to cap krill catches. Whales feed on krill. "
        "The deal needs approval in Hobart."
    )
    b = parse_article(
        "Deal\n\nThe deal must still win approval in Hobart. Chile and Norway will cap "
        "krill catches."
    )
    pairs = align_claims(a, b)
    assert [(p.a.text, p.b.text) for p in pairs] == [
        (
            "Norway and Chile agreed to cap krill catches.",
            "Chile and Norway will cap krill catches.",
        ),
        ("The deal needs approval in Hobart.", "The deal must still win approval in Hobart."),
    ]
    assert all(0 < p.score <= 1 for p in pairs)
    assert pairs[0].actors == ("chile", "norway")
    assert "krill" in pairs[0].words
    for p in pairs:
        assert p.a.span.of(a.source) == p.a.text
        assert p.b.span.of(b.source) == p.b.text


def test_align_claims_finds_a_shared_clause_in_long_sentences() -> None:
    a = parse_article(
        "It comes two days after two Russian military planes landed in Caracas, fuelling "
        "talk that Moscow wants a bigger role in the oil-rich but cash-poor country."
    )
    b = parse_article(
        "Russia has kept troops there for years, and in late March, two military planes with "
        "about 100 Russian soldiers landed in Caracas."
    )
    (pair,) = align_claims(a, b)
    assert {"plane", "caracas", "landed"} <= set(pair.words)


def test_align_claims_leaves_unrelated_sentences_alone() -> None:
    a = parse_article("Norway and Chile agreed to cap krill catches.")
    b = parse_article("A storm closed three airports in Poland.")
    assert align_claims(a, b) == ()
    with pytest.raises(InputTypeError):
        align_claims("text", b)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        align_figures(a, "text")  # type: ignore[arg-type]


def test_a_key_point_the_body_repeats_is_one_claim() -> None:
    text = page(
        "World",
        "Ferry talks collapse",
        "Key Points",
        "  \u2022 The ferry operators walked out of the talks on Monday.",
        "The ferry operators walked out of the talks on Monday.",
        "They will meet again in Helsinki in June.",
    )
    article = parse_article(text)
    c = compare(article, article)
    assert len(c.claims.pairs) == 3  # the headline and two body sentences, not the key point


# -- similarity -----------------------------------------------------------------------------


def test_similarity_of_texts_and_articles() -> None:
    assert similarity("Two planes landed in Caracas.", "Two planes landed in Caracas.") == 1.0
    assert similarity("Two planes landed in Caracas.", "Oil prices fell in London.") == 0.0
    assert similarity("", "Oil prices fell.") == 0.0
    assert 0 < similarity("Two planes landed in Caracas.", "Two ships docked in Caracas.") < 1
    a, b = parsed("krill_a"), parsed("krill_b")
    assert similarity(a, b) == compare(a, b).scores.similarity
    with pytest.raises(InputTypeError):
        similarity(a, "text")  # type: ignore[arg-type]


# -- compare --------------------------------------------------------------------------------


def test_labels_name_the_sides() -> None:
    a, b = parsed("krill_a"), parsed("krill_b")
    assert (compare(a, b).a.label, compare(a, b).b.label) == ("A", "B")  # no outlets known
    c = compare(a, b, labels=("Wire", "Post"))
    assert (c.a.label, c.b.label) == ("Wire", "Post")
    assert c.a.headline == "Norway and Chile agree to cap krill catches in the Southern Ocean"
    outlets = compare(attrs.evolve(a, outlet="Wire"), attrs.evolve(b, outlet="Post"))
    assert (outlets.a.label, outlets.b.label) == ("Wire", "Post")
    with pytest.raises(InputTypeError):
        compare(a, b, labels=("only one",))
    with pytest.raises(InputTypeError):
        compare(a, "b")  # type: ignore[arg-type]


def test_empty_articles_compare_to_nothing() -> None:
    c = compare(Article(source=""), Article(source=""))
    assert c.scores.actors is c.scores.quotes is c.scores.claims is None
    assert c.scores.similarity == 0.0
    one = compare(Article(source=""), parsed("krill_a"))
    assert one.scores.actors == one.scores.claims == 0.0
    assert one.scores.similarity == 0.0


# -- compare_many ---------------------------------------------------------------------------


@functools.cache
def coverage() -> Coverage:
    names = sorted(ARTICLES)
    return compare_many([parsed(name) for name in names], labels=names)


def test_compare_many_groups_the_table_into_its_stories() -> None:
    c = coverage()
    names = sorted(ARTICLES)
    grouped = sorted(sorted(names[i] for i in story.articles) for story in c.stories)
    assert grouped == [[f"{s}_a", f"{s}_b"] for s in STORIES]
    assert [ref.label for ref in c.articles] == names


def test_a_story_tells_which_outlet_has_which_actor_quote_and_figure() -> None:
    c = coverage()
    names = [ref.label for ref in c.articles]
    story = next(s for s in c.stories if names[s.articles[0]].startswith("krill"))
    labels = [names[i] for i in story.articles]
    assert labels == ["krill_a", "krill_b"]
    actors = {row.name: row.mentions for row in story.actors}
    assert actors["Ingrid Halvorsen"][0] > 0
    assert actors["Ingrid Halvorsen"][1] > 0
    assert actors["Alberto Rojas"][1] == 0
    quotes = {row.text: [names[i] for i in row.articles] for row in story.quotes}
    long_quote = next(text for text in quotes if text.startswith("We will not let"))
    assert quotes[long_quote] == ["krill_a", "krill_b"]
    assert quotes["a floor, not a ceiling"] == ["krill_a"]
    tonnes = next(row for row in story.figures if row.unit == "tonne")
    assert tonnes.texts == ("620,000 tonnes", "620,000 tonnes")
    assert tonnes.agree
    voices = {row.label: row.shares for row in story.voices}
    assert voices["Norwegian officials"][1] == 1.0
    assert 0 < story.cohesion <= 1
    refinery = next(s for s in c.stories if names[s.articles[0]].startswith("refinery"))
    drones = next(row for row in refinery.figures if row.unit == "drone")
    assert not drones.agree
    assert drones.texts == ("12 drones", "9 drones")


def test_compare_many_edge_cases() -> None:
    assert compare_many([]) == Coverage()
    one = compare_many([parsed("krill_a")])
    assert [story.articles for story in one.stories] == [(0,)]
    assert one.articles[0].label == "#1"
    twice = compare_many([parsed("krill_a"), attrs.evolve(parsed("krill_a"), outlet="Wire")])
    assert [ref.label for ref in twice.articles] == ["#1", "Wire"]
    with pytest.raises(InputTypeError):
        compare_many([parsed("krill_a")], labels=["a", "b"])
    with pytest.raises(InputTypeError):
        compare_many(["text"])  # type: ignore[list-item]


def test_compare_many_groups_a_generated_corpus() -> None:
    bench = load_benchmark("bench_compare")
    articles, truth = bench.corpus(150, seed=5)
    found = [story.articles for story in compare_many(articles).stories]
    precision, recall = bench.pair_scores(found, truth)
    assert precision >= 0.9, (precision, recall)
    assert recall >= 0.9, (precision, recall)


def _text_article(text: str) -> Article:
    """An article of headline and paragraphs, without the parser (for big corpora)."""
    blocks = []
    position = 0
    for part in text.split("\n\n"):
        blocks.append(Paragraph(part, Span(position, position + len(part))))
        position += len(part) + 2
    headline = Snippet(blocks[1].text, blocks[1].span)
    return Article(source=text, headline=headline, body=tuple(blocks[2:]))


def test_compare_many_grows_far_from_quadratically() -> None:
    bench = load_benchmark("bench_compare")
    texts, _ = bench.corpus_texts(4000, seed=7)
    large = [_text_article(text) for text in texts]
    small = large[:400]

    def best(articles: list[Article]) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            compare_many(articles)
            times.append(time.perf_counter() - start)
        return min(times)

    compare_many(small)
    ratios = []
    for _ in range(3):
        ratios.append(best(large) / best(small))
        if ratios[-1] < 35:
            break
    assert min(ratios) < 35, ratios  # linear is 10, quadratic 100


# -- renderings -----------------------------------------------------------------------------


def test_markdown_report_of_a_pair() -> None:
    c = compare(parsed("krill_a"), parsed("krill_b"), labels=("Wire", "Post"))
    text = c.to_markdown()
    assert text == render_markdown(c)
    assert text.startswith("# Comparison: Wire vs Post\n")
    for heading in (
        "## Scores",
        "## Actors",
        "### Named by both (3)",
        "### Only in Wire (2)",
        "## Who gets to speak",
        "## Quotes",
        "### The same quotation in both (1)",
        "## Figures",
        "## Claims",
        "## Dated differently (0)",
        "## Reporting words per speaker (1)",
    ):
        assert f"\n{heading}\n" in text, heading
    assert "| Ingrid Halvorsen | person |" in text
    assert "| Norwegian officials | Ingrid Halvorsen |" in text
    assert "| agree | tonne | 620,000 tonnes | 620,000 tonnes |" in text


def test_markdown_cells_escape_pipes() -> None:
    a = parse_article("Talks | Oslo\n\nNorway and Chile agreed to cap krill catches.")
    text = compare(a, a).to_markdown()
    assert "Talks \\| Oslo" in text


def test_markdown_report_of_a_coverage() -> None:
    text = coverage().to_markdown()
    assert text.startswith("# Coverage: 22 articles, 11 stories\n")
    assert text.count("\n## Story ") == 11
    assert "| Ingrid Halvorsen | person |" in text
    with pytest.raises(InputTypeError):
        render_markdown("report")  # type: ignore[arg-type]


def _assert_flat(rows: list[dict[str, Any]]) -> None:
    by_table: dict[str, set[tuple[str, ...]]] = {}
    for row in rows:
        for value in row.values():
            assert value is None or isinstance(value, (str, int, float, bool)), row
        by_table.setdefault(row["table"], set()).add(tuple(row))
    for table, shapes in by_table.items():
        assert len(shapes) == 1, (table, shapes)  # every row of a table has the same columns


def test_records_of_a_pair_are_flat_rows() -> None:
    c = compare(parsed("refinery_a"), parsed("refinery_b"))
    rows = c.to_records()
    assert rows == to_records(c)
    _assert_flat(rows)
    assert {row["table"] for row in rows} == {
        "score",
        "actor",
        "voice",
        "voice_group",
        "figure",
        "claim",
        "cue",
    }
    (conflict,) = [r for r in c.to_records("figure") if r["status"] == "conflict"]
    assert (conflict["text_a"], conflict["low_a"], conflict["text_b"]) == (
        "12 drones",
        12.0,
        "9 drones",
    )
    scores = {r["name"]: r["value"] for r in c.to_records("score")}
    assert scores["similarity"] == c.scores.similarity
    assert scores["quotes"] is None
    assert c.to_records("nothing") == []
    json.dumps(rows)


def test_records_of_a_coverage_are_flat_rows() -> None:
    rows = coverage().to_records()
    _assert_flat(rows)
    assert {row["table"] for row in rows} == {"article", "actor", "voice", "quote", "figure"}
    articles = coverage().to_records("article")
    assert len(articles) == 22
    assert all(row["story"] for row in articles)
    with pytest.raises(InputTypeError):
        to_records([])  # type: ignore[arg-type]


# -- serialisation --------------------------------------------------------------------------


def test_comparison_round_trips() -> None:
    c = compare(
        _dated(parsed("missile_a"), "Thursday", date(2024, 5, 16)),
        _dated(parsed("missile_b"), "Wednesday", date(2024, 5, 15)),
    )
    assert c.dates
    assert Comparison.from_json(c.to_json()) == c
    assert Comparison.from_dict(json.loads(json.dumps(c.to_dict()))) == c
    refinery = compare(parsed("refinery_a"), parsed("refinery_b"))
    assert Comparison.from_json(refinery.to_json(indent=2)) == refinery


def test_coverage_round_trips() -> None:
    assert Coverage.from_json(coverage().to_json()) == coverage()


def test_bad_data_is_a_schema_error() -> None:
    data = compare(parsed("krill_a"), parsed("krill_b")).to_dict()
    data["scores"]["similarity"] = "high"
    with pytest.raises(SchemaError, match=r"scores\.similarity"):
        Comparison.from_dict(data)
    with pytest.raises(SchemaError):
        Comparison.from_json("{not json")
    with pytest.raises(SchemaError):
        Coverage.from_dict({"stories": [{"articles": "0"}]})


# -- properties -----------------------------------------------------------------------------

_POOL = sorted(
    {
        part
        for text in ARTICLES.values()
        for part in text.strip().split("\n\n")[1:]
        if len(part) > 30
    }
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A generated story told by one outlet, or paragraphs of the table's stories mixed."""
    bench = load_benchmark("bench_compare")
    if draw(st.booleans()):
        rng = random.Random(draw(st.integers(0, 2**32 - 1)))
        facts = bench._story_facts(rng)
        return parse_article(bench.story_texts(rng, facts, draw(st.sampled_from(bench.OUTLETS))))
    parts = draw(st.lists(st.sampled_from(_POOL), min_size=1, max_size=6))
    return parse_article(page("World", *parts))


@st.composite
def pairs(draw: st.DrawFn) -> tuple[Article, Article]:
    """Two tellings of one generated story, or two articles drawn independently."""
    bench = load_benchmark("bench_compare")
    if draw(st.booleans()):
        rng = random.Random(draw(st.integers(0, 2**32 - 1)))
        facts = bench._story_facts(rng)
        outlets = draw(st.lists(st.sampled_from(bench.OUTLETS), min_size=2, max_size=2))
        a, b = (parse_article(bench.story_texts(rng, facts, outlet)) for outlet in outlets)
        return a, b
    return draw(articles()), draw(articles())


_NOISE = st.lists(
    st.sampled_from(
        [
            *"ab ZQ.,;:-\u2014\"'\u201c\u201d$\u20ac059\n",
            "Ana Ruiz",
            " said ",
            "Russia",
            " two planes",
        ]
    ),
    max_size=60,
).map("".join)


def _scores(c: Comparison) -> list[float | None]:
    return [
        c.scores.actors,
        c.scores.quotes,
        c.scores.claims,
        c.scores.similarity,
        c.actors.score,
        c.quotes.score,
        c.claims.score,
        *(m.score for m in c.quotes.shared),
        *(p.score for p in c.claims.pairs),
        *(x.context for x in c.figures.aligned),
        *(g.share_a for g in c.voices.groups),
        *(g.share_b for g in c.voices.groups),
    ]


@SETTINGS
@given(articles())
def test_an_article_compared_with_itself_is_total_overlap(article: Article) -> None:
    c = compare(article, article)
    assert c.actors.only_a == c.actors.only_b == ()
    assert all(row.mentions_a == row.mentions_b for row in c.actors.shared)
    assert c.quotes.only_a == c.quotes.only_b == c.quotes.reworded == ()
    # every quotation matches itself (and any copy of it the article prints again)
    assert {m.a for m in c.quotes.shared if m.a == m.b} == {m.a for m in c.quotes.shared}
    assert c.figures.only_a == c.figures.only_b == ()
    assert all(x.status is FigureStatus.AGREE for x in c.figures.aligned)
    assert c.claims.only_a == c.claims.only_b == ()
    assert c.dates == c.cues == ()
    for score in (c.scores.actors, c.scores.quotes, c.scores.claims):
        assert score in (None, 1.0)
    assert c.scores.similarity == (1.0 if article.actors or c.claims.pairs else 0.0)


def _sorted(items: Any) -> list[Any]:
    return sorted(items, key=repr)


def _canonical(c: Comparison, swap: bool = False) -> tuple[object, ...]:
    """The comparison as sorted lists, with the sides swapped when *swap* (the labels "A"
    and "B" go by position, so they are left out)."""

    def two(x: object, y: object) -> tuple[object, object]:
        return (y, x) if swap else (x, y)

    def side(v: Any, s: str) -> tuple[object, ...]:
        return tuple(getattr(v, f"{name}_{s}") for name in ("quotes", "words", "reported"))

    actors = _sorted(
        (r.key, r.name, r.kind, *two(r.mentions_a, r.mentions_b)) for r in c.actors.shared
    )
    only = two(
        _sorted((r.key, r.mentions_a) for r in c.actors.only_a),
        _sorted((r.key, r.mentions_b) for r in c.actors.only_b),
    )
    voices = _sorted(
        (v.key, v.name, v.group, *two(side(v, "a"), side(v, "b"))) for v in c.voices.speakers
    )
    groups = _sorted(
        (
            g.label,
            _sorted(g.speakers),
            *two((g.quotes_a, g.words_a, g.share_a), (g.quotes_b, g.words_b, g.share_b)),
        )
        for g in c.voices.groups
    )
    quotes = _sorted((*two(m.a, m.b), m.kind, m.score, m.same_speaker) for m in c.quotes.shared)
    reworded = _sorted((r.key, r.name, *two(r.a, r.b)) for r in c.quotes.reworded)
    lonely_quotes = two(c.quotes.only_a, c.quotes.only_b)
    figures = _sorted((*two(x.a, x.b), x.status, x.context) for x in c.figures.aligned)
    lonely_figures = two(c.figures.only_a, c.figures.only_b)
    claims = _sorted((*two(p.a, p.b), p.score, p.words, p.actors) for p in c.claims.pairs)
    lonely_claims = two(c.claims.only_a, c.claims.only_b)
    cues = _sorted((d.key, d.name, *two(d.a, d.b)) for d in c.cues)
    refs = two(attrs.evolve(c.a, label=""), attrs.evolve(c.b, label=""))
    return (
        refs,
        c.scores,
        actors,
        only,
        voices,
        groups,
        quotes,
        reworded,
        lonely_quotes,
        figures,
        lonely_figures,
        claims,
        lonely_claims,
        cues,
    )


@SETTINGS
@given(pairs())
def test_compare_b_a_mirrors_compare_a_b(pair: tuple[Article, Article]) -> None:
    a, b = pair
    assert _canonical(compare(b, a), swap=True) == _canonical(compare(a, b))


@SETTINGS
@given(pairs())
def test_scores_stay_in_the_unit_interval(pair: tuple[Article, Article]) -> None:
    c = compare(*pair)
    for score in _scores(c):
        assert score is None or 0.0 <= score <= 1.0, _scores(c)


@SETTINGS
@given(_NOISE, _NOISE)
@example("", "")
@example('"Two planes," Ana Ruiz said.', '"Two planes," said Ana Ruiz.\n\n"Two planes."')
def test_any_text_compares_without_error(a: str, b: str) -> None:
    c = compare(parse_article(a), parse_article(b))
    for score in _scores(c):
        assert score is None or 0.0 <= score <= 1.0
    assert Comparison.from_json(c.to_json()) == c
    assert _canonical(compare(parse_article(b), parse_article(a)), swap=True) == _canonical(c)


@SETTINGS
@given(pairs())
def test_results_round_trip_through_json(pair: tuple[Article, Article]) -> None:
    c = compare(*pair)
    assert Comparison.from_json(c.to_json()) == c
    many = compare_many([*pair, *pair])
    assert Coverage.from_json(many.to_json()) == many


def test_hand_made_articles_compare_without_their_actors() -> None:
    """Quotes whose speaker is not among ``Article.actors`` (records made by hand)."""
    text = '"We stay," Ana Ruiz said.'
    ruiz = Actor("ana ruiz", "Ana Ruiz", ActorKind.PERSON)
    quote = extract_quotes(text)[0]
    a = Article(source=text, quotes=(attrs.evolve(quote, speaker=ruiz),))
    b = Article(
        source=text, quotes=(attrs.evolve(quote, speaker=ruiz, cue=Snippet("said", Span(18, 22))),)
    )
    c = compare(a, b)
    assert [v.name for v in c.voices.speakers] == ["Ana Ruiz"]
    assert c.voices.speakers[0].group == "other"
    assert len(c.quotes.shared) == 1

"""Quotes: ``extract_quotes`` and ``Article.quotes`` (issue 5).

Every sentence here was written for this file; the people in them are invented
("Anna Kavrosk", "Pedro Lindqvist") or public officials. The tables pin down
the contract of issue 5:

* ``Quote.text`` is everything between the quotation marks, exactly as
  printed (a comma or full stop inside the marks included), and
  ``quote.span.of(text) == quote.text``. An indirect quote's text is the
  reported clause (compared here without its final full stop, which the
  extractor may or may not include).
* ``kind``: DIRECT for a whole quoted sentence or clause, PARTIAL for a quoted
  fragment woven into the writer's sentence, INDIRECT for reported speech
  without marks.
* Layouts: quote then attribution, attribution then quote, a quote split by
  its attribution, a quote running over paragraphs, a quote-only paragraph
  continuing the previous speaker, "according to X".
* Speakers: names, surnames, titles and role nouns, organisations, seats and
  capitals of governments (the country is the speaker), pronouns and nominals.
* Marks: straight and curly double quotes, single quotes in headlines,
  guillemets, nested quotes; apostrophes are never quotation marks.
* Not speech: scare quotes, words as words, titles, operation names,
  nicknames.
* Robustness: any text, unbalanced marks, linear time, wrong types.

Each row of the main table compares the *whole* list of quotes found, in
order, so an extra quote (a scare quote read as speech, an apostrophe read as
a mark) fails a row as surely as a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.invariants import assert_surfaces, growth_ratio

from geopol_news import (
    Actor,
    ActorKind,
    Article,
    MentionKind,
    Paragraph,
    Span,
    actor_key,
    extract_actors,
    extract_quotes,
    parse_article,
)
from geopol_news.model import Quote, QuoteKind

D, PT, IN = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT
NAME, SURNAME, PRONOUN = MentionKind.NAME, MentionKind.SURNAME, MentionKind.PRONOUN
SEAT, CAPITAL = MentionKind.SEAT, MentionKind.CAPITAL


class _Any:
    """An expected value that is not checked (``ANY``): the contract leaves it open."""

    def __repr__(self) -> str:
        return "ANY"


ANY = _Any()

Expected = tuple[str, QuoteKind, "str | None", "str | _Any | None"]
"""(text, kind, speaker name or None, cue text, None for no cue, or ANY)."""

_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)")


# -- helpers --------------------------------------------------------------------------------


def check_quotes(text: str, quotes: object, *, headline: bool = False) -> tuple[Quote, ...]:
    """What holds for every result of ``extract_quotes``: a tuple of Quote records in
    reading order, every snippet slicing back out of *text*, groups numbered in order."""
    assert isinstance(quotes, tuple), type(quotes)
    seen_groups: list[int] = []
    last_start = -1
    for quote in quotes:
        assert isinstance(quote, Quote), quote
        assert 0 <= quote.span.start <= quote.span.end <= len(text), quote
        assert quote.span.of(text) == quote.text, (quote.span, quote.text)
        assert quote.span.start >= last_start, f"quotes out of reading order at {quote}"
        last_start = quote.span.start
        assert isinstance(quote.kind, QuoteKind), quote
        if quote.speaker is not None:
            assert isinstance(quote.speaker, Actor), quote.speaker
        for snippet in (quote.speaker_mention, quote.cue, quote.addressee, quote.channel):
            if snippet is not None:
                assert snippet.span.of(text) == snippet.text, (snippet, quote)
        if quote.speaker_mention is not None and quote.speaker is None:
            # only an unresolved mention stands alone: "sources", "a witness", "they", "she"
            assert quote.speaker_mention.kind in (MentionKind.TITLE, MentionKind.PRONOUN), (
                f"a named speaker mention without a speaker: {quote}"
            )
        assert quote.paragraph is None or quote.paragraph >= 0, quote
        if not headline:
            assert quote.in_headline is False, quote
        if quote.group not in seen_groups:
            seen_groups.append(quote.group)
    assert seen_groups == sorted(seen_groups), f"groups not in reading order: {seen_groups}"
    return quotes


def read(text: str, **kwargs: object) -> tuple[Quote, ...]:
    return check_quotes(text, extract_quotes(text, **kwargs))  # type: ignore[arg-type]


def show(quotes: Sequence[Quote]) -> str:
    """The quotes as a readable list, for failure messages."""
    lines = []
    for q in quotes:
        who = q.speaker.name if q.speaker is not None else None
        cue = q.cue.text if q.cue is not None else None
        lines.append(f"  ({q.text!r}, {q.kind.value}, speaker={who!r}, cue={cue!r})")
    return "\n".join(lines) or "  (no quotes)"


def same_text(found: str, expected: str, kind: QuoteKind) -> bool:
    """Direct and partial quotes must match exactly; an indirect quote's reported
    clause may carry its final full stop or not."""
    if kind is IN:
        return found.rstrip(".").rstrip() == expected.rstrip(".").rstrip()
    return found == expected


def same_cue(found: str, expected: str) -> bool:
    """The cue as printed; an auxiliary before the verb ("has denied") is allowed."""
    found, expected = found.casefold(), expected.casefold()
    return found == expected or found.endswith(" " + expected)


def same_speaker(actor: Actor | None, name: str | None) -> bool:
    if name is None:
        return actor is None
    return actor is not None and actor.key == actor_key(name)


def assert_quotes(text: str, expected: Sequence[Expected]) -> tuple[Quote, ...]:
    """The quotes of *text* are exactly *expected*, in order."""
    quotes = read(text)
    context = f"\ntext: {text!r}\nfound:\n{show(quotes)}"
    assert len(quotes) == len(expected), (
        f"expected {len(expected)} quote(s), found {len(quotes)}{context}"
    )
    for i, (quote, (want_text, kind, speaker, cue)) in enumerate(
        zip(quotes, expected, strict=True)
    ):
        where = f"quote {i} ({want_text!r})"
        assert same_text(quote.text, want_text, kind), (
            f"{where}: text {quote.text!r}, expected {want_text!r}{context}"
        )
        assert quote.kind is kind, (
            f"{where}: kind {quote.kind.value}, expected {kind.value}{context}"
        )
        assert same_speaker(quote.speaker, speaker), (
            f"{where}: speaker {quote.speaker.name if quote.speaker else None!r}, "
            f"expected {speaker!r}{context}"
        )
        if cue is ANY:
            continue
        if cue is None:
            assert quote.cue is None, f"{where}: cue {quote.cue}, expected none{context}"
        else:
            assert quote.cue is not None, f"{where}: no cue, expected {cue!r}{context}"
            assert same_cue(quote.cue.text, str(cue)), (
                f"{where}: cue {quote.cue.text!r}, expected {cue!r}{context}"
            )
    return quotes


def the_quote(text: str, needle: str, quotes: Sequence[Quote] | None = None) -> Quote:
    """The one quote whose text contains *needle*."""
    if quotes is None:
        quotes = read(text)
    found = [q for q in quotes if needle in q.text]
    assert len(found) == 1, f"{len(found)} quotes contain {needle!r} in {text!r}:\n{show(quotes)}"
    return found[0]


def paragraph_count(quote: Quote) -> int:
    """How many paragraphs a quote's text touches."""
    return len(_BLANK_LINE.findall(quote.text)) + 1


# -- the main table -------------------------------------------------------------------------

QUOTES = [
    # quote, then its attribution
    pytest.param(
        '"We will not leave the port," Anna Kavrosk said.',
        [("We will not leave the port,", D, "Anna Kavrosk", "said")],
        id="quote-then-name-said",
    ),
    pytest.param(
        'Pedro Soto runs the press. "We print one copy," says Soto\'s partner, Maria Olsen.',
        [("We print one copy,", D, "Maria Olsen", "says")],
        id="quote-then-said-owners-partner-name",
    ),
    pytest.param(
        "As the layout shows, asks editor Ida Quell, \u201cwhy not a horseshoe?\u201d",
        [("why not a horseshoe?", PT, "Ida Quell", "asks")],
        id="cue-then-name-then-quote",
    ),
    pytest.param(
        "Ida Quell met Olga Petrenko, who told Anna Kavrosk, \u201cwe stay.\u201d",
        [("we stay.", PT, "Olga Petrenko", "told")],
        id="told-name-then-quote-is-the-addressee",
    ),
    pytest.param(
        '"The sanctions have failed," said Pedro Lindqvist, a Swedish economist.',
        [("The sanctions have failed,", D, "Pedro Lindqvist", "said")],
        id="quote-then-said-name-appositive",
    ),
    pytest.param(
        "\u201cOur troops are staying,\u201d Defence Minister Olga Petrenko told reporters.",
        [("Our troops are staying,", D, "Olga Petrenko", "told")],
        id="curly-quote-then-title-name-told",
    ),
    pytest.param(
        '"The embargo is illegal," the State Department said.',
        [("The embargo is illegal,", D, "State Department", "said")],
        id="quote-then-organisation",
    ),
    pytest.param(
        '"We have nothing to hide," the Kremlin said on Friday.',
        [("We have nothing to hide,", D, "Russia", "said")],
        id="quote-then-seat-of-government",
    ),
    pytest.param(
        '"Our patience has limits," Beijing said.',
        [("Our patience has limits,", D, "China", "said")],
        id="quote-then-capital",
    ),
    pytest.param(
        '"We are watching the border closely," NATO said.',
        [("We are watching the border closely,", D, "North Atlantic Treaty Organization", "said")],
        id="quote-then-acronym",
    ),
    pytest.param(
        'Anna Kavrosk arrived in Geneva on Monday. "No deal is better than a bad deal," '
        "Kavrosk added.",
        [("No deal is better than a bad deal,", D, "Anna Kavrosk", "added")],
        id="quote-then-surname-added",
    ),
    pytest.param(
        '"Diplomacy is not dead," Mike Pompeo said in Brussels.',
        [("Diplomacy is not dead,", D, "Mike Pompeo", "said")],
        id="real-official-pompeo",
    ),
    pytest.param(
        '"The door to dialogue remains open," Sergei Lavrov said on Thursday.',
        [("The door to dialogue remains open,", D, "Sergei Lavrov", "said")],
        id="real-official-lavrov",
    ),
    pytest.param(
        'Sergei Lavrov met reporters in Moscow. "Who benefits from this chaos?" Lavrov asked.',
        [("Who benefits from this chaos?", D, "Sergei Lavrov", "asked")],
        id="question-mark-inside-asked",
    ),
    pytest.param(
        '"Hands off our islands!" Foreign Minister Olga Petrenko shouted.',
        [("Hands off our islands!", D, "Olga Petrenko", "shouted")],
        id="exclamation-mark-inside",
    ),
    pytest.param(
        '"The vote was rigged," opposition leader Ivan Sorokin wrote.',
        [("The vote was rigged,", D, "Ivan Sorokin", "wrote")],
        id="quote-then-wrote",
    ),
    pytest.param(
        '"We are ready to talk," Anna Kavrosk, the foreign minister, told the BBC.',
        [("We are ready to talk,", D, "Anna Kavrosk", "told")],
        id="quote-then-name-appositive-told",
    ),
    pytest.param(
        '"The planes carried advisers," foreign affairs analyst Ivan Sorokin told CBS News.',
        [("The planes carried advisers,", D, "Ivan Sorokin", "told")],
        id="role-noun-before-name",
    ),
    pytest.param(
        '"Minsk is a different case," said Ruslan Tarasenko, director of the Institute for '
        "Strategic Studies.",
        [("Minsk is a different case,", D, "Ruslan Tarasenko", "said")],
        id="said-name-director-of",
    ),
    pytest.param(
        '"We came in peace. We will leave in peace," Olga Petrenko said.',
        [("We came in peace. We will leave in peace,", D, "Olga Petrenko", "said")],
        id="two-sentences-in-one-quote",
    ),
    pytest.param(
        '"(The U.S.) is bluffing again," Anna Kavrosk said.',
        [("(The U.S.) is bluffing again,", D, "Anna Kavrosk", "said")],
        id="brackets-inside-quote",
    ),
    pytest.param(
        '"The logic is\u2026 simple," Pedro Lindqvist said.',
        [("The logic is\u2026 simple,", D, "Pedro Lindqvist", "said")],
        id="ellipsis-inside-quote",
    ),
    # attribution, then the quote
    pytest.param(
        'Anna Kavrosk said: "The blockade must end now."',
        [("The blockade must end now.", D, "Anna Kavrosk", "said")],
        id="said-colon-quote",
    ),
    pytest.param(
        'Pedro Lindqvist said, "Nobody won this war."',
        [("Nobody won this war.", D, "Pedro Lindqvist", "said")],
        id="said-comma-quote",
    ),
    pytest.param(
        'Foreign Minister Olga Petrenko told the assembly: "We will not be intimidated."',
        [("We will not be intimidated.", D, "Olga Petrenko", "told")],
        id="title-name-told-colon-quote",
    ),
    pytest.param(
        'The Kremlin said: "These claims are absurd."',
        [("These claims are absurd.", D, "Russia", "said")],
        id="seat-said-colon-quote",
    ),
    pytest.param(
        "In Vienna, Sergei Lavrov told reporters: \u201cEurope has made its choice.\u201d",
        [("Europe has made its choice.", D, "Sergei Lavrov", "told")],
        id="told-colon-curly-quote",
    ),
    pytest.param(
        'Mike Pompeo wrote: "The regime is running out of time."',
        [("The regime is running out of time.", D, "Mike Pompeo", "wrote")],
        id="wrote-colon-quote",
    ),
    pytest.param(
        "Olga Petrenko said: \u00abThe border stays closed.\u00bb",
        [("The border stays closed.", D, "Olga Petrenko", "said")],
        id="guillemets-after-attribution",
    ),
    pytest.param(
        "\u00abWe are not afraid\u00bb, Anna Kavrosk said.",
        [("We are not afraid", D, "Anna Kavrosk", "said")],
        id="guillemets-before-attribution",
    ),
    pytest.param(
        'Pedro Lindqvist spoke first. Lindqvist added, "We expect an answer by Friday."',
        [("We expect an answer by Friday.", D, "Pedro Lindqvist", "added")],
        id="surname-added-comma-quote",
    ),
    pytest.param(
        'Washington said: "The talks are over."',
        [("The talks are over.", D, "United States", "said")],
        id="capital-said-colon-quote",
    ),
    # split by the attribution
    pytest.param(
        'Anna Kavrosk spoke in Minsk. "We will stay," she said, "and we will fight."',
        [
            ("We will stay,", D, "Anna Kavrosk", "said"),
            ("and we will fight.", D, "Anna Kavrosk", "said"),
        ],
        id="split-by-pronoun-attribution",
    ),
    pytest.param(
        '"Sanctions," said Pedro Lindqvist, "are not a strategy."',
        [
            ("Sanctions,", D, "Pedro Lindqvist", "said"),
            ("are not a strategy.", D, "Pedro Lindqvist", "said"),
        ],
        id="split-by-said-name",
    ),
    pytest.param(
        "\u201cThe port,\u201d Olga Petrenko said, \u201cwill reopen in June.\u201d",
        [
            ("The port,", D, "Olga Petrenko", "said"),
            ("will reopen in June.", D, "Olga Petrenko", "said"),
        ],
        id="split-curly",
    ),
    pytest.param(
        '"These events help us," said Lewis, "get more people watching. We are on TV now."',
        [
            ("These events help us,", D, "Lewis", "said"),
            ("get more people watching. We are on TV now.", D, "Lewis", "said"),
        ],
        id="split-second-piece-of-two-sentences",
    ),
    # paragraphs that open with a quote
    pytest.param(
        '"We will stay," Anna Kavrosk said.\n\n"Nobody can force us out of the port."',
        [
            ("We will stay,", D, "Anna Kavrosk", "said"),
            ("Nobody can force us out of the port.", D, "Anna Kavrosk", ANY),
        ],
        id="quote-only-paragraph-continues-speaker",
    ),
    pytest.param(
        '"We have no water and no power."\n\nThe town has been without supplies for a week.',
        [("We have no water and no power.", D, None, None)],
        id="unattributed-opening-quote",
    ),
    pytest.param(
        '"We will stay," Anna Kavrosk said. "You must leave," Pedro Lindqvist replied.',
        [
            ("We will stay,", D, "Anna Kavrosk", "said"),
            ("You must leave,", D, "Pedro Lindqvist", "replied"),
        ],
        id="two-speakers-one-paragraph",
    ),
    pytest.param(
        '"The ceasefire holds," Anna Kavrosk said.\n\n"It does not," Ivan Sorokin said.',
        [
            ("The ceasefire holds,", D, "Anna Kavrosk", "said"),
            ("It does not,", D, "Ivan Sorokin", "said"),
        ],
        id="two-speakers-two-paragraphs",
    ),
    # partial quotes: a fragment woven into the writer's sentence
    pytest.param(
        'Anna Kavrosk called the report "fake news" on Tuesday.',
        [("fake news", PT, "Anna Kavrosk", "called")],
        id="partial-called",
    ),
    pytest.param(
        'Spokeswoman Olga Petrenko labelled the envoy a "usurper."',
        [("usurper.", PT, "Olga Petrenko", "labelled")],
        id="partial-labelled",
    ),
    pytest.param(
        'President Donald Trump told Russia "to leave Venezuela."',
        [("to leave Venezuela.", PT, "Donald Trump", "told")],
        id="partial-told-infinitive",
    ),
    pytest.param(
        'The Kremlin dismissed the reports as a "provocation."',
        [("provocation.", PT, "Russia", "dismissed")],
        id="partial-seat-dismissed-as",
    ),
    pytest.param(
        'Pedro Lindqvist accused Moscow of "nuclear blackmail."',
        [("nuclear blackmail.", PT, "Pedro Lindqvist", "accused")],
        id="partial-accused-of",
    ),
    pytest.param(
        'Anna Kavrosk described the talks as "productive but difficult."',
        [("productive but difficult.", PT, "Anna Kavrosk", "described")],
        id="partial-described-as",
    ),
    pytest.param(
        'Sergei Lavrov warned of "grave consequences" if the troops moved.',
        [("grave consequences", PT, "Sergei Lavrov", "warned")],
        id="partial-warned-of",
    ),
    pytest.param(
        "Foreign Minister Olga Petrenko called the plan \u201ca dead end.\u201d",
        [("a dead end.", PT, "Olga Petrenko", "called")],
        id="partial-curly-called",
    ),
    pytest.param(
        'The State Department condemned what it called "reckless provocations" in the strait.',
        [("reckless provocations", PT, "State Department", ANY)],
        id="partial-what-it-called",
    ),
    pytest.param(
        'Mike Pompeo urged Moscow "to stop meddling."',
        [("to stop meddling.", PT, "Mike Pompeo", "urged")],
        id="partial-urged",
    ),
    pytest.param(
        'Sergei Lavrov branded the sanctions "economic warfare."',
        [("economic warfare.", PT, "Sergei Lavrov", "branded")],
        id="partial-branded",
    ),
    pytest.param(
        'Olga Petrenko dismissed the so-called "peace plan" as "a trap."',
        [("a trap.", PT, "Olga Petrenko", "dismissed")],
        id="partial-beside-scare-quote",
    ),
    # indirect: reported speech without marks
    pytest.param(
        "The Kremlin claims that the planes carried spare parts.",
        [("the planes carried spare parts", IN, "Russia", "claims")],
        id="indirect-seat-claims-that",
    ),
    pytest.param(
        "Moscow insists the troops are only advisers.",
        [("the troops are only advisers", IN, "Russia", "insists")],
        id="indirect-capital-insists",
    ),
    pytest.param(
        "Anna Kavrosk has denied meeting the rebel commander.",
        [("meeting the rebel commander", IN, "Anna Kavrosk", "denied")],
        id="indirect-has-denied",
    ),
    pytest.param(
        "Russia has denied sending troops to the island.",
        [("sending troops to the island", IN, "Russia", "denied")],
        id="indirect-country-has-denied",
    ),
    pytest.param(
        "The aid group Northwind said its director had died. A statement said the group was "
        "shocked and would keep working.",
        [
            ("its director had died", IN, "Northwind", "said"),
            ("the group was shocked and would keep working", IN, "Northwind", "said"),
        ],
        id="indirect-a-statement-is-its-issuers",
    ),
    pytest.param(
        "The Harbour Institute polled 900 voters. Turnout will fall, according to the survey.",
        [("Turnout will fall", IN, "Harbour Institute", "according to")],
        id="indirect-according-to-a-document-is-its-issuer",
    ),
    pytest.param(
        "Pedro Soto left early. Soto told officials he did not want an escort, Ida Quell said.",
        [("Soto told officials he did not want an escort", IN, "Ida Quell", "said")],
        id="indirect-the-closing-attribution-reports-the-whole-sentence",
    ),
    pytest.param(
        "Pedro Soto said the talks would resume, and Ida Quell said they would fail.",
        [
            ("the talks would resume", IN, "Pedro Soto", "said"),
            ("they would fail", IN, "Ida Quell", "said"),
        ],
        id="indirect-a-second-clause-with-its-own-reporter",
    ),
    pytest.param(
        "Pedro Soto denied wrongdoing, and Ida Quell argued he was framed by rivals.",
        [("he was framed by rivals", IN, "Ida Quell", "argued")],
        id="indirect-an-object-before-the-second-clause-is-no-quote",
    ),
    pytest.param(
        "According to U.S. officials, the convoy carried weapons.",
        [("the convoy carried weapons", IN, "United States", "According to")],
        id="indirect-according-to-officials",
    ),
    pytest.param(
        "The ceasefire has collapsed, according to Pedro Lindqvist.",
        [("The ceasefire has collapsed", IN, "Pedro Lindqvist", "according to")],
        id="indirect-according-to-after",
    ),
    pytest.param(
        "According to Foreign Minister Olga Petrenko, the border will reopen next week.",
        [("the border will reopen next week", IN, "Olga Petrenko", "According to")],
        id="indirect-according-to-title",
    ),
    pytest.param(
        "Olga Petrenko said that the talks would resume in March.",
        [("the talks would resume in March", IN, "Olga Petrenko", "said")],
        id="indirect-said-that",
    ),
    pytest.param(
        "The State Department says the sanctions will stay in place.",
        [("the sanctions will stay in place", IN, "State Department", "says")],
        id="indirect-organisation-says",
    ),
    pytest.param(
        "Beijing denies that its ships entered the strait.",
        [("its ships entered the strait", IN, "China", "denies")],
        id="indirect-capital-denies-that",
    ),
    pytest.param(
        "Sergei Lavrov claimed that Washington was planning a coup.",
        [("Washington was planning a coup", IN, "Sergei Lavrov", "claimed")],
        id="indirect-claimed-that",
    ),
    pytest.param(
        "Mike Pompeo warned that the regime was running out of time.",
        [("the regime was running out of time", IN, "Mike Pompeo", "warned")],
        id="indirect-warned-that",
    ),
    pytest.param(
        "Spokeswoman Anna Kavrosk insisted the plane was a civilian one.",
        [("the plane was a civilian one", IN, "Anna Kavrosk", "insisted")],
        id="indirect-title-insisted",
    ),
    pytest.param(
        "The White House insists that no troops will be sent.",
        [("no troops will be sent", IN, "United States", "insists")],
        id="indirect-seat-insists-that",
    ),
    # not speech: scare quotes, words as words, titles, names of things, nicknames
    pytest.param(
        'Washington\'s so-called "reset" with Moscow collapsed within two years.',
        [],
        id="not-speech-so-called",
    ),
    pytest.param(
        "The so-called \u201cpeace plan\u201d was never published.",
        [],
        id="not-speech-so-called-curly",
    ),
    pytest.param(
        'The word "sovereignty" appears eleven times in the draft treaty.',
        [],
        id="not-speech-word-as-word",
    ),
    pytest.param(
        'The army launched Operation "Iron Shield" at dawn.',
        [],
        id="not-speech-operation",
    ),
    pytest.param(
        'The film "Red Dawn" was banned in three countries.',
        [],
        id="not-speech-film",
    ),
    pytest.param(
        'Her memoir "The Long Winter" sold out in Riga.',
        [],
        id="not-speech-book",
    ),
    pytest.param(
        'A brass band played "Katyusha" outside the embassy.',
        [],
        id="not-speech-song",
    ),
    pytest.param(
        'The newspaper "Novaya Gazeta" suspended publication in March.',
        [],
        id="not-speech-newspaper",
    ),
    pytest.param(
        'The programme, known as "Open Skies," ended in 2020.',
        [],
        id="not-speech-known-as",
    ),
    pytest.param(
        'The exercise, code-named "Northern Wind," involved 30,000 troops.',
        [],
        id="not-speech-code-named",
    ),
    pytest.param(
        'Viktor "The Hammer" Petrov was arrested in Minsk on Sunday.',
        [],
        id="not-speech-nickname",
    ),
    pytest.param(
        'Anna Kavrosk stressed her record during a "Harbour Security Forum" sponsored by the port.',
        [
            (
                'her record during a "Harbour Security Forum" sponsored by the port',
                IN,
                "Anna Kavrosk",
                "stressed",
            )
        ],
        id="not-speech-title-case-name-after-a-determiner",
    ),
    pytest.param(
        'On an episode of "The Evening Show," the minister said she wanted to speak "directly '
        'to farmers."',
        [("directly to farmers.", PT, None, "said")],
        id="not-speech-title-case-name-after-a-preposition-and-no-subject",
    ),
    pytest.param(
        'Foreign Ministry spokeswoman Anna Kavrosk called the plan "fake" in comments to '
        'reporters, and accused Porthaven of waging "a war of words."',
        [
            ("fake", PT, "Anna Kavrosk", "called"),
            ("a war of words.", PT, "Anna Kavrosk", "accused"),
        ],
        id="two-fragments-of-one-titled-subject",
    ),
    pytest.param(
        'Anna Kavrosk said even though Porthaven believes the tax is wrong, "Travellers '
        'must know it exists. That is a reality."',
        [("Travellers must know it exists. That is a reality.", D, "Anna Kavrosk", "said")],
        id="direct-quote-after-a-subordinate-clause-goes-with-the-outer-verb",
    ),
    pytest.param(
        'When Anna Kavrosk noted that he paid no tax, Ivan Okafor boasted, "That makes me smart."',
        [("That makes me smart.", D, "Ivan Okafor", "boasted")],
        id="direct-quote-after-a-main-clause-goes-with-its-own-verb",
    ),
    pytest.param(
        'Anna Kavrosk called the plan "a total disaster" on Sunday.',
        [("a total disaster", PT, "Anna Kavrosk", "called")],
        id="lower-case-label-after-a-determiner-is-speech",
    ),
    pytest.param(
        "Marshal Ivan \u201cIron Ivan\u201d Sorokin led the parade.",
        [],
        id="not-speech-nickname-curly",
    ),
    pytest.param(
        'Rebels hold the "green zone" around the airport.',
        [],
        id="not-speech-scare-quoted-term",
    ),
    pytest.param(
        "Troops crossed the river at dawn and the convoy stopped near the bridge.",
        [],
        id="not-speech-plain-text",
    ),
    # apostrophes are never quotation marks
    pytest.param(
        "Russia's envoy and the ministers' aides didn't attend the '90s-style parade.",
        [],
        id="apostrophes-only",
    ),
    pytest.param(
        "Rock 'n' roll returned to Minsk's clubs in the '90s.",
        [],
        id="apostrophes-rock-n-roll",
    ),
    pytest.param(
        "\"We won't abandon Russia's allies,\" Olga Petrenko said.",
        [("We won't abandon Russia's allies,", D, "Olga Petrenko", "said")],
        id="apostrophes-inside-quote",
    ),
    pytest.param(
        "\u201cWe won\u2019t abandon our allies,\u201d Olga Petrenko said.",
        [("We won\u2019t abandon our allies,", D, "Olga Petrenko", "said")],
        id="curly-apostrophe-inside-curly-quote",
    ),
    pytest.param(
        '"The \'90s are over," Pedro Lindqvist said.',
        [("The '90s are over,", D, "Pedro Lindqvist", "said")],
        id="decade-apostrophe-inside-quote",
    ),
    # pronouns
    pytest.param(
        "Anna Kavrosk, a ministry spokeswoman, met reporters on Monday. "
        '"We will not be silenced," she said.',
        [("We will not be silenced,", D, "Anna Kavrosk", "said")],
        id="pronoun-she",
    ),
    pytest.param(
        "Ruslan Tarasenko, director of the Institute for Strategic Studies, spoke on Monday."
        '\n\n"The planes were empty," he said.',
        [("The planes were empty,", D, "Ruslan Tarasenko", "said")],
        id="pronoun-he-next-paragraph",
    ),
    # a verb that takes an object as readily as a clause reports speech only with a clause
    pytest.param(
        "The Porthaven Harbour Authority suggested a pause in the dredging works.",
        [],
        id="not-speech-object-after-suggested",
    ),
    pytest.param(
        "The rebel group vowed revenge for the raid on its camp.",
        [],
        id="not-speech-object-after-vowed",
    ),
    pytest.param(
        "Porthaven replied just 40 seconds later with a goal on the break.",
        [],
        id="not-speech-time-after-replied",
    ),
    pytest.param(  # a speech noun with no one to say the words: words mentioned, not said
        'The other words to make the list are "wrap my head around," "grapple" and "optics."',
        [],
        id="not-speech-words-mentioned-after-a-speech-noun",
    ),
    pytest.param(
        "Porthaven responded a couple minutes later when Ivan Okafor scored his first goal.",
        [],
        id="not-speech-time-then-clause-after-responded",
    ),
    pytest.param(
        "Anna Kavrosk suggested the talks would resume in May.",
        [("the talks would resume in May", IN, "Anna Kavrosk", "suggested")],
        id="indirect-suggested-with-a-finite-verb",
    ),
    pytest.param(
        "Anna Kavrosk suggested the ferry strike ended too early.",
        [("the ferry strike ended too early", IN, "Anna Kavrosk", "suggested")],
        id="indirect-suggested-with-a-past-tense",
    ),
    pytest.param(
        "Anna Kavrosk suggested the combined fleet of the two ports.",
        [],
        id="not-speech-participle-after-a-determiner",
    ),
    pytest.param(
        "The Porthaven Harbour Authority vowed it would rebuild the pier.",
        [("it would rebuild the pier", IN, "Porthaven Harbour Authority", "vowed")],
        id="indirect-vowed-with-a-subject-pronoun",
    ),
    # a clause verb's form after a determiner or a possessive is a noun
    pytest.param(
        "Porthaven Shipping filed claims in May. Ivan Okafor, its director, is proud; the "
        "value of those claims was only 9 million kroner.",
        [],
        id="not-speech-claims-after-a-determiner",
    ),
    pytest.param(
        "Ivan Okafor, the director of Porthaven Shipping, is proud. Porthaven Shipping's "
        "claims are large by any standard.",
        [],
        id="not-speech-claims-after-a-possessive",
    ),
    # what opens no reported clause after a verb: a preposition, "and", "according to"
    pytest.param(
        "Anna Kavrosk explained inside the hall to the crowd.",
        [],
        id="not-speech-preposition-after-the-verb",
    ),
    pytest.param(
        "Anna Kavrosk said and then left the room in a hurry.",
        [],
        id="not-speech-and-after-the-verb",
    ),
    pytest.param(
        "Anna Kavrosk said though the port was closed, the ferries ran.",
        [("though the port was closed, the ferries ran", IN, "Anna Kavrosk", "said")],
        id="indirect-subordinate-clause-first",
    ),
    pytest.param(
        "The attack took four minutes, Ivan Okafor said, according to the complaint.",
        [("The attack took four minutes", IN, "Ivan Okafor", "said")],
        id="indirect-according-to-after-the-attribution-is-no-piece",
    ),
    pytest.param(  # no one named before "arguing"; Ivan Okafor is inside its clause
        "In a column on Monday, two writers urged the board to act, arguing that it angered "
        "Ivan Okafor and hurt trade.",
        [],
        id="not-speech-name-inside-the-clause-is-no-inverted-subject",
    ),
    # a nominal with capitalised modifiers; an abbreviated title holds its role noun
    pytest.param(
        "Gov. Ivan Okafor spoke in Porthaven. The Norvik governor said the vote was rigged.",
        [("the vote was rigged", IN, "Ivan Okafor", "said")],
        id="nominal-with-a-place-modifier-finds-an-abbreviated-title",
    ),
    pytest.param(
        "Sen. Anna Kavrosk spoke in Porthaven. The senator said the vote was rigged.",
        [("the vote was rigged", IN, "Anna Kavrosk", "said")],
        id="nominal-senator-finds-sen",
    ),
    # a definite nominal whose noun no title holds is the person named last nearby
    pytest.param(
        "Ivan Varga is aware that he is entering uncharted waters.\n\n"
        '"No carmaker makes money here," the lanky professor said.',
        [("No carmaker makes money here,", D, "Ivan Varga", "said")],
        id="nominal-without-a-title-is-the-person-named-last",
    ),
    pytest.param(
        'Alfonso Varga runs the print shop. "We print one copy," says the 39-year-old '
        "founder of Porthaven Press.",
        [("We print one copy,", D, "Alfonso Varga", "says")],
        id="nominal-after-the-verb",
    ),
    # ", and said" goes with the clause's own verb, past a relative clause
    pytest.param(
        "Ivan Okafor worked at Porthaven Radio, which let him go in 2015, and said he did "
        "not support the mayor.",
        [("he did not support the mayor", IN, "Ivan Okafor", "said")],
        id="comma-and-said-after-a-relative-clause",
    ),
    # an inverted reporting clause with an appositive after the name closes the clause before
    pytest.param(
        "The talks failed on Monday, said Anna Kavrosk, a director of the fund.",
        [("The talks failed on Monday", IN, "Anna Kavrosk", "said")],
        id="indirect-before-an-inverted-attribution-with-an-appositive",
    ),
    # a name right before "and said" is no subject: the verb goes with the clause's own
    pytest.param(
        "Tom Vale spoke at a forum run by NBC News and said the bank would keep its plan.",
        [("the bank would keep its plan", IN, "Tom Vale", "said")],
        id="and-said-right-after-an-object",
    ),
    pytest.param(
        "Ana Lind and Tom Vale met on Monday. Vale praised the tenure of Ana Lind and said "
        "the bank would keep its plan.",
        [("the bank would keep its plan", IN, "Tom Vale", "said")],
        id="and-said-right-after-an-object-named-in-full",
    ),
    # a transcript's turns quoted whole: the label in capitals names a person named before
    pytest.param(
        "Anna Kavrosk interviewed Ivan Okafor on Sunday. Partial transcript:\n\n"
        '"KAVROSK: Let us start with the strike.\n\n'
        '"OKAFOR: Well, the port is open."',
        [
            ("Let us start with the strike.", D, "Anna Kavrosk", None),
            ("Well, the port is open.", D, "Ivan Okafor", None),
        ],
        id="transcript-turns-in-marks",
    ),
    # a long title between the verb and the name; "mentioned" as a cue
    pytest.param(
        '"Our allies are laughing at us," said oil and gas worker Ivan Okafor.',
        [("Our allies are laughing at us,", D, "Ivan Okafor", "said")],
        id="inverted-name-after-a-four-word-title",
    ),
    pytest.param(
        '"The claim was large," Pierre Okafor, the risk officer, mentioned in a commentary.',
        [("The claim was large,", D, "Pierre Okafor", "mentioned")],
        id="quote-then-name-mentioned",
    ),
    # a channel between the verb and its clause
    pytest.param(
        "Ivan Okafor said in his weekly address he was ready to meet the rebels.",
        [("he was ready to meet the rebels", IN, "Ivan Okafor", "said")],
        id="indirect-channel-then-clause",
    ),
    pytest.param(
        "Ivan Okafor said in a statement on Monday.",
        [],
        id="not-speech-channel-then-nothing",
    ),
    # a title in marks is no one's words, even where a speaker could be carried over
    pytest.param(
        '"We start filming in June," said Olga Petrenko.\n\n'
        '"The Ferryman Who Would Not Row" opens in cinemas in June.',
        [("We start filming in June,", D, "Olga Petrenko", "said")],
        id="not-speech-title-case-name-of-a-work",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text: str, expected: list[Expected]) -> None:
    assert_quotes(text, expected)


# -- apostrophes and nested quotes ------------------------------------------------------------

APOSTROPHES = [
    pytest.param(
        "Russia\u2019s envoy didn\u2019t attend the ministers\u2019 dinner.", [], id="curly"
    ),
    pytest.param("O'Brien's report on Ukraine's grain was leaked.", [], id="irish-name"),
    pytest.param("The '80s and the '90s shaped Kyiv's politics.", [], id="decades"),
    pytest.param("Troops 'n' tanks posters hung in rock 'n' roll style.", [], id="n-apostrophe"),
    pytest.param("The allies' and the rebels' positions didn't move.", [], id="plural-possessives"),
    pytest.param(
        "\u201cRussia\u2019s patience isn\u2019t endless,\u201d Olga Petrenko said.",
        [("Russia\u2019s patience isn\u2019t endless,", D, "Olga Petrenko", "said")],
        id="curly-apostrophes-in-curly-quote",
    ),
    pytest.param(
        "Anna Kavrosk's aides left early. \"We're done here,\" Anna Kavrosk said.",
        [("We're done here,", D, "Anna Kavrosk", "said")],
        id="possessive-then-quote",
    ),
    pytest.param(
        "\u00abWe won't go back to the '90s\u00bb, Pedro Lindqvist said.",
        [("We won't go back to the '90s", D, "Pedro Lindqvist", "said")],
        id="apostrophes-in-guillemets",
    ),
    pytest.param(
        "Moscow's envoy and O'Neill's aides didn't wait. \"The deal's off,\" Ivan Sorokin said.",
        [("The deal's off,", D, "Ivan Sorokin", "said")],
        id="many-apostrophes-before-a-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES)
def test_apostrophes_are_not_quotation_marks(text: str, expected: list[Expected]) -> None:
    quotes = read(text)
    assert len(quotes) == len(expected), show(quotes)
    for quote, (want, kind, speaker, cue) in zip(quotes, expected, strict=True):
        assert quote.text == want, show(quotes)
        assert quote.kind is kind, show(quotes)
        if speaker is not ANY:
            assert same_speaker(quote.speaker, speaker), show(quotes)  # type: ignore[arg-type]
        if cue is not ANY:
            assert quote.cue is not None, show(quotes)
            assert same_cue(quote.cue.text, str(cue)), show(quotes)


NESTED = [
    pytest.param(
        "\"They shouted 'go home' at our soldiers,\" Anna Kavrosk said.",
        "They shouted 'go home' at our soldiers,",
        "Anna Kavrosk",
        id="single-inside-double",
    ),
    pytest.param(
        "\u201cThey called it \u2018a routine flight\u2019 and then it vanished,\u201d "
        "Olga Petrenko said.",
        "They called it \u2018a routine flight\u2019 and then it vanished,",
        "Olga Petrenko",
        id="curly-single-inside-curly-double",
    ),
    pytest.param(
        "Pedro Lindqvist said: \u00abThe envoy told us \u201cwait\u201d, so we waited.\u00bb",
        "The envoy told us \u201cwait\u201d, so we waited.",
        "Pedro Lindqvist",
        id="curly-double-inside-guillemets",
    ),
    pytest.param(
        "\"The minister's 'final offer' wasn't final,\" Ivan Sorokin said.",
        "The minister's 'final offer' wasn't final,",
        "Ivan Sorokin",
        id="nested-and-apostrophes",
    ),
]


@pytest.mark.parametrize(("text", "outer", "speaker"), NESTED)
def test_nested_quotes_stay_inside_the_outer_quote(text: str, outer: str, speaker: str) -> None:
    """The outer quote keeps its whole text; whatever the extractor makes of the inner
    one, it lies inside the outer quote and is attributed to no one else."""
    quotes = read(text)
    outers = [q for q in quotes if q.text == outer]
    assert len(outers) == 1, show(quotes)
    (whole,) = outers
    assert whole.kind is D, show(quotes)
    assert same_speaker(whole.speaker, speaker), show(quotes)
    for quote in quotes:
        assert whole.span.contains(quote.span), f"{quote.text!r} is outside {outer!r}"


# -- addressee and channel --------------------------------------------------------------------

ADDRESSEES = [
    pytest.param(
        '"The planes carried advisers," foreign affairs analyst Ivan Sorokin told CBS News.',
        "planes carried",
        "CBS News",
        None,
        id="told-outlet",
    ),
    pytest.param(
        "\u201cOur troops are staying,\u201d Defence Minister Olga Petrenko told reporters.",
        "troops are staying",
        "reporters",
        None,
        id="told-reporters",
    ),
    pytest.param(
        '"We will not retreat," Anna Kavrosk told Reuters.',
        "not retreat",
        "Reuters",
        None,
        id="told-agency",
    ),
    pytest.param(
        '"It was a bluff," Ivan Sorokin told RTVI, a private television channel.',
        "a bluff",
        "RTVI",
        None,
        id="told-outlet-with-appositive",
    ),
    pytest.param(
        'Foreign Minister Olga Petrenko told the assembly: "We will not be intimidated."',
        "not be intimidated",
        "assembly",
        None,
        id="told-body-colon",
    ),
    pytest.param(
        '"The vote was rigged," opposition leader Ivan Sorokin wrote on Twitter.',
        "vote was rigged",
        None,
        "Twitter",
        id="wrote-on-twitter",
    ),
    pytest.param(
        '"The bridge is safe," Anna Kavrosk wrote on Telegram.',
        "bridge is safe",
        None,
        "Telegram",
        id="wrote-on-telegram",
    ),
    pytest.param(
        "On Saturday, Ivan Sorokin said on Twitter that he had seen cargo planes land.",
        "cargo planes",
        None,
        "Twitter",
        id="indirect-said-on-twitter",
    ),
    pytest.param(
        "Olga Petrenko told CBS News in written comments that the factory would open in May.",
        "factory would open",
        "CBS News",
        "written comments",
        id="indirect-told-outlet-in-written-comments",
    ),
    pytest.param(
        '"The embargo is illegal," the State Department said in a statement.',
        "embargo is illegal",
        None,
        "statement",
        id="said-in-a-statement",
    ),
    pytest.param(
        'In a statement, the Kremlin said: "These claims are absurd."',
        "claims are absurd",
        None,
        "statement",
        id="in-a-statement-first",
    ),
    pytest.param(
        '"We will not stand by," Mike Pompeo said, according to a statement released by the '
        "State Department.",
        "not stand by",
        None,
        "statement",
        id="according-to-a-statement",
    ),
    pytest.param(
        '"The strike was a warning," Olga Petrenko said on state television.',
        "strike was a warning",
        None,
        "television",
        id="on-state-television",
    ),
    pytest.param(
        '"Nobody won this war," Pedro Lindqvist said in an interview with the BBC.',
        "Nobody won",
        ANY,
        "interview",
        id="in-an-interview",
    ),
    pytest.param(
        '"We will not leave the port," Anna Kavrosk said.',
        "leave the port",
        None,
        None,
        id="neither",
    ),
    # channel nouns of every shape (a hyphen, one letter, two words, a no-break space
    # before), and a word that only opens with one
    pytest.param(
        '"We will stay," Anna Kavrosk said in an e-mail.', "will stay", None, "e-mail", id="e-mail"
    ),
    pytest.param('"We will stay," Anna Kavrosk said on X.', "will stay", None, "on X", id="on-x"),
    pytest.param(
        '"We will stay," Anna Kavrosk said at a news conference on Monday.',
        "will stay",
        None,
        "news conference",
        id="two-word-channel",
    ),
    pytest.param(
        '"We will stay," Anna Kavrosk said in a\u00a0statement.',
        "will stay",
        None,
        "statement",
        id="no-break-space-channel",
    ),
    pytest.param(
        '"We will stay," Anna Kavrosk said in a statementary mood.',
        "will stay",
        None,
        None,
        id="no-channel-noun-only-its-start",
    ),
    pytest.param(
        "Anna Kavrosk said in an op-ed that the bridge was safe.",
        "bridge was safe",
        None,
        "op-ed",
        id="indirect-op-ed",
    ),
]


@pytest.mark.parametrize(("text", "needle", "addressee", "channel"), ADDRESSEES)
def test_addressee_and_channel(
    text: str, needle: str, addressee: str | _Any | None, channel: str | None
) -> None:
    quote = the_quote(text, needle)
    if addressee is None:
        assert quote.addressee is None, quote.addressee
    elif isinstance(addressee, str):
        assert quote.addressee is not None, f"no addressee, expected {addressee!r}"
        assert addressee in quote.addressee.text, quote.addressee
    if channel is None:
        assert quote.channel is None, quote.channel
    else:
        assert quote.channel is not None, f"no channel, expected one with {channel!r}"
        assert channel in quote.channel.text, quote.channel


# -- pronouns, nominals and the speaker's mention ---------------------------------------------

_TWO_SPOKESPEOPLE = (
    "Anna Kavrosk, a ministry spokeswoman, met Pedro Lindqvist, a ministry spokesman, in Vienna. "
)
_ANALYST_AND_MINISTER = (
    "Foreign affairs analyst Pedro Lindqvist spoke in Vienna. "
    "Minister Anna Kavrosk spoke after him. "
)

SPEAKER_MENTIONS = [
    pytest.param(
        _TWO_SPOKESPEOPLE + '"The talks went well," she said.',
        "went well",
        "Anna Kavrosk",
        "she",
        PRONOUN,
        id="she-by-role-noun-gender",
    ),
    pytest.param(
        _TWO_SPOKESPEOPLE + '"The talks went badly," he said.',
        "went badly",
        "Pedro Lindqvist",
        "he",
        PRONOUN,
        id="he-by-role-noun-gender",
    ),
    pytest.param(
        "Pedro Lindqvist spoke first. Later, spokeswoman Anna Kavrosk took questions. "
        '"We disagree," he said.',
        "We disagree",
        "Pedro Lindqvist",
        "he",
        PRONOUN,
        id="he-skips-the-spokeswoman",
    ),
    pytest.param(
        'Olga Petrenko chaired the meeting. "We will meet again in May," she said.',
        "meet again",
        "Olga Petrenko",
        "she",
        PRONOUN,
        id="she-nearest-person",
    ),
    pytest.param(
        'Olga Petrenko arrived late. She said: "We were delayed at the border."',
        "delayed at the border",
        "Olga Petrenko",
        "She",
        PRONOUN,
        id="she-opens-the-attribution",
    ),
    pytest.param(
        "Ruslan Tarasenko, director of the Institute for Strategic Studies, spoke on Monday."
        '\n\n"The planes were empty," he said.',
        "planes were empty",
        "Ruslan Tarasenko",
        "he",
        PRONOUN,
        id="he-in-the-next-paragraph",
    ),
    pytest.param(
        "Maria Zakharova, the foreign ministry spokeswoman, spoke on Wednesday. "
        '"This is dirty propaganda," she said.',
        "dirty propaganda",
        "Maria Zakharova",
        "she",
        PRONOUN,
        id="she-real-official",
    ),
    pytest.param(
        'Anna Kavrosk arrived in Geneva on Monday. "No deal is better than a bad deal," '
        "Kavrosk added.",
        "bad deal",
        "Anna Kavrosk",
        "Kavrosk",
        SURNAME,
        id="surname",
    ),
    pytest.param(
        '"We will not leave the port," Anna Kavrosk said.',
        "leave the port",
        "Anna Kavrosk",
        "Anna Kavrosk",
        NAME,
        id="full-name",
    ),
    pytest.param(
        _ANALYST_AND_MINISTER + '"Nothing has changed," the analyst said.',
        "Nothing has changed",
        "Pedro Lindqvist",
        "analyst",
        None,
        id="nominal-the-analyst",
    ),
    pytest.param(
        _ANALYST_AND_MINISTER + '"We will wait," the minister said.',
        "We will wait",
        "Anna Kavrosk",
        "minister",
        None,
        id="nominal-the-minister",
    ),
    pytest.param(
        "Anna Kavrosk, a ministry spokeswoman, spoke first. Ivan Sorokin, an economist, "
        'spoke next. "We disagree," the spokeswoman said.',
        "We disagree",
        "Anna Kavrosk",
        "spokeswoman",
        None,
        id="nominal-the-spokeswoman",
    ),
    pytest.param(
        "Anna Kavrosk, a ministry spokeswoman, spoke first. Ivan Sorokin, an economist, "
        'spoke next. "Prices will rise," the economist said.',
        "Prices will rise",
        "Ivan Sorokin",
        "economist",
        None,
        id="nominal-the-economist",
    ),
    pytest.param(
        '"We have nothing to hide," the Kremlin said.',
        "nothing to hide",
        "Russia",
        "Kremlin",
        None,
        id="seat",
    ),
    pytest.param(
        "Moscow insists the troops are only advisers.",
        "only advisers",
        "Russia",
        "Moscow",
        CAPITAL,
        id="capital",
    ),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "mention", "kind"), SPEAKER_MENTIONS)
def test_speaker_and_speaker_mention(
    text: str, needle: str, speaker: str, mention: str, kind: MentionKind | None
) -> None:
    """A pronoun, a name, a nominal: the speaker is the actor it refers to, and
    ``speaker_mention`` is that word where it stands in the attribution."""
    quote = the_quote(text, needle)
    assert same_speaker(quote.speaker, speaker), (quote.speaker, speaker)
    found = quote.speaker_mention
    assert found is not None, f"no speaker mention, expected {mention!r}"
    assert found.span.of(text) == found.text
    if kind is None:  # a nominal or a seat: the extent ("the analyst" or "analyst") is open
        assert mention in found.text, (found.text, mention)
    else:
        assert found.text == mention, (found.text, mention)
        assert found.kind is kind, (found.kind, kind)


# -- groups and paragraphs ---------------------------------------------------------------------

GroupRow = tuple[str, "str | None", int, "str | None"]
"""(text, speaker name, paragraph index, group label: pieces with one label share a group,
pieces with different labels do not; None leaves the group unchecked)."""

GROUPS = [
    pytest.param(
        'Anna Kavrosk spoke in Minsk. "We will stay," she said, "and we will fight."',
        [
            ("We will stay,", "Anna Kavrosk", 0, "a"),
            ("and we will fight.", "Anna Kavrosk", 0, "a"),
        ],
        id="split-by-she-said",
    ),
    pytest.param(
        '"Sanctions," said Pedro Lindqvist, "are not a strategy."',
        [
            ("Sanctions,", "Pedro Lindqvist", 0, "a"),
            ("are not a strategy.", "Pedro Lindqvist", 0, "a"),
        ],
        id="split-by-said-name",
    ),
    pytest.param(
        'Anna Kavrosk said: "The border will stay closed.\n\n"We have no choice in this matter."',
        [
            ("The border will stay closed.", "Anna Kavrosk", 0, "a"),
            ("We have no choice in this matter.", "Anna Kavrosk", 1, "a"),
        ],
        id="two-paragraph-quote",
    ),
    pytest.param(
        'Olga Petrenko said: "The port is closed.\n\n"Ships will wait at anchor.\n\n'
        '"Nobody will pass until the blockade ends."',
        [
            ("The port is closed.", "Olga Petrenko", 0, "a"),
            ("Ships will wait at anchor.", "Olga Petrenko", 1, "a"),
            ("Nobody will pass until the blockade ends.", "Olga Petrenko", 2, "a"),
        ],
        id="three-paragraph-quote",
    ),
    pytest.param(
        '"The port is closed," Olga Petrenko said. "Ships will wait.\n\n"Nobody will pass."',
        [
            ("The port is closed,", "Olga Petrenko", 0, None),
            ("Ships will wait.", "Olga Petrenko", 0, "b"),
            ("Nobody will pass.", "Olga Petrenko", 1, "b"),
        ],
        id="second-sentence-runs-on",
    ),
    pytest.param(
        "\u201cThe border will stay closed.\u201d\n\nAnna Kavrosk said: \u201cWe will wait.\n\n"
        "\u201cThe winter will be hard.\u201d",
        [
            ("The border will stay closed.", None, 0, "a"),
            ("We will wait.", "Anna Kavrosk", 1, "b"),
            ("The winter will be hard.", "Anna Kavrosk", 2, "b"),
        ],
        id="curly-multi-paragraph-after-an-unattributed-quote",
    ),
    pytest.param(
        '"We will stay," Anna Kavrosk said.\n\n"You must leave," Ivan Sorokin said.',
        [
            ("We will stay,", "Anna Kavrosk", 0, "a"),
            ("You must leave,", "Ivan Sorokin", 1, "b"),
        ],
        id="two-utterances-two-groups",
    ),
    pytest.param(
        'Anna Kavrosk said: "The border will stay closed.\n\nTroops moved along the river at dawn.',
        [("The border will stay closed.", "Anna Kavrosk", 0, "a")],
        id="unclosed-quote-stops-at-a-plain-paragraph",
    ),
    pytest.param(
        "Troops moved along the river.\n\nThe convoy stopped near the bridge.\n\n"
        '"We will wait here," Anna Kavrosk said.',
        [("We will wait here,", "Anna Kavrosk", 2, "a")],
        id="paragraph-index",
    ),
    pytest.param(
        'Troops moved along the river.\r\n\r\n"We will wait here," Anna Kavrosk said.',
        [("We will wait here,", "Anna Kavrosk", 1, "a")],
        id="paragraph-index-crlf",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_groups_and_paragraphs(text: str, expected: list[GroupRow]) -> None:
    quotes = read(text)
    assert [q.text for q in quotes] == [row[0] for row in expected], show(quotes)
    labels: dict[str, int] = {}
    for quote, (_, speaker, paragraph, label) in zip(quotes, expected, strict=True):
        assert same_speaker(quote.speaker, speaker), show(quotes)
        assert quote.paragraph == paragraph, (quote.text, quote.paragraph, paragraph)
        if label is not None:
            labels.setdefault(label, quote.group)
            assert quote.group == labels[label], (quote.text, quote.group, labels)
    assert len(set(labels.values())) == len(labels), f"distinct utterances share a group: {labels}"
    for quote in quotes:
        assert paragraph_count(quote) == 1, f"a piece spans paragraphs: {quote.text!r}"


def test_within_reads_only_the_given_spans_and_numbers_paragraphs_by_them() -> None:
    first = '"We will stay," Anna Kavrosk said.'
    second = '"You must leave," Ivan Sorokin said.'
    text = f"{first}\n\n{second}"
    start = text.index(second)
    quotes = read(text, within=[Span(start, len(text))])
    assert [q.text for q in quotes] == ["You must leave,"], show(quotes)
    (quote,) = quotes
    assert quote.span.of(text) == "You must leave,"
    assert quote.paragraph == 0
    assert same_speaker(quote.speaker, "Ivan Sorokin")
    both = read(text, within=[Span(0, len(first)), Span(start, len(text))])
    assert [(q.text, q.paragraph) for q in both] == [("We will stay,", 0), ("You must leave,", 1)]


def test_given_actors_give_the_same_quotes() -> None:
    text = (
        'Anna Kavrosk, a ministry spokeswoman, spoke on Monday. "We will stay," she said.\n\n'
        "Moscow insists the troops are only advisers."
    )
    assert extract_quotes(text, actors=extract_actors(text)) == extract_quotes(text)


def test_speakers_are_the_actors_of_the_text() -> None:
    """The speaker is an actor ``extract_actors`` finds, named where it names it."""
    text = '"We will stay," Anna Kavrosk said. "You must leave," Ivan Sorokin replied.'
    actors = {actor.key: actor for actor in extract_actors(text)}
    quotes = read(text)
    assert len(quotes) == 2, show(quotes)
    for quote in quotes:
        assert quote.speaker is not None, show([quote])
        actor = actors[quote.speaker.key]
        assert quote.speaker.name == actor.name
        assert quote.speaker_mention is not None
        assert quote.speaker_mention.span in {m.span for m in actor.mentions}


# -- on the Article: headlines, key points, paragraph indices ----------------------------------

HEADLINES = [
    pytest.param(
        "Kavrosk: 'We will not back down'",
        "Foreign Minister Anna Kavrosk spoke in Minsk on Monday.",
        ["We will not back down"],
        "Anna Kavrosk",
        id="single-quotes-after-colon",
    ),
    pytest.param(
        "'We are not leaving,' says Olga Petrenko",
        "Olga Petrenko, the defence minister, spoke in Minsk on Monday.",
        ["We are not leaving,"],
        "Olga Petrenko",
        id="single-quotes-then-says",
    ),
    pytest.param(
        "Kavrosk: 'We won't back down'",
        "Foreign Minister Anna Kavrosk spoke in Minsk on Monday.",
        ["We won't back down"],
        "Anna Kavrosk",
        id="single-quotes-around-an-apostrophe",
    ),
    pytest.param(
        "Petrenko: \u2018The border stays closed\u2019",
        "Olga Petrenko, the defence minister, spoke in Minsk on Monday.",
        ["The border stays closed"],
        "Olga Petrenko",
        id="curly-single-quotes",
    ),
    pytest.param(
        'Kremlin accuses Kyiv of "nuclear blackmail"',
        "Troops moved along the river on Monday.",
        ["nuclear blackmail"],
        "Russia",
        id="double-quotes-partial",
    ),
    pytest.param(
        "Russia's navy won't return to the '90s",
        "Troops moved along the river on Monday.",
        [],
        None,
        id="apostrophes-only",
    ),
]


def _page(headline: str, paragraph: str) -> str:
    return f"World\n\n{headline}\n\n{paragraph}\n\nTroops crossed the river at dawn.\n"


@pytest.mark.parametrize(("headline", "paragraph", "texts", "speaker"), HEADLINES)
def test_headline_quotes(
    headline: str, paragraph: str, texts: list[str], speaker: str | None
) -> None:
    article = parse_article(_page(headline, paragraph))
    assert article.headline is not None
    assert article.headline.text == headline
    assert_surfaces(article)
    in_headline = [q for q in article.quotes if article.headline.span.contains(q.span)]
    assert [q.text for q in in_headline] == texts, show(article.quotes)
    for quote in in_headline:
        assert quote.in_headline is True, quote
        assert quote.paragraph is None, quote
        assert same_speaker(quote.speaker, speaker), show(in_headline)


def test_article_paragraph_is_the_index_in_body() -> None:
    page = (
        "World\n\n"
        "Envoys clash over the port\n\n"
        "Key Points\n"
        '  \u2022 The Kremlin dismissed the reports as a "provocation."\n'
        "Envoys clash over the port 02:42\n\n"
        "Troops moved along the river at dawn.\n\n"
        "Port talks\n\n"
        '"We will wait here," Anna Kavrosk said.\n'
    )
    article = parse_article(page)
    assert_surfaces(article)
    here = [q for q in article.quotes if q.text == "We will wait here,"]
    assert len(here) == 1, show(article.quotes)
    (quote,) = here
    block = article.body[quote.paragraph]  # type: ignore[index]
    assert isinstance(block, Paragraph), block
    assert block.span.contains(quote.span), block
    assert quote.in_headline is False
    assert same_speaker(quote.speaker, "Anna Kavrosk")
    points = [q for q in article.quotes if any(p.span.contains(q.span) for p in article.key_points)]
    assert [(q.text, q.paragraph, q.in_headline) for q in points] == [
        ("provocation.", None, False)
    ], show(article.quotes)
    assert same_speaker(points[0].speaker, "Russia")


def _check_article_quotes(article: Article) -> None:
    """Every quote of an article lies in its headline, a key point or its body block."""
    assert_surfaces(article)
    check_quotes(article.source, article.quotes, headline=True)
    for quote in article.quotes:
        if quote.in_headline:
            assert article.headline is not None
            assert article.headline.span.contains(quote.span)
            assert quote.paragraph is None
        elif quote.paragraph is not None:
            block = article.body[quote.paragraph]
            assert block.span.contains(quote.span), (quote, block)
        else:
            assert any(p.span.contains(quote.span) for p in article.key_points), quote


# -- wrong types -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [b'"We will stay," she said.', None, 42, ['"We will stay," she said.'], 3.5],
    ids=["bytes", "none", "int", "list", "float"],
)
def test_wrong_type_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        extract_quotes(value)  # type: ignore[arg-type]


def test_empty_and_blank_text_have_no_quotes() -> None:
    for text in ("", " ", "\n\n\n", "\u00a0\u200b"):
        assert extract_quotes(text) == ()


# -- properties --------------------------------------------------------------------------------

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

GIVEN_NAMES = ["Anna", "Olga", "Pedro", "Ivan", "Maria", "Ruslan", "Lena", "Jonas", "Marta"]
SURNAMES = ["Kavrosk", "Lindqvist", "Petrenko", "Berzins", "Tarasenko", "Varga", "Okafor"]
VERBS = [  # (the words after the name, the cue as printed)
    ("said", "said"),
    ("added", "added"),
    ("warned", "warned"),
    ("told reporters", "told"),
    ("insisted", "insisted"),
]
INVERTIBLE = ["said", "added", "warned"]  # "..., said Anna Kavrosk."
WORDS = [
    "the", "port", "will", "stay", "closed", "border", "talks", "troops", "must", "leave",
    "winter", "prices", "rise", "we", "cannot", "accept", "this", "plan", "now", "never",
    "again", "our", "ships", "are", "ready", "to", "wait", "won't", "nation's", "long",
]  # fmt: skip
LEADS = ["", "Troops moved along the river at dawn. ", "On Monday, the convoy stopped. "]

names = st.builds("{} {}".format, st.sampled_from(GIVEN_NAMES), st.sampled_from(SURNAMES))
clauses = st.lists(st.sampled_from(WORDS), min_size=2, max_size=10).map(
    lambda words: " ".join(words)[0].upper() + " ".join(words)[1:]
)


@st.composite
def attributed_quotes(draw: st.DrawFn) -> tuple[str, list[str], str, str]:
    """A sentence with one quote in a random layout: (text, the quote's pieces, speaker, cue)."""
    name = draw(names)
    said, cue = draw(st.sampled_from(VERBS))
    q1, q2 = draw(clauses), draw(clauses).lower()
    opening, closing = draw(st.sampled_from([('"', '"'), ("\u201c", "\u201d")]))
    layout = draw(st.integers(0, 4))
    if layout == 0:  # "...," Anna Kavrosk said.
        text, pieces = f"{opening}{q1},{closing} {name} {said}.", [f"{q1},"]
    elif layout == 1:  # "...," said Anna Kavrosk.
        cue = said = draw(st.sampled_from(INVERTIBLE))
        text, pieces = f"{opening}{q1},{closing} {said} {name}.", [f"{q1},"]
    elif layout == 2:  # Anna Kavrosk said: "..."
        text, pieces = f"{name} {said}: {opening}{q1}.{closing}", [f"{q1}."]
    elif layout == 3:  # Anna Kavrosk said, "..."
        text, pieces = f"{name} {said}, {opening}{q1}.{closing}", [f"{q1}."]
    else:  # "...," Anna Kavrosk said, "..."
        text = f"{opening}{q1},{closing} {name} {said}, {opening}{q2}.{closing}"
        pieces = [f"{q1},", f"{q2}."]
    return draw(st.sampled_from(LEADS)) + text, pieces, name, cue


@SETTINGS
@given(attributed_quotes())
@example(('"We will stay," Anna Kavrosk said.', ["We will stay,"], "Anna Kavrosk", "said"))
@example(
    (
        '"The port," said Pedro Lindqvist, "will wait."',
        ["The port,", "will wait."],
        "Pedro Lindqvist",
        "said",
    )
)
def test_an_attributed_quote_comes_back_with_its_speaker(
    case: tuple[str, list[str], str, str],
) -> None:
    text, pieces, name, cue = case
    quotes = read(text)
    assert [q.text for q in quotes] == pieces, show(quotes)
    for quote in quotes:
        assert quote.kind is D, show(quotes)
        assert same_speaker(quote.speaker, name), show(quotes)
        assert quote.cue is not None, show(quotes)
        assert quote.cue.text == cue, show(quotes)
        assert quote.paragraph == 0
    assert len({q.group for q in quotes}) == 1, "the pieces of one utterance share a group"


QUOTY = st.text(
    alphabet=st.sampled_from(list("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb \n.,:;?!aAbsid-")),
    max_size=300,
)
QUOTY_WORDS = st.lists(
    st.sampled_from(
        [
            '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "''", '""',
            "said", "she", "he", "told", "according to", "claims", "denied", "called", ":",
            ",", ".", "\n\n", "\n", "Anna Kavrosk", "Kavrosk", "the Kremlin", "Moscow",
            "so-called", "Operation", "Russia's", "won't", "'90s", "rock 'n' roll", "(", ")",
        ]
    ),
    max_size=80,
).map(" ".join)  # fmt: skip
ANY_TEXT = st.text() | QUOTY | QUOTY_WORDS


@SETTINGS
@given(ANY_TEXT)
@example('"')
@example('""""""')
@example("\u201c\u201c\u201d\u201d\u201c")
@example("'''")
@example("\u00ab \u00ab \u00bb")
@example('" said "')
@example('Anna Kavrosk said: "')
@example('"\n\n"\n\n"')
@example("according to")
@example("So-called '' Operation \"\"")
def test_any_text_never_raises_and_every_quote_slices_back(text: str) -> None:
    check_quotes(text, extract_quotes(text))


REALISTIC_PARAGRAPHS = [
    '"We will not leave the port," Anna Kavrosk said.',
    "Troops crossed the river at dawn and the convoy stopped near the bridge.",
    'Pedro Lindqvist said: "The blockade must end now."',
    "The Kremlin claims that the planes carried spare parts.",
    'Anna Kavrosk called the report "fake news" on Tuesday.',
    'Washington\'s so-called "reset" with Moscow collapsed within two years.',
    "Rock 'n' roll returned to Minsk's clubs in the '90s.",
    "\u201cThe port,\u201d Olga Petrenko said, \u201cwill reopen in June.\u201d",
    "According to U.S. officials, the convoy carried weapons.",
    "Olga Petrenko said: \u00abThe border stays closed.\u00bb",
]
MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"]


@st.composite
def marked_texts(draw: st.DrawFn) -> str:
    """Realistic paragraphs with unbalanced quotation marks dropped in anywhere."""
    paragraphs = draw(st.lists(st.sampled_from(REALISTIC_PARAGRAPHS), min_size=1, max_size=6))
    text = "\n\n".join(paragraphs)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(MARKS)) + text[at:]
    return text


@SETTINGS
@given(marked_texts())
def test_unbalanced_marks_anywhere_never_crash(text: str) -> None:
    quotes = check_quotes(text, extract_quotes(text))
    for quote in quotes:
        assert paragraph_count(quote) == 1, f"a piece spans paragraphs: {quote.text!r}"


@st.composite
def quoted_pages(draw: st.DrawFn) -> str:
    """A page: section, headline, paragraphs of which at least one holds an attributed
    quote, and paragraphs of plain text or with other quotes."""
    first, _, _, _ = draw(attributed_quotes())
    paragraphs = [first, *draw(st.lists(st.sampled_from(REALISTIC_PARAGRAPHS), max_size=5))]
    paragraphs = draw(st.permutations(paragraphs))
    headline = draw(
        st.sampled_from(
            [
                "Envoys clash over the port",
                "Kavrosk: 'We will not back down'",
                'Kremlin accuses Kyiv of "nuclear blackmail"',
            ]
        )
    )
    return "World\n\n" + headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


@SETTINGS
@given(quoted_pages())
def test_article_with_quotes_json_round_trip(page: str) -> None:
    article = parse_article(page)
    _check_article_quotes(article)
    assert Article.from_json(article.to_json()) == article
    assert article.quotes, "every generated page holds an attributed quote"


# -- linear time and lone marks ----------------------------------------------------------------

ADVERSARIAL = {
    "straight-double": '"',
    "curly-double-opening": "\u201c",
    "curly-double-closing": "\u201d",
    "straight-single": "'",
    "curly-single": "\u2018",
    "guillemets-spaced": "\u00ab ",
    "guillemets-both": "\u00ab\u00bb ",
    "mixed-marks": "\"a' b\u00ab c\u201c d\u2019 ",
    "empty-quotes": '"" ',
    "quote-words": '"a" "b" ',
    "apostrophes": "Russia's won't '90s 'n' ",
    "saids": "said told according to ",
    "cues-and-no-person": "he President according to, told it it Moscow ",
}

REALISTIC = {
    "short-quoted-paragraphs": '"We will stay," Anna Kavrosk said.\n\n',
    "unclosed-attributed-paragraphs": 'Kavrosk said: "We will stay.\n\n',
    "opening-quote-paragraphs": '"We will stay.\n\n',
    "partial-quotes": 'Anna Kavrosk called the report "fake news" and "a lie." ',
    "indirect-quotes": "The Kremlin claims that the planes carried spare parts. ",
    "pronoun-quotes": '"We will stay," she said. "We will go," he said. ',
    "split-quotes": '"We will stay," she said, "and fight." ',
    # one sentence without end: each verb's reporter and joint are looked for near it
    "two-reporter-clauses": "Ida Quell said the talks failed, and Pedro Soto said they resume; ",
    "closing-attributions": "Soto told officials he would go, Ida Quell said, ",
    "inverted-cues": ", says editor Ida Quell, \u201cwhy not a horseshoe\u201d ",
    "described-speakers": "The Kremlin's spokesman has also said it was fine. ",
    "nominals-after-the-verb": '"We are glad," said one neighbour of the street, ',
    "nominal-complements": "A spokesperson for the family said the talks failed; ",
    "plural-pronouns": 'Acme Corp cut jobs. "We regret it," they said. ',
    # each "the report said" looks back for where a report was brought in
    "documents-looked-back-for": "The report said the port shut, the report said. ",
    "documents-brought-in": "Acme Corp filed a report. The report said costs rose. ",
    # a sentence without end holding many fragments: each looks a long sentence back at most
    "fragments-in-an-endless-sentence": 'a "ghost lease" is when a landlord tells a tenant to go ',
    "display-lines": "'Nobody listens to the crews'\n\n",
    "labels-joined": '"the night crew" -- or, simply, "the crew" and ',
}


LONG_WORD_TEXTS = {
    # each cue read the whole clause opening and copied the long word before the name
    "long-word-then-name": "Yesterday {word} Vladimir Putin{cues}.",
    # each cue ran the gap patterns over the long word between the name and itself
    "name-then-long-word": "Vladimir Putin {word}{cues}.",
}


@pytest.mark.parametrize("name", sorted(LONG_WORD_TEXTS))
@pytest.mark.parametrize("cue", [",said", " told", ' called "x"'])
def test_reading_time_grows_linearly_around_a_very_long_word(name: str, cue: str) -> None:
    """4x the text took 16x as long before the gaps and openings read were bounded."""

    def text(n: int) -> str:
        return LONG_WORD_TEXTS[name].format(word="x" * (20 * n), cues=cue * n)

    assert _ratio(text(1_000), text(4_000)) < 8

PLAIN = "Troops moved along the river at dawn and the convoy stopped near the bridge.\n\n"


def _ratio(small: str, large: str) -> float:
    return growth_ratio(extract_quotes, small, large, bound=8)


def _repeat(unit: str, size: int) -> str:
    return unit * (size // len(unit))


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_reading_time_grows_linearly(name: str) -> None:
    """Four times the input must not take eight times as long (linear ~4x, quadratic ~16x)."""
    unit = ADVERSARIAL[name]
    ratio = _ratio(_repeat(unit, 25_000), _repeat(unit, 100_000))
    assert ratio < 8, f"{name}: 4x the input took {ratio:.1f}x as long"


@pytest.mark.parametrize("name", sorted(REALISTIC))
def test_reading_time_grows_linearly_with_repeated_quotes(name: str) -> None:
    unit = REALISTIC[name]
    ratio = _ratio(_repeat(unit, 25_000), _repeat(unit, 100_000))
    assert ratio < 8, f"{name}: 4x the input took {ratio:.1f}x as long"


@pytest.mark.parametrize(
    "mark", ['"', "\u201c", "'", "\u00ab"], ids=["straight", "curly", "single", "guillemet"]
)
def test_reading_time_grows_linearly_after_a_lone_opening_mark(mark: str) -> None:
    ratio = _ratio(mark + _repeat(PLAIN, 25_000), mark + _repeat(PLAIN, 100_000))
    assert ratio < 8, f"lone {mark!r}: 4x the input took {ratio:.1f}x as long"


@pytest.mark.parametrize("mark", ['"', "\u201c"], ids=["straight", "curly"])
def test_a_lone_opening_mark_does_not_swallow_a_megabyte(mark: str) -> None:
    """A lone opening mark at the top of 1 MB of text: the quote found later is still
    found, and no quote runs past a paragraph or two thousand characters."""
    last = '"We will stay," Anna Kavrosk said.\n'
    text = mark + _repeat(PLAIN, 1_000_000) + last
    quotes = check_quotes(text, extract_quotes(text))
    for quote in quotes:
        assert len(quote.text) <= 2_000, f"a {len(quote.text)}-character quote from a lone mark"
        assert paragraph_count(quote) <= 3, f"a quote over {paragraph_count(quote)} paragraphs"
    assert quotes, "the quote at the end was not found"
    final = quotes[-1]
    assert final.text == "We will stay,", show(quotes[-3:])
    assert final.span.start == text.rindex("We will stay,")
    assert same_speaker(final.speaker, "Anna Kavrosk"), show(quotes[-3:])


def test_a_lone_mark_in_a_paragraph_does_not_reach_the_next_quote() -> None:
    text = (
        'Diplomats feared a "freeze in the talks.\n\n'
        + PLAIN * 3
        + '"We will stay," Anna Kavrosk said.'
    )
    quotes = read(text)
    assert quotes, "the quote after the lone mark was not found"
    assert quotes[-1].text == "We will stay,", show(quotes)
    assert same_speaker(quotes[-1].speaker, "Anna Kavrosk"), show(quotes)
    for quote in quotes:
        assert "Troops" not in quote.text, show(quotes)


# -- pronouns follow the speaker -----------------------------------------------------------


def test_a_pronoun_speaker_goes_on_with_the_person_quoted_before() -> None:
    page = (
        "Border talks stall\n\n"
        '"We are ready," said Ivan Petrenko, the defence minister.\n\n'
        "Analysts compared the plan with one Oleg Sorin drew up in March. "
        '"The border stays shut," he said.\n'
    )
    article = parse_article(page)
    shut = next(q for q in article.quotes if q.text.startswith("The border"))
    assert shut.speaker is not None
    assert shut.speaker.name == "Ivan Petrenko"
    assert shut.speaker_mention is not None
    assert shut.speaker_mention.text == "he"
    # the actors agree with the quotes: the pronoun is Petrenko's mention, not Sorin's
    by_name = {actor.name: actor for actor in article.actors}
    assert shut.speaker_mention in by_name["Ivan Petrenko"].mentions
    assert shut.speaker_mention not in by_name.get("Oleg Sorin", shut.speaker).mentions
    assert shut.speaker == by_name["Ivan Petrenko"]


def test_a_pronoun_of_the_other_gender_does_not_follow_the_speaker() -> None:
    page = (
        "Border talks stall\n\n"
        '"We are ready," said Ivan Petrenko, the defence minister.\n\n'
        "Olga Sorina, the foreign minister, disagreed. "
        '"The border stays shut," she said.\n'
    )
    shut = next(q for q in parse_article(page).quotes if q.text.startswith("The border"))
    assert shut.speaker is not None
    assert shut.speaker.name == "Olga Sorina"


# -- mixed quotes: the reported clause around a fragment ------------------------------------

CLAUSES = [
    pytest.param(
        'Anna Kavrosk said the ceasefire had been "a fragile truce at best."',
        "a fragile truce at best.",
        'the ceasefire had been "a fragile truce at best."',
        id="clause-after-said",
    ),
    pytest.param(
        'The ministry claims that the convoy carried "only medical supplies" to the port.',
        "only medical supplies",
        'the convoy carried "only medical supplies" to the port',
        id="clause-after-claims-that",
    ),
    pytest.param(
        'Anna Kavrosk called the ceasefire "a fragile truce."',
        "a fragile truce.",
        'the ceasefire "a fragile truce."',
        id="framing-verb-frames-its-object",
    ),
    pytest.param(
        '"We will stay," Anna Kavrosk said.',
        "We will stay,",
        None,
        id="direct-quote-has-no-clause",
    ),
    pytest.param(
        'Anna Kavrosk said the minister had called the plan "a gamble" on Monday.',
        "a gamble",
        'the minister had called the plan "a gamble" on Monday',
        id="framing-verb-inside-a-reported-clause",
    ),
    pytest.param(
        'Olga Petrenko said that, "Of course the envoy will defend himself" against the charges.',
        "Of course the envoy will defend himself",
        '"Of course the envoy will defend himself" against the charges',
        id="capitalised-words-after-that-are-a-fragment",
    ),
    pytest.param(
        'The minister wrote to the council on Friday, saying that the port was "ready to reopen."',
        "ready to reopen.",
        'the port was "ready to reopen."',
        id="clause-after-a-participle",
    ),
    pytest.param(
        'A fisher who "takes a few crates" is fined, Ana Berg said.',
        "takes a few crates",
        'A fisher who "takes a few crates" is fined',
        id="clause-first-then-the-reporter",
    ),
    pytest.param(
        'A fisher who "takes a few crates" is fined, said port official Ana Berg.',
        "takes a few crates",
        'A fisher who "takes a few crates" is fined',
        id="clause-first-then-said-and-the-reporter",
    ),
    pytest.param(
        'Pedro Soto is telling voters that the army is "exhausted" after the war.',
        "exhausted",
        'the army is "exhausted" after the war',
        id="clause-after-telling-that",
    ),
]


@pytest.mark.parametrize(("text", "words", "clause"), CLAUSES)
def test_a_partial_quote_in_reported_speech_keeps_its_clause(
    text: str, words: str, clause: str | None
) -> None:
    (quote,) = extract_quotes(text)
    assert quote.text == words
    if clause is None:
        assert quote.clause is None
    else:
        assert quote.clause is not None
        assert quote.clause.text == clause
        assert quote.clause.span.of(text) == clause
        assert quote.clause.span.contains(quote.span)


def test_two_fragments_of_one_reported_clause_share_it() -> None:
    text = (
        'Anna Kavrosk said she wanted to speak "directly to farmers" and tell them '
        'that "the harvest is safe."'
    )
    first, second = extract_quotes(text)
    assert (first.text, second.text) == ("directly to farmers", "the harvest is safe.")
    assert first.clause is not None
    assert second.clause == first.clause
    assert first.clause.text.startswith("she wanted to speak")
    assert second.group == first.group
    assert second.cue is not None
    assert second.cue.text == "said"
    assert second.speaker is not None
    assert second.speaker.name == "Anna Kavrosk"


def test_a_partial_quote_after_an_outer_clause_verb_is_that_speakers() -> None:
    text = 'Pedro Soto said Anna Kavrosk had described the deal as "a trap" for the port.'
    (quote,) = extract_quotes(text)
    assert quote.cue is not None
    assert quote.cue.text == "said"
    assert quote.speaker is not None
    assert quote.speaker.name == "Pedro Soto"


@pytest.mark.parametrize(
    ("relative", "expected"),
    [("which", []), ("who", [("adding incentives for owners", "Frank Clayton")])],
)
def test_which_before_a_clause_verb_reports_no_ones_speech(
    relative: str, expected: list[tuple[str, str]]
) -> None:
    text = (
        "Ben Myers cited an idea from Frank Clayton, a research fellow at Ryerson University, "
        f"{relative} suggests adding incentives for owners."
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


def test_a_split_quote_whose_second_piece_holds_a_full_stop_is_one_group() -> None:
    text = '"These events help us," said Lewis, "get more people watching. We are on TV now."'
    first, second = extract_quotes(text)
    assert first.group == second.group


def test_a_name_after_a_preposition_is_no_subject() -> None:
    text = 'Anna Berg took to Twitter overnight to accuse the council of "a cover-up" at the port.'
    (quote,) = extract_quotes(text)
    assert quote.text == "a cover-up"
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Berg"


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Soto left the talks early, saying that the offer was too low.",
        # the title before the name is no obstacle to its opening the clause
        "Veltrian foreign ministry spokeswoman Ilse Varga hit back on Tuesday, saying that "
        "the offer was too low.",
    ],
    ids=["name-first", "title-first"],
)
def test_participles_report_speech_without_marks(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "the offer was too low"
    assert quote.speaker is not None
    assert quote.speaker.name in ("Pedro Soto", "Ilse Varga")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text in ("Pedro Soto", "Ilse Varga")


# -- fixed after review: inverted clause-first speech, '' openers, German marks, pronouns --


def test_clause_first_then_said_and_a_name() -> None:
    (quote,) = extract_quotes("The talks are over for now, said Anna Kavrosk.")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "The talks are over for now"
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Kavrosk"


@pytest.mark.parametrize(
    "text",
    [
        "''We will not sign,'' Pedro Soto said.",
        "Pedro Soto said: ''We will not sign.''",
        "\u201eWe will not sign\u201c, Pedro Soto said.",
    ],
)
def test_doubled_apostrophes_and_german_marks_open_direct_quotes(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text.rstrip(",.") == "We will not sign"
    assert quote.speaker is not None
    assert quote.speaker.name == "Pedro Soto"


@pytest.mark.parametrize("title", ["Del.", "Amb.", "Sen."])
def test_a_dotted_title_after_the_verb_ends_no_sentence(title: str) -> None:
    """'"...," said Del. Anna Berg.': the full stop of a title in ``roles.TITLES`` is no
    sentence's end, so the name after it is the speaker."""
    (quote,) = extract_quotes(f'"This is a waste of time," said {title} Anna Berg.')
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Berg"


def test_it_after_a_long_quote_is_the_body_named_before_the_quote() -> None:
    """'"...," it said': the body is looked for before the quote's opening mark, not
    within a reach that the quote itself may use up."""
    long_words = " ".join(["Crews are clearing roads across the island today."] * 10)
    text = (
        "BC Hydro said in a statement that 60,000 customers lost power.\n\n"
        "It is very bad for seniors if they have no backup. Rod Peters, Lake Cowichan mayor\n\n"
        f'"{long_words}" it said.'
    )
    quote = the_quote(text, "Crews are clearing")
    assert quote.speaker is not None
    assert quote.speaker.name == "BC Hydro"
    assert quote.cue is not None
    assert quote.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We may sign," Ivan Okafor said. Anna Kavrosk put it this way: "We will not sign."',
            "Anna Kavrosk",
        ),
        ('The talks stalled. The sign on the door of the hall read: "We will not sign."', None),
    ],
    ids=["a-person-opens-the-clause", "no-person-opens-the-clause"],
)
def test_a_clause_and_a_colon_introduce_its_subjects_words(text: str, speaker: str | None) -> None:
    """ "Kavrosk put it this way: '...'": with no reporting verb, a quote after a colon is
    the words of the person the clause before it opens with, not the last speaker's."""
    quote = the_quote(text, "will not sign")
    assert (quote.speaker.name if quote.speaker else None) == speaker


def test_two_curly_single_marks_close_a_curly_double_mark() -> None:
    """A pair of curly right single marks closes a quote that a curly double mark opens, so
    the cue after it is found and the marks are not part of its text."""
    text = "\u201cWe print only local comics,\u2019\u2019 says Alfonso Varga, 39."
    (quote,) = extract_quotes(text)
    assert quote.text == "We print only local comics,"
    assert quote.speaker is not None
    assert quote.speaker.name == "Alfonso Varga"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Alfonso Varga runs the shop. Varga opened it in 2018, and Varga still prints "
            "there. I am talking about Alfonso Varga, who like Ivan Okafor was born in "
            'Mexico. "We print one copy," says the 39-year-old founder of Porthaven Press.',
            "Alfonso Varga",
            id="last-person-named-as-an-object-gives-way-to-the-focus",
        ),
        pytest.param(
            "Alfonso Varga runs the shop. Varga opened it in 2018, and Varga still prints "
            "there. There is a satisfaction in it, insists 16-year-old Xander Wise. "
            '"It takes months," says the self-taught Cambridge resident.',
            "Xander Wise",
            id="last-person-named-as-a-subject-stays",
        ),
    ],
)
def test_a_nominal_no_title_holds(text: str, speaker: str) -> None:
    """A definite nominal no title holds is the person named last nearby, unless that
    person stands as an object; then it is the person the story names most."""
    quote = extract_quotes(text)[-1]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_an_unattributed_quote_after_a_sentence_another_person_opens_is_theirs() -> None:
    """ 'Ivan Okafor did not need coaxing. "..."': a quote with no attribution right after
    a sentence that another person opens is that person's, not the last speaker's."""
    text = (
        '"It deserved to be longer," says Anna Kavrosk. "We went deeper."\n\n'
        'The company asked Ivan Okafor to return. Okafor did not need much coaxing. "I am '
        'thankful for the invitation."\n'
    )
    quote = the_quote(text, "thankful")
    assert quote.speaker is not None
    assert quote.speaker.name == "Ivan Okafor"


def test_an_unattributed_quote_goes_on_with_the_speaker_named_in_between() -> None:
    text = '"It deserved to be longer," says Anna Kavrosk. Kavrosk smiled. "We went deeper."'
    quote = the_quote(text, "deeper")
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Kavrosk"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Many officials said the same, including the former minister Anna Kavrosk -- "
            '"It is a disgrace to hide the files" -- and Ivan Okafor.',
            "Anna Kavrosk",
            id="a-name-before-an-aside-in-dashes",
        ),
        pytest.param(
            "Ivan Okafor said Pedro Soto has seemed close to Anna Kavrosk -- "
            '"a completely different man to me."',
            "Ivan Okafor",
            id="a-name-before-a-dash-that-closes-no-aside",
        ),
    ],
)
def test_a_quote_set_off_by_dashes_after_a_name(text: str, speaker: str) -> None:
    """ "including Kavrosk -- '...' --": an aside in dashes after a name is that person's
    words; a dash that only leads to the sentence's end is not such an aside."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


FRAGMENT_THEN_QUOTE = (
    'Anna Kavrosk voiced her "anger and sorrow" on Twitter, writing "It is unbelievable how '
    'many people are abandoned at sea."'
)


def test_a_fragment_before_does_not_cut_the_clause_of_the_quote_after() -> None:
    """The subject of "writing" opens the sentence, before the fragment in marks."""
    quote = the_quote(FRAGMENT_THEN_QUOTE, "unbelievable")
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Kavrosk"


def test_a_fragment_before_a_participle_is_the_subjects() -> None:
    """'voiced her "anger" on Twitter, writing ...': the subject of the sentence writes,
    not the name right before the participle."""
    quote = the_quote(FRAGMENT_THEN_QUOTE, "anger")
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Kavrosk"


def test_a_pronoun_is_not_the_person_its_verb_takes_as_object() -> None:
    """'"...," he tells Foster': the person quoted before is named as the one told, so
    "he" is someone else (the person the pronoun was resolved to)."""
    page = (
        "Porters\n\n"
        'The porters were called "sleepy car porters," Cecil Foster writes.\n\n'
        "In an interview, former train porter Harold Adams, 76, recalls the long nights. "
        '"I came home and said I am not going back," he tells Foster in the book.\n'
    )
    quotes = parse_article(page).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Cecil Foster",
        "Harold Adams",
    ]


def test_a_person_named_after_a_reporting_verb_in_between_keeps_the_pronoun() -> None:
    """ "..., said Mark Tallis, director of the guild. But he said": the "he" is the person
    just introduced by "said", not the person quoted before."""
    text = (
        '"We are paying for a second brewery," Ivan Okafor said. Okafor runs a brewery. '
        "It is too early to count the losses, said Mark Tallis, director of the Brewers "
        "Guild. But he said small brewers are likely to suffer most."
    )
    quote = the_quote(text, "small brewers")
    assert quote.speaker is not None
    assert quote.speaker.name == "Mark Tallis"


def test_a_person_opening_a_sentence_in_between_keeps_the_pronoun() -> None:
    page = (
        "Talks\n\n"
        '"We will not sign," Anna Kavrosk said.\n\n'
        "Diplomat Mira Tolvan disagreed with her.\n\n"
        '"We should sign," she said.\n'
    )
    quotes = parse_article(page).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Anna Kavrosk",
        "Mira Tolvan",
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("Sources said the minister would resign.", None, "Sources"),
        ("Chilean officials said the talks were over.", "Chile", "Chilean officials"),
        ("The talks are over, Foreign Minister Anna Kavrosk said.", "Anna Kavrosk", None),
    ],
)
def test_reporters_of_indirect_speech(text: str, speaker: str | None, mention: str | None) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.INDIRECT
    assert (quote.speaker.name if quote.speaker else None) == speaker
    if mention is not None:
        assert quote.speaker_mention is not None
        assert quote.speaker_mention.text == mention


DESCRIBED_SPEAKERS = [
    # (text, needle, speaker, the speaker mention): a name inside the description of who
    # speaks; the speaker is the named actor only when the description speaks for it
    pytest.param(
        'The Kremlin\'s spokesman said Moscow "will respond in kind."',
        "will respond in kind.",
        "Russia",
        "The Kremlin's spokesman",
        id="possessive-spokesman-speaks-for",
    ),
    pytest.param(
        "A State Department official said the visit was cancelled.",
        "the visit was cancelled",
        "State Department",
        "A State Department official",
        id="official-of-a-body",
    ),
    pytest.param(
        'Anna Kavrosk won the vote. The Kavrosk campaign has also said it "expects a recount."',
        "expects a recount.",
        "Anna Kavrosk",
        "The Kavrosk campaign",
        id="campaign-before-auxiliaries",
    ),
    pytest.param(
        'Pedro Soto was treated in hospital. "He is recovering well," Soto\'s doctor said.',
        "He is recovering well",
        None,
        "Soto's doctor",
        id="doctor-is-someone-else",
    ),
    pytest.param(
        "Pedro Soto lost the vote. Soto critics said the count was rigged.",
        "the count was rigged",
        None,
        "Soto critics",
        id="critics-are-someone-else",
    ),
    pytest.param(
        'A former Varga Holdings chairman said the merger "was doomed."',
        "was doomed.",
        None,
        "A former Varga Holdings chairman",
        id="former-chairman-no-longer-speaks-for-it",
    ),
]


NOMINALS_WITHOUT_A_TABLE_NOUN = [
    # (text, needle, speaker, mention): the attribution's own nominal, whatever its noun
    pytest.param(
        '"This ruling is a disgrace," wrote a reader.',
        "a disgrace",
        None,
        "a reader",
        id="inverted-indefinite",
    ),
    pytest.param(
        '"We are glad," said one neighbour.',
        "We are glad",
        None,
        "one neighbour",
        id="inverted-quantifier-short-quote-kept",
    ),
    pytest.param(
        'Ida Quell, 52, runs the bakery. "Bread is political," said the affable proprietor.',
        "Bread is political",
        "Ida Quell",
        "the affable proprietor",
        id="inverted-definite-person-of-the-story",
    ),
    pytest.param(
        'Ida Quell, 52, runs the bakery. "We are heartbroken," said the family.',
        "heartbroken",
        None,
        "the family",
        id="inverted-definite-collective-is-no-one-person",
    ),
    pytest.param(
        '"We will appeal," a spokesperson for the family said.',
        "We will appeal",
        None,
        "a spokesperson for the family",
        id="nominal-with-a-complement",
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "speaker", "mention"), DESCRIBED_SPEAKERS + NOMINALS_WITHOUT_A_TABLE_NOUN
)
def test_a_description_of_the_speaker_is_its_mention(
    text: str, needle: str, speaker: str | None, mention: str
) -> None:
    """'The Kremlin's spokesman said', '"...," said a neighbour': the quote has its cue, the
    mention is the whole description (a title), and the speaker the actor named in it when
    the description speaks for it (or the story's focus for "the affable proprietor")."""
    quote = the_quote(text, needle)
    assert quote.cue is not None
    assert (quote.speaker.name if quote.speaker else None) == speaker, show([quote])
    found = quote.speaker_mention
    assert found is not None
    assert (found.text, found.kind) == (mention, MentionKind.TITLE)
    assert found.span.of(text) == mention


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        pytest.param('Acme Corp cut jobs. "We regret it," they said.', "Acme Corp", "they"),
        pytest.param(
            'Ida Quell, 40, joined Acme Corp with Pedro Soto, 41. "We like it," they said.',
            None,
            "they",
            id="a-person-after-the-body",
        ),
        pytest.param('"It was cold," I said.', None, "I", id="first-person"),
        pytest.param('"We will stay," we told the guards.', None, "we", id="we-told"),
    ],
)
def test_plural_and_first_person_pronouns_attribute_direct_quotes(
    text: str, speaker: str | None, mention: str
) -> None:
    """'"...," they said': a quote with its cue and the pronoun; "they" is a body named
    shortly before it, with no person after that body."""
    (quote,) = extract_quotes(text)
    assert quote.kind is D
    assert quote.cue is not None
    assert (quote.speaker.name if quote.speaker else None) == speaker
    assert quote.speaker_mention is not None
    assert (quote.speaker_mention.text, quote.speaker_mention.kind) == (mention, PRONOUN)


@pytest.mark.parametrize(
    "verb", ["demanded", "quipped", "wondered", "exclaimed", "pleaded", "whispered", "scoffed"]
)
def test_verbs_of_manner_attribute_a_quote(verb: str) -> None:
    """'"...," Soto demanded.': manner-of-speaking verbs are cues (``SPEECH_VERB_EXTRA``)."""
    text = f'Pedro Soto, 44, rose. "Why not now?" Soto {verb}.'
    (quote,) = extract_quotes(text)
    assert quote.text == "Why not now?"
    assert quote.speaker is not None
    assert quote.speaker.name == "Pedro Soto"
    assert quote.cue is not None
    assert quote.cue.text == verb


def test_a_participle_after_an_opening_phrase_takes_the_subject() -> None:
    """'During ..., Soto attacked ... Libya, saying, "..."': Soto speaks, not Libya."""
    text = (
        "During a speech earlier in the day, Pedro Soto attacked Ida Quell for her support "
        'of action in Iraq and Libya, saying, "She is reckless."'
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Pedro Soto"


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        pytest.param(
            "Pedro Soto, 44, left Oslo. His aides said it was too early to discuss a run.",
            "Pedro Soto",
            "His aides",
            id="his-aides",
        ),
        pytest.param(
            "Ida Quell, 50, was ill. Her campaign said that she has pneumonia.",
            "Ida Quell",
            "Her campaign",
            id="her-campaign",
        ),
        pytest.param(
            'Pedro Soto, 44, left. "We will not comment," his office said.',
            "Pedro Soto",
            "his office",
            id="his-office-after-the-quote",
        ),
        pytest.param(
            'Acme Corp was sued. Their lawyers said the claim "has no merit."',
            "Acme Corp",
            "Their lawyers",
            id="their-lawyers-a-body",
        ),
        pytest.param(
            'Pedro Soto, 44, left. "He is tired," his wife said.',
            None,
            "his wife",
            id="his-wife-is-someone-else",
        ),
    ],
)
def test_a_possessive_pronoun_and_a_proxy_speak_for_its_owner(
    text: str, speaker: str | None, mention: str
) -> None:
    """'his aides said': the person "his" stands for, when the noun speaks for its owner
    (``cues.PROXY_NOUNS``); the mention is the whole nominal."""
    (quote,) = extract_quotes(text)
    assert (quote.speaker.name if quote.speaker else None) == speaker, show([quote])
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


def test_a_description_no_title_holds_is_the_storys_focus() -> None:
    """'"...," said the affable proprietor': of the people named nearby, the one the story
    names most often, not the customer named last."""
    text = (
        "Ida Quell, 50, runs the shop. Quell opened it in 2010 and Quell still works there.\n\n"
        'Pedro Soto, 30, a customer, comes every week. "It is my life," said the affable '
        "proprietor."
    )
    quote = the_quote(text, "my life")
    assert quote.speaker is not None
    assert quote.speaker.name == "Ida Quell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Acme Corp sued Pedro Soto, 44, on Monday. The lawsuit says Soto "misled investors."',
            "Acme Corp",
        ),
        (
            'The Federal Court ruled on Monday. The ruling said the ban "goes too far."',
            "Federal Court",
        ),
    ],
)
def test_a_legal_document_speaks_for_its_issuer(text: str, speaker: str) -> None:
    """ "The lawsuit says", "the ruling said": the body that issued it (``DOCUMENT_NOUNS``)."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "James Soto filed a lawsuit against the Kelowna Hawks in May. The team failed to "
            "protect him, the lawsuit says.",
            "James Soto",
            id="the-subject-that-brought-it-in",
        ),
        pytest.param(
            "A report by the Budget Office came out in May. Rail Canada met Ana Lind on Friday. "
            "Spending has risen every year since 2016, the report said.",
            "Budget Office",
            id="by-after-an-earlier-mention",
        ),
        pytest.param(
            "The Civic Trust's new study was released on Monday. Ana Lind read it. Retail "
            "employed most young workers in 2017, the study said.",
            "Civic Trust",
            id="owner-before-an-earlier-mention",
        ),
        pytest.param(
            "Prosecutors said in a criminal complaint that James Soto had planned the raid. He "
            "taped the doors shut and left at noon, the complaint said.",
            None,
            id="brought-in-with-no-named-issuer",
        ),
        pytest.param(
            "Ana Lind spoke on Friday.\n\nOn Thursday, a private survey said that "
            "factories had slowed in January.",
            None,
            id="an-indefinite-document-looks-in-its-own-paragraph",
        ),
        pytest.param(
            "The Harbour Authority wrote to the council on Friday. A statement said the port "
            'was "closed until further notice."',
            "Harbour Authority",
            id="an-indefinite-document-of-a-body-named-before",
        ),
    ],
)
def test_a_document_is_its_issuers_where_the_text_brought_it_in(
    text: str, speaker: str | None
) -> None:
    """ "the report said" goes back to where the text brought the report in: "a report by
    X", "X's study", "X filed a lawsuit"; a complaint brought in by no actor has no
    speaker, not the person named last."""
    quote = extract_quotes(text)[-1]
    assert (quote.speaker.name if quote.speaker else None) == speaker


def test_a_name_right_before_the_verb_is_no_description() -> None:
    (quote,) = extract_quotes("Pedro Soto has also said the talks were over.")
    assert quote.speaker_mention is not None
    assert (quote.speaker_mention.text, quote.speaker_mention.kind) == ("Pedro Soto", NAME)


def test_a_demonym_before_soldiers_or_things_is_no_speaker() -> None:
    assert extract_quotes("Russian troops said nothing.") == ()
    assert not [q for q in extract_quotes("The Russian convoy said to be near.") if q.speaker]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("\u201cThe talks are over.\u201d -Foreign Minister Anna Kavrosk", "Anna Kavrosk"),
        ('"The talks are over," -- Anna Kavrosk', "Anna Kavrosk"),
        ("\u201cThe talks are over.\u201d \u2015 Anna Kavrosk, Porthaven", "Anna Kavrosk"),
        ('"The talks are over." - Anna Kavrosk, a fisher from the coast', "Anna Kavrosk"),
    ],
)
def test_a_quote_signed_with_a_dash(text: str, quoted: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == quoted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Olga met the envoy. "Lorem ipsum." He nodded.', True),
        ('The panel was titled "Legend in the Coal Fields." It ran late.', False),
        ('The transcript reads "(CROSSTALK.)" at that point.', False),
        ('Kavrosk spoke first. "Kevin was snoring." Nobody laughed.', True),
    ],
)
def test_short_sentences_in_marks_are_quotes_titles_are_not(text: str, kept: bool) -> None:
    assert bool(extract_quotes(text)) is kept


def test_reported_speech_beside_a_quote_in_the_same_sentence() -> None:
    text = 'Anna Kavrosk called the offer "an insult" and said the talks were over.'
    assert [(q.kind, q.text) for q in extract_quotes(text)] == [
        (QuoteKind.PARTIAL, "an insult"),
        (QuoteKind.INDIRECT, "the talks were over"),
    ]


def test_no_reported_speech_is_read_inside_quoted_words() -> None:
    text = '"The talks failed. They said we would leave," Anna Kavrosk said.'
    assert [q.kind for q in extract_quotes(text)] == [QuoteKind.DIRECT]


def test_a_floating_quote_after_a_person_is_introduced_is_theirs() -> None:
    page = (
        "Harbour town waits\n\n"
        "Lena Berg, 52, has fished off the island for thirty years.\n\n"
        '"Nobody asked us what we think."\n'
    )
    (quote,) = parse_article(page).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Lena Berg"
    assert quote.cue is None


def test_a_floating_quote_after_a_body_announces_is_the_bodys() -> None:
    page = (
        "Harbour town waits\n\n"
        "On Monday, FjordLink announced a return of the ferries by June.\n\n"
        '"Safety comes first, and the new quay is safe."\n'
    )
    (quote,) = parse_article(page).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "FjordLink"
    assert quote.speaker.kind is ActorKind.ORGANIZATION


def test_a_floating_quote_goes_on_past_a_paragraph_that_names_no_one() -> None:
    page = (
        "Harbour town waits\n\n"
        '"The quotas are too low," Lena Berg said.\n\n'
        "The harbour has been closed since the storm in March.\n\n"
        '"Nobody asked us what we think."\n'
    )
    first, second = parse_article(page).quotes
    assert first.speaker is not None
    assert second.speaker is not None
    assert second.speaker.name == first.speaker.name == "Lena Berg"


def test_a_floating_quote_does_not_go_on_past_a_paragraph_naming_someone() -> None:
    page = (
        "Harbour town waits\n\n"
        '"The quotas are too low," Lena Berg said.\n\n'
        "The harbour master, Tomas Ekberg, closed the port in March.\n\n"
        '"Nobody asked us what we think."\n'
    )
    first, second = parse_article(page).quotes
    assert first.speaker is not None
    assert first.speaker.name == "Lena Berg"
    assert second.speaker is None or second.speaker.name != "Lena Berg"


def test_a_floating_quote_far_from_any_person_has_no_speaker() -> None:
    page = (
        "Harbour town waits\n\n"
        "Lena Berg, 52, has fished off the island for thirty years.\n\n"
        "The harbour has been closed since the storm in March.\n\n"
        "Boats lie idle along the quay and the fish market is empty.\n\n"
        '"Nobody asked us what we think."\n'
    )
    (quote,) = parse_article(page).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The vote was fair," said Porthaven Council President Ana Berg.', "Ana Berg"),
        ('"It was fair," said Example Wire reporter Pedro Soto on Monday.', "Pedro Soto"),
        ('"It was fair," said the Porthaven Council.', "Porthaven Council"),
    ],
)
def test_said_a_body_then_a_person_gives_the_person(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_an_age_in_an_appositive_makes_a_person_who_can_speak() -> None:
    page = (
        "Rally in Porthaven\n\n"
        "Ivo Marek spoke to supporters in Porthaven on Monday.\n\n"
        'Quina Jonsdottir, 25, came with her sister. "Nobody listens to us," she said.\n'
    )
    (quote,) = parse_article(page).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Quina Jonsdottir"


def test_a_pronoun_nobody_named_fits_stays_unresolved() -> None:
    # Sergei Lavrov is a man in the table of well-known people: "she" is not him.
    page = (
        "Rally in Porthaven\n\n"
        "Sergei Lavrov spoke to supporters in Porthaven on Monday.\n\n"
        'A woman in the crowd came with her sister. "Nobody listens to us," she said.\n'
    )
    (quote,) = parse_article(page).quotes
    assert quote.speaker is None
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "she"


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Soto plans to claim that the vote was rigged.",
        "Pedro Soto may argue that the vote was rigged.",
        "Pedro Soto will announce that the port is closing.",
    ],
)
def test_speech_not_yet_made_is_no_indirect_quote(text: str) -> None:
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The company did not say whether it agreed to the conditions.",
        "Pedro Soto didn't say the vote was rigged.",
        "Pedro Soto won\u2019t say what the message is about.",
        "Pedro Soto never claimed that the vote was rigged.",
    ],
)
def test_speech_denied_by_a_negation_is_no_indirect_quote(text: str) -> None:
    assert extract_quotes(text) == ()


def test_a_negation_elsewhere_in_the_sentence_keeps_the_report() -> None:
    (quote,) = extract_quotes("Pedro Soto said the port would not open on Monday.")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "the port would not open on Monday"


def test_critics_argue_that_is_reported_speech() -> None:
    (quote,) = extract_quotes("Critics argue that the vote was rigged.")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "the vote was rigged"


def test_two_coordinated_reporting_verbs_give_two_clauses() -> None:
    text = "Pedro Soto said the port was open, and said the ships were late."
    first, second = extract_quotes(text)
    assert (first.text, second.text) == ("the port was open", "the ships were late")
    for quote in (first, second):
        assert quote.kind is QuoteKind.INDIRECT
        assert quote.speaker is not None
        assert quote.speaker.name == "Pedro Soto"


def test_an_unresolved_he_reports_indirect_speech() -> None:
    (quote,) = extract_quotes("The harbour will stay closed until spring, he said.")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "The harbour will stay closed until spring"
    assert quote.speaker is None
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "he"


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "The offer was turned down, Porthaven Council adviser Ana Berg told reporters.",
            "The offer was turned down",
            "Ana Berg",
        ),
        (
            "Markets are nervous, bank market strategist Pedro Soto said in a note.",
            "Markets are nervous",
            "Pedro Soto",
        ),
    ],
)
def test_clause_first_then_a_titled_name(text: str, clause: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == clause
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "clause", "mention"),
    [
        (
            "A person familiar with the negotiations says the deal was done to cut costs.",
            "the deal was done to cut costs",
            "A person familiar with the negotiations",
        ),
        (
            "Two officials briefed on the plan said the talks would resume on Monday.",
            "the talks would resume on Monday",
            "Two officials briefed on the plan",
        ),
        (
            "Sources close to the minister said she would resign.",
            "she would resign",
            "Sources close to the minister",
        ),
        (
            "The talks went on, and sources familiar with the plan said it would pass.",
            "it would pass",
            "sources familiar with the plan",  # "and" opens a clause: no modifier
        ),
        (
            "Some experts say the rule will not survive a challenge in court.",
            "the rule will not survive a challenge in court",
            "Some experts",  # a quantifier opens the nominal like an article
        ),
        (
            "Nutrition experts say the new guide drops juice from the healthy drinks.",
            "the new guide drops juice from the healthy drinks",
            "Nutrition experts",  # a capitalised word opening the clause modifies the noun
        ),
        (
            "But observers say the vote was rigged in the north.",
            "the vote was rigged in the north",
            "observers",  # a clause opener is no modifier, capitalised or not
        ),
        (
            "Several analysts said the currency would fall further.",
            "the currency would fall further",
            "Several analysts",
        ),
    ],
)
def test_anonymous_sources_are_nominal_speakers(text: str, clause: str, mention: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.text == clause
    assert quote.speaker is None
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


def test_a_demonym_opening_the_clause_keeps_the_country_as_speaker() -> None:
    """'Chinese officials said': the officials speak for China; the mention is theirs."""
    (quote,) = extract_quotes("Chinese officials said the plan would fail.")
    assert quote.speaker is not None
    assert quote.speaker.name == "China"
    assert quote.speaker_mention is not None
    assert (quote.speaker_mention.text, quote.speaker_mention.kind) == (
        "Chinese officials",
        MentionKind.TITLE,
    )


@pytest.mark.parametrize(
    ("text", "clause", "addressee"),
    [
        (
            "Porthaven Council told Example Wire it had not studied the plan.",
            "it had not studied the plan",
            "Example Wire",
        ),
        (
            "Pedro Soto told reporters the port would reopen on Monday.",
            "the port would reopen on Monday",
            "reporters",
        ),
        (
            "Pedro Soto told them the port would reopen on Monday.",
            "the port would reopen on Monday",
            "them",
        ),
        (
            "Pedro Soto told the jury he had never seen the boat.",
            "he had never seen the boat",
            "the jury",
        ),
        ("Pedro Soto told the grand jury he was innocent.", "he was innocent", "the grand jury"),
        (
            "Pedro Soto told investigators he had sold the boat.",
            "he had sold the boat",
            "investigators",
        ),
        (
            "Pedro Soto told the Porthaven Gazette he would run.",
            "he would run",
            "Porthaven Gazette",
        ),
    ],
)
def test_told_an_addressee_then_a_clause(text: str, clause: str, addressee: str | None) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == clause
    assert (quote.addressee.text if quote.addressee else None) == addressee


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Soto told the committee about the port.",
        "Pedro Soto told the story of the port.",
        "Pedro Soto told the crowd to go home.",
        "Pedro Soto told Ana Berg to leave.",
    ],
)
def test_told_without_a_clause_is_no_indirect_quote(text: str) -> None:
    assert extract_quotes(text) == ()


def test_about_before_a_number_opens_a_clause() -> None:
    (quote,) = extract_quotes("Ana Berg says about 550 pupils attend the school.")
    assert quote.text == "about 550 pupils attend the school"


def test_a_sentence_may_open_with_two_apostrophes() -> None:
    text = "''We will not pay it all,'' Pedro Soto said. ''Do what you can now, and build on it.''"
    first, second = extract_quotes(text)
    assert second.text == "Do what you can now, and build on it."
    assert second.kind is QuoteKind.DIRECT
    assert second.speaker is not None
    assert second.speaker.name == "Pedro Soto"
    assert second.group == first.group


def test_an_attribution_set_off_by_commas_splits_the_reported_speech() -> None:
    first, second = extract_quotes("Too often, Dave Marten says, the cuts come late.")
    assert (first.text, second.text) == ("Too often", "the cuts come late")
    assert first.group == second.group
    for quote in (first, second):
        assert quote.kind is QuoteKind.INDIRECT
        assert quote.speaker is not None
        assert quote.speaker.name == "Dave Marten"
        assert quote.cue is not None
        assert quote.cue.text == "says"


def test_an_appositive_is_not_a_parenthetical_attribution() -> None:
    (quote,) = extract_quotes("Ana Berg, the mayor, said the port would reopen.")
    assert quote.text == "the port would reopen"


@pytest.mark.parametrize(
    ("text", "clause", "mention"),
    [
        (
            "According to the report, the port handled 2 million tonnes.",
            "the port handled 2 million tonnes",
            "the report",
        ),
        (
            "The port handled 2 million tonnes, according to officials.",
            "The port handled 2 million tonnes",
            "officials",
        ),
    ],
)
def test_according_to_a_nominal_source(text: str, clause: str, mention: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == clause
    assert quote.speaker is None
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "Ana Berg said Monday the port would reopen.",
        "Ana Berg said on Friday the port would reopen.",
    ],
)
def test_a_time_word_after_the_verb_is_not_part_of_the_clause(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.text == "the port would reopen"


def test_an_unresolved_pronoun_may_stand_without_a_speaker() -> None:
    """Found by hypothesis: a "he" nobody is named for reports with no speaker actor."""
    text = 'He claim" it was 0 0'
    (quote,) = check_quotes(text, extract_quotes(text))
    assert quote.speaker is None
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.kind is MentionKind.PRONOUN


def test_a_person_named_only_in_a_photo_caption_is_not_the_he_or_she_of_the_story() -> None:
    page = (
        "Shelters fill up as the cold sets in\n\n"
        "Nadia Holm runs a drop-in centre by the harbour. She has worked there for ten years.\n\n"
        "Volunteers put up three tents in the park on Friday. (Sarah Lind / Harbour Radio)\n\n"
        "Many visitors say they cannot afford a flat.\n\n"
        '"The people who come here are not all alike," she said.'
    )
    article = parse_article(page)
    assert [photo.caption.text for photo in article.photos if photo.caption] == [
        "Volunteers put up three tents in the park on Friday."
    ]
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Nadia Holm"
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "she"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Berg with the Harbour Safety Agency says the port is closing.", "Ana Berg"),
        ("Professor Ana Berg at the University of Porthaven says the ice is thinning.", "Ana Berg"),
        ('"The ice is thinning," Ana Berg of the Polar Institute said.', "Ana Berg"),
        (
            "The head of the Harbour Safety Agency says the port is closing.",
            "Harbour Safety Agency",
        ),
    ],
)
def test_a_person_joined_to_a_body_speaks_for_it(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


def test_a_team_in_the_title_after_said_is_no_speaker() -> None:
    text = '"They beat us everywhere," said Harbourers head coach Tomas Lind.'
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Tomas Lind"
    assert all(actor.key != "harbourers" for actor in extract_actors(text))


@pytest.mark.parametrize(
    ("text", "fragment", "clause"),
    [
        (
            'Pedro Soto called Vladimir Putin a "strong leader" on Monday.',
            "strong leader",
            'Vladimir Putin a "strong leader"',
        ),
        ('Ana Berg described the plan as "reckless".', "reckless", 'the plan as "reckless"'),
    ],
)
def test_a_framed_fragment_has_the_framed_words_as_its_clause(
    text: str, fragment: str, clause: str
) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.text == fragment
    assert quote.clause is not None
    assert quote.clause.text == clause
    assert text[quote.clause.span.start : quote.clause.span.end] == clause


def test_a_framed_fragment_far_from_its_verb_has_no_clause() -> None:
    text = (
        "Pedro Soto called the long and winding plan of the harbour board for the next "
        'decade "a gamble" on Monday.'
    )
    (quote,) = extract_quotes(text)
    assert quote.clause is None


def test_a_partial_quote_without_a_named_speaker_keeps_its_clause() -> None:
    text = (
        "In the interview, the former trade secretary and current candidate said she wanted to "
        'speak "directly to farmers" and let them know.'
    )
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.PARTIAL
    assert quote.speaker is None
    assert quote.clause is not None
    assert quote.clause.text == 'she wanted to speak "directly to farmers" and let them know'


def test_a_bare_line_of_page_chrome_gives_no_quote() -> None:
    """As in parse_article: a related-story link is page chrome, not the story."""
    text = (
        "The ferry strike ended on Monday.\n"
        "READ MORE: Porthaven mayor says the port will reopen\n"
        '"We are back at work," Ivan Okafor said.'
    )
    (quote,) = check_quotes(text, extract_quotes(text))
    assert quote.speaker is not None
    assert quote.speaker.name == "Ivan Okafor"
    assert quote.paragraph == 2


def test_a_bare_line_ending_in_a_photo_credit_is_a_caption() -> None:
    """As in parse_article: no quotes from a photo caption, its photographer is no "she"
    of the story, and paragraph numbers still count the caption's line."""
    text = (
        "Nadia Holm runs the shelter by the harbour.\n"
        "Ines Duarte said the tents were full. (Lena Marsh / Harbour Radio)\n"
        '"We need more beds," she said.'
    )
    (quote,) = check_quotes(text, extract_quotes(text))
    assert quote.text == "We need more beds,"
    assert quote.speaker is not None
    assert quote.speaker.name == "Nadia Holm"
    assert quote.paragraph == 2


@pytest.mark.parametrize(
    "text",
    [
        "The harbour strike, week three\n\n'Nobody listens to the crews'\n\nThe strike went on.",
        "\u2018We were never asked\u2019\n\nAnna Kavrosk has fished here for years.",
        '"Sixty days on the picket line"\n\nThe union met again on Monday.',
    ],
)
def test_a_line_that_is_only_words_in_marks_without_a_stop_is_a_display_line(
    text: str,
) -> None:
    """A pull quote or a subheading set in marks repeats the story's words: no quote."""
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Anna Kavrosk spoke first.\n\n'We will not leave the harbour.'",
        "Anna Kavrosk spoke first.\n\n\u201cThe crews were told: \u2018wait.\u2019\u201d",
        # a paragraph of speech longer than a subheading, its stop missing
        "Anna Kavrosk spoke first.\n\n\u201cWe have fished these waters for four"
        " generations and we will go on fishing them whatever the ministry decides\u201d",
    ],
)
def test_a_paragraph_of_speech_in_marks_is_still_a_quote(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Kavrosk"


def test_a_headline_in_marks_without_a_stop_is_still_a_quote() -> None:
    text = "'We will not leave'\n\nAnna Kavrosk said on Monday the crews will stay."
    article = parse_article(text)
    assert [q.text for q in article.quotes if q.in_headline] == ["We will not leave"]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh had been diagnosed with cancer and told he had months to live.",
        "Ivo Marsh was told that the clinic would close.",
        "The costs are lower than the Transit Board says they will be next year.",
        "Fares rose faster than Pedro Soto said they would rise this year.",
    ],
)
def test_a_passive_told_or_a_comparison_reports_no_speech(text: str) -> None:
    assert extract_quotes(text) == ()


def test_told_with_someone_told_still_reports_speech() -> None:
    (quote,) = extract_quotes("Ivo Marsh told reporters he had months to live.")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.speaker is not None
    assert quote.speaker.name == "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a private survey suggested that ferry traffic had slowed in May.",
        "The survey suggested that ferry traffic had slowed in May.",
        "A Harbour Gazette review of the port records suggests that 4,000 boats were refitted.",
        "A study by the Transit Board indicated that fares rose twice as fast as wages.",
        "A survey commissioned by the Transit Board suggested that fares were too high.",
    ],
)
def test_a_finding_that_points_to_something_reports_no_speech(text: str) -> None:
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Anna Kavrosk suggested that ferry traffic had slowed in May.", "Anna Kavrosk"),
        ("The author of the survey, Anna Kavrosk, suggested that fares were too high.",
         "Anna Kavrosk"),
        ("The Transit Board indicated that fares would rise in May.", "Transit Board"),
        # "said" is speech whatever its subject: the survey's issuer speaks
        ("A survey by the Transit Board said that fares would rise.", "Transit Board"),
    ],
)
def test_a_speaker_or_a_document_that_says_still_reports_speech(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Acme withdrew an app called "Screen Meter" that had tracked its users.',
        'The porters were sometimes referred to as "the night crew" by passengers.',
        'The ferry, known locally as "the old lady," sailed at dawn.',
        "The book, entitled \u201cNets and Knots,\u201d came out in May.",
        'Critics dismissing Ivo Marsh as dull should watch him dispatch the hapless "Night Owl" '
        "who rushed the stage.",
    ],
)
def test_names_and_labels_in_marks_are_no_quotes(text: str) -> None:
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Anna Kavrosk called the plan "a disgrace" on Monday.', "a disgrace"),
        ('Anna Kavrosk ran what she called "Harbour Fisheries Inc." for years.',
         "Harbour Fisheries Inc."),
        ('Anna Kavrosk staged what she called her own "Harbour Surprise" in May.',
         "Harbour Surprise"),
    ],
)
def test_called_by_a_speaker_is_still_a_quote(text: str, words: str) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.kind, quote.text) == (QuoteKind.PARTIAL, words)
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Kavrosk"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Ivo Marsh said the video is the kindest thing that anyone has done for him.",
            "the video is the kindest thing that anyone has done for him",
        ),
        (
            "Ivo Marsh said in a statement that the clinic would close.",
            "the clinic would close",
        ),
    ],
)
def test_a_that_after_a_clause_of_its_own_opens_a_relative_clause(
    text: str, clause: str
) -> None:
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == clause


def test_a_word_in_marks_being_defined_is_no_quote() -> None:
    text = 'A "ghost lease" is when a landlord tells a tenant they have to move out.'
    assert extract_quotes(text) == ()


def test_words_in_marks_before_is_after_a_speech_verb_are_still_a_quote() -> None:
    (quote,) = extract_quotes('Pedro Soto said "the deal" is dead.')
    assert quote.text == "the deal"
    assert quote.speaker is not None
    assert quote.speaker.name == "Pedro Soto"


def test_an_alternative_to_a_label_in_marks_is_a_label_too() -> None:
    text = (
        'The porters were sometimes referred to as "the night crew" -- or, simply, '
        '"the crew." Both names stuck.'
    )
    assert extract_quotes(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "As Ivo Marsh reports, a rally is planned by those who say the harbour plan is flawed.",
        "Pedro Soto met anyone who claims the ferry will close.",
    ],
)
def test_people_no_one_names_who_say_something_are_no_speaker(text: str) -> None:
    assert extract_quotes(text) == ()

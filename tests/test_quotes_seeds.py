"""Issue 5's proof on the two seed pages in ../shared/seeds, read at run time.

The pages are read through the helpers of ``conftest.py``, which skip with a
reason when ../shared is not beside the checkout. Nothing of their sentences
is copied here: each quote is picked out by a short distinctive substring of
its text (a few words), checked first to occur in the page, and the
expectations are the speakers issue 5 lists. Speakers are compared by
``actor_key``, so "Juan Guaido" matches the display name "Juan Guaidó".
"""

from __future__ import annotations

import functools

import pytest
from tests.conftest import read_text, seed_path
from tests.invariants import assert_surfaces

from geopol_news import ActorKind, Article, MentionKind, actor_key, extract_actors, parse_article
from geopol_news.data import calendar
from geopol_news.model import Quote, QuoteKind

D, PT, IN = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT

# "the Kremlin" is a seat of government: the library reads it as a mention of its country
_KREMLIN_KEYS = {actor_key(a.name) for a in extract_actors("The Kremlin said so.")} | {"kremlin"}


@functools.cache
def _parse(prefix: str) -> Article:
    return parse_article(read_text(seed_path(prefix)))


def seed(prefix: str) -> Article:
    article = _parse(prefix)
    assert_surfaces(article)
    return article


def show(quotes: tuple[Quote, ...] | list[Quote]) -> str:
    lines = []
    for q in quotes:
        who = q.speaker.name if q.speaker is not None else None
        lines.append(f"  ({q.text[:60]!r}, {q.kind.value}, speaker={who!r})")
    return "\n".join(lines) or "  (no quotes)"


def quotes_with(
    article: Article, needle: str, *, exact: bool = False, in_headline: bool | None = None
) -> list[Quote]:
    """The quotes whose text contains *needle* (or, with *exact*, is *needle* give or take
    the punctuation printed inside the marks); at least one must exist."""
    assert needle in article.source, f"{needle!r} is not in the sample page: has it changed?"
    found = [
        q
        for q in article.quotes
        if (q.text.strip(" ,.;:") == needle if exact else needle in q.text)
        and (in_headline is None or q.in_headline is in_headline)
    ]
    assert found, f"no quote with {needle!r} (in_headline={in_headline}); found:\n" + show(
        article.quotes
    )
    return found


def quote_with(article: Article, needle: str, **kwargs: bool) -> Quote:
    found = quotes_with(article, needle, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, f"{len(found)} quotes with {needle!r}:\n{show(found)}"
    return found[0]


def speaker_key(quote: Quote) -> str | None:
    return quote.speaker.key if quote.speaker is not None else None


# (page, distinctive substring, speaker, kind or None when not checked, exact match)
SPEAKERS = [
    # the CBS page
    ("002", "airplane on the tarmac", "Mike Pompeo", D, False),
    ("002", "fake", "Maria Zakharova", PT, True),
    ("002", "dirty propaganda", "Maria Zakharova", D, False),
    ("002", "typical information war", "Maria Zakharova", D, False),
    ("002", "usurper", "Juan Guaido", PT, True),
    ("002", "to get out", "Donald Trump", PT, False),
    ("002", "Harsh confrontation", "Vladimir Frolov", D, False),
    ("002", "political theater", "Vladimir Frolov", D, False),
    ("002", "a one-way street", "Tatyana Rusakova", None, False),
    ("002", "wouldn't say that", "Tatyana Rusakova", None, False),
    ("002", "military personnel that arrived", "Konstantin Makienko", D, False),
    ("002", "military ally, like", "Ruslan Pukhov", D, False),
    ("002", "strategy to confront", "Vladimir Frolov", D, False),
    ("002", "The logic is", "Vladimir Frolov", D, False),
    ("002", "convincing Venezuelan leader", "Russia", IN, False),
    ("002", "having had any plan", "Nicolas Maduro", IN, False),
    # the CNBC page
    ("000", "will not stand idly by", "Mike Pompeo", D, False),
    ("000", "continued insertion of Russian", "Mike Pompeo", D, False),
    ("000", "unconstructive behavior", "Mike Pompeo", PT, True),
    ("000", "violation of the UN Charter", "Sergei Lavrov", D, False),
    ("000", "keep all options open", "Juan Guaido", PT, True),
]


@pytest.mark.parametrize(
    ("prefix", "needle", "speaker", "kind", "exact"),
    [pytest.param(*row, id=f"{row[0]}-{row[1]}") for row in SPEAKERS],
)
def test_seed_quote_speaker(
    prefix: str, needle: str, speaker: str, kind: QuoteKind | None, exact: bool
) -> None:
    article = seed(prefix)
    quote = quote_with(article, needle, exact=exact, in_headline=False)
    assert speaker_key(quote) == actor_key(speaker), show([quote])
    if kind is not None:
        assert quote.kind is kind, show([quote])
    assert quote.in_headline is False
    assert quote.paragraph is not None, quote
    assert article.body[quote.paragraph].span.contains(quote.span), quote


def test_seed_002_information_war_in_the_story_is_zakharova() -> None:
    article = seed("002")
    quote = quote_with(article, "information war", exact=True, in_headline=False)
    assert speaker_key(quote) == actor_key("Maria Zakharova"), show([quote])
    assert quote.kind is PT, show([quote])


def test_seed_002_information_war_in_the_headline() -> None:
    article = seed("002")
    assert article.headline is not None
    quote = quote_with(article, "information war", exact=True, in_headline=True)
    assert article.headline.span.contains(quote.span), quote
    assert quote.paragraph is None
    assert speaker_key(quote) == actor_key("Maria Zakharova"), show([quote])


@pytest.mark.parametrize("needle", ["dirty propaganda", "typical information war"])
def test_seed_002_rtvi_quotes_are_hers(needle: str) -> None:
    """Both quotes of the RTVI paragraph: the speaker is named by "she", told RTVI."""
    quote = quote_with(seed("002"), needle)
    assert quote.speaker_mention is not None, show([quote])
    assert quote.speaker_mention.text.casefold() == "she", quote.speaker_mention
    assert quote.speaker_mention.kind is MentionKind.PRONOUN


def test_seed_002_rtvi_is_the_addressee() -> None:
    quote = quote_with(seed("002"), "dirty propaganda")
    assert quote.addressee is not None, show([quote])
    assert "RTVI" in quote.addressee.text, quote.addressee


def test_seed_002_frolov_told_cbs_news() -> None:
    quote = quote_with(seed("002"), "Harsh confrontation")
    assert quote.addressee is not None, show([quote])
    assert "CBS News" in quote.addressee.text, quote.addressee
    assert quote.cue is not None, show([quote])
    assert quote.cue.text == "told", quote.cue


def test_seed_002_he_said_after_according_to_analyst_frolov() -> None:
    quote = quote_with(seed("002"), "strategy to confront")
    assert quote.speaker_mention is not None, show([quote])
    assert quote.speaker_mention.text.casefold() == "he", quote.speaker_mention
    assert quote.cue is not None, show([quote])
    assert quote.cue.text == "said", quote.cue


def test_seed_000_pompeo_statement_channel() -> None:
    quote = quote_with(seed("000"), "will not stand idly by")
    assert quote.channel is not None, show([quote])
    assert "statement" in quote.channel.text, quote.channel


def test_seed_000_coup_is_the_kremlins() -> None:
    """The claim of a "coup" stands in a key point and in a paragraph; both are the
    Kremlin's (read as the country it stands for)."""
    article = seed("000")
    quotes = quotes_with(article, "coup", exact=True)
    assert any(q.paragraph is not None for q in quotes), show(quotes)
    for quote in quotes:
        assert speaker_key(quote) in _KREMLIN_KEYS, (show([quote]), _KREMLIN_KEYS)
        assert quote.kind is PT, show([quote])
        assert quote.in_headline is False


_WEEKDAYS = {actor_key(form) for forms in calendar.WEEKDAYS for form in forms}


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_seed_quotes_are_well_formed(prefix: str) -> None:
    """Every quote slices back, stands in the headline, a key point or its body block,
    and has no speaker that is a place or a weekday."""
    article = seed(prefix)
    assert article.quotes
    for quote in article.quotes:
        assert quote.span.of(article.source) == quote.text, quote
        if quote.in_headline:
            assert article.headline is not None
            assert article.headline.span.contains(quote.span), quote
            assert quote.paragraph is None
        elif quote.paragraph is not None:
            assert article.body[quote.paragraph].span.contains(quote.span), quote
        else:
            assert any(p.span.contains(quote.span) for p in article.key_points), quote
        if quote.speaker is not None:
            assert quote.speaker.kind is not ActorKind.PLACE, show([quote])
            assert quote.speaker.key not in _WEEKDAYS, show([quote])
            assert not set(quote.speaker.key.split()) & _WEEKDAYS, show([quote])
    starts = [q.span.start for q in article.quotes]
    assert starts == sorted(starts), "quotes are not in reading order"

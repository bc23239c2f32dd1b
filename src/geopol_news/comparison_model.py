"""The records of an outlet comparison: frozen, slotted, typed, and free of parsing logic.

:func:`geopol_news.compare.compare` fills a :class:`Comparison` for two
articles, :func:`geopol_news.compare.compare_many` a :class:`Coverage` for
many. The records refer to actors by key and display name and to the text of
either article by text and span, never by whole model objects, so a comparison
stays small when serialised. Side "a" is the first article given, side "b"
the second; every span points into the ``source`` of the article of its side.

Both top-level records round-trip through :meth:`Comparison.to_dict` /
:meth:`Comparison.from_dict` and JSON, and render as Markdown and as flat
records (:meth:`Comparison.to_records`, one dict per row, ready for
``pandas.DataFrame``).

>>> scores = Scores(actors=1.0, quotes=None, claims=0.5, similarity=0.75)
>>> Scores.from_dict(scores.to_dict()) == scores
True
"""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from geopol_news.model import ActorKind, DateInterval, QuoteKind, Span

__all__ = [
    "ActorOverlap",
    "ActorPresence",
    "ActorSpread",
    "ArticleRef",
    "ClaimPair",
    "ClaimTable",
    "Comparison",
    "Coverage",
    "CueDifference",
    "CueUse",
    "DateDifference",
    "DateRef",
    "FigureAlignment",
    "FigureKind",
    "FigureRef",
    "FigureSpread",
    "FigureStatus",
    "FigureTable",
    "QuoteMatch",
    "QuoteMatchKind",
    "QuoteOverlap",
    "QuoteRef",
    "QuoteSpread",
    "Reworded",
    "Scores",
    "SentenceRef",
    "Story",
    "Voice",
    "VoiceGroup",
    "VoiceSpread",
    "Voices",
]

_R = TypeVar("_R", bound="_Serialisable")


class _Serialisable:
    """to_dict / from_dict / to_json / from_json through :mod:`geopol_news.serialize`."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` reverses it losslessly."""
        from geopol_news.serialize import unstructure

        data = unstructure(self)
        assert isinstance(data, dict)
        return dict(data)

    @classmethod
    def from_dict(cls: type[_R], data: object) -> _R:
        """Rebuild the record from :meth:`to_dict` output, validating it.

        Raises :class:`geopol_news.SchemaError` (a ``ValueError``) when *data*
        is malformed.
        """
        from geopol_news.serialize import structure

        record: _R = structure(data, cls)
        return record

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise to a JSON string."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls: type[_R], text: str | bytes) -> _R:
        """Rebuild the record from :meth:`to_json` output."""
        from geopol_news.errors import SchemaError

        try:
            data = json.loads(text)
        except ValueError as exc:
            raise SchemaError(f"not valid JSON: {exc}") from exc
        return cls.from_dict(data)


# -- enums ----------------------------------------------------------------------------------


class QuoteMatchKind(str, enum.Enum):
    """How two outlets' versions of one quotation relate."""

    EXACT = "exact"
    """The same words (case, punctuation and quotation marks aside)."""
    CONTAINED = "contained"
    """One is a piece of the other: a partial quote inside a full one, a quote trimmed
    differently, or pieces of one quote around an ellipsis."""
    FUZZY = "fuzzy"
    """Most of the words of the shorter one are in the longer one, not in one run."""


class FigureKind(str, enum.Enum):
    """Whether a figure is money or a quantity."""

    MONEY = "money"
    QUANTITY = "quantity"


class FigureStatus(str, enum.Enum):
    """Whether two aligned figures agree."""

    AGREE = "agree"
    """The values overlap (hedges such as "about" and "more than" widen them)."""
    CONFLICT = "conflict"
    """The sentences talk about the same thing, but the values do not overlap."""


# -- the two articles -----------------------------------------------------------------------


@attrs.frozen
class ArticleRef(_Serialisable):
    """Which article a side is: a label for the report, and what the page says of itself.

    >>> ArticleRef("CNBC", outlet="CNBC").label
    'CNBC'
    """

    label: str
    outlet: str | None = None
    headline: str | None = None
    published: date | datetime | None = None


@attrs.frozen
class Scores(_Serialisable):
    """The comparison's scores, each in [0, 1] (see ``docs/compare.md``).

    ``actors`` is the actor overlap, ``quotes`` the share of quotations found
    on both sides, ``claims`` the share of sentences with a counterpart on the
    other side; each is None when neither article has anything of its kind.
    ``similarity`` is their weighted mean over the scores that are not None
    (0 when all are None).
    """

    actors: float | None = None
    quotes: float | None = None
    claims: float | None = None
    similarity: float = 0.0


# -- actors ---------------------------------------------------------------------------------


@attrs.frozen
class ActorPresence(_Serialisable):
    """One actor and how often each side mentions it (0 on the side that does not).

    >>> ActorPresence("juan guaido", "Juan Guaidó", ActorKind.PERSON, 5, 5).mentions_b
    5
    """

    key: str
    name: str
    kind: ActorKind
    mentions_a: int = 0
    mentions_b: int = 0


@attrs.frozen
class ActorOverlap(_Serialisable):
    """The actors both sides name, and those only one side names; and the overlap score."""

    shared: tuple[ActorPresence, ...] = ()
    only_a: tuple[ActorPresence, ...] = ()
    only_b: tuple[ActorPresence, ...] = ()
    score: float | None = None


# -- voices ---------------------------------------------------------------------------------


@attrs.frozen
class Voice(_Serialisable):
    """One speaker: the quotes (utterances in quotation marks), quoted words and
    reported-speech quotes each side gives them, and the side they speak for.

    ``key`` is the speaker's actor key ("" for quotes attributed to no one).
    """

    key: str
    name: str
    group: str
    quotes_a: int = 0
    words_a: int = 0
    reported_a: int = 0
    quotes_b: int = 0
    words_b: int = 0
    reported_b: int = 0


@attrs.frozen
class VoiceGroup(_Serialisable):
    """One side speakers speak for ("U.S. officials", "independent analysts"), with the
    quotes and quoted words of its speakers on each side and its share of each side's
    quoted words."""

    label: str
    speakers: tuple[str, ...] = ()
    quotes_a: int = 0
    words_a: int = 0
    share_a: float = 0.0
    reported_a: int = 0
    quotes_b: int = 0
    words_b: int = 0
    share_b: float = 0.0
    reported_b: int = 0


@attrs.frozen
class Voices(_Serialisable):
    """The "who gets to speak" table: speakers and the groups they speak for."""

    speakers: tuple[Voice, ...] = ()
    groups: tuple[VoiceGroup, ...] = ()


# -- quotes ---------------------------------------------------------------------------------


@attrs.frozen
class QuoteRef(_Serialisable):
    """A quotation on one side: its words and who says them.

    ``text`` is the words of one utterance: the pieces of a quote broken by its
    attribution (one ``Quote.group``) joined by a space. ``span`` runs from the
    start of its first piece to the end of its last one in its side's source.
    """

    text: str
    span: Span
    speaker_key: str | None = None
    speaker_name: str | None = None
    kind: QuoteKind = QuoteKind.DIRECT


@attrs.frozen
class QuoteMatch(_Serialisable):
    """The same quotation on both sides; ``score`` is the share of the shorter
    version's words found in the longer one."""

    a: QuoteRef
    b: QuoteRef
    kind: QuoteMatchKind
    score: float
    same_speaker: bool = True


@attrs.frozen
class Reworded(_Serialisable):
    """A speaker both sides quote, with the quotations that have no match on the other side."""

    key: str
    name: str
    a: tuple[QuoteRef, ...] = ()
    b: tuple[QuoteRef, ...] = ()


@attrs.frozen
class QuoteOverlap(_Serialisable):
    """Quotations on both sides, the same speaker with different words, and the
    quotations of speakers only one side quotes; and the quote overlap score."""

    shared: tuple[QuoteMatch, ...] = ()
    reworded: tuple[Reworded, ...] = ()
    only_a: tuple[QuoteRef, ...] = ()
    only_b: tuple[QuoteRef, ...] = ()
    score: float | None = None


# -- figures --------------------------------------------------------------------------------


@attrs.frozen
class FigureRef(_Serialisable):
    """A monetary figure or quantity on one side.

    ``unit`` is the ISO currency code, "percent", or the counted noun in the
    singular ("plane"). ``low`` and ``high`` bound the values the text allows
    (a hedge widens them; ``high`` None means no upper bound; both None for a
    figure without a value). ``sentence`` is the sentence it stands in.
    """

    kind: FigureKind
    text: str
    span: Span
    unit: str
    low: Decimal | None = None
    high: Decimal | None = None
    sentence: str = ""


@attrs.frozen
class FigureAlignment(_Serialisable):
    """Two figures of one unit aligned across the sides. ``context`` is the text
    similarity of their sentences."""

    a: FigureRef
    b: FigureRef
    status: FigureStatus
    context: float


@attrs.frozen
class FigureTable(_Serialisable):
    """Aligned figures, and those without a counterpart."""

    aligned: tuple[FigureAlignment, ...] = ()
    only_a: tuple[FigureRef, ...] = ()
    only_b: tuple[FigureRef, ...] = ()


# -- claims, dates, framing -----------------------------------------------------------------


@attrs.frozen
class SentenceRef(_Serialisable):
    """A sentence of one side (``text`` is ``span`` of its side's source).

    >>> SentenceRef("It rained.", Span(0, 10)).span.of("It rained.")
    'It rained.'
    """

    text: str
    span: Span


@attrs.frozen
class ClaimPair(_Serialisable):
    """Two sentences that report the same fact. ``score`` combines their content-word
    overlap (weighted by rarity) with the actors and figures they share; ``words``
    are the shared content words, rarest first, and ``actors`` the shared actor keys."""

    a: SentenceRef
    b: SentenceRef
    score: float
    words: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()


@attrs.frozen
class ClaimTable(_Serialisable):
    """Sentence pairs both sides report, the sentences only one side has, and the claim
    overlap score."""

    pairs: tuple[ClaimPair, ...] = ()
    only_a: tuple[SentenceRef, ...] = ()
    only_b: tuple[SentenceRef, ...] = ()
    score: float | None = None


@attrs.frozen
class DateRef(_Serialisable):
    """A time expression of one side and the days it means."""

    text: str
    span: Span
    when: DateInterval


@attrs.frozen
class DateDifference(_Serialisable):
    """Two aligned claims dated differently: no date of one overlaps a date of the other."""

    a: SentenceRef
    b: SentenceRef
    dates_a: tuple[DateRef, ...] = ()
    dates_b: tuple[DateRef, ...] = ()


@attrs.frozen
class CueUse(_Serialisable):
    """A reporting word ("said", "claimed") an outlet uses for a speaker, how often,
    and how it frames the words (see :data:`geopol_news.data.compare.CUE_TONES`)."""

    cue: str
    count: int
    tone: str


@attrs.frozen
class CueDifference(_Serialisable):
    """A speaker both sides quote with different reporting words."""

    key: str
    name: str
    a: tuple[CueUse, ...] = ()
    b: tuple[CueUse, ...] = ()


# -- the comparison -------------------------------------------------------------------------


@attrs.frozen
class Comparison(_Serialisable):
    """How two articles cover a story: actors, voices, quotes, figures, claims, dates,
    framing, and the scores. Build one with :func:`geopol_news.compare.compare`.

    >>> c = Comparison(ArticleRef("A"), ArticleRef("B"))
    >>> Comparison.from_json(c.to_json()) == c
    True
    """

    a: ArticleRef
    b: ArticleRef
    scores: Scores = Scores()
    actors: ActorOverlap = ActorOverlap()
    voices: Voices = Voices()
    quotes: QuoteOverlap = QuoteOverlap()
    figures: FigureTable = FigureTable()
    claims: ClaimTable = ClaimTable()
    dates: tuple[DateDifference, ...] = ()
    cues: tuple[CueDifference, ...] = ()

    def to_markdown(self) -> str:
        """A readable report with a table per part (see
        :func:`geopol_news.compare.render_markdown`)."""
        from geopol_news.compare import render_markdown

        return render_markdown(self)

    def to_records(self, table: str | None = None) -> list[dict[str, Any]]:
        """Flat rows, one dict per row of every table (or of *table* only), each with a
        ``table`` column: ready for ``pandas.DataFrame`` (see
        :func:`geopol_news.compare.to_records`)."""
        from geopol_news.compare import to_records

        return to_records(self, table)


# -- coverage of many articles --------------------------------------------------------------


@attrs.frozen
class ActorSpread(_Serialisable):
    """An actor of a story and its mentions in each of the story's articles (in the order
    of :attr:`Story.articles`)."""

    key: str
    name: str
    kind: ActorKind
    mentions: tuple[int, ...] = ()


@attrs.frozen
class VoiceSpread(_Serialisable):
    """A group of speakers and, per article of the story, its quotes, quoted words and
    share of the quoted words."""

    label: str
    quotes: tuple[int, ...] = ()
    words: tuple[int, ...] = ()
    shares: tuple[float, ...] = ()


@attrs.frozen
class QuoteSpread(_Serialisable):
    """One quotation of a story: the articles that carry it (indices into
    :attr:`Coverage.articles`) and the words each prints."""

    text: str
    speaker_key: str | None = None
    speaker_name: str | None = None
    articles: tuple[int, ...] = ()
    texts: tuple[str, ...] = ()


@attrs.frozen
class FigureSpread(_Serialisable):
    """Figures of one unit whose values overlap across articles of a story; ``agree`` is
    False when the chain of overlaps has no value common to all of them."""

    kind: FigureKind
    unit: str
    articles: tuple[int, ...] = ()
    texts: tuple[str, ...] = ()
    agree: bool = True


@attrs.frozen
class Story(_Serialisable):
    """Articles on the same story (indices into :attr:`Coverage.articles`) and what each
    of them has. ``cohesion`` is the mean similarity of the links that joined them (1 for
    a story of one article)."""

    articles: tuple[int, ...]
    headline: str | None = None
    cohesion: float = 1.0
    actors: tuple[ActorSpread, ...] = ()
    voices: tuple[VoiceSpread, ...] = ()
    quotes: tuple[QuoteSpread, ...] = ()
    figures: tuple[FigureSpread, ...] = ()


@attrs.frozen
class Coverage(_Serialisable):
    """Many articles grouped into stories. Build one with
    :func:`geopol_news.compare.compare_many`.

    >>> c = Coverage((ArticleRef("A"),), (Story((0,)),))
    >>> Coverage.from_json(c.to_json()) == c
    True
    """

    articles: tuple[ArticleRef, ...] = ()
    stories: tuple[Story, ...] = ()

    def to_markdown(self) -> str:
        """A readable report, one section per story of two or more articles."""
        from geopol_news.compare import render_markdown

        return render_markdown(self)

    def to_records(self, table: str | None = None) -> list[dict[str, Any]]:
        """Flat rows, one dict per row (long format: one row per story, article and item)."""
        from geopol_news.compare import to_records

        return to_records(self, table)

"""The data model: frozen, slotted, typed records that know nothing of parsing.

Every record that stands for a piece of the source text has a ``text`` (the
surface exactly as it appears in the source) and a ``span`` into the source, so
``record.span.of(article.source) == record.text`` always holds.

>>> span = Span(4, 9)
>>> span.of("The Kremlin said")
'Kreml'
>>> "The Kremlin said"[span.slice]
'Kreml'
>>> Snippet("Kremlin", Span(4, 11)).span.of("The Kremlin said")
'Kremlin'
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from geopol_news._text import clean
from geopol_news.errors import InputTypeError, InvalidSpanError

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Block",
    "ChromeKind",
    "ChromeLine",
    "DateInterval",
    "DateKind",
    "DateMention",
    "DatedEvent",
    "Dateline",
    "Embed",
    "Gender",
    "Granularity",
    "Magnitude",
    "Media",
    "Mention",
    "MentionKind",
    "MonetaryFigure",
    "Paragraph",
    "Period",
    "Photo",
    "Qualifier",
    "Quantity",
    "Quote",
    "QuoteKind",
    "Role",
    "Snippet",
    "Span",
    "Subheading",
    "Video",
]

SCHEMA_VERSION = 1
"""Version of the dictionary / JSON layout written by ``Article.to_dict``."""

_T = TypeVar("_T")


def _check_offset(name: str, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputTypeError(f"Span.{name} must be int, got {type(value).__name__}")
    if value < 0:
        raise InvalidSpanError(f"Span.{name} must be >= 0, got {value}", name)


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a source text.

    >>> s = Span(0, 3)
    >>> len(s), s.of("abcdef"), "abcdef"[s.slice]
    (3, 'abc', 'abc')
    >>> Span(0, 3).overlaps(Span(2, 5)), Span(0, 3).overlaps(Span(3, 5))
    (True, False)
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One fast check for the common case; the detailed one names the fault.
        # (Spans are made by the hundred per article: attrs validators per
        # field cost more.)
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            _check_offset("start", start)
            _check_offset("end", end)
        if self.end < self.start:
            raise InvalidSpanError(
                f"Span end ({self.end}) is before its start ({self.start})", None
            )

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def slice(self) -> slice:
        """A built-in ``slice``, so that ``text[span.slice]`` is the surface."""
        return slice(self.start, self.end)

    def of(self, text: str) -> str:
        """Return the part of *text* this span covers.

        >>> Span(6, 11).of("Hello world")
        'world'
        """
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether *other* lies entirely inside this span.

        >>> Span(0, 10).contains(Span(2, 4)), Span(0, 10).contains(Span(8, 12))
        (True, False)
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        >>> Span(0, 5).overlaps(Span(4, 9))
        True
        """
        return self.start < other.end and other.start < self.end


_new_object = object.__new__  # looked up once: records are made in hot loops


def _slot_setters(cls: type, *fields: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of the named slots of the frozen, slotted attrs class *cls*, in order.

    For internal use only. A frozen class's ``__init__`` sets each field through
    ``object.__setattr__``; the readers, which make records by the dozen from values they
    know to be valid, make them with :data:`_new_object` and these setters instead, at a
    fraction of the cost (see :func:`_trusted_span`). Every field must be set.

    >>> set_start, set_end = _slot_setters(Span, "start", "end")
    >>> span = _new_object(Span)
    >>> set_start(span, 2), set_end(span, 5), span == Span(2, 5)
    (None, None, True)
    """
    return tuple(cls.__dict__[name].__set__ for name in fields)


_SET_START, _SET_END = _slot_setters(Span, "start", "end")


def _trusted_span(start: int, end: int) -> Span:
    """A :class:`Span` from offsets already known to be valid: ints with
    ``0 <= start <= end``, such as the offsets of a regex match.

    For internal use only, where spans are made by the hundred per article
    (:mod:`geopol_news.actors`): it skips ``Span.__init__`` and the checks of
    ``__attrs_post_init__``, about a quarter of the cost of a span. The result
    is an ordinary :class:`Span`. Never pass it offsets from a caller.

    >>> _trusted_span(2, 5) == Span(2, 5)
    True
    """
    span = _new_object(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


@attrs.frozen
class Snippet:
    """A piece of the source: its exact surface ``text`` and its ``span``.

    >>> str(Snippet("World Politics", Span(0, 14)))
    'World Politics'
    """

    text: str
    span: Span

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Dateline:
    """The dateline that opens the first paragraph.

    ``text``/``span`` cover the dateline without its dash: "Moscow" in
    "Moscow -- Russia has denied ...", "LONDON (Reuters)" in
    "LONDON (Reuters) - ...". ``place`` is the place name as printed and
    ``agency`` the wire service in brackets, when there is one.

    >>> str(Dateline("Moscow", Span(0, 6), place="Moscow"))
    'Moscow'
    """

    text: str
    span: Span
    place: str | None = None
    agency: str | None = None

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Paragraph:
    """A paragraph of the story. ``text`` is the whole line, dateline included.

    >>> Paragraph("It rained.", Span(0, 10)).text
    'It rained.'
    """

    text: str
    span: Span


@attrs.frozen
class Subheading:
    """A short heading between paragraphs ("War of words").

    >>> Subheading("War of words", Span(0, 12)).text
    'War of words'
    """

    text: str
    span: Span


@attrs.frozen
class Media:
    """Base of the media blocks; ``text``/``span`` cover all the lines of the block.

    >>> issubclass(Video, Media) and issubclass(Photo, Media) and issubclass(Embed, Media)
    True
    """

    text: str
    span: Span


@attrs.frozen
class Video(Media):
    """A video teaser.

    ``title`` is the teaser's title, ``duration`` its length in seconds (None
    when the page does not say), ``marker`` the surface the duration was read
    from ("VIDEO6:1606:16" or "04:40") and ``description`` any further line of
    the block.
    """

    title: Snippet | None = None
    duration: int | None = None
    marker: Snippet | None = None
    description: Snippet | None = None


@attrs.frozen
class Photo(Media):
    """A photo: its ``caption``, the individual ``credits`` ("AFP",
    "Getty Images"), the ``credit_line`` they were read from (when it is a line
    of its own) and an optional keyword ``label`` line above the caption.
    """

    caption: Snippet | None = None
    credits: tuple[Snippet, ...] = ()
    credit_line: Snippet | None = None
    label: Snippet | None = None


@attrs.frozen
class Embed(Media):
    """A placeholder for embedded third-party content ("Tweet 1").

    ``kind`` is a lower-case name of the platform or content type, one of the
    values of the embed tables in :mod:`geopol_news.data.media` ("tweet",
    "instagram", "facebook", "youtube", "tiktok", "telegram", "audio", "video",
    "graphic", "interactive", "embed").
    """

    kind: str = "embed"


Block = Paragraph | Subheading | Video | Photo | Embed
"""One element of :attr:`Article.body`, in reading order."""


class ChromeKind(str, enum.Enum):
    """Why a line was set aside as page chrome."""

    NAVIGATION = "navigation"
    """Site furniture: menus, "Skip to content", section links."""
    PROMO = "promo"
    """Promotions of the outlet's own products ("Watch CBS News")."""
    APP_PROMPT = "app_prompt"
    """App and browser-notification prompts."""
    SHARE = "share"
    """Share, print, comment and save buttons."""
    SUBSCRIBE = "subscribe"
    """Newsletter and subscription prompts."""
    COOKIE = "cookie"
    """Cookie and consent notices."""
    ADVERTISEMENT = "advertisement"
    """Advertisement markers and sponsored-content labels."""
    RELATED = "related"
    """"Read more", "Related", "More on this story" and similar."""
    SOCIAL = "social"
    """Social-media handles and follow prompts."""
    COPYRIGHT = "copyright"
    """Copyright and rights lines."""
    TIMESTAMP = "timestamp"
    """Publication and update stamps ("Updated Apr 3, 2019")."""
    BYLINE = "byline"
    """A further byline line once :attr:`Article.byline` is taken."""
    LABEL = "label"
    """A structural label with no content of its own ("Key Points")."""
    MEDIA_NOTICE = "media_notice"
    """Player notices ("This video can not be played")."""


@attrs.frozen
class ChromeLine:
    """A line removed from the story, kept with why it was removed.

    ``rule`` names the rule that matched (for debugging and for extending the
    rule tables) and ``outlet`` the outlet the rule belongs to, if it is
    outlet-specific.
    """

    text: str
    span: Span
    kind: ChromeKind
    rule: str
    outlet: str | None = None


class Qualifier(str, enum.Enum):
    """How a figure is hedged in the text ("about $5 billion", "at least 100")."""

    EXACT = "exact"
    ABOUT = "about"
    """about, around, roughly, some, approximately, an estimated"""
    AT_LEAST = "at least"
    MORE_THAN = "more than"
    """more than, over, above, in excess of"""
    LESS_THAN = "less than"
    """less than, under, below, fewer than"""
    UP_TO = "up to"
    """up to, as much as, as many as"""
    NEARLY = "nearly"
    """nearly, almost, close to, just under"""


class Period(str, enum.Enum):
    """The time a recurring figure is counted over ("$80 million per year")."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Magnitude(str, enum.Enum):
    """The order of magnitude of a vague figure ("billions of dollars")."""

    DOZENS = "dozens"
    HUNDREDS = "hundreds"
    THOUSANDS = "thousands"
    TENS_OF_THOUSANDS = "tens of thousands"
    HUNDREDS_OF_THOUSANDS = "hundreds of thousands"
    MILLIONS = "millions"
    TENS_OF_MILLIONS = "tens of millions"
    HUNDREDS_OF_MILLIONS = "hundreds of millions"
    BILLIONS = "billions"
    TENS_OF_BILLIONS = "tens of billions"
    HUNDREDS_OF_BILLIONS = "hundreds of billions"
    TRILLIONS = "trillions"


@attrs.frozen
class MonetaryFigure:
    """An amount of money named in the text.

    ``text``/``span`` cover the figure as written ("$70-$80 million per
    year"); ``amount`` is the value in units of ``currency`` (an ISO 4217 code),
    ``amount_max`` the upper end of a range. A vague figure ("billions of
    dollars") has ``amount`` None, ``vague`` True and a ``magnitude``.
    ``part_of`` is the whole a part belongs to ("$6 billion of a total
    $17 billion"), and ``sentence`` the span of the sentence it stands in.

    >>> fig = MonetaryFigure("$5 million", Span(0, 10), amount=Decimal(5_000_000), currency="USD")
    >>> str(fig)
    'US$5 million'
    """

    text: str
    span: Span
    amount: Decimal | None = None
    amount_max: Decimal | None = None
    currency: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    period: Period | None = None
    vague: bool = False
    magnitude: Magnitude | None = None
    part_of: MonetaryFigure | None = None
    sentence: Span | None = None

    def __str__(self) -> str:
        from geopol_news.money import format_figure

        return format_figure(self)

    # Figures order by value within one currency; comparing two currencies
    # (or a vague figure) is a TypeError: convert them first.
    def _value_against(self, other: object) -> tuple[Decimal, Decimal]:
        if not isinstance(other, MonetaryFigure):
            raise TypeError(f"cannot compare MonetaryFigure with {type(other).__name__}")
        if self.currency != other.currency:
            raise TypeError(
                f"cannot order {self.currency} and {other.currency} figures; convert them first"
            )
        if self.amount is None or other.amount is None:
            raise TypeError("cannot order a vague figure by value")
        return self.amount, other.amount

    def __lt__(self, other: object) -> bool:
        mine, theirs = self._value_against(other)
        return mine < theirs

    def __le__(self, other: object) -> bool:
        mine, theirs = self._value_against(other)
        return mine <= theirs

    def __gt__(self, other: object) -> bool:
        mine, theirs = self._value_against(other)
        return mine > theirs

    def __ge__(self, other: object) -> bool:
        mine, theirs = self._value_against(other)
        return mine >= theirs

    def convert(self, rates: Mapping[str, Decimal | float | int], to: str) -> MonetaryFigure:
        """The same figure in currency *to*, with *rates* the caller supplies.

        *rates* maps ISO codes to the value of one unit of that currency in
        *to* (``{"EUR": Decimal("1.08")}`` to convert euros to dollars). No
        rate is ever looked up: a missing one raises ``KeyError``.

        >>> fig = MonetaryFigure("EUR10", Span(0, 5), amount=Decimal(10), currency="EUR")
        >>> fig.convert({"EUR": Decimal("1.5")}, "USD").amount
        Decimal('15.0')
        """
        from geopol_news.money import convert_figure

        return convert_figure(self, rates, to)


@attrs.frozen
class Quantity:
    """A figure that is not money: a percentage or a count of something.

    ``unit`` is "percent" or "percentage points" for percentages, else the
    noun counted ("personnel", "countries"); ``noun`` is the surface of that
    noun with its span.

    >>> Quantity("50 countries", Span(0, 12), value=Decimal(50), unit="countries").unit
    'countries'
    """

    text: str
    span: Span
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    noun: Snippet | None = None
    qualifier: Qualifier = Qualifier.EXACT
    vague: bool = False
    magnitude: Magnitude | None = None
    sentence: Span | None = None


class ActorKind(str, enum.Enum):
    """What kind of real-world entity an :class:`Actor` is."""

    PERSON = "person"
    COUNTRY = "country"
    """A sovereign state or a territory with an ISO 3166-1 code."""
    ORGANIZATION = "organization"
    """International bodies, government bodies, companies, media, think tanks, parties."""
    GROUP = "group"
    """Non-state armed groups and movements ("Hamas", "the Taliban")."""
    PLACE = "place"
    """Cities and regions named as locations, not as a government ("in Moscow")."""


class MentionKind(str, enum.Enum):
    """How a :class:`Mention` refers to its actor."""

    NAME = "name"
    """The full name, or a country's or organisation's name ("Russia", "State Duma")."""
    SURNAME = "surname"
    """A person's surname alone, after or before the full name ("Pompeo")."""
    FIRST_NAME = "first name"
    """The first word of a full name alone, after the full name: a given name ("Jayme",
    for Jayme Closs) or, in a name written surname first, the surname ("Hua", for Hua
    Chunying)."""
    ACRONYM = "acronym"
    """An acronym or abbreviation ("IMF", "U.S.")."""
    TITLE = "title"
    """A title standing for a person ("the president", "President Trump" has a NAME)."""
    PRONOUN = "pronoun"
    """"he", "she", "his", "her"."""
    DEMONYM = "demonym"
    """A country's adjective or people noun ("Russian", "Venezuelans")."""
    CAPITAL = "capital"
    """A capital city standing for its government ("Moscow insists")."""
    SEAT = "seat"
    """A seat of government standing for it ("the Kremlin", "the White House")."""


class Gender(str, enum.Enum):
    """A person's gender, only where the text states it (pronouns, "spokeswoman")."""

    FEMALE = "female"
    MALE = "male"


class Role(str, enum.Enum):
    """Why a credited actor is on the page rather than in the story."""

    AUTHOR = "author"
    """Named in a byline."""
    PHOTOGRAPHER = "photographer"
    """A person credited for a photo."""
    PHOTO_AGENCY = "photo_agency"
    """An agency credited for a photo ("AFP", "Getty Images")."""


@attrs.frozen
class Mention:
    """One place where the text refers to an actor.

    >>> m = Mention("Kremlin", Span(4, 11), MentionKind.SEAT)
    >>> m.span.of("The Kremlin said"), m.kind.value
    ('Kremlin', 'seat')
    """

    text: str
    span: Span
    kind: MentionKind = MentionKind.NAME


@attrs.frozen
class Actor:
    """A person, country, organisation, group or place, merged over all its mentions.

    ``key`` is the accent- and case-insensitive identity that merging and
    comparison use ("juan guaido" for "Juan Guaidó" and "Juan Guaido");
    ``name`` is the display name (see :mod:`geopol_news.actors` for how it is
    chosen). ``aliases`` lists every distinct surface form seen, ``titles``
    the titles and role phrases the text gives a person, ``affiliation`` the
    key of the organisation or country a person speaks for, and ``country`` an
    ISO 3166-1 alpha-2 code where known. ``category`` is the kind of
    organisation ("media", "company", "government", ...) when known, and
    ``role`` is set only for the people and agencies credited on the page
    (bylines, photo credits; see :attr:`Article.credits`).

    >>> a = Actor("russia", "Russia", ActorKind.COUNTRY, country="RU")
    >>> str(a), a.kind.value
    ('Russia', 'country')
    """

    key: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliation: str | None = None
    country: str | None = None
    mentions: tuple[Mention, ...] = ()
    gender: Gender | None = None
    category: str | None = None
    role: Role | None = None

    def __str__(self) -> str:
        return self.name


class QuoteKind(str, enum.Enum):
    """How a :class:`Quote` gives someone's words."""

    DIRECT = "direct"
    """A whole quoted sentence or clause: ``"We will stay," she said.``"""
    PARTIAL = "partial"
    """A quoted fragment woven into the writer's sentence: ``called it "fake"``."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks: ``The Kremlin claims that ...``."""


@attrs.frozen
class Quote:
    """Someone's words in a story: what was said, by whom, how and to whom.

    ``text`` is the quoted words without their quotation marks (for an indirect
    quote, the reported clause) and ``span`` points at them in the source.
    ``speaker`` is the :class:`Actor` the words are attributed to (``None`` when
    the text does not say), and ``speaker_mention`` the mention that names the
    speaker for this quote ("she", "Pompeo", "the Kremlin", or a description such
    as "a senior official" or "the Kremlin's spokesman"), which may lie in an
    earlier paragraph. ``cue`` is the reporting verb or phrase ("said",
    "according to"); ``addressee`` whom the words were said to ("CBS News" in
    "told CBS News") and ``channel`` the medium ("on Twitter", "in written
    comments"). ``clause`` is set for a partial quote that stands inside
    reported speech: the whole reported clause around the quoted fragment
    (``said those ties were "a one-way street"`` gives the clause ``those ties
    were "a one-way street"``), what studies of attribution call a mixed
    quote. ``paragraph`` is the index in :attr:`Article.body` of the block
    the words stand in (``None`` for the headline, key points and bare text
    without blocks); ``in_headline`` is set for quotes in the headline.

    One utterance broken by its attribution (``"We will stay," she said, "and
    fight."``) or running over several paragraphs is several ``Quote`` records,
    one per continuous piece, sharing one ``group`` number; groups are numbered
    in reading order, so ``text`` always slices back out of the source.

    >>> q = Quote("fake", Span(8, 12), QuoteKind.PARTIAL)
    >>> q.span.of('called "fake" twice'), q.kind.value
    ('fake', 'partial')
    """

    text: str
    span: Span
    kind: QuoteKind = QuoteKind.DIRECT
    speaker: Actor | None = None
    speaker_mention: Mention | None = None
    cue: Snippet | None = None
    addressee: Snippet | None = None
    channel: Snippet | None = None
    clause: Snippet | None = None
    paragraph: int | None = None
    in_headline: bool = False
    group: int = 0

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker is not None else "?"
        return f"{who}: {self.text}"


class DateKind(str, enum.Enum):
    """What kind of time expression a :class:`DateMention` is."""

    ABSOLUTE = "absolute"
    """A day or a year named in full: "March 28, 2019", "Dec. 5, 2018", "2014"."""
    PARTIAL = "partial"
    """A date with a part missing: "May 2018", "In December", "March 28", "the first quarter"."""
    RELATIVE = "relative"
    """Named from the reference date: "on Monday", "yesterday", "last week", "a year ago"."""
    DURATION = "duration"
    """A length of time: "less than 48 hours", "five years", "the past five years"."""
    RANGE = "range"
    """Two dates and the days between: "between 2006 and 2013", "from March to May"."""
    SINCE = "since"
    """From a date to the reference date: "since 2006"."""
    DECADE = "decade"
    """A decade or a century: "the early 2000s", "the 1990s", "the 21st century"."""


class Granularity(str, enum.Enum):
    """How precisely a :class:`DateInterval` is named (its unit, not its length)."""

    DAY = "day"
    PART_OF_MONTH = "part_of_month"
    """A third of a month ("late March") or a week ("last week")."""
    MONTH = "month"
    SEASON = "season"
    """A season, a quarter or a half of a year."""
    YEAR = "year"
    DECADE = "decade"
    """A decade or a century."""


@attrs.frozen(order=True)
class DateInterval:
    """The days a time expression can mean: ``earliest`` to ``latest``, both included.

    Intervals order by ``earliest``, then ``latest``. A ``latest`` of ``date.max``
    means the text gives no end.

    >>> i = DateInterval(date(2019, 3, 21), date(2019, 3, 31), Granularity.PART_OF_MONTH)
    >>> str(i), i.days, date(2019, 3, 25) in i
    ('2019-03-21..2019-03-31 (part_of_month)', 11, True)
    """

    earliest: date
    latest: date
    granularity: Granularity = Granularity.DAY

    def __attrs_post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError(
                f"DateInterval ends ({self.latest}) before it starts ({self.earliest})"
            )

    def __str__(self) -> str:
        return f"{self.earliest.isoformat()}..{self.latest.isoformat()} ({self.granularity.value})"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.earliest <= day <= self.latest

    @property
    def days(self) -> int:
        """How many days the interval covers."""
        return (self.latest - self.earliest).days + 1


@attrs.frozen
class DateMention:
    """A time expression in the text, and the days it means.

    ``value`` is the interval it can mean (None when it cannot be placed: a
    relative expression with no reference date, a bare duration, a vague one
    such as "several years ago"); ``resolved`` says whether the reference date
    was needed to place it. ``modifier`` is the word that narrows or bounds it:
    "early", "mid" or "late" ("in late March"), "before", "after", "until" or
    "by" ("before 2018"), or a duration's qualifier ("less than", "about").
    A duration's ``length`` is a whole number of ``unit`` ("second", "minute",
    "hour", "day", "week", "weekend", "fortnight", "month", "quarter", "year",
    "decade", "century"); "1.5 hours" is 90 minutes. ``sentence`` is the span of
    the sentence it stands in.

    >>> m = DateMention("late March", Span(3, 13), DateKind.PARTIAL, modifier="late")
    >>> m.span.of("In late March, two planes"), m.kind.value
    ('late March', 'partial')
    """

    text: str
    span: Span
    kind: DateKind
    value: DateInterval | None = None
    resolved: bool = False
    modifier: str | None = None
    sentence: Span | None = None
    length: int | None = None
    unit: str | None = None

    def __str__(self) -> str:
        return self.text if self.value is None else f"{self.text} [{self.value}]"


@attrs.frozen
class DatedEvent:
    """One entry of :meth:`Article.timeline`: when, the sentence that says so, and
    the mention it was read from.

    >>> when = DateInterval(date(2019, 3, 25), date(2019, 3, 25))
    >>> m = DateMention("Monday", Span(3, 9), DateKind.RELATIVE, value=when, resolved=True)
    >>> str(DatedEvent(when, Snippet("On Monday, it rained.", Span(0, 21)), m))
    '2019-03-25: On Monday, it rained.'
    """

    when: DateInterval
    sentence: Snippet
    mention: DateMention

    def __str__(self) -> str:
        start, end = self.when.earliest.isoformat(), self.when.latest.isoformat()
        return f"{start if start == end else f'{start}..{end}'}: {self.sentence.text}"


def _source_repr(source: str) -> str:
    return f"<{len(source)} chars>"


@attrs.frozen
class Article:
    """A parsed news page: the story, the page around it, and what was found in it.

    Build one with :func:`geopol_news.parse_article`. ``money`` and
    ``quantities`` hold the figures of the story's own text (headline, key
    points, paragraphs and subheadings; not captions or page chrome), with
    spans into ``source``; :func:`geopol_news.extract_money` and
    :func:`geopol_news.extract_quantities` read them from any text. ``actors``
    holds the people, countries, organisations, groups and places of the story
    (headline, key points, paragraphs, subheadings, video titles and photo
    captions), one :class:`Actor` each, in order of first mention; ``credits``
    the people and agencies credited in bylines and photo credits, each with a
    :class:`Role`. ``dates`` holds the time expressions of the story and its
    photo captions (see :mod:`geopol_news.dates`), resolved against ``published``,
    which the caller gives or the page's stamps and byline say; ``date_bounds``
    bounds when the story was written (not before the latest absolute date it
    mentions), and :meth:`timeline` lists its dated sentences in order.

    >>> Article(source="").paragraphs
    ()
    """

    source: str = attrs.field(repr=_source_repr)
    outlet: str | None = None
    section: Snippet | None = None
    headline: Snippet | None = None
    byline: Snippet | None = None
    key_points: tuple[Snippet, ...] = ()
    dateline: Dateline | None = None
    published: date | datetime | None = None
    body: tuple[Block, ...] = ()
    chrome: tuple[ChromeLine, ...] = ()
    quotes: tuple[Quote, ...] = ()
    actors: tuple[Actor, ...] = ()
    credits: tuple[Actor, ...] = ()
    money: tuple[MonetaryFigure, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    date_bounds: DateInterval | None = None
    schema_version: int = SCHEMA_VERSION

    # -- convenience views -------------------------------------------------
    def _blocks(self, kind: type[_T]) -> tuple[_T, ...]:
        return tuple(block for block in self.body if isinstance(block, kind))

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The body's paragraphs, in order."""
        return self._blocks(Paragraph)

    @property
    def subheadings(self) -> tuple[Subheading, ...]:
        """The body's subheadings, in order."""
        return self._blocks(Subheading)

    @property
    def media(self) -> tuple[Media, ...]:
        """Videos, photos and embeds, in order."""
        return self._blocks(Media)

    @property
    def videos(self) -> tuple[Video, ...]:
        """The video teasers, in order."""
        return self._blocks(Video)

    @property
    def photos(self) -> tuple[Photo, ...]:
        """The photos, in order."""
        return self._blocks(Photo)

    @property
    def embeds(self) -> tuple[Embed, ...]:
        """The embed placeholders, in order."""
        return self._blocks(Embed)

    @property
    def text(self) -> str:
        """The clean story text: subheadings and paragraphs, one per line block.

        Blocks are separated by a blank line; inside a block, runs of white
        space (NBSP included) become one space and zero-width characters are
        dropped. Headline, key points, media and chrome are not part of it.
        """
        return "\n\n".join(
            clean(block.text) for block in self.body if isinstance(block, (Paragraph, Subheading))
        )

    def timeline(self) -> tuple[DatedEvent, ...]:
        """The dated events of the story: one per mention with a value, in order of
        its interval (then of place in the text), each with its sentence.

        >>> text = "Talks\\n\\nThey met on Monday. In 2014 they had met too."
        >>> from geopol_news import parse_article
        >>> [str(e) for e in parse_article(text, published=date(2019, 3, 26)).timeline()]
        ['2014-01-01..2014-12-31: In 2014 they had met too.', '2019-03-25: They met on Monday.']
        """
        events = []
        for mention in self.dates:
            if mention.value is None or mention.value.latest == date.max:
                continue
            sentence = mention.sentence or mention.span
            snippet = Snippet(sentence.of(self.source), sentence)
            events.append(DatedEvent(mention.value, snippet, mention))
        events.sort(key=lambda event: (event.when, event.mention.span.start))
        return tuple(events)

    def iter_places(self) -> Iterator[tuple[str, object]]:
        """Yield ``(place, record)`` for every top-level place a line can land in.

        Places are the header records (section, headline, byline, each key
        point), then each body block, then each chrome line. Every non-blank
        line of the source lies in exactly one of them.
        """
        for name in ("section", "headline", "byline"):
            value = getattr(self, name)
            if value is not None:
                yield name, value
        for point in self.key_points:
            yield "key_point", point
        for block in self.body:
            yield "body", block
        for line in self.chrome:
            yield "chrome", line

    # -- serialisation -------------------------------------------------------
    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict; :meth:`from_dict` reverses it losslessly.

        >>> a = Article(source="Hi.", body=(Paragraph("Hi.", Span(0, 3)),))
        >>> Article.from_dict(a.to_dict()) == a
        True
        """
        from geopol_news.serialize import unstructure

        data = unstructure(self)
        assert isinstance(data, dict)
        return dict(data)

    @classmethod
    def from_dict(cls, data: object) -> Article:
        """Rebuild an article from :meth:`to_dict` output, validating it.

        Raises :class:`geopol_news.SchemaError` (a ``ValueError``) when *data*
        is malformed.

        >>> Article.from_dict({"schema_version": 1})
        Traceback (most recent call last):
        ...
        geopol_news.errors.SchemaError: source: missing required field
        """
        from geopol_news.serialize import article_from_dict

        return article_from_dict(data)

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise to a JSON string.

        >>> Article(source="").to_json()[:30]
        '{"source": "", "outlet": null,'
        """
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """Rebuild an article from :meth:`to_json` output.

        >>> a = Article(source="x")
        >>> Article.from_json(a.to_json()) == a
        True
        """
        import json

        from geopol_news.errors import SchemaError

        try:
            data = json.loads(text)
        except ValueError as exc:
            raise SchemaError(f"not valid JSON: {exc}") from exc
        return cls.from_dict(data)

"""Actors: the people, countries, organisations, groups and places of a story.

:func:`extract_actors` reads a text and returns one :class:`~geopol_news.model.Actor`
per real-world entity, merged over all the ways the text refers to it.

>>> actors = extract_actors(
...     "Russian Foreign Ministry spokeswoman Maria Zakharova rejected the claim. "
...     "Moscow insists it was a routine flight, Zakharova said."
... )
>>> [(a.name, a.kind.value) for a in actors]
[('Russia', 'country'), ('Russian Foreign Ministry', 'organization'), ('Maria Zakharova', 'person')]
>>> zakharova = actors[2]
>>> zakharova.titles, zakharova.affiliation, zakharova.country, zakharova.gender.value
(('Russian Foreign Ministry spokeswoman',), 'russian foreign ministry', 'RU', 'female')

How it reads, in one pass over the runs of capitalised words:

* Each run is split by the longest phrase of the tables (countries and their
  abbreviations, demonyms, capitals and seats of government; organisations;
  bodies every state has, such as "Foreign Ministry"; well-known people;
  regions; titles). What no table names is a candidate name.
* A candidate is a person when the text gives evidence: a known given name
  first, a title or role before it ("opposition leader Juan Guaido"), a role
  in an appositive after it (", a Venezuelan journalist,"), or a reporting verb
  beside it ("said Pukhov"). In title-case lines (headlines) only a title
  counts. A candidate headed by an organisation word ("Center for ...",
  "... Ministry") is an organisation; one followed by ", a private TV channel"
  or led by "oil giant" likewise.
* A capital stands for its government ("Moscow insists") unless a locative
  word comes before it or "-based" after it ("in Moscow", "Moscow-based"),
  which makes it a place. Seats of government ("the Kremlin") always stand for
  their country.
* Afterwards, a surname alone joins the person whose full name ends in it (the
  most recent one when two share it); "he" and "she" join the nearest person
  of a compatible gender.

Keys, names and merging: an actor's ``key`` is :func:`actor_key` of its name:
accents and case folded, "al-" dropped, British spellings made American, so
"Juan Guaidó" and "Juan Guaido", or "Centre" and "Center", are one actor. A
person's display ``name`` is the name in :mod:`geopol_news.data.people` when
the person is listed there, else the fullest form the text prints, preferring
the one with diacritics. Countries take their name from
:mod:`geopol_news.data.countries`, organisations from
:mod:`geopol_news.data.organizations`; a body every state has takes its
country's adjective ("Russian Foreign Ministry", also for "Russia's Foreign
Ministry").
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from geopol_news._patterns import alternation, trie_alternation
from geopol_news._text import composed, line_bounds
from geopol_news.data import calendar, countries, cues, organizations, people, roles
from geopol_news.errors import expect_type
from geopol_news.layout import apart_from_story
from geopol_news.model import (
    _SET_END,
    _SET_START,
    Actor,
    ActorKind,
    Gender,
    Mention,
    MentionKind,
    Role,
    Snippet,
    Span,
    _new_object,
    _slot_setters,
    _trusted_span,
)

__all__ = ["actor_key", "credited_actors", "extract_actors", "given_name_gender"]

# Enum members as module constants: looking one up on its class costs ten times more.
_G_FEMALE = Gender.FEMALE
_G_MALE = Gender.MALE
_K_COUNTRY = ActorKind.COUNTRY
_K_GROUP = ActorKind.GROUP
_K_ORGANIZATION = ActorKind.ORGANIZATION
_K_PERSON = ActorKind.PERSON
_K_PLACE = ActorKind.PLACE
_M_ACRONYM = MentionKind.ACRONYM
_M_CAPITAL = MentionKind.CAPITAL
_M_DEMONYM = MentionKind.DEMONYM
_M_FIRST_NAME = MentionKind.FIRST_NAME
_M_NAME = MentionKind.NAME
_M_PRONOUN = MentionKind.PRONOUN
_M_SEAT = MentionKind.SEAT
_M_SURNAME = MentionKind.SURNAME
_M_TITLE = MentionKind.TITLE
_NOT_NAMES = (_M_PRONOUN, _M_TITLE)  # mentions whose surfaces are no aliases
_R_AUTHOR = Role.AUTHOR
_R_PHOTOGRAPHER = Role.PHOTOGRAPHER
_R_PHOTO_AGENCY = Role.PHOTO_AGENCY
# Places that may be a person's given name or surname: read alone, kept for a person.
_PLACE_NAMES = people.PLACE_GIVEN_NAMES | people.PLACE_SURNAMES

# -- keys ---------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def actor_key(name: str) -> str:
    """The identity used to merge and compare actors: accents, case and spellings folded.

    >>> actor_key("Juan Guaidó") == actor_key("juan guaido")
    True
    >>> actor_key("Bashar al-Assad"), actor_key("Centre for Analysis")
    ('bashar assad', 'center for analysis')
    >>> actor_key("the Kremlin")
    'kremlin'
    """
    expect_type(name, str, "actor_key() expects a name as str")
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Turkish "Bar\u0131\u015f" and "BARI\u015e": the dotless i (U+0131) has no accent
    # to drop, and its capital is a plain "I"
    folded = plain.casefold().replace("\u0131", "i")
    words = folded.replace("\u2019", "'").replace("\u2018", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(_key_word(word) for word in words)


def _key_word(word: str) -> str:
    head, dash, rest = word.partition("-")
    if dash and rest and head in people.HYPHEN_PARTICLES:
        word = rest
    return cues.KEY_SPELLINGS.get(word, word)


# -- tables -------------------------------------------------------------------

# What a table phrase names.
_COUNTRY = "country"
_ORG = "org"
_GENERIC = "generic"  # a body every state has: its country comes from the text
_PERSON = "person"
_REGION = "region"
_TITLE = "title"
_BLOCK = "block"  # never part of a name: weekdays, months, sentence openers


@attrs.frozen
class _Entry:
    what: str
    name: str
    mention: MentionKind = _M_NAME
    code: str | None = None
    category: str | None = None
    gender: Gender | None = None
    index: int = -1  # position in people.PEOPLE for _PERSON entries


_GENDERS = {"female": _G_FEMALE, "male": _G_MALE}

_Range = tuple[int, int]  # (start, end) offsets into the text, lighter than a Span
_Word = tuple[int, int, str]  # a word found in the text: (start, end, text)
# A mention while reading: (start, end, text, kind). The Mention objects (frozen attrs
# classes, costly to make) are made once, for the mentions an actor keeps (see _build).
_Found = tuple[int, int, str, MentionKind]
_PLACE = operator.itemgetter(0, 1)  # (start, end) of a (start, end, ...) tuple
_FIRST = operator.itemgetter(0)  # the position of a (position, ...) tuple
_UNPROVEN_START = operator.itemgetter(1)  # the start of an unproven (text, start, ...) name
_TEXT = operator.itemgetter(2)  # the text of a (start, end, text, kind) tuple
_START = operator.attrgetter("start")  # the start of a Span
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# A possessive that may point to its own clause's subject ("the winger said his team"),
# so that, like a subject pronoun, it prefers a person named as a subject to one named
# as an object ("traded him for Lee"). ("Her" may be an object too, and an object
# pronoun never points to its own clause's subject: it is left out.)
_SUBJECT_POSSESSIVES = frozenset({"his"})
# How many capitalised role words in a row are read as titles before a name ("Deputy
# Leader ..."); a longer row is no title (and reading it costs time that grows with the
# square of its length).
_MAX_ROLES = 3
# The connectors that open the complement of an organisation's head word: "Center for
# Public Opinion Research", "Council on Foreign Relations", "Bank of Porthaven".
_HEAD_COMPLEMENTS = frozenset({"for", "of", "on"})
# Lower-case words outside the role tables that may open an appositive's title before its
# role noun: ", marketing executive at ...", ", sales manager for ...".
_LOOSE_TITLE_WORDS = 2
_POSSESSIVE_ENDS = ("'s", "\u2019s")  # a possessive's ending: "Russia's", "the agency's"
_PRONOUN_REACH = 250  # characters back from a pronoun in which its person is looked for
# How far back a "he" or "she" with no person named since the last one of its gender goes
# on with that one's person ("Wendy Lind ... She ... her son Kody ... she said").
_CHAIN_REACH = 1000
_ROLE_TITLE = _Entry(_TITLE, "", _M_TITLE)  # a capitalised role noun used as a title


@functools.cache
def _generic_keys() -> frozenset[str]:
    """The keys of the bodies every state has, printed without a country."""
    return frozenset(actor_key(form) for form in organizations.GENERIC_BODIES)


# A word of a lower-case particle, a hyphen and a capitalised rest ("al-Assad", "el-Sisi");
# a letter is [^\W\d_].
_HYPHEN_SURNAME = re.compile(
    rf"(?:{trie_alternation(people.HYPHEN_PARTICLES)})-(?=[A-Z])[^\W\d_]+"
)
_WORD_JOINERS = "-_'\u2019"  # characters before a word that make it part of a longer one
_REGIONAL = roles.REGIONAL_ADJECTIVES  # "Nordic": no name alone, but it may open a body's


def _is_entry(piece: _Piece, *what: str) -> bool:
    return piece.entry is not None and piece.entry.what in what


def _gender(value: str | None) -> Gender | None:
    return _GENDERS.get(value) if value else None


@attrs.frozen
class _Tables:
    phrases: dict[str, _Entry]
    longest: dict[str, int]  # first word of a phrase -> most words in a phrase it starts
    given: frozenset[str]
    surnames: dict[str, tuple[int, ...]]  # surname -> indexes into people.PEOPLE
    role_nouns: dict[str, Gender | None]
    role_words: frozenset[str]  # role nouns and modifiers
    org_heads: frozenset[str]
    phrase_prepositions: frozenset[str]  # "on" in "Democrats on Capitol Hill, who"
    org_nouns: frozenset[str]
    facility_heads: frozenset[str]
    speech: frozenset[str]
    clause_openers: frozenset[str]
    contrasting: frozenset[str]  # "Unlike": the person after it is not the subject
    auxiliaries: frozenset[str]  # "also", "has": between a name and its reporting verb
    determiners: frozenset[str]  # "the", "a", "his": no word of a title before a name
    speaker_nouns: frozenset[str]
    locative: frozenset[str]
    departures: frozenset[str]  # "left", "bound": before "for" and a destination
    place_suffixes: frozenset[str]
    particles: frozenset[str]
    connectors: frozenset[str]
    pronouns: dict[str, Gender | None]
    small_words: frozenset[str]
    dotted: frozenset[str]  # titles written with a full stop: "Sen.", "Gen."
    calendar_words: frozenset[str]  # month and weekday names and abbreviations
    courtesy: frozenset[str]  # "Mr.", "Dr.": titles before which any capital is a surname


def _abbreviation(form: str) -> bool:
    return form.isupper() or (form.replace(".", "").isupper() and "." in form)


def _country_entries() -> Iterator[tuple[str, _Entry]]:
    for country in countries.COUNTRIES:
        code, name = country.code, country.name
        yield name, _Entry(_COUNTRY, name, _M_NAME, code)
        for form in country.names:
            kind = _M_ACRONYM if _abbreviation(form) else _M_NAME
            yield form, _Entry(_COUNTRY, name, kind, code)
        for form in country.demonyms:
            yield form, _Entry(_COUNTRY, name, _M_DEMONYM, code)
        for form in country.capitals:
            yield form, _Entry(_COUNTRY, name, _M_CAPITAL, code)
        for form in country.seats:
            yield form, _Entry(_COUNTRY, name, _M_SEAT, code)
    by_code = {country.code: country.name for country in countries.COUNTRIES}
    for form, codes in countries.AMBIGUOUS_NAMES.items():
        yield form, _Entry(_COUNTRY, by_code[codes[0]], _M_NAME, codes[0])
    for form, codes in countries.SHARED_DEMONYMS.items():
        yield form, _Entry(_COUNTRY, by_code[codes[0]], _M_DEMONYM, codes[0])


def _org_entries() -> Iterator[tuple[str, _Entry]]:
    for org in organizations.ORGANIZATIONS:
        for form in (org.name, *org.names):
            yield form, _Entry(_ORG, org.name, _M_NAME, org.country, org.kind)
        for form in org.acronyms:
            yield form, _Entry(_ORG, org.name, _M_ACRONYM, org.country, org.kind)
    for form, kind in organizations.GENERIC_BODIES.items():
        yield form, _Entry(_GENERIC, form, _M_NAME, None, kind)


def _other_entries() -> Iterator[tuple[str, _Entry]]:
    for index, person in enumerate(people.PEOPLE):
        for form in (person.name, *person.names):
            yield form, _Entry(_PERSON, person.name, code=person.country, index=index)
    for form, code in roles.REGIONS.items():
        yield form, _Entry(_REGION, form, code=code or None)
    for form, gender in roles.TITLES.items():
        yield form, _Entry(_TITLE, form, _M_TITLE, gender=_gender(gender))
    blocked = [*roles.REGIONAL_ADJECTIVES, *roles.NON_NAME_WORDS]
    blocked += [form for forms in (*calendar.MONTHS, *calendar.WEEKDAYS) for form in forms]
    for form in blocked:
        yield form, _Entry(_BLOCK, form)


@functools.cache
def _tables() -> _Tables:
    phrases: dict[str, _Entry] = {}
    # Earlier tables win a shared form: a country before an organisation, and so on.
    for source in (_country_entries(), _org_entries(), _other_entries()):
        for form, entry in source:
            phrases.setdefault(form, entry)
    surnames: dict[str, list[int]] = {}
    for index, person in enumerate(people.PEOPLE):
        for form in (person.surname, *person.surnames):
            surnames.setdefault(form, []).append(index)
    role_nouns = {noun: _gender(gender) for noun, gender in roles.ROLE_NOUNS.items()}
    longest: dict[str, int] = {}
    for form in phrases:
        words = form.split()
        longest[words[0]] = max(longest.get(words[0], 1), len(words))
    return _Tables(
        phrases=phrases,
        longest=longest,
        given=people.GIVEN_NAMES,
        surnames={form: tuple(indexes) for form, indexes in surnames.items()},
        role_nouns=role_nouns,
        role_words=frozenset(role_nouns) | roles.ROLE_MODIFIERS,
        org_heads=organizations.ORG_HEAD_WORDS,
        phrase_prepositions=frozenset(cues.PHRASE_PREPOSITIONS),
        org_nouns=organizations.ORG_NOUNS,
        facility_heads=organizations.FACILITY_HEADS,
        speech=frozenset(cues.SPEECH_VERBS),
        clause_openers=frozenset(cues.CLAUSE_OPENERS),
        contrasting=frozenset(cues.CONTRASTING_OPENERS),
        determiners=frozenset(cues.DETERMINERS),
        auxiliaries=frozenset(cues.AUXILIARIES),
        speaker_nouns=frozenset(cues.SPEAKER_NOUNS),
        locative=frozenset(cues.LOCATIVE_WORDS),
        departures=frozenset(cues.DEPARTURE_WORDS),
        place_suffixes=frozenset(cues.PLACE_SUFFIXES),
        particles=people.SURNAME_PARTICLES,
        connectors=frozenset(cues.NAME_CONNECTORS),
        pronouns={word: _gender(gender) for word, gender in roles.PRONOUNS.items()},
        small_words=frozenset(cues.TITLE_CASE_SMALL_WORDS),
        dotted=frozenset(form for form in roles.TITLES if form.endswith(".")),
        courtesy=roles.COURTESY_TITLES,
        calendar_words=frozenset(
            form.rstrip(".") for forms in (*calendar.MONTHS, *calendar.WEEKDAYS) for form in forms
        ),
    )


# -- patterns -----------------------------------------------------------------


# A character of a word after its capital. ASCII letters and digits are in ``\w`` too;
# spelled out, ``re`` finds them in its table of characters without a Unicode lookup.
_WORD_CHAR = r"[A-Za-z0-9\w.'\u2019\-]"


@functools.cache
def _run_source() -> str:
    """A run of capitalised words joined by single spaces, name particles and connectors.

    The pattern is deliberately loose (a word is any letters, dots, hyphens and
    apostrophes after a capital); :meth:`_Reader.words` then splits off
    possessives and sentence-final full stops in plain Python. It is written
    for the standard ``re`` module, which scans plain text several times faster
    than ``regex``, and starts with a capital so that the scan skips ahead
    quickly; the character class of capitals is spelled out from the Unicode
    tables. Words are letters and separators are not, so matching is linear.
    Particles and connectors are tries (:func:`trie_alternation`), tried after every
    word: only one of them can match at a place, as a space or a hyphen must follow.
    The repetition of the later words is possessive: nothing follows it in the
    pattern, so giving words back could find no other match, and without the
    backtracking state the scan costs less.
    """
    upper = _char_class(str.isupper)
    word = rf"{upper}(?<!{_WORD_CHAR}{upper}){_WORD_CHAR}*"  # a capital at a word start
    particle = trie_alternation(people.HYPHEN_PARTICLES)
    later = rf"(?:{particle}-)?{upper}{_WORD_CHAR}*"  # al-Assad
    joiner = trie_alternation([*people.SURNAME_PARTICLES, *cues.NAME_CONNECTORS])
    return rf"{word}(?:[ \u00a0](?:{joiner}[ \u00a0])*{later})*+"


@functools.cache
def _runs() -> re.Pattern[str]:
    return re.compile(_run_source())


def _char_class(test: Callable[[str], bool], limit: int = 0x3000) -> str:
    """A ``re`` character class of the characters below *limit* that pass *test*."""
    ranges: list[list[int]] = []
    for point in range(limit):
        if test(chr(point)):
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
    parts = (
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return "[" + "".join(parts) + "]"


# The standard ``re`` module throughout: ``regex`` costs several microseconds a
# call, and this module makes hundreds of small calls per article.
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
# A contracted verb closing a word: "He'd", "I'm", "They're", "We've", "She'll".
_ROLE_PHRASE_WORDS = 5  # "The captain of the team, Jordan Stewart,": words read before
_CONTRACTED_VERB = re.compile(r"['\u2019](?:d|m|re|ve|ll)$")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.\-]*")
_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\(([A-Z][A-Z0-9&.]{1,9})\)")
# An age in an appositive, the news style for people: "Quina Jones, 25, said".
# A body the person before it belongs to, then a reporting verb: "Jingyi Pan of IG said",
# "Tim Guest with the Health Authority says" (up to four capitalised words for the body).
_MEMBER_WORDS = frozenset({"of", "at", "with", "from"})
_MEMBER_SPEAKS = re.compile(
    rf"[ \u00a0](?:{'|'.join(sorted(_MEMBER_WORDS))})[ \u00a0](?:the[ \u00a0])?"
    r"(?:[A-Z][\w&.'\u2019-]*[ \u00a0]){1,4}([a-z]+)\b"
)
_AGE_AFTER = re.compile(r",[ \u00a0]\d{1,3},")
# A relative clause about a person right after a name: "Ida Quell, who joined in 2017".
_WHO_AFTER = re.compile(r",[ \u00a0]who[ \u00a0]")
# An acronym that may stand for a name printed in full: "EDC", "IRCC".
_ACRONYM_SHAPE = re.compile(r"[A-Z]{2,6}")
# An age before a name: "13-year-old Jayme Closs".
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old[ \u00a0]$")
# A closing quotation mark, then a dash or a bar, right before a signature: '" ― Ana Lind'.
_SIGNATURE_BEFORE = re.compile("[\"\u201d][.,]?[ \u00a0]*[\u2015\u2014\u2013-]{1,2}[ \u00a0]*$")
_DATELINE_DASH = re.compile(r"[ \u00a0]*(?:--|\u2014|\u2013|-[ ]|\()")
_PREPOSITIONS = frozenset(cues.LOCATIVE_WORDS) | frozenset(cues.NAME_CONNECTORS) | {"with", "by"}
_CREDIT_SPLIT = re.compile(r",? and |, | & ")
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)*)['\u2019]s? $")
_CAPITALISED = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)*")
# An appositive after a name: ", deputy director of the Centre ...,". Its body runs to the
# first comma, semicolon or opening bracket, full stop before a space, line end, or clause
# going on ("who ...", "said ..."), and holds at most _APPOSITIVE_MAX characters.
_APPOSITIVE_OPEN = r",[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?"  # ", " and an article, if any
_CLAUSE_GOES_ON = r"(?:who|which|that|has|have|had|is|was|said|says|told)\b"
_APPOSITIVE_STOP = rf"(?=,|;|\(|\.(?:\s|$)|\n|$|[ \u00a0]+{_CLAUSE_GOES_ON})"
_BODY_CHAR = "[^,;:()\"\u201c\u201d\n]"  # what a body holds
_APPOSITIVE_MAX = 120
# The body read lazily, one character at a time, up to the first stop.
_APPOSITIVE = re.compile(
    rf"{_APPOSITIVE_OPEN}(?P<body>{_BODY_CHAR}{{1,{_APPOSITIVE_MAX}}}?){_APPOSITIVE_STOP}"
)
# The same first reading, several times faster: greedy runs of characters that cannot be
# a stop (no full stop or space) joined by a full stop or a space that is no stop, with
# no backtracking (possessive and atomic) and no length limit (see _Reader.appositive).
_PLAIN_BODY = "[^,;:()\"\u201c\u201d\n. \u00a0]*+"
_INNER_STOP = rf"(?:\.(?!\s|$)|[ \u00a0](?![ \u00a0]*{_CLAUSE_GOES_ON}))"  # "U.S.", a space
_APPOSITIVE_FIRST = re.compile(
    r",[ \u00a0]++(?>(?:a|an|the)[ \u00a0]+)?+"  # _APPOSITIVE_OPEN, taken whole
    rf"(?P<body>{_BODY_CHAR}(?>{_PLAIN_BODY}(?:{_INNER_STOP}{_PLAIN_BODY})*+))"
    rf"{_APPOSITIVE_STOP}"
)


# -- reading ------------------------------------------------------------------


class _Builder:
    """An actor being put together from its mentions.

    A plain class, as :class:`_Piece`: builders are made by the dozen per text, and
    attrs' ``__init__`` with its default factories costs about twice as much."""

    __slots__ = (
        "affiliation",
        "category",
        "country",
        "full",
        "gender",
        "key",
        "kind",
        "listed",
        "mentions",
        "name",
        "role",
        "titles",
        "windows",
    )

    def __init__(self, key: str, name: str, kind: ActorKind) -> None:
        self.key, self.name, self.kind = key, name, kind
        self.mentions: list[_Found] = []
        self.titles: list[str] = []
        self.affiliation: str | None = None
        self.country: str | None = None
        self.gender: Gender | None = None
        self.category: str | None = None
        self.role: Role | None = None
        self.listed = -1  # index into people.PEOPLE
        self.full = False  # a person named by more than a surname
        self.windows: list[_Range] = []  # where an affiliation may be named

    def add(self, text: str, start: int, end: int, kind: MentionKind) -> None:
        self.mentions.append((start, end, text, kind))


class _Piece:
    """A part of a run: a table phrase, an unknown word, or a joining word.

    Pieces are cached with the run's text (:func:`_run_shape`), so *start* and *end*
    are offsets into the run: add the run's start for offsets into the source. An
    unknown word's *name* tells what the unknown words from it on say by their text
    alone (see :func:`_name_at`); it is worked out the first time a name is read there
    (at the start of a name only: computing it at every word would cost time that grows
    with the square of a long run's length). *place_name* tells whether a listed place
    may open a person's name here (:func:`_place_given_name`), as set by :func:`_run_shape`."""

    __slots__ = ("end", "entry", "joiner", "name", "place_name", "start", "text")

    def __init__(
        self, start: int, end: int, text: str, entry: _Entry | None = None, joiner: bool = False
    ) -> None:
        self.start, self.end, self.text, self.entry, self.joiner = start, end, text, entry, joiner
        self.name: _Name | None = None
        self.place_name = False


class _Name:
    """A candidate name: the unknown words of a group from one of them on, and what
    their text alone tells (:meth:`_Reader.read_unknown` reads the rest from the
    context)."""

    __slots__ = ("end", "facility", "given", "name_like", "org", "role", "text", "words")

    def __init__(
        self,
        end: int,
        text: str,
        words: int,
        *,
        org: bool,
        role: _Piece | None,
        facility: bool,
        given: bool,
        name_like: bool,
    ) -> None:
        self.end = end  # the index of the piece after the name
        self.text = text  # the name as printed
        self.words = words  # how many words it has, joiners aside
        self.org = org  # an organisation by its head word, unless in title case
        self.role = role  # a title that stands for its first word ("Leader Andrew Scheer")
        self.facility = facility  # a facility by its last word ("Kabul Airport")
        self.given = given  # it starts with a known given name
        self.name_like = name_like  # every word looks like a name word


_Pieces = tuple[_Piece, ...]  # a group of a run (see _run_shape)
_Shape = tuple[_Pieces, ...]  # the groups of a run


class _Reader:
    """Reads the segments of one text; one instance per call."""

    def __init__(self, source: str, tables: _Tables) -> None:
        self.source = source
        self.t = tables
        self.actors: dict[str, _Builder] = {}
        # Unknown single words, maybe surnames: (text, start, end, the word before them,
        # whether an appositive after them may give a role); see :meth:`read_loose`.
        self.loose: list[tuple[str, int, int, str | None, bool]] = []
        # full names read with no evidence of a person yet: (text, start, end, words)
        self.unproven: list[tuple[str, int, int, int]] = []
        # the unproven names by their text, for the pronouns that prove them
        self.unproven_by_text: dict[str, list[tuple[str, int, int, int]]] | None = None
        self.particle_names: set[str] = set()  # keys of full names opening with "Al", "De"
        # lone mentions of a place that is also a given name, with the place they went to
        self.place_words: list[tuple[tuple[int, int, str, MentionKind], _Builder]] = []
        self.acronyms: dict[str, str] = {}  # acronym -> key, from "Long Name (LN)"
        self.segments: list[Span] = []
        self.segment_ends: list[int] = []  # the end of each segment
        self.asides: list[Span] = []  # read, but apart from the story (see extract_actors)
        self.aside_starts: list[int] = []
        self.by_code: dict[str, _Builder] = {}
        self.bodies: dict[int, _Range | None] = {}  # see appositive
        self.objects: dict[int, bool] = {}  # see object_like

    # -- actors ----------------------------------------------------------------
    def actor(self, key: str, name: str, kind: ActorKind) -> _Builder:
        found = self.actors.get(key)
        if found is None:
            found = self.actors[key] = _Builder(key, name, kind)
        return found

    def country(self, code: str) -> _Builder:
        builder = self.by_code.get(code)
        if builder is None:
            name = _country_name(code)
            builder = self.by_code[code] = self.actor(actor_key(name), name, _K_COUNTRY)
            builder.country = code
        return builder

    def place(self, name: str, code: str | None) -> _Builder:
        builder = self.actor(actor_key(name), name, _K_PLACE)
        builder.country = builder.country or code
        return builder

    # -- segments --------------------------------------------------------------
    def in_story(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one of the segments read (sorted, not
        overlapping): the first that ends after *start* holds it."""
        at = bisect_right(self.segment_ends, start)
        return at < len(self.segments) and self.segments[at].start <= start and (
            end <= self.segment_ends[at]
        )

    def in_segments(self, found: Iterable[_Word]) -> Iterator[_Word]:
        """The words *found* (in text order) that lie inside the segments read."""
        spans, ends = self.segments, self.segment_ends
        count = len(spans)
        segment = 0
        for word in found:
            word_start = word[0]
            # the first segment ending after it: words come in order, so the search goes
            # on from the segment found last
            while segment < count and ends[segment] <= word_start:
                segment += 1
            if segment == count:
                return
            if spans[segment].start <= word_start and word[1] <= ends[segment]:
                yield word

    def read(self, spans: Sequence[Span]) -> None:
        """Read the runs of capitalised words inside *spans* (sorted, not overlapping),
        with one scan over the text they cover."""
        self.segments.extend(spans)
        self.segment_ends = [span.end for span in self.segments]
        if not spans:
            return
        source, by_code = self.source, self.by_code
        starts = [span.start for span in spans]
        last = len(spans) - 1
        at = 0  # the index of the segment the last run was looked up in
        start = end = 0
        # Whether the segment is set in title case: worked out for the first run read
        # in pieces (the only reading it changes), as many segments have none.
        title_case: bool | None = None
        for run in _runs().finditer(source, spans[0].start, spans[-1].end):
            text = run[0]
            run_start, run_end = run.span()
            if run_start >= end:  # find the segment the run is in, if any
                # the last one starting at or before it: runs come in order, so the
                # search goes on from the segment found last
                while at < last and starts[at + 1] <= run_start:
                    at += 1
                segment = spans[at]
                start, end = segment.start, segment.end
                if run_start >= end:
                    continue
                title_case = None
            if run_end > end:
                continue  # a run crossing a segment's end: not a name of this segment
            how, entry, cut, shape = _run_reading(text)
            if how == _READ_PIECES:
                if title_case is None:
                    title_case = _is_title_case(source, start, end, self.t)
                self.read_run(text, shape, run_start, start, title_case)
            elif how == _READ_WORD:
                self.read_word(text, run_start, run_end, start)
            elif how == _READ_COUNTRY:
                assert entry is not None
                assert entry.code is not None
                country = by_code.get(entry.code) or self.country(entry.code)
                bare = text if cut == len(text) else text[:cut]
                mention = (run_start, run_start + cut, bare, entry.mention)
                country.mentions.append(mention)
                if mention[2] in _PLACE_NAMES:  # "Jordan said": Jordan Stewart? Jim Jordan?
                    self.place_words.append((mention, country))
            # else _READ_NOTHING: a blocked word

    def read_word(self, text: str, start: int, end: int, floor: int) -> None:
        """One unknown capitalised word: a surname, a titled person, an organisation, or nothing."""
        acronym_key = self.acronyms.get(text)
        if acronym_key is not None:
            self.actors[acronym_key].add(text, start, end, _M_ACRONYM)
            return
        before = _word_before(self.source, start, floor)
        if before is not None and before in self.t.role_nouns:
            title = self.role_before(start, floor, before)
            if title is not None and _looks_like_name(text):
                person = self.person(text, 1)
                person.add(text, start, end, _M_SURNAME)
                self.give_title(person, title)
                return
        self.read_loose(text, start, end, before)

    def read_run(self, run: str, shape: _Shape, base: int, floor: int, title_case: bool) -> None:
        """The pieces of the run *run*, which starts at *base*: its *shape* (see
        :func:`_run_shape`)."""
        for pieces in shape:
            index = 0
            count = len(pieces)
            while index < count:
                piece = pieces[index]
                if piece.joiner:
                    index += 1
                elif piece.entry is None or (
                    piece.place_name and self.named_by_place_word(pieces, index, base, floor)
                ):
                    index = self.read_unknown(run, pieces, index, base, floor, title_case)
                else:
                    self.read_entry(pieces, index, base, floor)
                    index += 1

    # -- table phrases ---------------------------------------------------------
    def read_entry(self, pieces: _Pieces, index: int, base: int, floor: int) -> None:
        """The table phrase ``pieces[index]`` of the run starting at *base*."""
        piece = pieces[index]
        entry = piece.entry
        assert entry is not None
        what = entry.what
        if what == _TITLE:
            if (
                index > 0
                and piece.text in roles.SURNAME_TITLES
                and pieces[index - 1].text in self.t.courtesy
                and (index + 1 == len(pieces) or pieces[index + 1].joiner)
            ):  # "Mr. King": a title word after a courtesy title is a surname
                self.titled_surname(pieces, index, base)
            return  # else read with the name it comes before
        start, end = base + piece.start, base + piece.end
        if what == _COUNTRY:
            assert entry.code is not None
            if entry.mention is _M_CAPITAL and self.is_location(pieces, index, base, floor):
                self.place(piece.text, entry.code).add(piece.text, start, end, _M_NAME)
            else:
                country = self.by_code.get(entry.code) or self.country(entry.code)
                country.add(piece.text, start, end, entry.mention)
        elif what == _ORG:
            kind = _K_GROUP if entry.category == "armed_group" else _K_ORGANIZATION
            org = self.actor(actor_key(entry.name), entry.name, kind)
            org.country, org.category = org.country or entry.code, entry.category
            org.add(piece.text, start, end, entry.mention)
            self.note_acronym(org, end)
        elif what == _GENERIC:
            self.read_generic(pieces, index, base)
        elif what == _PERSON:
            person = self.listed_person(entry.index)
            person.full = True
            person.add(piece.text, start, end, _M_NAME)
            before = _word_before(self.source, start, floor)
            title = self.title_before(pieces, index, base, floor, before)
            self.read_person_context(person, pieces, index + 1, base, title)
        elif what == _REGION:
            self.place(entry.name, entry.code).add(piece.text, start, end, _M_NAME)

    def titled_surname(self, pieces: _Pieces, index: int, base: int) -> None:
        """The surname ``pieces[index]`` after the courtesy title before it."""
        piece, title = pieces[index], pieces[index - 1]
        start, end = base + piece.start, base + piece.end
        person = self.person(piece.text, 1)
        person.add(piece.text, start, end, _M_SURNAME)
        self.give_title(person, (base + title.start, base + title.end))

    def is_location(self, pieces: _Pieces, index: int, base: int, floor: int) -> bool:
        """Whether the capital ``pieces[index]`` names the city rather than the
        government seated there."""
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if following is not None and following.joiner and following.text.startswith("-"):
            return True  # "Moscow-based"
        if following is not None and following.text in self.t.facility_heads:
            return True  # "the Oslo Accords", "Kabul Airport"
        if index > 0 and pieces[index - 1].text.lower() in self.t.locative:
            return True  # "In Oslo" in a title-case headline
        source = self.source
        start, end = base + pieces[index].start, base + pieces[index].end
        if start == _segment_start(source, floor) and _DATELINE_DASH.match(source, end):
            return True  # a dateline: "Moscow -- Russia has denied ..."
        if index == 0:
            before = _word_before(source, start, floor)
            if before is not None and before.lower() in self.t.locative:
                return True
            if before == "for":  # "left for Havana", "bound for Kyiv": a destination
                verb = _word_before(source, start - 1 - len(before), floor)
                if verb is not None and verb.lower() in self.t.departures:
                    return True
        if source.startswith(", ", end):
            nxt = self.t.phrases.get(_first_capitalised(source[end + 2 : end + 40]))
            if nxt is not None and nxt.what == _COUNTRY and nxt.mention is _M_NAME:
                return True  # "Moscow, Russia"
        return False

    def read_generic(self, pieces: _Pieces, index: int, base: int) -> None:
        """A body every state has: "Russian Foreign Ministry", "Venezuela's National Assembly"."""
        piece = pieces[index]
        entry = piece.entry
        assert entry is not None
        code = None
        start = base + piece.start
        before = pieces[index - 1] if index > 0 else None
        if (
            before is not None
            and before.entry is not None
            and before.entry.what == _COUNTRY
            and before.entry.mention in (_M_DEMONYM, _M_NAME)
        ):
            code = before.entry.code
            start = base + before.start  # the adjective is part of the name
        elif index == 0:
            code = self.possessive_country(start)
        name = _body_name(entry.name, code)
        org = self.actor(actor_key(name), name, _K_ORGANIZATION)
        org.country, org.category = code, entry.category
        end = base + piece.end
        org.add(self.source[start:end], start, end, _M_NAME)

    def possessive_country(self, start: int) -> str | None:
        """The country of a possessive right before *start*: "Russia's Foreign Ministry"."""
        text = self.source[max(0, start - 40) : start]
        match = _POSSESSIVE_BEFORE.search(text)
        if match is None:
            return None
        entry = self.t.phrases.get(match.group(1))
        if entry is not None and entry.what == _COUNTRY and entry.mention is _M_NAME:
            return entry.code
        return None

    def note_acronym(self, org: _Builder, end: int) -> None:
        match = _ACRONYM_AFTER.match(self.source, end)
        if match is not None:
            self.acronyms.setdefault(match.group(1), org.key)

    # -- unknown words ---------------------------------------------------------
    def read_unknown(
        self,
        run: str,
        pieces: _Pieces,
        index: int,
        base: int,
        floor: int,
        title_case: bool,
    ) -> int:
        """Read the candidate name at ``pieces[index]`` (an unknown word) of *run*, which
        starts at *base*; return the index after it. Capitalised role words before the
        name ("Leader Andrew Scheer") are read as its title."""
        roles, roles_from = 0, -1  # how many role words, and where the first stands
        while True:
            name = pieces[index].name
            if name is None:  # worked out once per run text, where a name is read
                name = pieces[index].name = _name_at(run, pieces, index, self.t)
            if name.org and not title_case:
                return self.read_org_phrase(pieces, index, name.end, base)
            if name.role is None or roles == _MAX_ROLES:
                break
            # "Leader Andrew Scheer": a role printed with a capital, then the name
            roles += 1
            roles_from = index if roles_from < 0 else roles_from
            index += 1
            while pieces[index].joiner:  # "Ambassador de la Cruz Lopez"
                index += 1
        end = name.end
        if name.facility:
            return end
        source, text = self.source, name.text
        start = base + pieces[index].start
        stop = start + len(text)
        acronym_key = self.acronyms.get(text)
        if acronym_key is not None:
            self.actors[acronym_key].add(text, start, stop, _M_ACRONYM)
            return end
        before = _word_before(source, start, floor)
        title = (
            None  # title_before's usual case, spared the call: no title in the run, no role before
            if index == 0 and (before is None or before not in self.t.role_nouns)
            else self.title_before(pieces, index, base, floor, before, roles_from)
        )
        if (
            name.words == 1
            and end == index + 1
            and end + 1 == len(pieces)  # (_listed_surname's first test, spared the call)
            and _listed_surname(pieces, index)
        ):
            after = base + pieces[index + 1].end
            if self.appositive_role(after) is not None:
                # "said Lorne Fitch, a retired biologist": an appositive role after a word
                # and a listed one-word name makes the two a person's name
                full_name = source[start:after]
                person = self.person(full_name, 2)
                person.add(full_name, start, after, _M_NAME)
                self.read_person_context(person, pieces, index + 2, base, title)
                return index + 2
        if name.words == 1 and title is None:
            self.read_loose(text, start, stop, before)
            return end
        evidence = title is not None or (
            not title_case and (name.given or self.person_evidence(start, stop, before, floor))
        )
        if not evidence or not name.name_like:
            if not self.read_org_by_noun(text, start, stop, before):
                if name.words == 1:
                    self.loose.append((text, start, stop, before, False))
                elif name.name_like and not title_case:
                    self.unproven.append((text, start, stop, name.words))
            return end
        if title is None and name.words > 1 and ("&" in text or _leads_with_acronym(text)):
            # "BC Hydro said", "CN Rail says": a body whose name opens with its initials;
            # "Procter & Gamble said": no person's name holds an ampersand
            org = self.actor(actor_key(text), text, _K_ORGANIZATION)
            org.add(text, start, stop, _M_NAME)
            return end
        person = self.person(text, name.words)
        person.add(text, start, stop, _M_NAME if name.words > 1 else _M_SURNAME)
        self.read_person_context(person, pieces, end, base, title)
        return end

    def person_evidence(self, start: int, stop: int, before: str | None, floor: int) -> bool:
        """Whether the words from *start* to *stop* read as a person's name by what stands
        around them: a reporting verb, an appositive role, an age, ", who", a quote they
        sign."""
        source = self.source
        return (
            self.beside_speech(stop, before)
            or self.appositive_role(stop) is not None
            or _AGE_AFTER.match(source, stop) is not None
            or (
                _WHO_AFTER.match(source, stop) is not None
                and (before is None or before.lower() not in self.t.phrase_prepositions)
            )
            or _signs_quote(source, start, floor)
            or _AGE_BEFORE.search(source, max(floor, start - 16), start) is not None
            or self.named_after_role(start, stop, floor)
        )

    def named_after_role(self, start: int, stop: int, floor: int) -> bool:
        """Whether the words from *start* to *stop* are set off by commas right after a
        phrase holding a role noun: "The captain of the team, Jordan Stewart, and ..."."""
        source = self.source
        if source[start - 2 : start] != ", " or not source.startswith(",", stop):
            return False
        words = source[max(floor, start - 50) : start - 2].split()[-_ROLE_PHRASE_WORDS:]
        return any(word.lower() in self.t.role_nouns for word in words)

    def named_by_place_word(self, pieces: _Pieces, index: int, base: int, floor: int) -> bool:
        """Whether the listed place ``pieces[index]``, which may open a person's name (a
        place that is also a given name, an unknown surname-like word after it: see
        :func:`_place_given_name`), opens one here: what stands around them reads as a
        person ("Jordan Stewart, 12, said"; not "Georgia Tech")."""
        start, stop = base + pieces[index].start, base + pieces[index + 1].end
        before = _word_before(self.source, start, floor)
        return self.person_evidence(start, stop, before, floor)

    def read_loose(self, text: str, start: int, end: int, before: str | None) -> None:
        """An unknown single word with no title: an organisation by its noun, else kept
        as a possible surname for :meth:`join_surnames`; *before* is :func:`_word_before`
        of its start. Whether a reporting verb stands beside the word and the role of an
        appositive after it are read there, for the few words that join someone."""
        # (read_org_by_noun's first test, made here: most words fail it, and are spared a call)
        source = self.source
        if (
            (end < len(source) and source[end] == ",")
            or (before is not None and before.lower() in self.t.org_nouns)
        ) and self.read_org_by_noun(text, start, end, before):
            return
        self.loose.append((text, start, end, before, True))

    def read_org_phrase(self, pieces: _Pieces, index: int, end: int, base: int) -> int:
        """An organisation named by pattern: "Center for Crisis Studies", "Acme Corporation";
        return the index after it."""
        while index > 0 and (
            _is_entry(pieces[index - 1], _REGION, _COUNTRY)
            or (_is_entry(pieces[index - 1], _BLOCK) and pieces[index - 1].text in _REGIONAL)
        ):
            index -= 1  # "Norwegian Polar Institute", "Arctic Fisheries Council", "Nordic ..."
            if pieces[index].entry.what == _COUNTRY:  # type: ignore[union-attr]
                break
        heads = self.t.org_heads
        if pieces[index].text in heads or (  # a head first: take what follows it
            pieces[end - 1].text in heads  # "Roper Center| for Public Opinion Research"
            and end + 1 < len(pieces)
            and pieces[end].joiner
            and pieces[end].text in _HEAD_COMPLEMENTS
        ):
            end = index + 1 if pieces[index].text in heads else end
            while end < len(pieces):
                piece = pieces[end]
                if piece.text.rstrip(".") in self.t.calendar_words:
                    break  # "Mayors Council on Nov. 15": a month ends the name
                if piece.joiner and piece.text == "and" and end + 1 < len(pieces):
                    after = pieces[end + 1]
                    if after.joiner and after.text == "the":
                        break  # "... of Porthaven and the Acme Corporation": a second name
                    nxt = after.entry
                    if nxt is not None and nxt.what in (_COUNTRY, _ORG, _PERSON):
                        break
                end += 1
            while pieces[end - 1].joiner:
                end -= 1
        code = None
        before = pieces[index - 1] if index > 0 else None
        if before is not None and before.joiner and before.text.startswith("-") and index > 1:
            before = pieces[index - 2]  # "Moscow-based Center for ...": based in that country
        for candidate in (before, pieces[index]):
            if candidate is not None and _is_entry(candidate, _COUNTRY):
                code = candidate.entry.code  # type: ignore[union-attr]
        start, stop = base + pieces[index].start, base + pieces[end - 1].end
        text = self.source[start:stop]
        org = self.actor(actor_key(text), text, _K_ORGANIZATION)
        org.country = org.country or code
        org.add(text, start, stop, _M_NAME)
        self.note_acronym(org, stop)
        return end

    def read_org_by_noun(self, text: str, start: int, end: int, before: str | None) -> bool:
        """An unknown name from *start* to *end* led by an organisation noun ("oil giant
        Rosneft") or followed by one in an appositive ("RTVI, a private Russian TV
        channel"); *before* is :func:`_word_before` of its start."""
        body = None
        if before is None or before.lower() not in self.t.org_nouns:
            if end >= len(self.source) or self.source[end] != ",":
                return False
            body = self.appositive_head(end, self.t.org_nouns)
            if body is None:
                return False
        org = self.actor(actor_key(text), text, _K_ORGANIZATION)
        org.add(text, start, end, _M_NAME)
        if body is not None:
            org.country = org.country or self.country_in(*body)
        return True

    def beside_speech(self, end: int, before: str | None) -> bool:
        """Whether a reporting verb stands right before a name (not a body in a title:
        "said Oilers head coach ...", "told Porthaven councillors", nor an owner:
        "told Porthaven's mayor") or right after its *end*; *before* is
        :func:`_word_before` of its start, which the callers have at hand."""
        after = _word_after(self.source, end)
        if before is not None:
            if before.lower() in self.t.locative:
                return False  # "officials in Porthaven said": a place, not a speaker
            if (
                before in self.t.speech
                and not self.possessive_at(end)  # "told Porthaven's councillors"
                and (after is None or not self.is_role_word(after))
            ):
                return True
        if after is None:
            # "Keeper of the Seal, Syed Danial, said": a name set off by commas, then a verb
            return (
                before is None
                and self.source[end : end + 1] == ","
                and _word_after(self.source, end + 1) in self.t.speech
            )
        if after in self.t.speech:
            return True
        if after in self.t.auxiliaries:  # "Sparkes also said", "Lee has since told"
            at = end + 1 + len(after)
            for _ in range(2):
                word = _word_after(self.source, at)
                if word is None or word in self.t.speech:
                    return word is not None
                if word not in self.t.auxiliaries:
                    return False
                at += 1 + len(word)
            return False
        member = _MEMBER_SPEAKS.match(self.source, end) if after in _MEMBER_WORDS else None
        return member is not None and member.group(1) in self.t.speech

    # -- people ----------------------------------------------------------------
    def listed_person(self, index: int) -> _Builder:
        listed = people.PEOPLE[index]
        person = self.actor(actor_key(listed.name), listed.name, _K_PERSON)
        person.listed = index
        person.country = person.country or listed.country
        return person

    def person(self, text: str, words: int) -> _Builder:
        """The person a name candidate of *words* words stands for: a listed one, or a new one."""
        if words == 1:  # a surname: joined later to a full name, else to a listed person
            return self.actor(f"?{actor_key(text)}", text, _K_PERSON)
        key = actor_key(text)
        person = self.actor(key, text, _K_PERSON)
        person.full = True
        first = text.split(None, 1)[0]
        if first[:1].isupper() and first.lower() in people.SURNAME_PARTICLES:
            self.particle_names.add(key)  # "Al Mnajer": maybe a surname (join_surnames)
        return person

    def read_person_context(
        self, person: _Builder, pieces: _Pieces, end: int, base: int, title: _Range | None
    ) -> None:
        """The title before the name (from :meth:`title_before`) and an appositive after
        it, for a name that ends before ``pieces[end]`` in the run starting at *base*:
        titles, affiliation, country, gender."""
        if title is not None:
            self.give_title(person, title)
        # (appositive_role's first test, a comma after the name, spares most names a call)
        after = base + pieces[-1].end
        if end == len(pieces) and after < len(self.source) and self.source[after] == ",":
            role = self.appositive_role(after)
            if role is not None:
                title_range, window = role
                self.give_title(person, title_range)
                if window is not None:
                    person.windows.append(window)

    def give_title(self, person: _Builder, place: _Range) -> None:
        """The title printed at *place* (start, end) for *person*, and what it tells."""
        text = self.source[place[0] : place[1]]
        if text not in person.titles:
            person.titles.append(text)
        for entry in _entries_in(text):
            if entry.what == _COUNTRY:
                person.country = person.country or entry.code
                if person.affiliation is None:
                    person.affiliation = actor_key(entry.name)
            elif entry.what == _GENERIC:
                person.affiliation = actor_key(_body_name(entry.name, person.country))
            elif entry.what == _ORG:
                person.affiliation = actor_key(entry.name)
                person.country = person.country or entry.code
            if entry.gender is not None and person.gender is None:
                person.gender = entry.gender
        last = text.rsplit(None, 1)[-1].lower()
        gender = self.t.role_nouns.get(last)
        if gender is not None and person.gender is None:
            person.gender = gender

    def title_before(
        self,
        pieces: _Pieces,
        index: int,
        base: int,
        floor: int,
        before: str | None,
        roles_from: int = -1,
    ) -> _Range | None:
        """Where the title printed right before the name at ``pieces[index]`` is: table
        titles, countries and bodies in the same run ("U.S. Secretary of State"), then
        lower-case role words before the run ("opposition leader", "Russian Foreign
        Ministry spokeswoman"). *before* is :func:`_word_before` of the name's start,
        which the callers have at hand. The words from ``pieces[roles_from]`` on, if
        any, are role words read as titles ("Leader Andrew Scheer")."""
        if index == 0 and (before is None or before not in self.t.role_nouns):
            return None  # the usual case: no title in the run, no role word before it
        first = index
        has_title = False
        if index > 0 and pieces[index - 1].joiner and not pieces[index - 1].text.startswith("-"):
            return None  # "Minister for Defence Procurement": the title's complement, no name
        while first > 0:
            piece = pieces[first - 1]
            promoted = 0 <= roles_from < first and not piece.joiner  # a role word as a title
            entry = _ROLE_TITLE if promoted else piece.entry
            if piece.joiner and piece.text in ("of", "for", "the"):
                first -= 1
                continue
            if entry is None or entry.what not in (_TITLE, _COUNTRY, _GENERIC, _ORG):
                break
            if entry.what == _COUNTRY and entry.mention in (_M_CAPITAL, _M_SEAT):
                break
            has_title = has_title or entry.what == _TITLE
            first -= 1
        while first < index and pieces[first].joiner:
            first += 1
        end = base + pieces[index - 1].end if has_title else None
        if first == 0:
            start = base + pieces[0].start
            if index > 0:  # the group starts before the name
                before = _word_before(self.source, start, floor)
            role = self.role_before(start, floor, before)
            if role is not None:
                return (role[0], end if end is not None else role[1])
        if end is None:
            return None
        return (base + pieces[first].start, end)

    def role_before(self, start: int, floor: int, before: str | None) -> _Range | None:
        """Lower-case role words ending right before *start* ("foreign affairs analyst ");
        *before* is :func:`_word_before` of *start*."""
        if before is None or before not in self.t.role_nouns:
            return None
        source = self.source
        left = max(floor, start - 120)
        # The words are read from a space about 40 characters back: no word runs over a
        # space, so they are the last words of the whole window; only when the role
        # words take all of them is the window read from its start.
        space = source.rfind(" ", left, start - 40) if start - 40 > left else -1
        scan_from = space + 1 if space >= 0 else left
        while True:
            words = list(_WORD.finditer(source, scan_from, start))
            if not words or words[-1].end() + 1 != start:
                return None
            if words[-1][0].lower() not in self.t.role_nouns:
                return None
            first = len(words) - 1
            while first > 0:
                previous = words[first - 1]
                gap = source[previous.end() : words[first].start()]
                if gap != " " or previous[0].lower() not in self.t.role_words:
                    break
                first -= 1
            if first > 0 or scan_from == left:
                break
            scan_from = left
        role_start = words[first].start()
        # A run of capitalised words right before the role belongs to it: "Russian
        # Foreign Ministry spokeswoman". (No run ends in a word with no capital: "said".)
        if (
            first > 0
            and self.source[words[first - 1].end() : role_start] == " "
            and not words[first - 1][0].islower()
        ):
            head = words[first - 1].start()
            for run in _runs().finditer(self.source, left, role_start):
                if run.end() == role_start - 1 and run.start() <= head:
                    pieces = _run_shape(run.group())[-1]  # after any sentence end
                    if all(
                        p.entry is not None and p.entry.what in (_COUNTRY, _GENERIC, _ORG, _REGION)
                        for p in pieces
                        if not p.joiner
                    ):
                        role_start = run.start() + pieces[0].start
        return (role_start, words[-1].end())

    def appositive(self, end: int) -> _Range | None:
        """Where the body of the appositive after a name ending at *end* is, if any
        (worked out once per place: several readings ask).

        :data:`_APPOSITIVE_FIRST` takes the first reading of :data:`_APPOSITIVE`, with
        no backtracking; where that fails or runs too long, :data:`_APPOSITIVE` itself
        looks further, as the two read differently there."""
        if end in self.bodies:
            return self.bodies[end]
        match = _APPOSITIVE_FIRST.match(self.source, end)
        if match is None or match.end() - match.start("body") > _APPOSITIVE_MAX:
            match = _APPOSITIVE.match(self.source, end)
        body = self.bodies[end] = None if match is None else match.span("body")
        return body

    def appositive_role(self, end: int) -> tuple[_Range, _Range | None] | None:
        """A role in an appositive after a name ending at *end*: (where its title is,
        where an affiliation may follow) — ", deputy director of the Centre ...,"."""
        if end >= len(self.source) or self.source[end] != ",":
            return None
        body = self.appositive(end)
        if body is None:
            return None
        body_start, body_end = body
        role_nouns = self.t.role_nouns
        title_start = -1  # where the first word starts
        title_end = -1  # where the last role noun of the leading run of title words ends
        loose = 0  # words outside the tables before the first role noun: "marketing"
        # The words one at a time, up to the eighth: a title is read from those alone.
        for word in itertools.islice(_WORD.finditer(self.source, body_start, body_end), 8):
            text = word[0]
            lower = text.lower()
            if title_start < 0:
                title_start = word.start()
            if lower in role_nouns:
                title_end = word.end()
            elif title_end < 0 and text.islower() and text.endswith(_POSSESSIVE_ENDS):
                # "the agency's spokeswoman": the title is the role (a named owner stays:
                # "e.GO's founder", "Acme's spokeswoman")
                title_start = -1
            elif title_end < 0 and loose < _LOOSE_TITLE_WORDS and text.islower():
                loose += 1  # "marketing executive", "sales manager"
            elif title_end >= 0 or (lower not in self.t.role_words and text.islower()):
                break  # (a brand in camel case is a name: "e.GO's founder", "eBay's")
        if title_end < 0:
            return None
        return (title_start, title_end), ((title_end, body_end) if body_end > title_end else None)

    def appositive_head(self, end: int, nouns: frozenset[str]) -> _Range | None:
        """Where the appositive after a name ending at *end* is, when its last word (or
        two) is one of *nouns*."""
        if end >= len(self.source) or self.source[end] != ",":
            return None
        body = self.appositive(end)
        if body is None:
            return None
        words = self.source[body[0] : body[1]].lower().split()
        for i, word in enumerate(words):  # the head comes before any "of", "at", ...
            if word in _PREPOSITIONS:
                words = words[:i]
                break
        if words and (words[-1] in nouns or " ".join(words[-2:]) in nouns):
            return body
        return None

    def country_in(self, start: int, end: int) -> str | None:
        """The first country named between *start* and *end*."""
        for entry in _entries_in(self.source[start:end]):
            if entry.what == _COUNTRY:
                return entry.code
        return None

    # -- after the runs --------------------------------------------------------
    def finish(self) -> tuple[Actor, ...]:
        self.join_surnames()
        self.hyphen_surnames()
        self.resolve_pronouns()
        self.title_mentions()
        windows = [(b, window) for b in self.actors.values() for window in b.windows]
        if windows:
            named = sorted(
                (
                    (start, end, builder)
                    for builder in self.actors.values()
                    if builder.kind in (_K_ORGANIZATION, _K_GROUP, _K_COUNTRY)
                    for start, end, _, _ in builder.mentions
                ),
                key=_PLACE,
            )
            for builder, window in windows:
                self.affiliate(builder, window, named)
        self.qualify_generic_bodies()
        built = [_build(builder) for builder in self.actors.values() if builder.mentions]
        built.sort(key=lambda actor: actor.mentions[0].span.start)
        return tuple(built)

    def title_mentions(self) -> None:
        """A definite role noun standing for a person ("The president said", "the analyst
        added") is a TITLE mention of the person named last before it whose title ends
        in that noun, "the" and the noun, or "the", the title's word before the noun and
        the noun ("the foreign minister" of a "Foreign Minister"). A name right after
        the noun ("the president Ana Lind") is that name's; an appositive right after the
        name ("Ana Lind, the analyst,") is her title, not a second mention; a noun with a
        complement ("the director of the institute") may be someone else; a role noun of
        no person's title stands for no one here."""
        # the role noun ending a title -> its holders by key, and each holder's titles'
        # last two words ("foreign minister")
        holders: dict[str, dict[str, _Builder]] = {}
        endings: dict[str, set[str]] = {}
        role_nouns = self.t.role_nouns
        for builder in self.actors.values():
            if builder.kind is not _K_PERSON or builder.role is not None:
                continue
            for title in builder.titles:
                words = title.lower().split()
                if words and words[-1] in role_nouns:
                    holders.setdefault(words[-1], {})[builder.key] = builder
                    endings.setdefault(builder.key, set()).add(" ".join(words[-2:]))
        if not holders:
            return
        source = self.source
        for noun, holding in holders.items():
            found: list[tuple[int, int, int]] = []
            spaced = f" {noun}"  # (a noun after a space: fewer hits inside words)
            at = source.find(spaced)
            while at >= 0:
                at += 1
                end = at + len(noun)
                start = _definite_start(source, at, end)
                if start >= 0:
                    found.append((start, at, end))
                at = source.find(spaced, end)
            if not found:
                continue
            owners = list(holding.values())
            named = sorted(
                (start, stop, index)
                for index, person in enumerate(owners)
                for start, stop, _, _ in person.mentions
            )
            for start, at, end in found:
                last = bisect_left(named, (start,)) - 1
                if last < 0:
                    continue  # no holder named before it
                if named[last][1] == start - 2 and source[start - 2 : start] == ", ":
                    continue  # "Ana Lind, the analyst, said": an appositive, her title
                if source[end : end + 4] in (" of ", " at "):
                    continue  # "the nominee of the party": a holder the words define
                owner = owners[named[last][2]]
                if not self.in_story(start, end):
                    continue
                words = source[start:at].split()  # "the" and at most one word of the title
                if len(words) == 2 and f"{words[1].lower()} {noun}" not in endings[owner.key]:
                    continue  # "the vice president" of a "President": someone else
                owner.add(source[start:end], start, end, _M_TITLE)

    def hyphen_surnames(self) -> None:
        """A surname that opens with a lower-case particle and a hyphen ("al-Assad" of
        "Bashar al-Assad"), printed alone inside the story, is a surname mention of the
        person (runs of capitalised words never start after a hyphen). The text is
        searched for the surnames of the full names read, not for every such word."""
        owners: dict[str, _Builder | None] = {}  # "al-Assad" -> its person (None: two)
        for builder in self.actors.values():
            if builder.kind is not _K_PERSON:
                continue
            for _, _, text, kind in builder.mentions:
                if "-" not in text or kind is not _M_NAME:
                    continue  # (the usual case, told apart at C speed)
                last = text.rpartition(" ")[2]
                if " " in text and _HYPHEN_SURNAME.fullmatch(last):
                    owner = owners.setdefault(last, builder)
                    if owner is not builder:
                        owners[last] = None
        if not owners:
            return
        source = self.source
        spans: dict[str, list[tuple[int, int]]] = {}  # each owner's mentions, in order
        for form, start in _places_of(source, owners):
            owner = owners[form]
            if owner is None:
                continue  # two people end in it: no telling whose it is
            end = start + len(form)
            before, after = source[start - 1 : start], source[end : end + 1]
            if before.isalnum() or before in _WORD_JOINERS or after.isalnum() or after == "-":
                continue  # part of a longer word: "the al-Assads"
            if not self.in_story(start, end):
                continue
            taken = spans.get(owner.key)
            if taken is None:
                taken = spans[owner.key] = sorted((a, b) for a, b, _, _ in owner.mentions)
            at = bisect_right(taken, (start, len(source))) - 1
            if at < 0 or taken[at][1] < end:  # not inside a mention read: "Bashar al-Assad"
                owner.add(form, start, end, _M_SURNAME)

    def qualify_generic_bodies(self) -> None:
        """A body every state has, printed without its country ("the Foreign Ministry"),
        is the one such body of a country the text names: the qualified one read
        elsewhere ("Russia's Foreign Ministry") or the one its people speak for (a
        person of Russia with the title "Foreign Ministry spokeswoman"). It joins that
        body, or takes its name, when exactly one country's body of that name is in
        the text; else it stays as printed."""
        generic = _generic_keys()
        bare = [b for b in self.actors.values() if b.key in generic and b.country is None]
        if not bare:
            return
        qualified: dict[str, dict[str, str | None]] = {}  # bare key -> qualified -> code
        for builder in self.actors.values():
            if builder.kind is _K_ORGANIZATION and builder.country is not None:
                _, _, body = builder.key.partition(" ")
                if body in generic:
                    qualified.setdefault(body, {})[builder.key] = builder.country
            elif builder.kind is _K_PERSON and builder.affiliation and builder.country:
                _, _, body = builder.affiliation.partition(" ")
                if body in generic:
                    qualified.setdefault(body, {})[builder.affiliation] = builder.country
        for builder in bare:
            options = qualified.get(builder.key, {})
            if len(options) != 1:
                continue  # no country, or several: the text does not say which
            ((key, code),) = options.items()
            printed = builder.key
            del self.actors[printed]
            owner = self.actors.get(key)
            if owner is None:
                assert code is not None  # (options hold the codes of countries named)
                builder.key, builder.name = key, _body_name(builder.name, code)
                builder.country = code
                self.actors[key] = builder
            else:
                _merge(owner, builder)
            for person in self.actors.values():  # (its people now speak for the body)
                if person.affiliation == printed and person.kind is _K_PERSON:
                    person.affiliation = key

    def affiliate(
        self, person: _Builder, window: _Range, named: list[tuple[int, int, _Builder]]
    ) -> None:
        """The first organisation named in *window* (", analyst at the X Center,"), else
        the first country; an organisation wins over a country read from a title.
        *named* lists (start, end, actor) of the organisations and countries, sorted."""
        chosen: _Builder | None = None
        window_start, window_end = window
        at = bisect_left(named, (window_start,))
        while at < len(named) and named[at][0] < window_end:
            _, end, builder = named[at]
            if end <= window_end:
                if builder.kind is not _K_COUNTRY:
                    chosen = builder
                    break
                chosen = chosen or builder
            at += 1
        if chosen is None:
            return
        if chosen.kind is not _K_COUNTRY or person.affiliation is None:
            person.affiliation = chosen.key
        person.country = person.country or chosen.country

    def prove_names(self) -> None:
        """A full name read with no evidence of a person ("Vern Sparkes was one of them")
        is one when its surname alone has some elsewhere ("Sparkes also criticized ...",
        "said Sparkes"): every mention of the full name becomes that person's."""
        surnames = {text.rsplit(None, 1)[-1] for text, _, _, _ in self.unproven}
        proven: set[str] = set()
        for text, _, end, before, _ in self.loose:
            if (
                text in surnames
                and text not in proven
                and self.beside_speech(end, before)
                and self.is_speaker_name(text)
            ):
                proven.add(text)
        if not proven:
            return
        proven = {actor_key(text) for text in proven}
        owned = {  # a named person's surname is theirs ...
            actor_key(builder.name.rsplit(None, 1)[-1])
            for builder in self.actors.values()
            if builder.kind is _K_PERSON and builder.full
        }
        heads = self.t.org_heads
        for text, start, end, words in self.unproven:
            parts = text.split()
            surname = actor_key(parts[-1])
            if surname not in proven or not heads.isdisjoint(parts):
                continue
            if surname in owned and _mark_before(self.source, start) in _SENTENCE_STARTS:
                continue  # ... so "Injecting Trump" opening a sentence is no relative of his
            self.person(text, words).add(text, start, end, _M_NAME)

    def join_particle_surnames(self, full: dict[str, list[tuple[int, _Builder]]]) -> None:
        """A name that is a particle and a surname ("Al Mnajer", "De Luca") read as a full
        name joins the person whose full name ends in it, as a surname mention; *full*
        maps surnames to the full-name mentions that end in them."""
        particles = people.SURNAME_PARTICLES
        for key in sorted(self.particle_names):
            builder = self.actors.get(key)
            if builder is None or builder.kind is not _K_PERSON or builder.listed >= 0:
                continue
            owners = [owner for owner in full.get(key, ()) if owner[1] is not builder]
            owner = _nearest(owners, builder.mentions[0][0])
            if owner is None:
                continue
            del self.actors[key]
            builder.mentions = [
                (start, end, text, _M_SURNAME if kind is _M_NAME else kind)
                for start, end, text, kind in builder.mentions
            ]
            _merge(owner, builder)
        for text, start, end, _ in self.unproven:  # read with no evidence of a person
            first, _, rest = text.partition(" ")
            if rest and first[:1].isupper() and first.lower() in particles:
                owner = _nearest(full.get(actor_key(text), []), start)
                if owner is not None:
                    owner.add(text, start, end, _M_SURNAME)

    def join_surnames(self) -> None:
        """Surnames alone join the person whose full name ends in them."""
        if self.unproven:
            self.prove_names()
        # surname -> (position, owner) of every full-name mention, in order
        full: dict[str, list[tuple[int, _Builder]]] = {}
        for builder in self.actors.values():
            if builder.kind is not _K_PERSON or not builder.full:
                continue
            for position, surname in _surnames(builder):
                full.setdefault(actor_key(surname), []).append((position, builder))
        for owners in full.values():
            owners.sort(key=_FIRST)
        firsts = self.first_names()
        if self.place_words:
            self.give_back_place_words(firsts, full)
        initials: dict[str, _Builder | None] | None = None  # made for the first acronym
        # A person first read from a title and a surname ("President Trump"), joining a
        # full name whose gender the title does not contradict ("Mr. Obama" is no
        # "Michelle Obama"; "Ms. Moore" no "Mike Moore").
        for key in [key for key in self.actors if key.startswith("?")]:
            partial = self.actors[key]
            owners = full.get(actor_key(partial.name), [])
            if partial.gender is not None and owners:
                owners = [
                    (position, person)
                    for position, person in owners
                    if (person.gender or _listed_gender(person)) in (None, partial.gender)
                ]
            owner = _nearest(owners, partial.mentions[0][0])
            if owner is None:
                owner = self.listed_by_surname(partial)
            if owner is not None:
                del self.actors[key]
                _merge(owner, partial)
        self.join_particle_surnames(full)
        source = self.source
        particle_forms: dict[str, set[str]] = {}  # person -> _surname_keys, when asked
        for text, start, end, before, appositive in self.loose:
            key = actor_key(text)
            nearest = full.get(key)
            owner = _nearest(nearest, start) if nearest else self.actors.get(f"?{key}")
            kind = _M_SURNAME
            if owner is None:
                given = firsts.get(key)  # (most words open no full name: no call for them)
                owner = _owner_before(given, start) if given is not None else None
                kind = _M_FIRST_NAME
            if owner is None and text.isupper() and _ACRONYM_SHAPE.fullmatch(text):
                if initials is None:
                    initials = self.initials()
                owner = initials.get(text)  # "EDC" after "Export Development Canada"
                kind = _M_ACRONYM
            if owner is None:
                kind = _M_SURNAME
                indexes = self.t.surnames.get(text, ())
                if len(indexes) == 1 and text not in self.t.given:
                    owner = self.listed_person(indexes[0])
                elif self.beside_speech(end, before) and self.is_speaker_name(text):
                    owner = self.speaker_named(text)  # "Melanie said", "said Pukhov"
                elif (
                    appositive
                    and before is None  # opening its clause: "Yuni, a resident of Lampung,"
                    and source[end : end + 2] == ", "
                    and self.is_speaker_name(text)
                    and self.appositive_role(end) is not None
                ):
                    owner = self.speaker_named(text)
                else:
                    continue
            if owner.kind is not _K_PERSON and kind is _M_SURNAME:  # "NATO said", "Acme said"
                kind = _M_ACRONYM if text.isupper() else _M_NAME
            elif kind is _M_SURNAME and before in people.SURNAME_PARTICLES:
                forms = particle_forms.get(owner.key)
                if forms is None:  # (once per person: the surnames of its full names)
                    forms = particle_forms[owner.key] = _surname_keys(owner)
                start = _particles_start(source, start, end, forms)  # "von der Leyen"
                text = source[start:end]
            owner.add(text, start, end, kind)
            # (appositive_role's first test, a comma after the word, spares most words a call)
            comma = appositive and end < len(source) and source[end] == ","
            role = self.appositive_role(end) if comma else None
            if role is not None:  # "Guaido, the former leader of the National Assembly,"
                self.give_title(owner, role[0])
                if role[1] is not None:
                    owner.windows.append(role[1])

    def initials(self) -> dict[str, _Builder | None]:
        """The initials of the capitalised words of each organisation's or group's names
        ("EDC" for "Export Development Canada"), to its actor; to None when several
        actors share them."""
        table: dict[str, _Builder | None] = {}
        for builder in self.actors.values():
            if builder.kind is not _K_ORGANIZATION and builder.kind is not _K_GROUP:
                continue
            texts = {text for _, _, text, kind in builder.mentions if kind is _M_NAME}
            names = {_initials(text) for text in texts}  # (each name printed once)
            for initials in names - {""}:
                table[initials] = builder if table.get(initials, builder) is builder else None
        return table

    def give_back_place_words(
        self,
        firsts: dict[str, list[tuple[int, _Builder]]],
        surnames: dict[str, list[tuple[int, _Builder]]],
    ) -> None:
        """A lone place word that is also a given name ("Jordan") goes to the one person
        whose full name opens with it, printed before it ("Jordan Stewart"); one that is
        also a surname, to the one person whose full name ends with it ("Jim Jordan"),
        unless a locative stands before it ("a trip to Jordan")."""
        given: set[tuple[int, int, str, MentionKind]] = set()
        places: dict[int, _Builder] = {}  # by id: the places that give mentions away
        # surname -> its first full-name mention when one person holds it, else nothing
        single: dict[str, Sequence[tuple[int, _Builder]]] = {}
        for mention, place in self.place_words:
            start, end, text, _ = mention
            key = actor_key(text)
            owner, kind = _owner_before(firsts.get(key, ()), start), _M_FIRST_NAME
            if owner is None and text in people.PLACE_SURNAMES:
                before = _word_before(self.source, start, 0)
                if before is None or before.lower() not in self.t.locative:
                    if key not in single:  # worked out once per surname (a long list)
                        owners = surnames.get(key, ())
                        single[key] = owners[:1] if _single_owner(owners) else ()
                    owner, kind = _owner_before(single[key], start), _M_SURNAME
            if owner is not None:
                given.add(mention)
                places[id(place)] = place
                owner.add(text, start, end, kind)
        for place in places.values():  # one pass over each place's mentions
            place.mentions[:] = [m for m in place.mentions if m not in given]

    def first_names(self) -> dict[str, list[tuple[int, _Builder]]]:
        """first-name key -> (position, owner) of the first full-name mention of each
        person whose name has two or more words and opens with a word that is no
        initial ("Jayme" of "Jayme Closs"; not "J." of "J. Smith")."""
        firsts: dict[str, list[tuple[int, _Builder]]] = {}
        for builder in self.actors.values():
            if builder.kind is not _K_PERSON or not builder.full:
                continue
            for start, _, text, kind in builder.mentions:
                if kind is _M_NAME and " " in text:
                    first = text.split(None, 1)[0]
                    if len(first) > 2 and first.isalpha():
                        firsts.setdefault(actor_key(first), []).append((start, builder))
                    break
        return firsts

    def listed_by_surname(self, partial: _Builder) -> _Builder | None:
        """The well-known person a surname read with a title stands for ("President
        Trump"), unless the title's gender says otherwise ("Ms. Moore" is no Mike Moore)."""
        indexes = self.t.surnames.get(partial.name, ())
        if not indexes:
            return None
        listed = people.PEOPLE[indexes[0]]
        gender = _gender(listed.gender)
        if partial.gender is not None and gender is not None and partial.gender is not gender:
            return None
        return self.listed_person(indexes[0])

    def is_speaker_name(self, word: str) -> bool:
        """Whether a lone unknown word beside a reporting verb names a speaker: a name
        ("Pukhov", "NATO"), not a capitalised common noun ("Officials", "Witnesses")."""
        lower = word.lower()
        for noun in (lower, lower[:-1], lower[:-2]):
            if noun in self.t.role_nouns or noun in self.t.speaker_nouns:
                return False
        return len(word) > 1 and (_looks_like_name(word) or word.isupper())

    def speaker_named(self, word: str) -> _Builder:
        """The actor of a lone name beside a reporting verb: an organisation when printed
        in capitals ("ACLU said") or with a capital inside it that no surname prefix explains
        ("TransLink says"), else a person known by that name alone."""
        if (word.isupper() and len(word) > 1) or _inner_capital(word):
            return self.actor(actor_key(word), word, _K_ORGANIZATION)
        return self.actor(f"?{actor_key(word)}", word, _K_PERSON)

    def resolve_pronouns(self) -> None:
        """ "he"/"she" join the nearest person before them whose gender does not conflict."""
        placed = [
            (start, builder, end)
            for builder in self.actors.values()
            if builder.kind is _K_PERSON
            for start, end, _, _ in builder.mentions
        ]
        placed.sort()
        if not placed:
            return
        starts = [start for start, _, _ in placed]
        # What each person's name suggests of their gender (see _listed_gender), worked
        # out once per person rather than at each pronoun that looks back at them
        priors = {
            person: _listed_gender(person)
            for person in self.actors.values()
            if person.kind is _K_PERSON
        }
        pronouns = self.t.pronouns
        subjects = _SUBJECT_PRONOUNS
        # The last gendered pronoun resolved, by gender: (start, person, aside index).
        chains: dict[Gender, tuple[int, _Builder, int]] = {}
        # A pronoun before the first person has no one to join. Mentions start at word
        # starts, so no pronoun word runs over the first one: the scan may start there.
        scan = _pronouns_in(self.source, starts[0], self.segments[-1].end)
        count = len(starts)
        at = 0  # the index of the first mention at or after the pronoun
        asides = self.asides
        for start, stop, word in self.in_segments(scan):
            lower = word.lower()
            if lower not in pronouns:
                continue  # not a pronoun of the table (the patterns take none)
            gender = pronouns[lower]
            while at < count and starts[at] < start:  # pronouns come in order: go on from the last
                at += 1
            chosen = -1
            aside = self.aside_of(start) if asides else -1
            nearest = at - 6 if at > 5 else -1  # the five mentions before it, at most
            for candidate_at in range(at - 1, nearest, -1):
                place, person, end = placed[candidate_at]
                if asides and self.aside_of(place) not in (-1, aside):
                    continue  # named in a caption: "he" in the story is someone else
                known = person.gender or priors[person]
                if known is None or known is gender:
                    if chosen < 0:
                        chosen = candidate_at
                    # a subject pronoun rarely points to an owner ("she agreed with
                    # Lee's plan. She said"): a person named plainly before wins
                    if lower not in subjects or not self.possessive_at(end):
                        chosen = candidate_at
                        break
            if (
                chosen >= 0
                and (lower in subjects or lower in _SUBJECT_POSSESSIVES)
                and self.object_like(placed[chosen][0])
            ):
                chosen = self.earlier_subject(placed, chosen, at, gender, priors)
            last = chains.get(gender) if gender is not None else None
            if (
                last is not None
                and last[2] == aside
                and last[0] > (placed[chosen][0] if chosen >= 0 else -1)
                and start - last[0] <= _CHAIN_REACH
            ):
                # no name since the last "she": this one goes on with the same person
                last[1].add(word, start, stop, _M_PRONOUN)
                chains[gender] = (start, last[1], aside)  # type: ignore[index]
            elif chosen < 0 and lower in subjects and self.unproven:
                # "For Fouzia Haddad and thousands of others, ... she said", no one else in
                # reach: the unknown full name is the person the pronoun stands for
                proven = self.proven_by_pronoun(start)
                if proven is not None:
                    proven.add(word, start, stop, _M_PRONOUN)
                    if gender is not None:
                        chains[gender] = (start, proven, aside)
            elif chosen >= 0:
                person = placed[chosen][1]
                if person.gender is None:
                    # The pronoun tells a gender only when one person is in reach: the
                    # mentions from *reach* to *at* are all of the person named last.
                    reach = bisect_left(starts, start - _PRONOUN_REACH, 0, at)
                    if at > reach and _one_person(placed, reach, at):
                        person.gender = gender
                person.add(word, start, stop, _M_PRONOUN)
                if gender is not None:
                    chains[gender] = (start, person, aside)

    def proven_by_pronoun(self, position: int) -> _Builder | None:
        """The person an unknown full name read with no evidence stands for, when it is
        the last one within reach before a subject pronoun at *position* that no person
        is in reach of, and holds no organisation's head word; else None. Every mention
        of the name becomes that person's."""
        at = bisect_left(self.unproven, position, key=_UNPROVEN_START) - 1
        if at < 0 or position - self.unproven[at][2] > 2 * _PRONOUN_REACH:
            return None
        text, _, _, words = self.unproven[at]
        if not self.t.org_heads.isdisjoint(text.split()):
            return None
        if self.unproven_by_text is None:  # worked out once, at the first such pronoun
            self.unproven_by_text = {}
            for entry in self.unproven:
                self.unproven_by_text.setdefault(entry[0], []).append(entry)
        person = self.person(text, words)
        for _, start, end, _ in self.unproven_by_text.pop(text, ()):
            person.add(text, start, end, _M_NAME)
        return person

    def earlier_subject(
        self,
        placed: list[tuple[int, _Builder, int]],
        chosen: int,
        at: int,
        gender: Gender | None,
        priors: dict[_Builder, Gender | None],
    ) -> int:
        """The candidate for a subject pronoun when the nearest one, *chosen*, is printed
        as an object: the nearest earlier person of the pronoun's gender in reach (the
        five mentions before *at*) named as a subject ("Kim said he was ready to meet
        Lee. But he warned": Kim), else *chosen*; *chosen* when the nearest person was
        named as a subject before. *priors* holds what each person's name suggests of
        their gender (:func:`_listed_gender`)."""
        nearest = placed[chosen][1]
        for candidate_at in range(chosen - 1, at - 6 if at > 5 else -1, -1):
            place, person, end = placed[candidate_at]
            if self.possessive_at(end) or self.object_like(place):
                continue
            if person is nearest:
                return chosen  # "Gasol volunteered ... A photo showed Gasol ... He": Gasol
            if self.asides and self.aside_of(place) != self.aside_of(placed[chosen][0]):
                continue
            known = person.gender or priors[person]
            if known is None or known is gender:
                return candidate_at
        return chosen

    def object_like(self, start: int) -> bool:
        """Whether the name at *start* is printed where an object stands: after a
        lower-case word (past any role words: "to meet foreign minister Lee") that
        opens no clause and is no reporting verb ("said Lee" has Lee for its subject).
        Worked out once per place: the pronouns after a name ask about it in turn."""
        known = self.objects.get(start)
        if known is not None:
            return known
        source, t = self.source, self.t
        at = start  # the start of the role words before the name, if any
        before = _word_before(source, at, 0)
        steps = 0
        while before is not None and before in t.role_words and steps < _MAX_ROLES:
            at -= len(before) + 1
            before = _word_before(source, at, 0)
            steps += 1
        if before == "to" and _word_before(source, at - 3, 0) == "according":
            found = False  # "according to Lee": the source of what is said
        elif (before if before is not None else _last_word(source, at)) in t.contrasting:
            found = True  # "Unlike Lee, he ...": set beside the subject, not the subject
        elif before is not None and before.islower() and self.opens_title(at, before):
            found = False  # ", former train porter Lee recalls": a title opens the clause
        else:
            found = (
                before is not None
                and before.islower()
                and before not in t.clause_openers
                and before not in t.speech
            )
        self.objects[start] = found
        return found

    def opens_title(self, at: int, before: str) -> bool:
        """Whether *before*, the lower-case word before the name or its role words that
        start at *at*, ends a description that opens its clause: ", former train porter
        Lee recalls", "Mississauga accountant Lee says" at a sentence's start. Role words
        and up to two other words, none an article, a past tense ("visited porter Lee"), a
        preposition, a reporting verb or a word that opens a clause, back to a comma or
        the sentence's start."""
        source, t = self.source, self.t
        word: str | None = before
        modifiers = 0  # words of the description that are no role words
        for _ in range(_MAX_ROLES + 3):
            if word is None:
                break
            if word.lower() not in t.role_words:
                modifiers += 1
            if (
                modifiers > 2
                or word in t.determiners
                or word.endswith("ed")
                or word in t.clause_openers
                or word in t.speech
                or word in t.phrase_prepositions
                or word in t.locative
            ):
                return False
            at -= len(word) + 1
            if not word.islower():  # "Former train porter Lee": the sentence's first word
                return _mark_before(source, at) in _SENTENCE_STARTS
            word = _word_before(source, at, 0)
        return word is None and _mark_before(source, at) in _CLAUSE_STARTS

    def is_role_word(self, word: str) -> bool:
        """Whether *word* is a role noun or modifier, or a role noun's plural ("councillors")."""
        role_words = self.t.role_words
        return word in role_words or (word.endswith("s") and word[:-1] in self.t.role_nouns)

    def aside_of(self, position: int) -> int:
        """The index of the aside that holds *position*, else -1."""
        at = bisect_right(self.aside_starts, position) - 1
        return at if at >= 0 and position < self.asides[at].end else -1

    def possessive_at(self, end: int) -> bool:
        """Whether the name ending at *end* is printed as an owner ("Lee's", "Jones'")."""
        source = self.source
        # (a character read by index costs less than a slice of one)
        mark = source[end] if end < len(source) else ""
        return (mark == "'" or mark == "\u2019") and source[end + 1 : end + 2] in ("s", " ")


def _signs_quote(source: str, start: int, floor: int) -> bool:
    """Whether the name at *start* signs a quote: a closing quotation mark, then a dash
    or a horizontal bar right before it ('"We stay." \u2015 Ana Lind').

    >>> _signs_quote('"We stay." \u2015 Ana Lind', 13, 0)
    True
    """
    return _SIGNATURE_BEFORE.search(source, max(floor, start - 6), start) is not None


def _pronouns_in(source: str, start: int, end: int) -> list[_Word]:
    """The pronouns of the table between *start* and *end*, lower-case or capitalised,
    as (start, end, text), in text order.

    >>> _pronouns_in("She said his; the hero, he'd", 0, 28)
    [(0, 3, 'She'), (9, 12, 'his'), (24, 26, 'he')]
    """
    found = [
        (match.start(), match.end(), match[0])
        for pattern in _pronoun_patterns()
        for match in pattern.finditer(source, start, end)
    ]
    found.sort(key=_FIRST)
    return found


# No apostrophe after a pronoun ("the 'he' of the poem") but that of a contracted verb:
# "he's", "she'd", "they're", "they've", "he'll".
_NO_APOSTROPHE = r"(?!['\u2019](?!(?:s|d|ll|ve|re)\b))"


@functools.cache
def _pronoun_patterns() -> tuple[re.Pattern[str], ...]:
    """One pattern per first letter of the pronouns, lower-case and capitalised, each
    opening with the letters its pronouns share ("h", "H", "she", "She") and a whole word.

    Each pattern opens with letters and checks the word start after them, so that the
    scan skips ahead to those letters with a fast search for a literal: several such
    scans cost less than one for a class of first letters, which tests every character,
    and fewer scans cost less than more (one for "he" and one for "hi" cost more than
    one for "h").
    """
    words: dict[str, list[str]] = {}
    for word in roles.PRONOUNS:
        words.setdefault(word[0], []).append(word)
    patterns = []
    for group in sorted(words.values()):
        start = _shared_prefix(group)
        ends = [word[len(start) :] for word in group]
        for cased in (re.escape(start.capitalize()), re.escape(start)):
            word = rf"{cased}(?<!\w{cased}){alternation(ends)}\b{_NO_APOSTROPHE}"
            patterns.append(re.compile(word))
    return tuple(patterns)


def _shared_prefix(words: Sequence[str]) -> str:
    """The longest prefix all *words* (at least one) share.

    >>> _shared_prefix(["he", "his", "him"]), _shared_prefix(["she"])
    ('h', 'she')
    """
    prefix = words[0]
    for word in words[1:]:
        while not word.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def _one_person(placed: Sequence[tuple[int, _Builder, int]], start: int, end: int) -> bool:
    """Whether the (position, person, end) mentions ``placed[start:end]`` (at least one)
    are all of the same person.

    >>> a, b = _Builder("a", "A", ActorKind.PERSON), _Builder("b", "B", ActorKind.PERSON)
    >>> placed = [(0, a, 1), (2, a, 3), (4, b, 5), (6, a, 7)]
    >>> _one_person(placed, 0, 2), _one_person(placed, 1, 3), _one_person(placed, 3, 4)
    (True, False, True)
    """
    person = placed[end - 1][1]
    at = start  # (a plain loop: all() over a generator costs more)
    while at < end and placed[at][1] is person:
        at += 1
    return at == end


def _inner_capital(word: str) -> bool:
    """Whether *word* has a capital inside it after a lower-case letter that no surname
    prefix explains: "TransLink", "PayPal", not "McCallum", "LeBlanc" or "O'Brien".

    >>> _inner_capital("TransLink"), _inner_capital("McCallum"), _inner_capital("Holm")
    (True, False, False)
    """
    for at in range(2, len(word)):
        if word[at].isupper() and word[at - 1].islower():
            return word[:at] not in people.CAPITALISED_PREFIXES
    return False


def _listed_gender(person: _Builder) -> Gender | None:
    """The gender of a listed person; else, for a full name, what its given name tells
    (``people.FEMALE_GIVEN_NAMES``, ``MALE_GIVEN_NAMES``): a prior for pronouns, never
    the actor's stated gender."""
    if person.listed >= 0:
        return _gender(people.PEOPLE[person.listed].gender)
    return given_name_gender(person.name) if person.full else None


def given_name_gender(name: str) -> Gender | None:
    """The gender nine in ten bearers of the given name opening *name* share, if any: a
    prior for resolving "he" and "she", not a gender the text states.

    >>> given_name_gender("Katy Barnett"), given_name_gender("Jordan Lee")
    (<Gender.FEMALE: 'female'>, None)
    """
    first = name.split(" ", 1)[0]
    if first in people.FEMALE_GIVEN_NAMES:
        return Gender.FEMALE
    if first in people.MALE_GIVEN_NAMES:
        return Gender.MALE
    return None


def _surnames(person: _Builder) -> list[tuple[int, str]]:
    """(position, surname) for each full-name mention of *person* and each of its surnames."""
    listed = person.listed
    return [
        (start, form)
        for start, _, text, kind in person.mentions
        if kind is _M_NAME
        for form in _surname_forms(text, listed)
    ]


@functools.lru_cache(maxsize=4096)
def _surname_forms(name: str, listed: int) -> tuple[str, ...]:
    """The surnames a full *name* may be shortened to, with those of the listed person
    of index *listed* (-1 for none); cached, as names recur.

    >>> sorted(_surname_forms("Ursula von der Leyen", -1))
    ['Leyen', 'von der Leyen']
    >>> sorted(_surname_forms("Mohammad Al Mnajer", -1))
    ['Al Mnajer', 'Mnajer']
    """
    forms: set[str] = set()
    if listed >= 0:
        forms.update((people.PEOPLE[listed].surname, *people.PEOPLE[listed].surnames))
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if word in people.SURNAME_PARTICLES or (  # "von der Leyen"
            word[:1].isupper() and word.lower() in people.SURNAME_PARTICLES and i + 1 < len(words)
        ):  # "Al Mnajer" of "Mohammad Al Mnajer"
            forms.add(" ".join(words[i:]))
            break
    forms.add(words[-1])
    head, dash, rest = words[-1].partition("-")
    if dash and head in people.HYPHEN_PARTICLES:
        forms.add(rest)  # "Assad" of "al-Assad"
    return tuple(forms)


def _nearest(owners: list[tuple[int, _Builder]], position: int) -> _Builder | None:
    """The owner whose full name was printed most recently before *position*, else the
    first one printed; *owners* is sorted by position."""
    if not owners:
        return None
    at = bisect_left(owners, position, key=_FIRST)
    return owners[at - 1][1] if at > 0 else owners[0][1]


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Export Development Canada" -> "EDC";
    "Centre for Polar Fisheries" -> "CPF"); "" for a name of one word.

    >>> _initials("Export Development Canada"), _initials("Reuters")
    ('EDC', '')
    """
    words = [word for word in name.replace("-", " ").split() if word[0].isupper()]
    return "".join([word[0] for word in words]) if len(words) > 1 else ""


def _owner_before(owners: Sequence[tuple[int, _Builder]], position: int) -> _Builder | None:
    """The one person of *owners* ((position, person) of the full names that open or end
    with a name seen at *position*), when that full name was printed before it; two
    people sharing the name leave it alone."""
    single = _single_owner(owners)
    return single[1] if single is not None and single[0] < position else None


def _single_owner(owners: Sequence[tuple[int, _Builder]]) -> tuple[int, _Builder] | None:
    """The first (position, person) of *owners* when they are all one person, else None:
    two people sharing a surname leave it alone."""
    if not owners:
        return None
    first = owners[0][1]
    for _, builder in owners:  # (a plain loop: all() over a generator costs more)
        if builder is not first:
            return None
    return owners[0]


def _merge(owner: _Builder, other: _Builder) -> None:
    owner.mentions.extend(other.mentions)
    owner.titles.extend(title for title in other.titles if title not in owner.titles)
    owner.affiliation = owner.affiliation or other.affiliation
    owner.country = owner.country or other.country
    owner.gender = owner.gender or other.gender
    owner.windows.extend(other.windows)


def _build(builder: _Builder) -> Actor:
    found = builder.mentions
    if len(found) == 1:  # the usual case: nothing to sort, merge or repeat
        only = found[0]
        text = only[2]
        # (a word of letters alone has no spaces to tidy: most names, spared the split)
        spaced = text if text.isalpha() else " ".join(text.split())
        aliases: tuple[str, ...] = () if only[3] is _M_PRONOUN else (spaced,)
    else:
        if len(set(map(_FIRST, found))) == len(found):  # the usual case: no place twice
            found = sorted(found, key=_FIRST)  # no two starts are equal
        else:
            # The last mention added at each place, sorted by place (no two places are
            # equal, so the tuples compare by place alone).
            found = sorted(dict(zip(map(_PLACE, found), found, strict=True)).values())
        if builder.kind is _K_PERSON:  # only people have pronoun mentions
            surfaces = dict.fromkeys(
                [text for _, _, text, kind in found if kind not in _NOT_NAMES]
            )
        else:
            surfaces = dict.fromkeys(map(_TEXT, found))
        aliases = tuple(
            dict.fromkeys(
                [text if text.isalpha() else " ".join(text.split()) for text in surfaces]
            )
        )
    name, key = builder.name, builder.key
    if builder.kind is _K_PERSON:
        name = _display_name(builder, found)
        key = actor_key(name)
    affiliation = builder.affiliation if builder.affiliation != key else None
    # Actor(key, name, ...), its fields set as _mentions sets a mention's
    actor = _new_object(Actor)
    _SET_KEY(actor, key)
    _SET_NAME(actor, name)
    _SET_ACTOR_KIND(actor, builder.kind)
    _SET_ALIASES(actor, aliases)
    _SET_TITLES(actor, tuple(builder.titles))
    _SET_AFFILIATION(actor, affiliation)
    _SET_COUNTRY(actor, builder.country)
    _SET_MENTIONS(actor, _mentions(found))
    _SET_GENDER(actor, builder.gender)
    _SET_CATEGORY(actor, builder.category)
    _SET_ROLE(actor, builder.role)
    return actor


# Frozen attrs classes set each field with ``object.__setattr__``; the mentions of a text
# are made by the hundred, so _mentions fills their slots with the slots' own setters (a
# span's with model's, as model._trusted_span does), at about two thirds of the cost. _build makes
# its actors the same way, at about a third of the cost of Actor's own __init__ (Actor
# has no checks to skip).
_SET_TEXT, _SET_SPAN, _SET_KIND = _slot_setters(Mention, "text", "span", "kind")
(
    _SET_KEY,
    _SET_NAME,
    _SET_ACTOR_KIND,
    _SET_ALIASES,
    _SET_TITLES,
    _SET_AFFILIATION,
    _SET_COUNTRY,
    _SET_MENTIONS,
    _SET_GENDER,
    _SET_CATEGORY,
    _SET_ROLE,
) = _slot_setters(
    Actor,
    "key", "name", "kind", "aliases", "titles", "affiliation", "country", "mentions",
    "gender", "category", "role",
)  # fmt: skip


def _mentions(found: Iterable[_Found]) -> tuple[Mention, ...]:
    """The :class:`Mention` of each found mention, in order.

    >>> _mentions([(4, 11, "Kremlin", MentionKind.SEAT)]) == (
    ...     Mention("Kremlin", Span(4, 11), MentionKind.SEAT),)
    True
    """
    made = []
    for start, end, text, kind in found:
        span = _new_object(Span)
        _SET_START(span, start)
        _SET_END(span, end)
        mention = _new_object(Mention)
        _SET_TEXT(mention, text)
        _SET_SPAN(mention, span)
        _SET_KIND(mention, kind)
        made.append(mention)
    return tuple(made)


def _display_name(builder: _Builder, found: Sequence[_Found]) -> str:
    if builder.listed >= 0:
        return people.PEOPLE[builder.listed].name
    if builder.role is not None:
        return builder.name
    names = [text for _, _, text, kind in found if kind is _M_NAME] or [builder.name]
    if len(names) == 1:  # the usual case
        return names[0]
    return max(names, key=lambda text: (len(text.split()), not text.isascii()))


# -- small helpers ------------------------------------------------------------


@functools.cache
def _country_name(code: str) -> str:
    return next(country.name for country in countries.COUNTRIES if country.code == code)


def _body_name(name: str, code: str | None) -> str:
    """The name of a body every state has, of the country *code* when known: "Russian
    Foreign Ministry" for ("Foreign Ministry", "RU").

    >>> _body_name("Foreign Ministry", "NO"), _body_name("Foreign Ministry", None)
    ('Norwegian Foreign Ministry', 'Foreign Ministry')
    """
    return name if code is None else f"{_adjective(code)} {name}"


@functools.cache
def _adjective(code: str) -> str:
    country = next(country for country in countries.COUNTRIES if country.code == code)
    return country.demonyms[0] if country.demonyms else country.name


_FOLD = str.maketrans({"\u2019": "'", "\u00a0": " "})


def _folded(text: str) -> str:
    return text if text.isascii() else text.translate(_FOLD)


# -- how a run reads -----------------------------------------------------------


# How _Reader.read takes a run (see _run_reading).
_READ_PIECES = "pieces"  # split it into table phrases and names: _Reader.read_run
_READ_WORD = "word"  # a lone unknown word: _Reader.read_word
_READ_COUNTRY = "country"  # a lone country name, demonym or abbreviation
_READ_NOTHING = "nothing"  # a lone blocked word: a weekday, a sentence opener


@functools.lru_cache(maxsize=4096)
def _run_reading(run: str) -> tuple[str, _Entry | None, int, _Shape]:
    """How :meth:`_Reader.read` takes a run, by its text alone (cached: most runs are
    single words that recur): what to do, the table entry of a lone word, the length
    of the run without a possessive or a full stop after a lone word, and the run's
    :func:`_run_shape` when it is read in pieces (else no groups).

    >>> how, entry, cut, shape = _run_reading("Russia's")
    >>> how, entry.name, cut, shape
    ('country', 'Russia', 6, ())
    >>> _run_reading("Sergei Lavrov")[0], _run_reading("Tuesday.")[0]
    ('pieces', 'nothing')
    """
    if " " in run or "\u00a0" in run or "-" in run:
        return _READ_PIECES, None, len(run), _run_shape(run)
    # One word, the usual case: "Russia", "U.S.", "Russia's", "Tuesday."
    phrases = _tables().phrases
    cut = len(run)
    entry = phrases.get(run)
    if entry is None and (run[-1] in ".'\u2019s" or "'" in run or "\u2019" in run):
        cut = _bare_length(run)
        entry = phrases.get(run[:cut]) if cut else None
    if entry is None:
        if _PLAIN_WORD.fullmatch(run):
            return _READ_WORD, None, cut, ()
    elif entry.what == _BLOCK:
        return _READ_NOTHING, entry, cut, ()
    elif entry.what == _COUNTRY and entry.mention is not _M_CAPITAL:
        return _READ_COUNTRY, entry, cut, ()
    return _READ_PIECES, entry, cut, _run_shape(run)


@functools.lru_cache(maxsize=4096)
def _run_shape(run: str) -> _Shape:
    """How a run of capitalised words reads: its groups of words (a name cannot go on
    after a possessive, "Russia's", or a sentence-final full stop), each split into
    table phrases, unknown words and joiners, as :class:`_Piece` objects by offsets
    into *run*. It depends on the run's text alone, and names recur within an article
    and across articles, so it is cached (and the pieces are shared: never change them).

    >>> [[piece.text for piece in group] for group in _run_shape("Russia's Sergei Lavrov")]
    [['Russia'], ['Sergei Lavrov']]
    """
    tables = _tables()
    shape = tuple(_pieces(run, words, tables) for words in _words(run, tables))
    for pieces in shape:
        for index, piece in enumerate(pieces):
            piece.place_name = _place_given_name(pieces, index, tables)
    return shape


def _name_at(run: str, pieces: _Pieces, index: int, tables: _Tables) -> _Name:
    """The candidate name of the unknown words from ``pieces[index]`` on, in a group of
    *run*: it runs over unknown words and surname particles, and takes a listed word
    after a lone given name ("Elizabeth May").

    >>> run = "Anna Kavrosk of Acme"
    >>> name = _name_at(run, _run_shape(run)[0], 0, _tables())
    >>> name.text, name.words, name.given, name.org
    ('Anna Kavrosk', 2, True, False)
    """
    end = index + 1 if pieces[index].entry is not None else index  # "Jordan Stewart"
    while end < len(pieces) and (
        pieces[end].entry is None
        and (not pieces[end].joiner or pieces[end].text in tables.particles)
    ):
        end += 1
    while pieces[end - 1].joiner:  # a name does not end on a particle
        end -= 1
    if end == index + 1 and end < len(pieces) and _surname_entry(pieces, index, tables):
        end += 1  # "Elizabeth May", "Lorne Fitch": a given name, then a listed word
    words = [piece for piece in pieces[index:end] if not piece.joiner]
    first, last = words[0], words[-1]
    heads = tables.org_heads
    continued = end + 1 < len(pieces) and pieces[end].joiner  # "Centre for ..."
    role = None
    if len(words) > 2 and _is_role(first.text, tables):
        role = _Piece(first.start, first.end, first.text, _ROLE_TITLE)
    return _Name(
        end,
        run[first.start : pieces[end - 1].end],
        len(words),
        org=(first.text in heads and (len(words) > 1 or continued))
        or (len(words) > 1 and last.text in heads),
        role=role,
        facility=last.text in tables.facility_heads,
        given=first.text in tables.given or first.text in people.PLACE_GIVEN_NAMES,
        name_like=all(_looks_like_name(piece.text) for piece in words),
    )


def _place_given_name(pieces: _Pieces, index: int, tables: _Tables) -> bool:
    """Whether the listed place ``pieces[index]`` opens a person's name: a country or
    capital that is also a given name, right before an unknown word that looks like a
    surname ("Jordan Stewart", "Chad Mendes"; not "Jordan Valley", "Georgia Tech")."""
    piece = pieces[index]
    if piece.text not in people.PLACE_GIVEN_NAMES or index + 1 >= len(pieces):
        return False
    following = pieces[index + 1]
    return (
        following.entry is None
        and not following.joiner
        and _looks_like_name(following.text)
        and following.text not in tables.org_heads
        and following.text not in tables.facility_heads
        and following.text.lower() not in tables.place_suffixes
    )


def _is_role(word: str, tables: _Tables) -> bool:
    """Whether a capitalised word is a role: "Leader", "Organizer", "Under-Secretary"."""
    lower = word.lower()
    if lower in tables.role_nouns:
        return True
    parts = lower.split("-")
    return parts[-1] in tables.role_nouns and all(p in tables.role_words for p in parts)


def _surname_entry(pieces: _Pieces, index: int, tables: _Tables) -> bool:
    """Whether the table phrase after a lone given name is its surname ("Elizabeth May")."""
    return pieces[index].text in tables.given and _listed_surname(pieces, index)


def _listed_surname(pieces: _Pieces, index: int) -> bool:
    """Whether the last piece of the group, right after ``pieces[index]``, is a listed
    one-word name that may be a surname ("May", "Fitch", "Jordan": ``PLACE_SURNAMES``)."""
    if index + 2 != len(pieces):
        return False
    following = pieces[index + 1]
    entry = following.entry
    if entry is not None and entry.what == _TITLE:
        return following.text in roles.SURNAME_TITLES  # "Charlie King"
    if entry is not None and entry.what == _COUNTRY:
        return following.text in people.PLACE_SURNAMES  # "Jim Jordan", "Jack London"
    return (
        entry is not None
        and entry.what in (_ORG, _BLOCK, _REGION)
        and " " not in following.text
        and entry.mention is _M_NAME
    )


def _words(run: str, tables: _Tables) -> list[list[tuple[int, int]]]:
    """The words of a run by offsets, in groups split after a possessive or a
    sentence-final full stop."""
    if " " not in run and "\u00a0" not in run:
        spans = [(0, len(run))]
    else:
        spans = _word_spans(run.replace("\u00a0", " "), 0)
    groups: list[list[tuple[int, int]]] = [[]]
    last = len(spans) - 1
    for i, (a, b) in enumerate(spans):
        ends = False
        if run[b - 1] in "'\u2019":  # Reuters'
            b, ends = b - 1, True
        elif b - a >= 2 and run[b - 2 : b] in _POSSESSIVE_ENDS:  # Russia's
            b, ends = b - 2, True
        elif b - a >= 3 and (contracted := _CONTRACTED_VERB.search(run, a, b)) is not None:
            b, ends = contracted.start(), True  # "He'd", "I'm": the word, then a verb
        if run[b - 1] == "." and not _abbreviation_stop(run[a:b], i < last, tables):
            b, ends = b - 1, True
        if b > a:
            groups[-1].append((a, b))
        if ends and i < last:
            groups.append([])
    return [group for group in groups if group]


def _abbreviation_stop(word: str, more: bool, tables: _Tables) -> bool:
    """Whether the full stop ending *word* belongs to it: "U.S.", "Sen.", an initial."""
    if word in tables.dotted:
        return True
    if len(word) == 2:
        return more  # "W." in "George W. Bush"
    return len(word) % 2 == 0 and word[1::2] == "." * (len(word) // 2)


def _pieces(run: str, words: list[tuple[int, int]], tables: _Tables) -> _Pieces:
    """Split words into table phrases (longest first), unknown words and joiners."""
    phrases, longest = tables.phrases, tables.longest
    if len(words) == 1:  # the usual case
        start, end = words[0]
        text = run[start:end]
        entry = phrases.get(_folded(text))
        if entry is not None:
            return (_Piece(start, end, text, entry),)
        return _compound(start, end, text, tables)
    pieces: list[_Piece] = []
    i = 0
    while i < len(words):
        first = words[i][0]
        text = run[first : words[i][1]]
        if text.islower():
            pieces.append(_Piece(first, words[i][1], text, None, True))
            i += 1
            continue
        for j in range(min(len(words), i + longest.get(text, 1)), i, -1):
            last = words[j - 1][1]
            entry = phrases.get(_folded(run[first:last]))
            if entry is not None:
                pieces.append(_Piece(first, last, run[first:last], entry))
                i = j
                break
        else:
            pieces.extend(_compound(first, words[i][1], text, tables))
            i += 1
    return tuple(pieces)


def _compound(start: int, end: int, text: str, tables: _Tables) -> _Pieces:
    """An unknown word; a hyphenated one is split into its known parts ("Russia-Ukraine")."""
    if "-" not in text or text.startswith(_HYPHEN_PREFIXES):
        return (_Piece(start, end, text),)
    parts: list[_Piece] = []
    offset = start
    for part in text.split("-"):
        entry = tables.phrases.get(part)
        if entry is not None and entry.what in (_COUNTRY, _ORG, _REGION):
            parts.append(_Piece(offset, offset + len(part), part, entry))
        offset += len(part) + 1
    if not parts:
        return (_Piece(start, end, text),)
    suffix = text.rsplit("-", 1)[1]
    if suffix in tables.place_suffixes:  # "Moscow-based": a location
        joiner = _Piece(end - len(suffix) - 1, end, text[-len(suffix) - 1 :], None, True)
        return (parts[0], joiner)
    return tuple(parts)


@functools.lru_cache(maxsize=4096)
def _entries_in(text: str) -> tuple[_Entry, ...]:
    """The table entries a title or an appositive names, in order (cached: titles recur).

    >>> [entry.name for entry in _entries_in("Russian Foreign Ministry spokeswoman")]
    ['Russia', 'Foreign Ministry']
    """
    return tuple(
        entry
        for run in _runs().finditer(text)
        for group in _run_shape(run.group())
        for piece in group
        if (entry := piece.entry) is not None
    )


_HYPHEN_PREFIXES = tuple(f"{particle}-" for particle in people.HYPHEN_PARTICLES)


def _leads_with_acronym(name: str) -> bool:
    """Whether a name opens with a word of two to five capitals and no dots ("BC Hydro", "TD
    Bank"), which no person's given name is but for a few initials used as one ("TJ").

    >>> _leads_with_acronym("BC Hydro"), _leads_with_acronym("TJ Miller")
    (True, False)
    """
    first = name.split(None, 1)[0]
    return (
        2 <= len(first) <= 5
        and first.isalpha()
        and first.isupper()
        and first not in people.INITIAL_GIVEN_NAMES
    )


def _looks_like_name(word: str) -> bool:
    """A name word: capitalised, not all capitals (except initials), no digits."""
    # No letter is a digit, so only words with other characters need the scan.
    if not word.isalpha() and any(char.isdigit() for char in word):
        return False
    if not word.isupper():
        return True
    return sum(1 for char in word if char.isalpha()) <= 2


def _first_capitalised(text: str) -> str:
    match = _CAPITALISED.match(text)
    return match.group() if match else ""


def _definite_start(source: str, start: int, end: int) -> int:
    """Where "the" opens a definite nominal whose role noun is ``source[start:end]``,
    right before it or before one lower-case word ("the president", "The foreign
    minister"); -1 when none does, when the noun is part of a longer word, or when a
    capitalised word follows it (a name: "the president Ana Lind").

    >>> text = "Later the foreign minister said"
    >>> _definite_start(text, 18, 26), _definite_start("a minister said", 2, 10)
    (6, -1)
    """
    after = source[end : end + 2]
    if after[:1].isalpha() or (after[:1] == " " and after[1:].isupper()):
        return -1
    if source[start - 1 : start] != " ":
        return -1
    if _the_before(source, start):
        return start - 4
    word = _word_before(source, start, max(0, start - 30))
    if word is None or not word.islower():
        return -1
    before = start - len(word) - 1
    return before - 4 if _the_before(source, before) else -1


def _last_word(source: str, position: int) -> str:
    """The word before the one space right before *position*, whatever white space
    stands before that word (a line break opening a paragraph); "" when there is none.
    :func:`_word_before` reads words after a space only.

    >>> _last_word("ready.\\n\\nUnlike Lee", 15), _last_word("Lee", 0)
    ('Unlike', '')
    """
    if source[position - 1 : position] != " ":
        return ""
    words = source[max(0, position - 16) : position - 1].split()
    return words[-1] if words else ""


def _the_before(source: str, position: int) -> bool:
    """Whether the word "the" (or "The") and a space end right before *position*."""
    return source[position - 4 : position] in ("the ", "The ") and not (
        source[position - 5 : position - 4].isalpha()
    )


def _places_of(source: str, forms: Mapping[str, object]) -> list[tuple[str, int]]:
    """(form, start) of each place the hyphenated surnames *forms* stand in *source*, in
    no set order: by one search of the text per form, or, for more than
    ``_MAX_FORM_SEARCHES`` forms, by one scan for every such word (the time stays
    linear in the text however many people are named).

    >>> _places_of("al-Assad met el-Sisi; al-Assad left", {"al-Assad": None})
    [('al-Assad', 0), ('al-Assad', 22)]
    """
    found = []
    if len(forms) > _MAX_FORM_SEARCHES:
        for match in _HYPHEN_SURNAME.finditer(source):
            if match[0] in forms:
                found.append((match[0], match.start()))
        return found
    for form in forms:
        start = source.find(form)
        while start >= 0:
            found.append((form, start))
            start = source.find(form, start + len(form))
    return found


_MAX_FORM_SEARCHES = 8  # hyphenated surnames searched for one by one, at most


def _surname_keys(person: _Builder) -> set[str]:
    """The keys of the surnames of *person*'s full names ("von der leyen", "leyen")."""
    return {
        actor_key(form)
        for _, _, text, kind in person.mentions
        if kind is _M_NAME and " " in text
        for form in _surname_forms(text, person.listed)
    }


def _particles_start(source: str, start: int, end: int, surnames: set[str]) -> int:
    """Where a surname mention starts once the lower-case particles printed before it
    are taken in, when one of the person's *surnames* (keys, :func:`_surname_keys`) has
    them ("Ursula von der Leyen" then "von der Leyen said"); *start* when none has. At
    most three particles are read.

    >>> text = "Later, von der Leyen said"
    >>> text[_particles_start(text, 15, 20, {"von der leyen", "leyen"}) : 20]
    'von der Leyen'
    """
    found = at = start
    for _ in range(3):
        word = _word_before(source, at, 0)
        if word is None or word not in people.SURNAME_PARTICLES:
            break
        at -= len(word) + 1
        if actor_key(source[at:end]) in surnames:
            found = at
    return found


def _word_before(source: str, start: int, floor: int) -> str | None:
    """The word right before *start*, separated from it by one space.

    >>> _word_before("opposition leader Juan", 18, 0)
    'leader'
    >>> _word_before("leader, Juan", 8, 0) is None
    True
    """
    if start - 2 < floor or source[start - 1] != " ":
        return None
    left = start - 40  # (a plain comparison costs less than max() in this hot path)
    _, space, word = source[left if left > floor else floor : start - 1].rpartition(" ")
    if not space:  # no space in reach: the word runs from *floor*
        word = source[floor : start - 1]
    return word if word.isalpha() else None


# What stands before a word that opens a sentence: a full stop, a line break, the start.
_SENTENCE_STARTS = frozenset({".", "!", "?", "\n", "", '"', "\u201c"})
# ... or a clause: those, a comma, a colon or a semicolon.
_CLAUSE_STARTS = _SENTENCE_STARTS | {",", ";", ":"}


def _mark_before(source: str, start: int) -> str:
    """The character before *start* past up to eight spaces; "" at the start of the text.

    >>> _mark_before("In an interview, former", 17)
    ','
    """
    at = start - 1
    while at >= 0 and start - at <= 8 and source[at] in " \u00a0":
        at -= 1
    return source[at] if at >= 0 else ""


def _word_after(source: str, end: int) -> str | None:
    """The word right after *end*, separated from it by one space.

    >>> _word_after("Pukhov said so", 6)
    'said'
    """
    if end >= len(source) or source[end] != " ":  # (an index costs less than a slice)
        return None
    word = source[end + 1 : end + 40].partition(" ")[0].rstrip(".,;:")
    return word if word.isalpha() else None


def _segment_start(source: str, floor: int) -> int:
    while floor < len(source) and source[floor].isspace():
        floor += 1
    return floor


def _is_title_case(source: str, start: int, end: int, tables: _Tables) -> bool:
    """Whether a short line is set in title case (a headline), where capitals prove nothing."""
    if end - start > 200 or source[end - 1] in '.!"\u201d':
        return False
    words = source[start:end].split()
    small_words = tables.small_words
    capitalised = others = 0  # of the words that are no small words
    for index, word in enumerate(words):
        if word.lower() in small_words:
            continue
        if word[0].isupper():
            capitalised += 1
        else:
            others += 1
            # Title case needs four capitalised words to each other one: when even the
            # words left, all capitalised, could not make that up, the line is prose.
            if capitalised + len(words) - index - 1 < 4 * others:
                return False
    counted = capitalised + others
    return counted >= 4 and capitalised >= 0.8 * counted


def _bare_length(word: str) -> int:
    """The length of *word* without a possessive or a full stop at its end.

    >>> _bare_length("Russia's"), _bare_length("Tuesday."), _bare_length("Reuters'")
    (6, 7, 7)
    >>> _bare_length("He'd"), _bare_length("I\u2019m"), _bare_length("O'Dell")
    (2, 1, 6)
    """
    if word.endswith(_POSSESSIVE_ENDS):
        return len(word) - 2
    if word.endswith((".", "'", "\u2019")):
        return len(word) - 1
    contracted = _CONTRACTED_VERB.search(word)
    return contracted.start() if contracted is not None else len(word)


def _word_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """The offsets of the space-separated words of *text*, which starts at *offset*.

    >>> _word_spans("Mike  Pompeo", 10)
    [(10, 14), (16, 22)]
    """
    spans = []
    position = offset
    for word in text.split(" "):
        if word:
            spans.append((position, position + len(word)))
        position += len(word) + 1
    return spans


def bare_paragraphs(text: str) -> tuple[list[Span], list[Span], list[int]]:
    """The lines of a bare text that are not blank, read as :func:`~geopol_news.parse_article`
    reads them: (story lines, photo captions, the index of each story line among all
    the lines). A line of page chrome ("READ MORE: ...") is in neither list
    (:func:`~geopol_news.layout.apart_from_story`).

    >>> bare_paragraphs("A storm hit the coast.\\nREAD MORE: Ports shut\\n"
    ...                 "Crews clear a road. (Jane Roe / Example Wire)\\nIt rained.")
    ([Span(start=0, end=22), Span(start=91, end=101)], [Span(start=45, end=90)], [0, 3])
    """
    story: list[Span] = []
    captions: list[Span] = []
    numbers: list[int] = []
    for number, (start, end) in enumerate(line_bounds(text)):
        apart = apart_from_story(text[start:end])
        if apart is None:
            story.append(_trusted_span(start, end))
            numbers.append(number)
        elif apart == "caption":
            captions.append(_trusted_span(start, end))
    return story, captions, numbers


# -- public entry points ------------------------------------------------------


def extract_actors(
    text: str, *, within: Sequence[Span] | None = None, asides: Sequence[Span] = ()
) -> tuple[Actor, ...]:
    """Find the people, countries, organisations, groups and places of *text*.

    *within*, when given, limits the reading to those spans (the story's
    headline, key points and paragraphs, say); the actors' mentions always
    point into *text*. *asides* are read too, but stand apart from the story
    (photo captions, video teasers): a person named only there is no
    antecedent for a "he" or "she" outside them. Actors are ordered by their
    first mention.

    >>> [a.name for a in extract_actors("Moscow insists Maduro is the leader, "
    ...                                  "opposition leader Juan Guaido said.")]
    ['Russia', 'Nicolás Maduro', 'Juan Guaidó']
    >>> extract_actors("")
    ()
    """
    expect_type(text, str, "extract_actors() expects text as str")
    if _has_combining_accents(text):
        return _read_composed(text, within, asides)
    if within is None:
        spans, captions, _ = bare_paragraphs(text)
        asides = [*asides, *captions]
    else:
        spans = list(within)
    reader = _Reader(text, _tables())
    if asides:
        reader.asides = sorted(asides, key=_START)
        reader.aside_starts = [span.start for span in reader.asides]
        spans += asides
    reader.read(sorted(spans, key=_START))
    return reader.finish()


def _has_combining_accents(text: str) -> bool:
    """Whether *text* writes an accent as a combining mark (of the block U+0300-U+036F,
    where the marks of the Latin, Greek and Cyrillic letters are) that composes with its
    letter. Every UTF-16 code unit of that block holds the byte 3: a search for it in the
    text's UTF-16 form (a copy at memory speed) costs next to nothing, and the check of
    the whole text runs only where it is.

    >>> _has_combining_accents("Guaido\u0301"), _has_combining_accents("Guaidó \u201cno\u201d")
    (True, False)
    """
    if text.isascii() or b"\x03" not in text.encode("utf-16-le", "surrogatepass"):
        return False
    return not unicodedata.is_normalized("NFC", text)


def _read_composed(
    text: str, within: Sequence[Span] | None, asides: Sequence[Span]
) -> tuple[Actor, ...]:
    """The actors of a text that writes accents as combining marks ("Guaido" and U+0301),
    read from its composed (NFC) copy: names, aliases and titles are as the copy spells
    them, each mention's span and text as *text* has them."""
    copy, to_text = composed(text)

    def in_copy(span: Span) -> Span:
        return Span(bisect_left(to_text, span.start), bisect_left(to_text, span.end))

    found = extract_actors(
        copy,
        within=None if within is None else [in_copy(span) for span in within],
        asides=[in_copy(span) for span in asides],
    )
    return tuple(
        attrs.evolve(actor, mentions=_mentions(_in_text(text, to_text, actor.mentions)))
        for actor in found
    )


def _in_text(text: str, to_text: list[int], mentions: Iterable[Mention]) -> Iterator[_Found]:
    """The *mentions* of a composed copy of *text*, as found in *text* itself (*to_text*
    maps each offset of the copy to the text's, see :func:`~geopol_news._text.composed`)."""
    for mention in mentions:
        start, end = to_text[mention.span.start], to_text[mention.span.end]
        yield start, end, text[start:end], mention.kind


def credited_actors(
    text: str, *, bylines: Iterable[Snippet] = (), photo_credits: Iterable[Snippet] = ()
) -> tuple[Actor, ...]:
    """The people and agencies credited on a page, each with its :class:`~geopol_news.model.Role`.

    Bylines give authors; photo credits give photographers (people) and photo
    agencies (organisations). Names printed in capitals are shown in title
    case; the mention keeps the printed surface.

    >>> page = "By Jane Roe\\nA photo. LUIS PEREZ | AFP"
    >>> credits = credited_actors(page, bylines=[Snippet("By Jane Roe", Span(0, 11))],
    ...     photo_credits=[Snippet("LUIS PEREZ", Span(21, 31)), Snippet("AFP", Span(34, 37))])
    >>> for actor in credits:
    ...     print(actor.name, actor.role.value)
    Jane Roe author
    Luis Perez photographer
    Agence France-Presse photo_agency
    """
    expect_type(text, str, "credited_actors() expects text as str")
    tables = _tables()
    reader = _Reader(text, tables)
    for byline in bylines:
        for run in _runs().finditer(text, byline.span.start, byline.span.end):
            # (a run's offsets are valid: its span skips Span's checks)
            _credit(reader, run[0], _trusted_span(*run.span()), _R_AUTHOR)
    for credit in photo_credits:
        _credit(reader, credit.text, credit.span, _R_PHOTOGRAPHER)
    built = [_build(builder) for builder in reader.actors.values() if builder.mentions]
    built.sort(key=lambda actor: actor.mentions[0].span.start)
    return tuple(built)


def _credit(reader: _Reader, text: str, span: Span, role: Role) -> None:
    """One credit: a byline or a photo credit, maybe naming several ("A and B")."""
    if text.startswith("By "):
        span, text = Span(span.start + 3, span.end), text[3:]
    offset = 0
    for part in _CREDIT_SPLIT.split(text):
        start = span.start + text.index(part, offset)
        offset = start - span.start + len(part)
        if part.strip():
            _credit_one(reader, part, start, start + len(part), role)


def _person_words(words: list[str], tables: _Tables) -> bool:
    """Whether the words of a credit, in any case, read as a person's name: each looks like
    a name word, none is an organisation's head word. (A plain loop: all() and any()
    over generators cost more.)"""
    for word in words:
        titled = word.title()
        if not _looks_like_name(titled) or titled in tables.org_heads:
            return False
    return True


def _credit_one(reader: _Reader, text: str, start: int, end: int, role: Role) -> None:
    """One name of a credit, printed from *start* to *end*."""
    tables = reader.t
    words = text.split()
    entry = tables.phrases.get(text) or tables.phrases.get(text.title())
    name = text.title() if text.isupper() else text
    if entry is not None and entry.what == _ORG:
        actor = reader.actor(actor_key(entry.name), entry.name, _K_ORGANIZATION)
        actor.category, actor.country = entry.category, entry.code
    elif entry is not None and entry.what == _PERSON:
        actor = reader.listed_person(entry.index)
    elif 2 <= len(words) <= 4 and _person_words(words, tables):
        actor = reader.actor(actor_key(name), name, _K_PERSON)
    else:
        actor = reader.actor(actor_key(text), text, _K_ORGANIZATION)
    if actor.kind is _K_ORGANIZATION and role is _R_PHOTOGRAPHER:
        actor.role = _R_PHOTO_AGENCY
    else:
        actor.role = role
    actor.add(reader.source[start:end], start, end, _M_NAME)

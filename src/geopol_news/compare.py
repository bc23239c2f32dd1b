"""Comparison: how two outlets (or two hundred) covered the same story.

:func:`compare` reads two parsed articles and returns a
:class:`~geopol_news.comparison_model.Comparison`: the actors both name and
those only one names, who gets to speak on each side, the quotations both
carry, the figures they agree or disagree on, the sentences that report the
same fact, claims dated differently, the reporting words each uses for the
same speaker, and scores in [0, 1]. :func:`compare_many` groups many articles
into stories and gives, per story, which article has which actor, voice,
quotation and figure.

>>> from geopol_news import parse_article
>>> a = parse_article(
...     "Talks in Oslo\\n\\n"
...     "Norway and Chile agreed on Tuesday to cap krill catches off Antarctica.\\n\\n"
...     '"We will protect the krill," Foreign Minister Ingrid Halvorsen told reporters.'
... )
>>> b = parse_article(
...     "Krill deal\\n\\n"
...     "Chile and Norway agreed to cap krill catches in the Antarctic on Tuesday.\\n\\n"
...     'Norway\\'s Ingrid Halvorsen said: "We will protect the krill."'
... )
>>> c = compare(a, b)
>>> [row.name for row in c.actors.shared]
['Norway', 'Chile', 'Ingrid Halvorsen']
>>> c.quotes.shared[0].kind.value, c.claims.pairs[0].b.text
('exact', 'Chile and Norway agreed to cap krill catches in the Antarctic on Tuesday.')
>>> c.scores.similarity > 0.5
True

How it reads, in short (``docs/compare.md`` has the details):

* **Sentences and content words.** The headline, key points and paragraphs
  are split into sentences (a key point the body repeats counts once). A
  sentence's content words are its words, case and accents folded, plurals
  folded to the singular, without the stop words of
  :mod:`geopol_news.data.compare` and the reporting verbs of
  :mod:`geopol_news.data.cues`. A word's rarity (IDF) is counted over the
  sentences of the two articles.
* **Claims.** Candidate sentence pairs come from an inverted index of each
  sentence's rarest words, never from all pairs. A pair's score mixes the
  cosine of the rarity-weighted words (0.6) with the overlap of the actors
  (0.25) and of the figures (0.15) the two sentences name; a pair is kept when
  it is the best counterpart of one of its sentences and scores at least
  :data:`CLAIM_THRESHOLD`.
* **Quotes.** A quotation is the words of one utterance in quotation marks.
  Two match when one's words, split at ellipses, run in order inside the
  other's (different trimming, a partial quote inside a full one), or when
  nearly all words of the shorter are in the longer.
* **Figures.** Money of one currency and quantities of one counted noun are
  aligned when their values overlap (hedges widen them) or their sentences say
  the same thing; they agree when the values overlap, else they conflict.

Everything runs in time about linear in the length of the articles.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from geopol_news.actors import actor_key
from geopol_news.comparison_model import (
    ActorOverlap,
    ActorPresence,
    ActorSpread,
    ArticleRef,
    ClaimPair,
    ClaimTable,
    Comparison,
    Coverage,
    CueDifference,
    CueUse,
    DateDifference,
    DateRef,
    FigureAlignment,
    FigureKind,
    FigureRef,
    FigureSpread,
    FigureStatus,
    FigureTable,
    QuoteMatch,
    QuoteMatchKind,
    QuoteOverlap,
    QuoteRef,
    QuoteSpread,
    Reworded,
    Scores,
    SentenceRef,
    Story,
    Voice,
    VoiceGroup,
    Voices,
    VoiceSpread,
)
from geopol_news.data import compare as table
from geopol_news.data import countries, cues, organizations, people
from geopol_news.errors import InputTypeError, expect_type
from geopol_news.model import (
    Actor,
    ActorKind,
    Article,
    MonetaryFigure,
    Paragraph,
    Quantity,
    Quote,
    QuoteKind,
    Span,
)

__all__ = [
    "CLAIM_THRESHOLD",
    "LINK_THRESHOLD",
    "SCORE_WEIGHTS",
    "align_claims",
    "align_figures",
    "compare",
    "compare_many",
    "match_quotes",
    "render_markdown",
    "same_actor",
    "similarity",
    "speaker_side",
    "to_records",
]

CLAIM_THRESHOLD = 0.3
"""Least combined score of a sentence pair reported as the same claim."""
CLAIM_MIN_TEXT = 0.15
"""Least rarity-weighted word cosine of such a pair: shared actors alone make no claim."""
SENTENCE_MIN_WORDS = 3
"""Fewest content words of a sentence that can state a claim ("Krill deal" cannot)."""
CLAIM_WEIGHTS = (0.6, 0.25, 0.15)
"""Weights of a claim pair's word cosine, actor overlap and figure overlap."""
QUOTE_FUZZY = 0.8
"""Least share of the shorter quotation's words in the longer one for a fuzzy match."""
QUOTE_FUZZY_MIN_WORDS = 5
"""Fewest words of the shorter quotation for a fuzzy match."""
QUOTE_SHORT_WORDS = 3
"""A quotation of fewer words matches inside a longer one only for the same speaker."""
CLAUSE_MIN_WORDS = 3
"""Fewest content words of a clause compared on its own."""
CLAUSE_MIN_SHARED = 3
"""Fewest content words, actor names aside, two clauses share for their cosine to count
(so that "..., Japan's Defence Ministry said" in both is no shared claim)."""
FIGURE_CONFLICT_CONTEXT = 0.3
"""Least word cosine of two figures' sentences, the figures' own words left out, for
different values to be a conflict (in :func:`compare_many`, the least share of content
words the sentences share)."""
FIGURE_CONTEXT_LIMIT = 200
"""Most figures of one unit in a story whose sentences :func:`compare_many` compares
pairwise; beyond, only overlapping values cluster."""
SCORE_WEIGHTS: dict[str, float] = {"actors": 0.3, "quotes": 0.2, "claims": 0.5}
"""Weights of the actor, quote and claim overlaps in the overall similarity."""
LINK_THRESHOLD = 0.2
"""Least signature similarity of two articles that :func:`compare_many` puts in one story."""
IDF_PRIOR = 50
"""Articles without any of the words assumed beside the corpus when counting rarity, so
that a handful of articles on one story still share rare words."""
STRONG_LINK = 0.45
"""A link this strong joins two articles even when neither is among the other's best."""
NEIGHBOURS = 3
"""A weaker link must be among the best this many of both its articles."""
SIGNATURE_SIZE = 24
"""Features (rare words and actor keys) per article in the blocking index."""
MAX_DF_SHARE = 0.05
"""A feature in more than this share of the articles (and more than :data:`MIN_MAX_DF`)
is too common to tell stories apart."""
MIN_MAX_DF = 50
POSTING_CAP = 250
"""Longest list of articles of one feature in the blocking index that is walked: a longer
one is too common to tell stories apart, and skipping it bounds the work per article by
:data:`SIGNATURE_SIZE` times this, whatever the size of the corpus."""
RARE_WORDS = 3
"""Rarest words of a sentence (or quotation) looked up in the other side's index."""
RARE_SHARE = 0.2
"""Share of the sentences above which a word opens no candidate claim pair."""
_ROUND = 6  # scores are compared rounded, so that ties are exact and symmetric
_KEEP = 4  # decimals kept in the records

_DIRECT = QuoteKind.DIRECT
_PARTIAL = QuoteKind.PARTIAL
_INDIRECT = QuoteKind.INDIRECT


# -- words ----------------------------------------------------------------------------------

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_QUOTE_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|\u2026|\[\s*\.\.\.\s*\]")


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds a character to lower case without accents,
    working each character out on first sight."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code).lower())
        folded = "".join(char for char in decomposed if not unicodedata.combining(char))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _fold(text: str) -> str:
    """Lower case without accents."""
    text = text.lower()
    return text if text.isascii() else text.translate(_FOLD_TABLE)


@functools.cache
def _stop_words() -> frozenset[str]:
    return table.STOP_WORDS | frozenset(cues.SPEECH_VERBS) | frozenset(cues.SPEECH_VERB_EXTRA)


def _stem(word: str) -> str:
    """Fold a plural to its singular: "planes" -> "plane", "countries" -> "country"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as")):
        return word[:-1]
    return word


class _ContentTable(dict[str, str]):
    """A folded word to its content form: the singular, or "" for a stop word or a
    one-letter word (worked out on first sight)."""

    def __missing__(self, word: str) -> str:
        if word in _BREAKS:
            return _BREAK
        content = "" if len(word) < 2 or word in _stop_words() else _stem(word)
        if len(self) < 200_000:
            self[word] = content
        return content


_CONTENT = _ContentTable()


_TOKEN_OR_BREAK = re.compile(
    r"\d+(?:[.,]\d+)*|[^\W\d_]+|[,;:](?=\s)|(?<=\s)--?(?=\s)|[\u2014\u2013]"
)
_BREAK = "\x00"  # a clause break among the content words of a sentence
_BREAKS = frozenset({",", ";", ":", "-", "--", "\u2014", "\u2013"})


def _sentence_words(text: str) -> list[str]:
    """The content words of a sentence with :data:`_BREAK` where a clause ends (at a
    comma, semicolon, colon or dash)."""
    return [
        word for word in map(_CONTENT.__getitem__, _TOKEN_OR_BREAK.findall(_fold(text))) if word
    ]


def _content_words(text: str) -> list[str]:
    """The content words of *text*, in order."""
    return [word for word in map(_CONTENT.__getitem__, _TOKEN.findall(_fold(text))) if word]


@functools.lru_cache(maxsize=8192)
def _name_words(text: str) -> tuple[str, ...]:
    """The content words of an actor mention (a name is printed many times)."""
    return tuple(_content_words(text))


def _content_counts(text: str) -> Counter[str]:
    """The content words of *text* with their counts (the fast path for whole articles)."""
    raw = Counter(_TOKEN.findall(_fold(text)))
    counts: Counter[str] = Counter()
    for word, count in raw.items():
        content = _CONTENT[word]
        if content:
            counts[content] += count
    return counts


def _quote_words(text: str) -> list[str]:
    """Every word of a quotation, folded (stop words kept: wording matters)."""
    return _TOKEN.findall(_fold(text))


def _word_count(text: str) -> int:
    return len(_QUOTE_WORD.findall(text))


# -- sentences ------------------------------------------------------------------------------

_SENTENCE_END = re.compile(
    r"[.!?]+[\"'\u201d\u2019)\u00bb]*(?=\s+[\"'\u201c\u2018(\u00ab]?[A-Z0-9\u00c0-\u00de])"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(cues.ABBREVIATIONS)


def _split(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``source[start:end]`` as (start, end) offsets, white space trimmed."""
    spans = []
    left = start
    for found in _SENTENCE_END.finditer(source, start, end):
        if found.group() == ".":
            before = source.rfind(" ", left, found.start()) + 1
            word = source[max(before, left) : found.start()]
            if _INITIALS.fullmatch(word) or word.lower() in _abbreviations():
                continue  # "U.S. officials", "Gen. Smith"
        spans.append((left, found.end()))
        left = found.end()
    spans.append((left, end))
    trimmed = []
    for first, last in spans:
        while first < last and source[first].isspace():
            first += 1
        while last > first and source[last - 1].isspace():
            last -= 1
        if first < last:
            trimmed.append((first, last))
    return trimmed


def _clauses(words: Sequence[str]) -> list[list[str]]:
    """The content words of each clause of a sentence (*words* with :data:`_BREAK`
    between clauses), a clause of fewer than :data:`CLAUSE_MIN_WORDS` words joined to
    the next (the last to the one before)."""
    clauses: list[list[str]] = []
    pending: list[str] = []
    for word in words:
        if word != _BREAK:
            pending.append(word)
        elif len(pending) >= CLAUSE_MIN_WORDS:
            clauses.append(pending)
            pending = []
    if pending:
        if clauses and len(pending) < CLAUSE_MIN_WORDS:
            clauses[-1] += pending
        else:
            clauses.append(pending)
    return clauses


# -- one side, prepared ---------------------------------------------------------------------


class _Figure:
    __slots__ = ("high", "kind", "low", "ref", "sentence", "unit")

    def __init__(self, ref: FigureRef, sentence: int) -> None:
        self.ref = ref
        self.kind = ref.kind
        self.unit = ref.unit
        self.low = ref.low
        self.high = ref.high
        self.sentence = sentence


class _Sentence:
    __slots__ = (
        "actors",
        "dates",
        "end",
        "figures",
        "names",
        "norm",
        "start",
        "text",
        "tf",
        "vectors",
        "weights",
        "words",
    )

    def __init__(self, start: int, end: int, text: str, words: list[str]) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.words = words
        self.tf = Counter(words)
        self.tf.pop(_BREAK, None)
        self.vectors: list[tuple[dict[str, float], float]] | None = None
        self.actors: set[str] = set()
        self.names: set[str] = set()  # the words of the actor mentions in the sentence
        self.figures: list[_Figure] = []
        self.dates: list[DateRef] = []
        self.weights: dict[str, float] = {}
        self.norm = 0.0

    def ref(self) -> SentenceRef:
        return SentenceRef(self.text, Span(self.start, self.end))


class _Utterance:
    """One utterance in quotation marks: the pieces of a quote group, joined."""

    __slots__ = ("fragments", "key", "ref", "words")

    def __init__(self, pieces: Sequence[Quote]) -> None:
        first, last = pieces[0], pieces[-1]
        text = " ".join(piece.text.strip() for piece in pieces)
        speaker = first.speaker
        kind = _DIRECT if any(piece.kind is _DIRECT for piece in pieces) else _PARTIAL
        self.ref = QuoteRef(
            text,
            Span(first.span.start, max(last.span.end, first.span.start)),
            speaker.key if speaker is not None else None,
            speaker.name if speaker is not None else None,
            kind,
        )
        self.key = self.ref.speaker_key
        self.fragments = [words for part in _ELLIPSIS.split(text) if (words := _quote_words(part))]
        self.words = [word for fragment in self.fragments for word in fragment]


def _utterances(quotes: Iterable[Quote]) -> list[_Utterance]:
    """The direct and partial quotes, pieces of one group (in a row, one speaker) joined."""
    runs: list[list[Quote]] = []
    for quote in quotes:
        if quote.kind is _INDIRECT:
            continue
        if runs:
            last = runs[-1][-1]
            if last.group == quote.group and _speaker_key(last) == _speaker_key(quote):
                runs[-1].append(quote)
                continue
        runs.append([quote])
    return [utterance for run in runs if (utterance := _Utterance(run)).words]


def _speaker_key(quote: Quote) -> str | None:
    return quote.speaker.key if quote.speaker is not None else None


class _Side:
    """An article read for comparison: its sentences, figures, quotations and actors."""

    __slots__ = (
        "actors",
        "article",
        "by_key",
        "cue_quotes",
        "ends",
        "figures",
        "indirect",
        "sentences",
        "starts",
        "utterances",
    )

    def __init__(self, article: Article) -> None:
        self.article = article
        source = article.source
        front = _front_spans(article)
        body = [block.span for block in article.body if isinstance(block, Paragraph)]
        seen: set[tuple[str, ...]] = set()
        found: list[tuple[int, int, list[str]]] = []
        dateline = article.dateline
        for spans in (body, front):  # the body first: a key point it repeats counts once
            for span in spans:
                first = span.start
                if dateline is not None and span.contains(dateline.span):
                    first = _after_dateline(source, dateline.span.end, span.end)
                for start, end in _split(source, first, span.end):
                    words = _sentence_words(source[start:end])
                    signature = tuple([word for word in words if word != _BREAK])
                    if len(signature) >= SENTENCE_MIN_WORDS and signature not in seen:
                        seen.add(signature)
                        found.append((start, end, words))
        found.sort(key=lambda item: item[0])
        self.sentences = [_Sentence(s, e, source[s:e], words) for s, e, words in found]
        self.starts = [sentence.start for sentence in self.sentences]
        self.ends = [sentence.end for sentence in self.sentences]
        self.by_key: dict[str, Actor] = {}
        self.actors: dict[str, int] = {}
        for actor in article.actors:
            self.by_key[actor.key] = actor
            self.actors[actor.key] = len(actor.mentions)
            for mention in actor.mentions:
                index = self.locate(mention.span.start)
                if index is not None:
                    sentence = self.sentences[index]
                    sentence.actors.add(actor.key)
                    sentence.names.update(_name_words(mention.text))
        self.figures: list[_Figure] = []
        figures: list[MonetaryFigure | Quantity] = [*article.money, *article.quantities]
        for figure in figures:
            index = self.locate(figure.span.start)
            ref = _figure_ref(figure, self.sentences[index].text if index is not None else "")
            if index is None or ref is None:
                continue
            placed = _Figure(ref, index)
            self.figures.append(placed)
            self.sentences[index].figures.append(placed)
        self.figures.sort(key=lambda figure: figure.ref.span.start)
        for when in article.dates:
            value = when.value
            if value is None or value.latest == date.max:
                continue
            index = self.locate(when.span.start)
            if index is not None:
                self.sentences[index].dates.append(DateRef(when.text, when.span, value))
        self.utterances, self.indirect, self.cue_quotes = _quotations(article, front)

    def locate(self, position: int) -> int | None:
        """The index of the sentence that holds *position*, if one does."""
        index = bisect_right(self.starts, position) - 1
        if index >= 0 and position < self.ends[index]:
            return index
        return None


_DATELINE_DASH = re.compile(r"[\s\u2014\u2013-]*")


def _after_dateline(source: str, end: int, limit: int) -> int:
    """Where the story starts after a dateline ("MOSCOW -- ") ending at *end*."""
    found = _DATELINE_DASH.match(source, end, limit)
    return found.end() if found is not None else end


def _front_spans(article: Article) -> list[Span]:
    spans = [article.headline.span] if article.headline is not None else []
    return spans + [point.span for point in article.key_points]


def _front_test(article: Article, front: Sequence[Span]) -> Callable[[Span], bool]:
    """Whether a span lies in the headline or a key point of an article that has a body."""
    if not any(isinstance(block, Paragraph) for block in article.body):
        return lambda span: False
    return lambda span: any(part.contains(span) for part in front)


def _quotations(
    article: Article, front: Sequence[Span]
) -> tuple[list[_Utterance], list[Quote], list[Quote]]:
    """The quotations of an article (one that the headline or a key point repeats from the
    body counts once), its indirect quotes and its quotes with a cue (front matter aside)."""
    in_front = _front_test(article, front)
    utterances = _utterances(article.quotes)
    body_words = [u.words for u in utterances if not in_front(u.ref.span)]
    kept = [
        u
        for u in utterances
        if not in_front(u.ref.span) or not any(_runs_in(u.words, w) for w in body_words)
    ]
    indirect = [q for q in article.quotes if q.kind is _INDIRECT and not in_front(q.span)]
    cued = [q for q in article.quotes if q.cue is not None and not in_front(q.span)]
    return kept, indirect, cued


def _figure_ref(figure: MonetaryFigure | Quantity, sentence: str) -> FigureRef | None:
    if isinstance(figure, MonetaryFigure):
        unit = figure.currency or "money"
        low, high = _bounds(figure.amount, figure.amount_max, figure)
        return FigureRef(FigureKind.MONEY, figure.text, figure.span, unit, low, high, sentence)
    if figure.unit is None:
        return None
    unit = " ".join(_stem(word) for word in _fold(figure.unit).split())
    unit = table.UNIT_SYNONYMS.get(unit, unit)
    low, high = _bounds(figure.value, figure.value_max, figure)
    return FigureRef(FigureKind.QUANTITY, figure.text, figure.span, unit, low, high, sentence)


def _bounds(
    value: Decimal | None, value_max: Decimal | None, figure: MonetaryFigure | Quantity
) -> tuple[Decimal | None, Decimal | None]:
    """The values a figure allows: its value (or range), widened by its hedge."""
    if value is None:
        if figure.magnitude is not None:
            return table.MAGNITUDE_RANGES[figure.magnitude]
        return None, None
    low_factor, high_factor = table.QUALIFIER_BOUNDS[figure.qualifier]
    top = value_max if value_max is not None else value
    return value * low_factor, None if high_factor is None else top * high_factor


def _overlap(a: _Figure, b: _Figure) -> bool:
    """Whether two figures allow a common value; two figures without a value agree when
    they read the same."""
    if a.low is None or b.low is None:
        return a.low is None and b.low is None and _fold(a.ref.text) == _fold(b.ref.text)
    return (b.high is None or a.low <= b.high) and (a.high is None or b.low <= a.high)


def _runs_in(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether *short* is a contiguous run of *long*."""
    size = len(short)
    if size == 0 or size > len(long):
        return size == 0
    first = short[0]
    for start, word in enumerate(long[: len(long) - size + 1]):
        if word == first and long[start : start + size] == short:
            return True
    return False


def _fragments_in(fragments: Sequence[Sequence[str]], long: Sequence[str]) -> bool:
    """Whether every fragment runs inside *long*, in order."""
    position = 0
    for fragment in fragments:
        size = len(fragment)
        found = -1
        for start in range(position, len(long) - size + 1):
            if long[start] == fragment[0] and long[start : start + size] == fragment:
                found = start
                break
        if found < 0:
            return False
        position = found + size
    return True


# -- actors ---------------------------------------------------------------------------------


def _alias_keys(actor: Actor) -> set[str]:
    """Keys of the forms that name *actor* alone: its key, and for a person the full
    names among its aliases (a surname alone is no identity)."""
    keys = {actor.key}
    for alias in actor.aliases:
        if actor.kind is not ActorKind.PERSON or len(alias.split()) > 1:
            keys.add(actor_key(alias))
    return keys


def same_actor(a: Actor | str, b: Actor | str) -> bool:
    """Whether *a* and *b* name the same actor: the same accent- and case-insensitive key,
    or, for two actors, a shared full form among their aliases ("UN" and "United Nations"
    in one article, "UN" in the other). Names are compared by :func:`actor_key`.

    >>> same_actor("Juan Guaidó", "juan guaido")
    True
    >>> same_actor("Centre for Analysis", "Center for Analysis"), same_actor("Putin", "Lavrov")
    (True, False)
    >>> from geopol_news import extract_actors
    >>> un = extract_actors("The United Nations (UN) said so.")[0]
    >>> same_actor(un, "UN")
    True
    """
    expect_type(a, (Actor, str), "same_actor() expects an Actor or a name")
    expect_type(b, (Actor, str), "same_actor() expects an Actor or a name")
    keys_a = _alias_keys(a) if isinstance(a, Actor) else {actor_key(a)}
    keys_b = _alias_keys(b) if isinstance(b, Actor) else {actor_key(b)}
    if isinstance(a, Actor) and isinstance(b, Actor):
        if a.key == b.key:
            return True
        if (a.kind is ActorKind.PERSON) != (b.kind is ActorKind.PERSON):
            return False
    return not keys_a.isdisjoint(keys_b)


def _display(names: Iterable[str]) -> str:
    """The name to show for one actor named differently on two sides: the accented form
    when there is one (as the actor extractor prefers), else the longest."""
    return min(names, key=lambda name: (name.isascii(), -len(name), name))


def _actor_rows(sa: _Side, sb: _Side) -> ActorOverlap:
    keys_a, keys_b = set(sa.actors), set(sb.actors)
    pairs = {key: (key, key) for key in keys_a & keys_b}
    # Actors with different keys that share a full form, one-to-one.
    left = {key: _alias_keys(sa.by_key[key]) for key in keys_a - keys_b}
    right = {key: _alias_keys(sb.by_key[key]) for key in keys_b - keys_a}
    if left and right:
        index: dict[str, set[str]] = defaultdict(set)
        for key, aliases in right.items():
            for alias in aliases:
                index[alias].add(key)
        candidates_a = {
            key: set().union(*(index.get(alias, set()) for alias in aliases))
            for key, aliases in left.items()
        }
        candidates_b: dict[str, set[str]] = defaultdict(set)
        for key, found in candidates_a.items():
            for other in found:
                candidates_b[other].add(key)
        for key, found in candidates_a.items():
            if len(found) == 1:
                (other,) = found
                actor_a, actor_b = sa.by_key[key], sb.by_key[other]
                same_family = (actor_a.kind is ActorKind.PERSON) == (
                    actor_b.kind is ActorKind.PERSON
                )
                if candidates_b[other] == {key} and same_family:
                    pairs[min(key, other)] = (key, other)
    paired_a = {ka for ka, _ in pairs.values()}
    paired_b = {kb for _, kb in pairs.values()}
    shared = []
    for row_key, (ka, kb) in pairs.items():
        actor_a, actor_b = sa.by_key[ka], sb.by_key[kb]
        kind = min(actor_a.kind, actor_b.kind, key=lambda kind: kind.value)
        name = _display((actor_a.name, actor_b.name))
        shared.append(ActorPresence(row_key, name, kind, sa.actors[ka], sb.actors[kb]))
    only_a = [
        ActorPresence(key, sa.by_key[key].name, sa.by_key[key].kind, sa.actors[key], 0)
        for key in keys_a - paired_a
    ]
    only_b = [
        ActorPresence(key, sb.by_key[key].name, sb.by_key[key].kind, 0, sb.actors[key])
        for key in keys_b - paired_b
    ]
    shared.sort(key=lambda row: (-(row.mentions_a + row.mentions_b), row.key))
    only_a.sort(key=lambda row: (-row.mentions_a, row.key))
    only_b.sort(key=lambda row: (-row.mentions_b, row.key))
    return ActorOverlap(tuple(shared), tuple(only_a), tuple(only_b), _actor_score(pairs, sa, sb))


def _actor_score(pairs: dict[str, tuple[str, str]], sa: _Side, sb: _Side) -> float | None:
    """The weight the two sides' actor distributions share: each actor weighs
    1 + ln(mentions), normalised per side; the score is the sum of the smaller share."""
    if not sa.actors and not sb.actors:
        return None
    if not sa.actors or not sb.actors:
        return 0.0

    def weight(count: int) -> float:
        return 1.0 + math.log(count) if count > 0 else 0.0

    total_a = sum(weight(count) for count in sa.actors.values())
    total_b = sum(weight(count) for count in sb.actors.values())
    shared = 0.0
    for row in sorted(pairs):
        ka, kb = pairs[row]
        shared += min(weight(sa.actors[ka]) / total_a, weight(sb.actors[kb]) / total_b)
    return _clamp(shared)


def _clamp(value: float) -> float:
    return round(min(1.0, max(0.0, value)), _KEEP)


# -- who speaks for whom ----------------------------------------------------------------------


@functools.cache
def _country_adjectives() -> dict[str, str]:
    found = {
        country.code: country.demonyms[0] if country.demonyms else country.name
        for country in countries.COUNTRIES
    }
    found.update(table.GROUP_ADJECTIVES)
    return found


@functools.cache
def _country_codes() -> dict[str, str]:
    """Country key (``actor_key`` of its display name) to ISO code."""
    return {actor_key(country.name): country.code for country in countries.COUNTRIES}


@functools.cache
def _organizations() -> dict[str, organizations.Organization]:
    """Organisations by the key of every name and acronym that names them."""
    found: dict[str, organizations.Organization] = {}
    for org in organizations.ORGANIZATIONS:
        for form in (*org.acronyms, *org.names, org.name):
            found[actor_key(form)] = org
    return found


@functools.cache
def _listed_people() -> frozenset[str]:
    return frozenset(actor_key(person.name) for person in people.PEOPLE)


def _words_of(titles: Iterable[str]) -> set[str]:
    """The words and two-word phrases of *titles*, folded."""
    found: set[str] = set()
    for title in titles:
        words = _fold(title).replace("'s", "").split()
        found.update(words)
        found.update(f"{first} {second}" for first, second in itertools.pairwise(words))
    return found


def _label(template: str, country: str | None, name: str) -> str:
    if "{adjective}" in template:
        adjective = _country_adjectives().get(country or "")
        if adjective is None:
            if template == table.GROUP_OFFICIALS:
                return table.GROUP_OFFICIALS_NO_COUNTRY
            return table.GROUP_OPPOSITION_NO_COUNTRY
        return template.format(adjective=adjective)
    return template.format(name=name)


def _affiliate(key: str | None, article: Article | None) -> tuple[str | None, str | None, str]:
    """(category, country, display name) of the organisation or country *key* names, from
    the article's actors first, then the tables; category "country" for a country."""
    if key is None:
        return None, None, ""
    if article is not None:
        for actor in article.actors:
            if actor.key == key:
                if actor.kind is ActorKind.COUNTRY:
                    return "country", actor.country, actor.name
                return actor.category, actor.country, actor.name
    code = _country_codes().get(key)
    if code is not None:
        return "country", code, key
    org = _organizations().get(key)
    if org is not None:
        return org.kind, org.country, org.name
    return None, None, key


def speaker_side(actor: Actor | None, article: Article | None = None) -> str:
    """The side *actor* speaks for, as a group label of the "who gets to speak" table.

    * A country speaking stands for its government: "<Demonym> officials"
      ("Russian officials"; "U.S. officials" for the United States).
    * An organisation stands for its category: government bodies,
      legislatures, armies, courts and central banks are their country's
      officials; think tanks and universities "independent analysts"; outlets
      and agencies "media"; international bodies and armed groups speak for
      themselves (their name); companies, NGOs and parties have their own group.
    * A person whose titles name an analyst, expert, researcher, fellow or
      professor is an independent analyst; a journalist is "media"; an
      opposition figure "<Demonym> opposition". Otherwise the organisation or
      country the person is affiliated with decides as above (looked up in
      *article* when given, else in the tables), then a government title
      ("President", "spokeswoman", "minister"), then being a public figure of
      :mod:`geopol_news.data.people` with a country: "<Demonym> officials".
    * Anyone else is "other"; no speaker at all is "unattributed".

    The word lists are in :mod:`geopol_news.data.compare`.

    >>> from geopol_news import extract_actors
    >>> actors = extract_actors(
    ...     "Russian Foreign Ministry spokeswoman Maria Zakharova spoke, "
    ...     "and foreign affairs analyst Vladimir Frolov disagreed. "
    ...     "U.S. Secretary of State Mike Pompeo said so."
    ... )
    >>> for actor in actors:
    ...     if actor.kind.value == "person":
    ...         print(actor.name, "|", speaker_side(actor))
    Maria Zakharova | Russian officials
    Vladimir Frolov | independent analysts
    Mike Pompeo | U.S. officials
    >>> speaker_side(None)
    'unattributed'
    """
    if actor is None:
        return table.GROUP_UNATTRIBUTED
    expect_type(actor, Actor, "speaker_side() expects an Actor or None")
    if actor.kind is ActorKind.COUNTRY:
        return _label(table.GROUP_OFFICIALS, actor.country, actor.name)
    if actor.kind is ActorKind.GROUP:
        return actor.name
    if actor.kind is ActorKind.ORGANIZATION:
        template = table.CATEGORY_GROUPS.get(actor.category or "")
        return _label(template, actor.country, actor.name) if template else table.GROUP_OTHER
    if actor.kind is not ActorKind.PERSON:
        return table.GROUP_OTHER
    words = _words_of(actor.titles)
    if words & table.ANALYST_WORDS:
        return table.GROUP_ANALYSTS
    if words & table.MEDIA_WORDS:
        return table.GROUP_MEDIA
    category, country, name = _affiliate(actor.affiliation, article)
    country = country or actor.country
    if words & table.OPPOSITION_WORDS:
        return _label(table.GROUP_OPPOSITION, country, name)
    if category == "country":
        return _label(table.GROUP_OFFICIALS, country, name)
    template = table.CATEGORY_GROUPS.get(category or "")
    if template is not None:
        return _label(template, country, name)
    if words & table.GOVERNMENT_WORDS:
        return _label(table.GROUP_OFFICIALS, country, name)
    if actor.country is not None and actor.key in _listed_people():
        return _label(table.GROUP_OFFICIALS, actor.country, name)
    return table.GROUP_OTHER


def _voices(sa: _Side, sb: _Side) -> Voices:
    tallies: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    names: dict[str, set[str]] = defaultdict(set)
    for offset, side in ((0, sa), (3, sb)):
        for utterance in side.utterances:
            key = utterance.key or ""
            row = tallies[key]
            row[offset] += 1
            row[offset + 1] += _word_count(utterance.ref.text)
            if utterance.ref.speaker_name:
                names[key].add(utterance.ref.speaker_name)
        for quote in side.indirect:
            key = _speaker_key(quote) or ""
            tallies[key][offset + 2] += 1
            if quote.speaker is not None:
                names[key].add(quote.speaker.name)
    speakers = []
    for key, row in tallies.items():
        name = _display(names[key]) if names[key] else table.GROUP_UNATTRIBUTED
        speakers.append(Voice(key, name, _group_of(key, sa, sb), *row))
    speakers.sort(key=lambda v: (-(v.words_a + v.words_b), -(v.quotes_a + v.quotes_b), v.key))
    words_a = sum(v.words_a for v in speakers)
    words_b = sum(v.words_b for v in speakers)
    grouped: dict[str, list[Voice]] = defaultdict(list)
    for voice in speakers:
        grouped[voice.group].append(voice)
    groups = []
    for label, members in grouped.items():
        qa, wa, ra = (
            sum(getattr(v, f) for v in members) for f in ("quotes_a", "words_a", "reported_a")
        )
        qb, wb, rb = (
            sum(getattr(v, f) for v in members) for f in ("quotes_b", "words_b", "reported_b")
        )
        groups.append(
            VoiceGroup(
                label,
                tuple(v.name for v in members),
                qa,
                wa,
                _share(wa, words_a),
                ra,
                qb,
                wb,
                _share(wb, words_b),
                rb,
            )
        )
    groups.sort(key=lambda g: (-(g.share_a + g.share_b), -(g.reported_a + g.reported_b), g.label))
    return Voices(tuple(speakers), tuple(groups))


def _share(part: int, whole: int) -> float:
    return round(part / whole, _KEEP) if whole else 0.0


def _group_of(key: str, sa: _Side, sb: _Side) -> str:
    """The group of a speaker, decided the same way whichever side is "a": the groups
    each side's text gives, "other" only when neither gives more, ties by name."""
    if not key:
        return table.GROUP_UNATTRIBUTED
    found = {
        speaker_side(side.by_key[key], side.article) for side in (sa, sb) if key in side.by_key
    }
    specific = found - {table.GROUP_OTHER}
    return min(specific) if specific else table.GROUP_OTHER


# -- quotes ---------------------------------------------------------------------------------


def _relation(a: _Utterance, b: _Utterance) -> tuple[QuoteMatchKind, float] | None:
    """How two quotations relate, or None when they are not the same quotation."""
    if a.words == b.words:
        if len(a.words) < QUOTE_SHORT_WORDS and not _compatible(a.key, b.key):
            return None
        return QuoteMatchKind.EXACT, 1.0
    short, long = (a, b) if len(a.words) <= len(b.words) else (b, a)
    if len(short.words) < QUOTE_SHORT_WORDS and not _compatible(a.key, b.key):
        return None
    bag = Counter(long.words)
    found = 0
    for word in short.words:
        if bag[word] > 0:
            bag[word] -= 1
            found += 1
    share = round(found / len(short.words), _ROUND)
    if share < 1.0 and share < QUOTE_FUZZY:
        return None
    if _fragments_in(short.fragments, long.words):
        return QuoteMatchKind.CONTAINED, share
    if share >= QUOTE_FUZZY and len(short.words) >= QUOTE_FUZZY_MIN_WORDS:
        return QuoteMatchKind.FUZZY, share
    return None


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _rarest(words: Iterable[str], df: Counter[str], count: int) -> list[str]:
    return sorted(set(words), key=lambda word: (df[word], word))[:count]


def _best_of_either(scored: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The pairs that are the best counterpart of one of their two members (ties kept):
    the same pairs whichever side is "a"."""
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), score in scored.items():
        if score > best_a.get(i, -1.0):
            best_a[i] = score
        if score > best_b.get(j, -1.0):
            best_b[j] = score
    return sorted(
        pair for pair, score in scored.items() if score in (best_a[pair[0]], best_b[pair[1]])
    )


def _quote_pairs(
    ua: Sequence[_Utterance], ub: Sequence[_Utterance]
) -> list[tuple[int, int, QuoteMatchKind, float]]:
    df: Counter[str] = Counter()
    for utterance in (*ua, *ub):
        df.update(set(utterance.words))
    index_a: dict[str, list[int]] = defaultdict(list)
    index_b: dict[str, list[int]] = defaultdict(list)
    for i, utterance in enumerate(ua):
        for word in set(utterance.words):
            index_a[word].append(i)
    for j, utterance in enumerate(ub):
        for word in set(utterance.words):
            index_b[word].append(j)
    candidates: set[tuple[int, int]] = set()
    for i, utterance in enumerate(ua):
        for word in _rarest(utterance.words, df, RARE_WORDS):
            candidates.update((i, j) for j in index_b.get(word, ()))
    for j, utterance in enumerate(ub):
        for word in _rarest(utterance.words, df, RARE_WORDS):
            candidates.update((i, j) for i in index_a.get(word, ()))
    related = {}
    for i, j in candidates:
        found = _relation(ua[i], ub[j])
        if found is not None:
            related[(i, j)] = found
    chosen = _best_of_either({pair: kind_score[1] for pair, kind_score in related.items()})
    return [(i, j, *related[(i, j)]) for i, j in chosen]


def _quote_overlap(sa: _Side, sb: _Side) -> QuoteOverlap:
    ua, ub = sa.utterances, sb.utterances
    pairs = _quote_pairs(ua, ub)
    shared = tuple(
        QuoteMatch(ua[i].ref, ub[j].ref, kind, round(score, _KEEP), ua[i].key == ub[j].key)
        for i, j, kind, score in pairs
    )
    matched_a = {i for i, _, _, _ in pairs}
    matched_b = {j for _, j, _, _ in pairs}
    speakers_a = {u.key for u in ua if u.key}
    speakers_b = {u.key for u in ub if u.key}
    both = speakers_a & speakers_b
    rest_a = [u for i, u in enumerate(ua) if i not in matched_a]
    rest_b = [u for j, u in enumerate(ub) if j not in matched_b]
    reworded = []
    for key in sorted(both):
        mine = tuple(u.ref for u in rest_a if u.key == key)
        theirs = tuple(u.ref for u in rest_b if u.key == key)
        if mine or theirs:
            names = [u.ref.speaker_name for u in (*ua, *ub) if u.key == key and u.ref.speaker_name]
            reworded.append(Reworded(key, _display(names), mine, theirs))
    only_a = tuple(u.ref for u in rest_a if u.key not in both)
    only_b = tuple(u.ref for u in rest_b if u.key not in both)
    total = len(ua) + len(ub)
    score = (len(matched_a) + len(matched_b)) / total if total else None
    return QuoteOverlap(
        shared, tuple(reworded), only_a, only_b, None if score is None else _clamp(score)
    )


def match_quotes(
    a: Article | Sequence[Quote], b: Article | Sequence[Quote]
) -> tuple[QuoteMatch, ...]:
    """The quotations *a* and *b* share: the same words, a quote trimmed differently, a
    partial quote inside a full one, pieces around an ellipsis, or nearly the same words.

    *a* and *b* are articles (a quote the headline or a key point repeats from the
    body counts once) or sequences of quotes. Indirect quotes are not quotations.
    Quotations of fewer than three words match inside longer ones only for the
    same speaker.

    >>> from geopol_news import extract_quotes
    >>> a = extract_quotes('"Our ships will keep the strait open to all traffic," Kavrosk said.')
    >>> b = extract_quotes('Kavrosk said the navy would "keep the strait open."')
    >>> [(m.kind.value, m.a.text, m.b.text) for m in match_quotes(a, b)]
    [('contained', 'Our ships will keep the strait open to all traffic,', 'keep the strait open.')]
    """
    ua, ub = _utterances_of(a), _utterances_of(b)
    return tuple(
        QuoteMatch(ua[i].ref, ub[j].ref, kind, round(score, _KEEP), ua[i].key == ub[j].key)
        for i, j, kind, score in _quote_pairs(ua, ub)
    )


def _utterances_of(value: Article | Sequence[Quote]) -> list[_Utterance]:
    if isinstance(value, Article):
        return _Side(value).utterances
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise InputTypeError(
            f"match_quotes() expects an Article or a sequence of Quote, got {type(value).__name__}"
        )
    for quote in value:
        expect_type(quote, Quote, "match_quotes() expects Quote items")
    return _utterances(value)


# -- claims and figures ---------------------------------------------------------------------


class _Pair:
    """Two prepared sides with the word rarity counted over both."""

    __slots__ = ("a", "b", "idf", "rare_floor")

    def __init__(self, a: _Side, b: _Side) -> None:
        self.a, self.b = a, b
        df: Counter[str] = Counter()
        for sentence in (*a.sentences, *b.sentences):
            df.update(sentence.tf.keys())
        total = len(a.sentences) + len(b.sentences)
        self.idf = {word: math.log((total + 1) / count) for word, count in df.items()}
        # Words in more than a fifth of the sentences (and in more than three) open no
        # candidate pair: every pair they would open shares rarer words too, or is noise.
        self.rare_floor = math.log((total + 1) / max(3, total * RARE_SHARE))
        idf = self.idf
        for side in (a, b):
            for sentence in side.sentences:
                weights = {word: count * idf[word] for word, count in sentence.tf.items()}
                sentence.weights = weights
                sentence.norm = math.sqrt(sum(w * w for w in weights.values()))
                sentence.vectors = None

    def cosine(self, x: _Sentence, y: _Sentence) -> float:
        if not x.norm or not y.norm:
            return 0.0
        shared = sorted(x.weights.keys() & y.weights.keys())
        dot = sum(x.weights[word] * y.weights[word] for word in shared)
        return dot / (x.norm * y.norm)

    def clause_vectors(self, sentence: _Sentence) -> list[tuple[dict[str, float], float]]:
        """The weights and norm of each clause of *sentence* (made once, on first need)."""
        if sentence.vectors is None:
            idf = self.idf
            vectors = []
            clauses = _clauses(sentence.words)
            for clause in clauses if len(clauses) > 1 else ():
                vector: dict[str, float] = {}
                for word in clause:
                    vector[word] = vector.get(word, 0.0) + idf[word]
                vectors.append((vector, math.sqrt(sum(w * w for w in vector.values()))))
            sentence.vectors = vectors
        return sentence.vectors

    def text_score(self, x: _Sentence, y: _Sentence) -> float:
        """The word cosine of two sentences, or of their closest clauses when higher: two
        long sentences often share one clause ("..., two planes landed in Caracas")."""
        if not x.norm or not y.norm:
            return 0.0
        shared = x.weights.keys() & y.weights.keys()
        if not shared:
            return 0.0
        wx, wy = x.weights, y.weights
        best = sum(wx[word] * wy[word] for word in sorted(shared)) / (x.norm * y.norm)
        names = x.names | y.names
        if len(shared - names) < CLAUSE_MIN_SHARED or best >= CLAIM_MIN_TEXT * 2:
            return best
        for cx, nx in self.clause_vectors(x):
            if shared.isdisjoint(cx):
                continue
            for cy, ny in self.clause_vectors(y):
                common = cx.keys() & cy.keys()
                if len(common - names) >= CLAUSE_MIN_SHARED:
                    score = sum(cx[w] * cy[w] for w in sorted(common)) / (nx * ny)
                    best = max(best, score)
        return best

    def candidates(self) -> set[tuple[int, int]]:
        """Sentence pairs that share one of the rarest words of either sentence."""
        idf = self.idf
        index_a: dict[str, list[int]] = defaultdict(list)
        index_b: dict[str, list[int]] = defaultdict(list)
        for i, sentence in enumerate(self.a.sentences):
            for word in sentence.tf:
                index_a[word].append(i)
        for j, sentence in enumerate(self.b.sentences):
            for word in sentence.tf:
                index_b[word].append(j)
        found: set[tuple[int, int]] = set()

        floor = self.rare_floor

        def rarest(sentence: _Sentence, other: dict[str, list[int]]) -> list[str]:
            shared = [word for word in sentence.tf if word in other and idf[word] >= floor]
            return sorted(shared, key=lambda word: (-idf[word], word))[:RARE_WORDS]

        same: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for j, sentence in enumerate(self.b.sentences):
            same[tuple(sorted(sentence.tf))].append(j)
        for i, sentence in enumerate(self.a.sentences):
            found.update((i, j) for j in same.get(tuple(sorted(sentence.tf)), ()))

        for i, sentence in enumerate(self.a.sentences):
            for word in rarest(sentence, index_b):
                found.update((i, j) for j in index_b[word])
        for j, sentence in enumerate(self.b.sentences):
            for word in rarest(sentence, index_a):
                found.update((i, j) for i in index_a[word])
        return found

    def claim_score(self, x: _Sentence, y: _Sentence) -> tuple[float, float]:
        """(combined score, word cosine) of two sentences."""
        text = self.text_score(x, y)
        if text < CLAIM_MIN_TEXT:
            return 0.0, round(text, _ROUND)
        w_text, w_actors, w_figures = CLAIM_WEIGHTS
        total, weight = w_text * text, w_text
        if x.actors or y.actors:
            union = x.actors | y.actors
            total += w_actors * len(x.actors & y.actors) / len(union)
            weight += w_actors
        if x.figures or y.figures:
            mine = sum(1 for f in x.figures if any(_aligned(f, g) for g in y.figures))
            theirs = sum(1 for g in y.figures if any(_aligned(f, g) for f in x.figures))
            total += w_figures * (mine + theirs) / (len(x.figures) + len(y.figures))
            weight += w_figures
        return round(total / weight, _ROUND), round(text, _ROUND)

    def claims(self) -> list[tuple[int, int, float]]:
        sa, sb = self.a.sentences, self.b.sentences
        scored: dict[tuple[int, int], float] = {}
        for i, j in self.candidates():
            combined, text = self.claim_score(sa[i], sb[j])
            if text >= CLAIM_MIN_TEXT and combined >= CLAIM_THRESHOLD:
                scored[(i, j)] = combined
        return [(i, j, scored[(i, j)]) for i, j in _best_of_either(scored)]

    def context(self, a: _Figure, b: _Figure) -> float:
        """The word cosine of two figures' sentences without the words of the figures
        themselves (their numbers and counted nouns): what else the sentences share."""
        x, y = self.a.sentences[a.sentence], self.b.sentences[b.sentence]
        left = set(_content_words(a.ref.text)) | set(_content_words(b.ref.text))
        wx = {word: w for word, w in x.weights.items() if word not in left}
        wy = {word: w for word, w in y.weights.items() if word not in left}
        norm = math.sqrt(sum(w * w for w in wx.values())) * math.sqrt(
            sum(w * w for w in wy.values())
        )
        if not norm:
            return 0.0
        dot = sum(wx[word] * wy[word] for word in sorted(wx.keys() & wy.keys()))
        return round(dot / norm, _ROUND)

    def figures(self) -> list[tuple[_Figure, _Figure, FigureStatus, float]]:
        fa, fb = self.a.figures, self.b.figures
        by_unit: dict[tuple[FigureKind, str], list[int]] = defaultdict(list)
        for j, figure in enumerate(fb):
            by_unit[(figure.kind, figure.unit)].append(j)
        scored: dict[tuple[int, int], float] = {}
        contexts: dict[tuple[int, int], float] = {}
        for i, figure in enumerate(fa):
            for j in by_unit.get((figure.kind, figure.unit), ()):
                other = fb[j]
                context = self.context(figure, other)
                agree = _overlap(figure, other)
                valued = figure.low is not None and other.low is not None
                if agree or (valued and context >= FIGURE_CONFLICT_CONTEXT):
                    scored[(i, j)] = round(context + (1.0 if agree else 0.0), _ROUND)
                    contexts[(i, j)] = context
        return [
            (
                fa[i],
                fb[j],
                FigureStatus.AGREE if _overlap(fa[i], fb[j]) else FigureStatus.CONFLICT,
                contexts[(i, j)],
            )
            for i, j in _best_of_either(scored)
        ]


def _aligned(a: _Figure, b: _Figure) -> bool:
    return a.kind is b.kind and a.unit == b.unit and _overlap(a, b)


def _claim_pair(pair: _Pair, i: int, j: int, score: float) -> ClaimPair:
    x, y = pair.a.sentences[i], pair.b.sentences[j]
    words = sorted(x.tf.keys() & y.tf.keys(), key=lambda word: (-pair.idf[word], word))
    return ClaimPair(
        x.ref(), y.ref(), round(score, _KEEP), tuple(words[:8]), tuple(sorted(x.actors & y.actors))
    )


def _alignment(a: _Figure, b: _Figure, status: FigureStatus, context: float) -> FigureAlignment:
    return FigureAlignment(a.ref, b.ref, status, round(context, _KEEP))


def align_claims(a: Article, b: Article) -> tuple[ClaimPair, ...]:
    """The sentence pairs of *a* and *b* that report the same fact, in the order of *a*.

    A pair's score mixes the cosine of the two sentences' content words, each
    weighted by its rarity over the sentences of both articles, with the share
    of the actors and of the figures the two sentences both name. Candidates
    come from an inverted index of rare words; a pair is kept when it is the best
    counterpart of one of its sentences and scores at least
    :data:`CLAIM_THRESHOLD`.

    >>> from geopol_news import parse_article
    >>> a = parse_article("Three Norwegian coastguard ships reached Tromso on Friday. Oil rose.")
    >>> b = parse_article("Gold fell. In Tromso, three coastguard ships from Norway docked.")
    >>> for pair in align_claims(a, b):
    ...     print(pair.a.text, pair.b.text, pair.actors, sep="\\n")
    Three Norwegian coastguard ships reached Tromso on Friday.
    In Tromso, three coastguard ships from Norway docked.
    ('norway',)
    """
    expect_type(a, Article, "align_claims() expects an Article")
    expect_type(b, Article, "align_claims() expects an Article")
    pair = _Pair(_Side(a), _Side(b))
    return tuple(_claim_pair(pair, i, j, score) for i, j, score in pair.claims())


def align_figures(a: Article, b: Article) -> tuple[FigureAlignment, ...]:
    """The monetary figures and quantities of *a* and *b* aligned across the two.

    Two figures align when they are of one currency, or count one noun (plurals
    folded), and their values overlap (a hedge such as "about" or "more than"
    widens a value), or their sentences say the same thing (word cosine at least
    :data:`FIGURE_CONFLICT_CONTEXT`). Overlapping values agree; the others
    conflict. A figure is aligned with its best counterpart.

    >>> from geopol_news import parse_article
    >>> a = parse_article("Russia lent Venezuela $10 billion in 2017. It sent two planes.")
    >>> b = parse_article("Russia lent Venezuela $17 billion in 2017. It sent two planes.")
    >>> [(f.a.text, f.b.text, f.status.value) for f in align_figures(a, b)]
    [('$10 billion', '$17 billion', 'conflict'), ('two planes', 'two planes', 'agree')]
    """
    expect_type(a, Article, "align_figures() expects an Article")
    expect_type(b, Article, "align_figures() expects an Article")
    pair = _Pair(_Side(a), _Side(b))
    return tuple(_alignment(*found) for found in pair.figures())


def _figure_table(pair: _Pair) -> FigureTable:
    found = pair.figures()
    used_a = {id(a) for a, _, _, _ in found}
    used_b = {id(b) for _, b, _, _ in found}
    return FigureTable(
        tuple(_alignment(*item) for item in found),
        tuple(f.ref for f in pair.a.figures if id(f) not in used_a),
        tuple(f.ref for f in pair.b.figures if id(f) not in used_b),
    )


def _dates(pair: _Pair, claims: list[tuple[int, int, float]]) -> tuple[DateDifference, ...]:
    found = []
    for i, j, _ in claims:
        x, y = pair.a.sentences[i], pair.b.sentences[j]
        if x.dates and y.dates:
            overlapping = any(
                d.when.earliest <= e.when.latest and e.when.earliest <= d.when.latest
                for d in x.dates
                for e in y.dates
            )
            if not overlapping:
                found.append(DateDifference(x.ref(), y.ref(), tuple(x.dates), tuple(y.dates)))
    return tuple(found)


def _cue_counts(side: _Side) -> tuple[dict[str, Counter[str]], dict[str, str]]:
    """The reporting words per speaker key, and the speakers' names."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for quote in side.cue_quotes:
        speaker = quote.speaker
        if speaker is not None and quote.cue is not None:
            counts[speaker.key][" ".join(quote.cue.text.lower().split())] += 1
            names[speaker.key] = speaker.name
    return counts, names


def _cues(sa: _Side, sb: _Side) -> tuple[CueDifference, ...]:
    (ca, names_a), (cb, names_b) = _cue_counts(sa), _cue_counts(sb)
    found = []
    for key in sorted(ca.keys() & cb.keys()):
        if set(ca[key]) == set(cb[key]):
            continue
        name = _display((names_a[key], names_b[key]))
        found.append(CueDifference(key, name, _cue_uses(ca[key]), _cue_uses(cb[key])))
    return tuple(found)


def _cue_uses(counts: Counter[str]) -> tuple[CueUse, ...]:
    return tuple(
        CueUse(cue, count, table.CUE_TONES.get(cue, "unclassified"))
        for cue, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )


# -- the comparison -------------------------------------------------------------------------


def _refs(a: Article, b: Article, labels: Sequence[str] | None) -> tuple[ArticleRef, ArticleRef]:
    if labels is not None:
        if len(labels) != 2 or not all(isinstance(label, str) for label in labels):
            raise InputTypeError("compare() expects labels as two strings")
        first, second = labels
    elif a.outlet and b.outlet and a.outlet != b.outlet:
        first, second = a.outlet, b.outlet
    else:
        first, second = "A", "B"
    return _article_ref(a, first), _article_ref(b, second)


def _article_ref(article: Article, label: str) -> ArticleRef:
    headline = article.headline.text if article.headline is not None else None
    return ArticleRef(label, article.outlet, headline, article.published)


def _similarity(actors: float | None, quotes: float | None, claims: float | None) -> float:
    total = weight = 0.0
    for name, value in (("actors", actors), ("quotes", quotes), ("claims", claims)):
        if value is not None:
            total += SCORE_WEIGHTS[name] * value
            weight += SCORE_WEIGHTS[name]
    return _clamp(total / weight) if weight else 0.0


def compare(a: Article, b: Article, *, labels: Sequence[str] | None = None) -> Comparison:
    """Compare two articles: actors, voices, quotes, figures, claims, dates, framing, scores.

    *labels* name the two sides in reports (default: the outlets when both are
    known and differ, else "A" and "B"). ``compare(b, a)`` is ``compare(a, b)``
    with the sides swapped.

    >>> from geopol_news import parse_article
    >>> a = parse_article("Sergei Lavrov met Nicolás Maduro in Caracas.")
    >>> b = parse_article("Nicolas Maduro hosted Sergei Lavrov on Monday.")
    >>> c = compare(a, b)
    >>> [(row.name, row.mentions_a, row.mentions_b) for row in c.actors.shared]
    [('Nicolás Maduro', 1, 1), ('Sergei Lavrov', 1, 1)]
    >>> [row.name for row in c.actors.only_a], c.scores.actors
    (['Caracas'], 0.6667)
    >>> c.scores.claims, c.scores.quotes, c.scores.similarity
    (1.0, None, 0.875)
    """
    expect_type(a, Article, "compare() expects an Article")
    expect_type(b, Article, "compare() expects an Article")
    ref_a, ref_b = _refs(a, b, labels)
    sa, sb = _Side(a), _Side(b)
    pair = _Pair(sa, sb)
    actors = _actor_rows(sa, sb)
    quotes = _quote_overlap(sa, sb)
    found = pair.claims()
    matched_a = {i for i, _, _ in found}
    matched_b = {j for _, j, _ in found}
    total = len(sa.sentences) + len(sb.sentences)
    claims = ClaimTable(
        tuple(_claim_pair(pair, i, j, score) for i, j, score in found),
        tuple(s.ref() for i, s in enumerate(sa.sentences) if i not in matched_a),
        tuple(s.ref() for j, s in enumerate(sb.sentences) if j not in matched_b),
        _clamp((len(matched_a) + len(matched_b)) / total) if total else None,
    )
    scores = Scores(
        actors.score,
        quotes.score,
        claims.score,
        _similarity(actors.score, quotes.score, claims.score),
    )
    return Comparison(
        ref_a,
        ref_b,
        scores,
        actors,
        _voices(sa, sb),
        quotes,
        _figure_table(pair),
        claims,
        _dates(pair, found),
        _cues(sa, sb),
    )


def similarity(a: Article | str, b: Article | str) -> float:
    """How alike two articles are, or two texts, in [0, 1].

    For two articles: ``compare(a, b).scores.similarity``, the weighted mean of
    the actor, quote and claim overlaps (:data:`SCORE_WEIGHTS`). For two
    strings: the cosine of their content words, each weighted by its rarity
    over the sentences of both texts, the measure claims are aligned by.

    >>> similarity("Two planes landed in Caracas.", "In Caracas two planes landed.")
    1.0
    >>> similarity("Two planes landed in Caracas.", "Oil prices fell in London.")
    0.0
    """
    if isinstance(a, str) and isinstance(b, str):
        return _text_similarity(a, b)
    if isinstance(a, Article) and isinstance(b, Article):
        return compare(a, b).scores.similarity
    raise InputTypeError(
        f"similarity() expects two Articles or two strings, got {type(a).__name__} "
        f"and {type(b).__name__}"
    )


def _text_similarity(a: str, b: str) -> float:
    words_a, words_b = _content_words(a), _content_words(b)
    if not words_a or not words_b:
        return 0.0
    parts_a = [_content_words(a[s:e]) for s, e in _split(a, 0, len(a))]
    parts_b = [_content_words(b[s:e]) for s, e in _split(b, 0, len(b))]
    parts = [set(words) for words in (*parts_a, *parts_b) if words]
    df: Counter[str] = Counter()
    for words in parts:
        df.update(words)
    total = len(parts)
    idf = {word: math.log((total + 1) / count) for word, count in df.items()}
    ta, tb = Counter(words_a), Counter(words_b)
    wa = {word: count * idf[word] for word, count in ta.items()}
    wb = {word: count * idf[word] for word, count in tb.items()}
    dot = sum(wa[word] * wb[word] for word in sorted(wa.keys() & wb.keys()))
    norm = math.sqrt(sum(w * w for w in wa.values())) * math.sqrt(sum(w * w for w in wb.values()))
    return _clamp(dot / norm) if norm else 0.0


# -- many articles ------------------------------------------------------------------------


class _UnionFind:
    __slots__ = ("parent",)

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _story_text(article: Article) -> str:
    parts = [article.headline.text] if article.headline is not None else []
    parts += [point.text for point in article.key_points]
    parts += [block.text for block in article.body if isinstance(block, Paragraph)]
    return "\n".join(parts)


def _features(article: Article) -> Counter[str]:
    """Content words and actor keys ("@" + key, counted by mentions) of an article."""
    counts = _content_counts(_story_text(article))
    for actor in article.actors:
        counts["@" + actor.key] += len(actor.mentions)
    return counts


def _group(
    features: Sequence[Counter[str]],
) -> tuple[list[list[int]], dict[int, list[float]]]:
    """Stories as lists of article indices, and the link scores inside each story's root.

    Each article is a vector of its features weighted by (1 + ln count) times their
    rarity over the corpus, leaving out the features in more than
    :data:`MAX_DF_SHARE` of the articles. Only the :data:`SIGNATURE_SIZE` heaviest
    features found in two articles or more go into the inverted index; two articles
    that share at least two of them are linked when the cosine over those shared
    features reaches :data:`LINK_THRESHOLD`."""
    size = len(features)
    df: Counter[str] = Counter()
    for counts in features:
        df.update(counts.keys())
    max_df = max(MIN_MAX_DF, int(size * MAX_DF_SHARE))
    idf = {
        word: math.log((size + IDF_PRIOR + 1) / count)
        for word, count in df.items()
        if count <= max_df
    }
    norms: list[float] = []
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    signatures: list[list[tuple[str, float]]] = []
    for i, counts in enumerate(features):
        weights = [
            (word, (1.0 + math.log(count)) * idf[word])
            for word, count in counts.items()
            if word in idf
        ]
        norms.append(math.sqrt(sum(weight * weight for _, weight in weights)) or 1.0)
        shared = [item for item in weights if df[item[0]] >= 2]
        shared.sort(key=lambda item: (-item[1], item[0]))
        signature = shared[:SIGNATURE_SIZE]
        signatures.append(signature)
        for word, weight in signature:
            postings[word].append((i, weight))
    candidates: list[tuple[int, int, float]] = []
    neighbours: list[list[float]] = [[] for _ in range(size)]
    for i, signature in enumerate(signatures):
        dots: dict[int, float] = {}
        shared_count: dict[int, int] = {}
        for word, weight in signature:
            posting = postings[word]
            if len(posting) > POSTING_CAP:
                continue  # too common to block on; bounds the work per article
            for j, other in posting:
                if j > i:
                    dots[j] = dots.get(j, 0.0) + weight * other
                    shared_count[j] = shared_count.get(j, 0) + 1
        norm = norms[i]
        for j, dot in dots.items():
            if shared_count[j] >= 2:
                score = dot / (norm * norms[j])
                if score >= LINK_THRESHOLD:
                    candidates.append((i, j, score))
                    neighbours[i].append(score)
                    neighbours[j].append(score)
    # The score of each article's k-th best neighbour: a link must be among the
    # NEIGHBOURS best of both its articles (or be strong), so that one weak link between
    # two stories does not chain them together.
    kth = [
        sorted(scores, reverse=True)[NEIGHBOURS - 1] if len(scores) >= NEIGHBOURS else 0.0
        for scores in neighbours
    ]
    union = _UnionFind(size)
    links: list[tuple[int, float]] = []
    for i, j, score in candidates:
        if score >= STRONG_LINK or (score >= kth[i] and score >= kth[j]):
            union.union(i, j)
            links.append((i, score))
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(size):
        members[union.find(i)].append(i)
    scores: dict[int, list[float]] = defaultdict(list)
    for i, score in links:
        scores[union.find(i)].append(score)
    stories = sorted(members.values(), key=lambda story: (-len(story), story[0]))
    return stories, scores


def _many_labels(articles: Sequence[Article], labels: Sequence[str] | None) -> list[str]:
    if labels is not None:
        if len(labels) != len(articles) or not all(isinstance(label, str) for label in labels):
            raise InputTypeError("compare_many() expects one label (a str) per article")
        return list(labels)
    names = [article.outlet or f"#{i + 1}" for i, article in enumerate(articles)]
    counts = Counter(names)
    return [name if counts[name] == 1 else f"{name} #{i + 1}" for i, name in enumerate(names)]


def compare_many(articles: Iterable[Article], *, labels: Sequence[str] | None = None) -> Coverage:
    """Group *articles* into stories and tell, per story, which article has which actor,
    voice, quotation and figure.

    Each article gets a signature: its :data:`SIGNATURE_SIZE` most telling
    features, content words and actor keys ranked by count times rarity over
    the corpus, among those in at least two articles and at most
    :data:`MAX_DF_SHARE` of them. An inverted index of the signatures gives the
    candidate pairs (never all pairs); two articles sharing at least two
    features with a weighted overlap of at least :data:`LINK_THRESHOLD` are
    linked, and the linked articles form stories. *labels* name the articles
    (default: the outlet, or "#n").

    >>> from geopol_news import parse_article
    >>> texts = [
    ...     "Krill deal\\n\\nNorway and Chile agreed to cap krill catches near Antarctica.",
    ...     "Chile deal\\n\\nChile and Norway will cap krill catches near Antarctica.",
    ...     "Gas talks\\n\\nQatar offered Germany liquefied gas for the winter.",
    ... ]
    >>> coverage = compare_many([parse_article(text) for text in texts])
    >>> [story.articles for story in coverage.stories]
    [(0, 1), (2,)]
    """
    items = list(articles)
    for article in items:
        expect_type(article, Article, "compare_many() expects Article objects")
    names = _many_labels(items, labels)
    refs = tuple(_article_ref(item, name) for item, name in zip(items, names, strict=True))
    groups, link_scores = _group([_features(article) for article in items])
    stories = []
    for members in groups:
        scores = link_scores.get(members[0], [])
        cohesion = _clamp(sum(scores) / len(scores)) if scores else 1.0
        stories.append(_story(items, members, cohesion))
    return Coverage(refs, tuple(stories))


def _story(items: Sequence[Article], members: list[int], cohesion: float) -> Story:
    sides = {i: _LightSide(items[i]) for i in members}
    headlines = [items[i].headline for i in members]
    headline = next((h.text for h in headlines if h is not None), None)
    return Story(
        tuple(members),
        headline,
        cohesion,
        _actor_spread(items, members),
        _voice_spread(sides, members),
        _quote_spread(sides, members),
        _figure_spread(sides, members),
    )


class _LightSide:
    """What a story table needs of an article: its quotations and figures (no sentences)."""

    __slots__ = ("article", "contexts", "figures", "indirect", "utterances")

    def __init__(self, article: Article) -> None:
        self.article = article
        front = _front_spans(article)
        self.utterances, self.indirect, _ = _quotations(article, front)
        in_front = _front_test(article, front)
        figures = []
        contexts = []
        found: list[MonetaryFigure | Quantity] = [*article.money, *article.quantities]
        for figure in found:
            if in_front(figure.span):
                continue
            sentence = (figure.sentence or figure.span).of(article.source)
            ref = _figure_ref(figure, sentence)
            if ref is not None:
                figures.append(_Figure(ref, -1))
                contexts.append(frozenset(_content_words(sentence)))
        self.figures = figures
        self.contexts = contexts


def _actor_spread(items: Sequence[Article], members: list[int]) -> tuple[ActorSpread, ...]:
    counts: dict[str, list[int]] = {}
    names: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, ActorKind] = {}
    for position, i in enumerate(members):
        for actor in items[i].actors:
            row = counts.setdefault(actor.key, [0] * len(members))
            row[position] += len(actor.mentions)
            names[actor.key].add(actor.name)
            kinds.setdefault(actor.key, actor.kind)
    rows = [
        ActorSpread(key, _display(names[key]), kinds[key], tuple(row))
        for key, row in counts.items()
    ]
    rows.sort(key=lambda row: (-sum(1 for n in row.mentions if n), -sum(row.mentions), row.key))
    return tuple(rows)


def _voice_spread(sides: dict[int, _LightSide], members: list[int]) -> tuple[VoiceSpread, ...]:
    """Quotes, quoted words and shares per group and article. A speaker's group is decided
    once for the story, as :func:`compare` does for two articles: the groups the
    articles' texts give, "other" only when none gives more, ties by name."""
    found: dict[str, set[str]] = defaultdict(set)
    for i in members:
        article = sides[i].article
        for actor in article.actors:
            found[actor.key].add(speaker_side(actor, article))
    groups = {
        key: min(labels - {table.GROUP_OTHER}, default=table.GROUP_OTHER)
        for key, labels in found.items()
    }
    tallies: dict[str, list[list[int]]] = {}
    for position, i in enumerate(members):
        for utterance in sides[i].utterances:
            key = utterance.key
            label = groups.get(key, table.GROUP_OTHER) if key else table.GROUP_UNATTRIBUTED
            row = tallies.setdefault(label, [[0] * len(members), [0] * len(members)])
            row[0][position] += 1
            row[1][position] += _word_count(utterance.ref.text)
    totals = [sum(row[1][p] for row in tallies.values()) for p in range(len(members))]
    spread = [
        VoiceSpread(
            label,
            tuple(row[0]),
            tuple(row[1]),
            tuple(_share(row[1][p], totals[p]) for p in range(len(members))),
        )
        for label, row in tallies.items()
    ]
    spread.sort(key=lambda row: (-sum(row.words), row.label))
    return tuple(spread)


def _quote_spread(sides: dict[int, _LightSide], members: list[int]) -> tuple[QuoteSpread, ...]:
    entries = [(i, u) for i in members for u in sides[i].utterances]
    if not entries:
        return ()
    df: Counter[str] = Counter()
    index: dict[str, list[int]] = defaultdict(list)
    for n, (_, utterance) in enumerate(entries):
        df.update(set(utterance.words))
        for word in set(utterance.words):
            index[word].append(n)
    union = _UnionFind(len(entries))
    for n, (i, utterance) in enumerate(entries):
        for word in _rarest(utterance.words, df, RARE_WORDS):
            for m in index[word]:
                if (
                    m != n
                    and entries[m][0] != i
                    and union.find(n) != union.find(m)
                    and _relation(utterance, entries[m][1])
                ):
                    union.union(n, m)
    clusters: dict[int, list[int]] = defaultdict(list)
    for n in range(len(entries)):
        clusters[union.find(n)].append(n)
    rows = []
    for found in clusters.values():
        per_article: dict[int, _Utterance] = {}
        for n in found:
            i, utterance = entries[n]
            kept = per_article.get(i)
            if kept is None or len(utterance.words) > len(kept.words):
                per_article[i] = utterance
        longest = max(per_article.values(), key=lambda u: (len(u.words), u.ref.text))
        keys = Counter(u.key for u in per_article.values() if u.key)
        key = min(keys, key=lambda k: (-keys[k], k)) if keys else None
        name = next(
            (
                u.ref.speaker_name
                for u in per_article.values()
                if u.key == key and u.ref.speaker_name
            ),
            None,
        )
        order = sorted(per_article)
        rows.append(
            QuoteSpread(
                longest.ref.text,
                key,
                name,
                tuple(order),
                tuple(per_article[i].ref.text for i in order),
            )
        )
    rows.sort(key=lambda row: (-len(row.articles), row.articles[0], row.text))
    return tuple(rows)


def _figure_spread(sides: dict[int, _LightSide], members: list[int]) -> tuple[FigureSpread, ...]:
    """Figures of one unit across the story's articles, clustered when their values
    overlap (a sweep over the values in order) or, for different values, when their
    sentences share at least :data:`FIGURE_CONFLICT_CONTEXT` of their content words;
    figures without a value cluster by their folded text."""
    by_unit: dict[tuple[FigureKind, str], list[tuple[int, _Figure, frozenset[str]]]]
    by_unit = defaultdict(list)
    for i in members:
        side = sides[i]
        for figure, context in zip(side.figures, side.contexts, strict=True):
            by_unit[(figure.kind, figure.unit)].append((i, figure, context))
    rows = []
    for (kind, unit), found in by_unit.items():
        union = _UnionFind(len(found))
        valueless: dict[str, int] = {}
        order = sorted(
            (n for n, item in enumerate(found) if item[1].low is not None),
            key=lambda n: (found[n][1].low, n),
        )
        reach: Decimal | None = None
        previous = -1
        for n in order:
            figure = found[n][1]
            assert figure.low is not None
            if previous >= 0 and (reach is None or figure.low <= reach):
                union.union(previous, n)
                if reach is not None:
                    reach = None if figure.high is None else max(reach, figure.high)
            else:
                reach = figure.high
            previous = n
        for n, (_, figure, _) in enumerate(found):
            if figure.low is None:
                union.union(valueless.setdefault(_fold(figure.ref.text), n), n)
        if len(order) <= FIGURE_CONTEXT_LIMIT:
            for n, m in itertools.combinations(order, 2):
                (i, _, x), (j, _, y) = found[n], found[m]
                if i != j and x and y and len(x & y) / len(x | y) >= FIGURE_CONFLICT_CONTEXT:
                    union.union(n, m)
        clusters: dict[int, list[int]] = defaultdict(list)
        for n in range(len(found)):
            clusters[union.find(n)].append(n)
        for cluster in clusters.values():
            per_article: dict[int, _Figure] = {}
            for n in cluster:
                per_article.setdefault(found[n][0], found[n][1])
            articles = sorted(per_article)
            lows = [f.low for f in per_article.values() if f.low is not None]
            highs = [f.high for f in per_article.values() if f.high is not None]
            agree = not lows or not highs or max(lows) <= min(highs)
            texts = tuple(per_article[i].ref.text for i in articles)
            rows.append(FigureSpread(kind, unit, tuple(articles), texts, agree))
    rows.sort(key=lambda row: (-len(row.articles), row.kind.value, row.unit, row.articles))
    return tuple(rows)


# -- rendering ------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    text = " ".join(str(value).split())
    return text.replace("|", "\\|")


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines.extend("| " + " | ".join(_cell(value) for value in row) + " |" for row in rows)
    return lines


def _score(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _quote_cell(ref: QuoteRef) -> str:
    return f"\u201c{ref.text.strip()}\u201d"


def _figure_cell(ref: FigureRef) -> str:
    return ref.text


def render_markdown(result: Comparison | Coverage) -> str:
    """A readable Markdown report of a comparison or a coverage, with tables.

    >>> from geopol_news import parse_article
    >>> a = parse_article("Krill deal\\n\\nNorway and Chile agreed to cap krill catches.")
    >>> b = parse_article("Chile deal\\n\\nChile and Norway agreed to cap krill catches.")
    >>> print(render_markdown(compare(a, b)).splitlines()[0])
    # Comparison: A vs B
    """
    if isinstance(result, Comparison):
        return "\n".join(_comparison_markdown(result)) + "\n"
    if isinstance(result, Coverage):
        return "\n".join(_coverage_markdown(result)) + "\n"
    raise InputTypeError(
        f"render_markdown() expects a Comparison or a Coverage, got {type(result).__name__}"
    )


def _comparison_markdown(c: Comparison) -> list[str]:
    la, lb = c.a.label, c.b.label
    lines = [f"# Comparison: {la} vs {lb}", ""]
    lines += _table(
        ["", la, lb],
        [
            ["outlet", c.a.outlet or "-", c.b.outlet or "-"],
            ["headline", c.a.headline or "-", c.b.headline or "-"],
            [
                "published",
                c.a.published.isoformat() if c.a.published else "-",
                c.b.published.isoformat() if c.b.published else "-",
            ],
        ],
    )
    s = c.scores
    lines += ["", "## Scores", ""]
    lines += _table(
        ["score", "value", "what it measures"],
        [
            ["actor overlap", _score(s.actors), "the weight of the actors both name"],
            ["quote overlap", _score(s.quotes), "the share of quotations both carry"],
            ["claim overlap", _score(s.claims), "the share of sentences with a counterpart"],
            ["similarity", _score(s.similarity), "the weighted mean of the three"],
        ],
    )
    lines += ["", "## Actors", "", f"### Named by both ({len(c.actors.shared)})", ""]
    lines += _table(
        ["actor", "kind", f"mentions in {la}", f"mentions in {lb}"],
        [[r.name, r.kind.value, r.mentions_a, r.mentions_b] for r in c.actors.shared],
    )
    for label, rows, attr in (
        (la, c.actors.only_a, "mentions_a"),
        (lb, c.actors.only_b, "mentions_b"),
    ):
        lines += ["", f"### Only in {label} ({len(rows)})", ""]
        lines += _table(
            ["actor", "kind", "mentions"], [[r.name, r.kind.value, getattr(r, attr)] for r in rows]
        )
    lines += ["", "## Who gets to speak", ""]
    lines += _table(
        [
            "group",
            "speakers",
            f"quotes {la}",
            f"words {la}",
            f"share {la}",
            f"quotes {lb}",
            f"words {lb}",
            f"share {lb}",
        ],
        [
            [
                g.label,
                ", ".join(g.speakers),
                g.quotes_a,
                g.words_a,
                _percent(g.share_a),
                g.quotes_b,
                g.words_b,
                _percent(g.share_b),
            ]
            for g in c.voices.groups
        ],
    )
    lines += ["", "### Speakers", ""]
    lines += _table(
        [
            "speaker",
            "group",
            f"quotes {la}",
            f"words {la}",
            f"reported {la}",
            f"quotes {lb}",
            f"words {lb}",
            f"reported {lb}",
        ],
        [
            [
                v.name,
                v.group,
                v.quotes_a,
                v.words_a,
                v.reported_a,
                v.quotes_b,
                v.words_b,
                v.reported_b,
            ]
            for v in c.voices.speakers
        ],
    )
    q = c.quotes
    lines += ["", "## Quotes", "", f"### The same quotation in both ({len(q.shared)})", ""]
    lines += _table(
        ["speaker", la, lb, "match"],
        [
            [
                m.a.speaker_name or m.b.speaker_name or "?",
                _quote_cell(m.a),
                _quote_cell(m.b),
                m.kind.value + ("" if m.same_speaker else ", other speaker"),
            ]
            for m in q.shared
        ],
    )
    lines += ["", f"### The same speaker, different words ({len(q.reworded)})", ""]
    lines += _table(
        ["speaker", la, lb],
        [
            [
                r.name,
                " / ".join(map(_quote_cell, r.a)) or "-",
                " / ".join(map(_quote_cell, r.b)) or "-",
            ]
            for r in q.reworded
        ],
    )
    for label, refs in ((la, q.only_a), (lb, q.only_b)):
        lines += ["", f"### Only in {label} ({len(refs)})", ""]
        lines += _table(
            ["speaker", "quotation"], [[r.speaker_name or "?", _quote_cell(r)] for r in refs]
        )
    f = c.figures
    lines += ["", "## Figures", "", f"### Aligned ({len(f.aligned)})", ""]
    lines += _table(
        ["status", "unit", la, lb, "context"],
        [
            [x.status.value, x.a.unit, _figure_cell(x.a), _figure_cell(x.b), x.context]
            for x in f.aligned
        ],
    )
    for label, figures in ((la, f.only_a), (lb, f.only_b)):
        lines += ["", f"### Only in {label} ({len(figures)})", ""]
        lines += _table(
            ["figure", "unit", "sentence"], [[x.text, x.unit, x.sentence] for x in figures]
        )
    cl = c.claims
    lines += ["", "## Claims", "", f"### Reported by both ({len(cl.pairs)})", ""]
    lines += _table(
        ["score", la, lb, "shared words"],
        [[p.score, p.a.text, p.b.text, ", ".join(p.words)] for p in cl.pairs],
    )
    for label, sentences in ((la, cl.only_a), (lb, cl.only_b)):
        lines += ["", f"### Only in {label} ({len(sentences)})", ""]
        lines += [f"- {_cell(sentence.text)}" for sentence in sentences] or ["(none)"]
    lines += ["", f"## Dated differently ({len(c.dates)})", ""]
    lines += _table(
        [la, f"dates {la}", lb, f"dates {lb}"],
        [
            [
                d.a.text,
                ", ".join(f"{r.text} ({r.when})" for r in d.dates_a),
                d.b.text,
                ", ".join(f"{r.text} ({r.when})" for r in d.dates_b),
            ]
            for d in c.dates
        ],
    )
    lines += ["", f"## Reporting words per speaker ({len(c.cues)})", ""]
    lines += _table(
        ["speaker", la, lb],
        [[d.name, _cue_list(d.a), _cue_list(d.b)] for d in c.cues],
    )
    return lines


def _cue_list(uses: Sequence[CueUse]) -> str:
    return (
        ", ".join(
            f"{use.cue}{f' x{use.count}' if use.count > 1 else ''} ({use.tone})" for use in uses
        )
        or "-"
    )


def _coverage_markdown(c: Coverage) -> list[str]:
    lines = [f"# Coverage: {len(c.articles)} articles, {len(c.stories)} stories", ""]
    story_of = {i: n for n, story in enumerate(c.stories, start=1) for i in story.articles}
    lines += _table(
        ["#", "label", "outlet", "headline", "story"],
        [
            [i, ref.label, ref.outlet or "-", ref.headline or "-", story_of.get(i)]
            for i, ref in enumerate(c.articles)
        ],
    )
    for number, story in enumerate(c.stories, start=1):
        if len(story.articles) < 2:
            continue
        labels = [c.articles[i].label for i in story.articles]
        lines += ["", f"## Story {number}: {story.headline or '-'}", ""]
        lines += [
            f"{len(story.articles)} articles: {', '.join(labels)}; cohesion {story.cohesion:.2f}",
            "",
        ]
        lines += ["### Actors (mentions)", ""]
        lines += _table(
            ["actor", "kind", *labels],
            [[row.name, row.kind.value, *row.mentions] for row in story.actors],
        )
        lines += ["", "### Who gets to speak (share of quoted words)", ""]
        lines += _table(
            ["group", *labels],
            [[row.label, *(_percent(share) for share in row.shares)] for row in story.voices],
        )
        lines += ["", "### Quotations", ""]
        lines += _table(
            ["speaker", "quotation", *labels],
            [
                [
                    row.speaker_name or "?",
                    f"\u201c{row.text.strip()}\u201d",
                    *("x" if i in row.articles else "" for i in story.articles),
                ]
                for row in story.quotes
            ],
        )
        lines += ["", "### Figures", ""]
        lines += _table(
            ["unit", "agree", *labels],
            [
                [
                    row.unit,
                    "yes" if row.agree else "no",
                    *(
                        row.texts[row.articles.index(i)] if i in row.articles else ""
                        for i in story.articles
                    ),
                ]
                for row in story.figures
            ],
        )
    return lines


# -- flat records ---------------------------------------------------------------------------


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _quote_columns(ref: QuoteRef | None, side: str) -> dict[str, Any]:
    return {
        f"speaker_{side}": ref.speaker_name if ref else None,
        f"text_{side}": ref.text if ref else None,
        f"start_{side}": ref.span.start if ref else None,
        f"end_{side}": ref.span.end if ref else None,
    }


def _figure_columns(ref: FigureRef | None, side: str) -> dict[str, Any]:
    return {
        f"text_{side}": ref.text if ref else None,
        f"low_{side}": _number(ref.low) if ref else None,
        f"high_{side}": _number(ref.high) if ref else None,
        f"start_{side}": ref.span.start if ref else None,
        f"end_{side}": ref.span.end if ref else None,
    }


def _sentence_columns(ref: SentenceRef | None, side: str) -> dict[str, Any]:
    return {
        f"text_{side}": ref.text if ref else None,
        f"start_{side}": ref.span.start if ref else None,
        f"end_{side}": ref.span.end if ref else None,
    }


def _quote_rows(q: QuoteOverlap) -> list[dict[str, Any]]:
    rows = [
        {
            "relation": "shared",
            **_quote_columns(m.a, "a"),
            **_quote_columns(m.b, "b"),
            "match": m.kind.value,
            "score": m.score,
        }
        for m in q.shared
    ]
    lonely: list[tuple[str, QuoteRef | None, QuoteRef | None]] = []
    for reworded in q.reworded:
        lonely += [("reworded", ref, None) for ref in reworded.a]
        lonely += [("reworded", None, ref) for ref in reworded.b]
    lonely += [("only_a", ref, None) for ref in q.only_a]
    lonely += [("only_b", None, ref) for ref in q.only_b]
    rows += [
        {
            "relation": relation,
            **_quote_columns(ref_a, "a"),
            **_quote_columns(ref_b, "b"),
            "match": None,
            "score": None,
        }
        for relation, ref_a, ref_b in lonely
    ]
    return rows


def _figure_rows(f: FigureTable) -> list[dict[str, Any]]:
    rows = [
        {
            "status": x.status.value,
            "kind": x.a.kind.value,
            "unit": x.a.unit,
            **_figure_columns(x.a, "a"),
            **_figure_columns(x.b, "b"),
            "context": x.context,
        }
        for x in f.aligned
    ]
    lonely: list[tuple[str, FigureRef | None, FigureRef | None]]
    lonely = [("only_a", ref, None) for ref in f.only_a]
    lonely += [("only_b", None, ref) for ref in f.only_b]
    for status, ref_a, ref_b in lonely:
        ref = ref_a or ref_b
        assert ref is not None
        rows.append(
            {
                "status": status,
                "kind": ref.kind.value,
                "unit": ref.unit,
                **_figure_columns(ref_a, "a"),
                **_figure_columns(ref_b, "b"),
                "context": None,
            }
        )
    return rows


def _claim_rows(cl: ClaimTable) -> list[dict[str, Any]]:
    rows = [
        {
            "relation": "both",
            **_sentence_columns(p.a, "a"),
            **_sentence_columns(p.b, "b"),
            "score": p.score,
            "words": ", ".join(p.words),
        }
        for p in cl.pairs
    ]
    lonely: list[tuple[str, SentenceRef | None, SentenceRef | None]]
    lonely = [("only_a", ref, None) for ref in cl.only_a]
    lonely += [("only_b", None, ref) for ref in cl.only_b]
    rows += [
        {
            "relation": relation,
            **_sentence_columns(ref_a, "a"),
            **_sentence_columns(ref_b, "b"),
            "score": None,
            "words": None,
        }
        for relation, ref_a, ref_b in lonely
    ]
    return rows


def _dates_text(refs: Sequence[DateRef]) -> str:
    return "; ".join(f"{ref.text} ({ref.when})" for ref in refs)


def _comparison_records(c: Comparison) -> list[dict[str, Any]]:
    tables: list[tuple[str, list[dict[str, Any]]]] = [
        (
            "score",
            [
                {"name": name, "value": getattr(c.scores, name)}
                for name in ("actors", "quotes", "claims", "similarity")
            ],
        ),
        (
            "actor",
            [
                {
                    "side": side,
                    "key": row.key,
                    "name": row.name,
                    "kind": row.kind.value,
                    "mentions_a": row.mentions_a,
                    "mentions_b": row.mentions_b,
                }
                for side, presences in (
                    ("both", c.actors.shared),
                    ("a", c.actors.only_a),
                    ("b", c.actors.only_b),
                )
                for row in presences
            ],
        ),
        ("voice", [_flat(voice) for voice in c.voices.speakers]),
        (
            "voice_group",
            [{**_flat(group), "speakers": ", ".join(group.speakers)} for group in c.voices.groups],
        ),
        ("quote", _quote_rows(c.quotes)),
        ("figure", _figure_rows(c.figures)),
        ("claim", _claim_rows(c.claims)),
        (
            "date",
            [
                {
                    **_sentence_columns(d.a, "a"),
                    **_sentence_columns(d.b, "b"),
                    "dates_a": _dates_text(d.dates_a),
                    "dates_b": _dates_text(d.dates_b),
                }
                for d in c.dates
            ],
        ),
        (
            "cue",
            [
                {
                    "key": cue.key,
                    "name": cue.name,
                    "side": side,
                    "cue": use.cue,
                    "count": use.count,
                    "tone": use.tone,
                }
                for cue in c.cues
                for side, uses in (("a", cue.a), ("b", cue.b))
                for use in uses
            ],
        ),
    ]
    base = {"a": c.a.label, "b": c.b.label}
    return [{"table": name, **base, **row} for name, rows in tables for row in rows]


def _flat(record: Voice | VoiceGroup) -> dict[str, Any]:
    return {
        field.name: value
        for field in attrs.fields(type(record))
        if not isinstance(value := getattr(record, field.name), tuple)
    }


def _coverage_records(c: Coverage) -> list[dict[str, Any]]:
    story_of = {i: n for n, story in enumerate(c.stories, start=1) for i in story.articles}
    rows: list[dict[str, Any]] = [
        {
            "table": "article",
            "story": story_of.get(i),
            "article": i,
            "label": ref.label,
            "outlet": ref.outlet,
            "headline": ref.headline,
            "published": ref.published.isoformat() if ref.published else None,
        }
        for i, ref in enumerate(c.articles)
    ]
    for n, story in enumerate(c.stories, start=1):

        def row(table: str, i: int, n: int = n, **values: Any) -> dict[str, Any]:
            return {
                "table": table,
                "story": n,
                "article": i,
                "label": c.articles[i].label,
                **values,
            }

        for actor in story.actors:
            rows += [
                row("actor", i, key=actor.key, name=actor.name, kind=actor.kind.value, mentions=m)
                for i, m in zip(story.articles, actor.mentions, strict=True)
                if m
            ]
        for voice in story.voices:
            rows += [
                row("voice", i, group=voice.label, quotes=q, words=w, share=share)
                for i, q, w, share in zip(
                    story.articles, voice.quotes, voice.words, voice.shares, strict=True
                )
            ]
        for number, quote in enumerate(story.quotes):
            rows += [
                row(
                    "quote",
                    i,
                    quote=number,
                    speaker=quote.speaker_name,
                    speaker_key=quote.speaker_key,
                    text=text,
                )
                for i, text in zip(quote.articles, quote.texts, strict=True)
            ]
        for number, figure in enumerate(story.figures):
            rows += [
                row(
                    "figure",
                    i,
                    figure=number,
                    kind=figure.kind.value,
                    unit=figure.unit,
                    text=text,
                    agree=figure.agree,
                )
                for i, text in zip(figure.articles, figure.texts, strict=True)
            ]
    return rows


def to_records(result: Comparison | Coverage, table: str | None = None) -> list[dict[str, Any]]:
    """Flat rows (dicts of str, int, float, bool and None), one per row of every table of
    *result*, each with a ``table`` column; with *table*, only that table's rows. Made
    for ``pandas.DataFrame(rows)`` without depending on pandas.

    A comparison's tables are "score", "actor", "voice", "voice_group", "quote",
    "figure", "claim", "date" and "cue"; a coverage's "article", "actor", "voice",
    "quote" and "figure" (long format: one row per story, article and item).

    >>> from geopol_news import parse_article
    >>> a = parse_article("Krill deal\\n\\nNorway and Chile agreed to cap krill catches.")
    >>> rows = to_records(compare(a, a), "actor")
    >>> [(row["name"], row["side"], row["mentions_a"]) for row in rows]
    [('Chile', 'both', 1), ('Norway', 'both', 1)]
    """
    if isinstance(result, Comparison):
        rows = _comparison_records(result)
    elif isinstance(result, Coverage):
        rows = _coverage_records(result)
    else:
        raise InputTypeError(
            f"to_records() expects a Comparison or a Coverage, got {type(result).__name__}"
        )
    return rows if table is None else [row for row in rows if row["table"] == table]

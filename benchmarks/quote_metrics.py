"""Metric code of ``benchmarks/eval_quotes.py``: matching quotes, speakers and cues.

Kept apart from the script so that ``tests/test_eval_quotes.py`` can test it on
small synthetic data without ``../shared`` and without the extractor. Nothing
here imports ``geopol_news``: records are plain dataclasses of offsets and
strings, built by the script from the gold JSON and from ``Quote`` records.

Conventions (the script's docstring explains why):

* A quote is a set of character positions in its source text. Only *content*
  positions count: whitespace and quotation marks are dropped, and so is a
  leading complementiser "that", on both the gold and the predicted side, so
  that the sources' conventions (marks inside the gold span, "that" inside an
  indirect quote) cost nothing.
* ``overlap_ratio`` is ``|gold & pred| / |gold|`` over content positions.
* ``match`` pairs each gold quote, in order, with the still unmatched
  prediction of largest ratio (ties: the larger ``|gold & pred| / |pred|``,
  then the earlier prediction); a pair counts when the ratio is >= the
  threshold. ``match_exact`` pairs quotes whose *core* (content without edge
  punctuation) is identical.
* A predicted utterance may be split into pieces sharing a ``group``;
  ``merge_groups`` joins them into one prediction whose positions are the union.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

QUOTE_MARKS = frozenset(
    "\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u2033\u2032"
)
EDGE_PUNCTUATION = frozenset(".,;:!?\u2026-\u2013\u2014\u2015()[]")
THRESHOLDS = (0.3, 0.8)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Kinds of the gold ("direct", "mixed", "indirect") and of predictions ("direct",
# "partial", "indirect") that carry quotation marks.
MARKED_GOLD = frozenset({"direct", "mixed"})
MARKED_PRED = frozenset({"direct", "partial"})

PRONOUNS = _words(
    "i me my we us our you your he him his she her hers it its they them their theirs"
    " who whom whose which that this these those one"
)
# Honorifics and titles stripped from the front of a speaker name before comparing
# ("Mr. Obama" -> "obama", "former President Barack Obama" -> "barack obama").
TITLE_WORDS = _words(
    "mr mrs ms miss mx dr prof sir dame lord lady rev fr sen rep gov gen lt col capt cmdr"
    " adm sgt maj cpl amb hon former late president senator governor secretary minister"
    " premier mayor chancellor judge justice chairman chairwoman chair commissioner"
    " congressman congresswoman representative councillor councilor ambassador general"
    " attorney chief prime vice deputy candidate nominee mp mpp mla mep king queen prince"
    " princess pope"
)
COMPANY_SUFFIXES = _words("co inc ltd llc plc corp corporation ag sa gmbh jr sr")
AUXILIARIES = _words(
    "has have had also is are was were be been being to will would could can may might"
    " not did does do then later again further the a an in on"
)
IRREGULAR = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "spoke": "speak",
    "spoken": "speak",
    "felt": "feel",
    "knew": "know",
    "heard": "hear",
    "went": "go",
    "gave": "give",
    "given": "give",
    "made": "make",
    "took": "take",
    "sought": "seek",
    "held": "hold",
    "found": "find",
    "began": "begin",
    "saw": "see",
}


# -- records ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Gold:
    """One gold quote: its positions (the union of its segments) and annotations."""

    chars: frozenset[int]
    text: str
    kind: str = "direct"  # direct | mixed | indirect
    speaker: str | None = None
    speaker_surface: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None
    pronoun: bool = False  # the gold's speaker_is_pronoun
    floating: bool = False  # no speaker mention for this quote (speaker_surface null)
    optional: bool = False  # neither required nor counted false when predicted


@dataclass(frozen=True)
class Piece:
    """One predicted ``Quote`` record, reduced to plain values."""

    start: int
    end: int
    text: str
    kind: str = "direct"  # direct | partial | indirect
    group: int = 0
    speaker_names: tuple[str, ...] = ()  # the actor's name, then its aliases; () = no speaker
    mention: str | None = None
    mention_span: tuple[int, int] | None = None
    mention_pronoun: bool = False
    cue: str | None = None


@dataclass(frozen=True)
class Pred:
    """One prediction as scored: a piece, or the pieces of one group merged."""

    chars: frozenset[int]
    text: str
    kind: str = "direct"
    speaker_names: tuple[str, ...] = ()
    mention: str | None = None
    mention_span: tuple[int, int] | None = None
    mention_pronoun: bool = False
    cue: str | None = None
    pieces: int = 1


def chars_of(spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The positions of half-open spans, as one set."""
    return frozenset(i for start, end in spans for i in range(start, end))


def pred_from_piece(piece: Piece) -> Pred:
    return Pred(
        chars=chars_of([(piece.start, piece.end)]),
        text=piece.text,
        kind=piece.kind,
        speaker_names=piece.speaker_names,
        mention=piece.mention,
        mention_span=piece.mention_span,
        mention_pronoun=piece.mention_pronoun,
        cue=piece.cue,
    )


def merged_kind(kinds: Sequence[str]) -> str:
    """One kind for a group: the common kind, else "partial" (marks on some pieces only)."""
    distinct = set(kinds)
    if len(distinct) == 1:
        return kinds[0]
    return "partial" if distinct else "direct"


def merge_groups(pieces: Sequence[Piece]) -> list[Pred]:
    """One prediction per ``group``, in order of first piece: positions are the union,
    ``text`` the pieces joined by " | ", speaker, mention and cue the first given."""
    groups: dict[int, list[Piece]] = {}
    for piece in pieces:
        groups.setdefault(piece.group, []).append(piece)
    merged = []
    for members in groups.values():
        members = sorted(members, key=lambda p: (p.start, p.end))
        merged.append(
            Pred(
                chars=chars_of((p.start, p.end) for p in members),
                text=" | ".join(p.text for p in members),
                kind=merged_kind([p.kind for p in members]),
                speaker_names=next((p.speaker_names for p in members if p.speaker_names), ()),
                mention=next((p.mention for p in members if p.mention is not None), None),
                mention_span=next(
                    (p.mention_span for p in members if p.mention_span is not None), None
                ),
                mention_pronoun=any(p.mention_pronoun for p in members if p.mention is not None),
                cue=next((p.cue for p in members if p.cue is not None), None),
                pieces=len(members),
            )
        )
    return merged


# -- positions -------------------------------------------------------------------------
_THAT = re.compile(r"that\b", re.IGNORECASE)


def content(source: str, chars: frozenset[int]) -> frozenset[int]:
    """*chars* without whitespace, quotation marks and a leading "that"."""
    kept = sorted(
        i
        for i in chars
        if i < len(source) and not source[i].isspace() and source[i] not in QUOTE_MARKS
    )
    if kept and _THAT.match(source, kept[0]) and len(kept) > 4:
        start = kept[0]
        kept = [i for i in kept if not start <= i < start + 4]
    return frozenset(kept)


def core(source: str, chars: frozenset[int]) -> frozenset[int]:
    """The content of *chars* without punctuation at either end (exact-span key)."""
    kept = sorted(content(source, chars))
    low, high = 0, len(kept)
    while low < high and source[kept[low]] in EDGE_PUNCTUATION:
        low += 1
    while high > low and source[kept[high - 1]] in EDGE_PUNCTUATION:
        high -= 1
    return frozenset(kept[low:high])


def overlap_ratio(gold: frozenset[int], pred: frozenset[int]) -> float:
    """``|gold & pred| / |gold|``; 0.0 for an empty gold."""
    if not gold:
        return 0.0
    return len(gold & pred) / len(gold)


def match(
    golds: Sequence[frozenset[int]], preds: Sequence[frozenset[int]], threshold: float
) -> list[int | None]:
    """For each gold (in order) the index of the prediction it is matched to, or None.

    Greedy and one to one: a gold takes the unmatched prediction of largest
    ``overlap_ratio`` (ties: the larger share of the prediction inside the gold,
    then the earlier prediction) when that ratio is >= *threshold*."""
    used: set[int] = set()
    result: list[int | None] = []
    for gold in golds:
        best: int | None = None
        best_key = (0.0, 0.0)
        for i, pred in enumerate(preds):
            if i in used:
                continue
            shared = len(gold & pred)
            if not shared:
                continue
            key = (shared / len(gold), shared / len(pred))
            if key > best_key:
                best, best_key = i, key
        if best is not None and best_key[0] >= threshold:
            used.add(best)
            result.append(best)
        else:
            result.append(None)
    return result


def match_exact(
    golds: Sequence[frozenset[int]], preds: Sequence[frozenset[int]]
) -> list[int | None]:
    """For each gold the first unmatched prediction with the same (non-empty) core."""
    used: set[int] = set()
    result: list[int | None] = []
    for gold in golds:
        found = next(
            (i for i, pred in enumerate(preds) if i not in used and gold and pred == gold), None
        )
        if found is not None:
            used.add(found)
        result.append(found)
    return result


def prf(matched: int, gold: int, predicted: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 for an empty denominator, F1 0.0 when both are 0)."""
    precision = matched / predicted if predicted else 1.0
    recall = matched / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# -- speakers and cues -----------------------------------------------------------------
def fold(text: str) -> str:
    """Lower case without accents; punctuation other than ' and - becomes a space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("\u2019", "'").replace("\u2018", "'")
    plain = re.sub(r"[^\w'\- ]+", " ", plain)
    return " ".join(plain.split())


_APPOSITION = re.compile(r",|\s\(|\s--|\s?[\u2014\u2013]\s|\s(?:who|whose)\b")


def name_key(name: str) -> str:
    """A speaker name as compared: folded, without an apposition ("Jane Doe, a
    lawyer,", "Sen. Jane Doe (D-Ore.)"), a possessive, a leading "the", leading
    titles or a closing company suffix ("Co.", "Inc.")."""
    words = fold(_APPOSITION.split(name, maxsplit=1)[0] or name).split()
    if words:
        words[-1] = re.sub(r"'s?$", "", words[-1])
    while words and words[0] in ("the", *TITLE_WORDS) and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words = words[:-1]
    return " ".join(w for w in words if w)


def is_pronoun(name: str | None) -> bool:
    return name is not None and fold(name) in PRONOUNS


_DEFINITE = ("the", "this", "that", "his", "her", "its", "their", "our", "my", "your")


def is_definite(description: str) -> bool:
    """Whether a description refers to someone known ("the minister", "his aides",
    "Clinton's team"), as opposed to "a source" or "officials"."""
    words = fold(description).split()
    return bool(words) and (words[0] in _DEFINITE or words[0].endswith("'s"))


def names_match(gold: str, predicted: str) -> bool:
    """Equal after ``name_key``, or one is the other's surname: its last word or
    words ("Doe" and "Jane Doe", "Al Basha" and "Abir Al Basha"). A gold surface that
    sets a name off by commas after a description ("Apple's chief executive, Tim
    Cook,") is tried with that name too, and one that joins a person to a body ("Mr.
    Morgan of the Sierra Club") with each of the two."""
    parts = [part for part in gold.split(",") if part.strip()]
    golds = [gold, parts[1]] if len(parts) >= 2 else [gold]
    member = _MEMBER_OF.split(gold, maxsplit=1)
    if len(member) == 2:  # "Mr. Morgan of the Sierra Club": the person, or the body
        golds += member
    return any(_names_match(one, predicted) for one in golds)


# A person and the body they belong to, in a gold speaker: "Mr. Morgan of the Sierra Club".
_MEMBER_OF = re.compile(r"\s(?:of|with|at|from)\s(?=(?:the\s)?[A-Z])")


def _names_match(gold: str, predicted: str) -> bool:
    a, b = name_key(gold).split(), name_key(predicted).split()
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def speaker_matches(gold: str | None, names: Sequence[str], mention: str | None = None) -> bool:
    """Whether a predicted speaker (its name and aliases; empty for none) is the gold one.

    A null gold speaker wants no speaker; a gold speaker that is a bare pronoun
    (the text gives no antecedent) accepts no speaker or that pronoun. Where the
    gold gives a description rather than a name ("the minister"), a predicted
    speaker whose *mention* is that description is a hit too; an indefinite
    description ("a source", "sources", "campaign aides") names nobody the text
    could resolve it to, so that mention with no speaker is a hit as well, while a
    definite one ("the minister") wants the person it refers to."""
    if gold is None:
        return not names
    if is_pronoun(gold):
        return not names or any(fold(n) == fold(gold) for n in names)
    same_mention = mention is not None and name_key(mention) == name_key(gold)
    if same_mention and (names or not is_definite(gold)):
        return True
    return any(names_match(gold, name) for name in names)


def cue_key(cue: str) -> str:
    """Case-folded, spaces collapsed, trailing ":" and "," dropped (kept if nothing else)."""
    folded = " ".join(cue.casefold().split())
    stripped = folded.strip(" :,")
    return stripped or folded


def stem(word: str) -> str:
    """A crude lemma for reporting verbs: said -> say, adding -> add, notes -> not."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + replacement
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _stems(cue: str) -> set[str]:
    words = [w for w in fold(cue).split() if w not in AUXILIARIES]
    return {stem(w) for w in words}


def cue_matches(gold: str, predicted: str | None) -> bool:
    """Exact cue: equal after ``cue_key``."""
    return predicted is not None and cue_key(gold) == cue_key(predicted)


def cue_matches_lenient(gold: str, predicted: str | None) -> bool:
    """Exact, or the two cues share a content word up to inflection ("has said" ~ "says")."""
    if predicted is None:
        return False
    return cue_matches(gold, predicted) or bool(_stems(gold) & _stems(predicted))


# -- scoring one document --------------------------------------------------------------
@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += hit
        self.total += 1

    def merge(self, other: Ratio) -> None:
        self.hits += other.hits
        self.total += other.total

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0


@dataclass
class Counts:
    """Matching counts at each threshold and exact, for one gold/prediction selection."""

    gold: int = 0
    predicted: int = 0
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    exact: int = 0

    def merge(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.exact += other.exact
        for threshold, n in other.matched.items():
            self.matched[threshold] = self.matched.get(threshold, 0) + n

    def prf(self, threshold: float) -> tuple[float, float, float]:
        return prf(self.matched.get(threshold, 0), self.gold, self.predicted)

    def exact_prf(self) -> tuple[float, float, float]:
        return prf(self.exact, self.gold, self.predicted)


@dataclass
class Miss:
    gold: Gold
    best: Pred | None
    ratio: float


@dataclass
class SpeakerError:
    gold: Gold
    pred: Pred


@dataclass
class Score:
    """Everything measured on a set of documents; ``merge`` adds two together."""

    counts: Counts = field(default_factory=Counts)
    marked: Counts = field(default_factory=Counts)  # the direct+mixed subset
    by_kind: dict[str, Ratio] = field(default_factory=dict)  # gold kind -> recall at 0.3
    kinds: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted)
    speaker: Ratio = field(default_factory=Ratio)
    speaker_pronoun: Ratio = field(default_factory=Ratio)
    speaker_floating: Ratio = field(default_factory=Ratio)
    speaker_named: Ratio = field(default_factory=Ratio)  # neither pronoun nor floating
    mention: Ratio = field(default_factory=Ratio)  # predicted mention overlaps the gold one
    mention_pronoun: Ratio = field(default_factory=Ratio)
    cue: Ratio = field(default_factory=Ratio)
    cue_lenient: Ratio = field(default_factory=Ratio)
    ignored: int = 0  # predictions over optional gold quotes
    misses: list[tuple[str, Miss]] = field(default_factory=list)  # (document id, miss)
    false: list[tuple[str, Pred]] = field(default_factory=list)
    speaker_errors: list[tuple[str, SpeakerError]] = field(default_factory=list)
    cue_errors: list[tuple[str, SpeakerError]] = field(default_factory=list)

    def merge(self, other: Score) -> None:
        self.counts.merge(other.counts)
        self.marked.merge(other.marked)
        for kind, ratio in other.by_kind.items():
            self.by_kind.setdefault(kind, Ratio()).merge(ratio)
        self.kinds.update(other.kinds)
        for name in (
            "speaker",
            "speaker_pronoun",
            "speaker_floating",
            "speaker_named",
            "mention",
            "mention_pronoun",
            "cue",
            "cue_lenient",
        ):
            getattr(self, name).merge(getattr(other, name))
        self.ignored += other.ignored
        self.misses += other.misses
        self.false += other.false
        self.speaker_errors += other.speaker_errors
        self.cue_errors += other.cue_errors


def _spans_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _count(
    source: str, golds: Sequence[Gold], preds: Sequence[Pred]
) -> tuple[Counts, dict[float, list[int | None]], list[int]]:
    """Counts over required golds; optional golds absorb unmatched predictions that
    cover >= 0.8 of them. Returns the counts, the matching per threshold (indexes
    into *preds* per required gold) and the indexes of ignored predictions."""
    required = [g for g in golds if not g.optional]
    optional = [content(source, g.chars) for g in golds if g.optional]
    gold_sets = [content(source, g.chars) or g.chars for g in required]
    pred_sets = [content(source, p.chars) or p.chars for p in preds]
    counts = Counts(gold=len(required))
    matchings: dict[float, list[int | None]] = {}
    taken: set[int] = set()
    for threshold in THRESHOLDS:
        pairs = match(gold_sets, pred_sets, threshold)
        matchings[threshold] = pairs
        counts.matched[threshold] = sum(p is not None for p in pairs)
        taken.update(p for p in pairs if p is not None)
    ignored = {
        i
        for i, pred in enumerate(pred_sets)
        if i not in taken and any(overlap_ratio(o, pred) >= 0.8 for o in optional)
    }
    cores = [core(source, g.chars) for g in required]
    exact = match_exact(cores, [core(source, p.chars) for p in preds])
    counts.exact = sum(p is not None for p in exact)
    counts.predicted = len(preds) - len(ignored)
    return counts, matchings, sorted(ignored)


def select_marked(
    source: str, golds: Sequence[Gold], preds: Sequence[Pred]
) -> tuple[list[Gold], list[Pred]]:
    """The direct+mixed subset: gold quotes of kind direct or mixed; predictions of
    kind direct or partial, plus indirect predictions that overlap one of those
    gold quotes (an extractor may read a mixed quote as indirect speech)."""
    golds = [g for g in golds if g.kind in MARKED_GOLD]
    gold_sets = [content(source, g.chars) for g in golds]
    chosen = [
        p
        for p in preds
        if p.kind in MARKED_PRED or any(content(source, p.chars) & g for g in gold_sets)
    ]
    return golds, chosen


def score_document(
    source: str,
    golds: Sequence[Gold],
    preds: Sequence[Pred],
    *,
    doc_id: str = "",
    canonical: bool = True,
) -> Score:
    """Score the predictions of one text against its gold quotes.

    *canonical* says the gold ``speaker`` is a canonical name (GGT); when False
    (PolNeAR, whose speakers are surface mentions), gold quotes whose speaker is
    a pronoun are left out of the speaker accuracy (the mention overlap still
    scores them)."""
    score = Score()
    counts, matchings, ignored = _count(source, golds, preds)
    score.counts = counts
    score.ignored = len(ignored)
    marked_golds, marked_preds = select_marked(source, golds, preds)
    score.marked, _, _ = _count(source, marked_golds, marked_preds)

    required = [g for g in golds if not g.optional]
    lenient = matchings[THRESHOLDS[0]]
    pred_sets = [content(source, p.chars) or p.chars for p in preds]
    for gold, index in zip(required, lenient, strict=True):
        score.by_kind.setdefault(gold.kind, Ratio()).add(index is not None)
        if index is None:
            gold_set = content(source, gold.chars) or gold.chars
            ratios = [(overlap_ratio(gold_set, p), i) for i, p in enumerate(pred_sets)]
            best_ratio, best = max(ratios, default=(0.0, -1))
            score.misses.append(
                (doc_id, Miss(gold, preds[best] if best_ratio > 0 else None, best_ratio))
            )
            continue
        pred = preds[index]
        score.kinds[(gold.kind, pred.kind)] += 1
        scorable = canonical or not (gold.pronoun or is_pronoun(gold.speaker))
        if scorable:
            hit = speaker_matches(gold.speaker, pred.speaker_names, pred.mention)
            score.speaker.add(hit)
            if gold.pronoun:
                score.speaker_pronoun.add(hit)
            elif gold.floating:
                score.speaker_floating.add(hit)
            else:
                score.speaker_named.add(hit)
            if not hit:
                score.speaker_errors.append((doc_id, SpeakerError(gold, pred)))
        if gold.speaker_span is not None:
            overlap = _spans_overlap(gold.speaker_span, pred.mention_span)
            score.mention.add(overlap)
            if gold.pronoun:
                score.mention_pronoun.add(overlap)
        if gold.cue is not None:
            score.cue.add(cue_matches(gold.cue, pred.cue))
            score.cue_lenient.add(cue_matches_lenient(gold.cue, pred.cue))
            if not cue_matches_lenient(gold.cue, pred.cue):
                score.cue_errors.append((doc_id, SpeakerError(gold, pred)))
    taken = {i for i in lenient if i is not None}
    for i, pred in enumerate(preds):
        if i not in taken and i not in ignored:
            score.false.append((doc_id, pred))
    return score

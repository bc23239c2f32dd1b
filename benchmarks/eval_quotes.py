"""Score ``extract_quotes`` on the annotated quote sets in ``../shared/external/quotes``.

A standalone script (no pytest)::

    python benchmarks/eval_quotes.py [--set ggt|polnear-dev|polnear-test|small|all]
                                     [--parse] [--unit piece|group] [--errors N]
                                     [--json PATH] [--check]

It reads at run time (nothing from there is copied into the project):

* ``ggt_eval_articles.json`` / ``ggt_eval_paragraphs.json``: the GenderGapTracker
  evaluation set (96 Canadian articles, 1,442 gold quotes: direct, mixed and
  indirect, with canonical speaker names);
* ``polnear_{dev,test}_articles.json`` / ``..._paragraphs.json``: PolNeAR, every
  attribution of US political news (speech, but also beliefs and endorsements),
  speakers as surface mentions only;
* ``small_cases.json``: 14 hand-checked one-liners (no offsets: each gold quote
  is found verbatim in its text).

Tune on ``polnear-dev`` and ``small`` only; ``ggt`` and ``polnear-test`` are for
measuring (``--errors`` prints their errors too, with a reminder).

How predictions meet the gold (the metric code is ``benchmarks/quote_metrics.py``):

* **Characters.** A quote is a set of character positions. Whitespace and
  quotation marks never count, on either side, nor does a leading complementiser
  "that": the gold spans include the marks (and GGT's indirect quotes "that"),
  ``Quote.text`` excludes the marks. A gold quote with ``segments`` is the union
  of its segments.
* **Unit.** GGT annotates each continuous piece of an utterance as its own gold
  quote (``"I'm not an alien," she said, "but I am a mutant."`` is two records;
  no gold quote crosses a paragraph), so on ``ggt`` every predicted ``Quote``
  record is one prediction (unit *piece*). PolNeAR gives one record per
  utterance, with ``segments`` where the attribution splits it, so on
  ``polnear-*`` and ``small`` the predicted records sharing a ``group`` are merged
  into one prediction whose positions are the union of the pieces (unit
  *group*; its kind is the pieces' common kind, else partial; its speaker,
  mention and cue the first given). ``--unit`` overrides this.
* **Mixed quotes.** A partial quote that carries a ``clause`` (the reported
  clause around the quoted fragment) is scored by that clause, since both sets
  annotate such a mixed quote as the whole clause; fragments of one group that
  share a clause are one prediction.
* **Matching.** Each gold quote in turn (in text order) takes the unmatched prediction with the
  largest ratio ``|gold & pred| / |gold|`` (ties: the larger share of the
  prediction inside the gold); it is matched when the ratio is >= 0.3 (lenient,
  GGT's convention) or >= 0.8 (strict), each threshold its own matching.
  Recall is over gold quotes; a prediction matched to none is false, and
  precision is over all predictions. **Exact**: the gold and predicted positions
  are identical once punctuation at either end is dropped too.
* **Kinds.** Some PolNeAR texts use doubled apostrophes as quotation marks
  (``''We will stay,'' he said``), which the conversion did not count: such a
  gold quote marked indirect is read as direct when the marks open and close
  it, else as mixed.
* **By kind.** Recall at 0.3 per gold kind (direct, mixed, indirect), and the
  predicted kinds of the matched quotes. **Direct+mixed subset** (the goal on
  PolNeAR test): gold quotes of kind direct or mixed; predictions of kind direct
  or partial, plus indirect predictions that overlap one of those gold quotes
  (a mixed quote read as reported speech). A direct or partial prediction over
  an indirect gold quote or over nothing is false here; an indirect prediction
  over indirect gold or over nothing is left out.
* **Speaker** (over quotes matched at 0.3): a hit when the predicted speaker's
  name or one of its aliases equals the gold ``speaker`` ignoring case, accents,
  punctuation, an apposition (from the first comma, bracket, dash or "who":
  PolNeAR's surfaces read "Jane Doe, a lawyer at ..."; a name set off by commas after a
  description, "Apple's chief executive, Tim Cook,", is tried too), a possessive, a leading
  "the", leading titles ("Mr.", "President") and a company suffix ("Co."), or
  one is the other's surname: its last word or words ("Doe" for "Jane Doe",
  "Al Basha" for "Abir Al Basha").
  Where the gold gives a description ("the minister"), a speaker predicted
  through a mention equal to it is a hit as well; an indefinite description ("a
  source", "officials") refers to nobody the text names, so that mention with no
  speaker is a hit too. A null gold speaker wants
  none; a bare pronoun as gold speaker (no antecedent) accepts none or itself.
  Reported for named, pronoun (``speaker_is_pronoun``) and floating
  (``speaker_surface`` null) quotes. PolNeAR's speakers are surfaces, so its
  quotes whose gold speaker is a pronoun ("he", "who") are left out there;
  **mention** accuracy, where the predicted ``speaker_mention`` overlaps the gold
  mention's offsets, covers them (it is also how GGT scored its own 86.5%).
* **Cue** (over matched quotes with a gold cue): *exact* when the texts are equal
  ignoring case, spacing and a trailing ":"; *lenient* also when they share a
  word up to inflection ("has said" ~ "says", "adding" ~ "added"; auxiliaries
  ignored).
* **False quotes per 100 negative paragraphs**: every record of the
  ``*_paragraphs.json`` file without gold quotes is run alone; predicted
  ``Quote`` records are counted (direct+partial and indirect apart). The goal is
  on the total.
* ``small``: the quote under ``quotes_if_indirect_speech_counted`` is optional:
  not required, and a prediction covering >= 0.8 of it is not false.
* **Speed**: articles and KB (UTF-8) per second of the extractor over the
  article file, the negative paragraphs not included.

Printed per set: the counts, P/R/F1 at 0.3, 0.8 and exact, with GGT's published
anchors (F1 83.7 at 0.3, 76.1 at 0.8, speaker 86.5%) on ``ggt``; recall by kind;
the direct+mixed subset; speaker, mention and cue accuracy; false quotes per
100 negative paragraphs; speed; then with ``--errors N`` the first N missed gold
quotes, false predictions, speaker errors, cue errors and false quotes on
negative paragraphs. Goals (``--check`` exits 1 when one is not met): on ``ggt``
F1 >= 0.88 at 0.3 and >= 0.82 at 0.8, speaker >= 0.90, at most 2 false quotes
per 100 negative paragraphs; on ``polnear-dev`` and ``polnear-test``
direct+mixed F1 at 0.3 >= 0.85 and at most 2 false quotes per 100 negative
paragraphs. Missing files are skipped with a note; without ``../shared`` the
script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The benchmarks folder is not a package: make its quote_metrics importable.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quote_metrics import (
    THRESHOLDS,
    Gold,
    Piece,
    Pred,
    Ratio,
    Score,
    chars_of,
    merge_groups,
    pred_from_piece,
    score_document,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
QUOTES = SHARED / "external" / "quotes"


@dataclass(frozen=True)
class Spec:
    articles: str
    paragraphs: str | None
    unit: str  # "piece" or "group"
    canonical: bool  # gold speakers are canonical names
    measuring: bool  # held out: measure, do not tune


SETS: dict[str, Spec] = {
    "ggt": Spec("ggt_eval_articles.json", "ggt_eval_paragraphs.json", "piece", True, True),
    "polnear-dev": Spec(
        "polnear_dev_articles.json", "polnear_dev_paragraphs.json", "group", False, False
    ),
    "polnear-test": Spec(
        "polnear_test_articles.json", "polnear_test_paragraphs.json", "group", False, True
    ),
    "small": Spec("small_cases.json", None, "group", True, False),
}
# (metric, comparison, goal); metric names are keys of the --json numbers.
GOALS: dict[str, tuple[tuple[str, str, float], ...]] = {
    "ggt": (
        ("f1@0.3", ">=", 0.88),
        ("f1@0.8", ">=", 0.82),
        ("speaker", ">=", 0.90),
        ("false_per_100", "<=", 2.0),
    ),
    "polnear-dev": (("direct_mixed_f1@0.3", ">=", 0.85), ("false_per_100", "<=", 2.0)),
    "polnear-test": (("direct_mixed_f1@0.3", ">=", 0.85), ("false_per_100", "<=", 2.0)),
}
ANCHORS = {"f1@0.3": "GGT's extractor 83.7", "f1@0.8": "GGT's extractor 76.1"}
SPEAKER_ANCHOR = "GGT's extractor 86.5% (mention overlap, not the canonical name)"
REMINDER = (
    "reminder: tune on polnear-dev and small only; ggt and polnear-test are for measuring "
    "only (read their errors, never write rules from them)"
)

Extract = Callable[[str], Sequence[Any]]
_KIND_ORDER = {"direct": 0, "mixed": 1, "indirect": 2}


# -- reading the gold ------------------------------------------------------------------
_DOUBLED = re.compile(r"''.+?''", re.DOTALL)


def gold_kind(words: str, kind: str) -> str:
    """The gold kind, where doubled apostrophes are read as quotation marks.

    Some PolNeAR texts write ``''We will stay,'' she said``; the conversion did
    not see quote marks there and calls such quotes indirect."""
    if kind != "indirect" or not _DOUBLED.search(words):
        return kind
    bare = words.strip().rstrip(".,;:")
    return "direct" if bare.startswith("''") and bare.endswith("''") else "mixed"


def golds_of(record: dict[str, Any], notes: list[str]) -> list[Gold]:
    """The gold quotes of one record; quotes without offsets are found in the text."""
    text: str = record["text"]
    result: list[Gold] = []
    cursor = 0
    items = [(q, False) for q in record.get("quotes", [])]
    items += [(q, True) for q in record.get("quotes_if_indirect_speech_counted", [])]
    for quote, optional in items:
        if quote.get("start") is not None and quote.get("end") is not None:
            spans = [tuple(s) for s in quote.get("segments") or [(quote["start"], quote["end"])]]
        else:
            found = text.find(quote["quote"], 0 if optional else cursor)
            if found < 0:
                notes.append(f"{record['id']}: gold quote not found in the text, skipped")
                continue
            spans = [(found, found + len(quote["quote"]))]
            cursor = 0 if optional else spans[0][1]
        start, end = quote.get("speaker_start"), quote.get("speaker_end")
        result.append(
            Gold(
                chars=chars_of((int(s), int(e)) for s, e in spans),
                text=quote["quote"],
                kind=gold_kind(quote["quote"], quote.get("kind") or "direct"),
                speaker=quote.get("speaker"),
                speaker_surface=quote.get("speaker_surface"),
                speaker_span=(start, end) if start is not None and end is not None else None,
                cue=quote.get("cue"),
                pronoun=bool(quote.get("speaker_is_pronoun")),
                floating=quote.get("speaker_surface") is None
                or quote.get("speaker_in_text") is False,
                optional=optional,
            )
        )
    return result


# -- reading the predictions -----------------------------------------------------------
def piece_of(quote: Any) -> Piece:
    """A ``Quote`` record as plain values."""
    speaker = quote.speaker
    names: tuple[str, ...] = ()
    if speaker is not None:
        names = (speaker.name, *speaker.aliases)
    mention = quote.speaker_mention
    # A partial quote inside reported speech is scored by its whole reported clause, as
    # both sets annotate such mixed quotes.
    span = quote.clause.span if getattr(quote, "clause", None) is not None else quote.span
    return Piece(
        start=span.start,
        end=span.end,
        text=quote.clause.text if span is not quote.span else quote.text,
        kind=getattr(quote.kind, "value", str(quote.kind)),
        group=quote.group,
        speaker_names=names,
        mention=mention.text if mention is not None else None,
        mention_span=(mention.span.start, mention.span.end) if mention is not None else None,
        mention_pronoun=mention is not None and getattr(mention.kind, "value", "") == "pronoun",
        cue=quote.cue.text if quote.cue is not None else None,
    )


def predictions(pieces: Sequence[Piece], unit: str) -> list[Pred]:
    if unit == "group":
        return merge_groups(pieces)
    # Fragments of one mixed quote are scored by the same clause: one prediction.
    seen: set[tuple[int, int, int]] = set()
    unique = []
    for piece in pieces:
        place = (piece.group, piece.start, piece.end)
        if place not in seen:
            seen.add(place)
            unique.append(piece)
    return [pred_from_piece(piece) for piece in unique]


# -- running one set -------------------------------------------------------------------
@dataclass
class SetResult:
    name: str
    spec: Spec
    unit: str
    articles: int = 0
    score: Score = field(default_factory=Score)
    records: int = 0  # predicted Quote records
    split_groups: int = 0  # groups of two or more records
    seconds: float = 0.0
    kilobytes: float = 0.0
    negatives: int = 0
    negative_marked: int = 0
    negative_indirect: int = 0
    negative_examples: list[tuple[str, Piece, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def false_per_100(self) -> float:
        total = self.negative_marked + self.negative_indirect
        return 100 * total / self.negatives if self.negatives else 0.0

    def numbers(self) -> dict[str, Any]:
        c, s = self.score.counts, self.score
        out: dict[str, Any] = {
            "articles": self.articles,
            "gold": c.gold,
            "predicted": c.predicted,
            "quote_records": self.records,
            "unit": self.unit,
        }
        for threshold in THRESHOLDS:
            p, r, f = c.prf(threshold)
            out.update({f"p@{threshold}": p, f"r@{threshold}": r, f"f1@{threshold}": f})
            p, r, f = s.marked.prf(threshold)
            out.update(
                {
                    f"direct_mixed_p@{threshold}": p,
                    f"direct_mixed_r@{threshold}": r,
                    f"direct_mixed_f1@{threshold}": f,
                }
            )
        p, r, f = c.exact_prf()
        out.update({"p_exact": p, "r_exact": r, "f1_exact": f})
        out["direct_mixed_gold"] = s.marked.gold
        out["direct_mixed_predicted"] = s.marked.predicted
        out["recall_by_kind@0.3"] = {k: v.value for k, v in sorted(s.by_kind.items())}
        for name in (
            "speaker",
            "speaker_named",
            "speaker_pronoun",
            "speaker_floating",
            "mention",
            "mention_pronoun",
            "cue",
            "cue_lenient",
        ):
            ratio: Ratio = getattr(s, name)
            out[name] = ratio.value
            out[f"{name}_n"] = ratio.total
        if self.negatives:
            out["negative_paragraphs"] = self.negatives
            out["false_per_100"] = self.false_per_100
            out["false_marked_per_100"] = 100 * self.negative_marked / self.negatives
            out["false_indirect_per_100"] = 100 * self.negative_indirect / self.negatives
        out["articles_per_s"] = self.articles / self.seconds if self.seconds else 0.0
        out["kb_per_s"] = self.kilobytes / self.seconds if self.seconds else 0.0
        return out


def run_set(name: str, spec: Spec, extract: Extract, unit: str) -> SetResult:
    result = SetResult(name, spec, unit)
    records = json.loads((QUOTES / spec.articles).read_text(encoding="utf-8"))
    for record in records:
        text: str = record["text"]
        doc_id: str = record["id"]
        golds = golds_of(record, result.notes)
        result.articles += 1
        result.kilobytes += len(text.encode("utf-8")) / 1024
        started = time.perf_counter()
        try:
            quotes = tuple(extract(text))
        except Exception as exc:  # report, never stop the run
            result.seconds += time.perf_counter() - started
            result.errors.append(f"{doc_id}: {type(exc).__name__}: {exc}")
            quotes = ()
        else:
            result.seconds += time.perf_counter() - started
        pieces = [piece_of(q) for q in quotes]
        result.records += len(pieces)
        groups = Counter(p.group for p in pieces)
        result.split_groups += sum(1 for n in groups.values() if n > 1)
        preds = predictions(pieces, unit)
        result.score.merge(
            score_document(text, golds, preds, doc_id=doc_id, canonical=spec.canonical)
        )
    if spec.paragraphs is not None:
        path = QUOTES / spec.paragraphs
        if not path.exists():
            result.notes.append(f"{path} is absent; no negative paragraphs")
        else:
            for record in json.loads(path.read_text(encoding="utf-8")):
                if record.get("quotes"):
                    continue
                result.negatives += 1
                try:
                    quotes = tuple(extract(record["text"]))
                except Exception as exc:
                    result.errors.append(f"{record['id']}: {type(exc).__name__}: {exc}")
                    continue
                for quote in quotes:
                    piece = piece_of(quote)
                    if piece.kind == "indirect":
                        result.negative_indirect += 1
                    else:
                        result.negative_marked += 1
                    result.negative_examples.append((record["id"], piece, record["text"]))
    return result


# -- printing --------------------------------------------------------------------------
def short(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _pct(ratio: Ratio) -> str:
    return f"{ratio.value:.3f} ({ratio.hits}/{ratio.total})" if ratio.total else "n/a"


def _speaker(pred: Pred) -> str:
    who = pred.speaker_names[0] if pred.speaker_names else "None"
    via = f" via {pred.mention!r}" if pred.mention else ""
    return f"{who}{via}"


def goal_status(name: str, numbers: dict[str, Any]) -> tuple[dict[str, str], bool]:
    marks: dict[str, str] = {}
    all_met = True
    for metric, how, goal in GOALS.get(name, ()):
        if metric not in numbers:
            continue
        value = numbers[metric]
        met = value >= goal if how == ">=" else value <= goal
        all_met &= met
        marks[metric] = f"  [goal {how} {goal:g}: {'met' if met else 'NOT MET'}]"
    return marks, all_met


def report(result: SetResult, numbers: dict[str, Any], limit: int) -> bool:
    s, c = result.score, result.score.counts
    marks, all_met = goal_status(result.name, numbers)
    held = "  [measuring set]" if result.spec.measuring else "  [tuning set]"
    print(f"\n== {result.name}: {result.spec.articles}{held}")
    print(
        f"  {result.articles} texts, {c.gold} gold quotes; {result.records} Quote records "
        f"({result.split_groups} groups of 2+ records), scored as {c.predicted} predictions "
        f"(unit: {result.unit})" + (f", {s.ignored} over optional gold" if s.ignored else "")
    )
    for note in result.notes:
        print(f"  note: {note}")
    if result.errors:
        print(f"  ERRORS (the extractor raised): {len(result.errors)}")
        for error in result.errors[: limit or 5]:
            print(f"    - {short(error, 160)}")
    print(f"  {'':<9}{'P':>7}{'R':>7}{'F1':>7}   matched")
    for threshold in THRESHOLDS:
        p, r, f = c.prf(threshold)
        key = f"f1@{threshold}"
        anchor = f"  (anchor: {ANCHORS[key]})" if result.name == "ggt" else ""
        print(
            f"  >= {threshold:<5}{p:>7.3f}{r:>7.3f}{f:>7.3f}   {c.matched[threshold]:>5}"
            f"{anchor}{marks.get(key, '')}"
        )
    p, r, f = c.exact_prf()
    print(f"  {'exact':<9}{p:>7.3f}{r:>7.3f}{f:>7.3f}   {c.exact:>5}")
    kinds = ", ".join(
        f"{kind} {_pct(ratio)}"
        for kind, ratio in sorted(s.by_kind.items(), key=lambda kv: _KIND_ORDER.get(kv[0], 9))
    )
    print(f"  recall at 0.3 by gold kind: {kinds}")
    m = s.marked
    line = ", ".join(
        f"at {t}: P {m.prf(t)[0]:.3f} R {m.prf(t)[1]:.3f} F1 {m.prf(t)[2]:.3f}"
        + marks.get(f"direct_mixed_f1@{t}", "")
        for t in THRESHOLDS
    )
    print(f"  direct+mixed subset ({m.gold} gold, {m.predicted} predictions): {line}")
    confusion = ", ".join(f"{g}->{p} {n}" for (g, p), n in sorted(s.kinds.items()))
    print(f"  gold->predicted kind of matched quotes: {confusion or 'none'}")
    label = "canonical name" if result.spec.canonical else "name; pronoun golds left out"
    anchor = f"  (anchor: {SPEAKER_ANCHOR})" if result.name == "ggt" else ""
    print(f"  speaker ({label}): {_pct(s.speaker)}{anchor}{marks.get('speaker', '')}")
    print(
        f"    named {_pct(s.speaker_named)}; pronoun {_pct(s.speaker_pronoun)}; "
        f"floating/no mention {_pct(s.speaker_floating)}"
    )
    print(
        f"  speaker mention overlaps the gold mention: {_pct(s.mention)}; "
        f"pronoun quotes {_pct(s.mention_pronoun)}"
    )
    print(f"  cue: exact {_pct(s.cue)}; lenient {_pct(s.cue_lenient)}")
    if result.negatives:
        per = 100 / result.negatives
        print(
            f"  false quotes per 100 negative paragraphs: {result.false_per_100:.2f} "
            f"(direct+partial {result.negative_marked * per:.2f}, indirect "
            f"{result.negative_indirect * per:.2f}; {result.negatives} paragraphs)"
            f"{marks.get('false_per_100', '')}"
        )
    print(
        f"  speed: {numbers['articles_per_s']:.1f} articles/s, {numbers['kb_per_s']:.1f} KB/s "
        f"({result.articles} texts, {result.kilobytes:.0f} KB in {result.seconds:.2f} s)"
    )
    if limit:
        print_errors(result, limit)
    return all_met


def print_errors(result: SetResult, limit: int) -> None:
    s = result.score
    if result.spec.measuring:
        print(f"  ({REMINDER})")
    print(f"  -- missed gold quotes: {len(s.misses)} (first {limit})")
    for doc_id, miss in s.misses[:limit]:
        best = (
            f"\n        best pred {miss.ratio:.2f} [{miss.best.kind}]: {short(miss.best.text)!r}"
            if miss.best is not None
            else ""
        )
        print(
            f"    [{miss.gold.kind}] {short(miss.gold.text)!r} -- {miss.gold.speaker} "
            f"({miss.gold.cue}) @{doc_id[:40]}{best}"
        )
    print(f"  -- false predictions: {len(s.false)} (first {limit})")
    for doc_id, pred in s.false[:limit]:
        print(f"    [{pred.kind}] {short(pred.text)!r} -- {_speaker(pred)} @{doc_id[:40]}")
    print(f"  -- speaker errors: {len(s.speaker_errors)} (first {limit})")
    for _, error in s.speaker_errors[:limit]:
        print(
            f"    gold {error.gold.speaker!r} (surface {error.gold.speaker_surface!r}) got "
            f"{_speaker(error.pred)}: {short(error.gold.text, 60)!r}"
        )
    print(f"  -- cue errors (lenient): {len(s.cue_errors)} (first {limit})")
    for _, error in s.cue_errors[:limit]:
        print(f"    gold {error.gold.cue!r} got {error.pred.cue!r}: {short(error.gold.text, 60)!r}")
    if result.negatives:
        examples = result.negative_examples
        print(f"  -- quotes in negative paragraphs: {len(examples)} (first {limit})")
        for _, piece, _ in examples[:limit]:
            print(f"    [{piece.kind}] {short(piece.text)!r} -- {piece.speaker_names[:1]}")


def load_extractor(parse: bool) -> Extract:
    """``extract_quotes``, or ``parse_article(text).quotes`` with *parse*."""
    if parse:
        from geopol_news import parse_article

        def parsed(text: str) -> Sequence[Any]:
            article = parse_article(text)
            if article.source != text:
                raise ValueError("article.source differs from the input text")
            return article.quotes

        return parsed
    from geopol_news import extract_quotes

    return extract_quotes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", help="set (all)")
    parser.add_argument(
        "--parse", action="store_true", help="score parse_article(text).quotes instead"
    )
    parser.add_argument(
        "--unit", choices=("piece", "group"), help="override the set's prediction unit"
    )
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N errors of each sort per set"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the numbers here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is not met")
    args = parser.parse_args(argv)

    if not QUOTES.is_dir():
        print(f"note: {QUOTES} is absent; nothing to score (the shared test data is not here)")
        return 0
    try:
        extract = load_extractor(args.parse)
    except Exception as exc:  # a broken checkout, or no extractor yet: say why and stop
        print(f"cannot import the quote extractor: {exc}", file=sys.stderr)
        return 2

    names = list(SETS) if args.set == "all" else [args.set]
    what = "parse_article(text).quotes" if args.parse else "extract_quotes(text)"
    print(f"Scoring {what} on {', '.join(names)}")
    print(REMINDER)
    all_met = True
    numbers: dict[str, Any] = {}
    for name in names:
        spec = SETS[name]
        if not (QUOTES / spec.articles).exists():
            print(f"\nnote: {QUOTES / spec.articles} is absent; {name} skipped")
            continue
        result = run_set(name, spec, extract, args.unit or spec.unit)
        numbers[name] = result.numbers()
        all_met &= report(result, numbers[name], args.errors)
    if args.json is not None:
        args.json.write_text(json.dumps(numbers, indent=2, sort_keys=True) + "\n", "utf-8")
        print(f"\nnumbers written to {args.json}")
    return 1 if args.check and not all_met else 0


if __name__ == "__main__":
    sys.exit(main())

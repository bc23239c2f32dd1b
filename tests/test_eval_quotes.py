"""The metric code of ``benchmarks/eval_quotes.py`` (``benchmarks/quote_metrics.py``).

Every text here was written for this file; nothing needs ``../shared`` or the
quote extractor. The benchmarks folder is not a package, so its modules are
loaded from their paths.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from tests.invariants import load_benchmark

from geopol_news.model import (
    Actor,
    ActorKind,
    Mention,
    MentionKind,
    Quote,
    QuoteKind,
    Snippet,
    Span,
)

qm = load_benchmark("quote_metrics")
eq = load_benchmark("eval_quotes")

# Offsets below are computed with str.index, so the texts can be edited freely.
TEXT = '"We will stay and fight," Jane Doe said. Officials said the talks had failed.'
DIRECT = TEXT[: TEXT.index(" Jane")]  # with its marks, as GGT's gold has it
DIRECT_WORDS = DIRECT.strip('"')  # without them, as Quote.text has it
INDIRECT = "the talks had failed"


def span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    at = text.index(part, start)
    return at, at + len(part)


def chars(text: str, part: str) -> frozenset[int]:
    result: frozenset[int] = qm.chars_of([span(text, part)])
    return result


def gold(text: str, part: str, **kw: object) -> Any:
    return qm.Gold(chars=chars(text, part), text=part, **kw)


def pred(text: str, part: str, **kw: object) -> Any:
    return qm.Pred(chars=chars(text, part), text=part, **kw)


def test_content_ignores_marks_spaces_and_a_leading_that() -> None:
    text = 'He said that "we stay"'
    with_marks = chars(text, 'that "we stay"')
    assert qm.content(text, with_marks) == qm.content(text, chars(text, "we stay"))
    assert {text[i] for i in qm.content(text, with_marks)} == set("westay")
    # "that" opening a quoted sentence goes on both sides alike
    assert qm.content(text, chars(text, "that")) == chars(text, "that")  # nothing else left


def test_core_drops_edge_punctuation() -> None:
    text = '"We stay," she said.'
    assert qm.core(text, chars(text, '"We stay,"')) == qm.core(text, chars(text, "We stay"))


# -- matching ---------------------------------------------------------------------------
def test_perfect_match_despite_quotation_marks() -> None:
    score = qm.score_document(
        TEXT,
        [gold(TEXT, DIRECT, kind="direct"), gold(TEXT, INDIRECT, kind="indirect")],
        [pred(TEXT, DIRECT_WORDS), pred(TEXT, INDIRECT, kind="indirect")],
    )
    for threshold in qm.THRESHOLDS:
        assert score.counts.prf(threshold) == (1.0, 1.0, 1.0)
    assert score.counts.exact_prf() == (1.0, 1.0, 1.0)
    assert not score.misses
    assert not score.false


def test_overlap_between_the_thresholds() -> None:
    text = "Officials said the negotiations had failed completely."
    golds = [gold(text, "the negotiations had failed completely")]
    half = [pred(text, "the negotiations")]  # 15 of 34 content characters
    ratio = qm.overlap_ratio(qm.content(text, golds[0].chars), qm.content(text, half[0].chars))
    assert 0.3 <= ratio < 0.8
    score = qm.score_document(text, golds, half)
    assert score.counts.matched == {0.3: 1, 0.8: 0}
    assert score.counts.prf(0.3) == (1.0, 1.0, 1.0)
    assert score.counts.prf(0.8) == (0.0, 0.0, 0.0)
    assert score.counts.exact == 0


def test_overlap_below_the_lenient_threshold_is_a_miss_and_a_false_prediction() -> None:
    text = "Officials said the negotiations had failed completely."
    score = qm.score_document(
        text, [gold(text, "the negotiations had failed completely")], [pred(text, "failed")]
    )
    assert score.counts.matched == {0.3: 0, 0.8: 0}
    assert score.counts.predicted == 1
    assert len(score.misses) == 1
    assert score.misses[0][1].best is not None
    assert score.misses[0][1].ratio == pytest.approx(6 / 34)
    assert len(score.false) == 1


def test_match_is_one_to_one() -> None:
    golds = [frozenset(range(0, 10)), frozenset(range(10, 20))]
    assert qm.match(golds, [frozenset(range(0, 20))], 0.3) == [0, None]
    assert qm.match(golds, [frozenset(range(0, 20)), frozenset(range(10, 20))], 0.3) == [0, 1]


def test_match_takes_the_largest_ratio_then_the_tightest_prediction() -> None:
    gold_set = frozenset(range(0, 10))
    loose = frozenset(range(0, 5))
    close = frozenset(range(0, 9))
    assert qm.match([gold_set], [loose, close], 0.3) == [1]
    wide = frozenset(range(0, 40))
    exact = frozenset(range(0, 10))
    assert qm.match([gold_set], [wide, exact], 0.8) == [1]
    # the greedy order is the gold order: the first gold takes its best prediction
    assert qm.match([exact, frozenset(range(0, 20))], [wide, exact], 0.3) == [1, 0]


def test_precision_counts_unmatched_predictions() -> None:
    score = qm.score_document(
        TEXT,
        [gold(TEXT, DIRECT)],
        [pred(TEXT, DIRECT_WORDS), pred(TEXT, INDIRECT, kind="indirect")],
    )
    assert score.counts.prf(0.3) == pytest.approx((0.5, 1.0, 2 / 3))
    assert [p.text for _, p in score.false] == [INDIRECT]


def test_exact_needs_the_same_core() -> None:
    longer = DIRECT + " Jane"  # the words and the next name
    score = qm.score_document(TEXT, [gold(TEXT, DIRECT)], [pred(TEXT, longer)])
    assert score.counts.matched[0.8] == 1
    assert score.counts.exact == 0


# -- groups -----------------------------------------------------------------------------
SPLIT = '"We will stay," she said, "and we will fight."'


def _pieces() -> list[Any]:
    first, second = "We will stay,", "and we will fight."
    return [
        qm.Piece(*span(SPLIT, first), first, kind="direct", group=4, speaker_names=("Jane Doe",)),
        qm.Piece(*span(SPLIT, second), second, kind="partial", group=4, cue="said"),
        qm.Piece(*span(SPLIT, "she"), "she", kind="indirect", group=5),
    ]


def test_merge_groups_unites_the_pieces() -> None:
    merged = qm.merge_groups(_pieces())
    assert len(merged) == 2
    whole = merged[0]
    assert whole.chars == chars(SPLIT, "We will stay,") | chars(SPLIT, "and we will fight.")
    assert whole.kind == "partial"  # direct and partial pieces
    assert whole.speaker_names == ("Jane Doe",)
    assert whole.cue == "said"
    assert whole.pieces == 2
    assert merged[1].kind == "indirect"


def test_grouped_pieces_match_a_segmented_gold_quote() -> None:
    segments = [span(SPLIT, '"We will stay,"'), span(SPLIT, '"and we will fight."')]
    gold_quote = qm.Gold(chars=qm.chars_of(segments), text="...", kind="direct")
    score = qm.score_document(SPLIT, [gold_quote], qm.merge_groups(_pieces()[:2]))
    assert score.counts.prf(0.8) == (1.0, 1.0, 1.0)
    assert score.counts.exact == 1
    # unmerged, the second piece would be a false prediction
    unmerged = [qm.pred_from_piece(p) for p in _pieces()[:2]]
    assert qm.score_document(SPLIT, [gold_quote], unmerged).counts.prf(0.3)[0] == 0.5


def test_pieces_match_gold_pieces() -> None:
    golds = [gold(SPLIT, '"We will stay,"'), gold(SPLIT, '"and we will fight."')]
    preds = [qm.pred_from_piece(p) for p in _pieces()[:2]]
    assert qm.score_document(SPLIT, golds, preds).counts.prf(0.8) == (1.0, 1.0, 1.0)


# -- speakers and cues ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("gold_name", "names", "hit"),
    [
        ("Jane Doe", ("Jane Doe",), True),
        ("jane doe", ("JANE DOE",), True),
        ("Jane Doe", ("Doe",), True),  # surname only
        ("Doe", ("Jane Doe",), True),
        ("Mr. Doe", ("John Doe",), True),  # a title before the surname
        ("former President John Doe", ("John Doe",), True),
        ("Juan Guaidó", ("Juan Guaido",), True),  # accents
        ("José Pérez", ("jose perez",), True),
        ("The Daily Planet", ("Daily Planet",), True),
        ("Jane Doe", ("Jane Roe", "Doe"), True),  # an alias
        ("Abir Al Basha", ("Al Basha",), True),  # a surname of two words
        ("Acme Widgets Co.", ("Acme Widgets",), True),  # a company suffix
        ("Jane Doe", ("Acme Widgets Jane Doe",), True),  # ends with the gold name
        ("Jane Doe, a lawyer at Acme,", ("Jane Doe",), True),  # an apposition
        ("Sen. Jane Doe (D-Ore.)", ("Jane Doe",), True),
        ("Jane Doe, who runs Acme", ("Doe",), True),
        ("Jane Doe's lawyer", ("Jane Doe",), False),
        ("Jane Doe", ("John Doe",), False),  # same surname, another person
        ("Jane Doe", ("Jane",), False),  # a first name is not a surname
        ("Jane Doe", (), False),
        (None, (), True),  # no speaker wanted and none given
        (None, ("Jane Doe",), False),
        ("he", (), True),  # a pronoun with no antecedent
        ("he", ("Jane Doe",), False),
    ],
)
def test_speaker_matches(gold_name: str | None, names: tuple[str, ...], hit: bool) -> None:
    assert qm.speaker_matches(gold_name, names) is hit


def test_a_described_gold_speaker_accepts_the_same_mention() -> None:
    assert qm.speaker_matches("the minister", ("Jane Doe",), "The minister")
    assert not qm.speaker_matches("the minister", ("Jane Doe",), "she")
    assert not qm.speaker_matches("the minister", (), "the minister")  # no speaker given


def test_an_indefinite_gold_description_accepts_that_mention_alone() -> None:
    assert qm.speaker_matches("a source", (), "a source")
    assert qm.speaker_matches("Officials", (), "officials")
    assert not qm.speaker_matches("a source", (), "an analyst")
    assert not qm.speaker_matches("his advisers", (), "his advisers")  # definite: who?
    assert not qm.speaker_matches("Clinton's team", (), "Clinton's team")


@pytest.mark.parametrize(
    ("gold_cue", "predicted", "exact", "lenient"),
    [
        ("said", "said", True, True),
        ("Said", "said", True, True),
        ("said:", "said", True, True),
        ("According to", "according to", True, True),
        ("has said", "says", False, True),
        ("adding", "added", False, True),
        ("told", "said", False, False),
        ("said", None, False, False),
        (":", ":", True, True),
    ],
)
def test_cue_matches(gold_cue: str, predicted: str | None, exact: bool, lenient: bool) -> None:
    assert qm.cue_matches(gold_cue, predicted) is exact
    assert qm.cue_matches_lenient(gold_cue, predicted) is lenient


def test_speaker_and_cue_accuracy_over_matched_quotes() -> None:
    text = '"We will stay," she said. "We will fight." Officials said the talks had failed.'
    golds = [
        gold(text, '"We will stay,"', speaker="Jane Doe", pronoun=True, cue="said"),
        gold(text, '"We will fight."', speaker="Jane Doe", floating=True),
        gold(text, "the talks had failed", speaker="officials", kind="indirect", cue="said"),
    ]
    preds = [
        pred(text, "We will stay,", speaker_names=("Jane Doe",), cue="said"),
        pred(text, "We will fight.", speaker_names=("Doe",)),
        # the third gold quote is missed: its speaker and cue are not scored
    ]
    score = qm.score_document(text, golds, preds)
    assert (score.speaker.hits, score.speaker.total) == (2, 2)
    assert (score.speaker_pronoun.hits, score.speaker_pronoun.total) == (1, 1)
    assert (score.speaker_floating.hits, score.speaker_floating.total) == (1, 1)
    assert score.speaker_named.total == 0
    assert (score.cue.hits, score.cue.total) == (1, 1)
    assert score.by_kind["indirect"].value == 0.0
    assert score.by_kind["direct"].value == 1.0


def test_surface_speakers_leave_pronoun_golds_out() -> None:
    text = '"We will stay," she said.'
    golds = [
        gold(text, '"We will stay,"', speaker="she", pronoun=True, speaker_span=span(text, "she"))
    ]
    preds = [
        pred(text, "We will stay,", speaker_names=("Jane Doe",), mention="she",
             mention_span=span(text, "she"))
    ]  # fmt: skip
    canonical = qm.score_document(text, golds, preds)
    assert (canonical.speaker.hits, canonical.speaker.total) == (0, 1)
    surface = qm.score_document(text, golds, preds, canonical=False)
    assert surface.speaker.total == 0
    assert (surface.mention.hits, surface.mention_pronoun.total) == (1, 1)


# -- subsets and optional gold ----------------------------------------------------------
def test_direct_mixed_subset() -> None:
    text = 'Jane said "stay". Officials said the talks failed. Bob called it "bad" and "sad".'
    golds = [
        gold(text, '"stay"', kind="direct"),
        gold(text, "the talks failed", kind="indirect"),
        gold(text, 'it "bad" and "sad"', kind="mixed"),
    ]
    preds = [
        pred(text, "stay", kind="direct"),
        pred(text, "the talks failed", kind="indirect"),  # left out of the subset
        pred(text, 'it "bad" and "sad"', kind="indirect"),  # kept: over a mixed gold
        pred(text, "Officials", kind="partial"),  # kept and false
    ]
    chosen_golds, chosen = qm.select_marked(text, golds, preds)
    assert [g.kind for g in chosen_golds] == ["direct", "mixed"]
    assert [p.text for p in chosen] == ["stay", 'it "bad" and "sad"', "Officials"]
    score = qm.score_document(text, golds, preds)
    assert score.marked.prf(0.8) == pytest.approx((2 / 3, 1.0, 0.8))
    assert score.counts.prf(0.8) == pytest.approx((0.75, 1.0, 6 / 7))


def test_optional_gold_absorbs_a_full_prediction_only() -> None:
    text = 'Bob claims that his book is "A Tale of Two Towns".'
    optional = gold(text, 'that his book is "A Tale of Two Towns"', optional=True)
    claim = qm.score_document(text, [optional], [pred(text, 'his book is "A Tale of Two Towns"')])
    assert (claim.counts.gold, claim.counts.predicted, claim.ignored) == (0, 0, 1)
    assert not claim.false
    title = qm.score_document(text, [optional], [pred(text, "A Tale of Two Towns")])
    assert (title.counts.predicted, len(title.false)) == (1, 1)


# -- empty inputs -----------------------------------------------------------------------
def test_empty_inputs() -> None:
    assert qm.match([], [], 0.3) == []
    assert qm.match([frozenset({1})], [], 0.3) == [None]
    assert qm.match_exact([], [frozenset({1})]) == []
    assert qm.overlap_ratio(frozenset(), frozenset({1})) == 0.0
    assert qm.prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert qm.prf(0, 3, 0) == (1.0, 0.0, 0.0)
    assert qm.merge_groups([]) == []
    nothing = qm.score_document("", [], [])
    assert (nothing.counts.gold, nothing.counts.predicted) == (0, 0)
    assert nothing.speaker.value == 1.0
    missed = qm.score_document(TEXT, [gold(TEXT, DIRECT)], [])
    assert missed.counts.prf(0.3) == (1.0, 0.0, 0.0)
    assert missed.misses[0][1].best is None


def test_scores_add_up() -> None:
    total = qm.Score()
    for _ in range(2):
        total.merge(qm.score_document(TEXT, [gold(TEXT, DIRECT)], [pred(TEXT, INDIRECT)]))
    assert (total.counts.gold, total.counts.predicted, total.counts.matched[0.3]) == (2, 2, 0)
    assert len(total.misses) == len(total.false) == 2
    assert total.by_kind["direct"].total == 2


# -- the script's readers ---------------------------------------------------------------
def test_golds_of_reads_segments_offsets_and_bare_strings() -> None:
    text = '"We will stay," she said, "and fight." He claims that "X" is good.'
    first, second = span(text, '"We will stay,"'), span(text, '"and fight."')
    record = {
        "id": "made-up",
        "text": text,
        "quotes": [
            {
                "quote": "...",
                "start": first[0],
                "end": second[1],
                "segments": [list(first), list(second)],
                "speaker": "Jane Doe",
                "speaker_surface": "she",
                "speaker_start": text.index("she"),
                "speaker_end": text.index("she") + 3,
                "cue": "said",
                "kind": "direct",
                "speaker_is_pronoun": True,
            },
            {"quote": '"and fight."', "speaker": "Jane Doe", "speaker_surface": None},
        ],
        "quotes_if_indirect_speech_counted": [{"quote": 'that "X" is good', "kind": "mixed"}],
    }
    notes: list[str] = []
    golds = eq.golds_of(record, notes)
    assert not notes
    assert golds[0].chars == qm.chars_of([first, second])
    assert golds[0].pronoun
    assert golds[0].speaker_span == span(text, "she")
    assert golds[1].chars == qm.chars_of([second])
    assert golds[1].floating
    assert golds[2].optional
    assert golds[2].chars == chars(text, 'that "X" is good')
    eq.golds_of({"id": "x", "text": "nothing", "quotes": [{"quote": "absent"}]}, notes)
    assert notes == ["x: gold quote not found in the text, skipped"]


def attrs_evolve_group(piece: qm.Piece, group: int) -> qm.Piece:
    return dataclasses.replace(piece, group=group)


def test_piece_of_reads_a_quote_record() -> None:
    text = '"We will stay," she said.'
    actor = Actor("jane doe", "Jane Doe", ActorKind.PERSON, aliases=("Jane Doe", "Doe"))
    quote = Quote(
        "We will stay,",
        Span(*span(text, "We will stay,")),
        QuoteKind.PARTIAL,
        speaker=actor,
        speaker_mention=Mention("she", Span(*span(text, "she")), MentionKind.PRONOUN),
        cue=Snippet("said", Span(*span(text, "said"))),
        group=3,
    )
    piece = eq.piece_of(quote)
    assert (piece.kind, piece.group, piece.cue, piece.mention) == ("partial", 3, "said", "she")
    assert piece.speaker_names == ("Jane Doe", "Jane Doe", "Doe")
    assert piece.mention_pronoun
    # the same span twice in one group (two fragments scored by one clause) is one
    assert eq.predictions([piece, piece], "piece") == [qm.pred_from_piece(piece)]
    other = attrs_evolve_group(piece, 4)
    assert len(eq.predictions([piece, other], "piece")) == 2
    assert len(eq.predictions([piece, piece], "group")) == 1


def test_script_without_shared_data_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(eq, "QUOTES", tmp_path / "absent")
    assert eq.main(["--check"]) == 0
    assert "absent" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("words", "kind", "expected"),
    [
        ("''We will stay,''", "indirect", "direct"),
        ("''We stay,'' ''and fight.''", "indirect", "direct"),
        ("that it was ''taking a close look'' at it", "indirect", "mixed"),
        ("that it isn't over", "indirect", "indirect"),
        ("''We will stay,''", "direct", "direct"),
    ],
)
def test_doubled_apostrophes_are_quote_marks(words: str, kind: str, expected: str) -> None:
    assert eq.gold_kind(words, kind) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "hit"),
    [
        ("Apple's chief executive, Tim Cook,", "Tim Cook", True),
        ("The state's campaign chairman, Phil Lovas,", "Lovas", True),
        ("Angelique Brunner, a developer", "Angelique Brunner", True),
        ("Vice President Joseph R. Biden Jr.", "Joseph R. Biden", True),
        ("The state's campaign chairman, Phil Lovas,", "Ana Berg", False),
        ("Mr. Morgan of the Sierra Club", "Peter Morgan", True),
        ("Mr. Morgan of the Sierra Club", "Sierra Club", True),
        ("Mr. Morgan of the Sierra Club", "Ana Berg", False),
        ("Secretary of State Mike Pompeo", "Mike Pompeo", True),
    ],
)
def test_names_match_a_name_set_off_by_commas(gold: str, predicted: str, hit: bool) -> None:
    assert qm.names_match(gold, predicted) is hit

"""Score ``extract_money`` on the peers' money test suites in ``../shared/external/money``.

A standalone script (no pytest)::

    python benchmarks/eval_money.py [--only recognizers|duckling] [--examples N] [--check]

It reads at run time (nothing from there is copied into the project):

* ``recognizers_currency_en.json``: Microsoft Recognizers-Text's English currency
  spec, mostly lower-cased PTB-tokenised news sentences ("$ 75 million");
* ``duckling_money_en.json``: Duckling's English amount-of-money corpus, one
  expression per input.

Scores, per file:

* **amount+currency**: an expected figure is found when a predicted figure's span
  overlaps it and both the amount and the currency agree. Amounts are compared
  in units of the currency: the sources' minor-unit amounts (unit Cent, Pence,
  Penny, Sen) are divided by 100. Where the source leaves the currency null
  because the symbol or word is shared ("$", "£", "cents", "rials"), any
  currency that uses that unit is accepted (USD, CAD, AUD, ... for a dollar).
  For a "under" bound, the source's upper bound is the amount. Recall is over
  the expected figures, precision over the predicted ones.
* **strict**: a found figure whose shape is right too: a ``value`` is neither a
  range nor vague, an ``interval`` has both bounds, ``under`` has qualifier
  LESS_THAN or UP_TO, ``above`` MORE_THAN or AT_LEAST.

Not scored: ``unit_only`` entries (a currency word with no amount: reported
apart, with any prediction over them), and Duckling's ``en_US`` locale rows
(US slang: "a grand", nickels, dimes, quarters), listed as out of scope.
Predictions in cases that expect nothing ("All 70 of us.") are false
positives. The first N misses and false positives are printed for inspection.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

MONEY = Path(__file__).resolve().parents[1].parent / "shared" / "external" / "money"
FILES = {
    "recognizers": "recognizers_currency_en.json",
    "duckling": "duckling_money_en.json",
}
GOALS: dict[str, dict[str, float]] = {
    "recognizers": {"recall": 0.95, "precision": 0.95},
    "duckling": {"recall": 0.90},
}

# Units whose amounts the sources give in a minor unit, and how many make one major unit.
MINOR_UNITS = {"Cent": 100, "Pence": 100, "Penny": 100, "Sen": 100, "Satoshi": 100_000_000}


def _codes(codes: str) -> frozenset[str]:
    return frozenset(codes.split())


_DOLLARS = _codes(
    "USD CAD AUD NZD HKD SGD TWD JMD BSD BBD BZD BMD BND FJD GYD KYD LRD NAD SBD SRD TTD XCD ZWL"
    " MXN"
)
# Currencies a unit label can stand for when the source leaves the currency null.
UNIT_CURRENCIES: dict[str, frozenset[str]] = {
    "Dollar": _DOLLARS,
    "Unnamed": _DOLLARS,  # "bucks"
    "Cent": _DOLLARS | {"EUR"},
    "Pound": _codes("GBP EGP LBP SYP SDG SSP GIP FKP SHP"),
    "Pence": frozenset({"GBP"}),
    "Penny": frozenset({"GBP", "USD"}),
    "Franc": _codes("CHF FRF BEF LUF XOF XAF XPF CDF RWF BIF DJF GNF KMF"),
    "Rupee": _codes("INR PKR LKR NPR MUR SCR"),
    "Dinar": _codes("KWD IQD JOD BHD LYD TND DZD RSD MKD"),
    "Rial": _codes("IRR OMR YER"),
    "Riyal": _codes("SAR QAR"),
    "Sen": frozenset({"MYR", "IDR", "KHR", "JPY"}),
    "Bitcoin": frozenset({"BTC", "XBT"}),
    "Satoshi": frozenset({"BTC", "XBT"}),
    "Finnish markka": frozenset({"FIM"}),
    "Peseta": frozenset({"ESP"}),
    "Netherlands guilder": frozenset({"NLG"}),
}


@dataclass
class Expected:
    text: str
    start: int
    end: int
    amount: Decimal | None  # lower bound, or the value; in units of the currency
    amount_max: Decimal | None
    currency: str | None
    unit: str
    kind: str
    lower_alternatives: tuple[Decimal, ...] = ()

    @property
    def value(self) -> Decimal | None:
        """The amount a prediction's ``amount`` is compared with ("under" has only a max)."""
        return self.amount if self.amount is not None else self.amount_max

    def currency_ok(self, predicted: str | None) -> bool:
        if self.currency is not None:
            return predicted == self.currency
        accepted = UNIT_CURRENCIES.get(self.unit)
        if accepted is None:
            return predicted is not None
        return predicted in accepted

    def amount_ok(self, predicted: Decimal | None) -> bool:
        if predicted is None:
            return False
        if self.kind == "under":
            return predicted == self.value
        return predicted == self.value or predicted in self.lower_alternatives

    def describe(self) -> str:
        shown = _num(self.amount)
        if self.amount_max is not None:
            shown = f"{shown}..{_num(self.amount_max)}"
        return f"{self.text!r} {shown} {self.currency or f'({self.unit})'} [{self.kind}]"


@dataclass
class Score:
    name: str
    cases: int = 0
    expected: int = 0
    predicted: int = 0
    found: int = 0
    strict: int = 0
    false_positives: int = 0
    unit_only: int = 0
    unit_only_predicted: list[str] = field(default_factory=list)
    out_of_scope: list[str] = field(default_factory=list)
    adjusted: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    not_strict: list[str] = field(default_factory=list)
    fp_examples: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    upstream_hard: int = 0
    upstream_hard_missed: int = 0

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def recall(self) -> float:
        return self.ratio(self.found, self.expected)

    @property
    def precision(self) -> float:
        return self.ratio(self.found, self.found + self.false_positives)

    @property
    def strict_recall(self) -> float:
        return self.ratio(self.strict, self.expected)

    @property
    def strict_precision(self) -> float:
        return self.ratio(self.strict, self.found + self.false_positives)


def _num(value: Decimal | None) -> str:
    if value is None:
        return "None"
    text = format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return text


def _dec(value: object, unit: str) -> Decimal | None:
    if value is None:
        return None
    amount = Decimal(str(value))
    return amount / MINOR_UNITS[unit] if unit in MINOR_UNITS else amount


def _scaled_lower(amount: Decimal, amount_max: Decimal) -> tuple[Decimal, ...]:
    """The lower bound with the upper bound's scale applied ("7-9 lakh" read as 7 and 9e5)."""
    best = None
    for power in range(1, 16):
        scale = Decimal(10) ** power
        if amount_max % scale == 0 and amount * scale <= amount_max:
            best = amount * scale
    return (best,) if best is not None else ()


def expected_of(case: dict[str, Any]) -> list[Expected]:
    result = []
    flagged = "upper bound only" in case.get("comment", "")
    for item in case["expected"]:
        unit = item["unit"]
        expected = Expected(
            text=item["text"],
            start=item["start"],
            end=item["end"],
            amount=_dec(item["amount"], unit),
            amount_max=_dec(item["amount_max"], unit),
            currency=item["currency"],
            unit=unit,
            kind=item["kind"],
        )
        if flagged and expected.amount is not None and expected.amount_max is not None:
            expected.lower_alternatives = _scaled_lower(expected.amount, expected.amount_max)
        result.append(expected)
    return result


def _overlaps(figure: Any, expected: Expected) -> bool:
    return bool(figure.span.start < expected.end and expected.start < figure.span.end)


def _show(figure: Any) -> str:
    shown = _num(figure.amount)
    if figure.amount_max is not None:
        shown = f"{shown}..{_num(figure.amount_max)}"
    extras = []
    qualifier = getattr(figure.qualifier, "value", figure.qualifier)
    if qualifier not in (None, "exact"):
        extras.append(str(qualifier))
    if figure.period is not None:
        extras.append(f"per {getattr(figure.period, 'value', figure.period)}")
    if figure.vague:
        extras.append("vague")
    tail = f" ({', '.join(extras)})" if extras else ""
    return f"{figure.text!r} {shown} {figure.currency}{tail}"


def _context(text: str, start: int, end: int, width: int = 45) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    snippet = text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]
    return (
        ("..." if left else "") + snippet.replace("\n", " ") + ("..." if right < len(text) else "")
    )


def strict_ok(expected: Expected, figure: Any) -> bool:
    qualifier = getattr(figure.qualifier, "value", figure.qualifier)
    if expected.kind == "value":
        return figure.amount_max is None and not figure.vague
    if expected.kind == "interval":
        return figure.amount_max == expected.amount_max and not figure.vague
    if expected.kind == "under":
        return qualifier in ("less than", "up to") and figure.amount_max is None
    if expected.kind == "above":
        return qualifier in ("more than", "at least") and figure.amount_max is None
    return False


def score_file(name: str, path: Path, extract: Any) -> Score:
    data = json.loads(path.read_text(encoding="utf-8"))
    score = Score(name)
    for case in data["cases"]:
        text = case["input"]
        if case.get("locale") == "en_US":
            score.out_of_scope.append(text)
            continue
        score.cases += 1
        entries = expected_of(case)
        scored = [e for e in entries if e.kind != "unit_only"]
        unit_only = [e for e in entries if e.kind == "unit_only"]
        score.expected += len(scored)
        score.unit_only += len(unit_only)
        hard = bool(case.get("not_supported_in"))
        score.upstream_hard += len(scored) if hard else 0
        for e in scored:
            if e.lower_alternatives:
                score.adjusted.append(
                    f"{text!r}: lower bound {_num(e.amount)} also accepted as "
                    f"{', '.join(_num(a) for a in e.lower_alternatives)}"
                )
        try:
            figures = tuple(extract(text))
        except Exception as exc:  # report, never stop the run
            score.errors.append(f"{text[:80]!r}: {type(exc).__name__}: {exc}")
            score.misses += [
                f"{_context(text, e.start, e.end)}  expected {e.describe()}" for e in scored
            ]
            score.upstream_hard_missed += len(scored) if hard else 0
            continue
        score.predicted += len(figures)
        used: set[int] = set()
        for e in scored:
            near = [i for i, f in enumerate(figures) if i not in used and _overlaps(f, e)]
            good = [
                i
                for i in near
                if e.amount_ok(figures[i].amount) and e.currency_ok(figures[i].currency)
            ]
            if not good:
                got = "; ".join(_show(figures[i]) for i in near) or "nothing"
                score.misses.append(
                    f"{_context(text, e.start, e.end)}\n      expected {e.describe()}  got {got}"
                )
                score.upstream_hard_missed += 1 if hard else 0
                continue
            used.add(good[0])
            score.found += 1
            if strict_ok(e, figures[good[0]]):
                score.strict += 1
            else:
                score.not_strict.append(
                    f"{_context(text, e.start, e.end)}\n      expected {e.describe()}  "
                    f"got {_show(figures[good[0]])}"
                )
        for i, figure in enumerate(figures):
            if i in used:
                continue
            if any(_overlaps(figure, e) for e in unit_only):
                score.unit_only_predicted.append(f"{text[:70]!r}: {_show(figure)}")
                continue
            score.false_positives += 1
            score.fp_examples.append(
                f"{_context(text, figure.span.start, figure.span.end)}\n      got {_show(figure)}"
            )
    return score


def _goal(name: str, metric: str, value: float) -> tuple[str, bool]:
    goal = GOALS.get(name, {}).get(metric)
    if goal is None:
        return "", True
    met = value >= goal
    return f"  [goal >= {goal:.2f}: {'met' if met else 'NOT MET'}]", met


def _listing(title: str, items: Sequence[str], limit: int) -> None:
    print(f"  {title}: {len(items)}" + (f" (first {limit})" if len(items) > limit else ""))
    for item in items[:limit]:
        print(f"    - {item}")


def report(score: Score, limit: int) -> bool:
    all_met = True
    print(f"\n== {score.name}: {FILES[score.name]} ==")
    print(
        f"  {score.cases} cases scored, {score.expected} expected amounts, "
        f"{score.predicted} predictions"
    )
    recall_goal, met = _goal(score.name, "recall", score.recall)
    all_met &= met
    precision_goal, met = _goal(score.name, "precision", score.precision)
    all_met &= met
    print(
        f"  amount+currency  recall {score.recall:.3f} ({score.found}/{score.expected})"
        f"{recall_goal}"
    )
    fp_total = score.found + score.false_positives
    print(
        f"                   precision {score.precision:.3f} ({score.found}/{fp_total})"
        f"{precision_goal}"
    )
    print(
        f"  strict           recall {score.strict_recall:.3f} ({score.strict}/{score.expected})"
        f"   precision {score.strict_precision:.3f} ({score.strict}/{fp_total})"
    )
    if score.upstream_hard:
        print(
            f"  of the amounts some upstream port fails: {score.upstream_hard}, "
            f"missed here {score.upstream_hard_missed}"
        )
    print(
        f"  unit_only (not scored): {score.unit_only} expected, "
        f"{len(score.unit_only_predicted)} predictions over them"
    )
    for item in score.unit_only_predicted[:limit]:
        print(f"    - {item}")
    if score.out_of_scope:
        print(f"  out of scope (en_US slang rows): {len(score.out_of_scope)}")
        print("    " + ", ".join(repr(t) for t in score.out_of_scope))
    for note in score.adjusted:
        print(f"  note: {note}")
    if score.errors:
        _listing("ERRORS (extract_money raised)", score.errors, limit)
    _listing("misses", score.misses, limit)
    _listing("false positives", score.fp_examples, limit)
    _listing("found but not strict", score.not_strict, limit)
    return all_met


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=sorted(FILES), help="score one file only")
    parser.add_argument(
        "--examples", type=int, default=25, help="misses and false positives listed (25)"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is not met")
    args = parser.parse_args(argv)

    if not MONEY.is_dir():
        print(f"note: {MONEY} is absent; nothing to score (the shared test data is not here)")
        return 0
    try:
        from geopol_news.money import extract_money
    except Exception as exc:  # a broken checkout: say why and stop
        print(f"cannot import geopol_news.money.extract_money: {exc}", file=sys.stderr)
        return 2

    all_met = True
    for name in [args.only] if args.only else list(FILES):
        path = MONEY / FILES[name]
        if not path.exists():
            print(f"note: {path} is absent; {name} skipped")
            continue
        all_met &= report(score_file(name, path, extract_money), args.examples)
    return 1 if args.check and not all_met else 0


if __name__ == "__main__":
    sys.exit(main())

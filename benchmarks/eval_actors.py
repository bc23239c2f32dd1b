"""Score the actor extractor against reference annotations in ``../shared``.

A standalone script (no pytest)::

    python benchmarks/eval_actors.py [--only articles|speakers] [--misses N]

It reads at run time (nothing from there is copied into the project):

1. **Articles.** ``../shared/seeds/gold/*.json`` and ``../shared/practice/gold/*.json``
   list the canonical ``people``, ``countries`` and ``organizations`` of each
   article; the article is the ``.txt`` file of the same stem in ``../shared/seeds/``
   or ``../shared/practice/articles/``. Each article is parsed with
   ``parse_article`` and compared by ``actor_key``:

   * people: actors of kind person in ``article.actors`` and ``article.credits``;
   * countries: actors of kind country (the gold lists only sovereign states and
     Taiwan, so a territory the library counts is an extra);
   * organisations: actors of kind organization or group, in actors and credits.

   A gold name is found when its key equals the key of a predicted actor or of
   one of its aliases ("AFP" finds "Agence France-Presse"); a found name whose key
   differs from the actor's own key is listed as matched by alias. Recall is over
   the gold names, precision over the predicted actors. Seats of government the
   gold lists as organisations ("Kremlin", "White House") are counted by the
   library as mentions of their country; they are reported on a line of their
   own and count neither as misses nor as hits.

2. **Speakers.** The quote sets in ``../shared/external/quotes`` (PolNeAR dev and
   the GenderGapTracker evaluation set, article files). For every gold quote whose
   speaker surface is a capitalised name of two or more words that occurs verbatim
   in the article text, a hit is a person actor of ``extract_actors(text)`` that
   has the surface among its aliases, or whose key is ``actor_key`` of it. Before
   that, a leading title from the roles table ("President", "Sen.") and a final
   possessive are stripped from the surface, and surfaces that open with a
   determiner or quantifier ("The", "One", "Many") are left out. Recall is given
   per quote and per distinct (article, name); a second, lenient figure also
   accepts a person whose name of two or more words ends the surface ("Rival
   Hillary Clinton" for "Hillary Clinton"). The most frequent misses are listed
   with what the library made of them.

This is measurement only: never write rules into the library for one sentence of
these texts. Missing files are skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geopol_news import Actor, ActorKind, actor_key, extract_actors, parse_article
from geopol_news.data import countries, people, roles

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD_SETS = (
    (SHARED / "seeds" / "gold", SHARED / "seeds"),
    (SHARED / "practice" / "gold", SHARED / "practice" / "articles"),
)
QUOTES = SHARED / "external" / "quotes"
QUOTE_FILES = ("polnear_dev_articles.json", "ggt_eval_articles.json")

FIELDS = ("people", "countries", "organizations")
KINDS: dict[str, tuple[ActorKind, ...]] = {
    "people": (ActorKind.PERSON,),
    "countries": (ActorKind.COUNTRY,),
    "organizations": (ActorKind.ORGANIZATION, ActorKind.GROUP),
}
# Seats of government, which the library reads as their country: "kremlin" -> "RU".
SEATS: dict[str, str] = {
    actor_key(seat): country.code for country in countries.COUNTRIES for seat in country.seats
}


# -- part 1: articles -----------------------------------------------------------------
@dataclass
class Score:
    """Counts for one field, over one article or all of them."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    by_alias: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0


def _keys(actor: Actor) -> set[str]:
    return {actor.key, *(actor_key(alias) for alias in actor.aliases)}


def score_field(
    name: str, gold: list[str], predicted: list[Actor], everyone: Iterable[Actor]
) -> Score:
    """Compare the gold names of one field with the predicted actors of the same kinds;
    *everyone* (all the article's actors) tells whether a seat was read as its country."""
    score = Score(predicted=len(predicted))
    used: set[int] = set()
    for gold_name in gold:
        key = actor_key(gold_name)
        if name == "organizations" and key in SEATS:
            seen = _seat_found(everyone, SEATS[key], key)
            score.seats.append(f"{gold_name} ({'a country mention' if seen else 'not found'})")
            continue
        score.gold += 1
        match = next((i for i, a in enumerate(predicted) if key == a.key), None)
        if match is None:
            match = next((i for i, a in enumerate(predicted) if key in _keys(a)), None)
            if match is not None:
                score.by_alias.append(f"{gold_name} = {predicted[match].name}")
        if match is None:
            score.misses.append(gold_name)
        else:
            score.found += 1
            used.add(match)
    for i, actor in enumerate(predicted):
        if i in used:
            score.correct += 1
        else:
            score.extras.append(_describe(actor))
    return score


def _describe(actor: Actor) -> str:
    kinds = Counter(mention.kind.value for mention in actor.mentions)
    how = ", ".join(f"{kind} x{n}" if n > 1 else kind for kind, n in kinds.items())
    role = f", {actor.role.value}" if actor.role else ""
    return f"{actor.name} [{actor.kind.value}: {how}{role}]"


def _seat_found(everyone: Iterable[Actor], code: str, key: str) -> bool:
    """Whether the seat *key* is a mention of the country *code* among the actors."""
    for actor in everyone:
        if actor.kind is ActorKind.COUNTRY and actor.country == code:
            return any(actor_key(m.text) == key for m in actor.mentions)
    return False


def gold_articles() -> tuple[list[tuple[str, dict[str, Any], str]], list[str]]:
    """(label, gold, text) of every annotated article, and notes about what is missing."""
    found: list[tuple[str, dict[str, Any], str]] = []
    notes: list[str] = []
    for gold_dir, text_dir in GOLD_SETS:
        if not gold_dir.is_dir():
            notes.append(f"note: {gold_dir} is absent; its articles are skipped")
            continue
        for path in sorted(gold_dir.glob("*.json")):
            text_path = text_dir / f"{path.stem}.txt"
            if not text_path.exists():
                notes.append(f"note: {text_path} is absent; {path.name} is skipped")
                continue
            gold = json.loads(path.read_text(encoding="utf-8"))
            label = f"{text_dir.name}/{path.stem}"
            found.append((label, gold, text_path.read_text(encoding="utf-8")))
    return found, notes


def report_articles(show: int) -> list[str]:
    articles, notes = gold_articles()
    out = ["== Articles: people, countries and organisations against the gold annotations", ""]
    out.extend(notes)
    if not articles:
        return [*out, "no annotated articles found; skipped"]
    totals = {name: Score() for name in FIELDS}
    all_misses: dict[str, list[str]] = {name: [] for name in FIELDS}
    all_extras: dict[str, list[str]] = {name: [] for name in FIELDS}
    labels = {"people": "people", "countries": "countries", "organizations": "orgs"}
    header = f"{'article':<34}" + "".join(f" {labels[name] + ' R / P':>16}" for name in FIELDS)
    out.extend([header, "-" * len(header)])
    details: list[str] = []
    for label, gold, text in articles:
        article = parse_article(text)
        everyone = (*article.actors, *article.credits)
        row = f"{label:<34}"
        details.append(f"-- {label}")
        for name in FIELDS:
            predicted = [actor for actor in everyone if actor.kind in KINDS[name]]
            score = score_field(name, list(gold.get(name, [])), predicted, everyone)
            totals[name].add(score)
            row += f" {score.recall:>8.2f} / {score.precision:.2f}"
            all_misses[name] += [f"{m}  ({label})" for m in score.misses]
            all_extras[name] += [f"{e}  ({label})" for e in score.extras]
            parts = [
                f"   {name}: gold {score.gold}, found {score.found}, "
                f"predicted {score.predicted}, correct {score.correct}"
            ]
            if score.misses:
                parts.append(f"     misses: {'; '.join(score.misses)}")
            if score.extras:
                parts.append(f"     extras: {'; '.join(score.extras)}")
            if score.by_alias:
                parts.append(f"     matched by alias: {'; '.join(score.by_alias)}")
            if score.seats:
                parts.append(f"     seats (not scored): {'; '.join(score.seats)}")
            details.extend(parts)
        out.append(row)
    out.append("-" * len(header))
    row = f"{'TOTAL':<34}"
    for name in FIELDS:
        row += f" {totals[name].recall:>8.2f} / {totals[name].precision:.2f}"
    out.append(row)
    for name in FIELDS:
        t = totals[name]
        out.append(
            f"  {name}: recall {t.found}/{t.gold} = {t.recall:.3f}, "
            f"precision {t.correct}/{t.predicted} = {t.precision:.3f}"
        )
    out.extend(["", "Per article:", *details, ""])
    for name in FIELDS:
        out.append(f"All misses, {name} ({len(all_misses[name])}):")
        out.extend(f"  {line}" for line in all_misses[name][:show])
        out.append(f"All extras, {name} ({len(all_extras[name])}):")
        out.extend(f"  {line}" for line in all_extras[name][:show])
    return out


# -- part 2: speakers -----------------------------------------------------------------
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019.\-]*$")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_TITLES = sorted(roles.TITLES, key=lambda title: -len(title.split()))
_PARTICLES = people.SURNAME_PARTICLES
# Determiners and quantifiers that open a description, not a name: "One Republican".
_NOT_A_NAME = frozenset(
    {"The", "A", "An", "One", "Two", "Three", "Many", "Some", "Several", "Most", "All"}
    | {"Other", "Another", "Both", "Each", "Few"}
)


def name_surface(surface: str | None) -> str | None:
    """The surface as a name of two or more capitalised words, a leading title
    stripped, or None when it is not one (pronouns, descriptions, one word)."""
    if not surface:
        return None
    words = surface.split()
    for title in _TITLES:
        size = len(title.split())
        if words[:size] == title.split() and len(words) > size:
            words = words[size:]
            break
    words[-1] = _POSSESSIVE.sub("", words[-1])
    if len(words) < 2 or words[0] in _NOT_A_NAME:
        return None
    if not all(_NAME_WORD.match(word) or word in _PARTICLES for word in words):
        return None
    if not _NAME_WORD.match(words[0]) or not _NAME_WORD.match(words[-1]):
        return None
    return " ".join(words)


@dataclass
class SpeakerScore:
    quotes: int = 0
    hits: int = 0
    lenient: int = 0
    names: int = 0
    name_hits: int = 0
    misses: Counter[str] = field(default_factory=Counter)
    read_as: dict[str, str] = field(default_factory=dict)


def _what_became_of(surface: str, actors: tuple[Actor, ...]) -> str:
    """What the library read for a missed surface, for the list of misses."""
    key = actor_key(surface)
    for actor in actors:
        if surface in actor.aliases or actor.key == key:
            return f"{actor.kind.value} {actor.name!r}"
    for actor in actors:
        if actor.kind is ActorKind.PERSON and any(
            f" {surface} ".endswith(f" {alias} ") for alias in actor.aliases if " " in alias
        ):
            return f"ends in person {actor.name!r} (a descriptor before the name)"
    for actor in actors:
        if any(f" {alias} ".endswith(f" {surface} ") for alias in actor.aliases):
            return f"inside {actor.kind.value} {actor.name!r}"
    words = set(surface.split())
    for actor in actors:
        if actor.kind is ActorKind.PERSON and words & set(actor.key.title().split()):
            return f"partly: person {actor.name!r}"
    for actor in actors:
        if any(alias in surface for alias in actor.aliases if len(alias) > 3):
            return f"partly: {actor.kind.value} {actor.name!r}"
    return "nothing"


def score_speakers(records: list[dict[str, Any]]) -> SpeakerScore:
    score = SpeakerScore()
    for record in records:
        text = record.get("text") or ""
        wanted = [
            name
            for quote in record.get("quotes", [])
            if (name := name_surface(quote.get("speaker_surface"))) is not None and name in text
        ]
        if not wanted:
            continue
        actors = extract_actors(text)
        persons = [actor for actor in actors if actor.kind is ActorKind.PERSON]
        seen: dict[str, bool] = {}
        ends: dict[str, bool] = {}
        for name in wanted:
            if name not in seen:
                key = actor_key(name)
                seen[name] = any(name in a.aliases or a.key == key for a in persons)
                ends[name] = seen[name] or any(
                    f" {name} ".endswith(f" {alias} ")
                    for a in persons
                    for alias in a.aliases
                    if " " in alias
                )
                score.names += 1
                score.name_hits += seen[name]
                if not seen[name]:
                    score.read_as.setdefault(name, _what_became_of(name, actors))
            score.quotes += 1
            score.hits += seen[name]
            score.lenient += ends[name]
            if not seen[name]:
                score.misses[name] += 1
    return score


def report_speakers(show: int) -> list[str]:
    out = ["== Speakers: capitalised speaker names of gold quotes found as person actors", ""]
    for name in QUOTE_FILES:
        path = QUOTES / name
        if not path.exists():
            out.append(f"note: {path} is absent; skipped")
            continue
        records = json.loads(path.read_text(encoding="utf-8"))
        score = score_speakers(records)
        per_quote = score.hits / score.quotes if score.quotes else 1.0
        per_name = score.name_hits / score.names if score.names else 1.0
        lenient = score.lenient / score.quotes if score.quotes else 1.0
        out.append(
            f"{name}: {len(records)} articles; recall per quote {score.hits}/{score.quotes} = "
            f"{per_quote:.3f}; per (article, name) {score.name_hits}/{score.names} = "
            f"{per_name:.3f}; lenient per quote {score.lenient}/{score.quotes} = {lenient:.3f}"
        )
        out.append(f"  {show} most frequent misses (quotes, surface -> what the library read):")
        for surface, count in score.misses.most_common(show):
            out.append(f"  {count:>4}  {surface} -> {score.read_as.get(surface, '?')}")
        out.append("")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("articles", "speakers"), help="run one part only")
    parser.add_argument("--misses", type=int, default=20, help="misses to list (default 20)")
    args = parser.parse_args(argv)
    out: list[str] = []
    if args.only in (None, "articles"):
        out += [*report_articles(max(args.misses, 100)), ""]
    if args.only in (None, "speakers"):
        out += report_speakers(args.misses)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

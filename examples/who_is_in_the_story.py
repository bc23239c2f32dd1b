"""Print who and what an article's story is about: its actors, grouped by kind, then its credits.

Usage: python examples/who_is_in_the_story.py [FILE]

Without FILE, the sample article bundled with geopol_news is used. The actors
come from ``article.actors``: one row per person, country, organisation, group
or place, with how many times the story refers to it, how it does so (by name,
surname, demonym, capital, pronoun ...), the titles the story gives a person,
the organisation or country a person speaks for, and an ISO country code. The
people and agencies of the bylines and photo credits (``article.credits``) are
listed after them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from geopol_news import Actor, ActorKind, parse_article, parse_article_bytes
from geopol_news.cli import demo_text

HEADINGS = {
    ActorKind.PERSON: "People",
    ActorKind.COUNTRY: "Countries",
    ActorKind.ORGANIZATION: "Organisations",
    ActorKind.GROUP: "Armed groups and movements",
    ActorKind.PLACE: "Places",
}


def cut(text: str, width: int) -> str:
    """*text* shortened to *width* characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def referred_as(actor: Actor) -> str:
    """How the text refers to the actor: each mention kind with its count, "name x2, surname"."""
    counts = Counter(mention.kind.value for mention in actor.mentions)
    return ", ".join(kind if n == 1 else f"{kind} x{n}" for kind, n in counts.items())


def actor_rows(actors: tuple[Actor, ...]) -> list[str]:
    lines = []
    for kind, heading in HEADINGS.items():
        group = [actor for actor in actors if actor.kind is kind]
        if not group:
            continue
        lines.append(f"\n{heading} ({len(group)})")
        lines.append(
            f"  {'name':<28} {'n':>3}  {'referred to as':<26} {'titles':<30} {'affiliation':<24} cc"
        )
        for actor in sorted(group, key=lambda a: (-len(a.mentions), a.key)):
            lines.append(
                f"  {cut(actor.name, 28):<28} {len(actor.mentions):>3}  "
                f"{cut(referred_as(actor), 26):<26} {cut('; '.join(actor.titles), 30):<30} "
                f"{cut(actor.affiliation or '', 24):<24} {actor.country or ''}"
            )
    return lines


def credit_rows(credits: tuple[Actor, ...]) -> list[str]:
    lines = [f"\nCredits ({len(credits)})"]
    if not credits:
        return [*lines, "  (none)"]
    lines.append(f"  {'name':<28} {'role':<14} {'kind':<13} as printed")
    for actor in credits:
        role = actor.role.value if actor.role else ""
        printed = " / ".join(actor.aliases)
        lines.append(f"  {cut(actor.name, 28):<28} {role:<14} {actor.kind.value:<13} {printed}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="a plain-text page dump")
    args = parser.parse_args(argv)
    if args.file is None:
        article = parse_article(demo_text())
    else:
        try:
            article = parse_article_bytes(args.file.read_bytes())
        except OSError as exc:
            print(f"who_is_in_the_story: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 1

    print(article.headline.text if article.headline else "(no headline)")
    print(f"{len(article.actors)} actors in the story")
    lines = actor_rows(article.actors) if article.actors else ["\n(no actors found)"]
    lines += credit_rows(article.credits)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

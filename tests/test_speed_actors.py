"""The faster scans of ``geopol_news.actors`` find what the plain ones found."""

from __future__ import annotations

import random
import re

from geopol_news import actors
from geopol_news.data import roles

# The single pattern the pronoun scan used before it was split by first letters (with the
# apostrophe of a contracted verb allowed after a pronoun: "he'd", "she's").
_CLASS_SCAN = re.compile(
    r"[HhSs](?<!\w[HhSs])(?:imself|erself|ers|is|he|im|er|e)\b(?!['\u2019](?!(?:s|d|ll|ve|re)\b))"
)

_PIECES = ["he", "He", "she", "She", "his", "His", "her", "hers", "herself", "himself", "him",
           "Hhe", "the", "shell", "ship", "his'", "her\u2019s", "ahe", "_he", "Sis", "hi", "HE",
           " ", " ", ".", ",", "\n", '"', "(", "-", "\u201c", "é", "3"]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(11)
    texts = ["She said his team agreed; the hero, he'd say, thanked her and hers."]
    for _ in range(300):
        texts.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60))))
    return texts


def test_pronoun_scan_matches_the_class_scan() -> None:
    for text in _texts():
        for start in (0, 1, len(text) // 2):
            expected = [
                (match.start(), match.end(), match.group())
                for match in _CLASS_SCAN.finditer(text, start, len(text))
                if match.group().lower() in roles.PRONOUNS
            ]
            assert actors._pronouns_in(text, start, len(text)) == expected, text


def test_one_person() -> None:
    a = actors._Builder("a", "A", actors.ActorKind.PERSON)
    b = actors._Builder("b", "B", actors.ActorKind.PERSON)
    placed = [(at, person, at + 1) for at, person in enumerate([a, b, b, a, a, a])]
    stretches = [0, 1, 1, 3, 3, 3]  # where the stretch of one person ending at each starts
    for end in range(1, len(placed) + 1):
        for start in range(end):
            assert actors._one_person(placed, start, end) == (stretches[end - 1] <= start)

"""Words around a name that tell how the name is used.

Plain data only; :mod:`geopol_news.actors` (and later the quote reader) compile
what they need at first use. All entries are lower-case; the extractors compare
lower-cased text.

* ``SPEECH_VERBS``: forms of reporting verbs. A name right before or after one
  ("Pukhov said", "said Pukhov") is taken for a speaker, and so for a person
  or organisation, even when its given name is not in the name tables.
* ``LOCATIVE_WORDS``: words after which a capital city names a place rather
  than the government seated there ("in Moscow", "arrived in Caracas", "flew
  to Kyiv"). Without one of them a capital is read as a metonym ("Moscow
  insists", "Washington and Moscow trading barbs").
* ``PLACE_SUFFIXES``: the word after a hyphen that makes the name before it a
  location ("Moscow-based"), not a speaker.
* ``NAME_CONNECTORS``: lower-case words that may join the capitalised words of
  one name ("Ministry of Foreign Affairs", "Center for Crisis Studies",
  "Secretary of State"); the reader splits a run at them unless a table phrase
  or an organisation head word holds the run together.
* ``TITLE_CASE_SMALL_WORDS``: words that stay lower-case in a title-case
  headline; they are not counted when deciding whether a line is title case.
* ``KEY_SPELLINGS``: British spellings folded to American ones in actor keys,
  so "Centre for ..." and "Center for ..." are one organisation.

To extend: add the word form (every inflection needed, the tables are not
stemmed) to the right tuple; keep each tuple sorted.
"""

from __future__ import annotations

__all__ = [
    "KEY_SPELLINGS",
    "LOCATIVE_WORDS",
    "NAME_CONNECTORS",
    "PLACE_SUFFIXES",
    "SPEECH_VERBS",
    "TITLE_CASE_SMALL_WORDS",
]

SPEECH_VERBS: tuple[str, ...] = (
    "accused", "accuses", "acknowledged", "acknowledges", "added", "adds", "admitted",
    "admits", "announced", "announces", "argued", "argues", "asked", "asks", "asserted",
    "asserts", "believes", "cautioned", "cautions", "claimed", "claims", "commented",
    "complained", "complains", "conceded", "concedes", "concluded", "confirmed", "confirms",
    "continued", "countered", "counters", "declared", "declares", "denied", "denies",
    "emphasised", "emphasized", "explained", "explains", "insisted", "insists", "maintained",
    "maintains", "noted", "notes", "observed", "posted", "predicted", "predicts", "recalled",
    "recalls", "remarked", "replied", "replies", "reported", "responded", "responds", "said",
    "say", "says", "stated", "states", "stressed", "stresses", "suggested", "suggests",
    "tells", "told", "tweeted", "tweets", "urged", "urges", "warned", "warns", "wrote",
    "writes",
)  # fmt: skip

LOCATIVE_WORDS: tuple[str, ...] = (
    "across", "around", "at", "from", "in", "inside", "into", "near", "outside", "through",
    "to", "toward", "towards", "via", "visit", "visited", "visiting", "visits", "within",
)  # fmt: skip

PLACE_SUFFIXES: tuple[str, ...] = (
    "area", "based", "born", "bound", "headquartered", "region",
)  # fmt: skip

NAME_CONNECTORS: tuple[str, ...] = ("and", "for", "of", "on", "the")

TITLE_CASE_SMALL_WORDS: tuple[str, ...] = (
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
    "on", "or", "over", "the", "to", "up", "via", "vs", "with",
)  # fmt: skip

KEY_SPELLINGS: dict[str, str] = {
    "centre": "center",
    "defence": "defense",
    "labour": "labor",
    "organisation": "organization",
    "programme": "program",
}

"""Words and tables that the outlet comparison (:mod:`geopol_news.compare`) reads.

Plain data only; the comparison compiles what it needs at first use. Every
word is lower case: the comparison folds case and accents before looking one
up.

How the tables divide the work:

* ``STOP_WORDS``: English function words, left out of the content words that
  align claims and group articles into stories. The reporting verbs of
  :mod:`geopol_news.data.cues` ("said", "according") are added to them by the
  comparison itself; they are not repeated here.
* ``GROUP_*`` labels and templates: the names of the sides a speaker speaks
  for in the "who gets to speak" table. ``{adjective}`` is filled with the
  country's adjective (``GROUP_ADJECTIVES`` first, then the first demonym of
  :mod:`geopol_news.data.countries`), ``{name}`` with the display name of the
  organisation or group itself.
* ``ANALYST_WORDS``, ``MEDIA_WORDS``, ``OPPOSITION_WORDS`` and
  ``GOVERNMENT_WORDS``: words of a person's title phrases ("foreign affairs
  analyst", "Russian Foreign Ministry spokeswoman", "opposition leader") that
  say which side the person speaks for. The first three win over an
  affiliation; a government word counts after it, so a company's spokesman
  speaks for the company.
* ``CATEGORY_GROUPS``: the side an organisation of a category
  (:data:`geopol_news.data.organizations.KINDS`) speaks for, and so the
  people affiliated with it.
* ``CUE_TONES``: how a reporting word frames what it reports: "neutral"
  ("said"), "distancing" ("claimed", "alleged": the outlet keeps its
  distance), "emphatic" ("insisted", "stressed", "warned") or "charged"
  ("accused", "admitted", "slammed"). A cue not listed is "unclassified".
* ``UNIT_SYNONYMS``: counted nouns (in the singular) that news uses for the
  same thing, to the one figures are aligned by: "soldiers" and "troops",
  "warships" and "ships", "planes" and "aircraft".
* ``MAGNITUDE_RANGES``: the values a vague figure ("billions of dollars",
  "dozens of countries") can stand for, as factors of its unit.
* ``QUALIFIER_BOUNDS``: how a hedge widens a figure into the range of values
  it allows: factors of the lower and upper value, None for no bound.

To extend: add the word to the table that fits (lower case, every inflection
needed: the tables are not stemmed) and keep each table sorted.
"""

from __future__ import annotations

from decimal import Decimal

from geopol_news.model import Magnitude, Qualifier

__all__ = [
    "ANALYST_WORDS",
    "CATEGORY_GROUPS",
    "CUE_TONES",
    "GOVERNMENT_WORDS",
    "GROUP_ADJECTIVES",
    "GROUP_ANALYSTS",
    "GROUP_MEDIA",
    "GROUP_OFFICIALS",
    "GROUP_OFFICIALS_NO_COUNTRY",
    "GROUP_OPPOSITION",
    "GROUP_OPPOSITION_NO_COUNTRY",
    "GROUP_OTHER",
    "GROUP_OWN_NAME",
    "GROUP_UNATTRIBUTED",
    "MAGNITUDE_RANGES",
    "MEDIA_WORDS",
    "OPPOSITION_WORDS",
    "QUALIFIER_BOUNDS",
    "STOP_WORDS",
    "UNIT_SYNONYMS",
]

STOP_WORDS: frozenset[str] = frozenset({
    "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along",
    "already", "also", "although", "always", "am", "among", "an", "and", "another", "any",
    "are", "around", "as", "at", "be", "became", "because", "been", "before", "being",
    "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
    "down", "during", "each", "either", "even", "ever", "every", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
    "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "last", "least", "less", "like", "many", "may", "me", "might",
    "more", "most", "much", "must", "my", "near", "neither", "never", "no", "nor", "not",
    "now", "of", "off", "on", "once", "one", "only", "or", "other", "others", "our",
    "ours", "out", "over", "own", "per", "quite", "rather", "really", "same", "several",
    "shall", "she", "should", "since", "so", "some", "still", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
    "this", "those", "though", "through", "thus", "to", "too", "toward", "towards", "under",
    "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yet", "you", "your", "yours",
})  # fmt: skip
"""Function words left out of the content words (lower case, accents folded)."""

GROUP_OFFICIALS = "{adjective} officials"
"""People with a government title or affiliation, government bodies, and countries speaking."""
GROUP_OFFICIALS_NO_COUNTRY = "officials"
"""Officials whose country the text does not give."""
GROUP_OPPOSITION = "{adjective} opposition"
"""People whose title names the opposition ("opposition leader")."""
GROUP_OPPOSITION_NO_COUNTRY = "opposition"
GROUP_ANALYSTS = "independent analysts"
"""Analysts, experts, researchers, fellows, professors, and anyone affiliated with a think tank."""
GROUP_MEDIA = "media"
"""Journalists and news organisations."""
GROUP_OWN_NAME = "{name}"
"""An international body or an armed group speaks for itself ("United Nations", "Hamas")."""
GROUP_OTHER = "other"
GROUP_UNATTRIBUTED = "unattributed"
"""Quotes the text attributes to no one."""

GROUP_ADJECTIVES: dict[str, str] = {
    # News writes "U.S. officials", not "American officials".
    "US": "U.S.",
}
"""Country codes whose group label does not use the first demonym."""

CATEGORY_GROUPS: dict[str, str] = {
    "armed_group": GROUP_OWN_NAME,
    "central_bank": GROUP_OFFICIALS,
    "company": "companies",
    "court": GROUP_OFFICIALS,
    "government": GROUP_OFFICIALS,
    "intergovernmental": GROUP_OWN_NAME,
    "legislature": GROUP_OFFICIALS,
    "media": GROUP_MEDIA,
    "military": GROUP_OFFICIALS,
    "news_agency": GROUP_MEDIA,
    "ngo": "NGOs",
    "party": "political parties",
    "religious": GROUP_OWN_NAME,
    "think_tank": GROUP_ANALYSTS,
    "university": GROUP_ANALYSTS,
}
"""Organisation category (``organizations.KINDS``) to the group its voice belongs to."""

ANALYST_WORDS: frozenset[str] = frozenset({
    "academic", "analyst", "economist", "expert", "fellow", "historian", "lecturer",
    "observer", "political scientist", "professor", "researcher", "scholar", "scientist",
    "sociologist", "specialist", "strategist",
})  # fmt: skip
"""Title words of independent analysts."""

MEDIA_WORDS: frozenset[str] = frozenset({
    "anchor", "blogger", "columnist", "commentator", "correspondent", "editor", "journalist",
    "photojournalist", "presenter", "reporter",
})  # fmt: skip
"""Title words of journalists."""

OPPOSITION_WORDS: frozenset[str] = frozenset({
    "dissident", "opposition",
})  # fmt: skip
"""Title words of the opposition."""

GOVERNMENT_WORDS: frozenset[str] = frozenset({
    "admiral", "ambassador", "attorney general", "cabinet", "chancellor", "commander",
    "congressman", "congresswoman", "consul", "deputy minister", "diplomat", "emir", "envoy",
    "general", "governor", "king", "lawmaker", "legislator", "mayor", "minister", "ministry",
    "monarch", "negotiator", "official", "parliamentarian", "premier", "president",
    "prime minister", "prince", "queen", "secretary", "senator", "spokesman",
    "spokesperson", "spokeswoman", "sultan",
})  # fmt: skip
"""Title words of government officials."""

CUE_TONES: dict[str, str] = {
    "according to": "neutral",
    "accused": "charged",
    "accuses": "charged",
    "acknowledged": "charged",
    "added": "neutral",
    "admitted": "charged",
    "admits": "charged",
    "alleged": "distancing",
    "alleges": "distancing",
    "announced": "neutral",
    "argued": "emphatic",
    "asserted": "emphatic",
    "believes": "distancing",
    "blamed": "charged",
    "boasted": "charged",
    "branded": "charged",
    "called": "neutral",
    "claim": "distancing",
    "claimed": "distancing",
    "claims": "distancing",
    "conceded": "charged",
    "confirmed": "neutral",
    "criticized": "charged",
    "criticizing": "charged",
    "criticised": "charged",
    "criticising": "charged",
    "declared": "emphatic",
    "denied": "emphatic",
    "denies": "emphatic",
    "described": "neutral",
    "dismissed": "charged",
    "explained": "neutral",
    "insisted": "emphatic",
    "insists": "emphatic",
    "labeled": "charged",
    "labelled": "charged",
    "maintained": "distancing",
    "maintains": "distancing",
    "noted": "neutral",
    "posted": "neutral",
    "purported": "distancing",
    "replied": "neutral",
    "reported": "neutral",
    "responded": "neutral",
    "said": "neutral",
    "says": "neutral",
    "slammed": "charged",
    "stated": "neutral",
    "stressed": "emphatic",
    "suggested": "neutral",
    "tells": "neutral",
    "told": "neutral",
    "tweeted": "neutral",
    "vowed": "emphatic",
    "warned": "emphatic",
    "warns": "emphatic",
    "wrote": "neutral",
}
"""A reporting word (lower case) to how it frames what it reports."""

UNIT_SYNONYMS: dict[str, str] = {
    "airplane": "aircraft",
    "jet": "aircraft",
    "person": "people",
    "personnel": "troop",
    "plane": "aircraft",
    "serviceman": "troop",
    "servicemen": "troop",
    "soldier": "troop",
    "vessel": "ship",
    "warplane": "aircraft",
    "warship": "ship",
}
"""A counted noun (singular, lower case) to the noun figures are aligned by."""

MAGNITUDE_RANGES: dict[Magnitude, tuple[Decimal, Decimal]] = {
    Magnitude.DOZENS: (Decimal(24), Decimal(99)),
    Magnitude.HUNDREDS: (Decimal(200), Decimal(999)),
    Magnitude.THOUSANDS: (Decimal(2_000), Decimal(9_999)),
    Magnitude.TENS_OF_THOUSANDS: (Decimal(20_000), Decimal(99_999)),
    Magnitude.HUNDREDS_OF_THOUSANDS: (Decimal(200_000), Decimal(999_999)),
    Magnitude.MILLIONS: (Decimal(2 * 10**6), Decimal(10**7 - 1)),
    Magnitude.TENS_OF_MILLIONS: (Decimal(2 * 10**7), Decimal(10**8 - 1)),
    Magnitude.HUNDREDS_OF_MILLIONS: (Decimal(2 * 10**8), Decimal(10**9 - 1)),
    Magnitude.BILLIONS: (Decimal(2 * 10**9), Decimal(10**10 - 1)),
    Magnitude.TENS_OF_BILLIONS: (Decimal(2 * 10**10), Decimal(10**11 - 1)),
    Magnitude.HUNDREDS_OF_BILLIONS: (Decimal(2 * 10**11), Decimal(10**12 - 1)),
    Magnitude.TRILLIONS: (Decimal(2 * 10**12), Decimal(10**13 - 1)),
}
"""The smallest and largest value a vague figure of each magnitude can stand for."""

QUALIFIER_BOUNDS: dict[Qualifier, tuple[Decimal, Decimal | None]] = {
    Qualifier.EXACT: (Decimal(1), Decimal(1)),
    Qualifier.ABOUT: (Decimal("0.9"), Decimal("1.1")),
    Qualifier.NEARLY: (Decimal("0.9"), Decimal(1)),
    Qualifier.AT_LEAST: (Decimal(1), None),
    Qualifier.MORE_THAN: (Decimal(1), None),
    Qualifier.LESS_THAN: (Decimal(0), Decimal(1)),
    Qualifier.UP_TO: (Decimal(0), Decimal(1)),
}
"""Factors of a figure's lower and upper value that bound what a hedge allows (None: no bound)."""

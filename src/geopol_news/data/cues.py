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
* ``DEPARTURE_WORDS``: words before "for" and a capital that make it a destination
  ("left for Havana"), a place rather than a metonym.
* ``PLACE_SUFFIXES``: the word after a hyphen that makes the name before it a
  location ("Moscow-based"), not a speaker.
* ``NAME_CONNECTORS``: lower-case words (and "&") that may join the capitalised
  words of one name ("Ministry of Foreign Affairs", "Center for Crisis Studies",
  "Secretary of State", "Procter & Gamble"); the reader splits a run at them unless a table phrase
  or an organisation head word holds the run together.
* ``TITLE_CASE_SMALL_WORDS``: words that stay lower-case in a title-case
  headline; they are not counted when deciding whether a line is title case.
* ``KEY_SPELLINGS``: British spellings folded to American ones in actor keys,
  so "Centre for ..." and "Center for ..." are one organisation.
* ``CONTRASTING_OPENERS``: prepositions opening a sentence with a person set beside
  its subject ("Unlike Lavrov, he ..."): that person is no antecedent of the subject
  pronoun after the phrase.

For the quote reader (:mod:`geopol_news.quotes`):

* ``SPEECH_VERBS`` (above) are also the cues of direct and indirect quotes
  ("...," Pompeo said; Russia has denied ...). ``SPEECH_VERB_EXTRA`` adds forms
  that are cues of a quote but no evidence of a name beside them ("say",
  "saying", "telling", "according").
* ``FRAMING_VERBS``: verbs that frame someone's words as a quoted fragment
  ("called the statement "fake"", "labelled Maduro a "usurper"", "accused the
  U.S. of waging an "information war""). They introduce partial quotes only.
* ``SPEECH_NOUNS``: nouns for something said ("its claim that ... a "coup"",
  "a statement"), which attribute a quoted fragment to the possessor or the
  actor before them.
* ``CLAUSE_VERBS``: the speech verbs that take a reported clause, so that
  "X said the troops would stay" is an indirect quote. Verbs such as "asked"
  or "urged" take an object, not a clause, and are not listed.
* ``NON_CLAUSE_OPENERS``: lower-case words after a clause verb that show no
  reported clause follows ("said in a statement", "said nothing", "said yes").
* ``NOUN_PHRASE_VERBS``: the clause verbs that take a noun phrase as often as
  a clause ("confirmed the end of the siege", "added 0.4 per cent", "denied
  the existence of ..."): a reported clause after them needs "that" or a
  gerund ("denied having had any plan").
* ``OBJECT_OR_CLAUSE_VERBS``: the clause verbs that take an object as readily as a
  clause ("suggests a dip in sales", "vowed retribution", "claimed responsibility",
  "replied minutes later"): without "that", what follows them is a reported clause
  only when it reads as one, opening with a subject pronoun or holding a
  ``FINITE_MARKERS`` word before its first comma ("suggested the deal would fail").
* ``FINITE_MARKERS``: auxiliaries, modals and forms of "be" that show a finite verb,
  hence a clause; ``CLAUSE_SUBJECT_PRONOUNS``: pronouns that open a clause as its
  subject; ``DETERMINERS``: words after which a word in "-ed" is an adjective ("the
  combined value"), not a clause's verb.
* ``SPEAKER_NOUNS``: common nouns, singular and plural, for people who speak
  without a name ("sources said", "a witness said", "officials say"): a
  nominal speaker for the quote reader, and never a person's name when
  capitalised at the start of a sentence. Role nouns of
  :mod:`geopol_news.data.roles` ("analyst", "spokeswoman") count too.
* ``TIME_WORDS``: words of time that may follow a reporting verb at the end of
  its sentence ("..., she said yesterday."), besides weekday names.
* ``AUXILIARIES``: auxiliary verbs and adverbs that stand between a subject
  and its reporting verb ("the analyst has also said").
* ``AUDIENCE_NOUNS``: heads of the audiences a reported clause may follow after "told"
  ("told the jury he ...", "told investigators that ...").
* ``SOURCE_POSTMODIFIERS`` and ``SOURCE_NOUNS``: how news names an anonymous
  source ("a person familiar with the talks", "officials close to the minister").
* ``UNREALISED_MARKERS``: words before a clause verb that make it no report of
  speech made ("plans to claim that", "may argue that", "did not say whether").
* ``NAMING_PARTICIPLES``: words that, after a noun, make a title-case name in marks
  the name of a thing ('an app called "Screen Time" that ...'); ``RELATIVE_PRONOUNS``
  ("a plan that called ...") and subject pronouns are no such noun.
* ``INDEFINITE_PEOPLE``: pronouns for people no one names; "those who say ..." has
  no speaker.
* ``DEFINING_VERBS`` and ``ARTICLES``: a word or two in marks after an article (or
  opening the sentence) and before "is", "means" or "refers" is a word defined, not said.
* ``TOLD_CLAUSE_OPENERS``: words right after "told" that open a clause, so that
  no one is told and the verb is a passive ("was told he had months to live").
* ``COMPLEMENT_PREPOSITIONS``: prepositions that open the complement of a nominal
  speaker ("a spokesperson for the family said").
* ``EVIDENCE_NOUNS``, ``INDICATING_VERBS`` and ``SUBJECT_PREPOSITIONS``: a subject
  headed by a noun of findings ("a survey", "a review of the data") makes "suggests"
  or "indicates" point to a finding, no one's words.
* ``SUBJECT_PRONOUNS``: the pronouns that can be a speaker ("she said"), as
  opposed to "her" or "his".
* ``SUBORDINATORS``: words that open a clause set inside a reported one ("said even
  though ... believes"): the quote after it goes with the outer verb.
* ``CLAUSE_OPENERS``: lower-case words after which a name opens a clause as its
  subject ("but Kim warned", "said that Lee would"), where after any other
  lower-case word a name is most likely an object ("ready to meet Lee"). A
  "he" or "she" prefers the subject of an earlier clause to such an object.
* ``TITLE_NOUNS``: words before quotation marks that make the marks a title or
  a name, not speech ("the film "Red Dawn"", "Operation "Iron Shield"", "the
  so-called "reset"", "the word "sovereignty"").
* ``OBJECT_PREPOSITIONS``: prepositions after which a name is their object, never
  the subject of the verb that follows it ("his anger on Twitter, writing ...",
  "told reporters in Porthaven, saying ...").
* ``QUANTIFIERS``: words that open an indefinite nominal speaker the way an
  article does ("some experts say", "several officials said", "two people
  familiar with the talks").
* ``ADDRESSEE_NOUNS``: lower-case audiences after "told" ("told reporters").
* ``CHANNEL_NOUNS``: media and forms of speech a quote comes through ("on
  Twitter", "in a statement", "in written comments", "via telephone").
* ``ABBREVIATIONS``: words that end in a full stop without ending a sentence
  ("Mr.", "Gen.", "Dec.").

To extend: add the word form (every inflection needed, the tables are not
stemmed) to the right tuple; keep each tuple sorted.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "ADDRESSEE_NOUNS",
    "ADDRESSING_VERBS",
    "ARTICLES",
    "AUDIENCE_NOUNS",
    "AUXILIARIES",
    "CHANNEL_NOUNS",
    "CLAUSE_OPENERS",
    "CLAUSE_SUBJECT_PRONOUNS",
    "CLAUSE_VERBS",
    "COLLECTIVE_NOUNS",
    "DEFINING_VERBS",
    "DEPARTURE_WORDS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "FINITE_MARKERS",
    "FRAMING_VERBS",
    "INDEFINITE_PEOPLE",
    "KEY_SPELLINGS",
    "LOCATIVE_WORDS",
    "NAME_CONNECTORS",
    "NAMING_PARTICIPLES",
    "NON_CLAUSE_OPENERS",
    "NOUN_PHRASE_VERBS",
    "OBJECT_OR_CLAUSE_VERBS",
    "OBJECT_PREPOSITIONS",
    "PHRASE_PREPOSITIONS",
    "PLACE_SUFFIXES",
    "POSSESSIVE_PRONOUNS",
    "PROXY_ENDERS",
    "PROXY_NOUNS",
    "QUANTIFIERS",
    "RELATIVE_PRONOUNS",
    "SOURCE_NOUNS",
    "SOURCE_POSTMODIFIERS",
    "SPEAKER_NOUNS",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "SPEECH_VERB_EXTRA",
    "SUBJECT_PRONOUNS",
    "SUBORDINATORS",
    "TIME_WORDS",
    "TITLE_CASE_SMALL_WORDS",
    "TITLE_NOUNS",
    "TOLD_CLAUSE_OPENERS",
    "UNREALISED_MARKERS",
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
    "say", "says", "stated", "stressed", "stresses", "suggested", "suggests",
    "tells", "told", "tweeted", "tweets", "urged", "urges", "warned", "warns", "wrote",
    "writes",
)  # fmt: skip

LOCATIVE_WORDS: tuple[str, ...] = (
    "across", "around", "at", "from", "in", "inside", "into", "near", "outside", "through",
    "to", "toward", "towards", "via", "visit", "visited", "visiting", "visits", "within",
)  # fmt: skip

DEPARTURE_WORDS: tuple[str, ...] = (
    "bound", "depart", "departed", "departing", "departs", "flew", "fled", "headed",
    "heading", "heads", "leave", "leaves", "leaving", "left", "off", "sail", "sailed",
    "sailing", "sails",
)  # fmt: skip
"""Words before "for" and a capital that make the capital a destination, a place ("left
for Havana", "bound for Kyiv", "set off for Caracas"), not its government."""

SUBORDINATORS: tuple[str, ...] = (
    "although", "because", "even", "if", "since", "though", "unless", "whereas", "while",
)  # fmt: skip
"""Words that open a clause set inside a reported one ("Lee said even though Porthaven
believes it is wrong, "..."", "Lee said that if the port shuts, "...""): a reporting verb
in that clause is not the one the quote after it goes with."""

CLAUSE_OPENERS: tuple[str, ...] = (
    "after", "although", "and", "as", "because", "before", "but", "if", "once", "or",
    "since", "so", "than", "that", "then", "though", "until", "when", "where", "whereas",
    "whether", "while", "yet",
)  # fmt: skip

CONTRASTING_OPENERS: tuple[str, ...] = ("Alongside", "Besides", "Like", "Unlike")
"""Prepositions that open a sentence with a person set beside its subject ("Unlike Lavrov,
he ...", "Like Lee, she ..."): the person named after one is not the subject, and a subject
pronoun right after the phrase is someone else."""

OBJECT_PREPOSITIONS: tuple[str, ...] = (
    "about", "against", "at", "for", "from", "in", "inside", "into", "on", "through", "to",
    "toward", "towards", "via", "with", "within",
)  # fmt: skip

PHRASE_PREPOSITIONS: tuple[str, ...] = (
    "across", "around", "at", "from", "in", "inside", "into", "near", "of", "on",
    "outside", "through", "to", "toward", "towards", "with", "within",
)  # fmt: skip
"""Prepositions whose object is no head a relative clause after it is about: in "Democrats
on Capitol Hill, who have argued", "who" is the Democrats, not Capitol Hill."""

QUANTIFIERS: tuple[str, ...] = (
    "both", "few", "many", "most", "one", "other", "several", "some", "three", "two",
)  # fmt: skip

PLACE_SUFFIXES: tuple[str, ...] = (
    "area", "based", "born", "bound", "headquartered", "region",
)  # fmt: skip

NAME_CONNECTORS: tuple[str, ...] = ("&", "and", "for", "of", "on", "the")

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

SPEECH_VERB_EXTRA: tuple[str, ...] = (
    "according", "adding", "affirmed", "affirms", "alleged", "alleges", "answered",
    "assured", "begged", "boasted", "chanted", "charged", "claiming", "confided",
    "demanded", "demands", "disclosed", "estimated", "estimates", "exclaimed",
    "explaining", "hinted", "indicated", "indicates", "informed", "insisting", "joked",
    "lamented", "laughed", "mentioned", "mused", "noting", "objected", "pleaded", "pointed",
    "promised", "promises", "quipped", "quips", "recounted", "recounts", "reiterated",
    "reiterates", "reply", "retort", "retorted", "revealed", "reveals", "saying", "scoffed",
    "screamed", "shouted", "sighed", "signaled", "signalled", "snapped", "speculated",
    "tell", "telling", "testified", "threatened", "ventured", "vowed", "vows",
    "whispered", "wondered", "wonders", "writing", "yelled",
)  # fmt: skip

FRAMING_VERBS: tuple[str, ...] = (
    "accuse", "accused", "accuses", "accusing", "blamed", "blames", "branded", "brands",
    "call", "called", "calling", "calls", "characterised", "characterized", "condemned",
    "condemning", "criticised", "criticising", "criticized", "criticizing", "decried",
    "decrying", "denounced", "denouncing", "described", "describes", "describing",
    "dismissed", "dismisses", "dismissing", "dubbed", "dubs", "hailed", "hailing",
    "labeled", "labelled", "labels", "lambasted", "praised", "praising", "referred",
    "refers", "rejected", "slammed", "termed", "terms", "urged", "urges", "urging",
    "warned", "warning", "welcomed",
)  # fmt: skip

SPEECH_NOUNS: tuple[str, ...] = (
    "accusation", "accusations", "allegation", "allegations", "announcement", "assertion",
    "claim", "claims", "comment", "comments", "description", "insistence", "message",
    "pledge", "promise", "remark", "remarks", "statement", "threat", "vow", "warning",
    "words",
)  # fmt: skip

CLAUSE_VERBS: tuple[str, ...] = (
    "acknowledged", "acknowledges", "added", "adds", "admitted", "admits", "affirmed",
    "alleged", "alleges", "announced", "announces", "argued", "argues", "asserted",
    "asserts", "believes", "claimed", "claims", "concluded", "conceded", "concedes",
    "confirmed", "confirms", "contended", "contends", "countered", "declared", "declares",
    "denied", "denies", "disclosed", "emphasised", "emphasized", "estimated", "estimates",
    "explained", "explains", "warned", "warns", "indicated", "insisted", "insists",
    "maintained", "maintains", "noted", "notes", "observed", "predicted", "predicts",
    "promised", "recalled", "recalls", "reiterated", "remarked", "replied", "reported",
    "responded", "revealed", "said", "say", "says", "stated", "stressed",
    "stresses", "suggested", "suggests", "tells", "testified", "told", "tweeted", "vowed",
    "wrote", "writes",
    # the base forms, after "will", "did not", "they": "did not deny that ..."
    "acknowledge", "add", "admit", "announce", "argue", "claim", "confirm", "declare",
    "deny", "explain", "insist", "note", "predict", "promise", "reveal", "stress",
    "suggest", "tell", "warn", "write",
    # the participles: "..., saying that the army would stay"
    "acknowledging", "adding", "admitting", "announcing", "arguing", "asserting",
    "claiming", "conceding", "confirming", "declaring", "denying", "explaining",
    "insisting", "noting", "predicting", "promising", "revealing", "saying", "stating",
    "stressing", "suggesting", "telling", "writing",
)  # fmt: skip

NON_CLAUSE_OPENERS: tuple[str, ...] = (
    "about", "according", "across", "after", "against", "along", "amid", "among",
    "and", "around", "as", "at", "before", "behind", "beside", "between", "but", "by",
    "despite", "during", "for", "from", "goodbye", "hello", "in", "inside", "into", "little",
    "much", "near", "no", "nothing", "of", "on", "only", "outside", "over", "so",
    "something", "thanks", "through", "to", "toward", "towards", "under", "until",
    "upon", "via", "with", "within", "without", "yes",
)  # fmt: skip

NOUN_PHRASE_VERBS: tuple[str, ...] = (
    "acknowledged", "acknowledges", "added", "adds", "admitted", "admits", "announced",
    "announces", "confirmed", "confirms", "denied", "denies", "disclosed", "estimated",
    "estimates", "indicated", "noted", "notes", "observed", "predicted", "predicts",
    "recalled", "recalls", "reported", "revealed", "tweeted", "wrote", "writes",
    "acknowledge", "acknowledging", "add", "adding", "admit", "admitting", "announce",
    "announcing", "confirm", "confirming", "deny", "denying", "note", "noting", "predict",
    "predicting", "reveal", "revealing", "write", "writing",
)  # fmt: skip

OBJECT_OR_CLAUSE_VERBS: tuple[str, ...] = (
    "claim", "claimed", "claiming", "claims", "concluded", "countered", "declare",
    "declared", "declares", "declaring", "emphasised", "emphasized", "explain", "explained",
    "explaining", "explains", "maintained", "maintains", "promise", "promised", "promising",
    "reiterated", "replied", "responded", "stress", "stressed", "stresses", "stressing",
    "suggest", "suggested", "suggesting", "suggests", "vowed",
)  # fmt: skip

FINITE_MARKERS: tuple[str, ...] = (
    "am", "are", "aren't", "can", "can't", "cannot", "could", "couldn't", "did", "didn't",
    "do", "does", "doesn't", "don't", "had", "hadn't", "has", "hasn't", "have", "haven't",
    "is", "isn't", "may", "might", "must", "shall", "should", "shouldn't", "was", "wasn't",
    "were", "weren't", "will", "won't", "would", "wouldn't",
)  # fmt: skip

CLAUSE_SUBJECT_PRONOUNS: tuple[str, ...] = ("he", "i", "it", "she", "there", "they", "we", "you")

DETERMINERS: tuple[str, ...] = (
    "a", "an", "any", "her", "his", "its", "my", "no", "our", "some", "that", "the", "their",
    "these", "this", "those", "your",
)  # fmt: skip

SPEAKER_NOUNS: tuple[str, ...] = (
    "activist", "activists", "administration", "adviser", "advisers", "advisor", "advisors",
    "aide", "aides", "analysts", "authorities", "authority", "campaign", "campaigners",
    "critic", "critics", "embassy", "government", "prosecution", "regime", "team",
    "demonstrators", "diplomats", "economists", "experts", "insider", "insiders",
    "investigators", "lawmakers", "lawyers", "leaders", "locals", "military", "ministers",
    "observers", "officers", "official", "officials", "organizers", "organisers", "people",
    "police", "pollster", "pollsters", "prosecutors", "protesters", "rebels", "researchers",
    "residents", "scientists", "soldiers", "source", "sources", "spokespeople",
    "spokespersons", "supporters", "survivors", "villagers", "voters", "witness",
    "witnesses", "workers",
)  # fmt: skip

DOCUMENT_NOUNS: tuple[str, ...] = (
    "ad", "advertisement", "affidavit", "analysis", "brief", "clip", "complaint",
    "document", "e-mail", "email", "filing", "indictment", "lawsuit", "letter", "memo",
    "petition", "poll", "post", "release", "report", "ruling", "statement", "study", "suit",
    "survey", "verdict",
)  # fmt: skip
"""Nouns of what a speaker issues ("a statement said", "the report said", "the post
read"): as a subject of a cue, the words are its issuer's. The issuer is the one the text
names where it brings the document in ("a report by X", "X's study", "the X study", "X
filed a lawsuit"); failing that, the body (else the person) named last before it in its
paragraph or, for "the report", the paragraph before."""

EVIDENCE_NOUNS: tuple[str, ...] = (
    "analysis", "data", "estimate", "estimates", "evidence", "figures", "findings",
    "numbers", "poll", "polls", "research", "results", "review", "statistics", "studies",
    "study", "survey", "surveys",
)  # fmt: skip
"""Nouns of findings. As the head of the subject of an ``INDICATING_VERBS`` verb ("a
survey suggested that ...", "a review of the data suggests ..."), the verb means "points
to": the clause after it is a finding, no one's words."""

INDICATING_VERBS: tuple[str, ...] = (
    "indicate", "indicated", "indicates", "indicating", "suggest", "suggested", "suggesting",
    "suggests",
)  # fmt: skip
"""Verbs that report words with a speaker as subject ("she suggested that ...") but point
to a finding with an ``EVIDENCE_NOUNS`` subject."""

COMPLEMENT_PREPOSITIONS: tuple[str, ...] = ("at", "for", "from", "of", "with")
"""Prepositions that open the complement of a nominal speaker ("a spokesperson *for* the
family said"): the nominal's noun is the word before the first of them."""

SUBJECT_PREPOSITIONS: tuple[str, ...] = ("by", "for", "from", "in", "of", "on", "with")
"""Prepositions that open a post-modifier of a subject's head ("a review *of* the data",
"a report *from* the agency"): the head is the word before the first of them."""

COLLECTIVE_NOUNS: tuple[str, ...] = (
    "audience", "class", "community", "congregation", "couple", "crew", "crowd", "family",
    "household", "neighbourhood", "neighborhood", "public", "village",
)  # fmt: skip
"""Nouns of many people as one ("the family said", "the crowd chanted"): a definite
nominal of one is no single person of the story, as "the affable proprietor" is."""

PROXY_NOUNS: tuple[str, ...] = (
    "administration", "adviser", "advisers", "advisor", "advisors", "aide", "aides",
    "ambassador", "attorney", "attorneys", "board", "campaign", "chairman", "chairwoman",
    "chief", "commander", "counsel", "diplomats", "director", "embassy", "envoy",
    "executive", "executives", "government", "head", "lawyer", "lawyers", "leader",
    "leaders", "leadership", "management", "minister", "ministers", "ministry",
    "negotiator", "negotiators", "office", "officer", "officers", "official", "officials",
    "president", "representative", "representatives", "secretary", "spokesman", "spokesmen",
    "spokespeople", "spokesperson", "spokespersons", "spokeswoman", "spokeswomen", "staff",
    "staffer", "staffers", "team",
)  # fmt: skip
"""Nouns of those who speak for the actor named before them: "the Kremlin's spokesman",
"a State Department official", "the Clinton campaign" say the actor's words. Other
nouns there ("Lane's doctor", "Lane's critics") name someone else, who is not the actor;
"former" before the noun ("a former party chairman") ends the speaking for it."""

PROXY_ENDERS: tuple[str, ...] = ("ex", "former", "onetime", "retired")
"""Modifiers of a noun of ``PROXY_NOUNS`` after which it no longer speaks for the actor
named with it: "a former party chairman" is someone else."""

POSSESSIVE_PRONOUNS: tuple[str, ...] = ("her", "his", "its", "their")
"""Owners before a noun of ``PROXY_NOUNS`` ("his aides said", "her campaign said", "their
lawyers said"): the words are those of the person or body the pronoun stands for."""

TIME_WORDS: tuple[str, ...] = (
    "again", "also", "earlier", "last", "late", "later", "previously", "recently", "this",
    "today", "tonight", "yesterday",
)  # fmt: skip

AUXILIARIES: tuple[str, ...] = (
    "again", "already", "also", "could", "did", "does", "earlier", "had", "has", "have",
    "later", "may", "might", "never", "once", "previously", "privately", "publicly",
    "recently", "repeatedly", "reportedly", "separately", "should", "then", "would", "will",
)  # fmt: skip

# Heads of the audiences a clause may follow after "told": "told the jury he ...",
# "told investigators that ...", "told the committee on Monday that ...".
AUDIENCE_NOUNS: tuple[str, ...] = (
    "audience", "committee", "council", "court", "crowd", "delegates", "detectives",
    "investigators", "journalists", "judge", "jury", "lawmakers", "members", "officers",
    "panel", "parliament", "police", "reporters", "senators", "students", "supporters",
    "viewers", "voters", "workers",
)  # fmt: skip

# What follows the noun of an anonymous source: "a person familiar with the talks",
# "two officials briefed on the plan", "sources close to the minister".
SOURCE_POSTMODIFIERS: tuple[str, ...] = (
    "briefed on", "close to", "familiar with", "involved in", "with knowledge of",
)  # fmt: skip

# Nouns that are speakers only with such a post-modifier: "a person familiar with ...".
SOURCE_NOUNS: tuple[str, ...] = ("people", "person")

# Words right before a clause verb that make it speech not (yet) made: "plans to claim
# that ...", "may argue that ...", "will announce that ...".
UNREALISED_MARKERS: tuple[str, ...] = (
    "can", "could", "may", "might", "must", "shall", "should", "to", "will",
    # negation: "did not say whether", "never claimed that"; a contraction ("didn't",
    # "won't") is read as its "n't"
    "n't", "never", "not",
)  # fmt: skip

SUBJECT_PRONOUNS: tuple[str, ...] = ("he", "she")

NAMING_PARTICIPLES: tuple[str, ...] = ("called", "entitled")
"""Words that, after a noun, make a name in marks set in title case the name of a
thing ('an app called "Screen Time" that'), not words said (unlike 'what he called
"Acme Inc."' or 'called the plan "a disgrace"')."""

INDEFINITE_PEOPLE: tuple[str, ...] = (
    "anybody", "anyone", "everybody", "everyone", "many", "others", "people", "some",
    "somebody", "someone", "those",
)  # fmt: skip
"""Pronouns for people no one names: "those who say ..." reports words of no actor."""

ARTICLES: tuple[str, ...] = ("a", "an", "the")

DEFINING_VERBS: tuple[str, ...] = ("is", "means", "refers")
"""Verbs after a word in marks that make it the word being defined, after an article or
at the opening of its sentence ('A "renoviction" is when ...'): a word mentioned, not said."""

RELATIVE_PRONOUNS: tuple[str, ...] = ("that", "what", "which", "who")
"""Pronouns that open a relative clause as its subject ("a plan that called ...")."""

TITLE_NOUNS: tuple[str, ...] = (
    "album", "article", "book", "campaign", "catchphrase", "code-named", "codenamed",
    "column", "documentary", "dubbed", "episode", "expression", "film", "hashtag",
    "headline", "initiative", "label", "mantra", "motto", "movie", "name", "named",
    "nickname", "nicknamed", "novel", "operation", "phrase", "play", "podcast", "poem",
    "program", "programme", "series", "show", "slogan", "so-called", "song", "term",
    "titled", "word", "words",
)  # fmt: skip

ADDRESSING_VERBS: tuple[str, ...] = ("tell", "tells", "told", "telling")
"""Speech verbs whose object is the one spoken to ("told CBC News"), never the speaker."""

TOLD_CLAUSE_OPENERS: tuple[str, ...] = ("he", "she", "that", "they", "we")
"""Words that open a clause and can never be the one told: right after "told" they show
that no one is named as told, a passive ("had been diagnosed and told he had months to
live"), so the subject before the verb reports nothing."""

ADDRESSEE_NOUNS: tuple[str, ...] = (
    "an audience", "a crowd", "a news conference", "a press conference", "a rally",
    "a reporter", "journalists", "lawmakers", "legislators", "parliament", "reporters",
    "supporters", "the audience", "the crowd", "the newspaper", "the paper", "the press",
    "the station", "the channel", "the agency", "the outlet", "the magazine",
    "state media", "state television", "the broadcaster",
)  # fmt: skip

CHANNEL_NOUNS: tuple[str, ...] = (
    "address", "blog", "blog post", "briefing", "broadcast", "call", "comments", "email",
    "e-mail", "Facebook", "interview", "Instagram", "letter", "message", "news conference",
    "op-ed", "phone", "phone call", "podcast", "post", "press conference", "press release",
    "radio", "remarks", "social media", "speech", "statement", "Telegram", "telephone",
    "television", "testimony", "TikTok", "tweet", "Twitter", "video", "video message",
    "WhatsApp", "X", "YouTube", "written comments", "written statement",
)  # fmt: skip

ABBREVIATIONS: tuple[str, ...] = (
    "adm", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dept", "dr", "e.g",
    "etc", "feb", "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj",
    "mar", "messrs", "mr", "mrs", "ms", "no", "nov", "oct", "pres", "prof", "rep", "rev",
    "sen", "sep", "sept", "sgt", "sr", "st", "vs",
)  # fmt: skip

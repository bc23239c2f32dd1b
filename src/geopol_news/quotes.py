"""Quotes: who said what, how, and to whom.

:func:`extract_quotes` reads a text and returns one :class:`~geopol_news.model.Quote`
per continuous piece of someone's words, with the speaker resolved to an
:class:`~geopol_news.model.Actor`.

>>> quotes = extract_quotes(
...     '"We will not leave," Foreign Minister Sergei Lavrov told reporters on Monday.\\n\\n'
...     'Lavrov called the sanctions "a provocation."'
... )
>>> for q in quotes:
...     print(q.kind.value, q.speaker.name, q.cue.text, repr(q.text))
direct Sergei Lavrov told 'We will not leave,'
partial Sergei Lavrov called 'a provocation.'
>>> quotes[0].addressee.text
'reporters'

How it reads, paragraph by paragraph:

* **Marks.** Opening and closing marks are paired inside a paragraph: curly
  and straight double quotes, guillemets, and single quotes where they are
  used as quotation marks (headlines, British outlets, quotes inside quotes).
  A single mark between letters ("Russia's", "wouldn't") or before a decade
  ("the '90s") is an apostrophe. A mark left open at the end of a paragraph
  makes the rest of that paragraph a quote, which the next paragraph continues
  when it opens with a mark (the newspaper convention for long quotes); it
  never reaches further, so an unbalanced mark cannot swallow an article.
* **Kind.** A quote that opens its sentence, or follows a colon or a comma, is
  *direct*; one woven into the writer's sentence (called it "fake") is
  *partial*. Marks after a title word ("the film", "Operation", "so-called")
  or inside a name (Viktor "The Hammer" Petrov) are no quote, nor is a partial
  fragment that no reporting or framing word attributes to anyone (scare
  quotes).
* **Attribution.** A direct quote looks for its cue after the closing mark
  ("...," Pompeo said; "...," said Pompeo), then before the opening mark
  (Lavrov said: "..."); a partial quote looks before it first (Zakharova
  called the statement "fake"). The speaker is the actor mention that is the
  subject of the cue: the one right before it (past an appositive: "Ruslan
  Pukhov, director of ..., told"), or right after it ("said Pukhov"), or
  after "according to". Pronoun mentions are resolved by
  :func:`~geopol_news.actors.extract_actors`; a nominal ("the analyst said")
  is the last person of that title. A quote with no attribution of its own
  continues the speaker of the quote before it in the same or the previous
  paragraph.
* **Indirect speech.** In sentences without marks, a speech verb that takes a
  clause makes an indirect quote: "Russia has denied convincing ...", "The
  Kremlin claims, however, that ...", "..., Makienko noted.", "According to
  U.S. officials, ...".
* **Headlines.** A quote in the headline that the body quotes again takes the
  body's speaker when the headline names the speaker's country or nobody
  ("Moscow accuses U.S. of "information war"" and the spokeswoman's words).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import string
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

import attrs

from geopol_news._patterns import alternation, trie_alternation
from geopol_news.actors import bare_paragraphs, extract_actors, given_name_gender
from geopol_news.data import calendar, cues, organizations, roles
from geopol_news.errors import expect_type
from geopol_news.model import (
    Actor,
    ActorKind,
    Gender,
    Mention,
    MentionKind,
    Quote,
    QuoteKind,
    Snippet,
    Span,
    _new_object,
    _slot_setters,
    _trusted_span,
)

__all__ = ["extract_quotes"]

_MENTION_START = operator.attrgetter("span.start")
_FOUND_START = operator.attrgetter("start")  # of a quote being put together
_SMALL_WORDS = frozenset(cues.TITLE_CASE_SMALL_WORDS)
_PRONOUN_GENDERS = {"he": Gender.MALE, "she": Gender.FEMALE}
_DIRECT = QuoteKind.DIRECT
_PARTIAL = QuoteKind.PARTIAL
_INDIRECT = QuoteKind.INDIRECT
# Enum members as module constants: an attribute of an enum class costs far more to read.
_K_GROUP = ActorKind.GROUP
_K_ORGANIZATION = ActorKind.ORGANIZATION
_K_PERSON = ActorKind.PERSON
_K_PLACE = ActorKind.PLACE
_M_DEMONYM = MentionKind.DEMONYM
_M_PRONOUN = MentionKind.PRONOUN
_M_TITLE = MentionKind.TITLE

# Frozen attrs classes set each field with ``object.__setattr__``; a text's spans, snippets
# and quotes are made by the dozen, so :func:`_span`, :func:`_snippet` and
# :meth:`_Reader.quote` fill their slots with the slots' own setters (as
# :func:`geopol_news.actors._mentions` fills a mention's), at about half the cost.
_SET_SNIPPET_TEXT, _SET_SNIPPET_SPAN = _slot_setters(Snippet, "text", "span")
(
    _SET_TEXT,
    _SET_SPAN,
    _SET_KIND,
    _SET_SPEAKER,
    _SET_SPEAKER_MENTION,
    _SET_CUE,
    _SET_ADDRESSEE,
    _SET_CHANNEL,
    _SET_CLAUSE,
    _SET_PARAGRAPH,
    _SET_IN_HEADLINE,
    _SET_GROUP,
) = _slot_setters(
    Quote,
    "text", "span", "kind", "speaker", "speaker_mention", "cue", "addressee", "channel",
    "clause", "paragraph", "in_headline", "group",
)  # fmt: skip

# -- marks ----------------------------------------------------------------------------
_DOUBLE_OPENERS = "\u201c\u201e\u00ab"  # “ „ «
_DOUBLE_CLOSERS = "\u201d\u00bb"  # ” »
_SINGLE_OPENER = "\u2018"  # left single quotation mark
_SINGLE_CLOSER = "\u2019"  # right single quotation mark, also the curly apostrophe
# Openers closed only by their own closers, with every other mark inside nested: « » and
# the German „ “ (also closed by ”).
_CLOSERS_OF = {"\u00ab": "\u00bb", "\u201e": "\u201c\u201d"}
# Quotation marks; two straight apostrophes stand for a straight double mark (''...'').
_SINGLE_MARKS = "'" + _SINGLE_OPENER + _SINGLE_CLOSER
_DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
_MARKS = _DOUBLE_MARKS + _SINGLE_MARKS
# A single mark that is a quotation mark, not an apostrophe between two letters or digits
# ("Russia's", "wouldn't"): one pattern for each mark, which opens with it, so that a
# search skips from one mark to the next (``[^\W_]`` is ``str.isalnum``).
_SINGLE_QUOTE_MARKS = tuple(
    re.compile(rf"{mark}(?:(?<![^\W_].)|(?![^\W_]))") for mark in _SINGLE_MARKS
)
# -- cue words --------------------------------------------------------------------------
# The first letters of English words, the most frequent first (see :func:`_cue_tries`).
_FIRST_LETTERS = "tasiwcbphfmdrelnguvyjkoqxz"
# A text copied to bytes for the scan for cue words: every character but an ASCII letter
# made a space (one byte a character, so offsets stay put; see :meth:`_Reader.scan_cues`).
_LETTERS_ONLY = bytes(
    byte if chr(byte).isascii() and chr(byte).isalpha() else 0x20 for byte in range(256)
)
_ALNUM = re.compile(r"[^\W_]")  # a letter or a digit, as str.isalnum
_DASHES = "\u2015\u2014\u2013-"  # horizontal bar, em and en dashes, hyphen
_DIRECT_AFTER = ":(" + _DASHES  # what may stand right before a direct quote
_OPEN_AFTER = " \t\u00a0([{/:" + _DASHES + _DOUBLE_OPENERS + '"'
_CLOSE_BEFORE = " \t\u00a0.,;:!?)]}/" + _DASHES + _DOUBLE_CLOSERS + '"'
_MAX_OPEN = 2000  # characters a mark left open may take to the end of its paragraph
_MAX_SINGLE = 400  # characters between single marks used as quotation marks
# What a quoted paragraph of speech ends with (a display line in marks ends with none)
_SPEECH_ENDS = ".!?,;:\u2026-\u2013\u2014"
_MAX_DISPLAY = 104  # characters of a display line: a subheading's 100 (see layout) and marks
_THAT_REACH = 6  # words between a clause verb and its "that" ("said in a statement that")
_NOMINAL_REACH = 40  # mentions back from "the analyst" in which the analyst is looked for
_IT_REACH = 400  # characters back from "it says" in which its organisation is looked for
_DOCUMENT_REACH = 3000  # characters back from "the report said" in which "a report" is looked for
_OBJECT_REACH = 16  # characters from "he" to a name its verb takes: "he tells Foster"
_DOCUMENT_LOOKS = 6  # mentions of the document's noun looked at there, the latest first

# -- sentences ------------------------------------------------------------------------
# A sentence ends at ., ! or ? (with any closing marks after it) before white space and
# a capital, a digit or an opening mark.
_CLOSING_MARKS = r"[\"'\u201d\u2019)\u00bb]*"
# the next sentence may open with a mark, or two apostrophes standing for one (''We)
_NEXT_SENTENCE = r"(?=\s+(?:''|[\"'\u201c\u2018(\u00ab])?[A-Z0-9\u00c0-\u00de])"
# The first stop is written out of the repeat so that ``re`` can skip to it without
# trying the pattern at every character.
_SENTENCE_END = re.compile(rf"[.!?][.!?]*{_CLOSING_MARKS}{_NEXT_SENTENCE}")
# The same, for a paragraph with no ! or ?: a literal first character is found faster
# still than one of a class.
_FULL_STOP_END = re.compile(rf"\.\.*{_CLOSING_MARKS}{_NEXT_SENTENCE}")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "U.S", "J"

# -- attribution ----------------------------------------------------------------------
_SPACE = r"[ \u00a0]"
# Up to four lower-case words between a subject and its verb: "Maduro himself has also".
_WORDS_GAP = re.compile(rf"(?:{_SPACE}+[a-z][a-z'\u2019-]*){{0,4}}{_SPACE}+")
_MAX_GAP = 200  # characters a gap of a few words may take (longer: no gap, and no pattern run)
# An appositive closing right before the verb: "Pukhov, director of the Centre ..., told".
_APPOSITIVE_GAP = re.compile(
    rf"""
    [^"\u201c\u201d.!?;]{{0,200}}     # the clause so far, within one sentence
    ,(?:{_SPACE}+[a-z]+){{0,3}}        # the appositive's closing comma, "has also"
    {_SPACE}+
    """,
    re.VERBOSE,
)
_FOLD_WORDS = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
# What stands between a speaker's mention and the cue when the mention only anchors a
# description of who speaks: "the Kremlin's spokesman said", "a State Department official
# said", "the Clinton campaign has said": a possessive or none, then lower-case words.
_DESCRIBED_GAP = re.compile(rf"(?:['\u2019]s?)?(?:{_SPACE}+[a-z][a-z'\u2019-]*){{1,4}}{_SPACE}+")
_GAP_WORD = re.compile(r"[a-z][a-z'\u2019-]*")
# An article and up to two lower-case modifiers before that mention: "a former", "the top".
_ARTICLE_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?)((?:{_SPACE}+[a-z][a-z-]*){{0,2}}){_SPACE}+$")
_THAT_BEFORE = re.compile(r"\bthat,?$")  # a complementiser right before the marks
# A passive that names, right before the marks: "referred to as", "known (locally) as".
_LABEL_BEFORE = re.compile(r"\b(?:referred\s+to|known)(?:\s+[a-z]+ly)?\s+as\s*$")
_LABEL_REACH = 50  # characters back from the marks in which such a passive is looked for
# What joins two names or labels in marks: '"the night crew" -- or, simply, "the crew"'
_JOINED_TITLE = re.compile(
    r"[\s,\u2014\u2013-]*"  # a comma or a dash after the first
    r"\b(?:or|and)\b[\s,]*"  # the joiner
    r"(?:[a-z]+ly\b[\s,]*)?"  # an adverb: "or, simply,"
)
# A dash between a name and the opening mark of the words it says: "Mitt Romney -- '...'".
_DASH_BEFORE = re.compile(rf"{_SPACE}*(?:--|\u2014|\u2013){_SPACE}*$")
_DASH_AFTER = re.compile(rf"[.,!?]?{_SPACE}*(?:--|\u2014|\u2013)")  # the aside's closing dash
# Between a closing mark and a cue right after it ('"...," said'): only marks and spaces.
_INVERTED = re.compile(rf"[,\u201d\"']*{_SPACE}*")


def _capitalised_too(words: Iterable[str]) -> str:
    """An alternation of *words* that also takes each capitalised: "(?:[Ss]ome|...)"."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(words))


# A document's introduction: the words before its noun, an article or a possessive then up
# to three modifiers ("a new 40-page report", "its annual survey", "the firm's white paper"),
# and a "by" or "from" after it that names its issuer ("a report by the budget office").
_DEFINITE = frozenset({"the", "this"})  # a document named before, not brought in here
_DOCUMENT_DETERMINER = re.compile(
    rf"""
    (?:
        \b(?P<det>{_capitalised_too({*cues.ARTICLES, *_DEFINITE, *cues.POSSESSIVE_PRONOUNS})})
      | (?P<owner>['\u2019]s?)                     # or a possessive's mark, its owner no actor
    )
    (?:{_SPACE}+[a-z0-9][a-z0-9-]*){{0,3}}                           # "new", "40-page"
    {_SPACE}+$
    """,
    re.VERBOSE,
)
_DOCUMENT_WORDS = 4  # the most words it spans: the determiner (or the owner's) and three
_ISSUED_BY = re.compile(rf"{_SPACE}+(?:by|from){_SPACE}+(?:the{_SPACE}+)?")

# "the analyst", "a senior official": an article, up to two modifiers, the role noun.
# A lower-case modifier of a nominal, not a word that opens a clause ("and sources
# said": "and" is no modifier of "sources").
_MODIFIER = rf"(?!(?:{alternation(cues.CLAUSE_OPENERS)})\b)[a-z][a-z-]*{_SPACE}+"
_NOMINAL_WORDS = 5  # the most words it spans
_NOMINAL = re.compile(
    rf"""
    (?:\b(?P<article>[Tt]he|[Aa]n?|{_capitalised_too(cues.QUANTIFIERS)}
        |{_capitalised_too(cues.POSSESSIVE_PRONOUNS)}){_SPACE}+)?  # "his aides"
    (?(article)(?:[A-Z][\w.'\u2019-]*{_SPACE}+){{0,2}})  # after an article, up to two
                                                    # capitalised words: "the Vermont"
    \b(?:{_MODIFIER}){{0,2}}                        # up to two modifiers: "senior U.S."
    (?P<noun>[A-Za-z][a-z]+)                        # the noun: "analyst", "Sources"
    {_SPACE}*$
    """,
    re.VERBOSE,
)
# How many words a framing verb's object may have before the framed fragment: "called
# the former Miss Universe "disgusting"".
_FRAMED_WORDS = 8
# Between a person and the body they belong to: "Tim Guest with the Health Authority",
# "Ana Berg of IG", "professor Kent Moore at the University of Toronto".
_MEMBER_OF = re.compile(rf"{_SPACE}+(?:of|with|at|from){_SPACE}+(?:the{_SPACE}+)?")
_THE_AFTER = re.compile(rf"{_SPACE}+(the){_SPACE}+")  # "said the analyst": its "the"
# '"...," said a neighbour': an article or a quantifier opening the subject after the verb.
_ANY_ARTICLE_AFTER = re.compile(
    rf"{_SPACE}+(the|an?|another|{'|'.join(sorted(cues.QUANTIFIERS))}){_SPACE}+"
)
_COMMON_NOUN = re.compile(r"[a-z]+(?:-[a-z]+)*")  # "neighbour", "passer-by"
# A nominal's complement right before the cue: " for the family", " of the club".
_COMPLEMENT_WORDS = frozenset(cues.COMPLEMENT_PREPOSITIONS)
_COMPLEMENT = re.compile(
    rf"{_SPACE}+(?:{'|'.join(sorted(_COMPLEMENT_WORDS))}){_SPACE}+(?:the{_SPACE}+)?"
    rf"(?:[a-z][a-z-]*{_SPACE}+){{1,2}}$"
)
_NOMINAL_WORD = re.compile(r"[\w'\u2019-]+")
_NOMINAL_ENDS = frozenset({"of", "at", "for", "who", "with", "from", "in"})
# A transcript's speaker label opening quoted words: "WALLACE: ", "SEN. KAINE: ".
_TURN_LABEL = re.compile(r"((?:[A-Z][A-Z'\u2019.-]+ ){0,2}[A-Z][A-Z'\u2019-]+):[ \u00a0]")
_LAST_WORD = re.compile(rf"\b([a-z]+){_SPACE}*$")
# The commonest clause verbs, which no determiner ever makes a noun or an adjective (unlike
# "those claims", "the alleged"): no need to look at the word before them.
_NEVER_NOUNS = frozenset({"said", "says", "say", "told", "tells", "tell", "saying", "telling"})
_PRONOUN_DETERMINERS = frozenset({"any", "no", "some", "that"})  # also subjects
_WORD_BEFORE = re.compile(rf"([\w'\u2019]+){_SPACE}+$")  # any word, right before a position
_PARTICIPLE_CLAUSE = re.compile(r", [a-z]+ing\b")  # ", writing": a clause of the subject's
_NEXT_WORD = re.compile(rf"{_SPACE}+([a-z]+)\b")  # the lower-case word right after a position
# "than" and a subject of one to three words right before a verb: "lower than Acme says"
_THAN_BEFORE = re.compile(rf"\bthan(?:{_SPACE}+[\w.'\u2019-]+){{1,3}}{_SPACE}+$")
# Whom words were told to, when no actor is named: "told the assembly:", "told reporters".
_AUDIENCE = re.compile(
    rf"""
    {_SPACE}+
    (
        (?:(?:the|a|an|his|her|its|their){_SPACE}+)?     # a determiner
        [a-z][a-z-]*                                      # a noun, up to three words,
        (?:{_SPACE}+(?!that\b|in\b|on\b|at\b|during\b|after\b|before\b|when\b)
            [a-z][a-z-]*){{0,2}}                          # not a preposition or "that"
    )
    (?=[,:;.]|{_SPACE}+(?:that|in|on|at|during|after|before|when)\b)
    """,
    re.VERBOSE,
)
# "They say", "we have said": a pronoun no actor resolves, as a reporter of indirect speech.
_PLURAL_PRONOUN = re.compile(rf"\b([Tt]hey|[Ww]e|I){_SPACE}+(?:[a-z]+{_SPACE}+){{0,2}}$")
# A dash before a signature: '"..." - Anna Kavrosk', '"..." -- the minister'.
_SIGNATURE = re.compile(rf"[,.]?{_SPACE}*(?:--?|\u2015|\u2014|\u2013){_SPACE}*")  # dashes, bar
# "It says", "it has also claimed": the pronoun as a subject right before its verb.
# "which" as the subject right before its verb: a thing reports, not a person.
_WHICH = re.compile(rf"\b[Ww]hich(?:{_SPACE}+[a-z]+)?{_SPACE}+$")
# "who" after a pronoun for people no one names: "those who say", "anyone who claims"
_ANYONE_WHO = re.compile(
    rf"\b(?:{alternation(cues.INDEFINITE_PEOPLE)}){_SPACE}+who(?:{_SPACE}+[a-z]+)?{_SPACE}+$",
    re.IGNORECASE,
)
_IT = re.compile(rf"\b[Ii]t(?:{_SPACE}+[a-z]+){{0,2}}{_SPACE}+$")
# At most two words before the first name of a clause: "The", "Senior U.S."...
_LEADING_WORDS = re.compile(rf"(?:[\w.'\u2019-]+{_SPACE}+){{0,2}}")
_MAX_OPENING = 240  # characters before a name that opens its clause (six words, long ones)
# The most words before a name that opens its clause with its title: "Chinese foreign
# ministry spokeswoman", "The former Porthaven city councillor".
_TITLE_WORDS = 6
_DEFINED_WORDS = 2  # words in marks that may be a term defined ('A "renoviction" is')
_DEFINED_HEAD = 8  # characters before such marks in their sentence: an article at most
_GERUND = re.compile(r"[a-z]{3,}ing\b")
# What may stand before a cue that opens its clause: nothing, or a comma, colon or dash.
_CLAUSE_OPENERS = ",:;\u2013\u2014"
# A speaker set off right before the quote: 'says Ana Lind, "', 'Said Ana Lind: "'.
_SET_OFF = re.compile(r"[ \u00a0]*[,:][ \u00a0]*")
_CLAUSE_WORDS = re.compile(r"[\u2013\u2014]|[^\s\u2013\u2014]+")  # words, and dashes
_CLAUSE_STOPS = ",;:(\u2013\u2014"  # what ends the words read for it
_PAST_TENSE = re.compile(r"[a-z]{2,}ed")  # a regular past tense (or a participle)
# The plural unit words of the calendar table ("minutes", "days"): a time before "later"
_TIME_UNITS = frozenset(word for word in calendar.UNITS if word.endswith("s"))
_AFTER_A_TIME = frozenset({"later", "earlier", "afterwards"})
_CLAUSE_TIME_WORDS = 6  # how far in "a couple of minutes later" may end
_CLAUSE_REACH = 12  # words read for a finite verb after "suggested", "vowed"
# "he said", "she has said": a singular pronoun as the subject right before its verb.
_PRONOUN_SUBJECT = re.compile(rf"\b([Hh]e|[Ss]he)(?:{_SPACE}+[a-z]+)?{_SPACE}+$")
# How far a reporter and what closes its sentence stand from the verb, at most: ", and the
# Vermont senator's top aide said" and "..., Ida Quell told reporters on Monday."
_SUBJECT_REACH = 120
# The longest sentence whose reported clauses are split between two reporters: real ones are
# far shorter, and a text with no sentence end would make each split cost its whole length.
_LONG_SENTENCE = 2_000
# How much of what follows a clause verb is read to tell whether the verb ends its sentence.
_TAIL_CHARS = 300
# A possessive, a noun and a comma between an owner and a person: "'s business partner, ".
_OWNED_ROLE = re.compile(rf"['\u2019]s{_SPACE}+(?:[a-z-]+{_SPACE}+){{0,2}}[a-z-]+,{_SPACE}+")
# Where a second clause of a sentence starts: ", and", ", but", ", while", ";".
_NEW_CLAUSE = re.compile(rf"(?:,{_SPACE}+(?:and|but|while|whereas)|;){_SPACE}+")
# "..., and said", "and also noted": a verb coordinated with the one before it.
_AND_BEFORE = re.compile(rf",?{_SPACE}+and(?:{_SPACE}+(?:also|later|then))?{_SPACE}+$")
# The capitalised words that go on after a name an actor covers in part: "CBC| News".
_NAME_GOES_ON = re.compile(r"(?:[ \u00a0][A-Z][\w&'\u2019-]*)*")
# An addressee after "told" that no actor covers: capitalised words ("the Vancouver
# Sun", "The Canadian Press"), or a determiner, a modifier and an audience noun.
_PROPER_AUDIENCE = re.compile(
    rf"{_SPACE}+(?:[Tt]he{_SPACE}+)?[A-Z][\w&'\u2019-]*(?:{_SPACE}[A-Z][\w&'\u2019-]*){{0,3}}"
)
_COMMON_AUDIENCES = tuple(
    re.compile(rf"{_SPACE}+(?:(?:the|a|an|his|her|their){_SPACE}+)?{modifier}(?P<noun>[a-z]+)\b")
    for modifier in ("", rf"[a-z-]+{_SPACE}+")  # with no modifier first, then with one
)
# The source after "according to" when no actor is named: a determiner and up to four
# lower-case words, up to a comma or the end ("according to the report,").
_ACCORDING_NOMINAL = re.compile(
    rf"{_SPACE}+((?:the|a|an|its|their|his|her){_SPACE}+[a-z-]+(?:{_SPACE}+[a-z-]+){{0,3}}|[a-z]+s)(?=[,.]|$)"
)
# A time word after a verb: "said Monday", "said on Friday", "said yesterday".
_TIME_AFTER = re.compile(rf"{_SPACE}+(?:on{_SPACE}+)?(?P<word>[A-Za-z]+)\b")
_NUMBER_AFTER = re.compile(rf"{_SPACE}+\$?\d")
_OBJECT_PRONOUN = re.compile(rf"{_SPACE}+(?:him|her|them|us|me)\b")
_GAP_STOPS = frozenset(',;:"\u201c\u201d')  # what no gap inside one noun phrase holds

_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9\u00c0-\u00de\"\u201c]")
_FIRST_WORD = re.compile(r"[a-z]+")
# Who issued a statement: "released by the State Department", "by the foreign ministry".
_BY = re.compile(
    rf"""
    {_SPACE}+
    (?:(?:released|issued|published|posted|sent|put{_SPACE}+out){_SPACE}+)?  # participle
    by{_SPACE}+
    (                                             # the issuer: up to five words,
        (?:the{_SPACE}+)?[\w.'\u2019-]+           # stopping before a preposition
        (?:{_SPACE}+(?!on\b|in\b|at\b|that\b|to\b)[\w.'\u2019-]+){{0,4}}
    )
    """,
    re.VERBOSE,
)


@functools.cache
def _cue_tries() -> dict[str, str]:
    """Every cue word but "according to" (speech, framing and clause verbs, speech nouns),
    as one trie for each first letter, by that letter, the most frequent initials first.

    Tries of the words, so that the scan of a story costs about as much as finding its
    words; ``re`` tries the branches in order at every word, and no two branches start
    with the same letter, so their order changes no match, only how soon the branch of
    a word is reached."""
    words = {
        *cues.SPEECH_VERBS,
        *cues.SPEECH_VERB_EXTRA,
        *cues.FRAMING_VERBS,
        *cues.SPEECH_NOUNS,
        *cues.CLAUSE_VERBS,
    } - {"according"}
    initials = sorted({word[0] for word in words}, key=lambda c: (_FIRST_LETTERS.find(c), c))
    return {
        initial: trie_alternation(word for word in words if word[0] == initial)
        for initial in initials
    }


def _cue_words() -> str:
    """Every cue word: speech, framing and clause verbs, speech nouns, "according to"."""
    return rf"(?:{'|'.join(_cue_tries().values())}|[Aa]ccording[ \u00a0]+to)\b"


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    """A cue word (group 1) with the character before it, which is neither a letter nor
    a hyphen: a word inside another or after a hyphen is no cue ("so-called").

    The character is matched rather than looked behind at so that ``re`` only tries
    the words at the characters that may come before one, not at every character."""
    return re.compile(rf"[^A-Za-z-]({_cue_words()})")


@functools.cache
def _copy_cue_pattern() -> re.Pattern[bytes]:
    """A cue word in a letters-only copy of a text (see :data:`_LETTERS_ONLY`), with a
    space before and after it, where the text has any character but an ASCII letter.

    A scan for a space is the fastest ``re`` has: it tries the words only after one,
    where :func:`_cue_pattern` checks every character against a class first. Every
    branch opens with a letter, not a class ("according" and "According" rather than
    "[Aa]ccording"): ``re`` passes over such a branch with one comparison. "according to"
    goes in the branch of the other words in "a": the scan of each word that is no cue
    (most spaces are before one) passes over every branch, one fewer costs less."""
    tries = dict(_cue_tries())
    a_words = tries.get("a")
    tries["a"] = "according +to" if a_words is None else f"(?:{a_words}|according +to)"
    branches = "|".join(tries.values())
    return re.compile(rf" (?:{branches}|According +to)(?= )".encode("ascii"))


@functools.cache
def _first_cue_pattern() -> re.Pattern[str]:
    """A cue word at the very start of the text, with no character before it."""
    return re.compile(_cue_words())


# The most words an anonymous source spans (see :func:`_source_pattern`): an article or a
# quantifier, two modifiers, the noun, the longest post-modifier and six words after it.
_SOURCE_WORDS = (
    max(1, *(len(word.split()) for word in cues.QUANTIFIERS))
    + 2
    + 1
    + max(len(phrase.split()) for phrase in cues.SOURCE_POSTMODIFIERS)
    + 6
)


@functools.cache
def _source_pattern() -> re.Pattern[str]:
    """An anonymous source ending right before a reporting verb: a determiner, up to
    two modifiers, the noun, a post-modifier and up to six words ("a person familiar
    with the negotiations")."""
    postmodifier = "|".join(
        f"{_SPACE}+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(cues.SOURCE_POSTMODIFIERS, key=len, reverse=True)
    )
    return re.compile(
        rf"""
        (?:\b(?P<article>[Aa]n?|{_capitalised_too(cues.QUANTIFIERS)}){_SPACE}+)?
        \b(?:{_MODIFIER}){{0,2}}                      # modifiers: "senior", "U.S."
        (?P<noun>[A-Za-z][a-z]+){_SPACE}+              # the noun: "person", "officials"
        (?P<modifier>(?:{postmodifier})                # "familiar with"
            (?:{_SPACE}+[\w.'\u2019-]+){{1,6}})        # "the negotiations"
        ,?{_SPACE}*$
        """,
        re.VERBOSE,
    )


@functools.cache
def _channel_phrase() -> str:
    """How the words came: "in a statement", "on his Twitter account", "via telephone"."""
    nouns = alternation(cues.CHANNEL_NOUNS)
    return (
        r"(?i:on|via|in|through|during|at|according[ \u00a0]+to)[ \u00a0]+"
        r"(?:(?:a|an|the|his|her|its|their)[ \u00a0]+)?"
        r"(?:[\w-]+[ \u00a0]+){0,2}?"
        rf"(?:{nouns})\b"
    )


# The letters a channel can start with (its prepositions' first letters, case-blind, so
# also the dotted and dotless I).
_CHANNEL_INITIALS = "AaDdIiOoTtVv\u0130\u0131"
# The fewest characters a search for a channel reads: the character before it, the
# shortest preposition ("on"), a space and the shortest noun.
_SHORTEST_CHANNEL = 4 + min(len(noun) for noun in cues.CHANNEL_NOUNS)
_ASCII_WORD = re.compile(r"[A-Za-z]+")  # the ASCII letters a word opens with


@functools.cache
def _channel_pattern() -> re.Pattern[str]:
    """A channel starting a word."""
    return re.compile(rf"\b{_channel_phrase()}")


@functools.cache
def _channel_search_pattern() -> re.Pattern[str]:
    """A channel (group 1) with the character before it, which is no word character:
    a search for it tries the phrase only after such characters, where a search for
    :func:`_channel_pattern` tries it at every character. A look at the next character
    first, for a letter a preposition of the phrase can start with (case-blind, so also
    the dotted and dotless I), skips most of them cheaply."""
    return re.compile(rf"\W(?=[{_CHANNEL_INITIALS}])({_channel_phrase()})")


@functools.cache
def _copy_channel_noun_pattern() -> re.Pattern[bytes] | None:
    """The first word of a channel noun ("press" of "press conference", "e" of "e-mail")
    in a letters-only copy of a text (see :data:`_LETTERS_ONLY`), after a space and before
    one or the end of the stretch searched. A channel ends with its noun, so a stretch
    where this finds nothing holds no channel, and a search of the copy (for a space, the
    fastest ``re`` has) costs a fraction of one for :func:`_channel_search_pattern`, which
    tries its phrase after every character that is not a letter or a digit. None when a
    channel noun opens with anything but an ASCII letter, which the copy does not keep."""
    firsts = set()
    for noun in cues.CHANNEL_NOUNS:
        first = _ASCII_WORD.match(noun)
        if first is None:
            return None
        firsts.add(first.group())
    return re.compile(rf" {trie_alternation(firsts)}(?= |$)".encode("ascii"))


@functools.cache
def _addressee_pattern() -> re.Pattern[str]:
    return re.compile(rf"[ \u00a0]+({alternation(cues.ADDRESSEE_NOUNS)})\b")


@attrs.frozen
class _Tables:
    speech: frozenset[str]
    framing: frozenset[str]
    verbs: frozenset[str]  # speech and framing verbs
    nouns: frozenset[str]
    clause: frozenset[str]
    subject_pronouns: frozenset[str]
    title_nouns: frozenset[str]
    abbreviations: frozenset[str]
    longest_abbreviation: int
    longest_preposition: int
    role_nouns: frozenset[str]
    role_words: frozenset[str]  # role nouns and their modifiers ("foreign", "senior")
    prepositions: frozenset[str]
    clause_openers: frozenset[str]
    non_clause_openers: frozenset[str]
    noun_phrase_verbs: frozenset[str]
    object_or_clause_verbs: frozenset[str]
    finite_markers: frozenset[str]
    clause_subjects: frozenset[str]
    determiners: frozenset[str]
    name_prepositions: frozenset[str]  # "of", "on": before a name in marks ('on "Face the Nation"')
    naming: frozenset[str]  # "called": before a name in marks ('an app called "Screen Time"')
    not_named_after: frozenset[str]  # "he", "that": "he called" is a verb, not a naming
    defining: frozenset[str]  # "is", "means": after a word in marks that is defined
    articles: frozenset[str]  # "a", "an", "the"
    subordinators: frozenset[str]  # "although", "if": a clause inside a reported one
    title_abbreviations: dict[str, str]
    speaker_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    unrealised: frozenset[str]
    source_nouns: frozenset[str]
    audiences: frozenset[str]
    source_hints: tuple[str, ...]  # the first word of each post-modifier of a source
    org_nouns: frozenset[str]
    time_words: frozenset[str]
    addressing: frozenset[str]  # "told": its object is spoken to
    told_clause_openers: frozenset[str]  # "told he had ...": no one told, a passive
    documents: frozenset[str]  # "statement", "report": what a speaker issues
    evidence: frozenset[str]  # "survey", "data": findings, which point to things
    indicating: frozenset[str]  # "suggests": speech, or a finding's pointing
    subject_prepositions: frozenset[str]  # "of" in "a review of the data": after the head
    collectives: frozenset[str]  # "family", "crowd": many people, no one person
    proxies: frozenset[str]  # "spokesman", "campaign": who speaks for the actor named
    proxy_enders: frozenset[str]  # "former": no longer speaks for it
    possessives: frozenset[str]  # "his" in "his aides said"


@functools.cache
def _tables() -> _Tables:
    # and the dotted titles ("Del. Stacey Plaskett" goes on after "Del.")
    abbreviations = frozenset(cues.ABBREVIATIONS) | {
        form[:-1].lower() for form in roles.TITLES if form.endswith(".") and " " not in form
    }
    return _Tables(
        speech=frozenset(cues.SPEECH_VERBS) | frozenset(cues.SPEECH_VERB_EXTRA),
        framing=frozenset(cues.FRAMING_VERBS),
        verbs=frozenset(cues.SPEECH_VERBS)
        | frozenset(cues.SPEECH_VERB_EXTRA)
        | frozenset(cues.FRAMING_VERBS),
        nouns=frozenset(cues.SPEECH_NOUNS),
        clause=frozenset(cues.CLAUSE_VERBS),
        subject_pronouns=frozenset(cues.SUBJECT_PRONOUNS),
        title_nouns=frozenset(cues.TITLE_NOUNS),
        abbreviations=abbreviations,
        longest_abbreviation=max(len(word) for word in abbreviations),
        role_nouns=frozenset(roles.ROLE_NOUNS),
        role_words=frozenset(roles.ROLE_NOUNS) | roles.ROLE_MODIFIERS,
        prepositions=frozenset(cues.OBJECT_PREPOSITIONS),
        longest_preposition=max(len(word) for word in cues.OBJECT_PREPOSITIONS),
        clause_openers=frozenset(cues.CLAUSE_OPENERS),
        non_clause_openers=frozenset(cues.NON_CLAUSE_OPENERS),
        noun_phrase_verbs=frozenset(cues.NOUN_PHRASE_VERBS),
        object_or_clause_verbs=frozenset(cues.OBJECT_OR_CLAUSE_VERBS),
        finite_markers=frozenset(cues.FINITE_MARKERS),
        clause_subjects=frozenset(cues.CLAUSE_SUBJECT_PRONOUNS),
        determiners=frozenset(cues.DETERMINERS),
        name_prepositions=frozenset(cues.PHRASE_PREPOSITIONS),
        naming=frozenset(cues.NAMING_PARTICIPLES),
        defining=frozenset(cues.DEFINING_VERBS),
        articles=frozenset(cues.ARTICLES),
        not_named_after=frozenset(cues.CLAUSE_SUBJECT_PRONOUNS) | frozenset(cues.RELATIVE_PRONOUNS),
        subordinators=frozenset(cues.SUBORDINATORS),
        title_abbreviations=dict(roles.TITLE_ABBREVIATIONS),
        speaker_nouns=frozenset(cues.SPEAKER_NOUNS),
        auxiliaries=frozenset(cues.AUXILIARIES),
        unrealised=frozenset(cues.UNREALISED_MARKERS),
        source_nouns=frozenset(cues.SOURCE_NOUNS),
        audiences=frozenset(cues.AUDIENCE_NOUNS),
        source_hints=tuple(sorted({phrase.split()[0] for phrase in cues.SOURCE_POSTMODIFIERS})),
        org_nouns=frozenset(organizations.ORG_NOUNS),
        time_words=frozenset(cues.TIME_WORDS)
        | frozenset(name.lower() for names in calendar.WEEKDAYS for name in names),
        addressing=frozenset(cues.ADDRESSING_VERBS),
        told_clause_openers=frozenset(cues.TOLD_CLAUSE_OPENERS),
        documents=frozenset(cues.DOCUMENT_NOUNS),
        evidence=frozenset(cues.EVIDENCE_NOUNS),
        indicating=frozenset(cues.INDICATING_VERBS),
        subject_prepositions=frozenset(cues.SUBJECT_PREPOSITIONS),
        collectives=frozenset(cues.COLLECTIVE_NOUNS),
        proxies=frozenset(cues.PROXY_NOUNS),
        proxy_enders=frozenset(cues.PROXY_ENDERS),
        possessives=frozenset(cues.POSSESSIVE_PRONOUNS),
    )


# -- pieces of quoted text --------------------------------------------------------------


class _Piece:
    """The quoted words between two marks (or an open mark and the paragraph's end)."""

    __slots__ = ("block", "close", "double", "end", "open", "open_ended", "start")

    def __init__(
        self,
        block: int,
        open_: int,
        close: int,
        double: bool,
        open_ended: bool,
        width: int = 1,
    ) -> None:
        self.block, self.open, self.close = block, open_, close
        self.double, self.open_ended = double, open_ended
        self.start, self.end = open_ + width, close  # width: of the opening mark


def _can_open(text: str, at: int, stop: int, start: int, end: int) -> bool:
    """Whether the mark from *at* to *stop* can open a quote: after a space or an opening
    bracket or dash, before a word."""
    before = text[at - 1] if at > start else " "
    after = text[stop] if stop < end else " "
    return before in _OPEN_AFTER and not after.isspace()


def _can_close(text: str, at: int, stop: int, start: int, end: int) -> bool:
    """Whether the mark from *at* to *stop* can close a quote: after a word, before a
    space or punctuation."""
    before = text[at - 1] if at > start else " "
    after = text[stop] if stop < end else " "
    return not before.isspace() and (after in _CLOSE_BEFORE or after in "'\u2019")


def _is_apostrophe(text: str, at: int, start: int, end: int) -> bool:
    """A single mark inside a word ("Russia's", "wouldn't"), before a decade ("'90s") or
    in an elision ("rock 'n' roll")."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return True
    if after.isdigit():
        return True  # "the '90s", "'19"
    return text[at + 1 : at + 3] in ("n'", "n\u2019") and before.isspace()


def _mark_positions(text: str, start: int, end: int) -> list[int]:
    """Where the quotation marks (any of :data:`_MARKS`) stand between *start* and *end*,
    in order, but for the single marks between two letters or digits, which are
    apostrophes. One ``str.find`` pass per double mark and one search per single mark:
    a news story holds few marks, and both skip the text between them faster than a
    pattern for every mark.

    >>> _mark_positions('He said "no" to Russia\u2019s \u2018plan\u2019.', 0, 32)
    [8, 11, 25, 30]
    """
    found = []
    for mark in _DOUBLE_MARKS:
        at = text.find(mark, start, end)
        while at != -1:
            found.append(at)
            at = text.find(mark, at + 1, end)
    for mark, pattern in zip(_SINGLE_MARKS, _SINGLE_QUOTE_MARKS, strict=True):
        at = text.find(mark, start, end)  # searched from the first, if there is one
        if at != -1:
            found.extend(match.start() for match in pattern.finditer(text, at, end))
    found.sort()
    return found


def _marks_by_block(text: str, blocks: Sequence[Span]) -> dict[int, list[tuple[int, int]]]:
    """The quotation marks, as (start, end), of each block that has any, from one scan
    over the blocks (sorted, not overlapping). A single mark between two letters or
    digits is an apostrophe ("Russia's", "wouldn't") and is left out; two like single
    marks in a row are one double mark (''...'', and a curly closing pair after a curly
    double opening mark)."""
    found: dict[int, list[tuple[int, int]]] = {}
    if not blocks:
        return found
    block, count = 0, len(blocks)
    skip = -1
    for at in _mark_positions(text, blocks[0].start, blocks[-1].end):
        if at == skip:
            continue  # the second apostrophe of ''
        stop = at + 1
        if text[at] in _SINGLE_MARKS and text[stop : stop + 1] == text[at]:
            # '' (or a curly pair closing a curly double mark) stands for a double mark
            stop = skip = at + 1
            stop += 1
        while block < count and blocks[block].end <= at:
            block += 1
        if block == count:
            break
        span = blocks[block]
        if span.start <= at and stop <= span.end:
            found.setdefault(block, []).append((at, stop))
    return found


def _pieces_of(
    text: str, block: int, start: int, end: int, marks: Sequence[tuple[int, int]]
) -> list[_Piece]:
    """Pair the *marks* of one paragraph (linear: one pass, at most one open mark per
    level)."""
    pieces: list[_Piece] = []
    double = single = -1
    width = 1  # of the open double mark: 2 for ''
    for at, stop in marks:
        mark = '"' if stop - at == 2 else text[at]  # '' is a straight double mark
        if double >= 0 and text[double] in _CLOSERS_OF:
            if mark in _CLOSERS_OF[text[double]]:
                pieces.append(_Piece(block, double, at, True, False, width))
                double = single = -1
            continue  # inside guillemets or „German marks“, other marks are nested
        if mark in _DOUBLE_OPENERS:
            if double >= 0:
                _reopened(text, block, double, at, pieces, width)
            double, single, width = at, -1, 1
        elif mark in _DOUBLE_CLOSERS:
            if double >= 0:
                pieces.append(_Piece(block, double, at, True, False, width))
            double = single = -1
        elif mark == '"':
            if double >= 0 and _can_close(text, at, stop, start, end):
                pieces.append(_Piece(block, double, at, True, False, width))
                double = single = -1
            elif _can_open(text, at, stop, start, end):
                if double >= 0:
                    _reopened(text, block, double, at, pieces, width)
                double, single, width = at, -1, stop - at
        elif double >= 0:
            continue  # a single mark inside a double quote belongs to it
        elif _is_apostrophe(text, at, start, end):
            continue
        elif mark == _SINGLE_OPENER or (
            mark == "'" and single < 0 and _can_open(text, at, stop, start, end)
        ):
            single = at
        elif single >= 0 and _can_close(text, at, stop, start, end):
            if at - single <= _MAX_SINGLE:
                pieces.append(_Piece(block, single, at, False, False))
            single = -1
    if double >= 0 and end - double <= _MAX_OPEN:
        pieces.append(_Piece(block, double, end, True, True, width))
    return [piece for piece in pieces if _trimmed(text, piece)]


def _reopened(
    text: str, block: int, double: int, at: int, pieces: list[_Piece], width: int
) -> None:
    """A mark opening while another (at *double*) is open: when the open quote ends a
    sentence right before it, the quote was continued (a paragraph break lost in the dump:
    '"... poorest. "Two million ..."'); the open part becomes a piece of its own. Otherwise
    the first mark was stray and is dropped."""
    if at - double > _MAX_OPEN:
        return
    end = at
    while end > double and text[end - 1].isspace():
        end -= 1
    if end < at and text[end - 1] in ".!?":
        pieces.append(_Piece(block, double, at, True, True, width))


def _trimmed(text: str, piece: _Piece) -> bool:
    """Trim white space inside the marks; whether any words are left."""
    start, end = piece.start, piece.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    piece.start, piece.end = start, end
    if start < end and text[start].isalnum():
        return True  # (most quoted words open with a letter: no search)
    return _ALNUM.search(text, start, end) is not None


# -- reading ----------------------------------------------------------------------------


class _Cue:
    """A cue word of the text: where it stands, its block and what it can introduce."""

    __slots__ = ("according", "block", "end", "start", "verb", "word")

    def __init__(self, start: int, end: int, word: str, block: int, verbs: frozenset[str]):
        self.start, self.end, self.word, self.block = start, end, word, block
        self.verb = word.lower() in verbs  # a speech or framing verb
        self.according = word[1:9] == "ccording"  # "according to"


@attrs.define
class _Found:
    """A quote being put together."""

    piece: _Piece | None
    start: int
    end: int
    kind: QuoteKind
    block: int
    speaker: int = -1  # index into the reader's mentions
    mention: Mention | None = None  # a nominal speaker ("the analyst"), not an actor mention
    cue: Span | None = None
    addressee: Span | None = None
    channel: Span | None = None
    clause: Span | None = None
    group: int = -1
    sentence: tuple[int, int] = (0, 0)


class _Reader:
    """Reads the quotes of one text; one instance per call."""

    def __init__(
        self,
        source: str,
        blocks: Sequence[Span],
        actors: Sequence[Actor],
        headlines: frozenset[int],
    ) -> None:
        self.source = source
        self.blocks = blocks
        self.headlines = headlines
        self.given = actors
        self.block_starts = [span.start for span in blocks]
        self.t = _tables()
        subject_pronouns, possessives = self.t.subject_pronouns, self.t.possessives
        self.owners: dict[int, Actor] = {}  # the person a possessive pronoun stands for
        # (start, end, actor, mention, whether a person speaks) of each speaker mention,
        # with the order it was placed in after the span: a sort of the tuples then keeps
        # mentions of one span in that order, and never compares two actors
        placed: list[tuple[int, int, int, Actor, Mention, bool]] = []
        append = placed.append
        for actor in actors:
            if actor.kind is _K_PLACE or actor.role is not None:
                continue
            person = actor.kind is _K_PERSON
            for mention in actor.mentions:
                kind = mention.kind
                speaks = person
                if kind is _M_PRONOUN:
                    pronoun = mention.text.lower()
                    if pronoun not in subject_pronouns:
                        if pronoun in possessives:  # "his" of "his aides said"
                            self.owners[mention.span.start] = actor
                        continue
                    speaks = True
                elif kind is _M_DEMONYM and not self.demonym_speaks(mention):
                    continue  # "Russian troops", "the Venezuelan army": no speaker
                elif kind is _M_TITLE:
                    continue  # "the president": read as a nominal here (see nominal)
                span = mention.span
                append((span.start, span.end, len(placed), actor, mention, speaks))
        placed.sort()
        # the columns of the table, in text order (zip turns it in one pass)
        columns = list(zip(*placed, strict=True)) or [(), (), (), (), (), ()]
        self.starts: list[int] = list(columns[0])
        self.ends: list[int] = list(columns[1])
        self.actors: list[Actor] = list(columns[3])
        self.mentions: list[Mention] = list(columns[4])
        self.persons: list[bool] = list(columns[5])
        self.sentence_ends: dict[int, list[int]] = {}
        self.first_persons: dict[int, int] = {}  # floor -> the first person mention from it
        self.cues: list[_Cue] = []  # the cue words of the blocks, read first (see read)
        self.in_titles: set[int] = set()  # mentions inside a title's marks: no subjects
        self.last_title: _Piece | None = None  # the last marks read as a title or a label
        self.cue_starts: list[int] = []  # where each of them starts
        self.letters: bytes | None = None  # the letters-only copy scan_cues read, if any

    def demonym_speaks(self, mention: Mention) -> bool:
        """A demonym before people who speak stands for its country: "Chilean officials
        said", "Russian diplomats say"."""
        end = mention.span.end
        if self.source[end : end + 1] != " ":
            return False
        word = _FIRST_WORD.match(self.source, end + 1)
        return word is not None and word.group() in self.t.speaker_nouns

    # -- sentences ----------------------------------------------------------------
    def ends_of(self, block: int) -> list[int]:
        """The positions right after each sentence end of a block, and the block's end."""
        found = self.sentence_ends.get(block)
        if found is None:
            source = self.source
            span = self.blocks[block]
            start, end = span.start, span.end
            pattern = _SENTENCE_END
            text = source[start:end]
            if "!" not in text and "?" not in text:
                pattern = _FULL_STOP_END  # the same matches here, found faster
            found = []
            for match in pattern.finditer(source, start, end):
                if not self.is_abbreviation(match.start(), start):
                    found.append(match.end())
            found.append(end)
            self.sentence_ends[block] = found
        return found

    def is_abbreviation(self, dot: int, floor: int) -> bool:
        """Whether the full stop at *dot* ends an abbreviation or initials ("Mr.", "Dec.",
        "U.S.", "J."), not a sentence."""
        source = self.source
        if source[dot] != ".":
            return False
        # The word before the stop runs from the last space in reach, or else from the
        # text's start. It is read in place, not copied: with no space in reach it can be
        # most of the text, and each stop after it would copy and lower it again.
        start = source.rfind(" ", max(floor, dot - 12), dot) + 1
        if start == dot or not source[start].isalpha():
            return False
        if source[start].isupper() and (dot - start == 1 or source[start + 1] == "."):
            # "J", "U.S": initials end in a capital, a look that spares a read of the word
            return (
                source[dot - 1] in string.ascii_uppercase
                and _INITIALS.fullmatch(source, start, dot) is not None
            )
        if dot - start > self.t.longest_abbreviation:
            return False  # (lowering a word never shortens it)
        return source[start:dot].lower() in self.t.abbreviations

    def sentence_around(self, block: int, position: int) -> tuple[int, int]:
        """The sentence of the block that holds *position*, from its first character."""
        span = self.blocks[block]
        ends = self.ends_of(block)
        at = bisect_left(ends, position + 1)
        left = ends[at - 1] if at > 0 else span.start
        right = ends[at] if at < len(ends) else span.end
        source = self.source
        while left < right and source[left].isspace():
            left += 1
        return left, right

    def sentence(self, block: int, start: int, end: int) -> tuple[int, int]:
        """The sentence of the block that holds ``[start, end)`` (a quote's marks)."""
        ends = self.ends_of(block)
        at = bisect_left(ends, start + 1) - 1
        left = ends[at] if at >= 0 else self.blocks[block].start
        after = bisect_left(ends, end + 1)
        right = ends[after] if after < len(ends) else self.blocks[block].end
        while left < start and self.source[left].isspace():
            left += 1
        return left, right

    # -- mentions -----------------------------------------------------------------
    def last_before(self, position: int, floor: int) -> int:
        """The last speaker mention ending at or before *position* and starting at or
        after *floor*, else -1."""
        at = bisect_left(self.starts, position) - 1
        while at >= 0 and self.starts[at] >= floor:
            if self.ends[at] <= position:
                return at
            at -= 1
        return -1

    def name_in_marks(self, piece: _Piece) -> None:
        """Note the mentions inside the marks of a title ('on "The Evening Show," the
        minister said'): the name of a programme or an event is no subject."""
        at = self.first_after(piece.start, piece.end)
        while 0 <= at < len(self.starts) and self.starts[at] < piece.end:
            self.in_titles.add(at)
            at += 1

    def first_after(self, position: int, limit: int) -> int:
        at = bisect_left(self.starts, position)
        return at if at < len(self.starts) and self.starts[at] < limit else -1

    def subject(self, cue: int, floor: int) -> int:
        """The mention that is the subject of the cue word starting at *cue*: right before
        it ("Pompeo said", "Maduro himself has also denied"), before an appositive
        ("Pukhov, director of ..., told"), else the clause's first person."""
        source = self.source
        # (a look at the words before the verb first: most verbs have no "which", "who" or
        # "it" before them, and the patterns, which must end at the verb, are tried at every
        # character)
        low = max(floor, cue - 30)
        before = source[low:cue]
        if "hich" in before[-20:]:
            near = max(floor, cue - 20)
            if _WHICH.search(source, near, cue) is not None:
                return -1  # "an idea from Lee, which suggests ...": the idea, not Lee
        if " who " in before[-20:]:
            who = source.rfind(" who ", max(floor, cue - 20), cue)
            if _ANYONE_WHO.search(source, max(low, who - 10), cue) is not None:
                return -1  # "a rally by those who say ...": no one named
        if "it" in before or "It" in before:
            it = _IT.search(source, low, cue)
            if it is not None:
                return self.antecedent_of_it(it.start())
        if before.endswith(", ") and _GERUND.match(source, cue):
            # "Soto left the talks, saying ...": the subject of the sentence speaks
            first = self.first_after(floor, cue)
            if first >= 0 and self.opens_clause(floor, self.starts[first]):
                return first
            # "During a speech on Monday, Soto attacked ..., saying": after an opening phrase
            first = self.first_person(floor, cue)
            if first >= 0 and self.opens_clause_after_comma(floor, self.starts[first]):
                return first
        last = self.last_before(cue, floor)
        while last in self.in_titles:
            last = self.last_before(self.starts[last], floor)
        if last < 0:
            return -1
        gap_start = self.ends[last]
        # ("and" looked for first: most verbs have none before them)
        coordinated = None
        if "and" in before[-16:]:
            coordinated = _AND_BEFORE.search(source, max(floor, cue - 16), cue)
        if coordinated is not None and coordinated.start() == gap_start:
            # "X stressed ... at a forum run by NBC News and said": no subject before the
            # verb, which goes with the clause's own, whose subject opens the clause
            first = self.first_after(floor, cue)
            if first >= 0 and first != last and self.opens_clause(floor, self.starts[first]):
                return self.titled_person(first)
        if not self.after_preposition(last, floor):  # not "... on Twitter, writing"
            if (
                (cue - gap_start == 1 and source[gap_start] in " \u00a0")  # (the usual gap)
                or _words_gap(source, gap_start, cue)
                or gap_start == cue
            ):
                # (a person is its own speaker: :meth:`member_of` only looks past a body)
                return last if self.persons[last] else self.member_of(last, floor)
            possessive = _POSSESSIVE.match(source, gap_start)
            if possessive is not None and _words_gap(source, possessive.end(), cue):
                return last  # "the Kremlin's spokesman said": the Kremlin speaks
        if coordinated is not None and source.startswith(",", coordinated.start()):
            # "X worked at Y, which let him go, and said ...": the verb goes with the
            # clause's own, whose subject opens the clause
            first = self.first_after(floor, cue)
            if first >= 0 and self.opens_clause(floor, self.starts[first]):
                return self.titled_person(first)
        if _APPOSITIVE_GAP.fullmatch(source, floor, cue):
            return self.before_appositive(floor, cue)
        first = self.first_after(floor, cue)
        if first >= 0 and self.opens_clause(floor, self.starts[first]):
            return first  # the clause opens with it: "G7 ministers called ... and said"
        return self.first_person(floor, cue)

    def titled_person(self, at: int) -> int:
        """The person whose title mention *at* (a body) opens: "Russian Foreign Ministry
        spokeswoman Maria Zakharova" has Zakharova for its subject; else *at*."""
        after = at + 1
        if (
            not self.persons[at]
            and after < len(self.starts)
            and self.persons[after]
            and _words_gap(self.source, self.ends[at], self.starts[after])
        ):
            return after
        return at

    def after_preposition(self, at: int, floor: int) -> bool:
        """Whether mention *at* is the object of a preposition ("on Twitter")."""
        start = self.starts[at]
        if start - 2 < floor or self.source[start - 1] not in " \u00a0":
            return False
        low = max(floor, start - 2 - self.t.longest_preposition)
        space = self.source.rfind(" ", low, start - 1)
        if space < 0:
            if low > floor:
                return False  # a word longer than any preposition (and no long slice)
            space = floor - 1
        return self.source[space + 1 : start - 1].lower() in self.t.prepositions

    def opens_clause(self, floor: int, start: int) -> bool:
        """Whether the mention at *start* opens the clause that starts at *floor*: at most
        two words before it ("The", "Senior U.S."), not counting the words of a title
        ("Chinese foreign ministry spokeswoman Hua Chunying"), six words in all."""
        if start - floor > _MAX_OPENING:
            return False  # (more than six words' worth: and no pattern or split of it)
        if _LEADING_WORDS.fullmatch(self.source, floor, start):
            return True
        words = self.source[floor:start].split()
        if len(words) > _TITLE_WORDS:
            return False
        role_words = self.t.role_words
        other = [w for w in words if not (w[0].isupper() or w.lower() in role_words)]
        return len(other) <= 2

    def opens_clause_after_comma(self, floor: int, start: int) -> bool:
        """Whether the mention at *start* opens the main clause after an opening phrase
        and its comma: "During a speech on Monday, Soto attacked ..."."""
        comma = self.source.rfind(",", floor, start)
        return comma >= 0 and self.opens_clause(comma + 1, start)

    def member_of(self, body: int, floor: int) -> int:
        """The person named right before the body of mention *body*, joined to it by "of",
        "with", "at" or "from" ("Tim Guest with the Health Authority says": Tim Guest
        speaks); else *body* itself."""
        if self.persons[body]:
            return body
        before = self.last_before(self.starts[body], floor)
        if (
            before >= 0
            and self.persons[before]
            and _MEMBER_OF.fullmatch(self.source, self.ends[before], self.starts[body])
        ):
            return before
        return body

    def antecedent_of_it(self, position: int) -> int:
        """ "It says ...": the last organisation or country named shortly before."""
        at = bisect_left(self.starts, position) - 1
        while at >= 0 and position - self.ends[at] <= _IT_REACH:
            if not self.persons[at]:
                return at
            at -= 1
        return -1

    def before_appositive(self, floor: int, cue: int) -> int:
        """The subject of a verb after an appositive: the clause's words before its first
        comma when they end in a name ("Makienko, who ..., told"), else a name that is the
        whole appositive ("the opposition leader, Juan Guaido, said"), else the first name
        followed by a comma."""
        source = self.source
        comma = source.find(",", floor, cue)
        before = self.last_before(comma, floor)
        if before >= 0 and self.ends[before] == comma:
            return before
        after = self.first_after(comma + 1, cue)
        if (
            after >= 0
            and source[comma + 1 : self.starts[after]].strip() == ""
            and source.startswith(",", self.ends[after])
        ):
            return after
        if self.nominal(comma, floor) is not None:
            return -1  # "A senior official, speaking to ..., said": a nominal subject
        best = -1
        at = bisect_left(self.starts, floor)
        while at < len(self.starts) and self.ends[at] <= cue:
            if source.startswith(",", self.ends[at]):
                if self.persons[at]:
                    return at
                if best < 0:
                    best = at
            at += 1
        return best

    def first_person(self, floor: int, limit: int) -> int:
        """The first person mention from *floor* on, when it ends by *limit*; else -1.
        Where it is from a floor is found once (a long sentence has many cues)."""
        at = self.first_persons.get(floor)
        if at is None:
            at = bisect_left(self.starts, floor)
            while at < len(self.starts) and not self.persons[at]:
                at += 1
            self.first_persons[floor] = at
        return at if at < len(self.starts) and self.ends[at] <= limit else -1

    def object_after(self, cue_end: int, limit: int) -> int:
        """The speaker named right after the cue: "said Pukhov", "according to analyst
        Frolov", "said former minister Ivan Petrov"."""
        at = self.first_after(cue_end, limit)
        if at < 0:
            return -1
        gap = self.source[cue_end : self.starts[at]]
        words = gap.split()
        if not _GAP_STOPS.isdisjoint(gap):
            return -1
        if len(words) > 3 and not (  # "said oil and gas worker Ivan Okafor": a long title
            len(words) <= _TITLE_WORDS and words[-1].lower() in self.t.role_nouns
        ):
            return -1
        if any(word == "that" or word in self.t.clause_subjects for word in words):
            return -1  # "arguing that it agitated Trump": Trump is in the clause
        # "said MSNBC host Chris Matthews", "said European Council President Donald Tusk":
        # a body named in the title of the person after it; the person speaks.
        owned = self.owned_role_name(at, limit)
        if owned >= 0:  # "says Campbell's partner, Jason Louth": the partner speaks
            return owned
        person = at
        while not self.persons[person] and person + 1 < len(self.starts):
            gap = self.source[self.ends[person] : self.starts[person + 1]]
            if self.starts[person + 1] >= limit or len(gap.split()) > 3:
                break
            if not _GAP_STOPS.isdisjoint(gap):
                break
            person += 1
        return person if self.persons[person] else at

    def owned_role_name(self, at: int, limit: int) -> int:
        """The person named after mention *at*, its possessive and a noun set off by a
        comma ("Campbell's partner, Jason Louth"; "Wise's dad, Darrin"), else -1."""
        after = at + 1
        if after >= len(self.starts) or self.starts[after] >= limit or not self.persons[after]:
            return -1
        if _OWNED_ROLE.fullmatch(self.source, self.ends[at], self.starts[after]) is None:
            return -1
        return after

    def nominal(self, cue: int, floor: int) -> Mention | None:
        """A nominal subject right before the cue ("the analyst said", "a senior official
        has said", "sources said", "a person familiar with the talks said") as a title
        mention."""
        source = self.source
        low = max(floor, cue - 60)
        end = cue
        for _ in range(2):  # "the analyst has also said"
            last = _LAST_WORD.search(source, _words_start(source, low, end, 1), end)
            if last is None or last.group(1) not in self.t.auxiliaries:
                break
            end = last.start()
        found = self.anonymous_source(floor, end) or self.plain_nominal(floor, low, end)
        if found is None and not _COMPLEMENT_WORDS.isdisjoint(source[low:end].split()[-4:-1]):
            # "a spokesperson for the family said": the nominal before its complement
            complement = _COMPLEMENT.search(source, _words_start(source, low, end, 5), end)
            if complement is not None:
                head = self.plain_nominal(floor, low, complement.start())
                if head is not None:
                    stop = complement.end()
                    while source[stop - 1].isspace():  # the complement's last word ends it
                        stop -= 1
                    span = _span(head.span.start, stop)
                    found = Mention(source[span.start : stop], span, _M_TITLE)
        return found

    def plain_nominal(self, floor: int, low: int, end: int) -> Mention | None:
        """A nominal ending at *end*: "the analyst", "a senior official", "sources"."""
        source = self.source
        if not self.is_speaker_noun(_last_letters(source, low, end).lower()):
            return None  # the noun the pattern ends with is none: skip the pattern
        match = _NOMINAL.search(source, _words_start(source, low, end, _NOMINAL_WORDS), end)
        if match is None:
            return None
        noun = match.group("noun")
        if noun[0].isupper():
            if match.start("noun") != _first_char(source, floor, end):
                return None  # a capital inside the clause is a name, not a noun
            noun = noun.lower()  # "Sources said ..." opening the sentence
        if not self.is_speaker_noun(noun):
            return None
        if (
            match.group("article") is None
            and not noun.endswith("s")
            and (noun not in self.t.speaker_nouns)
        ):
            return None  # "analyst said" without an article is no nominal
        start, stop = match.start(), match.end("noun")
        if match.group("article") is None:
            start = self.opening_modifier(floor, start)
        return Mention(source[start:stop], _span(start, stop), _M_TITLE)

    def opening_modifier(self, floor: int, start: int) -> int:
        """Where a nominal starting at *start* begins, taking in the capitalised word
        that opens its clause right before it ("Nutrition experts say"), unless that
        word is an actor's ("Chinese officials" speak for China)."""
        space = start - 1
        if space <= floor or self.source[space] not in " \u00a0":
            return start
        first = _first_char(self.source, floor, space)
        word = self.source[first:space]
        if (
            not (word.isalpha() and word[0].isupper())
            or word.lower() in self.t.clause_openers  # "But observers say"
            or self.is_mentioned(first)
        ):
            return start
        return first

    def is_mentioned(self, position: int) -> bool:
        """Whether an actor's mention starts at *position*."""
        at = bisect_left(self.starts, position)
        return at < len(self.starts) and self.starts[at] == position

    def anonymous_source(self, floor: int, end: int) -> Mention | None:
        """An indefinite nominal with the post-modifier of an anonymous source right
        before *end*: "a person familiar with the negotiations", "two officials briefed
        on the plan" (a definite one, "the official close to ...", is left alone)."""
        low = max(floor, end - 120)
        window = self.source[low:end]
        for hint in self.t.source_hints:
            if hint in window:
                break
        else:
            return None  # no post-modifier in reach: skip the pattern
        # (from its earliest start: the pattern must end at *end*, and ``re`` tries it at
        # every character it is searched from)
        match = _source_pattern().search(
            self.source, _words_start(self.source, low, end, _SOURCE_WORDS), end
        )
        if match is None:
            return None
        noun = match.group("noun")
        if noun[0].isupper():
            if match.start("noun") != _first_char(self.source, floor, end):
                return None  # a capital inside the clause is a name, not a noun
            noun = noun.lower()  # "Sources close to the minister said ..."
        if not (self.is_speaker_noun(noun) or noun in self.t.source_nouns):
            return None
        if match.group("article") is None and not noun.endswith(("s", "people")):
            return None  # "person familiar with" without a determiner
        start, stop = match.start(), match.end("modifier")
        return Mention(self.source[start:stop], _span(start, stop), _M_TITLE)

    def lone_pronoun(self, cue: int) -> Mention | None:
        """A "he" or "she" right before the cue that no actor took (the text names no
        one it could be): the speaker is that pronoun, unresolved, and not the last
        person named, whose gender or role may not fit."""
        low = max(0, cue - 12)
        if self.source.find("he", low, cue) < 0 and self.source.find("He", low, cue) < 0:
            return None  # no "he", "He", "she" or "She" (faster than the pattern)
        match = _PRONOUN_SUBJECT.search(self.source, low, cue)
        if match is None:
            return None
        span = _span(match.start(1), match.end(1))
        return Mention(match.group(1), span, _M_PRONOUN)

    def plural_pronoun(self, cue: int, floor: int) -> Mention | None:
        """ "they", "we" or "I" as the subject right before the cue ("they say", "we have
        said"), an unresolved pronoun mention; else None."""
        pronoun = _PLURAL_PRONOUN.search(self.source, max(floor, cue - 30), cue)
        if pronoun is None:
            return None
        return Mention(pronoun.group(1), _span(pronoun.start(1), pronoun.end(1)), _M_PRONOUN)

    def is_speaker_noun(self, noun: str) -> bool:
        nouns = self.t.role_nouns
        return (
            noun in nouns
            or noun in self.t.speaker_nouns
            or noun in self.t.org_nouns
            or noun in self.t.documents
            or noun in self.t.proxies
            or (noun.endswith("s") and noun[:-1] in nouns)
            or (noun.endswith("es") and noun[:-2] in nouns)
        )

    def last_organization(self, position: int) -> int:
        """The last organisation named before *position*, within reach."""
        at = bisect_left(self.starts, position) - 1
        stop = max(-1, at - _NOMINAL_REACH)
        while at > stop:
            if self.actors[at].kind in (_K_ORGANIZATION, _K_GROUP):
                return at
            at -= 1
        return -1

    def nominal_speaker(self, nominal: Mention) -> int:
        """The last person before a definite nominal ("the analyst") whose titles hold
        its role noun; an indefinite or plural one ("a source", "officials") is nobody
        named."""
        words = nominal.text.split()
        noun = words[_head_at(words, _COMPLEMENT_WORDS)]
        if noun in self.t.documents:  # "a statement said": its issuer's words
            introduced = self.introduction(noun, nominal.span.start, nominal.span.end)
            if introduced is not None:
                return introduced
            # "A statement said" brings in a document of someone named in its paragraph;
            # "the report said", of someone named there or in the paragraph before
            return self.issuer(nominal.span.start, words[0].lower() in ("a", "an"))
        if noun in ("they", "They"):  # "they said": a body named shortly before
            return self.last_body_near(nominal.span.start)
        determiner = words[0].lower()
        if determiner in self.t.possessives and noun in self.t.proxies:
            return self.owner_of(determiner, nominal.span.start)  # "his aides said"
        if determiner != "the":
            return -1
        if noun in self.t.org_nouns:  # "the company said": the last organisation named
            return self.last_organization(nominal.span.start)
        if noun not in self.t.role_nouns:
            if self.is_speaker_noun(noun) or noun.endswith("s") or noun in self.t.collectives:
                return -1  # "the sources", "the family": no one person
            # '"...," said the affable proprietor': the person the story is about
            return self.focus_near(nominal.span.start)
        before = bisect_left(self.starts, nominal.span.start) - 1
        stop = max(-1, before - _NOMINAL_REACH)
        for at in range(before, stop, -1):
            actor = self.actors[at]
            titles = actor.titles
            if actor.kind is _K_PERSON and any(self.title_has(title, noun) for title in titles):
                return at
        last = self.last_person_near(before, nominal.span.start)
        if last >= 0 and self.named_as_object(last):
            # "about Espinos, who like Montalban was born ... says the founder": the story's
            # focus, not a person the sentence before only mentions
            return self.focus_near(nominal.span.start)
        return last

    def nominal_after(self, cue_end: int, limit: int, inverted: bool = False) -> Mention | None:
        """A nominal right after the cue, its speaker: '"...," says the 39-year-old
        founder of the press', '"...," said the company.' Up to five words after "the",
        the last a speaker noun that ends the phrase (before a comma, a full stop, "of",
        "at", "for", "who" or the end). Where the cue follows the closing mark and its
        comma (*inverted*), the subject can only be after it, so any article or quantifier
        opens the phrase and any lower-case noun ends it: '"...," said a neighbour.',
        '"...," wrote one reader.'"""
        source = self.source
        opening = (_ANY_ARTICLE_AFTER if inverted else _THE_AFTER).match(source, cue_end, limit)
        if opening is None:
            return None
        words = list(itertools.islice(_NOMINAL_WORD.finditer(source, opening.end(), limit), 5))
        for index, word in enumerate(words):
            noun = word.group()
            after = words[index + 1].group() if index + 1 < len(words) else ""
            ends = source[word.end() : word.end() + 1] in (",", ".", "") or after in _NOMINAL_ENDS
            if ends and (self.is_speaker_noun(noun) or (inverted and _COMMON_NOUN.fullmatch(noun))):
                span = _span(opening.start(1), word.end())
                return Mention(source[span.start : span.end], span, _M_TITLE)
            if not ends and source[word.end() : word.end() + 1] != " ":
                return None  # punctuation inside: no nominal
        return None

    def described(self, at: int, cue: Span) -> tuple[Mention, bool] | None:
        """The description that mention *at* anchors as the subject of the *cue*, as a
        title mention, and whether the words stay the named actor's; else None.

        Its last word is a speaker noun, before any auxiliaries: "the Kremlin's
        spokesman", "a State Department official", "the Clinton campaign" speak for the
        actor named (``cues.PROXY_NOUNS``, and documents it issued); "Lane's doctor" and
        "a former party chairman" are someone else, whom the text does not name."""
        source, end = self.source, self.ends[at]
        # (the gap holds a word between two spaces at the least: "X said" has none)
        if not 3 <= cue.start - end <= _MAX_GAP:
            return None
        if _DESCRIBED_GAP.fullmatch(source, end, cue.start) is None:
            return None
        words = [word.group() for word in _GAP_WORD.finditer(source, end, cue.start)]
        stop = cue.start
        while words and words[-1] in self.t.auxiliaries:
            stop = source.rfind(words.pop(), end, stop)  # "the Clinton campaign has said"
        if not words or not self.is_speaker_noun(words[-1]):
            return None
        noun = words[-1]
        stop = source.rfind(noun, end, stop) + len(noun)
        start = self.starts[at]
        article = _ARTICLE_BEFORE.search(source, max(0, start - 30), start)
        if article is not None:  # "a former party chairman"
            start = article.start()
            words += article.group(1).split()
        mention = Mention(source[start:stop], _span(start, stop), _M_TITLE)
        speaks_for = (noun in self.t.proxies or noun in self.t.documents) and not any(
            word in self.t.proxy_enders for word in words
        )
        return mention, speaks_for

    def introduction(self, noun: str, start: int, end: int) -> int | None:
        """Who issued the document *noun* named at ``[start, end)``, as the text says there
        or where it brought the document in: "the Civic Action study", "the firm's white
        paper", "a report by the budget office", "its survey", "Soto filed a lawsuit" (the
        subject of the sentence that brings it in). The index of a mention; -1 when the
        text brings it in with no issuer it names ("prosecutors said in a complaint");
        None when it says nothing within reach."""
        source = self.source
        floor = max(0, start - _DOCUMENT_REACH)
        at = end - len(noun)
        for _ in range(_DOCUMENT_LOOKS):
            if at < floor:
                break
            named = self.named_before(at)
            if named >= 0:
                return named
            low = _words_start(source, max(0, at - 60), at, _DOCUMENT_WORDS)  # (it ends at *at*)
            determiner = _DOCUMENT_DETERMINER.search(source, low, at)
            if determiner is not None and (determiner.group("det") or "").lower() not in _DEFINITE:
                return self.issuer_at(determiner, at + len(noun), at + len(noun) == end)
            at = self.earlier_word(noun, floor, at)
        return None

    def named_before(self, at: int) -> int:
        """The actor named right before a document's noun at *at*, its modifiers aside:
        "the Civic Action study", "the firm's annual report"; else -1."""
        owner = self.last_before(at, at - 80)
        if owner < 0 or self.actors[owner].kind is _K_PLACE:
            return -1
        gap = None
        if at - self.ends[owner] <= _MAX_GAP:
            gap = _DESCRIBED_GAP.fullmatch(self.source, self.ends[owner], at)
        if gap is None and self.source[self.ends[owner] : at] not in (" ", "\u00a0"):
            return -1
        return owner

    def earlier_word(self, word: str, floor: int, before: int) -> int:
        """Where *word* last stands alone as a word between *floor* and *before*, else -1."""
        source = self.source
        at = source.rfind(word, floor, before)
        while at >= 0 and (
            (at > 0 and source[at - 1].isalnum())
            or source[at + len(word) : at + len(word) + 1].isalnum()
        ):
            at = source.rfind(word, floor, at)
        return at

    def issuer_at(self, determiner: re.Match[str], end: int, speaking: bool) -> int | None:
        """The issuer of the document whose words ``determiner`` opens and *end* closes;
        None when it is the *speaking* subject and names none ("A statement said")."""
        by = _ISSUED_BY.match(self.source, end)
        if by is not None:  # "a report by the budget office"
            return self.first_after(by.end(), by.end() + 1)
        pronoun = determiner.group("det")
        if pronoun is not None and pronoun.lower() in self.t.possessives:
            return self.owner_of(pronoun.lower(), determiner.start())  # "its survey"
        if speaking or determiner.group("owner") is not None:
            return None
        # "Soto filed a lawsuit": the first actor of the sentence, not after a preposition
        block = bisect_right(self.block_starts, determiner.start()) - 1
        left, _ = self.sentence_around(block, determiner.start())
        at = self.first_after(left, determiner.start())
        while 0 <= at < len(self.starts) and self.starts[at] < determiner.start():
            if self.actors[at].kind is not _K_PLACE and not self.after_preposition(at, left):
                return at
            at += 1
        return -1

    def issuer(self, position: int, own_paragraph: bool = False) -> int:
        """Who issued a document named at *position* ("a statement said"): the body named
        last before it in its paragraph (or the one before, unless *own_paragraph*), else
        the person named last there."""
        if own_paragraph:
            floor = self.block_starts[max(0, bisect_right(self.block_starts, position) - 1)]
        else:
            floor = self.previous_paragraph_start(position)
        person = -1
        for at in range(bisect_left(self.starts, position) - 1, -1, -1):
            if self.starts[at] < floor:
                break
            if self.actors[at].kind is not _K_PERSON:
                return at
            if person < 0:
                person = at
        return person

    def owner_of(self, pronoun: str, position: int) -> int:
        """Whom the possessive *pronoun* at *position* stands for, as the index of a
        mention: the last mention before it of the person "his" or "her" was resolved to,
        the body named last nearby for "its" and "their"; else -1."""
        if pronoun not in ("his", "her"):
            return self.last_body_near(position)
        person = self.owners.get(position)
        if person is None:
            return -1
        at = bisect_left(self.starts, position) - 1
        floor = self.previous_paragraph_start(position)
        while at >= 0 and self.starts[at] >= floor:
            if self.actors[at] is person:
                return at
            at -= 1
        return -1

    def last_body_near(self, position: int) -> int:
        """The organisation or group named last before *position* in its paragraph or the
        one before it, with no person named after it, for "they said"; else -1."""
        floor = self.previous_paragraph_start(position)
        for at in range(bisect_left(self.starts, position) - 1, -1, -1):
            if self.starts[at] < floor or self.actors[at].kind is _K_PERSON:
                break
            if self.actors[at].kind in (_K_ORGANIZATION, _K_GROUP):
                return at
        return -1

    def focus_near(self, position: int) -> int:
        """The person named most often in the whole text among those named before
        *position* in its paragraph or the one before it (the last of them on a tie), for
        a description no title holds: "the affable proprietor" is who the story is about,
        not the customer quoted last."""
        floor = self.previous_paragraph_start(position)
        best, most = -1, 0
        for at in range(bisect_left(self.starts, position) - 1, -1, -1):
            if self.starts[at] < floor:
                break
            actor = self.actors[at]
            if actor.kind is _K_PERSON and len(actor.mentions) > most:
                best, most = at, len(actor.mentions)
        return best

    def named_as_object(self, at: int) -> bool:
        """Whether mention *at* stands where an object does: after a lower-case word,
        past any ages and role words ("insists 16-year-old Xander Wise" is a subject),
        that opens no clause and is no reporting verb ("like Montalban", "shaming
        Machado")."""
        source, t = self.source, self.t
        end = self.starts[at]
        for _ in range(4):
            if end < 2 or source[end - 1] != " ":
                return False
            space = source.rfind(" ", max(0, end - 30), end - 1)
            word = source[space + 1 : end - 1]
            if not word.islower() or not word.replace("-", "").isalnum():
                return False
            if word in t.role_words or any(c.isdigit() for c in word):
                end = space + 1  # "16-year-old", "foreign minister": look before them
                continue
            return word not in t.clause_openers and word not in t.speech
        return False

    def last_person_near(self, before: int, position: int) -> int:
        """The person named last before *position* (mention index *before* and down) in
        its paragraph or the one before it, for a definite nominal whose noun no title
        holds ("Schuh is aware of it. "...," the lanky professor said.")."""
        floor = self.previous_paragraph_start(position)
        for at in range(before, -1, -1):
            if self.starts[at] < floor:
                break
            if self.actors[at].kind is _K_PERSON:
                return at
        return -1

    def previous_paragraph_start(self, position: int) -> int:
        """Where the paragraph before the one holding *position* starts (its own start for
        the first paragraph): how far back a nominal or a document looks for its actor."""
        block = bisect_right(self.block_starts, position) - 1
        return self.block_starts[max(0, block - 1)] if block >= 0 else position

    def title_has(self, title: str, noun: str) -> bool:
        """Whether a title holds a role noun, itself or abbreviated ("Sen." holds "senator")."""
        if noun in title.lower():
            return True
        expansions = self.t.title_abbreviations
        return any(expansions.get(word) == noun for word in title.split())

    # -- cues -------------------------------------------------------------------------
    def scan_cues(self) -> list[_Cue]:
        """The cue words of the blocks, in order, from one scan of a letters-only copy
        of the text (as :class:`~geopol_news._numbers.WordFinder` finds number words): a word
        found after a space and before one there is a cue when, in the text, no hyphen
        comes before it, no letter or digit after it ("said5", "saidé") and only
        spaces stand inside "according to". Blocks that overlap or end inside a word,
        where the copy would find a longer word than the block holds, are scanned one
        by one (:meth:`scan_cues_by_block`). The copy is kept as :attr:`letters`, where
        :meth:`channel_in` looks for a channel's noun before it looks for a channel."""
        source, blocks = self.source, self.blocks
        size = len(source)
        previous_end = 0
        for span in blocks:
            start, end = span.start, span.end
            # (a block nearly always ends at a line break: no word character, cheap to tell)
            if start < previous_end or (
                end < size and source[end] != "\n" and _is_word_char(source[end])
            ):
                return self.scan_cues_by_block()
            previous_end = end
        verbs = self.t.verbs
        block_starts = self.block_starts
        # b" " + copy + b" ": a hit at i is the cue word at source[i:] (after the space)
        copy = b" " + source.encode("ascii", "replace").translate(_LETTERS_ONLY) + b" "
        self.letters = copy  # (kept for the look for a channel's noun: see channel_in)
        found = []
        for hit in _copy_cue_pattern().finditer(copy, blocks[0].start, blocks[-1].end + 2):
            start, end = hit.span()  # in the text: the word and the space after it
            end -= 1
            block = bisect_right(block_starts, start) - 1
            if block < 0:
                continue
            block_end = blocks[block].end
            if (
                end > block_end
                or source[start - 1 : start] == "-"
                or (end < block_end and (source[end].isalnum() or source[end] == "_"))
            ):  # (a word character after the word: :func:`_is_word_char`, read in place)
                continue
            word = source[start:end]
            if word[1:9] == "ccording" and word[9:-2].strip(" \u00a0"):
                continue  # "according\nto": white space but a space inside
            found.append(_Cue(start, end, word, block, verbs))
        return found

    def scan_cues_by_block(self) -> list[_Cue]:
        """The cue words of the blocks, in order, from one scan of each block."""
        source = self.source
        verbs = self.t.verbs
        pattern = _cue_pattern()
        found = []
        for block, span in enumerate(self.blocks):
            scan_from = span.start - 1  # the character before a cue opening the block
            if span.start == 0:
                scan_from = 0
                first = _first_cue_pattern().match(source, 0, span.end)
                if first is not None:
                    scan_from = first.end()
                    found.append(_Cue(0, scan_from, first.group(), block, verbs))
            for match in pattern.finditer(source, scan_from, span.end):
                start, end = match.span(1)
                found.append(_Cue(start, end, match.group(1), block, verbs))
        return found

    def cues_in(self, start: int, end: int) -> list[_Cue]:
        """The cue words between *start* and *end*."""
        if start >= end:
            return []
        starts = self.cue_starts
        return self.cues[bisect_left(starts, start) : bisect_left(starts, end)]

    def attribute_after(self, found: _Found, close: int, limit: int) -> bool:
        """ "...," Pompeo said / "...," said Pompeo / "...," according to ..."""
        source = self.source
        region_end = min(limit, close + 160)
        for cue in self.cues_in(close, region_end):
            if not cue.verb and not cue.according:
                continue
            if source.find(";", close, cue.start) >= 0:
                return False  # the cue lies in another clause (the region ends with the sentence)
            if cue.according:
                speaker = self.object_after(cue.end, limit)
                if speaker < 0:
                    channel = _channel_pattern().match(source, cue.start)
                    if channel is None:
                        return False
                    found.channel = _span(channel.start(), self.channel_end(channel.end(), limit))
                    continue  # "according to a statement": look on for the speaker
                found.speaker, found.cue = speaker, _span(cue.start, cue.end)
                return True
            floor = close + 1
            if found.kind is _PARTIAL and _PARTICIPLE_CLAUSE.match(source, cue.start - 2):
                # 'voiced her "anger" on Twitter, writing ...': the sentence's subject writes
                floor = found.sentence[0]
            speaker = self.subject(cue.start, floor)
            if speaker < 0 and found.piece is not None and _IT.search(source, close, cue.start):
                # '"...," it said': the body named before the quote, however long it is
                speaker = self.antecedent_of_it(found.piece.open)
            if speaker < 0:
                speaker = self.object_after(cue.end, limit)
            if speaker < 0:
                nominal = (
                    self.nominal(cue.start, close + 1)
                    or self.lone_pronoun(cue.start)
                    or self.plural_pronoun(cue.start, close + 1)
                    or self.nominal_after(
                        cue.end, limit, _INVERTED.fullmatch(source, close, cue.start) is not None
                    )
                )
                if nominal is None:
                    return False
                found.mention = nominal
                speaker = self.nominal_speaker(nominal)
            found.speaker, found.cue = speaker, _span(cue.start, cue.end)
            self.circumstances(found, cue.end, limit)
            return True
        return False

    def attribute_before(self, found: _Found, floor: int, open_: int) -> bool:
        """Lavrov said: "..." / Zakharova called the statement "fake" / its claim of a "coup".
        Cues are looked for at most a long sentence back (a "sentence" of many thousands
        of characters is no prose, and reading all of it for each quote would cost time
        growing with the square of its length)."""
        found_cues = self.cues_in(max(floor, open_ - _LONG_SENTENCE), open_)
        if not found_cues:
            return False
        verbs = [cue for cue in found_cues if cue.verb]
        according = [cue for cue in found_cues if cue.according]
        if according and (not verbs or according[-1].start > verbs[-1].start):
            cue = according[-1]
            speaker = self.object_after(cue.end, open_)
            if speaker >= 0:
                found.speaker, found.cue = speaker, _span(cue.start, cue.end)
                return True
        cue = verbs[-1] if verbs else found_cues[-1]
        if found.kind is _PARTIAL:
            cue = self.outer_clause_verb(verbs, open_) or cue
        elif len(verbs) >= 2 and self.opens_subordinate(verbs[-2], verbs[-1]):
            cue = verbs[-2]  # 'Lee said even though Porthaven believes it is wrong, "..."'
        speaker = self.subject(cue.start, floor)
        if speaker < 0:
            nominal = self.nominal(cue.start, floor)
            if nominal is not None:
                found.mention = nominal
                speaker = self.nominal_speaker(nominal)
        if speaker < 0 and found.mention is None:
            speaker = self.inverted_before(cue, floor, open_)
        if speaker < 0 and found.mention is None:
            found.cue = _span(cue.start, cue.end)
            return False
        found.speaker, found.cue = speaker, _span(cue.start, cue.end)
        self.circumstances(found, cue.end, open_)
        return True

    def opens_subordinate(self, outer: _Cue, inner: _Cue) -> bool:
        """Whether a clause verb *outer* goes on with a subordinate clause that holds the
        verb *inner*: "said even though Porthaven believes", "said that if Lee claims"."""
        if outer.word.lower() not in self.t.clause:
            return False
        words = self.source[outer.end : inner.start].split(None, 2)[:2]
        if words and words[0] == "that":
            words = words[1:]
        return bool(words) and words[0] in self.t.subordinators

    def inverted_before(self, cue: _Cue, floor: int, open_: int) -> int:
        """The speaker named after a cue that opens its clause, right before the quote:
        'Said Ana Lind: "..."', '..., says editor Ana Lind, "..."'. Not after "told" or
        "asked", whose object is the one spoken to."""
        source = self.source
        if source[cue.start : cue.end].lower() in self.t.addressing:
            return -1
        before = source[max(floor, cue.start - 8) : cue.start].rstrip()
        if before and before[-1] not in _CLAUSE_OPENERS:
            return -1  # "the minister says X ...": the cue has its own subject
        if not before and cue.start - 8 > floor:
            return -1  # a long run of spaces: read as no opening
        speaker = self.object_after(cue.end, open_)
        if speaker < 0 or not _SET_OFF.fullmatch(source, self.ends[speaker], open_):
            return -1
        return speaker

    def outer_clause_verb(self, verbs: list[_Cue], open_: int) -> _Cue | None:
        """The first clause verb of the sentence whose reported clause holds a partial
        quote, when another verb comes between them: in 'Lee said the minister called the
        plan "a gamble"' the words stand in what Lee said (a mixed quote), not in a
        sentence of their own with "called"."""
        if len(verbs) < 2:
            return None
        source = self.source
        for verb in verbs[:-1]:
            if verb.word.lower() not in self.t.clause or ";" in source[verb.end : open_]:
                continue
            if 0 <= self.clause_start(verb, open_) <= open_:
                return verb
        return None

    def circumstances(self, found: _Found, cue_end: int, limit: int) -> None:
        """The addressee after "told" and the channel of the words, when the text says."""
        source = self.source
        assert found.cue is not None
        cue_word = source[found.cue.start : found.cue.end].lower()
        if cue_word in self.t.addressing:
            at = self.first_after(cue_end, limit)
            if at >= 0 and source[cue_end : self.starts[at]].strip() in ("", "the"):
                stop = _name_end(source, self.ends[at], limit)  # "CBC News" after "CBC"
                found.addressee = _span(self.starts[at], stop)
            else:
                match = _addressee_pattern().match(source, cue_end, limit) or (
                    _AUDIENCE.match(source, cue_end, limit)
                )
                if match is not None:
                    found.addressee = _span(match.start(1), match.end(1))
                else:  # "told the Vancouver Sun it ...", "told the jury he ..."
                    stop = self.addressee_end(cue_end, limit)
                    if stop > 0:
                        found.addressee = _span(*_strip(source, cue_end, stop))
        if found.channel is None:
            channel = self.channel_in(cue_end, min(limit, cue_end + 120))
            if channel is None:  # "In a statement, the Kremlin said"
                before = found.cue.start
                if found.piece is not None and found.piece.open < before:
                    before = found.piece.open
                # only where the sentence opens with it
                opening = None
                if source[found.sentence[0] : found.sentence[0] + 1] in _CHANNEL_INITIALS:
                    opening = _channel_pattern().match(source, found.sentence[0], before)
                channel = opening.span() if opening is not None else None
            if channel is not None:
                found.channel = _span(channel[0], self.channel_end(channel[1], limit))

    def channel_in(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the first channel between *start* and *end* stands, if any. (Most
        stretches hold no channel noun: a look for one in the letters-only copy, when
        there is one, spares them the search for a channel.)"""
        if start == 0:
            first = _channel_pattern().match(self.source, 0, end)
            if first is not None:
                return first.span()
        low = max(start - 1, 0)
        if end - low < _SHORTEST_CHANNEL:
            return None  # (a verb that ends its sentence: no room for one)
        nouns = _copy_channel_noun_pattern()
        if (
            self.letters is not None
            and nouns is not None
            and nouns.search(self.letters, low + 1, end + 1) is None  # (the copy is one longer)
        ):
            return None  # no channel noun in reach: no channel, and no search for one
        match = _channel_search_pattern().search(self.source, low, end)
        return match.span(1) if match is not None else None

    def channel_end(self, end: int, limit: int) -> int:
        """Extend a channel by who issued it: "a statement released by the State Department"."""
        by = _BY.match(self.source, end, limit)
        return by.end() if by is not None else end

    # -- marked quotes ----------------------------------------------------------------
    def is_title(self, piece: _Piece, floor: int) -> bool:
        """Marks around a title or a name: "the film "Red Dawn"", Viktor "The Hammer" Petrov."""
        source = self.source
        words = source[max(floor, piece.open - 30) : piece.open].split()
        if not words:
            return False
        last = words[-1]
        lowered = last.lower()
        if lowered.strip(",") in self.t.title_nouns:
            return True
        if len(words) >= 2 and words[-2].lower() == "so-called":
            return False
        if (
            lowered in self.t.determiners
            or last in self.t.name_prepositions
            or (last in self.t.naming and self.names_after_a_noun(words))
            or self.adjective_after_determiner(words)
        ) and self.names_a_thing(piece):
            # 'during a "Commander-in-Chief Forum" sponsored by', 'an app called "Screen Time" that'
            return True
        low = max(floor, piece.open - _LABEL_REACH)
        if source.find(" as", low, piece.open) >= 0 and _LABEL_BEFORE.search(
            source, low, piece.open
        ):
            return True  # 'sometimes referred to as "the boys"': a label, no one's words
        if not (last[:1].isupper() and last.isalpha()):
            return False
        after = source[piece.close + 1 : piece.close + 3]
        return (
            after[:1] == " "
            and after[1:2].isupper()
            and source[piece.start : piece.start + 1].isupper()
        )

    def defines_a_word(self, piece: _Piece, floor: int) -> bool:
        """Whether a word or two in marks are the subject of a definition, after an
        article or opening the sentence (at *floor*) and before "is", "means" or "refers":
        'A "renoviction" is when ...' mentions a word; no one says it."""
        if piece.open - floor > _DEFINED_HEAD:
            return False  # more than an article before the marks
        source = self.source
        after = _NEXT_WORD.match(source, piece.close + 1)
        if after is None or after.group(1) not in self.t.defining:
            return False
        if len(source[piece.start : piece.end].split()) > _DEFINED_WORDS:
            return False
        head = source[floor : piece.open].split()
        return not head or (len(head) == 1 and head[0].lower() in self.t.articles)

    def adjective_after_determiner(self, words: Sequence[str]) -> bool:
        """Whether *words* end with a determiner and one lower-case word, an adjective
        before a name in marks ('dispatch the hapless "Night Owl" who'), not after a
        framing verb ('what he called his own "October Stunt"': his words)."""
        return (
            len(words) >= 2
            and words[-1].isalpha()
            and words[-1].islower()
            and words[-2].lower() in self.t.determiners
            and (len(words) == 2 or words[-3].lower() not in self.t.framing)
        )

    def names_after_a_noun(self, words: Sequence[str]) -> bool:
        """Whether the naming word ending *words* ("called") follows a noun ("an app
        called"), not a subject ("he called", "Soto called", "a plan that called")."""
        if len(words) < 2:
            return False
        before = words[-2]
        return before.islower() and before not in self.t.not_named_after

    def joins_a_title(self, pieces: list[_Piece], index: int) -> bool:
        """Whether the marks ``pieces[index]`` are an alternative to the title or label in
        the marks right before them ('referred to as "the night crew" -- or, simply,
        "the crew."'): only "or" or "and", an adverb and punctuation stand between."""
        if index == 0 or pieces[index - 1] is not self.last_title:
            return False
        previous = pieces[index - 1]
        between = _JOINED_TITLE.fullmatch(self.source, previous.close + 1, pieces[index].open)
        return between is not None

    def names_a_thing(self, piece: _Piece) -> bool:
        """Whether the marked words are a name in title case (two to six words, each but
        the small ones capitalised) that the sentence goes on after in lower case: after a
        determiner or a preposition, the name of an event, a plan or a work, not words
        said."""
        source = self.source
        if piece.end - piece.start > 80 or source[piece.close + 1 : piece.close + 2] != " ":
            return False
        if not source[piece.close + 2 : piece.close + 3].islower():
            return False
        words = source[piece.start : piece.end].split()
        if not 2 <= len(words) <= _TITLE_WORDS:
            return False
        return all(
            word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words
        ) and words[0][:1].isupper()

    def kind_of(self, piece: _Piece, floor: int, previous: _Found | None) -> QuoteKind:
        source = self.source
        at = piece.open  # the end of the words before the marks (no slicing: linear time)
        while at > floor and source[at - 1].isspace():
            at -= 1
        if at == floor or source[at - 1] in _DIRECT_AFTER:
            return _DIRECT
        low = max(floor, at - 6)
        if "that" in source[low:at] and _THAT_BEFORE.search(source, low, at):
            return _PARTIAL  # 'said that, "Of course ..." against ...': words in a clause
        first = source[piece.start : piece.start + 1]
        if source[at - 1] == "," and (
            first.isupper()
            or first in "(.\u2026["
            or (previous is not None and previous.kind is _DIRECT)
        ):
            return _DIRECT
        if previous is not None and previous.end > floor and first.isupper():
            return _DIRECT
        return _PARTIAL

    def read_marked(self, found_all: list[_Found]) -> None:
        """The quotes between marks, paragraph by paragraph, with their groups."""
        source = self.source
        groups = 0
        previous: _Found | None = None
        carried: _Found | None = None  # an open-ended quote waiting for its continuation
        marks = _marks_by_block(source, self.blocks)
        for block, span in enumerate(self.blocks):
            if block not in marks:
                carried = None
                continue
            pieces = _pieces_of(source, block, span.start, span.end, marks[block])
            if carried is not None and not (
                pieces and pieces[0].open == _first_char(source, span.start, span.end)
            ):
                carried = None  # the next paragraph does not continue it
            in_sentence: _Found | None = None
            for index in range(len(pieces)):
                continued = carried if index == 0 else None
                if index > 0 and pieces[index - 1].open_ended and previous is not None:
                    continued = previous if previous.piece is pieces[index - 1] else None
                found = self.read_piece(pieces, index, in_sentence, continued, previous)
                if found is None:
                    continue
                if continued is None and self.after_attribution(found, previous):
                    continued = previous  # '"...," she said. "..."': the same utterance
                if continued is not None:
                    found.group = continued.group
                elif (
                    in_sentence is not None
                    and in_sentence.sentence[0] == found.sentence[0]  # opens the same sentence
                    and found.kind is _DIRECT
                    and in_sentence.kind is _DIRECT
                ):
                    found.group = in_sentence.group  # "...," she said, "..."
                elif (
                    in_sentence is not None
                    and found.clause is not None
                    and (found.clause == in_sentence.clause)
                ):
                    found.group = in_sentence.group  # two fragments of one reported clause
                else:
                    found.group = groups
                    groups += 1
                found_all.append(found)
                previous = in_sentence = found
            last = pieces[-1] if pieces else None
            carried = previous if last is not None and last.open_ended else None
        self.share_group_speakers(found_all)

    def after_attribution(self, found: _Found, previous: _Found | None) -> bool:
        """Whether an unattributed direct quote opens right after the sentence that
        attributed the quote before it, in the same paragraph ('"...," she said. "..."')."""
        if (
            previous is None
            or previous.piece is None
            or found.cue is not None
            or found.kind is not _DIRECT
            or previous.block != found.block
            or previous.cue is None
            or previous.cue.start < previous.piece.close
        ):
            return False
        return self.source[previous.sentence[1] : found.piece.open].strip() == ""  # type: ignore[union-attr]

    def read_piece(
        self,
        pieces: list[_Piece],
        index: int,
        in_sentence: _Found | None,
        continued: _Found | None,
        previous: _Found | None,
    ) -> _Found | None:
        """One piece between marks as a quote with its kind and attribution, or None
        when the marks are a title, a name or scare quotes."""
        piece = pieces[index]
        left, right = self.sentence(piece.block, piece.open, piece.close)
        floor = left
        # the same sentence: one that opens where the last quote's does (a piece with a
        # full stop inside it runs past the sentence end of the piece before it)
        if in_sentence is not None and in_sentence.sentence[0] == left:
            if in_sentence.kind is not _PARTIAL:  # a fragment is part of the clause
                floor = max(floor, in_sentence.end + 1)
        else:
            in_sentence = None
        source = self.source
        if right <= piece.close + 1 and source[piece.end - 1 : piece.end] in ("?", "!"):
            right = self.next_end(piece.block, right)  # "Who benefits?" Lavrov asked.
        limit = right
        if index + 1 < len(pieces) and pieces[index + 1].open < right:
            limit = pieces[index + 1].open
        if continued is None and (
            self.is_title(piece, floor) or self.joins_a_title(pieces, index)
        ):
            self.name_in_marks(piece)
            self.last_title = piece
            return None
        kind = _DIRECT if continued is not None else self.kind_of(piece, floor, in_sentence)
        if kind is _PARTIAL and self.defines_a_word(piece, floor):
            return None  # 'A "renoviction" is when ...': a word mentioned, not said
        found = _Found(piece, piece.start, piece.end, kind, piece.block, sentence=(left, right))
        if kind is _PARTIAL and in_sentence is not None and _inside(in_sentence.clause, found):
            # 'said she would speak "to farmers" and tell them "we are here"': one clause
            found.speaker, found.mention = in_sentence.speaker, in_sentence.mention
            found.cue, found.clause = in_sentence.cue, in_sentence.clause
            return found
        if kind is _DIRECT:
            attributed = self.attribute_after(found, piece.close + 1, limit) or (
                self.attribute_before(found, floor, piece.open)
            )
        else:
            attributed = self.attribute_before(found, floor, piece.open) or (
                self.attribute_after(found, piece.close + 1, limit)
            )
        dashed = self.dashed_name(floor, piece)
        if dashed >= 0:  # "including the former candidate Mitt Romney -- '...' --"
            found.speaker, found.mention, found.cue = dashed, None, None
            return found
        if attributed:
            self.find_clause(found, right)
            return found
        labelled = self.labelled(floor, piece.open)
        if labelled < 0:
            labelled = self.signed(piece.close + 1, right)
        turn = None
        if labelled < 0 and source[piece.start] in string.ascii_uppercase:  # (as a label opens)
            turn = _TURN_LABEL.match(source, piece.start)
        if turn is not None:
            labelled = self.turn_of(turn)
            if labelled >= 0:
                found.start = turn.end()  # the words, not the label
        if labelled >= 0:  # "Kavrosk: 'We will not back down'", '"..." -- Anna Kavrosk'
            found.speaker = labelled
            return found
        if in_sentence is not None and (in_sentence.speaker >= 0 or in_sentence.mention):
            found.speaker, found.mention = in_sentence.speaker, in_sentence.mention
            return found
        if kind is _PARTIAL:
            if found.cue is None:
                return None  # scare quotes
            if source[found.cue.start : found.cue.end].lower() in self.t.nouns:
                return None  # "the other words on the list are "yeet"": no one's words
            self.find_clause(found, right)  # a speaker the reader cannot name
            return found
        if continued is not None:
            found.speaker, found.mention = continued.speaker, continued.mention
            return found
        if piece.block not in self.headlines and (
            _looks_like_a_title(source[found.start : found.end])
            or _is_display_line(source, self.blocks[piece.block], piece)
        ):
            return None  # a title, a name or a pull quote in marks, no one's words
        self.continue_speaker(found, previous)
        return found

    def find_clause(self, found: _Found, right: int) -> None:
        """The reported clause around a partial quote after a clause verb: 'said those
        ties were "a one-way street"'."""
        cue, piece = found.cue, found.piece
        if found.kind is not _PARTIAL or cue is None or piece is None:
            return
        verb = self.source[cue.start : cue.end].lower()
        if verb in self.t.framing and cue.end <= piece.open:
            self.find_framed(found, cue, piece)
            return
        if verb not in self.t.clause:
            return
        if cue.start > piece.close:
            self.find_clause_before(found, cue, piece, right)
            return
        start = self.clause_start(cue, piece.open)
        if 0 <= start <= piece.open:
            closed = piece.close + (0 if piece.open_ended else 1)  # with the closing mark
            end = closed
            if right - start <= _LONG_SENTENCE:  # else no prose: the clause ends at the mark
                end = max(_clause_end(self.source, start, right), closed)
            found.clause = _span(*_strip(self.source, start, end))

    def find_framed(self, found: _Found, cue: Span, piece: _Piece) -> None:
        """The words a framing verb frames, up to the end of the fragment: 'called
        Vladimir Putin "a strong leader"', 'described the plan as "reckless"'."""
        closed = piece.close + (0 if piece.open_ended else 1)  # with the closing mark
        start, end = _strip(self.source, cue.end, closed)
        framed = self.source[start : piece.open]  # the words before the fragment
        if 0 < len(framed.split()) <= _FRAMED_WORDS and ";" not in framed and ":" not in framed:
            found.clause = _span(start, end)

    def find_clause_before(self, found: _Found, cue: Span, piece: _Piece, right: int) -> None:
        """The clause of a partial quote that comes before its reporter: 'A cashier who
        "steals a few coins" is punished, Ana Berg said.' (or ", said Ana Berg."), read as
        :meth:`indirect` reads a clause that comes first.
        """
        source = self.source
        if found.speaker < 0:
            return
        subject_start, subject_end = self.starts[found.speaker], self.ends[found.speaker]
        inverted = subject_start > cue.start  # ", said Ana Berg."
        stop = cue.start if inverted else subject_start
        comma = source.rfind(",", piece.close, stop)
        between = source[comma + 1 : stop].strip()
        clause_end = _clause_end(source, cue.end, right)
        tail = _tail(source, subject_end if inverted else cue.end, clause_end)
        verb = source[cue.start : cue.end]
        if (
            comma > piece.close
            and self.ends_sentence(verb, tail)
            and (not between or self.is_title_of(between, found.speaker))
        ):
            found.clause = _span(*_strip(source, found.sentence[0], comma))

    def dashed_name(self, floor: int, piece: _Piece) -> int:
        """A person named right before a dash that opens an aside the quote fills: in
        "including the former candidate Mitt Romney -- '...' -- and" the words are
        Romney's, whatever verb the sentence has; else -1."""
        # (the closing mark is as wide as the opening one: one character, or two for '')
        open_, after = piece.open, piece.close + (piece.start - piece.open)
        low = max(floor, open_ - 6)
        before = self.source[low:open_]  # (no dash there, as most quotes have: no search)
        if "-" not in before and "\u2014" not in before and "\u2013" not in before:
            return -1
        dash = _DASH_BEFORE.search(self.source, low, open_)
        if dash is None or _DASH_AFTER.match(self.source, after) is None:
            return -1
        at = self.last_before(dash.start(), floor)
        if at < 0 or self.ends[at] != dash.start() or not self.persons[at]:
            return -1
        return at

    def labelled(self, floor: int, open_: int) -> int:
        """The speaker of a quote introduced by a name and a colon, without a verb
        ("Lavrov: 'We will respond'", "Russia's Lavrov: ..."), or by a clause a person
        opens and a colon ("Lavrov put it this way: '...'")."""
        source = self.source
        colon = open_
        while colon > floor and source[colon - 1].isspace():
            colon -= 1
        if colon <= floor or source[colon - 1] != ":":
            return -1
        at = self.last_before(colon - 1, floor)
        if at >= 0 and self.ends[at] == colon - 1:
            return at if _LEADING_WORDS.fullmatch(source, floor, self.starts[at]) else -1
        # "Musk again took to Twitter with this: '...'": the person the clause opens with
        first = self.first_after(floor, colon)
        if first >= 0 and self.persons[first] and self.opens_clause(floor, self.starts[first]):
            return first
        return -1

    def turn_of(self, label: re.Match[str]) -> int:
        """The speaker of a transcript's turn quoted whole: '"WALLACE: Let's start ..."',
        a name in capitals and a colon (*label*) opening the quoted words: the last person
        named before it whose name ends in that word (any case), else -1."""
        word = _fold(label.group(1).split()[-1])
        for at in range(bisect_left(self.starts, label.start()) - 1, -1, -1):
            actor = self.actors[at]
            if actor.kind is _K_PERSON and _fold(actor.name.split()[-1]) == word:
                return at
        return -1

    def signed(self, after: int, limit: int) -> int:
        """The speaker of a quote signed with a dash and a name after it, with nothing
        else in its sentence ('"...," - Commissioner Anna Kavrosk')."""
        dash = _SIGNATURE.match(self.source, after, limit)
        if dash is None:
            return -1
        at = self.first_after(dash.end(), limit)
        if at < 0 or not _LEADING_WORDS.fullmatch(self.source, dash.end(), self.starts[at]):
            return -1
        rest = self.source[self.ends[at] : limit]
        # nothing after the name but a full stop, or an appositive: "- Ana Berg, Porthaven"
        return at if rest.strip(" .,") == "" or rest.startswith(",") else -1

    def next_end(self, block: int, position: int) -> int:
        """The first sentence end of the block after *position*."""
        ends = self.ends_of(block)
        at = bisect_left(ends, position + 1)
        return ends[at] if at < len(ends) else self.blocks[block].end

    def share_group_speakers(self, found_all: list[_Found]) -> None:
        """The pieces of one group share the speaker that any of them names (a long
        quote is often attributed only in its last paragraph)."""
        speakers: dict[int, _Found] = {}
        for found in found_all:
            if found.speaker >= 0 or found.mention is not None:
                speakers.setdefault(found.group, found)
        for found in found_all:
            named = speakers.get(found.group)
            if named is not None and found.speaker < 0 and found.mention is None:
                found.speaker, found.mention = named.speaker, named.mention

    def continue_speaker(self, found: _Found, previous: _Found | None) -> None:
        """A quote without attribution continues the speaker of the quote before it in
        the same or the previous paragraph, or two paragraphs back when the paragraph
        between names no one; with no such quote, it is the words of the
        last person named in the same or the previous paragraph ("Lena Berg, 52, has
        fished here for years. / "Nobody asked us."") or of the last actor named right
        before a reporting verb there ("Acme announced a recall. / "Safety comes first."")."""
        if found.kind is not _DIRECT:
            return
        if previous is not None and (
            found.block - previous.block <= 1
            or (found.block - previous.block == 2 and not self.names_between(previous, found))
        ):
            opener = self.sentence_opener_between(previous, found)
            if opener >= 0:  # 'Durning did not need much coaxing. "I'm thankful ..."'
                found.speaker = opener
                return
            found.speaker, found.mention = previous.speaker, previous.mention
            return
        if found.piece is not None and found.piece.open_ended:
            return  # a long quote goes on: its later pieces name the speaker
        floor = self.blocks[max(0, found.block - 1)].start
        at = bisect_left(self.starts, found.start) - 1
        while at >= 0 and self.starts[at] >= floor:
            if self.ends[at] <= found.start and self.persons[at]:
                found.speaker = at
                return
            if self.ends[at] <= found.start and self.speaks_at(at):
                found.speaker = self.member_of(at, floor)  # "X with the Agency says"
                return
            at -= 1

    def sentence_opener_between(self, before: _Found, after: _Found) -> int:
        """The last person other than the speaker of *before* who opens a sentence, by
        name or as "he" or "she", between the two quotes and in the paragraph of *after*
        or the one before it; else -1."""
        speaker = self.actors[before.speaker].key if before.speaker >= 0 else None
        floor = max(before.end, self.blocks[max(0, after.block - 1)].start)
        at = bisect_left(self.starts, after.start) - 1
        while at >= 0 and self.starts[at] >= floor:
            if (
                self.persons[at]
                and self.actors[at].key != speaker
                and (
                    self.mentions[at].kind is not _M_PRONOUN
                    or self.mentions[at].text.lower() in self.t.subject_pronouns
                )
                and self.opens_sentence(self.starts[at])
            ):
                return at
            at -= 1
        return -1

    def opens_sentence(self, start: int) -> bool:
        """Whether a name starting at *start* opens its sentence, past at most two words
        ("The", "Dr."), in a block that is read."""
        block = bisect_right(self.block_starts, start) - 1
        if block < 0 or start >= self.blocks[block].end:
            return False
        left, _ = self.sentence_around(block, start)
        return bool(_LEADING_WORDS.fullmatch(self.source, left, start))

    def names_between(self, before: _Found, after: _Found) -> bool:
        """Whether a person or a speaking actor other than the speaker of *before* is
        named between two quotes."""
        speaker = self.actors[before.speaker].key if before.speaker >= 0 else None
        at = bisect_left(self.starts, before.end)
        while at < len(self.starts) and self.starts[at] < after.start:
            if (self.persons[at] or self.speaks_at(at)) and self.actors[at].key != speaker:
                return True
            at += 1
        return False

    def speaks_at(self, at: int) -> bool:
        """Whether mention *at* is right before a reporting verb ("Acme announced")."""
        end = self.ends[at]
        word = _FIRST_WORD.match(self.source, end + 1)
        return (
            self.source[end : end + 1] == " " and word is not None and word.group() in self.t.speech
        )

    # -- indirect speech -------------------------------------------------------------
    def read_indirect(self, marked: list[_Found], found_all: list[_Found]) -> None:
        """The indirect quotes outside the quoted words: the clauses reported by clause
        verbs, then the words attributed with "according to"."""
        source = self.source
        quoted = sorted((found.start, found.end) for found in marked)
        attributing = {found.cue.start for found in marked if found.cue is not None}
        clause = self.t.clause
        headlines = self.headlines
        cues, cue_starts = self.cues, self.cue_starts
        last_sentence = (-1, -1)  # (of the last clause read; no other block has it)
        for at, cue in enumerate(cues):
            if cue.word not in clause or cue.start in attributing or cue.block in headlines:
                continue  # not a clause verb, or the verb of a quote in marks
            if _overlaps(quoted, cue.start, cue.end):
                continue  # no cue inside quoted words
            block = cue.block
            if self.unrealised(cue.start, self.blocks[block].start):
                continue  # "plans to claim that ...": no speech reported
            if self.no_report(cue, self.blocks[block].start):
                continue  # "(was) told he had", "lower than Acme says": no one's report
            if cue.word not in _NEVER_NOUNS and self.as_noun(cue.start, self.blocks[block].start):
                continue  # "those claims were", "Suncor's claims are": a noun
            left, right = self.sentence_around(block, cue.start)
            if cue.word in self.t.indicating and self.finding_points(cue, left):
                continue  # "a survey suggested that ...": a finding, no one's words
            earlier = found_all[-1] if (left, right) == last_sentence else None
            if earlier is not None and not self.coordinated(cue, earlier):
                # one reported clause a sentence, but for "... and said ..." and for a
                # second clause with its own reporter: "..., and the minister said ..."
                second = self.second_report(cue, earlier, block, right)
                if second is not None and not _overlaps(quoted, second.start, second.end):
                    if _fewer_words(source, earlier.start, earlier.end, 3):
                        found_all.pop()  # "denied wrongdoing, and ...": no clause
                    found_all.append(second)
                continue
            if earlier is None and source.startswith(",", cue.end):  # (as parenthetical needs)
                pieces = self.parenthetical(cue, block, left, right)
                if pieces and not any(_overlaps(quoted, p.start, p.end) for p in pieces):
                    found_all.extend(pieces)
                    last_sentence = (left, right)
                    continue
            found = self.indirect(cue, block, left, right, earlier)
            if found is not None and earlier is None:
                found = self.trailing_instead(cues, cue_starts, at, found, attributing) or found
            if found is not None and not _overlaps(quoted, found.start, found.end):
                if earlier is not None:  # the earlier clause ends before "and said"
                    earlier.end = _strip(source, earlier.start, self.coordinator(cue))[1]
                found_all.append(found)
                last_sentence = (left, right)
        for according in cues:
            if not according.according or according.block in headlines:
                continue
            left, right = self.sentence_around(according.block, according.start)
            if _overlaps(quoted, according.start, according.end) or any(
                f.sentence == (left, right) for f in found_all[-3:]
            ):
                continue
            found = self.according_to(according, according.block, left, right)
            if found is not None and not _overlaps(quoted, found.start, found.end):
                found_all.append(found)

    def indirect(
        self, cue: _Cue, block: int, left: int, right: int, earlier: _Found | None = None
    ) -> _Found | None:
        """Reported speech around a clause verb: "X said (that) ...", "..., X noted.";
        a verb coordinated with an *earlier* one has its reporter ("X said ... and said")."""
        source = self.source
        end = _clause_end(source, left, right)
        if earlier is not None:
            speaker, mention, subject_start = earlier.speaker, earlier.mention, left
        else:
            speaker, mention, subject_start = self.reporter(cue, left, right)
        if speaker < 0 and mention is None:
            return None
        inverted = subject_start > cue.start
        # what follows the verb (after the name, for "..., said Makienko.")
        tail = _tail(source, self.ends[speaker] if inverted else cue.end, end)
        # "..., Makienko noted." / "..., said Makienko.": the clause comes first
        comma = source.rfind(",", left, cue.start if inverted else subject_start)
        between = source[comma + 1 : cue.start if inverted else subject_start].strip()
        if (
            # "..., said Makienko, a director of the fund.": an appositive after the name
            (self.ends_sentence(cue.word, tail) or (inverted and tail.lstrip().startswith(",")))
            and comma > left
            and (not between or self.is_title_of(between, speaker))
        ):  # nothing between the comma and the name but the name's title
            clause = (left, comma)
        elif inverted:
            return None
        else:
            start = self.clause_start(cue, end)
            if start < 0:
                return None
            if cue.word in self.t.object_or_clause_verbs and not self.reads_as_clause(start, end):
                return None  # "suggests a dip in sales", "vowed retribution": an object
            clause = (start, end)
        start, stop = _strip(source, *clause)
        if _fewer_words(source, start, stop, 3):
            return None
        found = _Found(
            None, start, stop, _INDIRECT, block, speaker, mention, sentence=(left, right)
        )
        found.cue = _span(cue.start, cue.end)
        self.circumstances(found, cue.end, right)
        return found

    def second_report(self, cue: _Cue, earlier: _Found, block: int, right: int) -> _Found | None:
        """A second reported clause of a sentence, with a reporter of its own after ", and",
        ", but" or ";" inside the clause read before it: "Soto said he would go, and the
        minister said he would stay." The earlier clause ends at the joint."""
        source = self.source
        if not earlier.start < cue.start < earlier.end or right - earlier.start > _LONG_SENTENCE:
            return None  # (a sentence of thousands of characters is no prose: not split)
        low = max(earlier.start, cue.start - _SUBJECT_REACH)  # the reporter stands near its verb
        joints = list(_NEW_CLAUSE.finditer(source, low, cue.start))
        if not joints:
            return None
        joint = joints[-1]  # the last joint before the verb
        speaker, mention, subject_start = self.reporter(cue, joint.end(), right)
        if (speaker < 0 and mention is None) or not joint.end() <= subject_start < cue.start:
            return None
        second = self.indirect(cue, block, joint.end(), right)
        if second is None:
            return None
        second.sentence = earlier.sentence
        earlier.end = _strip(source, earlier.start, joint.start())[1]
        return second

    def trailing_instead(
        self,
        cues: list[_Cue],
        cue_starts: list[int],
        at: int,
        found: _Found,
        attributing: set[int],
    ) -> _Found | None:
        """The attribution closing the sentence when the clause read for ``cues[at]``
        runs up to it: in "Soto told officials that he would go, an aide said." the aide
        reports the whole sentence, Soto's words with it."""
        left, right = found.sentence
        cue = cues[at]
        if right - left > _LONG_SENTENCE:
            return None
        # a closing attribution stands near the sentence's end
        first = bisect_left(cue_starts, max(cue.end, right - _SUBJECT_REACH), at + 1)
        for later in cues[first:]:
            if later.start >= right or later.block != cue.block:
                return None
            if later.word not in self.t.clause or later.start in attributing:
                continue
            trailing = self.indirect(later, later.block, left, right)
            if trailing is not None and trailing.start <= cue.start:
                return trailing
        return None

    def parenthetical(self, cue: _Cue, block: int, left: int, right: int) -> list[_Found]:
        """Reported speech with its attribution set off by commas inside it: "Too
        often, Dave Martell says, the cuts come late." gives the two pieces around the
        attribution ("Too often", "the cuts come late"), one utterance."""
        source = self.source
        after = cue.end
        if not source.startswith(",", after):
            return []
        speaker, mention, subject_start = self.reporter(cue, left, right)
        if (speaker < 0 and mention is None) or not left < subject_start < cue.start:
            return []
        first_end = subject_start
        while first_end > left and source[first_end - 1] in " \u00a0":
            first_end -= 1
        if first_end <= left or source[first_end - 1] != ",":
            return []  # the subject does not follow a comma
        end = _clause_end(source, left, right)
        head = _strip(source, left, first_end - 1)
        tail = _strip(source, after + 1, end)
        if source.startswith("according", tail[0]):
            return []  # "..., Ivan said, according to the complaint.": no second piece
        if _words_up_to(source, *head, 3) + _words_up_to(source, *tail, 3) < 3:
            return []
        pieces = []
        for start, stop in (head, tail):
            found = _Found(
                None, start, stop, _INDIRECT, block, speaker, mention, sentence=(left, right)
            )
            found.cue = _span(cue.start, cue.end)
            found.group = cue.start  # the two pieces are one utterance
            pieces.append(found)
        return pieces

    def coordinator(self, cue: _Cue) -> int:
        """Where the "and" (with a comma, "also") coordinating a clause verb with the
        verb before it starts, or -1: "said it would act and said it had acted"."""
        match = _AND_BEFORE.search(self.source, max(0, cue.start - 16), cue.start)
        return match.start() if match is not None else -1

    def coordinated(self, cue: _Cue, earlier: _Found) -> bool:
        """Whether *cue* is a second reporting verb inside the clause read for the verb
        before it ("The agency said it was acting, and said it would ...")."""
        return earlier.start < cue.start < earlier.end and self.coordinator(cue) > earlier.start

    def unrealised(self, cue: int, floor: int) -> bool:
        """Whether the word before a clause verb makes it speech not made ("to", "may",
        "not", "didn't")."""
        last = _LAST_WORD.search(self.source, max(floor, cue - 12), cue)
        if last is None:
            return False
        word = last.group(1)
        if word == "t" and self.source[last.start() - 2 : last.start()] in ("n'", "n\u2019"):
            word = "n't"  # "didn't say", "won\u2019t say"
        return word in self.t.unrealised

    def no_report(self, cue: _Cue, floor: int) -> bool:
        """Whether a clause verb reports no words of its subject: "told" with no one told
        ("had been diagnosed and told he had months to live", a passive), or a verb in a
        comparison ("costs lower than Acme says they are")."""
        source = self.source
        if cue.word in self.t.addressing:
            after = _NEXT_WORD.match(source, cue.end)
            if after is not None and after.group(1) in self.t.told_clause_openers:
                return True
        low = max(floor, cue.start - _SUBJECT_REACH)
        return source.find("than", low, cue.start) >= 0 and (
            _THAN_BEFORE.search(source, low, cue.start) is not None
        )

    def finding_points(self, cue: _Cue, left: int) -> bool:
        """Whether the subject of an indicating verb is a finding: its head, the word
        before the subject's first preposition (before a participle there: "a study
        conducted by") or else its last word, is a noun of findings ("a private survey
        suggested", "a review of the data suggests"). The subject is read back to a comma
        or the sentence start, at most ``_SUBJECT_REACH`` characters."""
        source = self.source
        low = max(left, cue.start - _SUBJECT_REACH)
        stretch = source[low : cue.start]
        clause = max(stretch.rfind(","), stretch.rfind(";"), stretch.rfind(":")) + 1
        words = stretch[clause:].split()
        if not words:
            return False
        at = _head_at(words, self.t.subject_prepositions)
        if 0 < at < len(words) - 1 and words[at].endswith("ed"):
            at -= 1  # "a study conducted by": the participle's noun
        return words[at].lower() in self.t.evidence

    def as_noun(self, cue: int, floor: int) -> bool:
        """Whether the word before a clause verb's form makes it a noun: a determiner
        ("those claims", "the reports") or a possessive ("Suncor's claims")."""
        source = self.source
        low = _words_start(source, max(floor, cue - 24), cue, 1)  # it ends at the verb
        last = _WORD_BEFORE.search(source, low, cue)
        if last is None:
            return False
        word = last.group(1).lower()
        if word in _PRONOUN_DETERMINERS:  # "officials that say", "some say"
            return False
        return word in self.t.determiners or word.endswith(("'s", "\u2019s"))

    def is_title_of(self, words: str, speaker: int) -> bool:
        """Whether *words* before a speaker's name read as a title: one the actor has, or
        a few words ending in a role noun ("IG market strategist", "White House adviser")."""
        if speaker < 0:
            return False
        if words in self.actors[speaker].titles:
            return True
        split = words.split()
        return len(split) <= 6 and split[-1].lower() in self.t.role_nouns

    def ends_sentence(self, verb: str, tail: str) -> bool:
        """Whether the verb closes its sentence, followed at most by an addressee, a
        channel or a time ("..., Makienko noted.", "..., she told CBS News on Monday."),
        and not by an object ("..., Mexico said enough.")."""
        if len(tail) > _TAIL_CHARS:
            return False  # no seven words run so long
        words = tail.lstrip(" \t\u00a0,").split()  # "..., she said, according to ..."
        if not words:
            return True
        if len(words) > 7:
            return False
        first = words[0].strip(",").lower()
        return (
            verb.lower() in ("told", "tells")
            or first in self.t.non_clause_openers
            or first in self.t.time_words
        )

    def reporter(self, cue: _Cue, left: int, right: int) -> tuple[int, Mention | None, int]:
        """Who reports, for a clause verb: (mention index or -1, a nominal or pronoun
        mention or None, where the subject starts). An actor before the verb, a nominal
        ("sources said"), an unresolved pronoun ("they say"), or an actor after the verb
        ("said Makienko")."""
        speaker = self.subject(cue.start, left)
        if speaker >= 0:
            return speaker, None, self.starts[speaker]
        nominal = self.nominal(cue.start, left)
        if nominal is None:
            nominal = self.plural_pronoun(cue.start, left) or self.lone_pronoun(cue.start)
        if nominal is not None:
            return self.nominal_speaker(nominal), nominal, nominal.span.start
        speaker = self.object_after(cue.end, right)
        return speaker, None, (self.starts[speaker] if speaker >= 0 else -1)

    def clause_start(self, cue: _Cue | Span, end: int) -> int:
        """Where the reported clause after a clause verb starts, or -1 when none does:
        after "that"; else right after the verb, when what follows reads as a clause."""
        source = self.source
        start, verb = cue.end, source[cue.start : cue.end].lower()
        that = _find_word(source, "that", start, min(end, start + 80))
        if that >= 0 and self.leads_to_that(start, that):
            return that + 4
        if verb in ("told", "tells", "tell", "telling"):
            start = self.addressee_end(start, end)  # "told CBS News it had ..."
            if start < 0:
                return -1  # where the addressee ends is unknown
        start = self.after_time(start, end)  # "said Monday the port ..."
        channel = None
        if source[start : start + 1] in _CHANNEL_INITIALS:
            channel = _channel_pattern().match(source, start, end)
        if channel is not None:  # "said in his weekly address he was ready ..."
            after = self.after_time(self.channel_end(channel.end(), end), end)
            return after if self.reads_as_clause(after, end) else -1
        if verb in self.t.noun_phrase_verbs:
            return start if _GERUND.match(source, start) else -1  # "denied having"
        if _CAPITAL_OR_DIGIT.match(source, start):
            return start
        word = _FIRST_WORD.match(source, start)
        if word is not None and word.group() == "about" and _NUMBER_AFTER.match(source, word.end()):
            return start  # "says about 550 students attend": "about" is a number's
        return start if word is not None and word.group() not in self.t.non_clause_openers else -1

    def leads_to_that(self, start: int, that: int) -> bool:
        """Whether the words between a clause verb (ending at *start*) and a "that" are a
        few words of circumstance ("said in a statement that"), not a clause of their own
        ("said the video is the best thing that ..."), where the "that" opens a relative
        clause. A comma ends the words read ("he told me on Friday, is that ...")."""
        between = self.source[start:that]
        words = between.split()
        if len(words) > _THAT_REACH:
            return False
        finite = self.t.finite_markers
        for word in words:
            if word.lower() in finite:
                return False
            if word.endswith(","):  # "he told me on Friday, is that": a parenthetical
                return True
        return True

    def reads_as_clause(self, start: int, end: int) -> bool:
        """Whether the words from *start* read as a clause rather than an object: they
        open with a subject pronoun ("suggested it would"), or a finite verb marker
        stands among their first words, before any comma ("suggested the plan would
        fail", not "suggested a pause, which would ...")."""
        t = self.t
        if _GERUND.match(self.source, start):
            return True  # "suggested looking at ...": a clause without its subject
        previous = ""
        for index, word in enumerate(_CLAUSE_WORDS.finditer(self.source, start, end)):
            folded = word.group().lower().replace("\u2019", "'")
            if index == 0 and folded in t.clause_subjects:
                return True
            if index < _CLAUSE_TIME_WORDS and folded in _AFTER_A_TIME and previous in _TIME_UNITS:
                return False  # "replied a couple of minutes later when ...": a time, no clause
            if folded in t.finite_markers:
                return True
            if index > 0 and _PAST_TENSE.fullmatch(folded) and previous not in t.determiners:
                return True  # "suggested the debate erased ...", not "the combined value"
            if index >= _CLAUSE_REACH or folded[-1] in _CLAUSE_STOPS:
                return False
            previous = folded
        return False

    def after_time(self, start: int, end: int) -> int:
        """Past the spaces and a time word right after a verb ("said Monday the port
        ...", "said on Friday the port ..."): where a clause would start. (A channel
        is skipped by :meth:`clause_start`, which then asks for words that read as a
        clause: "said in a statement the port ...".)"""
        source = self.source
        time = _TIME_AFTER.match(source, start, end)
        if time is not None and time.group("word").lower() in self.t.time_words:
            start = time.end()
        while start < end and source[start] in " \u00a0":
            start += 1
        return start

    def addressee_end(self, start: int, end: int) -> int:
        """Where the addressee right after "told" ends: a named actor ("told CBS News"),
        "reporters" and the like, or an object pronoun ("told him"); else -1."""
        source = self.source
        at = self.first_after(start, end)
        if at >= 0 and source[start : self.starts[at]].strip() in ("", "the"):
            return _name_end(source, self.ends[at], end)
        match = (
            _addressee_pattern().match(source, start, end)
            or _OBJECT_PRONOUN.match(source, start, end)
            or _PROPER_AUDIENCE.match(source, start, end)  # "told the Vancouver Sun"
        )
        if match is not None:
            return match.end()
        for pattern in _COMMON_AUDIENCES:  # "told the jury", "told the grand jury"
            match = pattern.match(source, start, end)
            if match is not None and match.group("noun") in self.t.audiences:
                return match.end()
        return -1

    def according_to(self, according: _Cue, block: int, left: int, right: int) -> _Found | None:
        source = self.source
        speaker = self.object_after(according.end, right)
        mention = None
        if speaker >= 0:
            source_end = self.ends[speaker]
        else:  # "according to the report", "according to officials": a nominal source
            nominal = _ACCORDING_NOMINAL.match(source, according.end, right)
            if nominal is None:
                return None
            span = _span(nominal.start(1), nominal.end(1))
            mention = Mention(nominal.group(1), span, _M_TITLE)
            source_end = span.end
            if nominal.group(1).rsplit(None, 1)[-1] in self.t.documents:
                speaker = self.issuer(span.start)  # "according to the report": its issuer
        end = _clause_end(source, left, right)
        head = source[left : according.start].strip(" ,")
        if head:  # "..., according to X."
            clause = (left, source.rfind(",", left, according.start))
            if clause[1] <= left:
                return None
        else:  # "According to X, ..."
            comma = source.find(",", source_end, end)
            if comma < 0:
                return None
            clause = (comma + 1, end)
        start, stop = _strip(source, *clause)
        if _fewer_words(source, start, stop, 3):
            return None
        found = _Found(
            None, start, stop, _INDIRECT, block, speaker, mention, sentence=(left, right)
        )
        found.cue = _span(according.start, according.end)
        return found

    # -- output -----------------------------------------------------------------------
    def quote(
        self,
        found: _Found,
        group: int,
        paragraphs: Sequence[int | None],
        rebuilt: dict[str, Actor],
    ) -> Quote:
        source = self.source
        speaker = None
        if found.speaker >= 0:
            speaker = self.actors[found.speaker]
            speaker = rebuilt.get(speaker.key, speaker)
        mention = found.mention
        if mention is None and found.speaker >= 0:
            mention = self.mentions[found.speaker]
            described = None
            if found.cue is not None and found.cue.start - self.ends[found.speaker] >= 3:
                # (only a mention a word or more before the cue can be described: see
                # :meth:`described`)
                described = self.described(found.speaker, found.cue)
            if described is not None:
                mention = described[0]
                speaker = speaker if described[1] else None
        quote = _new_object(Quote)  # Quote(text, span, ...), its fields set as _span sets a span's
        _SET_TEXT(quote, source[found.start : found.end])
        _SET_SPAN(quote, _span(found.start, found.end))
        _SET_KIND(quote, found.kind)
        _SET_SPEAKER(quote, speaker)
        _SET_SPEAKER_MENTION(quote, mention)
        # (most quotes have no addressee, channel or clause: no call for those)
        _SET_CUE(quote, _snippet(source, found.cue))
        addressee, channel, clause = found.addressee, found.channel, found.clause
        _SET_ADDRESSEE(quote, None if addressee is None else _snippet(source, addressee))
        _SET_CHANNEL(quote, None if channel is None else _snippet(source, channel))
        _SET_CLAUSE(quote, None if clause is None else _snippet(source, clause))
        _SET_PARAGRAPH(quote, paragraphs[found.block])
        _SET_IN_HEADLINE(quote, found.block in self.headlines)
        _SET_GROUP(quote, group)
        return quote

    def read(self, paragraphs: Sequence[int | None]) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
        """The quotes, and the actors with the pronouns the quotes moved (see
        :meth:`keep_speakers_of_pronouns`)."""
        self.cues = self.scan_cues()  # once: both kinds of quotes look for their cues in them
        self.cue_starts = [cue.start for cue in self.cues]
        marked: list[_Found] = []
        self.read_marked(marked)
        self.adopt_headline_speakers(marked)
        everything = list(marked)
        self.read_indirect(marked, everything)
        everything.sort(key=_FOUND_START)
        moves = self.keep_speakers_of_pronouns(everything)
        actors, rebuilt = _moved_pronouns(self.given, moves)
        numbers: dict[tuple[bool, int], int] = {}
        quotes = []
        for found in everything:
            if found.piece is not None:
                key = (False, found.group)
            else:  # indirect: one group each, or one for pieces around an attribution
                key = (True, found.start if found.group < 0 else -1 - found.group)
            group = numbers.setdefault(key, len(numbers))
            quotes.append(self.quote(found, group, paragraphs, rebuilt))
        return tuple(quotes), actors

    def keep_speakers_of_pronouns(self, ordered: list[_Found]) -> dict[Span, str]:
        """A "he said" or "she said" goes on with the person quoted just before (in the
        same or the previous two paragraphs) when the pronoun fits that person's gender:
        a reporter's pronoun follows the speaker, not the last name printed. Returns the
        span of each pronoun so moved, with the key of the actor it now refers to."""
        moves: dict[Span, str] = {}
        previous: _Found | None = None
        for found in ordered:
            if found.block in self.headlines:
                continue
            speaker = found.speaker
            if (
                previous is not None
                and speaker >= 0
                and self.mentions[speaker].kind is _M_PRONOUN
                and found.block - previous.block <= 2
                and self.actors[previous.speaker].key != self.actors[speaker].key
                and _fits(self.mentions[speaker].text, self.actors[previous.speaker])
                and not self.opens_a_sentence(
                    self.actors[speaker], previous.end, self.starts[speaker]
                )
                and not self.named_right_after(self.actors[previous.speaker], self.ends[speaker])
                and not self.reported_between(
                    self.actors[speaker], previous.end, self.starts[speaker]
                )
            ):
                found.speaker = previous.speaker
                found.mention = self.mentions[speaker]
                moves[found.mention.span] = self.actors[previous.speaker].key
            if found.speaker >= 0 and self.actors[found.speaker].kind is _K_PERSON:
                previous = found
        return moves

    def reported_between(self, actor: Actor, start: int, end: int) -> bool:
        """Whether *actor* is named by name right after a reporting verb between *start*
        and *end* ("..., said Mark GarthWaite, director of the guild. But he said"): a
        new speaker the reader's "he" goes on with."""
        source, speech = self.source, self.t.speech
        mentions = actor.mentions  # in text order
        for mention in mentions[bisect_left(mentions, start, key=_MENTION_START) :]:
            if mention.span.start >= end:
                break
            if mention.kind is _M_PRONOUN:
                continue
            at = mention.span.start
            before = _LAST_WORD.search(source, max(start, at - 12), at)
            if before is not None and before.group(1) in speech:
                return True
        return False

    def named_right_after(self, actor: Actor, end: int) -> bool:
        """Whether *actor* is named by name within a few words after a pronoun ending at
        *end*, as its verb's object: in '"...," he tells Foster', "he" is not Foster."""
        mentions = actor.mentions  # in text order
        at = bisect_left(mentions, end, key=_MENTION_START)
        return (
            at < len(mentions)
            and mentions[at].kind is not _M_PRONOUN
            and mentions[at].span.start - end <= _OBJECT_REACH
            and "\n" not in self.source[end : mentions[at].span.start]
        )

    def opens_a_sentence(self, actor: Actor, start: int, end: int) -> bool:
        """Whether *actor* is named at the start of a sentence between *start* and *end*
        (in any block): the subject the reader's "she" most likely points back to ("Olga
        Sorina, the foreign minister, disagreed. "...," she said.")."""
        mentions = actor.mentions  # in text order
        first = bisect_left(mentions, start, key=_MENTION_START)
        for mention in mentions[first:]:
            if mention.span.start >= end:
                break
            if mention.kind is not _M_PRONOUN and self.opens_sentence(mention.span.start):
                return True
        return False

    def adopt_headline_speakers(self, marked: list[_Found]) -> None:
        """A headline quote that the body quotes again takes the body's speaker when the
        headline names that speaker's country or organisation, or nobody."""
        if not self.headlines or not any(found.block in self.headlines for found in marked):
            return
        by_text: dict[str, _Found] = {}
        for found in marked:
            if found.block not in self.headlines and found.speaker >= 0:
                by_text.setdefault(_fold(self.source[found.start : found.end]), found)
        for found in marked:
            if found.block not in self.headlines:
                continue
            body = by_text.get(_fold(self.source[found.start : found.end]))
            if body is None:
                continue
            if found.speaker >= 0:
                told = self.actors[found.speaker]
                person = self.actors[body.speaker]
                if (
                    told.key != person.key
                    and told.key not in (person.affiliation, None)
                    and (told.country is None or told.country != person.country)
                ):
                    continue
            found.speaker, found.mention = body.speaker, body.mention


def _moved_pronouns(
    actors: Sequence[Actor], moves: dict[Span, str]
) -> tuple[tuple[Actor, ...], dict[str, Actor]]:
    """*actors* with each moved pronoun mention taken from the actor it was resolved to
    and given to the actor of *moves*; and the rebuilt actors by key."""
    if not moves:
        return tuple(actors), {}
    taken: dict[str, list[Mention]] = {}
    changed: dict[str, list[Mention]] = {}
    for actor in actors:
        kept = []
        for mention in actor.mentions:
            target = moves.get(mention.span) if mention.kind is _M_PRONOUN else None
            if target is not None and target != actor.key:
                taken.setdefault(target, []).append(mention)
                changed.setdefault(actor.key, [])
            else:
                kept.append(mention)
        if actor.key in changed:
            changed[actor.key] = kept
    rebuilt: dict[str, Actor] = {}
    result = []
    for actor in actors:
        if actor.key in changed or actor.key in taken:
            mentions = changed.get(actor.key, list(actor.mentions)) + taken.get(actor.key, [])
            mentions.sort(key=lambda mention: mention.span.start)
            actor = attrs.evolve(actor, mentions=tuple(mentions))
            rebuilt[actor.key] = actor
        result.append(actor)
    return tuple(result), rebuilt


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint *spans*."""
    at = bisect_left(spans, (end,))
    return at > 0 and spans[at - 1][1] > start


def _fits(pronoun: str, person: Actor) -> bool:
    """Whether "he" or "she" can stand for *person*: its gender, else its given name's
    (:func:`~geopol_news.actors.given_name_gender`), is unknown or the pronoun's."""
    gender = _PRONOUN_GENDERS.get(pronoun.lower())
    known = person.gender
    if known is None and " " in person.name:
        known = given_name_gender(person.name)
    return known is None or gender is None or known is gender


def _is_display_line(text: str, block: Span, piece: _Piece) -> bool:
    """Whether the marks of *piece* hold the whole of *block*, a line no longer than a
    subheading, and the words in them end with no punctuation: a pull quote or a
    subheading set in marks ("'Just listen to us'"), which repeats words the story
    quotes, not a paragraph of speech ("'We will not leave.'").

    >>> line = "'Just listen to us'"
    >>> _is_display_line(line, Span(0, len(line)), _Piece(0, 0, len(line) - 1, False, False))
    True
    """
    if piece.open_ended or block.end - block.start > _MAX_DISPLAY:
        return False  # (so the slices below stay short: linear time on any block)
    if text[block.start : piece.open].strip() or text[piece.close + 1 : block.end].strip():
        return False
    words = text[piece.start : piece.end].rstrip(_MARKS)  # "... is told: 'oh, no.'"
    return words[-1:] not in _SPEECH_ENDS


def _words_gap(text: str, start: int, end: int) -> bool:
    """Whether at most four lower-case words stand between *start* and *end* (a gap of
    more than :data:`_MAX_GAP` characters is none: no pattern runs over a long word)."""
    return end - start <= _MAX_GAP and _WORDS_GAP.fullmatch(text, start, end) is not None


def _looks_like_a_title(text: str) -> bool:
    """Words in title case ("All Bets Are Off.", "Legend in the Coal Fields."), one word in
    capitals ("(CROSSTALK.)"), or a few words that make no sentence ("Morning Joe",
    "reset"); "Lorem ipsum." and "Kevin was snoring." are sentences."""
    words = text.split()
    if len(words) == 1 and text.isupper():
        return True
    if len(words) > 1 and _mostly_capitalised(words):
        return True
    return len(words) <= 3 and text.rstrip("\"'\u201d\u2019)")[-1:] not in (".", "!", "?")


def _head_at(words: Sequence[str], prepositions: frozenset[str]) -> int:
    """Where the noun a nominal's *words* are about stands: the last word, or the word
    before the first of the *prepositions* that opens a complement ("spokesperson" in "a
    spokesperson for the family").

    >>> words = ["a", "spokesperson", "for", "the", "family"]
    >>> _head_at(words, _COMPLEMENT_WORDS), _head_at(["the", "analyst"], _COMPLEMENT_WORDS)
    (1, 1)
    """
    for index in range(1, len(words)):
        if words[index] in prepositions:
            return index - 1
    return len(words) - 1


def _mostly_capitalised(words: Sequence[str]) -> bool:
    """Whether at least three quarters of *words* but the small ones have a capital as
    their first or second character. Read only until more than a quarter of all the words
    are known to have none, which settles it (each word is lowered as it is read: a long
    quote is settled in its first words).

    >>> _mostly_capitalised(["All", "Bets", "Are", "off"])
    True
    """
    counted = uncapitalised = 0
    quarter = len(words) // 4  # (more than that many is more than a quarter)
    for word in words:
        if word.lower() in _SMALL_WORDS:
            continue
        counted += 1
        if not (word[:1].isupper() or word[1:2].isupper()):
            uncapitalised += 1
            if uncapitalised > quarter:  # more than a quarter of any count
                return False
    return 4 * uncapitalised <= counted


def _words_start(text: str, start: int, end: int, count: int) -> int:
    """Where the last *count* words of ``text[start:end]`` (runs of characters other than
    white space) start at the earliest: a pattern that must end at *end* and spans at
    most *count* words need not be searched for before, where ``re`` would try it at
    every character.

    >>> _words_start("said the senior analyst ", 0, 24, 2)
    8
    """
    words = text[start:end].rsplit(None, count)
    return start + len(words[0]) if len(words) > count else start


def _last_letters(text: str, start: int, end: int) -> str:
    """The ASCII letters that end ``text[start:end]`` before any spaces (and a newline
    at its very end, before which ``$`` matches too): the only word a pattern ending in
    ``[A-Za-z][a-z]+[ \\u00a0]*$`` can end with.

    >>> _last_letters("said the (analysts \\n", 0, 20)
    'analysts'
    """
    piece = text[start:end]
    if piece.endswith("\n"):
        piece = piece[:-1]
    piece = piece.rstrip(" \u00a0")
    return piece[len(piece.rstrip(string.ascii_letters)) :]


def _find_word(text: str, word: str, start: int, end: int) -> int:
    """Where *word* first stands as a whole word in ``text[start:end]`` (as the pattern
    ``\\bword\\b`` would find it, faster), else -1.

    >>> _find_word("that is what that means", "that", 1, 23)
    13
    """
    at = text.find(word, start, end)
    while at >= 0:
        stop = at + len(word)
        if not (at > 0 and _is_word_char(text[at - 1])) and not (
            stop < end and _is_word_char(text[stop])
        ):
            return at
        at = text.find(word, at + 1, end)
    return -1


def _is_word_char(char: str) -> bool:
    """Whether *char* is a word character (``\\w``) to ``re``."""
    return char.isalnum() or char == "_"


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _name_end(text: str, end: int, limit: int) -> int:
    """The end of the capitalised words going on from *end* ("CBC| News"), else *end*."""
    match = _NAME_GOES_ON.match(text, end, limit)
    return match.end() if match is not None else end


def _inside(clause: Span | None, found: _Found) -> bool:
    """Whether a quote starts inside a clause (its final stop may lie outside it)."""
    return clause is not None and clause.start <= found.start < clause.end


def _tail(text: str, start: int, end: int) -> str:
    """What follows a verb, from *start* to *end*, cut one character past
    :data:`_TAIL_CHARS`: enough for :meth:`_Reader.ends_sentence` to tell a long tail.

    >>> _tail("said Ana Berg.", 4, 13)
    ' Ana Berg'
    """
    return text[start : min(end, start + _TAIL_CHARS + 1)]


def _fewer_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` holds fewer than *count* words, reading no more of it
    than it takes to tell.

    >>> _fewer_words("said no more", 0, 12, 3), _fewer_words("said no", 0, 7, 3)
    (False, True)
    """
    return _words_up_to(text, start, end, count) < count


def _words_up_to(text: str, start: int, end: int, count: int) -> int:
    """How many words ``text[start:end]`` holds, counted up to *count* (a long stretch
    is read only as far as it takes).

    >>> _words_up_to("a b c d", 0, 7, 3), _words_up_to("a b", 0, 3, 3)
    (3, 2)
    """
    head = text[start : min(end, start + 40 * count)]
    found = len(head.split())
    if found >= count or end - start <= 40 * count:
        return min(found, count)
    return min(len(text[start:end].split()), count)  # a few words dozens of characters long


def _clause_end(text: str, left: int, right: int) -> int:
    """The end of a sentence without its final punctuation and closing marks."""
    end = right
    while end > left and text[end - 1] in " \t\u00a0.!?\"'\u201d\u2019":
        end -= 1
    return end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u00a0,":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0,":
        end -= 1
    return start, end


def _span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets found in the text (ints), its slots filled
    directly (:func:`~geopol_news.model._trusted_span`); offsets out of order still raise
    ``Span``'s error.

    >>> _span(2, 5) == Span(2, 5)
    True
    """
    if not 0 <= start <= end:
        return Span(start, end)  # raises the error that names the fault
    return _trusted_span(start, end)


def _snippet(text: str, span: Span | None) -> Snippet | None:
    """``Snippet(text[span.start : span.end], span)``, its slots filled directly."""
    if span is None:
        return None
    snippet = _new_object(Snippet)
    _SET_SNIPPET_TEXT(snippet, text[span.start : span.end])
    _SET_SNIPPET_SPAN(snippet, span)
    return snippet


def _fold(text: str) -> str:
    """Case, accents, punctuation and spacing folded, to compare two quotes' words."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_FOLD_WORDS.findall(plain))


# -- public entry point -------------------------------------------------------------------


def extract_quotes(
    text: str,
    *,
    actors: Sequence[Actor] | None = None,
    within: Sequence[Span] | None = None,
) -> tuple[Quote, ...]:
    """Find the quotes of *text*: direct, partial and indirect, with their speakers.

    *within*, when given, are the paragraphs to read (sorted spans of *text*);
    otherwise every non-blank line is a paragraph, but for a line of page chrome
    ("READ MORE: ...") and a line that ends in a photo credit ("... (Jane Roe /
    Example Wire)"), read as :func:`~geopol_news.parse_article` reads them: no
    quotes come from either, and a caption's people are no antecedent for a "he"
    or "she" of the story. A quote's ``paragraph`` is the index of its paragraph
    among them (those lines counted). *actors* are the actors of the text
    (as :func:`~geopol_news.actors.extract_actors` returns them); when None they
    are extracted here. Quotes are ordered by position.

    >>> [(q.text, q.speaker.name) for q in extract_quotes(
    ...     'Analyst Anna Kavrosk said: "The talks are over."')]
    [('The talks are over.', 'Anna Kavrosk')]
    >>> q = extract_quotes("The Kremlin claims that the planes carried spare parts.")[0]
    >>> q.text, q.kind.value, q.speaker.name, q.cue.text
    ('the planes carried spare parts', 'indirect', 'Russia', 'claims')
    >>> extract_quotes("")
    ()
    """
    expect_type(text, str, "extract_quotes() expects text as str")
    numbers: list[int | None]
    if within is None:
        blocks, captions, lines = bare_paragraphs(text)
        numbers = list(lines)
    else:
        blocks, captions = sorted(within, key=lambda span: span.start), []
        numbers = list(range(len(blocks)))
    if actors is None:
        actors = extract_actors(text, within=blocks, asides=captions)
    return quotes_in(text, blocks, actors, numbers)[0]


def quotes_in(
    text: str,
    blocks: Sequence[Span],
    actors: Sequence[Actor],
    paragraphs: Sequence[int | None],
    headlines: frozenset[int] = frozenset(),
) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    """The quotes of *blocks* (sorted), each block numbered by *paragraphs*; the blocks
    whose indexes are in *headlines* are headlines. For :func:`parse_article`, which
    also takes the actors back: a pronoun that the quotes show to stand for the
    speaker quoted before it has moved to that speaker's mentions."""
    if not blocks:
        return (), tuple(actors)
    return _Reader(text, blocks, actors, headlines).read(paragraphs)

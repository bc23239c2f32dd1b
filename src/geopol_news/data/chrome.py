"""Page-chrome rules: the lines of a news page that are not the story.

How to extend
-------------
A :class:`ChromeRule` is a regular expression that must match a *whole* line
(``fullmatch``, case-insensitive) after the line has been normalised: white
space collapsed to single spaces, curly quotes made straight, zero-width
characters removed. Patterns may use only non-capturing groups ``(?:...)``.

* A rule that any outlet's page may show goes into :data:`GENERIC_RULES`.
* A rule that only one outlet prints goes into that outlet's
  :class:`OutletProfile` in :data:`OUTLETS`; a line matching it is also evidence
  that the page comes from that outlet. Outlet rules are tried before the
  generic ones, so a phrase every outlet prints ("More on this story") belongs
  in the generic rules: in an outlet's profile it would vote for that outlet.

When unsure whether a line is chrome, leave it out: a stray line kept in the
body costs less than story text lost. Keep patterns specific (anchor long
promos on their distinctive words) and bounded (``.{0,80}``, never ``.*``
inside repeated groups).

Two details of the matcher to keep in mind:

* Rules are dispatched on the line's first character, case-folded, so a
  pattern must not *start* with a case-sensitive group ``(?-i:...)``: it would
  never be tried on lines that start with a capital. Further in, a scoped
  ``(?-i:[\\p{Lu}])`` is the way to ask for a capitalised word (see
  :data:`_NAMES`).
* A rule is only tried on lines up to its ``max_chars`` (80 unless it says
  otherwise), so a rule written for long lines must say how long.
* Publication stamps ("Updated 10:32 AM EDT, Mon April 1, 2019") are matched
  by :mod:`geopol_news.layout` from :data:`STAMP_PREFIXES` and the calendar
  names; only stamp shapes it cannot see belong here as rules.
"""

from __future__ import annotations

import attrs

from geopol_news.model import ChromeKind

__all__ = [
    "BYLINE_PREFIXES",
    "GENERIC_RULES",
    "OUTLETS",
    "STAMP_PREFIXES",
    "ChromeRule",
    "OutletProfile",
]

K = ChromeKind


@attrs.frozen
class ChromeRule:
    """One chrome pattern: a whole-line regex, what kind of chrome it marks, and its name.

    ``max_chars`` is the longest (normalised) line the rule can match; longer
    lines are never tried against it, which keeps long story paragraphs cheap.
    Give a rule whose pattern allows more than the default a larger value (at
    most 500, the longest line tried as chrome at all).

    ``requires`` is a lower-case phrase every line the rule matches contains;
    the pattern runs only on lines that contain it. Give one to rules that can
    begin and end with any word (a ``.{0,120}`` at both ends), which would
    otherwise be tried on every line.

    ``author`` marks a byline rule whose line names the story's authors without a
    "By" ("Jane Doe, The Associated Press"): on a page with no "By" line, the first
    such line is the article's byline rather than chrome.
    """

    name: str
    pattern: str
    kind: ChromeKind
    max_chars: int = 80
    requires: str = ""
    author: bool = False


@attrs.frozen
class OutletProfile:
    """An outlet's own chrome, and the other in-text evidence that names it.

    ``aliases`` are other names of the outlet a byline may use ("CBS");
    ``dateline_agencies`` are the spellings of the outlet in a dateline
    ("(CNN)", "(Reuters)"); ``layout_signatures`` are sets of layout features
    (see :data:`geopol_news.layout.FEATURES`) that together identify the outlet.
    """

    name: str
    rules: tuple[ChromeRule, ...] = ()
    aliases: tuple[str, ...] = ()
    dateline_agencies: tuple[str, ...] = ()
    layout_signatures: tuple[frozenset[str], ...] = ()


# -- pattern parts ------------------------------------------------------------------
_BROWSERS = r"(?:Chrome|Safari|Firefox|Edge|Opera|Brave|Samsung Internet)"
_PLATFORMS = r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|messenger|pinterest|flipboard|telegram|bluesky|threads)"
# An optional dash that opens a credit line ("— CNN's Jane Doe contributed ...").
_DASH = r"(?:[-\u2013\u2014]{1,2} ?)?"
# A capitalised word, checked case-sensitively (never at the start of a pattern).
# Words are possessive ({0,30}+): once a word is read it is never re-split, which
# keeps a failing name list linear in its words instead of in their letters.
_CAP_WORD = r"(?-i:[\p{Lu}])[\p{L}\p{M}.'\-]{0,30}+"
_ANY_WORD = r"[\p{L}\p{M}][\p{L}\p{M}.'\-]{0,30}+"
_ROLE = r"(?:staff |senior |chief |political |foreign |national |white house )?(?:writers?|reporters?|correspondents?|staff|journalists?|producers?|researchers?|editors?|contributors?)"
_PARTICLE = r"(?:de|da|di|du|del|della|van|von|der|den|la|le|al|el|bin|ibn)"


def _ending(suffix: str) -> str:
    """A lookahead that the line ends with *suffix*: a name list is read only then."""
    return rf"(?=.*+(?<={suffix}))"


_NAMES = (
    rf"{_ANY_WORD}(?:(?:,? (?:and|&) |, | (?:in|from|at|of|for|with) | )"
    rf"(?:{_CAP_WORD}|{_ROLE}|{_PARTICLE})){{0,24}}"
)
"""A list of names with places and roles ("Jane Doe in Kyiv and John Roe", "AP
writers Jane Doe"): every word after the first is capitalised, a role word or a
particle, so "Experts from 40 countries" or "Three analysts" are not names."""
# Wire services that sign a byline after a comma ("Jane Doe, The Canadian Press").
_BYLINE_WIRES = r"(?:the )?(?:canadian press|press association|pa media|dpa|upi|kyodo news|yonhap|ansa|efe|xinhua|tass)"
# What follows "contributed" in a credit line.
_CONTRIBUTED = r"contributed(?: to this (?:report|story|article)| (?:additional )?reporting| research)?(?: (?:from|in) .{1,80})?\.?"
# A Reuters-style credit role: "Reporting by", "Additional reporting by", "Editing by".
_CREDIT_ROLE = r"(?:additional )?(?:reporting|writing|editing|compiled|research|graphics|fact-?checking|production|sub-?editing) by"
_CREDIT_NAMES = r"[^;()]{2,160}"
_COPY = r"(?:©|\(c\)|copyright) ?(?:©|\(c\))? ?(?:\d{4} ?[-\u2013] ?)?\d{4},?"  # "© 2019", "Copyright © 1996-2019"
_SOCIAL = r"(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|telegram|whatsapp|mastodon)"
# "Twitter @BBCNews, Facebook and on Instagram": platforms and handles only, so
# "Follow the money on Telegram, investigators say" is not a follow prompt.
_SOCIAL_TAIL = (
    rf"{_SOCIAL}(?: ?:? ?@[A-Za-z0-9_.]{{1,30}})?"
    rf"(?:(?:,? (?:and |or )?|, )(?:on |at )?(?:{_SOCIAL}|@[A-Za-z0-9_.]{{1,30}})(?: ?:? ?@[A-Za-z0-9_.]{{1,30}})?){{0,6}}"
    r"(?: for (?:more|the latest|updates|breaking news).{0,60})?\.?"
)
_WIRES = r"(?:afp|ap|dpa|epd|kna|reuters|efe|ips|sid|lusa|ansa|epa|rtr|ipa|ane|kyodo)"


def _contributed(outlet: str) -> str:
    """A credit line naming *outlet*: "CNN's Jane Doe contributed to this report.",
    "— Fox News' Jane Doe contributed.", "CNBC producer Jane Doe contributed reporting."."""
    return rf"{_DASH}{outlet}(?:'s?)?(?: .{{1,160}})? {_CONTRIBUTED}"


GENERIC_RULES: tuple[ChromeRule, ...] = (
    # -- navigation ---------------------------------------------------------
    ChromeRule(
        "skip-to-content",
        r"skip to (?:main |the )?(?:content|navigation|search|footer|site index|article|main story)",
        K.NAVIGATION,
    ),
    ChromeRule(
        "menu",
        r"(?:main )?menu|close(?: menu)?|open menu|toggle navigation|search|home|sections|all sections",
        K.NAVIGATION,
    ),
    ChromeRule(
        "continue",
        r"continue|continue reading|keep reading|read full (?:article|story)|show more|show less|load more(?: stories)?|expand|collapse",
        K.NAVIGATION,
    ),
    ChromeRule(
        "back-to-top",
        r"back to top|scroll to top|next article|previous article|next story|previous story|next|previous",
        K.NAVIGATION,
    ),
    ChromeRule("loading", r"loading\.{0,3}|please wait\.{0,3}", K.NAVIGATION),
    ChromeRule(
        "reading-time",
        r"(?:listen to this article|\d{1,3} min(?:ute)?s? (?:read|listen))(?: ?[-|•·] ?\d{1,3}(?::\d{2})? min(?:ute)?s?)?(?: learn more)?",
        K.NAVIGATION,
    ),
    ChromeRule(
        "account",
        r"log ?in|log out|sign ?in|sign out|register|my account|create (?:a |your )?free account.{0,80}|already a subscriber\?.{0,40}|already have an account\?.{0,40}",
        K.NAVIGATION,
        max_chars=110,
    ),
    ChromeRule(
        "legal-links",
        r"(?:privacy policy|privacy notice|terms of (?:use|service)|terms (?:&|and) conditions|cookie policy|contact us|about us|accessibility help|ad ?choices|advertise with us|your privacy choices|do not sell(?: or share)? my (?:personal )?info(?:rmation)?)(?: ?[|•·] ?(?:privacy policy|privacy notice|terms of (?:use|service)|terms (?:&|and) conditions|cookie policy|cookie settings|contact us|about us|accessibility help|ad ?choices|advertise(?: with us)?|careers|corrections|help|sitemap|site map|rss|your privacy choices|do not sell(?: or share)? my (?:personal )?info(?:rmation)?)){0,12}",
        K.NAVIGATION,
        max_chars=500,
    ),
    ChromeRule(
        "topics",
        r"(?:related |suggested |more |explore )?(?:topics|tags)(?: ?[:|] ?.{1,200})?|filed under(?: ?: ?.{1,200})?|more about|keywords(?: ?: ?.{1,200})?|in this (?:article|story)|explore more on these topics",
        K.NAVIGATION,
        max_chars=250,
    ),
    ChromeRule("separator", r"[-_=*~•·\u2013\u2014]{3,80}|(?:[*•·] ){2,20}[*•·]", K.NAVIGATION),
    ChromeRule(
        "gallery-counter",
        r"(?:item |image |photo |picture |slide )?\d{1,3} of \d{1,3}|\[\d{1,3}/\d{1,3}\]",
        K.NAVIGATION,
    ),
    ChromeRule(
        "opens-new-tab",
        r".{1,100}(?:, | \(?)opens (?:in )?(?:a )?new (?:tab|window)\)?",
        K.NAVIGATION,
        max_chars=150,
    ),
    ChromeRule(
        "report-error",
        r"report (?:a |an )?(?:correction|error|typo)(?: or typo)?|(?:suggest|submit) a correction",
        K.NAVIGATION,
    ),
    # -- editorial notes of wire copy -------------------------------------------
    ChromeRule(
        "wire-note",
        r"\((?:updates|adds|recasts|corrects|rewrites|refiles|fixes|changes|removes|inserts|updating|adding|writethrough) .{1,150}\)\.?",
        K.LABEL,
        max_chars=200,
    ),
    # -- stamps the layout's stamp matcher does not see ----------------------------
    ChromeRule(
        "relative-time",
        r"(?:(?:updated|published|posted|last updated|modified) )?(?:\d{1,2}|an?|one|a few) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m|days?|d|weeks?|wks?|months?) ago|just now",
        K.TIMESTAMP,
    ),
    ChromeRule(
        "stamp-word",
        r"(?:first )?published(?: on)?|updated(?: on)?|last updated|posted|modified",
        K.TIMESTAMP,
    ),
    # -- share, print, comment ------------------------------------------------
    ChromeRule(
        "share",
        rf"share(?: this| the)?(?: article| story| page| video| post| link)?:?(?: (?:on|via|to|using|with) {_PLATFORMS})?|share via .{{1,30}}|\d{{1,6}} shares?|shares",
        K.SHARE,
    ),
    ChromeRule(
        "share-row",
        r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|copy link|messenger|pinterest|flipboard|telegram|bluesky|threads)(?: ?[|•·,]? ?(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|copy link|messenger|pinterest|flipboard|telegram|bluesky|threads)){1,10}",
        K.SHARE,
        max_chars=150,
    ),
    ChromeRule(
        "share-buttons",
        r"print|print (?:this )?(?:article|page|story)|e-?mail(?: this)?(?: article| story| link| page)?|save|save (?:article|story|for later|this (?:article|story))|saved|copy (?:article )?link|link copied!?|comments?|\d{1,6} comments?|(?:view|show|read|see) (?:all )?comments(?: \(\d{1,6}\))?|leave a comment|(?:add|post) (?:a |your )?comment|gift (?:this )?article|bookmark|tweet|pin(?: it)?|reprints?(?: (?:&|and) permissions)?",
        K.SHARE,
    ),
    # -- subscriptions and newsletters ------------------------------------
    ChromeRule(
        "subscribe",
        r"subscribe(?: now| today| here| for free)?[.!]?|sign up(?: now| here| for free| today)?[.!]?|newsletters?|get our (?:free )?newsletters?|join now|subscribe to (?:our|the) .{1,60}(?:newsletters?|podcasts?|channel|feed|alerts|briefings?)\.?|subscribe (?:for|from) (?:just |only )?[$£€]\d.{0,80}|support (?:our|independent|quality) journalism(?:[.:!] .{0,120})?",
        K.SUBSCRIBE,
        max_chars=200,
    ),
    ChromeRule(
        "newsletter-promo",
        r"(?:sign up|subscribe) (?:for|to) (?:our |the |free |a )?.{0,60}newsletters?.{0,120}|.{1,200}newsletters?\.? sign up here\.?",
        K.SUBSCRIBE,
        max_chars=250,
        requires="newsletter",
    ),
    ChromeRule(
        "inbox-promo",
        r"[^\"]{0,80}delivered (?:straight |directly |right )?to your inbox.{0,120}",
        K.SUBSCRIBE,
        max_chars=250,
        requires="to your inbox",
    ),
    ChromeRule(
        "email-form",
        r"(?:please )?enter (?:a |your )?(?:valid )?e-?mail(?: address)?(?: (?:here|to continue))?\.?|(?:your )?e-?mail address|invalid e-?mail(?: address)?\.?|thanks? (?:you )?for (?:signing up|subscribing)[.!]?.{0,120}|you (?:may|can) (?:opt out|unsubscribe) at any time\.?.{0,120}|by (?:signing up|subscribing|clicking (?:sign up|subscribe)),? you (?:agree|acknowledge|consent).{0,300}|this site is protected by recaptcha.{0,200}",
        K.SUBSCRIBE,
        max_chars=350,
    ),
    # -- app and notification prompts --------------------------------------
    ChromeRule(
        "open-in-app",
        r"(?:view|read|open|continue|watch|listen) (?:this )?(?:article |story |page )?in (?:the |our )?(?:.{1,30} )?(?:app|browser)|open in (?:the )?app|get the (?:.{1,30} )?app|download (?:the|our) (?:.{1,30} )?app.{0,80}|(?:try|use) (?:the|our) (?:.{1,30} )?app|.{1,40} app open|not now|open|install|get it on google play|download on the app store|(?:available|download it) on (?:the )?(?:app store|google play).{0,60}",
        K.APP_PROMPT,
        max_chars=150,
    ),
    ChromeRule(
        "browser-choice",
        rf"{_BROWSERS}(?: {_BROWSERS}){{0,5}}(?: continue)?",
        K.APP_PROMPT,
        max_chars=110,
    ),
    ChromeRule(
        "notifications",
        r"be the first to know|(?:get|turn on|allow|enable|sign up for) (?:(?:browser |push )?notifications|(?:breaking news|news|email|push) alerts).{0,120}|stay (?:informed|updated|up to date)\.?",
        K.APP_PROMPT,
        max_chars=200,
    ),
    # -- cookies and consent ------------------------------------------------
    ChromeRule(
        "cookies",
        r"(?:we|this (?:site|website)) uses? cookies.{0,400}|(?:accept|reject|manage) (?:all )?(?:cookies|preferences|settings)|(?:cookie|privacy) (?:settings|preferences|choices|policy)|accept all|reject all|i accept|i agree|manage consent|(?:accept|agree) (?:and|&) (?:continue|close)|we care about your privacy.{0,300}|we and our (?:\d{1,4} )?(?:partners|vendors) (?:store|use|process|and/or|may).{0,400}",
        K.COOKIE,
        max_chars=450,
    ),
    ChromeRule(
        "consent-embed",
        r"allow (?:twitter|x|instagram|facebook|youtube|tiktok|spotify|third[- ]party) content\?|this (?:article|page) contains content provided by .{1,200}",
        K.COOKIE,
        max_chars=250,
    ),
    # -- advertisements -----------------------------------------------------
    ChromeRule(
        "advertisement",
        r"[-\u2013\u2014]{0,2} ?(?:advertisement|advertisements|advert|skip advertisement|ad|ads) ?[-\u2013\u2014]{0,2}|sponsored(?: content| links| stories| post)?|paid (?:content|post|partner content|partnership)|promoted(?: content| stories| links)?|supported by|partner content",
        K.ADVERTISEMENT,
    ),
    ChromeRule(
        "continues-below",
        r"\(?(?:the )?(?:story|article|text|content) continue[sd]? (?:below|after)(?: (?:this |the )?(?:advertisement|ad|ads|video|graphic|photo|gallery|map))?\.?\)?|continue reading (?:the main story|below)|scroll (?:down )?to continue(?: with content| reading)?|advertisement ?[-\u2013\u2014:] ?(?:scroll|story continues|continue reading).{0,40}",
        K.ADVERTISEMENT,
    ),
    # -- related content ----------------------------------------------------
    ChromeRule(
        "read-more",
        r"(?:read|see|watch) (?:more|also|next|this next)(?: ?[:|»>\u2013\u2014-] ?.{0,200}| (?:here|below|above|online|stories|news|videos|coverage|on [^,]{1,100}|at [^,]{1,80}|about(?::| [^,]{1,140})))?\.?"
        r"|also (?:read|see|watch)(?: ?[:|] ?.{0,200})?"
        r"|related(?: (?:articles?|stories|coverage|content|news|links|videos?|reading))?(?: ?[:|] ?.{0,200})?"
        r"|more (?:on|about) (?:this|these) (?:story|stories|topics?)|more stories|more news|more to (?:read|explore)"
        r"|recommended(?: for you| stories| reading| videos?)?|you (?:may|might) also (?:like|be interested in)|what to read next|read this next"
        r"|most (?:read|popular|viewed|watched|shared|emailed|commented)(?: (?:stories|articles|today|this week))?"
        r"|top (?:stories|news|videos|headlines)|trending(?: now| stories| news)?|editor'?s picks|latest (?:news|stories|videos|headlines)|in case you missed it|up next"
        r"|more from (?:this (?:author|writer|reporter|section|series|topic|columnist)|our (?:partners|network|writers|sponsors))"
        r"|more from (?-i:[\p{Lu}])[\p{L}\p{M}.&' ]{1,40}:",
        K.RELATED,
        max_chars=250,
    ),
    ChromeRule("click-here", r"click here[.!]?|click here .{1,150}", K.RELATED, max_chars=200),
    ChromeRule(
        # "WATCH: Minister walks out of the talks": a capitalised title, no full stop.
        "watch-teaser",
        r"watch(?: below| above| here| now| live)? ?[:|] (?-i:[\p{Lu}\d\"']).{0,150}[^.]",
        K.RELATED,
        max_chars=200,
    ),
    # -- credit lines at the end of a story ------------------------------------------
    ChromeRule(
        "wire-contributed",
        rf"{_DASH}(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|dpa)(?: and (?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|dpa))? {_CONTRIBUTED}",
        K.BYLINE,
        max_chars=200,
    ),
    ChromeRule(
        "contributed",
        rf"(?=.*? contributed){_DASH}{_NAMES} {_CONTRIBUTED}",
        K.BYLINE,
        max_chars=500,
        requires=" contribut",
    ),
    # A wire byline without "By": "Jane Doe, The Canadian Press" (AP, Reuters and AFP
    # have their own in their profiles).
    ChromeRule(
        "wire-byline",
        rf"{_ending(_BYLINE_WIRES)}{_NAMES}, {_BYLINE_WIRES}",
        K.BYLINE,
        max_chars=500,
        author=True,
    ),
    # Canadian papers: "With files from The Associated Press", "— With files from Jane Doe".
    ChromeRule("with-files", rf"{_DASH}with files from {_NAMES}\.?", K.BYLINE, max_chars=500),
    ChromeRule(
        "author-contact",
        r"(?:[•·] )?e-?mail: ?[\w.+-]{1,60}@[\w.-]{1,60}(?: ?[|•·] ?(?:twitter|x): ?@?[A-Za-z0-9_]{1,30})?",
        K.SOCIAL,
        max_chars=200,
    ),
    # -- social -------------------------------------------------------------
    ChromeRule(
        "handle",
        r"@[A-Za-z0-9_]{1,30}(?: ?[|·•] ?@[A-Za-z0-9_]{1,30}){0,3}",
        K.SOCIAL,
        max_chars=150,
    ),
    ChromeRule(
        "follow",
        rf"follow (?:us|me|@[A-Za-z0-9_]{{1,30}}|(?!the |them |him |her |it |this |that )[\p{{L}}\p{{M}}.'&\- ]{{1,60}}) on {_SOCIAL_TAIL}|follow(?: us)?|(?:twitter|x|instagram|facebook|threads|bluesky): ?@?[A-Za-z0-9_.]{{1,30}}|join the (?:conversation|discussion)",
        K.SOCIAL,
        max_chars=500,
    ),
    # -- copyright ----------------------------------------------------------
    ChromeRule(
        "copyright",
        rf"{_COPY}.{{0,200}}|© ?.{{1,80}}\d{{4}}.{{0,120}}|all rights reserved\.?.{{0,200}}",
        K.COPYRIGHT,
        max_chars=250,
    ),
    ChromeRule(
        "no-redistribution",
        r"this material may not be published, broadcast, rewritten,? or redistributed\.?.{0,100}",
        K.COPYRIGHT,
        max_chars=200,
    ),
    # -- player and caption notices --------------------------------------------
    ChromeRule(
        "player-notice",
        r"this video can ?not be played.{0,100}|media playback is (?:unsupported|not supported) on your device|your browser does not support .{1,80}|please (?:enable|turn on) javascript.{0,100}|this (?:video|content|audio) is (?:not available|unavailable).{0,100}|now playing|replay|play video|play|pause|mute|unmute|full ?screen|exit full ?screen|watch|listen|video ad feedback|watch (?:live|now|video)|live tv|listen live|captions?|(?:sound|audio) (?:on|off)|\d{1,2}:\d{2}(?::\d{2})? ?/ ?\d{1,2}:\d{2}(?::\d{2})?",
        K.MEDIA_NOTICE,
        max_chars=150,
    ),
    ChromeRule(
        "caption-toggle",
        r"(?:hide|show) caption(?: \d{1,3} of \d{1,3})?|open (?:this )?(?:photo|image) in gallery|expand image|view larger image|click to (?:expand|enlarge)(?: image)?",
        K.LABEL,
    ),
)
"""Chrome any outlet's page may show."""


OUTLETS: tuple[OutletProfile, ...] = (
    OutletProfile(
        "CBS News",
        aliases=("CBS", "CBS/AP", "CBS MoneyWatch", "CBSNews.com"),
        rules=(
            ChromeRule("cbs-watch", r"watch cbs news|cbs news (?:live|24/7|streaming)", K.PROMO),
            ChromeRule("cbs-app", r"view cbs news in|cbs news app(?: open)?", K.APP_PROMPT),
            ChromeRule(
                "cbs-copyright",
                rf"{_COPY} cbs (?:interactive|broadcasting|news) inc\..{{0,120}}",
                K.COPYRIGHT,
                max_chars=200,
            ),
            ChromeRule(
                "cbs-stamp",
                r".{3,40} / (?:\d{1,2}:\d{2} [ap]m (?:[a-z]{2,4} )?/ )?cbs(?: news|/ap)?",
                K.TIMESTAMP,
            ),
            ChromeRule("cbs-topics", r"in: [^.!?]{1,200}", K.NAVIGATION, max_chars=250),
            ChromeRule("cbs-contributed", _contributed(r"cbs news"), K.BYLINE, max_chars=300),
            ChromeRule(
                "cbs-promo",
                r"more from cbs news|thanks for reading cbs news\.?|create your free account or log in .{0,60}",
                K.PROMO,
                max_chars=100,
            ),
        ),
    ),
    OutletProfile(
        "CNBC",
        aliases=("CNBC.com", "CNBC International"),
        rules=(
            ChromeRule(
                "cnbc-newsletter",
                r"sign up for free newsletters and get more cnbc delivered to your inbox",
                K.SUBSCRIBE,
            ),
            ChromeRule(
                "cnbc-inbox",
                r"get this delivered to your inbox, and more info about our products and services\.?",
                K.SUBSCRIBE,
            ),
            ChromeRule(
                "cnbc-tip", r"got a confidential news tip\? we want to hear from you\.?", K.PROMO
            ),
            ChromeRule(
                "cnbc-copyright", rf"{_COPY} cnbc llc\..{{0,120}}", K.COPYRIGHT, max_chars=200
            ),
            ChromeRule(
                "cnbc-pro",
                r"(?:subscribe to |watch |try |get )?cnbc pro(?: for free| today| now)?|cnbc newsletters|cnbc pro: .{1,120}",
                K.PROMO,
                max_chars=150,
            ),
            ChromeRule(
                "cnbc-data", r"data is a real-time snapshot.{0,120}", K.NAVIGATION, max_chars=150
            ),
            ChromeRule("cnbc-contributed", _contributed(r"cnbc"), K.BYLINE, max_chars=300),
            ChromeRule(
                "cnbc-disclosure",
                r"disclosure: .{0,120}(?:nbcuniversal|cnbc).{0,160}",
                K.COPYRIGHT,
                max_chars=350,
            ),
            ChromeRule(
                "cnbc-youtube",
                r"subscribe to cnbc(?: international| make it| tv)? on youtube\.?",
                K.SUBSCRIBE,
            ),
            ChromeRule(
                "cnbc-related",
                r"more from cnbc(?: international| make it)?:?|don't miss: .{1,150}",
                K.RELATED,
                max_chars=200,
            ),
        ),
        layout_signatures=(frozenset({"key-points-header:key points", "video-marker:doubled"}),),
    ),
    OutletProfile(
        "CNN",
        aliases=("Cable News Network", "CNN Wire", "CNN Business", "CNN Politics"),
        rules=(
            ChromeRule(
                "cnn-copyright",
                rf"{_COPY} cable news network.{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "cnn-newsletter",
                r"sign up for cnn'?s .{1,80}newsletter.{0,120}",
                K.SUBSCRIBE,
                max_chars=250,
            ),
            ChromeRule(
                "cnn-ad-feedback",
                r"(?:video )?ad feedback|cnn values your feedback|(?:\d\. ?)?how relevant is this ad to you\?|did you encounter any technical issues\?|video player was slow to load content|video content never loaded|ad froze or did not finish loading|video content did not start after ad|audio on ad was too loud|ad never loaded|ad prevented/slowed the page from loading|content moved around while ad loaded|ad was repetitive to ads i've seen previously|thank you! your effort and contribution in providing this feedback is much appreciated\.?",
                K.ADVERTISEMENT,
                max_chars=90,
            ),
            ChromeRule("cnn-contributed", _contributed(r"cnn"), K.BYLINE, max_chars=300),
            ChromeRule(
                "cnn-video-source",
                r"(?:\d{1,2}:\d{2} ?[-\u2013] ?)?source: cnn(?: [\p{L} ]{1,30})?",
                K.MEDIA_NOTICE,
            ),
        ),
        dateline_agencies=("CNN", "CNN Business"),
    ),
    OutletProfile(
        "Reuters",
        aliases=("Thomson Reuters",),
        rules=(
            ChromeRule(
                "reuters-credits",
                rf"\(?{_CREDIT_ROLE} {_CREDIT_NAMES}(?:(?:[;,.] ?| )(?:and )?{_CREDIT_ROLE} {_CREDIT_NAMES}){{1,6}}\.?\)?\.?"
                rf"|\({_CREDIT_ROLE} {_CREDIT_NAMES}\)\.?",
                K.BYLINE,
                max_chars=500,
            ),
            ChromeRule(
                "reuters-byline",
                rf"{_ending(', (?:thomson )?reuters')}{_NAMES}, (?:thomson )?reuters",
                K.BYLINE,
                max_chars=500,
                author=True,
            ),
            ChromeRule(
                "reuters-standards",
                r"our standards: the thomson reuters trust principles\.?.{0,40}",
                K.COPYRIGHT,
                max_chars=100,
            ),
            ChromeRule(
                "reuters-quotes",
                r"all quotes delayed a minimum of \d{1,2} minutes\..{0,200}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "reuters-copyright",
                rf"{_COPY} (?:thomson )?reuters.{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "reuters-licensing",
                r"(?:acquire|purchase) licensing rights(?:,? opens new tab)?|reuters, the news and media division of thomson reuters.{0,400}",
                K.COPYRIGHT,
                max_chars=500,
            ),
            ChromeRule(
                "reuters-register",
                r"register for free to reuters.{0,80}|reuters\.com is your online source for .{0,200}",
                K.PROMO,
                max_chars=250,
            ),
        ),
        dateline_agencies=("Reuters",),
    ),
    OutletProfile(
        "Associated Press",
        aliases=("AP", "The Associated Press", "AP News"),
        rules=(
            ChromeRule(
                "ap-copyright",
                rf"{_COPY} (?:the )?associated press\.?.{{0,200}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "ap-byline",
                rf"{_ending(', (?:the )?associated press')}{_NAMES}, (?:the )?associated press",
                K.BYLINE,
                max_chars=500,
                author=True,
            ),
            ChromeRule(
                "ap-contributed",
                rf"{_DASH}(?:the )?(?:associated press|ap) {_ROLE} .{{1,200}} {_CONTRIBUTED}",
                K.BYLINE,
                max_chars=400,
            ),
            ChromeRule(
                "ap-coverage",
                r"(?:follow|find|see|read) (?:more of )?ap'?s (?:full |latest |complete )?(?:.{1,40} )?coverage.{0,200}",
                K.RELATED,
                max_chars=300,
            ),
            ChromeRule(
                "ap-support",
                r"(?:the )?associated press (?:receives|gets) (?:financial )?support .{1,400}|the ap is solely responsible for all content\.?|find ap'?s standards for working with philanthropies.{0,200}",
                K.COPYRIGHT,
                max_chars=450,
            ),
        ),
        dateline_agencies=("AP",),
    ),
    OutletProfile(
        "AFP",
        aliases=("Agence France-Presse", "Agence France Presse"),
        rules=(
            ChromeRule(
                "afp-copyright",
                rf"{_COPY} (?:afp|agence france-presse).{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "afp-byline",
                rf"{_ending(', (?:afp|agence france-presse)')}{_NAMES}, (?:afp|agence france-presse)",
                K.BYLINE,
                max_chars=500,
                author=True,
            ),
            ChromeRule("afp-initials", r"burs?-[a-z]{2,4}(?:/[a-z]{2,4}){1,4}", K.BYLINE),
        ),
        dateline_agencies=("AFP",),
    ),
    OutletProfile(
        "BBC News",
        aliases=("BBC", "BBC World Service", "BBC Monitoring"),
        rules=(
            ChromeRule("bbc-image-caption", r"image caption,? .{0,300}", K.LABEL, max_chars=350),
            ChromeRule(
                "bbc-media-caption", r"(?:media|video) caption,? .{0,300}", K.LABEL, max_chars=350
            ),
            ChromeRule(
                "bbc-external-links",
                r"(?:these are external links and will open in a new window|read about our approach to external linking\.?|the bbc is not responsible for the content of external (?:sites|websites)\.?.{0,80})",
                K.NAVIGATION,
                max_chars=150,
            ),
            ChromeRule(
                "bbc-share",
                r"share this with(?: (?:email|facebook|messenger|twitter|pinterest|whatsapp|linkedin)){0,8}|copy this link",
                K.SHARE,
                max_chars=100,
            ),
            ChromeRule("bbc-copyright", rf"{_COPY} bbc\..{{0,160}}", K.COPYRIGHT, max_chars=200),
            ChromeRule("bbc-trust", r"why you can trust (?:the )?bbc(?: news)?", K.NAVIGATION),
            ChromeRule(
                "bbc-more",
                r"related internet links|elsewhere on the bbc|around the bbc|more from the bbc|bbc news services|explore the bbc|bbc homepage",
                K.RELATED,
            ),
            ChromeRule(
                "bbc-nav",
                r"(?:home )?news sport (?:weather|iplayer|business|innovation|culture|travel|earth|video|live|reel|worklife|future)(?: [\p{L}&]{2,12}){0,14}",
                K.NAVIGATION,
                max_chars=250,
            ),
            ChromeRule(
                "bbc-have-your-say",
                r"share your experiences by emailing .{1,200}|(?:please )?include a contact number if you are willing to speak to a bbc journalist.{0,200}|get in touch:? .{0,40}haveyoursay.{0,160}",
                K.PROMO,
                max_chars=300,
            ),
            ChromeRule(
                "bbc-follow", r"follow .{1,120}@bbc[a-z0-9_]{1,30}.{0,160}", K.SOCIAL, max_chars=350
            ),
        ),
    ),
    OutletProfile(
        "The Guardian",
        aliases=("Guardian", "theguardian.com", "Guardian staff"),
        rules=(
            ChromeRule(
                "guardian-support",
                r"support the guardian.{0,120}|since you'?re here.{0,200}|reuse this content",
                K.PROMO,
                max_chars=250,
            ),
            ChromeRule(
                "guardian-age",
                r"this article is more than \d{1,2} (?:years?|months?|days?) old",
                K.LABEL,
            ),
            ChromeRule(
                "guardian-newsletter",
                r"(?:skip past|after) newsletter promotion|privacy notice: newsletters may contain .{0,400}",
                K.SUBSCRIBE,
                max_chars=450,
            ),
            ChromeRule("guardian-fullscreen", r"view image in fullscreen", K.MEDIA_NOTICE),
            ChromeRule(
                "guardian-staff",
                r"(?:the )?guardian staff(?: reporter| and agencies)?|agencies and guardian staff",
                K.BYLINE,
            ),
            ChromeRule(
                "guardian-copyright",
                rf"{_COPY} guardian news (?:&|and) media limited.{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
        ),
    ),
    OutletProfile(
        "Al Jazeera",
        aliases=("Al Jazeera English", "Aljazeera"),
        rules=(
            ChromeRule(
                "aljazeera-source",
                r"source: (?:al jazeera(?: and news agencies| news)?|news agencies)(?:, .{1,60})?",
                K.BYLINE,
                max_chars=100,
            ),
            ChromeRule("aljazeera-list", r"list \d{1,2} of \d{1,2}|end of list", K.RELATED),
            ChromeRule(
                "aljazeera-follow",
                r"follow al jazeera(?: english)?:?(?: on .{1,60})?",
                K.SOCIAL,
                max_chars=90,
            ),
            ChromeRule(
                "aljazeera-save",
                r"save articles to read later and create your own reading list\.?",
                K.NAVIGATION,
            ),
        ),
    ),
    OutletProfile(
        "The New York Times",
        aliases=("New York Times", "NYT", "nytimes.com"),
        rules=(
            ChromeRule(
                "nyt-print",
                r"a version of this article appears in print on .{1,200}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "nyt-morning",
                r"sign up for (?:the morning|the new york times) .{0,120}",
                K.SUBSCRIBE,
                max_chars=200,
            ),
            ChromeRule(
                "nyt-copyright",
                rf"{_COPY} the new york times company.{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "nyt-tools",
                r"order reprints(?: ?\| ?(?:today's paper|subscribe)){0,3}|today's paper|give this article|share full article|site index|site information navigation",
                K.SHARE,
            ),
            ChromeRule(
                "nyt-reporting-from",
                r"reporting from (?-i:[\p{Lu}])[\p{L}\p{M}.' ]{1,40}(?:(?:,| and) (?-i:[\p{Lu}])[\p{L}\p{M}.' ]{1,40}){0,3}",
                K.BYLINE,
                max_chars=200,
            ),
            ChromeRule("nyt-credit", r"credit(?:\.{3}|\u2026) ?.{1,150}", K.LABEL, max_chars=200),
            ChromeRule(
                "nyt-access",
                r"we are having trouble retrieving the article content\.?.{0,200}|thank you for your patience while we verify access\.?.{0,200}|want all of the times\? subscribe\.?",
                K.NAVIGATION,
                max_chars=300,
            ),
        ),
    ),
    OutletProfile(
        "The Washington Post",
        aliases=("Washington Post", "WaPo"),
        rules=(
            ChromeRule("wapo-motto", r"democracy dies in darkness", K.PROMO),
            ChromeRule(
                "wapo-saved",
                r"add to your saved stories|you must be signed in to (?:save|gift|comment).{0,60}|comment on this story",
                K.SHARE,
                max_chars=100,
            ),
            ChromeRule(
                "wapo-copyright",
                rf"{_COPY} the washington post.{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "wapo-newsletter",
                r"sign up (?:for|to) (?:today's worldview|the \d-minute fix|the early brief|the daily 202|the washington post's .{1,60})(?: newsletter)?.{0,120}",
                K.SUBSCRIBE,
                max_chars=250,
            ),
        ),
    ),
    OutletProfile(
        "Fox News",
        aliases=("Fox News Digital", "Fox News Channel", "FoxNews.com"),
        rules=(
            ChromeRule(
                "fox-app",
                r"click here to (?:get|download) the fox news app|click here for more .{0,40}fox news.{0,80}",
                K.APP_PROMPT,
                max_chars=150,
            ),
            ChromeRule(
                "fox-contributed", _contributed(r"fox news(?: digital)?"), K.BYLINE, max_chars=350
            ),
            ChromeRule(
                "fox-copyright",
                rf"(?:this material may not be published, broadcast, rewritten,? or redistributed\.? ?)?{_COPY} fox news network.{{0,160}}",
                K.COPYRIGHT,
                max_chars=300,
            ),
            ChromeRule("fox-flash", r"fox news flash top .{1,160}", K.PROMO, max_chars=200),
            ChromeRule(
                "fox-tips",
                r".{1,300}story tips can be sent to .{1,120}",
                K.BYLINE,
                max_chars=450,
                requires="story tips can be sent to",
            ),
            ChromeRule(
                "fox-quotes",
                r"quotes displayed in real-time or delayed by at least \d{1,2} minutes.{0,400}",
                K.COPYRIGHT,
                max_chars=500,
            ),
        ),
    ),
    OutletProfile(
        "NPR",
        aliases=("National Public Radio",),
        rules=(
            ChromeRule(
                "npr-sponsor",
                r"sponsor message|npr thanks our sponsors|become an npr sponsor",
                K.ADVERTISEMENT,
            ),
            ChromeRule("npr-copyright", rf"{_COPY} npr\..{{0,160}}", K.COPYRIGHT, max_chars=200),
            ChromeRule("npr-caption", r"toggle caption|enlarge this image", K.LABEL),
            ChromeRule(
                "npr-audio",
                r"listen ?[·•] ?\d{1,2}:\d{2}(?: ?[·•] ?\d{1,2}:\d{2})?|\d{1,2}-minute listen|(?:add to )?playlist|(?:download )?embed <iframe.{0,400}",
                K.MEDIA_NOTICE,
                max_chars=450,
            ),
            ChromeRule(
                "npr-transcript",
                r"npr transcripts are created on a rush deadline.{0,400}",
                K.COPYRIGHT,
                max_chars=450,
            ),
            ChromeRule("npr-contributed", _contributed(r"npr"), K.BYLINE, max_chars=300),
        ),
    ),
    OutletProfile(
        "Voice of America",
        aliases=("VOA", "VOA News", "voanews.com"),
        rules=(
            ChromeRule(
                "voa-credit",
                r"some information for this report came from .{1,120}",
                K.BYLINE,
                max_chars=200,
            ),
            ChromeRule(
                "voa-player",
                r"no media source currently available|the (?:code|url) has been copied to your clipboard\.?|embed share|direct link|\d{3,4}p \| \d{1,4}(?:\.\d{1,2})? ?mb",
                K.MEDIA_NOTICE,
            ),
            ChromeRule("voa-byline", r"voa news(?: staff)?", K.BYLINE, author=True),
        ),
    ),
    OutletProfile(
        "DW",
        aliases=("Deutsche Welle", "DW News", "dw.com"),
        rules=(
            ChromeRule(
                "dw-permalink",
                r"permalink https?://p\.dw\.com/\S{1,60}",
                K.NAVIGATION,
                max_chars=90,
            ),
            ChromeRule(
                "dw-feedback",
                r"send us your feedback\.?|feedback: send us your feedback\.?",
                K.NAVIGATION,
            ),
            ChromeRule(
                "dw-initials",
                rf"[a-z]{{2,4}}(?:/[a-z]{{2,4}}){{1,3}} ?\({_WIRES}(?:, ?{_WIRES}){{0,6}}\)",
                K.BYLINE,
                max_chars=90,
            ),
            ChromeRule(
                "dw-newsletter",
                r"every evening, dw'?s editors send out .{0,300}",
                K.SUBSCRIBE,
                max_chars=350,
            ),
            ChromeRule("dw-date", r"date \d{2}\.\d{2}\.\d{4}", K.TIMESTAMP),
            ChromeRule(
                "dw-meta",
                r"author (?-i:[\p{Lu}])[\p{L}\p{M}.'\-]{1,30}(?: (?-i:[\p{Lu}])[\p{L}\p{M}.'\-]{1,30}){0,3}|related subjects .{1,200}|print print this page|dw recommends|(?:audios and videos|videos?) on the topic",
                K.NAVIGATION,
                max_chars=250,
            ),
        ),
    ),
    OutletProfile(
        "NBC News",
        aliases=("NBC", "NBCNews.com", "NBC News Digital"),
        rules=(
            ChromeRule(
                "nbc-copyright", rf"{_COPY} nbc ?universal.{{0,160}}", K.COPYRIGHT, max_chars=200
            ),
            ChromeRule("nbc-contributed", _contributed(r"nbc news"), K.BYLINE, max_chars=300),
            ChromeRule(
                "nbc-app", r"download the nbc news app.{0,120}", K.APP_PROMPT, max_chars=150
            ),
            ChromeRule(
                "nbc-now",
                r"(?:watch |stream )?nbc news now|watch live: nbc news now.{0,60}",
                K.PROMO,
                max_chars=90,
            ),
        ),
    ),
    OutletProfile(
        "ABC News",
        aliases=("ABC", "ABCNews.com"),
        rules=(
            ChromeRule(
                "abc-copyright",
                rf"{_COPY} abc news internet ventures.{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule("abc-contributed", _contributed(r"abc news"), K.BYLINE, max_chars=300),
            ChromeRule("abc-live", r"(?:watch |stream )?abc news live", K.PROMO),
        ),
    ),
    OutletProfile(
        "Bloomberg",
        aliases=("Bloomberg News", "Bloomberg L.P."),
        rules=(
            ChromeRule(
                "bloomberg-assist",
                rf"{_DASH}with assistance from {_NAMES}\.?",
                K.BYLINE,
                max_chars=500,
            ),
            ChromeRule(
                "bloomberg-contact",
                r"to contact (?:the )?(?:reporters?|editors?|authors?) (?:on|of|responsible for) this story:? .{1,300}",
                K.BYLINE,
                max_chars=400,
            ),
            ChromeRule(
                "bloomberg-copyright",
                rf"{_COPY} bloomberg l\.?p\.?.{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
            ChromeRule(
                "bloomberg-terminal",
                r"before it'?s here, it'?s on the bloomberg terminal\.?.{0,60}",
                K.PROMO,
                max_chars=110,
            ),
            ChromeRule(
                "bloomberg-more",
                r"most read from bloomberg(?: businessweek)?|more stories like this are available on bloomberg\.com.{0,40}",
                K.RELATED,
                max_chars=100,
            ),
        ),
    ),
    OutletProfile(
        "HuffPost",
        aliases=("The Huffington Post", "Huffington Post", "HuffPost UK"),
        rules=(
            ChromeRule("huffpost-also", r"also on huff(?:ington ?)?post:?", K.RELATED),
            ChromeRule(
                "huffpost-copyright",
                rf"{_COPY} (?:the ?)?huff(?:ington ?)?post.{{0,160}}",
                K.COPYRIGHT,
                max_chars=250,
            ),
        ),
    ),
    OutletProfile(
        "Politico",
        aliases=("Politico Europe", "politico.com"),
        rules=(
            ChromeRule(
                "politico-copyright",
                rf"{_COPY} politico(?: llc)?.{{0,160}}",
                K.COPYRIGHT,
                max_chars=200,
            ),
            ChromeRule(
                "politico-playbook",
                r"missing out on the latest scoops\?.{0,200}|sign up for politico .{0,160}",
                K.SUBSCRIBE,
                max_chars=250,
            ),
        ),
    ),
)
"""Per-outlet chrome and evidence. Add a profile to teach the parser a new outlet."""


BYLINE_PREFIXES: tuple[str, ...] = (
    "By",
    "BY",
    "By:",
    "Written by",
    "Written By",
    "Words by",
    "Story by",
    "Report by",
    "Analysis by",
    "Opinion by",
    "Author:",
    "Authors:",
)
"""What opens a byline line ("By Jane Doe, CBS News")."""

STAMP_PREFIXES: tuple[str, ...] = (
    "Published",
    "PUBLISHED",
    "Published On",
    "Published on",
    "Updated",
    "UPDATED",
    "Updated on",
    "Updated On",
    "Last Modified",
    "Last modified",
    "Last updated",
    "Last Updated",
    "Last update",
    "First published",
    "First published on",
    "Originally published",
    "Originally Published",
    "Posted",
    "Posted on",
    "Modified",
)
"""What opens a publication or update stamp ("Updated Apr 3, 2019")."""

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
  that the page comes from that outlet.

When unsure whether a line is chrome, leave it out: a stray line kept in the
body costs less than story text lost. Keep patterns specific (anchor long
promos on their distinctive words) and bounded (``.{0,80}``, never ``.*``
inside repeated groups).
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
    """One chrome pattern: a whole-line regex, what kind of chrome it marks, and its name."""

    name: str
    pattern: str
    kind: ChromeKind


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


_BROWSERS = r"(?:Chrome|Safari|Firefox|Edge|Opera|Brave|Samsung Internet)"

GENERIC_RULES: tuple[ChromeRule, ...] = (
    # -- navigation ---------------------------------------------------------
    ChromeRule(
        "skip-to-content", r"skip to (?:main )?(?:content|navigation|search|footer)", K.NAVIGATION
    ),
    ChromeRule(
        "menu",
        r"(?:main )?menu|close(?: menu)?|open menu|toggle navigation|search|home",
        K.NAVIGATION,
    ),
    ChromeRule(
        "continue",
        r"continue|continue reading|read full article|show more|show less|load more|expand|collapse",
        K.NAVIGATION,
    ),
    ChromeRule(
        "back-to-top",
        r"back to top|scroll to top|next article|previous article|next|previous",
        K.NAVIGATION,
    ),
    ChromeRule("loading", r"loading\.{0,3}|please wait\.{0,3}", K.NAVIGATION),
    ChromeRule(
        "reading-time",
        r"(?:listen to this article|\d{1,3} min(?:ute)?s? (?:read|listen))(?: ?[-|•·] ?\d{1,3} min(?:ute)?s?)?",
        K.NAVIGATION,
    ),
    ChromeRule(
        "account",
        r"log ?in|log out|sign ?in|sign out|register|my account|create (?:a )?free account|already a subscriber\?.{0,40}",
        K.NAVIGATION,
    ),
    ChromeRule(
        "legal-links",
        r"(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|accessibility help|do not sell my (?:personal )?info(?:rmation)?)(?: ?[|•·] ?(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us|accessibility help|ad choices|help|sitemap)){0,8}",
        K.NAVIGATION,
    ),
    ChromeRule("topics", r"(?:related )?topics|tags|filed under|more about|keywords", K.NAVIGATION),
    # -- share, print, comment ------------------------------------------------
    ChromeRule(
        "share",
        r"share(?: this)?(?: article| story| page| video)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|reddit|email|messenger))?|share via .{1,30}",
        K.SHARE,
    ),
    ChromeRule(
        "share-row",
        r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|copy link|messenger|pinterest|flipboard|telegram)(?: ?[|•·,]? ?(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|copy link|messenger|pinterest|flipboard|telegram)){1,10}",
        K.SHARE,
    ),
    ChromeRule(
        "share-buttons",
        r"print|email|e-mail|save|save article|saved|copy link|link copied|comments?|\d{1,6} comments?|view comments|leave a comment|gift (?:this )?article|bookmark",
        K.SHARE,
    ),
    # -- subscriptions and newsletters ------------------------------------
    ChromeRule(
        "subscribe",
        r"subscribe(?: now| today| here)?|sign up(?: now| here)?|newsletters?|get our newsletter|join now|subscribe to (?:our|the) .{1,60}",
        K.SUBSCRIBE,
    ),
    ChromeRule(
        "newsletter-promo",
        r"(?:sign up|subscribe) (?:for|to) (?:our |the |free |a )?.{0,60}newsletters?.{0,120}",
        K.SUBSCRIBE,
    ),
    ChromeRule(
        "inbox-promo",
        r".{0,80}delivered (?:straight |directly )?to your inbox.{0,120}",
        K.SUBSCRIBE,
    ),
    # -- app and notification prompts --------------------------------------
    ChromeRule(
        "open-in-app",
        r"(?:view|read|open|continue) (?:.{1,40} )?in(?: (?:the|our) (?:app|browser|.{1,30} app))?|open in app|get the app|download (?:the|our) (?:.{1,30} )?app.{0,80}|.{1,40} app open|not now|open",
        K.APP_PROMPT,
    ),
    ChromeRule(
        "browser-choice", rf"{_BROWSERS}(?: {_BROWSERS}){{0,5}}(?: continue)?", K.APP_PROMPT
    ),
    ChromeRule(
        "notifications",
        r"be the first to know|(?:get|turn on|allow|enable) (?:browser |push )?notifications.{0,120}|stay (?:informed|updated|up to date)\.?",
        K.APP_PROMPT,
    ),
    # -- cookies and consent ------------------------------------------------
    ChromeRule(
        "cookies",
        r"(?:we|this (?:site|website)) uses? cookies.{0,400}|(?:accept|reject|manage) (?:all )?(?:cookies|preferences|settings)|cookie (?:settings|preferences|policy)|accept all|reject all|i accept|i agree|manage consent",
        K.COOKIE,
    ),
    ChromeRule(
        "consent-embed",
        r"allow (?:twitter|x|instagram|facebook|youtube|tiktok|spotify|third[- ]party) content\?|this (?:article|page) contains content provided by .{1,200}",
        K.COOKIE,
    ),
    # -- advertisements -----------------------------------------------------
    ChromeRule(
        "advertisement",
        r"advertisement|advertisements|skip advertisement|ad|ads|sponsored(?: content| links| stories)?|paid (?:content|post|partner content)|promoted(?: content| stories)?|supported by",
        K.ADVERTISEMENT,
    ),
    ChromeRule(
        "continues-below",
        r"(?:the )?(?:story|article|text) continues (?:below|after) (?:this |the )?(?:advertisement|ad)|continue reading (?:the main story|below)|scroll to continue(?: with content)?",
        K.ADVERTISEMENT,
    ),
    # -- related content ----------------------------------------------------
    ChromeRule(
        "read-more",
        r"(?:read|see|watch) (?:more|also|next)(?:[:.]? .{0,200})?|also read:? .{0,200}|related(?: (?:articles?|stories|coverage|content|news|links|video|videos))?(?:: .{0,200})?|more (?:on|about) this (?:story|topic)|more from .{1,30}|more stories|more news|recommended(?: for you| stories| reading)?|you (?:may|might) also like|most (?:read|popular|viewed|watched|shared)|top (?:stories|news|videos)|trending(?: now| stories)?|editor'?s picks|latest (?:news|stories|videos)|in (?:case you missed it|other news)|up next",
        K.RELATED,
    ),
    ChromeRule("click-here", r"click here .{1,150}", K.RELATED),
    # -- social -------------------------------------------------------------
    ChromeRule("handle", r"@[A-Za-z0-9_]{1,30}(?: ?[|·•] ?@[A-Za-z0-9_]{1,30}){0,3}", K.SOCIAL),
    ChromeRule(
        "follow",
        r"follow (?:us|me|@[A-Za-z0-9_]{1,30}|.{1,60}) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|telegram).{0,60}|follow(?: us)?|(?:twitter|x|instagram|facebook|threads|bluesky): ?@?[A-Za-z0-9_.]{1,30}|join the (?:conversation|discussion)",
        K.SOCIAL,
    ),
    # -- copyright ----------------------------------------------------------
    ChromeRule(
        "copyright",
        r"(?:©|\(c\)|copyright) ?(?:©|\(c\))? ?\d{4}(?: ?[-\u2013] ?\d{4})?.{0,200}|© ?.{1,80}\d{4}.{0,120}|all rights reserved\.?.{0,200}",
        K.COPYRIGHT,
    ),
    ChromeRule(
        "no-redistribution",
        r"this material may not be published, broadcast, rewritten,? or redistributed\.?.{0,100}",
        K.COPYRIGHT,
    ),
    # -- player notices ------------------------------------------------------
    ChromeRule(
        "player-notice",
        r"this video can ?not be played.{0,100}|media playback is (?:unsupported|not supported) on your device|your browser does not support .{1,80}|please (?:enable|turn on) javascript.{0,100}|now playing|replay|play video|video ad feedback|watch (?:live|now|video)|live tv|listen live|captions?|(?:sound|audio) (?:on|off)",
        K.MEDIA_NOTICE,
    ),
)
"""Chrome any outlet's page may show."""


OUTLETS: tuple[OutletProfile, ...] = (
    OutletProfile(
        "CBS News",
        aliases=("CBS", "CBS/AP"),
        rules=(
            ChromeRule("cbs-watch", r"watch cbs news|cbs news (?:live|24/7|streaming)", K.PROMO),
            ChromeRule("cbs-app", r"view cbs news in|cbs news app(?: open)?", K.APP_PROMPT),
            ChromeRule(
                "cbs-copyright",
                r"(?:©|copyright) ?(?:©)? ?\d{4} cbs (?:interactive|broadcasting) inc\..{0,120}",
                K.COPYRIGHT,
            ),
            ChromeRule(
                "cbs-stamp",
                r".{3,40} / (?:\d{1,2}:\d{2} [ap]m (?:[a-z]{2,4} )?/ )?cbs(?: news|/ap)?",
                K.TIMESTAMP,
            ),
        ),
    ),
    OutletProfile(
        "CNBC",
        aliases=("CNBC.com",),
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
            ChromeRule("cnbc-copyright", r"(?:©|copyright) ?\d{4} cnbc llc\..{0,120}", K.COPYRIGHT),
            ChromeRule(
                "cnbc-pro", r"(?:subscribe to |watch )?cnbc pro.{0,60}|cnbc newsletters", K.PROMO
            ),
            ChromeRule("cnbc-data", r"data is a real-time snapshot.{0,120}", K.NAVIGATION),
        ),
        layout_signatures=(frozenset({"key-points-header:key points", "video-marker:doubled"}),),
    ),
    OutletProfile(
        "CNN",
        aliases=("Cable News Network", "CNN Wire"),
        rules=(
            ChromeRule(
                "cnn-copyright", r"(?:©|copyright) ?\d{4} cable news network.{0,160}", K.COPYRIGHT
            ),
            ChromeRule(
                "cnn-newsletter", r"sign up for cnn'?s .{1,80}newsletter.{0,120}", K.SUBSCRIBE
            ),
        ),
        dateline_agencies=("CNN",),
    ),
    OutletProfile(
        "Reuters",
        aliases=("Thomson Reuters",),
        rules=(
            ChromeRule(
                "reuters-credits",
                r"(?:additional )?reporting by .{1,200}(?:;|editing by|writing by).{0,200}",
                K.BYLINE,
            ),
            ChromeRule(
                "reuters-standards",
                r"our standards: the thomson reuters trust principles\.?.{0,40}",
                K.COPYRIGHT,
            ),
            ChromeRule(
                "reuters-quotes",
                r"all quotes delayed a minimum of \d{1,2} minutes\..{0,200}",
                K.COPYRIGHT,
            ),
        ),
        dateline_agencies=("Reuters",),
    ),
    OutletProfile(
        "Associated Press",
        aliases=("AP", "The Associated Press"),
        rules=(
            ChromeRule(
                "ap-copyright", r"copyright \d{4} (?:the )?associated press\..{0,200}", K.COPYRIGHT
            ),
            ChromeRule(
                "ap-contributed",
                r"(?:the )?associated press (?:writers?|reporters?|journalists?) .{1,160} contributed(?: to this report)?\.?",
                K.BYLINE,
            ),
        ),
        dateline_agencies=("AP",),
    ),
    OutletProfile(
        "BBC News",
        aliases=("BBC",),
        rules=(
            ChromeRule("bbc-image-caption", r"image caption,? .{0,300}", K.LABEL),
            ChromeRule("bbc-media-caption", r"media caption,? .{0,300}", K.LABEL),
            ChromeRule(
                "bbc-external-links",
                r"(?:these are external links and will open in a new window|read about our approach to external linking\.?|the bbc is not responsible for the content of external (?:sites|websites)\.?.{0,80})",
                K.NAVIGATION,
            ),
            ChromeRule(
                "bbc-share",
                r"share this with(?: (?:email|facebook|messenger|twitter|pinterest|whatsapp|linkedin))*|copy this link",
                K.SHARE,
            ),
            ChromeRule("bbc-copyright", r"(?:©|copyright) ?\d{4} bbc\..{0,160}", K.COPYRIGHT),
            ChromeRule("bbc-trust", r"why you can trust (?:the )?bbc(?: news)?", K.NAVIGATION),
            ChromeRule("bbc-more", r"more on this story|related internet links", K.RELATED),
        ),
    ),
    OutletProfile(
        "The Guardian",
        aliases=("Guardian", "theguardian.com"),
        rules=(
            ChromeRule(
                "guardian-support",
                r"support the guardian.{0,120}|since you'?re here.{0,200}|reuse this content",
                K.PROMO,
            ),
        ),
    ),
    OutletProfile(
        "Al Jazeera",
        aliases=("Al Jazeera English",),
        rules=(
            ChromeRule(
                "aljazeera-source",
                r"source: al jazeera(?: and news agencies| news)?(?:, .{1,60})?",
                K.BYLINE,
            ),
        ),
    ),
    OutletProfile(
        "The New York Times",
        aliases=("New York Times", "NYT"),
        rules=(
            ChromeRule(
                "nyt-print", r"a version of this article appears in print on .{1,200}", K.COPYRIGHT
            ),
            ChromeRule(
                "nyt-morning",
                r"sign up for (?:the morning|the new york times) .{0,120}",
                K.SUBSCRIBE,
            ),
        ),
    ),
    OutletProfile(
        "The Washington Post",
        aliases=("Washington Post",),
        rules=(ChromeRule("wapo-motto", r"democracy dies in darkness", K.PROMO),),
    ),
    OutletProfile(
        "Fox News",
        aliases=("FOX News", "Fox News Digital"),
        rules=(
            ChromeRule(
                "fox-app",
                r"click here to (?:get|download) the fox news app|click here for more .{0,40}fox news.{0,80}",
                K.APP_PROMPT,
            ),
            ChromeRule(
                "fox-contributed", r"fox news'? .{1,120} contributed to this report\.?", K.BYLINE
            ),
        ),
    ),
    OutletProfile(
        "NPR",
        aliases=("National Public Radio",),
        rules=(
            ChromeRule("npr-sponsor", r"sponsor message", K.ADVERTISEMENT),
            ChromeRule("npr-copyright", r"copyright \d{4} npr\..{0,160}", K.COPYRIGHT),
        ),
    ),
    OutletProfile(
        "Voice of America",
        aliases=("VOA", "VOA News"),
        rules=(
            ChromeRule(
                "voa-credit", r"some information for this report came from .{1,120}", K.BYLINE
            ),
        ),
    ),
    OutletProfile(
        "DW",
        aliases=("Deutsche Welle", "DW News"),
        rules=(
            ChromeRule("dw-permalink", r"permalink https?://p\.dw\.com/\S{1,60}", K.NAVIGATION),
            ChromeRule(
                "dw-feedback",
                r"send us your feedback\.?|feedback: send us your feedback\.?",
                K.NAVIGATION,
            ),
        ),
    ),
)
"""Per-outlet chrome and evidence. Add a profile to teach the parser a new outlet."""


BYLINE_PREFIXES: tuple[str, ...] = ("By", "BY", "Written by", "Words by", "Author:", "Authors:")
"""What opens a byline line ("By Jane Doe, CBS News")."""

STAMP_PREFIXES: tuple[str, ...] = (
    "Published",
    "PUBLISHED",
    "Updated",
    "UPDATED",
    "Last Modified",
    "Last modified",
    "Last updated",
    "Last Updated",
    "First published",
    "First published on",
    "Posted",
    "Posted on",
    "Published on",
    "Updated on",
    "Modified",
)
"""What opens a publication or update stamp ("Updated Apr 3, 2019")."""

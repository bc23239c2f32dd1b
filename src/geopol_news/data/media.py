"""Words that mark media blocks, photo credits, embeds and key-point lists.

Plain strings only; :mod:`geopol_news.layout` escapes and compiles them. Entries
are matched case-insensitively unless a note says otherwise.
"""

from __future__ import annotations

PHOTO_AGENCIES: tuple[str, ...] = (
    # Wire services and photo agencies that news pages credit, longest forms
    # first where one name contains another.
    "Getty Images",
    "Getty",
    "AFP via Getty Images",
    "AFP",
    "Agence France-Presse",
    "AP Photo",
    "AP",
    "Associated Press",
    "The Associated Press",
    "Reuters",
    "Thomson Reuters",
    "EPA-EFE",
    "EPA",
    "EFE",
    "Xinhua",
    "TASS",
    "Sputnik",
    "RIA Novosti",
    "Anadolu Agency",
    "Anadolu",
    "Bloomberg",
    "Shutterstock",
    "Alamy",
    "Alamy Stock Photo",
    "PA Images",
    "PA Media",
    "PA Wire",
    "PA",
    "dpa",
    "picture alliance",
    "ANP",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "Jiji Press",
    "NurPhoto",
    "SOPA Images",
    "Sipa USA",
    "Zuma Press",
    "ZUMA Wire",
    "UPI",
    "Pool",
    "Handout",
    "Corbis",
    "Redux",
    "NYT",
    "Bloomberg News",
    "Sputnik via AP",
    "Kremlin Pool",
    "Presidential Press Service",
    "Wikimedia Commons",
    "Planet Labs",
    "Maxar Technologies",
    "Maxar",
    "Courtesy",
    "File",
)
"""Names that, alone or as the last part of a caption, credit a photo."""

SHORT_CAPTION_CREDITS: tuple[str, ...] = (
    # The credits an outlet prints after a caption's final full stop
    # ("... in a Dec. 5 file photo. AP"). Kept short on purpose: a paragraph
    # that ends in one of these words after a full stop is almost certainly a
    # caption. Matched case-sensitively.
    "AP",
    "AFP",
    "Getty",
    "Getty Images",
    "Reuters",
    "REUTERS",
    "EPA",
    "EPA-EFE",
    "Xinhua",
    "TASS",
    "Sputnik",
    "Bloomberg",
    "Shutterstock",
    "Alamy",
    "PA",
    "dpa",
    "Anadolu",
    "Kyodo",
    "Yonhap",
    "UPI",
    "NurPhoto",
    "Pool",
    "Handout",
    "File",
)

CREDIT_PREFIXES: tuple[str, ...] = (
    # A line that starts with one of these (then ":" or "," or " by") credits media.
    "Photo",
    "Photos",
    "Photograph",
    "Photographs",
    "Picture",
    "Pictures",
    "Image",
    "Images",
    "Image source",
    "Image copyright",
    "Photo credit",
    "Photo credits",
    "Credit",
    "Credits",
    "Illustration",
    "Video credit",
)

CREDIT_SLASH_PREFIXES: tuple[str, ...] = (
    # "AP Photo/Evan Vucci", "REUTERS/Maxim Shemetov": a credit with a slash.
    "AP Photo",
    "AP Photo/File",
    "REUTERS",
    "Reuters",
    "AFP",
    "EPA",
    "Getty",
    "Sputnik",
    "Pool",
    "Photo",
)

EMBED_LABELS: dict[str, str] = {
    # label -> kind. A label may be followed by a number ("Tweet 1").
    "embedded tweet": "tweet",
    "twitter post": "tweet",
    "x post": "tweet",
    "instagram post": "instagram",
    "instagram": "instagram",
    "facebook post": "facebook",
    "youtube video": "youtube",
    "youtube": "youtube",
    "tiktok": "tiktok",
    "tiktok video": "tiktok",
    "telegram post": "telegram",
    "embedded content": "embed",
    "embed": "embed",
    "interactive": "interactive",
    "podcast": "audio",
    "audio player": "audio",
    "infographic": "graphic",
}
"""Lines naming a placeholder for embedded content, alone or with a number."""

NUMBERED_EMBED_LABELS: dict[str, str] = {
    # Words that are too common alone (a share button says "Tweet"), so they
    # count as embeds only with a number: "Tweet 1", "Graphic 2".
    "tweet": "tweet",
    "post": "embed",
    "graphic": "graphic",
    "chart": "graphic",
    "map": "graphic",
    "audio": "audio",
    "video": "video",
}

EMBED_WRAPPERS: dict[str, str] = {
    # BBC-style wrappers around an embed: "Skip twitter post by @handle",
    # "End of twitter post by @handle", "Skip youtube video, 1". Platform -> kind.
    "twitter": "tweet",
    "x": "tweet",
    "instagram": "instagram",
    "facebook": "facebook",
    "youtube": "youtube",
    "tiktok": "tiktok",
    "telegram": "telegram",
}

KEY_POINT_HEADERS: tuple[str, ...] = (
    "Key Points",
    "Key points",
    "Key Takeaways",
    "Key takeaways",
    "Highlights",
    "Story highlights",
    "Summary",
    "In brief",
    "At a glance",
    "What you need to know",
    "What we know",
    "The big picture",
    "Quick read",
    "Need to know",
    "Main points",
)
"""Labels that introduce a list of summary bullets."""

BULLETS: str = (
    "\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u2043\u25b6\u25ba\u25a0\u25cf\u25cb\u2013\u2014*-"
)
"""Characters that open a bullet line when followed by a space."""

VIDEO_MARKER_WORDS: tuple[str, ...] = ("VIDEO", "Video", "WATCH", "Watch", "Play Video", "Play")
"""Words a video marker line starts with, right before the duration."""

TIME_PREPOSITIONS: tuple[str, ...] = (
    "at",
    "by",
    "until",
    "till",
    "before",
    "after",
    "from",
    "to",
    "around",
    "about",
    "since",
    "between",
    "and",
    "or",
    "past",
    "on",
    "of",
)
"""Words that, right before "10:30" at the end of a line, make it a clock time, not a video duration."""

"""geopol_news: typed data about how the press covers geopolitics.

Turn a plain-text dump of a news page into an immutable :class:`Article`:

>>> from geopol_news import parse_article
>>> article = parse_article("World\\n\\nRain hits the capital\\n\\nIt rained.\\n\\nAdvertisement")
>>> article.section.text, article.headline.text, article.text
('World', 'Rain hits the capital', 'It rained.')
>>> [line.text for line in article.chrome]
['Advertisement']
"""

from geopol_news.actors import actor_key, credited_actors, extract_actors
from geopol_news.dates import extract_dates
from geopol_news.errors import (
    DecodingWarning,
    GeopolNewsError,
    GeopolNewsWarning,
    InputTypeError,
    InvalidSpanError,
    SchemaError,
    UndecodableInputError,
)
from geopol_news.model import (
    Actor,
    ActorKind,
    Article,
    Block,
    ChromeKind,
    ChromeLine,
    DatedEvent,
    DateInterval,
    DateKind,
    Dateline,
    DateMention,
    Embed,
    Gender,
    Granularity,
    Magnitude,
    Media,
    Mention,
    MentionKind,
    MonetaryFigure,
    Paragraph,
    Period,
    Photo,
    Qualifier,
    Quantity,
    Quote,
    QuoteKind,
    Role,
    Snippet,
    Span,
    Subheading,
    Video,
)
from geopol_news.money import ParseError, extract_money, parse_money
from geopol_news.parse import decode, parse_article, parse_article_bytes
from geopol_news.quantities import extract_quantities
from geopol_news.quotes import extract_quotes
from geopol_news.serialize import dump_jsonl, load_jsonl

__version__ = "0.1.0.dev0"

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Block",
    "ChromeKind",
    "ChromeLine",
    "DateInterval",
    "DateKind",
    "DateMention",
    "DatedEvent",
    "Dateline",
    "DecodingWarning",
    "Embed",
    "Gender",
    "GeopolNewsError",
    "GeopolNewsWarning",
    "Granularity",
    "InputTypeError",
    "InvalidSpanError",
    "Magnitude",
    "Media",
    "Mention",
    "MentionKind",
    "MonetaryFigure",
    "Paragraph",
    "ParseError",
    "Period",
    "Photo",
    "Qualifier",
    "Quantity",
    "Quote",
    "QuoteKind",
    "Role",
    "SchemaError",
    "Snippet",
    "Span",
    "Subheading",
    "UndecodableInputError",
    "Video",
    "__version__",
    "actor_key",
    "credited_actors",
    "decode",
    "dump_jsonl",
    "extract_actors",
    "extract_dates",
    "extract_money",
    "extract_quantities",
    "extract_quotes",
    "load_jsonl",
    "parse_article",
    "parse_article_bytes",
    "parse_money",
]

"""Text plumbing: line splitting and normalisation with an offset map.

Classification runs on a normalised copy of each line (NBSP and other spaces
become " ", zero-width characters vanish, curly quotes become straight ones),
while every offset found in the copy maps back into the original text, so
spans always point into what the caller gave us.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

# Characters removed from the normalised copy: zero-width space, non-joiner,
# joiner, word joiner, byte-order mark, soft hyphen.
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Characters replaced one for one.
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
)
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"

_TABLE = str.maketrans(
    {
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
    }
)
_DROP_TABLE = str.maketrans(dict.fromkeys(_DROPPED))
_HAS_DROPPED = regex.compile(f"[{_DROPPED}]")
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_RUNS_OF_SPACE = regex.compile(r"\s+")


@attrs.frozen
class Line:
    """One line of the source: its offsets and its normalised, stripped copy.

    ``norm`` is the normalised line with leading and trailing white space
    removed; ``to_source(i)`` maps an offset in ``norm`` back to the source.
    """

    start: int
    end: int
    norm: str
    _offsets: tuple[int, ...] | None  # None: norm[i] sits at source[base + i]
    _base: int

    @property
    def blank(self) -> bool:
        return not self.norm

    def to_source(self, i: int) -> int:
        """Source offset of position *i* of ``norm`` (``len(norm)`` allowed)."""
        if self._offsets is None:
            return self._base + i
        return self._offsets[i]


def normalize(text: str) -> str:
    """Return the normalised copy of *text* used for classification.

    >>> normalize("\u201cHi\u201d\u00a0there\u200b")
    '"Hi" there'
    """
    return text.translate(_TABLE).translate(_DROP_TABLE)


def clean(text: str) -> str:
    """Normalise white space for display: one space between words, none at the ends.

    Quote marks are left as they are.

    >>> clean("  Moscow\u00a0-- it  rained.\u200b ")
    'Moscow -- it rained.'
    """
    return _RUNS_OF_SPACE.sub(" ", text.translate(_DROP_TABLE)).strip()


def _make_line(text: str, start: int, end: int) -> Line:
    raw = text[start:end]
    spaced = raw.translate(_TABLE)
    if _HAS_DROPPED.search(spaced) is None:
        lead = len(spaced) - len(spaced.lstrip())
        norm = spaced.strip()
        return Line(start, end, norm, None, start + lead)
    offsets: list[int] = []
    chars: list[str] = []
    for i, ch in enumerate(spaced):
        if ch not in _DROPPED:
            chars.append(ch)
            offsets.append(start + i)
    offsets.append(end)
    joined = "".join(chars)
    lead = len(joined) - len(joined.lstrip())
    norm = joined.strip()
    kept = offsets[lead : lead + len(norm)]
    # The end of the stripped copy maps to just after its last character.
    kept.append(kept[-1] + 1 if kept else offsets[lead])
    return Line(start, end, norm, tuple(kept), 0)


def iter_lines(text: str) -> Iterator[Line]:
    """Split *text* on ``\\n``, ``\\r\\n`` and ``\\r`` into :class:`Line` records.

    Other Unicode separators (``\\u2028``, form feed, ...) stay inside a line.

    >>> [(l.start, l.end, l.norm) for l in iter_lines("a\\r\\n\\u00a0b \\rc")]
    [(0, 1, 'a'), (3, 6, 'b'), (7, 8, 'c')]
    """
    pos = 0
    for match in _LINE_BREAK.finditer(text):
        yield _make_line(text, pos, match.start())
        pos = match.end()
    yield _make_line(text, pos, len(text))

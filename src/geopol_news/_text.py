"""Text plumbing: line splitting and normalisation with an offset map.

Classification runs on a normalised copy of each line (NBSP and other spaces
become " ", zero-width characters vanish, curly quotes become straight ones),
while every offset found in the copy maps back into the original text, so
spans always point into what the caller gave us.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

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

_REPLACEMENTS: dict[str, str] = {
    **dict.fromkeys(_SPACES, " "),
    **dict.fromkeys(_DOUBLE_QUOTES, '"'),
    **dict.fromkeys(_SINGLE_QUOTES, "'"),
    **dict.fromkeys(_DROPPED, ""),
}
_DROPPED_CHARS = regex.compile("[" + regex.escape(_DROPPED) + "]")


_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_RUNS_OF_SPACE = regex.compile(r"\s+")


class Line:
    """One line of the source: its offsets and its normalised, stripped copy.

    ``norm`` is the normalised line with leading and trailing white space
    removed; ``to_source(i)`` maps an offset in ``norm`` back to the source.
    (A plain slotted class: thousands are made per article, and attrs'
    generated ``__init__`` would double the cost of splitting.)
    """

    __slots__ = ("_base", "_offsets", "end", "norm", "start")

    def __init__(
        self, start: int, end: int, norm: str, offsets: tuple[int, ...] | None, base: int
    ) -> None:
        self.start = start
        self.end = end
        self.norm = norm
        self._offsets = offsets  # None: norm[i] sits at source[base + i]
        self._base = base

    def __repr__(self) -> str:
        return f"Line({self.start}, {self.end}, {self.norm!r})"

    @property
    def blank(self) -> bool:
        return not self.norm

    @property
    def aligned(self) -> bool:
        """Whether ``norm`` maps to the source character for character (nothing was dropped
        from the line), so that it is the normalised copy of the line's text in the source."""
        return self._offsets is None

    def to_source(self, i: int) -> int:
        """Source offset of position *i* of ``norm`` (``len(norm)`` allowed)."""
        if self._offsets is None:
            return self._base + i
        return self._offsets[i]

    def bounds(self) -> tuple[int, int]:
        """Where a line that is not blank starts and ends in the source: ``to_source(0)``
        and ``to_source(len(norm) - 1) + 1``, in one call.

        >>> next(iter_lines("  Hi there ")).bounds()
        (2, 10)
        """
        if self._offsets is None:
            return self._base, self._base + len(self.norm)
        return self._offsets[0], self._offsets[len(self.norm) - 1] + 1


def normalize(text: str) -> str:
    """Return the normalised copy of *text* used for classification.

    >>> normalize("\u201cHi\u201d\u00a0there\u200b")
    '"Hi" there'
    """
    if text.isascii():
        return text
    # One C-speed scan per special character beats str.translate with a table
    # (a dictionary lookup per character) and regex.sub with a callback.
    for char, replacement in _REPLACEMENTS.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


def clean(text: str) -> str:
    """Normalise white space for display: one space between words, none at the ends.

    Quote marks are left as they are.

    >>> clean("  Moscow\u00a0-- it  rained.\u200b ")
    'Moscow -- it rained.'
    """
    return _RUNS_OF_SPACE.sub(" ", _DROPPED_CHARS.sub("", text)).strip()


def _make_line(text: str, start: int, end: int) -> Line:
    raw = text[start:end]
    norm = normalize(raw)
    if len(norm) == len(raw):  # nothing dropped: offsets shift by the leading space only
        stripped = norm.strip()
        lead = len(norm) - len(norm.lstrip()) if stripped else 0
        return Line(start, end, stripped, None, start + lead)
    offsets = [start + i for i, ch in enumerate(raw) if ch not in _DROPPED]
    lead = len(norm) - len(norm.lstrip())
    stripped = norm.strip()
    kept = offsets[lead : lead + len(stripped)]
    # The end of the stripped copy maps to just after its last character.
    kept.append(kept[-1] + 1 if kept else end)
    return Line(start, end, stripped, tuple(kept), 0)


def iter_lines(text: str) -> Iterator[Line]:
    """Split *text* on ``\\n``, ``\\r\\n`` and ``\\r`` into :class:`Line` records.

    Other Unicode separators (``\\u2028``, form feed, ...) stay inside a line.

    >>> [(l.start, l.end, l.norm) for l in iter_lines("a\\r\\n\\u00a0b \\rc")]
    [(0, 1, 'a'), (3, 6, 'b'), (7, 8, 'c')]
    """
    for _, line in _numbered(text, keep_blank=True):
        yield line


def numbered_lines(text: str) -> Iterator[tuple[int, Line]]:
    """The lines of *text* that are not blank, each with its number among all the lines
    (as :func:`iter_lines` counts them); no record is made for a blank line.

    >>> [(n, l.norm) for n, l in numbered_lines("a\\n\\n  \\nb")]
    [(0, 'a'), (3, 'b')]
    """
    return _numbered(text, keep_blank=False)


def _numbered(text: str, *, keep_blank: bool) -> Iterator[tuple[int, Line]]:
    whole = normalize(text)
    if len(whole) != len(text):  # characters were dropped: map offsets line by line
        pos = number = 0
        for match in _LINE_BREAK.finditer(text):
            line = _make_line(text, pos, match.start())
            if keep_blank or line.norm:
                yield number, line
            pos, number = match.end(), number + 1
        line = _make_line(text, pos, len(text))
        if keep_blank or line.norm:
            yield number, line
        return
    # Fast path: the normalised copy is aligned with the source character for character.
    if "\r" not in text:  # the usual case: split on "\n" at C speed
        pos = 0
        for number, raw in enumerate(whole.split("\n")):
            if not raw and not keep_blank:  # an empty line, between paragraphs
                pos += 1
                continue
            end = pos + len(raw)
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                yield number, Line(pos, end, stripped, None, pos + lead)
            elif keep_blank:
                yield number, Line(pos, end, stripped, None, pos)
            pos = end + 1
        return
    pos = number = 0
    for line_end, next_start in _breaks(text):
        line = _aligned_line(whole, pos, line_end)
        if keep_blank or line.norm:
            yield number, line
        pos, number = next_start, number + 1
    line = _aligned_line(whole, pos, len(text))
    if keep_blank or line.norm:
        yield number, line


def _breaks(text: str) -> Iterator[tuple[int, int]]:
    """(end of line, start of next line) for every line break in *text*."""
    for match in _LINE_BREAK.finditer(text):
        yield match.start(), match.end()


def _aligned_line(whole: str, start: int, end: int) -> Line:
    raw = whole[start:end]
    stripped = raw.strip()
    lead = len(raw) - len(raw.lstrip()) if stripped else 0
    return Line(start, end, stripped, None, start + lead)


def line_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of *text* that is not blank, trailing white space
    left out (a bare text's paragraphs, for the extractors that read one).

    >>> line_bounds("One.  \\n\\n  Two.\\n")
    [(0, 4), (8, 14)]
    """
    bounds = []
    position = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            bounds.append((position, position + len(line.rstrip())))
        position += len(line)
    return bounds


# A character and the combining marks after it ("o" and U+0301 for an acute accent): at
# most 31 marks, as normalising a cluster costs more than linear time in its length (the
# marks are sorted) and no script writes a longer one; the rest make clusters of their own.
_CLUSTER = regex.compile(r"(?s).\p{M}{1,31}")


def composed(text: str) -> tuple[str, list[int]]:
    """The NFC copy of *text* (accents written as combining marks joined to their letters)
    and, for each offset of the copy and its end, the offset in *text* it stands for.

    Each character with the combining marks after it is composed apart, so an offset of
    the copy between two such clusters maps to the start of a cluster of *text*.

    >>> copy, to_text = composed("Guaido\u0301 said")
    >>> copy, to_text[5], to_text[6]
    ('Guaidó said', 5, 7)
    """
    pieces: list[str] = []
    to_text: list[int] = []
    done = 0  # the end of the text copied so far
    for cluster in _CLUSTER.finditer(text):
        start, end = cluster.span()
        pieces.append(text[done:start])
        to_text.extend(range(done, start))
        piece = unicodedata.normalize("NFC", cluster[0])
        pieces.append(piece)
        # the piece's first character stands for the cluster's start, any later one for
        # a mark inside it (counted from the end), so the map never goes back
        to_text.append(start)
        to_text.extend(range(end - len(piece) + 1, end))
        done = end
    pieces.append(text[done:])
    to_text.extend(range(done, len(text) + 1))
    return "".join(pieces), to_text

"""Exceptions and warnings raised by geopol_news.

Every exception subclasses :class:`GeopolNewsError` *and* the built-in a caller
would expect (``TypeError``, ``ValueError``), so either can be caught::

    >>> from geopol_news import parse_article, GeopolNewsError
    >>> try:
    ...     parse_article(42)
    ... except TypeError as exc:
    ...     print(isinstance(exc, GeopolNewsError), exc)
    True parse_article() expects text as str, got int
"""

from __future__ import annotations

__all__ = [
    "DecodingWarning",
    "GeopolNewsError",
    "GeopolNewsWarning",
    "InputTypeError",
    "InvalidSpanError",
    "SchemaError",
    "UndecodableInputError",
]


class GeopolNewsError(Exception):
    """Base class of every exception geopol_news raises on purpose."""


class InputTypeError(GeopolNewsError, TypeError):
    """An argument has the wrong type; the message says what was expected."""


class InvalidSpanError(GeopolNewsError, ValueError):
    """A span with a negative offset or an end before its start.

    ``field`` names the offending offset ("start" or "end"), or is None when
    the two offsets are wrong together (an end before the start).
    """

    def __init__(self, message: str, field: str | None) -> None:
        self.field = field
        super().__init__(message)


class SchemaError(GeopolNewsError, ValueError):
    """Serialised data does not describe a valid object.

    ``path`` locates the offending value, for example ``"body[3].span.start"``.
    """

    def __init__(self, message: str, path: str = "") -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class UndecodableInputError(GeopolNewsError, ValueError):
    """Bytes that are neither UTF-8 nor Windows-1252 text."""


class GeopolNewsWarning(UserWarning):
    """Base class of the warnings geopol_news emits."""


class DecodingWarning(GeopolNewsWarning):
    """Input bytes were not UTF-8 and were decoded as Windows-1252 instead."""


def expect_type(value: object, expected: type | tuple[type, ...], what: str) -> None:
    """Raise :class:`InputTypeError` unless *value* is an instance of *expected*.

    >>> expect_type("x", str, "f() expects text as str")
    >>> expect_type(1, str, "f() expects text as str")
    Traceback (most recent call last):
    ...
    geopol_news.errors.InputTypeError: f() expects text as str, got int
    """
    if not isinstance(value, expected):
        raise InputTypeError(f"{what}, got {type(value).__name__}")

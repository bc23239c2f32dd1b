"""Small helpers for building regular expressions from word lists."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    r"""A non-capturing alternation of literal *words*, longest first.

    Longest first, so that "Getty Images" is tried before "Getty".

    >>> print(alternation(["AP", "AP Photo", "a.m."]))
    (?:AP\ Photo|a\.m\.|AP)
    """
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(word) for word in ordered) + ")"


@functools.cache
def compiled(source: str) -> regex.Pattern[str]:
    """*source* compiled once, at its first use rather than when its module is imported.

    Patterns built from long word tables take milliseconds to compile; a module
    keeps their source as a named string and calls ``compiled(SOURCE).match(...)``.

    >>> compiled(r"(?i)b[a-z]+").match("Billions").group()
    'Billions'
    """
    return regex.compile(source)

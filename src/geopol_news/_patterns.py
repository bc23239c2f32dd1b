"""Small helpers for building regular expressions from word lists."""

from __future__ import annotations

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

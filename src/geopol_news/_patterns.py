"""Small helpers for building regular expressions from word lists."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TypeAlias

import regex


def alternation(words: Iterable[str]) -> str:
    r"""A non-capturing alternation of literal *words*, longest first.

    Longest first, so that "Getty Images" is tried before "Getty".

    >>> print(alternation(["AP", "AP Photo", "a.m."]))
    (?:AP\ Photo|a\.m\.|AP)
    """
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(word) for word in ordered) + ")"


def trie_alternation(words: Iterable[str]) -> str:
    r"""A non-capturing alternation of literal *words* as a trie of their shared prefixes.

    The standard ``re`` engine tries the branches of an alternation one after
    the other at every position; in a trie only the branches of the letters
    that follow are tried, which makes a scan for a hundred words several times
    faster. Words that are prefixes of others become optional tails, longest
    match first.

    >>> print(trie_alternation(["said", "says", "say", "told"]))
    (?:sa(?:id|y(?:s)?)|told)
    """
    tree: _Trie = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree, top=True)


_Trie: TypeAlias = dict[str, "_Trie"]


def _branches(node: _Trie, top: bool = False) -> str:
    ends_here = "" in node
    parts = [regex.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    if len(parts) == 1 and not ends_here and not top:
        return parts[0]
    group = "(?:" + "|".join(parts) + ")"
    return group + "?" if ends_here else group


@functools.cache
def compiled(source: str) -> regex.Pattern[str]:
    """*source* compiled once, at its first use rather than when its module is imported.

    Patterns built from long word tables take milliseconds to compile; a module
    keeps their source as a named string and calls ``compiled(SOURCE).match(...)``.

    >>> compiled(r"(?i)b[a-z]+").match("Billions").group()
    'Billions'
    """
    return regex.compile(source)

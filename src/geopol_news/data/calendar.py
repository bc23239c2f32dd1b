"""Month and weekday names, in the forms English-language news prints them."""

from __future__ import annotations

MONTHS: tuple[tuple[str, ...], ...] = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
"""Full name first, then abbreviations (an abbreviation may be followed by a dot)."""

WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("Monday", "Mon"),
    ("Tuesday", "Tues", "Tue"),
    ("Wednesday", "Wed"),
    ("Thursday", "Thurs", "Thu"),
    ("Friday", "Fri"),
    ("Saturday", "Sat"),
    ("Sunday", "Sun"),
)
"""Full name first, then abbreviations."""

TIME_ZONES: tuple[str, ...] = (
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "MT",
    "MST",
    "MDT",
    "PT",
    "PST",
    "PDT",
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "MSK",
    "IST",
    "JST",
    "AEST",
    "AEDT",
    "HKT",
    "SGT",
)
"""Zone abbreviations seen in publication stamps."""

"""The text plumbing the extractors share: the composed copy of a text and its offset map,
and the masked byte copies the dates and money scans read."""

from __future__ import annotations

import itertools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from geopol_news._numbers import digit_runs
from geopol_news._text import composed
from geopol_news.dates import _anchors

# letters, accents as combining marks, spaces, digits and a few scripts
CHARS = st.sampled_from(
    "aeinoAEINO 0123\n.\u0301\u0300\u0303\u0308\u0327"
    "\u00e9\u00d1\u0130\u212b\u1100\u1161\u0915\u093f"
)


@settings(max_examples=300, deadline=None)
@given(st.text(CHARS, max_size=60) | st.text(max_size=40))
def test_the_offset_map_of_a_composed_copy(text: str) -> None:
    copy, to_text = composed(text)
    assert len(to_text) == len(copy) + 1
    assert to_text[0] == 0
    assert to_text[-1] == len(text)
    assert all(a < b for a, b in itertools.pairwise(to_text)), "the map must go forward"
    # the copy is the text with each character and its marks composed
    assert unicodedata.normalize("NFC", copy) == unicodedata.normalize("NFC", text)


@settings(max_examples=200, deadline=None)
@given(st.text(CHARS, max_size=60))
def test_a_composed_text_is_its_own_copy(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    copy, to_text = composed(text)
    if all(not unicodedata.combining(char) for char in text):
        assert copy == text
        assert to_text == list(range(len(text) + 1))


def test_a_copy_maps_each_composed_letter_to_its_cluster() -> None:
    text = unicodedata.normalize("NFD", "Nicolás Maduro")
    copy, to_text = composed(text)
    assert copy == "Nicolás Maduro"
    start, end = copy.index("Maduro"), len(copy)
    assert text[to_text[start] : to_text[end]] == "Maduro"
    assert text[to_text[0] : to_text[7]] == unicodedata.normalize("NFD", "Nicolás")


# -- the masked scans: what a plain reading of the text finds -----------------------------

WORDY = st.sampled_from(
    ["May", "Say", "Monday", "theMonday", "M2019", "2019May", "Mayé", "Christmas", "12", "1,5",
     " ", "\u201c", "\u00e9", "\u0660", "x", "Ma", "\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDY, max_size=12).map("".join))
def test_digit_runs_are_where_ascii_digits_start(text: str) -> None:
    expected = tuple(
        i
        for i, char in enumerate(text)
        if char in "0123456789" and not (i and text[i - 1] in "0123456789")
    )
    assert digit_runs(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDY, max_size=12).map("".join))
def test_date_anchors_find_every_digit_run_and_name(text: str) -> None:
    found = _anchors(text)
    assert found == sorted(found)
    starts = {at for at, _ in found}
    for i, char in enumerate(text):
        if char in "0123456789" and not (i and text[i - 1] in "0123456789"):
            assert i in starts, (text, i)
    for name in ("Monday", "Christmas"):
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if not text[end : end + 1].islower():
                assert at in starts, (text, name, at)
            at = text.find(name, end)

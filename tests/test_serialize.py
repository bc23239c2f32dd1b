"""Serialisation: lossless round trips, JSON lines, and validation of malformed data."""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

import geopol_news
from geopol_news import (
    Article,
    GeopolNewsError,
    Paragraph,
    Photo,
    SchemaError,
    Span,
    Video,
    dump_jsonl,
    load_jsonl,
    parse_article,
)
from geopol_news.cli import demo_text
from geopol_news.model import SCHEMA_VERSION


@pytest.fixture(scope="module")
def demo() -> Article:
    return parse_article(demo_text())


@pytest.fixture
def data(demo: Article) -> dict[str, Any]:
    return copy.deepcopy(demo.to_dict())


def index_of(article: Article, kind: type, nth: int = 0) -> int:
    """Index in ``article.body`` of the *nth* block of type *kind*."""
    found = [i for i, block in enumerate(article.body) if type(block) is kind]
    assert len(found) > nth, f"the demo article should have {nth + 1} {kind.__name__} block(s)"
    return found[nth]


# -- round trips -------------------------------------------------------------------
def test_demo_article_is_rich_enough_to_exercise_the_schema(demo: Article) -> None:
    assert demo.headline is not None
    assert demo.section is not None
    assert demo.byline is not None
    assert demo.dateline is not None
    assert demo.key_points
    assert demo.chrome
    assert demo.videos
    assert demo.photos
    assert demo.embeds
    assert demo.subheadings


def test_dict_round_trip(demo: Article) -> None:
    data = demo.to_dict()
    assert Article.from_dict(data) == demo
    assert data["schema_version"] == SCHEMA_VERSION == 1


def test_dict_is_plain_json_data(demo: Article) -> None:
    data = demo.to_dict()
    assert json.loads(json.dumps(data)) == data
    kinds = [block["type"] for block in data["body"]]
    assert {"paragraph", "subheading", "video", "photo", "embed"} <= set(kinds)


@pytest.mark.parametrize("indent", [None, 2])
def test_json_round_trip(demo: Article, indent: int | None) -> None:
    text = demo.to_json(indent=indent)
    assert json.loads(text)["schema_version"] == 1
    assert Article.from_json(text) == demo
    assert Article.from_json(text.encode("utf-8")) == demo


def test_json_keeps_non_ascii_text_readable(demo: Article) -> None:
    assert "\u20ac40 million" in demo.to_json()


@pytest.mark.parametrize(
    "published", [date(2024, 3, 14), datetime(2024, 3, 14, 9, 40)], ids=["date", "datetime"]
)
def test_round_trip_keeps_published_and_outlet(published: date) -> None:
    article = parse_article(demo_text(), outlet="Example Wire", published=published)
    again = Article.from_json(article.to_json())
    assert again == article
    assert again.published == published
    assert type(again.published) is type(published)
    assert again.outlet == "Example Wire"


def test_round_trip_of_an_empty_article() -> None:
    article = parse_article("")
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


def test_missing_schema_version_means_the_current_one(data: dict[str, Any], demo: Article) -> None:
    del data["schema_version"]
    assert Article.from_dict(data) == demo


# -- JSON lines ----------------------------------------------------------------------
@pytest.fixture
def articles(demo: Article) -> list[Article]:
    return [
        demo,
        parse_article("Rain in the capital\n\nIt rained all day.", outlet="Example Wire"),
        parse_article(""),
    ]


def test_jsonl_via_a_path(tmp_path, articles: list[Article]) -> None:
    path = tmp_path / "out.jsonl"
    assert dump_jsonl(articles, path) == 3
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert all(json.loads(line)["schema_version"] == 1 for line in lines)
    assert list(load_jsonl(path)) == articles
    assert list(load_jsonl(str(path))) == articles


def test_jsonl_via_a_string_path(tmp_path, articles: list[Article]) -> None:
    path = str(tmp_path / "out.jsonl")
    assert dump_jsonl(iter(articles), path) == 3
    assert list(load_jsonl(path)) == articles


def test_jsonl_via_stringio(articles: list[Article]) -> None:
    buffer = io.StringIO()
    assert dump_jsonl(articles, buffer) == 3
    text = buffer.getvalue()
    assert text.count("\n") == 3
    assert text.endswith("\n")
    assert list(load_jsonl(io.StringIO(text))) == articles


def test_load_jsonl_skips_blank_lines(articles: list[Article]) -> None:
    buffer = io.StringIO()
    dump_jsonl(articles, buffer)
    lines = buffer.getvalue().splitlines(keepends=True)
    padded = ["\n", lines[0], "   \n", lines[1], "\n", lines[2], "\n"]
    assert list(load_jsonl(padded)) == articles


def test_dump_jsonl_of_nothing_writes_nothing() -> None:
    buffer = io.StringIO()
    assert dump_jsonl([], buffer) == 0
    assert buffer.getvalue() == ""


def test_dump_jsonl_rejects_non_articles() -> None:
    with pytest.raises(TypeError, match="Article"):
        dump_jsonl([{"source": ""}], io.StringIO())


@pytest.mark.parametrize(
    ("bad_line", "words"),
    [("{not json", "not valid JSON"), ('{"source": 3}', "source"), ("[]", "object")],
)
def test_load_jsonl_names_the_bad_line(demo: Article, bad_line: str, words: str) -> None:
    good = demo.to_json() + "\n"
    loaded = load_jsonl(io.StringIO(good + "\n" + bad_line + "\n" + good))
    assert next(loaded) == demo  # lines before the bad one are still read
    with pytest.raises(SchemaError, match="line 3") as info:
        next(loaded)
    assert words in str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GeopolNewsError)


def test_load_jsonl_from_a_file_names_the_bad_line(tmp_path, demo: Article) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(demo.to_json() + "\n" + demo.to_json()[:-5] + "\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="line 2"):
        list(load_jsonl(path))


# -- validation ----------------------------------------------------------------------
Mutation = Callable[[dict[str, Any], Article], str]
"""Breaks *data* in place and returns the path the error message must name."""


def _set(path: list[Any], value: Any) -> Mutation:
    def mutate(data: dict[str, Any], demo: Article) -> str:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path).lstrip(".")

    return mutate


def _drop(path: list[Any]) -> Mutation:
    def mutate(data: dict[str, Any], demo: Article) -> str:
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
        return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path).lstrip(".")

    return mutate


def _paragraph_index(demo: Article) -> int:
    return index_of(demo, Paragraph)


def wrong_type_span_start(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    data["body"][i]["span"]["start"] = "3"
    return f"body[{i}].span.start"


def bool_span_end(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    data["body"][i]["span"]["end"] = True
    return f"body[{i}].span.end"


def wrong_type_video_duration(data: dict[str, Any], demo: Article) -> str:
    i = index_of(demo, Video)
    data["body"][i]["duration"] = "3:05"
    return f"body[{i}].duration"


def wrong_type_credit(data: dict[str, Any], demo: Article) -> str:
    i = index_of(demo, Photo)
    data["body"][i]["credits"][1] = "Getty Images"
    return f"body[{i}].credits[1]"


def missing_block_span(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    del data["body"][i]["span"]
    return f"body[{i}].span"


def missing_span_end(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    del data["body"][i]["span"]["end"]
    return f"body[{i}].span.end"


def unknown_block_field(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    data["body"][i]["colour"] = "red"
    return f"body[{i}]"


def bad_type_tag(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    data["body"][i]["type"] = "sidebar"
    return f"body[{i}]"


def missing_type_tag(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    del data["body"][i]["type"]
    return f"body[{i}]"


def text_mismatch(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    data["body"][i]["text"] = "Something the source never said."
    return f"body[{i}]"


def nested_text_mismatch(data: dict[str, Any], demo: Article) -> str:
    i = index_of(demo, Video)
    data["body"][i]["title"]["text"] = "A different title"
    return f"body[{i}].title"


def credit_text_mismatch(data: dict[str, Any], demo: Article) -> str:
    i = index_of(demo, Photo)
    data["body"][i]["credits"][1]["text"] = "Nobody"
    return f"body[{i}].credits[1]"


def span_past_source(data: dict[str, Any], demo: Article) -> str:
    last = len(demo.body) - 1
    data["body"][last]["span"]["end"] = len(demo.source) + 5
    return f"body[{last}]"


def shifted_span(data: dict[str, Any], demo: Article) -> str:
    i = _paragraph_index(demo)
    span = data["body"][i]["span"]
    span["start"] += 1
    span["end"] += 1
    return f"body[{i}]"


AT = None
"""Marks a case whose error path is the one its mutation returns."""

VALIDATION_CASES: dict[str, tuple[Mutation, str | None, str]] = {
    # name: (mutation, the error's path when not the mutated one, words the message contains)
    "source-not-str": (_set(["source"], 5), AT, "expected str, got int"),
    "source-null": (_set(["source"], None), AT, "str"),
    "outlet-wrong-type": (_set(["outlet"], ["Example Wire"]), AT, "got list"),
    "headline-text-wrong-type": (_set(["headline", "text"], 7), AT, "got int"),
    "headline-not-object": (_set(["headline"], "Baltic"), AT, "object"),
    "key-points-not-list": (_set(["key_points"], "none"), AT, "list"),
    "key-point-item-wrong-type": (_set(["key_points", 0], 3), AT, "object"),
    "body-not-list": (_set(["body"], {}), AT, "list"),
    "span-start-wrong-type": (wrong_type_span_start, AT, "got str"),
    "span-end-bool": (bool_span_end, AT, "got bool"),
    "video-duration-wrong-type": (wrong_type_video_duration, AT, "got str"),
    "credit-wrong-type": (wrong_type_credit, AT, "object"),
    "published-not-a-date": (_set(["published"], "2024-13-40"), AT, "ISO"),
    "published-wrong-type": (_set(["published"], 20240314), AT, "ISO"),
    "schema-version-wrong-type": (_set(["schema_version"], "1"), AT, "unsupported"),
    "missing-source": (_drop(["source"]), AT, "missing required field"),
    "missing-block-span": (missing_block_span, AT, "missing required field"),
    "missing-span-end": (missing_span_end, AT, "missing required field"),
    "missing-headline-span": (_drop(["headline", "span"]), AT, "missing required field"),
    "missing-chrome-kind": (_drop(["chrome", 0, "kind"]), AT, "missing required field"),
    "unknown-top-field": (_set(["colour"], "red"), "", "unknown field(s) 'colour'"),
    "unknown-block-field": (unknown_block_field, AT, "'colour'"),
    "unknown-span-field": (_set(["headline", "span", "length"], 3), "headline.span", "'length'"),
    "bad-type-tag": (bad_type_tag, AT, "paragraph"),
    "missing-type-tag": (missing_type_tag, AT, "type"),
    "bad-chrome-kind": (_set(["chrome", 0, "kind"], "banner"), AT, "'banner'"),
    "chrome-kind-wrong-case": (_set(["chrome", 0, "kind"], "TIMESTAMP"), AT, "'timestamp'"),
    # The offending value is the start offset, so the path should end in ".start".
    "negative-span-start": (_set(["headline", "span", "start"], -1), AT, ">= 0"),
    "negative-span-end": (_set(["section", "span", "end"], -3), AT, ">= 0"),
    "span-end-before-start": (
        _set(["headline", "span"], {"start": 40, "end": 12}),
        AT,
        "before its start",
    ),
    "span-past-source": (span_past_source, AT, "past the source"),
    "text-mismatch": (text_mismatch, AT, "does not match"),
    "shifted-span": (shifted_span, AT, "does not match"),
    "nested-text-mismatch": (nested_text_mismatch, AT, "does not match"),
    "credit-text-mismatch": (credit_text_mismatch, AT, "does not match"),
    "dateline-mismatch": (_set(["dateline", "text"], "Tallinn"), "dateline", "does not match"),
    "chrome-mismatch": (
        _set(["chrome", 0, "text"], "Advertisement"),
        "chrome[0]",
        "does not match",
    ),
    "unsupported-schema-version": (_set(["schema_version"], 2), AT, "unsupported version 2"),
}


def _break(case: str, data: dict[str, Any], demo: Article) -> tuple[str, str]:
    mutate, path, words = VALIDATION_CASES[case]
    mutated = mutate(data, demo)
    return (mutated if path is None else path), words


@pytest.mark.parametrize("case", sorted(VALIDATION_CASES))
def test_from_dict_rejects_malformed_data_naming_the_path(
    case: str, data: dict[str, Any], demo: Article
) -> None:
    path, words = _break(case, data, demo)
    with pytest.raises(SchemaError) as info:
        Article.from_dict(data)
    message = str(info.value)
    assert info.value.path == path, message
    assert message.startswith(f"{path}: " if path else ""), message
    assert words in message
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GeopolNewsError)


@pytest.mark.parametrize("case", sorted(VALIDATION_CASES))
def test_from_json_rejects_the_same_data(case: str, data: dict[str, Any], demo: Article) -> None:
    path, words = _break(case, data, demo)
    with pytest.raises(SchemaError) as info:
        Article.from_json(json.dumps(data))
    assert str(info.value).startswith(f"{path}: " if path else "")
    assert words in str(info.value)


def test_unknown_top_level_field_names_the_field(data: dict[str, Any]) -> None:
    data["colour"] = "red"
    with pytest.raises(SchemaError, match=r"unknown field.*'colour'"):
        Article.from_dict(data)


@pytest.mark.parametrize("value", [[], None, "source", 5, 1.5, True, ["source", ""]])
def test_from_dict_rejects_non_dict_input(value: object) -> None:
    with pytest.raises(SchemaError, match="expected an object") as info:
        Article.from_dict(value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("text", ["{not json", "", '{"source": "a"', "nan nan", b"\xff\xfe{"])
def test_from_json_rejects_invalid_json(text: str | bytes) -> None:
    with pytest.raises(SchemaError, match="not valid JSON") as info:
        Article.from_json(text)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GeopolNewsError)


def test_from_json_of_valid_json_that_is_not_an_object() -> None:
    with pytest.raises(SchemaError, match="expected an object"):
        Article.from_json("[1, 2]")


def test_schema_error_is_exported_and_carries_its_path() -> None:
    error = geopol_news.SchemaError("bad", "body[0].span.start")
    assert str(error) == "body[0].span.start: bad"
    assert error.path == "body[0].span.start"


def test_a_hand_written_minimal_dict_is_accepted() -> None:
    article = Article.from_dict(
        {
            "source": "Hi there.",
            "body": [{"type": "paragraph", "text": "there", "span": {"start": 3, "end": 8}}],
        }
    )
    assert article.body == (Paragraph("there", Span(3, 8)),)
    assert article.chrome == ()
    assert article.headline is None


# -- dates ----------------------------------------------------------------------------
def test_the_demo_dates_and_bounds_round_trip(demo: Article) -> None:
    assert demo.dates, "the demo article names dates"
    assert demo.published == date(2024, 3, 14)  # from its "Published ..." stamp
    assert demo.date_bounds is not None
    assert demo.date_bounds.latest == date.max
    again = Article.from_json(demo.to_json())
    assert again.dates == demo.dates
    assert again.date_bounds == demo.date_bounds
    assert again.timeline() == demo.timeline()


def test_date_records_unstructure_to_iso_strings_and_back() -> None:
    from geopol_news import DateInterval, DateKind, DateMention, Granularity
    from geopol_news.serialize import structure, unstructure

    interval = DateInterval(date(2019, 3, 21), date(2019, 3, 31), Granularity.PART_OF_MONTH)
    mention = DateMention(
        "late March",
        Span(3, 13),
        DateKind.PARTIAL,
        value=interval,
        resolved=True,
        modifier="late",
        sentence=Span(0, 20),
    )
    data = unstructure(mention)
    assert data["value"] == {  # type: ignore[index]
        "earliest": "2019-03-21",
        "latest": "2019-03-31",
        "granularity": "part_of_month",
    }
    assert structure(data, DateMention) == mention
    duration = DateMention("48 hours", Span(0, 8), DateKind.DURATION, length=48, unit="hour")
    assert structure(json.loads(json.dumps(unstructure(duration))), DateMention) == duration


def _date_mention(data: dict[str, Any]) -> dict[str, Any]:
    assert data["dates"], "the demo article names dates"
    mention = data["dates"][0]
    assert isinstance(mention, dict)
    return mention


def test_a_reversed_interval_is_rejected_naming_its_path(data: dict[str, Any]) -> None:
    _date_mention(data)["value"] = {
        "earliest": "2024-03-14",
        "latest": "2024-03-01",
        "granularity": "day",
    }
    with pytest.raises(SchemaError, match="before it starts") as info:
        Article.from_dict(data)
    assert info.value.path == "dates[0].value"


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("kind", "soon", "expected one of"),
        ("resolved", "yes", "expected bool"),
        ("length", "48", "expected int"),
        ("value", {"earliest": "14/03/2024", "latest": "2024-03-14"}, "not an ISO date"),
    ],
)
def test_malformed_date_fields_are_rejected(
    data: dict[str, Any], field: str, value: object, words: str
) -> None:
    _date_mention(data)[field] = value
    with pytest.raises(SchemaError, match=words):
        Article.from_dict(data)


def test_date_bounds_must_be_an_interval(data: dict[str, Any]) -> None:
    data["date_bounds"] = "2024-03-14"
    with pytest.raises(SchemaError, match="expected an object") as info:
        Article.from_dict(data)
    assert info.value.path == "date_bounds"

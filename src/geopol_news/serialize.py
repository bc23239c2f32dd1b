"""Lossless conversion between model records and JSON-ready data.

:func:`unstructure` turns any model record into dicts, lists, strings, numbers
and None; :func:`structure` rebuilds a record of a given type from such data,
checking every value on the way and raising
:class:`~geopol_news.errors.SchemaError` with the path of the first bad one.
Body blocks carry a ``"type"`` tag ("paragraph", "video", ...) so the union
can be rebuilt.

>>> from geopol_news.model import Span
>>> unstructure(Span(1, 4))
{'start': 1, 'end': 4}
>>> structure({"start": 1, "end": 4}, Span)
Span(start=1, end=4)
"""

from __future__ import annotations

import enum
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Any, TypeAlias, TypeVar, Union, cast

import attrs

from geopol_news.errors import InputTypeError, InvalidSpanError, SchemaError, expect_type
from geopol_news.model import (
    SCHEMA_VERSION,
    Article,
    Embed,
    Paragraph,
    Photo,
    Span,
    Subheading,
    Video,
)

__all__ = ["article_from_dict", "dump_jsonl", "load_jsonl", "structure", "unstructure"]

JSONValue: TypeAlias = bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"] | None
_T = TypeVar("_T")

_TAGS: dict[type, str] = {
    Paragraph: "paragraph",
    Subheading: "subheading",
    Video: "video",
    Photo: "photo",
    Embed: "embed",
}
_BY_TAG = {tag: cls for cls, tag in _TAGS.items()}
_HINTS: dict[type, dict[str, Any]] = {}


def unstructure(value: object) -> JSONValue:
    """Turn a model record (or a value inside one) into JSON-ready data.

    >>> from geopol_news.model import Paragraph, Span
    >>> unstructure(Paragraph("Hi.", Span(0, 3)))
    {'type': 'paragraph', 'text': 'Hi.', 'span': {'start': 0, 'end': 3}}
    """
    if isinstance(value, enum.Enum):  # before str: ChromeKind is a str too
        return unstructure(value.value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [unstructure(item) for item in value]
    if attrs.has(type(value)):
        data: dict[str, JSONValue] = {}
        tag = _TAGS.get(type(value))
        if tag is not None:
            data["type"] = tag
        for field in _fields(type(value)):
            data[field.name] = unstructure(getattr(value, field.name))
        return data
    raise InputTypeError(f"cannot serialise a {type(value).__name__}")


def _fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(attrs.fields(cast("type[attrs.AttrsInstance]", cls)))


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def structure(data: object, tp: Any, path: str = "") -> Any:
    """Rebuild a value of type *tp* from JSON-ready *data*, validating it.

    >>> structure([1, 2], tuple[int, ...])
    (1, 2)
    >>> structure("x", int, "count")
    Traceback (most recent call last):
    ...
    geopol_news.errors.SchemaError: count: expected int, got str
    """
    origin = typing.get_origin(tp)
    if tp is object or tp is Any:
        return data
    if tp is type(None):
        if data is not None:
            raise SchemaError(f"expected null, got {_kind(data)}", path)
        return None
    if origin is Union or isinstance(tp, types.UnionType):
        return _structure_union(data, typing.get_args(tp), path)
    if origin is tuple:
        if not isinstance(data, list):
            raise SchemaError(f"expected a list, got {_kind(data)}", path)
        (item_type, _) = typing.get_args(tp)
        return tuple(structure(item, item_type, f"{path}[{i}]") for i, item in enumerate(data))
    if isinstance(tp, type):
        return _structure_type(data, tp, path)
    raise SchemaError(f"cannot read values of type {tp!r}", path)


def _structure_union(data: object, options: tuple[Any, ...], path: str) -> Any:
    if data is None:
        if type(None) in options:
            return None
        raise SchemaError("expected a value, got null", path)
    concrete = [option for option in options if option is not type(None)]
    if any(option in _TAGS for option in concrete):
        if not isinstance(data, dict) or data.get("type") not in _BY_TAG:
            tags = ", ".join(sorted(_BY_TAG))
            raise SchemaError(f"expected an object with a 'type' of {tags}", path)
        return _structure_type(data, _BY_TAG[data["type"]], path)
    if date in concrete or datetime in concrete:
        return _structure_date(data, path)
    if len(concrete) == 1:
        return structure(data, concrete[0], path)
    raise SchemaError(f"cannot read a union of {concrete!r}", path)


def _structure_date(data: object, path: str) -> date:
    if not isinstance(data, str):
        raise SchemaError(f"expected an ISO date string, got {_kind(data)}", path)
    try:
        return datetime.fromisoformat(data) if "T" in data else date.fromisoformat(data)
    except ValueError as exc:
        raise SchemaError(f"not an ISO date or datetime: {data!r}", path) from exc


def _structure_type(data: object, tp: type, path: str) -> Any:
    if attrs.has(tp):
        return _structure_attrs(data, tp, path)
    if issubclass(tp, enum.Enum):
        try:
            return tp(data)
        except ValueError as exc:
            allowed = ", ".join(repr(member.value) for member in tp)
            raise SchemaError(f"expected one of {allowed}, got {data!r}", path) from exc
    if tp is Decimal:
        if not isinstance(data, (str, int)) or isinstance(data, bool):
            raise SchemaError(f"expected a decimal string, got {_kind(data)}", path)
        try:
            return Decimal(data)
        except InvalidOperation as exc:
            raise SchemaError(f"not a decimal number: {data!r}", path) from exc
    if tp in (date, datetime):
        return _structure_date(data, path)
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
        raise SchemaError(f"expected {tp.__name__}, got {_kind(data)}", path)
    return data


def _structure_attrs(data: object, cls: type[_T], path: str) -> _T:
    if not isinstance(data, dict):
        raise SchemaError(f"expected an object, got {_kind(data)}", path)
    hints = _hints(cls)
    fields = _fields(cls)
    names = {field.name for field in fields}
    unknown = sorted(set(data) - names - {"type"})
    if unknown:
        raise SchemaError(f"unknown field(s) {', '.join(map(repr, unknown))}", path)
    kwargs: dict[str, Any] = {}
    for field in fields:
        where = f"{path}.{field.name}" if path else field.name
        if field.name in data:
            kwargs[field.name] = structure(data[field.name], hints[field.name], where)
        elif field.default is attrs.NOTHING:
            raise SchemaError("missing required field", where)
    try:
        return cls(**kwargs)
    except InvalidSpanError as exc:
        where = ".".join(part for part in (path, exc.field) if part)
        raise SchemaError(str(exc), where) from exc
    except (TypeError, ValueError) as exc:
        raise SchemaError(str(exc), path) from exc


def _check_surfaces(value: object, source: str, path: str) -> None:
    """Every record with a text and a span must slice back out of *source*."""
    if isinstance(value, tuple):
        for i, item in enumerate(value):
            _check_surfaces(item, source, f"{path}[{i}]")
        return
    if not attrs.has(type(value)):
        return
    span = getattr(value, "span", None)
    text = getattr(value, "text", None)
    if isinstance(span, Span) and isinstance(text, str):
        if span.end > len(source):
            raise SchemaError(f"span {span.start}-{span.end} runs past the source", path)
        if span.of(source) != text:
            raise SchemaError(f"text does not match source[{span.start}:{span.end}]", path)
    for field in _fields(type(value)):
        if field.name not in ("span", "text", "source"):
            child = getattr(value, field.name)
            _check_surfaces(child, source, f"{path}.{field.name}" if path else field.name)


def article_from_dict(data: object) -> Article:
    """Rebuild and validate an :class:`Article` from :meth:`Article.to_dict` data.

    >>> article_from_dict({"source": "Hi", "schema_version": 99})
    Traceback (most recent call last):
    ...
    geopol_news.errors.SchemaError: schema_version: unsupported version 99 (this release reads 1)
    """
    if not isinstance(data, dict):
        raise SchemaError(f"expected an object, got {_kind(data)}")
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise SchemaError(
            f"unsupported version {version!r} (this release reads {SCHEMA_VERSION})",
            "schema_version",
        )
    article: Article = structure(data, Article)
    _check_surfaces(article, article.source, "")
    return article


def dump_jsonl(articles: Iterable[Article], target: IO[str] | str | os.PathLike[str]) -> int:
    """Write one JSON article per line to *target* (a path or a text file); return the count.

    >>> import io
    >>> buffer = io.StringIO()
    >>> dump_jsonl([Article(source="a"), Article(source="b")], buffer)
    2
    >>> [a.source for a in load_jsonl(io.StringIO(buffer.getvalue()))]
    ['a', 'b']
    """
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8") as handle:
            return dump_jsonl(articles, handle)
    count = 0
    for article in articles:
        expect_type(article, Article, "dump_jsonl() expects Article objects")
        target.write(article.to_json())
        target.write("\n")
        count += 1
    return count


def load_jsonl(source: Iterable[str] | str | os.PathLike[str]) -> Iterator[Article]:
    """Yield the articles of a JSON-lines file (a path, or any iterable of lines).

    Blank lines are skipped; a bad line raises
    :class:`~geopol_news.errors.SchemaError` naming its line number.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8") as handle:
            yield from load_jsonl(handle)
        return
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            yield article_from_dict(json.loads(line))
        except SchemaError as exc:
            raise SchemaError(str(exc), f"line {number}") from exc
        except ValueError as exc:
            raise SchemaError(f"not valid JSON: {exc}", f"line {number}") from exc

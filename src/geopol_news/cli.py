"""The ``geopol-news`` command line.

Exit codes: 0 success; 1 an input could not be read or decoded (the other
inputs are still processed); 2 a usage error.

>>> main(["--version"])
geopol-news 0.1.0.dev0
0
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from importlib import resources
from typing import TextIO

from geopol_news.errors import DecodingWarning, UndecodableInputError
from geopol_news.model import Article, Embed, Photo, Video
from geopol_news.parse import decode, parse_article

__all__ = ["demo_text", "format_summary", "main"]

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2

_PROG = "geopol-news"
_DEMO_RESOURCE = ("samples", "demo_article.txt")


def demo_text() -> str:
    """The bundled sample article, written by the project in the dump format.

    >>> demo_text().splitlines()[0]
    'World News'
    """
    folder, name = _DEMO_RESOURCE
    resource = resources.files("geopol_news").joinpath(folder).joinpath(name)
    return resource.read_text(encoding="utf-8")


def _iso_date(value: str) -> date:
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r}") from exc


def _build_parser() -> argparse.ArgumentParser:
    from geopol_news import __version__

    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Turn plain-text dumps of news pages into structured articles.",
    )
    parser.add_argument("--version", action="version", version=f"{_PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="parse page dumps and print what was found")
    parse.add_argument("files", nargs="+", metavar="FILE", help="a text dump; - reads stdin")
    _add_output_options(parse)
    parse.add_argument("--outlet", help="the outlet, when you know it (overrides inference)")
    parse.add_argument(
        "--published", type=_iso_date, help="publication date as YYYY-MM-DD (or ISO datetime)"
    )

    demo = commands.add_parser("demo", help="parse the sample article bundled with the library")
    _add_output_options(demo)
    demo.add_argument("--show-text", action="store_true", help="also print the sample's text")

    compare = commands.add_parser(
        "compare",
        help="compare how page dumps cover a story (two: a pair report; more: stories)",
    )
    compare.add_argument("first", metavar="A", help="a text dump")
    compare.add_argument("others", nargs="+", metavar="B", help="more text dumps")
    report = compare.add_mutually_exclusive_group()
    report.add_argument("--json", action="store_true", help="print the comparison as JSON")
    report.add_argument(
        "--markdown", action="store_true", help="print a Markdown report (the default)"
    )
    return parser


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json",
        action="store_true",
        help="print JSON: an object for one input, an array for several",
    )
    output.add_argument("--jsonl", action="store_true", help="print one JSON object per line")


def _short(text: str, width: int = 72) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _minutes(seconds: int | None) -> str:
    if seconds is None:
        return "--:--"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


def format_summary(article: Article, name: str = "") -> str:
    """A readable multi-line summary of *article*.

    >>> from geopol_news import parse_article
    >>> print(format_summary(parse_article("Rain in the capital\\n\\nIt rained.")))
    outlet:     -
    section:    -
    headline:   Rain in the capital
    byline:     -
    dateline:   -
    key points: 0
    body:       1 paragraph, 0 subheadings, 0 media
    chrome:     0 lines
    published:  -
    actors:     0
    quotes:     0
    dates:      0
    """
    lines = [f"== {name}"] if name else []

    def field(label: str, value: object) -> None:
        lines.append(f"{label + ':':<11} {value if value is not None else '-'}")

    field("outlet", article.outlet)
    field("section", article.section)
    field("headline", article.headline)
    field("byline", article.byline)
    field("dateline", article.dateline)
    field("key points", len(article.key_points))
    lines.extend(f"  \u2022 {_short(point.text)}" for point in article.key_points)
    paragraphs, subheadings, media = (
        len(article.paragraphs),
        len(article.subheadings),
        len(article.media),
    )
    field(
        "body",
        f"{paragraphs} paragraph{'s' * (paragraphs != 1)}, "
        f"{subheadings} subheading{'s' * (subheadings != 1)}, {media} media",
    )
    lines.extend(f"  # {sub.text}" for sub in article.subheadings)
    for item in article.media:
        if isinstance(item, Video):
            title = item.title.text if item.title else ""
            lines.append(f"  video {_minutes(item.duration)}  {_short(title, 60)}")
        elif isinstance(item, Photo):
            caption = item.caption.text if item.caption else ""
            credits = ", ".join(credit.text for credit in item.credits) or "-"
            lines.append(f"  photo  {_short(caption, 50)} [credit: {credits}]")
        elif isinstance(item, Embed):
            lines.append(f"  embed  {item.kind}: {item.text}")
    kinds = Counter(line.kind.value for line in article.chrome)
    detail = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    count = len(article.chrome)
    field("chrome", f"{count} line{'s' * (count != 1)}" + (f" ({detail})" if detail else ""))
    field("published", article.published)
    kinds = Counter(actor.kind.value for actor in article.actors)
    detail = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    field("actors", f"{len(article.actors)}" + (f" ({detail})" if detail else ""))
    speakers = Counter(quote.speaker.name for quote in article.quotes if quote.speaker)
    detail = ", ".join(f"{name} {count}" for name, count in speakers.most_common(4))
    field("quotes", f"{len(article.quotes)}" + (f" ({detail})" if detail else ""))
    field("dates", len(article.dates))
    return "\n".join(lines)


def _read(name: str, stdin: TextIO) -> str:
    if name == "-":
        buffer = getattr(stdin, "buffer", None)
        return decode(buffer.read()) if buffer is not None else stdin.read()
    with open(name, "rb") as handle:
        return decode(handle.read())


def _emit(articles: Sequence[tuple[str, Article]], args: argparse.Namespace, out: TextIO) -> None:
    if args.jsonl:
        for _, article in articles:
            out.write(article.to_json() + "\n")
    elif args.json:
        data = [article.to_dict() for _, article in articles]
        document = data[0] if len(data) == 1 else data
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        names = len(articles) > 1
        out.write(
            "\n\n".join(format_summary(a, name if names else "") for name, a in articles) + "\n"
        )


def _run_parse(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    status = EXIT_OK
    parsed: list[tuple[str, Article]] = []
    for name in args.files:
        label = "<stdin>" if name == "-" else name
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", DecodingWarning)
                text = _read(name, stdin)
            for warning in caught:
                err.write(f"{_PROG}: warning: {label}: {warning.message}\n")
        except FileNotFoundError:
            err.write(f"{_PROG}: error: {label}: no such file\n")
            status = EXIT_INPUT_ERROR
            continue
        except IsADirectoryError:
            err.write(f"{_PROG}: error: {label}: is a directory\n")
            status = EXIT_INPUT_ERROR
            continue
        except PermissionError:
            err.write(f"{_PROG}: error: {label}: permission denied\n")
            status = EXIT_INPUT_ERROR
            continue
        except UndecodableInputError as exc:
            err.write(f"{_PROG}: error: {label}: {exc}\n")
            status = EXIT_INPUT_ERROR
            continue
        parsed.append((label, parse_article(text, outlet=args.outlet, published=args.published)))
    if parsed:
        _emit(parsed, args, out)
    return status


def _read_file(name: str, err: TextIO) -> str | None:
    """The decoded text of file *name*, or None after reporting why it cannot be read."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DecodingWarning)
            with open(name, "rb") as handle:
                text = decode(handle.read())
    except FileNotFoundError:
        err.write(f"{_PROG}: error: {name}: no such file\n")
    except IsADirectoryError:
        err.write(f"{_PROG}: error: {name}: is a directory\n")
    except PermissionError:
        err.write(f"{_PROG}: error: {name}: permission denied\n")
    except UndecodableInputError as exc:
        err.write(f"{_PROG}: error: {name}: {exc}\n")
    else:
        for warning in caught:
            err.write(f"{_PROG}: warning: {name}: {warning.message}\n")
        return text
    return None


def _labels(names: Sequence[str]) -> list[str]:
    """File names without their folders, unless two inputs share one."""
    short = [os.path.basename(name) or name for name in names]
    return short if len(set(short)) == len(short) else list(names)


def _run_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from geopol_news.compare import compare, compare_many

    status = EXIT_OK
    names: list[str] = []
    articles: list[Article] = []
    for name in (args.first, *args.others):
        text = _read_file(name, err)
        if text is None:
            status = EXIT_INPUT_ERROR
            continue
        names.append(name)
        articles.append(parse_article(text))
    if len(articles) < 2:
        err.write(f"{_PROG}: error: compare needs at least two readable files\n")
        return EXIT_INPUT_ERROR
    labels = _labels(names)
    result = (
        compare(articles[0], articles[1], labels=labels)
        if len(articles) == 2
        else compare_many(articles, labels=labels)
    )
    if args.json:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(result.to_markdown())
    return status


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
    text = demo_text()
    if args.show_text:
        out.write(text.rstrip("\n") + "\n\n")
    _emit([("demo", parse_article(text))], args, out)
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _build_parser()
    try:  # argparse prints to sys.stdout/sys.stderr: point them at our streams
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.command == "demo":
            return _run_demo(args, out)
        if args.command == "compare":
            return _run_compare(args, out, err)
        return _run_parse(args, out, err, stdin if stdin is not None else sys.stdin)
    except BrokenPipeError:
        # The reader went away (``geopol-news parse x | head``): stop quietly,
        # and keep Python from complaining again when it flushes stdout at exit.
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK

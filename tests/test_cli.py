"""The ``geopol-news`` command line, called in-process through ``main`` and once as a program."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import geopol_news
from geopol_news import Article, parse_article
from geopol_news.cli import demo_text, main

STORY = (
    "World\n"
    "\n"
    "Harbour talks stall over the grain corridor\n"
    "\n"
    "By Ida Quell, Example Wire\n"
    "\n"
    "PORTHAVEN -- Envoys from both coasts left the harbour talks on Tuesday without a deal.\n"
    "\n"
    "\u201cWe will be back next week,\u201d one of them told reporters at the quay.\n"
    "\n"
    "Advertisement\n"
)
OTHER_STORY = "Drone sightings close a northern airport\n\nFlights were halted for two hours.\n"


class Run:
    """The result of one in-process call of ``main``."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def run(*argv: str, stdin: io.TextIOBase | None = None) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=stdin)  # type: ignore[arg-type]
    return Run(code, out.getvalue(), err.getvalue())


def binary_stdin(data: bytes) -> io.TextIOWrapper:
    """A text stream with a ``.buffer`` holding *data*, like ``sys.stdin``."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def other(tmp_path: Path) -> Path:
    path = tmp_path / "other.txt"
    path.write_text(OTHER_STORY, encoding="utf-8")
    return path


# -- demo --------------------------------------------------------------------------
def test_demo_prints_a_summary() -> None:
    result = run("demo")
    assert result.code == 0
    headline = parse_article(demo_text()).headline
    assert headline is not None
    assert f"headline:   {headline.text}" in result.out
    assert "body:" in result.out
    assert "chrome:" in result.out
    assert "video 3:05" in result.out  # the demo's video teaser and its duration
    assert result.err == ""


def test_demo_summary_counts_what_the_story_holds() -> None:
    article = parse_article(demo_text())
    out = run("demo").out
    assert f"published:  {article.published}" in out  # read from the page's stamp
    assert f"actors:     {len(article.actors)} (" in out
    assert f"dates:      {len(article.dates)}" in out
    quotes = next(line for line in out.splitlines() if line.startswith("quotes:"))
    assert quotes.startswith(f"quotes:     {len(article.quotes)} (")
    speaker = article.quotes[0].speaker
    assert speaker is not None
    assert speaker.name in quotes


def test_demo_show_text_prints_the_sample_first() -> None:
    result = run("demo", "--show-text")
    assert result.code == 0
    assert result.out.startswith(demo_text().splitlines()[0])
    assert "headline:" in result.out


def test_demo_json_is_an_article() -> None:
    result = run("demo", "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert isinstance(data, dict)
    assert data["schema_version"] == 1
    assert Article.from_dict(data) == parse_article(demo_text())


def test_demo_jsonl_is_one_line() -> None:
    result = run("demo", "--jsonl")
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == 1
    assert Article.from_json(lines[0]) == parse_article(demo_text())


def test_demo_as_a_program() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "geopol_news", "demo"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    headline = parse_article(demo_text()).headline
    assert headline is not None
    assert headline.text in completed.stdout


def test_parse_stdin_as_a_program() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "geopol_news", "parse", "-", "--json"],
        input=STORY.encode("utf-8"),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert Article.from_json(completed.stdout) == parse_article(STORY)


# -- parse ---------------------------------------------------------------------------
def test_parse_one_file_prints_its_summary(story: Path) -> None:
    result = run("parse", str(story))
    assert result.code == 0, result.err
    assert "headline:   Harbour talks stall over the grain corridor" in result.out
    assert "section:    World" in result.out
    assert "byline:     By Ida Quell, Example Wire" in result.out
    assert "dateline:   PORTHAVEN" in result.out
    assert "== " not in result.out  # one input: no name header
    assert result.err == ""


def test_parse_two_files_names_each(story: Path, other: Path) -> None:
    result = run("parse", str(story), str(other))
    assert result.code == 0
    assert f"== {story}" in result.out
    assert f"== {other}" in result.out
    assert result.out.index(f"== {story}") < result.out.index(f"== {other}")
    assert "Drone sightings close a northern airport" in result.out


def test_parse_json_one_file_is_an_object(story: Path) -> None:
    result = run("parse", str(story), "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert isinstance(data, dict)
    assert Article.from_dict(data) == parse_article(STORY)


def test_parse_json_two_files_is_an_array(story: Path, other: Path) -> None:
    result = run("parse", "--json", str(story), str(other))
    assert result.code == 0
    data = json.loads(result.out)
    assert isinstance(data, list)
    assert len(data) == 2
    assert [Article.from_dict(item) for item in data] == [
        parse_article(STORY),
        parse_article(OTHER_STORY),
    ]


def test_parse_jsonl_is_one_line_per_file(story: Path, other: Path) -> None:
    result = run("parse", "--jsonl", str(story), str(other), str(story))
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == 3
    assert [Article.from_json(line).source for line in lines] == [STORY, OTHER_STORY, STORY]


def test_parse_reads_stdin_bytes() -> None:
    result = run("parse", "-", "--json", stdin=binary_stdin(STORY.encode("utf-8")))
    assert result.code == 0, result.err
    assert Article.from_json(result.out) == parse_article(STORY)


def test_parse_reads_a_text_only_stdin() -> None:
    result = run("parse", "-", "--json", stdin=io.StringIO(OTHER_STORY))
    assert result.code == 0
    assert Article.from_json(result.out).source == OTHER_STORY


def test_parse_stdin_and_a_file_together(story: Path) -> None:
    result = run(
        "parse", "-", str(story), "--jsonl", stdin=binary_stdin(OTHER_STORY.encode("utf-8"))
    )
    assert result.code == 0
    sources = [Article.from_json(line).source for line in result.out.splitlines()]
    assert sources == [OTHER_STORY, STORY]


def test_parse_stdin_cp1252_warns_naming_stdin() -> None:
    result = run("parse", "-", "--json", stdin=binary_stdin(OTHER_STORY.encode() + b"Caf\xe9\n"))
    assert result.code == 0
    assert "<stdin>" in result.err
    assert "warning" in result.err
    assert Article.from_json(result.out).source.endswith("Caf\u00e9\n")


def test_outlet_and_published_override(story: Path) -> None:
    result = run(
        "parse", str(story), "--json", "--outlet", "Harbour Post", "--published", "2024-03-14"
    )
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["outlet"] == "Harbour Post"
    assert data["published"] == "2024-03-14"
    article = Article.from_dict(data)
    assert article == parse_article(STORY, outlet="Harbour Post", published=date(2024, 3, 14))


def test_published_datetime(story: Path) -> None:
    result = run("parse", str(story), "--json", "--published", "2024-03-14T09:40:00")
    assert result.code == 0
    assert json.loads(result.out)["published"] == "2024-03-14T09:40:00"


def test_outlet_shows_in_the_summary(story: Path) -> None:
    result = run("parse", str(story), "--outlet", "Harbour Post")
    assert "outlet:     Harbour Post" in result.out


def test_bad_published_date_is_a_usage_error(story: Path) -> None:
    assert run("parse", str(story), "--published", "14/03/2024").code == 2


# -- input errors --------------------------------------------------------------------
def test_missing_file_is_reported_and_the_others_still_printed(story: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("parse", str(missing), str(story))
    assert result.code == 1
    assert "no such file" in result.err
    assert str(missing) in result.err
    assert "Harbour talks stall over the grain corridor" in result.out


def test_missing_file_with_json_still_prints_the_others(story: Path, tmp_path: Path) -> None:
    result = run("parse", "--jsonl", str(story), str(tmp_path / "nope.txt"), str(story))
    assert result.code == 1
    assert len(result.out.splitlines()) == 2


def test_only_missing_files_print_nothing(tmp_path: Path) -> None:
    result = run("parse", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.code == 1
    assert result.out == ""
    assert result.err.count("no such file") == 2


def test_directory_is_an_input_error(tmp_path: Path, story: Path) -> None:
    result = run("parse", str(tmp_path), str(story))
    assert result.code == 1
    assert "is a directory" in result.err
    assert "Harbour talks stall" in result.out


def test_undecodable_file_is_an_input_error(tmp_path: Path, story: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Harbour talks \x81\x8d\x8f\x90\x9d")
    result = run("parse", str(bad), str(story))
    assert result.code == 1
    assert str(bad) in result.err
    assert "UTF-8" in result.err
    assert "Windows-1252" in result.err
    assert "Harbour talks stall" in result.out


def test_cp1252_file_warns_and_succeeds(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Talks in Z\u00fcrich\n\nThe envoy left \u2013 again.\n".encode("cp1252"))
    result = run("parse", str(path), "--json")
    assert result.code == 0
    assert "warning" in result.err
    assert str(path) in result.err
    assert "Windows-1252" in result.err
    assert (
        Article.from_json(result.out).source
        == "Talks in Z\u00fcrich\n\nThe envoy left \u2013 again.\n"
    )


# -- usage ---------------------------------------------------------------------------
def test_json_and_jsonl_together_is_a_usage_error(story: Path) -> None:
    assert run("parse", str(story), "--json", "--jsonl").code == 2
    assert run("demo", "--json", "--jsonl").code == 2


def test_no_command_is_a_usage_error() -> None:
    assert run().code == 2


def test_unknown_command_is_a_usage_error() -> None:
    assert run("summarise").code == 2


def test_parse_without_files_is_a_usage_error() -> None:
    assert run("parse").code == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    result = run("--version")
    assert result.code == 0
    printed = result.out + capsys.readouterr().out
    assert f"geopol-news {geopol_news.__version__}" in printed


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    result = run("--help")
    assert result.code == 0
    assert "parse" in result.out + capsys.readouterr().out


def test_output_goes_to_the_streams_given(capsys: pytest.CaptureFixture[str]) -> None:
    """main(stdout=..., stderr=...) must not write usage errors or --version elsewhere."""
    usage = run("parse", "--json", "--jsonl", "x.txt")
    version = run("--version")
    leaked = capsys.readouterr()
    assert "not allowed with" in usage.err
    assert f"geopol-news {geopol_news.__version__}" in version.out
    assert leaked.out == ""
    assert leaked.err == ""


# -- compare -------------------------------------------------------------------------
SAME_STORY = (
    "Europe\n"
    "\n"
    "Grain corridor talks break up without a deal\n"
    "\n"
    "PORTHAVEN -- Envoys from both coasts walked out of the harbour talks on the grain "
    "corridor on Tuesday without a deal.\n"
    "\n"
    "\u201cWe will be back next week with a better offer,\u201d Foreign Minister Ida Quell "
    "told reporters at the quay.\n"
)
THIRD_STORY = "Ferry strike ends\n\nFerry crews returned to work after a two-day strike.\n"


@pytest.fixture
def same_story(tmp_path: Path) -> Path:
    path = tmp_path / "same_story.txt"
    path.write_text(SAME_STORY, encoding="utf-8")
    return path


def test_compare_two_files_prints_a_markdown_report(story: Path, same_story: Path) -> None:
    result = run("compare", str(story), str(same_story))
    assert result.code == 0, result.err
    assert result.out.startswith("# Comparison: story.txt vs same_story.txt\n")
    assert "## Scores" in result.out
    assert "## Claims" in result.out
    assert result.out == run("compare", str(story), str(same_story), "--markdown").out
    assert result.err == ""


def test_compare_two_files_as_json(story: Path, same_story: Path) -> None:
    from geopol_news import Comparison

    result = run("compare", str(story), str(same_story), "--json")
    assert result.code == 0, result.err
    comparison = Comparison.from_json(result.out)
    assert (comparison.a.label, comparison.b.label) == ("story.txt", "same_story.txt")
    assert comparison.claims.pairs  # the envoys walking out is in both


def test_compare_more_files_groups_them_into_stories(
    story: Path, same_story: Path, other: Path, tmp_path: Path
) -> None:
    from geopol_news import Coverage

    third = tmp_path / "third.txt"
    third.write_text(THIRD_STORY, encoding="utf-8")
    result = run("compare", str(story), str(same_story), str(other), str(third), "--json")
    assert result.code == 0, result.err
    coverage = Coverage.from_json(result.out)
    assert [ref.label for ref in coverage.articles] == [
        "story.txt",
        "same_story.txt",
        "other.txt",
        "third.txt",
    ]
    assert coverage.stories[0].articles == (0, 1)
    markdown = run("compare", str(story), str(same_story), str(other))
    assert markdown.out.startswith("# Coverage: 3 articles, ")
    assert "## Story 1: Harbour talks stall over the grain corridor" in markdown.out


def test_compare_names_files_that_share_a_name_by_their_path(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "page.txt", tmp_path / "b" / "page.txt"
    for path, text in ((first, STORY), (second, SAME_STORY)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    result = run("compare", str(first), str(second))
    assert result.out.startswith(f"# Comparison: {first} vs {second}\n")


def test_compare_reports_a_missing_file_and_compares_the_others(
    story: Path, same_story: Path, other: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    result = run("compare", str(story), str(missing), str(same_story))
    assert result.code == 1
    assert f"{missing}: no such file" in result.err
    assert result.out.startswith("# Comparison: story.txt vs same_story.txt\n")


def test_compare_needs_two_readable_files(story: Path, tmp_path: Path) -> None:
    assert run("compare", str(story)).code == 2  # a usage error: one file given
    result = run("compare", str(story), str(tmp_path / "missing.txt"))
    assert result.code == 1
    assert "at least two readable files" in result.err
    assert result.out == ""
    assert run("compare", str(story), str(tmp_path)).code == 1  # a directory


def test_compare_json_and_markdown_together_is_a_usage_error(story: Path, other: Path) -> None:
    result = run("compare", str(story), str(other), "--json", "--markdown")
    assert result.code == 2
    assert "not allowed with" in result.err

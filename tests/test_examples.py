"""The examples and the documentation must run.

* Every script in ``examples/`` is run in a fresh interpreter from the repository root.
* Every fenced ```` ```python ```` block in ``docs/*.md`` is executed. Blocks whose first
  line starts with ``>>>`` are doctests (their printed output is checked); other blocks
  are plain code that must run without raising. The blocks of one page share a
  namespace and run top to bottom, like a doctest file; each page starts afresh.
  Code that is not meant to run (shell commands, output, file contents) uses another
  fence (```` ```console ````, ```` ```text ````).
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geopol_news import Article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
DOCS = sorted((ROOT / "docs").glob("*.md"))
DEMO_HEADLINE = "Baltic neighbours agree joint patrols"

_FENCE = re.compile(r"^```python[ \t]*\n(?P<code>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},  # the demo prints € and ©
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_money_table_example_output() -> None:
    result = _run(ROOT / "examples" / "money_table.py")
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if "EUR" in line]
    # The demo names "about \u20ac40 million a year" in a key point and in a paragraph;
    # only the paragraph is story text.
    assert len(rows) == 1, result.stdout
    for part in ("40,000,000", "about", "year"):
        assert part in rows[0]
    assert "countries" in result.stdout  # a counted quantity


def test_money_table_example_reports_a_missing_file(tmp_path: Path) -> None:
    result = _run(ROOT / "examples" / "money_table.py", tmp_path / "absent.txt")
    assert result.returncode == 1
    assert "cannot read" in result.stderr


def test_who_said_what_example_output() -> None:
    result = _run(ROOT / "examples" / "who_said_what.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # The demo's defence minister speaks first, to reporters, in a quote broken in two.
    assert "Kalev Saar - told, to reporters [direct]" in out
    assert "We cannot leave the arteries of our economies unguarded," in out
    assert "Kalev Saar - continued [direct]" in out
    # The foreign minister: a partial quote inside reported speech, then "Aho said".
    assert "Liisa Aho - said [partial]" in out
    assert 'in: the patrols were "a defensive step, not a provocation,"' in out
    assert 'Liisa Aho (as "Aho") - said [direct]' in out
    assert out.index("Kalev Saar - told") < out.index("Liisa Aho - said")
    summary = out[out.index("Who gets to speak") :]
    # speaker, quotes, of which reported, words in marks, words reported
    rows = {
        row[0]: row[1:]
        for row in (line.strip().rsplit(maxsplit=4) for line in summary.splitlines())
    }
    assert rows["Kalev Saar"][:2] == ["1", "0"], summary  # one utterance in two pieces
    assert rows["Liisa Aho"][:2] == ["2", "0"], summary


def test_who_said_what_example_reads_a_file(tmp_path: Path) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(
        "World\n\nKrill talks stall\n\n"
        "Chilean Foreign Minister Ana Ruiz told reporters on Monday that the quotas would stay.\n\n"
        '"We will not be bullied," Ruiz said in a statement.\n\n'
        "The quotas are too low, a senior official said.\n",
        encoding="utf-8",
    )
    result = _run(ROOT / "examples" / "who_said_what.py", dump)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Krill talks stall" in out
    assert "Ana Ruiz - told, to reporters [indirect]" in out
    assert "the quotas would stay" in out
    assert 'Ana Ruiz (as "Ruiz") - said, in a statement [direct]' in out
    assert "(a senior official) - said [indirect]" in out


def test_who_said_what_example_reports_a_missing_file(tmp_path: Path) -> None:
    result = _run(ROOT / "examples" / "who_said_what.py", tmp_path / "absent.txt")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "cannot read" in result.stderr
    assert "absent.txt" in result.stderr


def test_there_are_examples_and_docs() -> None:
    assert EXAMPLES, "no examples/*.py found"
    assert {path.name for path in DOCS} >= {"index.md", "format.md", "api.md"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_example_runs(path: Path) -> None:
    result = _run(path)
    assert result.returncode == 0, result.stderr
    assert DEMO_HEADLINE in result.stdout


def test_parse_article_example_output() -> None:
    result = _run(ROOT / "examples" / "parse_article.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "video" in out.lower()
    assert "photo" in out.lower()
    assert "World News" in out  # section
    assert "Finland and Estonia will run joint naval patrols" in out  # a key point
    assert "subheading" in out
    assert "3:05" in out  # the first video's duration
    assert "Getty Images" in out  # a photo credit
    assert "tweet" in out  # the embed's kind
    assert "advertisement" in out  # a chrome kind
    # Blocks are listed in reading order.
    assert out.index("What happened to the cable?") < out.index("Who pays for the patrols")


def test_parse_article_example_writes_json(tmp_path: Path) -> None:
    target = tmp_path / "article.json"
    result = _run(ROOT / "examples" / "parse_article.py", "--json-out", target)
    assert result.returncode == 0, result.stderr
    article = Article.from_json(target.read_text(encoding="utf-8"))
    assert article.headline is not None
    assert article.headline.text.startswith(DEMO_HEADLINE)
    assert article.videos
    assert article.photos


def test_parse_article_example_reads_a_file(tmp_path: Path) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(
        "Europe\n\nMinisters meet in Brussels to discuss ferry safety\n\n"
        "BRUSSELS -- Ministers met on Tuesday, and they agreed to meet again.\n\n"
        "Advertisement\n",
        encoding="utf-8",
    )
    result = _run(ROOT / "examples" / "parse_article.py", dump)
    assert result.returncode == 0, result.stderr
    assert "Ministers meet in Brussels to discuss ferry safety" in result.stdout
    assert "advertisement" in result.stdout


def test_parse_article_example_reports_a_missing_file(tmp_path: Path) -> None:
    result = _run(ROOT / "examples" / "parse_article.py", tmp_path / "missing.txt")
    assert result.returncode != 0
    assert "missing.txt" in result.stderr


def _python_blocks(path: Path) -> list[tuple[int, str]]:
    """The ```python blocks of a Markdown file, each with the line number it starts on."""
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, match.start("code")) + 1, match["code"])
        for match in _FENCE.finditer(text)
    ]


def test_docs_have_python_examples() -> None:
    for path in DOCS:
        assert _python_blocks(path), f"{path.name} has no ```python example"


@pytest.mark.parametrize("path", DOCS, ids=lambda path: path.name)
def test_docs_examples_run(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    namespace: dict[str, object] = {"__name__": f"docs_{path.stem}"}
    parser = doctest.DocTestParser()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    failures: list[str] = []
    for lineno, code in _python_blocks(path):
        where = f"{path.name}, block at line {lineno}"
        if code.lstrip().startswith(">>>"):
            test = parser.get_doctest(code, namespace, where, str(path), lineno - 1)
            runner = doctest.DocTestRunner(optionflags=flags)
            runner.run(test, out=failures.append, clear_globs=False)
            namespace.update(test.globs)  # DocTest works on a copy of the namespace
        else:
            exec(compile(code, where, "exec"), namespace)
    assert not failures, "".join(failures)


def test_compare_coverage_example_output() -> None:
    result = _run(ROOT / "examples" / "compare_coverage.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("# Comparison: Example Wire vs Northern Ledger\n")
    for heading in ("## Scores", "## Actors", "## Who gets to speak", "## Quotes", "## Claims"):
        assert f"\n{heading}\n" in out, heading
    assert "| Kalev Saar | person |" in out  # named by both
    assert "| independent analysts | Mikko Rantanen |" in out  # quoted by one outlet only
    # The minister's words, trimmed differently by the two outlets, are one quotation.
    assert "\u201cleave the arteries of our economies unguarded.\u201d | contained |" in out
    assert "| agree | kilometre | nearly 100 kilometres | more than 90 kilometres |" in out


def test_compare_coverage_example_reads_two_files(tmp_path: Path) -> None:
    first, second = tmp_path / "wire.txt", tmp_path / "post.txt"
    first.write_text("Ferry talks\n\nFinland and Estonia agreed to share ferry slots.\n")
    second.write_text("Ferry deal\n\nEstonia and Finland will share ferry slots.\n")
    result = _run(ROOT / "examples" / "compare_coverage.py", first, second)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Comparison: wire.txt vs post.txt\n")
    missing = _run(ROOT / "examples" / "compare_coverage.py", first, tmp_path / "absent.txt")
    assert missing.returncode == 1
    assert "cannot read" in missing.stderr

"""Count the machine instructions each stage of ``parse_article`` costs, with callgrind.

Wall time on a shared or virtual machine swings by up to two times from one run
to the next; the number of instructions executed does not (within about 0.5%, with
hash randomisation pinned). Use it to judge a speed change::

    python benchmarks/instructions.py                  # every stage, default articles
    python benchmarks/instructions.py --stage actors   # one stage
    python benchmarks/instructions.py --files a.txt b.txt

The default articles are the shared seeds and, when ``../shared`` is present,
the first ten 5-8 KB articles of the peers' quote sets; without ``../shared`` the
bundled demo article. Each stage is run with the inputs the full parse gives it:
once to warm the caches a first call fills, then ``--reps`` times inside
``functools.reduce``, and ``valgrind --tool=callgrind --toggle-collect`` counts the
instructions inside that call only, free of start-up, import and warm-up costs.
Where the interpreter has no such symbol to toggle on (a stripped build), the count
falls back to the difference between a run with no passes and one with ``--reps``.
Needs ``valgrind`` on the PATH.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[0].parent / "shared"

# The functions parse_article calls, by the name it imports them under.
STAGES = {
    "layout": ("parse_layout",),
    "money": ("extract_money", "quantities_outside"),
    "actors": ("extract_actors", "credited_actors"),
    "quotes": ("quotes_in",),
    "dates": ("published_in", "extract_dates", "date_bounds"),
}


def default_texts() -> list[str]:
    """The seeds and ten typical articles when ``../shared`` is there, else the demo."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    sys.path.insert(0, str(HERE))
    from bench_parse import typical_articles

    texts += typical_articles()[0][:10]
    if not texts:
        from geopol_news.cli import demo_text

        texts = [demo_text()]
    return texts


def recorded_calls(texts: list[str]) -> dict[str, list[tuple[Callable[..., Any], tuple, dict]]]:
    """Parse every text once, recording each stage function's calls and arguments."""
    import geopol_news.parse as parse

    calls: dict[str, list[tuple[Callable[..., Any], tuple, dict]]] = {s: [] for s in STAGES}
    originals = {}
    for stage, names in STAGES.items():
        for name in names:
            original = originals[name] = getattr(parse, name)

            def recorder(*args: Any, _f: Any = original, _s: str = stage, **kwargs: Any) -> Any:
                calls[_s].append((_f, args, kwargs))
                return _f(*args, **kwargs)

            setattr(parse, name, recorder)
    try:
        for text in texts:
            parse.parse_article(text)
    finally:
        for name, original in originals.items():
            setattr(parse, name, original)
    return calls


def inner(stage: str, reps: int, files: list[str]) -> None:
    """Run *stage* (or the whole parse) once, then *reps* times inside ``functools.reduce``
    (the call :func:`count` counts)."""
    texts = [Path(f).read_text(encoding="utf-8") for f in files] if files else default_texts()
    from geopol_news import parse_article

    if stage == "parse":
        calls = [(parse_article, (text,), {}) for text in texts]
    else:
        calls = recorded_calls(texts)[stage]
    for function, args, kwargs in calls:  # warm the caches the first call fills
        function(*args, **kwargs)
    functools.reduce(_run, calls * reps, None)


def _run(_: None, call: tuple[Callable[..., Any], tuple, dict]) -> None:
    function, args, kwargs = call
    function(*args, **kwargs)


_COUNTED = "functools_reduce"  # the C function of functools.reduce, where valgrind counts


def count(stage: str, reps: int, files: list[str], *, toggle: bool = True) -> int:
    """Instructions of a run of this script doing *reps* passes of *stage*: those inside
    ``functools.reduce`` when *toggle*, else all of them."""
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        *([f"--toggle-collect={_COUNTED}"] if toggle else []),
        sys.executable, __file__, "--inner", stage, "--reps", str(reps), "--files", *files,
    ]  # fmt: skip
    env = dict(os.environ, PYTHONHASHSEED="0")
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    match = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if match is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{result.stderr}")
    return int(match.group(1).replace(",", ""))


def per_pass(stage: str, reps: int, files: list[str]) -> float:
    """Instructions of one pass of *stage* over the articles."""
    counted = count(stage, reps, files)
    if counted:
        return counted / reps
    # nothing counted: no symbol to toggle on; the difference of two whole runs instead
    return (count(stage, reps, files, toggle=False) - count(stage, 0, files, toggle=False)) / reps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=["parse", *STAGES, "all"], default="all")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--files", nargs="*", default=[])
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args.inner, args.reps, args.files)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on the PATH; this benchmark needs it")
    texts = len(args.files) if args.files else len(default_texts())
    stages = ["parse", *STAGES] if args.stage == "all" else [args.stage]
    print(f"instructions per article (mean over {texts} articles), {args.reps} reps")
    for stage in stages:
        per_article = per_pass(stage, args.reps, args.files) / texts
        print(f"{stage:<8} {per_article / 1e6:8.3f} M", flush=True)


if __name__ == "__main__":
    main()

"""Shared fixtures: paths to the real articles in ../shared, skipped with a reason when absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
PRACTICE = SHARED / "practice"


def shared_file(relative: str) -> Path:
    """Path of a file under ../shared, or skip the test saying what is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared test data is not beside this checkout")
    return path


def seed_path(prefix: str) -> Path:
    """The seed article whose file name starts with *prefix* ("000", "002")."""
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is absent: the sample articles are not beside this checkout")
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"no seed article {prefix}_*.txt in {SEEDS}")
    return matches[0]


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))

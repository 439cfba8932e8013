"""Shared fixtures: a small demo database built once per test session.

``small_db`` is built with :func:`data.demo.build_demo` (the same code as the
real demo, default seed) at ``SMALL_SCALE``; ``con`` opens it read-only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from data.demo import DEFAULT_SEED, build_demo

SMALL_SCALE = 0.03  # about 2,300 employees, every region and table filled


@pytest.fixture(scope="session")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "small.duckdb"
    build_demo(path, scale=SMALL_SCALE, seed=DEFAULT_SEED)
    return path


def _read_only(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(path), read_only=True)
    try:
        yield connection
    finally:
        connection.close()


@pytest.fixture(scope="module")
def small_ro(small_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """The small demo read-only, one connection per test module (for recount tests)."""
    yield from _read_only(small_db)


@pytest.fixture
def con(small_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    yield from _read_only(small_db)

"""Docs that cannot drift: schema vs data dictionary, metrics vs catalogue,
README commands vs CI, pages vs README."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

import analytics
import analytics.outcomes  # imported by no module test_docs imports
import analytics.quality
from analytics import spec
from analytics.db import SQL_DIR, create_schema

METRICS = list(spec.metrics())

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DICTIONARY = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
CATALOGUE = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")


def schema_columns() -> dict[str, list[str]]:
    con = duckdb.connect()
    create_schema(con)
    rows = con.sql(
        "select c.table_name, c.column_name from information_schema.columns c "
        "join information_schema.tables t using (table_name) "
        "where t.table_type = 'BASE TABLE' order by c.table_name, c.ordinal_position"
    ).fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def dictionary_section(table: str) -> str:
    match = re.search(rf"^### {table}\n(.*?)(?=^##|\Z)", DICTIONARY, re.S | re.M)
    return match.group(1) if match else ""


@pytest.mark.parametrize("table, columns", sorted(schema_columns().items()))
def test_every_table_and_column_is_in_the_data_dictionary(table, columns):
    section = dictionary_section(table)
    assert section, f"docs/data-dictionary.md has no '### {table}' section"
    documented = set(re.findall(r"^\| (\w+) \|", section, re.M))
    assert set(columns) <= documented, f"undocumented columns of {table}: {set(columns) - documented}"


def test_every_metric_is_in_the_catalogue():
    names = [fn.__name__ for fn in METRICS] + [
        n for n in ("region_options", "unit_options", "year_bounds", "dataset_info")
    ]
    missing = [n for n in names if f"`{n}" not in CATALOGUE]
    assert not missing, f"docs/metrics.md misses {missing}"


def catalogue_columns(name: str) -> list[str] | None:
    """The columns docs/metrics.md lists for a function (its table row's last cell)."""
    for line in CATALOGUE.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and re.match(rf"`{name}[`(]", cells[0]):
            return [c.strip() for c in cells[-1].split(",")]
    return None


@pytest.mark.parametrize("metric", METRICS, ids=lambda fn: fn.__name__)
def test_the_catalogue_lists_the_columns_of_the_spec(metric):
    assert catalogue_columns(metric.__name__) == metric.spec.names


def test_every_sql_file_has_its_function():
    functions = {
        name
        for mod in (
            analytics.meta,
            analytics.overview,
            analytics.competency,
            analytics.kinerja,
            analytics.training,
            analytics.talent,
            analytics.staffing,
            analytics.placement,
            analytics.outcomes,
            analytics.quality,
        )
        for name in vars(mod)
    }
    orphans = [p.stem for p in SQL_DIR.glob("*.sql") if p.stem not in functions]
    assert not orphans, f"SQL files without a function of the same name: {orphans}"


def test_readme_quick_start_is_two_commands_and_ci_runs_the_test_command():
    block = re.search(r"## Quick start.*?```(?:bash|sh)?\n(.*?)```", README, re.S)
    assert block, "README has no Quick start code block"
    commands = [ln for ln in block.group(1).splitlines() if ln.strip() and not ln.startswith("#")]
    assert commands == [
        "pip install -r requirements.txt && streamlit run dashboard.py",
        "pip install -r requirements-dev.txt && python -m pytest",
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -r requirements-dev.txt" in ci
    assert "python -m pytest" in ci


def test_every_page_is_described_in_the_readme():
    pages = sorted(p.stem for p in (ROOT / "pages").glob("*.py") if not p.stem.startswith("_"))
    assert pages, "no pages found"
    for page in pages:
        assert f"pages/{page}.py" in README, f"README does not describe pages/{page}.py"


def test_import_dictionary_in_docs_matches_the_table_specs() -> None:
    from data.importing.templates import dictionary_markdown

    text = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- dictionary: [^>]*-->\n(.*)<!-- /dictionary -->", text, re.S)
    assert match, "docs/import.md lost its generated dictionary section"
    assert match.group(1) == dictionary_markdown(), (
        "docs/import.md is out of date: regenerate the section with data.importing.templates.dictionary_markdown()"
    )

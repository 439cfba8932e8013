"""Data quality: what is missing or doubtful in the loaded data, and what each
dashboard page needs (the Kualitas Data page, and the reason an empty page gives).

Definitions, once:

- **Latest period** of a region: its latest month with monthly (``bulanan``)
  evaluations, else its latest year with annual (``tahunan``) ones. An employee
  "without an evaluation in the latest period" has no evaluation of that kind
  in that month (year). A region with no evaluations at all has no latest
  period, and then every employee counts as without one.
- **NIP checks** (a warning, the rows are loaded): digits 1-8 of the NIP are the
  birth date (YYYYMMDD), digit 15 the sex (1 L, 2 P). A NIP disagrees when those
  digits are not the stated birth date or sex (or are no date at all).
- **Readiness** (:func:`page_readiness`): per page, each thing it needs and per
  region ``have`` (how many there are) and ``total`` (how many there should be).
  A *coverage* requirement is ``ok`` when every one has it, ``partial`` when some
  do, ``missing`` when none do (or there is nothing to have it); a *presence*
  requirement (trainings, moves: any number will do) is ``ok`` or ``missing``.
  The page-to-requirement list is in ``sql/page_readiness.sql``; what each
  requirement counts is documented there and in the Kualitas Data page's strings.

Plain functions over a connection and :class:`~analytics.filters.Filters`, one SQL
file each; counts only (no names or NIPs leave this module). :func:`readiness_gaps`,
:func:`page_status`, :func:`empty_reasons` and :func:`protect_readiness` reduce a
readiness frame for the page and the empty states, without touching the database.
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from analytics import privacy
from analytics.db import run
from analytics.filters import Filters
from analytics.spec import Protect, metric, spec

# the pages page_readiness describes, in menu order (url paths in dashboard.py)
PAGES = ("ringkasan", "kompetensi", "kinerja", "pelatihan", "talenta", "kebutuhan", "penempatan", "layanan")
STATUSES = ("ok", "partial", "missing")  # best to worst
_SEVERITY = {s: i for i, s in enumerate(STATUSES)}

# the counts of employees that are parts of a unit's or region's employees
EMPLOYEE_PARTS = (
    "without_post", "employees_without_latest_evaluation", "employees_without_training",
    "employees_without_assessment", "employees_without_potential", "nip_birth_mismatch", "nip_sex_mismatch",
)  # fmt: skip
POST_PARTS = ("posts_auto_created", "posts_without_need", "posts_without_standard", "posts_without_level")
_QUALITY_COUNTS = """
        employees                             count
        without_post                          count   kualitas.col.without_post
        posts                                 count
        posts_auto_created                    count   kualitas.col.posts_auto
        posts_without_need                    count   kualitas.col.posts_without_need
        posts_without_standard                count   kualitas.col.posts_without_standard
        posts_without_level                   count   kualitas.col.posts_without_level
        latest_period_type                    code
        latest_period_start                   date
        employees_without_latest_evaluation   count   kualitas.col.without_evaluation
        employees_without_training            count   kualitas.col.without_training
        employees_without_assessment          count   kualitas.col.without_assessment
        employees_without_potential           count   kualitas.col.without_potential
        nip_birth_mismatch                    count   kualitas.col.nip_birth
        nip_sex_mismatch                      count   kualitas.col.nip_sex
"""
# employees are people (a count under 5 is hidden for viewers); posts are not
QUALITY_BY_UNIT = spec(
    keys="unit_id",
    columns="""
        region_id           key
        region_name         label
        unit_id             key
        unit_name           label
        unit_auto_created   flag
    """
    + _QUALITY_COUNTS,
    protect=[Protect("employees", parts=dict.fromkeys(EMPLOYEE_PARTS, ()), group=("region_id",))],
    subcounts={"posts": POST_PARTS},
)
QUALITY_BY_REGION = spec(
    keys="region_id",
    columns="""
        region_id            key
        region_name          label
        units                count   kualitas.col.units
        units_auto_created   count   kualitas.col.units_auto
    """
    + _QUALITY_COUNTS,
    protect=[Protect("employees", parts=dict.fromkeys(EMPLOYEE_PARTS, ()))],
    subcounts={"posts": POST_PARTS, "units": ("units_auto_created",)},
)
UNMAPPED_PROGRAMS = spec(
    keys="program",
    columns="""
        program            key     kualitas.col.program
        basis              code
        employees          count
        candidate_fields   text    kualitas.col.candidates
    """,
    protect=[Protect("employees")],
    values={"basis": ("unmapped", "ambiguous")},
)
MAPPED_CODES = spec(
    keys=("import_id", "column_name", "value", "code"),
    columns="""
        import_id     key
        file_name     label   kualitas.col.file
        table_name    label   kualitas.col.table
        started_at    date
        column_name   key     kualitas.col.column
        value         key     kualitas.col.value
        code          key     kualitas.col.code
        rows          count   kualitas.col.rows
    """,
)


# ---------------------------------------------------------------- metrics (one SQL file each)
@metric(QUALITY_BY_UNIT)
def quality_by_unit(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Per region and unit: employees, without_post, posts, posts_auto_created,
    posts_without_need, posts_without_standard, posts_without_level, the region's
    latest_period_type / latest_period_start, employees_without_latest_evaluation,
    employees_without_training, employees_without_assessment, employees_without_potential,
    nip_birth_mismatch, nip_sex_mismatch. Region and unit filters only."""
    return run(con, "quality_by_unit", **(filters or Filters()).params())


# the counts of quality_by_unit that add up over units (each employee and post is in one unit)
UNIT_COUNTS = (
    "employees", "without_post", "posts", "posts_auto_created", "posts_without_need", "posts_without_standard",
    "posts_without_level", "employees_without_latest_evaluation", "employees_without_training",
    "employees_without_assessment", "employees_without_potential", "nip_birth_mismatch", "nip_sex_mismatch",
)  # fmt: skip


@metric(QUALITY_BY_REGION)
def quality_by_region(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """The counts of :func:`quality_by_unit` added up per region (a few hundred unit rows,
    so in pandas: one definition of every count), with units (those with staff or posts)
    and units_auto_created. Region and unit filters only; regions in display order."""
    units = quality_by_unit(con, filters)
    keys = ["region_id", "region_name", "latest_period_type", "latest_period_start"]
    grouped = units.groupby("region_id", sort=False, dropna=False)
    out = grouped[list(UNIT_COUNTS)].sum().astype("int64")
    out.insert(0, "units_auto_created", grouped["unit_auto_created"].sum().astype("int64"))
    out.insert(0, "units", grouped.size().astype("int64"))
    first = grouped[keys[1:]].first()
    out = first.join(out).reset_index()
    return out[[*keys[:2], "units", "units_auto_created", *UNIT_COUNTS[:7], *keys[2:], *UNIT_COUNTS[7:]]]


@metric(UNMAPPED_PROGRAMS)
def unmapped_programs(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Study programmes that map to no education field: program, basis ('unmapped' /
    'ambiguous'), employees (of the chosen regions, with no field from their file) and
    candidate_fields (the tied fields of an ambiguous one). Region filter only."""
    return run(con, "unmapped_programs", **(filters or Filters()).params())


@metric(MAPPED_CODES)
def mapped_codes(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Codes loaded imports read from words: import_id, file_name, table_name,
    started_at, column_name, value, code, rows."""
    return run(con, "mapped_codes")


def page_readiness(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Per page, requirement and region of the filters (region_order: the display
    order): status (ok / partial / missing), have, total (null for presence requirements), lacking (total - have),
    auto_created (posts lacking it that were made from an export), counted (employees /
    posts / evaluations / trainings / moves), kind (coverage / presence), template
    (data/importing TABLES keys) and export (the SIASN download); missing rows first, then
    partial, then ok, each in page_order and requirement_order. Follows every shared filter."""
    return run(con, "page_readiness", **(filters or Filters()).params())


# ---------------------------------------------------------------- readiness, reduced
def page_status(readiness: pd.DataFrame) -> pd.DataFrame:
    """Per region and page: status (the worst of its requirements), requirements and
    requirements_ok, in page order."""
    if readiness.empty:
        return pd.DataFrame(columns=["region_id", "page", "status", "requirements", "requirements_ok"])
    df = readiness.assign(severity=readiness["status"].map(_SEVERITY), ok=readiness["status"].eq("ok"))
    out = (
        df.groupby(["region_id", "page"], sort=False)
        .agg(severity=("severity", "max"), requirements=("status", "size"), requirements_ok=("ok", "sum"))
        .reset_index()
    )
    out["status"] = out["severity"].map(dict(enumerate(STATUSES)))
    return out[["region_id", "page", "status", "requirements", "requirements_ok"]]


def readiness_gaps(readiness: pd.DataFrame) -> pd.DataFrame:
    """The requirements that are not ok, once per region (they recur on several pages):
    the row of the first page that needs it, with ``pages`` (every page that needs it,
    in order), worst first (missing before partial), then in the order pages need them.
    Privacy masks of a frame from :func:`protect_readiness` are kept."""
    if readiness.empty:
        return readiness.assign(pages=pd.Series(dtype=object))
    gaps = readiness[readiness["status"] != "ok"]
    pages = gaps.groupby(["region_id", "requirement"], sort=False)["page"].agg(tuple).rename("pages")
    first = gaps.drop_duplicates(["region_id", "requirement"]).join(pages, on=["region_id", "requirement"])
    first = first.assign(
        _region=first["region_order"],
        _severity=-first["status"].map(_SEVERITY),
        _order=np.arange(len(first)),
    )
    return (
        first.sort_values(["_region", "_severity", "_order"], kind="stable")
        .drop(columns=["_region", "_severity", "_order"])
        .reset_index(drop=True)
    )


def regions_of(readiness: pd.DataFrame | None) -> list[str]:
    """The regions of a readiness frame, in display order (regions.sort_order)."""
    if readiness is None or readiness.empty:
        return []
    return list(readiness.sort_values("region_order", kind="stable")["region_id"].drop_duplicates())


def staffed_regions(readiness: pd.DataFrame | None) -> list[str]:
    """The regions where the filters ``readiness`` was computed for select employees."""
    if readiness is None or readiness.empty:
        return []
    rows = readiness[(readiness["requirement"] == "employees") & (readiness["have"] > 0)]
    return [r for r in regions_of(readiness) if r in set(rows["region_id"])]


def empty_reasons(readiness: pd.DataFrame | None, page: str | None) -> pd.DataFrame:
    """Why ``page`` may be empty under the filters ``readiness`` was computed for: its
    missing requirements, in regions where the filters select employees (none there:
    the filter selects nothing, and no reason is specific). A requirement with nothing
    to have it (e.g. scores of evaluations there are none of) follows from another one
    and is left out when that one is listed. One row per (requirement, region)."""
    columns = [] if readiness is None else list(readiness.columns)
    if readiness is None or readiness.empty or page not in PAGES:
        return pd.DataFrame(columns=columns)
    rows = readiness[
        (readiness["page"] == page)
        & (readiness["status"] == "missing")
        & readiness["region_id"].isin(set(staffed_regions(readiness)))
    ]
    consequence = rows["kind"].eq("coverage") & rows["total"].fillna(0).eq(0)
    if (~consequence).any():
        rows = rows[~consequence]
    return rows.reset_index(drop=True)


def protect_readiness(readiness: pd.DataFrame, threshold: int | None = None) -> pd.DataFrame:
    """The readiness frame as a viewer may see it: counts of *employees* (not posts,
    evaluations, trainings or moves) through :func:`analytics.privacy.suppress`, with
    ``total`` the group and ``have`` / ``lacking`` its parts (a part hidden when it or
    its complement is below the threshold). Rows are independent (one region each)."""
    if readiness.empty:
        return readiness
    people = readiness["counted"].eq("employees").to_numpy()
    cols = ["total", "have", "lacking"]
    masked = readiness.assign(**{c: readiness[c].astype("Float64").where(people) for c in cols})
    out = privacy.suppress(masked, count_col="total", part_cols=["have", "lacking"], threshold=threshold)
    for c in cols:
        original = pd.to_numeric(readiness[c], errors="coerce").astype(float)
        out[c] = original.where(~out[c + privacy.SUPPRESSED].to_numpy())
    return out


PAGE_READINESS = spec(
    keys=("page", "requirement", "region_id"),
    columns="""
        page                key
        page_order          number+
        requirement         key
        requirement_order   number+
        region_id           key
        region_order        number+
        status              code
        have                count
        total               count
        lacking             count
        auto_created        count
        counted             code
        kind                code
        template            text
        export              text
    """,
    # counts of employees only; posts, evaluations, trainings and moves are not people
    protect=protect_readiness,
    subcounts={"total": ("have", "lacking")},
    values={"status": STATUSES, "kind": ("coverage", "presence")},
)
page_readiness = metric(PAGE_READINESS)(page_readiness)

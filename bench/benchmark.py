"""Benchmark: demo build, each page's analytics, each page's AppTest run, and
the main metrics recomputed with pandas for comparison.

    python bench/benchmark.py [--scale 1.0] [--db PATH] [--repeat 3] [--seed N]

Without ``--db`` the demo is built at ``--scale`` into a temporary directory
(deleted afterwards). Prints figures in milliseconds with the targets:
each page's analytics <= 300 ms (uncached), first start (demo build + first
AppTest run of the landing page) <= 30 s. A script that prints figures, not a
test: it exits 0 even when a target is missed, 1 only if something fails to run
or pandas and DuckDB disagree.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from analytics import competency, kinerja, meta, training  # noqa: E402
from analytics.db import connect  # noqa: E402
from analytics.filters import Filters  # noqa: E402
from bench.machine import load_note  # noqa: E402

PAGE_TARGET_MS = 300.0
FIRST_START_TARGET_S = 30.0
REPORT_TARGET_S = 30.0
# Pages timed elsewhere than their analytics calls: the presentation's story, by time_report().
TIMED_ELSEWHERE = {"presentasi"}

# What each page calls through ui.get / ui.fetch, recorded from an AppTest run of the page
# as a viewer with its default options (record_page_calls), so the list cannot go stale.
# Presentasi is timed by time_report(); Unggah draws no metric.
PageCalls = dict[str, list[tuple[Callable, dict]]]
UNTIMED = TIMED_ELSEWHERE | {"unggah"}
PAGE_NAMES = sorted(p.stem for p in (ROOT / "pages").glob("*.py") if not p.stem.startswith("_"))
PAGES = [p for p in PAGE_NAMES if p not in UNTIMED]
LANDING = "ringkasan"


# ---------------------------------------------------------------- output


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f}"


def status(ok: bool) -> str:
    return "OK" if ok else "SLOW"


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    print(f"\n{title}")
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]
    line = "  ".join("-" * w for w in widths)
    numeric = [all(_is_number(r[i]) for r in rows) and rows for i in range(len(header))]

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            str(c).rjust(w) if num else str(c).ljust(w)
            for c, w, num in zip(cells, widths, numeric, strict=True)
        ).rstrip()

    print(fmt(header))
    print(line)
    for r in rows:
        print(fmt(r))


def _is_number(s: str) -> bool:
    try:
        float(str(s).replace(",", ""))
        return True
    except ValueError:
        return False


def say(msg: str) -> None:
    print(msg, flush=True)


# ---------------------------------------------------------------- timing


def timed(fn: Callable, *args, **kwargs) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t0, out


@dataclass
class PageTiming:
    page: str
    filter_name: str
    runs: list[float] = field(default_factory=list)  # sum of the page's calls, per repeat
    calls: dict[str, list[float]] = field(default_factory=dict)  # per function, per repeat

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    def slowest_call(self) -> tuple[str, float]:
        name, times = max(self.calls.items(), key=lambda kv: max(kv[1]))
        return name, max(times)


# ---------------------------------------------------------------- steps


def build(path: Path, scale: float, seed: int | None) -> tuple[float, dict]:
    from data.demo import build_demo

    last = [-1.0]

    def progress(fraction: float, message: str) -> None:
        if fraction - last[0] >= 0.1 or fraction >= 1.0:
            last[0] = fraction
            say(f"  build {fraction:4.0%}  {message}")

    kwargs: dict = {"scale": scale, "progress": progress}
    if seed is not None:
        kwargs["seed"] = seed
    seconds, stats = timed(build_demo, path, **kwargs)
    return seconds, dict(stats or {})


def row_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    tables = [
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables "
            "where table_type = 'BASE TABLE' and table_schema = 'main' order by table_name"
        ).fetchall()
    ]
    # fetchall, not fetchone: DuckDB 2 keeps an unfinished result open on the connection
    return [(t, con.execute(f'select count(*) from "{t}"').fetchall()[0][0]) for t in tables]


def default_filters(con: duckdb.DuckDBPyConnection) -> Filters:
    """What the dashboard shows on first load: all regions, all years."""
    bounds = meta.year_bounds(con)
    if bounds is None:
        return Filters()
    return Filters(year_from=bounds[0], year_to=bounds[1])


def one_region_unit_filters(con: duckdb.DuckDBPyConnection, base: Filters) -> tuple[Filters, str]:
    """The first region in display order (the demo's Salatiga) and its unit with the most employees."""
    region = str(meta.region_options(con)["region_id"].iloc[0])
    row = con.execute(
        """
        select u.unit_id, u.name, count(*) as n
        from employees e join positions p using (position_id) join units u on u.unit_id = p.unit_id
        where u.region_id = $region
        group by all order by n desc, u.unit_id limit 1
        """,
        {"region": region},
    ).fetchall()
    unit_id, unit_name, n = row[0]
    f = Filters(regions=(region,), year_from=base.year_from, year_to=base.year_to, unit_id=unit_id)
    return f, f"region {region} + unit {unit_id} ({unit_name}, {n} employees), {f.year_from}-{f.year_to}"


def release_app_connections() -> None:
    """Close the app's read-only connections this process opened through AppTest."""
    import gc

    from ui import db as uidb

    uidb._readers().clear()
    gc.collect()


def record_page_calls(db_path: Path, timeout: float) -> PageCalls:
    """Run each page once in AppTest (default filters, a viewer) and note every analytics
    function it reads through ui.data.query, with the options it passes (filters aside)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    import ui.data

    os.environ["ASN_DB_PATH"] = str(db_path)
    quiet_streamlit()
    server_page_mode()
    calls: PageCalls = {}
    original = ui.data.query
    for page in PAGES:
        seen: dict[tuple, tuple[Callable, dict]] = {}

        def recording(fn, filters=None, _seen=seen, **opts):
            _seen.setdefault((fn.__module__, fn.__name__, repr(sorted(opts.items()))), (fn, dict(opts)))
            return original(fn, filters, **opts)

        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
        if page != LANDING:
            at.run()  # the landing page first: switch_page needs st.navigation's pages
            at.switch_page(f"pages/{page}.py")
        st.cache_data.clear()
        ui.data.query = recording  # only the page's own run is recorded
        try:
            at.run()
        finally:
            ui.data.query = original
        calls[page] = list(seen.values())
        say(f"  {page}: {len(calls[page])} analytics calls")
    return calls


def time_page_analytics(
    con: duckdb.DuckDBPyConnection,
    calls: list[tuple[Callable, dict]],
    page: str,
    filters: Filters,
    filter_name: str,
    repeat: int,
) -> PageTiming:
    pt = PageTiming(page, filter_name)
    for _ in range(repeat):
        total = 0.0
        for fn, opts in calls:
            seconds, _ = timed(fn, con, filters, **opts)
            pt.calls.setdefault(fn.__name__, []).append(seconds)
            total += seconds
        pt.runs.append(total)
    return pt


def time_sidebar(con: duckdb.DuckDBPyConnection, filters: Filters, repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        meta.region_options(con)
        meta.year_bounds(con)
        meta.unit_options(con, filters.regions)
        meta.dataset_info(con)
        runs.append(time.perf_counter() - t0)
    return runs


# ---------------------------------------------------------------- report export


def time_report(con: duckdb.DuckDBPyConnection, filters: Filters) -> list[tuple[str, float]]:
    """The full report of the presentation view, as its export button makes it: the story
    (analytics + figures), the chart images (Chromium, first one starts it), PPTX, PDF, HTML."""
    import streamlit.logger

    from reporting import images
    from reporting.report import chart_png, report_html, report_pdf, report_pptx
    from reporting.story import Data, build_story

    streamlit.logger.set_log_level("error")
    steps: list[tuple[str, float]] = []
    seconds, story = timed(build_story, filters, Data.on(con))
    steps.append(("story (analytics + figures)", seconds))
    if images.unavailable_reason() is None:
        drawn: list[float] = []

        def render(slide, width, height, font):  # each chart drawn for its box, timed apart
            started = time.perf_counter()
            png = chart_png(slide, width, height, font)
            drawn.append(time.perf_counter() - started)
            return png

        seconds = timed(report_pptx, story, render)[0]
        steps.append(
            (f"PPTX (with {len(drawn)} chart images, Chromium start included: {sum(drawn):.1f} s)", seconds)
        )
        drawn.clear()
        seconds = timed(report_pdf, story, render)[0]
        steps.append((f"PDF (with {len(drawn)} chart images: {sum(drawn):.1f} s)", seconds))
    else:
        say(f"  report: no chart images ({images.unavailable_reason()}): PPTX and PDF not timed")
    steps.append(("HTML", timed(report_html, story)[0]))
    return steps


# ---------------------------------------------------------------- AppTest


def apptest_runs(db_path: Path, repeat: int, timeout: float) -> dict[str, dict]:
    """Each page: one run with st.cache_data cleared (uncached) and `repeat` cached reruns."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["ASN_DB_PATH"] = str(db_path)
    quiet_streamlit()
    server_page_mode()
    results: dict[str, dict] = {}
    for page in PAGES:
        rel = f"pages/{page}.py"
        if not (ROOT / rel).exists():
            results[page] = {"skipped": f"{rel} does not exist yet"}
            say(f"  AppTest {page}: skipped, {rel} does not exist yet")
            continue
        try:
            at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
            if page != LANDING:
                at.run()  # switch_page needs one run first (st.navigation registers the pages)
                at.switch_page(rel)
            st.cache_data.clear()
            cold, _ = timed(at.run)
            problems = _apptest_problems(at)
            warm = []
            for _ in range(repeat):
                seconds, _ = timed(at.run)
                warm.append(seconds)
                problems = problems or _apptest_problems(at)
        except Exception as exc:  # e.g. a page not yet registered in dashboard.py
            results[page] = {"skipped": f"AppTest failed: {type(exc).__name__}: {exc}"[:160]}
            say(f"  AppTest {page}: {results[page]['skipped']}")
            continue
        results[page] = {"cold": cold, "warm": warm, "problems": problems}
        say(f"  AppTest {page}: uncached {ms(cold)} ms, cached median {ms(statistics.median(warm))} ms")
    return results


def quiet_streamlit() -> None:
    """AppTest runs outside a server log "missing ScriptRunContext" warnings many times a run."""
    import streamlit.logger

    streamlit.logger.set_log_level("error")


def server_page_mode() -> None:
    """Make AppTest runs go through ``dashboard.py`` the way a running server does.

    A ``pages/`` folder beside the entry script makes Streamlit start in its old
    file-based page mode until ``st.navigation`` is first called. A server leaves
    that mode once; AppTest re-enters it before every run, so a run after
    switch_page would run the page alone, which redirects through dashboard.py
    (ui.filters.current) and so counts two script runs. Same patch as the
    ``running_server_page_mode`` fixture in tests/test_pages.py.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if getattr(PagesManager, "_bench_patched", False):
        return
    original_init = PagesManager.__init__

    def init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init
    PagesManager._bench_patched = True


def _apptest_problems(at) -> str:
    if at.exception:
        return "exception: " + "; ".join(str(e.value)[:120] for e in at.exception)
    errors = [e.value for e in at.error]
    if errors:
        return "st.error: " + "; ".join(str(v)[:120] for v in errors)
    return ""


def first_start_apptest(db_path: Path, timeout: float) -> tuple[float, str]:
    """The first AppTest run of the landing page in this process: every cache cold."""
    from streamlit.testing.v1 import AppTest

    os.environ["ASN_DB_PATH"] = str(db_path)
    quiet_streamlit()
    server_page_mode()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    seconds, _ = timed(at.run)
    return seconds, _apptest_problems(at)


# ---------------------------------------------------------------- pandas


def read_raw(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    raw = _read_raw(con)
    # tuned as an analyst would: low-cardinality text as categories (paid once, in the read)
    raw["evaluations"]["period_type"] = raw["evaluations"]["period_type"].astype("category")
    return raw


def _read_raw(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    return {
        "evaluations": con.sql(
            "select nip, period_type, period_start, position_id, predikat, score, "
            "score_hasil_kerja, score_sikap, score_disiplin from performance_evaluations"
        ).df(),
        "employees": con.sql("select nip, employee_type, position_id, service_start from employees").df(),
        "positions": con.sql("select position_id, unit_id, jenis_jabatan from positions").df(),
        "units": con.sql("select unit_id, region_id from units").df(),
        "trainings": con.sql("select nip, end_date, jp from trainings").df(),
        "assessments": con.sql(
            "select nip, competency_id, assessed_on, level from competency_assessments"
        ).df(),
        "standards": con.sql(
            "select position_id, competency_id, required_level from competency_standards"
        ).df(),
        "settings": con.sql("select key, value from settings").df(),
    }


def _posts(raw: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return raw["positions"].merge(raw["units"], on="unit_id")


def _monthly(raw: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    """Monthly evaluations in the years, of employees on file, with the region of the post then
    held (else the current one). Lookups by Series.map, not merges of the 4-million-row frame."""
    ev = raw["evaluations"]
    year = ev["period_start"].dt.year
    ev = ev[(ev["period_type"] == "bulanan") & (year >= f.year_from) & (year <= f.year_to)]
    current = raw["employees"].set_index("nip")["position_id"]
    on_file = ev["nip"].isin(current.index)
    post = ev["position_id"].fillna(ev["nip"].map(current))
    region = post.map(_posts(raw).set_index("position_id")["region_id"])
    keep = on_file & region.isin(f.regions)
    return ev[keep].assign(region_id=region[keep])


def _quarter_start(dates: pd.Series) -> np.ndarray:
    """First day of each date's quarter, vectorised (Series.dt.to_period is ~10x slower)."""
    months = dates.to_numpy().astype("datetime64[M]").astype(np.int64)
    return (months - months % 3).astype("datetime64[M]").astype("datetime64[ns]")


def pd_kinerja_trend(raw: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    ev = _monthly(raw, f)
    ev["period"] = _quarter_start(ev["period_start"])
    ev["baik"] = (ev["predikat"] <= 2).astype(float)
    out = (
        ev.groupby(["region_id", "period"])
        .agg(
            evaluations=("nip", "size"),
            months=("period_start", "nunique"),
            share_baik=("baik", "mean"),
            mean_score=("score", "mean"),
            mean_hasil_kerja=("score_hasil_kerja", "mean"),
            mean_sikap=("score_sikap", "mean"),
            mean_disiplin=("score_disiplin", "mean"),
        )
        .reset_index()
    )
    # docs/metrics.md: employees = mean number of employees evaluated per month
    out["employees"] = out["evaluations"] / out.pop("months")
    return out


def pd_predikat_distribution(raw: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    ev = _monthly(raw, f)
    ev["period"] = _quarter_start(ev["period_start"])
    out = ev.groupby(["region_id", "period", "predikat"]).size().rename("evaluations").reset_index()
    out["share"] = out["evaluations"] / out.groupby(["region_id", "period"])["evaluations"].transform("sum")
    return out


def pd_jp_entitlement(raw: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    entitlement = float(raw["settings"].set_index("key").loc["jp_entitlement", "value"])
    staff = raw["employees"].merge(_posts(raw), on="position_id")
    staff = staff[(staff["employee_type"] == "PNS") & staff["region_id"].isin(f.regions)]
    years = pd.DataFrame({"year": range(f.year_from, f.year_to + 1)})
    sy = staff[["nip", "region_id", "service_start"]].merge(years, how="cross")
    sy = sy[sy["service_start"].dt.year <= sy["year"]]
    # appointed during the year: held to the entitlement pro-rated by months in service (the default)
    start = sy["service_start"].dt
    sy["months"] = np.where(start.year == sy["year"], 13 - start.month, 12)
    tr = raw["trainings"].assign(year=raw["trainings"]["end_date"].dt.year)
    tr = tr[tr["year"].between(f.year_from, f.year_to)]
    jp = tr.groupby(["nip", "year"], as_index=False)["jp"].sum()
    sy = sy.merge(jp, on=["nip", "year"], how="left")
    sy["jp"] = sy["jp"].fillna(0.0)
    sy["met"] = sy["jp"] >= entitlement * sy["months"] / 12
    out = (
        sy.groupby(["region_id", "year"])
        .agg(
            employees=("nip", "size"),
            mean_jp=("jp", "mean"),
            median_jp=("jp", "median"),
            met=("met", "sum"),
        )
        .reset_index()
    )
    out["share_met"] = out["met"] / out["employees"]
    return out


def pd_competency_coverage(raw: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    a = raw["assessments"]
    a = a[a["assessed_on"].dt.year <= f.year_to]
    latest = a.loc[
        a.groupby(["nip", "competency_id"])["assessed_on"].idxmax(), ["nip", "competency_id", "level"]
    ]
    staff = raw["employees"][["nip", "position_id"]].merge(_posts(raw), on="position_id")
    staff = staff[staff["region_id"].isin(f.regions)]
    gaps = staff.merge(raw["standards"], on="position_id").merge(latest, on=["nip", "competency_id"])
    gaps["meets"] = gaps["level"] >= gaps["required_level"]
    gaps["gap"] = gaps["level"] - gaps["required_level"]
    out = (
        gaps.groupby(["region_id", "competency_id"])
        .agg(assessed=("nip", "size"), meeting=("meets", "sum"), mean_gap=("gap", "mean"))
        .reset_index()
    )
    out["share_meeting"] = out["meeting"] / out["assessed"]
    return out


# ---------------------------------------------------------------- DuckDB over the raw tables

# The same four metrics as the pandas functions above, as DuckDB SQL over the raw tables
# (no mart): what DuckDB costs against tuned pandas on the same input. The dashboard's own
# functions read marts that refresh_derived precomputed at load; that is a different
# comparison (and a one-time cost, timed by time_mart_build).
_RAW_MONTHLY = """
    with ev as (
        select ev.*, coalesce(ev.position_id, e.position_id) as post
        from performance_evaluations ev join employees e using (nip)
        where ev.period_type = 'bulanan' and year(ev.period_start) between $year_from and $year_to
    )
    select ev.*, u.region_id
    from ev join positions p on p.position_id = ev.post join units u on u.unit_id = p.unit_id
    where list_contains($regions, u.region_id)
"""
RAW_SQL = {
    "kinerja_trend": f"""
        with m as ({_RAW_MONTHLY})
        select region_id, date_trunc('quarter', period_start)::date as period,
            count(*) as evaluations, count(*) / count(distinct period_start) as employees,
            avg(coalesce(predikat <= 2, false)::double) as share_baik, avg(score) as mean_score,
            avg(score_hasil_kerja) as mean_hasil_kerja, avg(score_sikap) as mean_sikap,
            avg(score_disiplin) as mean_disiplin
        from m group by all
    """,
    "predikat_distribution": f"""
        with m as ({_RAW_MONTHLY}),
        c as (
            select region_id, date_trunc('quarter', period_start)::date as period, predikat,
                count(*) as evaluations
            from m where predikat is not null group by all
        )
        select *, evaluations / sum(evaluations) over (partition by region_id, period) as share from c
    """,
    "jp_entitlement": """
        with staff as (
            select e.nip, u.region_id, e.service_start
            from employees e join positions p using (position_id) join units u on u.unit_id = p.unit_id
            where e.employee_type = 'PNS' and list_contains($regions, u.region_id)
        ),
        sy as (
            select s.nip, s.region_id, y.year,
                case when year(s.service_start) = y.year then 13 - month(s.service_start) else 12 end as months
            from staff s cross join (select range::integer as year from range($year_from, $year_to + 1)) y
            where year(s.service_start) <= y.year
        ),
        jp as (
            select nip, year(end_date) as year, sum(jp) as jp from trainings
            where year(end_date) between $year_from and $year_to group by all
        ),
        j as (
            select sy.region_id, sy.year, coalesce(jp.jp, 0.0) as jp,
                coalesce(jp.jp, 0.0)
                    >= (select value::double from settings where key = 'jp_entitlement') * sy.months / 12 as met
            from sy left join jp using (nip, year)
        )
        select region_id, year, count(*) as employees, avg(jp) as mean_jp, median(jp) as median_jp,
            count_if(met) as met, count_if(met) / count(*) as share_met
        from j group by all
    """,
    "competency_coverage": """
        with latest as (
            select nip, competency_id, arg_max(level, assessed_on) as level
            from competency_assessments where year(assessed_on) <= $year_to group by all
        ),
        gaps as (
            select u.region_id, s.competency_id, l.level >= s.required_level as meets,
                l.level - s.required_level as gap
            from employees e join positions p using (position_id) join units u on u.unit_id = p.unit_id
            join competency_standards s on s.position_id = e.position_id
            join latest l on l.nip = e.nip and l.competency_id = s.competency_id
            where list_contains($regions, u.region_id)
        )
        select region_id, competency_id, count(*) as assessed, count_if(meets) as meeting,
            count_if(meets) / count(*) as share_meeting, avg(gap) as mean_gap
        from gaps group by all
    """,
}


def raw_duckdb(name: str) -> Callable:
    def run_raw(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
        params = {"regions": list(f.regions), "year_from": f.year_from, "year_to": f.year_to}
        sql = RAW_SQL[name]
        return con.execute(sql, {k: v for k, v in params.items() if f"${k}" in sql}).df()

    run_raw.__name__ = f"raw_{name}"
    return run_raw


def time_mart_build(con: duckdb.DuckDBPyConnection) -> float:
    """refresh_derived (every mart, rebuilt from the raw tables, as after each load), timed
    inside a transaction that is rolled back: the database is left as it was."""
    from analytics.db import refresh_derived

    con.execute("begin transaction")
    try:
        seconds, _ = timed(refresh_derived, con)
    finally:
        con.execute("rollback")
    return seconds


# name, pandas function, DuckDB function and options, key columns, value columns
PANDAS_METRICS = [
    (
        "kinerja_trend (monthly regions x quarter)",
        pd_kinerja_trend,
        kinerja.kinerja_trend,
        {"grain": "quarter"},
        ["region_id", "period"],
        [
            "evaluations",
            "employees",
            "share_baik",
            "mean_score",
            "mean_hasil_kerja",
            "mean_sikap",
            "mean_disiplin",
        ],
    ),
    (
        "predikat_distribution (monthly regions x quarter)",
        pd_predikat_distribution,
        kinerja.predikat_distribution,
        {"grain": "quarter"},
        ["region_id", "period", "predikat"],
        ["evaluations", "share"],
    ),
    (
        "jp_entitlement (region x year)",
        pd_jp_entitlement,
        training.jp_entitlement,
        {},
        ["region_id", "year"],
        ["employees", "mean_jp", "median_jp", "met", "share_met"],
    ),
    (
        "competency_coverage (region x competency)",
        pd_competency_coverage,
        competency.competency_coverage,
        {},
        ["region_id", "competency_id"],
        ["assessed", "meeting", "share_meeting", "mean_gap"],
    ),
]


def compare(pdf: pd.DataFrame, ddf: pd.DataFrame, keys: list[str], values: list[str]) -> tuple[bool, str]:
    """Same keys, and every value equal to 1e-9 (relative) or both missing."""
    a = pdf[keys + values].copy()
    b = ddf[keys + values].copy()
    for df in (a, b):
        for k in keys:
            if k == "period":
                df[k] = pd.to_datetime(df[k]).dt.normalize()
            elif pd.api.types.is_numeric_dtype(df[k]):
                df[k] = df[k].astype("int64")
            else:
                df[k] = df[k].astype(str)
    merged = a.merge(b, on=keys, how="outer", suffixes=("_pd", "_db"), indicator=True)
    only = merged[merged["_merge"] != "both"]
    if len(only):
        return False, f"{len(only)} keys in only one result (pandas {len(a)} rows, DuckDB {len(b)} rows)"
    worst = 0.0
    for v in values:
        x = merged[f"{v}_pd"].astype(float).to_numpy()
        y = merged[f"{v}_db"].astype(float).to_numpy()
        if not np.allclose(x, y, rtol=1e-9, atol=1e-9, equal_nan=True):
            bad = ~np.isclose(x, y, rtol=1e-9, atol=1e-9, equal_nan=True)
            return False, f"{v}: {bad.sum()} of {len(x)} differ (max |diff| {np.nanmax(np.abs(x - y)):.3g})"
        diff = np.abs(x - y)
        if np.isfinite(diff).any():
            worst = max(worst, float(np.nanmax(diff)))
    return True, f"{len(merged)} rows, max |diff| {worst:.1e}"


def compare_pandas(
    con: duckdb.DuckDBPyConnection, base: Filters, repeat: int, failures: list[str]
) -> tuple[list[list[str]], list[tuple[str, float]]]:
    """pandas from the raw tables, DuckDB SQL over the same raw tables, and the dashboard's
    function over the marts; each pair checked to agree. Returns the table rows and the
    one-time costs (reading the raw tables into pandas, building the marts)."""
    # every region named: the dashboard's empty tuple means all, pandas' isin(()) means none
    f_all = Filters(
        regions=tuple(meta.region_options(con)["region_id"]), year_from=base.year_from, year_to=base.year_to
    )
    # the kinerja metrics here read monthly evaluations; the dashboard's take each region's
    # finest period type, so they are compared on the regions evaluated monthly
    monthly = con.execute(
        "select distinct u.region_id from performance_evaluations ev join employees e using (nip) "
        "join positions p on p.position_id = coalesce(ev.position_id, e.position_id) "
        "join units u on u.unit_id = p.unit_id "
        "where ev.period_type = 'bulanan' and year(ev.period_start) between $a and $b order by 1",
        {"a": base.year_from, "b": base.year_to},
    ).fetchall()
    f_monthly = Filters(regions=tuple(r for (r,) in monthly), year_from=base.year_from, year_to=base.year_to)
    read_s, raw = timed(read_raw, con)
    raw_rows = sum(len(df) for df in raw.values())
    rows = []
    for name, pd_fn, db_fn, opts, keys, values in PANDAS_METRICS:
        raw_fn = raw_duckdb(db_fn.__name__)
        f = f_monthly if db_fn in (kinerja.kinerja_trend, kinerja.predikat_distribution) else f_all
        pd_times, raw_times, mart_times = [], [], []
        for _ in range(repeat):
            s, pdf = timed(pd_fn, raw, f)
            pd_times.append(s)
            s, rdf = timed(raw_fn, con, f)
            raw_times.append(s)
            s, mdf = timed(db_fn, con, f, **opts)
            mart_times.append(s)
        details = []
        agree = True
        for other, odf in (("DuckDB raw", rdf), ("marts", mdf)):
            ok, detail = compare(pdf, odf, keys, values)
            agree = agree and ok
            details.append(f"{other}: {detail}")
            if not ok:
                failures.append(f"pandas and {other} disagree on {name}: {detail}")
        p, r, m = (statistics.median(t) for t in (pd_times, raw_times, mart_times))
        rows.append(
            [name, ms(p), ms(r), ms(m), f"{p / r:.1f}x", f"{p / m:.1f}x", f"{r / m:.1f}x",
             "yes" if agree else "NO", "; ".join(details)]
        )  # fmt: skip
    one_time = [
        (f"read the raw tables into pandas ({raw_rows:,} rows)", read_s),
        ("build the marts (refresh_derived, all of them; rolled back)", time_mart_build(con)),
    ]
    return rows, one_time


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="demo scale (1.0 = real size)")
    ap.add_argument("--db", type=Path, help="use this database instead of building the demo")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median reported)")
    ap.add_argument("--seed", type=int, default=None, help="demo seed (default: the builder's)")
    ap.add_argument("--timeout", type=float, default=600.0, help="AppTest timeout per run, seconds")
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=("first-start", "analytics", "report", "apptest", "pandas"),
        help="leave a part out (repeatable)",
    )
    ap.add_argument(
        "--import-rows",
        type=int,
        default=5_000_000,
        help="rows of the import benchmark's evaluations CSV (bench/import_bench.py); 0 skips it",
    )
    args = ap.parse_args(argv)
    repeat = max(1, args.repeat)
    os.chdir(ROOT)
    failures: list[str] = []

    import platform

    say(
        f"ASN dashboard benchmark — Python {platform.python_version()}, duckdb {duckdb.__version__}, "
        f"pandas {pd.__version__}, {os.cpu_count()} CPUs, repeat {repeat}"
    )

    with tempfile.TemporaryDirectory(prefix="asn-bench-") as tmp:
        # ---- demo build
        build_s: float | None = None
        stats: dict = {}
        if args.db:
            # not resolve(): a database path is a link to its current snapshot, and the app
            # publishes a new one beside it (a resolved path named snapshots after snapshots)
            db_path = args.db.absolute()
            if not db_path.exists():
                say(f"--db {db_path} does not exist")
                return 1
            say(f"\nUsing {db_path} (no demo build timed)")
        else:
            db_path = Path(tmp) / "asn.duckdb"
            say(f"\nBuilding the demo at scale {args.scale} into {db_path}")
            try:
                build_s, stats = build(db_path, args.scale, args.seed)
            except ImportError as exc:
                say(f"data.demo is not available yet ({exc}); pass --db PATH")
                return 1
        size_mb = db_path.stat().st_size / 1e6

        # ---- first start: demo build + first (cold) AppTest run of the landing page
        build_load = load_note()
        first_s, first_problem = None, ""
        if "first-start" in args.skip:
            pass
        elif (ROOT / "pages" / f"{LANDING}.py").exists():
            say("First AppTest run of the landing page (every cache cold)…")
            first_s, first_problem = first_start_apptest(db_path, args.timeout)
            build_load += f"; first start: {load_note()}"
            if first_problem:
                failures.append(f"landing page: {first_problem}")
        else:
            say(f"pages/{LANDING}.py does not exist yet: first start not measured")

        # The pages' calls are recorded first: AppTest reads the file read-only (the app's
        # snapshot connections) and DuckDB refuses a read-write one in the same process.
        page_calls: PageCalls = {}
        if "analytics" not in args.skip:
            say("Recording each page's analytics calls (AppTest, default filters)…")
            page_calls = record_page_calls(db_path, args.timeout)
            release_app_connections()
        con = connect(db_path)
        counts = row_counts(con)
        base = default_filters(con)
        narrow, narrow_name = one_region_unit_filters(con, base)
        filter_sets = [
            (base, "default", f"all regions, {base.year_from}-{base.year_to}"),
            (narrow, "1 region + unit", narrow_name),
        ]

        # ---- analytics per page, uncached
        page_timings: list[PageTiming] = []
        sidebar: dict[str, list[float]] = {}
        loads: dict[str, str] = {}
        if "analytics" not in args.skip:
            say("Timing each page's analytics calls…")
            for f, fname, _ in filter_sets:
                sidebar[fname] = time_sidebar(con, f, repeat)
                for page in PAGES:
                    page_timings.append(time_page_analytics(con, page_calls[page], page, f, fname, repeat))
            loads["analytics"] = load_note()

        # ---- the full report export (presentation view), default filters
        report_steps: list[tuple[str, float]] = []
        if "report" not in args.skip:
            say("Report export…")
            report_steps = time_report(con, base)
            loads["report"] = load_note()

        # ---- AppTest per page
        apptest: dict[str, dict] = {}
        if "apptest" not in args.skip:
            say("AppTest runs per page…")
            con.close()  # the app opens the file read-only (see above)
            apptest = apptest_runs(db_path, repeat, args.timeout)
            loads["apptest"] = load_note()
            release_app_connections()
            con = connect(db_path)

        # ---- pandas against the marts and against DuckDB over the raw tables (all regions)
        pandas_rows: list[list[str]] = []
        if "pandas" not in args.skip:
            say("pandas comparison…")
            pandas_rows, one_time = compare_pandas(con, base, repeat, failures)
            loads["pandas"] = load_note()
        con.close()

    # ---------------------------------------------------------------- report
    print("\n" + "=" * 100)
    print(
        f"RESULTS  (scale {stats.get('scale', args.scale) if not args.db else 'n/a'}, "
        f"repeat {repeat}, times in ms unless marked)"
    )
    print("=" * 100)

    rows = []
    if build_s is not None:
        rows.append(["demo build (measured here)", f"{build_s:.1f} s", ""])
        for k, v in stats.items():
            if k not in ("rows", "path"):  # row counts are below
                rows.append([f"  build_demo() reports: {k}", str(v), ""])
    rows.append(["database file size", f"{size_mb:,.1f} MB", ""])
    if first_s is not None:
        rows.append(["first AppTest run of landing page (cold)", f"{first_s:.2f} s", ""])
        if build_s is not None:
            total = build_s + first_s
            rows.append(
                [
                    "FIRST START = demo build + first landing run",
                    f"{total:.1f} s",
                    f"target <= {FIRST_START_TARGET_S:.0f} s: {status(total <= FIRST_START_TARGET_S)}",
                ]
            )
    print_table(f"Demo database ({build_load})", ["what", "value", "target"], rows)

    print_table("Row counts", ["table", "rows"], [[t, f"{n:,}"] for t, n in counts])

    print("\nFilters:")
    for _, fname, desc in filter_sets:
        print(f"  {fname:16} {desc}")

    rows = []
    for pt in page_timings if page_timings else []:
        slow_name, slow_s = pt.slowest_call()
        rows.append(
            [
                pt.page,
                pt.filter_name,
                str(len(pt.calls)),
                ms(pt.median),
                ms(max(pt.runs)),
                f"{slow_name} {ms(slow_s)}",
                status(pt.median * 1000 <= PAGE_TARGET_MS),
            ]
        )
    for fname, runs in sidebar.items():
        rows.append(["(sidebar, every page)", fname, "4", ms(statistics.median(runs)), ms(max(runs)), "", ""])
    if page_timings:
        print_table(
            f"Page analytics, uncached (direct calls; median of {repeat}; target <= {PAGE_TARGET_MS:.0f} ms "
            f"per page; {loads['analytics']})",
            ["page", "filters", "calls", "median", "max run", "slowest single call (max)", "status"],
            rows,
        )
        rows = []
        for pt in page_timings:
            for name, times in pt.calls.items():
                rows.append([pt.page, name, pt.filter_name, ms(statistics.median(times)), ms(max(times))])
        print_table("Each analytics function", ["page", "function", "filters", "median", "max"], rows)

    rows = []
    for page in PAGES if apptest else []:
        r = apptest.get(page, {"skipped": "not run"})
        if "skipped" in r:
            rows.append([page, "skipped", "", r["skipped"]])
            if r["skipped"].startswith("AppTest failed"):
                failures.append(f"AppTest {page}: {r['skipped']}")
            continue
        if r["problems"]:
            failures.append(f"AppTest {page}: {r['problems']}")
        rows.append([page, ms(r["cold"]), ms(statistics.median(r["warm"])), r["problems"] or "no exception"])
    if apptest:
        print_table(
            "AppTest run per page (dashboard.py + page; uncached = st.cache_data cleared before the run; "
            f"{loads['apptest']})",
            ["page", "uncached", f"cached (median of {repeat})", "result"],
            rows,
        )

    if pandas_rows:
        print_table(
            f"The same four metrics three ways, all regions, {base.year_from}-{base.year_to}, median of {repeat} "
            f"({loads['pandas']}). pandas: from the raw tables already in memory; DuckDB raw: SQL over the "
            "raw tables; marts: the dashboard's function, reading marts built at load",
            [
                "metric",
                "pandas",
                "DuckDB raw",
                "marts",
                "pandas/raw",
                "pandas/marts",
                "raw/marts",
                "agree",
                "detail",
            ],
            pandas_rows,
        )
        print_table(
            "One-time costs beside them (paid once per load, not per view)",
            ["what", "ms"],
            [[what, ms(s)] for what, s in one_time],
        )

    if report_steps:
        total = sum(s for _, s in report_steps)
        print_table(
            f"Report export, default filters (target <= {REPORT_TARGET_S:.0f} s in all; {loads['report']})",
            ["step", "seconds"],
            [[name, f"{s:.2f}"] for name, s in report_steps]
            + [[f"ALL ({status(total <= REPORT_TARGET_S)})", f"{total:.2f}"]],
        )

    if args.import_rows:
        from bench.import_bench import run as import_run

        say(f"import benchmark: {args.import_rows:,} evaluation rows")
        rows = import_run(args.import_rows, repeat)
        print_table(
            "Import of an evaluations CSV (bench/import_bench.py; median of "
            f"{repeat}; wanted: load incl. validation at >= 0.5 x the speed of raw read_csv; {load_note()})",
            ["what", "seconds", "rows/s", "speed vs raw"],
            rows,
        )

    if failures:
        print("\nFAILURES:")
        for f in failures:
            print(f"  - {f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

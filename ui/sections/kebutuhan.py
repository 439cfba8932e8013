"""The Kebutuhan pegawai page's drawing: headcount against the ABK need per region, the
posts most short and over, retirements per year; the tables (per region, unit, post and
the retirements per unit) folded away with their downloads."""

from __future__ import annotations

import streamlit as st

from analytics import staffing
from reporting import fmt
from reporting.charts import staffing as charts
from reporting.charts import talent as pt
from ui import components as ui
from ui.i18n import t

TOP_POSTS = 25  # posts each way in the tables


def _columns(specs) -> list[ui.Column]:
    return [(c, t(h), k) for c, h, k in specs]


def numbers(label_key: str, **values):
    return st.expander(t(label_key, **values), icon=":material/table:")


STAFFING = [("posts", "col.posts", "int"), ("staffing_need", "col.staffing_need", "int"),
            ("headcount", "col.headcount", "int"), ("gap", "col.gap", "int"),
            ("fill_rate", "col.fill_rate", "pct"), ("posts_under", "col.posts_under", "int")]  # fmt: skip


def regions(df, fname: str) -> None:
    """Headcount / need per region, and the table per region."""
    ui.section(t("kebutuhan.region.q"), t("kebutuhan.region.c"))
    if not ui.has_rows(df):
        return
    ui.chart(ui.figure(charts.fill_dots, df), key="fill_rate", data=df)
    without = ui.shown_values(df, "posts_without_need")
    if without is not None and without.sum():
        st.caption(t("kebutuhan.without_need", posts=fmt.integer(without.sum())))
    with numbers("kebutuhan.more.region"):
        cols = [("region_id", "col.region", "region"), *STAFFING, ("posts_balanced", "col.posts_balanced", "int"),
                ("posts_over", "col.posts_over", "int")]  # fmt: skip
        ui.table(df, _columns(cols), filename=f"kebutuhan_wilayah_{fname}", key="region")


def posts(by_post, by_unit, fname: str) -> None:
    """The posts most short and over (chart), the tables of both and of every unit."""
    ui.section(
        t("kebutuhan.posts.q"), t("kebutuhan.posts.c", under=charts.POSTS_UNDER, over=charts.POSTS_OVER)
    )
    if not ui.has_rows(by_post):
        return
    ui.chart(ui.figure(charts.post_gaps, by_post), key="post_gaps", data=by_post)
    cols = [("rank", "col.rank", "int"), ("region_id", "col.region", "region"), ("unit_name", "col.unit", "text"),
            ("position_name", "col.position", "text"), ("level", "col.level", "text"),
            ("staffing_need", "col.staffing_need", "int"), ("headcount", "col.headcount", "int"),
            ("gap", "col.gap", "int")]  # fmt: skip
    for direction in ("under", "over"):
        # a post held by fewer than 5: no rank, need or gap for viewers; it is listed last
        with numbers(f"kebutuhan.more.{direction}", n=TOP_POSTS):
            ui.section(t(f"kebutuhan.{direction}.q"), t(f"kebutuhan.{direction}.c", n=TOP_POSTS))
            rows = pt.rows_where(by_post, "direction", direction)
            if rows is not None and rows.empty:
                st.caption(t("kebutuhan.none"))
                continue
            ui.table(
                rows,
                _columns(cols),
                filename=f"kebutuhan_jabatan_{direction}_{fname}",
                key=f"post_{direction}",
            )
    with numbers("kebutuhan.more.unit"):
        ui.section(t("kebutuhan.unit.q"), t("kebutuhan.unit.c"))
        cols = [("region_id", "col.region", "region"), ("unit_name", "col.unit", "text"), *STAFFING,
                ("posts_over", "col.posts_over", "int")]  # fmt: skip
        ui.table(by_unit, _columns(cols), filename=f"kebutuhan_unit_{fname}", key="unit", height=420)


def horizon() -> int:
    """The years ahead the retirements count (1-5; in the URL as ?pensiun=)."""
    st.divider()
    return st.segmented_control(
        t("kebutuhan.horizon"), options=list(staffing.HORIZONS), default=max(staffing.HORIZONS), format_func=str,
        key="pensiun", required=True, bind="query-params",
    )  # fmt: skip


def retirements(by_year, by_unit, h: int, fname: str) -> None:
    """Employees reaching BUP per year (by BUP), and the tables per year and per unit."""
    st.caption(t("kebutuhan.horizon.help", as_of=pt.date_label(pt.first_value(by_unit, "as_of_date"))))
    ui.section(t("kebutuhan.retire.q", h=h), t("kebutuhan.retire.c"))
    if ui.has_rows(by_year):
        data = pt.with_retirement_labels(by_year)
        ui.chart(ui.figure(_retirements_chart, data), key="retire_year", data=by_year)
        with numbers("kebutuhan.more.retire_year"):
            cols = [("region_id", "col.region", "region"), ("year", "col.year", "year"), ("bup", "col.bup", "text"),
                    ("retiring", "col.retiring_n", "int")]  # fmt: skip
            ui.table(
                data, _columns(cols), filename=f"kebutuhan_pensiun_per_tahun_{h}th_{fname}", key="retire_year"
            )
    with numbers("kebutuhan.more.retire_unit"):
        ui.section(t("kebutuhan.retire.unit.q", h=h), t("kebutuhan.retire.unit.c"))
        cols = [("region_id", "col.region", "region"), ("unit_name", "col.unit", "text"),
                ("employees", "col.employees", "int"), ("retiring", "col.retiring_n", "int"),
                ("share_retiring", "col.share_retiring", "pct"), ("retiring_bup58", "col.retiring_bup58", "int"),
                ("retiring_bup60", "col.retiring_bup60", "int"),
                ("retiring_bup65", "col.retiring_bup65", "int")]  # fmt: skip
        ui.table(by_unit, _columns(cols), filename=f"kebutuhan_pensiun_unit_{h}th_{fname}", key="retire_unit",
                 height=420)  # fmt: skip


def _retirements_chart(data):
    """Employees reaching BUP per year, stacked by BUP (built once per input: ui.figure)."""
    return ui.sum_bars(
        data, x="year_label", y="retiring", color="bup", x_label=t("col.year"), y_label=t("col.retiring_n"),
        color_label=t("col.bup"), x_order=sorted(data["year_label"].unique()),
    )  # fmt: skip

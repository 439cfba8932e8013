"""Kebutuhan pegawai: staffing need from workload analysis (ABK) against actual
headcount per region, unit and post, and retirements due by BUP in the next
1-5 years."""

from __future__ import annotations

import streamlit as st

from analytics import staffing
from reporting import fmt, regions
from reporting.charts import talent as pt
from ui import components as ui
from ui.filters import current
from ui.i18n import t

TOP_POSTS = 25

filters = current(__file__)
st.title(t("kebutuhan.title"))
st.caption(t("kebutuhan.intro"))
fname = regions.file_label(filters.regions)

# ---------------------------------------------------------------- need vs headcount per region
ui.section(t("kebutuhan.region.q"), t("kebutuhan.region.c"))
# Viewers (ui.get, by each metric's spec): a headcount or a number retiring of fewer than
# 5 employees shows "<5", and the gap and fill rate that would give it back "x"; a unit's
# rows add up to its region's (the table above), so another unit is hidden with a small one.
by_region = ui.get(staffing.staffing_by_region, filters)
if ui.has_rows(by_region):
    fig = ui.bar_by_region(
        by_region,
        x="region",
        y="fill_rate",
        x_label=t("col.region"),
        y_label=t("col.fill_rate"),
        percent=True,
        height=300,
    )
    ui.chart(ui.reference_line(fig, 1), key="fill_rate", data=by_region)
    ui.table(
        by_region,
        [
            ("region_id", t("col.region"), "region"),
            ("posts", t("col.posts"), "int"),
            ("staffing_need", t("col.staffing_need"), "int"),
            ("headcount", t("col.headcount"), "int"),
            ("gap", t("col.gap"), "int"),
            ("fill_rate", t("col.fill_rate"), "pct"),
            ("posts_under", t("col.posts_under"), "int"),
            ("posts_balanced", t("col.posts_balanced"), "int"),
            ("posts_over", t("col.posts_over"), "int"),
        ],
        filename=f"kebutuhan_wilayah_{fname}",
        key="region",
    )
    without = ui.shown_values(by_region, "posts_without_need")
    if without is not None and without.sum():
        st.caption(t("kebutuhan.without_need", posts=fmt.integer(without.sum())))

# ---------------------------------------------------------------- per unit
ui.section(t("kebutuhan.unit.q"), t("kebutuhan.unit.c"))
ui.table(
    ui.get(staffing.staffing_by_unit, filters),
    [
        ("region_id", t("col.region"), "region"),
        ("unit_name", t("col.unit"), "text"),
        ("posts", t("col.posts"), "int"),
        ("staffing_need", t("col.staffing_need"), "int"),
        ("headcount", t("col.headcount"), "int"),
        ("gap", t("col.gap"), "int"),
        ("fill_rate", t("col.fill_rate"), "pct"),
        ("posts_under", t("col.posts_under"), "int"),
        ("posts_over", t("col.posts_over"), "int"),
    ],
    filename=f"kebutuhan_unit_{fname}",
    key="unit",
    height=420,
)

# ---------------------------------------------------------------- posts ranked both ways
# A post held by fewer than 5: no rank, need or gap for viewers (a place in the ranking
# with the need would bound the headcount); it is listed last.
by_post = ui.get(staffing.staffing_by_post, filters, n=TOP_POSTS)
post_columns = [
    ("rank", t("col.rank"), "int"),
    ("region_id", t("col.region"), "region"),
    ("unit_name", t("col.unit"), "text"),
    ("position_name", t("col.position"), "text"),
    ("level", t("col.level"), "text"),
    ("staffing_need", t("col.staffing_need"), "int"),
    ("headcount", t("col.headcount"), "int"),
    ("gap", t("col.gap"), "int"),
]
for direction in ("under", "over"):
    ui.section(t(f"kebutuhan.{direction}.q"), t(f"kebutuhan.{direction}.c", n=TOP_POSTS))
    posts = pt.rows_where(by_post, "direction", direction)
    if posts is not None and posts.empty and not by_post.empty:
        st.caption(t("kebutuhan.none"))
        continue
    ui.table(posts, post_columns, filename=f"kebutuhan_jabatan_{direction}_{fname}", key=f"post_{direction}")

# ---------------------------------------------------------------- retirements by BUP
st.divider()
horizon = st.segmented_control(
    t("kebutuhan.horizon"),
    options=list(staffing.HORIZONS),
    default=max(staffing.HORIZONS),
    format_func=str,
    key="pensiun",
    required=True,
    bind="query-params",
)
retire_units = ui.get(staffing.retirements_by_unit, filters, horizon=horizon)
as_of = pt.date_label(pt.first_value(retire_units, "as_of_date"))
st.caption(t("kebutuhan.horizon.help", as_of=as_of))

ui.section(t("kebutuhan.retire.q", h=horizon), t("kebutuhan.retire.c"))
by_year = ui.get(staffing.retirements_by_year, filters, horizon=horizon)
if ui.has_rows(by_year):
    data = pt.with_retirement_labels(by_year)
    fig = ui.sum_bars(
        data,
        x="year_label",
        y="retiring",
        color="bup",
        x_label=t("col.year"),
        y_label=t("col.retiring_n"),
        color_label=t("col.bup"),
        x_order=sorted(data["year_label"].unique()),
    )
    ui.chart(fig, key="retire_year", data=by_year)
    ui.table(
        data,
        [
            ("region_id", t("col.region"), "region"),
            ("year", t("col.year"), "year"),
            ("bup", t("col.bup"), "text"),
            ("retiring", t("col.retiring_n"), "int"),
        ],
        filename=f"kebutuhan_pensiun_per_tahun_{horizon}th_{fname}",
        key="retire_year",
    )

ui.section(t("kebutuhan.retire.unit.q", h=horizon), t("kebutuhan.retire.unit.c"))
ui.table(
    retire_units,
    [
        ("region_id", t("col.region"), "region"),
        ("unit_name", t("col.unit"), "text"),
        ("employees", t("col.employees"), "int"),
        ("retiring", t("col.retiring_n"), "int"),
        ("share_retiring", t("col.share_retiring"), "pct"),
        ("retiring_bup58", t("col.retiring_bup58"), "int"),
        ("retiring_bup60", t("col.retiring_bup60"), "int"),
        ("retiring_bup65", t("col.retiring_bup65"), "int"),
    ],
    filename=f"kebutuhan_pensiun_unit_{horizon}th_{fname}",
    key="retire_unit",
    height=420,
)

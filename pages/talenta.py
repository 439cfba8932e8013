"""Talenta: the 9-box of kinerja x potensi (PermenPANRB 3/2020) per region with
configurable cut-offs, and the succession pool against structural posts that
are vacant or fall vacant through retirement."""

from __future__ import annotations

import streamlit as st

from analytics import privacy, talent
from reporting import fmt
from reporting.charts import talent as pt
from reporting.regions import ordered as ordered_regions
from ui import components as ui
from ui.filters import current
from ui.i18n import t

GRID_WIDTH = 380  # pixels, the narrowest a region's 9-box gets (two a row on a 1280 px laptop)
CARD_WIDTH = 170  # pixels, the narrowest a region's column of succession cards gets

filters = current(__file__)
st.title(t("talenta.title"))
st.caption(t("talenta.intro", y0=filters.year_from, y1=filters.year_to))
fname = f"{filters.year_from}-{filters.year_to}"

# ---------------------------------------------------------------- cut-offs (bound to the URL)
low_col, high_col = ui.side_by_side(2, min_width=300)
with low_col:
    cut_low = st.number_input(
        t("talenta.cut_low"),
        min_value=1,
        max_value=98,
        value=int(talent.DEFAULT_CUT_LOW),
        step=1,
        key="batas_bawah",
        help=t("talenta.cut.help"),
        bind="query-params",
    )
with high_col:
    cut_high = st.number_input(
        t("talenta.cut_high"),
        min_value=2,
        max_value=99,
        value=int(talent.DEFAULT_CUT_HIGH),
        step=1,
        key="batas_atas",
        help=t("talenta.cut.help"),
        bind="query-params",
    )
st.info(t("talenta.cut.convention"), icon=":material/rule:")
if cut_low >= cut_high:
    st.warning(t("talenta.cut.invalid"), icon=":material/warning:")
    cut_low, cut_high = talent.DEFAULT_CUT_LOW, talent.DEFAULT_CUT_HIGH
cuts = {"cut_low": float(cut_low), "cut_high": float(cut_high)}

# ---------------------------------------------------------------- the grid, one per region
ui.section(t("talenta.grid.q"), t("talenta.grid.c"))
# Viewers (ui.get, by the metric's spec): a box of fewer than 5 employees shows "<5" and
# no share, and another box of the region is hidden with it where the shares (adding up to
# 100 %) and the number assessed would give it back; a pool or retirements of fewer than 5 too.
grid = ui.get(talent.talent_grid, filters, **cuts)
if ui.has_rows(grid):
    regions = ordered_regions(grid["region_id"])
    # one 9-box per region, at most three a row, the rows evenly filled (four: two by two)
    lines = ui.heading_lines(regions, min_width=GRID_WIDTH, per_row=3)
    for cell, region_id in zip(
        ui.region_cells(regions, min_width=GRID_WIDTH, per_row=3), regions, strict=True
    ):
        with cell:
            rows = pt.rows_where(grid, "region_id", region_id)
            ui.region_heading(region_id, lines=lines)
            assessed = ui.cell(grid, rows.index[0], "assessed", fmt.integer)
            # employees whose kinerja came from the score fallback (a small number shows "<5")
            by_score = int(rows["by_score"].iloc[0])
            k = privacy.min_group_size()
            shown = privacy.marker(k) if by_score < k and not ui.sees_everything() else fmt.integer(by_score)
            st.caption(
                t("talenta.grid.assessed", n=assessed)
                + (f"; {t('talenta.grid.by_score', n=shown)}" if by_score else "")
            )
            ui.chart(pt.nine_box_chart(rows), key=f"grid_{region_id}", data=rows)

    ui.section(t("talenta.rec.q"), t("talenta.rec.c"))
    ui.table(
        pt.with_box_labels(grid),
        [
            ("region_id", t("col.region"), "region"),
            ("box", t("col.box"), "int"),
            ("kinerja", t("col.kinerja_level"), "text"),
            ("potensi", t("col.potensi_level"), "text"),
            ("employees", t("col.employees"), "int"),
            ("share", t("col.share_assessed"), "pct"),
            ("recommendation", t("col.recommendation"), "text"),
        ],
        filename=f"talenta_9box_{int(cut_low)}-{int(cut_high)}_{fname}",
        key="grid",
        height=420,
    )

# ---------------------------------------------------------------- succession


by_region = ui.get(talent.succession_by_region, filters, **cuts)
as_of = pt.date_label(pt.first_value(by_region, "as_of_date"))
st.divider()
ui.section(t("talenta.succ.q"), t("talenta.succ.c", as_of=as_of))
if ui.has_rows(by_region):
    regions = ordered_regions(by_region["region_id"])
    lines = ui.heading_lines(regions, min_width=CARD_WIDTH)
    for cell, region_id in zip(ui.region_cells(regions, min_width=CARD_WIDTH), regions, strict=True):
        i = pt.rows_where(by_region, "region_id", region_id).index[0]
        with cell:
            ui.region_heading(region_id, lines=lines)
            ui.kpi(t("kpi.pool"), ui.cell(by_region, i, "pool", fmt.integer))
            ui.kpi(
                t("kpi.posts_to_fill"),
                ui.cell(by_region, i, "posts_to_fill", fmt.integer),
                help=t(
                    "kpi.posts_to_fill.help",
                    vacant=ui.cell(by_region, i, "vacant", fmt.integer),
                    retiring=ui.cell(by_region, i, "retiring", fmt.integer),
                ),
            )
            ui.kpi(t("kpi.pool_per_post"), ui.cell(by_region, i, "pool_per_post", lambda v: fmt.number(v, 1)))

succession_columns = [
    ("pool", t("col.pool"), "int"),
    ("structural_posts", t("col.structural_posts"), "int"),
    ("vacant", t("col.vacant"), "int"),
    ("retiring", t("col.retiring"), "int"),
    ("posts_to_fill", t("col.posts_to_fill"), "int"),
    ("pool_per_post", t("col.pool_per_post"), "num1"),
]
if by_region is not None and not by_region.empty:
    ui.table(
        by_region,
        [("region_id", t("col.region"), "region"), *succession_columns],
        filename=f"talenta_suksesi_wilayah_{fname}",
        key="succ_region",
    )

ui.section(t("talenta.succ.unit.q"), t("talenta.succ.unit.c"))
ui.table(
    # the units add up to the regions above
    ui.get(talent.succession_by_unit, filters, **cuts),
    [("region_id", t("col.region"), "region"), ("unit_name", t("col.unit"), "text"), *succession_columns],
    filename=f"talenta_suksesi_unit_{fname}",
    key="succ_unit",
    height=420,
)

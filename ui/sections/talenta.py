"""The sections of the Talenta page (``pages/talenta.py``): the potential cut-offs, the
succession pool per post to fill, one 9-box per region, and the full tables folded away
with their downloads. The answer in words comes from :mod:`reporting.findings.talent`."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import privacy, talent
from reporting import fmt
from reporting.charts import talent as pt
from reporting.findings import talent as findings
from reporting.regions import ordered as ordered_regions
from ui import components as ui
from ui.i18n import t

GRID_WIDTH = 380  # pixels, the narrowest a region's 9-box gets (two a row on a 1280 px laptop)
GRID_HEIGHT = 360  # pixels of a region's 9-box on screen
GRIDS_APART = 4  # regions up to which each gets a 9-box of its own; more share one figure
SMALL_GRID_HEIGHT = 300  # pixels a row of small 9-boxes takes
CARD_WIDTH = 170  # pixels, the narrowest a region's succession card gets


def cut_offs() -> dict[str, float]:
    """The potential cut-offs (bound to the URL), folded away: a convention, not the answer.
    Low at or above high: a warning, and the defaults."""
    with st.expander(
        t("talenta.cut.expander", low=int(talent.DEFAULT_CUT_LOW), high=int(talent.DEFAULT_CUT_HIGH))
    ):
        low_col, high_col = ui.side_by_side(2, min_width=300)
        with low_col:
            low = st.number_input(
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
            high = st.number_input(
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
    if low >= high:
        st.warning(t("talenta.cut.invalid"), icon=":material/warning:")
        low, high = talent.DEFAULT_CUT_LOW, talent.DEFAULT_CUT_HIGH
    return {"cut_low": float(low), "cut_high": float(high)}


def _fname(filters) -> str:
    return f"{filters.year_from}-{filters.year_to}"


# ---------------------------------------------------------------- succession
SUCCESSION_COLUMNS = [
    ("pool", "col.pool", "int"),
    ("structural_posts", "col.structural_posts", "int"),
    ("vacant", "col.vacant", "int"),
    ("retiring", "col.retiring", "int"),
    ("posts_to_fill", "col.posts_to_fill", "int"),
    ("pool_per_post", "col.pool_per_post", "num1"),
]


def _columns(*keys: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    return [(c, t(h), k) for c, h, k in keys]


def succession(by_region: pd.DataFrame | None) -> None:
    """One card per region: candidates (boxes 7-9) per structural post to fill, the pool
    and the posts under it, what the posts are in its help."""
    as_of = pt.date_label(pt.first_value(by_region, "as_of_date"))
    ui.section(t("talenta.succ.q"), t("talenta.succ.c", as_of=as_of))
    if not ui.has_rows(by_region):
        return
    regions = ordered_regions(by_region["region_id"])
    lines = ui.heading_lines(regions, min_width=CARD_WIDTH)
    # at least three slots a row: one region's card stays card-sized, not the page's width
    cells = ui.side_by_side(max(len(regions), 3), min_width=CARD_WIDTH, max_columns=ui.REGIONS_PER_ROW)
    for cell, region_id in zip(cells, regions, strict=False):
        i = pt.rows_where(by_region, "region_id", region_id).index[0]
        with cell:
            ui.region_heading(region_id, lines=lines)
            ui.kpi(
                t("kpi.pool_per_post"),
                ui.cell(by_region, i, "pool_per_post", findings.ratio_text),
                help=t(
                    "kpi.posts_to_fill.help",
                    vacant=ui.cell(by_region, i, "vacant", fmt.integer),
                    retiring=ui.cell(by_region, i, "retiring", fmt.integer),
                ),
            )
            st.caption(
                t(
                    "talenta.succ.card",
                    pool=ui.cell(by_region, i, "pool", fmt.integer),
                    posts=ui.cell(by_region, i, "posts_to_fill", fmt.integer),
                )
            )


def succession_tables(by_region: pd.DataFrame | None, units: pd.DataFrame | None, filters) -> None:
    """The succession numbers per region and per unit (units with the most posts to fill
    first; they add up to the regions)."""
    with st.expander(t("talenta.succ.unit.q")):
        st.caption(t("talenta.succ.unit.c"))
        if by_region is not None and not by_region.empty:
            ui.table(
                by_region,
                [("region_id", t("col.region"), "region"), *_columns(*SUCCESSION_COLUMNS)],
                filename=f"talenta_suksesi_wilayah_{_fname(filters)}",
                key="succ_region",
            )
        ui.table(
            units,
            [
                ("region_id", t("col.region"), "region"),
                ("unit_name", t("col.unit"), "text"),
                *_columns(*SUCCESSION_COLUMNS),
            ],
            filename=f"talenta_suksesi_unit_{_fname(filters)}",
            key="succ_unit",
            height=420,
        )


# ---------------------------------------------------------------- the 9-box
def grid(grid: pd.DataFrame | None, filters, cuts: dict[str, float]) -> None:
    """One 9-box per region (at most three a row, the rows evenly filled), the number
    assessed above each; beyond four regions one figure of small 9-boxes (one colour scale,
    counts on hover). The boxes' recommendations and numbers in the expander."""
    ui.section(t("talenta.grid.q"), t("talenta.grid.c", low=int(cuts["cut_low"]), high=int(cuts["cut_high"])))
    # Viewers (ui.get, by the metric's spec): a box of fewer than 5 employees shows "<5" and
    # no share, and another box of the region is hidden with it where the shares (adding up to
    # 100 %) and the number assessed would give it back.
    if not ui.has_rows(grid):
        return
    regions = ordered_regions(grid["region_id"])
    if len(regions) > GRIDS_APART:  # many regions: one figure of small 9-boxes, 3-4 a row
        rows = pt.small_multiple_rows(len(regions))
        ordered = grid.set_index("region_id").loc[regions].reset_index()
        fig = ui.figure(pt.nine_box_small_multiples, ordered, height=SMALL_GRID_HEIGHT * rows)
        ui.chart(fig, key="grid_all", data=grid)
    else:
        _grids(grid, regions)
    with st.expander(t("talenta.rec.q")):
        st.caption(t("talenta.rec.c"))
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
            filename=f"talenta_9box_{int(cuts['cut_low'])}-{int(cuts['cut_high'])}_{_fname(filters)}",
            key="grid",
            height=420,
        )


def _grids(grid: pd.DataFrame, regions: list[str]) -> None:
    """One 9-box per region, the number assessed above each."""
    lines = ui.heading_lines(regions, min_width=GRID_WIDTH, per_row=3)
    k = privacy.min_group_size()
    for cell, region_id in zip(
        ui.region_cells(regions, min_width=GRID_WIDTH, per_row=3), regions, strict=True
    ):
        with cell:
            rows = pt.rows_where(grid, "region_id", region_id)
            ui.region_heading(region_id, lines=lines)
            assessed = ui.cell(grid, rows.index[0], "assessed", fmt.integer)
            # employees whose kinerja came from the score fallback (a small number shows "<5")
            by_score = int(rows["by_score"].iloc[0])
            shown = privacy.marker(k) if by_score < k and not ui.sees_everything() else fmt.integer(by_score)
            note = f"; {t('talenta.grid.by_score', n=shown)}" if by_score else ""
            st.caption(t("talenta.grid.assessed", n=assessed) + note)
            ui.chart(
                ui.figure(pt.nine_box_chart, rows, height=GRID_HEIGHT), key=f"grid_{region_id}", data=rows
            )

"""Pelatihan: the JP entitlement (PNS 20 JP, PPPK 24 JP), training volume, and
whether training raises kinerja (difference-in-differences and event study, on
the score or, without one, on hasil kerja Di Atas)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import did, privacy, training
from reporting import fmt
from reporting.safe import md
from ui import components as ui
from ui.filters import current
from ui.i18n import region_name, t

filters = current(__file__)
st.title(t("pelatihan.title"))
st.caption(t("pelatihan.intro", y0=filters.year_from, y1=filters.year_to))
fname = f"{filters.year_from}-{filters.year_to}"

# ---------------------------------------------------------------- 20 JP entitlement
ui.section(t("pelatihan.jp.q"), t("pelatihan.jp.c"))
part_year = st.segmented_control(
    t("pelatihan.part_year"),
    options=list(training.PART_YEAR_CHOICES),
    default=training.DEFAULT_PART_YEAR,
    format_func=lambda o: t(f"pelatihan.part_year.{o}"),
    key="jp_baru",
    required=True,
    help=t("pelatihan.part_year.help"),
    bind="query-params",
)


def jp_columns(count: str, met: str, share: str) -> list:
    return [
        ("region_id", t("col.region"), "region"),
        ("year", t("col.year"), "year"),
        ("staff_label", t("pelatihan.col.staff"), "text"),
        ("employees", count, "int"),
        ("mean_jp", t("col.mean_jp"), "num1"),
        ("median_jp", t("col.median_jp"), "num1"),
        ("met", met, "int"),
        ("share_met", share, "pct"),
        ("share_met_low", t("pelatihan.col.ci_low"), "pct"),
        ("share_met_high", t("pelatihan.col.ci_high"), "pct"),
    ]


def entitlement_chart(employee_type: str, key: str, columns: list) -> None:
    """Share reaching the entitlement per region and year (PNS 20 JP, PPPK 24 JP), with its
    95 % interval; with part-year staff apart, the chart shows the full-year staff."""
    # Viewers (ui.get, by the metric's spec): a group of fewer than 5 employees shows "<5",
    # what is computed over it "x"; charts leave both out.
    jp = ui.get(training.jp_entitlement, filters, employee_type=employee_type, part_year=part_year)
    if not ui.has_rows(jp):
        return
    data = ui.label_column(jp, "year", "year", "year_label")
    data = data.assign(staff_label=data["staff"].map(lambda g: t(f"pelatihan.staff.{g}")))
    fig = ui.bar_by_region(
        data[data["staff"] != "part_year"],
        x="year_label",
        y="share_met",
        x_label=t("col.year"),
        y_label=next(h for c, h, _ in columns if c == "share_met"),
        percent=True,
        category_order=sorted(data["year_label"].unique()),
        interval=("share_met_low", "share_met_high"),
    )
    fig.update_yaxes(range=[0, 1.05])
    ui.chart(ui.reference_line(fig, 1), key=key, data=jp)
    if part_year == "apart":
        st.caption(t("pelatihan.jp.apart"))
    if part_year == "prorate":  # one row per region and year: the staff column says nothing
        columns = [c for c in columns if c[0] != "staff_label"]
    ui.table(data, columns, filename=f"pelatihan_hak_{key}_{fname}", key=key)


entitlement_chart("PNS", "jp", jp_columns(t("col.pns"), t("col.met"), t("col.share_jp_met")))
ui.section(t("pelatihan.pppk.q"), t("pelatihan.pppk.c"))
entitlement_chart(
    "PPPK",
    "jp_pppk",
    jp_columns(t("pelatihan.col.pppk"), t("pelatihan.col.met_pppk"), t("pelatihan.col.share_pppk_met")),
)

ui.section(t("pelatihan.unit.q"), t("pelatihan.unit.c"))
# a unit of fewer than 5 PNS shows "<5" (the units add up to the region, the table above)
jp_unit = ui.get(training.jp_by_unit, filters, part_year=part_year)
ui.table(
    jp_unit,
    [
        ("region_id", t("col.region"), "region"),
        ("unit_name", t("col.unit"), "text"),
        ("employee_years", t("col.employee_years"), "int"),
        ("mean_jp", t("col.mean_jp"), "num1"),
        ("share_met", t("col.share_jp_met"), "pct"),
        ("share_met_low", t("pelatihan.col.ci_low"), "pct"),
        ("share_met_high", t("pelatihan.col.ci_high"), "pct"),
    ],
    filename=f"pelatihan_20jp_per_unit_{fname}",
    key="jp_unit",
    height=380,
)

# ---------------------------------------------------------------- volume
volume = ui.get(training.training_volume, filters)
left, right = ui.side_by_side(2)
with left:
    ui.section(t("pelatihan.volume.q"), t("pelatihan.volume.c"))
    if ui.has_rows(volume):
        data = ui.label_column(volume, "category", "category", "category_label")
        fig = ui.sum_bars(
            data,
            x="jenis_diklat_name",
            y="participants",
            color="category_label",
            x_label=t("col.jenis_diklat"),
            y_label=t("col.participants"),
            color_label=t("col.category"),
            horizontal=True,
            height=460,
        )
        ui.chart(fig, key="volume", data=volume)
with right:
    ui.section(t("pelatihan.volume_year.q"), t("pelatihan.volume_year.c"))
    if ui.has_rows(volume):
        data = ui.label_column(
            ui.label_column(volume, "category", "category", "category_label"), "year", "year", "y"
        )
        fig = ui.sum_bars(
            data,
            x="y",
            y="jp_total",
            color="category_label",
            x_label=t("col.year"),
            y_label=t("col.jp_total"),
            color_label=t("col.category"),
            x_order=sorted(data["y"].unique()),
            height=460,
        )
        ui.chart(fig, key="volume_year", data=volume)
ui.table(
    volume,
    [
        ("year", t("col.year"), "year"),
        ("jenis_diklat_name", t("col.jenis_diklat"), "text"),
        ("category", t("col.category"), "category"),
        ("trainings", t("col.trainings"), "int"),
        ("participants", t("col.participants"), "int"),
        ("jp_total", t("col.jp_total"), "num1"),
    ],
    filename=f"pelatihan_volume_{fname}",
    key="volume",
    height=300,
)

# ---------------------------------------------------------------- impact
st.divider()
ui.section(t("pelatihan.impact.q"), t("pelatihan.impact.c"))
left, right = ui.side_by_side(2)
with left:
    min_jp = st.segmented_control(
        t("pelatihan.min_jp"),
        options=list(training.MIN_JP_CHOICES),  # the thresholds the analytics precompute
        default=training.DEFAULT_MIN_JP,
        format_func=str,
        key="min_jp",
        required=True,
        help=t("pelatihan.min_jp.help"),
        bind="query-params",
    )
with right:
    outcome = st.segmented_control(
        t("impact.outcome"),
        options=[did.AUTO, *did.OUTCOMES],
        default=did.AUTO,
        format_func=lambda o: t(f"impact.outcome.{o}"),
        key="ukuran",
        required=True,
        help=t("impact.outcome.help"),
        bind="query-params",
    )
impact = ui.get(training.training_impact, filters, min_jp=min_jp, outcome=outcome)
chosen = did.AUTO
if impact is not None:
    row = None if impact.empty else next(impact.itertuples(index=False))
    chosen = outcome if row is None else row.outcome
    if row is not None and ui.any_hidden(impact, ["estimate"]):
        st.info(t("story.f.suppressed", k=privacy.min_group_size()), icon=":material/lock:")
        n_treated = ui.cell(impact, impact.index[0], "n_treated", fmt.integer)
        n_control = ui.cell(impact, impact.index[0], "n_control", fmt.integer)
        st.caption(f"{t('kpi.n_treated')}: {n_treated} · {t('kpi.n_control')}: {n_control}")
    elif row is None or pd.isna(row.estimate) or not row.n_treated or not row.n_control:
        st.info(t("impact.none"), icon=":material/info:")
    else:
        st.markdown(f"#### {ui.impact_sentence(row, min_jp)}")
        if row.ci_low <= 0 <= row.ci_high:
            st.warning(t("impact.uncertain"), icon=":material/help:")
        factor, decimals, unit = ui.impact_factor(row), ui.impact_decimals(row), ui.impact_unit(row)
        c1, c2, c3, c4 = ui.side_by_side(4, min_width=170)
        with c1:
            ui.kpi(
                t(f"impact.kpi.{row.unit}"),
                fmt.points(row.estimate * factor, decimals),
                help=t(
                    "impact.changes",
                    tc=f"{fmt.points(row.treated_change * factor, decimals)} {unit}",
                    cc=f"{fmt.points(row.control_change * factor, decimals)} {unit}",
                ),
            )
        with c2:
            ui.kpi(t("kpi.ci"), fmt.num_range(row.ci_low * factor, row.ci_high * factor, decimals))
        with c3:
            ui.kpi(
                t("kpi.n_treated"), fmt.integer(row.n_treated), help=t("kpi.n_treated.help", min_jp=min_jp)
            )
        with c4:
            ui.kpi(t("kpi.n_control"), fmt.integer(row.n_control), help=t("kpi.n_control.help"))
    if row is not None:
        measure = t(f"impact.measure.{row.outcome}")
        if outcome == did.AUTO and row.outcome != "score":
            measure += " " + t("impact.measure.auto_rating")
        st.caption(measure)
coverage = ui.fetch(training.impact_coverage, filters)
if coverage is not None and not coverage.empty:
    left_out = coverage[~coverage["score"] & ~coverage["hasil_di_atas"]]
    if not left_out.empty:
        st.caption(t("impact.monthly_only", regions=md(", ".join(map(region_name, left_out["region_id"])))))

with st.expander(t("method.title"), icon=":material/menu_book:"):
    st.markdown(t("method.body", min_jp=min_jp))
    st.markdown(t("pelatihan.method.outcome"))

ui.section(t("pelatihan.event.q"), t("pelatihan.event.c"))
event = ui.get(training.training_event_study, filters, min_jp=min_jp, outcome=chosen)
if ui.has_rows(event):
    rating = event["unit"].iloc[0] == "pp"
    fig = ui.event_study_chart(
        event.assign(difference=event["difference"] * (100 if rating else 1)),
        x_label=t("axis.rel_month"),
        y_label=t(f"impact.axis.{event['outcome'].iloc[0]}"),
    )
    ui.chart(fig, key="event", data=event)
    ui.table(
        event,
        [
            ("rel_month", t("col.rel_month"), "int"),
            ("n_treated", t("col.n_treated"), "int"),
            ("treated_mean", t("col.treated_mean"), "pct" if rating else "num1"),
            ("control_mean", t("col.control_mean"), "pct" if rating else "num1"),
            ("difference", t("col.difference"), "pp" if rating else "pts"),
        ],
        filename=f"pelatihan_event_study_{min_jp}jp_{fname}",
        key="event",
        height=300,
    )

# ---------------------------------------------------------------- competency change
ui.section(t("pelatihan.comp.q"), t("pelatihan.comp.c"))
change = ui.get(training.competency_change_after_training, filters)
if ui.has_rows(change):
    ui.table(
        ui.label_column(change, "competency_name", "competency_name", "competency"),
        [
            ("competency", t("col.competency"), "text"),
            ("trained_n", t("col.trained_n"), "int"),
            ("trained_change", t("col.trained_change"), "pts"),
            ("untrained_n", t("col.untrained_n"), "int"),
            ("untrained_change", t("col.untrained_change"), "pts"),
            ("difference", t("col.difference"), "pts"),
        ],
        filename=f"pelatihan_perubahan_kompetensi_{fname}",
        key="comp_change",
    )

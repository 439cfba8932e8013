"""The sections of the Pelatihan page (``pages/pelatihan.py``): its controls, the effect
of training per region (through the privacy rules of :data:`reporting.findings.training.BY_REGION`),
the 20 JP chart, and the folded details with their downloads."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from analytics import privacy, training
from analytics.filters import Filters
from reporting import fmt, regions
from reporting.charts import training as tc
from reporting.findings import training as findings
from reporting.safe import md
from reporting.text import region_name, t
from ui import components as ui
from ui.filters import impact_outcome


def part_year_control() -> str:
    """Staff appointed during the year: their entitlement pro-rated, or shown apart."""
    return st.segmented_control(
        t("pelatihan.part_year"),
        options=list(training.PART_YEAR_CHOICES),
        default=training.DEFAULT_PART_YEAR,
        format_func=lambda o: t(f"pelatihan.part_year.{o}"),
        key="jp_baru",
        required=True,
        help=t("pelatihan.part_year.help"),
        bind="query-params",
    )


def impact_controls() -> tuple[int, str]:
    """The JP a training must have to count, and the kinerja outcome of the effect (side by
    side where there is room)."""
    with st.container(horizontal=True, gap="medium"):
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
        outcome = impact_outcome()
    return min_jp, outcome


def impact_numbers(filters: Filters, min_jp: int, outcome: str) -> pd.DataFrame | None:
    """The effect for each chosen region and, for several, for all of them (the outcome the
    whole selection calls for, so that every row has one unit), as this user may see it:
    for viewers by the rules of :data:`reporting.findings.training.BY_REGION` (either group
    small: no estimate; the pooled row's n must not give a small region's back)."""
    pooled = ui.fetch(training.training_impact, filters, min_jp=min_jp, outcome=outcome)
    if pooled is None:
        return None
    chosen = outcome if pooled.empty else pooled["outcome"].iloc[0]
    per_region = {
        r: ui.fetch(training.training_impact, replace(filters, regions=(r,)), min_jp=min_jp, outcome=chosen)
        for r in regions.ordered(filters.regions)
    }
    return ui.protected(findings.by_region(per_region, pooled), findings.BY_REGION)


def method(numbers: pd.DataFrame | None, min_jp: int, auto: bool, filters: Filters) -> None:
    """Under the answer, folded: how the effect is estimated, on which outcome and why, the
    two groups' changes, and the regions the estimate cannot read."""
    with st.expander(t("method.title"), icon=":material/menu_book:"):
        row = findings.overall(numbers)
        if not row.empty:
            first = row.iloc[0]
            measure = t(f"impact.measure.{first['outcome']}")
            if auto and first["outcome"] != "score":
                measure += " " + t("impact.measure.auto_rating")
            st.markdown(measure)
            if pd.notna(first["treated_change"]):
                factor, unit = ui.impact_factor(first), ui.impact_unit(first)
                tc_, cc = (
                    f"{fmt.points(first[c] * factor, 2)} {unit}" for c in ("treated_change", "control_change")
                )
                st.markdown(t("impact.changes", tc=tc_, cc=cc))
        coverage = ui.fetch(training.impact_coverage, filters)
        if coverage is not None and not coverage.empty:
            left_out = coverage[~coverage["score"] & ~coverage["hasil_di_atas"]]
            if not left_out.empty:
                names = md(", ".join(map(region_name, left_out["region_id"])))
                st.caption(t("impact.monthly_only", regions=names))
        st.markdown(
            f"- **{t('kpi.n_treated')}**: {t('kpi.n_treated.help', min_jp=min_jp)}\n"
            f"- **{t('kpi.n_control')}**: {t('kpi.n_control.help')}"
        )
        st.markdown(t("method.body", min_jp=min_jp))
        st.markdown(t("pelatihan.method.outcome"))


def jp_columns(count: str, met: str, share: str, part_year: str) -> list:
    columns = [
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
    # pro-rated: one row per region and year, the staff column says nothing
    return [c for c in columns if c[0] != "staff_label" or part_year == "apart"]


def entitlement(jp: pd.DataFrame | None, key: str, columns: list, part_year: str, fname: str) -> None:
    """Share reaching the entitlement per region and year (PNS 20 JP, PPPK 24 JP), with its
    95 % interval; with part-year staff apart, the chart shows the full-year staff. The
    table folds away with its downloads."""
    if not ui.has_rows(jp):
        return
    data = ui.label_column(jp, "year", "year", "year_label")
    data = data.assign(staff_label=data["staff"].map(lambda g: t(f"pelatihan.staff.{g}")))
    fig = ui.figure(
        _entitlement_chart,
        data[data["staff"] != "part_year"],
        next(h for c, h, _ in columns if c == "share_met"),
        sorted(data["year_label"].unique()),
    )
    ui.chart(fig, key=key, data=jp)
    if part_year == "apart":
        st.caption(t("pelatihan.jp.apart"))
    with st.expander(t("pelatihan.table"), icon=":material/table_view:"):
        ui.table(data, columns, filename=f"pelatihan_hak_{key}_{fname}", key=key)


def _entitlement_chart(shown: pd.DataFrame, y_label: str, years: list[str]):
    """The share reaching the entitlement per region and year with its interval, and the
    100 % line (built once per input: ui.figure)."""
    fig = ui.bar_by_region(
        shown,
        x="year_label",
        y="share_met",
        x_label=t("col.year"),
        y_label=y_label,
        percent=True,
        category_order=years,
        interval=("share_met_low", "share_met_high"),
    )
    fig.update_yaxes(range=[0, 1.05])
    return ui.reference_line(fig, 1)


def effect(numbers: pd.DataFrame | None) -> None:
    """The effect per region and for all of them, in the unit of its outcome."""
    if numbers is None:
        return
    shown = numbers.dropna(subset=["estimate"])
    if shown.empty:
        if privacy.is_suppressed(numbers, "estimate").any():  # hidden, not missing
            k = numbers.attrs.get(privacy.ATTR_THRESHOLD) or privacy.min_group_size()
            st.info(t("story.f.suppressed", k=k), icon=":material/lock:")
        else:
            st.info(t("impact.none"), icon=":material/info:")
        return
    fig = ui.figure(tc.effect_by_region, numbers, x_label=tc.axis_label(numbers))
    ui.chart(fig, key="impact_regions", data=numbers)


def effect_table(numbers: pd.DataFrame | None, min_jp: int, fname: str) -> None:
    """Folded: the numbers of :func:`effect`, hidden cells as "<5" / "x"."""
    if numbers is None or numbers.empty:
        return
    kind = "pp" if (numbers["unit"] == "pp").any() else "pts"
    with st.expander(t("pelatihan.region.table"), icon=":material/table_view:"):
        ui.table(
            numbers,
            [
                ("label", t("col.region"), "text"),
                ("n_treated", t("kpi.n_treated"), "int"),
                ("n_control", t("kpi.n_control"), "int"),
                ("estimate", t(f"impact.kpi.{numbers['unit'].iloc[0]}"), kind),
                ("ci_low", t("col.ci_low"), kind),
                ("ci_high", t("col.ci_high"), kind),
            ],
            filename=f"pelatihan_efek_{min_jp}jp_{fname}",
            key="impact_regions",
        )


def event_study(event: pd.DataFrame | None, min_jp: int, fname: str) -> None:
    """Trained minus comparison by month since training, in the outcome's unit."""
    if not ui.has_rows(event):
        return
    rating = event["unit"].iloc[0] == "pp"
    fig = ui.figure(
        ui.event_study_chart,
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


def units(jp_unit: pd.DataFrame | None, fname: str) -> None:
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


def volume(df: pd.DataFrame | None, fname: str) -> None:
    """Participants per SIASN jenis diklat and JP per year, by training category."""
    if not ui.has_rows(df):
        return
    data = ui.label_column(ui.label_column(df, "category", "category", "category_label"), "year", "year", "y")
    left, right = ui.side_by_side(2)
    with left:
        fig = ui.figure(
            ui.sum_bars,
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
        ui.chart(fig, key="volume", data=df)
    with right:
        st.markdown(f"**{t('pelatihan.volume_year.q')}**")
        st.caption(t("pelatihan.volume_year.c"))
        fig = ui.figure(
            ui.sum_bars,
            data,
            x="y",
            y="jp_total",
            color="category_label",
            x_label=t("col.year"),
            y_label=t("col.jp_total"),
            color_label=t("col.category"),
            x_order=sorted(data["y"].unique()),
            height=400,
        )
        ui.chart(fig, key="volume_year", data=df, title=t("pelatihan.volume_year.q"))
    ui.table(
        df,
        [
            ("year", t("col.year"), "year"),
            ("jenis_diklat_name", t("col.jenis_diklat"), "text"),
            ("category", t("col.category"), "category"),
            ("trainings", t("col.trainings"), "int"),
            ("participants", t("col.participants"), "int"),
            ("jp_total", t("col.jp_total"), "int"),
        ],
        filename=f"pelatihan_volume_{fname}",
        key="volume",
        height=300,
    )


def competency_change(change: pd.DataFrame | None, fname: str) -> None:
    if not ui.has_rows(change):
        return
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

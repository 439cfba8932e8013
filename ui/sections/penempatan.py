"""The sections of the Penempatan page (``pages/penempatan.py``): each draws its charts
from frames the page fetched, with its full tables folded away in an expander with
their downloads. The answer in words comes from :mod:`reporting.findings.placement`.

Personal data (the candidate list) is fetched only for a signed-in analyst, never
logged, never in the URL; names are data, never markup.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import did, placement, training
from reporting import fmt
from reporting.charts import placement as pc
from reporting.safe import md
from ui import candidate_list as cl
from ui import components as ui
from ui.filters import seed_from_url, sync_to_url
from ui.i18n import jenis_jabatan_label, region_name, t

MOVES_HEIGHT = 270  # pixels of the two charts of moves, side by side


def _fname(filters) -> str:
    return f"{filters.year_from}-{filters.year_to}"


# ---------------------------------------------------------------- kinerja after a move
def kinerja(change: pd.DataFrame | None, filters, outcome: str) -> None:
    """One card per group (the estimate; its CI, n and the means in the card's help), the
    estimates with their CIs, and in the expander the table, the measure and the method."""
    if change is None:
        return
    if not change["n"].fillna(1).any():
        st.info(t("penempatan.kinerja.none"), icon=":material/info:")
        return
    data = pc.with_group_labels(change)
    first = next(change.itertuples(index=False))
    factor, unit = ui.impact_factor(first), ui.impact_unit(first)
    level = "pct" if factor == 100 else "num1"  # the groups' means: a share, or a score
    decimals = 1 if factor == 100 else 2
    level_text = fmt.formatter(level)
    chart, cards = ui.side_by_side(2, min_width=300)
    with cards:
        for i in data.index:
            row = data.loc[i]
            value = fmt.MISSING
            if change.at[i, "n"] != 0:
                value = ui.cell(data, i, "estimate", lambda v: f"{fmt.points(v * factor, decimals)} {unit}")
            ci = ui.cell(
                data,
                i,
                "ci_low",
                lambda _, r=row: fmt.num_range(r["ci_low"] * factor, r["ci_high"] * factor, decimals),
            )
            cell = lambda col, f, i=i: ui.cell(data, i, col, f)  # noqa: E731
            help_text = t(
                "penempatan.kinerja.help",
                ci=ci,
                n=cell("n", fmt.integer),
                nc=cell("n_control", fmt.integer),
                tb=cell("mean_before", level_text),
                ta=cell("mean_after", level_text),
                cb=cell("control_before", level_text),
                ca=cell("control_after", level_text),
            )
            ui.kpi(row["group_label"], value, help=help_text)
    with chart:
        axis = t(f"penempatan.col.effect.{first.outcome}")
        fig = ui.figure(pc.change_with_ci, data, x_label=axis, value="estimate", factor=factor, height=220)
        ui.chart(fig, key="kinerja", data=data)
    with st.expander(t("penempatan.more.kinerja")):
        measure = t(f"impact.measure.{first.outcome}")
        if outcome == did.AUTO and first.outcome != "score":
            measure += " " + t("impact.measure.auto_rating")
        st.caption(measure)
        kind = "pp" if factor == 100 else "pts"
        ui.table(
            data,
            [
                ("group_label", t("penempatan.col.move_group"), "text"),
                ("estimate", t(f"impact.kpi.{first.unit}"), kind),
                ("ci_low", t("penempatan.col.ci_low"), kind),
                ("ci_high", t("penempatan.col.ci_high"), kind),
                ("n", t("penempatan.col.n_moves"), "int"),
                ("n_control", t("penempatan.col.n_control"), "int"),
                ("mean_before", t("penempatan.col.mean_before"), level),
                ("mean_after", t("penempatan.col.mean_after"), level),
                ("control_before", t("penempatan.col.control_before"), level),
                ("control_after", t("penempatan.col.control_after"), level),
            ],
            filename=f"penempatan_kinerja_{_fname(filters)}",
            key="kinerja",
        )
        coverage = ui.fetch(training.impact_coverage, filters)
        if coverage is not None and not coverage.empty:
            left_out = coverage[~coverage["score"] & ~coverage["hasil_di_atas"]]
            if not left_out.empty:
                names = ", ".join(map(region_name, left_out["region_id"]))
                st.caption(t("impact.monthly_only", regions=md(names)))
        st.caption(t("penempatan.kinerja.def"))


# ---------------------------------------------------------------- moves per 100 and declined
def moves(rates: pd.DataFrame | None, declined: pd.DataFrame | None, filters) -> None:
    """Moves per 100 employees a year and the share declined, per kind of move and region;
    the tables (also per unit left) in the expander."""
    left, right = ui.side_by_side(2)
    with left:
        ui.section(t("penempatan.rates.q"), t("penempatan.rates.c"))
        if ui.has_rows(rates):
            fig = ui.figure(
                ui.bar_by_region,
                pc.with_move_labels(rates),
                x="move_label",
                y="per_100_per_year",
                x_label=t("penempatan.col.move_type"),
                y_label=t("penempatan.col.per_100"),
                category_order=pc.move_order(rates),
                interval=("per_100_per_year_low", "per_100_per_year_high"),
                height=MOVES_HEIGHT,
            )
            ui.chart(fig, key="rates", data=rates)
    with right:
        ui.section(t("penempatan.declined.q"), t("penempatan.declined.c"))
        if ui.has_rows(declined):
            kinds = declined[declined["move_type"].isin(pc.RATED)]  # demotions: in the table
            fig = ui.figure(
                ui.bar_by_region,
                pc.with_move_labels(kinds),
                x="move_label",
                y="share_declined",
                x_label=t("penempatan.col.move_type"),
                y_label=t("penempatan.col.share_declined_moves"),
                percent=True,
                category_order=pc.move_order(kinds),
                interval=("share_declined_low", "share_declined_high"),
                height=MOVES_HEIGHT,
            )
            ui.chart(fig, key="declined", data=kinds)
    with st.expander(t("penempatan.more.moves")):
        fname = _fname(filters)
        if rates is not None and not rates.empty:
            ui.table(
                pc.with_move_labels(rates),
                [
                    ("region_id", t("col.region"), "region"),
                    ("move_label", t("penempatan.col.move_type"), "text"),
                    ("moves", t("penempatan.col.moves"), "int"),
                    ("employees", t("col.employees"), "int"),
                    ("per_100_per_year", t("penempatan.col.per_100"), "num1"),
                    ("per_100_per_year_low", t("penempatan.col.ci_low"), "num1"),
                    ("per_100_per_year_high", t("penempatan.col.ci_high"), "num1"),
                ],
                filename=f"penempatan_laju_{fname}",
                key="rates",
            )
        share_columns = [
            ("proposed", t("penempatan.col.proposed"), "int"),
            ("declined", t("penempatan.col.declined"), "int"),
            ("share_declined", t("penempatan.col.share_declined_moves"), "pct"),
            ("share_declined_low", t("penempatan.col.ci_low"), "pct"),
            ("share_declined_high", t("penempatan.col.ci_high"), "pct"),
        ]
        if declined is not None and not declined.empty:
            ui.table(
                pc.with_move_labels(declined),
                [
                    ("region_id", t("col.region"), "region"),
                    ("move_label", t("penempatan.col.move_type"), "text"),
                    *share_columns,
                ],
                filename=f"penempatan_ditolak_{fname}",
                key="declined",
            )
        st.markdown(f"**{t('penempatan.declined_unit.q')}**")
        st.caption(t("penempatan.declined_unit.c"))
        ui.table(
            ui.get(placement.declined_by_unit, filters),
            [("region_id", t("col.region"), "region"), ("unit_name", t("col.unit"), "text"), *share_columns],
            filename=f"penempatan_ditolak_per_unit_{fname}",
            key="declined_unit",
            height=380,
        )


# ---------------------------------------------------------------- fit before and after
def fit(fit: pd.DataFrame | None, filters) -> None:
    """Mean JPM and education field as required, the post left against the post taken, per
    region; the table in the expander."""
    if fit is None or fit.empty:
        ui.section(t("penempatan.fit.q"), t("penempatan.fit.c"))
        ui.has_rows(fit)
        return
    left, right = ui.side_by_side(2)
    with left:
        ui.section(t("penempatan.fit.q"), t("penempatan.fit.c"))
        fig = ui.figure(
            pc.before_after,
            fit,
            value="mean_jpm",
            low="mean_jpm_low",
            high="mean_jpm_high",
            x_label=t("col.mean_jpm"),
        )
        ui.chart(fig, key="fit_jpm", data=fit)
    with right:
        ui.section(t("penempatan.qual.q"), t("penempatan.qual.c"))
        fig = ui.figure(
            pc.before_after,
            fit,
            value="share_qualified",
            low="share_qualified_low",
            high="share_qualified_high",
            x_label=t("col.share_qualified"),
            percent=True,
        )
        ui.chart(fig, key="fit_qual", data=fit)
    with st.expander(t("penempatan.more.fit")):
        ui.table(
            pc.with_post_labels(fit),
            [
                ("region_id", t("col.region"), "region"),
                ("post_label", t("penempatan.col.post"), "text"),
                ("moves", t("penempatan.col.moves"), "int"),
                ("n_jpm", t("penempatan.col.n_jpm"), "int"),
                ("mean_jpm", t("col.mean_jpm"), "num1"),
                ("mean_jpm_low", t("penempatan.col.jpm_ci_low"), "num1"),
                ("mean_jpm_high", t("penempatan.col.jpm_ci_high"), "num1"),
                ("share_qualified", t("col.share_qualified"), "pct"),
                ("share_qualified_low", t("penempatan.col.qual_ci_low"), "pct"),
                ("share_qualified_high", t("penempatan.col.qual_ci_high"), "pct"),
            ],
            filename=f"penempatan_kesesuaian_{_fname(filters)}",
            key="fit",
        )


# ---------------------------------------------------------------- flows
def flows(filters) -> None:
    """The Sankey of moves between units (or jenis jabatan), with how many moves stayed
    within one and are not drawn, and the flows' table."""
    with st.expander(t("penempatan.flows.q")):
        st.caption(t("penempatan.flows.c", top=placement.DEFAULT_TOP_FLOWS, labelled=pc.SANKEY_LABELS))
        seed_from_url("alur", {b: b for b in placement.FLOW_BY}, "unit")
        by = st.segmented_control(
            t("penempatan.flows.by"),
            options=list(placement.FLOW_BY),
            format_func=lambda b: t(f"penempatan.flows.by.{b}"),
            key="alur",
            required=True,
        )
        sync_to_url("alur", by, "unit")
        within = ui.get(placement.moves_within, filters, by=by)
        if within is not None and not within.empty:
            parts = [
                t(
                    "penempatan.flows.within.region",
                    region=md(region_name(within.at[i, "region_id"])),
                    n=ui.cell(within, i, "within", fmt.integer),
                    of=ui.cell(within, i, "moves", fmt.integer),
                )
                for i in within.index
            ]
            st.caption(t(f"penempatan.flows.within.{by}", regions="; ".join(parts)))
        data = ui.get(placement.move_flows, filters, by=by)
        if not ui.has_rows(data):
            return
        node_label = jenis_jabatan_label if by == "jenis_jabatan" else str
        fig = ui.figure(pc.sankey, data, label=node_label, value_label=t("penempatan.col.moves"))
        ui.chart(fig, key="flows", data=data)
        kind = by if by == "jenis_jabatan" else "text"
        ui.table(
            pc.with_move_labels(data),
            [
                ("region_id", t("col.region"), "region"),
                ("move_label", t("penempatan.col.move_type"), "text"),
                ("source", t("penempatan.col.from"), kind),
                ("target", t("penempatan.col.to"), kind),
                ("moves", t("penempatan.col.moves"), "int"),
            ],
            filename=f"penempatan_alur_{by}_{_fname(filters)}",
            key="flows",
            height=300,
        )


# ---------------------------------------------------------------- candidates
def candidates(filters, *, analyst: bool) -> None:
    """Counts for everyone, folded away (per region in the regions' colours, per unit in a
    table); the named list below for a signed-in analyst only."""
    ui.section(t("penempatan.cand.q"), t("penempatan.cand.c"))
    if not analyst:
        st.info(t("penempatan.cand.privacy"), icon=":material/lock:")
    counts = ui.get(placement.placement_candidate_counts, filters)
    with st.expander(t("penempatan.more.candidates")):
        if ui.has_rows(counts):
            fig = ui.figure(pc.candidates_by_region, counts, x_label=t("penempatan.col.candidates"))
            ui.chart(fig, key="candidates", data=counts)
            ui.table(
                counts,
                [
                    ("region_id", t("col.region"), "region"),
                    ("unit_name", t("col.unit"), "text"),
                    ("candidates", t("penempatan.col.candidates"), "int"),
                    ("field_mismatch", t("penempatan.col.field_mismatch"), "int"),
                    ("low_jpm", t("penempatan.col.low_jpm"), "int"),
                    ("target_posts", t("penempatan.col.target_posts"), "int"),
                ],
                filename="penempatan_kandidat_per_unit",
                key="candidates",
                height=380,
            )
    if analyst:
        named_list(filters)


def named_list(filters) -> None:
    """The ranked list with names, NIPs, target posts and the reason in words, its filters,
    and one person's full reason (signed-in analysts only: the caller checks)."""
    ui.section(t("penempatan.cand.list.q"), t("penempatan.cand.list.c"))
    st.warning(t("penempatan.cand.personal"), icon=":material/shield_person:")
    named = ui.fetch(placement.placement_candidates, filters)
    if not ui.has_rows(named):
        return
    data = cl.with_reasons(named)
    targets = cl.target_unit_options(data)
    left, middle, right = st.columns(3)
    chosen_targets = left.multiselect(
        t("penempatan.cand.filter.target_unit"),
        options=list(targets),
        format_func=lambda u: targets.get(u, u),
        key="cand_target_unit",
        placeholder=t("widget.choose_many"),
    )
    chosen_issues = middle.multiselect(
        t("penempatan.cand.filter.issue"),
        options=list(cl.ISSUES),
        format_func=lambda i: t(
            "penempatan.col.field_mismatch" if i == "field" else "penempatan.col.low_jpm"
        ),
        key="cand_issue",
        placeholder=t("widget.choose_many"),
    )
    search = right.text_input(t("penempatan.cand.filter.search"), key="cand_search")
    shown = cl.filter_list(data, target_units=chosen_targets, issues=chosen_issues, search=search)
    if shown.empty:
        st.info(t("penempatan.cand.list.none"), icon=":material/filter_alt_off:")
        return
    nips = cl.people(shown)
    st.caption(t("penempatan.cand.list.n", people=fmt.integer(len(nips)), rows=fmt.integer(len(shown))))
    ui.table(
        shown,
        [
            ("rank", t("col.rank"), "int"),
            ("name", t("penempatan.cand.col.name"), "text"),
            ("nip", t("penempatan.cand.col.nip"), "text"),
            ("region_id", t("col.region"), "region"),
            ("unit_name", t("col.unit"), "text"),
            ("position_name", t("penempatan.cand.col.position"), "text"),
            ("performance", t("penempatan.cand.col.performance"), "text"),
            ("fit_issues", t("penempatan.cand.col.issues"), "text"),
            ("target_position_name", t("penempatan.cand.col.target"), "text"),
            ("target_unit_name", t("penempatan.cand.col.target_unit"), "text"),
            ("target_gap", t("penempatan.cand.col.gap"), "int"),
            ("reason", t("penempatan.cand.col.reason"), "text"),
        ],
        filename="penempatan_kandidat_nama",
        key="cand_list",
        height=420,
    )
    nip = st.selectbox(
        t("penempatan.cand.detail"),
        options=list(nips),
        format_func=lambda n: nips.get(n, n),
        key="cand_detail",
        placeholder=t("widget.choose"),
    )
    if nip is not None:
        st.markdown(cl.person_reason(shown, nip))

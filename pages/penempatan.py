"""Penempatan: where moves go, how many are declined, whether fit and kinerja
improve after a move, and how many good performers sit in ill-fitting posts
(counts for everyone; the named list with NIPs and the reason in words for
signed-in analysts only)."""

from __future__ import annotations

import streamlit as st

from analytics import did, placement, training
from reporting import fmt
from reporting.charts import placement as pc
from reporting.safe import md
from ui import candidate_list as cl
from ui import components as ui
from ui.auth import current_user
from ui.filters import current, seed_from_url, sync_to_url
from ui.i18n import jenis_jabatan_label, region_name, t

filters = current(__file__)
st.title(t("penempatan.title"))
st.caption(t("penempatan.intro", y0=filters.year_from, y1=filters.year_to))
fname = f"{filters.year_from}-{filters.year_to}"

# ---------------------------------------------------------------- flows
ui.section(t("penempatan.flows.q"), t("penempatan.flows.c", top=placement.DEFAULT_TOP_FLOWS))
seed_from_url("alur", {b: b for b in placement.FLOW_BY}, "unit")
by = st.segmented_control(
    t("penempatan.flows.by"),
    options=list(placement.FLOW_BY),
    format_func=lambda b: t(f"penempatan.flows.by.{b}"),
    key="alur",
    required=True,
)
sync_to_url("alur", by, "unit")
# Viewers (ui.get, by each metric's spec): fewer than 5 employees (moves, proposals,
# candidates) show "<5", what is computed over them "x"; charts leave both out. A region's
# rows add up to its total where that total is shown or can be worked out.
flows = ui.get(placement.move_flows, filters, by=by)
if ui.has_rows(flows):
    node_label = jenis_jabatan_label if by == "jenis_jabatan" else str
    fig = pc.sankey(flows, label=node_label, value_label=t("penempatan.col.moves"))
    ui.chart(fig, key="flows", data=flows)
    ui.table(
        pc.with_move_labels(flows),
        [
            ("region_id", t("col.region"), "region"),
            ("move_label", t("penempatan.col.move_type"), "text"),
            ("source", t("penempatan.col.from"), by if by == "jenis_jabatan" else "text"),
            ("target", t("penempatan.col.to"), by if by == "jenis_jabatan" else "text"),
            ("moves", t("penempatan.col.moves"), "int"),
        ],
        filename=f"penempatan_alur_{by}_{fname}",
        key="flows",
        height=300,
    )

ui.section(t("penempatan.rates.q"), t("penempatan.rates.c"))
rates = ui.get(placement.move_rates, filters)
if ui.has_rows(rates):
    data = pc.with_move_labels(rates)
    fig = ui.bar_by_region(
        data,
        x="move_label",
        y="per_100_per_year",
        x_label=t("penempatan.col.move_type"),
        y_label=t("penempatan.col.per_100"),
        category_order=pc.move_order(rates),
        interval=("per_100_per_year_low", "per_100_per_year_high"),
    )
    ui.chart(fig, key="rates", data=rates)
    ui.table(
        data,
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

# ---------------------------------------------------------------- declined
st.divider()
left, right = ui.side_by_side(2)
with left:
    ui.section(t("penempatan.declined.q"), t("penempatan.declined.c"))
    declined = ui.get(placement.declined_by_region, filters)
    if ui.has_rows(declined):
        data = pc.with_move_labels(declined)
        fig = ui.bar_by_region(
            data,
            x="move_label",
            y="share_declined",
            x_label=t("penempatan.col.move_type"),
            y_label=t("penempatan.col.share_declined_moves"),
            percent=True,
            category_order=pc.move_order(declined),
            interval=("share_declined_low", "share_declined_high"),
        )
        ui.chart(fig, key="declined", data=declined)
        ui.table(
            data,
            [
                ("region_id", t("col.region"), "region"),
                ("move_label", t("penempatan.col.move_type"), "text"),
                ("proposed", t("penempatan.col.proposed"), "int"),
                ("declined", t("penempatan.col.declined"), "int"),
                ("share_declined", t("penempatan.col.share_declined_moves"), "pct"),
                ("share_declined_low", t("penempatan.col.ci_low"), "pct"),
                ("share_declined_high", t("penempatan.col.ci_high"), "pct"),
            ],
            filename=f"penempatan_ditolak_{fname}",
            key="declined",
        )
with right:
    ui.section(t("penempatan.declined_unit.q"), t("penempatan.declined_unit.c"))
    ui.table(
        ui.get(placement.declined_by_unit, filters),
        [
            ("region_id", t("col.region"), "region"),
            ("unit_name", t("col.unit"), "text"),
            ("proposed", t("penempatan.col.proposed"), "int"),
            ("declined", t("penempatan.col.declined"), "int"),
            ("share_declined", t("penempatan.col.share_declined_moves"), "pct"),
            ("share_declined_low", t("penempatan.col.ci_low"), "pct"),
            ("share_declined_high", t("penempatan.col.ci_high"), "pct"),
        ],
        filename=f"penempatan_ditolak_per_unit_{fname}",
        key="declined_unit",
        height=520,
    )

# ---------------------------------------------------------------- fit
st.divider()
fit = ui.get(placement.fit_before_after, filters)
left, right = ui.side_by_side(2)
with left:
    ui.section(t("penempatan.fit.q"), t("penempatan.fit.c"))
    if ui.has_rows(fit):
        data = pc.with_post_labels(fit)
        order = [t("penempatan.post.before"), t("penempatan.post.after")]
        fig = ui.bar_by_region(
            data,
            x="post_label",
            y="mean_jpm",
            x_label="",
            y_label=t("col.mean_jpm"),
            category_order=order,
            interval=("mean_jpm_low", "mean_jpm_high"),
        )
        ui.chart(fig, key="fit_jpm", data=fit)
with right:
    ui.section(t("penempatan.qual.q"), t("penempatan.qual.c"))
    if ui.has_rows(fit):
        fig = ui.bar_by_region(
            data,
            x="post_label",
            y="share_qualified",
            x_label="",
            y_label=t("col.share_qualified"),
            percent=True,
            category_order=order,
            interval=("share_qualified_low", "share_qualified_high"),
        )
        ui.chart(fig, key="fit_qual", data=fit)
if fit is not None and not fit.empty:
    ui.table(
        data,
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
        filename=f"penempatan_kesesuaian_{fname}",
        key="fit",
    )

# ---------------------------------------------------------------- kinerja
st.divider()
ui.section(t("penempatan.kinerja.q"), t("penempatan.kinerja.c"))
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
change = ui.fetch(placement.kinerja_change_after_move, filters, outcome=outcome)
if change is not None:
    if not change["n"].any():
        st.info(t("penempatan.kinerja.none"), icon=":material/info:")
    else:
        data = pc.with_group_labels(ui.protected(change, placement.kinerja_change_after_move))
        first = next(change.itertuples(index=False))
        factor, unit = ui.impact_factor(first), ui.impact_unit(first)
        level = "pct" if factor == 100 else "num1"  # the groups' means: a share, or a score
        decimals = 1 if factor == 100 else 2
        good = data.index[data["move_group"] == "good_ill_fit"][0]
        if change.at[good, "n"] and not ui.any_hidden(data.loc[[good]], ["estimate"]):
            r = data.loc[good]
            st.markdown(
                "#### "
                + t(
                    f"penempatan.kinerja.sentence.{first.outcome}",
                    est=fmt.points(r["estimate"] * factor, decimals),
                    lo=fmt.number(r["ci_low"] * factor, decimals),
                    hi=fmt.number(r["ci_high"] * factor, decimals),
                    n=fmt.integer(r["n"]),
                    nc=fmt.integer(r["n_control"]),
                )
            )
        level_text = fmt.formatter(level)
        cells = ui.side_by_side(len(data), min_width=260)
        for cell, i in zip(cells, data.index, strict=True):
            row = data.loc[i]
            value = fmt.MISSING
            if change.at[i, "n"]:
                value = ui.cell(data, i, "estimate", lambda v: f"{fmt.points(v * factor, decimals)} {unit}")
            ci = ui.cell(
                data,
                i,
                "ci_low",
                lambda _, r=row: fmt.num_range(r["ci_low"] * factor, r["ci_high"] * factor, decimals),
            )
            with cell:
                ui.kpi(
                    row["group_label"],
                    value,
                    help=t(
                        "penempatan.kinerja.help",
                        ci=ci,
                        n=ui.cell(data, i, "n", fmt.integer),
                        nc=ui.cell(data, i, "n_control", fmt.integer),
                        tb=ui.cell(data, i, "mean_before", level_text),
                        ta=ui.cell(data, i, "mean_after", level_text),
                        cb=ui.cell(data, i, "control_before", level_text),
                        ca=ui.cell(data, i, "control_after", level_text),
                    ),
                )
        ui.chart(
            pc.change_with_ci(
                data, x_label=t(f"penempatan.col.effect.{first.outcome}"), value="estimate", factor=factor
            ),
            key="kinerja",
            data=data,
        )
        ui.table(
            data,
            [
                ("group_label", t("penempatan.col.move_group"), "text"),
                ("estimate", t(f"impact.kpi.{first.unit}"), "pp" if factor == 100 else "pts"),
                ("ci_low", t("penempatan.col.ci_low"), "pp" if factor == 100 else "pts"),
                ("ci_high", t("penempatan.col.ci_high"), "pp" if factor == 100 else "pts"),
                ("n", t("penempatan.col.n_moves"), "int"),
                ("n_control", t("penempatan.col.n_control"), "int"),
                ("mean_before", t("penempatan.col.mean_before"), level),
                ("mean_after", t("penempatan.col.mean_after"), level),
                ("control_before", t("penempatan.col.control_before"), level),
                ("control_after", t("penempatan.col.control_after"), level),
            ],
            filename=f"penempatan_kinerja_{fname}",
            key="kinerja",
        )
        measure = t(f"impact.measure.{first.outcome}")
        if outcome == did.AUTO and first.outcome != "score":
            measure += " " + t("impact.measure.auto_rating")
        st.caption(measure)
    coverage = ui.fetch(training.impact_coverage, filters)
    if coverage is not None and not coverage.empty:
        left_out = coverage[~coverage["score"] & ~coverage["hasil_di_atas"]]
        if not left_out.empty:
            st.caption(
                t("impact.monthly_only", regions=md(", ".join(map(region_name, left_out["region_id"]))))
            )
    st.caption(t("penempatan.kinerja.def"))

# ---------------------------------------------------------------- candidates: counts for everyone
st.divider()
analyst = current_user().can("analyst")
ui.section(t("penempatan.cand.q"), t("penempatan.cand.c"))
if not analyst:
    st.info(t("penempatan.cand.privacy"), icon=":material/lock:")
counts = ui.get(placement.placement_candidate_counts, filters)
if ui.has_rows(counts):
    data = ui.region_label_column(counts)
    fig = ui.sum_bars(
        data,
        x="region",
        y="candidates",
        color="region",
        x_label=t("col.region"),
        y_label=t("penempatan.col.candidates"),
        color_label=t("col.region"),
        x_order=ui.region_order(counts),
        height=300,
    )
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

# ---------------------------------------------------------------- candidates by name: analysts only
# Personal data: fetched only for a signed-in analyst, never logged, not in the URL.
if analyst:
    ui.section(t("penempatan.cand.list.q"), t("penempatan.cand.list.c"))
    st.warning(t("penempatan.cand.personal"), icon=":material/shield_person:")
    named = ui.fetch(placement.placement_candidates, filters)
    if ui.has_rows(named):
        data = cl.with_reasons(named)
        targets = cl.target_unit_options(data)
        left, middle, right = st.columns(3)
        chosen_targets = left.multiselect(
            t("penempatan.cand.filter.target_unit"),
            options=list(targets),
            format_func=lambda u: targets.get(u, u),
            key="cand_target_unit",
        )
        chosen_issues = middle.multiselect(
            t("penempatan.cand.filter.issue"),
            options=list(cl.ISSUES),
            format_func=lambda i: t(
                "penempatan.col.field_mismatch" if i == "field" else "penempatan.col.low_jpm"
            ),
            key="cand_issue",
        )
        search = right.text_input(t("penempatan.cand.filter.search"), key="cand_search")
        shown = cl.filter_list(data, target_units=chosen_targets, issues=chosen_issues, search=search)
        if shown.empty:
            st.info(t("penempatan.cand.list.none"), icon=":material/filter_alt_off:")
        else:
            nips = cl.people(shown)
            st.caption(
                t("penempatan.cand.list.n", people=fmt.integer(len(nips)), rows=fmt.integer(len(shown)))
            )
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
            )
            if nip is not None:
                st.markdown(cl.person_reason(shown, nip))

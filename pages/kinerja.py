"""Kinerja: is performance rising — within employees, net of training and moves — and how
are predikat spread; the shares rated Baik or better, Sangat Baik and hasil kerja Di Atas
(with their 95 % intervals) and the score where the data have one; units ranked; which
rating or indicator lags; SIASN's kuadran against the ratings; the organisation's
predikat cap. Evaluations of every period type: a region rating quarterly or annually
has its trends too."""

from __future__ import annotations

import numpy as np
import streamlit as st

from analytics import kinerja
from analytics.reference import ORGANISATION_RATINGS, PREDIKAT_CAPS, SETTINGS
from reporting import fmt
from reporting.charts import kinerja as kc
from reporting.safe import md
from ui import components as ui
from ui.filters import current, seed_from_url, sync_to_url
from ui.i18n import current_lang, grain_label, pick, region_name, t

GRAINS = ["month", "quarter", "year"]
TOP_N = 10

filters = current(__file__)
lang = current_lang()
st.title(t("kinerja.title"))
seed_from_url("grain", {g: g for g in GRAINS}, "quarter")
grain = st.segmented_control(
    t("grain.label"),
    options=GRAINS,
    format_func=lambda g: grain_label(g, lang),
    key="grain",
    required=True,
)
sync_to_url("grain", grain, "quarter")
st.caption(t("kinerja.intro", y0=filters.year_from, y1=filters.year_to, grain=grain_label(grain).lower()))
fname = f"{filters.year_from}-{filters.year_to}"

# Viewers (ui.get, by each metric's spec): a trend point or reading over fewer than 5
# employees shows "<5" / "x" and is not drawn (employees = mean evaluated per evaluation
# period; for the within-employee trend, the employees whose evaluations it reads).
trend = ui.get(kinerja.kinerja_trend, filters, grain=grain)
within = ui.get(kinerja.kinerja_within_trend, filters)

# ---------------------------------------------------------------- the answer first
if within is not None and not within.empty:
    # each region's main reading: the score where it has one, else hasil kerja Di Atas
    main = within[within["method"] == "within"].copy()
    main["_score"] = main["outcome"] == "score"
    main = main[main["outcome"].isin(["score", "share_di_atas"])].sort_values("_score", ascending=False)
    main = main.drop_duplicates("region_id").dropna(subset=["estimate"])
    if not main.empty:
        st.markdown(
            "#### "
            + t(
                "kinerja.headline",
                up=int((main["ci_low"] > 0).sum()),
                down=int((main["ci_high"] < 0).sum()),
                flat=int(((main["ci_low"] <= 0) & (main["ci_high"] >= 0)).sum()),
                n=len(main),
            )
        )
basis = kc.basis_lines(trend)
if basis:
    with st.expander(t("kinerja.basis.title"), expanded=True):
        st.markdown("\n".join(f"- {line}" for line in basis))

# ---------------------------------------------------------------- within-employee trend
ui.section(t("kinerja.within.q"), t("kinerja.within.c"))
if ui.has_rows(within):
    scored = within[(within["outcome"] == "score")]
    left, right = ui.side_by_side(2, min_width=420)
    with left:
        if not scored.empty:
            st.markdown(f"**{t('kinerja.within.score')}**")
            ui.chart(
                kc.slopes(scored, x_label=t("kinerja.within.score"), percent=False),
                key="within_score",
                data=scored,
            )
    with right:
        rated = within[within["outcome"] == "share_di_atas"]
        if not rated.empty:
            st.markdown(f"**{t('kinerja.within.rating')}**")
            ui.chart(
                kc.slopes(rated, x_label=t("axis.points_per_year"), percent=True),
                key="within_rating",
                data=rated,
            )
    # a year: points for the score, percentage points for the shares (fractions of 1 here)
    per_year = np.where(within["outcome"] == "score", 1.0, 100.0)
    ui.table(
        within.assign(
            outcome_label=within["outcome"].map(lambda o: t(f"kinerja.within.outcome.{o}")),
            method_label=within["method"].map(lambda m: t(f"kinerja.within.method.{m}")),
            period_label=within["period_type"].map(lambda p: t(f"period_type.{p}")),
            estimate=within["estimate"] * per_year,
            ci_low=within["ci_low"] * per_year,
            ci_high=within["ci_high"] * per_year,
        ),
        [
            ("region_id", t("col.region"), "region"),
            ("outcome_label", t("col.outcome"), "text"),
            ("method_label", t("col.method"), "text"),
            ("period_label", t("col.period_type"), "text"),
            ("estimate", t("col.estimate_per_year"), "num2"),
            ("ci_low", t("col.ci_low"), "num2"),
            ("ci_high", t("col.ci_high"), "num2"),
            ("employees", t("col.employees"), "int"),
            ("evaluations", t("col.evaluations"), "int"),
        ],
        filename=f"kinerja_tren_dalam_pegawai_{fname}",
        key="within",
        height=300,
    )

# ---------------------------------------------------------------- predikat distribution
ui.section(t("kinerja.predikat.q"), t("kinerja.predikat.c"))
# Viewers: a predikat given to fewer than 5 employees in a period is not drawn, nor a
# share that would give it back (a region-period's shares add up to 100 %).
dist = ui.get(kinerja.predikat_distribution, filters, grain=grain)
if ui.has_rows(dist):
    ui.chart(kc.predikat_panels(dist), key="predikat", data=dist)

# ---------------------------------------------------------------- trends
if ui.has_rows(trend):
    top_left, top_right = ui.side_by_side(2)
    for column, share in ((top_left, "share_baik"), (top_right, "share_sangat_baik")):
        with column:
            key = "baik" if share == "share_baik" else "sangat_baik"
            ui.section(t(f"kinerja.{key}.q"), t(f"kinerja.{key}.c"))
            ui.chart(
                kc.trend_with_ci(trend, share, y_label=t(f"col.{share}")),
                key=share,
                data=trend,
            )
    bottom_left, bottom_right = ui.side_by_side(2)
    with bottom_left:
        ui.section(t("kinerja.di_atas.q"), t("kinerja.di_atas.c"))
        ui.chart(
            kc.trend_with_ci(trend, "share_di_atas", y_label=t("col.share_hasil_di_atas")),
            key="share_di_atas",
            data=trend,
        )
    with bottom_right:
        ui.section(t("kinerja.score.q"), t("kinerja.score.c"))
        with_score = trend.dropna(subset=["mean_score"])
        unscored = [r for r in trend["region_id"].unique() if r not in set(with_score["region_id"])]
        if not with_score.empty:
            ui.chart(
                kc.trend_with_ci(with_score, "mean_score", y_label=t("col.mean_score"), percent=False),
                key="score",
                data=trend,
            )
        if unscored:
            st.caption(t("kinerja.score.none", regions=md(", ".join(region_name(r) for r in unscored))))
    data, _ = ui.period_label_column(trend, grain)
    data["period_label"] = [ui.period_label(p, g) for p, g in zip(data["period"], data["grain"], strict=True)]
    ui.table(
        data.assign(period_type_label=data["period_type"].map(lambda p: t(f"period_type.{p}"))),
        [
            ("region_id", t("col.region"), "region"),
            ("period_label", t("axis.period"), "text"),
            ("period_type_label", t("col.period_type"), "text"),
            ("evaluations", t("col.evaluations"), "int"),
            ("employees", t("col.employees"), "num1"),
            ("share_baik", t("col.share_baik"), "pct"),
            ("share_baik_low", t("col.ci_low"), "pct"),
            ("share_baik_high", t("col.ci_high"), "pct"),
            ("share_sangat_baik", t("col.share_sangat_baik"), "pct"),
            ("share_di_atas", t("col.share_hasil_di_atas"), "pct"),
            ("mean_score", t("col.mean_score"), "num1"),
            ("mean_hasil_kerja", t("col.mean_hasil_kerja"), "num1"),
            ("mean_sikap", t("col.mean_sikap"), "num1"),
            ("mean_disiplin", t("col.mean_disiplin"), "num1"),
        ],
        filename=f"kinerja_tren_{grain}_{fname}",
        key="trend",
        height=300,
    )

# ---------------------------------------------------------------- units ranked
ranking = ui.get(kinerja.unit_ranking, filters)
outcome = "score" if ranking is None or ranking.empty else ranking["outcome"].iloc[0]
ui.section(t("kinerja.units.q"), t("kinerja.units.c", outcome=t(f"kinerja.units.by.{outcome}")))
# a unit of fewer than 5 employees evaluated per period gets no rank for viewers ("x", at
# the end of the download), so its place in the ranking does not give its numbers away
unit_columns = [
    ("rank", t("col.rank"), "int"),
    ("region_id", t("col.region"), "region"),
    ("unit_name", t("col.unit"), "text"),
    ("employees", t("col.employees"), "num1"),
    ("evaluations", t("col.evaluations"), "int"),
    ("share_baik", t("col.share_baik"), "pct"),
    ("share_baik_low", t("col.ci_low"), "pct"),
    ("share_baik_high", t("col.ci_high"), "pct"),
    ("share_sangat_baik", t("col.share_sangat_baik"), "pct"),
    ("mean_score", t("col.mean_score"), "num1"),
]
# narrower for the two tables side by side (the ranking's outcome first); the CSV has every column
by = [unit_columns[i] for i in ((0, 2, 9, 5, 1) if outcome == "score" else (0, 2, 5, 8, 1))]
if ui.has_rows(ranking):
    top, bottom = ui.top_bottom(ranking, "rank", TOP_N)
    left, right = ui.side_by_side(2)
    with left:
        st.markdown(f"**{t('kinerja.units.top', n=len(top))}**")
        st.dataframe(ui.styled(top, by), width="stretch", hide_index=True)
    with right:
        st.markdown(f"**{t('kinerja.units.bottom', n=len(bottom))}**")
        st.dataframe(ui.styled(bottom, by), width="stretch", hide_index=True)
    ui.privacy_legend(ranking, [c for c, _, _ in unit_columns])
    ui.download(ranking, unit_columns, f"kinerja_peringkat_unit_{fname}", key="ranking")

# ---------------------------------------------------------------- indicators
ui.section(t("kinerja.indicators.q"), t("kinerja.indicators.c"))
indicators = ui.get(kinerja.kinerja_indicators, filters)
if ui.has_rows(indicators):
    ratings = indicators.dropna(subset=["share_di_atas"])
    scores = indicators.dropna(subset=["mean_score"])
    left, right = ui.side_by_side(2)
    with left:
        if not ratings.empty:
            fig = ui.bar_by_region(
                ui.label_column(ratings, "indicator", "indicator", "indicator_label"),
                x="indicator_label",
                y="share_di_atas",
                x_label=t("col.indicator"),
                y_label=t("col.share_di_atas"),
                percent=True,
                category_order=ui.ordered_labels(["hasil_kerja", "perilaku"], "indicator"),
            )
            ui.chart(fig, key="indicators_ratings", data=indicators)
    with right:
        if not scores.empty:
            st.markdown(f"**{t('kinerja.indicators.scores')}**")
            fig = ui.bar_by_region(
                ui.label_column(scores, "indicator", "indicator", "indicator_label"),
                x="indicator_label",
                y="mean_score",
                x_label=t("col.indicator"),
                y_label=t("col.mean_score"),
                category_order=ui.ordered_labels(["hasil_kerja", "sikap", "disiplin"], "indicator"),
            )
            ui.chart(fig, key="indicators", data=indicators)
    ui.table(
        indicators,
        [
            ("region_id", t("col.region"), "region"),
            ("indicator", t("col.indicator"), "indicator"),
            ("rated", t("col.rated"), "int"),
            ("share_di_atas", t("col.share_di_atas"), "pct"),
            ("share_di_atas_low", t("col.ci_low"), "pct"),
            ("share_di_atas_high", t("col.ci_high"), "pct"),
            ("share_di_bawah", t("col.share_di_bawah"), "pct"),
            ("mean_score", t("col.mean_score"), "num1"),
        ],
        filename=f"kinerja_indikator_{fname}",
        key="indicators",
    )

# ---------------------------------------------------------------- kuadran against the ratings
ui.section(t("kinerja.kuadran.q"), t("kinerja.kuadran.c"))
kuadran = ui.get(kinerja.kuadran_check, filters)
if kuadran is not None and not kuadran.empty:
    checked = kuadran[kuadran["with_kuadran"] != 0]  # a hidden count (NaN) is a small one, kept
    if checked.empty:
        st.caption(t("kinerja.kuadran.none"))
    else:
        n, bad = int(checked["with_kuadran"].sum()), int(checked["disagreeing"].sum())
        if bad:
            st.warning(
                t("kinerja.kuadran.bad", bad=fmt.integer(bad), n=fmt.integer(n), share=fmt.percent(bad / n))
            )
        else:
            st.success(t("kinerja.kuadran.ok", n=fmt.integer(n)))
        ui.table(
            checked,
            [
                ("region_id", t("col.region"), "region"),
                ("predikat", t("col.predikat"), "predikat"),
                ("with_kuadran", t("col.with_kuadran"), "int"),
                ("agreeing", t("col.agreeing"), "int"),
                ("disagreeing", t("col.disagreeing"), "int"),
                ("disagreeing_kuadran", t("col.disagreeing_kuadran"), "text"),
                ("share_disagreeing", t("col.share_disagreeing"), "pct"),
            ],
            filename=f"kinerja_kuadran_{fname}",
            key="kuadran",
        )
elif kuadran is not None:
    ui.has_rows(kuadran)

# ---------------------------------------------------------------- the organisation's predikat cap
default_rating = int(dict((k, v) for k, v, _ in SETTINGS)["org_rating_default"])
caps = {r: share for r, p, share in PREDIKAT_CAPS if p == 1}
ui.section(
    t("kinerja.cap.q"),
    t(
        "kinerja.cap.c",
        caps=" / ".join(fmt.percent(caps[r], 0) for r in sorted(caps)),
        ratings=" / ".join(pick(ORGANISATION_RATINGS[r]) for r in sorted(caps)),
        default=pick(ORGANISATION_RATINGS[default_rating]),
    ),
)
cap = ui.get(kinerja.predikat_cap_check, filters)
if cap is not None and not cap.empty:
    over = cap[cap["over_cap"]]
    if over.empty:
        st.success(
            t("kinerja.cap.none", y0=filters.year_from, y1=filters.year_to, checked=fmt.integer(len(cap)))
        )
    else:
        st.warning(t("kinerja.cap.some", over=fmt.integer(len(over)), checked=fmt.integer(len(cap))))
    ui.table(
        cap.assign(
            org_rating_label=cap["org_rating"].map(lambda r: pick(ORGANISATION_RATINGS[int(r)])),
            org_rating_source_label=cap["org_rating_source"].map(lambda s: t(f"org_rating_source.{s}")),
        ),
        [
            ("region_id", t("col.region"), "region"),
            ("unit_name", t("col.unit"), "text"),
            ("year", t("col.year"), "year"),
            ("rated", t("col.rated_staff"), "int"),
            ("at_or_better", t("col.at_or_better"), "int"),
            ("share", t("col.share_sangat_baik"), "pct"),
            ("max_share", t("col.max_share"), "pct"),
            ("allowed", t("col.allowed"), "int"),
            ("over_by", t("col.over_by"), "int"),
            ("org_rating_label", t("col.org_rating"), "text"),
            ("org_rating_source_label", t("col.org_rating_source"), "text"),
        ],
        filename=f"kinerja_batas_predikat_{fname}",
        key="cap",
        height=320,
    )
elif cap is not None:
    ui.has_rows(cap)

"""The sections of the Kinerja page (``pages/kinerja.py``): each draws one answer from the
frames the page got through :func:`ui.data.get` (charts from :mod:`reporting.charts.kinerja`,
tables with their downloads). :func:`fold` and :func:`headline` are used by the
Pelatihan page too."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pandas as pd
import streamlit as st

from analytics.reference import ORGANISATION_RATINGS, PREDIKAT_CAPS, SETTINGS
from reporting import fmt
from reporting.charts import kinerja as kc
from reporting.safe import md
from reporting.text import grain_label, pick, region_name, t
from ui import components as ui
from ui.filters import seed_from_url, sync_to_url

GRAINS = ["month", "quarter", "year"]
DEFAULT_GRAIN = "quarter"
TOP_N = 10


# ---------------------------------------------------------------- shared by the pages of this worktree
@contextlib.contextmanager
def fold(question: str, how_to_read: str | None = None, *, status: str | None = None) -> Iterator[None]:
    """A section folded away: an expander titled by its question (and, after a dash, its
    short answer ``status``, readable without opening it); inside, how to read it. Charts
    drawn inside take the question as their PNG title, like :func:`ui.section`'s."""
    label = question if not status else f"{question} — {status}"
    with st.expander(md(label)):
        if how_to_read:
            st.caption(how_to_read)
        st.session_state[ui._SECTION] = question
        st.session_state.pop(ui._SUBJECT, None)
        yield


# ---------------------------------------------------------------- what is read, the grain
def basis(trend: pd.DataFrame | None, y0: int, y1: int) -> None:
    """Folded: which period type and outcome (score and ratings, or ratings only) each
    region's numbers come from."""
    lines = kc.basis_lines(trend)
    if not lines:
        return
    with st.expander(t("kinerja.basis.title")):
        st.caption(t("kinerja.intro", y0=y0, y1=y1))
        st.markdown("\n".join(f"- {line}" for line in lines))


def grain_control() -> str:
    """The period the trend lines group by, kept in the URL as ``?grain=``."""
    seed_from_url("grain", {g: g for g in GRAINS}, DEFAULT_GRAIN)
    lang = ui.current_lang()  # bound now: AppTest calls format functions outside the run
    grain = st.segmented_control(
        t("grain.label"),
        options=GRAINS,
        format_func=lambda g: grain_label(g, lang),
        key="grain",
        required=True,
    )
    sync_to_url("grain", grain, DEFAULT_GRAIN)
    return grain


# ---------------------------------------------------------------- within employees
def within_charts(within: pd.DataFrame) -> None:
    """The within-employee and pooled trend per region: the score (regions with one) and
    hasil kerja Di Atas (every region, also those without a score), side by side."""
    scored = within[within["outcome"] == "score"]
    rated = within[within["outcome"] == "share_di_atas"]
    parts = [(scored, "score", t("kinerja.within.score"), t("kinerja.within.score"), False)]
    parts.append((rated, "rating", t("kinerja.within.rating"), t("axis.points_per_year"), True))
    parts = [p for p in parts if not p[0].empty]
    height = kc.slopes_height(max(p[0]["region_id"].nunique() for p in parts))  # side by side: one height
    cells = ui.side_by_side(len(parts), min_width=380)
    for cell, (rows, key, title, axis, percent) in zip(cells, parts, strict=True):
        with cell:
            st.markdown(f"**{title}**")
            fig = ui.figure(kc.slopes, rows, x_label=axis, percent=percent, height=height)
            ui.chart(fig, key=f"within_{key}", data=rows, title=f"{t('kinerja.within.q')} — {title}")


def within_table(within: pd.DataFrame, fname: str) -> None:
    with fold(t("kinerja.within.table")):
        ui.table(
            kc.within_table_frame(within),
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


# ---------------------------------------------------------------- shares over time, indicators
def baik_trend(trend: pd.DataFrame) -> None:
    ui.section(t("kinerja.baik.q"), t("kinerja.baik.c"))
    ui.chart(
        ui.figure(kc.trend_with_ci, trend, "share_baik", y_label=t("col.share_baik")),
        key="share_baik",
        data=trend,
    )


def indicators(df: pd.DataFrame | None, fname: str) -> None:
    """Which rating or indicator lags: the two ratings' share Di Atas for every region, and
    the 0–100 indicator scores where the data have them (a zoomed axis, marked as such)."""
    ui.section(t("kinerja.indicators.q"), t("kinerja.indicators.c"))
    if not ui.has_rows(df):
        return
    ratings = df.dropna(subset=["share_di_atas"])
    if not ratings.empty:
        fig = ui.figure(
            kc.indicator_dots,
            ratings,
            "share_di_atas",
            x_label=t("col.share_di_atas"),
            order=["hasil_kerja", "perilaku"],
            percent=True,
            interval=("share_di_atas_low", "share_di_atas_high"),
        )
        ui.chart(fig, key="indicators_ratings", data=df)
    scores = df.dropna(subset=["mean_score"])
    if not scores.empty:
        st.markdown(f"**{t('kinerja.indicators.scores')}**")
        fig = ui.figure(
            kc.indicator_dots,
            scores,
            "mean_score",
            x_label=t("col.mean_score"),
            order=["hasil_kerja", "sikap", "disiplin"],
            percent=False,
        )
        ui.chart(fig, key="indicators", data=df)
    with fold(t("kinerja.indicators.table")):
        ui.table(
            df,
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


def other_trends(trend: pd.DataFrame, grain: str, fname: str) -> None:
    """Folded: Sangat Baik, hasil kerja Di Atas and the score over time, and the table of
    every trend number."""
    with fold(t("kinerja.trends.q"), t("kinerja.trends.c")):
        left, right = ui.side_by_side(2)
        for cell, share, label in (
            (left, "share_sangat_baik", "col.share_sangat_baik"),
            (right, "share_di_atas", "col.share_hasil_di_atas"),
        ):
            with cell:
                key = "sangat_baik" if share == "share_sangat_baik" else "di_atas"
                st.markdown(f"**{t(f'kinerja.{key}.q')}**")
                st.caption(t(f"kinerja.{key}.c"))
                fig = ui.figure(kc.trend_with_ci, trend, share, y_label=t(label))
                ui.chart(fig, key=share, data=trend, title=t(f"kinerja.{key}.q"))
        st.markdown(f"**{t('kinerja.score.q')}**")
        st.caption(t("kinerja.score.c"))
        with_score = trend.dropna(subset=["mean_score"])
        if not with_score.empty:
            fig = ui.figure(
                kc.trend_with_ci, with_score, "mean_score", y_label=t("col.mean_score"), percent=False
            )
            ui.chart(fig, key="score", data=trend, title=t("kinerja.score.q"))
        unscored = [r for r in trend["region_id"].unique() if r not in set(with_score["region_id"])]
        if unscored:
            st.caption(t("kinerja.score.none", regions=md(", ".join(region_name(r) for r in unscored))))
        ui.table(
            kc.trend_table_frame(trend, grain),
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


def predikat(dist: pd.DataFrame | None) -> None:
    with fold(t("kinerja.predikat.q"), t("kinerja.predikat.c")):
        if ui.has_rows(dist):
            ui.chart(ui.figure(kc.predikat_panels, dist), key="predikat", data=dist)


# ---------------------------------------------------------------- checks, folded with their downloads
UNIT_COLUMNS = [
    ("rank", "col.rank", "int"),
    ("region_id", "col.region", "region"),
    ("unit_name", "col.unit", "text"),
    ("employees", "col.employees", "num1"),
    ("evaluations", "col.evaluations", "int"),
    ("share_baik", "col.share_baik", "pct"),
    ("share_baik_low", "col.ci_low", "pct"),
    ("share_baik_high", "col.ci_high", "pct"),
    ("share_sangat_baik", "col.share_sangat_baik", "pct"),
    ("mean_score", "col.mean_score", "num1"),
]


def ranking(df: pd.DataFrame | None, fname: str) -> None:
    """Folded: the best and worst units (a unit of fewer than 5 employees evaluated per
    period gets no rank for viewers: "x", at the end of the download)."""
    outcome = "score" if df is None or df.empty else df["outcome"].iloc[0]
    how = t("kinerja.units.c", outcome=t(f"kinerja.units.by.{outcome}"))
    top, bottom = ui.top_bottom(df, "rank", TOP_N) if df is not None and not df.empty else (None, None)
    status = None
    if top is not None and not top.empty:
        status = t("kinerja.units.status", best=top["unit_name"].iloc[0], worst=bottom["unit_name"].iloc[0])
    with fold(t("kinerja.units.q"), how, status=status):
        if not ui.has_rows(df):
            return
        columns = [(c, t(h), k) for c, h, k in UNIT_COLUMNS]
        # narrower for the two tables side by side (the ranking's outcome first); the CSV has every column
        by = [columns[i] for i in ((0, 2, 9, 5, 1) if outcome == "score" else (0, 2, 5, 8, 1))]
        left, right = ui.side_by_side(2)
        with left:
            st.markdown(f"**{t('kinerja.units.top', n=len(top))}**")
            st.dataframe(ui.styled(top, by), width="stretch", hide_index=True)
        with right:
            st.markdown(f"**{t('kinerja.units.bottom', n=len(bottom))}**")
            st.dataframe(ui.styled(bottom, by), width="stretch", hide_index=True)
        ui.privacy_legend(df, [c for c, _, _ in columns])
        ui.download(df, columns, f"kinerja_peringkat_unit_{fname}", key="ranking")


def kuadran(df: pd.DataFrame | None, fname: str) -> None:
    """Folded: SIASN's kuadran against the predikat of the ratings (hidden counts, NaN,
    are small ones: kept out of the sums)."""
    checked = df[df["with_kuadran"] != 0] if df is not None and not df.empty else None
    n = int(checked["with_kuadran"].sum()) if checked is not None else 0
    bad = int(checked["disagreeing"].sum()) if checked is not None else 0
    if not n:
        status = t("kinerja.kuadran.status.none") if df is not None else None
    else:
        status = t("kinerja.kuadran.status", bad=fmt.integer(bad), n=fmt.integer(n))
    with fold(t("kinerja.kuadran.q"), t("kinerja.kuadran.c"), status=status):
        if df is None:
            return
        if df.empty:
            ui.has_rows(df)
        elif not n:
            st.caption(t("kinerja.kuadran.none"))
        elif bad:
            st.warning(
                t("kinerja.kuadran.bad", bad=fmt.integer(bad), n=fmt.integer(n), share=fmt.percent(bad / n))
            )
        else:
            st.success(t("kinerja.kuadran.ok", n=fmt.integer(n)))
        if n:
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


def cap(df: pd.DataFrame | None, y0: int, y1: int, fname: str) -> None:
    """Folded: the units whose predikat spread breaks the cap of their organisation's
    rating (configurable conventions, said in the caption)."""
    default_rating = int(dict((k, v) for k, v, _ in SETTINGS)["org_rating_default"])
    caps = {r: share for r, p, share in PREDIKAT_CAPS if p == 1}
    how = t(
        "kinerja.cap.c",
        caps=" / ".join(fmt.percent(caps[r], 0) for r in sorted(caps)),
        ratings=" / ".join(pick(ORGANISATION_RATINGS[r]) for r in sorted(caps)),
        default=pick(ORGANISATION_RATINGS[default_rating]),
    )
    over = df[df["over_cap"]] if df is not None and not df.empty else None
    status = None
    if over is not None:
        status = t("kinerja.cap.status", over=fmt.integer(len(over)), checked=fmt.integer(len(df)))
    with fold(t("kinerja.cap.q"), how, status=status):
        if df is None:
            return
        if df.empty:
            ui.has_rows(df)
            return
        if over.empty:
            st.success(t("kinerja.cap.none", y0=y0, y1=y1, checked=fmt.integer(len(df))))
        else:
            st.warning(t("kinerja.cap.some", over=fmt.integer(len(over)), checked=fmt.integer(len(df))))
        ui.table(
            kc.cap_table_frame(df),
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

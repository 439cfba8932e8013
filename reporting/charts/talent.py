"""Chart and label helpers for the Talenta and Kebutuhan pegawai pages.

Presentational only, like :mod:`ui.components`: the 9-box grid figure, level
and recommendation labels in the user's language, and small row selections.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from analytics import privacy
from analytics.talent import KINERJA_LEVELS, POTENSI_LEVELS
from reporting import fmt
from reporting.charts.style import style_figure, wrap_words
from reporting.text import current_lang, region_name, t
from reporting.text import pick as _pick

GRID_HEIGHT = 420


def kinerja_label(level: int, lang: str | None = None) -> str:
    return _pick(KINERJA_LEVELS[int(level)], lang or current_lang())


def potensi_label(level: int, lang: str | None = None) -> str:
    return _pick(POTENSI_LEVELS[int(level)], lang or current_lang())


def with_box_labels(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``kinerja``, ``potensi`` and ``recommendation`` labels in the user's language."""
    lang = current_lang()
    return df.assign(
        kinerja=df["kinerja_level"].map(lambda v: kinerja_label(v, lang)),
        potensi=df["potensi_level"].map(lambda v: potensi_label(v, lang)),
        recommendation=df[f"recommendation_{lang}"],
    )


def rows_where(df: pd.DataFrame | None, column: str, value) -> pd.DataFrame | None:
    """The rows whose ``column`` equals ``value`` (None stays None)."""
    if df is None:
        return None
    return df[df[column] == value]


def first_value(df: pd.DataFrame | None, column: str):
    """The first value of a column, or None (e.g. the as-of date every row carries)."""
    if df is None or df.empty:
        return None
    return df[column].iloc[0]


def date_label(value) -> str:
    """A date as d-m-Y (Indonesian habit) or ISO in English."""
    if value is None or pd.isna(value):
        return fmt.MISSING
    ts = pd.Timestamp(value)
    return ts.strftime("%d-%m-%Y") if current_lang() == "id" else ts.strftime("%Y-%m-%d")


def with_retirement_labels(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``year_label`` (text, so the axis stays categorical) and ``bup`` ("BUP 58 tahun")."""
    return df.assign(
        year_label=df["year"].map(lambda y: str(int(y))),
        bup=df["retirement_age"].map(lambda a: t("kebutuhan.bup", age=int(a))),
    )


def bup_order(df: pd.DataFrame) -> list[str]:
    return [t("kebutuhan.bup", age=a) for a in (58, 60, 65)]


def nine_box_chart(df: pd.DataFrame, *, height: int = GRID_HEIGHT) -> go.Figure:
    """One region's 9-box: kinerja on x (di bawah → di atas), potensi on y (rendah at the
    bottom, tinggi on top); each cell shows its official box number, count and share,
    coloured by share. ``df`` has the nine rows of :func:`analytics.talent.talent_grid`."""
    lang = current_lang()
    # "Di Atas Ekspektasi" on two lines: a narrow grid (two a row on a laptop) need not tilt it
    level = {k: "<br>".join(wrap_words(kinerja_label(k, lang), 12)) for k in (1, 2, 3)}
    kinerja_order = [level[k] for k in (1, 2, 3)]
    potensi_order = [potensi_label(p, lang) for p in (1, 2, 3)]
    # a suppressed cell (ui.components.get) shows its marker and no colour
    counts = privacy.with_markers(df, formatters={"employees": lambda v: fmt.integer(v, lang=lang)})
    shares = privacy.with_markers(df, formatters={"share": lambda v: fmt.percent(v, 1, lang=lang)})
    text = [
        f"<b>{t('talenta.box', box=int(b))}</b><br>{n}<br>{s}"
        for b, n, s in zip(df["box"], counts["employees"], shares["share"], strict=True)
    ]
    x_label, y_label = t("talenta.axis.kinerja"), t("talenta.axis.potensi")
    fig = go.Figure(
        go.Heatmap(
            x=[level[int(k)] for k in df["kinerja_level"]],
            y=[potensi_label(p, lang) for p in df["potensi_level"]],
            z=df["share"],
            text=text,
            texttemplate="%{text}",
            textfont={"size": 13},
            colorscale="Blues",
            zmin=0,
            zmax=max(float(df["share"].fillna(0).max()), 0.01),
            showscale=False,
            xgap=3,
            ygap=3,
            hovertemplate=f"{x_label}: %{{x}}<br>{y_label}: %{{y}}<br>%{{text}}<extra></extra>",
        )
    )
    fig.update_xaxes(categoryorder="array", categoryarray=kinerja_order, title=x_label, side="bottom")
    fig.update_yaxes(categoryorder="array", categoryarray=potensi_order, title=y_label)
    fig = style_figure(fig, height=height)
    fig.update_layout(margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return fig


def small_multiple_columns(n: int) -> int:
    """Grids a row for ``n`` regions' 9-boxes: 2 up to four regions, 3 up to nine, 4 up to
    sixteen (a 16:9 slide), then as square as it gets."""
    if n <= 1:
        return 1
    for most, cols in ((4, 2), (9, 3), (16, 4)):
        if n <= most:
            return cols
    return math.ceil(math.sqrt(n))


def small_multiple_rows(n: int) -> int:
    return math.ceil(n / small_multiple_columns(n))


def nine_box_small_multiples(
    df: pd.DataFrame, *, height: int = GRID_HEIGHT, columns: int | None = None
) -> go.Figure:
    """Several regions' 9-boxes side by side (small multiples, in the order of ``df``), laid
    out as :func:`nine_box_chart` but smaller: each cell shows its official box number and
    share (the count on hover), one colour scale for all regions so that they compare, and
    short level labels on the outer axes only. A suppressed cell shows its marker, no colour.

    ``columns`` grids a row (default :func:`small_multiple_columns`); a region's long name
    wraps onto a second line above its grid."""
    from plotly.subplots import make_subplots

    lang = current_lang()
    regions = list(dict.fromkeys(df["region_id"]))
    cols = max(min(columns or small_multiple_columns(len(regions)), len(regions)), 1)
    rows = -(-len(regions) // cols)
    width = {1: 60, 2: 40, 3: 30}.get(cols, 24)  # characters of a title line
    titles = ["<br>".join(wrap_words(region_name(r), width)) for r in regions]
    two_lines = any("<br>" in title for title in titles)
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=titles,
        shared_xaxes=True,
        shared_yaxes=True,
        horizontal_spacing=0.04 if cols <= 3 else 0.03,
        vertical_spacing=min((0.2 if two_lines else 0.16) * 2 / max(rows, 2), 0.9 / max(rows - 1, 1)),
    )
    counts = privacy.with_markers(df, formatters={"employees": lambda v: fmt.integer(v, lang=lang)})
    shares = privacy.with_markers(df, formatters={"share": lambda v: fmt.percent(v, 1, lang=lang)})
    short = {k: t(f"talenta.kinerja.short.{k}") for k in (1, 2, 3)}
    x_label, y_label = t("talenta.axis.kinerja"), t("talenta.axis.potensi")
    zmax = max(float(df["share"].fillna(0).max()), 0.01)
    for i, region_id in enumerate(regions):
        part = df.index[df["region_id"] == region_id]
        fig.add_trace(
            go.Heatmap(
                x=[short[int(k)] for k in df.loc[part, "kinerja_level"]],
                y=[potensi_label(p, lang) for p in df.loc[part, "potensi_level"]],
                z=df.loc[part, "share"],
                text=[
                    f"<b>{int(b)}</b><br>{s}"
                    for b, s in zip(df.loc[part, "box"], shares.loc[part, "share"], strict=True)
                ],
                customdata=counts.loc[part, "employees"],
                texttemplate="%{text}",
                textfont={"size": 13 if cols <= 3 else 11},
                colorscale="Blues",
                zmin=0,
                zmax=zmax,
                showscale=False,
                xgap=2,
                ygap=2,
                name=region_name(region_id),
                hovertemplate=(
                    f"{region_name(region_id)}<br>{x_label}: %{{x}}<br>{y_label}: %{{y}}<br>"
                    f"{t('col.box')} %{{text}}<br>{t('col.employees')}: %{{customdata}}<extra></extra>"
                ),
            ),
            row=i // cols + 1,
            col=i % cols + 1,
        )
    fig.update_xaxes(categoryorder="array", categoryarray=[short[k] for k in (1, 2, 3)])
    fig.update_yaxes(categoryorder="array", categoryarray=[potensi_label(p, lang) for p in (1, 2, 3)])
    fig.update_xaxes(title=x_label, row=rows)
    fig.update_yaxes(title=y_label, col=1)
    fig = style_figure(fig, height=height)
    fig.update_layout(margin={"l": 10, "r": 10, "t": 50 if two_lines else 30, "b": 10})
    return fig

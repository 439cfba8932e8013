"""The Kualitas Data page's drawing: the answer per region (what each lacks, for which
pages, and what fills it), the readiness per page, the counts per region and unit, the
study programmes without a field and the codes read from words."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics import privacy, quality
from analytics.reference import EDUCATION_FIELDS
from reporting import fmt
from ui import components as ui
from ui.i18n import t

MAX_GAPS = 4  # per region in the answer; the table lists every one


def fill_text(template: str | None, export: str | None) -> str:
    """'templat competency_standards atau ekspor SIASN riwayat kinerja'."""
    parts = [t("kualitas.fill.template", names=template)] if pd.notna(template) else []
    if pd.notna(export):
        parts.append(t("kualitas.fill.export", name=export))
    return t("kualitas.fill.or").join(parts)


def gap_sentence(gaps: pd.DataFrame, i) -> str:
    """One requirement a region lacks, with the pages that need it and what fills it."""
    row = gaps.loc[i]
    thing = t(f"kualitas.req.{row.requirement}")
    if pd.isna(row.total) and not privacy.is_suppressed(gaps, "total").loc[i]:
        gap = t("kualitas.gap.missing.none", thing=thing)
    else:
        counts = {
            "have": ui.cell(gaps, i, "have", fmt.integer),
            "total": ui.cell(gaps, i, "total", fmt.integer),
            "unit": t(f"kualitas.counted.{row.counted}"),
        }
        gap = t(f"kualitas.gap.{row.status}", thing=thing, **counts)
        if pd.notna(row.auto_created) and row.auto_created > 0:
            everyone = row.auto_created == row.lacking
            gap += f" ({t('kualitas.gap.auto_all') if everyone else t('kualitas.gap.auto', n=fmt.integer(row.auto_created))})"
    pages = ", ".join(t(f"nav.{p}") for p in row.pages)
    return t("kualitas.gap.line", pages=pages, gap=gap, fill=fill_text(row.template, row.export))


def nip_warning(df: pd.DataFrame | None, region_id: str) -> list[str]:
    """'- NIP: 1 disagrees with the birth date, 1 with the sex' when a shown count is not 0."""
    if df is None or df.empty or region_id not in set(df["region_id"]):
        return []
    i = df.index[df["region_id"] == region_id][0]
    cols = ("nip_birth_mismatch", "nip_sex_mismatch")
    shown = [df.at[i, c] for c in cols if not privacy.is_suppressed(df, c).loc[i]]
    if not any(pd.notna(v) and v > 0 for v in shown):
        return []
    birth, sex = (ui.cell(df, i, c, fmt.integer) for c in cols)
    return [f"- {t('kualitas.answer.nip', birth=birth, sex=sex)}"]


def answer(
    readiness: pd.DataFrame | None, shown: pd.DataFrame | None, by_region: pd.DataFrame | None
) -> None:
    """Per region: how many pages it can fill, what it lacks (at most MAX_GAPS) and what
    fills it; NIPs that disagree with the birth date or sex."""
    ui.section(t("kualitas.answer.q"), t("kualitas.answer.c"))
    if readiness is None:
        return
    status = quality.page_status(readiness)
    gaps = quality.readiness_gaps(shown)
    regions = quality.regions_of(readiness)
    if not regions:
        st.info(t("kualitas.answer.none"), icon=":material/filter_alt_off:")
    for cell, region_id in zip(ui.side_by_side(len(regions), min_width=420), regions, strict=True):
        with cell:
            pages = status[status["region_id"] == region_id]
            ui.region_heading(region_id)
            counts = {s: int((pages["status"] == s).sum()) for s in quality.STATUSES}
            lines = [t("kualitas.answer.region", n=len(pages), **counts)]
            own = gaps.index[gaps["region_id"] == region_id]
            lines += [f"- {gap_sentence(gaps, i)}" for i in own[:MAX_GAPS]]
            if len(own) > MAX_GAPS:
                lines.append(f"- {t('kualitas.answer.more', n=len(own) - MAX_GAPS)}")
            lines += nip_warning(by_region, region_id)
            st.markdown("\n".join(lines))


def count_text(df: pd.DataFrame, i) -> str:
    """'319 dari 350 pegawai' (or '17.941 penilaian bulanan' where any number will do)."""
    row = df.loc[i]
    unit = t(f"kualitas.counted.{row.counted}")
    have = ui.cell(df, i, "have", fmt.integer)
    if pd.isna(row.total) and not privacy.is_suppressed(df, "total").loc[i]:
        return f"{have} {unit}"
    return t("kualitas.count", have=have, total=ui.cell(df, i, "total", fmt.integer), unit=unit)


def readiness_table(shown: pd.DataFrame | None, fname: str) -> None:
    """Per page and requirement: its status, the count behind it and what fills it."""
    ui.section(t("kualitas.pages.q"), t("kualitas.pages.c"))
    if shown is None:
        return
    table = shown.assign(
        page_label=shown["page"].map(lambda p: t(f"nav.{p}")),
        requirement_label=shown["requirement"].map(lambda r: t(f"kualitas.req.{r}")),
        use=[t(f"kualitas.use.{p}.{r}") for p, r in zip(shown["page"], shown["requirement"], strict=True)],
        status_label=shown["status"].map(lambda s: t(f"kualitas.status.{s}")),
        count=[count_text(shown, i) for i in shown.index],
        fill=[fill_text(a, b) for a, b in zip(shown["template"], shown["export"], strict=True)],
    )
    ui.table(
        table,
        [
            ("page_label", t("kualitas.col.page"), "text"),
            ("requirement_label", t("kualitas.col.requirement"), "text"),
            ("region_id", t("col.region"), "region"),
            ("status_label", t("kualitas.col.status"), "text"),
            ("count", t("kualitas.col.count"), "text"),
            ("fill", t("kualitas.col.fill"), "text"),
            ("use", t("kualitas.col.use"), "text"),
        ],
        filename=f"kualitas_kesiapan_halaman_{fname}",
        key="readiness",
        height=420,
    )
    ui.privacy_legend(shown, ["have", "total"])  # the counts are in a text column


def count_columns() -> list[ui.Column]:
    return [
        ("employees", t("col.employees"), "int"),
        ("without_post", t("kualitas.col.without_post"), "int"),
        ("posts", t("kualitas.col.posts"), "int"),
        ("posts_auto_created", t("kualitas.col.posts_auto"), "int"),
        ("posts_without_need", t("kualitas.col.posts_without_need"), "int"),
        ("posts_without_standard", t("kualitas.col.posts_without_standard"), "int"),
        ("posts_without_level", t("kualitas.col.posts_without_level"), "int"),
        ("latest_period", t("kualitas.col.latest_period"), "text"),
        ("employees_without_latest_evaluation", t("kualitas.col.without_evaluation"), "int"),
        ("employees_without_training", t("kualitas.col.without_training"), "int"),
        ("employees_without_assessment", t("kualitas.col.without_assessment"), "int"),
        ("employees_without_potential", t("kualitas.col.without_potential"), "int"),
        ("nip_birth_mismatch", t("kualitas.col.nip_birth"), "int"),
        ("nip_sex_mismatch", t("kualitas.col.nip_sex"), "int"),
    ]


def with_period_label(df: pd.DataFrame | None) -> pd.DataFrame | None:
    """The latest period as read: 'bulan 2025-12' / 'tahun 2025'."""
    if df is None:
        return None

    def label(kind, start) -> str:
        if kind == "bulanan":
            return t("kualitas.period.bulanan", period=pd.Timestamp(start).strftime("%Y-%m"))
        if kind == "triwulan":
            start = pd.Timestamp(start)
            return t("kualitas.period.triwulan", period=f"{start.year} T{start.quarter}")
        if kind == "tahunan":
            return t("kualitas.period.tahunan", period=pd.Timestamp(start).year)
        return t("kualitas.period.none")

    periods = [label(k, s) for k, s in zip(df["latest_period_type"], df["latest_period_start"], strict=True)]
    return df.assign(latest_period=periods)


def region_table(by_region: pd.DataFrame | None, fname: str) -> None:
    ui.section(t("kualitas.region.q"), t("kualitas.region.c"))
    ui.table(
        with_period_label(by_region),
        [
            ("region_id", t("col.region"), "region"),
            ("units", t("kualitas.col.units"), "int"),
            ("units_auto_created", t("kualitas.col.units_auto"), "int"),
            *count_columns(),
        ],
        filename=f"kualitas_per_wilayah_{fname}",
        key="quality_region",
    )


def unit_table(by_unit: pd.DataFrame | None, analyst: bool, fname: str) -> None:
    """The counts per unit, for signed-in analysts only."""
    ui.section(t("kualitas.unit.q"), t("kualitas.unit.c"))
    if not analyst:
        st.info(t("kualitas.unit.viewer"), icon=":material/lock:")
        return
    ui.table(
        with_period_label(by_unit),
        [("region_id", t("col.region"), "region"), ("unit_name", t("col.unit"), "text"), *count_columns()],
        filename=f"kualitas_per_unit_{fname}",
        key="quality_unit",
        height=420,
    )


def programs(df: pd.DataFrame | None, fname: str) -> None:
    """Study programmes no keyword maps to an education field."""
    ui.section(t("kualitas.programs.q"), t("kualitas.programs.c"))
    if df is not None and df.empty:
        st.success(t("kualitas.programs.none"), icon=":material/check_circle:")
    elif df is not None:
        st.markdown(t("kualitas.programs.hint", fields=", ".join(f"`{f[0]}`" for f in EDUCATION_FIELDS)))
        ui.table(
            df.assign(basis_label=df["basis"].map(lambda b: t(f"kualitas.basis.{b}"))),
            [
                ("program", t("kualitas.col.program"), "text"),
                ("basis_label", t("kualitas.col.basis"), "text"),
                ("employees", t("col.employees"), "int"),
                ("candidate_fields", t("kualitas.col.candidates"), "text"),
            ],
            filename=f"kualitas_program_studi_{fname}",
            key="programs",
            height=320,
        )


def codes(df: pd.DataFrame | None, analyst: bool) -> None:
    """Codes read from words in imported files, for signed-in analysts only."""
    ui.section(t("kualitas.codes.q"), t("kualitas.codes.c"))
    if not analyst:
        st.info(t("kualitas.codes.viewer"), icon=":material/lock:")
    elif df is not None and df.empty:
        st.caption(t("kualitas.codes.none"))
    elif df is not None:
        ui.table(
            df.assign(loaded_at=df["started_at"].dt.strftime("%Y-%m-%d %H:%M")),
            [
                ("file_name", t("kualitas.col.file"), "text"),
                ("table_name", t("kualitas.col.table"), "text"),
                ("loaded_at", t("kualitas.col.loaded_at"), "text"),
                ("column_name", t("kualitas.col.column"), "text"),
                ("value", t("kualitas.col.value"), "text"),
                ("code", t("kualitas.col.code"), "text"),
                ("rows", t("kualitas.col.rows"), "int"),
            ],
            filename="kualitas_kode_dari_kata",
            key="codes",
            height=320,
        )
